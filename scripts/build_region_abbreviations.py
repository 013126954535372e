"""Build src/zhgloss/data/region_abbreviations.tsv: the one-character names of China's provincial-level divisions.

Chinese copy writes a province, a municipality, a region or an SAR by one character (川 Sichuan, 渝 Chongqing, 黔
Guizhou, 鲁 Shandong), two or three of them together for the places joined (川渝, 京津冀, 沪深) and one with a
direction for a part of it (黔东 eastern Guizhou, 鲁西 western Shandong, 苏北). `zhgloss harvest` reads such a
Chinese as a place, never as a person whose English spells the pinyin ("Chuan Yu", "Lu Xi": the review of s48).

The characters are CC-CEDICT's: each one-character headword one of whose senses reads "abbr. for X" or "short name
for X", "X, abbr. for ..." (港 Hong Kong) or "X (abbr.)" (台 Taiwan), X one of the 34 divisions by its English name
(DIVISIONS). Historical provinces (察 Chahar) and parts of one (巴 "east Sichuan") are no division and stay out; 楚 is
in, CC-CEDICT giving it as "abbr. for Hubei ... and Hunan".

CC-CEDICT is licensed CC BY-SA 4.0; the file written is derived from it and carries the same licence, with the
credit, in its header.

Run: python scripts/build_region_abbreviations.py [/work/shared/data/cedict_ts.u8.gz] [OUT]
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "cedict_ts.u8.gz"
DEFAULT_OUT = ROOT / "src" / "zhgloss" / "data" / "region_abbreviations.tsv"

DIVISIONS = (
    "Beijing",
    "Tianjin",
    "Hebei",
    "Shanxi",
    "Liaoning",
    "Jilin",
    "Heilongjiang",
    "Shanghai",
    "Jiangsu",
    "Zhejiang",
    "Anhui",
    "Fujian",
    "Jiangxi",
    "Shandong",
    "Henan",
    "Hubei",
    "Hunan",
    "Guangdong",
    "Guangxi",
    "Hainan",
    "Chongqing",
    "Sichuan",
    "Guizhou",
    "Yunnan",
    "Tibet",
    "Shaanxi",
    "Gansu",
    "Qinghai",
    "Ningxia",
    "Xinjiang",
    "Taiwan",
    "Macao",
    "Macau",
    "Inner Mongolia",
    "Hong Kong",
)
"""China's 34 provincial-level divisions by their English names (Macao and Macau both: CC-CEDICT writes either)."""

_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/$")
_SENSE = re.compile(
    r"(?:abbr\.|short name) (?:for|of) (?:the )?([A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    r"|^([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:, abbr\. for| \(abbr\.\))"
)

HEADER = """\
# The one-character names of China's provincial-level divisions (川 Sichuan, 渝 Chongqing, 黔 Guizhou, 鲁 Shandong),
# for zhgloss harvest: a Chinese made of them (川渝, 京津冀) or of one and a direction (黔东, 鲁西) is a place, no
# person. Built by scripts/build_region_abbreviations.py from CC-CEDICT ({date}; https://cc-cedict.org/wiki/): its
# one-character lines with a sense "abbr. for" or "short name for" a division. CC-CEDICT: community maintained,
# published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski. Licence: Creative Commons Attribution-ShareAlike
# 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this file is derived from it and shared under the same
# licence. Columns: the simplified character, the division's English name.
"""


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUT
    found: dict[str, str] = {}
    date = "date unknown"
    with gzip.open(source, "rt", encoding="utf-8") as fp:
        for line in fp:
            if line.startswith("#! date="):
                date = line.strip("#! \n")
            match = _LINE.match(line.rstrip("\n"))
            if match is None or len(match.group(2)) != 1:
                continue
            senses = match.group(4).split("/")
            for place in (a or b for sense in senses for a, b in _SENSE.findall(sense)):
                division = next((d for d in DIVISIONS if place == d or place.startswith(f"{d} ")), None)
                if division is not None:
                    found.setdefault(match.group(2), division)
    rows = [f"{char}\t{place}\n" for char, place in sorted(found.items())]
    out.write_text(HEADER.format(date=date) + "char\tplace\n" + "".join(rows), encoding="utf-8")
    print(f"{len(rows)} characters written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
