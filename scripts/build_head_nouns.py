"""Build src/zhgloss/data/head_nouns.txt: nouns that make a compound noun with a word glued after them.

    python scripts/build_head_nouns.py CEDICT.u8.gz [--out PATH]    (needs jieba 0.42.1: pip install jieba)

Chinese makes a compound noun by gluing a noun before its head: 数据中台 "data middle platform", 主力中卫 "first-choice
centre-back", 技术中台. Where the glossary's name is that head and nothing follows it but the clause's end or its verb
(数据中台，打通了 …; 主力中卫受伤缺阵), the form is the everyday word, not the place CC-CEDICT lists it as (中台 "China
and Taiwan", 中卫 Zhongwei city): zhgloss.glossrules.InsideRule._outside_compound_heads. A place's name is written
after a noun in apposition (家乡天门 "his hometown Tianmen", 首都北京, 东道主日本) and as the object of a verb that
jieba tags a noun (出口亚洲 "exported to Asia", 战胜日本); the list keeps those nouns out.

The list: the two-character words of jieba 0.42.1's dictionary (dict.txt, MIT licence, (c) Sun Junyi) tagged n (a
common noun; not vn, a verb used as a noun, nor nz, ns, nt, nr, names), counted MIN_COUNT times or more, that
CC-CEDICT (CC BY-SA 4.0, MDBG) lists with an ordinary line (lower-case pinyin) none of whose senses is a verb's ("to
...", as 出口 "to export", 战胜 "to defeat", 纪念 "to commemorate") nor names a place or a side a place's name stands
in apposition to (a sense holding one of PLACE_WORDS: 家乡 "hometown", 首都 "capital", 东道主 "host", 对手
"opponent"). zhgloss reads only the file written: neither jieba nor CC-CEDICT is needed at run time.
"""

from __future__ import annotations

import re
from pathlib import Path

from build_named_after import cedict_lines, run, write_list

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "zhgloss" / "data" / "head_nouns.txt"
MIN_COUNT = 50
TAG = "n"
PLACE_WORDS = frozenset(
    "hometown home homeland motherland birthplace native capital city town village province county country nation "
    "state place region area land district destination host venue seat port metropolis base headquarters site "
    "location opponent rival champion neighbor neighbour ally partner team side club station stop".split()
)
"""English words of a CC-CEDICT sense that names a place or a side (a host, an opponent, a team) a place's name may
stand in apposition to."""


def senses(cedict: Path) -> dict[str, list[str]]:
    """Return the senses of CC-CEDICT's ordinary lines (lower-case pinyin) by simplified headword."""
    out: dict[str, list[str]] = {}
    for hans, numbered, glosses in cedict_lines(cedict):
        if numbered[:1].islower():
            out.setdefault(hans, []).extend(glosses.split("/"))
    return out


def is_head_noun(word_senses: list[str]) -> bool:
    """Tell whether a word whose CC-CEDICT senses are `word_senses` is a noun that names neither an action nor a place:
    no sense starts "to " (after a label in brackets) and none holds a word of PLACE_WORDS."""
    if not word_senses:
        return False
    for sense in word_senses:
        plain = re.sub(r"^(?:\([^)]*\)\s*)+", "", sense).strip()
        if plain.startswith("to ") or not PLACE_WORDS.isdisjoint(re.findall(r"[a-z]+", plain.lower())):
            return False
    return True


def head_nouns(cedict: Path) -> list[str]:
    import jieba

    by_word = senses(cedict)
    out = []
    with (Path(jieba.__file__).parent / "dict.txt").open(encoding="utf-8") as fp:
        for line in fp:
            word, count, tag = line.split()
            if (
                len(word) == 2
                and all(0x4E00 <= ord(c) <= 0x9FFF for c in word)
                and tag == TAG
                and int(count) >= MIN_COUNT
                and is_head_noun(by_word.get(word, []))
            ):
                out.append(word)
    return sorted(set(out))


def main(cedict: Path, out: Path = OUT) -> None:
    words = head_nouns(cedict)
    from importlib.metadata import version

    header = [
        "# Nouns a compound noun's head follows (数据中台, 主力中卫): two-character words of",
        f"# jieba {version('jieba')}'s dictionary (MIT licence, (c) Sun Junyi) tagged {TAG}, counted {MIN_COUNT} times",
        "# or more, whose CC-CEDICT senses (CC BY-SA 4.0, MDBG) name no action ('to ...') nor a place or a side",
        "# (hometown, capital, host, opponent ...). Built by",
        f"# scripts/build_head_nouns.py: {len(words)} words. One a line.",
    ]
    write_list(out, header, words)


if __name__ == "__main__":
    run(main, __doc__, OUT)
