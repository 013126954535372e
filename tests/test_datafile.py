"""Word tables read in place (`zhgloss.datafile`): the answers equal those of the tables loaded whole."""

from __future__ import annotations

import bisect
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from zhgloss.datafile import line_at, lower_bound, map_data
from zhgloss.namecontext import _CJK_CHAR, PROPER_MARK, T2S_PATH, _t2s_table, _WordFile
from zhgloss.segment import IN_PLACE_WORDS, WORD_COUNTS_PATH, WordCounts
from zhgloss.unknown import _cjk_re

WORDS = st.lists(st.text(alphabet="ab雷军小米\t", min_size=0, max_size=4), max_size=12, unique=True)


@given(words=WORDS, key=st.text(alphabet="ab雷军小米\t\uffff", max_size=5), newline_at_end=st.booleans())
def test_lower_bound_is_bisect_over_the_lines(words: list[str], key: str, newline_at_end: bool) -> None:
    lines = sorted(w.encode() for w in words if w)
    data = b"\n".join(lines) + (b"\n" if newline_at_end and lines else b"")
    pos = lower_bound(data, key.encode(), 0, len(data))
    expected = bisect.bisect_left(lines, key.encode())
    assert pos == sum(len(line) + 1 for line in lines[:expected]) or (expected == len(lines) and pos == len(data))
    assert line_at(data, pos, len(data)) == (lines[expected] if expected < len(lines) else b"")


@given(
    common=WORDS,
    proper=st.lists(st.text(alphabet="ab雷军", min_size=1, max_size=3), max_size=6),
    asked=st.lists(st.text(alphabet="ab雷军小米\n", max_size=4), max_size=8),
    newline_at_end=st.booleans(),
)
def test_word_file_in_place_is_the_set_of_its_lines(
    common: list[str], proper: list[str], asked: list[str], newline_at_end: bool
) -> None:
    common = sorted({w for w in common if w and "\t" not in w})
    text = "# a header\n" + "".join(f"{w}\n" for w in common) + f"{PROPER_MARK}\n" + "\n".join(proper)
    words = _WordFile((text + ("\n" if newline_at_end else "")).encode())
    whole = set(common) | set(proper)
    for word in [*asked, *common, *proper, ""]:
        assert (word in words) == (word in whole), word
        assert (word in words.proper) == (word in proper), word
    assert set(words) == whole
    assert set(words.proper) == set(proper)


def test_word_file_without_proper_names_and_mapped(tmp_path: Path) -> None:
    path = tmp_path / "words.txt"
    path.write_bytes("# comment\n中国\n中国人\n雷军".encode())
    words = _WordFile(map_data(path))
    assert ("中国" in words, "雷军" in words, "中" in words, "# comment" in words) == (True, True, False, False)
    assert words.longer_words("中国", 1) == ["中国人"]
    assert len(words) == 3
    assert set(words.proper) == set()


def test_counts_read_in_place_equal_the_block_index() -> None:
    in_place, indexed = WordCounts(map_data(WORD_COUNTS_PATH)), WordCounts(WORD_COUNTS_PATH.read_bytes())
    lines = [line for line in WORD_COUNTS_PATH.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    words = [line.split("\t")[0] for line in lines]
    misses = ["", "A", "\u3400", "\uffff", words[0][:1] + "\u3400", *(w + "的" for w in words[::997])]
    for word in [*words[::13], words[0], words[-1], *misses]:
        assert in_place._look(word) == indexed._find(word), word
    assert in_place.total == indexed.total


def test_counts_build_their_index_after_the_words_read_in_place() -> None:
    counts = WordCounts(map_data(WORD_COUNTS_PATH))
    lines = WORD_COUNTS_PATH.read_text(encoding="utf-8").splitlines()
    table = {w: int(c) for w, c in (line.split("\t") for line in lines if not line.startswith("#"))}
    words = list(table)[: IN_PLACE_WORDS + 50]
    for n, word in enumerate(words):
        assert counts.get(word) == table[word]
        assert bool(counts._starts) == (n >= IN_PLACE_WORDS), n  # the index is built past the in-place budget


def test_cjk_characters_are_those_of_the_pattern() -> None:
    pattern = _cjk_re()
    for code in [*range(0x3300, 0x4F00), *range(0x9F00, 0xA100), 0x20000, 0x41, 0x3007]:
        char = chr(code)
        assert _CJK_CHAR[char] == bool(pattern.fullmatch(char)), hex(code)


def test_t2s_table_is_the_file_parsed() -> None:
    pairs = [line.rstrip("\n") for line in T2S_PATH.open(encoding="utf-8") if not line.startswith("#")]
    assert _t2s_table() == {pair[0]: pair[1] for pair in pairs if len(pair) == 2}
    assert re.fullmatch(r"\S+", "".join(_t2s_table()))


def test_bundled_word_lists_have_the_proper_mark_where_the_word_files_look_for_it() -> None:
    # _WordFile finds the mark from the end of words.txt (one line of it), and never looks in common_words.txt.
    from zhgloss.glossable import COMMON_WORDS_PATH
    from zhgloss.namecontext import WORDS_PATH

    assert WORDS_PATH.read_text(encoding="utf-8").split("\n").count(PROPER_MARK) == 1
    assert PROPER_MARK not in COMMON_WORDS_PATH.read_text(encoding="utf-8").split("\n")


def test_given_words_and_long_names_read_in_place_equal_the_loaded_tables() -> None:
    # The word rules' light finder reads them in place (a few asks); every other finder loads them whole.
    from zhgloss.glossrules import InsideRule
    from zhgloss.unknown import (
        GIVEN_WORDS_PATH,
        LONG_NAMES_PATH,
        NameFinder,
        _GivenWordsInPlace,
        given_word_penalties,
        long_names,
    )

    penalties, in_place = given_word_penalties(), _GivenWordsInPlace()
    rows = [line.split("\t")[0] for line in GIVEN_WORDS_PATH.read_text(encoding="utf-8").splitlines()]
    asked = {*penalties, *rows, "given", "", "雷军", "承诺x", "a\tb"}  # every row (penalty or none), and others
    assert {word: in_place.get(word, 0.0) for word in asked} == {word: penalties.get(word, 0.0) for word in asked}
    assert dict(in_place) == penalties
    names = long_names()
    words = _WordFile(map_data(LONG_NAMES_PATH), proper=False)
    assert set(words) == names
    assert all(name in words for name in names)
    assert not any(other in words for name in names for other in (name[:2], name + "好") if other not in names)
    # The rules' first finder is the light one, with the tables in place.
    rule = InsideRule.__new__(InsideRule)
    rule._finder, rule._asked = None, 0
    assert isinstance(rule._name_finder()._given_words, _GivenWordsInPlace)
    assert not isinstance(NameFinder()._given_words, _GivenWordsInPlace)
