"""Build src/zhgloss/data/japanese_forms.tsv: Japanese-only character forms and the Chinese characters they write.

A Japanese name copied from a Japanese source is written in shinjitai (黒澤明, 桜井, 広島); Chinese writes the same
name in Chinese characters (黑泽明, 樱井, 广岛). A shinjitai form that is also a Chinese character (国, 体, 芸 yún,
浜 bāng, 寿) must stay as it is, so a character is listed only where, by rule over three data sets:

1. OpenCC's jp2t configuration (JPShinjitaiCharacters: shinjitai -> kyūjitai) changes it, alone;
2. it is in neither Chinese standard set: the 通用规范汉字表 (2013; Unihan kTGH) nor Big5 (Unihan kBigFive);
3. its Chinese traditional form is jp2t's, or, where jp2t gives a kyūjitai that is no Big5 character (擧, 澁),
   the form CC-CEDICT's "Japanese variant of 舉|举" line names; its simplified form is OpenCC t2s of that.

A Big5 character outside the 通用规范汉字表 that CC-CEDICT calls a variant of the very character jp2t writes for it
is listed too (豊: `豊 豊 [feng1] /variant of 豐|丰[feng1]/`, jp2t 豐; 伝 傳, 証 證; source "cedict-variant", U33-11):
Chinese writes it only as a variant of that character, so a name holding it is the Japanese one (豊田章男 丰田章男).

Inputs (none needed at run time): Unihan 15.0 (Debian's unicode-data, /usr/share/unicode/Unihan_*.txt.bz2), the
installed opencc package's jp2t.json and t2s, CC-CEDICT (../shared/data/cedict_ts.u8.gz).

Usage: python build_japanese_forms.py UNIHAN_DIR CEDICT_GZ > src/zhgloss/data/japanese_forms.tsv
"""

from __future__ import annotations

import bz2
import gzip
import re
import sys
from pathlib import Path

import opencc


def unihan(folder: Path, fields: set[str]) -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for path in folder.glob("Unihan_*.txt.bz2"):
        with bz2.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                if line.startswith("U+"):
                    code, field, value = line.rstrip("\n").split("\t", 2)
                    if field in fields:
                        table.setdefault(chr(int(code[2:], 16)), {})[field] = value
    return table


def cedict_targets(path: Path) -> dict[str, tuple[str, str]]:
    """Character -> (traditional, simplified) of its CC-CEDICT line "Japanese variant of T|S"."""
    found: dict[str, tuple[str, str]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            match = re.match(r"(\S) \S \[[^\]]+\] /Japanese variant of ([^\[/|]+)(?:\|([^\[/]+))?", line)
            if match:
                traditional, simplified = match.group(2), match.group(3) or match.group(2)
                found.setdefault(match.group(1), (traditional, simplified))
    return found


def cedict_variants(path: Path) -> dict[str, set[str]]:
    """Character -> the traditional characters its CC-CEDICT lines call it a variant of ("variant of 豐|丰", "old
    variant of", "Japanese variant of")."""
    found: dict[str, set[str]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            match = re.match(r"(\S) \S \[[^\]]+\] /(.*)/", line)
            if match:
                for target in re.findall(r"(?:old |Japanese )?variant of ([^\[/|]+)", match.group(2)):
                    found.setdefault(match.group(1), set()).add(target.strip())
    return found


def main(unihan_dir: str, cedict: str) -> None:
    data = unihan(Path(unihan_dir), {"kTGH", "kBigFive"})
    package = Path(opencc.__file__).resolve().parent / "clib" / "share" / "opencc"
    jp2t = opencc.OpenCC(str(package / "jp2t.json"))
    t2s = opencc.OpenCC("t2s")
    targets = cedict_targets(Path(cedict))
    variants = cedict_variants(Path(cedict))
    chinese = {char for char, fields in data.items() if fields}
    print(
        "# Japanese-only character forms (shinjitai) and the Chinese characters they write, for zhgloss: a Japanese\n"
        "# name pasted as Japanese writes it (黒澤明, 桜井) is stored in Chinese characters (黑泽明, 樱井), "
        "its Japanese\n"
        "# form a Chinese alias. Listed: each character OpenCC's jp2t (JPShinjitaiCharacters, Apache-2.0) "
        "changes that\n"
        "# is in neither the 通用规范汉字表 (2013) nor Big5 (Unihan 15.0 kTGH, kBigFive); its traditional form "
        "jp2t's,\n"
        '# or where that is no Big5 character (擧) CC-CEDICT\'s "Japanese variant of" (CC BY-SA 4.0, MDBG); its\n'
        "# simplified form OpenCC t2s of that; and a Big5 character outside the 通用规范汉字表 that CC-CEDICT calls a\n"
        "# variant of jp2t's form (豊 豐, cedict-variant). Built by build_japanese_forms.py (see its docstring)."
    )
    print("# Columns (tab-separated): japanese, traditional, simplified, source (opencc, cedict or cedict-variant).")
    # The CJK Compatibility Ideographs are left out: NFC, which every form passes, writes them as unified ones.
    for code in list(range(0x3400, 0x4DC0)) + list(range(0x4E00, 0xA000)):
        char = chr(code)
        traditional = jp2t.convert(char)
        if traditional == char or len(traditional) != 1:
            continue
        if char in chinese:
            if "kTGH" not in data[char] and traditional in variants.get(char, ()):
                print(f"{char}\t{traditional}\t{t2s.convert(traditional)}\tcedict-variant")
            continue
        source = "opencc"
        if traditional not in chinese or "kBigFive" not in data.get(traditional, {}):
            if char not in targets:
                continue
            traditional, source = targets[char][0], "cedict"
        simplified = t2s.convert(traditional)
        print(f"{char}\t{traditional}\t{simplified}\t{source}")


if __name__ == "__main__":
    main(*sys.argv[1:])
