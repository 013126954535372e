"""A name with a round bracket in it is matched whichever width of bracket the text or the glossary writes (the
user's U37-1).

Mainland filings write a company's legal name with full-width brackets, 中国平安保险（集团）股份有限公司,
华润（集团）有限公司 (SSE and SZSE announcements); `add` stores the ASCII ones, and annotate, which matches Chinese as
written, never glossed the filing's form (lookup folds the two alike). Both spellings of a bracketed form are now
patterns of the same entry, in both scripts, either way round. Through the installed `zhgloss` script on a
glossary made by `zhgloss add`, as the user did.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

PING_AN = "Ping An Insurance (Group) Company of China, Ltd."
RESOURCES = "China Resources (Holdings) Company Limited"


def _zhgloss(db: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", "--db", str(db), *args], input=stdin, capture_output=True, text=True)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("brackets") / "fin.json"
    assert subprocess.run(["zhgloss", "init", str(path), "--empty"], capture_output=True).returncode == 0
    for zh, en in (("中国平安保险（集团）股份有限公司", PING_AN), ("华润(集团)有限公司", RESOURCES)):
        done = _zhgloss(path, "add", zh, "--type", "org", "--en", en, "-y", stdin="")
        assert done.returncode == 0, done.stderr
    return path


@pytest.mark.parametrize(
    ("line", "glossed"),
    [
        # the user's line: full-width in the text, ASCII in the glossary (add stores ASCII)
        ("中国平安保险（集团）股份有限公司发布公告。", f"中国平安保险（集团）股份有限公司（{PING_AN}）发布公告。"),
        ("中国平安保险(集团)股份有限公司发布公告。", f"中国平安保险(集团)股份有限公司（{PING_AN}）发布公告。"),
        # traditional script, the entry stored with ASCII brackets, the text with full-width ones and the reverse
        ("中國平安保險（集團）股份有限公司公告。", f"中國平安保險（集團）股份有限公司（{PING_AN}）公告。"),
        ("华润（集团）有限公司宣布。", f"华润（集团）有限公司（{RESOURCES}）宣布。"),
        # one bracket of each width, and ASCII brackets spaced as English writes them (the reviewer's R37-7)
        ("中国平安保险(集团）股份有限公司发布公告。", f"中国平安保险(集团）股份有限公司（{PING_AN}）发布公告。"),
        ("中国平安保险（集团)股份有限公司发布公告。", f"中国平安保险（集团)股份有限公司（{PING_AN}）发布公告。"),
        ("中国平安保险 (集团) 股份有限公司发布公告。", f"中国平安保险 (集团) 股份有限公司（{PING_AN}）发布公告。"),
        ("華潤（集團）有限公司宣布。", f"華潤（集團）有限公司（{RESOURCES}）宣布。"),
    ],
)
def test_a_bracketed_name_is_matched_in_either_width(db: Path, line: str, glossed: str) -> None:
    done = _zhgloss(db, "annotate", "-", stdin=line + "\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout == glossed + "\n"


def test_annotating_the_glossed_line_again_changes_nothing(db: Path) -> None:
    """A gloss holding brackets of its own ("(Group)") is read whole as the gloss: no second gloss (failed on the
    parent too, whose reading of a gloss stopped at its first inner bracket)."""
    line = f"中国平安保险（集团）股份有限公司（{PING_AN}）发布公告。\n"
    assert _zhgloss(db, "annotate", "-", stdin=line).stdout == line
