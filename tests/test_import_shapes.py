"""Import of the table shapes CAT tools really write (memoQ, Weblate, OmegaT), and the refusals, by the console script.

The files in tests/data are written as the tools' documentation gives them: memoQ's term base CSV
(docs.memoq.com, "Term base in CSV format"), Weblate's CSV (docs.weblate.org, "CSV files") and OmegaT's
glossary (omegat.sourceforge.io, "Glossaries"), with the names of public people.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"


def zhgloss(exe: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], capture_output=True, text=True, encoding="utf-8", timeout=120)


def stored(exe: str, db: Path) -> dict[str, dict[str, object]]:
    """The glossary's entries by their Chinese, as `export --format jsonl` writes them."""
    result = zhgloss(exe, "export", "--format", "jsonl", "--db", str(db))
    assert result.returncode == 0, result.stderr
    entries = [json.loads(line) for line in result.stdout.splitlines()]
    return {str(e["zh"]): e for e in entries}


def imported(exe: str, source: Path, folder: Path, *args: str) -> dict[str, dict[str, object]]:
    """Import `source` into a new glossary in `folder` (with `args`); return its entries by their Chinese."""
    db = folder / "imported.json"
    result = zhgloss(exe, "import", str(source), *args, "--db", str(db))
    assert result.returncode == 0, result.stderr
    return stored(exe, db)


def test_a_memoq_term_base_csv_imports_with_its_definitions_as_notes_and_synonyms_as_aliases(
    zhgloss_exe: str, tmp_path: Path
) -> None:
    entries = imported(zhgloss_exe, DATA / "memoq_termbase.csv", tmp_path)
    assert set(entries) == {"蔡英文", "富士康"}
    assert entries["蔡英文"]["en"] == "Tsai Ing-wen"
    assert entries["蔡英文"]["note"] == "Subject: Politics; President of Taiwan 2016-2024"  # Entry_Subject kept
    assert entries["富士康"]["en"] == "Foxconn"
    assert entries["富士康"]["aliases"] == ["Hon Hai"]  # the second English term column
    # Entry_Note, the Chinese definition and Term_Example, labelled; Entry_Created is bookkeeping. Entry_Subject
    # "Companies" names a type: an org, as TBX's subjectField says it (session 34, U33-12; it was kept in the note).
    assert entries["富士康"]["type"] == "org"
    assert entries["富士康"]["note"] == "Check the client style guide; 电子代工企业; Term example: 富士康的工厂"


def test_a_memoq_tab_separated_export_with_language_names_and_definitions(zhgloss_exe: str, tmp_path: Path) -> None:
    source = tmp_path / "terms.tsv"
    source.write_text(
        "English_United_Kingdom\tEnglish_United_Kingdom_Def\tTerm_Info\tChinese_PRC\tChinese_PRC_Def\tTerm_Info\n"
        "Kingsoft\tsoftware company\t\t金山软件\t\t\n",
        encoding="utf-8",
    )
    entry = imported(zhgloss_exe, source, tmp_path)["金山软件"]
    assert (entry["en"], entry["note"]) == ("Kingsoft", "software company")


def test_a_weblate_csv_imports_with_its_comments_as_the_note_and_fuzzy_as_draft(
    zhgloss_exe: str, tmp_path: Path
) -> None:
    entries = imported(zhgloss_exe, DATA / "weblate_glossary_zh_en.csv", tmp_path)
    assert entries["蔡英文"]["en"] == "Tsai Ing-wen"
    assert entries["蔡英文"]["note"] == "President 2016-2024"
    assert not entries["蔡英文"].get("draft")
    assert entries["富士康"]["note"] == "the client writes Hon Hai; contract maker"
    assert entries["富士康"]["draft"] is True  # Weblate's fuzzy: "needs editing"


def test_a_weblate_csv_of_an_english_project_has_english_in_source(zhgloss_exe: str, tmp_path: Path) -> None:
    source = tmp_path / "glossary.csv"
    source.write_text(
        "location,source,target,id,fuzzy,context,translator_comments,developer_comments\n"
        ",Carrie Lam,林郑月娥,,False,,,\n",
        encoding="utf-8",
    )
    assert imported(zhgloss_exe, source, tmp_path)["林郑月娥"]["en"] == "Carrie Lam"


