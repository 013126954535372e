"""Build src/zhgloss/data/prose_words.txt: words of a sentence's own that stand before a name, for zhgloss harvest.

    python scripts/build_prose_words.py

harvest takes an organisation's Chinese from the run of Chinese before its English bracket; where no punctuation or
break word ends the sentence's words before it, they must be told from the name's (投资者看好招商银行 "China Merchants
Bank": 投资者 看好 are the sentence's; 通用汽车公司 "General Motors": 通用 is the name's). This file lists the words
whose part of speech is the sentence's: the words of two characters or more of jieba 0.42.1's dictionary (dict.txt,
MIT licence, (c) Sun Junyi, shipped in its PyPI package) tagged as a verb (v, vd, vi, vq: 看好, 青睐, 了解, 据悉),
an adverb (d, df, ad: 已经, 随后), a pronoun (r, rr, rz: 我们, 该), a time word (t: 此前, 目前, 日前), a preposition
(p) or a conjunction (c: 同时), counted at least MIN_COUNT times. harvest keeps such a word in the name where the
lexicon starts an organisation's name with it (通用 of 通用汽车, 联合 of 联合技术公司, 现代 of 现代汽车). No CC-CEDICT
data goes into it. zhgloss reads only the file written, so nothing is downloaded at run time.
"""

from __future__ import annotations

from pathlib import Path

from build_noun_words import tagged_words, write_words

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "zhgloss" / "data" / "prose_words.txt"
TAGS = frozenset({"v", "vd", "vi", "vq", "d", "df", "ad", "r", "rr", "rz", "t", "p", "c"})
MIN_COUNT = 50
"""Words that jieba counts fewer times are left out: rare words say little and make the file big."""


def prose_words() -> list[str]:
    """Return the Han words of two characters or more of jieba's dictionary tagged TAGS, counted MIN_COUNT times or
    more, sorted."""
    return tagged_words(TAGS, MIN_COUNT, lambda word: len(word) >= 2)


def main() -> None:
    words = prose_words()
    header = [
        "# Words of a sentence's own (verbs, adverbs, pronouns, time words, prepositions, conjunctions)",
        "# for zhgloss harvest: such words before an organisation's Chinese are the sentence's",
        "# (投资者看好招商银行: 看好). Built by scripts/build_prose_words.py from jieba 0.42.1's dictionary",
        f"# (dict.txt; MIT licence, (c) Sun Junyi): words of two characters or more tagged {', '.join(sorted(TAGS))},",
        f"# counted at least {MIN_COUNT} times. No CC-CEDICT data. One word a line.",
    ]
    write_words(OUT, header, words)


if __name__ == "__main__":
    main()
