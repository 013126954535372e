"""Build src/zhgloss/data/given_words.tsv and long_names.txt: word-level evidence for zhgloss annotate --unknown.

    python scripts/build_given_words.py

Run it again when jieba or surnames.tsv changes; zhgloss reads only the files it writes, so nothing is
downloaded or trained at run time. The only input besides zhgloss's own surname table is jieba 0.42.1's
dictionary (dict.txt, MIT licence, (c) Sun Junyi), shipped in its PyPI package: about 350,000 words with
a count (from segmented news and prose) and a part-of-speech tag; 72,842 of them are tagged "nr", personal
names. No CC-CEDICT data goes into these files.

given_words.tsv: for each two-character word of the dictionary (counted at least MIN_WORD_COUNT times),
the natural-log odds that the string is the given name of a three-character name rather than a word of
running text: log P(string | given name of an "nr" word) - log P(string | running text), with add-half
smoothing of the name counts. A name-like candidate whose given name is a common word (金 + 承诺 in
资金承诺, 向 + 嘉宾) is weaker than its characters alone say; a given name that many people bear (建国,
建军, 德华) is not. The character odds of names.tsv take each character alone and cannot see that.
Only strings with odds below MAX_ODDS are written: the finder uses the evidence only against a name.

long_names.txt: the dictionary's three-character "nr" words that start with a one-character surname of
surnames.tsv and whose last character is seldom a given-name character (names.tsv's odds below
MAX_LAST_ODDS: 刘永好, 林徽因), counted at least MIN_NAME_COUNT times: where the finder reads a
two-character name (刘永 + 好旗下), such a longer name is the better reading.
"""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

import jieba

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "zhgloss" / "data"
MIN_WORD_COUNT = 20
"""Two-character words that jieba counts fewer times are left out: too rare to outweigh a name."""
MAX_ODDS = 2.0
"""given_words.tsv keeps the strings whose odds of being a given name are below this (the rest never count)."""
MIN_NAME_COUNT = 2
"""long_names.txt keeps the names that jieba counts at least this many times (count 1 is mostly noise)."""
MAX_LAST_ODDS = 0.5
"""long_names.txt keeps the names whose last character has names.tsv given-name odds below this."""


def read_dictionary() -> list[tuple[str, int, str]]:
    """Return jieba's dictionary as (word, count, tag) rows."""
    rows = []
    with (Path(jieba.__file__).parent / "dict.txt").open(encoding="utf-8") as fp:
        for line in fp:
            word, count, tag = line.split()
            rows.append((word, int(count), tag))
    return rows


def surnames() -> set[str]:
    """Return the one-character surnames of src/zhgloss/data/surnames.tsv."""
    out = set()
    with (DATA / "surnames.tsv").open(encoding="utf-8") as fp:
        for line in fp:
            form = line.split("\t", 1)[0]
            if not line.startswith("#") and len(form) == 1:
                out.add(form)
    return out


def given_odds() -> dict[str, float]:
    """Return names.tsv's given-name log-odds by character."""
    out = {}
    with (DATA / "names.tsv").open(encoding="utf-8") as fp:
        for line in fp:
            cells = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(cells) >= 3 and len(cells[0]) == 1:
                out[cells[0]] = float(cells[2])
    return out


def given_word_odds(rows: list[tuple[str, int, str]], heads: set[str]) -> dict[str, float]:
    """Return the log-odds of each two-character word of `rows` being a given name rather than a word."""
    total = sum(count for _, count, _ in rows)
    given: Counter[str] = Counter()
    for word, _, tag in rows:
        if tag == "nr" and len(word) == 3 and word[0] in heads:
            given[word[1:]] += 1  # distinct names: a famous name's count says little of given names
    names = sum(given.values())
    odds = {}
    for word, count, tag in rows:
        if len(word) == 2 and count >= MIN_WORD_COUNT and tag not in ("nr", "nrt", "nrfg"):
            value = math.log((given[word] + 0.5) / names) - math.log((count + 0.5) / total)
            if value < MAX_ODDS:
                odds[word] = min(odds.get(word, value), value)
    return odds


def long_names(rows: list[tuple[str, int, str]], heads: set[str], given: dict[str, float]) -> list[str]:
    """Return the three-character names of `rows` that a two-character reading would cut short."""
    return sorted(
        word
        for word, count, tag in rows
        if tag == "nr"
        and len(word) == 3
        and word[0] in heads
        and count >= MIN_NAME_COUNT
        and given.get(word[2], 0.0) < MAX_LAST_ODDS
    )


def main() -> None:
    rows = read_dictionary()
    heads = surnames()
    version = getattr(jieba, "__version__", "?")
    source = (
        f"# Built by scripts/build_given_words.py from jieba {version}'s dictionary (dict.txt; MIT licence,\n"
        "# (c) Sun Junyi) and zhgloss's surnames.tsv and names.tsv; no CC-CEDICT data.\n"
    )
    odds = given_word_odds(rows, heads)
    with (DATA / "given_words.tsv").open("w", encoding="utf-8") as fp:
        fp.write(
            "# Two-character words and the natural-log odds (rounded to 0.01) that the string is a personal\n"
            "# name's given name (jieba's three-character \"nr\" words) rather than a word of running text\n"
            f"# (jieba's counts); only odds below {MAX_ODDS}, for zhgloss annotate --unknown (zhgloss.unknown).\n"
        )
        fp.write(source)
        fp.write("given\todds\n")
        for word in sorted(odds):
            fp.write(f"{word}\t{odds[word]:.2f}\n")
    names = long_names(rows, heads, given_odds())
    with (DATA / "long_names.txt").open("w", encoding="utf-8") as fp:
        fp.write(
            "# Three-character personal names whose last character is seldom in a given name (刘永好, 林徽因),\n"
            '# jieba\'s words tagged "nr" counted at least twice, for zhgloss annotate --unknown: read whole,\n'
            "# not as a two-character name and a word.\n"
        )
        fp.write(source)
        fp.writelines(f"{name}\n" for name in names)
    print(f"given_words.tsv: {len(odds)} words; long_names.txt: {len(names)} names")


if __name__ == "__main__":
    main()
