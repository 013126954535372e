"""CC-CEDICT import: the English is the whole name, never a description or a piece of the line.

The blind tester of the thirty-fifth session (/work/tools/s35/reports/blind.md, firm 4 and 5 and the full import's
惠施) and the user's U35-40 found English that is not the name:
- a list saying what a place covers as its English: 河西 "land west of the Yellow river/Shaanxi, Qinghai and Gansu
  provinces/" was "Shaanxi, Qinghai and Gansu"; a region described by where it lies is called by its reading, Hexi
  (as 周口 "prefecture level city in east Henan" is Zhoukou), and a list after it names its parts;
- a phrase cut at a participle: 苏占区 "Soviet-occupied area (of Eastern Europe etc)" was "Soviet-occupied", a place;
  a name's participle before a common noun says who holds the thing, and the phrase is a term, no name;
- a country's name cut from the body named after it: 英超赛 "England premier soccer league" was "England" (an org);
- a dynasty cut from its word: 唐代 "Tang dynasty (618-907)" was "Tang", 明代 "the Ming dynasty" "Ming", while 元代 was
  "Yuan dynasty" and 秦朝 "Qin Dynasty": one rule, "X dynasty" as the line writes it, X an alias (a character, 唐, keeps
  the bare name, as a character stands for every name it is);
- a name read from a folded line over the head's own: 惠施 "Hui Shi, also known as Hui-zi" was "Hui-zi", the English
  of 惠子 "Hui-zi also known as Hui Shi 惠施" folded into it; the entry headed 惠施 is Hui Shi.
The rules (zhgloss.formats.cedict): `_DESCRIBED_PLACE_RE` and the list after an unnamed sense in `_read_line`,
`_RULED_RE` in `read_sense`, `_name_the_countrys_bodies`, `_name_the_dynasties`, and the head's own name in
`load_cedict`.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected values were read off the lines
by hand (README: "a dynasty stays lower case").
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

LINES = "\n".join(
    [
        "河西 河西 [He2 xi1] /land west of the Yellow river/Shaanxi, Qinghai and Gansu provinces/",
        "蘇佔區 苏占区 [Su1 zhan4 qu1] /Soviet-occupied area (of Eastern Europe etc)/",
        "英超賽 英超赛 [Ying1 chao1 sai4] /England premier soccer league/",
        "唐代 唐代 [Tang2 dai4] /Tang dynasty (618-907)/",
        "明代 明代 [Ming2 dai4] /the Ming dynasty (1368-1644)/",
        "秦代 秦代 [Qin2 dai4] /Qin dynasty (221-207 BC), founded by the first emperor Qin Shihuang 秦始皇[Qin2 Shi3"
        " huang2]/",
        "南宋 南宋 [Nan2 song4] /the Southern Song dynasty (1127-1279)/",
        "惠子 惠子 [Hui4 zi5] /Hui-zi also known as Hui Shi 惠施[Hui4 Shi1] (c. 370-310 BC), politician and philosopher"
        " of the School of Logicians 名家[Ming2 jia1] during the Warring States Period (475-220 BC)/",
        "惠施 惠施 [Hui4 Shi1] /Hui Shi, also known as Hui-zi 惠子[Hui4 zi5](c. 370-310 BC), politician and philosopher"
        " of the School of Logicians 名家[Ming2 jia1] during the Warring States Period (475-220 BC)/",
        # Kept as they are:
        "唐 唐 [Tang2] /Tang dynasty (618-907)/surname Tang/",
        "秦朝 秦朝 [Qin2 chao2] /Qin Dynasty (221-207 BC)/",
        "陝甘寧 陕甘宁 [Shan3 Gan1 Ning2] /Shaanxi, Gansu and Ningxia provinces/",
        "",
    ]
)

NAMES: dict[str, Entry] = {e.zh: e for e in load_cedict(io.StringIO(LINES), proper_only=True)}
ALL: dict[str, Entry] = {e.zh: e for e in load_cedict(io.StringIO(LINES), proper_only=False)}


@pytest.mark.parametrize(
    ("zh", "type_", "en", "aliases"),
    [
        ("河西", "place", "Hexi", ()),
        ("英超赛", "org", "England Premier Soccer League", ()),
        ("唐代", "event", "Tang dynasty", ("Tang",)),
        ("明代", "event", "Ming dynasty", ("Ming",)),
        ("秦代", "event", "Qin dynasty", ("Qin",)),
        ("南宋", "event", "Southern Song dynasty", ("Southern Song",)),
        # kept:
        ("唐", "event", "Tang", ()),
        ("秦朝", "event", "Qin Dynasty", ()),
        ("陕甘宁", "place", "Shaanxi, Gansu and Ningxia", ()),
    ],
)
def test_the_english_is_the_whole_name(zh: str, type_: str, en: str, aliases: tuple[str, ...]) -> None:
    entry = NAMES[zh]
    assert (entry.type, entry.en) == (type_, en), entry
    assert all(a in entry.aliases for a in aliases), entry


def test_a_list_of_what_a_place_covers_is_in_the_note_only() -> None:
    entry = NAMES["河西"]
    assert not any("Gansu" in a for a in entry.aliases), entry
    assert "Shaanxi, Qinghai and Gansu provinces" in (entry.note or "")


def test_a_participle_phrase_is_a_term_not_a_name() -> None:
    assert "苏占区" not in NAMES
    assert ALL["苏占区"].type == "term" and ALL["苏占区"].en == "Soviet-occupied area", ALL["苏占区"]


def test_the_head_s_own_line_names_the_entry() -> None:
    entry = NAMES.get("惠施") or next(e for e in NAMES.values() if "惠施" in e.zh_aliases)
    assert entry.zh == "惠施" and entry.en == "Hui Shi" and "Hui-zi" in entry.aliases, entry
