"""CC-CEDICT full import: a line pointing to another word folds only when the word is the same; a word's forms stay
the word's.

The acceptance tester of the nineteenth and twentieth sessions found, on a FULL import (no `--proper-only`): a
headword whose one line is "variant of Y" folded WHOLE into Y, its own senses lost (`lookup 确` gave 埆 "(of land)
barren", 句 gave 勾 the surname, 草 gave 肏, 周至 Zhouzhi county gave 周到 "thoughtful", 陪 "to accompany" gave 赔);
and the traditional forms and variants of a common word read as forms of the name written alike (悳 "variant of 德
[de2]", virtue, looked up 德 Germany; 樸 朴 [pu3] "plain" the surname Piáo). The rules (zhgloss.formats.cedict):
`load_cedict` (`_same_word`) and its merge of a headword's lines.

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
        "确 确 [que4] /variant of 確|确[que4]/variant of 埆[que4]/\n",
        "確 确 [que4] /authenticated/solid/firm/real/true/\n",
        "埆 埆 [que4] /(of land) barren/stony/\n",
        "句 句 [gou1] /variant of 勾[gou1]/\n",
        "句 句 [ju4] /sentence/clause/phrase/classifier for phrases or lines of verse/\n",
        "勾 勾 [Gou1] /surname Gou/\n",
        "勾 勾 [gou1] /to attract/to arouse/to tick/to strike out/to delineate/to collude/variant of 鉤|钩[gou1],"
        " hook/\n",
        "草 草 [cao3] /grass/straw/manuscript/draft (of a document)/careless/rough/CL:棵[ke1],撮[zuo3],株[zhu1],"
        "根[gen1]/\n",
        "草 草 [cao4] /variant of 肏[cao4]/\n",
        "肏 肏 [cao4] /to fuck (vulgar)/\n",
        "周至 周至 [Zhou1 zhi4] /Zhouzhi county in Xi'an 西安[Xi1 an1], Shaanxi/\n",
        "周至 周至 [zhou1 zhi4] /see 周到[zhou1 dao4]/\n",
        "周到 周到 [zhou1 dao4] /thoughtful/considerate/attentive/thorough/also pr. [zhou1 dao5]/\n",
        "陪 陪 [pei2] /to accompany/to keep sb company/to assist/old variant of 賠|赔[pei2]/\n",
        "賠 赔 [pei2] /to compensate for loss/to indemnify/to suffer a financial loss/\n",
        "德 德 [De2] /Germany/German/abbr. for 德國|德国[De2 guo2]/\n",
        "德 德 [de2] /virtue/goodness/morality/ethics/kindness/favor/character/kind/\n",
        "悳 德 [de2] /variant of 德[de2]/\n",
        "朴 朴 [Piao2] /surname Piao/Korean surname (Park, Pak, or Bak)/also pr. [Pu2]/\n",
        "朴 朴 [po4] /Celtis sinensis var. japonica/\n",
        "樸 朴 [pu3] /plain and simple/Taiwan pr. [pu2]/\n",
        "徳 徳 [de2] /Japanese variant of 德[de2]/\n",
        # The same word folds:
        "螘 螘 [yi3] /ant/variant of 蟻|蚁[yi3]/\n",
        "蟻 蚁 [yi3] /ant/\n",
        "陰徑 阴径 [yin1 jing4] /penis/variant of 陰莖|阴茎/\n",
        "陰莖 阴茎 [yin1 jing1] /penis/\n",
        "萤光 萤光 [ying2 guang1] /Taiwan variant of 熒光|荧光[ying2 guang1]/\n",
        "熒光 荧光 [ying2 guang1] /fluorescence/fluorescent light/\n",
    ]
)

EVERYTHING: dict[str, Entry] = {e.zh: e for e in load_cedict(io.StringIO(LINES))}


def _lookup(form: str) -> Entry:
    """The one entry whose zh or zh_aliases hold `form`."""
    (entry,) = [e for e in EVERYTHING.values() if form in (e.zh, *e.zh_aliases)]
    return entry


@pytest.mark.parametrize(
    ("zh", "en", "other"),
    [
        ("确", "authenticated", "埆"),
        ("句", "sentence", "勾"),
        ("草", "grass", "肏"),
        ("陪", "to accompany", "赔"),
    ],
)
def test_a_word_of_its_own_is_not_folded_into_the_word_it_points_to(zh: str, en: str, other: str) -> None:
    assert _lookup(zh).zh == zh
    assert EVERYTHING[zh].en == en, EVERYTHING[zh]
    assert zh not in EVERYTHING[other].zh_aliases


def test_a_place_is_not_folded_into_the_word_its_other_reading_points_to() -> None:
    assert (EVERYTHING["周至"].type, EVERYTHING["周至"].en) == ("place", "Zhouzhi")
    assert "周至" not in EVERYTHING["周到"].zh_aliases


@pytest.mark.parametrize(("form", "name"), [("悳", "德"), ("樸", "朴")])
def test_a_words_forms_are_not_the_names(form: str, name: str) -> None:
    assert form not in (EVERYTHING[name].zh_hant, *EVERYTHING[name].zh_aliases), EVERYTHING[name]


@pytest.mark.parametrize(("variant", "word"), [("螘", "蚁"), ("阴径", "阴茎"), ("萤光", "荧光")])
def test_the_same_word_folds(variant: str, word: str) -> None:
    assert variant not in EVERYTHING
    assert variant in EVERYTHING[word].zh_aliases


def test_a_variant_of_the_word_does_not_fold_into_the_name_written_alike() -> None:
    # Tester 07:39: 徳 "Japanese variant of 德[de2]" (virtue) looked up 德 Germany.
    assert "徳" not in EVERYTHING["德"].zh_aliases, EVERYTHING["德"]
