"""CC-CEDICT full import: a term's English is its rendering, without a label and without a pointer sentence.

The acceptance tester of the nineteenth and twentieth sessions found, on a FULL import (no `--proper-only`): 272 en
"erhua variant of X" (the pointer line read as English), and labels kept in terms' en: 1,433 "(bird species of China)
...", 2,218 "(idiom)", "(loanword)", "(coll.)"; and a saying's literal reading first ("lit. to rest and fly together")
before what it means. The rules (zhgloss.formats.cedict): `_renderings` (`_NAMED_VARIANT_RE`, `_LABELS_RE`,
`_MARKER_RE`).

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected values were read off the lines
by hand.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

LINES = "".join(
    [
        "雉雞 雉鸡 [zhi4 ji1] /(bird species of China) common pheasant (Phasianus colchicus)/\n",
        "雄心勃勃 雄心勃勃 [xiong2 xin1 bo2 bo2] /aggressive and grand (idiom); ambitious/pushy/\n",
        "雅痞 雅痞 [ya3 pi3] /yuppie (loanword) (Tw)/\n",
        "雙宿雙飛 双宿双飞 [shuang1 su4 shuang1 fei1] /lit. to rest and fly together (idiom)/fig. to live in each"
        " other's pockets/to be inseparable/\n",
        "雲彩 云彩 [yun2 cai5] /(coll.) cloud/CL:朵[duo3]/\n",
        '嗎 吗 [ma5] /(question particle for "yes-no" questions)/\n',
        "一下兒 一下儿 [yi1 xia4 r5] /erhua variant of 一下[yi1 xia4]/\n",
        "一下 一下 [yi1 xia4] /(used after a verb) give it a go/to do (sth for a bit to give it a try)/one time/once/in"
        " a while/all of a sudden/all at once/\n",
    ]
)

EVERYTHING: dict[str, Entry] = {e.zh: e for e in load_cedict(io.StringIO(LINES))}


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("雉鸡", "common pheasant"),
        ("雄心勃勃", "aggressive and grand; ambitious"),
        ("雅痞", "yuppie"),
        ("云彩", "cloud"),
    ],
)
def test_a_label_is_no_part_of_a_terms_english(zh: str, en: str) -> None:
    assert EVERYTHING[zh].en == en, EVERYTHING[zh]


def test_a_gloss_that_is_all_a_label_stays() -> None:
    assert EVERYTHING["吗"].en == '(question particle for "yes-no" questions)'


def test_what_a_saying_means_comes_before_its_literal_reading() -> None:
    entry = EVERYTHING["双宿双飞"]
    assert entry.en == "to live in each other's pockets", entry
    assert "lit. to rest and fly together" in entry.aliases


def test_an_erhua_variant_folds_into_its_word() -> None:
    assert "一下儿" not in EVERYTHING
    assert "一下儿" in EVERYTHING["一下"].zh_aliases
    assert all("variant of" not in form for e in EVERYTHING.values() for form in e.en_forms)
