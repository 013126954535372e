"""Build src/zhgloss/data/cedict_capitals.tsv: the words CC-CEDICT's names write in capitals of their own.

    python scripts/build_cedict_capitals.py [--cedict ../shared/data/cedict_ts.u8.gz]

A sheet written in capitals ("TENCENT", "BANK OF CHINA", "BYD") is read in title case (`zhgloss.formats.table`,
the review's R48-23), but a word whose own form has capitals beyond its first letter keeps them: an initialism (IBM,
ZTE, CITIC, HSBC), a name in camel case (PetroChina, JD.com), a hyphenated name (Coca-Cola). This file lists
such words from the senses of CC-CEDICT's proper names (lines whose pinyin starts with a capital): each word as
CC-CEDICT writes it most often, keyed by the word in capitals, where that form is not the word capitalised
(`str.capitalize`: "Tencent", "Huawei" are left out, the rule gives them). Each line: the word in capitals, a tab,
its form. Run it again when CC-CEDICT changes; nothing is downloaded at run time.
"""

from __future__ import annotations

import argparse
import gzip
import re
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "zhgloss" / "data" / "cedict_capitals.tsv"
CEDICT = ROOT.parent / "shared" / "data" / "cedict_ts.u8.gz"
_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/$")
_WORD = re.compile(r"(?<![\w'’-])[^\W\d_][\w&.'’-]*\w")
HEADER = (
    "# Words CC-CEDICT's proper names write with capitals of their own (IBM, CITIC, PetroChina, Coca-Cola), keyed by\n"
    "# the word in capitals, for zhgloss import: a sheet written in capitals is read in title case, these words as\n"
    "# CC-CEDICT writes them. Built by scripts/build_cedict_capitals.py from CC-CEDICT cedict_ts.u8.gz (MDBG,\n"
    "# https://www.mdbg.net/chinese/dictionary?page=cc-cedict; CC BY-SA 4.0,\n"
    "# https://creativecommons.org/licenses/by-sa/4.0/): the words of the senses of lines whose pinyin starts with\n"
    "# a capital, each in its most frequent form where that form is not the word capitalised.\n"
)


def cedict_capitals(path: Path) -> dict[str, str]:
    """Return word in capitals -> its form, for the words of CC-CEDICT's proper names' senses whose most frequent
    form with a capital is not the word capitalised (see the module's docstring)."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    with gzip.open(path, "rt", encoding="utf-8") as fp:
        for line in fp:
            match = _LINE.match(line.rstrip("\n"))
            if not match or not match.group(3)[:1].isupper():
                continue
            for sense in match.group(4).split("/"):
                if sense.startswith(("CL:", "see ", "variant of", "old variant", "surname ")):
                    continue
                for word in _WORD.findall(sense):
                    if any(c.isupper() for c in word):
                        forms[word.upper()][word] += 1
    out: dict[str, str] = {}
    for key, counted in forms.items():
        form, _ = counted.most_common(1)[0]
        # (a form starting in lower case, "al-Bashir", "iPhone", starts a name in capitals all the same)
        if form != form.capitalize() and form[0].isupper():
            out[key] = form
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cedict", type=Path, default=CEDICT)
    args = parser.parse_args()
    table = cedict_capitals(args.cedict)
    with OUT.open("w", encoding="utf-8", newline="\n") as fp:
        fp.write(HEADER)
        for key in sorted(table):
            fp.write(f"{key}\t{table[key]}\n")
    print(f"wrote {len(table):,} words to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
