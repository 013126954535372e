"""The command line's exit spares the interpreter's last collection (issue 9, twenty-sixth session).

A full CC-CEDICT import spent ~0.1 s of its ~4.5 s, and the first lookup after it ~0.4 s, in the full collection
CPython runs at exit over what the command left in its caches. `zhgloss.cli.main` now freezes those objects first.
These tests run real `zhgloss` processes on real CC-CEDICT lines and hold that the exit still leaves the glossary
complete, the lock free, no temporary file, and the exit codes the README gives (0, 1 conflicts, 3 bad input).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from filelock import FileLock

DATA = Path(__file__).resolve().parent / "data"
LINES = DATA / "cedict_common.u8"  # real CC-CEDICT lines


def _run(exe: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], capture_output=True, text=True, cwd=cwd, timeout=120, check=False)


def _entries(path: Path) -> list[dict[str, object]]:
    return list(json.loads(path.read_text(encoding="utf-8"))["entries"].values())


def test_an_import_leaves_a_complete_glossary_and_a_free_lock(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "new.json"
    done = _run(zhgloss_exe, "import", str(LINES), "--db", str(db), "--json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    said = json.loads(done.stdout)  # stdout flushed whole before the exit
    entries = _entries(db)
    assert len(said["added"]) == len(entries) > 0
    assert db.read_bytes().endswith(b"}\n")
    assert "(new glossary)" in done.stderr.splitlines()[-1]
    # The lock is released and no temporary file of the atomic write is left behind.
    lock = FileLock(str(db) + ".lock", timeout=0)
    lock.acquire()
    lock.release()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_a_second_import_right_after_reads_the_first_ones_file(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "new.json"
    assert _run(zhgloss_exe, "import", str(LINES), "--db", str(db), cwd=tmp_path).returncode == 0
    before = db.read_bytes()
    again = _run(zhgloss_exe, "import", str(LINES), "--db", str(db), cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert " 0 added, 0 updated, " in again.stderr
    assert db.read_bytes() == before


def test_conflicts_exit_1_and_write_nothing(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "new.json"
    assert _run(zhgloss_exe, "import", str(LINES), "--db", str(db), cwd=tmp_path).returncode == 0
    first = _entries(db)[0]
    changed = tmp_path / "changed.jsonl"
    changed.write_text(json.dumps({**first, "en": "Something Else"}, ensure_ascii=False) + "\n", encoding="utf-8")
    before = db.read_bytes()
    done = _run(zhgloss_exe, "import", str(changed), "--db", str(db), cwd=tmp_path)
    assert done.returncode == 1
    assert "nothing was imported" in done.stderr
    assert db.read_bytes() == before


@pytest.mark.parametrize("text", ["中國 中国 [Zhong1 guo2 /China/\n", "not a dictionary line\n"])
def test_bad_input_exits_3_with_one_line(zhgloss_exe: str, tmp_path: Path, text: str) -> None:
    bad = tmp_path / "bad.u8"
    bad.write_text(text, encoding="utf-8")
    db = tmp_path / "new.json"
    done = _run(zhgloss_exe, "import", str(bad), "--db", str(db), cwd=tmp_path)
    assert done.returncode == 3
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr
    assert not db.exists()


def test_the_exit_runs_no_collection_over_what_is_left(tmp_path: Path) -> None:
    """A reference cycle left when the command ends is not collected at exit: the collection did not run.

    (On the code before, CPython's last collection finalized it: the marker file says so.)
    """
    marker = tmp_path / "finalized"
    script = textwrap.dedent(
        f"""
        import gc, os, sys
        gc.disable()  # no collection before the exit's own
        class Cycle:
            def __del__(self):
                fd = os.open({str(marker)!r}, os.O_WRONLY | os.O_CREAT, 0o644)
                os.close(fd)
        c = Cycle()
        c.me = c
        del c
        sys.argv = ["zhgloss", "import", {str(LINES)!r}, "--db", {str(tmp_path / "new.json")!r}]
        from zhgloss.cli import main
        main()
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "new.json").exists()
    assert not marker.exists()


_WITNESSED = """
import atexit, os, sys
def mark(name):
    os.close(os.open(os.path.join({folder!r}, name), os.O_WRONLY | os.O_CREAT, 0o644))
class Witness:  # what it needs is its own: the module's names are gone when the teardown frees it
    def __init__(self, path):
        self.path, self.open, self.close, self.flags = path, os.open, os.close, os.O_WRONLY | os.O_CREAT
    def __del__(self):
        self.close(self.open(self.path, self.flags, 0o644))
held = sys.modules["witness"] = type(sys)("witness")  # a module's object: freed when the modules are torn down
held.witness = Witness(os.path.join({folder!r}, "torn-down"))
del held
atexit.register(mark, "exit-functions-ran")
sys.argv = ["zhgloss", *{args!r}]
from zhgloss.cli import main
main()
"""


def _witnessed(tmp_path: Path, *args: str) -> tuple[int, set[str]]:
    folder = tmp_path / "marks"
    folder.mkdir()
    script = _WITNESSED.format(folder=str(folder), args=list(args))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    return done.returncode, {p.name for p in folder.iterdir()}


def test_an_import_ends_at_once_after_its_exit_functions(tmp_path: Path) -> None:
    """An import's process ends without the interpreter's teardown (os._exit), its exit functions run first.

    (On the code before, the teardown freed the module's object: "torn-down" was marked.)
    """
    code, marks = _witnessed(tmp_path, "import", str(LINES), "--db", str(tmp_path / "new.json"))
    assert code == 0
    assert marks == {"exit-functions-ran"}
    assert len(_entries(tmp_path / "new.json")) == 17


def test_an_import_that_fails_ends_so_with_its_code(tmp_path: Path) -> None:
    bad = tmp_path / "bad.u8"
    bad.write_text("not a dictionary line\n", encoding="utf-8")
    code, marks = _witnessed(tmp_path, "import", str(bad), "--db", str(tmp_path / "new.json"))
    assert code == 3
    assert marks == {"exit-functions-ran"}


def test_other_commands_end_as_the_interpreter_ends(tmp_path: Path, glossary_path: Path) -> None:
    code, marks = _witnessed(tmp_path, "lookup", "雷军", "--db", str(glossary_path))
    assert code == 0
    assert marks == {"exit-functions-ran", "torn-down"}
