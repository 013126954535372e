"""An imported entry that would take another entry's Chinese form as an alias is said plainly (the thirty-first
session's review, R9; issue 9).

CC-CEDICT's 上證 line ("Shanghai Stock Exchange (SSE), abbr. for 上海證券交易所") is read with 上海證券交易所 as an
alias, the stored sse's traditional form; the import said "'shangzheng-d6b5ef' has the Chinese of the stored entry
'sse' and differs from it: zh_aliases: + ['上海證券交易所'] (stored [])": 上证 is no form of sse, sse's aliases are
not [], and "kept the stored one" under --on-conflict replace, when nothing of sse was at stake. Now: the row, its
Chinese, the form, whose form it is and in which field, and that the row is not added (no --on-conflict choice lets
one form name two entries). The same class: 日人 with the alias 日本人, 自由神像 with 自由女神像 (their lines' shared
English). A form of an entry read before from the same file (䠀, whose "old variant of 趟" line makes it a form of 趟)
is said to be that entry's, not a stored one's.

(Since the thirty-third session the full name heads the entry its abbreviation folds into: 上证's entry is the
exchange's, 上海证券交易所, whose Chinese is the stored sse's, a plain conflict with it; 上证 takes no form. The class
stays: 日人, 自由神像, 䠀.)
"""

from __future__ import annotations

import gzip
import json
import subprocess
from pathlib import Path

import pytest

HEADS = ("日人", "日本人", "自由神像", "自由女神像", "䠀", "趟")


@pytest.fixture(scope="module")
def lines(shared_dir: Path) -> str:
    """The lines of CC-CEDICT these heads begin, as the dictionary writes them (趟's two and 䠀's, whose second line
    makes 䠀 a form of 趟: read after 䠀's own, the form is an entry's read before it from the same file)."""
    found: dict[str, list[str]] = {}
    with gzip.open(shared_dir / "data" / "cedict_ts.u8.gz", "rt", encoding="utf-8") as dictionary:
        for line in dictionary:
            head = line.split(" ", 1)[0]
            if head in HEADS and not line.startswith("#"):
                found.setdefault(head, []).append(line)
    assert set(found) == set(HEADS)
    return "".join(line for head in HEADS for line in found[head])


def _run(zhgloss_exe: str, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([zhgloss_exe, "--db", str(db), *args], capture_output=True, text=True, encoding="utf-8")


@pytest.fixture
def glossary(zhgloss_exe: str, tmp_path: Path) -> Path:
    db = tmp_path / "g.json"
    subprocess.run([zhgloss_exe, "init", str(db), "--empty"], check=True, capture_output=True)
    for zh, en, kind in (
        ("上海证券交易所", "Shanghai Stock Exchange", "org"),
        ("日本人", "Japanese people", "phrase"),
        ("自由女神像", "Statue of Liberty", "place"),
    ):
        assert _run(zhgloss_exe, db, "add", zh, "--en", en, "--type", kind).returncode == 0
    return db


def _entries(db: Path) -> dict[str, dict]:
    return {doc["id"]: doc for doc in json.loads(db.read_text(encoding="utf-8"))["entries"].values()}


SAID = [
    # Since s38 (U37-31) a stored entry is named with its Chinese and English, as the fixture adds them.
    "conflict: 'riren-e2b2f5' (日人) would take '日本人', the Chinese of the stored entry 'japanese-people' (日本人 "
    "Japanese people), as a Chinese alias; one form names one entry: not added",
    "conflict: 'ziyoushenxiang-67e9ef' (自由神像) would take '自由女神像', the Chinese of the stored entry "
    "'statue-of-liberty' (自由女神像 Statue of Liberty), as a Chinese alias; one form names one entry: not added",
    "conflict: 'tang-b234cf' (趟) would take '䠀', the Chinese of the entry read before it 'chang-0e4a9c', as a "
    "Chinese alias; one form names one entry: not added",
]


@pytest.mark.parametrize("mode", ["skip", "replace"])
def test_each_row_taking_another_entry_s_form_is_said_plainly(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, lines: str, mode: str
) -> None:
    source = tmp_path / "names.u8"
    source.write_text(lines, encoding="utf-8")
    before = _entries(glossary)
    done = _run(zhgloss_exe, glossary, "import", str(source), "--on-conflict", mode)
    assert done.returncode == 0, done.stderr
    said = [line for line in done.stderr.splitlines() if line.startswith("conflict:")]
    assert said == SAID
    assert "kept the stored one" not in done.stderr
    assert "(stored [])" not in done.stderr
    after = _entries(glossary)
    assert {i: after[i] for i in before} == before  # the stored entries unchanged
    assert set(after) - set(before) == {"chang-0e4a9c"}  # 䠀 alone added: none of the rows said


def test_under_fail_the_same_lines_are_said(zhgloss_exe: str, glossary: Path, tmp_path: Path, lines: str) -> None:
    source = tmp_path / "names.u8"
    source.write_text(lines, encoding="utf-8")
    done = _run(zhgloss_exe, glossary, "import", str(source))
    assert done.returncode == 1
    assert [line for line in done.stderr.splitlines() if line.startswith("conflict:")] == SAID
    # --on-conflict replace would not add them either: the hint names the one choice that imports the others.
    assert "(pass --on-conflict skip to import the other rows without them)" in done.stderr
    assert "replace to overwrite" not in done.stderr


def test_the_report_names_the_form_and_its_entry(glossary: Path, lines: str) -> None:
    import io

    from zhgloss.formats import get_format, import_documents
    from zhgloss.store import Glossary

    cedict = get_format("cedict")
    with Glossary.open(glossary) as gloss:
        docs = cedict.load_documents(io.StringIO(lines), "names.u8")
        report = import_documents(
            gloss, docs, "replace", dry_run=True, says=cedict.says, fallbacks=cedict.fallbacks, source="names.u8"
        )
    assert report.taken["riren-e2b2f5"] == ("日人", "日本人", "japanese-people", "zh", True)
    assert json.dumps(report.taken, ensure_ascii=False)  # plain data, as the rest of the report


def test_the_json_report_says_which_rows_take_a_form(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, lines: str
) -> None:
    source = tmp_path / "names.u8"
    source.write_text(lines, encoding="utf-8")
    done = _run(zhgloss_exe, glossary, "import", str(source), "--on-conflict", "skip", "--json")
    assert done.returncode == 0, done.stderr
    taken = json.loads(done.stdout)["taken"]
    assert taken["riren-e2b2f5"] == {
        "zh": "日人",
        "form": "日本人",
        "entry": "japanese-people",
        "field": "zh",
        "stored": True,
    }
    assert taken["tang-b234cf"]["stored"] is False
    assert set(taken) == {"riren-e2b2f5", "ziyoushenxiang-67e9ef", "tang-b234cf"}
