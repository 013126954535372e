"""CC-CEDICT import: ordinary English words cut at a preposition are a stump of the name, whatever follows.

The acceptance tester of the twenty-first session (seed 2031, `--proper-only` and the full import) found 中国人权组织
"Human Rights in China (...)" imported as en "Human Rights" (so English "He studied Human Rights at Columbia."
glossed it), 太平广记 "Extensive records of the Taiping era (978), ..." as "Extensive records", and s20's 白香词谱
"Anthology of ci poems tunes (1795), ..." as "Anthology". s20 made a name whole at a preposition when its last word
is a participle or the phrase after it spells the reading; not after "in", and only before capitalised words.

Now ordinary English words ending on a plural, of no kind of thing ("Human Rights", "Extensive records"), or a work's
generic alone ("Anthology"), name nothing by themselves: the phrase after them belongs to the name, also after "in",
also in lower case (no number, no second preposition). Not "Lingering Garden in Suzhou" (a garden named), "Opium Wars
of 1840-1842" (a kind: war), "Prime tortoise of the record bureau" (no plural). The rule (zhgloss.formats.cedict):
`_whole_phrase`.

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
        "中國人權組織 中国人权组织 [Zhong1 guo2 Ren2 quan2 Zu3 zhi1] /Human Rights in China (New York-based expatriate"
        " PRC organization)/\n",
        "太平廣記 太平广记 [Tai4 ping2 Guang3 ji4] /Extensive records of the Taiping era (978), fictional history"
        " edited by Li Fang 李昉/\n",
        "白香詞譜 白香词谱 [Bai2 xiang1 ci2 pu3] /Anthology of ci poems tunes (1795), edited by Xu Menglan"
        " 舒夢蘭|舒梦兰, with 100 accessible poems from Tang through to Qing times/\n",
        "唐初四大家 唐初四大家 [Tang2 chu1 Si4 Da4 jia1] /Four Great Calligraphers of early Tang/refers to Yu Shinan"
        " 虞世南[Yu2 Shi4 nan2], Ouyang Xun 歐陽詢|欧阳询[Ou1 yang2 Xun2], Chu Suiliang 褚遂良[Chu3 Sui4 liang2] and"
        " Xue Ji 薛稷[Xue1 Ji4]/\n",
        # Kept as they are:
        "留園 留园 [Liu2 yuan2] /Lingering Garden in Suzhou, Jiangsu/\n",
        "鴉片戰爭 鸦片战争 [Ya1 pian4 Zhan4 zheng1] /the Opium Wars of 1840-1842 and 1860-1861/\n",
        "官場現形記 官场现形记 [Guan1 chang3 Xian4 xing2 Ji4] /Observations on the Current State of Officialdom, late"
        " Qing novel by Li Baojia 李寶嘉|李宝嘉[Li3 Bao3 jia4]/\n",
        "冊府元龜 册府元龟 [Ce4 fu3 yuan2 gui1] /Prime tortoise of the record bureau, Song dynasty historical"
        " encyclopedia of political essays, autobiography, memorials and decrees, compiled 1005-1013 under Wang Qinruo"
        " 王欽若|王钦若 and Yang Yi 楊億|杨亿, 1000 scrolls/\n",
    ]
)

NAMES: dict[str, Entry] = {e.zh: e for e in load_cedict(io.StringIO(LINES), proper_only=True)}


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("中国人权组织", "Human Rights in China"),
        ("太平广记", "Extensive records of the Taiping era"),
        ("白香词谱", "Anthology of ci poems tunes"),
        ("唐初四大家", "Four Great Calligraphers of early Tang"),
    ],
)
def test_ordinary_words_cut_at_a_preposition_are_a_stump(zh: str, en: str) -> None:
    assert NAMES[zh].en == en, NAMES[zh]


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("留园", "Lingering Garden"),
        ("鸦片战争", "Opium Wars"),
        ("官场现形记", "Observations on the Current State of Officialdom"),
        ("册府元龟", "Prime tortoise of the record bureau"),  # the whole title (s27: was cut at "of", typed org)
    ],
)
def test_a_name_that_names_its_thing_stays_as_it_is(zh: str, en: str) -> None:
    assert NAMES[zh].en == en, NAMES[zh]
