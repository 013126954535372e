"""Build src/zhgloss/data/holding_words.txt: rare words that hold a proper name past their first character.

The word-edge rule of annotate (zhgloss.glossrules) reads the text with jieba's word counts, shipped
down to 20 (word_counts.tsv); a word jieba counts fewer times is unknown to it, and a name inside such
a word is glossed: 平城 (Pyongsong) in 宛平城 (the old walled town of Wanping), 天长 (Tianchang) in the
idiom 地久天长 "for ever and ever". A word it counts that holds a whole name past its first character cuts no
word edge, so that rule does not see it either: 民盟 (the China Democratic League) in 基民盟 (Germany's CDU, 25),
国庆 (National Day) in the personal name 张国庆 (5). This file lists the words of jieba's dictionary of 3 to
MAX_LENGTH characters, whatever their count, that hold, starting past their first character, the simplified
form of a CC-CEDICT proper-name line (a headword with capitalised pinyin) of two or more characters; each with
its count, its part of speech in jieba, and "idiom" where CC-CEDICT calls it one ("(idiom") or writes it as an
ordinary word of four characters (价值连城 "invaluable": `_is_set_phrase`) or jieba tags it i (成语) or l
(习用语). After the line "# PARTS" it lists the words jieba counts fewer than MIN_COUNT times (2 to MAX_LENGTH
characters) that are the part of a listed word before the name it holds (地久 of 地久天长, 司马台 of
司马台长城): the rule asks whether that part is a word, and the shipped counts hold the others. After the line
"# NAMES" it lists the names the words hold (平城, 天长): the rule looks only at matches of these.

Inputs (neither is needed at run time):
  CC-CEDICT: ../shared/data/cedict_ts.u8.gz (CC BY-SA 4.0, MDBG)
  jieba 0.42.1's dict.txt (MIT, (c) Sun Junyi): word, count, part of speech per line; the installed
  jieba package ships it (python -c "import jieba, os; print(os.path.dirname(jieba.__file__))")

Usage: python scripts/build_holding_words.py CEDICT.u8.gz JIEBA_DICT.txt > src/zhgloss/data/holding_words.txt
"""

from __future__ import annotations

import argparse
import gzip
import re

MIN_COUNT = 20
"""The cut of word_counts.tsv (scripts/build_name_data.py): words counted this often are there already."""
MAX_LENGTH = 7
LINE_RE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/$")
HAN_RE = re.compile(r"^[\u3400-\u9fff]+$")
IDIOM_TAGS = frozenset({"i", "l"})


def read_jieba(path: str) -> dict[str, tuple[int, str]]:
    """jieba's dict.txt: word -> (count, part of speech), Han words only."""
    words: dict[str, tuple[int, str]] = {}
    with open(path, encoding="utf-8") as fp:
        for line in fp:
            word, count, tag = line.split()
            if HAN_RE.match(word):
                words[word] = (int(count), tag)
    return words


NOT_A_RENDERING = re.compile(r"(?:(?:old |archaic )?variant of|see )")
"""A line that only points at another headword: no word of its own."""


def _is_set_phrase(hans: str, numbered: str, glosses: str) -> bool:
    """Tell whether a CC-CEDICT line is a four-character ordinary word (every syllable in lower case, a rendering):
    价值连城 "invaluable", 百战百胜 "to emerge victorious in every battle", 跨海大桥 "bay bridge".

    CC-CEDICT capitalises the syllables of a proper name wherever it stands in a headword (北京烤鸭 Bei3 jing1 ...),
    so a name's characters inside such a word are no name there: 连城 (Liancheng), 百胜 (BaiSheng) and 大桥 (Da Qiao)
    are held as an idiom's are (the review's R45-6 class: a name inside a set phrase). Four characters, the shape of
    idioms and set phrases: a shorter or longer lower-case headword may write a name so (人民解放军 holds 解放军).
    """
    return (
        len(hans) == 4
        and not any(syllable[:1].isupper() for syllable in numbered.split())
        and not NOT_A_RENDERING.match(glosses)
    )


def read_cedict(path: str) -> tuple[set[str], set[str]]:
    """CC-CEDICT's simplified proper-name forms (2+ characters) and its idioms."""
    names: set[str] = set()
    idioms: set[str] = set()
    with gzip.open(path, "rt", encoding="utf-8") as fp:
        for line in fp:
            match = LINE_RE.match(line.rstrip("\n"))
            if match is None:
                continue
            _hant, hans, numbered, glosses = match.groups()
            if numbered[:1].isupper() and len(hans) >= 2 and HAN_RE.match(hans):
                names.add(hans)
            elif "(idiom" in glosses or _is_set_phrase(hans, numbered, glosses):
                idioms.add(hans)
    return names, idioms


def holding_words(
    jieba: dict[str, tuple[int, str]], names: set[str], idioms: set[str]
) -> tuple[list[str], set[str], set[str]]:
    """The words that hold a name past their first character (sorted lines), the rare parts before the names,
    and the names they hold."""
    rare = {w for w, v in jieba.items() if v[0] < MIN_COUNT and 2 <= len(w) <= MAX_LENGTH}
    lines: list[str] = []
    parts: set[str] = set()
    held: set[str] = set()
    for word, (count, tag) in sorted(jieba.items()):
        if not 3 <= len(word) <= MAX_LENGTH:
            continue
        found = [(a, b) for a in range(1, len(word) - 1) for b in range(a + 2, len(word) + 1) if word[a:b] in names]
        if not found:
            continue
        idiom = word in idioms or tag in IDIOM_TAGS
        lines.append(f"{word}\t{count}\t{tag}" + ("\tidiom" if idiom else ""))
        parts.update(word[:a] for a, _ in found if word[:a] in rare)
        held.update(word[a:b] for a, b in found)
    return lines, parts, held


def main(cedict: str, jieba_dict: str) -> None:
    names, idioms = read_cedict(cedict)
    lines, parts, held = holding_words(read_jieba(jieba_dict), names, idioms)
    print("# Words that hold a proper name past their first character, for zhgloss annotate's word rules")
    print("# (zhgloss.glossrules.InsideRule): built by scripts/build_holding_words.py from jieba 0.42.1's dictionary")
    print(f"# (dict.txt; MIT licence, (c) Sun Junyi): its words of 3 to {MAX_LENGTH} characters that hold a")
    print("# CC-CEDICT proper name (simplified, 2+ characters) starting past their first character; idiom where")
    print("# CC-CEDICT (MDBG, https://cc-cedict.org/wiki/; CC BY-SA 4.0) calls the word one or writes it as an")
    print("# ordinary word of four characters (lower-case pinyin: 价值连城), or jieba tags it i or l.")
    print("# This file is shared under CC BY-SA 4.0. Columns: word, jieba count, jieba tag, [idiom]. After '# PARTS':")
    print(f"# words jieba counts fewer than {MIN_COUNT} times that are the part of a listed word before the name it")
    print("# holds; after '# NAMES': the CC-CEDICT names the listed words hold.")
    for line in lines:
        print(line)
    print("# PARTS")
    for part in sorted(parts):
        print(part)
    print("# NAMES")
    for name in sorted(held):
        print(name)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cedict")
    parser.add_argument("jieba_dict")
    args = parser.parse_args()
    main(args.cedict, args.jieba_dict)
