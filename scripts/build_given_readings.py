"""Build src/zhgloss/data/given_readings.tsv: characters a given name reads otherwise than pypinyin reads them alone.

`zhgloss romanize` (and `add`, every import, harvest: `zhgloss.curate.fill_pinyin`) reads a given name no source
lists by pypinyin, in context. A given name is rarely a phrase of pypinyin's dictionary, so its characters are read
one by one, each by pypinyin's first reading of the character; that first reading is the commonest in running text
(Unihan kMandarin / kHanyuPinlu), which one bound word can make: 佛 is fú there because of 仿佛 "as if", while the
character alone, and in every other word, is fó (the review's R39-14: Minister of Finance 蓝佛安, officially
"Lan Fo'an", was read Lán Fú'ān and his English refused). This table lists the characters where two sources say a
given name reads otherwise:

- `cc-cedict`: CC-CEDICT's person lines (data/name_readings.tsv, kind "name") read the character in given names
  otherwise than pypinyin reads those given names (full tones, as romanize makes them) in two names or more, and in
  more names than agree with pypinyin, one reading each time: 长 cháng (谢长廷, 萧万长, 田长霖, 黄长烨), 应 yìng
  (何应钦, 韦应物, 虞应龙), 荫 yìn (曾荫权, 张荫桓). A reading one person alone has (秦桧 Huì, 贾平凹 Wā) stays that
  person's (romanize reads a listed person as listed) and is offered as an alternative, not made a rule.
- `pypinyin-phrases`: pypinyin's own phrase dictionary reads the character with its first reading in at most one
  phrase in ten of twenty or more that hold it, and one other reading in nine in ten or more (佛: fó in 78 phrases,
  fú in 仿佛 and 佛徒), and no person line of CC-CEDICT reads it with the first reading in a given name.

Columns: the character; the reading a given name gives it; pypinyin's first reading, which it replaces (only that:
a phrase of pypinyin's dictionary inside the given name keeps its own reading); the evidence (agreeing and
disagreeing counts); the source. Readings are numbered syllables, ü as v.

CC-CEDICT (through name_readings.tsv) is licensed CC BY-SA 4.0; the file written is derived from it and carries the
same licence, with the credit, in its header. pypinyin is MIT.

Run: python scripts/build_given_readings.py [OUT]
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from importlib.metadata import version
from pathlib import Path

from pypinyin.constants import PHRASES_DICT
from pypinyin.contrib.tone_convert import to_tone3

from zhgloss.pinyin import _pypinyin_read, _with_full_tones, heteronyms

ROOT = Path(__file__).resolve().parent.parent
NAME_READINGS = ROOT / "src" / "zhgloss" / "data" / "name_readings.tsv"
DEFAULT_OUT = ROOT / "src" / "zhgloss" / "data" / "given_readings.tsv"

PERSONS_AT_LEAST = 2
"""Given names of CC-CEDICT's persons that must read a character otherwise (one person is that person's reading)."""
PHRASES_AT_LEAST = 20
"""Phrases of pypinyin's dictionary that must hold a character for their readings to count."""
SHARE = 0.9
"""The share of those phrases the other reading must have (and the first reading at most 1 - SHARE)."""


def _person_counts() -> tuple[str, dict[str, Counter[str]], Counter[str]]:
    """CC-CEDICT's date line, and per given-name character: readings disagreeing with pypinyin, agreeing names."""
    disagree: dict[str, Counter[str]] = defaultdict(Counter)
    agree: Counter[str] = Counter()
    date = ""
    with NAME_READINGS.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                date = date or (line.strip("# \n").split("(", 1)[-1].split(";")[0] if "date=" in line else "")
                continue
            cells = line.rstrip("\n").split("\t")
            if cells[0] != "name":
                continue
            zh, syllables, size = cells[1], cells[3].lower().split(), int(cells[4])
            given = zh[size:]
            if not given:
                continue
            read = _with_full_tones(given, _pypinyin_read(given))
            for char, listed, ours in zip(given, syllables[size:], read, strict=True):
                if listed == ours:
                    agree[char] += 1
                else:
                    disagree[char][listed] += 1
    return date, disagree, agree


def _phrase_counts() -> dict[str, Counter[str]]:
    """Per character, how many phrases of pypinyin's dictionary read it each way (numbered, ü as v)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for phrase, readings in PHRASES_DICT.items():
        for char, reading in zip(phrase, readings, strict=False):
            counts[char][to_tone3(reading[0], neutral_tone_with_five=True).replace("ü", "v")] += 1
    return counts


def build() -> tuple[str, list[str]]:
    """Return CC-CEDICT's date and the table's rows (char, reading, replaces, evidence, source)."""
    date, disagree, agree = _person_counts()
    rows: dict[str, str] = {}
    for char, readings in sorted(disagree.items()):
        reading, count = readings.most_common(1)[0]
        first = heteronyms(char)[:1]
        if count >= PERSONS_AT_LEAST and count > agree[char] and first and first[0] != reading:
            evidence = f"{count} given names read {reading}, {agree[char]} as pypinyin"
            rows[char] = "\t".join([char, reading, first[0], evidence, "cc-cedict"])
    for char, counts in sorted(_phrase_counts().items()):
        first = heteronyms(char)[:1]
        total = sum(counts.values())
        if not first or char in rows or total < PHRASES_AT_LEAST:
            continue
        reading, count = counts.most_common(1)[0]
        if reading == first[0] or count < SHARE * total or counts[first[0]] > (1 - SHARE) * total:
            continue
        if agree[char] or first[0] in disagree.get(char, {}):
            continue  # a person of CC-CEDICT reads it with pypinyin's first reading in a given name
        evidence = f"{count} of {total} phrases read {reading}, {counts[first[0]]} {first[0]}"
        rows[char] = "\t".join([char, reading, first[0], evidence, "pypinyin-phrases"])
    return date, [rows[char] for char in sorted(rows)]


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    date, rows = build()
    header = [
        "# Characters a given name reads otherwise than pypinyin's first reading of the character, for romanize's",
        "# reading of a given name no source lists (zhgloss.pinyin.given_readings). Built by",
        "# scripts/build_given_readings.py, which says why, from CC-CEDICT's person lines (data/name_readings.tsv;",
        f"# {date}; https://cc-cedict.org/wiki/) and pypinyin {version('pypinyin')}'s phrase dictionary (MIT).",
        "# CC-CEDICT: community maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski.",
        "# Licence: Creative Commons Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/);",
        "# this file is derived from CC-CEDICT and shared under the same licence.",
        "# Columns: the character; its reading in a given name; pypinyin's first reading, which it replaces where no",
        "# phrase of pypinyin's dictionary holds the character; the evidence; the source (cc-cedict: its persons'",
        "# given names; pypinyin-phrases: the phrases of pypinyin's dictionary). Numbered syllables, ü as v.",
        "char\treading\treplaces\tevidence\tsource",
    ]
    out.write_text("\n".join([*header, *rows]) + "\n", encoding="utf-8")
    print(f"{len(rows)} characters written to {out}")


if __name__ == "__main__":
    main()
