"""validate: an English that spells another reading of the name says which pinyin to give (user finding U22).

`zhgloss edit gan-bao --zh 乾寶` derived the pinyin Qián Bǎo, and the entry's English "Gan Bao" was then refused as
"does not spell the pinyin 'Qián Bǎo'; if it is an adopted Western name, say so with --adopted": wrong advice, since
"Gan Bao" is the pinyin of the name's other reading (乾 is also read Gān in names). Where the English spells such a
reading, the error names the pinyin to give. Readings from the world: 张朝阳 (Sohu's founder) Zhāng Cháoyáng and
乐嘉 Lè Jiā (CC-CEDICT has neither; their own romanized names, Zhang Chaoyang, Le Jia), 盖叫天 Gài Jiàotiān (the
stage name of the Peking opera actor: 盖 read gài, as 现代汉语词典 gives it for the word; Gě as a surname), 覃 Tán.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.model import Entry
from zhgloss.validate import validate_entries


def en_problems(entry: Entry) -> list[str]:
    return [p.message or "" for p in validate_entries([entry]) if p.code == "en-mismatch"]


@pytest.mark.parametrize(
    ("zh", "en", "pinyin", "other", "char"),
    [
        ("乾宝", "Gan Bao", "Qián Bǎo", "Gān Bǎo", "乾"),
        ("张朝阳", "Zhang Chaoyang", "Zhāng Zhāoyáng", "Zhāng Cháoyáng", "朝"),
        ("盖叫天", "Gai Jiaotian", "Gě Jiàotiān", "Gài Jiàotiān", "盖"),
        ("乐嘉", "Le Jia", "Yuè Jiā", "Lè Jiā", "乐"),
    ],
)
def test_an_english_of_another_reading_names_the_pinyin_to_give(
    zh: str, en: str, pinyin: str, other: str, char: str
) -> None:
    entry = Entry(id="p", type="person", zh=zh, en=en, pinyin=pinyin)
    assert en_problems(entry) == [
        f"{en!r} spells {other!r}, another reading of {char} in names, not the pinyin {pinyin!r}: give it that "
        f"pinyin: pass --pinyin '{other}' (zhgloss edit p --pinyin '{other}')"
    ]
    assert en_problems(Entry(id="p", type="person", zh=zh, en=en, pinyin=other)) == []


def test_an_adopted_name_is_still_told_to_say_so() -> None:
    (message,) = en_problems(Entry(id="ma-yun", type="person", zh="马云", en="Jack Ma", pinyin="Mǎ Yún"))
    assert message.endswith("say so with --adopted (zhgloss edit ma-yun --adopted)")


_NAMES = ["乾宝", "张朝阳", "盖叫天", "乐嘉", "覃雪梅", "朴树"]


@settings(max_examples=40, deadline=None)
@given(zh=st.sampled_from(_NAMES), which=st.integers(0, 3))
def test_giving_the_pinyin_named_clears_the_error(zh: str, which: int) -> None:
    from zhgloss.pinyin import romanize

    name = romanize(zh)
    others = [name.with_reading(a.position, o) for a in name.alternatives for o in a.others]
    other = others[which % len(others)]
    en = " ".join(word.capitalize() for word in _toneless(other.pinyin).split())  # "Zhāng Cháoyáng" -> "Zhang Chaoyang"
    (message,) = en_problems(Entry(id="p", type="person", zh=zh, en=en, pinyin=name.pinyin))
    given_pinyin = message.split("--pinyin '")[1].split("'")[0]
    assert en_problems(Entry(id="p", type="person", zh=zh, en=en, pinyin=given_pinyin)) == []


def _toneless(pinyin: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", pinyin) if not unicodedata.combining(c))


def test_user_u22_edit_to_a_name_read_otherwise_saves_with_the_pinyin_named(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "c3.json"
    gan_bao = {
        "id": "gan-bao",
        "type": "person",
        "zh": "干宝",
        "zh_hant": "干寶",
        "pinyin": "Gān Bǎo",
        "en": "Gan Bao",
    }
    db.write_text(json.dumps({"entries": {"1": gan_bao}}, ensure_ascii=False), encoding="utf-8")
    before = db.read_bytes()
    # The pinyin given by hand is the rule's reading; the English spells another (the lead's fill_pinyin writes that
    # one when no pinyin is given: `edit gan-bao --zh 乾寶` alone saves, tests/test_curate_readings_s25.py).
    refused = subprocess.run(
        [zhgloss_exe, "edit", "gan-bao", "--zh", "乾寶", "--pinyin", "Qián Bǎo", "--db", str(db)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert refused.returncode == 2, refused.stderr
    assert (
        "error: en: 'Gan Bao' spells 'Gān Bǎo', another reading of 乾 in names, not the pinyin 'Qián Bǎo': give it "
        "that pinyin: pass --pinyin 'Gān Bǎo' (run zhgloss edit again with --pinyin 'Gān Bǎo')"
    ) in refused.stderr.splitlines()
    assert "Traceback" not in refused.stderr
    assert db.read_bytes() == before
    saved = subprocess.run(
        [zhgloss_exe, "edit", "gan-bao", "--zh", "乾寶", "--pinyin", "Gān Bǎo", "--db", str(db)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert saved.returncode == 0, saved.stderr
    stored = json.loads(db.read_text(encoding="utf-8"))["entries"]["1"]
    assert (stored["zh"], stored["zh_hant"], stored["pinyin"], stored["en"]) == ("乾宝", "乾寶", "Gān Bǎo", "Gan Bao")
