"""`edit --remove-role`: a role can be dropped or ended without retyping the others (session 24, the user's U19).

validate says of an open role beside an ended one of the same kind "end it too, or merge the two", but edit could
only add roles or drop them all (--clear-roles), so without $EDITOR every other role had to be typed again.
--remove-role TITLE[@ORG][:FROM..TO] drops the roles it names (`curate.role_matches`), before any --role is added.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.curate import edit_entry, parse_role, role_matches
from zhgloss.errors import UsageError
from zhgloss.model import Entry, Role

JACK_MA = Entry(
    id="jack-ma",
    zh="马云",
    en="Jack Ma",
    en_adopted=True,
    pinyin="Mǎ Yún",
    roles=(
        Role("CEO", "Alibaba", None, "1999"),
        Role("chief executive officer", "Alibaba", None, "1999", "2013-05"),
        Role("founder", "Alibaba", None, "1999", "1999"),
    ),
)


@pytest.mark.parametrize(
    ("spec", "left"),
    [
        ("CEO@Alibaba", ["chief executive officer", "founder"]),
        ("ceo", ["chief executive officer", "founder"]),  # the title in any case, any organisation
        ("founder@alibaba:1999..1999", ["CEO", "chief executive officer"]),
        ("chief executive officer@Alibaba:..2013-05", ["CEO", "founder"]),
    ],
)
def test_remove_role_drops_the_roles_it_names(spec: str, left: list[str]) -> None:
    edited = edit_entry(JACK_MA, remove_roles=[parse_role(spec)])
    assert [r.title for r in edited.roles] == left


@pytest.mark.parametrize("spec", ["CEO@Tencent", "chairman", "CEO@Alibaba:2000..", "founder@Alibaba:..2001"])
def test_a_role_the_entry_lacks_is_a_usage_error(spec: str) -> None:
    with pytest.raises(UsageError, match="has no role"):
        edit_entry(JACK_MA, remove_roles=[parse_role(spec)])


def test_ending_a_role_is_removing_it_and_adding_it_with_its_end() -> None:
    edited = edit_entry(
        JACK_MA, remove_roles=[parse_role("CEO@Alibaba")], add_roles=[parse_role("CEO@Alibaba:1999..2013-05")]
    )
    assert [(r.title, r.start, r.end) for r in edited.roles] == [
        ("chief executive officer", "1999", "2013-05"),
        ("founder", "1999", "1999"),
        ("CEO", "1999", "2013-05"),
    ]


@settings(max_examples=100, deadline=None)
@given(
    title=st.sampled_from(["CEO", "chairman", "founder", "president"]),
    org=st.sampled_from(["Alibaba", "Tencent", None]),
    start=st.sampled_from(["1999", "2010-06", None]),
    end=st.sampled_from(["2013", "2020-01-31", None]),
)
def test_a_role_matches_its_own_spec_and_its_title_alone(
    title: str, org: str | None, start: str | None, end: str | None
) -> None:
    role = Role(title, org, None, start, end)
    assert role_matches(role, role)
    assert role_matches(Role(title.upper()), role)
    assert not role_matches(Role(title + "x"), role)


def test_the_cli_ends_a_role_without_retyping_the_others(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    subprocess.run([zhgloss_exe, "init", str(db)], check=True, capture_output=True)
    before = json.loads(
        subprocess.run(
            [zhgloss_exe, "show", "lei-jun", "--json", "--db", str(db)], capture_output=True, text=True
        ).stdout
    )
    assert before["roles"], "the bundled 雷军 has roles"
    first = before["roles"][0]
    spec = first["title"] + (f"@{first['org']}" if first.get("org") else "")
    done = subprocess.run(
        [zhgloss_exe, "edit", "lei-jun", "--remove-role", spec, "--role", f"{spec}:2010..2024", "--db", str(db)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    after = json.loads(
        subprocess.run(
            [zhgloss_exe, "show", "lei-jun", "--json", "--db", str(db)], capture_output=True, text=True
        ).stdout
    )
    others = [r for r in before["roles"] if not (r["title"] == first["title"] and r.get("org") == first.get("org"))]
    assert after["roles"][: len(others)] == others
    assert (after["roles"][-1]["title"], after["roles"][-1]["from"], after["roles"][-1]["to"]) == (
        first["title"],
        "2010",
        "2024",
    )
    missing = subprocess.run(
        [zhgloss_exe, "edit", "lei-jun", "--remove-role", "astronaut", "--db", str(db)], capture_output=True, text=True
    )
    assert missing.returncode == 2
    assert "has no role 'astronaut'" in missing.stderr
