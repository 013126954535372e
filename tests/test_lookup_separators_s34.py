"""`lookup` of a transliterated name whose middle dot copy wrote as a dash (U33-12's 埃隆-马斯克, issue 9).

GB/T 15834 writes 间隔号 (U+00B7) between the parts of a foreign name: CC-CEDICT's `埃隆·馬斯克 埃隆·马斯克 [Ai1 long2 ·
Ma3 si1 ke4] /Elon Musk (1971-), .../`. Copy writes every other dot for it (・ ‧ • ．, found already) and, where a
keyboard has none, a dash: a hyphen, the full-width one an IME types (U+FF0D), a dash or em dash. Between two Chinese
characters of a query, a run of dashes is now that dot; a stored form keeps its hyphen (让-雅克 writes Jean-Jacques).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.errors import RomanizationError
from zhgloss.index import lookup_in, query_keys
from zhgloss.model import Entry
from zhgloss.pinyin import romanize

runner = CliRunner()

# The lines: 埃隆·馬斯克 埃隆·马斯克 /Elon Musk (1971-), .../;
# 史蒂夫·喬布斯 史蒂夫·乔布斯 /Steve Jobs (1955-2011), .../;
# 比爾·蓋茨 比尔·盖茨 /Bill Gates (1955-), co-founder of Microsoft/.
ENTRIES = [
    Entry(id="elon-musk", type="person", zh="埃隆·马斯克", zh_hant="埃隆·馬斯克", en="Elon Musk"),
    Entry(id="steve-jobs", type="person", zh="史蒂夫·乔布斯", zh_hant="史蒂夫·喬布斯", en="Steve Jobs"),
    Entry(id="bill-gates", type="person", zh="比尔·盖茨", zh_hant="比爾·蓋茨", en="Bill Gates"),
    Entry(id="rousseau", type="person", zh="让-雅克·卢梭", en="Jean-Jacques Rousseau"),
]


@pytest.mark.parametrize(
    ("query", "entry_id"),
    [
        ("埃隆-马斯克", "elon-musk"),
        ("埃隆－马斯克", "elon-musk"),  # U+FF0D, as a Chinese IME types the hyphen
        ("埃隆‐马斯克", "elon-musk"),  # U+2010
        ("埃隆—马斯克", "elon-musk"),  # U+2014
        ("埃隆——马斯克", "elon-musk"),  # the doubled em dash of Chinese text
        ("埃隆 - 马斯克", "elon-musk"),
        ("史蒂夫-喬布斯", "steve-jobs"),
        ("比尔＝盖茨", "bill-gates"),  # U+FF1D, as Japanese copy writes it
        ("让-雅克·卢梭", "rousseau"),  # a hyphen of the name itself, as stored
    ],
)
def test_a_dash_between_the_parts_finds_the_name(query: str, entry_id: str) -> None:
    assert [hit.entry.id for hit in lookup_in(ENTRIES, query)] == [entry_id]


@pytest.mark.parametrize("query", ["小米-SU7", "-马斯克", "马斯克-", "马斯克"])
def test_a_dash_not_between_two_chinese_characters_is_kept(query: str) -> None:
    assert len(query_keys(query)) == 1


def test_the_console_script_finds_musk_with_a_hyphen(zhgloss_exe: str) -> None:
    done = subprocess.run([zhgloss_exe, "lookup", "埃隆-马斯克", "--json"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert [m["entry"]["en"] for m in json.loads(done.stdout)[0]["matches"]] == ["Elon Musk"]


@pytest.mark.parametrize(("typed", "dotted"), [("埃隆-马斯克", "埃隆·马斯克"), ("比尔－盖茨", "比尔·盖茨")])
def test_add_and_romanize_say_to_write_the_dot(tmp_path: Path, typed: str, dotted: str) -> None:
    # The same dash add and romanize refused as "'-' is not Chinese (give the name in Chinese characters, e.g. 曾国藩)":
    # a refusal still (the dash may be a hyphen of the name's own, 让-雅克), that now says what to write.
    with pytest.raises(RomanizationError) as raised:
        romanize(typed)
    assert f"write the middle dot between the parts of the name ({dotted})" in str(raised.value)
    db = tmp_path / "g.json"
    assert runner.invoke(app, ["init", "--empty", str(db)]).exit_code == 0
    result = runner.invoke(app, ["--db", str(db), "add", typed, "--en", "Elon Musk", "--type", "person"])
    assert result.exit_code == 2, result.output
    assert f"({dotted})" in result.stderr


@pytest.mark.parametrize("query", ["埃隆-马斯克", "埃隆－马斯克", "埃隆——马斯克"])
def test_search_reads_the_dash_as_lookup_does(query: str) -> None:
    from zhgloss.fuzzy import Searcher

    [hit] = Searcher(ENTRIES).search(query, limit=1)
    assert (hit.entry.id, hit.score, hit.matched) == ("elon-musk", 100, "Chinese")
