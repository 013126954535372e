"""A draft entry is labelled unverified wherever it is answered or exported (user-tester D20).

Drafts come from `harvest --unknown --add`: their English is a placeholder (the pinyin of a
transliterated name, "Bulinken"). `lookup` (card, --json, --field), `search`, and every export
(TBX, CSV, TSV, JSON Lines, OmegaT) must say so; a confirmed entry must not.
"""

from __future__ import annotations

import csv
import json
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from zhgloss.card import card_of
from zhgloss.formats.tbx import dump_tbx, load_tbx
from zhgloss.formats.tsv import dump_omegat, load_omegat
from zhgloss.model import Entry

DRAFT = Entry(id="bu-linken", zh="布林肯", en="Bulinken", pinyin="Bùlínkěn", draft=True)
CONFIRMED = Entry(id="lei-jun", zh="雷军", en="Lei Jun", pinyin="Léi Jūn")
ARTICLE = "据报道，美国国务卿布林肯表示，双方将继续会谈。\n"


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory, zhgloss_exe: str) -> Path:
    """A fresh glossary holding 布林肯 as `harvest --unknown --add -y` adds it, through the console script."""
    folder = tmp_path_factory.mktemp("drafts")
    (folder / "news.txt").write_text(ARTICLE, encoding="utf-8")
    db = folder / "names.json"
    run(zhgloss_exe, "init", str(db))
    run(zhgloss_exe, "--db", str(db), "harvest", str(folder / "news.txt"), "--unknown", "--add", "-y")
    return db


def run(*args: str, code: int = 0) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(args, capture_output=True, text=True, encoding="utf-8", check=False)
    assert proc.returncode == code, proc.stderr
    return proc


def test_lookup_card_says_the_draft_is_unverified(drafted: Path, zhgloss_exe: str) -> None:
    out = run(zhgloss_exe, "--db", str(drafted), "lookup", "布林肯").stdout
    head, status = out.splitlines()[:2]
    assert head.startswith("布林肯 ") and head.endswith("· draft, unverified]")
    assert status.startswith("  status: a draft entry, not confirmed by a person")


def test_lookup_json_and_field_say_the_draft_is_unverified(drafted: Path, zhgloss_exe: str) -> None:
    [match] = json.loads(run(zhgloss_exe, "--db", str(drafted), "lookup", "布林肯", "--json").stdout)[0]["matches"]
    assert match["unverified"] is True and match["entry"]["draft"] is True
    proc = run(zhgloss_exe, "--db", str(drafted), "lookup", "布林肯", "--field", "pinyin")
    assert proc.stdout == "Bùlínkěn\n"  # the value alone, for scripts
    assert "draft entry, not confirmed" in proc.stderr


def test_search_line_says_the_draft_is_unverified(drafted: Path, zhgloss_exe: str) -> None:
    out = run(zhgloss_exe, "--db", str(drafted), "search", "布林肯").stdout
    assert "draft, unverified]" in out.splitlines()[0]


def test_search_json_says_the_draft_is_unverified(drafted: Path, zhgloss_exe: str) -> None:
    hits = json.loads(run(zhgloss_exe, "--db", str(drafted), "search", "布林肯", "--json").stdout)["hits"]
    assert hits[0]["entry"]["zh"] == "布林肯" and hits[0]["unverified"] is True
    confirmed = json.loads(run(zhgloss_exe, "--db", str(drafted), "search", "雷军", "--json").stdout)["hits"]
    assert confirmed[0]["entry"]["id"] == "lei-jun" and confirmed[0]["unverified"] is False


def test_list_keeps_four_columns_and_names_the_drafts_on_stderr(drafted: Path, zhgloss_exe: str) -> None:
    proc = run(zhgloss_exe, "--db", str(drafted), "list")
    rows = [line.split("\t") for line in proc.stdout.splitlines()]
    assert {len(row) for row in rows} == {4}
    assert ["bulinken", "person", "布林肯", "Bulinken"] in rows
    assert proc.stderr.startswith("1 entry is a draft, unverified: bulinken ")
    bundled = run(zhgloss_exe, "list")  # the bundled glossary has no draft: nothing said
    assert bundled.stderr == ""


def test_harvest_counts_in_english(tmp_path: Path, zhgloss_exe: str) -> None:
    """One name is "1 unknown name (1 mention)", not "1 unknown names (1 mentions)"."""
    db = tmp_path / "names.json"
    run(zhgloss_exe, "init", str(db))
    article = tmp_path / "news.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    proc = run(zhgloss_exe, "--db", str(db), "harvest", str(article), "--unknown", "--add", "-y")
    assert "1 unknown name (1 mention), proposed readings unverified" in proc.stderr
    assert f"added 1 draft entry to {db}: bulinken " in proc.stderr
    article.write_text(ARTICLE + "记者王小明报道，王小明说。\n", encoding="utf-8")
    proc = run(zhgloss_exe, "--db", str(tmp_path / "names.json"), "harvest", str(article), "--unknown")
    assert "1 unknown name (2 mentions)" in proc.stderr  # 布林肯 is a draft now: known


