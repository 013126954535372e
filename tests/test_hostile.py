"""Hostile and broken input, through the installed console script: no traceback, no hang, no
control code reaching a terminal, the glossary untouched (issue 11).

Each class of input is a test of the class: every way in for control characters, every
malformed shape of the glossary file, every way a write can fail.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import pty
import re
import resource
import select
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.errors import InvalidEntryError
from zhgloss.model import MAX_ID_CHARS, MAX_NAME_CHARS, Entry
from zhgloss.script import find_unsafe, terminal_safe

EVIL = "Evil\x1b]0;pwned\x07\x1b[2J Co"
"""The issue's example: sets the window title (OSC 0) and clears the screen (CSI 2J)."""

# One of each kind the rule refuses: C0, DEL, C1 (CSI), NUL, a lone surrogate, bidi overrides and isolates.
UNSAFE = ["\x00", "\x07", "\x08", "\x1b", "\x7f", "\x85", "\x9b", "\udcff", "\u202e", "\u2066", "\u200f", "\ufffe"]


def run(
    exe: str, *args: str | bytes, stdin: bytes | None = None, timeout: float = 120, **kw: object
) -> subprocess.CompletedProcess[bytes]:
    """Run the console script; fail the test on a traceback, whatever the exit code."""
    proc = subprocess.run([exe, *args], input=stdin, capture_output=True, timeout=timeout, check=False, **kw)  # type: ignore[call-overload]
    assert b"Traceback" not in proc.stderr, proc.stderr.decode(errors="replace")
    return proc  # type: ignore[no-any-return]


def one_error_line(proc: subprocess.CompletedProcess[bytes]) -> str:
    """The stderr of a failed command: exactly one line, starting "Error: "."""
    text = proc.stderr.decode()
    assert text.startswith("Error: ") and text.count("\n") == 1, text
    return text


# Control characters -----------------------------------------------------------------------------


@given(st.sampled_from(UNSAFE) | st.characters(categories=["Cc", "Cs"], exclude_characters="\t\n\r"))
def test_find_unsafe_finds_every_control_and_terminal_safe_removes_it(char: str) -> None:
    text = f"雷{char}军"
    assert find_unsafe(text) == char
    shown = terminal_safe(text)
    assert find_unsafe(shown) is None
    assert shown == f"雷\\u{ord(char):04x}军"


@given(st.text())
def test_terminal_safe_is_the_identity_on_safe_text_and_idempotent(text: str) -> None:
    shown = terminal_safe(text)
    assert find_unsafe(shown) is None
    assert terminal_safe(shown) == shown
    if find_unsafe(text) is None:
        assert shown == text


FIELDS = ["en", "zh", "zh_hant", "pinyin", "note", "aliases", "zh_aliases", "sources", "refers_to", "roles"]


@given(field=st.sampled_from(FIELDS), char=st.sampled_from(UNSAFE))
def test_every_field_refuses_every_control_character(field: str, char: str) -> None:
    doc: dict[str, object] = {"id": "lei-jun", "en": "Lei Jun", "zh": "雷军"}
    value = f"Lei{char}Jun"
    doc[field] = [value] if field in ("aliases", "zh_aliases", "sources") else value
    if field == "roles":
        doc[field] = [{"title": value}]
    with pytest.raises(InvalidEntryError, match="control character U\\+"):
        Entry.from_dict(doc)


def test_tab_and_line_breaks_stay_in_a_note_and_fold_in_a_name() -> None:
    entry = Entry.from_dict({"id": "x", "en": "Lei\tJun\r\n", "note": "one\n\ttwo"})
    assert entry.en == "Lei Jun"
    assert entry.note == "one\n\ttwo"


WAYS_IN = {
    "csv": ("evil.csv", 'zh,en\n张三丰,"{v}"\n', 3),
    "tsv": ("evil.tsv", "zh\ten\n张三丰\t{v}\n", 3),
    "omegat": ("evil.utf8", "张三丰\t{v}\n", 3),
    "jsonl": ("evil.jsonl", '{{"id": "ma-huateng", "en": {j}}}\n', 3),
    "tbx": (
        "evil.tbx",
        '<?xml version="1.0"?><martif type="TBX-Basic"><text><body><termEntry id="x">'
        '<langSet xml:lang="zh"><tig><term>张三丰</term></tig></langSet>'
        '<langSet xml:lang="en"><tig><term>{x}</term></tig></langSet></termEntry></body></text></martif>',
        3,
    ),
}


@pytest.mark.parametrize("way", sorted(WAYS_IN))
def test_import_refuses_control_characters_with_the_line(
    zhgloss_exe: str, glossary_path: Path, tmp_path: Path, way: str
) -> None:
    name, template, code = WAYS_IN[way]
    # TBX can only carry C0 controls as character references, which XML 1.0 forbids: a bidi override then.
    value = "Evil\u202eCo" if way == "tbx" else EVIL
    path = tmp_path / name
    path.write_text(template.format(v=value, j=json.dumps(value), x=value), encoding="utf-8")
    before = glossary_path.read_bytes()
    proc = run(zhgloss_exe, "import", str(path), "--db", str(glossary_path))
    assert proc.returncode == code
    message = one_error_line(proc)
    assert "control character U+" in message and str(path) in message
    assert glossary_path.read_bytes() == before


