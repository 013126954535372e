"""Build src/zhgloss/data/surname_spellings.tsv: how English writes each surname outside Hanyu Pinyin.

`zhgloss harvest` cuts a Chinese name out of prose by its English ("张忠谋（Morris Chang）": the name starts on 张,
whose Wade-Giles is Chang; "特首李家超（John Lee）": on 李, Lee in Hong Kong). Those spellings are not the pinyin, so
each surname of `src/zhgloss/data/surnames.tsv` (one character; its readings there) gets:

- its Wade-Giles, a syllable at a time from `src/zhgloss/data/wade_giles.tsv` (pypinyin's conversion table), written
  with and without the aspiration mark as English prints it (Ts'ai and Tsai for 蔡, Hsiao for 萧, Cho for 卓);
- its Hong Kong Government Cantonese Romanisation, the spelling of Hong Kong identity cards and so of Hong Kong
  names in English (Lee 李, Chan 陈, Cheung 张, Wong 黄, Lau 刘, Tang 邓), from the package cantonese-romanisation
  1.0.5 (`cantoroman`, MIT licence, Chun Law; its data file charToRoman.json), read for the traditional form;
- the spellings outside any system that well-known names carry (`OTHER_SPELLINGS`, each with its source): Soong for
  宋 (Soong Mei-ling, T. V. Soong), and the Min Nan (Hokkien, Teochew) spellings of Singapore and Malaysia (Tan 陈,
  Lim 林, Ong 王, Goh 吴).

A spelling that is also the surname's pinyin is left out. The package is needed only to build the file:
`pip install cantonese-romanisation==1.0.5`.

Usage: python scripts/build_surname_spellings.py > src/zhgloss/data/surname_spellings.tsv
"""

from __future__ import annotations

import json
import sys
import unicodedata
from importlib import resources

HEADER = """\
# Surnames as English writes them outside Hanyu Pinyin, for zhgloss harvest (the English in a bracket says where a
# Chinese name starts: 张忠谋（Morris Chang）, 李家超（John Lee）). Built by scripts/build_surname_spellings.py from
# surnames.tsv (the readings), wade_giles.tsv (pypinyin's Wade-Giles table, MIT licence) and the Hong Kong Government
# Cantonese Romanisation of the package cantonese-romanisation 1.0.5 (cantoroman/data/charToRoman.json, MIT licence),
# and the other spellings English Wikipedia gives: "Song (Chinese surname)" (宋 Soong) and the Min Nan column of
# "List of common Chinese surnames" (Tan 陈, Lim 林, Ong 王, Goh 吴, Teo 张, Yeo 杨, Yap 叶, Liew 刘).
# Columns (tab-separated): surname (simplified), spellings (lower case, comma-separated; none is the pinyin).
"""

# Spellings no system gives that well-known names carry, from English Wikipedia (CC BY-SA 4.0): "Song (Chinese
# surname)": 'transliterated as Sung in Wade-Giles, and Soong is also a common transliteration' (the Soong family:
# Soong Mei-ling, Soong Ching-ling, T. V. Soong); "List of common Chinese surnames", its Min Nan (Pe̍h-ōe-jī and
# "Other") column, the spellings of Singapore's and Malaysia's names (Tan Cheng Bock, Lim Guan Eng, Ong Ye Kung,
# Goh Chok Tong, Teo Chee Hean, George Yeo).
OTHER_SPELLINGS = {
    "宋": ["soong"],
    "陈": ["tan"],
    "林": ["lim"],
    "王": ["ong"],
    "吴": ["goh"],
    "张": ["teo"],
    "杨": ["yeo"],
    "叶": ["yap"],
    "刘": ["liew"],
}


def _plain(syllable: str) -> str:
    """A pinyin syllable toneless, ü written v: "Lǚ" -> "lv"."""
    decomposed = unicodedata.normalize("NFD", syllable.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c) or c == "\u0308").replace("u\u0308", "v")


def table() -> list[tuple[str, list[str]]]:
    """Return (surname, its spellings outside pinyin) for every one-character surname of surnames.tsv."""
    from zhgloss.pinyin import load_surnames
    from zhgloss.romanizations import wade_giles_syllables

    data = resources.files("zhgloss") / "data"
    with (data / "surnames.tsv").open(encoding="utf-8") as fp:
        rows = load_surnames(fp, checked=False)
    wade = wade_giles_syllables()
    cantonese = json.loads((resources.files("cantoroman") / "data" / "charToRoman.json").read_text(encoding="utf-8"))
    out: list[tuple[str, list[str]]] = []
    for row in rows:
        if len(row.zh) != 1:
            continue
        pinyin = [_plain(r) for r in row.readings]
        spellings: list[str] = []
        for reading in pinyin:
            written = wade.get(reading)
            if written:
                spellings += [written.lower(), written.lower().replace("'", "").replace("ü", "u")]
        spellings += [s.lower() for s in cantonese.get(row.zh_hant, cantonese.get(row.zh, []))]
        spellings += OTHER_SPELLINGS.get(row.zh, [])
        kept = [s for s in dict.fromkeys(spellings) if s.replace("v", "u") not in {p.replace("v", "u") for p in pinyin}]
        if kept:
            out.append((row.zh, kept))
    return out


def main() -> None:
    sys.stdout.write(HEADER)
    for surname, spellings in table():
        sys.stdout.write(f"{surname}\t{','.join(spellings)}\n")


if __name__ == "__main__":
    main()
