"""Build src/zhgloss/data/cedict_near_misses.tsv: the places and organisations CC-CEDICT names in an English that
validate's near-miss rule (`zhgloss.validate.near_miss_of_pinyin`) would read as a slip of the pinyin, for that rule.

`validate` (so `add` and every import) warns of a place's or organisation's English that misspells its pinyin:
"Bejing" for 北京 Běijīng, "Guangzou" for 广州 (the review's R47-6). Some right English is that close to the pinyin
and reads back as no romanization zhgloss knows: 哈尔滨 Harbin (from Manchu), 金门 Kinmen (Hokkien), 万科 Vanke (the
company's own), and transliterated names, whose pinyin only sounds like the English (突尼斯 Tunisia, 迈阿密 Miami).
CC-CEDICT gives them; a row here is such an English the full import stores (`zhgloss.formats.cedict.load_cedict`,
type `place` or `org`), the rule asked without this file. Rows: zh (simplified), CC-CEDICT's English; sorted.

CC-CEDICT is licensed CC BY-SA 4.0; the file written is derived from it and carries the same licence, with the
credit, in its header.

Run: python scripts/build_cedict_near_misses.py [/work/shared/data/cedict_ts.u8.gz] [OUT]
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

from zhgloss.formats.cedict import load_cedict
from zhgloss.validate import near_miss_of_pinyin

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "cedict_ts.u8.gz"
DEFAULT_OUT = ROOT / "src" / "zhgloss" / "data" / "cedict_near_misses.tsv"

HEADER = """\
# Places and organisations CC-CEDICT names in an English that zhgloss validate's near-miss rule reads as a slip of the
# pinyin (zhgloss.validate.near_miss_of_pinyin): right English all the same, so the rule stays quiet on it (哈尔滨
# Harbin, 金门 Kinmen, 万科 Vanke, 突尼斯 Tunisia). Built by scripts/build_cedict_near_misses.py from CC-CEDICT
# ({date}; https://cc-cedict.org/wiki/). CC-CEDICT: community maintained, published by MDBG; CEDICT (C) 1997, 1998
# Paul Andrew Denisowski. Licence: Creative Commons Attribution-ShareAlike 4.0
# (https://creativecommons.org/licenses/by-sa/4.0/); this file is derived from it and shared under the same licence.
# Columns: zh (simplified), en (CC-CEDICT's English, as zhgloss's import reads it).
zh\ten
"""

SLIPS = {
    ("管城区", "Guangcheng Hui District"),
    ("张家川回族自治县", "Zhanjiachuan Huizu Autonomous County"),
    ("屏边苗族自治县", "Pingbian Mianzu Autonomous County"),
    ("荣成湾", "Roncheng Bay"),
}
"""CC-CEDICT's own slips, read by hand among the rows (s47): 管城 is Guǎnchéng (管城回族区, Guancheng Hui
District), 张家川 Zhāngjiāchuān, 苗族 Miáozú, 荣成 Róngchéng (荣成市, as CC-CEDICT writes it there). Not written,
so the rule reports them."""


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUT
    with gzip.open(source, "rt", encoding="utf-8") as fp:
        date = next((line.strip("#! \n") for line in fp if line.startswith("#! date=")), "date unknown")
    with gzip.open(source, "rt", encoding="utf-8") as fp:
        things = [e for e in load_cedict(fp, source=str(source)) if e.type in ("place", "org") and e.zh and e.pinyin]
    rows = {
        (entry.zh, entry.en)
        for entry in things
        if (entry.zh, entry.en) not in SLIPS
        and entry.zh
        and entry.pinyin
        and near_miss_of_pinyin(entry.zh, entry.en, entry.pinyin, cedict=False)
    }
    with out.open("w", encoding="utf-8") as fp:
        fp.write(HEADER.format(date=date))
        fp.writelines(f"{zh}\t{en}\n" for zh, en in sorted(rows))
    print(f"{len(rows):,} of {len(things):,} places and organisations written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
