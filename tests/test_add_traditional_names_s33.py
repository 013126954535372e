"""A name's traditional and simplified forms follow the name, not OpenCC's word rules (U32-8, U32-18).

U32-8: a character simplification left alone (峰, 群, 床: Taiwan's standard, s2tw, writes it as itself) is written as
itself in a person's traditional name, where s2hk and s2t write an old variant of it (峯, 羣, 牀: Unihan's and
data/kept_characters.tsv's "old variant of an unsimplified character"). 何立峰 is China's vice-premier, not 何立峯.

U32-18: a surname's traditional form is that surname in simplified text (surnames.tsv: 钟, traditional 鍾), where
OpenCC's t2s phrases write 锺 for a few names: CC-CEDICT writes
`鍾馗 钟馗 [Zhong1 Kui2] /Zhong Kui (mythological figure, ...)/` and
`鍾繇 钟繇 [Zhong1 Yao2] /Zhong Yao (151-230), minister of Cao Wei ...`; OpenCC's phrase 鍾萬梅 is of the same kind.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.convert import name_to_simplified, name_to_traditional

runner = CliRunner()


@pytest.mark.parametrize(
    ("zh", "zh_hant"),
    [
        ("王峰", "王峰"),
        ("林峰", "林峰"),
        ("何立峰", "何立峰"),
        ("何群", "何群"),
        ("王床", "王床"),
        # Characters simplification changed keep OpenCC's Hong Kong forms, and the rules before this one hold.
        ("张学友", "張學友"),
        ("周润发", "周潤發"),
        ("李连杰", "李連杰"),
        ("彭于晏", "彭于晏"),
        ("钟馗", "鍾馗"),
    ],
)
def test_a_character_simplification_left_alone_stays_in_the_traditional_name(zh: str, zh_hant: str) -> None:
    assert name_to_traditional(zh) == zh_hant


@pytest.mark.parametrize(
    ("zh_hant", "zh"),
    [
        ("鍾馗", "钟馗"),
        ("鍾繇", "钟繇"),
        ("鍾萬梅", "钟万梅"),
        ("鍾會", "钟会"),
        # The rules before this one hold: kept characters, the surname 於, 遊 of 遊錫堃.
        ("徐乾學", "徐乾学"),
        ("於梨華", "於梨华"),
        ("遊錫堃", "游锡堃"),
        ("林峯", "林峯"),
    ],
)
def test_a_surname_is_simplified_as_the_surname(zh_hant: str, zh: str) -> None:
    assert name_to_simplified(zh_hant) == zh


def _entries(db: Path) -> dict[str, dict[str, object]]:
    data = json.loads(db.read_text(encoding="utf-8"))
    return {doc["zh"]: doc for doc in data.get("entries", {}).values()}


def test_add_and_lookup(tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    assert runner.invoke(app, ["init", "--empty", str(db)]).exit_code == 0
    for args in (["王峰"], ["鍾馗"], ["林峯", "--en", "Raymond Lam", "--adopted"]):
        result = runner.invoke(app, ["--db", str(db), "add", *args, "--type", "person"])
        assert result.exit_code == 0, result.output
    entries = _entries(db)
    assert entries["王峰"]["zh_hant"] == "王峰"
    assert entries["钟馗"]["zh_hant"] == "鍾馗"
    assert entries["林峯"]["zh_hant"] == "林峯"  # the person's own variant, typed so, is kept
    result = runner.invoke(app, ["--db", str(db), "lookup", "钟馗"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("钟馗 Zhong Kui")
