"""A person's death year and a role's dates (issue 9, item 6; user finding U9, twenty-fifth session).

A note's sentence that says a tenure ended gives an open role its end, but only with a date already past: the
user's /tmp/usr/val/v2.json roles-d, note "Liu Chuanzhi (born 1944), died 2099? no.", was told to end the Lenovo
chairmanship in 2099, an end `edit` itself refuses (role-future).
"""

from __future__ import annotations

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.model import Entry, Role
from zhgloss.validate import validate_entries


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
