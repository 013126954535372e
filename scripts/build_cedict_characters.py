"""Build src/zhgloss/data/cedict_characters.tsv: what CC-CEDICT's entries for single characters say that pypinyin,
OpenCC and Unihan do not.

`zhgloss validate` checks a reading against pypinyin's readings of each character and a traditional form
against OpenCC and Unihan's variants (data/variant_characters.tsv). CC-CEDICT's names read and write some
characters in ways none of those know, and its own entry for the character says so:

- readings: 崁 kǎn (Taiwan's reading, the only one Taiwan's Ministry of Education dictionary gives; pypinyin
  has kàn), 舺 "Taiwan pr. [jia3]" (艋舺 Měngjiǎ), 蹈 "Taiwan pr. [dao4]", 彟 huò "see 武士彠|武士彟[Wu3 Shi4
  huo4]", 麿 mǒ. Every reading of a one-character headword, with those its glosses give as "Taiwan pr. [..]"
  or "also pr. [..]", that pypinyin does not list for the character;
- spellings: 甦 苏 ("variant of 蘇|苏"), 畬 畲 (Taiwan writes the She people 畬族), 珮 佩, 琊 玡, 屭 屃, and
  "伕 /variant of 夫/": a one-character headword's simplified column, or the single character a "variant of"
  gloss names, where OpenCC's t2s gives another character and Unihan relates none of the two.

A reading or spelling found only here is the source's word and no other's: validate reports it as a warning
that says so, not as an error, and still reports as errors the readings no entry of the character gives
(肿 zhōng in 国际肿瘤研究机构: CC-CEDICT's 腫 is zhong3).

CC-CEDICT is licensed CC BY-SA 4.0; the file written is derived from it and carries the same licence, with the
credit, in its header.

Run: python scripts/build_cedict_characters.py [/work/shared/data/cedict_ts.u8.gz] [OUT]
"""

from __future__ import annotations

import gzip
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "cedict_ts.u8.gz"
DEFAULT_OUT = ROOT / "src" / "zhgloss" / "data" / "cedict_characters.tsv"

_LINE_RE = re.compile(r"^(\S) (\S) \[([A-Za-z:]+[1-5])\] /(.*)/\s*$")
_MORE_RE = re.compile(r"(?:Taiwan|also) pr\. \[([A-Za-z:]+[1-5])\]")
_VARIANT_RE = re.compile(r"(?:^|/)(?:old |archaic )?variant of (\S)(?:\|(\S))?\[")
_HAN_RE = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]")

HEADER = """\
# What CC-CEDICT's entries for single characters say that pypinyin, OpenCC and Unihan do not: readings and
# simplified spellings. Built by scripts/build_cedict_characters.py, which says why, from CC-CEDICT
# (https://cc-cedict.org/wiki/; {date}). CC-CEDICT: community maintained, published by MDBG; CEDICT (C) 1997, 1998
# Paul Andrew Denisowski. Licence: Creative Commons Attribution-ShareAlike 4.0
# (https://creativecommons.org/licenses/by-sa/4.0/); this file is derived from CC-CEDICT and shared under the same
# licence.
# Columns: the character; its readings no other source gives (numbered, ü as v); the simplified characters CC-CEDICT
# writes it as that OpenCC and Unihan do not.
char\treadings\tsimplified
"""


def _numbered(syllable: str) -> str:
    return syllable.lower().replace("u:", "v")


def read_characters(
    lines: Iterable[str], to_simplified: Callable[[str], str] | None = None
) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Read CC-CEDICT lines into each single character's readings and the simplified characters it is written as.

    A line's reading is its simplified character's too only where `to_simplified` (OpenCC's t2s) simplifies the
    traditional one so: "畬 畲 [yu2] /cultivated field/" merges 畬 yú (a character of its own in the mainland's
    standard) into 畲 shē, and 畲 is not read yú (徐继畲 for 徐繼畬 is a slip); "彠 彟 [huo4]" is 彟's reading.
    """
    readings: dict[str, set[str]] = defaultdict(set)
    simplified: dict[str, set[str]] = defaultdict(set)
    for line in lines:
        match = _LINE_RE.match(line.rstrip("\r\n"))
        if match is None or not _HAN_RE.match(match.group(1)):
            continue
        hant, hans, numbered, glosses = match.groups()
        same = hant == hans or to_simplified is None or to_simplified(hant) == hans
        for char in {hant, hans} if same else {hant}:
            readings[char].add(_numbered(numbered))
            readings[char].update(_numbered(m) for m in _MORE_RE.findall(glosses))
        if hant != hans:
            simplified[hant].add(hans)
        variant = _VARIANT_RE.search("/" + glosses)
        if variant is not None:
            target = variant.group(2) or variant.group(1)
            for char in {hant, hans} - {target}:
                simplified[char].add(target)
    return readings, simplified


def new_knowledge(
    readings: dict[str, set[str]], simplified: dict[str, set[str]]
) -> dict[str, tuple[list[str], list[str]]]:
    """Keep what pypinyin, OpenCC's t2s and Unihan's variants do not already say, by character."""
    from zhgloss.convert import to_simplified
    from zhgloss.pinyin import heteronyms
    from zhgloss.validate import _variant_characters

    variants = _variant_characters()[1]
    out: dict[str, tuple[list[str], list[str]]] = {}
    for char in sorted(set(readings) | set(simplified)):
        known = set(heteronyms(char))
        new_readings = sorted(r for r in readings.get(char, ()) if r not in known)
        back = to_simplified(char)
        new_simplified = sorted(
            s for s in simplified.get(char, ()) if s not in (back, char) and s not in variants.get(char, "")
        )
        if new_readings or new_simplified:
            out[char] = (new_readings, new_simplified)
    return out


def main(argv: list[str]) -> None:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    target = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT
    with gzip.open(source, "rt", encoding="utf-8") as fp:
        lines = fp.readlines()
    date = next((line.strip("#! \r\n") for line in lines[:40] if "date=" in line), "date unknown")
    from zhgloss.convert import to_simplified

    table = new_knowledge(*read_characters(lines, to_simplified))
    with target.open("w", encoding="utf-8") as out:
        out.write(HEADER.format(date=date))
        for char, (char_readings, char_simplified) in table.items():
            out.write(f"{char}\t{' '.join(char_readings)}\t{''.join(char_simplified)}\n")
    print(f"{target}: {len(table)} characters", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
