"""`harvest --unknown` lists a name written in both scripts once, by the form `--add` stores (session 24, user U27).

单田芳 in a simplified line and 單田芳 in a traditional one were two names ("7 unknown names"), and --add then added
one: the count did not match what was added, and the list showed 徐乾學 where 徐乾学 is stored. Names are keyed by
`convert.name_to_simplified` now (the name rules: 徐乾學 -> 徐乾学, not 徐干学).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from zhgloss.annotate import Annotator
from zhgloss.unknown import harvest_unknown

TEXT = "单田芳说评书。\n單田芳說評書。\n徐乾學編書。\n"


def test_one_name_in_both_scripts_is_one_name_counted_twice() -> None:
    names = {n.surface: (n.count, n.lines) for n in harvest_unknown(TEXT, Annotator([]))}
    assert names["单田芳"] == (2, (1, 2))
    assert "單田芳" not in names
    assert names["徐乾学"] == (1, (3,))  # listed as stored, 乾 kept (not 徐干学)


def test_add_adds_what_the_list_counts(zhgloss_exe: str, tmp_path: Path) -> None:
    text, db = tmp_path / "news.txt", tmp_path / "g.json"
    text.write_text(TEXT, encoding="utf-8")
    subprocess.run([zhgloss_exe, "init", str(db)], check=True, capture_output=True)
    listed = subprocess.run(
        [zhgloss_exe, "harvest", str(text), "--unknown", "--json", "--db", str(db)], capture_output=True, text=True
    )
    listing = json.loads(listed.stdout)["unknown"]
    assert [(n["surface"], n["count"], n["lines"]) for n in listing] == [("单田芳", 2, [1, 2]), ("徐乾学", 1, [3])]
    added = subprocess.run(
        [zhgloss_exe, "harvest", str(text), "--unknown", "--add", "--yes", "--db", str(db)],
        capture_output=True,
        text=True,
    )
    assert added.returncode == 0, added.stderr
    assert "added 2 draft entries" in added.stderr, added.stderr
