"""Build src/zhgloss/data/japanese_readings.tsv: each character's Japanese readings (kun'yomi, on'yomi), from Unihan.

Input: Unihan 15.0 (Debian's unicode-data, /usr/share/unicode/; Unicode, Inc., Unicode License v3): kJapaneseKun and
kJapaneseOn of Unihan_Readings.txt.bz2, in Unihan's Hepburn capitals (HIROI, RYOU), written lower case.
zhgloss reads a simplified character (广, 凉) by its traditional forms too (廣 HIROI), as it reads Korean
(`romanizations.korean_spellings`).

Usage: python build_japanese_readings.py UNIHAN_DIR > src/zhgloss/data/japanese_readings.tsv
"""

from __future__ import annotations

import bz2
import sys
from pathlib import Path


def _fields(path: Path, wanted: set[str]) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    with bz2.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("U+"):
                code, field, value = line.rstrip("\n").split("\t", 2)
                if field in wanted:
                    found.setdefault(chr(int(code[2:], 16)), {})[field] = value
    return found


def main(unihan_dir: str) -> None:
    readings = _fields(Path(unihan_dir) / "Unihan_Readings.txt.bz2", {"kJapaneseKun", "kJapaneseOn"})
    kun = {char: fields.get("kJapaneseKun", "").lower().split() for char, fields in readings.items()}
    on = {char: fields.get("kJapaneseOn", "").lower().split() for char, fields in readings.items()}
    print("# Japanese readings of each character, for zhgloss: a Japanese name's English (広末涼子 Ryoko")
    print("# Hirosue) is read back as its characters' readings. From Unihan 15.0's kJapaneseKun and kJapaneseOn")
    print("# (Unicode, Inc., Unicode License v3; Debian's unicode-data), in Unihan's order. Built by")
    print("# build_japanese_readings.py.")
    print("# Columns (tab-separated): character, kun'yomi (comma-separated), on'yomi (comma-separated), lower case.")
    for char in sorted(readings):
        print(f"{char}\t{','.join(kun[char])}\t{','.join(on[char])}")


if __name__ == "__main__":
    main(*sys.argv[1:])
