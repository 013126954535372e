"""What a new user tripped over (issue 13), through the installed console script.

Batch input lines up with output, `edit` without a terminal, `check` without its translation,
English from pinyin by one rule, import dry runs with conflicts, the HTML page, terminal encodings.
"""

from __future__ import annotations

import html.parser
import json
from pathlib import Path

import pytest
from terminal import on_terminal, run

# Batch modes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "lines"),
    [
        (["lookup", "-", "--field", "pinyin"], ["雷军", "", "", "马云"]),
        (["lookup", "-", "--field", "en"], ["", "雷军", "  ", "李白白", "刘强东", ""]),
        (["romanize", "-"], ["曾国藩", "", "", "欧阳修"]),
        (["romanize", "-", "--numbers"], ["", "abc", "曾国藩", ""]),  # a name that fails keeps its line too
    ],
)
def test_batch_output_lines_up_with_input(zhgloss_exe: str, args: list[str], lines: list[str]) -> None:
    result = run(zhgloss_exe, *args, stdin=("\n".join(lines) + "\n").encode())
    out = result.stdout.split("\n")
    assert out[-1] == ""  # ends with a newline
    out = out[:-1]
    assert len(out) == len(lines), result.stdout
    for query, answer in zip(lines, out, strict=True):
        assert (answer == "") == (query.strip() == "" or query in ("李白白", "abc")), (query, answer)


def test_the_issue_example_prints_four_lines(zhgloss_exe: str) -> None:
    result = run(zhgloss_exe, "lookup", "-", "--field", "pinyin", stdin="雷军\n\n\n马云\n".encode())
    assert result.stdout == "Léi Jūn\n\n\nMǎ Yún\n"
    assert result.returncode == 0  # a blank line is not a name that was not found
    assert result.stderr == ""


def test_batch_json_keeps_one_result_per_line(zhgloss_exe: str) -> None:
    looked = json.loads(run(zhgloss_exe, "lookup", "-", "--json", stdin="雷军\n\n马云\n".encode()).stdout)
    assert [r["query"] for r in looked] == ["雷军", "", "马云"]
    assert looked[1]["matches"] == []
    romanized = json.loads(run(zhgloss_exe, "romanize", "-", "--json", stdin="曾国藩\n\n".encode()).stdout)
    assert len(romanized) == 2 and romanized[1] is None


# edit with no terminal -----------------------------------------------------------------


def test_edit_without_terminal_or_editor_refuses_at_once(zhgloss_exe: str, glossary_path: Path) -> None:
    before = glossary_path.read_bytes()
    env = {"EDITOR": "", "VISUAL": ""}
    result = run(zhgloss_exe, "edit", "lei-jun", "--db", str(glossary_path), env=env)  # stdin a pipe
    assert result.returncode == 2
    assert result.stdout == ""
    assert "pass the changes as flags" in result.stderr and "$EDITOR" in result.stderr
    assert glossary_path.read_bytes() == before


