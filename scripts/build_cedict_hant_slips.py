"""Build src/zhgloss/data/cedict_hant_slips.tsv: CC-CEDICT's lines whose traditional column is no traditional form of
their simplified headword, with the traditional form zhgloss writes for the headword instead.

"哈囉德 哈罗德 [Ha1 luo2 de2] /Harold, Harald, Harrod (name)/..." writes 囉, whose simplified form is 啰 (哈囉德
converts back to 哈啰德), and "金晟 金成 [Jin1 Cheng2] /Sung KIM, .../" writes 晟, a character of its own: stored as
zh_hant they are what validate calls an error (zh-hant-mismatch) and what the OmegaT re-import of the glossary refuses
(the forty-third session's R43-5: the whole --proper-only import's round trip failed on these two rows). The import
keeps such a column as a Chinese alias and takes zh_hant from the usual conversion (`zhgloss.curate.fill_zh_hant`, by
the entry's type), as `add` would write it; this file holds the lines and that form, so that the import converts
nothing itself (a conversion of every line, or OpenCC's name dictionaries, would cost it a tenth of a second and more).

The rule is validate's (`zhgloss.validate.check_entry`: an error `zh-hant-mismatch` on the traditional column, the
entry typed as the full import types the headword, `term` where it makes no entry of it); candidates are the lines
whose traditional column OpenCC's t2s converts to another form than the headword.

CC-CEDICT is licensed CC BY-SA 4.0; the file written is derived from it and carries the same licence, with the
credit, in its header.

Run: python scripts/build_cedict_hant_slips.py [/work/shared/data/cedict_ts.u8.gz] [OUT]
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

from zhgloss.convert import to_simplified
from zhgloss.curate import fill_zh_hant
from zhgloss.formats.cedict import iter_lines, load_cedict_documents
from zhgloss.model import Entry
from zhgloss.validate import check_entry

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "cedict_ts.u8.gz"
DEFAULT_OUT = ROOT / "src" / "zhgloss" / "data" / "cedict_hant_slips.tsv"

HEADER = """\
# CC-CEDICT lines whose traditional column is no traditional form of their simplified headword (validate's
# zh-hant-mismatch error on it), and the traditional form zhgloss writes for the headword instead (curate.fill_zh_hant
# by the type the import gives it; the headword itself where it needs none). The CC-CEDICT import keeps the column as a
# Chinese alias. Built by scripts/build_cedict_hant_slips.py from CC-CEDICT ({date}; https://cc-cedict.org/wiki/).
# CC-CEDICT: community maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski. Licence: Creative
# Commons Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this file is derived from it
# and shared under the same licence. Columns: traditional column, simplified headword, pinyin, zhgloss's traditional.
traditional\tsimplified\tpinyin\tzh_hant
"""


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUT
    with gzip.open(source, "rt", encoding="utf-8") as fp:
        lines = list(fp)
    date = next((line.strip("#! \n") for line in lines if line.startswith("#! date=")), "date unknown")
    kinds = {row["zh"]: row["type"] for row in load_cedict_documents(lines, source=str(source))}
    parsed = [line for line in iter_lines(lines, str(source)) if line.zh_hant != line.zh]
    back = to_simplified("\n".join(line.zh_hant for line in parsed)).split("\n")
    rows = []
    for line, simplified in zip(parsed, back, strict=True):
        if simplified == line.zh:
            continue
        kind = kinds.get(line.zh, "term")
        entry = Entry(id="line", en="line", type=kind, zh=line.zh, zh_hant=line.zh_hant)
        if any(p.code == "zh-hant-mismatch" and p.severity == "error" for p in check_entry(entry)):
            hant = fill_zh_hant(line.zh, kind) or line.zh
            rows.append(f"{line.zh_hant}\t{line.zh}\t{line.pinyin_numbered}\t{hant}\n")
    with out.open("w", encoding="utf-8") as fp:
        fp.write(HEADER.format(date=date))
        fp.writelines(sorted(set(rows)))


if __name__ == "__main__":
    main()
