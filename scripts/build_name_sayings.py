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

The list also holds CC-CEDICT's longer terms that hold a name: a line of MIN_TERM Han characters or more (words.txt,
the word list that shields a match inside a longer word, stops at four) that zhgloss's CC-CEDICT import types as a
term, not a name of any kind (`zhgloss.formats.cedict.load_cedict`), and that holds a name of CC-CEDICT's proper
lines, and with a sense that keeps none of that name's English words: 特洛伊木马 "Trojan horse" holds 特洛伊 "Troy",
刘姥姥进大观园 "Granny Liu visits the Grand View gardens" holds 大观园 "Prospect Garden". Where the text writes it, the
longer entry is what it says, and a term is not glossed (`zhgloss.glossable.is_glossable`); the name inside is not
either. A term whose every sense keeps the name's English (寒武纪生命大爆发 "Cambrian explosion") is left out:
the name's gloss is the English the term uses.

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
MIN_TERM = 5
"""The fewest Han characters of a longer term the list holds: shorter ones are words of words.txt already."""
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


def long_terms(cedict: Path, proper: set[str]) -> set[str]:
    """The headwords (`plain`) of MIN_TERM Han characters or more that zhgloss's CC-CEDICT import types as a term and
    that hold a name of `proper` (CC-CEDICT's proper headwords) other than the whole, with a sense of their own that
    keeps none of the held names' English words (`_english_words`): 特洛伊木马 "Trojan horse" (Troy), 刘姥姥进大观园
    "(of a simple person) to be overwhelmed by new experiences"; not 寒武纪生命大爆发, whose one sense "Cambrian
    explosion" keeps the period's word."""
    import gzip

    from zhgloss.formats.cedict import load_cedict

    with gzip.open(cedict, "rt", encoding="utf-8") as fp:
        kinds = {plain(entry.zh): entry.type for entry in load_cedict(fp)}
    english: dict[str, set[str]] = {}
    senses: dict[str, list[str]] = {}
    for hans, numbered, glosses in cedict_lines(cedict):
        word = plain(hans)
        if numbered[:1].isupper():
            english.setdefault(word, set()).update(_english_words(glosses))
        if len(word) >= MIN_TERM and kinds.get(word) == "term":
            senses.setdefault(word, []).extend(glosses.split("/"))
    out = set()
    for word, own in senses.items():
        held = [
            word[i:j]
            for i in range(len(word))
            for j in range(i + 2, len(word) + 1)
            if (i, j) != (0, len(word)) and word[i:j] in proper
        ]
        names = set().union(*(english.get(name, set()) for name in held)) if held else set()
        # A term whose every sense keeps a held name's English (寒武纪生命大爆发 "Cambrian explosion", 秦始皇帝陵 "the
        # mausoleum of the First Emperor") glosses that name rightly: it is not listed.
        if held and any(_is_sense(sense) and not (_english_words(sense) & names) for sense in own):
            out.add(word)
    return out


_POINTER_RE = re.compile(r"^(?:abbr\. |see |variant of |also written |also called |CL:|old variant|\(Tw\)$)")
"""A gloss that points elsewhere (abbreviations, other wordings, measure words), no sense of the term's own."""


def _is_sense(gloss: str) -> bool:
    """Tell whether `gloss`, one of a CC-CEDICT line's, is a sense of its own (not `_POINTER_RE`'s)."""
    return bool(gloss.strip()) and _POINTER_RE.match(gloss.strip()) is None


_WORD_RE = re.compile(r"[A-Za-z]{3,}")
_STEMS = 5
"""How many first letters of an English word `_english_words` keeps: Troy and Trojan share four, Cambrian five."""


def _english_words(english: str) -> set[str]:
    """The capitalised English words of `english` (a name's own words: "Cambrian", "Alzheimer"), each cut to its
    first _STEMS letters, so that an adjective and its name meet (Cambrian, Cambrian's)."""
    return {w[:_STEMS].lower() for w in _WORD_RE.findall(english) if w[0].isupper()}


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
    terms = long_terms(cedict, proper) - sayings
    words = sorted(sayings | terms)
    header = [
        "# Sayings and idioms that hold a name, simplified and without punctuation: CC-CEDICT's (CC BY-SA 4.0, MDBG)",
        "# lines that hold a CC-CEDICT name and two lower-case syllables or more, glossed as a saying ('(idiom)',",
        "# 'lit.', 'fig.', '(proverb)') or sent to one ('see', 'variant of'); and CC-CEDICT's terms of five Han",
        "# characters or more that hold a CC-CEDICT name (zhgloss's CC-CEDICT import types them term: 特洛伊木马).",
        f"# Built by scripts/build_name_sayings.py: {len(sayings)} sayings, {len(terms)} terms. One a line.",
    ]
    write_list(out, header, words)


if __name__ == "__main__":
    run(main, __doc__, OUT)
