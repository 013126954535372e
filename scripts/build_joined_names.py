"""Build src/zhgloss/data/joined_names.txt: the names CC-CEDICT lists whole that join two parts with 和, 与 or 及.

`zhgloss harvest` reads "Lei Jun and Lin Bin (雷军和林斌)" and "阿里巴巴与腾讯（Alibaba and Tencent）" as two pairs,
a name each; but 塞尔维亚和黑山 "Serbia and Montenegro" (the state of 2003-2006), 罗密欧与朱丽叶 "Romeo and Juliet"
and 纽芬兰与拉布拉多 "Newfoundland and Labrador" are one name each, which a dictionary knows and no rule can tell
from two. This file is CC-CEDICT's such headwords: simplified and traditional, whose Chinese is two parts of two or
more characters joined by 和, 与/與 or 及, whose pinyin is capitalised (a proper name) and whose first English sense
joins capitalised words with "and" or "&" ("Serbia and Montenegro (after break-up of Yugoslavia in 1992)").

CC-CEDICT is licensed CC BY-SA 4.0; the file written is derived from it and carries the same licence, with the
credit, in its header.

Run: python scripts/build_joined_names.py /work/shared/data/cedict_ts.u8.gz [OUT]
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "src" / "zhgloss" / "data" / "joined_names.txt"

HEADER = """\
# Names CC-CEDICT lists whole whose Chinese joins two parts with 和, 与 or 及 (塞尔维亚和黑山 "Serbia and Montenegro"),
# for zhgloss harvest: such a bracket is one name, not a list of two. Built by scripts/build_joined_names.py from
# CC-CEDICT ({date}; https://cc-cedict.org/wiki/). CC-CEDICT: community maintained, published by MDBG; CEDICT (C)
# 1997, 1998 Paul Andrew Denisowski. Licence: Creative Commons Attribution-ShareAlike 4.0
# (https://creativecommons.org/licenses/by-sa/4.0/); this file is derived from it and shared under the same licence.
# Each name simplified and traditional, one a line.
"""

_LINE = re.compile(r"(\S+) (\S+) \[([^]]*)\] /(.*)/\s*$")
_JOINED = re.compile(r"[A-Z]\S* (?:and|&) (?:the |The )?[A-Z]")


def joined_names(lines: list[str]) -> set[str]:
    """The simplified and traditional headwords of `lines` (CC-CEDICT's) that are one name joined by 和, 与 or 及."""
    names: set[str] = set()
    for line in lines:
        found = _LINE.match(line)
        if found is None or line.startswith("#"):
            continue
        traditional, simplified, pinyin, senses = found.groups()
        parts = re.split("[和与與及]", simplified)
        if len(parts) != 2 or any(len(part) < 2 for part in parts) or not pinyin[:1].isupper():
            continue
        if _JOINED.search(senses.split("/")[0]):
            names.update((simplified, traditional))
    return names


def main() -> None:
    source = Path(sys.argv[1])
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUT
    with gzip.open(source, "rt", encoding="utf-8") as fp:
        lines = fp.readlines()
    date = next((line.split("=", 1)[1].strip() for line in lines if line.startswith("#! date=")), "date unknown")
    with out.open("w", encoding="utf-8") as fp:
        fp.write(HEADER.format(date=date))
        fp.writelines(f"{name}\n" for name in sorted(joined_names(lines)))


if __name__ == "__main__":
    main()
