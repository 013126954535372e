"""Line breaks (<br>, <br/>, <div>) in an Anki export's fields: a new line of the note, never part of a name.

The brief (s35): "Lei Jun<br>founder of Xiaomi" in the English field was stored as the English name "Lei Jun founder
of Xiaomi" (a line break read as a space), and a line after the headword that is not its reading was dropped without
a word. The rule: the English field's first line is the definition (the name, "aka" names, a description after a
comma); each further line, and each further field, is a line of the note; a line break in the headword's field is
refused with its line, unless the next line is the headword's reading (Anki's "雷军<br>Léi Jūn", the pinyin).
Anki's cards also get the pinyin `add` writes where they give none, as every table reader's rows do.
"""

from __future__ import annotations

import io
import warnings

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.errors import FormatError
from zhgloss.formats import get_format

HEADER = "#separator:tab\n#html:true\n"


def read(text: str) -> list:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return list(get_format("omegat").load(io.StringIO(text), "deck.txt"))


@pytest.mark.parametrize("br", ["<br>", "<br/>", "<br />", "<BR>", "<div>", "</div><div>"])
def test_a_break_in_the_english_field_starts_the_note(br: str) -> None:
    (entry,) = read(f"{HEADER}雷军\tLei Jun{br}founder of Xiaomi\n")
    assert (entry.en, entry.note) == ("Lei Jun", "founder of Xiaomi")


def test_every_further_line_and_field_is_a_line_of_the_note() -> None:
    (entry,) = read(f"{HEADER}马化腾\tMa Huateng, Tencent chairman<br>born 1971<br/>Shenzhen\tmet 2024\n")
    assert entry.en == "Ma Huateng"
    assert entry.note.split("\n") == ["Tencent chairman", "born 1971", "Shenzhen", "met 2024"]


def test_the_headwords_reading_on_its_next_line_is_the_pinyin() -> None:
    (entry,) = read(f"{HEADER}雷军<br>Léi Jūn\tLei Jun\n")
    assert (entry.zh, entry.pinyin, entry.en) == ("雷军", "Léi Jūn", "Lei Jun")


@pytest.mark.parametrize("line", ["Lei Jun", "小米创始人", "雷總"])
def test_another_line_in_the_headwords_field_is_refused(line: str) -> None:
    with pytest.raises(FormatError, match=r"line 3: the field of '雷军' has a line break"):
        read(f"{HEADER}雷军<br>{line}\tLei Jun\n")


WORDS = st.sampled_from(["Xiaomi", "founder", "of", "born", "1969", "Beijing", "chairman", "Kingsoft"])


@given(st.lists(st.lists(WORDS, min_size=1, max_size=4).map(" ".join), min_size=1, max_size=4))
def test_the_name_is_the_first_line_whatever_follows(lines: list[str]) -> None:
    (entry,) = read(HEADER + "雷军\tLei Jun<br>" + "<br>".join(lines) + "\n")
    assert entry.en == "Lei Jun"
    assert entry.note.split("\n") == lines
