"""harvest reads a Korean name's English by the Korean spellings of its surname (README Known limits, issue 9).

文在寅（Moon Jae-in） gave 寅: 文 is Wén in pinyin, Man in Hong Kong, and nothing said Moon. Korean surnames are now
spelt as data/korean_surnames.tsv writes them (Revised Romanization, McCune-Reischauer, common spellings), so the
name is cut whole and, surname first with one word or hyphenated part per character, is a person.
Names and spellings: CC-CEDICT's own lines for Korean people (文在寅 "Moon Jae-in (1953-), Korean politician",
朴槿惠 "Park Geun-hye", 李明博 "Lee Myung-bak", 卢武铉 "Roh Moo-hyun", 金大中 "Kim Dae-jung", 全斗焕 "Chun Doo Hwan",
黄长烨 "Hwang Jang-yop", 潘基文 "Ban Ki Moon", 郑梦准 "Chung Mongjoon", 崔圭夏 "Choe Gyuha") and news (尹锡悦 Yoon
Suk-yeol, 金正恩 Kim Jong-un, 李在明 Lee Jae-myung).
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from zhgloss.harvest import harvest, surname_keys
from zhgloss.script import en_key

KOREAN_PEOPLE = [
    ("文在寅", "Moon Jae-in"),
    ("朴槿惠", "Park Geun-hye"),
    ("李明博", "Lee Myung-bak"),
    ("卢武铉", "Roh Moo-hyun"),
    ("金大中", "Kim Dae-jung"),
    ("全斗焕", "Chun Doo Hwan"),
    ("黄长烨", "Hwang Jang-yop"),
    ("潘基文", "Ban Ki-moon"),
    ("尹锡悦", "Yoon Suk-yeol"),
    ("金正恩", "Kim Jong-un"),
    ("李在明", "Lee Jae-myung"),
]


@pytest.mark.parametrize(("zh", "en"), KOREAN_PEOPLE)
@pytest.mark.parametrize("before", ["", "韩国总统", "据报道，"])
def test_a_korean_name_is_cut_whole_and_is_a_person(zh: str, en: str, before: str) -> None:
    (proposal,) = harvest(f"{before}{zh}（{en}）表示。", [])
    assert (proposal.zh, proposal.en, proposal.entry.type) == (zh, en, "person")
    if before == "韩国总统":
        assert [r.title for r in proposal.entry.roles] == ["韩国总统"]  # s33 (U32-19): the role, was a note


@pytest.mark.parametrize(("zh", "en"), KOREAN_PEOPLE)
def test_an_english_first_korean_pair_is_a_person(zh: str, en: str) -> None:
    (proposal,) = harvest(f"{en} ({zh}) said.", [])
    assert (proposal.zh, proposal.entry.type) == (zh, "person")


@pytest.mark.parametrize(("zh", "en"), [("郑梦准", "Chung Mongjoon"), ("崔圭夏", "Choe Gyuha")])
def test_a_given_name_written_as_one_word_is_cut_by_the_surname(zh: str, en: str) -> None:
    assert [p.zh for p in harvest(f"{zh}（{en}）表示。", [])] == [zh]


def test_every_row_of_the_korean_table_is_read() -> None:
    from zhgloss.adopted import KOREAN_SURNAMES_PATH

    rows = [line.split("\t") for line in KOREAN_SURNAMES_PATH.read_text(encoding="utf-8").splitlines()]
    rows = [row for row in rows if not row[0].startswith("#")]
    assert rows[0] == ["zh", "hanja", "hangul", "rr", "mr", "spellings"]
    for zh, hanja, hangul, rr, mr, spellings in rows[1:]:
        assert len(zh) == len(hanja) == len(hangul) == 1, zh
        assert "\uac00" <= hangul <= "\ud7a3", zh  # a Hangul syllable
        assert rr and mr and spellings, zh
        written = [en_key(s) for s in spellings.split(",")]
        assert {k for k in written if len(k) > 1} <= surname_keys(zh + "一"), zh


def test_cedicts_korean_people_spell_a_surname_of_the_table(shared_dir: Path) -> None:
    """The world's check: each Korean person CC-CEDICT lists above writes a surname spelling the table knows."""
    people = {zh for zh, _ in KOREAN_PEOPLE if zh not in ("尹锡悦", "金正恩", "李在明")} | {"郑梦准", "崔圭夏"}
    found: dict[str, str] = {}
    with gzip.open(shared_dir / "data" / "cedict_ts.u8.gz", "rt", encoding="utf-8") as fp:
        for line in fp:
            parts = line.split(" ", 2)
            if len(parts) == 3 and parts[1] in people:
                found[parts[1]] = line.split("/")[1]
    assert set(found) == people
    for zh, gloss in found.items():
        assert en_key(gloss.split()[0]) in surname_keys(zh), (zh, gloss)
