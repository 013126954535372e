"""Build src/zhgloss/data/cedict_things.tsv: the headwords CC-CEDICT's import types as things, not people, for `add`.

`zhgloss add` with no --type drafts a person: 上海 became the person "Shang Hai" and 新华社 "Xin Huashe" (the
review's R38-17), as any two or three characters read as a surname and a given name. The rule that reads a
CC-CEDICT line's kind is the import's (`zhgloss.formats.cedict.load_cedict` with `proper_only`: places, organisations,
events, works, products; README "import"), so this file is that import's things: each such entry's Chinese and
Chinese aliases with the type, one a line, sorted, leaving out every form the import also gives a person, a name or a
surname (李宁 the gymnast beside the company: a person's name may be meant), and every form data/cedict_persons.txt
lists.

CC-CEDICT is licensed CC BY-SA 4.0; the file written is derived from it and carries the same licence, with the
credit, in its header.

Run: python scripts/build_cedict_things.py [/work/shared/data/cedict_ts.u8.gz] [OUT]
"""

from __future__ import annotations

import gzip
import sys
from collections import defaultdict
from pathlib import Path

from zhgloss.formats.cedict import load_cedict

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "cedict_ts.u8.gz"
DEFAULT_OUT = ROOT / "src" / "zhgloss" / "data" / "cedict_things.tsv"
PERSONS = ROOT / "src" / "zhgloss" / "data" / "cedict_persons.txt"
"""harvest's people of CC-CEDICT (scripts/build_cedict_persons.py): a form there (丰田, 福特: Toyota and Ford, and
their founders' names) is left out too."""

THINGS = ("place", "org", "event", "work", "product")
"""The import's types of a thing no person's name is: the order is the one a form of two types is written with."""

HEADER = """\
# Things CC-CEDICT lists, as zhgloss's CC-CEDICT import (--proper-only) types them (place, org, event, work,
# product), for zhgloss add: a name added with no --type that is one of these is not drafted as a person (上海 is no
# "Shang Hai"). Built by scripts/build_cedict_things.py from CC-CEDICT ({date}; https://cc-cedict.org/wiki/).
# CC-CEDICT: community maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski. Licence: Creative
# Commons Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this file is derived from it
# and shared under the same licence. Columns: the Chinese form (an entry's simplified Chinese or Chinese alias), its
# type; a form the import also gives a person, name or surname, or that cedict_persons.txt lists, is left out.
"""


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUT
    with gzip.open(source, "rt", encoding="utf-8") as fp:
        date = next((line.strip("#! \n") for line in fp if line.startswith("#! date=")), "date unknown")
    kinds: dict[str, set[str]] = defaultdict(set)
    with gzip.open(source, "rt", encoding="utf-8") as fp:
        for entry in load_cedict(fp, proper_only=True, source=str(source)):
            for form in (entry.zh, *entry.zh_aliases):
                if form:
                    kinds[form].add(entry.type)
    persons = set(PERSONS.read_text(encoding="utf-8").splitlines())
    rows = [
        f"{form}\t{next(kind for kind in THINGS if kind in types)}\n"
        for form, types in sorted(kinds.items())
        if types <= set(THINGS) and form not in persons
    ]
    with out.open("w", encoding="utf-8") as fp:
        fp.write(HEADER.format(date=date))
        fp.writelines(rows)


if __name__ == "__main__":
    main()
