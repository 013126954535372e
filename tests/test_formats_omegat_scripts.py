"""An OmegaT glossary with a term in both scripts is one entry; export writes the traditional form as a line.

A glossary shared by a zh-CN and a zh-TW project lists 腾讯 and 騰訊, each with its English. Both lines were read as
two entries of one zh, so importing the file into a new glossary stopped at a "conflict with the stored entry".
They are one entry now, the traditional line its zh_hant; and export writes zh_hant as a line of its own, so
OmegaT matches a source in traditional characters too, and the round trip keeps it.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from zhgloss.formats.tsv import dump_omegat, load_omegat
from zhgloss.model import Entry

BOTH = "腾讯\tTencent\t互联网公司\n騰訊\tTencent\n台积电\tTSMC\n臺積電\tTSMC\t晶圆代工\n"


def test_lines_of_one_term_in_both_scripts_are_one_entry() -> None:
    entries = {e.en: e for e in load_omegat(io.StringIO(BOTH), "glossary.txt")}
    assert (entries["Tencent"].zh, entries["Tencent"].zh_hant, entries["Tencent"].note) == (
        "腾讯",
        "騰訊",
        "互联网公司",
    )
    assert (entries["TSMC"].zh, entries["TSMC"].zh_hant, entries["TSMC"].note) == ("台积电", "臺積電", "晶圆代工")


def test_a_two_script_glossary_imports_into_a_new_glossary(zhgloss_exe: str, tmp_path: Path) -> None:
    source = tmp_path / "glossary.txt"
    source.write_text(BOTH, encoding="utf-8")
    result = subprocess.run(
        [zhgloss_exe, "import", str(source), "--db", str(tmp_path / "g.json")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "2 added" in result.stderr


def test_export_writes_the_traditional_form_and_the_round_trip_keeps_it() -> None:
    entry = Entry(id="tencent", type="term", zh="腾讯", zh_hant="騰訊", en="Tencent", aliases=("Tengxun",))
    buffer = io.StringIO()
    dump_omegat([entry], buffer)
    assert buffer.getvalue().splitlines() == ["腾讯\tTencent", "腾讯\tTengxun", "騰訊\tTencent"]
    (back,) = load_omegat(io.StringIO(buffer.getvalue()), "glossary.txt")
    assert (back.zh, back.zh_hant, back.en, back.aliases) == ("腾讯", "騰訊", "Tencent", ("Tengxun",))


def test_a_drafts_traditional_line_says_it_is_unverified() -> None:
    entry = Entry(id="x", type="person", zh="布林肯", zh_hant="布林肯", en="Blinken", draft=True)
    buffer = io.StringIO()
    dump_omegat([entry, entry.replace(id="y", zh="谢长廷", zh_hant="謝長廷", en="Frank Hsieh")], buffer)
    lines = buffer.getvalue().splitlines()
    assert lines[0].startswith("布林肯\tBlinken\t[draft, unverified]")
    assert lines[-1] == "謝長廷\tFrank Hsieh\t[draft, unverified]"
    assert len([line for line in lines if line.startswith("布林肯\t")]) == 1  # the same form is written once
