"""The import and export commands, through the CLI runner and the installed console script."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.store import Glossary

DATA = Path(__file__).resolve().parent / "data"


def entries_of(path: Path) -> list[dict[str, object]]:
    with Glossary.open(path) as gloss:
        return [e.to_dict() for e in gloss.iter_entries()]


@pytest.mark.parametrize("fmt", ["csv", "tsv", "tbx", "jsonl"])
def test_export_then_import_gives_an_identical_glossary(
    runner: CliRunner, glossary_path: Path, tmp_path: Path, fmt: str
) -> None:
    exported = runner.invoke(app, ["export", "--format", fmt, "--db", str(glossary_path)])
    assert exported.exit_code == 0, exported.output
    count = len(entries_of(glossary_path))
    assert exported.stderr == f"exported {count} entries as {fmt}\n"
    target = tmp_path / "copy.json"
    imported = runner.invoke(app, ["import", "-", "--format", fmt, "--db", str(target)], input=exported.stdout_bytes)
    assert imported.exit_code == 0, imported.output
    assert imported.stdout == ""
    assert f"{count} added, 0 updated, 0 skipped" in imported.stderr
    assert "(new glossary)" in imported.stderr
    assert entries_of(target) == entries_of(glossary_path)


def test_export_to_a_file_takes_the_format_from_its_suffix(
    runner: CliRunner, glossary_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "names.tbx"
    result = runner.invoke(app, ["export", "-o", str(out), "--db", str(glossary_path), "--type", "person"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic"')
    assert '<termEntry id="lei-jun">' in text
    assert '<termEntry id="kingsoft">' not in text  # --type person


def test_export_to_an_unknown_suffix_is_a_usage_error(runner: CliRunner, glossary_path: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "-o", str(tmp_path / "names.doc"), "--db", str(glossary_path)])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: cannot tell the format of")


def test_export_cedict_is_refused(runner: CliRunner, glossary_path: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "cedict", "--db", str(glossary_path)])
    assert result.exit_code == 2
    assert "--format: 'cedict' is not one of csv, tsv, omegat, tbx, jsonl, xlsx (see" in result.stderr
    listed = runner.invoke(app, ["export", "--help"])
    assert "cedict" not in listed.stdout  # export --help offers only what export writes (issue 13)


def test_csv_export_neutralises_formulas(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    source = tmp_path / "evil.jsonl"
    source.write_text(
        json.dumps({"id": "evil", "en": "=cmd|' /C calc'!A0", "note": "@SUM(1+1)"}) + "\n", encoding="utf-8"
    )
    assert runner.invoke(app, ["import", str(source), "--db", str(db)]).exit_code == 0
    result = runner.invoke(app, ["export", "--format", "csv", "--db", str(db)])
    assert result.exit_code == 0, result.output
    row = result.stdout.splitlines()[1]
    assert ",'=cmd|' /C calc'!A0," in row
    assert ",'@SUM(1+1)," in row


def test_dry_run_writes_nothing(runner: CliRunner, glossary_path: Path) -> None:
    before = glossary_path.read_bytes()
    result = runner.invoke(
        app, ["import", str(DATA / "bom.csv"), "--dry-run", "--on-conflict", "skip", "--db", str(glossary_path)]
    )
    assert result.exit_code == 0, result.output
    # 小米,Xiaomi,org says what the stored 小米 says (its empty cells say nothing): identical; the other two rows'
    # notes differ from the stored ones.
    assert (
        "dry run, nothing written: would be 0 added, 0 updated, 1 skipped (already there, identical), 2 conflicting"
        in result.stderr
    )
    assert glossary_path.read_bytes() == before


def test_dry_run_into_a_new_file_creates_nothing(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "new.json"
    result = runner.invoke(app, ["import", str(DATA / "bom.csv"), "--dry-run", "--db", str(target), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["added"] == ["lei-jun", "xiaomi", "lu-weibing"]
    assert report["dry_run"] is True
    assert not target.exists()


@pytest.mark.parametrize(
    ("content", "args", "what"),
    [
        (b"", ["--format", "csv"], "no entries"),  # an empty file
        (b"zh,en\n", ["--format", "csv"], "no entries"),  # a header alone
        (b"", ["--format", "tsv"], "no entries"),
        # CC-CEDICT with no capitalised pinyin: nothing for --proper-only to keep.
        (
            "中国 中国 [zhong1 guo2] /China (as a word)/\n".encode(),
            ["--format", "cedict", "--proper-only"],
            "no proper names",
        ),
    ],
)
def test_importing_nothing_is_said_and_writes_nothing(
    runner: CliRunner, glossary_path: Path, tmp_path: Path, content: bytes, args: list[str], what: str
) -> None:
    # User test: an empty file imported as "0 added" with exit 0, and made a new empty glossary.
    source = tmp_path / "empty.txt"
    source.write_bytes(content)
    before = glossary_path.read_bytes()
    for target in (glossary_path, tmp_path / "new.json"):
        result = runner.invoke(app, ["import", str(source), *args, "--db", str(target)])
        assert result.exit_code == 1
        assert result.stdout == ""
        assert (
            result.stderr
            == f"Error: {str(source)!r} holds {what} ({args[1]}): nothing imported; check the file and --format\n"
        )
    assert glossary_path.read_bytes() == before
    assert not (tmp_path / "new.json").exists()


def test_conflicts_fail_by_default_and_change_nothing(runner: CliRunner, glossary_path: Path) -> None:
    before = glossary_path.read_bytes()
    result = runner.invoke(app, ["import", str(DATA / "bom.csv"), "--db", str(glossary_path)])
    assert result.exit_code == 1, result.output
    # The conflict names the field that differs (小米,Xiaomi,org agrees with the stored 小米: no conflict). A note is
    # added after the stored one, never put in its place ("+", session 33: user U32-21; was "note: 'Founder…").
    assert "conflict: 'lei-jun' differs from the stored entry: note: + 'Founder of Xiaomi, chairman of Kingsoft' (" in (
        result.stderr
    )
    assert result.stderr.splitlines()[-1].startswith(
        "Error: 2 entries conflict with the glossary; nothing was imported"
    )
    assert glossary_path.read_bytes() == before


def test_on_conflict_skip_and_replace(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    first = tmp_path / "a.tsv"
    first.write_text("zh\ten\tnote\n雷军\tLei Jun\tfirst\n王翔\tWang Xiang\t\n", encoding="utf-8")
    second = tmp_path / "b.tsv"
    second.write_text("zh\ten\tnote\n雷军\tLei Jun\tsecond\n王翔\tWang Xiang\t\n邹涛\tZou Tao\t\n", encoding="utf-8")
    assert runner.invoke(app, ["import", str(first), "--db", str(db)]).exit_code == 0
    skipped = runner.invoke(app, ["import", str(second), "--db", str(db), "--on-conflict", "skip"])
    assert skipped.exit_code == 0, skipped.output
    assert skipped.stderr.endswith(
        "1 added, 0 updated, 1 skipped (already there, identical), 1 conflicting (kept as they are)\n"
    )
    assert (
        "conflict: 'lei-jun' differs from the stored entry: note: + 'second' (stored 'first'); kept the stored one"
        in skipped.stderr
    )
    with Glossary.open(db) as gloss:
        assert gloss.get_by_id("lei-jun").note == "first"
    replaced = runner.invoke(app, ["import", str(second), "--db", str(db), "--on-conflict", "replace", "--json"])
    assert replaced.exit_code == 0, replaced.output
    assert json.loads(replaced.stdout)["updated"] == ["lei-jun"]
    with Glossary.open(db) as gloss:
        # The sheet's note after the stored one: replace never drops a stored note (session 33, user U32-21; was
        # "second"). zhgloss's own JSON Lines, which says every field, replaces it whole.
        assert gloss.get_by_id("lei-jun").note == "first; second"
        assert len(gloss) == 3


def test_malformed_import_is_a_data_error_and_changes_nothing(
    runner: CliRunner, glossary_path: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("zh,en\n张三,Zhang San\n李四,Li Si,extra\n", encoding="utf-8")
    before = glossary_path.read_bytes()
    result = runner.invoke(app, ["import", str(bad), "--db", str(glossary_path)])
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr == f"Error: {str(bad)!r}, line 3: 3 cells, but the header names 2 columns\n"
    assert glossary_path.read_bytes() == before


@pytest.mark.parametrize("name", ["xxe.tbx", "billion_laughs.tbx"])
def test_tbx_attacks_are_refused_by_import(runner: CliRunner, glossary_path: Path, name: str) -> None:
    before = glossary_path.read_bytes()
    result = runner.invoke(app, ["import", str(DATA / name), "--db", str(glossary_path)])
    assert result.exit_code == 3
    assert "refused: the file declares the XML entity" in result.stderr
    assert "root:" not in result.output
    assert glossary_path.read_bytes() == before


def test_undecodable_input_is_a_data_error(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"id": "a", "en": "\x80\xff\xff"}\n')
    result = runner.invoke(app, ["import", str(bad), "--db", str(tmp_path / "g.json")])
    assert result.exit_code == 3
    assert "is not UTF-8" in result.stderr
    assert not (tmp_path / "g.json").exists()


def test_gbk_csv_from_excel_is_read_and_said_so(runner: CliRunner, tmp_path: Path) -> None:
    gbk = tmp_path / "excel.csv"
    gbk.write_bytes("zh,en\r\n雷军,Lei Jun\r\n".encode("gbk"))
    result = runner.invoke(app, ["import", str(gbk), "--db", str(tmp_path / "g.json")])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"note: {gbk} is not UTF-8; read it as gb18030\n")
    with Glossary.open(tmp_path / "g.json") as gloss:
        assert gloss.get_by_id("lei-jun").zh == "雷军"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["import", "-"], "Error: cannot tell the format of stdin: pass --format"),
        (["import", "names.csv", "--proper-only"], "Error: --proper-only applies to --format cedict only"),
        (
            ["import", "names.csv", "--on-conflict", "merge"],
            "Error: --on-conflict: 'merge' is not one of fail, skip, replace (see 'zhgloss import --help')",
        ),
        (
            ["import", "names.csv", "--format", "xls"],
            "Error: --format: 'xls' is not one of csv, tsv, omegat, tbx, jsonl, xlsx, ods, docx, cedict",
        ),
        (["import", "missing.csv"], "Error: no such file 'missing.csv'"),
    ],
)
def test_import_usage_errors(runner: CliRunner, tmp_path: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, [*args, "--db", str(tmp_path / "g.json")], input="")
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(message)


def test_import_into_the_bundled_glossary_is_refused(runner: CliRunner, bundled: Path) -> None:
    before = bundled.read_bytes()
    result = runner.invoke(
        app, ["import", str(DATA / "omegat_glossary.txt"), "--format", "omegat", "--db", str(bundled)]
    )
    assert result.exit_code == 2
    assert "is read-only" in result.stderr
    assert bundled.read_bytes() == before


def test_real_cc_cedict_import_proper_names(runner: CliRunner, shared_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "names.json"
    result = runner.invoke(
        app, ["import", str(shared_dir / "data" / "cedict_ts.u8.gz"), "--proper-only", "--db", str(db), "--json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert len(report["added"]) > 14_000  # all of CC-CEDICT's names (14,990 since s18's eponym rule)
    with Glossary.open(db) as gloss:
        xiaomi = gloss.get("小米")
    assert (xiaomi.en, xiaomi.pinyin, xiaomi.type) == ("Xiaomi", "Xiǎomǐ", "org")


def test_console_script_pipes_export_into_import(zhgloss_exe: str, glossary_path: Path, tmp_path: Path) -> None:
    exported = subprocess.run(
        [zhgloss_exe, "export", "-F", "tbx", "--db", str(glossary_path)], capture_output=True, check=True
    )
    target = tmp_path / "piped.json"
    imported = subprocess.run(
        [zhgloss_exe, "import", "-", "-F", "tbx", "--db", str(target)],
        input=exported.stdout,
        capture_output=True,
        check=False,
    )
    assert imported.returncode == 0, imported.stderr.decode()
    assert b"\x1b[" not in imported.stderr  # no progress bar or colour off a terminal
    assert entries_of(target) == entries_of(glossary_path)


@pytest.mark.parametrize("spelling", ["same", "dotted", "lock"])
def test_export_over_the_glossary_itself_is_refused(
    runner: CliRunner, glossary_path: Path, tmp_path: Path, spelling: str
) -> None:
    (tmp_path / "sub").mkdir()
    output = {
        "same": glossary_path,
        "dotted": tmp_path / "sub" / ".." / glossary_path.name,
        "lock": Path(f"{glossary_path}.lock"),
    }[spelling]
    before = glossary_path.read_bytes()
    result = runner.invoke(app, ["export", "--db", str(glossary_path), "--format", "jsonl", "-o", str(output)])
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr.startswith("Error: ")
    assert result.stderr.rstrip().endswith("; write the export to another file")
    assert (
        "is the lock file of the glossary" if spelling == "lock" else "is the glossary being exported"
    ) in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert glossary_path.read_bytes() == before
    if spelling == "lock":
        assert not output.exists()


def test_console_script_export_over_the_glossary_is_refused(zhgloss_exe: str, glossary_path: Path) -> None:
    before = glossary_path.read_bytes()
    result = subprocess.run(
        [zhgloss_exe, "export", "--db", str(glossary_path), "--format", "jsonl", "-o", str(glossary_path)],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.decode().startswith("Error: ")
    assert glossary_path.read_bytes() == before


def test_export_that_fails_halfway_leaves_the_old_file_whole(
    runner: CliRunner, glossary_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from zhgloss.formats import jsonl

    out = tmp_path / "names.jsonl"
    out.write_text("the previous export\n", encoding="utf-8")

    def dump_then_fail(entries: object, fp: object) -> int:
        fp.write('{"id": "cut-sho')  # type: ignore[attr-defined]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(jsonl, "dump_jsonl", dump_then_fail)
    result = runner.invoke(app, ["export", "--db", str(glossary_path), "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert result.stderr == f"Error: cannot write {str(out)!r}: No space left on device\n"
    assert out.read_text(encoding="utf-8") == "the previous export\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("spelling", ["Person", "PERSON", "person"])
def test_export_type_is_normalized_as_entries_are(
    runner: CliRunner, glossary_path: Path, tmp_path: Path, spelling: str
) -> None:
    out = tmp_path / "people.jsonl"
    result = runner.invoke(app, ["export", "--db", str(glossary_path), "--type", spelling, "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    people = [e for e in entries_of(glossary_path) if e["type"] == "person"]
    assert rows and [r["id"] for r in rows] == [e["id"] for e in people]
    # Since session 34 (U34-17) a note first says which links point outside the subset (the people's companies).
    assert result.stderr.endswith(f"exported {len(people)} entries as jsonl to {out}\n")


def test_export_organisation_means_org(runner: CliRunner, glossary_path: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(glossary_path), "--type", "Organisation"])
    assert result.exit_code == 0, result.output
    ids = {json.loads(line)["id"] for line in result.stdout.splitlines()}
    assert "kingsoft" in ids
    assert ids == {e["id"] for e in entries_of(glossary_path) if e["type"] == "org"}


def test_export_of_a_type_no_entry_has_is_not_found(runner: CliRunner, glossary_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "none.jsonl"
    result = runner.invoke(app, ["export", "--db", str(glossary_path), "--type", "term", "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    assert result.stderr.startswith("Error: no entries of type 'term' in ")
    assert "person" in result.stderr  # the types there are
    assert len(result.stderr.splitlines()) == 1
    assert not out.exists()


CEDICT_NAMES = (
    "# real CC-CEDICT lines\n"
    "北京 北京 [Bei3 jing1] /Beijing, capital of People's Republic of China/Peking/PRC government/\n"
    "小米 小米 [Xiao3 mi3] /Xiaomi, Chinese electronics company founded in 2010/\n"
    "小米 小米 [xiao3 mi3] /millet/\n"
    "有一點兒 有一点儿 [you3 yi1 dian3 r5] /a bit/a little/\n"
)


def test_cedict_proper_names_get_the_type_their_wording_says(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    imported = runner.invoke(app, ["import", "-", "--format", "cedict", "--db", str(db)], input=CEDICT_NAMES)
    assert imported.exit_code == 0, imported.output
    listed = runner.invoke(app, ["list", "--db", str(db)])
    assert listed.exit_code == 0, listed.output
    types = {line.split("\t")[2]: line.split("\t")[1] for line in listed.stdout.splitlines()}
    # (A line that is only "erhua variant of X" folds into X, so the common word here has senses of its own.)
    assert types == {"北京": "place", "小米": "org", "有一点儿": "term"}
    found = runner.invoke(app, ["search", "Beijing", "--type", "place", "--db", str(db), "--json"])
    assert found.exit_code == 0, found.output
    assert [hit["entry"]["zh"] for hit in json.loads(found.stdout)["hits"]] == ["北京"]
    terms = runner.invoke(app, ["search", "Beijing", "--type", "term", "--db", str(db)])
    assert terms.exit_code == 1


def test_import_help_says_what_type_cedict_entries_get(runner: CliRunner) -> None:
    result = runner.invoke(app, ["import", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    assert "or 'name' when the line does not say" in text
    assert "zhgloss list --type name" in text


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "dup.csv",
            "id,zh,en\na,雷军,Lei Jun\nb,王翔,Wang Xiang\na,邹涛,Zou Tao\n",
            "has two entries with id 'a' (lines 2 and 4)",
        ),
        (
            "dup.tsv",
            "zh\ten\n雷军\tLei Jun\n王翔\tWang Xiang\n雷军\tLeibusi\n",
            "has two entries for 雷军 (lines 2 and 4)",
        ),
        (
            "dup.jsonl",
            '{"id": "a", "en": "Lei Jun"}\n\n{"id": "a", "en": "Wang Xiang"}\n',
            "has two entries with id 'a' (lines 1 and 3)",
        ),
    ],
)
@pytest.mark.parametrize("dry_run", [False, True])
def test_duplicates_inside_the_imported_file_are_blamed_on_the_file(
    runner: CliRunner, glossary_path: Path, tmp_path: Path, name: str, content: str, message: str, dry_run: bool
) -> None:
    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    before = glossary_path.read_bytes()
    args = ["import", str(source), "--db", str(glossary_path), "--on-conflict", "replace"]
    result = runner.invoke(app, args + (["--dry-run"] if dry_run else []))
    assert result.exit_code == 3, result.output
    assert result.stdout == ""
    assert result.stderr.startswith(f"Error: {str(source)!r}: {message}")
    assert "already in the glossary" not in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert glossary_path.read_bytes() == before


def test_duplicates_inside_a_file_into_a_new_glossary_create_nothing(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "dup.csv"
    source.write_text("id,zh,en\na,雷军,Lei Jun\na,雷军,Lei Jun\n", encoding="utf-8")
    target = tmp_path / "new.json"
    result = runner.invoke(app, ["import", str(source), "--db", str(target)])
    assert result.exit_code == 3, result.output
    assert result.stderr.startswith(f"Error: {str(source)!r}: has two entries with id 'a' (lines 2 and 3)")
    assert not target.exists()


# --columns: a header row in words zhgloss does not know is no entry (user-tester D5)

ROWS = [("Tsai Ing-wen", "蔡英文"), ("Lei Jun", "雷军")]


@pytest.mark.parametrize("header", [("Begriff", "Übersetzung"), ("英文", "中文"), ("en", "zh"), None])
@pytest.mark.parametrize(("fmt", "sep"), [("csv", ","), ("tsv", "\t"), ("omegat", "\t")])
def test_import_with_columns_skips_any_header_row(
    tmp_path: Path, zhgloss_exe: str, header: tuple[str, str] | None, fmt: str, sep: str
) -> None:
    lines = [sep.join(header)] if header else []
    source = tmp_path / f"terms.{fmt}"
    source.write_text("\n".join([*lines, *(sep.join(row) for row in ROWS)]) + "\n", encoding="utf-8")
    db = tmp_path / "names.json"
    proc = subprocess.run(
        [zhgloss_exe, "--db", str(db), "import", str(source), "--format", fmt, "--columns", "en,zh"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    with Glossary.open(db) as gloss:
        assert sorted((e.en, e.zh) for e in gloss.iter_entries()) == sorted(ROWS)
