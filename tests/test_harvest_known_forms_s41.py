"""harvest: what the glossary already says, and how a transliterated or dotted foreign name is told (s41).

The fortieth session's left-alone, each a class:
1. A stored form that refers to the entry the English names is known (the bundled nickname 雷总 refers to 雷军 "Lei
   Jun": "雷总（Lei Jun）" was passed over as an address; a conflict there told the user to make "Lei Jun" name two
   entries). The other way round too: 雷军（Mr. Lei）, the English a form of the nickname.
2. A foreign name the Chinese sounds (普京 "Vladimir Putin", 约翰·F·肯尼迪 "John F. Kennedy") is said to be a
   transliteration, not "a translation or another romanization, check it".
3. A dotted name with no title before it (约翰·肯尼迪（John Kennedy）) is a person read a word a part ("Yuēhàn
   Kěnnídí"), and the pinyin a message shows is the entry's ("H G Wēi'ěrsī", not the phrase reader's "H·G· Wēi'ěrsī").
4. A Latin chief officer's title after 兼 is any C…O (CIO, CMO, CSO, CHRO), as before a name.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.harvest import harvest
from zhgloss.model import Entry


def _people(*entries: Entry) -> list[Entry]:
    return list(entries)


_LI = Entry(id="li-ming", type="person", zh="李明", en="Li Ming", pinyin="Lǐ Míng")
_MR_LI = Entry(id="boss-li", type="nickname", zh="李总", en="Boss Li", refers_to="li-ming")
_TENCENT = Entry(id="tencent", type="org", zh="腾讯控股", en="Tencent Holdings")
_SHORT = Entry(id="tencent-short", type="nickname", zh="鹅厂", en="Penguin Factory", refers_to="tencent")


@pytest.mark.parametrize(
    ("text", "entry_id", "target"),
    [
        ("李总（Li Ming）表示。", "boss-li", "li-ming"),  # an address stored as a nickname
        ("据李总（Li Ming）介绍。", "boss-li", "li-ming"),
        ("鹅厂（Tencent Holdings）发布财报。", "tencent-short", "tencent"),  # a company's nickname
        ("李明（Boss Li）表示。", "boss-li", "li-ming"),  # the nickname's English for the name it refers to
        ("腾讯控股（Penguin Factory）发布财报。", "tencent-short", "tencent"),
    ],
)
def test_a_form_referring_to_the_named_entry_is_known(text: str, entry_id: str, target: str) -> None:
    (found,) = harvest(text, _people(_LI, _MR_LI, _TENCENT, _SHORT))
    assert found.status == "known"
    assert found.entry.id == entry_id
    assert f"refers to {target}" in found.explanation


def test_the_bundled_nickname_is_known_and_adds_nothing(tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    db.write_bytes(Path("glossary.json").read_bytes())
    text = tmp_path / "a.txt"
    text.write_text("小米创始人雷总（Lei Jun）昨天表示。\n", encoding="utf-8")
    before = db.read_bytes()
    run = subprocess.run(
        ["zhgloss", "harvest", str(text), "--add", "--yes", "--db", str(db)], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    assert "known\t雷总 Lei Jun" in run.stdout
    assert "refers to lei-jun (Lei Jun)" in run.stdout
    assert "edit mr-lei --alias" not in run.stdout + run.stderr
    assert "1 already in the glossary" in run.stderr
    assert db.read_bytes() == before


def test_a_nickname_referring_elsewhere_is_still_a_conflict() -> None:
    # 李总 refers to 李明; the text gives it another person's English: no "known" for a form of someone else.
    other = Entry(id="zhang-wei", type="person", zh="张伟", en="Zhang Wei", pinyin="Zhāng Wěi")
    (found,) = harvest("李总（Zhang Wei）表示。", _people(_LI, _MR_LI, other))
    assert found.status != "known"


def test_an_unstored_address_is_still_passed_over() -> None:
    passed: list[tuple[int, str]] = []
    assert harvest("王总（Wang Qiang）表示。", [], passed_over=passed) == []
    assert passed


@pytest.mark.parametrize(
    "text",
    [
        "俄罗斯总统普京（Vladimir Putin）表示。",
        "美国前总统约翰·F·肯尼迪（John F. Kennedy）曾访问柏林。",
        "法国总统马克龙（Emmanuel Macron）发表讲话。",
        "英国作家H·G·威尔斯（H. G. Wells）的小说。",
        "联合国秘书长古特雷斯（António Guterres）表示。",
        "拍卖行苏富比（Sotheby's）宣布。",
    ],
)
def test_a_transliteration_is_said_to_be_one(text: str) -> None:
    (found,) = harvest(text, [])
    assert found.check == "different"
    assert "a transliteration" in found.explanation
    assert "check it" not in found.explanation


@pytest.mark.parametrize(
    "text",
    [
        "台湾地区领导人蔡英文（Tsai Ing-wen）表示。",  # Wade-Giles: a romanization, not a transliteration
        "腾讯（Tencent）发布财报。",  # a coined name
        "金山软件（Kingsoft）发布财报。",
    ],
)
def test_a_romanization_or_a_coined_name_is_no_transliteration(text: str) -> None:
    (found,) = harvest(text, [])
    assert "a transliteration" not in found.explanation


@pytest.mark.parametrize(
    ("text", "zh", "pinyin"),
    [
        ("约翰·肯尼迪（John Kennedy）于1963年遇刺。", "约翰·肯尼迪", "Yuēhàn Kěnnídí"),
        ("约翰·F·肯尼迪（John F. Kennedy）于1963年遇刺。", "约翰·F·肯尼迪", "Yuēhàn F Kěnnídí"),
        ("J·K·罗琳（J. K. Rowling）出版了新书。", "J·K·罗琳", "J K Luólín"),
        ("据报道，安东尼奥·古特雷斯（António Guterres）表示。", "安东尼奥·古特雷斯", "Āndōngní'ào Gǔtèléisī"),
    ],
)
def test_a_dotted_name_alone_is_a_person_read_a_word_a_part(text: str, zh: str, pinyin: str) -> None:
    (found,) = harvest(text, [])
    assert (found.zh, found.entry.type, found.entry.pinyin) == (zh, "person", pinyin)
    assert f"the pinyin {pinyin}" in found.explanation  # the message says the reading the entry gets


@given(st.sampled_from(["E", "F", "O", "T", "I", "M", "S", "HR", "D", "PO"]))
def test_any_latin_chief_officer_after_jian_is_the_post(field: str) -> None:
    title = f"C{field}O"
    (found,) = harvest(f"雷军董事长兼{title}（Lei Jun）说。", [])
    assert found.zh == "雷军"
    assert [role.title for role in found.entry.roles] == [f"董事长兼{title}"]


def test_latin_capitals_that_are_no_chief_officer_stay_out_of_the_post() -> None:
    (found,) = harvest("雷军董事长兼CEO（Lei Jun）说。", [])
    assert found.zh == "雷军"
    # "COVID" ends in no O of an office and is no title: the name is not cut at it
    assert not any(
        p.entry.roles and p.entry.roles[0].title.endswith("COVID") for p in harvest("雷军兼COVID（Lei Jun）说。", [])
    )
