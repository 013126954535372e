"""Build src/zhgloss/data/joined_names.txt and conjunction_names.txt: CC-CEDICT's names with a conjunction in them.

joined_names.txt: the names CC-CEDICT lists whole that join two parts with 和, 与 or 及.

`zhgloss harvest` reads "Lei Jun and Lin Bin (雷军和林斌)" and "阿里巴巴与腾讯（Alibaba and Tencent）" as two pairs,
a name each; but 塞尔维亚和黑山 "Serbia and Montenegro" (the state of 2003-2006), 罗密欧与朱丽叶 "Romeo and Juliet"
and 纽芬兰与拉布拉多 "Newfoundland and Labrador" are one name each, which a dictionary knows and no rule can tell
from two. This file is CC-CEDICT's such headwords: simplified and traditional, whose Chinese is two parts of two or
more characters joined by 和, 与/與 or 及, whose pinyin is capitalised (a proper name) and whose first English sense
joins capitalised words with "and" or "&" ("Serbia and Montenegro (after break-up of Yugoslavia in 1992)").

conjunction_names.txt: the names CC-CEDICT lists that open with 和, 与 or 及. `zhgloss harvest`
takes a name before a bracket from after the last word of the sentence, and 和, 与 and 及 are such
words: 库克与软银集团（SoftBank Group） is 软银集团. But jieba's counts, which cut the sentence into
words, lack most names and cut them into lone syllables (软|银|集团), so a conjunction before a lone
syllable may open the name instead: 和 of 和记电讯 and of 长江和记实业 (CK Hutchison; 长江|和|记|实业).
Which names a conjunction opens is a dictionary's to say: this file is CC-CEDICT's proper-noun
headwords (capitalised pinyin) of two characters or more that open with 和, 与/與 or 及 (和记黄埔
"Hutchison Whampoa", 和硕, 和田), simplified and traditional. CC-CEDICT lists none opening with 与 or 及.

CC-CEDICT is licensed CC BY-SA 4.0; the files written are derived from it and carry the same licence, with the
credit, in their headers.

Run: python scripts/build_joined_names.py /work/shared/data/cedict_ts.u8.gz [OUT_FOLDER]
"""

from __future__ import annotations

import gzip
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "src" / "zhgloss" / "data"

HEADER = """\
# Names CC-CEDICT lists whole whose Chinese joins two parts with 和, 与 or 及 (塞尔维亚和黑山 "Serbia and Montenegro"),
# for zhgloss harvest: such a bracket is one name, not a list of two. Built by scripts/build_joined_names.py from
# CC-CEDICT ({date}; https://cc-cedict.org/wiki/). CC-CEDICT: community maintained, published by MDBG; CEDICT (C)
# 1997, 1998 Paul Andrew Denisowski. Licence: Creative Commons Attribution-ShareAlike 4.0
# (https://creativecommons.org/licenses/by-sa/4.0/); this file is derived from it and shared under the same licence.
# Each name simplified and traditional, one a line.
"""

CONJUNCTION_HEADER = """\
# Names CC-CEDICT lists that open with 和, 与 or 及 (和记黄埔 "Hutchison Whampoa", 和硕, 和田), for zhgloss harvest:
# a conjunction before a name opens it only where it and the syllable after it open such a name (和记 of 长江和记实业);
# CC-CEDICT lists none that opens with 与 or 及. Built by scripts/build_joined_names.py from CC-CEDICT ({date};
# https://cc-cedict.org/wiki/). CC-CEDICT: community maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew
# Denisowski. Licence: Creative Commons Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/);
# this file is derived from it and shared under the same licence. Each name simplified and traditional, one a line.
"""

_LINE = re.compile(r"(\S+) (\S+) \[([^]]*)\] /(.*)/\s*$")
_JOINED = re.compile(r"[A-Z]\S* (?:and|&) (?:the |The )?[A-Z]")


def _proper_headwords(lines: list[str]) -> Iterator[tuple[str, str, str]]:
    """The traditional and simplified headwords and the first sense of each proper-noun line (capitalised pinyin) of
    `lines` (CC-CEDICT's)."""
    for line in lines:
        found = _LINE.match(line)
        if found is not None and not line.startswith("#") and found.group(3)[:1].isupper():
            yield found.group(1), found.group(2), found.group(4).split("/")[0]


def joined_names(lines: list[str]) -> set[str]:
    """The simplified and traditional headwords of `lines` (CC-CEDICT's) that are one name joined by 和, 与 or 及."""
    names: set[str] = set()
    for traditional, simplified, sense in _proper_headwords(lines):
        parts = re.split("[和与與及]", simplified)
        if len(parts) == 2 and all(len(part) >= 2 for part in parts) and _JOINED.search(sense):
            names.update((simplified, traditional))
    return names


def conjunction_names(lines: list[str]) -> set[str]:
    """The simplified and traditional headwords of `lines` (CC-CEDICT's) that are proper names of two characters or
    more opening with 和, 与 or 及."""
    return {
        form
        for traditional, simplified, _ in _proper_headwords(lines)
        if len(simplified) >= 2 and simplified[0] in "和与及"
        for form in (simplified, traditional)
    }


def main() -> None:
    source = Path(sys.argv[1])
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUT
    with gzip.open(source, "rt", encoding="utf-8") as fp:
        lines = fp.readlines()
    date = next((line.split("=", 1)[1].strip() for line in lines if line.startswith("#! date=")), "date unknown")
    for name, header, names in (
        ("joined_names.txt", HEADER, joined_names(lines)),
        ("conjunction_names.txt", CONJUNCTION_HEADER, conjunction_names(lines)),
    ):
        with (out / name).open("w", encoding="utf-8") as fp:
            fp.write(header.format(date=date))
            fp.writelines(f"{name}\n" for name in sorted(names))


if __name__ == "__main__":
    main()
