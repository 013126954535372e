"""Build src/zhgloss/data/verb_characters.tsv: one-character verbs that are the sentence's, for zhgloss harvest.

    python scripts/build_verb_characters.py [--cedict ../shared/data/cedict_ts.u8.gz]

harvest takes a name's Chinese from the run of Chinese before its English bracket. jieba cuts most
transliterations into single characters (特|斯|拉), so the name takes, back from where its sound starts, the single
characters that are no word of the sentence; a one-character verb before it was taken too (他买了特斯拉（Tesla）:
买了特斯拉; 他用微信（WeChat）付款: 用微信). This file lists the characters that are a verb there, by evidence:

* jieba 0.42.1's dictionary (dict.txt, MIT licence, (c) Sun Junyi, shipped in its PyPI package) counts the character
  as a word of its own MIN_COUNT times or more, tagged a verb (v: 买, 卖, 看, 说, 去) or a preposition (p: 用, 给);
* it stands in at most MAX_NAMES of CC-CEDICT's transliterated proper names (scripts/build_translit_odds.py's
  reading of them: 买 stands in 孟买, 牙买加, 牙买加胡椒, 百思买), so that the characters that are syllables of
  transliterations as often as verbs stay the name's (提 37 names: 塞万提斯; 开 37: 米开朗基罗; 安, 维, 格, 拿).

Each line gives the character, jieba's count and the number of transliterated names; zhgloss reads the first
column only. Run it again when CC-CEDICT or jieba changes; nothing is downloaded at run time.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import jieba
from build_translit_odds import CEDICT, transliterations

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "zhgloss" / "data" / "verb_characters.tsv"
TAGS = frozenset({"v", "p"})
MIN_COUNT = 1000
"""Characters that jieba counts fewer times as a word of their own are left out: a rare verb says little."""
MAX_NAMES = 5
"""Characters standing in more of CC-CEDICT's transliterated names than this are syllables of names too."""


def verb_characters(names: list[str]) -> list[tuple[str, int, int]]:
    """Return (character, jieba's count, transliterated names of `names` holding it) for each one-character word
    of jieba's dictionary tagged TAGS, counted MIN_COUNT times or more and standing in at most MAX_NAMES of
    `names`, sorted by character."""
    holding = Counter(c for name in set(names) for c in set(name))
    out = []
    with (Path(jieba.__file__).parent / "dict.txt").open(encoding="utf-8") as fp:
        for line in fp:
            word, count, tag = line.split()
            if (
                len(word) == 1
                and 0x4E00 <= ord(word) <= 0x9FFF
                and tag in TAGS
                and int(count) >= MIN_COUNT
                and holding[word] <= MAX_NAMES
            ):
                out.append((word, int(count), holding[word]))
    return sorted(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cedict", type=Path, default=CEDICT)
    args = parser.parse_args()
    names, _ = transliterations(args.cedict)
    rows = verb_characters(names)
    with OUT.open("w", encoding="utf-8") as fp:
        fp.write(
            "# One-character verbs and prepositions of a sentence, for zhgloss harvest: such a character before a\n"
            "# name's Chinese is the sentence's (他买了特斯拉: 买). Built by scripts/build_verb_characters.py from\n"
            "# jieba 0.42.1's dictionary (dict.txt; MIT licence, (c) Sun Junyi): one-character words tagged"
            f" {', '.join(sorted(TAGS))},\n"
            f"# counted at least {MIN_COUNT} times, standing in at most {MAX_NAMES} of the {len(set(names))}"
            " transliterated proper names of\n"
            "# CC-CEDICT cedict_ts.u8.gz (MDBG, https://www.mdbg.net/chinese/dictionary?page=cc-cedict; CC BY-SA 4.0,\n"
            "# https://creativecommons.org/licenses/by-sa/4.0/). Derived from CC-CEDICT: this file is shared under\n"
            "# CC BY-SA 4.0.\n"
            "char\tjieba_count\ttransliterations\n"
        )
        fp.writelines(f"{char}\t{count}\t{held}\n" for char, count, held in rows)
    print(f"wrote {len(rows)} characters to {OUT}")


if __name__ == "__main__":
    main()
