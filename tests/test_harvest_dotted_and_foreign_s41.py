"""harvest: dotted names whole, foreign names told as transliterations, the English of another entry (s41 review).

- R41-6: Xinhua's Uyghur officials' names in dotted parts were cut by word segmentation (阿不来提·阿不都热西提 ->
  "提·阿不都热西提", 来 being a word) or passed over (艾力更·依明巴海). A dotted name is whole, its first part from
  where the title or prose before it ends. A dot opening a run (the dateline 中国·杭州) opens no name ("·杭州").
- R41-3: 莫迪 "Narendra Modi" (the last word the whole reading run together), 卢拉 "Luiz Inácio Lula da Silva" (one word
  of the name), 查尔斯三世 "King Charles III" (a ruler's number) are transliterations; a message says the pinyin the
  entry gets (内塔尼亚胡 "Nèitǎníyàhú", not "Nèitǎ Níyàhú").
- R41-7: a bracket whose English is another entry's form (小米（Xiaomi Corporation）, "Xiaomi Corporation" an alias of
  小米集团) is a conflict that names both entries and offers no alias command, which would make a form name two.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.harvest import harvest
from zhgloss.model import Entry


@pytest.mark.parametrize(
    ("text", "zh"),
    [
        ("艾力更·依明巴海（Arken Imirbaki）表示。", "艾力更·依明巴海"),
        ("司马义·艾买提（Ismail Amat）表示。", "司马义·艾买提"),
        ("铁木尔·达瓦买提（Tomur Dawamat）表示。", "铁木尔·达瓦买提"),
        ("阿不来提·阿不都热西提（Abdulahat Abdurixit）表示。", "阿不来提·阿不都热西提"),
        ("雪克来提·扎克尔（Shohrat Zakir）表示。", "雪克来提·扎克尔"),
        ("新疆维吾尔自治区主席雪克来提·扎克尔（Shohrat Zakir）表示。", "雪克来提·扎克尔"),
        ("会见了阿不来提·阿不都热西提（Abdulahat Abdurixit）。", "阿不来提·阿不都热西提"),
        ("全国人大常委会副委员长艾力更·依明巴海（Arken Imirbaki）出席。", "艾力更·依明巴海"),
    ],
)
def test_a_dotted_name_is_proposed_whole(text: str, zh: str) -> None:
    (found,) = harvest(text, [])
    assert (found.zh, found.entry.type) == (zh, "person")


# Parts of Uyghur names as Xinhua and the NPC's lists write them in Chinese (given names and patronymics).
_PARTS = [
    "阿不都热合曼", "买买提", "阿不力孜", "吐尔逊", "艾力更", "依明巴海", "雪克来提", "扎克尔", "司马义", "艾买提",
    "努尔", "白克力", "铁木尔", "达瓦买提", "阿不来提", "阿不都热西提", "热依拉", "达吾提", "帕尔哈提", "玉素甫",
    "阿依古丽", "买合木提", "阿不都外力", "吐尔洪",
]  # fmt: skip
_BEFORE = ["", "据悉，", "会见了", "自治区主席", "全国人大常委会副委员长", "他说，"]


@given(st.sampled_from(_BEFORE), st.lists(st.sampled_from(_PARTS), min_size=2, max_size=3))
def test_no_part_of_a_dotted_name_is_cut(before: str, parts: list[str]) -> None:
    name = "·".join(parts)
    found = harvest(f"{before}{name}（Abdul Rexit）表示。", [])
    assert [p.zh for p in found] in ([name], [])  # whole, or passed over: never a piece of it
    assert all(not p.zh.startswith("·") for p in found)


def test_a_dateline_dot_opens_no_name() -> None:
    (found,) = harvest("中国·杭州（Hangzhou）举行。", [])
    assert (found.zh, found.entry.type) == ("杭州", "place")


@pytest.mark.parametrize(
    ("text", "pinyin"),
    [
        ("印度总理莫迪（Narendra Modi）表示。", "Mòdí"),
        ("巴西总统卢拉（Luiz Inacio Lula da Silva）表示。", "Lúlā"),
        ("英国国王查尔斯三世（King Charles III）表示。", "Chá'ěrsī Sānshì"),
        ("以色列总理内塔尼亚胡（Benjamin Netanyahu）表示。", "Nèitǎníyàhú"),
    ],
)
def test_a_foreign_name_is_a_transliteration_read_as_the_entry_reads_it(text: str, pinyin: str) -> None:
    (found,) = harvest(text, [])
    assert found.entry.pinyin == pinyin
    assert "a transliteration" in found.explanation
    assert f"pinyin {pinyin}" in found.explanation


@pytest.mark.parametrize(
    "text",
    [
        "小米创始人雷军（Lei Jun）表示。",  # a Chinese name in pinyin
        "阿里巴巴创始人马云（Jack Ma）表示。",  # an adopted name before the surname alone
        "华为常务董事余承东（Richard Yu）表示。",
    ],
)
def test_a_chinese_name_is_no_transliteration(text: str) -> None:
    (found,) = harvest(text, [])
    assert "a transliteration" not in found.explanation


_XIAOMI = Entry(id="xiaomi", type="org", zh="小米", en="Xiaomi")
_GROUP = Entry(id="xiaomi-group", type="org", zh="小米集团", en="Xiaomi Group", aliases=("Xiaomi Corporation",))


def test_the_english_of_another_entry_gets_no_alias_command() -> None:
    (found,) = harvest("小米（Xiaomi Corporation）宣布。", [_XIAOMI, _GROUP])
    assert found.status == "conflict"
    assert "xiaomi-group" in found.explanation and "(xiaomi)" in found.explanation
    assert "--alias" not in found.explanation


def test_an_english_no_entry_has_still_gets_the_alias_command() -> None:
    (found,) = harvest("小米（Redmi）宣布。", [_XIAOMI, _GROUP])
    assert found.status == "conflict"
    assert "edit xiaomi --alias Redmi" in found.explanation


def test_the_bundled_glossary_offers_no_command_that_makes_a_form_name_two_entries(tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    db.write_bytes(Path("glossary.json").read_bytes())
    text = tmp_path / "a.txt"
    text.write_text("港交所（Hong Kong Stock Exchange）宣布。\n小米（Xiaomi Corporation）宣布。\n", encoding="utf-8")
    run = subprocess.run(["zhgloss", "harvest", str(text), "--db", str(db)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.count("conflict\t") == 2
    assert "--alias" not in run.stdout
