"""CC-CEDICT import: the English of a name is the whole name, spelt as the line's own reading says (issue 9).

The acceptance test of session 15 found titles cut at their first preposition (歧路灯 "Lamp", 孽海花
"Flower", both typed places), a galaxy cut from its generic (仙女座星系 "Andromeda"), a list cut at "and"
(两湖 "Hubei"), an abbreviation's description as an alias of its target (国台办's "PRC state council
office" on the Taiwan Affairs Office), CC-CEDICT's slips of its own reading kept as the English (李叔同
"Liu Shutong", 双城 "Suangcheng", 梅德韦杰夫 "Medvedyev"), and common words kept by `--proper-only` (华侨
"overseas Chinese", 华氏度 "degrees Fahrenheit", 桂木属 "genus
Artocarpus"). Beside each, other real lines of the same kind, and lines the rules must leave alone (Wade-Giles
"Erhlin", Mongolian "Qiqihar", "Shaanxi", "Soong Mei-ling", "mainland China").

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); they are in
tests/data/cedict_english_names.u8. Expected values were read off the lines by hand, the readings' spellings from
the numbered pinyin CC-CEDICT gives each line.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.formats.cedict import CedictLine, load_cedict, read_sense

LINES = (Path(__file__).resolve().parent / "data" / "cedict_english_names.u8").read_text(encoding="utf-8")
NAMES = {e.zh: e for e in load_cedict(io.StringIO(LINES), proper_only=True)}


@pytest.mark.parametrize(
    ("zh", "kind", "en"),
    [
        ("歧路灯", "work", "Lamp in the Side Street"),  # ", novel by ...": the title runs to the comma
        ("孽海花", "work", "Flower in the sea of evil"),  # ", late Qing novel by ..."
        ("聊斋志异", "work", "Strange Stories from a Chinese Studio"),  # ", Qing dynasty book of tales by ..."
        ("春江花月夜", "work", "River on a spring night"),  # ", long yuefu poem by ..."
        ("八十天环游地球", "work", "Around the World in Eighty Days"),  # "... by Jules Verne": a title and its author
        ("阿Q正传", "work", "The True Story of Ah Q"),  # ", influential 1921 novella by Lu Xun"
        # (a body in the sky is `name` since s42, no place: test_cedict_sky_bodies_s42)
        ("仙女座星系", "name", "Andromeda Galaxy"),  # "Andromeda galaxy M31": the generic is the name's
        ("三叶星云", "name", "Trifid Nebula"),  # "Trifid Nebula M20": Messier's number is an alias
        ("两湖", "place", "Hubei and Hunan"),  # "Hubei 湖北 and Hunan 湖南 provinces": both, written bare
        ("陕甘宁", "place", "Shaanxi, Gansu and Ningxia"),
        ("唐宋", "event", "Tang and Song dynasties"),  # a generic that is no unit stays
    ],
)
def test_the_english_is_the_whole_name(zh: str, kind: str, en: str) -> None:
    assert (NAMES[zh].type, NAMES[zh].en) == (kind, en)


def test_a_place_described_by_what_surrounds_it_is_no_title() -> None:
    # "Dehong Dai and Jingpo autonomous prefecture in west Yunnan surrounded on three sides by Myanmar": no author.
    # (Since s37 the headword 德宏州, which writes no peoples, is named short; the official name is an alias.)
    assert (NAMES["德宏州"].type, NAMES["德宏州"].en) == ("place", "Dehong Prefecture")
    assert "Dehong Dai and Jingpo Autonomous Prefecture" in NAMES["德宏州"].aliases


@pytest.mark.parametrize(("zh", "alias"), [("若羌", "Chaqiliq"), ("鄯善", "Pichan")])
def test_the_other_name_after_a_unit_is_an_alias(zh: str, alias: str) -> None:
    # "Chaqiliq nahiyisi or Ruoqiang county ...", "Piqan county or Pichan nahiyisi ...": the other name comes after
    # the unit (acceptance 14:24: 51 of 66 Xinjiang "nahiyisi" places had lost their pinyin county name); the pinyin
    # name leads (Ruoqiang: test_cedict_units_s20.py).
    assert alias in NAMES[zh].aliases


@pytest.mark.parametrize(
    ("zh", "en", "aliases"),
    [
        # (Since s37 the bracket, the line's English, heads and the Uyghur name is the alias:
        # test_cedict_short_units_s37.)
        ("新和", "Xinhe", ("Toqsu",)),  # "Toqsu nahiyisi (Xinhe county) in Aksu ..."
        ("莎车", "Yarkand", ("Yeken", "Shache")),  # "Yeken nahiyisi (Yarkand county or Shache) in Kashgar ..."
        ("五家渠", "Wujiaqu", ("Wujyachü",)),  # "Wujyachü shehiri (Wujiaqu city), ..."
        # The unit word capitalised as a word of the name is no part of the English either.
        # (After "or", the pinyin name leads: test_cedict_units_s20.py.)
        ("温泉", "Wenquan", ("Arishang",)),  # "Arishang Nahiyisi or Wenquan county in Börtala ..."
        ("库车", "Kuche", ("Kuchar",)),  # "Kuchar Nahiyisi or Kuche county in Aksu ..."
        ("库尔勒", "Korla", ()),  # "Korla Shehiri, Korla or Ku'erle City, capital of ..."
    ],
)
def test_a_uyghur_unit_s_other_names_in_its_bracket_are_aliases(zh: str, en: str, aliases: tuple[str, ...]) -> None:
    # Acceptance 14:45 (s16): 41 of 66 "nahiyisi" places lost the county name the bracket after the unit gives.
    assert (NAMES[zh].type, NAMES[zh].en) == ("place", en)
    assert set(aliases) <= set(NAMES[zh].aliases)
    assert not any(word in a for a in (NAMES[zh].en, *NAMES[zh].aliases) for word in ("Nahiyisi", "Shehiri", "county"))


def test_a_catalogue_number_is_an_alias() -> None:
    assert NAMES["仙女座星系"].aliases == ("M31",) and NAMES["三叶星云"].aliases == ("M20",)


def test_an_abbreviation_s_description_is_no_alias_of_its_target() -> None:
    (office,) = [e for e in NAMES.values() if "国台办" in (e.zh, *e.zh_aliases)]
    assert (office.en, office.aliases) == ("Taiwan Affairs Office", ())
    assert "国务院台湾事务办公室" in (office.zh, *office.zh_aliases)  # one entry, headed by the commoner 国台办


@pytest.mark.parametrize(
    ("zh", "en", "written"),
    [
        ("李叔同", "Li Shutong", "Liu Shutong"),  # [Li3 Shu1 tong2]
        ("双城", "Shuangcheng", "Suangcheng"),  # [Shuang1 cheng2], "county level city in Harbin 哈尔滨"
        ("宝山区", "Baoshan District", "Baoshang"),  # [Bao3 shan1 qu1]: the reading's first syllables (its 区 written)
    ],
)
def test_a_slip_of_the_line_s_own_reading_is_spelt_from_the_reading(zh: str, en: str, written: str) -> None:
    entry = NAMES[zh]
    assert entry.en == en and written not in entry.aliases
    # (the note names the word mended, without the unit the headword's English is named with: s36)
    assert f"CC-CEDICT's English {written!r} misspells {en.removesuffix(' District')!r}" in (entry.note or "")


def test_a_transliterated_foreign_name_is_never_mended() -> None:
    # "Medvedyev (name)/Dmitry Anatolyevich Medvedev (1965-), ...": a spelling of a name many bear, kept as CC-CEDICT
    # writes it (the coordinator's rule after the acceptance test: only pinyin of Chinese names is mended).
    assert NAMES["梅德韦杰夫"].en == "Medvedyev"
    assert "Dmitry Anatolyevich Medvedev" in NAMES["梅德韦杰夫"].aliases
    assert "misspells" not in (NAMES["梅德韦杰夫"].note or "")


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("齐齐哈尔", "Qiqihar"),  # a Daur name: "r" for "er", as Mongolian names are written
        ("二林", "Erhlin"),  # Taiwan's Wade-Giles: "erh"
        ("陕西", "Shaanxi"),  # the doubled vowel tells it from Shanxi
        ("宋美龄", "Soong Mei-ling"),  # her own spelling
    ],
)
def test_a_spelling_other_than_pinyin_by_design_is_kept(zh: str, en: str) -> None:
    assert NAMES[zh].en == en
    assert "misspells" not in (NAMES[zh].note or "")


@pytest.mark.parametrize("zh", ["华侨", "华裔", "华氏度", "洋泾浜英语", "桂木属"])
def test_a_common_word_with_a_capital_is_no_name(zh: str) -> None:
    # "overseas Chinese", "ethnic Chinese", "degrees Fahrenheit", "pidgin English", "genus Artocarpus".
    assert zh not in NAMES
    common = {e.zh: e for e in load_cedict(io.StringIO(LINES))}
    assert common[zh].type == "term"


@pytest.mark.parametrize("zh", ["大陆"])
def test_a_place_after_lower_case_words_stays_a_name(zh: str) -> None:
    assert NAMES[zh].en == "mainland China"


SYLLABLES = st.sampled_from(["Zhang1", "Shuang1", "cheng2", "yang2", "Li3", "Shu1", "tong2", "bao3", "shan1", "hua4"])


@given(st.lists(SYLLABLES, min_size=2, max_size=3))
def test_an_english_name_that_spells_its_own_reading_is_never_changed(syllables: list[str]) -> None:
    # Property: the rule only mends a name one letter off its reading; the reading's own spelling stands.
    numbered = " ".join([syllables[0].capitalize(), *syllables[1:]])
    from zhgloss.formats.cedict import _toneless, written_pinyin

    spelt = _toneless(written_pinyin(numbered) or "")
    text = f"X X [{numbered}] /{spelt} county in Harbin 哈尔滨, Heilongjiang/\n"
    (entry,) = load_cedict(io.StringIO(text), proper_only=True)
    assert entry.en == spelt and "misspells" not in (entry.note or "")


def test_read_sense_gives_a_title_its_words() -> None:
    title = read_sense("Lamp in the Side Street, novel by Qing dynasty writer Li Lüyuan")
    assert (title.name, title.type) == ("Lamp in the Side Street", "work")
    # Not where the description is no work's: "Mt Wu on the Changjiang River" stays a mountain.
    assert read_sense("Mt Wu on the Changjiang River, one of the Three Gorges").name == "Mt Wu"
    assert CedictLine  # (the type is the public one the tests of test_cedict.py build lines with)
