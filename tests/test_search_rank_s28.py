"""search: a query that is a whole word of a name outranks a spelling an edit away and a word typed in part (s28).

User finding U27-36: with the CC-CEDICT names glossary "Putin" gave 莆田 Putian (90, similar spelling) before
普京 Vladimir Putin (84, partial), "Macron" 万家乐 Macro before 马克龙 Emmanuel Macron: the family name news writes
after a first mention is a whole word of the name, typed exactly. The rule lives in `Searcher._score_latin`: a form
whose words hold every word typed, none misspelt, scores from `WHOLE_WORDS_SCORE` (91) up, in the order of how much
of the form they cover; a spelling an edit away scores 90 at most on a short form, a form typed in part (its start)
under 90.
"""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.formats.cedict import load_cedict
from zhgloss.fuzzy import WHOLE_WORDS_SCORE, Searcher
from zhgloss.model import Entry

# Real CC-CEDICT lines (cedict_ts.u8, 2020-12-21), copied whole.
CEDICT = (
    "普京 普京 [Pu3 jing1] /Vladimir Putin (1952-), president of Russia/\n"
    "莆田 莆田 [Pu2 tian2] /Putian prefecture level city in Fujian/\n"
    "萬家樂 万家乐 [Wan4 jia1 le4] /Macro (brand)/\n"
    "馬克龍 马克龙 [Ma3 ke4 long2] /Emmanuel Macron (1977-), president of France from 2017/\n"
    "巴赫 巴赫 [Ba1 he4] /Johann Sebastian Bach (1685-1750), German composer/\n"
    "巴楚 巴楚 [Ba1 chu3] /Maralbeshi nahiyisi (Maralbexi county) in Kashgar prefecture "
    "喀什地區|喀什地区[Ka1 shi2 di4 qu1], west Xinjiang/\n"
)


@pytest.fixture(scope="module")
def searcher() -> Searcher:
    return Searcher(list(load_cedict(io.StringIO(CEDICT))))


@pytest.mark.parametrize(
    ("query", "first", "then"),
    [
        ("Putin", "普京", "莆田"),  # U27-36
        ("Macron", "马克龙", "万家乐"),  # U27-36
        ("Bach", "巴赫", "巴楚"),  # a whole word before a pinyin typed in part (Bachu)
    ],
)
def test_a_whole_word_of_a_name_comes_before_a_near_spelling(
    searcher: Searcher, query: str, first: str, then: str
) -> None:
    hits = searcher.search(query, limit=5)
    zhs = [hit.entry.zh for hit in hits]
    assert first in zhs and zhs.index(first) < (zhs.index(then) if then in zhs else len(zhs)), [
        (h.entry.zh, h.score, h.matched) for h in hits
    ]
    assert hits[0].score >= WHOLE_WORDS_SCORE


def _entries(names: list[str]) -> list[Entry]:
    return [
        Entry(id=f"e{i}", zh="人" * (i % 3 + 2) + chr(0x4E00 + i), en=name, type="person")
        for i, name in enumerate(names)
    ]


_WORD = st.text(alphabet="abcdefghiklmnoprstuwy", min_size=5, max_size=8).map(str.capitalize)


@settings(max_examples=60, deadline=None)
@given(_WORD, st.lists(_WORD, min_size=1, max_size=3), st.integers(0, 4), st.sampled_from("aeiou"))
def test_a_whole_word_outranks_one_letter_off_of_another_name(
    family: str, given_names: list[str], at: int, letter: str
) -> None:
    # "Putin" is the last word of "Vladimir Putin"; "Putian" another name one letter off it (one inserted).
    near = family[: at + 1] + letter + family[at + 1 :]
    if near.lower() == family.lower() or family.lower() in (w.lower() for w in given_names):
        return
    full = " ".join([*given_names, family])
    hits = Searcher(_entries([near, full])).search(family, limit=2)
    assert hits and hits[0].entry.en == full, [(h.entry.en, h.score, h.matched) for h in hits]
