"""Build src/zhgloss/data/given_characters.tsv: merged characters that given names keep although OpenCC converts them.

A simplified character that is also a traditional character of its own (Unihan kTraditionalVariant lists it among
its traditional forms: 于 beside 於, 郁 beside 鬱) is converted by OpenCC alone to the other, the form of the
commonest word (於 "at", 鬱 "gloomy"). A person's given name is not that word: OpenCC's own dictionary lists, as
phrases, the people whose names it knows, and writes every one of them with 于 (彭于晏, 夏于喬, 廖于誠, 王于真) and
郁 (林芳郁, 邱郁婷, 陳郁秀, 曹郁芬 ...). Those phrases are the rule's source: a three-character phrase key of OpenCC's
s2t dictionary that starts with a one-character surname (surnames.tsv) is read as a person, and so is each of
CC-CEDICT's people (data/cedict_persons.txt, with CC-CEDICT's own traditional headword). A character is listed when,
in the given names (the two characters after the surname) of those people, it is written as itself at least 3 times
and never otherwise: 于, 郁, 斗 (全斗煥) and 筑 today (and 里, which name_characters.tsv already writes so). OpenCC
lists a name because its characters alone would be converted wrongly, so its people are a list of exceptions, not a
sample: one person written with the other form shows that names go both ways, and the character is left to OpenCC.
So 杰 is not listed (OpenCC keeps it in 20 people, but CC-CEDICT writes 傑 for 46 of its 48 names), nor 余 (OpenCC
writes 徐余偉 and 鄭余豪, CC-CEDICT 曹餘章), nor 云 (劉雲山, 陳雲: most names write 雲; OpenCC lists the few
keeping 云). The surname itself is surnames.tsv's business (于 and 余 as
surnames are 于 and 余 there).

Inputs: src/zhgloss/data/opencc/STPhrases+...txt (OpenCC's phrase keys, scripts/build_opencc_table.py) and OpenCC
as installed; src/zhgloss/data/variant_characters.tsv (Unihan 15.0); src/zhgloss/data/cedict_persons.txt and
CC-CEDICT (../shared/data/cedict_ts.u8.gz, CC BY-SA 4.0: this file is derived from it and shared under the same
licence); src/zhgloss/data/surnames.tsv.

Usage: python scripts/build_given_characters.py [CEDICT] > src/zhgloss/data/given_characters.tsv
"""

from __future__ import annotations

import gzip
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from zhgloss.convert import to_traditional
from zhgloss.pinyin import surnames

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "zhgloss" / "data"
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "cedict_ts.u8.gz"
PHRASES = DATA / "opencc" / "STPhrases+STPhrases_GeneratedFromRegionalPhrases+STCharacters.txt"
PERSONS = DATA / "cedict_persons.txt"
VARIANTS = DATA / "variant_characters.tsv"
_LINE_RE = re.compile(r"^(\S+) (\S+) \[([^\]]+)\] /(.*)/\s*$")
MIN_NAMES = 3


def merged_keeping_itself() -> frozenset[str]:
    """Simplified characters Unihan gives two or more traditional forms, the character itself among them."""
    found: set[str] = set()
    with VARIANTS.open(encoding="utf-8") as fp:
        for line in fp:
            if line.startswith(("#", "char\t")):
                continue
            char, traditional, _variants = line.rstrip("\n").split("\t")
            if len(traditional) >= 2 and char in traditional:
                found.add(char)
    return frozenset(found)


def opencc_people(keys: Iterable[str]) -> list[tuple[str, str]]:
    """(simplified, OpenCC's s2t) for each three-character phrase key that starts with a one-character surname."""
    table = surnames()
    out = []
    for key in keys:
        if len(key) == 3 and key[0] in table and key[:2] not in table:
            converted = to_traditional(key, "s2t")
            if len(converted) == 3:
                out.append((key, converted))
    return out


def cedict_people(lines: Iterable[str], people: frozenset[str]) -> list[tuple[str, str]]:
    """(simplified, CC-CEDICT's traditional headword) for each three-character person with a one-character surname."""
    table = surnames()
    out = []
    for line in lines:
        match = _LINE_RE.match(line)
        if match is None:
            continue
        hant, zh, _pinyin, _glosses = match.groups()
        if zh in people and len(zh) == 3 == len(hant) and zh[0] in table and zh[:2] not in table:
            out.append((zh, hant))
    return out


def count(names: Iterable[tuple[str, str]], chars: frozenset[str]) -> dict[str, Counter[str]]:
    """How often the given names of `names` write each traditional form of each of `chars`."""
    written: dict[str, Counter[str]] = defaultdict(Counter)
    for zh, hant in names:
        for simplified, traditional in zip(zh[1:], hant[1:], strict=True):
            if simplified in chars:
                written[simplified][traditional] += 1
    return written


def rows(written: dict[str, Counter[str]]) -> list[tuple[str, int, int, str]]:
    """(character, given names writing it as itself, given names holding it, OpenCC's form alone) for each character
    OpenCC converts alone in every regional standard but given names keep."""
    out = []
    for char in sorted(written):
        alone = {to_traditional(char, config) for config in ("s2hk", "s2tw", "s2t")}
        if char in alone:
            continue
        itself, total = written[char][char], sum(written[char].values())
        if itself >= MIN_NAMES and itself == total:
            out.append((char, itself, total, to_traditional(char, "s2hk")))
    return out


def main(source: Path) -> None:
    with PHRASES.open(encoding="utf-8") as fp:
        keys = [line.strip() for line in fp if line.strip()]
    with PERSONS.open(encoding="utf-8") as fp:
        people = frozenset(line.strip() for line in fp if line.strip() and not line.startswith("#"))
    with gzip.open(source, "rt", encoding="utf-8") as fp:
        lines = fp.readlines()
    names = opencc_people(keys) + cedict_people(lines, people)
    header = [line.strip("#! \n") for line in lines if line.startswith("#") and ("date=" in line or "time=" in line)]
    print(
        "# Merged simplified characters a given name keeps (于 in 彭于晏, 郁 in 林芳郁) where OpenCC writes the word's"
    )
    print("# traditional form alone (於, 鬱); made by scripts/build_given_characters.py, which says why, from OpenCC's")
    print("# phrase dictionary (the people it lists) and CC-CEDICT's people")
    print(f"# ({'; '.join(header) or 'cedict_ts.u8.gz'}; CC BY-SA 4.0, https://cc-cedict.org/wiki/: this file is")
    print("# derived from it and shared under the same licence). Columns: the character, how many given names write it")
    print("# as itself, how many hold it, what OpenCC s2hk writes for it alone.")
    print("char\titself\tof\ts2hk")
    for row in rows(count(names, merged_keeping_itself())):
        print("\t".join(map(str, row)))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE)