@pytest.mark.parametrize(
    "args",
    [
        ["add", "张三丰", "--en", EVIL, "--yes"],
        ["add", "张三丰", "--en", "Zhang Sanfeng", "--note", "a\x1b[2Jb", "--yes"],
        ["add", "张三丰", "--en", "Zhang Sanfeng", "--alias", "Ma\u202eHuateng", "--yes"],
        ["edit", "lei-jun", "--alias", EVIL],
        ["edit", "lei-jun", "--note", "\x9b31m"],
    ],
    ids=["add-en", "add-note", "add-alias-bidi", "edit-alias", "edit-note-c1"],
)
def test_flags_refuse_control_characters(zhgloss_exe: str, glossary_path: Path, args: list[str]) -> None:
    before = glossary_path.read_bytes()
    proc = run(zhgloss_exe, *args, "--db", str(glossary_path))
    assert proc.returncode == 2
    assert "control character U+" in one_error_line(proc)
    assert glossary_path.read_bytes() == before


def test_a_glossary_file_holding_control_characters_is_refused(zhgloss_exe: str, glossary_path: Path) -> None:
    data = json.loads(glossary_path.read_text(encoding="utf-8"))
    first = next(iter(data["entries"].values()))
    first["note"] = EVIL
    glossary_path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = glossary_path.read_bytes()
    for args in (["list"], ["lookup", first["en"]], ["add", "张三丰", "--en", "Zhang Sanfeng", "--yes"]):
        proc = run(zhgloss_exe, *args, "--db", str(glossary_path))
        assert proc.returncode == 3, args
        assert "control character U+001B" in one_error_line(proc)
    # validate lists the entry no command can read, by field, and goes on (issue 9): problems found, exit 1.
    proc = run(zhgloss_exe, "validate", "--db", str(glossary_path))
    assert proc.returncode == 1
    assert proc.stdout.decode().splitlines() == [
        f"{first['id']}: error: note: cannot be read: contains the control character U+001B (ESC); remove it",
        "yingwei-fu: warning: zh: no Chinese form for 'Yingwei Fu': Chinese text never finds it; add its Chinese (zh)",
    ]
    assert glossary_path.read_bytes() == before


