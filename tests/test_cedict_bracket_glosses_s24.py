"""A common word's gloss that is all brackets, of three words or more, is a remark on how the word is used or written,
not its English, where the line gives English of its own (twenty-fourth session, issue 9; tester's I-7: ~170 aliases
and 100 English forms of a full import were a whole bracket). Expected values are the lines' own glosses
(tests/data/cedict_bracket_glosses_s24.u8, real CC-CEDICT lines)."""

from __future__ import annotations

import pytest
from cedict_fixtures import DATA

from zhgloss.formats.cedict import load_cedict

with (DATA / "cedict_bracket_glosses_s24.u8").open(encoding="utf-8") as _fp:
    ENTRIES = {entry.zh: entry for entry in load_cedict(_fp)}


@pytest.mark.parametrize(
    ("zh", "en", "aliases", "note"),
    [
        ("霉雨", "Asian rainy season", ("monsoon",), "usually written 梅雨"),
        ("高管", "executive", ("senior management",), "contraction of 高级管理"),
        ("麾下", "troops", ("subordinates",), "honorific appellation for a general"),
        ("龟毛", "indecisive", ("fussy", "nitpicking"), "Taiwanese, Tai-lo pr. [ku-moo]"),
        ("再拜", "to bow again", ("to bow twice",), "in letters, an expression of respect"),
        ("哎", "hey!", (), "interjection used to attract attention or to express surprise or disapprobation"),
        ("很", "quite", ("very", "awfully"), "adverb of degree"),
    ],
)
def test_a_bracket_beside_english_is_the_words_note(zh: str, en: str, aliases: tuple[str, ...], note: str) -> None:
    entry = ENTRIES[zh]
    assert (entry.en, entry.aliases, entry.note) == (en, aliases, note)


def test_a_gloss_of_several_brackets_is_one_remark_of_their_texts() -> None:
    entry = ENTRIES["思密达"]
    assert (entry.en, entry.aliases) == ("a Korean", ())
    assert entry.note == (
        'slang; used at the end of a sentence to mimic Korean speech; loanword from Korean verb ending "seumnida"'
    )


def test_a_line_of_brackets_alone_keeps_them_as_its_english() -> None:
    # 吗's only gloss says what the particle does: it is the word's English.
    assert ENTRIES["吗"].en == '(question particle for "yes-no" questions)'


def test_a_short_bracket_names_what_the_word_is_and_stays() -> None:
    # "(cabbage)" is what 菘 is, Brassica chinensis its botanical name: both are English of the word, in order.
    entry = ENTRIES["菘"]
    assert (entry.en, entry.aliases, entry.note) == ("(cabbage)", ("Brassica chinensis",), None)
