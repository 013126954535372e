"""CC-CEDICT import: Latin letters in a reading are a word of their own, run together.

The user's U36-9: the full import wrote AA制 [A A zhi4] "A Azhì", C位 [C wei4] "Cwèi", 卡拉OK [ka3 la1 O K] "kǎlā O
K", Tony [t o n y] "t'ony", and `validate` then called them errors of the import's own ("'A Azhì' has 3 syllables for
the 1 character of AA制"). A Latin letter is no syllable: letters run together as the headword writes them (AA, OK,
KKK's K), and a syllable after them starts a word (GB/T 16159-2012 writes a word apart; the headword's letters are
its own word): "AA zhì", "C wèi", "kǎlā OK", "Sān K dǎng", "X guāng".
The rule (zhgloss.formats.cedict): `written_pinyin`.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected values were written from the
lines' numbered readings by hand.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.formats.cedict import written_pinyin

LINES = "\n".join(
    [
        "AA制 AA制 [A A zhi4] /to split the bill/to go Dutch/",
        "卡拉OK 卡拉OK [ka3 la1 O K] /karaoke (loanword)/",
        "X光 X光 [X guang1] /X-ray/",
        "T恤 T恤 [T xu4] /T-shirt/",
        "三K黨 三K党 [San1 K dang3] /Ku Klux Klan/KKK/",
        "",
    ]
)


@pytest.mark.parametrize(
    ("numbered", "written"),
    [
        ("A A zhi4", "AA zhì"),
        ("C wei4", "C wèi"),
        ("ka3 la1 O K", "kǎlā OK"),
        ("t o n y", "tony"),
        ("San1 K dang3", "Sān K dǎng"),
        ("X guang1", "X guāng"),
        # unchanged:
        ("xiao3 mi3", "xiǎomǐ"),
        ("Liu2 Qiang2 dong1", "Liú Qiángdōng"),
        ("wan2 r5", "wánr"),
    ],
)
def test_letters_are_a_word_of_their_own(numbered: str, written: str) -> None:
    assert written_pinyin(numbered) == written


_TOKENS = st.sampled_from(["A", "K", "O", "x", "zhi4", "la1", "Lei2", "an1", "r5"])


@given(st.lists(_TOKENS, min_size=1, max_size=6))
def test_letters_and_syllables_never_share_a_word(tokens: list[str]) -> None:
    written = written_pinyin(" ".join(tokens))
    assert written is not None
    letter = [len(t) == 1 for t in tokens]
    # A word starts at the first token, at a letter after a syllable, at a syllable after a letter, and at a
    # capitalised syllable; letters in a row are one word, as are lower-case syllables in a row.
    starts = sum(
        1 for i, t in enumerate(tokens) if i == 0 or letter[i] != letter[i - 1] or (not letter[i] and t[:1].isupper())
    )
    assert len(written.split()) == starts, (tokens, written)


def test_validate_passes_the_readings_the_import_writes(tmp_path: Path) -> None:
    source = tmp_path / "letters.u8"
    source.write_text(LINES, encoding="utf-8")
    db = tmp_path / "full.json"
    subprocess.run(["zhgloss", "init", str(db), "--empty"], check=True, capture_output=True)
    subprocess.run(
        ["zhgloss", "import", str(source), "--format", "cedict", "--db", str(db)], check=True, capture_output=True
    )
    result = subprocess.run(["zhgloss", "validate", "--db", str(db)], capture_output=True, text=True)
    assert "syllable" not in result.stdout + result.stderr, result.stdout
    shown = subprocess.run(
        ["zhgloss", "--db", str(db), "lookup", "AA制", "卡拉OK", "三K党", "--field", "pinyin"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert shown.stdout.split("\n")[:3] == ["AA zhì", "kǎlā OK", "Sān K dǎng"]
