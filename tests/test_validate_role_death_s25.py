"""A person's death year and a role's dates (issue 9, item 6; user finding U9, twenty-fifth session).

A role dated after the death year the note gives was not reported (/tmp/usr/val/v5.json d1: note "Deng Xiaoping
(1904-1997), Chinese leader", role "leader (1999–2001)"), while one dated before the birth year was an error
(role-birth). Now `role-death` is its twin, and one reader of a note's life dates (`model.life_dates`) gives the
birth year, the death year and validate's open roles alike, so the shapes each read agree. Dates: CC-CEDICT's own
glosses (邓小平 1904-1997, 李鹏 1928-2019, 周恩来 1898-1976), Wikipedia's leads (胡耀邦 20 November 1915 - 15 April
1989, 江泽民 died 30 November 2022 in Shanghai).

A note's sentence that says a tenure ended gives an open role its end, but only with a date already past: the
user's /tmp/usr/val/v2.json roles-d, note "Liu Chuanzhi (born 1944), died 2099? no.", was told to end the Lenovo
chairmanship in 2099, an end `edit` itself refuses (role-future).
"""

from __future__ import annotations

import datetime
import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.model import Entry, Role, birth_year, life_dates, role_date_problems
from zhgloss.validate import death_year, validate_entries


def open_roles(entry: Entry) -> list[str]:
    return [p.message or "" for p in validate_entries([entry]) if p.code == "role-open"]


def person(note: str, *roles: Role) -> Entry:
    return Entry(id="p", type="person", zh="柳传志", en="Liu Chuanzhi", note=note, roles=roles)


def test_a_death_after_today_ends_no_role() -> None:
    entry = person("Liu Chuanzhi (born 1944), died 2099? no.", Role(title="chairman", org="Lenovo", start="2011"))
    assert open_roles(entry) == []


def test_a_past_date_in_the_note_still_ends_the_role() -> None:
    entry = person("Retired on 2019-12-20.", Role(title="chairman", org="Lenovo", start="2011"))
    (message,) = open_roles(entry)
    assert message.endswith("--role chairman@Lenovo:2011..2019-12-20)")


@settings(max_examples=40, deadline=None)
@given(ahead=st.integers(1, 80), word=st.sampled_from(["died", "retired", "stepped down"]))
def test_no_role_is_ended_on_a_date_still_to_come(ahead: int, word: str) -> None:
    year = datetime.date.today().year + ahead
    entry = person(f"He {word} in {year}.", Role(title="chairman", org="Lenovo", start="2011"))
    assert not any(str(year) in message for message in open_roles(entry))


def deng(*roles: Role, note: str = "Deng Xiaoping (1904-1997), Chinese leader") -> Entry:
    return Entry(id="d1", type="person", zh="邓小平", en="Deng Xiaoping", note=note, roles=roles)


def test_user_u9_a_role_after_the_death_year_is_an_error() -> None:
    roles = (Role(title="soldier", start="1900", end="1901"), Role(title="leader", start="1999", end="2001"))
    found = [(p.code, p.severity, p.message) for p in validate_entries([deng(*roles)]) if p.field == "roles"]
    assert found == [
        ("role-birth", "error", "'soldier (1900–1901)' is dated 1900, before Deng Xiaoping was born (1904)"),
        ("role-death", "error", "'leader (1999–2001)' is dated 1999, after Deng Xiaoping died (1997)"),
    ]


