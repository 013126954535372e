"""harvest: the surname alone, written for a Chinese name of more characters, is no entry's English (s30, U30-6's
wire.txt line 9, "Mr. Ma (马云) did not comment.", and its class without the honorific).

"Ma (马云) did not comment." proposed 马云 with en "Ma", type `name`, and `--add` stored it; the same for "Lee
(李家超)", "Wang (王毅)". A surname alone is how copy refers to someone it named in full before, or does not name.
A transliteration that is the whole name (Blinken, 布林肯) and a one-character surname (李 Li) stay pairs.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    "line", ["Ma (马云) did not comment.", "Lee (李家超) said.", "Wang (王毅) said.", "Mr. Ma (马云) did not comment."]
)
def test_a_surname_alone_is_no_name(line: str) -> None:
    assert harvest(line, []) == []


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        ("Blinken (布林肯) said.", ("布林肯", "Blinken")),
        ("The surname Li (李) is common.", ("李", "Li")),
        ("Xiaomi founder Lei Jun (雷军) spoke; Lei (雷军) later added.", ("雷军", "Lei Jun")),
    ],
)
def test_other_one_word_pairs_stay(line: str, pair: tuple[str, str]) -> None:
    assert [(p.zh, p.en) for p in harvest(line, [])] == [pair]


def test_harvest_add_stores_no_surname_alone(tmp_path: Path, zhgloss_exe: str) -> None:
    article = tmp_path / "wire.txt"
    article.write_text("Mr. Ma (马云) did not comment.\nMa (马云) declined.\nLee (李家超) said.\n", encoding="utf-8")
    db = tmp_path / "names.json"
    db.write_text("{}", encoding="utf-8")
    subprocess.run([zhgloss_exe, "--db", str(db), "harvest", str(article), "--add", "--yes"], capture_output=True)
    stored = json.loads(db.read_text(encoding="utf-8"))
    assert not stored.get("entries")
