"""`lookup` and `search` of a form the glossary forbids (TBX deprecated, superseded, not recommended, forbidden).

User test (fourteenth session): search found a forbidden form with score 100 and said nothing of the ban, and
lookup said only "no entry matches". Now lookup names the entry that forbids it and the form to write (exit 1,
nothing found), and a search hit says the form is forbidden. The glossary is the real TBX test file, imported.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory, zhgloss_exe: str) -> Path:
    db = tmp_path_factory.mktemp("forbidden") / "g.json"
    done = subprocess.run(
        [zhgloss_exe, "import", str(DATA / "tbx_forbidden_terms.tbx"), "--db", str(db)],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return db


def _run(zhgloss_exe: str, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([zhgloss_exe, *args, "--db", str(db)], capture_output=True, text=True, check=False)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("Beijing University", "for 北京大学 Peking University (deprecated); write Peking University"),
        ("Beida", "for 北京大学 Peking University (superseded); write Peking University"),
        ("Tengxun", "for 腾讯 Tencent (not recommended); write Tencent"),
        ("QQ Company", "for 腾讯 Tencent; write Tencent"),
        ("qq  company", "for 腾讯 Tencent; write Tencent"),  # any case and spacing, as check reads it
    ],
)
def test_lookup_names_the_entry_that_forbids_the_form(
    zhgloss_exe: str, glossary: Path, query: str, message: str
) -> None:
    before = glossary.read_bytes()
    done = _run(zhgloss_exe, glossary, "lookup", query)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == f"Error: {query!r} is a form the glossary forbids {message}\n"
    assert glossary.read_bytes() == before


def test_lookup_of_an_allowed_form_is_unchanged(zhgloss_exe: str, glossary: Path) -> None:
    assert _run(zhgloss_exe, glossary, "lookup", "Peking University", "--field", "zh").stdout == "北京大学\n"
    assert _run(zhgloss_exe, glossary, "lookup", "Qinghua").stderr == "Error: no entry matches 'Qinghua'\n"


def test_a_search_hit_says_the_query_is_forbidden(zhgloss_exe: str, glossary: Path) -> None:
    done = _run(zhgloss_exe, glossary, "search", "Tengxun")
    assert done.returncode == 0
    first = done.stdout.splitlines()[0]
    assert "腾讯 Tencent" in first and first.endswith("forbidden form (not recommended): write Tencent")
    hits = json.loads(_run(zhgloss_exe, glossary, "search", "Tengxun", "--json").stdout)["hits"]
    assert (hits[0]["entry"]["zh"], hits[0]["forbidden"]) == ("腾讯", "not recommended")
    hits = json.loads(_run(zhgloss_exe, glossary, "search", "Tencent", "--json").stdout)["hits"]
    assert (hits[0]["entry"]["zh"], hits[0]["forbidden"]) == ("腾讯", None)
