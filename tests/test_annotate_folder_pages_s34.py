"""`annotate FOLDER --output-dir` reads a web page in the folder as a page, as `annotate PAGE` does: its text glossed,
its markup (attributes, the title) kept byte for byte (gls's report: a folder's .html was read as plain text, so
href="/tag/雷军（Lei Jun）"). The console script in a subprocess on the bundled glossary.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

PAGE = '<html><head><title>雷军</title></head><body><a href="/tag/雷军" title="雷军">雷军</a>在小米。</body></html>\n'


def test_a_folders_web_page_is_annotated_as_a_page(tmp_path: Path, zhgloss_exe: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    (folder / "story.txt").write_text("雷军在小米。\n", encoding="utf-8")
    out = tmp_path / "out"
    done = subprocess.run(
        [zhgloss_exe, "annotate", str(folder), "--output-dir", str(out)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert (out / "page.html").read_text(encoding="utf-8") == PAGE.replace(
        ">雷军</a>在小米。", ">雷军（Lei Jun）</a>在小米（Xiaomi）。"
    )
    assert (out / "story.txt").read_text(encoding="utf-8") == "雷军（Lei Jun）在小米（Xiaomi）。\n"


def test_a_folders_web_page_with_another_format_is_named_not_glossed_as_text(tmp_path: Path, zhgloss_exe: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    done = subprocess.run(
        [zhgloss_exe, "annotate", str(folder), "--output-dir", str(tmp_path / "out"), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode != 0
    assert "is a web page" in done.stderr
    assert not (tmp_path / "out" / "page.html").exists()