def test_tbx_export_prefers_no_term_of_a_draft(drafted: Path, zhgloss_exe: str) -> None:
    tbx = run(zhgloss_exe, "--db", str(drafted), "export", "--format", "tbx").stdout
    [entry] = [e for e in ET.fromstring(tbx).iter("termEntry") if "布林肯" in ET.tostring(e, encoding="unicode")]
    statuses = [n.text for n in entry.iter("termNote") if n.get("type") == "administrativeStatus"]
    process = [n.text for n in entry.iter("termNote") if n.get("type") == "processStatus"]
    assert "preferredTerm-admn-sts" not in statuses
    assert process == ["provisionallyProcessed"] * len(list(entry.iter("term")))


def test_csv_export_has_the_draft_column(drafted: Path, zhgloss_exe: str) -> None:
    rows = list(csv.DictReader(run(zhgloss_exe, "--db", str(drafted), "export", "--format", "csv").stdout.splitlines()))
    assert [row["draft"] for row in rows if row["zh"] == "布林肯"] == ["true"]


def test_omegat_comment_says_the_draft_is_unverified(drafted: Path, zhgloss_exe: str) -> None:
    lines = run(zhgloss_exe, "--db", str(drafted), "export", "--format", "omegat").stdout.splitlines()
    [line] = [line for line in lines if line.startswith("布林肯\t")]
    assert line.split("\t")[2].startswith("[draft, unverified] ")


def test_a_confirmed_entry_is_not_labelled() -> None:
    card = card_of(CONFIRMED)
    assert not card.unverified and "draft" not in card.tag and all(label != "status" for label, _ in card.rows)
    assert card_of(DRAFT).unverified


@pytest.mark.parametrize(("dump", "load"), [(dump_tbx, load_tbx), (dump_omegat, load_omegat)])
def test_the_draft_label_round_trips(dump: object, load: object) -> None:
    import io

    buffer = io.StringIO()
    dump([DRAFT, CONFIRMED], buffer)  # type: ignore[operator]
    buffer.seek(0)
    back = {e.en: e.draft for e in load(buffer)}  # type: ignore[operator]
    assert back == {"Bulinken": True, "Lei Jun": False}


def test_tbx_processstatus_of_another_tool_makes_a_draft() -> None:
    import io

    tbx = """<martif type="TBX-Basic"><text><body><termEntry id="x">
      <langSet xml:lang="zh-CN"><tig><term>布林肯</term>
        <termNote type="processStatus">unprocessed</termNote></tig></langSet>
      <langSet xml:lang="en-US"><tig><term>Blinken</term></tig></langSet>
    </termEntry><termEntry id="y">
      <langSet xml:lang="zh-CN"><tig><term>雷军</term>
        <termNote type="processStatus">finalized</termNote></tig></langSet>
      <langSet xml:lang="en-US"><tig><term>Lei Jun</term></tig></langSet>
    </termEntry></body></text></martif>"""
    assert [e.draft for e in load_tbx(io.StringIO(tbx))] == [True, False]


@pytest.mark.parametrize("status", ["unprocessed", "provisionallyProcessed"])
def test_a_proposed_other_term_of_a_checked_entry_is_no_accepted_form(status: str) -> None:
    """Only a proposed main term makes a draft; a proposed alias of a checked entry waits in the note."""
    import io

    tbx = f"""<martif type="TBX-Basic"><text><body><termEntry id="x">
      <langSet xml:lang="zh-CN">
        <tig><term>王小明</term><termNote type="processStatus">finalized</termNote></tig>
        <tig><term>小明</term><termNote type="processStatus">{status}</termNote></tig></langSet>
      <langSet xml:lang="en"><tig><term>Wang Xiaoming</term></tig>
        <tig><term>Xiaoming Wang</term><termNote type="processStatus">{status}</termNote></tig>
        <tig><term>Wang Hsiao-ming</term><termNote type="processStatus">finalized</termNote></tig></langSet>
    </termEntry></body></text></martif>"""
    [entry] = load_tbx(io.StringIO(tbx))
    assert entry.draft is False
    assert entry.zh_aliases == () and entry.aliases == ("Wang Hsiao-ming",)
    assert entry.note is not None and "not yet checked" in entry.note
    assert "Xiaoming Wang" in entry.note and "小明" in entry.note


