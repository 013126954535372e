"""Build src/zhgloss/data/translit_readings.tsv: how CC-CEDICT reads a character inside transliterated names.

    python scripts/build_translit_readings.py [--cedict ../shared/data/cedict_ts.u8.gz]

`zhgloss romanize` reads a transliterated name CC-CEDICT does not list by pypinyin in context, which reads a
character by its commonest reading in words: 勒 lēi ("to tie"), 卜 bo (萝卜), 什 shén (什么). In transliterated
names a character stands for a sound and has one reading: CC-CEDICT's transliterated proper names (the lines
scripts/build_translit_odds.py selects: one capitalised word of two or more syllables, an English that does not
spell it; 10,000 or so) read 勒 lè (泰勒, 希特勒, 勒庞), 卜 bǔ (阿卜杜拉), 什 shí (布什, 塔什干). This table holds
each character with more than one reading (pypinyin's heteronyms) that those names read one way in at least
MIN_SHARE of MIN_NAMES or more of its occurrences, with that reading. Nothing is picked by hand.

Inputs: CC-CEDICT (CC BY-SA 4.0, MDBG), ../shared/data/cedict_ts.u8.gz; pypinyin's heteronyms (zhgloss.pinyin).
The file written is derived from CC-CEDICT and carries its licence in its header.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_translit_odds import _LINE, CEDICT, is_transliteration

MIN_NAMES = 3
MIN_SHARE = 0.8


def main() -> None:
    from zhgloss.pinyin import heteronyms

    parser = argparse.ArgumentParser()
    parser.add_argument("--cedict", type=Path, default=CEDICT)
    args = parser.parse_args()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    seen: set[str] = set()
    with gzip.open(args.cedict, "rt", encoding="utf-8") as fp:
        for line in fp:
            match = _LINE.match(line.rstrip("\n"))
            if match is None or not is_transliteration(match.group(2), match.group(3), match.group(4)):
                continue
            simplified, reading = match.group(2), match.group(3).lower().replace("u:", "v").split()
            if simplified in seen or len(reading) != len(simplified):
                continue
            seen.add(simplified)
            for char, syllable in zip(simplified, reading, strict=True):
                counts[char][syllable] += 1
    out = sys.stdout
    out.write(
        "# Readings of characters inside transliterated names, from CC-CEDICT's transliterated proper names\n"
        "# (cedict_ts.u8.gz; MDBG, https://www.mdbg.net/chinese/dictionary?page=cc-cedict; CC BY-SA 4.0,\n"
        "# https://creativecommons.org/licenses/by-sa/4.0/; this file is derived from it and shared alike);\n"
        "# made by scripts/build_translit_readings.py, which says why. Columns: the character, its reading\n"
        "# (numbered, v for u umlaut), the names reading it so, the names holding it.\n"
        "char\treading\tnames\tof\n"
    )
    for char in sorted(counts):
        options = set(heteronyms(char))
        if len(options) < 2:
            continue
        total = sum(counts[char].values())
        reading, count = counts[char].most_common(1)[0]
        if total >= MIN_NAMES and count >= MIN_SHARE * total and reading in options:
            out.write(f"{char}\t{reading}\t{count}\t{total}\n")


if __name__ == "__main__":
    main()
