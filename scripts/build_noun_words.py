"""Build src/zhgloss/data/noun_words.txt: two-character nouns, for zhgloss annotate --unknown.

    python scripts/build_noun_words.py

The finder of unknown names reads a person-like string before one or two nouns and a word for a place,
prize or institution (孙冶方 + 经济 + 科学奖, 霍英东 + 体育 + 中心, 潘家园 + 古玩 + 市场) as the name of that
place, not a person; a verb there (王明 + 来到 + 医院, 李华 + 考上 + 大学) leaves the person. This file
tells the nouns: the two-character words of jieba 0.42.1's dictionary (dict.txt, MIT licence, (c) Sun
Junyi, shipped in its PyPI package) whose part-of-speech tag is a noun's (n, nz, vn: 经济, 体育, 实验)
or a state word's (z: 湿地), counted at least MIN_COUNT times. No CC-CEDICT data goes into it.
zhgloss reads only the file written, so nothing is downloaded at run time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import jieba

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "zhgloss" / "data" / "noun_words.txt"
TAGS = frozenset({"n", "nz", "vn", "z"})
MIN_COUNT = 50
"""Words that jieba counts fewer times are left out: rare words say little and make the file big."""


def nouns() -> list[str]:
    """Return the two-character Han words of jieba's dictionary tagged as nouns, counted MIN_COUNT times or more."""
    return tagged_words(TAGS, MIN_COUNT, lambda word: len(word) == 2)


def tagged_words(tags: frozenset[str], min_count: int, keep: Callable[[str], bool]) -> list[str]:
    """Return the Han words of jieba's dictionary whose tag is one of `tags`, counted `min_count` times or more and
    kept by `keep` (their length), sorted (also scripts/build_prose_words.py's)."""
    out = []
    with (Path(jieba.__file__).parent / "dict.txt").open(encoding="utf-8") as fp:
        for line in fp:
            word, count, tag = line.split()
            if keep(word) and all(0x4E00 <= ord(c) <= 0x9FFF for c in word) and tag in tags and int(count) >= min_count:
                out.append(word)
    return sorted(set(out))


def write_words(out: Path, header: list[str], words: list[str]) -> None:
    """Write `header` (comment lines) and `words`, one a line, to `out`, and say how many."""
    out.write_text("\n".join([*header, *words]) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} words to {out}")


def main() -> None:
    words = nouns()
    header = [
        "# Two-character nouns for zhgloss annotate --unknown (a person-like string + nouns + a word for a place,",
        "# prize or institution names that place: 孙冶方 + 经济 + 科学奖). Built by scripts/build_noun_words.py from",
        f"# jieba 0.42.1's dictionary (dict.txt; MIT licence, (c) Sun Junyi): words tagged {', '.join(sorted(TAGS))},",
        f"# counted at least {MIN_COUNT} times. No CC-CEDICT data. One word a line.",
    ]
    write_words(OUT, header, words)


if __name__ == "__main__":
    main()
