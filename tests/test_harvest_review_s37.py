"""harvest, the review's R37-1 and R37-2 (s37). A name with a character zhgloss cannot read (郭基煇, whose 煇 OpenCC
simplifies to an extension-C character) garbled the proposal's sentence into ~900 characters ("guō jīdguō jīoguō…":
an empty romanization is in every string); stacked honorifics of LegCo's style ("Ir Dr the Hon LO Wai-kwok") stayed
in the English. On the parent e5bc671, both tests fail.
"""

from __future__ import annotations

from zhgloss.harvest import harvest


def test_a_name_zhgloss_cannot_read_gets_a_plain_sentence() -> None:
    (found,) = harvest("Mr Kwok Kai-fai Adam (郭基煇) was appointed an executive director.", [])
    assert found.explanation.lower().count("guō") <= 1  # the garbled one repeated it ~60 times
    assert len(found.explanation) < 600


def test_stacked_honorifics_before_the_government_style_are_dropped() -> None:
    (found,) = harvest("Ir Dr the Hon LO Wai-kwok, GBS, MH, JP (盧偉國) spoke.", [])
    assert (found.zh, found.entry.en, found.entry.type) == ("卢伟国", "Lo Wai-kwok", "person")
    assert "GBS, MH, JP" in (found.entry.note or "")