def test_an_omegat_glossary_txt_is_recognised_by_its_name(zhgloss_exe: str, tmp_path: Path) -> None:
    glossary = tmp_path / "glossary.txt"  # OmegaT's own name for a project's glossary
    shutil.copyfile(DATA / "omegat_glossary.txt", glossary)
    entries = imported(zhgloss_exe, glossary, tmp_path)
    assert entries["雷军"]["en"] == "Lei Jun"
    assert entries["雷军"]["aliases"] == ["LEI Jun"]
    assert entries["马云"]["note"] == "adopted English name"


def test_an_omegat_line_with_empty_cells_after_its_comment_is_read(zhgloss_exe: str, tmp_path: Path) -> None:
    glossary = tmp_path / "glossary.txt"
    glossary.write_text("蔡英文\tTsai Ing-wen\tpresident\t\t\n富士康\tFoxconn\t\t\n", encoding="utf-8")
    assert imported(zhgloss_exe, glossary, tmp_path)["蔡英文"]["note"] == "president"


@pytest.mark.parametrize(
    ("name", "content", "line", "said"),
    [
        # A column no tool's layout names.
        ("terms.csv", "zh,en,Begriff\n蔡英文,Tsai Ing-wen,x\n", 1, "unknown column 'Begriff'"),
        # No column of either language (a Chinese column alone is drafts: session 48, R47-11).
        ("terms.csv", "type,note\nperson,president\n", 1, "names no 'en' column"),
        # The same column twice where one value is meant.
        ("terms.csv", "zh,en,pinyin,pinyin\n蔡英文,Tsai Ing-wen,a,b\n", 1, "column 'pinyin' is given twice"),
        # OmegaT: a fourth cell with text.
        ("glossary.txt", "蔡英文\tTsai Ing-wen\tpresident\tx\n", 1, "expected 2 or 3 tab-separated cells"),
        # Direction-only names whose cells do not tell the languages apart.
        ("terms.csv", "source,target\nTsai Ing-wen,Tsai Ing-wen\n", 1, "cannot tell which column is Chinese"),
        # A row whose English cell is Chinese under a language header.
        ("terms.csv", "Chinese_PRC,English_United_States\n蔡英文,Tsai Ing-wen\n富士康,富士康\n", 3, "is Chinese"),
    ],
)
def test_a_refused_table_names_the_line_and_points_to_columns(
    zhgloss_exe: str, glossary_path: Path, tmp_path: Path, name: str, content: str, line: int, said: str
) -> None:
    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    before = glossary_path.read_bytes()
    result = zhgloss(zhgloss_exe, "import", str(source), "--db", str(glossary_path))
    assert result.returncode == 3, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr  # one line
    assert result.stderr.startswith(f"Error: {str(source)!r}, line {line}: "), result.stderr
    assert said in result.stderr
    if line == 1 or name.endswith(".txt"):
        assert "--columns" in result.stderr
    else:
        # One bad row under a header the other rows follow: the row is what to fix, not the columns (session 24).
        assert "fix the row" in result.stderr and "--columns" not in result.stderr.split(": fix")[-1]
    assert glossary_path.read_bytes() == before


def test_the_columns_the_refusal_points_to_import_the_file(zhgloss_exe: str, tmp_path: Path) -> None:
    source = tmp_path / "glossary.txt"
    source.write_text("蔡英文\tTsai Ing-wen\tpresident\tCai Yingwen\n", encoding="utf-8")
    entry = imported(zhgloss_exe, source, tmp_path, "--columns", "zh,en,note,-")["蔡英文"]
    assert (entry["en"], entry["note"]) == ("Tsai Ing-wen", "president")


def test_an_import_stopped_by_a_conflict_is_not_called_a_dry_run(zhgloss_exe: str, glossary_path: Path) -> None:
    before = glossary_path.read_bytes()
    result = zhgloss(zhgloss_exe, "import", str(DATA / "bom.csv"), "--db", str(glossary_path))
    assert result.returncode == 1, result.stderr
    assert "dry run" not in result.stderr
    assert "stopped at the conflicts, nothing written: would have been 0 added" in result.stderr
    assert glossary_path.read_bytes() == before
