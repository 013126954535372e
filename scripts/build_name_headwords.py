"""Build src/zhgloss/data/name_headwords.tsv: the people CC-CEDICT writes keeping a character zhgloss's rule converts.

zhgloss writes a person's traditional name by a rule (zhgloss.convert.name_rule): the surname from surnames.tsv, the
given name a character at a time (one OpenCC's phrase keeps as itself is kept), the characters of
name_characters.tsv as names write them. A simplified character
that is also a traditional one of its own (杰 beside 傑, 斗 beside 鬥, 采 beside 採, 岳 beside 嶽, 适 beside 適) is
converted to the other by OpenCC, and no rule of characters can tell which one a given person writes: 46 of
CC-CEDICT's 48 names with 杰 write 傑, but Jay Chou is 周杰倫 and Jet Li 李連杰. So the people a dictionary records
keeping such a character are written as it writes them; the rule is left for the names it does not know.
A row is a person CC-CEDICT lists (data/cedict_persons.txt: the lines zhgloss's import types `person`) whose
headword keeps a character the rule converts, where OpenCC's t2s reads the rule's character back to it (both are
traditional forms of the one simplified character). Only such characters are taken from the headword: where it
writes one traditional character for another (鐘楚紅 for Cherie Chung, whom the Hong Kong press writes 鍾楚紅; 佈 for
布 in 佈蘭森), the rule stands, as it does for every regional form (臺 or 台: zhgloss writes Hong Kong's, s2hk).
A name CC-CEDICT writes two such ways is left to the rule.
Inputs: CC-CEDICT (../shared/data/cedict_ts.u8.gz, CC BY-SA 4.0: this file is derived from it and shared under the
same licence), src/zhgloss/data/cedict_persons.txt (from CC-CEDICT, the same licence), OpenCC as installed.
Usage: python scripts/build_name_headwords.py [CEDICT] > src/zhgloss/data/name_headwords.tsv
"""

from __future__ import annotations

import gzip
import re
import sys
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from zhgloss.convert import name_rule, to_simplified, to_traditional

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "cedict_ts.u8.gz"
PERSONS = ROOT / "src" / "zhgloss" / "data" / "cedict_persons.txt"
_LINE_RE = re.compile(r"^(\S+) (\S+) \[([^\]]+)\] /(.*)/\s*$")


def persons() -> frozenset[str]:
    """The Chinese forms of the people CC-CEDICT lists, as zhgloss's import types them (data/cedict_persons.txt)."""
    with PERSONS.open(encoding="utf-8") as fp:
        return frozenset(line.strip() for line in fp if line.strip() and not line.startswith("#"))


@cache
def _converted(char: str) -> bool:
    """Whether every regional standard OpenCC writes (s2hk, s2tw, s2t) converts `char` alone to another character."""
    return all(to_traditional(char, config) != char for config in ("s2hk", "s2tw", "s2t"))


def rows(lines: Iterable[str], people: frozenset[str]) -> list[tuple[str, str, str]]:
    """The table's rows, sorted: (simplified name, its traditional form, CC-CEDICT's headword)."""
    found: dict[str, set[tuple[str, str]]] = {}
    for line in lines:
        match = _LINE_RE.match(line)
        if match is None:
            continue
        hant, zh, pinyin, _glosses = match.groups()
        if zh not in people or not pinyin[:1].isupper() or len(zh) < 2 or len(hant) != len(zh):
            continue
        ours = name_rule(zh)
        if len(ours) != len(zh) or ours == hant:
            continue
        # The headword keeps the simplified character (李連杰's 杰) where the rule writes another traditional one of
        # it, and no regional standard writes the character itself (劉劍峰's 峰 is Taiwan's form of Hong Kong's 峯).
        # Not the other way round: where OpenCC's phrase keeps a character the headword converts, the phrase is
        # more often right (尼采 and Hang Seng's 恒生, which CC-CEDICT writes 尼採 and 恆生; 狄仁傑 is the exception).
        written = "".join(
            simplified
            if headword == simplified != rule and to_simplified(rule) == simplified and _converted(simplified)
            else rule
            for simplified, headword, rule in zip(zh, hant, ours, strict=True)
        )
        if written != ours:
            found.setdefault(zh, set()).add((written, hant))
    return sorted((zh, *next(iter(spelt))) for zh, spelt in found.items() if len({w for w, _ in spelt}) == 1)


def main(source: Path) -> None:
    with gzip.open(source, "rt", encoding="utf-8") as fp:
        lines = fp.readlines()
    header = [line.strip("#! \n") for line in lines if line.startswith("#") and ("date=" in line or "time=" in line)]
    print("# People CC-CEDICT writes keeping a character zhgloss's name rule (zhgloss.convert.name_rule) converts to")
    print("# another traditional one; made by scripts/build_name_headwords.py, which says why, from CC-CEDICT")
    print(f"# ({'; '.join(header) or 'cedict_ts.u8.gz'}; CC BY-SA 4.0, https://cc-cedict.org/wiki/: this file is")
    print("# derived from it and shared under the same licence) and OpenCC. Columns: the simplified name, the")
    print("# traditional form zhgloss writes, CC-CEDICT's headword.")
    print("zh\tzh_hant\theadword")
    for row in rows(lines, persons()):
        print("\t".join(row))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE)
