"""Build src/zhgloss/data/regional_simplified.tsv: Hong Kong's character forms OpenCC's t2s leaves unsimplified.

OpenCC's t2s simplifies the OpenCC standard traditional forms, and most Hong Kong and Taiwan shapes
fold to them first (啓 -> 启, 峯 -> 峰, 綫 -> 线). A few Hong Kong forms are only known to OpenCC's
HKVariantsRev dictionary, which its hk2s configuration runs before t2s: 衞 (the Hong Kong
government's form of 衛: 衞生署, 食物環境衞生署), 敍, 枱, 粧, 糭, 衹. t2s leaves them as they are, so
a name typed with one kept a traditional character in its simplified form (U36-25). This table holds
every character hk2s simplifies otherwise than t2s does, found by converting each CJK Unified
Ideograph of the BMP (U+3400-U+4DBF, U+4E00-U+9FFF) alone with both: nothing is picked by hand.

Taiwan's tw2s is not taken: the characters it folds otherwise are standard simplified characters in
their own right (著 "zhù", 么), which simplified text must keep.

Input: the installed `opencc` package (OpenCC 1.4.2, Apache License 2.0); not needed at run time.

Usage: python scripts/build_regional_simplified.py > src/zhgloss/data/regional_simplified.tsv
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> None:
    import opencc

    folder = Path(opencc.__file__).resolve().parent / "clib" / "share" / "opencc"
    t2s = opencc.OpenCC(str(folder / "t2s.json"))
    hk2s = opencc.OpenCC(str(folder / "hk2s.json"))
    chars = [chr(c) for c in (*range(0x3400, 0x4DC0), *range(0x4E00, 0xA000))]
    text = "\n".join(chars)
    plain, regional = t2s.convert(text).split("\n"), hk2s.convert(text).split("\n")
    out = sys.stdout
    out.write(
        "# Hong Kong character forms and their simplified forms where OpenCC's hk2s and t2s differ, from OpenCC "
        f"{getattr(opencc, '__version__', '')} (Apache License 2.0: HKVariantsRev + TSCharacters);\n"
        "# made by scripts/build_regional_simplified.py, which says why. Columns: the character, hk2s's form, t2s's.\n"
        "char\tsimplified\tt2s\n"
    )
    for char, a, b in zip(chars, plain, regional, strict=True):
        if a != b and len(b) == 1:
            out.write(f"{char}\t{b}\t{a}\n")


if __name__ == "__main__":
    main()
