"""CC-CEDICT import: capitals that qualify a participle make a phrase, no name; so does an ordinary word in a role.

The acceptance tester's s20 held-out draw (seed 2030, `--proper-only`) found 国家一级保护 "Grade One State protected
(species)" imported as the place "Grade One State" (by "State"): a grade of protection, no name. A name followed by
a participle of an English verb that ends the sense, or comes before a bracket, is an attributive phrase; the sense
names nothing (zhgloss.formats.cedict `read_sense`, `_PARTICIPLE_AFTER_RE`). Not a participle inside a description
("..., Northern Song official renowned for ..."), nor a name cut before one ("Site Protected| at the National
Level", test_cedict_phrases_s20.py).

The tester's s21 draw (09:22 (3)) found 罗马教廷 "the Church (as Royal Court)/the Holy See/the Vatican/" with en
"Church": one ordinary English word said of the thing in a role ("(as ...)") names nothing; the next sense does.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected values were read off the lines
by hand.
"""

from __future__ import annotations

import io

from zhgloss.formats.cedict import load_cedict, read_sense

LINES = "".join(
    [
        "國家一級保護 国家一级保护 [Guo2 jia1 yi1 ji2 bao3 hu4] /Grade One State protected (species)/\n",
        "羅馬教廷 罗马教廷 [Luo2 ma3 jiao4 ting2] /the Church (as Royal Court)/the Holy See/the Vatican/\n",
        "全國重點文物保護單位 全国重点文物保护单位 [Quan2 guo2 Zhong4 dian3 Wen2 wu4 Bao3 hu4 Dan1 wei4] /Major"
        " Historical and Cultural Site Protected at the National Level/\n",
    ]
)


def test_capitals_before_a_participle_are_no_name() -> None:
    names = {e.zh: e for e in load_cedict(io.StringIO(LINES), proper_only=True)}
    assert "国家一级保护" not in names, names.get("国家一级保护")
    assert names["全国重点文物保护单位"].en == "Major Historical and Cultural Site Protected at the National Level"


def test_a_participle_in_a_description_is_the_description_s() -> None:
    sense = read_sense("Bao Zheng (999-1062), Northern Song official renowned for his honesty")
    assert (sense.name, sense.type) == ("Bao Zheng", "person")


def test_an_ordinary_word_said_of_a_thing_in_a_role_is_no_name() -> None:
    # Tester s21 09:22 (3): 罗马教廷 was en "Church", so check failed "The Holy See announced ..." as a variant.
    names = {e.zh: e for e in load_cedict(io.StringIO(LINES), proper_only=True)}
    assert names["罗马教廷"].en == "Holy See", names["罗马教廷"]
    assert "Vatican" in names["罗马教廷"].aliases
    assert "Church" not in names["罗马教廷"].aliases
