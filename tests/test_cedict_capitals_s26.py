"""A family name CC-CEDICT writes in capitals before a given name written with a hyphen, as Hong Kong writes its
names, is written as English writes it: 叶伟民 "Raymond YIP Wai-Man" is Raymond Yip Wai-Man (twenty-sixth session,
issue 9; tester's T26-I2), as "Sung KIM" is Sung Kim."""

from __future__ import annotations

import pytest
from cedict_fixtures import fixture_by_zh, kinds_and_english

NAMES = fixture_by_zh("cedict_classes_s26.u8")


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        # "Raymond YIP Wai-Man, Hong Kong film director ...": (the given name's second syllable lower case since the
        # thirty-fifth session, as English writes it: tests/test_cedict_given_syllables_s35.py)
        ("叶伟民", "Raymond Yip Wai-man"),
        ("金成", "Sung Kim"),  # "Sung KIM (1960-), US diplomat": last, as before
        ("近卫文麿", "Konoe Fumimaro"),  # "Prince KONOE Fumimaro ...": four letters, as before
        ("朴槿惠", "Park Geun-hye"),  # no capitals to mend
    ],
)
def test_a_family_name_in_capitals_is_written_as_english_does(zh: str, en: str) -> None:
    assert NAMES[zh].en == en
    assert NAMES[zh].type == "person"


@pytest.mark.parametrize(
    ("line", "en"),
    [
        ("甲乙丙 甲乙丙 [Jia3 Yi3 bing3] /Andy LAU Tak-wah (1961-), Hong Kong actor/\n", "Andy Lau Tak-wah"),
        ("丁戊 丁戊 [Ding1 Wu4] /CHAN Kong-sang (1954-), Hong Kong actor/\n", "Chan Kong-sang"),
        # Initials and a numeral stay: no given name with a hyphen after them.
        ("己庚 己庚 [Ji3 Geng1] /JJ Lin (1981-), Singaporean singer/\n", "JJ Lin"),
        ("辛壬 辛壬 [Xin1 Ren2] /Henry VIII (1491-1547), King of England/\n", "Henry VIII"),
    ],
)
def test_lines_of_my_own(line: str, en: str) -> None:
    ((kind, english),) = kinds_and_english(line).values()
    assert (kind, english) == ("person", en)
