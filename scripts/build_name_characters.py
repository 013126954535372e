"""Build src/zhgloss/data/name_characters.tsv: how names write the simplified characters that merged others.

A simplified character that stands for two or more traditional characters, itself among them
(Unihan kTraditionalVariant: 里 is U+88E1 裏 and U+91CC 里), is converted by OpenCC to the
traditional character of the commonest word, not of names: s2hk writes 萬裏 for 万里 (the
statesman Wan Li, 萬里 in every traditional source) and 劉志裏 for 刘志里, although 裏 is "inside"
and no name's character. Which form names write is a fact of usage, so it is read from usage:
CC-CEDICT's proper names (lines whose pinyin is capitalised) give each simplified character's
traditional form in 319 names for 里, 12 for 冲 ...

A character's name form is given when, among those names, one traditional form holds at least 80% of
at least 3 names, is among Unihan's traditional forms of the character, and is none of the forms OpenCC's
s2hk, s2tw or s2t writes for it alone (a regional standard, 衞 or 衛, is not a merge): 里 里 (309 of 319),
冲 沖. The table also lists, for matching (zhgloss.convert.traditional_variants), the merged characters
some names write as themselves (斗 in 全斗煥, 17 of 22; 杰 in 李連杰, 2 of 48) and those names write more
than one way (发: 發 31, 髮 1), where OpenCC's words inside a name may write the other: its 润发 "hair
conditioner" makes 周潤髮 of Chow Yun-fat (周潤發), so a name is matched as its characters read alone too.

Inputs: CC-CEDICT (../shared/data/cedict_ts.u8.gz, CC BY-SA 4.0: this file is derived from it and
shared under the same licence) and src/zhgloss/data/variant_characters.tsv (Unihan 15.0, see
scripts/build_variant_characters.py); OpenCC as installed.

Usage: python scripts/build_name_characters.py [CEDICT] > src/zhgloss/data/name_characters.tsv
"""

from __future__ import annotations

import gzip
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from zhgloss.convert import to_traditional, variant_characters

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "cedict_ts.u8.gz"

_LINE_RE = re.compile(r"^(\S+) (\S+) \[([^\]]+)\] /(.*)/\s*$")
MIN_NAMES = 3
MIN_SHARE = 0.8


def _merged() -> dict[str, str]:
    """Each simplified character with two or more traditional forms (Unihan kTraditionalVariant), and those forms."""
    return {char: traditional for char, traditional in variant_characters()[0].items() if len(traditional) >= 2}


def count(lines: Iterable[str]) -> dict[str, Counter[str]]:
    """How often CC-CEDICT's proper names (`lines`) write each traditional form of each merged simplified character."""
    merged = _merged()
    written: dict[str, Counter[str]] = defaultdict(Counter)
    for line in lines:
        match = _LINE_RE.match(line)
        if match is None:
            continue
        hant, zh, pinyin, _glosses = match.groups()
        if not pinyin[:1].isupper() or len(hant) != len(zh) or len(pinyin.split()) != len(zh):
            continue
        for traditional, simplified in zip(hant, zh, strict=True):
            if simplified in merged:
                written[simplified][traditional] += 1
    return written


def rows(written: dict[str, Counter[str]]) -> list[tuple[str, str, int, int, str, int]]:
    """The table's rows: (character, name form or "", names writing that form, names holding the character, OpenCC's
    s2hk form, names writing the character itself where Unihan counts it among its own traditional forms)."""
    merged = _merged()
    out: list[tuple[str, str, int, int, str, int]] = []
    for simplified in sorted(written):
        counts = written[simplified]
        form, names = counts.most_common(1)[0]
        total = sum(counts.values())
        hong_kong = to_traditional(simplified, "s2hk")
        opencc = {hong_kong, to_traditional(simplified, "s2tw"), to_traditional(simplified, "s2t")}
        # A form OpenCC writes for the character alone, in any regional standard (敘 for s2hk's 敍), is no merge.
        common = names >= MIN_NAMES and names / total >= MIN_SHARE
        named = form if common and form in merged[simplified] and form not in opencc else ""
        itself = counts[simplified] if simplified in merged[simplified] else 0
        # Also each character names write more than one way (發 beside 髮): OpenCC's words inside a name may write
        # the other (its 润发 "hair conditioner" makes 周潤髮 of Chow Yun-fat), so matching reads it alone too.
        if named or (itself and hong_kong != simplified) or len(counts) > 1:
            out.append((simplified, named, names, total, hong_kong, itself))
    return out


def main(source: Path) -> None:
    with gzip.open(source, "rt", encoding="utf-8") as fp:
        lines = fp.readlines()
    header = [line.strip("#! \n") for line in lines if line.startswith("#") and ("date=" in line or "time=" in line)]
    print("# How names write simplified characters that merged two or more traditional ones (Unihan")
    print("# kTraditionalVariant) where OpenCC writes another; made by scripts/build_name_characters.py,")
    print(f"# which says why, from CC-CEDICT's proper names ({'; '.join(header) or 'cedict_ts.u8.gz'};")
    print("# CC BY-SA 4.0, https://cc-cedict.org/wiki/: this file is derived from it and shared under the same")
    print("# licence) and Unihan 15.0. Columns: the character, the form names write, how many of CC-CEDICT's")
    print("# names write that form, how many hold the character, what OpenCC s2hk writes, how many write the character")
    print("# itself (where Unihan counts it among its traditional forms).")
    print("char\tname_form\tnames\tof\ts2hk\titself")
    for row in rows(count(lines)):
        print("\t".join(map(str, row)))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE)
