"""lookup ranks a form written as the query before one matched with its words run together (session 27, cur item 6).

`lookup "Wang Yi"` on the bundled glossary answered NetEase alone, unlabelled: its alias "Wangyi" (the company's
pinyin run together) keys as "wangyi", as "Wang Yi" does. A glossary holding the person 王毅 Wang Yi too answered
both, and `lookup Wangyi`, NetEase's alias as written, gave the person first. The rule (index._spaced_otherwise,
index._rank): a hit whose form's words end where the query's do comes first, then one matched only with its letters
run together or split otherwise, labelled so in the card ("its words spaced otherwise") and in --json
("spaced_otherwise"). Pinyin is typed spaced or joined alike: compared a syllable group at a time, never labelled.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.index import lookup_in
from zhgloss.model import Entry

runner = CliRunner()

NETEASE = Entry(id="netease", zh="网易", en="NetEase", aliases=("Wangyi",), pinyin="Wǎngyì", type="org")
WANG_YI = Entry(id="wang-yi", zh="王毅", en="Wang Yi", pinyin="Wáng Yì", type="person")


@pytest.fixture
def glossary(tmp_path: Path) -> Path:
    db = tmp_path / "g.json"
    db.write_text('{"entries": {}}', encoding="utf-8")
    for args in (
        ["add", "网易", "--en", "NetEase", "--alias", "Wangyi", "--type", "org", "--adopted"],
        ["add", "王毅", "--en", "Wang Yi", "--type", "person"],
    ):
        result = runner.invoke(app, ["--db", str(db), *args])
        assert result.exit_code == 0, result.output
    return db


def _ids(db: Path, query: str) -> list[tuple[str, bool]]:
    result = runner.invoke(app, ["--db", str(db), "--json", "lookup", query])
    assert result.exit_code == 0, result.output
    return [(m["entry"]["id"], m["spaced_otherwise"]) for m in json.loads(result.stdout)[0]["matches"]]


def test_a_person_s_spaced_name_finds_the_person_first(glossary: Path) -> None:
    assert _ids(glossary, "Wang Yi") == [("wang-yi", False), ("netease", True)]
    assert _ids(glossary, "wang yi") == [("wang-yi", False), ("netease", True)]


def test_the_company_s_run_together_alias_finds_the_company_first(glossary: Path) -> None:
    assert _ids(glossary, "Wangyi") == [("netease", False), ("wang-yi", True)]


def test_the_card_says_the_words_were_spaced_otherwise(glossary: Path) -> None:
    result = runner.invoke(app, ["--db", str(glossary), "lookup", "Wang Yi"])
    assert result.exit_code == 0, result.output
    cards = result.stdout.split("\n\n")
    assert cards[0].startswith("王毅 Wang Yi") and "spaced otherwise" not in cards[0]
    assert cards[1].startswith("网易 NetEase")
    assert cards[1].rstrip("\n").endswith("(matched 'Wang Yi' as 'Wangyi', its words spaced otherwise)")


def test_the_bundled_glossary_labels_netease_for_wang_yi() -> None:
    result = runner.invoke(app, ["lookup", "Wang Yi"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("网易 NetEase")
    assert "(matched 'Wang Yi' as 'Wangyi', its words spaced otherwise)" in result.stdout


def test_pinyin_typed_joined_or_with_numbers_is_as_written() -> None:
    hits = lookup_in([NETEASE, WANG_YI], "wang2yi4")  # tones 2, 4: Wáng Yì only
    assert [(h.entry.id, h.spaced_otherwise) for h in hits] == [("wang-yi", True)]
    hits = lookup_in([NETEASE, WANG_YI], "wang3yi4")
    assert [(h.entry.id, h.spaced_otherwise) for h in hits] == [("netease", False)]
    hits = lookup_in([WANG_YI], "Wáng Yì")
    assert [(h.entry.id, h.field, h.spaced_otherwise) for h in hits] == [("wang-yi", "pinyin", False)]


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=6)


@settings(max_examples=150, deadline=None)
@given(words=st.lists(_WORD, min_size=2, max_size=3))
def test_the_form_written_as_the_query_comes_first(words: list[str]) -> None:
    spaced = " ".join(w.capitalize() for w in words)
    joined = "".join(words).capitalize()
    person = Entry(id="p", zh="甲乙", en=spaced, type="person")
    company = Entry(id="c", zh="丙丁", en="Other Co", aliases=(joined,), type="org")
    for entries in ([person, company], [company, person]):
        assert [h.entry.id for h in lookup_in(entries, spaced)] == ["p", "c"]
        assert [h.entry.id for h in lookup_in(entries, joined)] == ["c", "p"]
        assert [h.spaced_otherwise for h in lookup_in(entries, spaced)] == [False, True]


def test_a_form_written_as_the_query_comes_before_a_demoted_one_spaced_otherwise() -> None:
    # U27-47, CC-CEDICT: 台灣 台湾 /Taiwan/, 台 /Taiwan (abbr.)/, 大環 大环 /Tai Wan, village in Hong Kong/.
    taiwan = Entry(id="taiwan", zh="台湾", en="Taiwan", type="place")
    tai = Entry(id="tai", zh="台", en="Taiwan", type="place")
    tai_wan = Entry(id="tai-wan", zh="大环", en="Tai Wan", type="place")
    for entries in ([taiwan, tai_wan, tai], [tai_wan, tai, taiwan]):
        hits = lookup_in(entries, "Taiwan")
        assert [(h.entry.id, h.spaced_otherwise) for h in hits] == [
            ("taiwan", False),
            ("tai", False),
            ("tai-wan", True),
        ]


def test_field_with_json_gives_the_field_in_json() -> None:
    # U27-57: --json dropped --field and printed the whole document.
    result = runner.invoke(app, ["lookup", "雷军", "nobody-at-all", "--field", "en", "--json"])
    assert result.exit_code == 1  # one query found nothing, as without --json
    assert json.loads(result.stdout) == [{"query": "雷军", "en": "Lei Jun"}, {"query": "nobody-at-all", "en": None}]
