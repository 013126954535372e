"""Build src/zhgloss/data/regional_simplified.tsv: Hong Kong's character forms OpenCC's t2s does not simplify as
simplified text writes them, and the characters t2s writes beyond the Basic Multilingual Plane.

`zhgloss.convert.to_simplified` is OpenCC's t2s. This table corrects it for three kinds of character, each found by a
rule over every CJK Unified Ideograph of the BMP (U+3400-U+4DBF, U+4E00-U+9FFF), converted alone: nothing is picked by
hand.

1. `hk2s`: a character OpenCC's hk2s simplifies otherwise than t2s (its HKVariantsRev dictionary, run before t2s):
   衞 (the Hong Kong government's form of 衛: 衞生署), 敍, 枱, 粧, 糭, 衹, 潀. t2s leaves them as they are (U36-25).
2. `unihan`: a character of a Hong Kong source (Unihan kIRG_HSource: Big5 or the HKSCS) that t2s leaves as it is or
   writes as a character outside the BMP, neither of them in the 通用规范汉字表 (2013; Unihan kTGH), whose Unihan
   semantic or Z variants (kSemanticVariant, kZVariant), simplified by t2s, give exactly one character of that table:
   廸 (迪: 香港廸士尼樂園 is 香港迪士尼乐园 in simplified text, R37-21), 煇 (t2s writes 𪸩, U+2AE29, an extension-C
   character no input method offers and zhgloss has no reading of; its semantic variant 輝 gives 辉: 郭基煇 is
   郭基辉 in simplified copy, U37-21). The second column is that character.
3. `kept`: any other character t2s writes as a character outside the BMP that is not in the 通用规范汉字表 (輋 -> 𪨶
   of 禾輋邨): simplified text keeps the character as typed, as nobody can type the other. The second column is the
   character itself; `to_simplified` writes back what t2s changed to it.

Taiwan's tw2s is not taken: the characters it folds otherwise are standard simplified characters in their own right
(著 "zhù", 么), which simplified text must keep.

Inputs (not needed at run time): the installed `opencc` package (OpenCC 1.4.2, Apache License 2.0); Unihan 15.0
(Debian's `unicode-data` package: /usr/share/unicode/Unihan_Variants.txt.bz2, Unihan_OtherMappings.txt.bz2,
Unihan_IRGSources.txt.bz2; Unicode License v3).

CC-CEDICT (cedict_ts.u8.gz; MDBG, CC BY-SA 4.0) is read only to leave out those characters.

Usage: python scripts/build_regional_simplified.py [UNIHAN_DIR [CEDICT_GZ]] > src/zhgloss/data/regional_simplified.tsv
"""

from __future__ import annotations

import bz2
import sys
from collections.abc import Iterator
from pathlib import Path


def _rows(folder: Path, name: str) -> Iterator[tuple[str, str, str]]:
    with bz2.open(folder / name, "rt", encoding="utf-8") as fp:
        for line in fp:
            if line.startswith("U+"):
                code, field, value = line.rstrip("\n").split("\t")
                yield chr(int(code[2:], 16)), field, value


def _chars(value: str) -> list[str]:
    return [chr(int(v[2:].split("<")[0], 16)) for v in value.split()]


def _cedict_word_characters(cedict: Path) -> set[str]:
    """The characters of the words (two characters or more) of CC-CEDICT's simplified column."""
    import gzip

    out: set[str] = set()
    with gzip.open(cedict, "rt", encoding="utf-8") as fp:
        for line in fp:
            if not line.startswith("#"):
                simplified = line.split(" ", 2)[1]
                if len(simplified) > 1:
                    out.update(simplified)
    return out


def main(unihan: Path, cedict: Path) -> None:
    import opencc

    variants: dict[str, set[str]] = {}
    for char, field, value in _rows(unihan, "Unihan_Variants.txt.bz2"):
        if field in ("kSemanticVariant", "kZVariant"):
            variants.setdefault(char, set()).update(_chars(value))
    standard = {char for char, field, _ in _rows(unihan, "Unihan_OtherMappings.txt.bz2") if field == "kTGH"}
    hong_kong = {char for char, field, _ in _rows(unihan, "Unihan_IRGSources.txt.bz2") if field == "kIRG_HSource"}
    in_words = _cedict_word_characters(cedict)

    folder = Path(opencc.__file__).resolve().parent / "clib" / "share" / "opencc"
    t2s = opencc.OpenCC(str(folder / "t2s.json"))
    hk2s = opencc.OpenCC(str(folder / "hk2s.json"))
    chars = [chr(c) for c in (*range(0x3400, 0x4DC0), *range(0x4E00, 0xA000))]
    text = "\n".join(chars)
    plain = dict(zip(chars, t2s.convert(text).split("\n"), strict=True))
    regional = dict(zip(chars, hk2s.convert(text).split("\n"), strict=True))
    out = sys.stdout
    out.write(
        "# Hong Kong character forms t2s does not simplify as simplified text writes them, and characters t2s writes\n"
        f"# beyond the BMP; from OpenCC {getattr(opencc, '__version__', '')} (Apache License 2.0: HKVariantsRev + "
        "TSCharacters), Unihan 15.0 (Unicode License v3: kSemanticVariant, kZVariant, kTGH, kIRG_HSource) and\n"
        "# CC-CEDICT's simplified words (cedict_ts.u8.gz, MDBG, CC BY-SA 4.0; this file is shared under the same "
        "licence);\n"
        "# made by scripts/build_regional_simplified.py, which gives the rule of each source. Columns: the character, "
        "its simplified form, t2s's, the source (hk2s, unihan, kept).\n"
        "char\tsimplified\tt2s\tsource\n"
    )
    for char in chars:
        t2s_form, hk2s_form = plain[char], regional[char]
        if t2s_form != hk2s_form and len(hk2s_form) == 1:
            out.write(f"{char}\t{hk2s_form}\t{t2s_form}\thk2s\n")
            continue
        beyond = len(t2s_form) == 1 and ord(t2s_form) > 0xFFFF
        if t2s_form in standard or not (beyond or (t2s_form == char and char not in standard)):
            continue
        found = {plain.get(v, v) for v in variants.get(char, ()) if ord(v) <= 0xFFFF} & standard
        if char in hong_kong and len(found) == 1 and char not in in_words:
            out.write(f"{char}\t{found.pop()}\t{t2s_form}\tunihan\n")
        elif beyond:
            out.write(f"{char}\t{char}\t{t2s_form}\tkept\n")


if __name__ == "__main__":
    main(
        Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"),
        Path(sys.argv[2] if len(sys.argv) > 2 else "../shared/data/cedict_ts.u8.gz"),
    )
