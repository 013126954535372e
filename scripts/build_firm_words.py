"""Build src/zhgloss/data/firm_words.txt: CC-CEDICT's words for a kind of firm that end in 企, 商 or 行.

harvest reads where a company's Chinese name starts in a run of Chinese before its bracket or stock code; a word that
says what kind of firm follows ends the sentence's words (券商|中信证券 "CITIC Securities", 外企|苹果). Chinese
business copy writes a sector's firms as the sector and a kind morpheme: 企 (企业 "enterprise"), 商 ("dealer",
"maker") and 行 ("bank"). Coined ones (车企, 药企, 芯片商, 投行) are seldom in a dictionary and jieba's counts cut
them apart (车|企), which harvest reads by their shape; the words a dictionary lists are one word to jieba, and so
are the many that are no firm (协商 "to consult", 工商 "industry and commerce", 招商 "to seek investment", 串行
"serial"). This file lists those CC-CEDICT defines as a firm or a dealer: words of two or three characters ending in
one of the morphemes whose first gloss, in lower case, names a firm (FIRM_GLOSS: 券商 "securities dealer", 外企
"foreign enterprise", 承销商 "underwriting company"). Left out: the words names end in (银行 "bank", 商行 "trading
company": 中国银行, 汇丰银行 take it as their own) and a branch (分行, 支行).

Input (not needed at run time): CC-CEDICT, ../shared/data/cedict_ts.u8.gz (CC BY-SA 4.0, MDBG).
Usage: python scripts/build_firm_words.py CEDICT.u8.gz > src/zhgloss/data/firm_words.txt
"""

from __future__ import annotations

import argparse
import gzip
import re

LINE_RE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/$")
MORPHEMES = ("企", "商", "行")
FIRM_GLOSS = re.compile(
    r"\b(?:dealer|merchant|businessman|manufacturer|manufacturing company|enterprise|company|firm|bank|supplier|"
    r"provider|maker|retailer|distributor|developer|contractor|operator)s?\b"
)
LEFT_OUT = frozenset({"银行", "商行", "分行", "支行"})


def firm_words(path: str) -> list[str]:
    """Return CC-CEDICT's simplified words of two or three characters ending in MORPHEMES whose first gloss names a
    firm (FIRM_GLOSS), LEFT_OUT aside, sorted."""
    words: set[str] = set()
    with gzip.open(path, "rt", encoding="utf-8") as fp:
        for line in fp:
            found = LINE_RE.match(line.rstrip("\n"))
            if found is None or line.startswith("#"):
                continue
            simplified, gloss = found.group(2), found.group(4).split("/")[0]
            if not 2 <= len(simplified) <= 3 or not simplified.endswith(MORPHEMES) or gloss[:1].isupper():
                continue  # a capitalised gloss is a name's (商行 aside, whose gloss is lower case)
            if FIRM_GLOSS.search(gloss) and simplified not in LEFT_OUT:
                words.add(simplified)
    return sorted(words)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cedict")
    args = parser.parse_args()
    print(
        "# Words for a kind of firm ending in 企, 商 or 行, for zhgloss harvest (a company's Chinese starts after one:"
    )
    print("# 券商|中信证券). Built by scripts/build_firm_words.py from CC-CEDICT (MDBG, https://cc-cedict.org/wiki/;")
    print("# CC BY-SA 4.0): simplified words of 2-3 characters whose first gloss names a firm or a dealer. One a line.")
    for word in firm_words(args.cedict):
        print(word)


if __name__ == "__main__":
    main()
