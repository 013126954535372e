"""`zhgloss annotate FOLDER` without --output-dir says how to annotate a folder (the user's U35-31).

README's "Many files" section opens with `zhgloss annotate ../shared/articles --output-dir glossed/`: a folder is an
input annotate takes, with --output-dir. Main 63c90aa answered a folder without it with "is a folder, not a file",
which names no way on. The message now names the option and the command, one line, exit 2 (usage), and running the
command it names works.
"""

from __future__ import annotations

import subprocess
from pathlib import Path


def test_a_folder_without_output_dir_names_the_option(zhgloss_exe: str, tmp_path: Path) -> None:
    wire = tmp_path / "wire folder"
    wire.mkdir()
    (wire / "a.txt").write_text("雷军说。\n", encoding="utf-8")
    done = subprocess.run([zhgloss_exe, "annotate", str(wire)], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == (
        f"Error: '{wire}' is a folder: pass --output-dir DIR to gloss every file in it into DIR "
        f"(zhgloss annotate '{wire}' --output-dir glossed/), or name its files\n"
    )
    # The command it names does what it says.
    again = subprocess.run(
        [zhgloss_exe, "annotate", str(wire), "--output-dir", "glossed/"], capture_output=True, text=True, cwd=tmp_path
    )
    assert again.returncode == 0, again.stderr
    assert (tmp_path / "glossed" / "a.txt").read_text(encoding="utf-8") == "雷军（Lei Jun）说。\n"
