"""CC-CEDICT import: one Chinese form, one entry, one referent: the thing Chinese text means by the form.

The acceptance tests of the seventeenth and eighteenth sessions found entries holding two referents: 奔驰 a person
"Benz" with the alias "Mercedes-Benz", 强生 "Johnson" (an org), 邦迪 "Bondi" with "Band-Aid", 曼彻斯特 holding
"Manchester City football club", 额菲尔士 "Everest" with "Colonel Sir George Everest" and "Sagarmatha", 太白
"Taibai County" with "Venus", 安南 Kofi Annan with "Annam", 莱斯特 "Lester" typed place. The rules
(zhgloss.formats.cedict `_weigh_bare_name`, `_names_another`, `_drop_records`): a bare name ("X (name)", "(surname)")
says less than a sense naming a company, a brand or a place of that name, which is the entry; a sense naming
another referent (a place beside a person, a club beside its city, a planet beside a county) is no alias, and the
note keeps it.

The lines below are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected values were read off the
lines by hand; they are in tests/data/cedict_two_referents.u8.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

LINES = (Path(__file__).resolve().parent / "data" / "cedict_two_referents.u8").read_text(encoding="utf-8")


def _load(text: str = LINES) -> dict[str, Entry]:
    names: dict[str, Entry] = {}
    for entry in load_cedict(io.StringIO(text), proper_only=True):
        names[entry.zh] = entry
        names.update(dict.fromkeys(entry.zh_aliases, entry))
    return names


NAMES = _load()


@pytest.mark.parametrize(
    ("zh", "en", "kind", "others"),
    [
        # A company or a brand named by the form outranks the name many bear, a surname.
        ("奔驰", "Mercedes-Benz", "org", ["Benz"]),
        ("强生", "Johnson & Johnson", "org", ["Johnson"]),
        ("麦当劳", "McDonald's", "org", ["MacDonald", "McDonald"]),
        ("雷诺", "Renault", "org", ["Reynolds", "Reno"]),  # and Reno, a place, is a third thing
        # A loanword is what Chinese text means by the form.
        ("邦迪", "Band-Aid", "name", ["Bondi"]),
        # A place of that very name outranks it too; the other name people bear is theirs.
        ("莱斯特", "Leicester", "place", ["Lester"]),
    ],
)
def test_a_company_a_brand_or_a_place_outranks_a_bare_name(zh: str, en: str, kind: str, others: list[str]) -> None:
    entry = NAMES[zh]
    assert (entry.en, entry.type) == (en, kind)
    assert not set(others) & set(entry.aliases), entry.aliases
    assert all(other.partition(" ")[0] in (entry.note or "") for other in others)  # the note keeps the senses


def test_the_person_a_company_is_named_after_keeps_an_entry_of_his_own() -> None:
    # 本茨 "Benz (name)/Karl Benz ..." was folded into 奔驰 by the English "Benz" both gave; the car maker is another.
    assert (NAMES["本茨"].zh, NAMES["本茨"].type) == ("本茨", "person")
    assert "本茨" not in NAMES["奔驰"].zh_aliases


@pytest.mark.parametrize(
    ("zh", "en", "aliases"),
    [
        # A spelling of the line's reading stays ("Zhalaid" is 扎赉特's pinyin).
        # (s47: and the Mongolian name the line labels: test_cedict_own_language_names_s47.py)
        ("扎赉特", "Jalaid", ("Zhalaid khoshuu", "Zhalaid")),
        # An organisation named after the name by its generic is written with it in Chinese (斯坦福大学): (s29) no
        # alias either, another thing (tests/test_cedict_named_after_s29.py).
        ("斯坦佛", "Stanford", ()),
        # The name's bearer outranks a place of his name: the name people bear.
        ("华盛顿", "Washington", ("George Washington",)),
        # "expert at Univ. of Miami": a university the bearer works at, no company of the name.
        ("德雷尔", "Dreyer", ("June Teufel Dreyer",)),
        # A bearer is the name's; another name many bear is not (the review's R43-7: "Erwin (name)" beside "Owen
        # (name)" is another name, in the note; test_cedict_later_sense_aliases_s44).
        ("欧文", "Owen", ()),
        ("叶卡捷琳娜", "Yekaterina", ("Ekaterina", "Catherine the Great", "Catherine the Second")),
    ],
)
def test_a_bare_name_keeps_its_spellings_and_bearers(zh: str, en: str, aliases: tuple[str, ...]) -> None:
    assert (NAMES[zh].en, NAMES[zh].aliases) == (en, aliases)


@pytest.mark.parametrize(
    ("zh", "en", "others"),
    [
        # A name many bear and a thing of no word or spelling in common with it: two referents.
        ("亚历山大", "Alexander", ["Alexandria"]),
        ("汉斯", "Hans", ["Reims"]),
        ("苏菲", "Sophie", ["Sufi"]),
        ("欧文", "Owen", ["Irvine"]),
        ("额菲尔士", "Everest", ["Sagarmatha"]),
        # A unit of China's administration is named by its own name: a planet, a film, a country are others.
        ("太白", "Taibai", ["Venus"]),  # (s27: 太白 writes no 县; "Taibai County" an alias)
        ("无极", "Wuji", ["The Promise"]),
        ("大英", "Daying", ["Great Britain"]),
        # A club and the city it is named after, by a name of its own.
        ("曼城", "Manchester City", ["Manchester"]),
        # A person and the places of his name, spelt alike or not.
        ("安南", "Kofi Annan", ["Annam"]),
    ],
)
def test_a_sense_naming_another_referent_is_no_alias(zh: str, en: str, others: list[str]) -> None:
    entry = NAMES[zh]
    assert entry.en == en
    assert not set(others) & set(entry.aliases), entry.aliases
    assert all(other in (entry.note or "") for other in others)


def test_a_club_with_a_name_of_its_own_is_the_lines_thing() -> None:
    # 曼城 "Manchester, England/Manchester City football club/": the club's name has what the city's lacks ("City",
    # 城): 曼城 writes the club, as news does (曼城主场战胜切尔西); the city is 曼彻斯特's, a place by this line.
    assert (NAMES["曼城"].zh, NAMES["曼城"].en, NAMES["曼城"].type) == ("曼城", "Manchester City", "org")
    assert (NAMES["曼彻斯特"].en, NAMES["曼彻斯特"].type) == ("Manchester", "place")
    assert "曼城" not in NAMES["曼彻斯特"].zh_aliases


def test_a_brand_written_otherwise_is_that_writings() -> None:
    # 庞氏 "Ponzi (name)/Pond's (brand of skin care products), also written 旁氏/": Ponzi (庞氏骗局); Pond's is 旁氏.
    assert (NAMES["庞氏"].zh, NAMES["庞氏"].en) == ("庞氏", "Ponzi")
    assert "庞氏" not in NAMES["旁氏"].zh_aliases


def test_a_word_of_a_persons_name_stays_his_alias() -> None:
    # Darwin the city is another thing, but "Darwin" is Charles Darwin's name too; so is Annan Kofi Annan's.
    assert "Darwin" in NAMES["达尔文"].aliases
    assert "Annan" in NAMES["安南"].aliases


@pytest.mark.parametrize(
    ("zh", "en"),
    [("额菲尔士", "Everest"), ("维奇", "Vigilius")],
)
def test_a_persons_title_is_no_part_of_the_name(zh: str, en: str) -> None:
    # "Colonel Sir George Everest", "Pope Vigilius": a rank and an office, as "Sir" and "King" are.
    forms = (NAMES[zh].en, *NAMES[zh].aliases)
    assert not any(f.startswith(("Colonel", "Sir", "Pope")) for f in forms), forms
    assert en in forms[0]
