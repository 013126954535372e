"""curate.namesake_sentence: the one sentence a note says another thing of the same Chinese in (IMP-2).

`zhgloss add --namesake` wrote "Namesake (another person, not this entry): 王勇 Wang Yong, Vice Governor, Guangdong
(since 2021)." with the kind "person" fixed in namesake_note; the CC-CEDICT import's other things of one headword are
places, organisations and things too (奥克兰 Auckland / Oakland, 沅江 the river / the city, 西里尔 Cyril / Cyrillic:
the s40 blind measure's #30, #187, #37). namesake_note now calls namesake_sentence, so the two say it alike.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.curate import NAMESAKE_KINDS, namesake_note, namesake_sentence, parse_role
from zhgloss.model import Entry


def test_a_place_namesake() -> None:
    assert (
        namesake_sentence("奥克兰", "Oakland", "place", note="California, US city")
        == "Namesake (another place, not this entry): 奥克兰 Oakland: California, US city."
    )


def test_a_thing_an_organisation_and_a_person() -> None:
    assert (
        namesake_sentence("西里尔", "Cyrillic", "thing") == "Namesake (another thing, not this entry): 西里尔 Cyrillic."
    )
    assert (
        namesake_sentence("神舟", "Hasee", "org", note="computer manufacturer.")
        == "Namesake (another organisation, not this entry): 神舟 Hasee: computer manufacturer."
    )
    assert (
        namesake_sentence("王勇", "Wang Yong", pinyin="Wáng Yōng", said=["Vice Governor, Guangdong (since 2021)"])
        == "Namesake (another person, not this entry): 王勇 Wang Yong (Wáng Yōng), Vice Governor, Guangdong "
        "(since 2021)."
    )


def test_no_english_leaves_the_chinese_alone() -> None:
    assert namesake_sentence("沅江", None, "place", note="river in Hunan") == (
        "Namesake (another place, not this entry): 沅江: river in Hunan."
    )


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="one of person, place, org, thing"):
        namesake_sentence("奥克兰", "Oakland", "city")


STORED = Entry(id="wang-yong", zh="王勇", en="Wang Yong", pinyin="Wáng Yǒng", type="person")


@given(
    st.sampled_from(NAMESAKE_KINDS),
    st.one_of(st.none(), st.text(alphabet="Oakland ", max_size=12)),
    st.one_of(st.none(), st.text(alphabet="xyz. ", max_size=20)),
)
def test_one_sentence_of_its_kind(kind: str, en: str | None, note: str | None) -> None:
    sentence = namesake_sentence("奥克兰", en, kind, note=note)
    word = "organisation" if kind == "org" else kind
    assert sentence.startswith(f"Namesake (another {word}, not this entry): 奥克兰")
    assert sentence.endswith(".") and not sentence.endswith("..")


@given(st.one_of(st.none(), st.text(alphabet="xyz. ", max_size=20)))
def test_namesake_note_says_the_persons_sentence(note: str | None) -> None:
    roles = [parse_role("Vice Governor@Guangdong:2021..")]
    written = namesake_note(STORED, roles=roles, note=note)
    assert written == namesake_sentence(
        "王勇", "Wang Yong", "person", said=[role.describe() for role in roles], note=note
    )
