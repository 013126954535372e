"""Build src/zhgloss/data/foreign_surnames.tsv: surnames CC-CEDICT's people bear more often as Koreans or Vietnamese.

`zhgloss add 李在明` with no --en writes the English from the pinyin, "Li Zaiming", while the President of South
Korea writes "Lee Jae-myung"; `add 阮富仲` writes "Ruan Fuzhong" for Nguyen Phu Trong. Nothing in a name's characters
tells a Korean or Vietnamese name from a Chinese one (Chinese news writes both in the same characters, and the Korean
census's surnames are those of 646 of CC-CEDICT's 1,084 Chinese persons of name_readings.tsv), so `add` cannot make
their English; it can say when the English it makes is a guess that the surname makes doubtful. This table is that
evidence: for each surname (surnames.tsv's, by `zhgloss.pinyin.find_surname`), how many of the people CC-CEDICT's
import (--proper-only) types `person` with a name of two to four Chinese characters bear it, by what their line says
of them: Korean (the note names Korea, Joseon, Goryeo, Silla or Baekje), Vietnamese (Vietnam), or neither (counted as
Chinese). A surname is listed where two or more of its bearers are Korean or Vietnamese and they are at least as many
as the others: 朴 (3 of 3 Korean), 金 (10 of 14), 黎 and 阮 (2 of 3 Vietnamese).

CC-CEDICT is licensed CC BY-SA 4.0; the file written is derived from it and carries the same licence, with the
credit, in its header.

Run: python scripts/build_foreign_surnames.py [/work/shared/data/cedict_ts.u8.gz] [OUT]
"""

from __future__ import annotations

import gzip
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from zhgloss.formats.cedict import load_cedict
from zhgloss.pinyin import find_surname
from zhgloss.script import is_cjk

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "cedict_ts.u8.gz"
DEFAULT_OUT = ROOT / "src" / "zhgloss" / "data" / "foreign_surnames.tsv"

KOREAN_RE = re.compile(r"\b(?:Korea|Korean|Joseon|Goryeo|Silla|Baekje)\b")
VIETNAMESE_RE = re.compile(r"\b(?:Vietnam|Vietnamese)\b")

HEADER = """\
# Surnames that CC-CEDICT's people bear more often as Koreans or Vietnamese than as Chinese, for zhgloss add: the
# English it makes of such a name's pinyin ("Ruan Fuzhong" for 阮富仲, Nguyen Phu Trong) is said to be a guess.
# Built by scripts/build_foreign_surnames.py from CC-CEDICT ({date}; https://cc-cedict.org/wiki/): the people its
# import (--proper-only) types person, two to four Chinese characters, counted by what their line says (Korean:
# Korea, Joseon, Goryeo, Silla, Baekje; Vietnamese: Vietnam; else Chinese); a surname with two or more Korean or
# Vietnamese bearers, as many as the others at least. CC-CEDICT: community maintained, published by MDBG; CEDICT (C)
# 1997, 1998 Paul Andrew Denisowski. Licence: Creative Commons Attribution-ShareAlike 4.0
# (https://creativecommons.org/licenses/by-sa/4.0/); this file is derived from it and shared under the same licence.
# Columns: surname (simplified), korean, vietnamese, chinese (the counts of its bearers), examples (CC-CEDICT's).
surname\tkorean\tvietnamese\tchinese\texamples
"""


def count(entries: list[tuple[str, str]]) -> dict[str, tuple[Counter[str], list[str]]]:
    """Each surname's bearers among `entries` (a person's Chinese and the note of its line), counted by origin."""
    found: dict[str, tuple[Counter[str], list[str]]] = defaultdict(lambda: (Counter(), []))
    for zh, note in entries:
        if not 2 <= len(zh) <= 4 or not all(map(is_cjk, zh)):
            continue
        surname = find_surname(zh)
        if surname is None:
            continue
        origin = "korean" if KOREAN_RE.search(note) else "vietnamese" if VIETNAMESE_RE.search(note) else "chinese"
        counts, examples = found[surname.zh]
        counts[origin] += 1
        if origin != "chinese":
            examples.append(zh)
    return found


def listed(found: dict[str, tuple[Counter[str], list[str]]]) -> list[str]:
    """The rows of the surnames whose Korean and Vietnamese bearers are two or more and no fewer than the others."""
    rows = []
    for surname, (counts, examples) in sorted(found.items()):
        foreign = counts["korean"] + counts["vietnamese"]
        if foreign >= 2 and foreign >= counts["chinese"]:
            cells = [surname, counts["korean"], counts["vietnamese"], counts["chinese"], ",".join(sorted(examples)[:4])]
            rows.append("\t".join(map(str, cells)) + "\n")
    return rows


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUT
    with gzip.open(source, "rt", encoding="utf-8") as fp:
        date = next((line.strip("#! \n") for line in fp if line.startswith("#! date=")), "date unknown")
    with gzip.open(source, "rt", encoding="utf-8") as fp:
        people = [
            (entry.zh, entry.note or "")
            for entry in load_cedict(fp, proper_only=True, source=str(source))
            if entry.type == "person" and entry.zh
        ]
    rows = listed(count(people))
    with out.open("w", encoding="utf-8") as fp:
        fp.write(HEADER.format(date=date))
        fp.writelines(rows)
    print(f"wrote {len(rows)} surnames to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
