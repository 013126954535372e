"""Build src/zhgloss/data/japanese_readings.tsv: each character's Japanese readings (kun'yomi, on'yomi), from Unihan.

Input: Unihan 15.0 (Debian's unicode-data, /usr/share/unicode/; Unicode, Inc., Unicode License v3): kJapaneseKun and
kJapaneseOn of Unihan_Readings.txt.bz2, in Unihan's Hepburn capitals (HIROI, RYOU), written lower case.
zhgloss reads a simplified character (广, 凉) by its traditional forms too (廣 HIROI), as it reads Korean
(`romanizations.korean_spellings`). Names take readings of their own (nanori: 吉 yoshi, 智 satoshi, 駿 hayao), which
Unihan lacks, and kun'yomi cut before their okurigana (よ.る yo): from KANJIDIC2 (Debian's kanjidic-xml,
/usr/share/edict/kanjidic2.xml.gz; the Electronic Dictionary Research and Development Group, CC BY-SA), in
hiragana there, written in Hepburn here (`hepburn`).

Usage: python build_japanese_readings.py UNIHAN_DIR KANJIDIC2_XML_GZ > src/zhgloss/data/japanese_readings.tsv
"""

from __future__ import annotations

import bz2
import gzip
import re
import sys
from pathlib import Path

_KANA_ROWS = (
    ("あいうえお", "a i u e o"),
    ("かきくけこ", "ka ki ku ke ko"),
    ("がぎぐげご", "ga gi gu ge go"),
    ("さしすせそ", "sa shi su se so"),
    ("ざじずぜぞ", "za ji zu ze zo"),
    ("たちつてと", "ta chi tsu te to"),
    ("だぢづでど", "da ji zu de do"),
    ("なにぬねの", "na ni nu ne no"),
    ("はひふへほ", "ha hi fu he ho"),
    ("ばびぶべぼ", "ba bi bu be bo"),
    ("ぱぴぷぺぽ", "pa pi pu pe po"),
    ("まみむめも", "ma mi mu me mo"),
    ("やゆよ", "ya yu yo"),
    ("らりるれろ", "ra ri ru re ro"),
    ("わゐゑをん", "wa i e o n"),
)
_KANA = {kana: syllable for row, syllables in _KANA_ROWS for kana, syllable in zip(row, syllables.split(), strict=True)}
_SMALL = {"ゃ": "a", "ゅ": "u", "ょ": "o"}


def hepburn(kana: str) -> str:
    """Write hiragana in Hepburn, as names are romanized: "よしだ" -> "yoshida", "しゅう" -> "shuu", "いっせい" ->
    "issei", "まっちゃ" -> "matcha"; long vowels as written (ou, uu), left to zhgloss's spellings of them."""
    out: list[str] = []
    double = False
    for char in kana:
        if char == "っ":
            double = True
            continue
        if char in _SMALL and out and out[-1].endswith("i"):
            # A small ya, yu, yo after an i-syllable: kya, sha, cha, ja.
            stem = out[-1][:-1]
            out[-1] = stem + ("" if stem.endswith(("sh", "ch", "j")) else "y") + _SMALL[char]
            continue
        syllable = _KANA.get(char)
        if syllable is None:
            return ""  # katakana or a mark: no name reading read here
        if double:
            syllable = ("t" if syllable.startswith("ch") else syllable[0]) + syllable
            double = False
        out.append(syllable)
    return "" if double else "".join(out)


def _nanori(path: Path) -> dict[str, list[str]]:
    """Each character's readings in names in KANJIDIC2, in Hepburn: its nanori, then its kun'yomi's stems."""
    with gzip.open(path, "rt", encoding="utf-8") as xml:
        text = xml.read()
    found: dict[str, list[str]] = {}
    for block in re.findall(r"<character>(.*?)</character>", text, re.DOTALL):
        literal = re.search(r"<literal>(.*?)</literal>", block)
        # Its kun'yomi too, cut before the okurigana (よ.る: yo; よし: yoshi), which Unihan writes whole or lacks.
        kun = [kana.split(".")[0].strip("-") for kana in re.findall(r'<reading r_type="ja_kun">(.*?)</reading>', block)]
        readings = [hepburn(kana) for kana in (*re.findall(r"<nanori>(.*?)</nanori>", block), *kun)]
        if literal and any(readings):
            found[literal.group(1)] = list(dict.fromkeys(r for r in readings if r))
    return found


def _fields(path: Path, wanted: set[str]) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    with bz2.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("U+"):
                code, field, value = line.rstrip("\n").split("\t", 2)
                if field in wanted:
                    found.setdefault(chr(int(code[2:], 16)), {})[field] = value
    return found


def main(unihan_dir: str, kanjidic: str) -> None:
    readings = _fields(Path(unihan_dir) / "Unihan_Readings.txt.bz2", {"kJapaneseKun", "kJapaneseOn"})
    nanori = _nanori(Path(kanjidic))
    kun = {char: fields.get("kJapaneseKun", "").lower().split() for char, fields in readings.items()}
    on = {char: fields.get("kJapaneseOn", "").lower().split() for char, fields in readings.items()}
    print("# Japanese readings of each character, for zhgloss: a Japanese name's English (広末涼子 Ryoko")
    print("# Hirosue) is read back as its characters' readings. From Unihan 15.0's kJapaneseKun and kJapaneseOn")
    print("# (Unicode, Inc., Unicode License v3; Debian's unicode-data), in Unihan's order; names' own readings")
    print("# (nanori) from KANJIDIC2 (EDRDG, CC BY-SA; Debian's kanjidic-xml), in Hepburn. Built by")
    print("# build_japanese_readings.py.")
    print("# Columns (tab-separated): character, kun'yomi, on'yomi, readings in names (KANJIDIC2's nanori and")
    print("# kun'yomi stems), each comma-separated, lower case.")
    for char in sorted(set(readings) | set(nanori)):
        kuns, ons = kun.get(char, []), on.get(char, [])
        print(f"{char}\t{','.join(kuns)}\t{','.join(ons)}\t{','.join(nanori.get(char, []))}")


if __name__ == "__main__":
    main(*sys.argv[1:])