def test_edit_with_stdin_closed_does_not_hang(zhgloss_exe: str, glossary_path: Path) -> None:
    import os
    import subprocess

    env = {**os.environ, "EDITOR": "", "VISUAL": ""}
    proc = subprocess.run(
        [zhgloss_exe, "edit", "lei-jun", "--db", str(glossary_path)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=60,
        check=False,
        env=env,
    )
    assert proc.returncode == 2
    assert b"\x1b" not in proc.stdout + proc.stderr  # no escape codes of a terminal editor


def test_edit_with_a_named_editor_still_runs_without_terminal(
    zhgloss_exe: str, glossary_path: Path, tmp_path: Path
) -> None:
    editor = tmp_path / "editor.py"
    editor.write_text(
        "import json, sys\n"
        "path = sys.argv[1]\n"
        "data = json.load(open(path, encoding='utf-8'))\n"
        "data['note'] = 'edited without a terminal'\n"
        "json.dump(data, open(path, 'w', encoding='utf-8'), ensure_ascii=False)\n",
        encoding="utf-8",
    )
    import sys

    result = run(
        zhgloss_exe, "edit", "lei-jun", "--db", str(glossary_path), env={"EDITOR": f"{sys.executable} {editor}"}
    )
    assert result.returncode == 0, result.stderr
    assert "edited without a terminal" in glossary_path.read_text(encoding="utf-8")


# check with the translation forgotten ----------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "utf-16"])
def test_check_with_one_plain_file_says_the_translation_is_missing(
    zhgloss_exe: str, tmp_path: Path, encoding: str
) -> None:
    source = tmp_path / "article.zh.txt"
    source.write_text("雷军说。\n马云说。\n", encoding=encoding)
    result = run(zhgloss_exe, "check", str(source))
    assert result.returncode == 2
    assert "the translation is missing" in result.stderr
    assert "tab" in result.stderr and len(result.stderr.splitlines()) == 1


def test_check_of_a_real_tsv_still_reads_it(zhgloss_exe: str, tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.txt"
    pairs.write_text("雷军说。\tLei Jun said.\n", encoding="utf-8")
    assert run(zhgloss_exe, "check", str(pairs)).returncode == 0
    broken = tmp_path / "broken.txt"
    broken.write_text("雷军说。\tLei Jun said.\n马云说。\n", encoding="utf-8")
    result = run(zhgloss_exe, "check", str(broken))
    assert result.returncode == 3  # a TSV with a bad row is malformed data, with its line
    assert "line 2" in result.stderr


# English from pinyin: one rule --------------------------------------------------------------


REST = [(question, b"\n") for question in ("pinyin", "traditional", "other English forms", "a role", "note")]
"""Enter at each question after English: keep what is offered."""


def test_add_org_on_a_terminal_offers_no_english_from_pinyin(zhgloss_exe: str, glossary_path: Path) -> None:
    code, shown = on_terminal(
        zhgloss_exe,
        ["add", "蔚来", "--db", str(glossary_path)],
        [("type", b"org\n"), ("English", b"NIO\n"), *REST, ("Add this entry?", b"y\n")],
    )
    assert code == 0, shown
    english_prompt = shown.split("English", 1)[1].split(":", 1)[0]
    assert "Wei" not in english_prompt  # nothing made up from the pinyin is offered
    entries = json.loads(glossary_path.read_text(encoding="utf-8"))["entries"].values()
    assert any(e["zh"] == "蔚来" and e["en"] == "NIO" and e["type"] == "org" for e in entries)


def test_add_person_on_a_terminal_offers_english_from_pinyin(zhgloss_exe: str, glossary_path: Path) -> None:
    code, shown = on_terminal(
        zhgloss_exe,
        ["add", "王腾腾", "--db", str(glossary_path)],
        [("type", b"\n"), ("English [Wang Tengteng]", b"\n"), *REST, ("Add this entry?", b"y\n")],
    )
    assert code == 0, shown


def test_a_wrong_type_at_the_question_is_asked_again(zhgloss_exe: str, glossary_path: Path) -> None:
    code, shown = on_terminal(
        zhgloss_exe,
        ["add", "蔚来", "--db", str(glossary_path)],
        [("type", b"orgg\n"), ("did you mean 'org'?", b"org\n"), ("English", b"NIO\n"), ("pinyin", None)],
    )
    assert code == 130, shown


def test_flags_refuse_english_from_pinyin_for_an_org(zhgloss_exe: str, glossary_path: Path) -> None:
    result = run(zhgloss_exe, "add", "蔚来", "--type", "org", "--db", str(glossary_path))
    assert result.returncode == 2
    assert "give the English form with --en" in result.stderr


# import --dry-run with conflicts ---------------------------------------------------------------


def test_dry_run_with_conflicts_gives_the_counts_and_the_rows_ids(
    zhgloss_exe: str, glossary_path: Path, tmp_path: Path
) -> None:
    rows = [
        {"id": "lei-jun-x", "type": "person", "zh": "雷军", "en": "Lei Jun (other)"},  # same Chinese, own id
        {"id": "wang-tengteng", "type": "person", "zh": "王腾腾", "en": "Wang Tengteng"},
    ]
    team = tmp_path / "team.jsonl"
    team.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    before = glossary_path.read_bytes()
    result = run(zhgloss_exe, "import", str(team), "--dry-run", "--db", str(glossary_path))
    assert result.returncode == 1
    assert "would be 1 added, 0 updated, 0 skipped" in result.stderr
    assert "1 conflicting" in result.stderr
    assert "'lei-jun-x'" in result.stderr  # the row's id, as in the file
    assert "'lei-jun'" in result.stderr  # and the stored entry it clashes with
    assert "nothing was imported" not in result.stderr
    assert glossary_path.read_bytes() == before
    real = run(zhgloss_exe, "import", str(team), "--db", str(glossary_path))
    assert real.returncode == 1
    assert "'lei-jun-x'" in real.stderr
    assert glossary_path.read_bytes() == before


# annotate --format html ----------------------------------------------------------------------


class _Page(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.titles: list[str] = []
        self.charset: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        values = dict(attrs)
        if tag == "meta" and "charset" in values:
            self.charset = values["charset"]
        if tag == "ruby" and values.get("title"):
            self.titles.append(values["title"] or "")


def test_html_is_a_standalone_readable_page(zhgloss_exe: str, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("小米创始人雷军说。\n\n刘强东也说了。\n", encoding="utf-8")
    result = run(zhgloss_exe, "annotate", str(article), "--format", "html")
    assert result.returncode == 0
    page = _Page()
    page.feed(result.stdout)
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert result.stdout.rstrip().endswith("</html>")
    assert page.charset == "utf-8"
    assert page.tags.count("p") == 2  # one paragraph per line of text
    assert page.titles and all(len(t) <= 120 for t in page.titles), page.titles
    lei = next(t for t in page.titles if t.startswith("Lei Jun"))
    assert "Léi Jūn" in lei and "Xiaomi" in lei  # English, pinyin, the current role


def test_html_page_declares_the_encoding_it_is_written_in(zhgloss_exe: str, tmp_path: Path) -> None:
    article = tmp_path / "big5.txt"
    article.write_bytes("雷軍說。\n".encode("big5"))
    result = run(zhgloss_exe, "annotate", str(article), "--encoding", "big5", "--format", "html")
    page = _Page()
    page.feed(result.stdout)  # decoded as UTF-8 with replacement: the markup is ASCII
    assert page.charset == "big5"


def test_html_fragment_for_embedding(zhgloss_exe: str, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("雷军说。\n", encoding="utf-8")
    result = run(zhgloss_exe, "annotate", str(article), "--format", "html", "--fragment")
    assert result.stdout.startswith("<ruby")
    assert "<html" not in result.stdout and "<p>" not in result.stdout
    assert run(zhgloss_exe, "annotate", str(article), "--fragment").returncode == 2  # html only


def test_html_page_from_several_files_is_one_page(zhgloss_exe: str, tmp_path: Path) -> None:
    first, second = tmp_path / "1.txt", tmp_path / "2.txt"
    first.write_text("雷军\n", encoding="utf-8")
    second.write_text("马云\n", encoding="utf-8")
    out = run(zhgloss_exe, "annotate", str(first), str(second), "--format", "html").stdout
    assert out.count("<html") == 1 and out.count("</html>") == 1


# Terminal encoding ------------------------------------------------------------------------------


def test_big5_input_shows_in_the_terminals_encoding(zhgloss_exe: str, tmp_path: Path) -> None:
    article = tmp_path / "big5.txt"
    article.write_bytes("雷軍說。\n".encode("big5"))
    code, shown = on_terminal(zhgloss_exe, ["annotate", str(article), "--encoding", "big5"], [])
    assert code == 0
    assert "雷軍（Lei Jun）說。" in shown  # readable UTF-8 on the (UTF-8) terminal
    piped = subprocess_bytes(zhgloss_exe, "annotate", str(article), "--encoding", "big5")
    assert piped == "雷軍（Lei Jun）說。\n".encode("big5")  # a pipe keeps the input's encoding


def subprocess_bytes(exe: str, *args: str) -> bytes:
    import subprocess

    return subprocess.run([exe, *args], capture_output=True, check=True, timeout=60).stdout


# Answering at once, and saying what takes long -------------------------------------------------


def test_building_an_index_says_so_on_a_terminal_only(zhgloss_exe: str, glossary_path: Path, tmp_path: Path) -> None:
    import os

    os.environ["ZHGLOSS_PROGRESS_AFTER"] = "0"  # report every step, however short (inherited by the child)
    try:
        fresh = {"ZHGLOSS_CACHE_DIR": str(tmp_path / "cache-a")}
        os.environ.update(fresh)
        code, shown = on_terminal(zhgloss_exe, ["lookup", "雷军", "--db", str(glossary_path), "--field", "en"], [])
        assert code == 0
        assert f"building the lookup index of {glossary_path.name}" in shown
        assert "done in" in shown
        os.environ["ZHGLOSS_CACHE_DIR"] = str(tmp_path / "cache-b")
        piped = run(zhgloss_exe, "lookup", "雷军", "--db", str(glossary_path), "--field", "en")
        assert piped.stdout == "Lei Jun\n"
        assert piped.stderr == ""  # nothing on a pipe
    finally:
        os.environ.pop("ZHGLOSS_PROGRESS_AFTER", None)


def test_validate_twice_gives_the_same_and_a_change_is_seen(zhgloss_exe: str, glossary_path: Path) -> None:
    first = run(zhgloss_exe, "validate", str(glossary_path), "--json")
    second = run(zhgloss_exe, "validate", str(glossary_path), "--json")  # from the cache
    assert (first.returncode, first.stdout, first.stderr) == (second.returncode, second.stdout, second.stderr)
    data = json.loads(glossary_path.read_text(encoding="utf-8"))
    next(iter(data["entries"].values()))["type"] = "persn"
    glossary_path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    changed = run(zhgloss_exe, "validate", str(glossary_path))
    assert changed.returncode == 1
    assert "'persn' is not a known type" in changed.stdout
