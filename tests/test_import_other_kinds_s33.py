"""A file of a kind zhgloss does not import says what it is and the way in (session 33, issue 9; user U32-27).

A Trados termbase (.sdltb), a TMX memory, an XLIFF job and a gettext .po file were each answered "cannot tell the
format of …: pass --format (csv, tsv, …)", though no format reads them; with `--format tbx` a TMX was "not TBX: the
root element is <tmx>".
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

TMX = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="x" creationtoolversion="1" '
    'segtype="sentence" o-tmf="x" adminlang="en" srclang="zh-CN" datatype="plaintext"/>\n<body><tu><tuv '
    'xml:lang="zh-CN"><seg>雷军表示。</seg></tuv><tuv xml:lang="en"><seg>Lei Jun said.</seg></tuv></tu></body></tmx>\n'
)
XLIFF = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2"><file source-language="zh-CN" target-language="en" '
    'datatype="plaintext" original="a"><body><trans-unit id="1"><source>雷军</source><target>Lei Jun</target>'
    "</trans-unit></body></file></xliff>\n"
)


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("team.sdltb", "SQLite format 3\0", "is a Trados MultiTerm termbase (.sdltb), which only MultiTerm reads"),
        # check reads a TMX's segment pairs since ac5108f: the way in names it.
        (
            "mem.tmx",
            TMX,
            "is a translation memory (TMX), which holds sentences, not a termbase's names: 'zhgloss check FILE' checks",
        ),
        (
            "job.xlf",
            XLIFF,
            "is an XLIFF bilingual file, which holds a translation, not a termbase's names: 'zhgloss check",
        ),
        ("job.sdlxliff", XLIFF, "is a Trados bilingual file (SDLXLIFF)"),
        ("a.po", 'msgid "雷军"\nmsgstr "Lei Jun"\n', "is a gettext translation file (.po)"),
    ],
)
def test_another_kind_of_file_is_named(zhgloss_exe: str, tmp_path: Path, name: str, content: str, said: str) -> None:
    path, db = tmp_path / name, tmp_path / "g.json"
    path.write_text(content, encoding="utf-8")
    done = subprocess.run([zhgloss_exe, "--db", str(db), "import", str(path)], capture_output=True, text=True)
    assert done.returncode == 3
    assert done.stderr.startswith(f"Error: {str(path)!r} {said}")
    assert "pass --format" not in done.stderr
    assert not db.exists()


def test_a_memory_read_as_tbx_is_named(zhgloss_exe: str, tmp_path: Path) -> None:
    path, db = tmp_path / "mem.xml", tmp_path / "g.json"
    path.write_text(TMX, encoding="utf-8")
    done = subprocess.run([zhgloss_exe, "--db", str(db), "import", str(path)], capture_output=True, text=True)
    assert done.returncode == 3
    assert "not TBX: the root element is <tmx>" in done.stderr
    assert "the file is a translation memory (TMX)" in done.stderr
