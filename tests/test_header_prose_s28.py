"""A cell of prose that speaks of a language is no header naming its column (s28, chk's finding to cur).

`check p.tsv` with the one segment `中美两国元首在旧金山会晤。<TAB>The Chinese and Japanese presidents met in San
Francisco.` said "checked 0 segments" (exit 0): `language_column` read the English sentence as a header naming the
Chinese column, because it holds the word "Chinese". A header cell is a few words, never a sentence
(`formats.table._is_sentence`).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.formats.table import HEADER_MOST_WORDS, header_column, language_column

# /work/shared/articles/003_852888a45395ba53.txt, its first clause, and chk's segment.
PROSE = [
    "What Lei Jun found difficult to accept was that half a year after the sale of Joyo.com, the Chinese internet "
    "rebounded.",
    "The Chinese and Japanese presidents met in San Francisco.",
    "He speaks English.",
    "Chinese leaders said so!",
]


@pytest.mark.parametrize("cell", PROSE)
def test_a_sentence_names_no_column(cell: str) -> None:
    assert language_column(cell) is None
    assert header_column(cell) is None


@pytest.mark.parametrize(
    ("cell", "column"),
    [
        ("Chinese (Simplified)", "zh"),
        ("English (United States)", "en"),
        ("Chinese_PRC", "zh"),
        ("Simplified Chinese term", "zh"),
        ("zh-TW", "zh_hant"),
        ("English.", "en"),  # one word and a stop is no sentence
    ],
)
def test_headers_are_still_read(cell: str, column: str) -> None:
    assert language_column(cell) == column


def test_check_reads_the_first_segment_as_a_segment(tmp_path: Path, bundled: Path) -> None:
    pairs = tmp_path / "p.tsv"
    pairs.write_text("中美两国元首在旧金山会晤。\tThe Chinese and Japanese presidents met in San Francisco.\n", "utf-8")
    done = subprocess.run(
        ["zhgloss", "check", str(pairs), "--db", str(bundled)], capture_output=True, text=True, check=False
    )
    assert "checked 0 segments" not in done.stderr + done.stdout, done.stderr
    assert "checked 1 segment" in done.stderr + done.stdout, done.stderr


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=9)


@settings(max_examples=100, deadline=None)
@given(st.lists(_WORD, min_size=HEADER_MOST_WORDS, max_size=14), st.sampled_from(["Chinese", "English", "zh-CN"]))
def test_more_words_than_a_header_has_name_no_language(words: list[str], language: str) -> None:
    assert language_column(" ".join([language, *words])) is None
