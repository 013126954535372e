"""The variant spellings a cache build reads of every name (`zhgloss.forms`), by its cheaper paths: equal to the plain
rule they shortcut.

A word that is no pinyin has no syllable cut (`zhgloss.pinyin.cut_syllables` is None) and is itself alone; a form whose
words have no other spelling and no ü has no variant. Each is held equal to the rule written out in full, as
`split_syllables` and the loop over every combination of words give it.
"""

from __future__ import annotations

import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss import forms
from zhgloss.forms import match_key, umlaut_spellings
from zhgloss.model import Entry
from zhgloss.pinyin import cut_syllables, split_syllables
from zhgloss.script import NAME_GAPS, pinyin_key
from zhgloss.syllables import SYLLABLES

# Letters as names are made of: pinyin syllables run together ("leibusi"), English words, stray letters.
PIECES = st.one_of(st.sampled_from(sorted(SYLLABLES)), st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=4))
PLAIN = st.lists(PIECES, min_size=1, max_size=6).map("".join)
WORD = st.one_of(
    PLAIN.map(str.capitalize),
    PLAIN,
    st.text("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZüÜ'-’", min_size=1, max_size=12),
)


@settings(max_examples=400, deadline=None)
@given(plain=PLAIN)
def test_a_word_has_a_syllable_cut_exactly_when_split_syllables_keeps_no_stray_letter(plain: str) -> None:
    cut = cut_syllables(plain)
    split = split_syllables(plain)
    if cut is None:
        assert not all(piece in SYLLABLES for piece in split)
    else:
        assert cut == split


def alternatives_in_full(word: str, split: bool) -> tuple[str, ...]:
    """`_word_alternatives` as `split_syllables` gives it, its last resort included (the rule written out)."""
    parts = [p for p in re.split(f"[{NAME_GAPS}]", word) if p]
    if len(parts) > 1:
        return (word, "".join(parts))
    plain = pinyin_key(word)
    if not split or len(plain) != len(word) or not word.isalpha():
        return (word,)
    syllables = split_syllables(plain)
    if len(syllables) < 2 or not all(map(forms._voiced_syllables().__contains__, syllables)):
        return (word,)
    alternatives = [word]
    bounds = list(itertools.accumulate(len(s) for s in syllables[:-1]))
    for mask in range(1, 2 ** len(bounds)):
        if len(alternatives) >= forms._ALTERNATIVES_PER_WORD:
            break
        cuts = [b for i, b in enumerate(bounds) if mask >> i & 1]
        alternatives.append(" ".join(word[a:b] for a, b in itertools.pairwise([0, *cuts, len(word)])))
    return tuple(alternatives)


@settings(max_examples=400, deadline=None)
@given(word=WORD, split=st.booleans())
def test_a_words_alternatives_are_those_of_its_full_syllable_split(word: str, split: bool) -> None:
    assert forms._word_alternatives.__wrapped__(word, split) == alternatives_in_full(word, split)


def spellings_in_full(form: str, entry: Entry) -> list[tuple[str, str]]:
    """`_keyed_spellings` by its loop over every combination of the words' spellings, with no shortcut."""
    base = forms._with_umlaut(form, entry)
    words = base.split(" ")
    per_word = [forms._word_alternatives(w, entry.type in forms.SPLIT_TYPES) for w in words]
    if entry.type in forms.SPLIT_TYPES:  # R44-2: initials before the surname, with stops ("J.D. Vance")
        per_word = [
            (*alts, ".".join(w) + ".", ". ".join(w) + ".")
            if n < len(words) - 1 and forms._INITIALS_RE.fullmatch(w)
            else alts
            for n, (w, alts) in enumerate(zip(words, per_word, strict=True))
        ]
    seen = {match_key(form)}
    out: list[tuple[str, str]] = []
    for combo in itertools.product(*per_word):
        spaced = " ".join(combo)
        for text in (spaced, *umlaut_spellings(spaced)):
            key = match_key(text)
            if key not in seen:
                seen.add(key)
                out.append((text, key))
        if len(out) >= forms.MAX_SPELLINGS:
            break
    return out[: forms.MAX_SPELLINGS]


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(WORD, min_size=1, max_size=3),
    kind=st.sampled_from(["person", "nickname", "org", "place"]),
    pinyin=st.sampled_from([None, "Lǚ Bù", "Léi Jūn", "Nǚwā", "Lǚ Lüèdé"]),
)
def test_a_forms_spellings_are_those_of_every_combination_of_its_words(
    words: list[str], kind: str, pinyin: str | None
) -> None:
    form = " ".join(words)
    entry = Entry(id="x", en=form, type=kind, pinyin=pinyin)
    assert forms._keyed_spellings(form, entry) == spellings_in_full(form, entry)
