"""An entry's reading is the reading of the line that gives its sense, never of a line that only points elsewhere
(twenty-ninth session; the lead's request from cur's measurements: 万 [Mo4] "see 万俟[Mo4 qi2]" before 萬 万
[Wan4] "surname Wan" gave 万 the id "mo-…", the pinyin Mò and the type `name`, so `lookup 万` showed Mò).

A first line of a headword that names nothing (a pointer) gives the entry nothing: the next line that names
something takes over its reading, its traditional form and its kind, even a surname's (a surname's line already
gave way to a later line naming a thing: 年 "surname Nian" before "year").
"""

from __future__ import annotations

import io

from zhgloss.formats.cedict import load_cedict

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = "万 万 [Mo4] /see 万俟[Mo4 qi2]/\n萬 万 [Wan4] /surname Wan/\n萬 万 [wan4] /ten thousand/a great number/\n"
# Lines of my own of the same shape.
OWN = "乙 乙 [Ga2] /see 乙甲[Ga2 jia3]/\n乙 乙 [Yi3] /surname Yi/\n"


def test_the_surname_gives_the_reading() -> None:
    (entry,) = [e for e in load_cedict(io.StringIO(REAL), proper_only=True) if e.zh == "万"]
    assert (entry.en, entry.type, entry.pinyin, entry.zh_hant) == ("Wan", "surname", "Wàn", "萬")
    assert entry.id.startswith("wan-")


def test_a_line_of_my_own() -> None:
    (entry,) = [e for e in load_cedict(io.StringIO(OWN), proper_only=True) if e.zh == "乙"]
    assert (entry.en, entry.type, entry.pinyin) == ("Yi", "surname", "Yǐ")