def on_a_terminal(exe: str, *args: str, stdin: bytes = b"") -> bytes:
    """Run the console script with stdout on a pseudo-terminal; return what the terminal received."""
    primary, secondary = pty.openpty()
    proc = subprocess.Popen([exe, *args], stdin=subprocess.PIPE, stdout=secondary, stderr=subprocess.PIPE)
    os.close(secondary)
    assert proc.stdin is not None
    proc.stdin.write(stdin)
    proc.stdin.close()
    received = b""
    while True:
        ready, _, _ = select.select([primary], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # EIO: the other end closed
            break
        if not chunk:
            break
        received += chunk
    os.close(primary)
    assert proc.wait(60) in (0, 1)
    assert proc.stderr is not None
    assert b"Traceback" not in proc.stderr.read()
    return received


INJECTIONS = ["\x1b]0;pwned\x07", "\x1b]52;c;cHduZWQ=\x07", "\x1b[2J", "\x9b2J", "\u202e"]


def test_annotate_on_a_terminal_never_passes_escape_sequences(zhgloss_exe: str, glossary_path: Path) -> None:
    article = "雷军说" + "".join(INJECTIONS) + "小米\n"
    shown = on_a_terminal(zhgloss_exe, "annotate", "--db", str(glossary_path), stdin=article.encode())
    text = shown.decode()
    for injection in INJECTIONS:
        assert injection not in text
    assert "\\u001b]0;pwned\\u0007" in text and "Lei Jun" in text


def test_annotate_to_a_pipe_keeps_the_text_as_it_is(zhgloss_exe: str, glossary_path: Path) -> None:
    article = "雷军说\x1b[2J\n"
    proc = run(zhgloss_exe, "annotate", "--db", str(glossary_path), stdin=article.encode())
    assert proc.returncode == 0
    assert "\x1b[2J" in proc.stdout.decode()


def test_check_on_a_terminal_never_passes_escape_sequences(
    zhgloss_exe: str, glossary_path: Path, tmp_path: Path
) -> None:
    (tmp_path / "zh.txt").write_text("雷军说\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("Lei\x1b]0;pwned\x07Jun said\n", encoding="utf-8")
    shown = on_a_terminal(
        zhgloss_exe, "check", str(tmp_path / "zh.txt"), str(tmp_path / "en.txt"), "--db", str(glossary_path)
    )
    assert b"\x1b]0;pwned" not in shown and b"\x07" not in shown


# The glossary file ---------------------------------------------------------------------------------

EMPTY_GLOSSARIES = [b'{"entries": {}}', b"{}"]
"""Glossaries with no entry. A file that is empty or holds whitespace alone is none (twenty-sixth session): see
tests/test_store_empty_s26.py."""


@pytest.mark.parametrize("content", EMPTY_GLOSSARIES, ids=["no-entries", "no-table"])
@pytest.mark.parametrize(
    "args",
    [["lookup", "Lei Jun"], ["search", "Lei Jun"], ["search", "雷"], ["list"], ["show", "lei-jun"]],
    ids=["lookup", "search-en", "search-zh", "list", "show"],
)
def test_an_empty_glossary_finds_nothing(runner: CliRunner, tmp_path: Path, content: bytes, args: list[str]) -> None:
    path = tmp_path / "g.json"
    path.write_bytes(content)
    result = runner.invoke(app, [*args, "--db", str(path)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 1
    assert result.stdout == ""
    assert path.read_bytes() == content


def test_an_empty_glossary_through_the_console_script(zhgloss_exe: str, tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    path.write_bytes(b'{"entries": {}}')
    for args in (["lookup", "Lei Jun"], ["search", "Lei Jun"]):
        proc = run(zhgloss_exe, *args, "--db", str(path))
        assert proc.returncode == 1
        assert proc.stdout == b""


def _entry(**changes: object) -> dict[str, object]:
    return {"id": "lei-jun", "en": "Lei Jun", "zh": "雷军", **changes}


MALFORMED = {
    "deep-nesting": b'{"entries": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "huge-number": b'{"entries": {"1": {"id": "x", "en": "X", "n": ' + b"9" * 5000 + b"}}}",
    "superscript-key": json.dumps({"entries": {"²": _entry()}}).encode(),
    "huge-key": json.dumps({"entries": {"9" * 5000: _entry()}}).encode(),
    "lone-surrogate": b'{"entries": {"1": {"id": "x", "en": "A\\ud800B"}}}',
    "default-table": json.dumps({"_default": {"1": _entry()}}).encode(),
    "duplicate-ids": json.dumps({"entries": {"1": _entry(), "2": _entry(zh="雷")}}).encode(),
    "aliases-object": json.dumps({"entries": {"1": _entry(aliases={"a": "b"})}}).encode(),
    "long-name": json.dumps({"entries": {"1": _entry(en="L" * 10_001)}}).encode(),
    "long-id": json.dumps({"entries": {"1": _entry(id="a" * 30_005)}}).encode(),
    "not-utf8": b'{"entries": {"1": {"id": "x", "en": "\xff"}}}',
    "top-level-list": b"[]",
}


# Faults of one entry, not of the file: `validate` lists them (the field named) where other commands refuse the file.
UNREADABLE_ENTRIES = {
    "aliases-object": "aliases: cannot be read: ",
    "lone-surrogate": "en: cannot be read: ",
    "long-name": "en: cannot be read: ",
    "long-id": "id: cannot be read: ",
    "duplicate-ids": "id: documents 1 and 2 have the id 'lei-jun': ",
    "superscript-key": "document: stored under '²', which is no document number",
    "huge-key": "document: stored under '99999999999999999999… \\(5,000 characters\\)', which is no document number",
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
@pytest.mark.parametrize(
    "args",
    [
        ["list"],
        ["lookup", "Lei Jun"],
        ["search", "Lei"],
        ["annotate"],
        ["validate"],
        ["add", "张三丰", "--en", "Zhang Sanfeng", "--yes"],
    ],
    ids=["list", "lookup", "search", "annotate", "validate", "add"],
)
def test_a_malformed_glossary_is_one_line_and_exit_3(
    runner: CliRunner, tmp_path: Path, name: str, args: list[str]
) -> None:
    path = tmp_path / "g.json"
    path.write_bytes(MALFORMED[name])
    result = runner.invoke(app, [*args, "--db", str(path)], input="雷军\n")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert path.read_bytes() == MALFORMED[name]
    if args == ["validate"] and name in UNREADABLE_ENTRIES:
        # validate reports each entry no command can read, by field, and goes on (issue 9): problems found, exit 1.
        said = UNREADABLE_ENTRIES[name]
        assert result.exit_code == 1, result.output
        lines = result.stdout.splitlines()
        assert re.fullmatch(rf"[^\n]*: error: {said}.*", lines[0]), result.stdout
        # The rest is still checked: the second record of one id has its own fault (雷 "Léi" is not "Lei Jun").
        assert len(lines) == (2 if name == "duplicate-ids" else 1), result.stdout
        entries = "2 entries" if name == "duplicate-ids" else "1 entry"
        assert result.stderr == f"{len(lines)} error{'s' if len(lines) > 1 else ''}, 0 warnings in {entries}\n"
        return
    assert result.exit_code == 3, result.output
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1, result.stderr
    assert "g.json" in result.stderr


@pytest.mark.parametrize("name", ["deep-nesting", "huge-number", "lone-surrogate", "superscript-key"])
def test_a_malformed_glossary_through_the_console_script(zhgloss_exe: str, tmp_path: Path, name: str) -> None:
    path = tmp_path / "g.json"
    path.write_bytes(MALFORMED[name])
    proc = run(zhgloss_exe, "lookup", "Lei Jun", "--db", str(path))
    assert proc.returncode == 3
    assert "g.json" in one_error_line(proc)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=12,
)
DOC_FIELDS = st.sampled_from(
    [
        "id",
        "en",
        "zh",
        "zh_hant",
        "pinyin",
        "aliases",
        "roles",
        "note",
        "type",
        "en_adopted",
        "sources",
        "refers_to",
        "other",
    ]
)


@st.composite
def glossary_documents(draw: st.DrawFn) -> object:
    """A JSON document shaped like a glossary, broken at one random place."""
    doc: dict[str, object] = {"id": "lei-jun", "en": "Lei Jun", "zh": "雷军"}
    where = draw(st.sampled_from(["top", "table", "document", "field"]))
    if where == "top":
        return draw(JSON_VALUES)
    if where == "table":
        return {draw(st.sampled_from(["entries", "_default", "other"])): draw(JSON_VALUES)}
    if where == "document":
        return {"entries": {draw(st.text(max_size=4)): draw(JSON_VALUES)}}
    doc[draw(DOC_FIELDS)] = draw(JSON_VALUES)
    return {"entries": {"1": doc}}


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=glossary_documents(), command=st.sampled_from([["list"], ["lookup", "雷军"], ["validate"]]))
def test_fuzz_the_glossary_loader_never_raises(document: object, command: list[str]) -> None:
    """Any JSON shape at any place: exit 0, 1 (nothing found, problems) or 3, never an exception."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "g.json"
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        result = CliRunner().invoke(app, [*command, "--db", str(path)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1, 3), result.output


# Arguments, output, signals ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        [b"lookup", b"\xff"],
        [b"search", b"Lei\xffJun"],
        [b"add", "张三丰".encode(), b"--en", b"X\xffY", b"--yes"],
        [b"edit", b"lei-jun", b"--alias", b"\xfe"],
        [b"edit", b"lei-jun", b"--note=\xfe"],
    ],
    ids=["lookup", "search", "add-en", "edit-alias", "edit-note-equals"],
)
def test_arguments_that_are_not_utf8_are_usage_errors(zhgloss_exe: str, glossary_path: Path, args: list[bytes]) -> None:
    before = glossary_path.read_bytes()
    proc = run(zhgloss_exe, *args, b"--db", os.fsencode(glossary_path))
    assert proc.returncode == 2
    assert "is not valid UTF-8" in one_error_line(proc)
    assert glossary_path.read_bytes() == before


def test_a_file_whose_name_is_not_utf8_is_still_read(zhgloss_exe: str, glossary_path: Path, tmp_path: Path) -> None:
    path = os.fsencode(tmp_path) + b"/\xff.txt"
    with open(path, "wb") as out:
        out.write("雷军说\n".encode())
    proc = run(zhgloss_exe, "annotate", path, "--db", str(glossary_path))
    assert proc.returncode == 0
    assert "Lei Jun" in proc.stdout.decode()


def test_a_closed_pipe_is_a_normal_end(zhgloss_exe: str, glossary_path: Path) -> None:
    """`zhgloss annotate | head -1`: exit 0, nothing on stderr, like any Unix filter."""
    proc = subprocess.Popen(
        [zhgloss_exe, "annotate", "--db", str(glossary_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    stdin = proc.stdin

    def feed() -> None:
        # zhgloss stops reading once its reader has left: the rest cannot be written, nor flushed.
        with contextlib.suppress(BrokenPipeError):
            stdin.write("雷军说。\n".encode() * 200_000)
        with contextlib.suppress(BrokenPipeError):
            stdin.close()

    feeder = threading.Thread(target=feed)
    feeder.start()
    first = proc.stdout.readline()
    proc.stdout.close()
    try:
        code = proc.wait(120)
    finally:
        feeder.join(120)
    with proc.stderr:
        assert proc.stderr.read() == b""
    assert "Lei Jun" in first.decode()
    assert code == 0


@pytest.mark.parametrize(
    "args", [["list"], ["lookup", "雷军"], ["export", "--format", "csv"]], ids=["list", "lookup", "export"]
)
def test_output_to_a_full_device_is_an_error(zhgloss_exe: str, glossary_path: Path, args: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        proc = subprocess.run(
            [zhgloss_exe, *args, "--db", str(glossary_path)],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=60,
            check=False,
        )
    assert b"Traceback" not in proc.stderr
    assert proc.returncode == 3
    assert proc.stderr.decode().startswith("Error: ")


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)], ids=["ctrl-c", "sigterm"])
def test_an_interrupted_command_ends_quietly(zhgloss_exe: str, glossary_path: Path, sig: int, code: int) -> None:
    proc = subprocess.Popen(
        [zhgloss_exe, "annotate", "--db", str(glossary_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("雷军说\n".encode())
    proc.stdin.flush()
    assert "Lei Jun" in proc.stdout.readline().decode()  # at work, waiting for more input
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == code
    assert b"Traceback" not in err, err.decode()


def test_ctrl_c_during_start_up_never_shows_a_zhgloss_traceback(zhgloss_exe: str, glossary_path: Path) -> None:
    """Interrupted at moments across its start-up, the command ends quietly (exit 130).

    Python's own start-up (site, the editable install's .pth files) comes before any zhgloss
    code and prints its own traceback: that much is not zhgloss's to handle, and a traceback is
    allowed only if no zhgloss module is in it but the package's empty __init__.
    """
    started = time.perf_counter()
    subprocess.run([zhgloss_exe, "lookup", "雷军", "--db", str(glossary_path)], capture_output=True, check=True)
    whole = time.perf_counter() - started
    for step in range(10):
        proc = subprocess.Popen(
            [zhgloss_exe, "lookup", "雷军", "--db", str(glossary_path)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        time.sleep(whole * step / 10)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
        frames = [f for f in re.findall(rb"zhgloss/[\w/]+\.py", err) if f != b"zhgloss/__init__.py"]
        assert frames == [], err.decode()
        if proc.returncode == 130:
            assert err == b""


# Writes that fail, leftovers, staleness -----------------------------------------------------------


def test_a_symlink_loop_is_one_line(zhgloss_exe: str, tmp_path: Path) -> None:
    loop = tmp_path / "g.json"
    loop.symlink_to(loop)
    for args in (["add", "张三丰", "--en", "Zhang Sanfeng", "--yes"], ["list"], ["import", "-", "--format", "jsonl"]):
        proc = run(zhgloss_exe, *args, "--db", str(loop), stdin=b"")
        assert proc.returncode == 3, args
        one_error_line(proc)


def test_a_symlinked_lock_file_is_refused_and_its_target_untouched(
    zhgloss_exe: str, glossary_path: Path, tmp_path: Path
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    Path(f"{glossary_path}.lock").symlink_to(victim)
    before = glossary_path.read_bytes()
    proc = run(zhgloss_exe, "add", "张三丰", "--en", "Zhang Sanfeng", "--yes", "--db", str(glossary_path))
    assert proc.returncode == 3
    assert "symbolic link" in one_error_line(proc)
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert glossary_path.read_bytes() == before


def _limit_file_size() -> None:
    # A full disk, as the process sees it: writes past 16 KiB fail with EFBIG.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (16 * 1024, 16 * 1024))


@pytest.mark.parametrize(
    "args",
    [
        ["add", "张三丰", "--en", "Zhang Sanfeng", "--yes"],
        ["edit", "lei-jun", "--alias", "Leijun"],
        ["remove", "lei-jun", "--yes", "--force"],  # --force: entries refer to it (U33-18)
        ["import", "-", "--format", "jsonl"],
    ],
    ids=["add", "edit", "remove", "import"],
)
def test_a_write_that_fails_is_one_line_and_leaves_the_file(
    zhgloss_exe: str, glossary_path: Path, args: list[str]
) -> None:
    assert glossary_path.stat().st_size > 32 * 1024
    before = glossary_path.read_bytes()
    stdin = b'{"id": "ma-huateng", "en": "Zhang Sanfeng", "zh": "\\u5f20\\u4e09\\u4e30"}\n'
    proc = run(zhgloss_exe, *args, "--db", str(glossary_path), stdin=stdin, preexec_fn=_limit_file_size)
    assert proc.returncode == 3
    assert "cannot be written" in one_error_line(proc)
    assert glossary_path.read_bytes() == before
    assert [p.name for p in glossary_path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_a_new_glossary_under_a_file_is_one_line(zhgloss_exe: str, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    proc = run(
        zhgloss_exe,
        "import",
        "-",
        "--format",
        "jsonl",
        "--db",
        str(tmp_path / "file" / "g.json"),
        stdin=b'{"id": "x", "en": "X"}\n',
    )
    assert proc.returncode == 3
    one_error_line(proc)


def test_leftover_temporary_files_are_removed_by_the_next_write(zhgloss_exe: str, glossary_path: Path) -> None:
    leftovers = [glossary_path.parent / f".{glossary_path.name}.{tag}.tmp" for tag in ("abc123", "zz_9")]
    for leftover in leftovers:
        leftover.write_bytes(glossary_path.read_bytes()[:1000])
    unrelated = glossary_path.parent / ".other.json.abc.tmp"
    unrelated.write_text("keep", encoding="utf-8")
    proc = run(zhgloss_exe, "add", "张三丰", "--en", "Zhang Sanfeng", "--yes", "--db", str(glossary_path))
    assert proc.returncode == 0, proc.stderr
    assert not any(leftover.exists() for leftover in leftovers)
    assert unrelated.exists()


def test_sigterm_mid_import_leaves_no_temporary_file(zhgloss_exe: str, glossary_path: Path, tmp_path: Path) -> None:
    lines = "".join(json.dumps({"id": f"n-{i}", "en": f"Name {i}", "zh": f"名{i}"}) + "\n" for i in range(20_000))
    source = tmp_path / "many.jsonl"
    source.write_text(lines, encoding="utf-8")
    started = time.perf_counter()
    run(zhgloss_exe, "import", str(source), "--db", str(tmp_path / "timing.json"))
    whole = time.perf_counter() - started
    for fraction in (0.5, 0.7, 0.85, 0.95):
        proc = subprocess.Popen(
            [zhgloss_exe, "import", str(source), "--db", str(glossary_path), "--on-conflict", "replace"],
            stderr=subprocess.PIPE,
        )
        time.sleep(whole * fraction)
        proc.terminate()
        _, err = proc.communicate(timeout=120)
        assert b"Traceback" not in err
        # Once Python is shutting down it restores the default handler: a SIGTERM then ends it (-15),
        # but only after the import has finished and said so.
        assert proc.returncode in (0, 143) or (proc.returncode == -signal.SIGTERM and b" added" in err), err
        assert [p.name for p in glossary_path.parent.iterdir() if p.name.endswith(".tmp")] == []
        json.loads(glossary_path.read_text(encoding="utf-8"))


def test_the_lookup_index_follows_a_copy_that_keeps_size_and_mtime(
    zhgloss_exe: str, glossary_path: Path, tmp_path: Path
) -> None:
    """`cp -p` and `rsync --inplace -t` rewrite the file in place and set its old mtime back."""
    other = tmp_path / "other.json"
    other.write_text(glossary_path.read_text(encoding="utf-8").replace('"Lei Jun"', '"Lei Jum"'), encoding="utf-8")
    assert other.stat().st_size == glossary_path.stat().st_size
    stamp = glossary_path.stat()
    os.utime(other, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert run(zhgloss_exe, "lookup", "雷军", "--field", "en", "--db", str(glossary_path)).stdout == b"Lei Jun\n"
    shutil.copy2(other, glossary_path)  # in place: the same inode, size and mtime
    assert glossary_path.stat().st_mtime_ns == stamp.st_mtime_ns and glossary_path.stat().st_ino == stamp.st_ino
    assert run(zhgloss_exe, "lookup", "雷军", "--field", "en", "--db", str(glossary_path)).stdout == b"Lei Jum\n"


def test_the_cache_gitignore_is_never_written_through_a_link(
    zhgloss_exe: str, glossary_path: Path, tmp_path: Path
) -> None:
    victim = tmp_path / "elsewhere" / "victim"
    victim.parent.mkdir()
    cache = glossary_path.parent / ".zhgloss-cache"
    cache.mkdir()
    (cache / ".gitignore").symlink_to(victim)
    env = {k: v for k, v in os.environ.items() if k != "ZHGLOSS_CACHE_DIR"}
    proc = run(zhgloss_exe, "lookup", "雷军", "--db", str(glossary_path), env=env)
    assert proc.returncode == 0
    assert not victim.exists()


def test_concurrent_adds_of_homophones_all_land(zhgloss_exe: str, glossary_path: Path) -> None:
    names = ["王伟", "王薇", "王维", "王玮"]
    procs = [
        subprocess.Popen(
            [zhgloss_exe, "add", name, "--yes", "--db", str(glossary_path)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for name in names
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
    stored = json.loads(glossary_path.read_text(encoding="utf-8"))["entries"].values()
    ids = {doc["zh"]: doc["id"] for doc in stored if doc.get("zh") in names}
    assert sorted(ids) == sorted(names)
    assert sorted(ids.values()) == ["wang-wei", "wang-wei-2", "wang-wei-3", "wang-wei-4"]


# Sizes ---------------------------------------------------------------------------------------------


def test_a_decompression_bomb_is_refused(zhgloss_exe: str, glossary_path: Path, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.csv.gz"
    with gzip.open(bomb, "wb", compresslevel=1) as out:
        out.write(b"zh,en\n")
        block = b"\0" * 2**20
        for _ in range(140):
            out.write(block)
    assert bomb.stat().st_size < 2 * 2**20
    proc = run(zhgloss_exe, "import", str(bomb), "--dry-run", "--db", str(glossary_path))
    assert proc.returncode == 3
    assert "larger than 128 MiB unpacked" in one_error_line(proc)


def test_a_huge_xml_token_is_refused_before_parsing(zhgloss_exe: str, glossary_path: Path, tmp_path: Path) -> None:
    tbx = tmp_path / "big.tbx"
    tbx.write_text('<?xml version="1.0"?><martif type="TBX-Basic" x="' + "a" * (2**20 + 10) + '"/>', encoding="utf-8")
    proc = run(zhgloss_exe, "import", str(tbx), "--dry-run", "--db", str(glossary_path))
    assert proc.returncode == 3
    assert "characters; at most" in one_error_line(proc)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("en", "L" * (MAX_NAME_CHARS + 1), "characters long"),
        ("id", "a" * (MAX_ID_CHARS + 1), "characters long"),
    ],
)
def test_names_of_unbounded_length_are_refused(field: str, value: str, message: str) -> None:
    with pytest.raises(InvalidEntryError, match=message):
        Entry.from_dict({"id": "x", "en": "X", field: value})


def test_omegat_export_neutralises_formulas_and_reads_them_back(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    rows = [{"id": f"f{i}", "en": f"{start}cmd|' /C calc'!A0", "zh": f"公式{i}"} for i, start in enumerate("=+-@")]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert runner.invoke(app, ["import", str(tmp_path / "in.jsonl"), "--db", str(db)]).exit_code == 0
    out = tmp_path / "g.utf8"
    assert runner.invoke(app, ["export", "--format", "omegat", "-o", str(out), "--db", str(db)]).exit_code == 0
    cells = [cell for line in out.read_text(encoding="utf-8").splitlines() for cell in line.split("\t")]
    assert not [cell for cell in cells if cell[:1] in "=+-@"]
    back = tmp_path / "back.json"
    assert runner.invoke(app, ["import", str(out), "--db", str(back)]).exit_code == 0
    listed = runner.invoke(app, ["list", "--json", "--db", str(back)])
    assert sorted(e["en"] for e in json.loads(listed.stdout)) == sorted(r["en"] for r in rows)


def test_tbx_export_of_any_stored_text_is_well_formed(runner: CliRunner, glossary_path: Path, tmp_path: Path) -> None:
    """Whatever the model lets in, TBX can hold: export, then import the export, loses nothing."""
    out = tmp_path / "g.tbx"
    assert runner.invoke(app, ["export", "--format", "tbx", "-o", str(out), "--db", str(glossary_path)]).exit_code == 0
    back = runner.invoke(app, ["import", str(out), "--dry-run", "--db", str(glossary_path)])
    assert back.exit_code == 0, back.output


if sys.platform != "linux":  # pragma: no cover
    pytestmark = pytest.mark.skip(reason="pseudo-terminals, /dev/full and rlimits as on Linux")


# Long lines and streams ------------------------------------------------------------------------------
# Each run below takes well under a second when linear; with time quadratic in the line's length,
# as before, it would take hours. The subprocess timeout only stops a hang: nothing here is timed.

LONG_ZH = "雷军说小米的手机卖得很好" * 100_000  # 1.2 M characters, no bracket, no line break
LONG_LATIN = "Lorem ipsum dolor sit amet " * 40_000


@pytest.mark.parametrize(
    "text",
    [LONG_ZH, LONG_LATIN, "雷·" * 300_000 + "（Lei）", ("A " * 100 + "(雷军)") * 3000, "(" + " " * 500_000 + "x"],
    ids=["chinese", "latin", "separators", "capitalised-before-brackets", "spaces-in-bracket"],
)
def test_harvest_of_one_long_line_ends(zhgloss_exe: str, glossary_path: Path, text: str) -> None:
    proc = run(zhgloss_exe, "harvest", "-", "--db", str(glossary_path), stdin=text.encode(), timeout=120)
    assert proc.returncode in (0, 1), proc.stderr


def test_harvest_still_finds_a_pair_at_the_end_of_a_long_line() -> None:
    from zhgloss.harvest import find_pairs

    pairs = find_pairs(LONG_ZH[:200_000] + "。创始人雷军（Lei Jun）说")
    assert [(p.zh, p.en) for p in pairs] == [("雷军", "Lei Jun")]


def test_romanize_of_a_long_run_of_letters_ends(zhgloss_exe: str) -> None:
    proc = run(zhgloss_exe, "romanize", "-", stdin=b"a" * 1_000_000 + b"1\n", timeout=120)
    assert proc.returncode in (0, 2)


def test_check_of_one_long_line_is_checked_in_windows(zhgloss_exe: str, glossary_path: Path, tmp_path: Path) -> None:
    zh_sentences = ["雷军辞去金山软件执行董事一职。", "刘强东是京东的创始人。", "王翔出任集团总裁。"]
    en_sentences = ["Lei Jun resigned from Kingsoft. ", "Richard Liu founded JD.com. ", "Wang Xiang became president. "]
    (tmp_path / "zh.txt").write_text("".join(zh_sentences) * 3000 + "\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("".join(en_sentences) * 3000 + "\n", encoding="utf-8")
    proc = run(
        zhgloss_exe,
        "check",
        str(tmp_path / "zh.txt"),
        str(tmp_path / "en.txt"),
        "--json",
        "--db",
        str(glossary_path),
        timeout=300,
    )
    report = json.loads(proc.stdout)
    problems = report["problems"]
    failing = [p for p in problems if p["fails"]]
    # Every name is rendered: only a name a window's cut separates from its rendering may be missed.
    assert len(failing) < 3000 * 3 * 0.02, failing[:5]
    assert {p["kind"] for p in problems} <= {"variant", "missing", "unexpected", "inconsistent"}
    assert "checked in windows" in proc.stderr.decode()
    target = (tmp_path / "en.txt").read_text(encoding="utf-8")
    for problem in problems:
        if problem["found"] is not None:
            assert target[problem["target_start"] : problem["target_end"]] == problem["found"]


def test_check_streams_aligned_files(tmp_path: Path) -> None:
    """The pairs are yielded as they are read: a later undecodable line does not stop the first."""
    from zhgloss.errors import FormatError
    from zhgloss.formats.bilingual import iter_parallel

    source = tmp_path / "zh.txt"
    target = tmp_path / "en.txt"
    source.write_bytes("雷军\n".encode() * 50_000 + b"\xff\xfe\xfd\n")
    target.write_bytes(b"Lei Jun\n" * 50_001)
    with source.open("rb") as zh, target.open("rb") as en:
        segments = iter_parallel(zh, en, "zh.txt", "en.txt")
        assert next(segments).target == "Lei Jun"
        with pytest.raises(FormatError, match="line 50001"):
            list(segments)


@given(
    st.lists(st.text(st.characters(exclude_characters="\n\r"), max_size=30), max_size=20),
    st.sampled_from(["utf-8", "utf-16", "gb18030"]),
)
@example(["\x80¯"], "utf-8")  # valid UTF-8 the whole-file reading takes for GB18030 (聙炉): found by this test, s37
def test_streamed_lines_equal_the_whole_file_decoded(lines: list[str], encoding: str) -> None:
    import io

    from zhgloss.errors import FormatError
    from zhgloss.formats.bilingual import decode_lines, iter_lines

    raw = "\n".join(lines).encode(encoding, errors="ignore") if lines else b""
    try:
        whole = decode_lines(raw, "x")
    except FormatError:
        return
    assert [line for _, line in iter_lines(io.BytesIO(raw), "x")] == whole


# Fuzzing the readers ----------------------------------------------------------------------------------

IMPORT_FORMATS = ["csv", "tsv", "omegat", "tbx", "jsonl", "cedict"]
SEEDS = {
    "csv": "zh,en,pinyin,aliases\n雷军,Lei Jun,Léi Jūn,Leijun\n",
    "tsv": "zh\ten\tnote\n雷军\tLei Jun\ta\\tb\n",
    "omegat": "雷军\tLei Jun\tcomment\n",
    "tbx": (
        '<martif type="TBX-Basic"><text><body><termEntry id="lei-jun">'
        '<langSet xml:lang="zh"><tig><term>雷军</term></tig></langSet>'
        '<langSet xml:lang="en"><tig><term>Lei Jun</term></tig></langSet></termEntry></body></text></martif>'
    ),
    "jsonl": '{"id": "lei-jun", "en": "Lei Jun", "zh": "雷军"}\n',
    "cedict": "雷軍 雷军 [Lei2 Jun1] /Lei Jun (1969-), founder of Xiaomi/\n",
}


@st.composite
def mutated(draw: st.DrawFn, seed: str) -> str:
    """`seed` with a few random cuts, insertions (of hard characters) and repeats."""
    text = seed
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "repeat"]))
        if action == "insert":
            piece = draw(
                st.text(
                    st.sampled_from(list("\t\n\r\",;<>&/[]{}:\\'#=·（）雷 \x00\x1b\u202e\ud800\ufeff"))
                    | st.characters(),
                    max_size=6,
                )
            )
            text = text[:at] + piece + text[at:]
        elif action == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 8)) :]
        else:
            text = text[:at] + text[at : at + 10] * draw(st.integers(2, 5)) + text[at:]
    return text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), name=st.sampled_from(IMPORT_FORMATS))
def test_fuzz_every_import_format_raises_only_format_errors(data: st.DataObject, name: str) -> None:
    """Any mangled file of any format: entries, or a FormatError; never another exception."""
    import io

    from zhgloss.errors import FormatError, ZhglossError
    from zhgloss.formats import decode_input, get_format

    text = data.draw(mutated(SEEDS[name]))
    raw = text.encode("utf-8", errors="surrogatepass")
    try:
        decoded, _ = decode_input(raw, "fuzz")
        entries = list(get_format(name).load(io.StringIO(decoded, newline=""), "fuzz"))
    except FormatError:
        return
    except ZhglossError as exc:  # pragma: no cover - a failure message names it
        pytest.fail(f"{name}: {type(exc).__name__} instead of FormatError: {exc}")
    for entry in entries:
        assert find_unsafe(entry.en) is None


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), kind=st.sampled_from(["parallel", "tsv", "xliff"]))
def test_fuzz_the_check_readers_raise_only_format_errors(data: st.DataObject, kind: str) -> None:
    import io

    from zhgloss.errors import FormatError
    from zhgloss.formats.bilingual import iter_bilingual, iter_parallel, windows

    seeds = {
        "parallel": "雷军辞职。\n王翔\n",
        "tsv": "source\ttarget\n雷军\tLei Jun\n",
        "xliff": (DATA_XLIFF),
    }
    raw = data.draw(mutated(seeds[kind])).encode("utf-8", errors="surrogatepass")
    try:
        if kind == "parallel":
            other = data.draw(mutated("Lei Jun resigned.\nWang Xiang\n")).encode("utf-8", errors="surrogatepass")
            list(windows(iter_parallel(io.BytesIO(raw), io.BytesIO(other), "a", "b"), size=8))
        else:
            list(windows(iter_bilingual(io.BytesIO(raw), "fuzz", kind), size=8))  # type: ignore[arg-type]
    except FormatError:
        pass


DATA_XLIFF = (
    '<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
    '<file source-language="zh" target-language="en"><body><trans-unit id="1"><source>雷军</source>'
    "<target>Lei Jun</target></trans-unit></body></file></xliff>"
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=mutated("雷军（Lei Jun）说，小米（1810.HK）和金山软件。\nLei Jun 雷军 Kingsoft\n"))
def test_fuzz_annotate_check_and_harvest_take_any_text(text: str) -> None:
    """Any text, hostile characters included, through the annotate, check and harvest CLI: no exception."""
    runner = CliRunner()
    raw = text.encode("utf-8", errors="surrogatepass")
    for args in (["annotate"], ["annotate", "--format", "json"], ["harvest", "-"], ["check", "-", "--format", "tsv"]):
        result = runner.invoke(app, args, input=raw)
        assert result.exception is None or isinstance(result.exception, SystemExit), (args, result.exception)
        assert result.exit_code in (0, 1, 3), (args, result.output)


@st.composite
def stored_entries(draw: st.DrawFn) -> Entry:
    """Any entry the model accepts, its text drawn from all of Unicode (what validation lets through)."""
    # Unicode less what `find_unsafe` refuses, so that few drawn entries are rejected.
    allowed = st.characters(
        blacklist_categories=["Cs", "Cc"],
        blacklist_characters="\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufffe\uffff",
    )
    text = st.text(allowed, min_size=1, max_size=12).filter(str.strip)
    doc = {
        "id": "x",
        "en": draw(text),
        "zh": draw(text),
        "note": draw(st.none() | text),
        "aliases": draw(st.lists(text, max_size=2)),
    }
    try:
        return Entry.from_dict(doc)
    except InvalidEntryError:
        from hypothesis import reject

        reject()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(entry=stored_entries())
def test_any_stored_entry_exports_to_well_formed_tbx(entry: Entry) -> None:
    """What the model lets in, XML 1.0 can carry: the TBX export parses, and gives the names back."""
    import io

    from zhgloss.errors import FormatError
    from zhgloss.formats import get_format
    from zhgloss.model import empty_forms

    out = io.StringIO()
    get_format("tbx").dump([entry], out)
    if empty_forms(entry):
        # A form of punctuation alone (an English "-", or a character that is no letter): a file may hold
        # one and must open, but import refuses the row, naming it.
        with pytest.raises(FormatError, match="names nothing"):
            list(get_format("tbx").load(io.StringIO(out.getvalue()), "x.tbx"))
        return
    (back,) = get_format("tbx").load(io.StringIO(out.getvalue()), "x.tbx")
    assert (back.en, back.zh, back.note) == (entry.en, entry.zh, entry.note)


def test_stale_cache_leftovers_are_swept_when_a_cache_is_built(
    zhgloss_exe: str, glossary_path: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    env = {**os.environ, "ZHGLOSS_CACHE_DIR": str(cache)}
    assert run(zhgloss_exe, "lookup", "雷军", "--db", str(glossary_path), env=env).returncode == 0
    (folder,) = cache.iterdir()
    old = [folder / ".lookup.dead.tmp", folder / ".annotate.bin.dead.tmp"]
    fresh = folder / ".lookup.busy.tmp"
    for path in (*old, fresh):
        path.write_bytes(b"x" * 1000)
    hour_ago = time.time() - 7200
    for path in old:
        os.utime(path, (hour_ago, hour_ago))
    glossary_path.write_bytes(glossary_path.read_bytes().replace(b'"Lei Jun"', b'"Lei Jum"'))  # a rebuild is due
    assert run(zhgloss_exe, "lookup", "雷军", "--db", str(glossary_path), env=env).returncode == 0
    assert not any(path.exists() for path in old)
    assert fresh.exists()  # perhaps another process's build under way


def test_a_surname_without_a_known_reading_is_a_romanization_error_not_a_crash(runner: CliRunner) -> None:
    """䤇 has no reading in pypinyin: found by the fuzz test above, as an IndexError in harvest."""
    result = runner.invoke(app, ["romanize", "䤇军"])
    assert result.exit_code == 2
    assert "no pinyin known for '䤇'" in result.stderr
    harvested = runner.invoke(app, ["harvest", "-"], input="雷䤇军（Lei Jun）说\n")
    assert harvested.exception is None or isinstance(harvested.exception, SystemExit), harvested.exception
