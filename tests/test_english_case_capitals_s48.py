"""A word in capitals at a sentence's start is an initialism, not the ordinary word its capital would start: "US
officials said" names the United States, "WHO warned" the World Health Organization (`zhgloss.english_case`).
annotate dropped both as "us" and "who" (data/english_lower_words.txt), and check read "US officials said." against
中国官员表示 as no mention of 美国 (the forty-seventh session's chk report). A line all in capitals (a headline) says
nothing by its case, and "Us" or "Who" with one capital is the ordinary word as before. The glossary is real
CC-CEDICT lines (CC BY-SA 4.0, MDBG).
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.annotate import Annotator, Session
from zhgloss.english_case import is_ordinary_at, lower_words, ordinary_at_start
from zhgloss.formats.cedict import load_cedict

LINES = (
    "中國 中国 [Zhong1 guo2] /China/\n"
    "美國 美国 [Mei3 guo2] /United States/USA/US/\n"
    "世界衛生組織 世界卫生组织 [Shi4 jie4 Wei4 sheng1 Zu3 zhi1] /World Health Organization (WHO)/\n"
    "北京 北京 [Bei3 jing1] /Beijing, capital of People's Republic of China/Peking/PRC government/\n"
)
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US officials said the talks went well.", "US (美国) officials said the talks went well."),
        ("WHO warned on Monday.", "WHO (世界卫生组织) warned on Monday."),
        ("It rained. US envoys left.", "It rained. US (美国) envoys left."),
        ("The plan was clear \u2014 US firms would pay.", "The plan was clear \u2014 US (美国) firms would pay."),
        ("the Beijing\u2014US line", "the Beijing (北京)\u2014US (美国) line"),
        ("US-China relations are tense.", "US-China (美国, 中国) relations are tense."),
    ],
)
def test_an_initialism_at_a_sentence_start_is_glossed(text: str, expected: str) -> None:
    assert Session(ANNOTATOR).render(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Us and them.",  # one capital: the ordinary word, as before
        "Who said so?",
        "US AND THEM",  # a headline in capitals says nothing by its case (at its start)
    ],
)
def test_the_ordinary_word_and_a_line_in_capitals_stay_unglossed(text: str) -> None:
    assert Session(ANNOTATOR).render(text) == text


WORDS = st.sampled_from(sorted(word for word in lower_words() if word.isalpha() and 2 <= len(word) <= 6))


@settings(max_examples=200, deadline=None)
@given(WORDS, st.sampled_from(["", "It rained. ", "Then: "]))
def test_a_lower_word_in_capitals_is_never_ordinary_in_a_line_that_writes_lower_case(word: str, lead: str) -> None:
    text = f"{lead}{word.upper()} rose sharply."
    s = len(lead)
    assert not is_ordinary_at(text, s, s + len(word))
    assert ordinary_at_start(text, [(s, s + len(word), 0)], lambda value, form: False) == [(s, s + len(word), 0)]
    # The same word with its first capital only is still the ordinary word.
    title = f"{lead}{word.capitalize()} rose sharply."
    assert is_ordinary_at(title, s, s + len(word))
    assert ordinary_at_start(title, [(s, s + len(word), 0)], lambda value, form: False) == []


def test_check_reads_us_at_a_sentence_start_as_a_name(tmp_path: Path, zhgloss_exe: str) -> None:
    source = tmp_path / "names.u8"
    source.write_text(LINES, encoding="utf-8")
    db = tmp_path / "glossary.json"
    subprocess.run([zhgloss_exe, "import", str(source), "--db", str(db)], capture_output=True, check=True)
    (tmp_path / "a.zh.txt").write_text("中国官员表示。\n", encoding="utf-8")
    (tmp_path / "a.en.txt").write_text("US officials said.\n", encoding="utf-8")
    done = subprocess.run(
        [zhgloss_exe, "check", str(tmp_path / "a.zh.txt"), str(tmp_path / "a.en.txt"), "--db", str(db)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert '1: unexpected 美国: found "US", expected 美国 in the source' in done.stdout
