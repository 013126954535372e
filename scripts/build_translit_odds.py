"""Build src/zhgloss/data/translit_odds.tsv and foreign_words.txt: evidence of transliterated names.

    python scripts/build_translit_odds.py [--cedict ../shared/data/cedict_ts.u8.gz]

Run it again when CC-CEDICT or jieba changes; zhgloss reads only the file it writes. Inputs:

* CC-CEDICT (CC BY-SA 4.0, MDBG), ../shared/data/cedict_ts.u8.gz: its transliterated proper names,
  people and places alike (克林顿 "Clinton", 明斯克 "Minsk", 丁青 "Dêngqên"): headwords of 2 to 8 Han
  characters whose reading is one capitalised word of two or more syllables (Ke4 lin2 dun4, not
  Zeng1 Guo2 fan1) and whose English starts with a capitalised word that is not the reading written
  without tones (张家界 "Zhangjiajie" is no transliteration).
* jieba 0.42.1's dictionary (MIT licence, (c) Sun Junyi), shipped in its PyPI package: the characters
  of running text, each word's characters weighted by its count.

translit_odds.tsv: each character with natural-log odds above MIN_ODDS of standing in a transliterated
name against running text (add-half smoothing), rounded to 0.01. zhgloss reads a run of such characters
at the start of a clause as a foreign name (耶伦在, 鲍威尔暗示) when it adds up to enough.

foreign_words.txt: the transliterated proper names of LONG_WORD characters or more that no CC-CEDICT line
glosses as a person (约翰内斯堡, 伊斯坦布尔): such a run is a place or a thing, not a name.
"""

from __future__ import annotations

import argparse
import gzip
import math
import re
import unicodedata
from collections import Counter
from pathlib import Path

import jieba

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "zhgloss" / "data"
CEDICT = ROOT.parent / "shared" / "data" / "cedict_ts.u8.gz"
_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/$")
_HAN = re.compile(r"^[\u3400-\u9fff]{2,8}$")
_ONE_WORD = re.compile(r"^[A-Z][a-z:]*[1-5](?: [a-z:]+[1-5])+$")
# A gloss that names a person: life dates, "(name)", or a person's occupation.
_PERSON = re.compile(
    r"\(\d{1,4}(?: BC)?-|\(born \d{4}\)|\(name\)|\b(?:president|prime minister|minister|king|queen|emperor|"
    r"writer|poet|novelist|actor|actress|singer|player|painter|composer|philosopher|scientist|physicist|general|"
    r"politician|saint|prophet|god|goddess)\b",
    re.IGNORECASE,
)
LONG_WORD = 5
"""foreign_words.txt holds the transliterated proper names of this many characters or more (words.txt stops at 4)."""
MIN_ODDS = 0.0
"""Characters whose odds are at or below this are left out (as likely in running text as in a transliteration)."""


def plain(word: str) -> str:
    """`word` in lower-case ASCII letters only: diacritics and everything else dropped."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if "a" <= c.lower() <= "z").lower()


def is_transliteration(simplified: str, reading: str, gloss: str) -> bool:
    """Tell whether a CC-CEDICT line is a transliterated proper name (see the module's docstring)."""
    if not _HAN.match(simplified) or not _ONE_WORD.match(reading) or gloss.lower().startswith("surname"):
        return False
    first = re.split(r"[\s,;(/]", gloss, maxsplit=1)[0]
    if not first[:1].isupper() or not first.isalpha():
        return False
    return plain(first) != plain(re.sub(r"[1-5]", "", reading))


def transliterations(path: Path) -> tuple[list[str], list[str]]:
    """Return the simplified headwords of CC-CEDICT's transliterated proper names, each once, and those of
    LONG_WORD or more characters among them that name no person (places, companies, works)."""
    out = set()
    long_words = set()
    with gzip.open(path, "rt", encoding="utf-8") as fp:
        for line in fp:
            match = _LINE.match(line.rstrip("\n"))
            if match and is_transliteration(match.group(2), match.group(3), match.group(4)):
                out.add(match.group(2))
                if len(match.group(2)) >= LONG_WORD and not _PERSON.search(match.group(4)):
                    long_words.add(match.group(2))
    return sorted(out), sorted(long_words - persons_among(path, long_words))


def persons_among(path: Path, headwords: set[str]) -> set[str]:
    """Return the headwords of `headwords` that some CC-CEDICT line glosses as a person (one of several lines)."""
    found = set()
    with gzip.open(path, "rt", encoding="utf-8") as fp:
        for line in fp:
            match = _LINE.match(line.rstrip("\n"))
            if match and match.group(2) in headwords and _PERSON.search(match.group(4)):
                found.add(match.group(2))
    return found


def text_counts() -> Counter[str]:
    """Return each character's count in running text: jieba's word counts, spread over each word's characters."""
    counts: Counter[str] = Counter()
    with (Path(jieba.__file__).parent / "dict.txt").open(encoding="utf-8") as fp:
        for line in fp:
            word, count, _ = line.split()
            for char in word:
                counts[char] += int(count)
    return counts


def odds(names: list[str], text: Counter[str]) -> dict[str, float]:
    """Return the log-odds of each character of `names` of standing in one against running text `text`."""
    in_names = Counter(char for name in names for char in name)
    name_total = sum(in_names.values())
    text_total = sum(text.values())
    out = {}
    for char, count in in_names.items():
        value = math.log((count + 0.5) / name_total) - math.log((text[char] + 0.5) / text_total)
        if round(value, 2) > MIN_ODDS:
            out[char] = value
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cedict", type=Path, default=CEDICT)
    args = parser.parse_args()
    names, long_words = transliterations(args.cedict)
    table = odds(names, text_counts())
    with (DATA / "translit_odds.tsv").open("w", encoding="utf-8") as fp:
        fp.write(
            "# Characters of transliterated names and the natural-log odds (rounded to 0.01) of standing in one\n"
            "# against running text, for zhgloss annotate --unknown; built by scripts/build_translit_odds.py from\n"
            f"# the {len(names)} transliterated proper names of CC-CEDICT cedict_ts.u8.gz (MDBG,\n"
            "# https://www.mdbg.net/chinese/dictionary?page=cc-cedict; CC BY-SA 4.0,\n"
            "# https://creativecommons.org/licenses/by-sa/4.0/) against jieba 0.42.1's dictionary counts (MIT,\n"
            "# (c) Sun Junyi). Derived from CC-CEDICT: this file is shared under CC BY-SA 4.0.\n"
            "char\todds\n"
        )
        for char in sorted(table):
            fp.write(f"{char}\t{table[char]:.2f}\n")
    with (DATA / "foreign_words.txt").open("w", encoding="utf-8") as fp:
        fp.write(
            f"# Transliterated proper names of {LONG_WORD} characters or more that name no person (places, companies,\n"
            "# works: 约翰内斯堡, 伊斯坦布尔), for zhgloss annotate --unknown; built by\n"
            "# scripts/build_translit_odds.py from CC-CEDICT cedict_ts.u8.gz (MDBG, https://www.mdbg.net/chinese/dictionary?page=cc-cedict;\n"
            "# CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/). Derived from CC-CEDICT: this file\n"
            "# is shared under CC BY-SA 4.0. One simplified headword a line.\n"
        )
        fp.writelines(f"{word}\n" for word in long_words)
    print(
        f"translit_odds.tsv: {len(table)} characters from {len(names)} transliterations;"
        f" foreign_words.txt: {len(long_words)} words"
    )


if __name__ == "__main__":
    main()
