"""A person's death ends the roles left open (issue 9, item 6; user U9, twenty-fourth session).

Only the word "died" in the note ended an open role. The life dates CC-CEDICT writes for a dead person ("Deng
Xiaoping (1904-1997), Chinese leader"), and Wikipedia's lead ("(20 November 1915 – 15 April 1989)"), the shapes the
birth year is already read from (`role-birth`), said nothing: a chairmanship "since 1981-06" stayed current.
Now the death year of those parentheses ends every role open since that year or before ("role-open" warning).
Dates: Deng Xiaoping 1904-1997, Li Peng 1928-2019, Hu Yaobang 20 Nov 1915 - 15 Apr 1989, Zhou Enlai 1898-1976
(CC-CEDICT's own glosses of 邓小平, 李鹏, 周恩来; Wikipedia's lead of Hu Yaobang).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.model import Entry, Role
from zhgloss.validate import death_year, validate_entries


def open_roles(entry: Entry) -> list[str]:
    return [p.message for p in validate_entries([entry]) if p.code == "role-open"]


def person(en: str, note: str, *roles: Role, zh: str = "邓小平") -> Entry:
    return Entry(id="p", type="person", zh=zh, en=en, note=note, roles=roles)


@pytest.mark.parametrize(
    ("zh", "en", "note", "died", "said"),
    [
        ("邓小平", "Deng Xiaoping", "Deng Xiaoping (1904-1997), Chinese leader", 1997, "(1904-1997)"),
        ("李鹏", "Li Peng", "Li Peng (1928–2019), premier of the PRC", 2019, "(1928–2019)"),
        ("胡耀邦", "Hu Yaobang", "(20 November 1915 – 15 April 1989)", 1989, "(20 November 1915 – 15 April 1989)"),
        ("周恩来", "Zhou Enlai", "Zhou Enlai (1898-1976)", 1976, "(1898-1976)"),
        ("胡耀邦", "Hu Yaobang", "Hu Yaobang (November 20, 1915 – April 15, 1989)", 1989, None),
    ],
)
def test_life_dates_in_the_note_end_an_open_role(zh: str, en: str, note: str, died: int, said: str | None) -> None:
    entry = person(en, note, Role(title="chairman", org="Central Military Commission", start="1949-10"), zh=zh)
    assert death_year(entry) is not None
    assert death_year(entry)[0] == died  # type: ignore[index]
    (message,) = open_roles(entry)
    assert message.startswith("'chairman, Central Military Commission (since 1949-10)' is still open, but the note")
    assert f"{en}'s death in {died}" in message
    assert message.endswith(
        ": give the role its end (zhgloss edit p --remove-role 'chairman@Central Military Commission:1949-10..' "
        f"--role 'chairman@Central Military Commission:1949-10..{died}')"
    )
    if said is not None:
        assert f"({said!r})" in message


@pytest.mark.parametrize(
    ("en", "note"),
    [
        ("Xi Jinping", "Xi Jinping (1953-), PRC politician"),  # alive
        ("Xi Jinping", "Tsai Ing-wen (born 31 August 1956)"),  # no death, and another person
        ("Cleopatra", "Cleopatra (69-30 BC), queen of Egypt"),  # the era before the common one
        ("Yongzheng", "Yongzheng, reign name of Qing emperor (1722-1735)"),  # a reign, after a title
        ("Xi Jinping", "Xi Jinping's father Xi Zhongxun (1913-2002)"),  # another person's dates
    ],
)
def test_no_death_year_is_read_where_the_note_gives_none(en: str, note: str) -> None:
    entry = person(en, note, Role(title="president", org="PRC", start="2013-03"))
    assert death_year(entry) is None
    assert open_roles(entry) == []


def test_a_role_already_ended_or_a_founding_is_not_reported() -> None:
    roles = (
        Role(title="premier", org="State Council", start="1949-10", end="1976-01"),
        Role(title="founder", org="Huangpu Military Academy", start="1924"),
        Role(title="foreign minister", start="1949"),
    )
    (message,) = open_roles(person("Zhou Enlai", "Zhou Enlai (1898-1976)", *roles, zh="周恩来"))
    assert message.startswith("'foreign minister (since 1949)' is still open")


def test_a_role_started_in_the_death_year_is_ended_but_not_one_after() -> None:
    entry = person("Hu Yaobang", "(20 November 1915 – 15 April 1989)", Role(title="member", org="X", start="1989"))
    assert len(open_roles(entry)) == 1
    later = person("Hu Yaobang", "(20 November 1915 – 15 April 1989)", Role(title="member", org="X", start="1990"))
    assert open_roles(later) == []


def test_a_death_said_twice_is_reported_once() -> None:
    entry = person(
        "Jiang Zemin",
        "Jiang Zemin (1926-2022). Died 30 November 2022 in Shanghai.",
        Role(title="general secretary", org="CCP", start="1989-06"),
        zh="江泽民",
    )
    assert len(open_roles(entry)) == 1


@settings(max_examples=80, deadline=None)
@given(
    born=st.integers(1800, 1990),
    lived=st.integers(1, 100),
    start=st.integers(1800, 2020),
    dash=st.sampled_from(["-", "–", " – ", "—"]),
)
def test_a_role_open_at_death_is_always_reported(born: int, lived: int, start: int, dash: str) -> None:
    died = born + lived
    note = f"Deng Xiaoping ({born}{dash}{died}), Chinese leader"
    entry = person("Deng Xiaoping", note, Role(title="x", start=str(start)))
    assert (len(open_roles(entry)) == 1) == (start <= died)


def test_validate_warns_and_exits_1_only_with_strict(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    deng = {
        "id": "d1",
        "type": "person",
        "zh": "邓小平",
        "en": "Deng Xiaoping",
        "note": "Deng Xiaoping (1904-1997), Chinese leader",
        "roles": [{"title": "chairman", "org": "Central Military Commission", "from": "1981-06", "to": None}],
    }
    db.write_text(json.dumps({"entries": {"1": deng}}, ensure_ascii=False), encoding="utf-8")
    before = db.read_bytes()
    plain = subprocess.run([zhgloss_exe, "validate", "--db", str(db)], capture_output=True, text=True, check=False)
    assert plain.returncode == 0, plain.stdout + plain.stderr
    assert plain.stdout.splitlines() == [
        "d1: warning: roles: 'chairman, Central Military Commission (since 1981-06)' is still open, but the note "
        f"gives Deng Xiaoping's death in 1997 ('(1904-1997)'): give the role its end (zhgloss --db {db} edit d1 "
        "--remove-role "
        "'chairman@Central Military Commission:1981-06..' --role 'chairman@Central Military Commission:1981-06..1997')"
    ]
    strict = subprocess.run(
        [zhgloss_exe, "validate", "--strict", "--db", str(db)], capture_output=True, text=True, check=False
    )
    assert strict.returncode == 1, strict.stdout + strict.stderr
    assert db.read_bytes() == before
