"""Build src/zhgloss/data/korean_readings.tsv: each hanja's Korean readings (hangul), from Unihan's kHangul.

Input: Unihan 15.0 (Debian's unicode-data, /usr/share/unicode/Unihan_Readings.txt.bz2; Unicode, Inc., Unicode
License v3). kHangul gives each reading with its sources after a colon (재:0E): the readings are kept, in order.

Usage: python build_korean_readings.py UNIHAN_DIR > src/zhgloss/data/korean_readings.tsv
"""

from __future__ import annotations

import bz2
import sys
from pathlib import Path


def main(unihan_dir: str) -> None:
    print(
        "# Korean readings (hangul) of each hanja, for zhgloss validate: a Korean name's English "
        "(文在寅 Moon Jae-in)\n"
        "# is read back as the syllables of its characters' readings. From Unihan 15.0's kHangul (Unicode, Inc.,\n"
        "# Unicode License v3; Debian's unicode-data), the readings in Unihan's order. "
        "Built by build_korean_readings.py."
    )
    print("# Columns (tab-separated): hanja (as Korea writes it: traditional), readings (hangul, comma-separated).")
    with bz2.open(Path(unihan_dir) / "Unihan_Readings.txt.bz2", "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("U+"):
                code, field, value = line.rstrip("\n").split("\t", 2)
                if field == "kHangul":
                    readings = dict.fromkeys(reading.split(":")[0] for reading in value.split())
                    print(f"{chr(int(code[2:], 16))}\t{','.join(readings)}")


if __name__ == "__main__":
    main(*sys.argv[1:])
