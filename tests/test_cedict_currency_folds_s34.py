"""A currency is a term left out of `--proper-only` (027a769, the new-user tester's U34-1), but the full import
reads and folds its lines as it reads a name's, as before that change (the review's R15: 日元, the standard form,
became a Chinese alias of the rarer 日圆; 新台币 lost its alias "NTD" and the writing 台币; 美金 lost 美圆). Real
CC-CEDICT lines.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

LINES = (
    "台幣 台币 [Tai2 bi4] /New Taiwan dollar/\n"
    "新台幣 新台币 [Xin1 tai2 bi4] /New Taiwan dollar (NTD)/\n"
    "日元 日元 [Ri4 yuan2] /Japanese yen (unit of currency)/also written 日圓|日圆/\n"
    "日圓 日圆 [Ri4 yuan2] /Japanese yen (unit of currency)/CL:個|个[ge4]/\n"
    "澳元 澳元 [Ao4 yuan2] /Australian dollar/\n"
    "澳幣 澳币 [Ao4 bi4] /Australian dollar/\n"
    "美圓 美圆 [Mei3 yuan2] /US dollar/\n"
    "美金 美金 [Mei3 jin1] /US dollar/USD/\n"
    "港元 港元 [Gang3 yuan2] /Hong Kong dollar/\n"
)


def _import(proper_only: bool) -> dict[str, Entry]:
    return {entry.zh: entry for entry in load_cedict(io.StringIO(LINES), proper_only=proper_only)}


FULL = _import(False)


@pytest.mark.parametrize(
    ("zh", "aliases", "zh_aliases"),
    [
        ("日元", [], ["日圆", "日圓"]),  # "also written 日圆": a writing of the line's own headword
        ("新台币", ["NTD"], ["台币", "台幣"]),  # the bracketed code an alias; 台币 a writing of the same currency
        ("澳元", [], ["澳币", "澳幣"]),
        ("美金", ["USD"], ["美圆", "美圓"]),
    ],
)
def test_a_currencys_lines_fold_as_a_names_do(zh: str, aliases: list[str], zh_aliases: list[str]) -> None:
    entry = FULL[zh]
    assert (entry.type, list(entry.aliases), sorted(entry.zh_aliases)) == ("term", aliases, sorted(zh_aliases))


def test_the_folded_writings_are_no_entries_of_their_own() -> None:
    assert not {"日圆", "台币", "澳币", "美圆"} & FULL.keys()


def test_proper_only_leaves_every_currency_out() -> None:
    assert _import(True) == {}
