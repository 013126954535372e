"""English copy: which entry a name shared by several is, and a name written another way (the review's R49 findings).

- R49-32: "Britain", "British" were glossed 不列颠 (the island and its old name), "the Netherlands" 尼德兰, though the
  import adds the country's register forms to 英国 and 荷兰 (data/cedict_country_forms.tsv, which now gives 英国 its
  nationality adjective "British" too, from the CIA World Factbook): a register form ranks first among the entries
  sharing it (`annotate._register_first`), as `lookup` ranks it.
- R49-33: "Taiwanese voters", "Shanghainese dishes" were glossed 台语, 沪语 (the languages): a language's name before a
  noun that is no language's is no language (`Annotator._is_language_adjective`).
- R49-19: "Kinmen and Matsu" was glossed 妈祖 (the sea goddess): a place is found by its name without its generic word
  (`forms.without_feature`: 马祖 "Matsu Islands"), and a list's item next to a place is the place
  (`Annotator._by_list`).
- R49-20: "Mount Tai", "Mount Everest", "St. Petersburg" were not glossed (CC-CEDICT writes "Mt Tai", "Saint
  Petersburg") and check failed them: the opening word is read either way (`forms.abbreviation_spellings`, lookup's
  `index.abbreviation_variants`).

The glossary is real CC-CEDICT lines (tests/data/cedict_entry_choice_s50.u8) imported by the console script; annotate,
check and lookup run as subprocesses.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.forms import (
    GOVERNMENT_BODY_WORDS,
    ORGANISATION_WORDS,
    abbreviation_spellings,
    is_organisation_word,
    without_feature,
)
from zhgloss.model import Entry

glossary = glossary_fixture("cedict_entry_choice_s50.u8")


def annotated(zhgloss_exe: str, db: Path, text: str) -> str:
    done = subprocess.run(
        [zhgloss_exe, "--db", str(db), "annotate", "-"], input=text.encode(), capture_output=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.decode("utf-8").rstrip("\n")


# R49-32: the country's register form and adjective.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain and the UK.", "Britain (英国) and the UK (英国)."),
        ("British Prime Minister Keir Starmer said.", "British (英国) Prime Minister Keir Starmer said."),
        ("The British government said.", "The British (英国) government said."),
        ("Holland and the Netherlands.", "Holland (荷兰) and the Netherlands (荷兰)."),
        ("Trade with the Netherlands grew.", "Trade with the Netherlands (荷兰) grew."),
        # The country's adjective CC-CEDICT gives, as before.
        ("French President Emmanuel Macron said.", "French (法国) President Emmanuel Macron said."),
    ],
)
def test_a_countrys_register_form_is_the_country(zhgloss_exe: str, glossary: Path, text: str, expected: str) -> None:
    assert annotated(zhgloss_exe, glossary, text) == expected


def test_lookup_british_gives_the_country_first(zhgloss_exe: str, glossary: Path) -> None:
    done = subprocess.run([zhgloss_exe, "--db", str(glossary), "lookup", "British"], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8").startswith("英国 United Kingdom")


# R49-33: a language's name as an adjective.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Taiwanese voters went to the polls.", "Taiwanese voters went to the polls."),
        ("The Taiwanese government said.", "The Taiwanese government said."),
        ("Shanghainese dishes are sweet.", "Shanghainese dishes are sweet."),
        ("Many Taiwanese companies invested.", "Many Taiwanese companies invested."),
        # The language itself keeps its gloss.
        ("Taiwanese is spoken by many.", "Taiwanese (台语) is spoken by many."),
        ("Speakers of Taiwanese and Hakka.", "Speakers of Taiwanese (台语) and Hakka."),
        (
            "Taiwanese speakers and the Shanghainese dialect.",
            "Taiwanese (台语) speakers and the Shanghainese (沪语) dialect.",
        ),
        ("He learned Shanghainese quickly.", "He learned Shanghainese (沪语) quickly."),
        ("She sang in Taiwanese.", "She sang in Taiwanese (台语)."),
        # A place's adjective is no language: "Vietnamese" is 越南's own English.
        ("Vietnamese officials said.", "Vietnamese (越南) officials said."),
    ],
)
def test_a_languages_name_before_a_noun_is_no_language(
    zhgloss_exe: str, glossary: Path, text: str, expected: str
) -> None:
    assert annotated(zhgloss_exe, glossary, text) == expected


# R49-19: a place by its name without its generic; a list's item next to a place.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kinmen and Matsu are Taiwan-held islands.", "Kinmen (金门) and Matsu (马祖) are Taiwan-held (台湾) islands."),
        ("Typhoon hit Kaohsiung, Kinmen and Matsu.", "Typhoon hit Kaohsiung (高雄), Kinmen (金门) and Matsu (马祖)."),
        ("Matsu and Kinmen.", "Matsu (马祖) and Kinmen (金门)."),
        ("The Matsu Islands.", "The Matsu Islands (马祖)."),
        ("Shanghai, Kaohsiung or the Yangtze.", "Shanghai (上海), Kaohsiung (高雄) or the Yangtze (长江)."),
        ("Floods along the Yangtze.", "Floods along the Yangtze (长江)."),
        # No place beside it: the goddess, whose own English it is.
        ("Pilgrims honour Matsu every spring.", "Pilgrims honour Matsu (妈祖) every spring."),
        # "Yellow" of 'Yellow River' is an English word: no name alone.
        ("The Yellow flag.", "The Yellow flag."),
    ],
)
def test_a_place_by_its_name_without_its_generic(zhgloss_exe: str, glossary: Path, text: str, expected: str) -> None:
    assert annotated(zhgloss_exe, glossary, text) == expected


# R49-20: Mount/Mt and Saint/St read either way.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tourists at Mount Tai.", "Tourists at Mount Tai (泰山)."),
        ("Tourists at Mt Tai.", "Tourists at Mt Tai (泰山)."),
        ("Tourists at Mt. Tai.", "Tourists at Mt. Tai (泰山)."),
        ("Climbers on Mount Everest.", "Climbers on Mount Everest (珠穆朗玛峰)."),
        ("He went to St. Petersburg.", "He went to St. Petersburg (圣彼得堡)."),
        ("He went to St Petersburg.", "He went to St Petersburg (圣彼得堡)."),
        ("He went to Saint Petersburg.", "He went to Saint Petersburg (圣彼得堡)."),
    ],
)
def test_mount_and_saint_are_read_either_way(zhgloss_exe: str, glossary: Path, text: str, expected: str) -> None:
    assert annotated(zhgloss_exe, glossary, text) == expected


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("游客登上泰山。", "Tourists climbed Mount Tai."),
        ("游客登上泰山。", "Tourists climbed Mt. Tai."),
        ("他去了圣彼得堡。", "He went to St. Petersburg."),
        ("他去了圣彼得堡。", "He went to St Petersburg."),
    ],
)
def test_check_passes_mount_and_saint_either_way(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, zh: str, en: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(zh, en)]) == []


def test_check_says_matsu_is_the_islands_name_without_its_generic(
    zhgloss_exe: str, glossary: Path, tmp_path: Path
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [("金门和马祖。", "Kinmen and Matsu.")])
    assert lines == ['1: variant 马祖: found "Matsu", expected "Matsu Islands" (the name without \'Islands\')']


# The rules themselves.
@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("Mt Tai", ["Mt. Tai", "Mount Tai"]),
        ("Mount Everest", ["Mt Everest", "Mt. Everest"]),
        ("Saint Petersburg", ["St Petersburg", "St. Petersburg"]),
        ("Wall St", []),  # a street, not a saint
        ("Mount", []),
        ("Tai Shan", []),
    ],
)
def test_abbreviation_spellings(form: str, expected: list[str]) -> None:
    assert abbreviation_spellings(form) == expected


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("Matsu Islands", "Matsu"),
        ("Tiananmen Gate", "Tiananmen"),
        ("Yangtze River", "Yangtze"),
        ("Yellow River", None),  # an English word left
        ("Snake Island", None),
        ("Taiwan Island", None),  # the island is no generic the name drops: "Taiwan" is 台湾
        ("Taiwan Strait", None),  # a strait is no generic the name drops
    ],
)
def test_without_feature_reads_islands_and_gates(form: str, expected: str | None) -> None:
    assert without_feature(form, Entry(id="x", type="place", zh="地", en=form)) == expected


def test_annotate_reads_no_divisions_bare_name() -> None:
    """ "Xi" of 息县 'Xi County' in "Xi Jinping": annotate asks the features alone."""
    entry = Entry(id="x", type="place", zh="息县", en="Xi County", pinyin="Xī Xiàn")
    assert without_feature("Xi County", entry) == "Xi"  # check's reading of the source's 息县
    assert without_feature("Xi County", entry, divisions=False) is None


NAME = st.from_regex(r"[A-Z][a-z]{2,8}", fullmatch=True)


@given(NAME, st.sampled_from(["Mount", "Mt", "Saint", "St"]))
def test_an_abbreviation_spelling_reads_back(name: str, opening: str) -> None:
    """Every spelling reads back to the form among its own spellings: the rule is one relation, either way."""
    form = f"{opening} {name}"
    for spelt in abbreviation_spellings(form):
        assert spelt.split()[-1] == name
        assert form in [*abbreviation_spellings(spelt.replace(".", "")), spelt.replace(".", "")]


# The review's R49-9 and the mend of three lists of an organisation's last words: `forms.ORGANISATION_WORDS` with the
# legal forms (`forms.is_organisation_word`) is the one list; annotate reads it, and table.py's `_BODY_WORDS` is a part.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shanghai Electric Corp said.", "Shanghai Electric Corp said."),
        ("Shanghai Electric Corp. said.", "Shanghai Electric Corp. said."),
        ("The Hongkong and Shanghai Banking Corp said.", "The Hongkong and Shanghai Banking Corp said."),
        # As before: an organisation's word, and the place alone.
        ("Shanghai Electric Corporation said.", "Shanghai Electric Corporation said."),
        ("Shanghai Electric Co said.", "Shanghai Electric Co said."),
        ("Shanghai said.", "Shanghai (上海) said."),
        ("Shanghai Disneyland opened.", "Shanghai (上海) Disneyland opened."),
    ],
)
def test_a_place_before_an_organisations_name_is_no_mention(
    zhgloss_exe: str, glossary: Path, text: str, expected: str
) -> None:
    assert annotated(zhgloss_exe, glossary, text) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Corp", True), ("Corp.", True), ("Ltd.", True), ("PLC", True), ("Motor", True), ("Party", True)],
)
def test_is_organisation_word(word: str, expected: bool) -> None:
    assert is_organisation_word(word) is expected


@pytest.mark.parametrize("word", ["Shanghai", "Disneyland", "corp", "Electric", "Cor", "Department", "Office"])
def test_is_no_organisation_word(word: str) -> None:
    assert not is_organisation_word(word)


def test_the_import_reads_a_part_of_the_one_list() -> None:
    """table.py's slash rule reads its own copy still (the lead's to import): every word of it is in forms.py's."""
    from zhgloss.formats.table import _BODY_WORDS

    assert {word.lower() for word in ORGANISATION_WORDS | GOVERNMENT_BODY_WORDS} >= _BODY_WORDS


def test_check_reads_british_as_the_countrys_adjective_in_a_document(
    zhgloss_exe: str, glossary: Path, tmp_path: Path
) -> None:
    """With "British" among 英国's forms, "The British government" beside "the UK" and "Britain" elsewhere in the
    document is the country's adjective where grammar asks for it: no `inconsistent`, no `variant` (as "French" of
    法国, and as on the parent, where "British" was 不列颠's)."""
    pairs = [
        ("英国政府宣布新的制裁措施。", "The British government announced new sanctions."),
        ("英国政府宣布新的制裁措施。", "The UK government announced new sanctions."),
        ("英国经济增长。", "Britain's economy grew."),
    ]
    assert check_lines(zhgloss_exe, glossary, tmp_path, pairs) == []
