"""Build src/zhgloss/data/names.tsv, words.txt and word_counts.tsv: statistics for names and word edges.

    python scripts/build_name_data.py [--cedict ../shared/data/cedict_ts.u8.gz]

Run it again when CC-CEDICT or jieba changes; zhgloss reads only the files it writes, so nothing
is downloaded or trained at run time. Inputs:

* jieba 0.42.1 (MIT licence), shipped in its PyPI package: the POS-tagging HMM's emission tables
  (posseg/prob_emit.p, trained on People's Daily news) give P(char | first, middle or last
  character of a personal name "nr") and, over all tags, P(char); the dictionary (dict.txt)
  gives common words with their frequencies and tags.
* OpenCC (Apache License 2.0), the package zhgloss already uses: its t2s conversion, one
  character at a time, so that traditional text is read with the simplified statistics.
* CC-CEDICT (CC BY-SA 4.0, MDBG), ../shared/data/cedict_ts.u8.gz: every headword is a known
  word; lower-case readings are common words, capitalised ones proper names; a gloss with
  life dates "(1953-)" or a profession marks a person.

names.tsv: one character a line with two log-odds (natural log, rounded to 0.01): how much
more often the character is a name's surname and a given-name character than a character of
running text. words.txt: words of 2 to 4 characters that are not personal names
(common words, places, organisations), one a line; a person's name is evidence *for* a name.
word_counts.tsv: jieba's dictionary counts of its words of 1 to 4 characters (names included:
they are words to a segmenter), for the word-edge rule of `zhgloss annotate` (zhgloss.segment).
"""

from __future__ import annotations

import argparse
import gzip
import math
import os
import pickle
import re
from collections import Counter
from pathlib import Path

import jieba

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "zhgloss" / "data"
CEDICT = ROOT.parent / "shared" / "data" / "cedict_ts.u8.gz"
_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/$")
_CJK = re.compile(r"^[\u3400-\u9fff]+$")
# Glosses of CEDICT proper names that are people: life dates, or a profession.
_PERSON = re.compile(
    r"\(\d{1,4}(?: BC)?-(?:\d{0,4})?\)|\(born \d{4}\)|\b(?:politician|writer|poet|emperor|empress|general|painter|"
    r"actor|actress|singer|scientist|physicist|mathematician|philosopher|calligrapher|novelist|scholar|statesman|"
    r"footballer|player|athlete|businessman|entrepreneur|dramatist|composer|musician|historian|warlord|"
    r"revolutionary|martyr|premier|astronomer|doctor|diplomat|economist|educator|engineer|inventor|lyricist|"
    r"director|film star|pop star|author|minister|official|monk|prince|princess|king|queen|concubine)\b"
)
_PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})
# Places, organisations and other proper nouns: jieba tags some people's names so (钟南山 ns).
_PROPER_TAGS = frozenset({"ns", "nt", "nz"})
PROPER_MARK = "# PROPER"
"""The line of words.txt after which come the names only jieba tags as places or organisations."""
MIN_JIEBA_FREQ = 5
"""jieba words rarer than this (its dictionary counts) are left out of words.txt."""
MIN_COUNT = 20
"""Words of 2-4 characters that jieba counts fewer times are left out of word_counts.tsv (every character is kept).

A rarer word hardly ever outweighs a glossary name in a segmentation (zhgloss.segment.NAME_COUNT is 100),
and leaving them out halves the file (78,000 words, 0.9 MB, instead of 300,000)."""


def cedict_words(path: Path) -> tuple[set[str], set[str], set[str]]:
    """Return CC-CEDICT's simplified headwords of 2-4 characters: (common words, other proper names, people)."""
    words: set[str] = set()
    proper_names: set[str] = set()
    people: set[str] = set()
    with gzip.open(path, "rt", encoding="utf-8") as fp:
        for line in fp:
            match = _LINE.match(line.rstrip("\n"))
            if not match:
                continue
            simplified, reading, gloss = match.group(2), match.group(3), match.group(4)
            if not _CJK.match(simplified) or not 2 <= len(simplified) <= 4:
                continue
            proper = reading[:1].isupper()
            if proper and _PERSON.search(gloss) and "surname" not in gloss:
                people.add(simplified)
            elif proper:
                proper_names.add(simplified)
            else:
                words.add(simplified)
    return words, proper_names - words, people


