"""A person's life dates read by one reader (`zhgloss.model.life_dates`); a role dated after the death is impossible.

Twenty-fifth session, user finding U9 (cur's hunk to model.py, applied by perf): a role "leader (1999–2001)" of
Deng Xiaoping, whose CC-CEDICT note says "(1904-1997)", was not reported, though a role before the birth year was
(`role-birth`). The notes are CC-CEDICT's own lines and Wikipedia's lead sentences; the years are the people's.
"""

from __future__ import annotations

from datetime import date

import pytest

from zhgloss.model import Entry, Role, birth_year, life_dates, role_date_problems

TODAY = date(2026, 12, 1)

# CC-CEDICT's lines (cedict_ts.u8): 鄧小平 邓小平, 毛澤東 毛泽东, 胡耀邦, 江澤民 江泽民.
DENG = "Deng Xiaoping (1904-1997), Chinese communist leader, de facto leader of PRC 1978-1990"
MAO = "Mao Zedong (1893-1976), Chinese communist leader"
HU = "Hu Yaobang (1915-1989), Chinese politician"
JIANG = "Jiang Zemin (1926-), politician, president of PRC 1993-2003"


def person(en: str, note: str | None, *roles: Role) -> Entry:
    return Entry(id="p", en=en, type="person", note=note, roles=roles)


@pytest.mark.parametrize(
    ("en", "note", "born", "died"),
    [
        ("Deng Xiaoping", DENG, 1904, 1997),
        ("Mao Zedong", MAO, 1893, 1976),
        ("Jiang Zemin", JIANG, 1926, None),
        # Wikipedia's lead: Hu Yaobang was born on 20 November 1915 and died on 15 April 1989.
        ("Hu Yaobang", "Hu Yaobang (20 November 1915 – 15 April 1989) was a Chinese politician.", 1915, 1989),
        ("Hu Yaobang", "(November 20, 1915 – April 15, 1989) Chinese politician", 1915, 1989),
        # Jiang Zemin died in Shanghai on 30 November 2022.
        ("Jiang Zemin", "Died 30 November 2022 in Shanghai.", None, 2022),
        ("Xi Jinping", "Born 1953 in Beijing.", 1953, None),
    ],
)
def test_life_dates_of_a_note(en: str, note: str, born: int | None, died: int | None) -> None:
    dates = life_dates(person(en, note))
    assert dates is not None
    assert (dates.born, dates.died) == (born, died)
    assert birth_year(person(en, note)) == born


@pytest.mark.parametrize(
    "note",
    [
        "Son of Xi Zhongxun (1913-2002), politician",  # another person's dates
        "Deng Xiaoping (1997-1904), a slip",  # a death before the birth is no death read
    ],
)
def test_no_death_is_read_where_the_note_gives_none_of_the_entry(note: str) -> None:
    dates = life_dates(person("Deng Xiaoping", note))
    assert dates is None or dates.died is None


@pytest.mark.parametrize(
    ("en", "note", "role", "codes"),
    [
        ("Deng Xiaoping", DENG, Role("leader", start="1999", end="2001"), ["role-death"]),  # user U9
        ("Mao Zedong", MAO, Role("chairman", end="1980"), ["role-death"]),
        ("Mao Zedong", MAO, Role("chairman", start="1943", end="1976"), []),  # ends the year he died
        ("Hu Yaobang", HU, Role("general secretary", start="1980", end="1987"), []),
        ("Hu Yaobang", HU, Role("general secretary", start="1990-01"), ["role-death"]),
        ("Jiang Zemin", JIANG, Role("president", start="1993", end="2003"), []),  # alive by the note
        ("Mao Zedong", MAO, Role("chairman", start="1880"), ["role-birth"]),
    ],
)
def test_a_role_after_the_death_is_impossible(en: str, note: str, role: Role, codes: list[str]) -> None:
    assert [code for code, _ in role_date_problems(person(en, note, role), today=TODAY)] == codes


def test_the_role_death_message_names_the_role_and_the_year() -> None:
    found = role_date_problems(person("Deng Xiaoping", DENG, Role("leader", start="1999", end="2001")), today=TODAY)
    assert found[0][0] == "role-death"
    assert "1999" in found[0][1] and "after Deng Xiaoping died (1997)" in found[0][1]
