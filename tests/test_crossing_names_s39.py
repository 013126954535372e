"""Two names glued together are two names: the word-edge rule (`zhgloss.glossrules.CrossingRule`) does not read a
word across the edge between two names the other rules accepted (issue 9, the thirty-ninth session's brief).

雷军马云 was glossed nothing: read around 雷军, the text holds 军马 ("army horse", a word of jieba's counts) across
its edge, and read around 马云 it holds 军马 again; 雷军和马云 glossed both. Headlines and lists of speakers glue
names so (雷军马化腾李彦宏出席…, 刘强东京东…: 东京 "Tokyo" across the edge). Where the neighbour is no name (a term's
or a phrase's wording, a surname alone) or is dropped by the rule itself, the edge is read as before.

The glossaries: the bundled one (tests/strategies.ENTRIES) and real CC-CEDICT lines (CC BY-SA 4.0, MDBG,
../shared/data/cedict_ts.u8.gz), imported as `zhgloss import --proper-only` and as the full import (terms) would.
"""

from __future__ import annotations

import io
import itertools

import pytest
from strategies import ENTRIES

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict
from zhgloss.script import NAME_SEPARATORS

BUNDLED = Annotator(ENTRIES)

CEDICT = """\
丁磊 丁磊 [Ding1 Lei3] /Ding Lei (1971-), founder and CEO of NetEase 網易|网易[Wang3 yi4]/
李彥宏 李彦宏 [Li3 Yan4 hong2] /Robin Li (1968-), founder and CEO of Baidu 百度, a PRC Internet company/
馬化騰 马化腾 [Ma3 Hua4 teng2] /Ma Huateng aka Pony Ma (1971-), Chinese business magnate, CEO of Tencent/
東京 东京 [Dong1 jing1] /Tokyo, capital of Japan/Tonkin (northern Vietnam during the French colonial period)/
君王 君王 [jun1 wang2] /sovereign king/
軍馬 军马 [jun1 ma3] /army horse/
林青霞 林青霞 [Lin2 Qing1 xia2] /Brigitte Lin (1954-), Taiwanese actress/
"""
CEDICT += (
    "丁玲 丁玲 [Ding1 Ling2] /Ding Ling (1904-1986), female novelist, author of novel The Sun Shines over the Sanggan"
    " River 太陽照在桑乾河上|太阳照在桑干河上, attacked during the 1950s as anti-Party/\n"
)


def _annotator(extra: str, *, proper_only: bool) -> Annotator:
    return Annotator([*ENTRIES, *load_cedict(io.StringIO(CEDICT + extra), proper_only=proper_only)])


NAMES = _annotator("", proper_only=True)
FULL = _annotator("", proper_only=False)


def glossed(text: str, annotator: Annotator = BUNDLED) -> list[str]:
    """The surfaces `annotator` glosses in `text`, in order."""
    return [m.surface for m in annotator.mentions(text)]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("雷军马云同台亮相。", ["雷军", "马云"]),  # 军马 "army horse" across the edge
        ("雷軍馬雲出席世界互聯網大會。", ["雷軍", "馬雲"]),  # the same in traditional characters
        ("雷军马化腾李彦宏出席乌镇峰会。", ["雷军", "马化腾", "李彦宏"]),
        ("刘强东京东年会讲话全文", ["刘强东", "京东"]),  # 东京 "Tokyo" across the edge
        ("黄章京东同台", ["黄章", "京东"]),
        ("求伯君王翔出席金山办公周年庆典。", ["求伯君", "王翔", "金山办公"]),  # 君王 "sovereign"
        # The name finder reads a name's context from the edge of a name glued before it: 克 is Musk's.
        ("马斯克邹涛同台亮相。", ["马斯克", "邹涛"]),
        # The edge with no name beside: as before, and as with a mark between.
        ("雷军和马云同台亮相。", ["雷军", "马云"]),
        ("雷军、马云同台亮相。", ["雷军", "马云"]),
    ],
)
def test_two_glued_names_are_both_glossed(line: str, names: list[str]) -> None:
    assert glossed(line) == names
    assert glossed(line, NAMES) == names
    assert glossed(line, FULL) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("林青霞丁玲同台亮相。", ["林青霞", "丁玲"]),
        ("林青霞与丁玲同台亮相。", ["林青霞", "丁玲"]),
    ],
)
def test_glued_names_of_the_cedict_names_glossary(line: str, names: list[str]) -> None:
    assert glossed(line, NAMES) == names


def test_a_term_beside_a_name_is_no_boundary() -> None:
    # The full import's terms tile running text: a term's match (军马 "army horse") is wording, not a name, and the
    # rule still reads the words across its edge. 进军马来西亚 is 进军|马来西亚: neither 军马 nor a cut at it.
    assert "军马" not in glossed("小米进军马来西亚市场。", FULL)


def _bundled_names() -> list[str]:
    names = {
        form
        for entry in ENTRIES
        if entry.type in ("person", "org")
        for form in entry.zh_forms
        if len(form) >= 2 and not any(char in NAME_SEPARATORS for char in form)
    }
    return sorted(names)


def test_every_pair_of_bundled_names_glued_glosses_as_with_a_conjunction() -> None:
    # The whole domain (the bundled glossary's persons and organisations, glued two by two in a line of news): each
    # pair is glossed as the same pair joined by 和. A name that starts the other (小米, 小米集团) is left out: the
    # matcher reads the longer one.
    names = _bundled_names()
    differ = []
    for a, b in itertools.permutations(names, 2):
        if a.startswith(b) or b.startswith(a):
            continue
        glued, joined = f"{a}{b}同台亮相。", f"{a}和{b}同台亮相。"
        if glossed(glued) != glossed(joined):
            differ.append(glued)
    assert differ == []
