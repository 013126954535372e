"""Build src/zhgloss/data/english_lower_words.txt: English words written mostly in lower case.

At a sentence's start English capitalises every word, so there the capital of "Time", "Rice" or
"Doors" says nothing about whether the word is a name (`zhgloss.english_case`). This script lists
the words that English writes mostly in lower case, counted in CC-CEDICT's English glosses, lower
case ("rice") against capitalised ("Rice"). CC-CEDICT starts a sense in lower case unless it starts
with a name ("/rice/", "/Rice (name)/"), so a sense's first word is counted; the first word of a
later clause (after ";", ":", ".", "(", "[" or a quote) is not, as a gloss may capitalise it as a
sentence would. A word is listed when it is met in lower case at least MIN_LOWER times and more
often in lower case than capitalised: time 841/13, rice 228/6, apple 31/7 are listed; China
7/2337, Turkey 5/7 and William 0/29 are not.

Input (not needed at run time): CC-CEDICT, ../shared/data/cedict_ts.u8.gz (MDBG, CC BY-SA 4.0).
The list is derived from CC-CEDICT and shared under CC BY-SA 4.0.

Usage: python scripts/build_english_lower_words.py CEDICT.u8.gz > src/zhgloss/data/english_lower_words.txt
"""

from __future__ import annotations

import argparse
import gzip
import re
from collections import Counter
from collections.abc import Iterable

MIN_LOWER = 3
LINE_RE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/$")
WORD_RE = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
MARKUP_RE = re.compile(r"[^\s/]*\[[^\]/]*\]|[^\s/]*\|[^\s/]*")
"""A reference's characters and numbered pinyin, as CC-CEDICT writes them: 麻煩|麻烦[ma2 fan5], 王[wang2]."""
CLAUSE_RE = re.compile(r"[;:.(\[\"]\s*")
"""Where a gloss's clause starts: after these a capital may be a sentence's, so the word after is not counted."""

HEADER = """\
# English words written mostly in lower case, for zhgloss annotate's sentence-start rule
# (zhgloss.english_case): at a sentence's start their capital says nothing. Built by
# scripts/build_english_lower_words.py from CC-CEDICT's English glosses (MDBG,
# https://cc-cedict.org/; CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/): words met
# in lower case at least {min_lower} times and more often in lower case than capitalised, not counting
# the first word of a clause after a sense's first. Derived from CC-CEDICT: this file is shared under CC BY-SA 4.0.
# One word a line, lower case, sorted."""


def count_cases(lines: Iterable[str]) -> tuple[Counter[str], Counter[str]]:
    """Count each word of the glosses of CC-CEDICT `lines` in lower case and capitalised, as the module says:
    (lower, capital), both keyed by the word in lower case."""
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for line in lines:
        match = LINE_RE.match(line.rstrip("\n"))
        if line.startswith("#") or match is None:
            continue
        # Markup is no English: the Chinese and pinyin of a reference ("see 麻煩|麻烦[ma2 fan5]").
        for sense in MARKUP_RE.sub(" ", match.group(4)).split("/"):
            for k, clause in enumerate(CLAUSE_RE.split(sense)):
                for word in WORD_RE.findall(clause)[1 if k else 0 :]:
                    if word.islower():
                        lower[word] += 1
                    elif word[0].isupper() and (len(word) == 1 or word[1:].islower()):
                        capital[word.lower()] += 1
    return lower, capital


def listed(lower: Counter[str], capital: Counter[str]) -> list[str]:
    """The words to list, sorted: met in lower case at least MIN_LOWER times and more often so than capitalised."""
    return sorted(word for word, n in lower.items() if n >= MIN_LOWER and n > capital[word])


def main(cedict: str) -> None:
    with gzip.open(cedict, "rt", encoding="utf-8") as fp:
        lower, capital = count_cases(fp)
    print(HEADER.format(min_lower=MIN_LOWER))
    for word in listed(lower, capital):
        print(word)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cedict", help="CC-CEDICT's cedict_ts.u8.gz")
    main(parser.parse_args().cedict)
