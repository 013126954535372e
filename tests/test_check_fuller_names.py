"""check: a translation that names a person more fully than the source (given name and family name for the family
name alone) has not left the name out; tested on CC-CEDICT's own lines, where the two forms are two entries."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.annotate import Annotator
from zhgloss.check import DEFAULT_FAIL_ON, Checker, _fuller_name_of, name_entries
from zhgloss.formats.bilingual import Segment
from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

LINES = (
    "馬克思 马克思 [Ma3 ke4 si1] /Marx (name)/\n"
    "卡爾·馬克思 卡尔·马克思 [Ka3 er3 · Ma3 ke4 si1] /Karl Marx (1818-1883), German socialist philosopher, "
    "political activist and founder of Marxism/\n"
    "德國 德国 [De2 guo2] /Germany/\n"
    "約克 约克 [Yue1 ke4] /York/\n"
    "紐約 纽约 [Niu3 yue1] /New York/\n"
    "恩格斯 恩格斯 [En1 ge2 si1] /Engels (name)/Friedrich Engels (1820-1895), socialist philosopher/\n"
)


@pytest.fixture(scope="module")
def checker() -> Checker:
    entries = list(load_cedict(io.StringIO(LINES), proper_only=True))
    return Checker(Annotator(entries), Annotator(name_entries(entries)))


def _kinds(checker: Checker, source: str, translation: str) -> list[tuple[str, str | None]]:
    return [(p.kind, p.found) for p in checker.check([Segment(1, source, translation)]).problems]


@pytest.mark.parametrize(
    ("source", "translation", "found"),
    [
        ("马克思出生于德国。", "Karl Marx was born in Germany.", "Karl Marx"),
        ("马克思出生于德国。", "Marx, Karl, was born in Germany.", None),
    ],
)
def test_the_family_name_written_with_the_given_name_is_a_variant_not_missing(
    checker: Checker, source: str, translation: str, found: str | None
) -> None:
    kinds = _kinds(checker, source, translation)
    if found is None:
        assert kinds == []  # "Marx" itself is written: nothing to say
    else:
        assert kinds == [("variant", found)]
        problem = checker.check([Segment(1, source, translation)]).problems[0]
        assert "check it is the same person" in (problem.note or "")
        assert problem.kind not in DEFAULT_FAIL_ON  # a warning: exit 0 unless --fail-on says otherwise


def test_another_person_whose_name_does_not_hold_it_is_still_missing(checker: Checker) -> None:
    # "Friedrich Engels" writes no "Marx": the source's 马克思 is missing, as before.
    kinds = _kinds(checker, "马克思出生于德国。", "Friedrich Engels was born in Germany.")
    assert kinds == [("missing", None), ("unexpected", "Friedrich Engels")]


def test_a_place_inside_another_places_name_is_still_missing(checker: Checker) -> None:
    # 约克 'York' and 纽约 'New York' are two places: "New York" is no fuller York.
    kinds = _kinds(checker, "他住在约克。", "He lives in New York.")
    assert kinds and kinds[0][0] == "missing"


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8).map(str.capitalize)


@settings(max_examples=100, deadline=None)
@given(name=st.lists(_WORD, min_size=1, max_size=2), more=st.lists(_WORD, min_size=1, max_size=2))
def test_a_persons_name_with_words_before_or_after_holds_it_and_a_place_never(name: list[str], more: list[str]) -> None:
    form = " ".join(name)
    person = Entry(id="p", type="person", zh="马克思", en=form)
    other = Entry(id="q", type="person", zh="卡尔·马克思", en="x")
    place = Entry(id="r", type="place", zh="约克", en=form)
    for fuller in (" ".join([*more, *name]), " ".join([*name, *more])):
        assert _fuller_name_of(fuller, person, other) == form
        assert _fuller_name_of(fuller, place, other) is None
        assert _fuller_name_of(fuller, person, place) is None
    assert _fuller_name_of(form, person, other) is None  # the name itself is no fuller name
    # Written in the middle of a longer name, it is no given or family name of its own.
    if len(more) == 2 and set(more).isdisjoint(name):
        assert _fuller_name_of(" ".join([more[0], *name, more[1]]), person, other) is None
