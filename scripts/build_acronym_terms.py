"""Build src/zhgloss/data/acronym_terms.tsv: ordinary terms CC-CEDICT glosses with an acronym, for zhgloss harvest.

    python scripts/build_acronym_terms.py [--cedict ../shared/data/cedict_ts.u8.gz]

harvest types a pair whose English is an acronym of capitals (BYD, TSMC, DJI) as an organisation when the sentence
says nothing else. A term written with its acronym is none: 人工智能（AI）, 国内生产总值（GDP）, 全球定位系统（GPS）.
This file lists the terms CC-CEDICT says so of: its lines whose pinyin starts in lower case (an ordinary word, not
a proper name) and one of whose senses spells an acronym in brackets with lower-case words before it ("artificial
intelligence (AI)", "gross domestic product (GDP)"). Lines whose words before the acronym are capitalised are left
out: they name bodies and titles ("Central Military Committee (CMC)", "Centers for Disease Control (CDC)").
Each line gives the simplified headword and the acronym. Run it again when CC-CEDICT changes; nothing is downloaded
at run time.
"""

from __future__ import annotations

import argparse
import gzip
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "zhgloss" / "data" / "acronym_terms.tsv"
CEDICT = ROOT.parent / "shared" / "data" / "cedict_ts.u8.gz"
_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/$")
_HAN = re.compile(r"[\u4e00-\u9fff]{2,12}")
_ACRONYM = re.compile(r"\(([A-Z]{2,6})\)")
# Words an acronym skips ("Organization of Petroleum Exporting Countries": OPEC).
_SKIPPED = frozenset({"of", "and", "the", "for", "in", "on", "to", "a"})


def spelt_acronym(sense: str) -> str | None:
    """The acronym in brackets `sense` spells with the lower-case words before it ("artificial intelligence (AI)":
    AI; "human immunodeficiency virus (HIV)": HIV), or None: none, or its words are capitalised."""
    for found in _ACRONYM.finditer(sense):
        acronym = found.group(1)
        words = [w for w in re.findall(r"[A-Za-z]+", sense[: found.start()]) if w.lower() not in _SKIPPED]
        # Each letter a word's initial, or the last letter a word's second (GDP: gross domestic product).
        initials = "".join(w[0].upper() for w in words)
        if not (initials.endswith(acronym) or initials.endswith(acronym[:-1])):
            continue
        spelling = words[-len(acronym) :]
        if all(w[0].islower() for w in spelling):
            return acronym
    return None


def acronym_terms(path: Path) -> dict[str, str]:
    """Return CC-CEDICT's ordinary words glossed with an acronym (see the module's docstring): simplified headword ->
    the first acronym."""
    out: dict[str, str] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fp:
        for line in fp:
            match = _LINE.match(line.rstrip("\n"))
            if not match or not _HAN.fullmatch(match.group(2)) or match.group(3)[:1].isupper():
                continue
            for sense in match.group(4).split("/"):
                acronym = spelt_acronym(sense)
                if acronym:
                    out.setdefault(match.group(2), acronym)
                    break
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cedict", type=Path, default=CEDICT)
    args = parser.parse_args()
    terms = acronym_terms(args.cedict)
    with OUT.open("w", encoding="utf-8") as fp:
        fp.write(
            '# Ordinary terms CC-CEDICT glosses with an acronym (人工智能 "artificial intelligence (AI)"), for\n'
            "# zhgloss harvest: such a Chinese with an acronym in brackets is a term, not an organisation. Built by\n"
            "# scripts/build_acronym_terms.py from CC-CEDICT cedict_ts.u8.gz (MDBG,\n"
            "# https://www.mdbg.net/chinese/dictionary?page=cc-cedict; CC BY-SA 4.0,\n"
            "# https://creativecommons.org/licenses/by-sa/4.0/): lines with lower-case pinyin whose lower-case words\n"
            "# spell the acronym. Derived from CC-CEDICT: this file is shared under CC BY-SA 4.0.\n"
            "zh\tacronym\n"
        )
        fp.writelines(f"{zh}\t{acronym}\n" for zh, acronym in sorted(terms.items()))
    print(f"wrote {len(terms)} terms to {OUT}")


if __name__ == "__main__":
    main()
