"""Build src/zhgloss/data/named_after.txt: roads, streets and mountains named after a CC-CEDICT name.

    python scripts/build_named_after.py CEDICT.u8.gz [--out PATH]    (needs jieba 0.42.1: pip install jieba)

A road, a street or a mountain is often named after a place or a river: 黄河路 (Huanghe Road, Shanghai), 南京东路,
天门山 (Tianmen Mountain, Zhangjiajie, not in Tianmen city). annotate then finds the glossary's name at the head of the
longer one and glosses it with the river or the city, the wrong thing (黄河 "Yellow River" of 黄河路). jieba 0.42.1's
dictionary (dict.txt, MIT licence, (c) Sun Junyi, shipped in its PyPI package) lists such names as words and tags them
places (ns): 黄河路 ns 14, 天门山 ns 3, 南京路 ns 71. The list holds every word of jieba's tagged ns that is a name of
CC-CEDICT's proper lines (pinyin capitalised; two characters or more, simplified, all Han) followed by the generic of
a road, a street or a mountain (GENERICS, as zhgloss.glossrules._ROAD_GENERICS), and that CC-CEDICT has no line for
(a name it lists is in the glossary, and the matcher finds it whole). zhgloss.glossrules.InsideRule._outside_named_after
reads it: neither jieba nor CC-CEDICT is needed at run time, and nothing is downloaded.
"""

from __future__ import annotations

import argparse
import gzip
from collections.abc import Callable, Iterator
from pathlib import Path

from build_tagged_words import LINE_RE, _all_han
from build_verb_names import jieba_tags

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "zhgloss" / "data" / "named_after.txt"
GENERICS = ("东路", "西路", "南路", "北路", "中路", "大道", "大街", "路", "街", "巷", "山")
"""Generics of a road, a street or a mountain (zhgloss.glossrules._ROAD_GENERICS)."""
PLACE_TAG = "ns"


def cedict_lines(cedict: Path) -> Iterator[tuple[str, str, str]]:
    """Yield each line of the gzipped CC-CEDICT file `cedict` as (simplified headword, numbered pinyin, glosses)."""
    with gzip.open(cedict, "rt", encoding="utf-8") as fp:
        for line in fp:
            match = LINE_RE.match(line.rstrip("\n"))
            if match is not None:
                _, hans, numbered, glosses = match.groups()
                yield hans, numbered, glosses


def cedict_headwords(cedict: Path) -> tuple[set[str], set[str]]:
    """Return the simplified headwords of CC-CEDICT's proper lines (two characters or more, all Han) and of all its
    lines."""
    proper: set[str] = set()
    every: set[str] = set()
    for hans, numbered, _ in cedict_lines(cedict):
        every.add(hans)
        if numbered[:1].isupper() and len(hans) >= 2 and _all_han(hans):
            proper.add(hans)
    return proper, every


def named_after(tags: dict[str, str], proper: set[str], every: set[str]) -> list[str]:
    """Return the words of `tags` (jieba's word -> tag) tagged PLACE_TAG that are a name of `proper` and one of
    GENERICS, and that `every` (CC-CEDICT's headwords) lacks, sorted."""
    out = set()
    for word, tag in tags.items():
        if tag != PLACE_TAG or word in every:
            continue
        for generic in GENERICS:
            if word.endswith(generic) and word[: -len(generic)] in proper:
                out.add(word)
                break
    return sorted(out)


def write_list(out: Path, header: list[str], words: list[str]) -> None:
    """Write `header` (comment lines) and `words`, one a line, to `out`, and say so."""
    out.write_text("\n".join([*header, *words]) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} words to {out}")


def run(main: Callable[[Path, Path], None], doc: str, default: Path) -> None:
    """Parse a build script's command line (the CC-CEDICT file, --out) and call `main` with them."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("cedict", type=Path)
    parser.add_argument("--out", type=Path, default=default, help="where to write the list (default: the package's)")
    args = parser.parse_args()
    main(args.cedict, args.out)


def main(cedict: Path, out: Path = OUT) -> None:
    proper, every = cedict_headwords(cedict)
    words = named_after(jieba_tags(), proper, every)
    from importlib.metadata import version

    header = [
        "# Roads, streets and mountains named after a CC-CEDICT name: words of jieba "
        f"{version('jieba')}'s dictionary (MIT licence,",
        "# (c) Sun Junyi) tagged ns that are a name of CC-CEDICT's proper lines (CC BY-SA 4.0, MDBG) and the generic",
        f"# of a road, a street or a mountain ({', '.join(GENERICS)}), and that CC-CEDICT lacks.",
        f"# Built by scripts/build_named_after.py: {len(words)} words. One a line.",
    ]
    write_list(out, header, words)


if __name__ == "__main__":
    run(main, __doc__, OUT)
