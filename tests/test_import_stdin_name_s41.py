"""Standard input has one name in every line an import says: "<stdin>", as the command's summary and the readers'
notes name it, never "<input>" (the s40 tbl report: `printf '雷军\\tLei Jun\\t\\n' | zhgloss import - --db x.json`
said "note: <input>: typed 1 row ..." above "<stdin> into x.json: ..."). The notes of `import_documents` named the
input by the source it adds to entries, which stdin has none of. On the parent (e1bd951c) the tests of the notes
import_documents writes fail; a file's notes still name its file (its name, as before).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True, check=False, input=stdin)


_NOTED = [
    # an untyped person's row (U38-7's guess), OmegaT's three columns
    pytest.param(("--format", "omegat"), "雷军\tLei Jun\t\n", "typed 1 row", id="person-guess"),
    # two rows of one stock code (`_one_entry_a_code`)
    pytest.param(
        ("--format", "csv"),
        "zh,en,type\n0700.HK,Tencent Holdings,stock_code\n00700,0700.HK,stock_code\n",
        "written otherwise",
        id="one-code-two-rows",
    ),
    # a refers_to naming no entry (`_unlink_dangling_references`)
    pytest.param(
        ("--format", "csv"), "zh,en,type,refers_to\n雷总,Mr. Lei,nickname,lei-jun\n", "name no entry", id="dangling"
    ),
]


@pytest.mark.parametrize(("options", "text", "said"), _NOTED)
def test_a_note_of_stdin_names_it_as_the_summary_does(
    tmp_path: Path, options: tuple[str, ...], text: str, said: str
) -> None:
    db = tmp_path / "g.json"
    done = _run("import", "-", "--db", str(db), *options, stdin=text)
    assert done.returncode == 0, done.stderr
    (note,) = [line for line in done.stderr.splitlines() if said in line]
    assert note.startswith("note: <stdin>"), note
    assert "<input>" not in done.stderr
    assert f"<stdin> into {db}" in done.stderr


@pytest.mark.parametrize(("options", "text", "said"), _NOTED)
def test_a_file_s_note_still_names_the_file(tmp_path: Path, options: tuple[str, ...], text: str, said: str) -> None:
    db = tmp_path / "g.json"
    source = tmp_path / "rows.txt"
    source.write_text(text, encoding="utf-8")
    done = _run("import", str(source), "--db", str(db), *options)
    assert done.returncode == 0, done.stderr
    (note,) = [line for line in done.stderr.splitlines() if said in line]
    assert note.startswith("note: rows.txt"), note