def test_a_proposed_english_main_term_makes_a_draft_whatever_the_chinese() -> None:
    import io

    tbx = """<martif type="TBX-Basic"><text><body><termEntry id="x">
      <langSet xml:lang="zh-CN"><tig><term>王小明</term><termNote type="processStatus">finalized</termNote></tig>
        <tig><term>小明</term><termNote type="processStatus">unprocessed</termNote></tig></langSet>
      <langSet xml:lang="en"><tig><term>Wang Xiaoming</term>
        <termNote type="processStatus">unprocessed</termNote></tig></langSet>
    </termEntry></body></text></martif>"""
    [entry] = load_tbx(io.StringIO(tbx))
    assert entry.draft is True and entry.zh_aliases == ("小明",)  # a draft keeps its proposed forms as its forms


def test_romanize_does_not_pass_a_draft_off_as_the_glossary_reading(tmp_path: Path, zhgloss_exe: str) -> None:
    """A draft's pinyin is the romanizer's own guess: romanize must not say the glossary reads it so."""
    db = tmp_path / "names.json"
    run(zhgloss_exe, "init", str(db))
    article = tmp_path / "news.txt"
    article.write_text("记者单晓明报道，单晓明说，今天天气很好。\n", encoding="utf-8")
    run(zhgloss_exe, "--db", str(db), "harvest", str(article), "--unknown", "--add", "-y")
    [drafted] = json.loads(run(zhgloss_exe, "--db", str(db), "romanize", "单晓明", "--json").stdout)
    assert drafted["source"] != "glossary"
    assert not any("glossary's entry" in note for note in drafted["notes"])
    assert drafted["pinyin"] == "Shàn Xiǎomíng"  # 单 as a surname, GB/T 28039 and 现代汉语词典
    [known] = json.loads(run(zhgloss_exe, "romanize", "雷军", "--json").stdout)
    assert known["source"] == "glossary"  # a confirmed entry still speaks first


def test_harvest_unknown_add_answered_no_exits_1_as_harvest_add_does(tmp_path: Path, zhgloss_exe: str) -> None:
    """README's exit codes: 1 is "nothing done because you answered no"; with stdin a real terminal."""
    import os
    import pty

    db = tmp_path / "names.json"
    run(zhgloss_exe, "init", str(db))
    article = tmp_path / "news.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    before = db.read_bytes()
    primary, secondary = pty.openpty()
    proc = subprocess.Popen(
        [zhgloss_exe, "--db", str(db), "harvest", str(article), "--unknown", "--add"],
        stdin=secondary,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    os.close(secondary)
    os.write(primary, b"n\n")
    _, err = proc.communicate(timeout=120)
    os.close(primary)
    assert proc.returncode == 1, err
    assert b"nothing added" in err and b"Traceback" not in err
    assert db.read_bytes() == before


def test_harvest_says_when_a_text_has_no_unknown_name(tmp_path: Path, zhgloss_exe: str) -> None:
    article = tmp_path / "news.txt"
    article.write_text("雷军说，今天天气很好。\n", encoding="utf-8")
    proc = run(zhgloss_exe, "harvest", str(article), "--unknown", code=1)
    assert proc.stderr == "no unknown names found\n"


def test_the_finalized_term_is_preferred_over_a_proposed_one_before_it() -> None:
    import io

    tbx = """<martif type="TBX-Basic"><text><body><termEntry id="lei">
      <langSet xml:lang="zh-CN"><tig><term>雷军</term></tig></langSet>
      <langSet xml:lang="en">
        <tig><term>Jun Lei</term><termNote type="processStatus">unprocessed</termNote></tig>
        <tig><term>Lei Jun</term><termNote type="processStatus">finalized</termNote></tig></langSet>
    </termEntry></body></text></martif>"""
    [entry] = load_tbx(io.StringIO(tbx))
    assert (entry.en, entry.draft, entry.aliases) == ("Lei Jun", False, ())
    assert entry.note is not None and "Jun Lei" in entry.note


def test_a_tbx_error_names_the_term_entry_in_english() -> None:
    import io

    from zhgloss.errors import FormatError

    tbx = """<martif type="TBX-Basic"><text><body><termEntry id="a">
      <langSet xml:lang="zh-CN"><tig><term>雷军</term></tig></langSet>
      <langSet xml:lang="en"><tig><term>-</term></tig></langSet>
    </termEntry></body></text></martif>"""
    with pytest.raises(FormatError, match=r"termEntry 1: entry of termEntry 'a': en: '-' names nothing") as caught:
        list(load_tbx(io.StringIO(tbx)))
    assert "termEntrie " not in str(caught.value)
