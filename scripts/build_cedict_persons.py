"""Build src/zhgloss/data/cedict_persons.txt: the headwords CC-CEDICT's import types `person`, for `zhgloss harvest`.

`harvest` types a pair the sentence says nothing of by its own forms; a person CC-CEDICT names in English other
than by the pinyin ("Joe Biden (拜登)", "Recep Tayyip Erdogan (埃尔多安)") has no pinyin to go by. The rule that
reads a CC-CEDICT line as a person is the import's (`zhgloss.formats.cedict.load_cedict`: life dates, an emperor's
names, a hero of a novel ..., README "import"), so this file is that import's people: each `person` entry's
Chinese and Chinese aliases (斯大林 and 约瑟夫·斯大林), simplified and traditional, one a line, sorted.

CC-CEDICT is licensed CC BY-SA 4.0; the file written is derived from it and carries the same licence, with the
credit, in its header.

Run: python scripts/build_cedict_persons.py [/work/shared/data/cedict_ts.u8.gz] [OUT]
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

from zhgloss.formats.cedict import load_cedict

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "cedict_ts.u8.gz"
DEFAULT_OUT = ROOT / "src" / "zhgloss" / "data" / "cedict_persons.txt"

HEADER = """\
# People CC-CEDICT lists, as zhgloss's CC-CEDICT import types them (`person`), for zhgloss harvest: a pair whose
# Chinese is one of these is a person ("Joe Biden (拜登)"). Built by scripts/build_cedict_persons.py from CC-CEDICT
# ({date}; https://cc-cedict.org/wiki/). CC-CEDICT: community maintained, published by MDBG; CEDICT (C) 1997, 1998
# Paul Andrew Denisowski. Licence: Creative Commons Attribution-ShareAlike 4.0
# (https://creativecommons.org/licenses/by-sa/4.0/); this file is derived from it and shared under the same licence.
# Each person's Chinese and Chinese aliases, simplified and traditional, one a line.
"""


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUT
    with gzip.open(source, "rt", encoding="utf-8") as fp:
        date = next((line.strip("#! \n") for line in fp if line.startswith("#! date=")), "date unknown")
    names: set[str] = set()
    with gzip.open(source, "rt", encoding="utf-8") as fp:
        for entry in load_cedict(fp, proper_only=True, source=str(source)):
            if entry.type == "person":
                names.update(form for form in (entry.zh, entry.zh_hant, *entry.zh_aliases) if form)
    with out.open("w", encoding="utf-8") as fp:
        fp.write(HEADER.format(date=date))
        fp.writelines(f"{name}\n" for name in sorted(names))


if __name__ == "__main__":
    main()
