"""lookup: a company's legal form is no part of what names it (issue 9).

"Kingsoft Corp." typed as an entry's English, or typed as a query for the bundled 金山软件 (en "Kingsoft", aliases
"Kingsoft Corporation", "Kingsoft Corporation Limited"), found nothing: "Kingsoft Corp" is the same company as
"Kingsoft Corporation" and "Kingsoft". The rule (`zhgloss.index.legal_form_keys`, `_same_company`): a query is also
looked up as its name without its legal form and with each legal form after it (`zhgloss.forms.LEGAL_FORM`, ISO
20275's abbreviations, and their chains, "Co., Ltd."), only where the query as typed finds nothing, and such a key's
hit must be the query's name with a legal form (its words without the legal forms alike), not the same letters run
together ("Ma" with "SA" is no "Masa"). The form with the query's own legal form (Corp = Corporation) comes first.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.index import lookup_in
from zhgloss.model import Entry

runner = CliRunner()


@pytest.mark.parametrize(
    "query",
    [
        "Kingsoft",
        "Kingsoft Corporation",
        "Kingsoft Corp",
        "Kingsoft Corp.",
        "Kingsoft Ltd",
        "Kingsoft Corporation Limited",
        "Kingsoft Corp. Ltd.",
        "KINGSOFT CORP",
    ],
)
def test_the_bundled_kingsoft(bundled: Path, query: str) -> None:
    found = runner.invoke(app, ["--db", str(bundled), "lookup", query, "--field", "zh"])
    assert (found.exit_code, found.stdout) == (0, "金山软件\n"), found.output


ENTRIES = [
    Entry(id="kingsoft", type="org", zh="金山软件", en="Kingsoft Corp."),
    Entry(id="foxconn", type="org", zh="富士康科技", en="Foxconn Technology Co., Ltd."),
    Entry(id="apple", type="org", zh="苹果公司", en="Apple Inc."),
    Entry(id="xiaomi", type="org", zh="小米", en="Xiaomi"),
    Entry(id="xiaomi-group", type="org", zh="小米集团", en="Xiaomi Group", aliases=("Xiaomi Corporation",)),
    Entry(id="kingsoft-cloud", type="org", zh="金山云", en="Kingsoft Cloud"),
    Entry(id="masa", type="place", zh="马萨", en="Masa"),
]


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("Kingsoft", ["kingsoft"]),  # the brief's case: en typed "Kingsoft Corp."
        ("Kingsoft Corporation", ["kingsoft"]),
        ("Kingsoft Corp", ["kingsoft"]),
        ("Foxconn Technology", ["foxconn"]),
        ("Foxconn Technology Company Limited", ["foxconn"]),
        ("Apple", ["apple"]),
        ("Apple Incorporated", ["apple"]),
        # The query's own legal form first: Xiaomi Corporation is the group, then the company's short name.
        ("Xiaomi Corp", ["xiaomi-group", "xiaomi"]),
        ("Kingsoft Cloud Ltd", ["kingsoft-cloud"]),  # not Kingsoft: another name
        # The name without its legal form alone before the name without its holding word too (the review's R35-13).
        ("Xiaomi Group Ltd", ["xiaomi-group", "xiaomi"]),
        ("Xiaomi Group Inc.", ["xiaomi-group", "xiaomi"]),
        ("Ma", []),  # "Ma SA" runs the letters of "Masa", which is no company's name
        ("Kingsoft Holdings Cloud", []),
    ],
)
def test_lookup_without_an_index(query: str, ids: list[str]) -> None:
    assert [hit.entry.id for hit in lookup_in(ENTRIES, query)] == ids


def test_a_query_that_finds_itself_is_not_widened() -> None:
    # "Xiaomi" is an entry's English as typed: the group, whose alias is "Xiaomi Corporation", is not added.
    assert [hit.entry.id for hit in lookup_in(ENTRIES, "Xiaomi")] == ["xiaomi"]


def test_the_command_with_an_index(tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    assert runner.invoke(app, ["init", "--empty", str(db)]).exit_code == 0
    added = runner.invoke(app, ["--db", str(db), "add", "金山软件", "--type", "org", "--en", "Kingsoft Corp."])
    assert added.exit_code == 0, added.output
    for query in ["Kingsoft", "Kingsoft Corporation", "Kingsoft Corp", "Kingsoft Co., Ltd."]:
        found = runner.invoke(app, ["--db", str(db), "lookup", query, "--field", "en"])
        assert (found.exit_code, found.stdout) == (0, "Kingsoft Corp.\n"), (query, found.output)
    missed = runner.invoke(app, ["--db", str(db), "lookup", "Kingsoft Cloud"])
    assert missed.exit_code == 1
