"""A role's dates zhgloss cannot read are refused (U37-36); --refers-to takes an entry's name (U37-33).

U37-36: "CFO@tencent-holdings-limited:2024-Q1.." (and ":2024年1月..", ":01/03/2024..", day first as a Singapore or
Hong Kong desk types it) was saved, exit 0, as an undated role at an organisation named
"tencent-holdings-limited:2024-Q1..", linked to nothing, and validate said nothing. README: "A role's dates must be
possible"; the forms `parse_role` reads are YYYY, YYYY-MM and YYYY-MM-DD (ISO 8601's calendar dates, year first).

U37-33: `--refers-to 比亚迪` (the company's Chinese short name, a zh alias of its entry) was refused as "not an entry
id" without the id to give, though `--role TITLE@ORG` takes a name (`link_role`). A name that is a form of one entry now
gives that entry's id; several name the ids; none says how to add the entry.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.curate import draft_entry, parse_role, resolve_refers_to
from zhgloss.errors import InvalidEntryError
from zhgloss.model import Role
from zhgloss.validate import validate_entries


def _zhgloss(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", "--db", str(db), *args], capture_output=True, text=True, stdin=subprocess.DEVNULL)


@pytest.mark.parametrize(
    "dates",
    ["2024-Q1..", "2024年1月..", "01/03/2024..", "1 March 2024", "2024/03..2025/02", "FY2024..", "Q1 2024..2025"],
)
def test_dates_zhgloss_cannot_read_are_refused(dates: str) -> None:
    with pytest.raises(InvalidEntryError) as raised:
        parse_role(f"CFO@tencent-holdings-limited:{dates}")
    assert "YYYY, YYYY-MM or YYYY-MM-DD" in str(raised.value)


_DATES = st.builds(
    lambda y, m, d, depth: [f"{y}", f"{y}-{m:02d}", f"{y}-{m:02d}-{d:02d}"][depth],
    st.integers(1900, 2099),
    st.integers(1, 12),
    st.integers(1, 28),
    st.integers(0, 2),
)


@given(_DATES, st.one_of(st.none(), _DATES))
def test_dates_in_the_forms_are_read(start: str, end: str | None) -> None:
    role = parse_role(f"CFO@Tencent:{start}..{end or ''}")
    assert (role.org, role.start, role.end) == ("Tencent", start, end)


@pytest.mark.parametrize("org", ["Group: Asia", "BBC: World Service", "Mediacorp: CNA"])
def test_a_colon_in_an_organisations_name_is_no_date(org: str) -> None:
    assert parse_role(f"editor@{org}").org == org


def test_edit_with_unreadable_dates_exits_2_and_leaves_the_glossary(tmp_path: Path) -> None:
    db = tmp_path / "fq.json"
    subprocess.run(["zhgloss", "init", str(db), "--empty"], check=True, capture_output=True)
    assert _zhgloss(db, "add", "刘炽平", "--en", "Martin Lau", "--adopted", "-y").returncode == 0
    before = db.read_bytes()
    for dates in ("2024-Q1..", "2024年1月..", "01/03/2024.."):
        done = _zhgloss(db, "edit", "martin-lau", "--role", f"CFO@tencent-holdings-limited:{dates}")
        assert done.returncode == 2, done.stderr
        assert "YYYY-MM" in done.stderr and "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
    assert db.read_bytes() == before


def test_validate_names_a_role_stored_with_its_dates_in_the_organisation() -> None:
    entry = draft_entry("刘炽平", en="Martin Lau", adopted=True)
    stored = entry.replace(roles=(Role("CFO", "tencent-holdings-limited:2024-Q1.."),))
    problems = [p for p in validate_entries([stored]) if p.code == "org-dates"]
    assert [p.severity for p in problems] == ["error"]
    assert "'2024-Q1..'" in problems[0].message


def _companies() -> list:
    byd = draft_entry("比亚迪股份有限公司", kind="org", en="BYD Company Limited", zh_aliases=["比亚迪"])
    tencent = draft_entry("腾讯控股有限公司", kind="org", en="Tencent Holdings Limited", aliases=["Tencent"])
    return [byd, tencent]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("比亚迪", "byd-company-limited"),
        ("比亞迪股份有限公司", "byd-company-limited"),
        ("BYD Company Limited", "byd-company-limited"),
        ("tencent", "tencent-holdings-limited"),
        ("tencent-holdings-limited", "tencent-holdings-limited"),
        ("", ""),
    ],
)
def test_a_form_of_one_entry_gives_its_id(value: str, expected: str) -> None:
    assert resolve_refers_to(value, _companies()) == expected


def test_a_form_of_two_entries_names_both_ids() -> None:
    pool = [*_companies(), draft_entry("腾讯", kind="org", en="Tencent Music", zh_aliases=[], aliases=["Tencent"])]
    with pytest.raises(InvalidEntryError) as raised:
        resolve_refers_to("Tencent", pool)
    assert "tencent-holdings-limited" in str(raised.value) and "tencent-music" in str(raised.value)


def test_a_name_of_no_entry_says_how_to_add_it() -> None:
    with pytest.raises(InvalidEntryError) as raised:
        resolve_refers_to("Alibaba", _companies())
    assert "zhgloss add CHINESE --type TYPE --en Alibaba" in str(raised.value)


def test_add_and_edit_take_the_companys_name(tmp_path: Path) -> None:
    db = tmp_path / "fe.json"
    subprocess.run(["zhgloss", "init", str(db), "--empty"], check=True, capture_output=True)
    assert (
        _zhgloss(
            db,
            "add",
            "比亚迪股份有限公司",
            "--type",
            "org",
            "--en",
            "BYD Company Limited",
            "--zh-alias",
            "比亚迪",
            "-y",
        ).returncode
        == 0
    )
    added = _zhgloss(db, "add", "1211.HK", "--type", "stock_code", "--en", "1211.HK", "--refers-to", "比亚迪", "-y")
    assert added.returncode == 0, added.stderr
    assert "entry byd-company-limited" in added.stderr
    assert _zhgloss(db, "add", "9988.HK", "--type", "stock_code", "--en", "9988.HK", "-y").returncode == 0
    edited = _zhgloss(db, "edit", "9988-hk", "--refers-to", "BYD Company Limited")
    assert edited.returncode == 0, edited.stderr
    entries = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert {e["id"]: e["refers_to"] for e in entries if e["type"] == "stock_code"} == {
        "1211-hk": "byd-company-limited",
        "9988-hk": "byd-company-limited",
    }
    before = db.read_bytes()
    missing = _zhgloss(db, "edit", "9988-hk", "--refers-to", "Alibaba")
    assert missing.returncode == 2 and "no entry's id or name" in missing.stderr
    assert db.read_bytes() == before
