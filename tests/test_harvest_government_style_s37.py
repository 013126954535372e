"""harvest: a name in the Hong Kong Government's style after an honorific is a person's whatever the adopted name (the
review's R36-21, s37). "Ms Starry LEE Wai-king (李慧琼)" stayed an untyped name with en "Starry Lee Wai-king" and the
message "a translation or another romanization", and "Mrs Anson CHAN FANG On-sang (陳方安生)" kept the name in full,
because the census of English given names lists no Starry or Anson, while "Regina", "Carrie" gave the person papers
name. After an honorific, the word before the family name in capitals is the adopted name: the person is "Starry
Lee", the name in full an alias (`zhgloss.adopted.government_style`'s `any_given`). Without an honorific the census
still decides ("Yesterday LEE Wai-king": no adopted name). The post-nominal letters after the bracket ("(葉劉淑儀), GBS,
JP") are the person's honours, as those before it were (the user's U36-26). Names: LegCo's members' list
(legco.gov.hk), where each is written so. On the parent e5bc671, 13 of this file's 19 tests fail (the five
`government_style` cases for want of `any_given`).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.adopted import government_style
from zhgloss.harvest import _is_no_adopted_name, harvest


@pytest.mark.parametrize(
    ("line", "zh", "en", "full"),
    [
        ("Ms Starry LEE Wai-king (李慧琼) chaired the House Committee.", "李慧琼", "Starry Lee", "Starry Lee Wai-king"),
        ("Mrs Anson CHAN FANG On-sang (陳方安生) spoke first.", "陈方安生", "Anson Chan", "Anson Chan Fang On-sang"),
        ("Mr Junius HO Kwan-yiu (何君堯) asked a question.", "何君尧", "Junius Ho", "Junius Ho Kwan-yiu"),
        ("The Hon Holden CHOW Ho-ding (周浩鼎) moved the motion.", "周浩鼎", "Holden Chow", "Holden Chow Ho-ding"),
        ("Ms LEE Wai-king, Starry (李慧琼), GBS, JP, spoke.", "李慧琼", "Starry Lee", "Starry Lee Wai-king"),
        ("Mr Wilson OR Chong-shing (柯創盛) seconded it.", "柯创盛", "Wilson Or", "Wilson Or Chong-shing"),
        # an adopted name the census lists, as before
        ("Mrs Regina IP LAU Suk-yee (葉劉淑儀) attended.", "叶刘淑仪", "Regina Ip", "Regina Ip Lau Suk-yee"),
    ],
)
def test_an_honoured_name_in_the_government_style_is_the_person(line: str, zh: str, en: str, full: str) -> None:
    (proposal,) = harvest(line, [])
    entry = proposal.entry
    assert (proposal.zh, entry.en, entry.type, entry.en_adopted) == (zh, en, "person", True)
    assert full in entry.aliases
    # the message says what the English is, not "a translation or another romanization"
    assert proposal.explanation.startswith(f"an adopted Western name, {en.split()[0]}, before")


def test_without_an_honorific_a_word_the_census_lacks_is_no_adopted_name() -> None:
    (proposal,) = harvest("Yesterday LEE Wai-king (李慧琼) said the bill would pass.", [])
    assert (proposal.zh, proposal.entry.en) == ("李慧琼", "Lee Wai-king")


@pytest.mark.parametrize(
    ("zh", "en", "any_given", "written"),
    [
        ("李慧琼", "Starry LEE Wai-king", True, "Starry Lee Wai-king"),
        ("李慧琼", "Starry LEE Wai-king", False, None),
        ("陈方安生", "Anson CHAN FANG On-sang", True, "Anson Chan Fang On-sang"),
        ("李慧琼", "LEE Wai-king, Starry", True, "Starry Lee Wai-king"),
        ("李慧琼", "Starry WONG Wai-king", True, None),  # the capitals spell no surname of 李
    ],
)
def test_government_style_any_given(zh: str, en: str, any_given: bool, written: str | None) -> None:
    assert government_style(zh, en, any_given=any_given) == written


_ADOPTED = st.from_regex(r"[A-Z][a-z]{3,8}", fullmatch=True).filter(lambda w: not _is_no_adopted_name(w))


@settings(max_examples=60, deadline=None)
@given(_ADOPTED)
def test_any_adopted_word_after_an_honorific_is_the_persons_first_name(word: str) -> None:
    """Whatever the word between "Ms" and the family name in capitals, it is the adopted name the entry writes."""
    (proposal,) = harvest(f"Ms {word} LEE Wai-king (李慧琼) chaired the meeting.", [])
    assert (proposal.entry.en, proposal.entry.type) == (f"{word} Lee", "person")
    assert f"{word} Lee Wai-king" in proposal.entry.aliases


@pytest.mark.parametrize(
    ("line", "zh", "honours"),
    [
        ("Mrs Regina IP LAU Suk-yee (葉劉淑儀), GBS, JP, spoke.", "叶刘淑仪", "GBS, JP"),
        (
            "The Chief Executive, Mr LEE Ka-chiu, John (李家超), GBM, SBS, PDSM, PMSM, chaired it.",
            "李家超",
            "GBM, SBS, PDSM, PMSM",
        ),
        ("Mr Paul LAM Ting-kwok, SC (林定國) replied.", "林定国", "SC"),  # before the bracket, as before
    ],
)
def test_post_nominal_letters_after_the_bracket_are_the_persons_honours(line: str, zh: str, honours: str) -> None:
    """The user's U36-26 (s36): the honours after the bracket were dropped, those before it kept."""
    (proposal,) = harvest(line, [])
    assert (proposal.zh, proposal.entry.type) == (zh, "person")
    assert proposal.entry.note is not None and f"post-nominal honours: {honours}" in proposal.entry.note


@pytest.mark.parametrize(
    "line",
    [
        "Mr WONG Kwok-keung (王國強), JP Morgan's Asia head, spoke.",  # a bank's name, no honours
        "Mr WONG Kwok-keung (王國強), Hong Kong's finance chief, spoke.",
    ],
)
def test_capitals_after_the_bracket_that_are_no_honours_are_not_read_as_honours(line: str) -> None:
    (proposal,) = harvest(line, [])
    assert "post-nominal honours" not in (proposal.entry.note or "")
