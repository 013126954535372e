"""`Sense` and `_Draft` are built by `__init__`s of their own (fifty-first session, issue 9: a full CC-CEDICT import
within 5x of json.dump): the compiled module (mypyc) runs those natively, where the `__init__` a dataclass writes ran
interpreted, once per line and per sense of a full import (~3% of it). What they keep is what the dataclass's did: every
field set, to the value it started at before (None, empty, false), the arguments given as given; equality, repr and
`dataclasses.replace` as before. Expected values are the fields' starts as the parent commit declared them (61499f1f:
`Sense.aliases` a new empty list, `_Draft.notes` an empty tuple ...), read off its class bodies."""

from __future__ import annotations

import dataclasses
import pickle

from hypothesis import given
from hypothesis import strategies as st

from zhgloss.formats import cedict
from zhgloss.formats.cedict import CedictLine, Sense, _Draft, read_sense

# The parent's declared defaults (61499f1f), field by field.
SENSE_STARTS = {
    "name": None,
    "aliases": [],
    "phrased": False,
    "listed": False,
    "type": None,
    "xref": None,
    "see": False,
    "other": None,
    "surname": None,
    "unit": None,
    "shared": False,
    "fictional": False,
    "described": False,
    "written": [],
    "named": [],
    "alias_only": False,
    "description": "",
    "country": False,
    "administered": False,
    "term": "",
    "title": "",
}
DRAFT_STARTS = {
    "type": None,
    "english": [],
    "notes": (),
    "hant": (),
    "zh_aliases": (),
    "xrefs": (),
    "spellings": (),
    "sees": (),
    "full_names": (),
    "peaks": (),
    "fictional": False,
    "named": (),
    "written": (),
    "abbreviated": (),
    "own": (),
    "own_type": None,
    "pointed": (),
    "referents": (),
    "common": False,
    "words": (),
    "readings": (),
    "other_things": (),
    "namesakes": (),
    "main_sense": None,
    "placed_in": (),
    "placed_other": None,
    "misspelt": (),
    "added_from": None,
    "unit": False,
    "former_of": None,
}
LINE = CedictLine("習近平", "习近平", "Xi2 Jin4 ping2", ("Xi Jinping (1953-), PRC politician",), 7)


def test_the_classes_init_is_their_own_not_the_dataclass_one() -> None:
    # The dataclass's is compiled by exec from text (its code's file "<string>"), and runs interpreted even in the
    # compiled module; the module's own is its code (pure Python) or native code, with no `__code__` (the wheel).
    for cls in (Sense, _Draft):
        code = getattr(cls.__init__, "__code__", None)
        assert code is None or code.co_filename == cedict.__file__, (cls, code)


def test_a_sense_starts_as_before_and_each_field_is_set() -> None:
    sense = Sense()
    assert [field.name for field in dataclasses.fields(Sense)] == list(SENSE_STARTS)
    assert {name: getattr(sense, name) for name in SENSE_STARTS} == SENSE_STARTS
    # Each list a new one: a sense's aliases are grown in place (`sense.aliases += ...`).
    assert Sense().aliases is not Sense().aliases and Sense().named is not Sense().named


def test_a_draft_starts_as_before_and_each_field_is_set() -> None:
    draft = _Draft(LINE, True)
    assert [field.name for field in dataclasses.fields(_Draft)] == ["line", "proper", *DRAFT_STARTS]
    assert draft.line is LINE and draft.proper is True
    assert {name: getattr(draft, name) for name in DRAFT_STARTS} == DRAFT_STARTS
    assert _Draft(LINE, False).english is not _Draft(LINE, False).english
    given_draft = _Draft(LINE, False, english=["x"], hant=("習",), xrefs=("y",), notes=("z",), common=True)
    assert (given_draft.english, given_draft.hant, given_draft.xrefs, given_draft.notes, given_draft.common) == (
        ["x"],
        ("習",),
        ("y",),
        ("z",),
        True,
    )


@given(
    st.one_of(st.none(), st.text(max_size=8)),
    st.lists(st.text(max_size=8), max_size=3),
    st.booleans(),
    st.sampled_from([None, "person", "place", "org"]),
)
def test_equality_repr_and_replace_are_the_dataclass_ones(
    name: str | None, aliases: list[str], phrased: bool, kind: str | None
) -> None:
    sense = Sense(name=name, aliases=list(aliases), phrased=phrased, type=kind)
    same = Sense(name, list(aliases), phrased, False, kind)  # (positionally, in the fields' order, as before)
    assert sense == same
    assert repr(sense) == repr(same) and repr(sense).startswith(f"Sense(name={name!r}, aliases={aliases!r}, ")
    replaced = dataclasses.replace(sense, name="Other", aliases=["A"])
    assert (replaced.name, replaced.aliases, replaced.phrased, replaced.type) == ("Other", ["A"], phrased, kind)
    assert replaced != sense or (name, aliases) == ("Other", ["A"])


def test_a_read_sense_is_what_it_was() -> None:
    # Read off the parent's `read_sense` of the same gloss, judged right: the name, its life dates making a person.
    sense = read_sense("Xi Jinping (1953-), PRC politician")
    assert (sense.name, sense.type, sense.aliases, sense.description) == (
        "Xi Jinping",
        "person",
        [],
        ", PRC politician",
    )


def test_a_draft_and_its_sense_pickle_back_equal() -> None:
    # `_read_ahead`'s workers send their drafts back pickled. The compiled class's `__new__` runs its `__init__`, and
    # the default pickle (`__new__` alone, then the state) was refused there: "__init__() missing required argument
    # 'line'" (the first wheel of this change, tests/test_cedict_parallel_s38.py).
    draft = _Draft(LINE, True, english=["Xi Jinping"], hant=("習近平",), notes=("PRC politician",))
    draft.main_sense = read_sense("Xi Jinping (1953-), PRC politician")
    draft.type = "person"
    draft.readings = (("xi2", ("Xi",)),)
    back = pickle.loads(pickle.dumps(draft))
    assert back == draft and back is not draft
    assert {field.name: getattr(back, field.name) for field in dataclasses.fields(_Draft)} == {
        field.name: getattr(draft, field.name) for field in dataclasses.fields(_Draft)
    }
    assert pickle.loads(pickle.dumps(draft.main_sense)) == draft.main_sense
