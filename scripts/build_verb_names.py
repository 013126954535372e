"""Build src/zhgloss/data/verb_names.txt: CC-CEDICT names that jieba's dictionary tags a verb.

    python scripts/build_verb_names.py CEDICT.u8.gz [--out PATH]    (needs jieba 0.42.1: pip install jieba)

Some places' names are verbs of the language too: 开封 Kaifeng and "to unseal", 延长 Yanchang and "to lengthen", 振兴
Zhenxing and "to revitalise". CC-CEDICT lists several only as the name (开封 has no lower-case line), so
build_common_words.py cannot list them, and jiagu's prior reads 开封 as a place (ns 5.4: build_tagged_words.py). The
dictionary of jieba 0.42.1 (dict.txt, MIT licence, (c) Sun Junyi, shipped in its PyPI package) tags each word with
its commonest part of speech over its training text, and tags these v (开封 v 1696, 延长 v, 振兴 v; 保定 and 遵义 v
too, whose verb reading is rare: the tag is a prior, not a verdict). annotate reads the list only together with a
context where a verb stands and a place cannot: right after a noun, its subject (食品开封后 "after the food is
opened"), and before 了 or 后 (zhgloss.glossrules.InsideRule._outside_verb_places).

Only the forms of CC-CEDICT's proper lines (pinyin capitalised) of two characters or more, simplified (annotate looks
forms up simplified), all Han, whose jieba tag is v. zhgloss reads only the file written: neither jieba nor
CC-CEDICT is needed at run time, and nothing is downloaded.
"""

from __future__ import annotations

import argparse
import gzip
from pathlib import Path

from build_tagged_words import LINE_RE, _all_han

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "zhgloss" / "data" / "verb_names.txt"
VERB_TAGS = frozenset({"v"})
"""jieba's tag of a verb (its dictionary's tag set is ICTCLAS's: v a verb; vn, a verb used as a noun, and vd, as an
adverb, are other words' tags)."""


def proper_forms(cedict: Path) -> set[str]:
    """Return the simplified headwords of CC-CEDICT's proper lines (pinyin capitalised) of two characters or more,
    all Han."""
    forms: set[str] = set()
    with gzip.open(cedict, "rt", encoding="utf-8") as fp:
        for line in fp:
            match = LINE_RE.match(line.rstrip("\n"))
            if match is None:
                continue
            _, hans, numbered, _ = match.groups()
            if numbered[:1].isupper() and len(hans) >= 2 and _all_han(hans):
                forms.add(hans)
    return forms


def jieba_tags() -> dict[str, str]:
    """Return each word of jieba's dictionary (dict.txt: word, count, tag a line) with its tag."""
    import jieba

    tags: dict[str, str] = {}
    with (Path(jieba.__file__).parent / "dict.txt").open(encoding="utf-8") as fp:
        for line in fp:
            word, _count, tag = line.split()
            tags[word] = tag
    return tags


def verb_names(forms: set[str], tags: dict[str, str]) -> list[str]:
    """Return the forms of `forms` whose tag in `tags` is a verb's (VERB_TAGS), sorted."""
    return sorted(form for form in forms if tags.get(form) in VERB_TAGS)


def main(cedict: Path, out: Path = OUT) -> None:
    """Write the list (see the module docstring) to `out`."""
    from importlib.metadata import version

    forms = proper_forms(cedict)
    names = verb_names(forms, jieba_tags())
    header = [
        "# CC-CEDICT names (proper lines, 2+ characters, simplified) that jieba's dictionary tags a verb (v):",
        "# 开封 Kaifeng and 'to unseal'. annotate drops a place among them where only a verb can stand: after a",
        "# noun, its subject, and before 了 or 后 (食品开封后). Built by scripts/build_verb_names.py from CC-CEDICT",
        f"# (CC BY-SA 4.0, MDBG) and jieba {version('jieba')}'s dict.txt (MIT licence, (c) Sun Junyi).",
        f"# {len(names)} of the {len(forms)} forms. One form a line.",
    ]
    out.write_text("\n".join([*header, *names]) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} forms to {out}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cedict", type=Path)
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the list (default: the package's)")
    args = parser.parse_args()
    main(args.cedict, args.out)
