"""Export a CC-CEDICT names glossary to every format export writes, import each into an empty glossary, and compare.

The brief (s35): the round trip must keep every field a format claims to keep, on real entries. The sample: 200
entries of the --proper-only import of CC-CEDICT (../shared/data/cedict_ts.u8.gz), every k-th of its export in
order, so persons, places, organisations, works, surnames, folded variants with Chinese aliases, traditional forms,
notes and sources are all there. csv, tsv, xlsx, tbx and jsonl claim every field (README: "lossless"); OmegaT claims
its three columns (`FORMATS["omegat"].says`: the Chinese in either script, the English forms, the note, draft).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from zhgloss.formats import FORMATS

SAMPLE = 200
LOSSLESS = [name for name, form in FORMATS.items() if form.writer is not None and form.lossless]


def run(exe: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL)


def jsonl(exe: str, db: Path) -> dict[str, dict[str, object]]:
    done = run(exe, "export", "--db", str(db), "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    return {doc["id"]: doc for doc in map(json.loads, done.stdout.splitlines())}


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory, zhgloss_exe: str, cedict_names_db: Path) -> Path:
    folder = tmp_path_factory.mktemp("cedict")
    # (The --proper-only import of the whole file, built once per pytest process by conftest; only read here: rel's
    # REL-1, s37.)
    names = cedict_names_db
    lines = run(zhgloss_exe, "export", "--db", str(names), "--format", "jsonl").stdout.splitlines()
    docs = [json.loads(line) for line in lines]
    step = len(docs) // SAMPLE
    chosen = {doc["id"]: doc for doc in docs[::step][:SAMPLE]}
    # An entry a chosen one refers to comes too, so that the sample is a glossary of its own.
    for doc in list(chosen.values()):
        target = doc.get("refers_to")
        if target and target not in chosen:
            chosen[target] = next(other for other in docs if other["id"] == target)
    source = folder / "sample.jsonl"
    source.write_text("".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in chosen.values()), encoding="utf-8")
    db = folder / "sample.json"
    done = run(zhgloss_exe, "import", str(source), "--db", str(db))
    assert done.returncode == 0, done.stderr
    return db


def test_the_sample_holds_the_fields_worth_checking(zhgloss_exe: str, sample: Path) -> None:
    docs = list(jsonl(zhgloss_exe, sample).values())
    assert len(docs) >= SAMPLE
    assert {doc["type"] for doc in docs} >= {"person", "place", "org", "name"}
    for field in ("zh_hant", "aliases", "zh_aliases", "note", "sources", "pinyin"):
        assert sum(1 for doc in docs if doc[field]) >= 5, field


@pytest.mark.parametrize("fmt", LOSSLESS)
def test_a_lossless_format_gives_back_every_field(tmp_path: Path, zhgloss_exe: str, sample: Path, fmt: str) -> None:
    out = tmp_path / f"export.{fmt}"
    done = run(zhgloss_exe, "export", "--db", str(sample), "--format", fmt, "-o", str(out))
    assert done.returncode == 0, done.stderr
    back = tmp_path / "back.json"
    done = run(zhgloss_exe, "import", str(out), "--format", fmt, "--db", str(back))
    assert done.returncode == 0, done.stderr
    before, after = jsonl(zhgloss_exe, sample), jsonl(zhgloss_exe, back)
    assert sorted(after) == sorted(before)
    differing = {
        entry_id: {field: (before[entry_id][field], after[entry_id].get(field)) for field in before[entry_id]}
        for entry_id in before
        if before[entry_id] != after[entry_id]
    }
    differing = {
        entry_id: {field: pair for field, pair in fields.items() if pair[0] != pair[1]}
        for entry_id, fields in differing.items()
    }
    assert differing == {}


def test_omegat_gives_back_what_its_columns_hold(tmp_path: Path, zhgloss_exe: str, sample: Path) -> None:
    out = tmp_path / "glossary.utf8"
    done = run(zhgloss_exe, "export", "--db", str(sample), "--format", "omegat", "-o", str(out))
    assert done.returncode == 0, done.stderr
    back = tmp_path / "back.json"
    done = run(zhgloss_exe, "import", str(out), "--db", str(back))
    assert done.returncode == 0, done.stderr
    before = {doc["zh"]: doc for doc in jsonl(zhgloss_exe, sample).values() if doc["zh"]}
    after = {doc["zh"]: doc for doc in jsonl(zhgloss_exe, back).values()}
    assert sorted(after) == sorted(before)
    kept = ["note", "pinyin", "draft", "forbidden"]
    lost = {
        zh: {
            field: (before[zh].get(field), after[zh].get(field))
            for field in kept
            if before[zh].get(field) != after[zh].get(field)
        }
        for zh in before
    }
    # The forms are all given back; the import may add what its rules add to any table's row (a Hong Kong name's
    # short form as its English, "Jenny Lang Ping" -> "Jenny Lang" with the full form an alias, README's rule; a
    # traditional form's plain spelling as a Chinese alias), which loses nothing.
    for zh in before:
        for forms in (("en", "aliases"), ("zh_hant", "zh_aliases")):
            had = {f for field in forms for f in _listed(before[zh].get(field))}
            has = {f for field in forms for f in _listed(after[zh].get(field))}
            if not had <= has:
                lost[zh]["forms"] = (sorted(had - has), sorted(has))
    assert {zh: fields for zh, fields in lost.items() if fields} == {}


def _listed(value: object) -> list[str]:
    """A field's forms as a list: a string is one, a list its items, None none."""
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)  # type: ignore[call-overload]