def jieba_words() -> tuple[dict[str, int], set[str], set[str]]:
    """Return jieba's dictionary: (word -> frequency of the common words, other proper names, names)."""
    words: dict[str, int] = {}
    proper_names: set[str] = set()
    people: set[str] = set()
    path = Path(jieba.__file__).parent / "dict.txt"
    with path.open(encoding="utf-8") as fp:
        for line in fp:
            word, freq, tag = line.split()
            if not _CJK.match(word):
                continue
            if tag in _PERSON_TAGS:
                people.add(word)
            elif tag in _PROPER_TAGS:
                if int(freq) >= MIN_JIEBA_FREQ:
                    proper_names.add(word)
            else:
                words[word] = int(freq)
    return words, proper_names, people


def jieba_counts() -> tuple[dict[str, int], int]:
    """Return jieba's counts of its words of 1-4 Han characters (2-4 characters: at least MIN_COUNT) and its total.

    The total is the sum over the whole dictionary, as jieba divides by it (jieba.Tokenizer.gen_pfdict).
    """
    counts: dict[str, int] = {}
    total = 0
    with (Path(jieba.__file__).parent / "dict.txt").open(encoding="utf-8") as fp:
        for line in fp:
            word, freq, _tag = line.split()
            total += int(freq)
            if _CJK.match(word) and len(word) <= 4 and (len(word) == 1 or int(freq) >= MIN_COUNT):
                counts[word] = counts.get(word, 0) + int(freq)
    return counts, total


def write_word_counts(path: Path) -> int:
    """Write word_counts.tsv (sorted by word, as zhgloss.segment reads it in place); return its number of words."""
    counts, total = jieba_counts()
    with path.open("w", encoding="utf-8", newline="\n") as fp:
        fp.write(
            "# Word counts for zhgloss annotate's word-edge rule (zhgloss.segment), built by\n"
            f"# scripts/build_name_data.py from jieba {jieba.__version__}'s dictionary (dict.txt; MIT licence,\n"
            "# (c) Sun Junyi): its words of 1 to 4 Han characters, those of 2 or more counted at least\n"
            f"# {MIN_COUNT} times. Columns: word, count. The next line is the sum of all the dictionary's counts.\n"
            f"# total\t{total}\n"
        )
        fp.writelines(f"{word}\t{counts[word]}\n" for word in sorted(counts))
    return len(counts)


def hmm_log_odds() -> dict[str, tuple[float, float]]:
    """Return char -> log-odds of being a name's first character and a given-name character (jieba's HMM)."""
    base = Path(jieba.__file__).parent / "posseg"
    with (base / "prob_emit.p").open("rb") as fp:
        emit: dict[tuple[str, str], dict[str, float]] = pickle.load(fp)
    with (base / "prob_start.p").open("rb") as fp:
        start: dict[tuple[str, str], float] = pickle.load(fp)
    # P(char) in text: each state's emissions weighted by the state's start probability (the only
    # state prior the HMM ships), so the odds compare like with like.
    general: Counter[str] = Counter()
    for state, table in emit.items():
        prior = math.exp(start.get(state, -1e9))
        for char, logp in table.items():
            general[char] += prior * math.exp(logp)
    total = sum(general.values())
    out: dict[str, tuple[float, float]] = {}
    floor = 1e-7
    for char, weight in general.items():
        if not _CJK.match(char) or weight <= 0:
            continue
        text = math.log(weight / total)
        first = math.log(math.exp(emit[("B", "nr")].get(char, math.log(floor)))) - text
        # A given-name character: the middle or last character of a name, averaged.
        middle = math.exp(emit[("M", "nr")].get(char, math.log(floor)))
        last = math.exp(emit[("E", "nr")].get(char, math.log(floor)))
        out[char] = (first, math.log((middle + last) / 2) - text)
    return out


