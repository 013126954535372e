"""CC-CEDICT import: years after a name of English words that name no one are the thing's time, no life (R38-9).

铁幕 "Iron Curtain (1945-1991)" and 共产国际 "Communist International or Comintern (1919-1943), also known as the Third
International" were typed person: a span of years right after a name reads as a life unless the description's head
says another kind, and these descriptions say none. A name of two or more English words (`english_words`), none of
them pinyin, an English given name or a title of someone, names no person (`_names_no_one`): the thing is `name`, the
fallback, as "the Great Depression (1929-c. 1939)" is. CC-CEDICT (2026-12): 2 persons of --proper-only change (these
two); 48 persons had a name of English words and none other changes ("Lu You": pinyin; "Dan Brown": a given name;
"Duke Xiao of Qin": a title).

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict, read_sense

LINES = {
    "铁幕": (
        "鐵幕 铁幕 [Tie3 mu4] /Iron Curtain (1945-1991) (in Taiwan, 鐵幕 was used to refer to both the Iron Curtain "
        "and the Bamboo Curtain)/"
    ),
    "共产国际": (
        "共產國際 共产国际 [Gong4 chan3 Guo2 ji4] /Communist International or Comintern (1919-1943), also known as "
        "the Third International 第三國際|第三国际[Di4 san1 Guo2 ji4]/"
    ),
    "陆游": "陸遊 陆游 [Lu4 You2] /Lu You (1125-1210), widely regarded as the greatest of the Southern Song poets/",
    "巩俐": "鞏俐 巩俐 [Gong3 Li4] /Gong Li (1965-), PRC female film star/",
}


def _type(zh: str) -> str:
    (entry,) = (e for e in load_cedict(io.StringIO(LINES[zh] + "\n"), proper_only=True) if e.zh == zh)
    return entry.type


@pytest.mark.parametrize("zh", ["铁幕", "共产国际"])
def test_a_things_years_make_no_person(zh: str) -> None:
    assert _type(zh) == "name"


@pytest.mark.parametrize("zh", ["陆游", "巩俐"])
def test_a_persons_life_still_makes_a_person(zh: str) -> None:
    assert _type(zh) == "person"


# Glosses made for the test, of CC-CEDICT's shape: a given name, a title of someone.
@pytest.mark.parametrize("gloss", ["Dan Brown (1964-)", "Grand Duke (1801-1850)"])
def test_a_given_name_or_a_title_keeps_the_life(gloss: str) -> None:
    assert read_sense(gloss).type == "person"
