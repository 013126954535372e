"""Build src/zhgloss/data/common_words.txt: Chinese words too common to gloss as names by default.

A form is listed when it is (1) an ordinary word in CC-CEDICT, that is a headword with a reading
in lower-case pinyin whose English is a rendering (not only "variant of", "see", "surname X"),
and (2) met in running text: jieba's dictionary (built from the People's Daily and other corpora)
counts it at least MIN_COUNT times. 成功 ("success"; also Chenggong town), 孙子 ("grandson"; also
Sun Tzu), 小米 ("millet"; also Xiaomi) are listed; 北京 and 鲁迅, names only, are not. A word
too rare for jieba to count is too rare to meet in text. Single characters are not listed:
annotate never glosses them by default anyway.

Inputs (neither is needed at run time):
  CC-CEDICT: ../shared/data/cedict_ts.u8.gz (CC BY-SA 4.0, MDBG)
  jieba 0.42.1's dict.txt (MIT): word, count, part of speech per line

Usage: python scripts/build_common_words.py CEDICT.u8.gz JIEBA_DICT.txt > src/zhgloss/data/common_words.txt
"""

from __future__ import annotations

import gzip
import re
import sys

MIN_COUNT = 10
LINE_RE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/$")
NOT_A_RENDERING = re.compile(r"^(?:(?:old |archaic |erhua )?variant of|see |see also|same as|surname |CL:|abbr\. for)")


def main(cedict: str, jieba_dict: str) -> None:
    counts: dict[str, int] = {}
    with open(jieba_dict, encoding="utf-8") as fp:
        for line in fp:
            word, count, *_ = line.split()
            counts[word] = int(count)
    common: set[str] = set()
    with gzip.open(cedict, "rt", encoding="utf-8") as fp:
        for line in fp:
            match = LINE_RE.match(line.rstrip("\n"))
            if match is None:
                continue
            hant, hans, numbered, glosses = match.groups()
            if numbered[:1].isupper() or len(hans) < 2:
                continue
            if not any(g and not NOT_A_RENDERING.match(g) for g in glosses.split("/")):
                continue
            if counts.get(hans, 0) >= MIN_COUNT:
                common.add(hans)
                common.add(hant)
    print("# Chinese words annotate does not gloss as names unless the entry says always_gloss (see README).")
    print("# Made by scripts/build_common_words.py: CC-CEDICT (CC BY-SA 4.0) ordinary words that jieba 0.42.1's")
    print(f"# dictionary (MIT) counts at least {MIN_COUNT} times; simplified and traditional. One word a line.")
    for word in sorted(common):
        print(word)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
