"""The light finder (`zhgloss.unknown.light_stats`) scores as the whole one, and costs a one-line annotate little.

The word rules of a one-line annotate ask the finder of unknown names about a name or two (雷军 before 创,
`zhgloss.glossrules`). That finder reads its tables in place (`_OddsInPlace`, `_WordFile`), compiles no
pattern and loads no whole table; each table read in place must give what the loaded one holds, and the
finder's verdicts must be those of the finder with every table loaded.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.namecontext import FINDER_ORG_WORDS, TITLES_AFTER, TITLES_BEFORE
from zhgloss.unknown import (
    _AFTER,
    GIVEN_WORDS_PATH,
    NAMES_PATH,
    NOUN_WORDS_PATH,
    TRANSLIT_ODDS_PATH,
    NameFinder,
    _cached_given_odds,
    _given_odds_in_place,
    _GivenWordsInPlace,
    _noun_words_in_place,
    _OddsInPlace,
    _translit_odds_in_place,
    bundled_stats,
    given_word_penalties,
    light_stats,
    load_stats,
    noun_words,
    translit_odds,
)

WHOLE = NameFinder()
LIGHT = NameFinder(light_stats())


def first_cells(path: Path) -> list[str]:
    """The first cell of every line of the data file at `path` (comments and the header row too)."""
    return [line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines()]


def test_the_given_name_odds_read_in_place_are_the_parsed_ones() -> None:
    with NAMES_PATH.open(encoding="utf-8") as names:
        parsed = load_stats(names, (), (), ()).given
    in_place = _given_odds_in_place()
    asked = {*parsed, *first_cells(NAMES_PATH), "char", "", "雷军", "a\tb", "雷\n", "\U0002a700", "#"}
    assert {key: in_place.get(key, -99.0) for key in asked} == {key: parsed.get(key, -99.0) for key in asked}
    assert all((key in in_place) == (key in parsed) for key in asked)
    assert dict(in_place) == parsed == _cached_given_odds()
    assert len(in_place) == len(parsed) and max(in_place.values()) == max(parsed.values())
    assert light_stats().given_max == bundled_stats().given_max


def test_every_table_read_in_place_is_the_loaded_one() -> None:
    tables: list[tuple[_OddsInPlace, dict[str, float], Path]] = [
        (_translit_odds_in_place(), translit_odds(), TRANSLIT_ODDS_PATH),
        (_GivenWordsInPlace(), given_word_penalties(), GIVEN_WORDS_PATH),
    ]
    for in_place, loaded, path in tables:
        asked = {*loaded, *first_cells(path), "odds", "char", "given", "", "雷军", "承诺x", "a\tb"}
        assert {key: in_place.get(key) for key in asked} == {key: loaded.get(key) for key in asked}
        assert dict(in_place.items()) == loaded
    nouns, words = noun_words(), _noun_words_in_place()
    assert all(word in words for word in nouns)
    others = [other for word in sorted(nouns)[::7] for other in (word[:1], word + "的", word[1:] + "经")]
    assert all((other in words) == (other in nouns) for other in [*others, *first_cells(NOUN_WORDS_PATH), ""])


def test_the_light_finder_holds_tables_in_place_and_the_whole_one_loaded_tables() -> None:
    assert isinstance(LIGHT._translit, _OddsInPlace) and isinstance(LIGHT.stats.given, _OddsInPlace)
    assert LIGHT._nouns is not noun_words() and WHOLE._nouns is noun_words()
    assert WHOLE._translit is translit_odds() and isinstance(WHOLE.stats.given, dict)


SURNAMES = "雷王李张周马陈欧司孙黄"
PIECES = [
    *SURNAMES,
    "欧阳",
    "司马",
    *"军明伟丽云飞华强国平小大",
    *sorted(FINDER_ORG_WORDS)[::4],
    *TITLES_BEFORE[:30],
    *TITLES_AFTER[:30],
    *sorted(_AFTER)[::6],
    "经济",
    "体育",
    "音乐学院",
    "示范区",
    *"的是和、，。创办了说将",
]
texts = st.lists(st.sampled_from(PIECES), min_size=1, max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_the_light_finder_scores_every_candidate_as_the_whole_one(text: str) -> None:
    # As glossrules asks (`InsideRule._longer_name`, `_brand_of_name`): a surname's prior, each size alone, a floor.
    for i in range(len(text)):
        for stats_surname in (text[i : i + 2], text[i]):
            prior = WHOLE.stats.compound.get(stats_surname) or WHOLE.stats.single.get(stats_surname)
            if prior is None:
                continue
            for sizes in ((2, 1), (1,), (2,), (3,)):
                for floor in (None, -99.0):
                    whole = WHOLE._score(text, i, stats_surname, prior, sizes=sizes, floor=floor)
                    light = LIGHT._score(text, i, stats_surname, prior, sizes=sizes, floor=floor)
                    assert light == whole, (text, i, sizes, floor)


@settings(max_examples=150, deadline=None)
@given(texts)
def test_the_light_finder_finds_what_the_whole_one_finds(text: str) -> None:
    # `InsideRule._in_unknown_name` asks `find` too.
    assert NameFinder(light_stats()).find(text) == NameFinder().find(text)


def test_scoring_a_name_with_the_light_finder_compiles_no_pattern_and_loads_no_whole_table() -> None:
    # What a one-line annotate pays for 雷军 before 创 (issue 15 item 2): importing the finder and two scores.
    code = """
import re, sys
import zhgloss.annotate, zhgloss.glossable, zhgloss.glossrules  # what a one-line annotate imported before it asks
compiled = []
plain = re.compile
re.compile = lambda pattern, flags=0: compiled.append(pattern) or plain(pattern, flags)
from zhgloss import unknown
finder = unknown.NameFinder(unknown.light_stats())
window = "雷军创办了小米。"
for sizes, floor in (((2,), None), ((1,), -99.0)):
    finder._score(window, 0, "雷", finder.stats.single["雷"], sizes=sizes, floor=floor)
loaded = [f.__name__ for f in (unknown.translit_odds, unknown.noun_words, unknown.long_names,
          unknown.given_word_penalties, unknown.bundled_stats) if f.cache_info().currsize]
print(len(compiled), loaded, type(finder.stats.given).__name__)
"""
    # The first run fills this test's empty cache folder (parsing the surname tables imports and compiles more).
    for _ in range(2):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["0", "[]", "_OddsInPlace"]
