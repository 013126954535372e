"""Glossaries of real CC-CEDICT lines (tests/data/*.u8), imported as `zhgloss import --proper-only` would."""

from __future__ import annotations

import functools
import gzip
import io
import json
import subprocess
from pathlib import Path

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict, load_cedict_documents
from zhgloss.model import Entry

DATA = Path(__file__).resolve().parent / "data"


def cedict_fixture(name: str) -> list[Entry]:
    """The proper names of tests/data/`name`, a file of CC-CEDICT lines."""
    with (DATA / name).open(encoding="utf-8") as fp:
        return list(load_cedict(fp, proper_only=True))


@functools.cache
def fixture_by_zh(name: str, *, proper_only: bool = True) -> dict[str, Entry]:
    """The entries of tests/data/`name` (CC-CEDICT lines) by zh, imported as `zhgloss import [--proper-only]` would;
    read once per test process (several test files share one fixture)."""
    with (DATA / name).open(encoding="utf-8") as fp:
        return {entry.zh: entry for entry in load_cedict(fp, proper_only=proper_only)}


def rows_by_zh(*lines: str, proper_only: bool = True) -> dict[str, dict]:
    """The glossary rows `load_cedict_documents` makes of CC-CEDICT `lines`, by zh."""
    text = "".join(line + "\n" for line in lines)
    return {row["zh"]: row for row in load_cedict_documents(io.StringIO(text), proper_only=proper_only)}


def kinds_and_english(lines: str) -> dict[str, tuple[str, str]]:
    """The (type, en) of each entry `lines` (CC-CEDICT lines, one string) import as `--proper-only`, by zh."""
    return {entry.zh: (entry.type, entry.en) for entry in load_cedict(io.StringIO(lines), proper_only=True)}


def entries_by_form(lines: str) -> dict[str, Entry]:
    """The entries `lines` (CC-CEDICT lines, one string) import as `--proper-only`, by each of their Chinese forms."""
    entries = {}
    for entry in load_cedict(io.StringIO(lines), proper_only=True):
        for form in (entry.zh, *entry.zh_aliases):
            entries[form] = entry
    return entries


def glossed(text: str, annotator: Annotator) -> list[str]:
    """The surfaces `annotator` glosses in `text`, in order."""
    return [m.surface for m in annotator.mentions(text)]


def judged_sentences(name: str) -> list[tuple[str, list[str]]]:
    """The sentences of tests/data/`name` and the forms judged right to gloss in each: a line is the sentence, a tab
    and the forms space-separated ("-" for none); lines starting with # (the header, "#?" known misses) are skipped."""
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            sentence, forms = line.split("\t")
            rows.append((sentence, [] if forms == "-" else forms.split()))
    return rows


def sweep_glosses(shared_dir: Path, sweep: str) -> dict[str, list[tuple[int, int]]]:
    """Each prose line of tests/data/`sweep` and the spans the full CC-CEDICT names glossary (import --proper-only of
    ../shared/data/cedict_ts.u8.gz) glosses in it, in order; lines starting with # are the file's header."""
    annotator = _names_annotator(shared_dir)
    lines = (DATA / sweep).read_text(encoding="utf-8").splitlines()
    return {line: [(s, e) for s, e, _ in annotator.spans(line)] for line in lines if line and line[0] != "#"}


@functools.cache
def _names_annotator(shared_dir: Path) -> Annotator:
    """The annotator of the full CC-CEDICT names glossary, parsed once per test process for every sweep."""
    with gzip.open(shared_dir / "data" / "cedict_ts.u8.gz", "rt", encoding="utf-8") as fp:
        return Annotator(list(load_cedict(fp, proper_only=True)))


def glossed_at(glosses: dict[str, list[tuple[int, int]]], words: str) -> list[str]:
    """The glosses of the one sweep line that holds `words`, within those words."""
    ((line, spans),) = [(line, spans) for line, spans in glosses.items() if words in line]
    at = line.index(words)
    return [line[s:e] for s, e in spans if at <= s < at + len(words)]


def imported_db(folder: Path, lines: str) -> Path:
    """A glossary in `folder` made by the installed `zhgloss import --format cedict --proper-only` of `lines`
    (CC-CEDICT lines, one string); returns its path."""
    source = folder / "lines.u8"
    source.write_text(lines, encoding="utf-8")
    db = folder / "names.json"
    subprocess.run(
        ["zhgloss", "import", str(source), "--format", "cedict", "--proper-only", "--db", str(db)],
        check=True,
        capture_output=True,
    )
    return db


def annotated(db: Path, text: str) -> str:
    """The installed `zhgloss annotate - --db DB` of `text` (its line break added): stdout without it; the command
    must succeed."""
    done = subprocess.run(
        ["zhgloss", "annotate", "-", "--db", str(db)], input=text + "\n", capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.rstrip("\n")


def search_hits(db: Path, query: str) -> list[dict]:
    """The hits of the installed `zhgloss search QUERY --json` on glossary `db`, best first ([] when none)."""
    found = subprocess.run(["zhgloss", "search", query, "--json", "--db", str(db)], capture_output=True, text=True)
    return json.loads(found.stdout)["hits"] if found.stdout.strip() else []


def checked_problems(exe: str, db: Path, folder: Path, source: str, english: str) -> list[str]:
    """What the installed `zhgloss check` of one segment (`source`, its translation `english`) against glossary `db`
    reports, each problem without its segment number; its files are written in `folder`. Exit code 0 asserted."""
    zh, en = folder / "zh.txt", folder / "en.txt"
    zh.write_text(source + "\n", encoding="utf-8")
    en.write_text(english + "\n", encoding="utf-8")
    done = subprocess.run(
        [exe, "--db", str(db), "check", str(zh), str(en)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return [line.partition(": ")[2] for line in done.stdout.splitlines()]
