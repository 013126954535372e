"""Cards a translator can trust at a glance (issue 12, item 7): role order and wording, wrapping, JSON."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import select
import struct
import subprocess
import termios
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import ENTRIES
from typer.testing import CliRunner

from zhgloss.card import card_of, display_width, wrap
from zhgloss.cli import app
from zhgloss.model import Role, order_roles

BY_ID = {e.id: e for e in ENTRIES}


def test_roles_are_grouped_current_past_undated_each_in_date_order() -> None:
    roles = [
        Role("chair", "Xiaomi Group"),
        Role("chairman", "Kingsoft", start="2011-07"),
        Role("CEO", "Kingsoft", start="1998", end="2007"),
        Role("founder", "Xiaomi", start="2010"),
        Role("joined", "Kingsoft", start="1992", end="1992"),
        Role("executive director", "Kingsoft", end="2020"),
        Role("director", "Kingsoft"),
    ]
    groups = order_roles(roles)
    assert list(groups) == ["current", "past", "undated"]
    assert [r.title for r in groups["current"]] == ["founder", "chairman"]
    assert [r.title for r in groups["past"]] == ["joined", "CEO", "executive director"]
    assert [r.title for r in groups["undated"]] == ["chair", "director"]  # stored order kept


@pytest.mark.parametrize(
    ("role", "entry_id", "line"),
    [
        (Role("CEO", "Kingsoft Corporation", start="1998", end="2007"), None, "CEO, Kingsoft Corporation (1998–2007)"),
        (Role("founder", "Xiaomi", start="2010"), None, "founder, Xiaomi (since 2010)"),
        (
            Role("executive chairman", "Alibaba Group", end="2019"),
            None,
            "executive chairman, Alibaba Group (until 2019)",
        ),
        (Role("retired from Alibaba", "Alibaba"), None, "retired from Alibaba"),  # the title names the org
        (
            Role("retired from his posts at Kingsoft", "Kingsoft Corporation"),
            None,
            "retired from his posts at Kingsoft",
        ),
        (Role("founded by Lei Jun", "Xiaomi", "xiaomi", "2010", "2010"), "xiaomi", "founded by Lei Jun (2010)"),
        (Role("listed on Nasdaq (KC)", "NASDAQ", start="2020-05"), None, "listed on Nasdaq (KC) (since 2020-05)"),
        (Role("teacher (as of 1992)"), None, "teacher (as of 1992)"),
        # "Kingsoft" inside "Kingsofty" is not the organisation.
        (Role("head of Kingsofty", "Kingsoft"), None, "head of Kingsofty, Kingsoft"),
    ],
)
def test_role_lines_read_as_english(role: Role, entry_id: str | None, line: str) -> None:
    assert role.describe(entry_id) == line


def test_no_bundled_role_line_repeats_its_organisation_or_dates() -> None:
    for entry in ENTRIES:
        for role in entry.roles:
            line = role.describe(entry.id)
            if role.org and role.org.split()[0].casefold() in role.title.casefold():
                assert not line.startswith(f"{role.title}, "), line
            for date in {role.start, role.end} - {None}:
                assert line.count(str(date)) == 1, line


def test_bundled_lei_jun_card() -> None:
    rows = dict(card_of(BY_ID["lei-jun"]).rows)
    assert rows["current roles"] == (
        "founder, Xiaomi (since 2010)",
        "chairman (a non-executive director), Kingsoft Corporation (since 2011-07)",
    )
    assert rows["past roles"][1:] == (
        "CEO, Kingsoft Corporation (1998–2007)",
        "founder and chairman, Joyo.com (2000–2004)",
        # Dated by article 000 (Tianyancha's report of June 2020), so no longer an undated role (the s34 review's G2).
        "executive director, Kingsoft Corporation (until 2020-06)",
    )
    assert rows["undated roles"][0] == "chair, Xiaomi Group"
    labels = [label for label, _ in card_of(BY_ID["lei-jun"]).rows]
    assert (
        labels.index("current roles")
        < labels.index("past roles")
        < labels.index("undated roles")
        < labels.index("note")
    )


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        ("Founder and chairman of Xiaomi", 12, ["Founder and", "chairman of", "Xiaomi"]),
        ("雷军是小米的创始人", 8, ["雷军是小", "米的创始", "人"]),  # CJK is two columns, breaks anywhere
        ("雷军（Lei Jun）说，顺势而为。", 10, ["雷军（Lei", "Jun）说，", "顺势而为。"]),  # no line starts with ，or ）
        ("see https://example.com/a/very/long/path here", 10, ["see", "https://example.com/a/very/long/path", "here"]),
        ("", 10, [""]),
    ],
)
def test_wrap(text: str, width: int, lines: list[str]) -> None:
    assert wrap(text, width) == lines


WORDS = st.sampled_from(
    [
        "Lei",
        "Jun",
        "Xiaomi",
        "https://equalocean.com/news/2020062114126",
        "雷军",
        "小米集团",
        "，",
        "（",
        "）",
        "1998–2007",
    ]
)


@given(st.lists(WORDS, max_size=30), st.lists(st.sampled_from([" ", ""]), min_size=30, max_size=30), st.integers(5, 60))
def test_wrap_keeps_every_word_and_fits_the_width(words: list[str], gaps: list[str], width: int) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False)).strip()
    lines = wrap(text, width)
    # Nothing is lost or added but the spaces at the breaks.
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for line in lines:
        assert line == line.strip() or not text
        # A line is too wide only when it is one unbreakable piece: a word, or a CJK character with the
        # closing punctuation that may not start a line (军，，).
        assert display_width(line) <= width or (" " not in line and not re.search(r"[\u4e00-\u9fff][^，）]", line))
    # Every Latin word (a run of non-space, non-CJK characters) comes out whole on one line.
    for word in re.findall(r"[^\s\u4e00-\u9fff，（）]+", text):
        assert any(word in line for line in lines), word


def run_on_terminal(exe: str, args: list[str], columns: int) -> str:
    """Run the installed console script on a pseudo-terminal `columns` wide; return what it printed."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")} | {"NO_COLOR": "1"}
    proc = subprocess.Popen([exe, *args], stdout=follower, stderr=subprocess.DEVNULL, env=env)
    os.close(follower)
    out = b""
    while True:
        ready, _, _ = select.select([leader], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the follower closed: the process is done
            break
        if not chunk:
            break
        out += chunk
    proc.wait(timeout=30)
    os.close(leader)
    return out.decode("utf-8").replace("\r\n", "\n")


@pytest.mark.parametrize("query", ["雷军", "王翔"])
def test_card_wraps_to_the_terminal_without_breaking_words(query: str, runner: CliRunner, zhgloss_exe: str) -> None:
    plain = runner.invoke(app, ["lookup", query]).stdout
    shown = run_on_terminal(zhgloss_exe, ["lookup", query], 60)
    assert "".join(shown.split()) == "".join(plain.split())  # the same text, only broken differently
    assert max(len(line) for line in plain.splitlines()) > 60  # so wrapping had work to do
    for line in shown.splitlines():
        assert display_width(line) <= 60 or len(line.split()) == 1 or line.split()[-1].startswith("http"), line
    shown_words = set(shown.split())
    for word in plain.split():
        if word.isascii():
            assert word in shown_words, f"{word!r} was broken"


def test_card_is_not_wrapped_in_a_pipe(runner: CliRunner) -> None:
    # One line per value when not a terminal, so grep and scripts see whole notes and roles.
    card = runner.invoke(app, ["lookup", "雷军"]).stdout
    assert "  note: Founder and chairman of Xiaomi;" in card
    assert any(len(line) > 200 for line in card.splitlines())


def test_lookup_json_keeps_every_field(runner: CliRunner, bundled: Path) -> None:
    result = runner.invoke(app, ["lookup", "雷军", "--json"])
    assert result.exit_code == 0, result.output
    [match] = json.loads(result.stdout)[0]["matches"]
    stored = json.loads(bundled.read_text(encoding="utf-8"))["entries"]
    [raw] = [e for e in stored.values() if e["id"] == "lei-jun"]
    assert match["entry"] == BY_ID["lei-jun"].to_dict()
    assert {k: v for k, v in match["entry"].items() if k in raw} == raw  # roles with their sources, in stored order
