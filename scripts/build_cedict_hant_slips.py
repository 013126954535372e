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

It also builds src/zhgloss/data/cedict_hans_slips.tsv: the lines naming something (capitalised pinyin) whose simplified
column is no simplified form by the rule validate writes the name's type by (`zhgloss.validate.simplified_zh`, its
`zh-traditional` error), with the headword zhgloss reads the line under instead: "麴 麴 [Qu1] /surname Qu/" is the
surname 麹, "麯 麯 [Qu1]" the surname 曲 (the review's R44-8; they were a fresh --proper-only import's two validate
errors). The type is the one the line alone gets from the import; common words (`term`) are left as CC-CEDICT writes
them (亻 "person radical" is no form of 人). Candidates are the lines whose simplified column OpenCC's t2s changes.

Run: python scripts/build_cedict_hant_slips.py [/work/shared/data/cedict_ts.u8.gz] [OUT] [OUT_HANS]
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

from zhgloss.convert import to_simplified
from zhgloss.curate import fill_zh_hant
from zhgloss.formats.cedict import iter_lines, load_cedict_documents
from zhgloss.model import Entry
from zhgloss.validate import check_entry, simplified_zh

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "cedict_ts.u8.gz"
DEFAULT_OUT = ROOT / "src" / "zhgloss" / "data" / "cedict_hant_slips.tsv"
DEFAULT_OUT_HANS = ROOT / "src" / "zhgloss" / "data" / "cedict_hans_slips.tsv"

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

HEADER_HANS = """\
# CC-CEDICT lines naming something whose simplified column is no simplified form by the rule validate writes the
# name's type by (zhgloss.validate.simplified_zh: its zh-traditional error), and the simplified headword zhgloss reads
# the line under instead; the traditional column stays the entry's traditional form. Built by
# scripts/build_cedict_hant_slips.py from CC-CEDICT ({date}; https://cc-cedict.org/wiki/).
# CC-CEDICT: community maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski. Licence: Creative
# Commons Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this file is derived from it
# and shared under the same licence. Columns: traditional column, simplified column, pinyin, zhgloss's headword.
traditional\tsimplified\tpinyin\tzh
"""


def hans_rows(lines: list[str], source: Path) -> list[str]:
    """The rows of cedict_hans_slips.tsv for CC-CEDICT's `lines` (see the module docstring)."""
    parsed = [line for line in iter_lines(lines, str(source)) if line.is_proper_name]
    back = to_simplified("\n".join(line.zh for line in parsed)).split("\n")
    rows = []
    for line, simplified in zip(parsed, back, strict=True):
        if simplified == line.zh:
            continue
        raw = f"{line.zh_hant} {line.zh} [{line.pinyin_numbered}] /{'/'.join(line.glosses)}/\n"
        read = list(load_cedict_documents([raw], source=str(source)))
        if not read or read[0]["type"] == "term":
            continue
        row = read[0]
        entry = Entry(id="line", en=row["en"], type=row["type"], zh=line.zh, pinyin=row["pinyin"])
        if any(p.code == "zh-traditional" and p.severity == "error" for p in check_entry(entry)):
            rows.append(f"{line.zh_hant}\t{line.zh}\t{line.pinyin_numbered}\t{simplified_zh(entry)}\n")
    return sorted(set(rows))


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUT
    out_hans = Path(sys.argv[3]) if len(sys.argv) > 3 else DEFAULT_OUT_HANS
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
    with out_hans.open("w", encoding="utf-8") as fp:
        fp.write(HEADER_HANS.format(date=date))
        fp.writelines(hans_rows(lines, source))


if __name__ == "__main__":
    main()
