"""CC-CEDICT import: a sense that names another thing than the entry's is no alias of it, and gives it no kind.

The acceptance test of the sixteenth session found, in a random sample of `import cedict_ts.u8.gz --proper-only`,
entries holding other things' names: 东京 "Tonkin", 弥勒 "Maitreya", 庞培 "Pompeium", 韩国 "Han", 泰山 "Tarzan"
(from a second line of the headword), 日本 "East Asian countries" (from 东洋), 中国 holding the SRRC (and typed
org by it), 贞德 "Maid" and "Orleans" (from "the Maid or Orleans"), and one-character names typed by one of the
several things they stand for (克 a person with en "Croatia", 苏 an org with "Jiangsu"). Each is an instance of a
rule of zhgloss.formats.cedict (`_drop_other_things`, `_line_names_another`, the lands of a people, a body a
country qualifies, a title's common noun, one character); beside each are other real lines of the same kind, and
the lines that must keep their other names (教廷 "Holy See": a bare name in a later sense is the thing's).

The lines below are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected values were read off the
lines by hand; they are in tests/data/cedict_referents.u8. The line marked "invented" is not CC-CEDICT's.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from cedict_check import check_lines, import_cedict

from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

LINES = (Path(__file__).resolve().parent / "data" / "cedict_referents.u8").read_text(encoding="utf-8")
# (大同's second line, "Daido, Japanese steel maker ...", is invented: no such line is in CC-CEDICT.)


def _load(text: str = LINES) -> dict[str, Entry]:
    return {e.zh: e for e in load_cedict(io.StringIO(text), proper_only=True)}


NAMES = _load()


@pytest.mark.parametrize(
    ("zh", "en", "kind", "others"),
    [
        ("东京", "Tokyo", None, ["Tonkin"]),
        ("弥勒", "Mile", "place", ["Maitreya"]),
        # The person outranks the town the line names first; the town is another thing.
        ("庞培", "Pompey", "person", ["Pompeium"]),
        ("韩国", "South Korea", None, ["Han"]),
        # (A work named first outranks a later dated person, as 德古拉 Dracula does: "Gundam, Japanese animation
        # franchise" is a work since the thirty-fifth session; it was untyped, and the director outranked it.)
        ("高达", "Gundam", "work", ["Jean-Luc Godard"]),
        ("李斯特", "Ferenc Liszt", "person", ["Joseph Lister"]),  # (was "Ferenc": test_cedict_inner_names_s21.py)
        ("冈山", "Kangshan", "place", ["Okayama"]),
        ("三星", "Sanxing", "place", ["Samsung"]),
    ],
)
def test_a_sense_describing_another_thing_is_no_alias(zh: str, en: str, kind: str | None, others: list[str]) -> None:
    entry = NAMES[zh]
    assert entry.en == en
    assert not set(others) & set(entry.aliases), entry.aliases
    if kind is not None:
        assert entry.type == kind
    assert all(other in (entry.note or "") for other in others)  # the note keeps the sense


def test_a_club_named_after_the_place_is_another_thing() -> None:
    # "Everton (town in northwest England)/Everton soccer team": the team is named after the town, no other name of it.
    entry = NAMES["埃弗顿"]
    assert (entry.en, entry.type) == ("Everton", "place")
    assert "Everton soccer team" not in entry.aliases


def test_a_word_given_as_a_term_of_a_field_is_no_alias() -> None:
    # 朝鲜 "North Korea/Korea as geographic term/": the peninsula, both states; English "Korea" is 韩国's.
    assert "Korea" not in NAMES["朝鲜"].aliases


def test_a_later_sense_of_the_same_thing_stays_an_alias() -> None:
    assert "Korea" in NAMES["韩国"].aliases  # "Korea from the fall of the Joseon dynasty": a word in common


@pytest.mark.parametrize(
    ("zh", "others"),
    [
        # 泰山 [Tai4 shan1] is Tarzan and a township of Taiwan; 泰山 [Tai4 Shan1] the mountain.
        ("泰山", ["Tarzan", "Taishan"]),
        ("大同", ["Daido"]),  # (invented line)
    ],
)
def test_a_later_line_describing_another_thing_gives_no_alias_and_no_kind(zh: str, others: list[str]) -> None:
    entry = NAMES[zh]
    assert not set(others) & set(entry.aliases), entry.aliases
    assert entry.type == "place"


@pytest.mark.parametrize(
    ("zh", "alias"),
    [
        ("教廷", "Holy See"),  # a bare name in a later sense is the thing's
        ("塔斯社", "Information Telegraph Agency of Russia"),
        ("西西里", "Sicilia"),  # a spelling of one word, described
        # (道教 "Taoism/Daoism (...)" was here: a faith by its -ism is a term since s37, test_cedict_doctrines_s37.)
        ("北塔区", "Beita"),  # the reading beside a translation, one kind (the reading is en: s19)
        ("黑龙江河", "Amur River"),  # one generic, one kind
        ("哥尼斯堡", "Kaliningrad"),  # "(since WWII)": the thing renamed
        ("释迦牟尼", "Sakyamuni Buddha"),  # "(Sanskrit: ...)": what the name says, no description
        ("万福玛丽亚", "Ave Maria"),  # "(religion)": a field's label
    ],
)
def test_another_name_of_the_same_thing_stays_an_alias(zh: str, alias: str) -> None:
    assert alias in (NAMES[zh].en, *NAMES[zh].aliases)


def test_the_lands_of_a_people_are_no_name() -> None:
    # 东洋 "Japan (old)/East Asian countries/" folds into 日本, without the countries.
    japan = NAMES["日本"]
    assert "东洋" in japan.zh_aliases
    assert "East Asian countries" not in japan.aliases
    assert NAMES["伊斯兰国"].en == "Islamic State"  # "Muslim countries" is no name of it


def test_a_body_a_country_qualifies_is_no_name_of_the_country() -> None:
    china = NAMES["中国"]
    assert "中国无线电频谱管理和监测" not in china.zh_aliases
    assert china.type != "org"
    body = NAMES["中国无线电频谱管理和监测"]
    assert (body.en, body.type) == ("China state radio regulation committee", "org")


def test_a_common_noun_made_a_title_is_no_alias() -> None:
    # "the Maid or Orleans" (for "the Maid of Orleans") names neither "Maid" nor "Orleans".
    aliases = NAMES["贞德"].aliases
    assert not {"Maid", "Orleans"} & set(aliases)
    assert {"Jehanne Darc", "Joan of Arc", "St Joan"} <= set(aliases)


@pytest.mark.parametrize(
    ("zh", "en", "aliases"),
    [
        # One character stands for things of several kinds: typed by none of them, it keeps every name (check reads
        # them: 访克 "visited Croatia"). 剋 Ke, a legendary emperor, is another line of 克.
        ("克", "Croatia", ["Ke"]),
        ("苏", "Su", ["Soviet Union", "Jiangsu", "Suzhou"]),
        ("陈", "Chen", []),
    ],
)
def test_one_character_of_several_kinds_is_typed_name(zh: str, en: str, aliases: list[str]) -> None:
    entry = NAMES[zh]
    assert (entry.type, entry.en) == ("name", en)
    assert set(aliases) <= set(entry.aliases)


def test_one_character_of_one_kind_keeps_it() -> None:
    assert NAMES["唐"].type == "event"  # the Tang dynasty; a surname is no kind of thing


def test_check_reads_a_character_a_person_line_shares(zhgloss_exe: str, tmp_path: Path) -> None:
    # 克 was typed a person by 剋's line, and check takes no person's character for an abbreviation.
    db = import_cedict(zhgloss_exe, "cedict_referents.u8", tmp_path / "g.json")
    assert check_lines(zhgloss_exe, db, tmp_path, [("总理访克。", "The premier visited Croatia.")]) == []