def dictionary_log_odds(surnames: set[str]) -> dict[str, float]:
    """Return char -> log-odds of being a given-name character in jieba's dictionary.

    Given names: the last two characters of the three-character words tagged "nr" that start with
    a surname. Running text: every other word's characters, weighted by the word's frequency.
    """
    names: Counter[str] = Counter()
    text: Counter[str] = Counter()
    with (Path(jieba.__file__).parent / "dict.txt").open(encoding="utf-8") as fp:
        for line in fp:
            word, freq, tag = line.split()
            if tag == "nr" and len(word) == 3 and word[0] in surnames:
                names.update(word[1:])
            elif tag not in _PERSON_TAGS:
                for char in word:
                    text[char] += int(freq)
    n_names, n_text = sum(names.values()), sum(text.values())
    return {
        c: math.log((names[c] + 0.5) / n_names) - math.log((text[c] + 1) / n_text)
        for c in set(names) | set(text)
        if _CJK.match(c)
    }


def word_log_odds() -> dict[str, float]:
    """Return char -> log-odds of starting a name rather than standing as a word of its own (jieba's dictionary).

    Names: the words tagged "nr" of 2-3 characters that start with the character, weighted by
    frequency; words: the character as a one-character word (那 "that", 都 "all", 能 "can").
    Add-one smoothed. 王 is about +0.8, 那 -3.6, 都 -5.5.
    """
    starts: Counter[str] = Counter()
    alone: Counter[str] = Counter()
    with (Path(jieba.__file__).parent / "dict.txt").open(encoding="utf-8") as fp:
        for line in fp:
            word, freq, tag = line.split()
            if tag == "nr" and 2 <= len(word) <= 3:
                starts[word[0]] += int(freq)
            if len(word) == 1:
                alone[word] += int(freq)
    return {c: math.log((starts[c] + 1) / (alone[c] + 1)) for c in set(starts) | set(alone) if _CJK.match(c)}


def surname_forms() -> set[str]:
    """Return the one-character surnames of src/zhgloss/data/surnames.tsv."""
    forms = set()
    with (DATA / "surnames.tsv").open(encoding="utf-8") as fp:
        for line in fp:
            cells = line.split("\t")
            if line.startswith("#") or len(cells) < 3 or cells[0] == "zh":
                continue
            forms |= {f for f in (cells[0], cells[2]) if len(f) == 1}
    return forms


def opencc_module() -> object:
    """Return the opencc module (for its version)."""
    import opencc

    return opencc


def traditional_pairs() -> list[tuple[str, str]]:
    """Return (traditional, simplified) for every CJK character OpenCC t2s maps to one other character."""
    import opencc

    converter = opencc.OpenCC("t2s")
    chars = [chr(cp) for cp in range(0x4E00, 0xA000)]
    # One character a line, so that OpenCC's phrase tables never join two.
    converted = converter.convert("\n".join(chars)).split("\n")
    return [(t, s) for t, s in zip(chars, converted, strict=True) if len(s) == 1 and s != t]