@pytest.mark.parametrize(
    ("note", "role", "code"),
    [
        ("Deng Xiaoping (1904-1997), Chinese leader", Role("leader", start="1998"), "role-death"),
        ("Deng Xiaoping (1904-1997), Chinese leader", Role("leader", start="1990", end="1998-01"), "role-death"),
        ("Deng Xiaoping (1904-1997), Chinese leader", Role("leader", start="1990", end="1997-12"), None),
        ("(20 November 1915 – 15 April 1989)", Role("leader", end="1990"), "role-death"),
        ("Died 30 November 2022 in Shanghai.", Role("leader", start="2023"), "role-death"),
        ("Deng Xiaoping (1904-), Chinese leader", Role("leader", start="1999"), None),  # alive when written
        ("Son of Xi Zhongxun (1913-2002).", Role("leader", start="2005"), None),  # another person's dates
    ],
)
def test_a_role_dated_after_the_death_is_impossible(note: str, role: Role, code: str | None) -> None:
    found = [c for c, _ in role_date_problems(deng(role, note=note), today=datetime.date(2026, 12, 1))]
    assert found == ([code] if code else [])


@pytest.mark.parametrize(
    ("note", "born", "died"),
    [
        ("Deng Xiaoping (1904-1997), Chinese leader", 1904, 1997),
        ("Deng Xiaoping (1904–1997)", 1904, 1997),
        ("(20 November 1915 – 15 April 1989)", 1915, 1989),
        ("Deng Xiaoping (November 20, 1915 – April 15, 1989)", 1915, 1989),
        ("Died 30 November 2022 in Shanghai.", None, 2022),
        ("Deng Xiaoping (born 22 August 1904)", 1904, None),
        ("Born 1904 in Guang'an.", 1904, None),
    ],
)
def test_one_reader_gives_birth_death_and_validate_alike(note: str, born: int | None, died: int | None) -> None:
    entry = deng(note=note)
    lived = life_dates(entry)
    assert lived is not None
    assert (lived.born, lived.died) == (born, died)
    assert birth_year(entry) == born
    assert (death_year(entry) or (None,))[0] == died


@settings(max_examples=60, deadline=None)
@given(
    born=st.integers(1800, 1950),
    lived=st.integers(1, 90),
    role_year=st.integers(1800, 2025),
    shape=st.sampled_from(["Deng Xiaoping ({b}-{d})", "({b} – {d})", "(3 May {b} – 9 June {d})"]),
)
def test_a_role_is_impossible_exactly_when_dated_outside_the_life(
    born: int, lived: int, role_year: int, shape: str
) -> None:
    died = born + lived
    entry = deng(Role("leader", start=str(role_year), end=str(role_year)), note=shape.format(b=born, d=died))
    codes = [c for c, _ in role_date_problems(entry, today=datetime.date(2026, 12, 1))]
    expected = ["role-birth"] if role_year < born else ["role-death"] if role_year > died else []
    assert codes == expected
    assert (death_year(entry) or (None,))[0] == died


NOTE = ("--note", "Deng Xiaoping (1904-1997), Chinese leader")


def test_add_refuses_a_role_after_the_death_and_validate_exits_1(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "v5.json"
    db.write_text('{"entries": {}}', encoding="utf-8")
    added = subprocess.run(
        [zhgloss_exe, "add", "邓小平", "--type", "person", "--role", "leader:1999..2001", "--db", str(db), *NOTE],
        capture_output=True,
        text=True,
        check=False,
    )
    assert added.returncode == 2, added.stdout + added.stderr
    assert "'leader (1999–2001)' is dated 1999, after Deng Xiaoping died (1997)" in added.stderr
    assert "Traceback" not in added.stderr
    assert json.loads(db.read_text(encoding="utf-8")) == {"entries": {}}
    d1 = {
        "id": "d1",
        "type": "person",
        "zh": "邓小平",
        "en": "Deng Xiaoping",
        "note": "Deng Xiaoping (1904-1997), Chinese leader",
        "roles": [{"title": "leader", "org": None, "from": "1999", "to": "2001"}],
    }
    db.write_text(json.dumps({"entries": {"1": d1}}, ensure_ascii=False), encoding="utf-8")
    checked = subprocess.run([zhgloss_exe, "validate", "--db", str(db)], capture_output=True, text=True, check=False)
    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert checked.stdout.splitlines() == [
        "d1: error: roles: 'leader (1999–2001)' is dated 1999, after Deng Xiaoping died (1997)"
    ]
