"""`zhgloss import -` tells standard input's format by its content, for every format import reads.

Tester finding (s34): `cat glossary.json | zhgloss import - --db mine.json` (another zhgloss glossary, which `import
glossary.json` reads) was read as JSON Lines and refused line by line; a gzipped CC-CEDICT, an Anki export
("#separator:tab" first) and an OmegaT glossary with "#" comment lines asked for --format. The rule is one
(`zhgloss.formats.sniff_format`): what a file's name tells, standard input's content tells, and the same bytes give
the same glossary either way, which each case here checks against the file imported by its name.
"""

from __future__ import annotations

import gzip
import json
import subprocess
from pathlib import Path

import pytest


def run(exe: str, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([exe, *args], input=stdin, capture_output=True, timeout=180)


def jsonl(exe: str, db: Path) -> list[dict[str, object]]:
    done = run(exe, "export", "--db", str(db), "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.decode().splitlines()]


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory, zhgloss_exe: str, bundled: Path) -> Path:
    """A glossary of 40 of the bundled glossary's real entries, persons, companies and places among them."""
    folder = tmp_path_factory.mktemp("sample")
    lines = run(zhgloss_exe, "export", "--db", str(bundled), "--format", "jsonl").stdout.decode().splitlines()
    chosen = [line for line in lines if '"refers_to": null' in line and '"organization_id"' not in line][:40]
    source = folder / "sample.jsonl"
    source.write_text("".join(line + "\n" for line in chosen), encoding="utf-8")
    db = folder / "sample.json"
    done = run(zhgloss_exe, "import", str(source), "--db", str(db))
    assert done.returncode == 0, done.stderr
    return db


@pytest.mark.parametrize(
    ("fmt", "suffix"),
    [("csv", ".csv"), ("tsv", ".tsv"), ("omegat", ".txt"), ("tbx", ".tbx"), ("jsonl", ".jsonl"), ("xlsx", ".xlsx")],
)
def test_every_export_format_on_stdin_imports_as_the_file_does(
    tmp_path: Path, zhgloss_exe: str, sample: Path, fmt: str, suffix: str
) -> None:
    path = tmp_path / f"export{suffix}"
    assert run(zhgloss_exe, "export", "--db", str(sample), "--format", fmt, "-o", str(path)).returncode == 0
    by_name, by_stdin = tmp_path / "by_name.json", tmp_path / "by_stdin.json"
    named = run(zhgloss_exe, "import", str(path), "--db", str(by_name))
    piped = run(zhgloss_exe, "import", "-", "--db", str(by_stdin), stdin=path.read_bytes())
    assert named.returncode == 0, named.stderr
    assert piped.returncode == 0, piped.stderr
    assert jsonl(zhgloss_exe, by_stdin) == jsonl(zhgloss_exe, by_name)


@pytest.mark.parametrize("layout", ["as stored", "on one line"])
def test_another_zhgloss_glossary_on_stdin(tmp_path: Path, zhgloss_exe: str, sample: Path, layout: str) -> None:
    raw = sample.read_bytes()
    if layout == "on one line":
        raw = json.dumps(json.loads(raw), ensure_ascii=False).encode("utf-8")
    mine = tmp_path / "mine.json"
    done = run(zhgloss_exe, "import", "-", "--db", str(mine), stdin=raw)
    assert done.returncode == 0, done.stderr
    assert jsonl(zhgloss_exe, mine) == jsonl(zhgloss_exe, sample)


def test_a_json_array_on_stdin_is_read_as_the_file_is(tmp_path: Path, zhgloss_exe: str) -> None:
    raw = json.dumps([{"zh": "雷军", "en": "Lei Jun", "type": "person"}, {"zh": "腾讯", "en": "Tencent"}]).encode()
    path = tmp_path / "array.json"
    path.write_bytes(raw)
    by_name, by_stdin = tmp_path / "by_name.json", tmp_path / "by_stdin.json"
    assert run(zhgloss_exe, "import", str(path), "--db", str(by_name)).returncode == 0
    done = run(zhgloss_exe, "import", "-", "--db", str(by_stdin), stdin=raw)
    assert done.returncode == 0, done.stderr
    assert b"JSON array" in done.stderr
    assert jsonl(zhgloss_exe, by_stdin) == jsonl(zhgloss_exe, by_name)


CEDICT = (
    "# CC-CEDICT\n"
    "雷軍 雷军 [Lei2 Jun1] /Lei Jun (1969-), Chinese entrepreneur, founder of Xiaomi/\n"
    "騰訊 腾讯 [Teng2 xun4] /Tencent, Chinese Internet company/\n"
)


@pytest.mark.parametrize(
    ("name", "raw"),
    [
        ("cedict.u8", CEDICT.encode()),
        ("cedict.u8.gz", gzip.compress(CEDICT.encode())),
        ("headless.u8", CEDICT.split("\n", 1)[1].encode()),
        # Anki's "Notes in Plain Text" export, its header lines first.
        ("anki.txt", "#separator:tab\n#html:true\n雷军\tLei Jun\n腾讯\tTencent\n".encode()),
        # OmegaT's glossary.txt with its comment lines.
        ("glossary.txt", "# Project glossary\n# zh\ten\n雷军\tLei Jun\tfounder\n腾讯\tTencent\t\n".encode()),
        # Excel's "Unicode Text" (UTF-16 with its byte order mark).
        ("unicode.txt", "中文\t英文\n雷军\tLei Jun\n腾讯\tTencent\n".encode("utf-16")),
        # A CSV from a European Excel (semicolons) in GB18030.
        ("names.csv", "中文;英文\n雷军;Lei Jun\n腾讯;Tencent\n".encode("gb18030")),
    ],
)
def test_other_shapes_on_stdin_import_as_the_file_does(tmp_path: Path, zhgloss_exe: str, name: str, raw: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(raw)
    by_name, by_stdin = tmp_path / "by_name.json", tmp_path / "by_stdin.json"
    named = run(zhgloss_exe, "import", str(path), "--db", str(by_name))
    piped = run(zhgloss_exe, "import", "-", "--db", str(by_stdin), stdin=raw)
    assert named.returncode == 0, named.stderr
    assert piped.returncode == 0, piped.stderr
    stored = jsonl(zhgloss_exe, by_stdin)
    assert {doc["zh"] for doc in stored} == {"雷军", "腾讯"}
    assert [{**doc, "sources": None} for doc in stored] == [
        {**doc, "sources": None} for doc in jsonl(zhgloss_exe, by_name)
    ]


@pytest.mark.parametrize(
    ("raw", "told"),
    [
        (b'{\n  "entries": {}\n}\n', "json"),
        (b'{"entries": {"1": {"zh": "\xe9\x9b\xb7\xe5\x86\x9b"}}}', "json"),
        (b'{"zh": "x", "en": "y"}\n', "jsonl"),
        (b"\xef\xbb\xbf[\n]", "json"),
        (b"\n\n<?xml version='1.0'?><martif/>", "tbx"),
        (b"PK\x03\x04rest", "zip"),
        (b"zh,en\n", "csv"),
        (b"just words\n", None),
        (b"", None),
    ],
)
def test_sniff_format(raw: bytes, told: str | None) -> None:
    from zhgloss.formats import sniff_format

    assert sniff_format(raw) == told


@pytest.mark.parametrize(
    ("raw", "said"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "Excel 97-2003 workbook (.xls); save it as .xlsx"),
        (b"%PDF-1.7\n" + bytes(100), "is a PDF"),
        (b"{\\rtf1\\ansi hello}", "is an RTF document"),
    ],
)
def test_a_binary_file_on_stdin_is_named_as_by_its_name(
    tmp_path: Path, zhgloss_exe: str, raw: bytes, said: str
) -> None:
    """R35-10: `import - < old.xls` asked for --format (exit 2), though no format reads it."""
    done = run(zhgloss_exe, "import", "-", "--db", str(tmp_path / "g.json"), stdin=raw)
    assert done.returncode == 3
    assert said in done.stderr.decode() and done.stderr.decode().count("\n") == 1
    assert not (tmp_path / "g.json").exists()
