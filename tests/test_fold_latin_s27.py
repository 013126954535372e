"""annotate and check fold the Latin letters lookup folds (session 27, cur; the user tester's U27-17).

After 1e82ecb, `lookup Lodz` found Łódź, but annotate left "Lodz", "Tromso", "Kobenhavn" and "Da Nang" unglossed and
check called "Lodz" missing: their matcher folds text with script.fold_latin, which kept every letter but tone-marked
vowels and ü. fold_latin now folds, one letter to one, every Latin letter that model.fold_letters (CLDR's
Latin-ASCII, the fold of ids, search and en_key) writes as one ASCII letter: ł, ø, đ, ź, å, ẵ ...
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.model import fold_letters
from zhgloss.script import fold_latin

runner = CliRunner()

_LATIN = st.characters(min_codepoint=0x20, max_codepoint=0x24F) | st.characters(
    min_codepoint=0x1E00, max_codepoint=0x1EFF
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_LATIN, max_size=25))
def test_fold_latin_keeps_the_length_and_is_idempotent(text: str) -> None:
    folded = fold_latin(text)
    assert len(folded) == len(text)
    assert fold_latin(folded) == folded


@pytest.mark.parametrize("char", [chr(c) for c in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]])
def test_a_letter_is_folded_as_ids_and_search_fold_it_where_that_is_one_letter(char: str) -> None:
    lower = char.lower()
    if len(lower) != 1 or not char.isalpha():
        return
    wanted = fold_letters(lower)
    if len(wanted) == 1 and wanted.isascii():
        assert fold_latin(char) == wanted


@pytest.mark.parametrize(
    ("written", "plain"),
    [("Łódź", "lodz"), ("Tromsø", "tromso"), ("København", "kobenhavn"), ("Đà Nẵng", "da nang"), ("José", "jose")],
)
def test_the_tester_s_names_fold_to_their_plain_spelling(written: str, plain: str) -> None:
    assert fold_latin(written) == plain


@pytest.fixture
def glossary(tmp_path: Path) -> Path:
    db = tmp_path / "fold.json"
    db.write_text('{"entries": {}}', encoding="utf-8")
    for zh, en in (("罗兹", "Łódź"), ("岘港", "Đà Nẵng"), ("奥斯陆", "Tromsø"), ("哥本哈根", "København")):
        result = runner.invoke(app, ["--db", str(db), "add", zh, "--type", "place", "--en", en])
        assert result.exit_code == 0, result.output
    return db


def test_annotate_glosses_the_plain_spellings(glossary: Path) -> None:
    text = "He visited Kobenhavn and Lodz and Tromso. Flights to Da Nang.\n"
    result = runner.invoke(app, ["--db", str(glossary), "annotate"], input=text)
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "He visited Kobenhavn (哥本哈根) and Lodz (罗兹) and Tromso (奥斯陆). Flights to Da Nang (岘港).\n"
    )


def test_check_calls_the_plain_spellings_variants(glossary: Path, tmp_path: Path) -> None:
    source, target = tmp_path / "f.zh", tmp_path / "f.en"
    source.write_text("他飞往罗兹。\n他飞往岘港。\n他去了奥斯陆。\n", encoding="utf-8")
    target.write_text("He flew to Lodz.\nHe flew to Da Nang.\nHe went to Tromso.\n", encoding="utf-8")
    result = runner.invoke(app, ["--db", str(glossary), "check", str(source), str(target)])
    lines = result.stdout.splitlines()
    assert [line.split(":")[1].split()[0] for line in lines] == ["variant"] * 3, result.output
    assert not any("missing" in line or "spaced otherwise" in line for line in lines)


# U27-58: the letters folded to two letters (ß, æ, œ, þ) are variant spellings (forms.letter_spellings).
@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("Franz Joseph Strauß", "Franz Joseph Strauss"),
        ("Œstedt", "Oestedt"),
        ("ŒSTEDT", "OESTEDT"),
        ("Þórr Ægisson", "Thórr Aegisson"),
        ("Lei Jun", None),
    ],
)
def test_letter_spellings(written: str, plain: str | None) -> None:
    from zhgloss.forms import letter_spellings

    assert letter_spellings(written) == ([plain] if plain else [])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ßẞæÆœŒþÞĳĲ aeoStrdLx"), max_size=15))
def test_a_letter_spelling_keys_as_its_form(text: str) -> None:
    from zhgloss.forms import letter_spellings
    from zhgloss.script import en_key

    for spelt in letter_spellings(text):
        assert spelt.isascii() or not any(c in "ßẞæÆœŒþÞĳĲ" for c in spelt)
        assert en_key(spelt) == en_key(text)


@pytest.fixture
def two_letter_glossary(glossary: Path) -> Path:
    for zh, kind, en in (
        ("施特劳斯", "person", "Franz Joseph Strauß"),
        ("厄斯泰兹", "place", "Œstedt"),
        ("冰岛人", "person", "Þórr Ægisson"),
    ):
        extra = ["--adopted"] if kind == "person" else []
        result = runner.invoke(app, ["--db", str(glossary), "add", zh, "--type", kind, "--en", en, *extra])
        assert result.exit_code == 0, result.output
    return glossary


def test_annotate_and_check_find_the_two_letter_spellings(two_letter_glossary: Path, tmp_path: Path) -> None:
    text = "Franz Joseph Strauss spoke. They met in Oestedt. Thorr Aegisson arrived.\n"
    result = runner.invoke(app, ["--db", str(two_letter_glossary), "annotate"], input=text)
    assert result.stdout == (
        "Franz Joseph Strauss (施特劳斯) spoke. They met in Oestedt (厄斯泰兹). Thorr Aegisson (冰岛人) arrived.\n"
    ), result.output
    source, target = tmp_path / "s.zh", tmp_path / "s.en"
    source.write_text("施特劳斯讲话。\n", encoding="utf-8")
    target.write_text("Franz Joseph Strauss spoke.\n", encoding="utf-8")
    checked = runner.invoke(app, ["--db", str(two_letter_glossary), "check", str(source), str(target)])
    assert checked.stdout.splitlines() == [
        '1: variant 施特劳斯: found "Franz Joseph Strauss", expected "Franz Joseph Strauß"'
    ], checked.output