def main() -> None:
    """Write names.tsv, words.txt, t2s.txt and word_counts.tsv into src/zhgloss/data/."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cedict", type=Path, default=CEDICT)
    args = parser.parse_args()
    cedict, cedict_proper, cedict_people = cedict_words(args.cedict)
    jieba_freq, jieba_proper, jieba_people = jieba_words()
    words = set(cedict)
    words |= {w for w, f in jieba_freq.items() if 2 <= len(w) <= 4 and f >= MIN_JIEBA_FREQ}
    # jieba tags many common words as names (张开, 明白, 李子): CC-CEDICT decides those it has.
    words |= {w for w in jieba_people if w in cedict}
    # A person's name is evidence for a name, unless CC-CEDICT also lists it as an ordinary word
    # (孙子 is Sun Tzu and "grandson"; 文章 an actor and "article"): running text means the word.
    words -= cedict_people - cedict
    # CC-CEDICT's places and organisations count as words; jieba's (钟南山 tagged ns) are weaker evidence.
    words |= cedict_proper
    proper = {w for w in jieba_proper if 2 <= len(w) <= 4} - words - cedict_people
    version = f"jieba {jieba.__version__}, CC-CEDICT {os.path.basename(args.cedict)}"
    header = (
        "# Name-character statistics for zhgloss annotate --unknown, built by scripts/build_name_data.py\n"
        f"# from {version}. Derived from jieba's POS-tagging HMM (MIT licence, (c) Sun Junyi)\n"
        "# and its dictionary (the three-character names tagged nr against every other word).\n"
        "# Columns: char, then natural-log odds of being a name's first character (the surname) and a\n"
        "# given-name character (the HMM's and the dictionary's odds averaged), against running text;\n"
        "# then of starting a name against standing as a word of its own (jieba's dictionary: 那, 都).\n"
    )
    hmm = hmm_log_odds()
    dictionary = dictionary_log_odds(surname_forms())
    alone = word_log_odds()
    rows = []
    for char in sorted(set(hmm) | set(dictionary)):
        first, hmm_given = hmm.get(char, (math.log(1e-7), None))
        givens = [g for g in (hmm_given, dictionary.get(char)) if g is not None]
        # Clamped: a character seen a handful of times says little, however lopsided its counts.
        given = min(max(sum(givens) / len(givens), -6.0), 3.5)
        # Every character seen is written, however unlikely in a name: a character missing from
        # the table is read as a rare one, and rare characters are common in given names.
        rows.append(f"{char}\t{first:.2f}\t{given:.2f}\t{alone.get(char, 0.0):.2f}\n")
    with (DATA / "names.tsv").open("w", encoding="utf-8", newline="\n") as fp:
        fp.write(header)
        fp.write("char\tfirst\tgiven\tword\n")
        fp.writelines(rows)
    with (DATA / "words.txt").open("w", encoding="utf-8", newline="\n") as fp:
        fp.write(
            "# Words of 2-4 characters that are not personal names, for zhgloss annotate --unknown and for\n"
            "# dropping glossary matches inside longer words; built by scripts/build_name_data.py from\n"
            f"# {version}. Contains data from CC-CEDICT (MDBG, https://www.mdbg.net/chinese/dictionary?page=cc-cedict),\n"
            "# licensed CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this file is shared under\n"
            "# the same licence. Also from jieba's dictionary (MIT licence, (c) Sun Junyi).\n"
        )
        fp.write('# First the words (sorted), then, after the line "# PROPER", names only jieba tags as places or\n')
        fp.write("# organisations (weaker evidence: it tags some people so, 钟南山 ns).\n")
        fp.write("\n".join(sorted(words)))
        fp.write(f"\n{PROPER_MARK}\n")
        fp.write("\n".join(sorted(proper)))
        fp.write("\n")
    pairs = traditional_pairs()
    with (DATA / "t2s.txt").open("w", encoding="utf-8", newline="\n") as fp:
        fp.write(
            "# Traditional characters and their simplified forms, one pair a line, for reading traditional text\n"
            "# with the simplified statistics of names.tsv and words.txt; built by scripts/build_name_data.py from\n"
            f"# OpenCC {getattr(opencc_module(), '__version__', '')} t2s (Apache License 2.0), a character at a time.\n"
        )
        fp.writelines(f"{t}{s}\n" for t, s in pairs)
    print(f"t2s.txt: {len(pairs)} characters")
    print(f"word_counts.tsv: {write_word_counts(DATA / 'word_counts.tsv')} words")
    print(f"names.tsv: {len(rows)} characters; words.txt: {len(words)} common words, {len(proper)} proper names")


if __name__ == "__main__":
    main()
