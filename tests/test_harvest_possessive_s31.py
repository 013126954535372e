"""harvest: a possessive before the bracket is no part of the English name (s31, U30-11).

"Chinese leader Xi Jinping's (习近平) speech was long." proposed en "Xi Jinping's", and --add stored it, as it did
"Xiaomi's", "Jack Ma’s", "Tencent's", "Yangtze's"; check would then demand "Xi Jinping's" for every 习近平. A name
whose own form ends in 's keeps it: its Chinese writes 氏 for it (Kellogg's 家乐氏, Pond's 旁氏: CC-CEDICT), or the
text goes on with a verb or ends the clause, which no possessive does ("Moody's (穆迪) cut ...").
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from zhgloss.harvest import harvest


def _pairs(text: str) -> list[tuple[str | None, str]]:
    return [(p.zh, p.en) for p in harvest(text, []) if p.kind == "name"]


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        # U30-11's possessive.txt
        ("Chinese leader Xi Jinping's (习近平) speech was long.", ("习近平", "Xi Jinping")),
        ("Xiaomi's (小米) shares rose.", ("小米", "Xiaomi")),
        ("Jack Ma’s (马云) ant empire shrank.", ("马云", "Jack Ma")),
        ("Tencent's (腾讯控股) WeChat grew.", ("腾讯控股", "Tencent")),
        # the same class in other shapes
        (
            "SHENZHEN, Dec 3 (Reuters) - BYD chairman Wang Chuanfu's (王传福) bet on plug-in hybrids has paid off.",
            ("王传福", "Wang Chuanfu"),
        ),
        ("Shares of Pinduoduo's (拼多多) parent PDD Holdings fell 4% in New York.", ("拼多多", "Pinduoduo")),
        ("Lenovo’s (联想) quarterly profit beat forecasts on strong PC demand.", ("联想", "Lenovo")),
        ("The Three Gorges' (三峡) reservoir level fell to a record low.", ("三峡", "Three Gorges")),
        ("Alibaba co-founder Joe Tsai’s (蔡崇信) Brooklyn Nets lost again.", ("蔡崇信", "Joe Tsai")),
    ],
)
def test_a_possessive_is_no_part_of_the_name(line: str, pair: tuple[str, str]) -> None:
    assert _pairs(line) == [pair]


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        ("Kellogg's (家乐氏) cereal sales rose in China.", ("家乐氏", "Kellogg's")),  # CC-CEDICT: 家乐氏 Kellogg's
        ("Pond's (旁氏) cold cream is sold everywhere.", ("旁氏", "Pond's")),  # CC-CEDICT: 旁氏 Pond's
        ("Moody's (穆迪) cut China's credit outlook to negative.", ("穆迪", "Moody's")),  # CC-CEDICT: 穆迪 Moody's
        ("Auction house Sotheby's (苏富比) said its Hong Kong sale made HK$1 billion.", ("苏富比", "Sotheby's")),
        ("They queued outside McDonald's (麦当劳).", ("麦当劳", "McDonald's")),
        # a name CC-CEDICT writes so, before a noun as a possessive would be (data/possessive_names.txt)
        ("Sotheby's (苏富比) Hong Kong autumn sale raised HK$2 billion.", ("苏富比", "Sotheby's")),
        ("Lloyd's (劳埃德) insurers paid out after the typhoon.", ("劳埃德", "Lloyd's")),
        ("McDonald's (麦当劳) China unit was sold to CITIC.", ("麦当劳", "McDonald's")),
    ],
)
def test_a_name_whose_own_form_ends_so_keeps_it(line: str, pair: tuple[str, str]) -> None:
    assert _pairs(line) == [pair]


def test_harvest_add_stores_no_possessive(tmp_path: Path, zhgloss_exe: str) -> None:
    article = tmp_path / "possessive.txt"
    article.write_text("Chinese leader Xi Jinping's (习近平) speech was long.\n", encoding="utf-8")
    db = tmp_path / "names.json"
    db.write_text("{}", encoding="utf-8")
    subprocess.run([zhgloss_exe, "--db", str(db), "harvest", str(article), "--add", "--yes"], capture_output=True)
    stored = json.loads(db.read_text(encoding="utf-8"))["entries"]
    assert [(e["zh"], e["en"]) for e in stored.values()] == [("习近平", "Xi Jinping")]
