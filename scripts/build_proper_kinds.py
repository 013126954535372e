"""Build src/zhgloss/data/proper_kinds.tsv: jieba's proper words of 3-4 characters and the kind of name each is.

The word-edge rule of annotate (zhgloss.glossrules.CrossingRule) reads the text with jieba's word counts
(word_counts.tsv, down to MIN_COUNT). Where that reading has a word that starts before a glossary match and
holds it (旧金山 around 金山, 西南联大 around 联大, 张国庆 around 国庆), it asks what kind of name the word is:
jieba's dictionary tags its proper nouns by kind, nr (a person; nrt, nrfg too), ns (a place), nt (an
organisation) and nz (another proper noun). This file lists those words, of 3 to MAX_WORD characters (the
longest word the reading reads, zhgloss.segment.MAX_WORD) and counted at least MIN_COUNT times (the words
the reading knows), each with its kind: person, place, org or other. jieba's tags are not all right (一劳永逸 is
tagged nr, 中央政府 nt): a word CC-CEDICT lists only as an ordinary word (its lines' pinyin all lower-case) is left
out, whatever its tag (930 words).

Inputs (neither is needed at run time):
  CC-CEDICT: ../shared/data/cedict_ts.u8.gz (CC BY-SA 4.0, MDBG)
  jieba 0.42.1's dict.txt (MIT, (c) Sun Junyi): word, count, part of speech per line; the installed
  jieba package ships it (python -c "import jieba, os; print(os.path.dirname(jieba.__file__))")

Usage: python scripts/build_proper_kinds.py CEDICT.u8.gz JIEBA_DICT.txt > src/zhgloss/data/proper_kinds.tsv
"""

from __future__ import annotations

import argparse
import gzip
import re

MIN_COUNT = 20
"""The cut of word_counts.tsv (scripts/build_name_data.py): the words the reading knows."""
MAX_WORD = 4
"""zhgloss.segment.MAX_WORD: the longest word of the reading."""
KINDS = {"nr": "person", "nrt": "person", "nrfg": "person", "ns": "place", "nt": "org", "nz": "other"}
"""jieba's tags of proper nouns and the kind of name each says."""
HAN_RE = re.compile(r"^[\u3400-\u9fff]+$")
LINE_RE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/$")


def ordinary_only(lines: list[str]) -> set[str]:
    """The simplified headwords of CC-CEDICT `lines` that only lines with lower-case pinyin have: no proper name."""
    proper: set[str] = set()
    ordinary: set[str] = set()
    for line in lines:
        match = LINE_RE.match(line.rstrip("\n"))
        if match is not None:
            (proper if match.group(3)[:1].isupper() else ordinary).add(match.group(2))
    return ordinary - proper


def proper_kinds(lines: list[str], ordinary: set[str]) -> list[tuple[str, str]]:
    """(word, kind) of jieba's dict.txt `lines` that are proper words of 3 to MAX_WORD characters counted MIN_COUNT+,
    less the `ordinary` words (`ordinary_only`)."""
    out: list[tuple[str, str]] = []
    for line in lines:
        word, count, tag = line.split()
        known = tag in KINDS and int(count) >= MIN_COUNT and word not in ordinary
        if known and 3 <= len(word) <= MAX_WORD and HAN_RE.match(word):
            out.append((word, KINDS[tag]))
    return sorted(out)


def main(cedict: str, jieba_dict: str) -> None:
    with gzip.open(cedict, "rt", encoding="utf-8") as fp:
        ordinary = ordinary_only(fp.readlines())
    with open(jieba_dict, encoding="utf-8") as fp:
        rows = proper_kinds(fp.readlines(), ordinary)
    print("# jieba's proper words of 3-4 characters counted 20 times or more and the kind of name each is, for the")
    print(
        "# word-edge rule of zhgloss annotate (zhgloss.glossrules.CrossingRule): built by scripts/build_proper_kinds.py"
    )
    print("# from jieba 0.42.1's dictionary (dict.txt; MIT licence, (c) Sun Junyi), whose tags say the kind: nr, nrt,")
    print("# nrfg person; ns place; nt org; nz other; less the words CC-CEDICT (MDBG, CC BY-SA 4.0) lists only as")
    print("# ordinary words. This file is shared under CC BY-SA 4.0. Columns: word, kind.")
    for word, kind in rows:
        print(f"{word}\t{kind}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("cedict")
    parser.add_argument("jieba_dict")
    args = parser.parse_args()
    main(args.cedict, args.jieba_dict)
