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
lines whose English the term's does not write (`writes_name`): 特洛伊木马 "Trojan horse" holds 特洛伊 "Troy",
刘姥姥进大观园 "to be overwhelmed by new experiences" holds 大观园. Where the text writes it, the longer entry is what it
says, and a term is not glossed (`zhgloss.glossable.is_glossable`); the name inside is not either. A term whose English
writes the name (一个中国政策 "One China policy", 撒哈拉以南非洲 "sub-Saharan Africa", 阿尔茨海默病 "Alzheimer's
disease") is about the named thing: the name's gloss stays (the fifty-first session's tester, B51-1).

Each saying is written simplified, without its punctuation (说曹操，曹操到 as 说曹操曹操到), as annotate reads the text
(`zhgloss.glossrules.InsideRule._outside_sayings`); CC-CEDICT is not needed at run time.
"""

from __future__ import annotations

import re
from pathlib import Path

from build_named_after import cedict_headwords, cedict_lines, run, write_list

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "zhgloss" / "data" / "name_sayings.txt"
SAYING_RE = re.compile(r"\(idiom\b|\blit\. |\bfig\. |\(proverb\)|\(saying\)")
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
    """The headwords (`plain`) of MIN_TERM Han characters or more that zhgloss's CC-CEDICT import types as a term, that
    hold a name of `proper` (CC-CEDICT's proper headwords) other than the whole, and that CC-CEDICT glosses as a
    saying (SAYING_RE) or in a sense whose English writes none of those names' English (`writes_name`): 特洛伊木马
    "Trojan horse" (not Troy), 刘姥姥进大观园 "(of a simple person) to be overwhelmed by new experiences", 周瑜打黄盖
    "fig. by mutual consent". A term each of whose senses writes the name is about the named thing, and the name's
    gloss is right inside it: 一个中国政策 "One China policy", 撒哈拉以南非洲 "sub-Saharan Africa", 人民解放军 "People's
    Liberation Army" (the fifty-first session's tester, B51-1: 22 right glosses lost on 20 lines when every such
    term shielded its name)."""
    import gzip

    from zhgloss.formats.cedict import load_cedict

    with gzip.open(cedict, "rt", encoding="utf-8") as fp:
        entries = list(load_cedict(fp))
    english: dict[str, list[str]] = {}
    for entry in entries:
        if entry.type != "term" and entry.zh:
            for form in (entry.zh, *entry.zh_aliases):  # 中共中央, an alias of the committee's full name
                english.setdefault(plain(form), []).extend([entry.en, *entry.aliases])
    terms = {plain(entry.zh) for entry in entries if entry.type == "term" and entry.zh}
    senses: dict[str, list[str]] = {}
    for hans, _, glosses in cedict_lines(cedict):
        if plain(hans) in terms:
            senses.setdefault(plain(hans), []).extend(glosses.split("/"))
    kept = set()
    for word in terms:
        inside = {
            word[i:j]
            for i in range(len(word))
            for j in range(i + 2, len(word) + 1)
            if (i, j) != (0, len(word)) and word[i:j] in proper
        }
        if len(word) < MIN_TERM or not inside:
            continue
        glosses = senses.get(word, [])
        if any(SAYING_RE.search(g) for g in glosses) or any(
            not any(writes_name(g, e) for name in inside for e in english.get(name, [])) for g in _meanings(glosses)
        ):
            kept.add(word)
    return kept


_NOT_A_SENSE_RE = re.compile(
    r"^(?:CL:|see |see also |variant of |old variant|also written |also called |abbr\. for |abbr\. |cf\.? |\(Tw\)$)"
)


def _meanings(glosses: list[str]) -> list[str]:
    """The glosses of `glosses` that say what the headword means: not a measure word, a pointer or a cross-reference
    ("CL:", "see ...", "variant of ...", "cf ...")."""
    return [g for g in glosses if g.strip() and not _NOT_A_SENSE_RE.match(g)]


_WORD_RE = re.compile(r"[A-Za-z]+")
_FUNCTION_WORDS = frozenset({"of", "the", "and", "in", "on", "at", "to", "for", "a", "an", "mt", "st"})
STEM = 4
"""The letters two English words must share from their start for one to write the other (China: Chinese, Africa:
African, Marx: Marxism; Troy is not Trojan's)."""


def writes_name(text: str, name: str) -> bool:
    """Tell whether English `text` writes a word of English `name`: a word of `name` (not a function word) that a word
    of `text` starts with, its first STEM letters at least, or equals ("One China policy" writes "China"; "Chinese
    medicine" writes it too; "Trojan horse" does not write "Troy", nor "athlete's foot" "Hong Kong")."""
    words = {w.lower() for w in _WORD_RE.findall(text)}
    for part in _WORD_RE.findall(name):
        part = part.lower()
        if part in _FUNCTION_WORDS or len(part) < 3:
            continue
        if part in words or (len(part) >= STEM and any(w[:STEM] == part[:STEM] for w in words if len(w) >= STEM)):
            return True
    return False


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
        "# characters or more that hold a CC-CEDICT name their English does not write (zhgloss's CC-CEDICT import types",
        "# them term: 特洛伊木马 'Trojan horse'; not 一个中国政策 'One China policy').",
        f"# Built by scripts/build_name_sayings.py: {len(sayings)} sayings, {len(terms)} terms. One a line.",
    ]
    write_list(out, header, words)


if __name__ == "__main__":
    run(main, __doc__, OUT)
