"""`zhgloss check` as a command: inputs, output lines, summary, --json, --fail-on, exit codes, errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from zhgloss.cli import app
from zhgloss.model import Entry
from zhgloss.store import Glossary

DATA = Path(__file__).resolve().parent / "data"
CLEAN_ZH, CLEAN_EN = str(DATA / "check_clean.zh.txt"), str(DATA / "check_clean.en.txt")
PROBLEMS_ZH, PROBLEMS_EN = str(DATA / "check_problems.zh.txt"), str(DATA / "check_problems.en.txt")

# Worked out by hand from the bundled glossary (see test_check.py for each rule on its own).
PROBLEM_LINES = [
    '1: missing 王翔: found nothing, expected "Wang Xiang"',
    '2: variant 刘强东: found "Richard Liu", expected "Liu Qiangdong"',
    '3: order 雷军: found "Jun Lei", expected "Lei Jun"',
    '4: misspelt 邹涛: found "Zuo Tao", expected "Zou Tao"',
    '5: inconsistent 马云: found "Ma Yun", expected "Jack Ma" (as in segment 6)',
    '7: missing 雷军: found nothing, expected "Lei Jun" (the source names it 2 times, the translation 1)',
    '8: unexpected 史蒂夫·乔布斯: found "Steve Jobs", expected 史蒂夫·乔布斯 in the source',
    '9: variant 小米集团: found "Xiaomi", expected "Xiaomi Group" '
    "('Xiaomi' is the glossary's name for 小米, the name without 'Group')",
    '10: variant 雷布斯: found "Lei Jun", expected "Leibusi" (雷布斯 is a nickname of 雷军)',
    '11: misspelt 刘强东: found "Liu Qiandong", expected "Liu Qiangdong"',
]
PROBLEM_SUMMARY = (
    "checked 11 segments: 10 name problems (2 missing, 2 misspelt, 1 order, 3 variant, 1 inconsistent, 1 unexpected); "
    "7 fail the check\n"
)


def check(runner: CliRunner, *args: str, stdin: bytes | None = None) -> Result:
    return runner.invoke(app, ["check", *args], input=stdin)


def test_help(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "--help"])
    assert result.exit_code == 0, result.output
    for text in (
        "SOURCE",
        "[TRANSLATION]",
        "aligned with SOURCE line by line",
        "--fail-on",
        "--json",
        "--format",
        "--db",
        "Exit codes: 0 no problem",
        "--jobs",
        "--scheduler",
        "NAME.zh.EXT pairs with NAME.en.EXT",
    ):
        assert text in " ".join(result.stdout.split())  # wherever the help wraps


def test_clean_pair_exits_0(runner: CliRunner) -> None:
    result = check(runner, CLEAN_ZH, CLEAN_EN)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == "checked 11 segments: no name problems\n"


def test_problem_pair_lists_each_problem_and_exits_1(runner: CliRunner) -> None:
    result = check(runner, PROBLEMS_ZH, PROBLEMS_EN)
    assert result.exit_code == 1, result.output
    assert result.stdout.splitlines() == PROBLEM_LINES
    assert result.stderr == PROBLEM_SUMMARY
    assert "\x1b[" not in result.stdout  # not a terminal: no colour


@pytest.mark.parametrize(
    ("fail_on", "code", "failing"),
    [
        ("variant", 1, 3),
        ("order", 1, 1),
        ("none", 0, 0),
        ("all", 1, 10),
        ("Missing, unexpected", 1, 3),
    ],
)
def test_fail_on_chooses_what_exits_1(runner: CliRunner, fail_on: str, code: int, failing: int) -> None:
    result = check(runner, PROBLEMS_ZH, PROBLEMS_EN, "--fail-on", fail_on)
    assert result.exit_code == code, result.output
    assert result.stdout.splitlines() == PROBLEM_LINES  # every problem is shown whatever fails
    assert result.stderr.endswith(f"; {failing} fail the check\n")


def test_only_warnings_exit_0_by_default(runner: CliRunner, tmp_path: Path) -> None:
    zh, en = tmp_path / "a.zh.txt", tmp_path / "a.en.txt"
    zh.write_text("马云从阿里巴巴退休。\n", encoding="utf-8")
    en.write_text("Ma Yun retired from Alibaba.\n", encoding="utf-8")
    result = check(runner, str(zh), str(en))
    assert result.exit_code == 0, result.output
    assert result.stdout == '1: variant 马云: found "Ma Yun", expected "Jack Ma"\n'
    assert result.stderr == "checked 1 segment: 1 name problem (1 variant); 0 fail the check\n"


def test_bad_fail_on_is_a_usage_error(runner: CliRunner) -> None:
    result = check(runner, PROBLEMS_ZH, PROBLEMS_EN, "--fail-on", "missing,typo")
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr == (
        "Error: --fail-on: 'typo' is not one of missing, misspelt, order, variant, inconsistent, unexpected, "
        "forbidden, all, none (see 'zhgloss check --help')\n"
    )


def test_json_is_one_document(runner: CliRunner) -> None:
    result = check(runner, PROBLEMS_ZH, PROBLEMS_EN, "--json")
    assert result.exit_code == 1, result.output
    document = json.loads(result.stdout)
    assert document["segments"] == 11
    assert document["failed"] is True
    assert document["fail_on"] == ["forbidden", "inconsistent", "missing", "misspelt", "order", "unexpected"]
    assert document["counts"] == {
        "forbidden": 0,
        "inconsistent": 1,
        "missing": 2,
        "misspelt": 2,
        "order": 1,
        "unexpected": 1,
        "variant": 3,
    }
    problems = document["problems"]
    assert [(p["segment"], p["kind"], p["fails"]) for p in problems][:3] == [
        (1, "missing", True),
        (2, "variant", False),
        (3, "order", True),
    ]
    assert problems[3] == {
        "segment": 4,
        "segment_id": None,
        "line": 4,
        "kind": "misspelt",
        "entry_id": "zou-tao",
        "source": "邹涛",
        "found": "Zuo Tao",
        "expected": "Zou Tao",
        "note": None,
        "target_start": 55,
        "target_end": 62,
        "fails": True,
    }
    target = Path(PROBLEMS_EN).read_text(encoding="utf-8").splitlines()[3]
    assert target[55:62] == "Zuo Tao"
    assert result.stderr == PROBLEM_SUMMARY


def test_json_clean(runner: CliRunner) -> None:
    result = check(runner, CLEAN_ZH, CLEAN_EN, "--json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert (document["problems"], document["failed"], document["untranslated"]) == ([], False, [])


def test_empty_files(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.zh.txt").write_bytes(b"")
    (tmp_path / "a.en.txt").write_bytes(b"")
    result = check(runner, str(tmp_path / "a.zh.txt"), str(tmp_path / "a.en.txt"))
    assert result.exit_code == 0, result.output
    assert (result.stdout, result.stderr) == ("", "checked 0 segments: no name problems\n")


def test_tsv(runner: CliRunner) -> None:
    result = check(runner, str(DATA / "check_pair.tsv"))
    assert result.exit_code == 1, result.output
    assert result.stdout.splitlines() == [
        '2 [line 4]: misspelt 邹涛: found "Zuo Tao", expected "Zou Tao"',
        '3 [line 5]: variant 馬雲: found "Ma Yun", expected "Jack Ma"',
    ]
    assert result.stderr == "checked 3 segments: 2 name problems (1 misspelt, 1 variant); 1 fail the check\n"


def test_summary_lists_the_first_untranslated_segments(runner: CliRunner) -> None:
    rows = "".join(f"王翔出任总裁。\t{'Wang Xiang became president.' if n % 2 else ''}\n" for n in range(14))
    result = check(runner, "-", stdin=rows.encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        "checked 14 segments: no name problems; 7 without a translation skipped (segments 1, 3, 5, 7, 9, …)\n"
    )


def test_tsv_on_stdin(runner: CliRunner) -> None:
    result = check(runner, "-", stdin=(DATA / "check_pair.tsv").read_bytes())
    assert result.exit_code == 1, result.output
    assert len(result.stdout.splitlines()) == 2


def test_xliff_12(runner: CliRunner) -> None:
    result = check(runner, str(DATA / "check_v12.xlf"))
    assert result.exit_code == 1, result.output
    assert result.stdout.splitlines() == [
        '2 [p2]: misspelt 邹涛: found "Zuo Tao", expected "Zou Tao"',
        '4 [p5]: variant 馬雲: found "Ma Yun", expected "Jack Ma"',
    ]
    assert result.stderr == (
        "checked 5 segments: 2 name problems (1 misspelt, 1 variant); 1 fail the check; "
        "2 without a translation skipped (segments 3, 5)\n"
    )


def test_xliff_20_on_stdin(runner: CliRunner) -> None:
    # No file name on stdin: the XML declaration tells XLIFF from TSV.
    result = check(runner, "-", stdin=(DATA / "check_v20.xlf").read_bytes())
    assert result.exit_code == 1, result.output
    assert result.stdout == '2 [u1/s2]: order 雷军: found "Jun Lei", expected "Lei Jun"\n'


def test_source_on_stdin(runner: CliRunner) -> None:
    result = check(runner, "-", CLEAN_EN, stdin=Path(CLEAN_ZH).read_bytes())
    assert result.exit_code == 0, result.output


def test_mismatched_line_counts(runner: CliRunner) -> None:
    short = str(DATA / "check_short.en.txt")
    result = check(runner, CLEAN_ZH, short)
    assert result.exit_code == 3, result.output
    assert result.stdout == ""
    assert result.stderr == (
        f"Error: {short!r}: has 3 lines but the source {CLEAN_ZH!r} has 11 lines; "
        "the two files must be aligned, one segment per line\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["check_clean.zh.txt", "check_latin1.en.txt"],
            "'{d}/check_latin1.en.txt', line 2: is not UTF-8 (byte 46: b'\\xe9')",
        ),
        (
            ["check_malformed.xlf"],
            "'{d}/check_malformed.xlf', line 9: is not well-formed XML: mismatched tag (column 7)",
        ),
        (["check_entities.xlf"], "'{d}/check_entities.xlf', line 3: uses an entity declaration, which zhgloss refuses"),
        (["check_bad_columns.tsv"], "'{d}/check_bad_columns.tsv', line 2: has 3 tab-separated columns"),
        (["check_no_tab.tsv"], "'{d}/check_no_tab.tsv', line 2: has no tab"),
    ],
)
def test_malformed_input_exits_3(runner: CliRunner, args: list[str], message: str) -> None:
    result = check(runner, *(str(DATA / a) for a in args))
    assert result.exit_code == 3, result.output
    assert result.stdout == ""
    assert result.stderr.startswith("Error: " + message.format(d=DATA))
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nope.txt"], "Error: 'nope.txt': no such file\n"),
        (["-", "-"], "Error: only one of SOURCE and TRANSLATION can be '-' (stdin)\n"),
        (
            [CLEAN_ZH, CLEAN_EN, "--format", "tsv"],
            "Error: --format applies to a single bilingual file, not to SOURCE TRANSLATION\n",
        ),
        (
            ["x.tsv", "--format", "csv"],
            "Error: --format: 'csv' is not one of tsv, xliff; did you mean 'tsv'? (see 'zhgloss check --help')\n",
        ),
    ],
)
def test_usage_errors_exit_2(runner: CliRunner, args: list[str], message: str) -> None:
    result = check(runner, *args)
    assert result.exit_code == 2, result.output
    assert result.stderr == message


def test_no_file_shows_usage(runner: CliRunner) -> None:
    result = check(runner)
    assert result.exit_code == 2
    assert "Missing argument 'SOURCE [TRANSLATION] | FILE... | DIR...'" in result.stderr
    assert "(usage: zhgloss check [OPTIONS] SOURCE [TRANSLATION] | FILE... | DIR...)" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_three_files_that_are_not_bilingual_are_refused(runner: CliRunner) -> None:
    result = check(runner, "a", "b", "c")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: unexpected extra argument 'c': give SOURCE [TRANSLATION], or ")


def test_format_can_be_forced(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "pairs.xlf"  # named like XLIFF, but a TSV
    path.write_text("邹涛领导团队。\tZuo Tao leads the team.\n", encoding="utf-8")
    assert check(runner, str(path)).exit_code == 3
    result = check(runner, str(path), "--format", "tsv")
    assert result.exit_code == 1, result.output
    assert result.stdout == '1: misspelt 邹涛: found "Zuo Tao", expected "Zou Tao"\n'


def test_own_glossary(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "names.json"
    with Glossary.open(db, must_exist=False) as gloss:
        gloss.add(Entry(id="zeng-guofan", zh="曾国藩", pinyin="Zēng Guófān", en="Zeng Guofan"))
    tsv = tmp_path / "a.tsv"
    tsv.write_text(
        "曾国藩是湘军首领。\tCeng Guofan led the Xiang Army.\n雷军辞职。\tLei Jun resigned.\n", encoding="utf-8"
    )
    for _ in range(2):  # the second run uses the cached engines
        result = check(runner, str(tsv), "--db", str(db))
        assert result.exit_code == 1, result.output
        # Lei Jun is not in this glossary, so nothing is said about him.
        assert result.stdout == '1: misspelt 曾国藩: found "Ceng Guofan", expected "Zeng Guofan"\n'
    assert list(Path(os.environ["ZHGLOSS_CACHE_DIR"]).rglob("annotate-*-names.bin"))


def test_corrupt_glossary_exits_3(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "bad.json"
    db.write_text("{not json", encoding="utf-8")
    result = check(runner, CLEAN_ZH, CLEAN_EN, "--db", str(db))
    assert result.exit_code == 3, result.output
    assert result.stderr.startswith(f"Error: {str(db)!r}: not valid JSON")
    assert db.read_text(encoding="utf-8") == "{not json"


def test_console_script(zhgloss_exe: str) -> None:
    done = subprocess.run([zhgloss_exe, "check", PROBLEMS_ZH, PROBLEMS_EN], capture_output=True, check=False)
    assert done.returncode == 1, done.stderr
    assert done.stdout.decode("utf-8").splitlines() == PROBLEM_LINES
    assert done.stderr.decode("utf-8") == PROBLEM_SUMMARY


def test_console_script_with_color_off(zhgloss_exe: str) -> None:
    env = {**os.environ, "NO_COLOR": "1"}
    done = subprocess.run([zhgloss_exe, "check", CLEAN_ZH, CLEAN_EN], capture_output=True, check=False, env=env)
    assert (done.returncode, done.stdout) == (0, b"")


def test_importing_the_cli_loads_no_heavy_module() -> None:
    code = (
        "import sys, zhgloss.cli\n"
        "heavy = {'rapidfuzz', 'defusedxml', 'daachorse', 'zhgloss.check', 'zhgloss.formats.bilingual'}\n"
        "print(sorted(heavy & set(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, text=True)
    assert done.stdout == "[]\n"


# Encodings: check reads what import and harvest read (UTF-16 with a BOM, GB18030, Big5).


def test_utf16_tsv_is_checked_like_its_utf8_original(runner: CliRunner, tmp_path: Path) -> None:
    original = (DATA / "check_pair.tsv").read_text(encoding="utf-8")
    utf16 = tmp_path / "pair.tsv"
    utf16.write_bytes(original.replace("\n", "\r\n").encode("utf-16"))  # as Excel's "Unicode text" saves it
    expected = check(runner, str(DATA / "check_pair.tsv"))
    result = check(runner, str(utf16))
    assert result.exit_code == expected.exit_code == 1, result.output
    assert result.stdout == expected.stdout
    assert len(result.stdout.splitlines()) == 2


def test_gb18030_aligned_pair_is_checked_like_its_utf8_original(runner: CliRunner, tmp_path: Path) -> None:
    zh = tmp_path / "problems.zh.txt"
    zh.write_bytes(Path(PROBLEMS_ZH).read_text(encoding="utf-8").encode("gb18030"))
    result = check(runner, str(zh), PROBLEMS_EN)
    assert result.exit_code == 1, result.output
    assert result.stdout.splitlines() == PROBLEM_LINES
    assert result.stderr == PROBLEM_SUMMARY


def test_big5_source_is_read(runner: CliRunner, tmp_path: Path) -> None:
    zh = tmp_path / "hant.zh.txt"
    zh.write_bytes("鄒濤領導團隊。\n".encode("big5"))
    en = tmp_path / "hant.en.txt"
    en.write_text("Zuo Tao leads the team.\n", encoding="utf-8")
    result = check(runner, str(zh), str(en))
    assert result.exit_code == 1, result.output
    assert result.stdout == '1: misspelt 鄒濤: found "Zuo Tao", expected "Zou Tao"\n'


@pytest.mark.parametrize("encoding", ["GB18030", "GBK", "ISO-8859-1"])
def test_xliff_is_read_in_the_encoding_it_declares(runner: CliRunner, tmp_path: Path, encoding: str) -> None:
    text = (DATA / "check_v12.xlf").read_text(encoding="utf-8")
    assert '<?xml version="1.0" encoding="UTF-8"?>' in text
    if encoding == "ISO-8859-1":
        # Latin-1 cannot hold Chinese: XML writes it as character references.
        text = "".join(c if ord(c) < 0x80 else f"&#{ord(c)};" for c in text) + "<!-- café -->"
    declared = text.replace('encoding="UTF-8"', f'encoding="{encoding}"')
    path = tmp_path / "declared.xlf"
    path.write_bytes(declared.encode(encoding.lower().replace("iso-8859-1", "latin-1")))
    expected = check(runner, str(DATA / "check_v12.xlf"))
    result = check(runner, str(path))
    assert result.exit_code == expected.exit_code == 1, result.output
    assert result.stdout == expected.stdout


def test_big5_xliff_is_read(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "hant.xlf"
    path.write_bytes(
        (
            '<?xml version="1.0" encoding="Big5"?>\n'
            '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
            '<file source-language="zh-TW" target-language="en" datatype="plaintext" original="x"><body>\n'
            '<trans-unit id="t1"><source>鄒濤領導團隊。</source><target>Zuo Tao leads the team.</target></trans-unit>\n'
            "</body></file></xliff>\n"
        ).encode("big5")
    )
    result = check(runner, str(path))
    assert result.exit_code == 1, result.output
    assert result.stdout == '1 [t1]: misspelt 鄒濤: found "Zuo Tao", expected "Zou Tao"\n'


def test_xliff_not_in_its_declared_encoding_is_a_data_error(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "lying.xlf"
    text = (DATA / "check_v12.xlf").read_text(encoding="utf-8").replace('encoding="UTF-8"', 'encoding="Big5"')
    path.write_bytes(text.encode("utf-8"))
    result = check(runner, str(path))
    assert result.exit_code == 3, result.output
    assert result.stdout == ""
    assert result.stderr.startswith(f"Error: {str(path)!r}, line ")
    assert "is not Big5 as its XML declaration says" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_xliff_declaring_an_unknown_encoding_is_a_data_error(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "odd.xlf"
    text = (DATA / "check_v12.xlf").read_text(encoding="utf-8").replace('encoding="UTF-8"', 'encoding="x-klingon"')
    path.write_bytes(text.encode("utf-8"))
    result = check(runner, str(path))
    assert result.exit_code == 3, result.output
    assert (
        result.stderr
        == f"Error: {str(path)!r}, line 1: declares the encoding 'x-klingon', which zhgloss does not know\n"
    )


def test_swapped_files_are_refused_before_any_segment(runner: CliRunner) -> None:
    result = check(runner, CLEAN_EN, CLEAN_ZH)
    assert result.exit_code == 2  # the arguments' order: a usage error (R35-rel-1, WrongDirectionError)
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "pass the Chinese file first" in result.stderr


@pytest.mark.parametrize(
    "rows",
    [
        "Lei Jun spoke.\t雷军说。\n",
        "source\ttarget\nXiaomi and Kingsoft.\t小米和金山软件。\n\nJack Ma retired.\t马云退休了。\n",
    ],
)
def test_swapped_tsv_columns_are_refused(runner: CliRunner, rows: str) -> None:
    result = check(runner, "-", stdin=rows.encode())
    assert result.exit_code == 2  # R35-rel-1: a usage error
    assert "put the Chinese column first" in result.stderr


@pytest.mark.parametrize(
    "rows",
    [
        # An English first segment (a title left untranslated, a code) among Chinese ones is no swap.
        "Xiaomi 14 Ultra\tXiaomi 14 Ultra\n雷军说。\tLei Jun said.\n",
        "2024\t2024年\n雷军说。\tLei Jun said.\n",
        "雷军说。\tLei Jun said.\n",
        "OK\t\n",
    ],
)
def test_files_with_a_chinese_source_are_not_called_swapped(runner: CliRunner, rows: str) -> None:
    result = check(runner, "-", stdin=rows.encode())
    assert result.exit_code in (0, 1), result.stderr
    assert "Chinese column first" not in result.stderr
