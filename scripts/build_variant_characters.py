"""Build src/zhgloss/data/variant_characters.tsv: which Han characters are variants of which, from Unihan.

validate checks that an entry's zh_hant is a traditional form of its zh. OpenCC's conversions
alone cannot decide it for names, for two reasons this table answers:

1. a character OpenCC's s2t changes may be a traditional character in its own right: 里 is the
   simplified form of 裏 and a traditional character (a li, a village) itself; 岩, 杯, 周 and 溪
   were never simplified, only merged with variants (巖, 盃, 週, 谿). Unihan says so: a character
   that is a simplification has a kTraditionalVariant, and one that is also traditional lists
   itself among them (里: U+88E1 U+91CC), or has none (岩). Only a character whose
   kTraditionalVariant does not include itself is "still simplified" in traditional text (军 in
   雷军 for 雷軍);
2. a traditional form may write a variant OpenCC's t2s leaves as it is: 彞族 for 彝族 (Unihan:
   彞's kSimplifiedVariant is 彝), 瑯琊 for 琅玡, 大沽口砲臺 for 大沽口炮台 (kSemanticVariant).
   Two characters related by kSimplifiedVariant, kTraditionalVariant, kSemanticVariant,
   kSpecializedSemanticVariant or kZVariant are variants, and a zh_hant that differs from the
   round trip only by such pairs is a variant spelling (a warning), not a wrong one, unless the
   character it writes is itself simplified only (張叁 for 张三: 叁 is the simplified 叄).

Input (shipped by an ordinary package, not needed at run time): Unihan 15.0's Unihan_Variants.txt,
Debian's `unicode-data` package, /usr/share/unicode/Unihan_Variants.txt.bz2.

Usage: python scripts/build_variant_characters.py UNIHAN_VARIANTS_BZ2 > src/zhgloss/data/variant_characters.tsv
"""

from __future__ import annotations

import bz2
import sys
from collections import defaultdict
from collections.abc import Iterable

VARIANT_FIELDS = frozenset(
    ["kSimplifiedVariant", "kTraditionalVariant", "kSemanticVariant", "kSpecializedSemanticVariant", "kZVariant"]
)


def _chars(value: str) -> list[str]:
    """The characters of a Unihan variant value: "U+88E1 U+91CC", "U+746F<kMatthews,kMeyerWempe"."""
    return [chr(int(v.split("<")[0][2:], 16)) for v in value.split()]


def read_variants(lines: Iterable[str]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Read Unihan_Variants lines into each character's kTraditionalVariant and all its variants (both ways)."""
    traditional: dict[str, set[str]] = defaultdict(set)
    variants: dict[str, set[str]] = defaultdict(set)
    for line in lines:
        if line.startswith("#") or not line.strip():
            continue
        code, field, value = line.rstrip("\n").split("\t", 2)
        if field not in VARIANT_FIELDS:
            continue
        char = chr(int(code[2:], 16))
        others = _chars(value)
        if field == "kTraditionalVariant":
            traditional[char].update(others)
        for other in others:
            if other != char:
                variants[char].add(other)
                variants[other].add(char)
    return traditional, variants


def main(path: str) -> None:
    with bz2.open(path, "rt", encoding="utf-8") as fp:
        traditional, variants = read_variants(fp)
    out = sys.stdout
    out.write(
        "# Han characters and their variants, from Unihan 15.0 (Unihan_Variants.txt, Debian unicode-data;\n"
        "# Unicode License v3, (c) Unicode, Inc.);\n"
        "# made by scripts/build_variant_characters.py, which says why. Columns: the character, its\n"
        "# kTraditionalVariant (empty if it has none), and every character related to it by kSimplifiedVariant,\n"
        "# kTraditionalVariant, kSemanticVariant, kSpecializedSemanticVariant or kZVariant, either way.\n"
        "char\ttraditional\tvariants\n"
    )
    for char in sorted(set(traditional) | set(variants)):
        out.write(f"{char}\t{''.join(sorted(traditional.get(char, ())))}\t{''.join(sorted(variants.get(char, ())))}\n")


if __name__ == "__main__":
    main(sys.argv[1])
