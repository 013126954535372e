"""Build src/zhgloss/data/known_persons.txt: people CC-CEDICT lists, for `annotate --unknown`.

A CC-CEDICT headword of two to four Han characters is a person here when its pinyin starts with
a capital and its first gloss starts with a capitalised name and the person's dates, born in
FIRST_YEAR (1000) or later: "Vladimir Putin (1952-), president of Russia", "Jin Yong, pen name of
Louis Cha (1924-2018)" (a name, a comma and what it stands for, then the dates), "Li Ning (1963-),
PRC gymnast", "Zuo Zongtang (1812-1885), Chinese administrator". Dynasties, eras, states and works
("Xia Dynasty (2070-1600 BC)", "Meiji era (1868-1912)", "Taiping Heavenly Kingdom (1851-1864)")
are left out by the words of _NOT_PERSONS, in any case, and anything dated BC. The finder takes
such a name right after a title (总统普京, 小说家金庸), where a word (万里 "ten thousand li") or a
name with no Chinese surname (普京) is no evidence against it, and elsewhere where the text reads
as a name (葛优凭借, 左宗棠的; not 左宗棠鸡). Until the tenth session only people born in 1850 or
later were taken (and eras written "era" in lower case slipped in: 明治, 昭和).

CC-CEDICT is licensed CC BY-SA 4.0; the file written is derived from it and carries the same
licence, with the credit, in its header.

Run: python scripts/build_known_persons.py [/work/shared/data/cedict_ts.u8.gz] [OUT]
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "cedict_ts.u8.gz"
DEFAULT_OUT = ROOT / "src" / "zhgloss" / "data" / "known_persons.txt"

_LINE_RE = re.compile(r"^(\S+) (\S+) \[([^\]]+)\] /(.*)/\s*$")
# A capitalised name (words of letters, apostrophes, hyphens and dots), then, after an optional
# comma and what the name stands for, the dates: "(1952-)", "(1924-2018)", "(c. 1983-)", "(born 1961)".
_PERSON_RE = re.compile(
    r"^(?:[A-Z][\w'.-]*)(?: [A-Za-z][\w'.-]*){0,5}(?:,[^()/]{0,80})? \((?:(?:c\. )?(\d{4})-|(?:born |b\. )(\d{4})\))"
)
FIRST_YEAR = 1000
_BC = re.compile(r"\bBC\b")
"""Dates before Christ, anywhere in the first gloss: a dynasty (Western Zhou (1027-771 BC)), no person."""
# Dated things that are named like people: "Korean War (1950-1953)", "Comintern ... (1919-1943)".
_NOT_PERSONS = re.compile(
    r"(?i)\b(?:reign|State|Kingdom|Empire|Shogunate|government|regime|"
    r"War|Wars|Dynasty|Period|Revolution|International|Incident|Movement|Uprising|Rebellion|"
    r"Treaty|Expedition|Farm|Capital|Manifesto|Battle|Campaign|Republic|Party|Era|Reign)\b"
)


def _is_han(text: str) -> bool:
    return all(0x3400 <= ord(c) <= 0x9FFF for c in text)


def parse(lines: list[str]) -> tuple[list[str], list[str]]:
    """Return CC-CEDICT's header comments and the simplified headwords of modern persons, sorted."""
    header = [line.rstrip("\r\n") for line in lines if line.startswith("#")]
    persons: set[str] = set()
    for line in lines:
        match = _LINE_RE.match(line.rstrip("\r\n"))
        if match is None:
            continue
        _, zh, pinyin, glosses = match.groups()
        if not (2 <= len(zh) <= 4 and _is_han(zh) and pinyin[:1].isupper()):
            continue
        first = glosses.split("/")[0]
        person = _PERSON_RE.match(first)
        if (
            person is not None
            and int(person.group(1) or person.group(2)) >= FIRST_YEAR
            and not _NOT_PERSONS.search(person.group())
            and not _BC.search(first)
        ):
            persons.add(zh)
    return header, sorted(persons)


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUT
    with gzip.open(source, "rt", encoding="utf-8") as fp:
        header, persons = parse(fp.readlines())
    date = next((line.split("=", 1)[1] for line in header if line.startswith("#! date=")), "unknown date")
    lines = [
        f"# People born in {FIRST_YEAR} or later that CC-CEDICT lists, for zhgloss annotate --unknown: the finder",
        "# takes one of these names right after a title even when it is also a word or has no Chinese surname",
        "# (总统普京, 委员长万里), and elsewhere where the text reads as a name (葛优凭借, 左宗棠的; not 左宗棠鸡).",
        "# Built by scripts/build_known_persons.py from CC-CEDICT",
        f"# (date={date}; https://cc-cedict.org/wiki/). CC-CEDICT: community maintained, published by MDBG;",
        "# CEDICT (C) 1997, 1998 Paul Andrew Denisowski. Licence: Creative Commons Attribution-ShareAlike 4.0",
        "# (https://creativecommons.org/licenses/by-sa/4.0/); this file is derived from it and shared under",
        "# the same licence. One simplified headword a line.",
        *persons,
    ]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(persons)} names to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
