"""A termbase imported through the console script, and `check`'s problems with it: the helpers of the check
tests that build a glossary from a termbase's text (test_check_banned_inside_s24/_s26, test_untyped_people_s24)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path


def imported_termbase(zhgloss_exe: str, folder: Path, text: str, name: str = "style.tbx") -> Path:
    """Write `text` to `folder`/`name` (a TBX file, a CSV), import it with `zhgloss import` into `folder`/g.json, and
    return that path."""
    (folder / name).write_text(text, encoding="utf-8")
    done = subprocess.run(
        [zhgloss_exe, "import", str(folder / name), "--db", str(folder / "g.json")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    return folder / "g.json"


def problems(zhgloss_exe: str, db: Path, zh: str, en: str) -> list[tuple[str, str, str]]:
    """`zhgloss check` of one segment (source `zh`, target `en`) against `db`: (kind, source, found) each."""
    done = subprocess.run(
        [zhgloss_exe, "check", "-", "--db", str(db), "--json"],
        input=f"{zh}\t{en}\n",
        capture_output=True,
        text=True,
    )
    assert done.returncode in (0, 1), done.stderr
    return [(p["kind"], p["source"], p["found"]) for p in json.loads(done.stdout)["problems"]]
