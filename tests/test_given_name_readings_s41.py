"""A given name's English that spells another reading of its characters is the person's: written, and said, never
refused (the review's R40-11 and R40-12's first half, the forty-first session).

郑栅洁 is Zheng Shanjie, Chairman of the National Development and Reform Commission since 2023 (Xinhua, gov.cn's
English). pypinyin reads 栅 zhà in context and lists shān and cè too; no CC-CEDICT person and no phrase reads 栅 in a
given name, so the romanizer's table of names' readings had nothing to offer, and add refused "Zheng Shanjie" with
advice to mark it --adopted (a Western name, which it is not). The class: a given-name character with more than one
reading, the user's English spelling one the romanizer did not choose. Now `fill_pinyin` writes the reading the
English spells (any reading pypinyin lists for the character; the surname by its own readings alone), and add says
which: "栅 read shān, as 'Zheng Shanjie' spells it; the romanizer reads zhà". A reading names are known to give (朝
Cháo of 李朝阳: `Romanization.alternatives`) needs no word, as before.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.curate import fill_pinyin
from zhgloss.pinyin import en_matches_pinyin, heteronyms, romanize


def _add(tmp_path: Path, zh: str, en: str) -> tuple[int, str, str | None]:
    db = tmp_path / "g.json"
    if not db.exists():
        subprocess.run(["zhgloss", "init", str(db), "--empty"], check=True, capture_output=True)
    done = subprocess.run(
        ["zhgloss", "add", zh, "--en", en, "--type", "person", "--db", str(db)], capture_output=True, text=True
    )
    entries = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    stored = next((e["pinyin"] for e in entries if e["zh"] == zh), None)
    return done.returncode, done.stderr, stored


@pytest.mark.parametrize(
    ("zh", "en", "pinyin", "said"),
    [
        # The NDRC chairman (Xinhua, gov.cn): 栅 zhà by pypinyin in context, shān here.
        (
            "郑栅洁",
            "Zheng Shanjie",
            "Zhèng Shānjié",
            "栅 read shān, as 'Zheng Shanjie' spells it; the romanizer reads zhà",
        ),
        # A slip is said the same way, not refused: 长江 is Chángjiāng as a phrase.
        ("王长江", "Wang Zhangjiang", "Wáng Zhǎngjiāng", "长 read zhǎng, as 'Wang Zhangjiang' spells it"),
    ],
)
def test_add_writes_the_reading_the_english_spells_and_says_it(
    tmp_path: Path, zh: str, en: str, pinyin: str, said: str
) -> None:
    code, err, stored = _add(tmp_path, zh, en)
    assert code == 0, err
    assert stored == pinyin
    assert said in err
    # No --adopted advice for the person's own reading (R40-11); a slip's warning (王长江, the forty-second session's
    # `pinyin-word`) offers --adopted as the way to say a checked reading is the person's own (R42-9).
    assert ("--adopted" in err) == ("the word 长江 of the given name" in err)


def test_a_reading_names_are_known_to_give_needs_no_word(tmp_path: Path) -> None:
    code, err, stored = _add(tmp_path, "李朝阳", "Li Chaoyang")
    assert (code, stored) == (0, "Lǐ Cháoyáng")
    assert "read cháo" not in err


def test_the_romanizer_s_own_reading_says_nothing(tmp_path: Path) -> None:
    code, err, stored = _add(tmp_path, "王长江", "Wang Changjiang")
    assert (code, stored) == (0, "Wáng Chángjiāng")
    assert "read " not in err


def test_validate_takes_the_reading_written(tmp_path: Path) -> None:
    _add(tmp_path, "郑栅洁", "Zheng Shanjie")
    done = subprocess.run(
        ["zhgloss", "validate", "--db", str(tmp_path / "g.json")], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and "0 errors, 0 warnings" in done.stdout + done.stderr


def test_a_surname_keeps_its_own_readings() -> None:
    # 曾 is Zēng as a surname, never céng, whatever the English: the English that spells céng is not written so.
    assert fill_pinyin("曾国藩", "person", "Ceng Guofan") == "Zēng Guófān"


# Characters with more than one reading pypinyin lists, common in given names.
_POLYPHONES = "栅长重朝乐行和觉单传"
_SURNAMES = "王李郑张陈"


def _toneless(syllable: str) -> str:
    return syllable.rstrip("012345")


@settings(max_examples=60, deadline=None)
@given(
    surname=st.sampled_from(_SURNAMES),
    chars=st.lists(st.sampled_from(_POLYPHONES), min_size=1, max_size=2),
    data=st.data(),
)
def test_any_reading_of_a_given_name_character_the_english_spells_is_written(
    surname: str, chars: list[str], data: st.DataObject
) -> None:
    readings = [data.draw(st.sampled_from([r for r in heteronyms(c) if "v" not in r])) for c in chars]
    surname_word = romanize(surname + chars[0]).en.split()[0]
    given_word = "".join(_toneless(r) for r in readings).capitalize()
    en = f"{surname_word} {given_word}"
    written = fill_pinyin(surname + "".join(chars), "person", en)
    assert written is not None and en_matches_pinyin(en, written), (en, written)
