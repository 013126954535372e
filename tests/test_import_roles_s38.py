"""A sheet's roles cell is read in the form `add --role` takes, TITLE[@ORG][:FROM..TO] (user finding U37-37).

zhgloss's exports write a roles cell as JSON; a person adding a director to the exported sheet types the role as
`zhgloss add --help` teaches it ("chairman@BYD:2002.."), and the import refused every such row with json's own
words, "roles must be a JSON list of roles: Expecting value". `table._roles` now reads that form by
`zhgloss.curate.parse_role` (the one reading of it; several roles parted by "|" or ";" as a cell's forms are), keeps
reading the JSON, and a cell that is neither is refused with what is wrong and both shapes to write (exit 3, the
glossary untouched). On the parent commit, 11 of this file's 12 tests fail (the export's JSON round trip passed;
the refused row there also left the glossary untouched, but said json's words).
"""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.errors import FormatError
from zhgloss.formats import get_format


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True, check=False)


def _roles(cell: str) -> list[dict[str, object]]:
    text = f'zh,en,type,roles\n王传福,Wang Chuanfu,person,"{cell}"\n'
    (entry,) = get_format("csv").load(io.StringIO(text), "roles.csv")
    return [{k: v for k, v in role.to_dict().items() if v is not None} for role in entry.roles]


def test_the_user_s_sheet_imports(tmp_path: Path) -> None:
    sheet = tmp_path / "roles.csv"
    # The user's file: the add form, once with a full-width colon as Chinese input methods type it.
    sheet.write_text(
        "zh,en,type,roles\n王传福,Wang Chuanfu,person,chairman@BYD:2002..\n"
        "吴泳铭,Eddie Wu,person,CEO@阿里巴巴：2023..\n",
        encoding="utf-8",
    )
    db = tmp_path / "rl.json"
    assert _run("init", str(db), "--empty").returncode == 0
    done = _run("import", str(sheet), "--db", str(db))
    assert done.returncode == 0, done.stderr
    docs = {d["zh"]: d for d in json.loads(db.read_text(encoding="utf-8"))["entries"].values()}
    assert [(r["title"], r["org"], r["from"], r.get("to")) for r in docs["王传福"]["roles"]] == [
        ("chairman", "BYD", "2002", None)
    ]
    assert [(r["title"], r["org"], r["from"]) for r in docs["吴泳铭"]["roles"]] == [("CEO", "阿里巴巴", "2023")]
    shown = _run("show", "wang-chuanfu", "--db", str(db))
    assert "chairman, BYD (since 2002)" in shown.stdout


@pytest.mark.parametrize("separator", ["|", "; ", "；"])
def test_several_roles_are_parted_as_a_cell_s_forms_are(separator: str) -> None:
    assert _roles(f"president@BYD:1995..2002{separator}chairman@BYD:2002..") == [
        {"title": "president", "org": "BYD", "from": "1995", "to": "2002"},
        {"title": "chairman", "org": "BYD", "from": "2002"},
    ]


def test_a_title_alone_and_a_single_date() -> None:
    # add --help: a single date means FROM ("chair@Xiaomi:2011"), and ORG may be left out.
    assert _roles("chair@Xiaomi:2011|founder") == [
        {"title": "chair", "org": "Xiaomi", "from": "2011"},
        {"title": "founder"},
    ]


def test_the_export_s_json_cell_still_imports(tmp_path: Path) -> None:
    db, sheet = tmp_path / "a.json", tmp_path / "a.csv"
    assert _run("init", str(db), "--empty").returncode == 0
    assert _run("--db", str(db), "add", "王传福", "--en", "Wang Chuanfu", "--type", "person",
                "--role", "chairman@BYD:2002..").returncode == 0  # fmt: skip
    assert _run("export", "--db", str(db), "-o", str(sheet)).returncode == 0
    again = tmp_path / "b.json"
    assert _run("init", str(again), "--empty").returncode == 0
    done = _run("import", str(sheet), "--db", str(again))
    assert done.returncode == 0, done.stderr
    (doc,) = json.loads(again.read_text(encoding="utf-8"))["entries"].values()
    assert [(r["title"], r["org"], r["from"]) for r in doc["roles"]] == [("chairman", "BYD", "2002")]


@pytest.mark.parametrize(
    ("cell", "said"),
    [
        ("chairman@@BYD", "roles 'chairman@@BYD' has more than one '@'"),
        ("@BYD:2002..", "roles '@BYD:2002..' has no title"),
        ("chairman@BYD:20..", "roles 'chairman@BYD:20..': '20..' is no date range zhgloss reads"),
        ("[{title: chairman}]", "is no JSON list of roles"),
    ],
)
def test_a_cell_of_neither_shape_says_what_is_wrong_and_both_shapes(cell: str, said: str) -> None:
    with pytest.raises(FormatError) as caught:
        _roles(cell)
    text = str(caught.value)
    assert said in text
    assert "TITLE[@ORG][:FROM..TO]" in text and '[{"title": "chairman", "org": "BYD", "from": "2002"}]' in text
    assert "Expecting value" not in text


def test_a_refused_cell_leaves_the_glossary_untouched(tmp_path: Path) -> None:
    db, sheet = tmp_path / "g.json", tmp_path / "r.csv"
    assert _run("init", str(db), "--empty").returncode == 0
    before = db.read_bytes()
    sheet.write_text("zh,en,type,roles\n王传福,Wang Chuanfu,person,chairman@@BYD\n", encoding="utf-8")
    done = _run("import", str(sheet), "--db", str(db))
    assert done.returncode == 3
    assert "line 2: roles 'chairman@@BYD'" in done.stderr and "Traceback" not in done.stderr
    assert db.read_bytes() == before


_WORD = st.from_regex(r"[A-Za-z][a-z]{0,9}", fullmatch=True)
_YEAR = st.integers(1900, 2000).map(str)  # a role that starts after today is refused


@given(title=_WORD, org=_WORD, start=_YEAR, years=st.one_of(st.none(), st.integers(0, 25)))
def test_title_org_and_years_are_read_as_written(title: str, org: str, start: str, years: int | None) -> None:
    end = None if years is None else str(int(start) + years)  # a role that ends before it starts is refused
    cell = f"{title}@{org}:{start}..{end or ''}"
    want = {"title": title, "org": org, "from": start}
    if end:
        want["to"] = end
    assert _roles(cell) == [want]
