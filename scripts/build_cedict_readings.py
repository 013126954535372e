"""Build src/zhgloss/data/cedict_readings.tsv: words CC-CEDICT reads otherwise than pypinyin does in context.

`zhgloss add` (and every import, harvest --add, edit --zh: `zhgloss.curate.fill_pinyin`) writes the pinyin of a
name that is no person's through pypinyin, in context. Where CC-CEDICT lists the whole word, its editors' reading is
the one to prefer (the user's U35-43: pypinyin reads 华为 Huáwèi, CC-CEDICT's 華為 华为 [Hua2 wei2] and Huawei's own
pinyin are Huáwéi; the review's R35-18: pypinyin's phrase table has 电子 diàn zi, CC-CEDICT and 现代汉语词典 diànzǐ;
缅甸 Miǎndiàn, 青藏 Qīngzàng, 几内亚 Jǐnèiyà, 佛冈 Fógāng). This file lists those words only: a headword of two
Chinese characters or more whose every syllable is a pinyin syllable, one a character, and whose reading differs from
pypinyin's (`zhgloss.pinyin._pypinyin_read`, the installed pypinyin, named in the header), and the longer words
CC-CEDICT lists that hold one of those, with their own reading, pypinyin's or not: a name is read by the longest
listed word, so 葡萄牙 [Pu2 tao2 ya2] keeps its táo though the fruit 葡萄 is [pu2 tao5], and 栖霞区 [Qi1 xia2 qu1]
its qī though the city 栖霞 is [Xi1 xia2].

A headword CC-CEDICT reads two ways keeps a reading per kind: `proper`, the reading of its lines written with a
capital (names: 朝阳 [Chao2 yang2] the district), and `common`, that of its lower-case lines (朝阳 [zhao1 yang2] the
morning sun). A kind whose lines read it two ways (or more) says pypinyin's reading where that is one of them,
and nothing otherwise (no choice is made for the user). A kind with no line is empty; the reader then takes the
other kind's. Readings are numbered syllables, ü as v, 5 the neutral tone.

CC-CEDICT is licensed CC BY-SA 4.0; the file written is derived from it and carries the same licence, with the
credit, in its header.

Run: python scripts/build_cedict_readings.py [/work/shared/data/cedict_ts.u8.gz] [OUT]
"""

from __future__ import annotations

import gzip
import re
import sys
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

from zhgloss.pinyin import _pypinyin_read, is_pinyin_syllable

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "cedict_ts.u8.gz"
DEFAULT_OUT = ROOT / "src" / "zhgloss" / "data" / "cedict_readings.tsv"

_LINE_RE = re.compile(r"^(\S+) (\S+) \[([^\]]+)\] /")
_SYLLABLE_RE = re.compile(r"^[a-z]+[1-5]$")


def _is_han(text: str) -> bool:
    return all(0x3400 <= ord(c) <= 0x9FFF for c in text)


def _syllables(reading: str, size: int) -> tuple[str, ...] | None:
    """CC-CEDICT's reading as numbered syllables (ü as v), or None unless one pinyin syllable a character."""
    syllables = tuple(s.lower().replace("u:", "v") for s in reading.split())
    if len(syllables) != size or not all(_SYLLABLE_RE.match(s) and is_pinyin_syllable(s[:-1]) for s in syllables):
        return None
    return syllables


def _chosen(readings: set[tuple[str, ...]], default: tuple[str, ...]) -> tuple[str, ...] | None:
    """A kind's reading: its one reading; pypinyin's where it is one of several; None where it is not."""
    if len(readings) == 1:
        return next(iter(readings))
    return default if default in readings else None


def build(source: Path) -> tuple[str, list[str]]:
    """Return CC-CEDICT's date line and the table's rows (zh, proper, common)."""
    proper: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    common: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    date = ""
    with gzip.open(source, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                date = line.strip("#! \n") if "date=" in line else date
                continue
            match = _LINE_RE.match(line)
            if match is None:
                continue
            zh, reading = match[2], match[3]
            if len(zh) < 2 or not _is_han(zh):
                continue
            syllables = _syllables(reading, len(zh))
            if syllables is None:
                continue
            (proper if any(s[:1].isupper() for s in reading.split()) else common)[zh].add(syllables)
    chosen: dict[str, list[tuple[str, ...] | None]] = {}
    differing: set[str] = set()
    for zh in sorted(set(proper) | set(common)):
        default = tuple(_pypinyin_read(zh))
        readings = [_chosen(kind[zh], default) if zh in kind else None for kind in (proper, common)]
        if any(zh in kind and reading is None for kind, reading in zip((proper, common), readings, strict=True)):
            # A kind read two ways, neither pypinyin's: that kind says nothing, and the other kind must not answer
            # for it; the word is left to pypinyin.
            continue
        chosen[zh] = readings
        if any(reading is not None and reading != default for reading in readings):
            differing.add(zh)
    rows = []
    for zh, readings in chosen.items():
        # A longer word that holds one of those is listed too, as CC-CEDICT reads it (pypinyin's reading): a word is
        # read by the longest listed word it is part of (葡萄牙 Pútáoyá, not the 葡萄 pútao of the fruit).
        holds = any(zh[i:j] in differing for i in range(len(zh)) for j in range(i + 2, len(zh) + 1) if j - i < len(zh))
        if zh in differing or holds:
            rows.append("\t".join([zh, *(" ".join(reading) if reading else "" for reading in readings)]))
    return date, rows


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUT
    date, rows = build(source)
    header = [
        "# Words CC-CEDICT reads otherwise than pypinyin in context, and the longer words CC-CEDICT lists that hold",
        "# one, for the pinyin zhgloss writes for a name that is no person's (zhgloss.pinyin.cedict_reading). Built by",
        "# scripts/build_cedict_readings.py, which says why, from CC-CEDICT",
        f"# ({date}; https://cc-cedict.org/wiki/) against pypinyin {version('pypinyin')}.",
        "# CC-CEDICT: community maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski.",
        "# Licence: Creative Commons Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/);",
        "# this file is derived from CC-CEDICT and shared under the same licence.",
        "# Columns: the simplified headword; the reading of its lines written with a capital (a name's); the reading",
        "# of its lower-case lines (a word's): numbered syllables, ü as v, 5 the neutral tone; empty where it has no",
        "# such line.",
        "zh\tproper\tcommon",
    ]
    out.write_text("\n".join([*header, *rows]) + "\n", encoding="utf-8")
    print(f"{len(rows)} words written to {out}")


if __name__ == "__main__":
    main()
