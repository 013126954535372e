"""CC-CEDICT import: a speech is a work, and a body's capitalised word before a lower-case noun makes no org (the s40
blind measure's #165 and #192, each taken as its class).

- 国情咨文 "State of the Union Address (US)" was an org by "Union". A name ending on a capitalised speech word
  (`_SPEECH_HEADS`: Address, Speech, Oration, Sermon, Lecture) is a speech, a work as a manifesto is. CC-CEDICT
  (2026-12) has one line of that shape among its capitalised readings.
- 瑞士军刀 "Swiss Army knife" was an org by "Army", and 共产党员 "Communist Party member" by "Party": a lower-case
  noun of no kind ends the name and is its head, as "Formosan mountain dog" was already read (the dog, no
  mountain). Those two were the only --proper-only entries it changes. A place's generic before the lower-case noun
  still says where the thing is ("Mekong River delta"), and a body's noun that is itself a kind keeps the org
  ("Olympic committee", "Hong Kong police").

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.formats.cedict import _type_of_name, load_cedict_documents

LINES = {
    "国情咨文": "國情咨文 国情咨文 [Guo2 qing2 Zi1 wen2] /State of the Union Address (US)/",
    "瑞士军刀": "瑞士軍刀 瑞士军刀 [Rui4 shi4 jun1 dao1] /Swiss Army knife/",
    "共产党员": "共產黨員 共产党员 [Gong4 chan3 dang3 yuan2] /Communist Party member/",
    "湄公河三角洲": "湄公河三角洲 湄公河三角洲 [Mei2 gong1 he2 san1 jiao3 zhou1] /Mekong River delta/",
    "奥委会": "奧委會 奥委会 [Ao4 wei3 hui4] /Olympic committee/",
    "港警": "港警 港警 [Gang3 jing3] /Hong Kong police/",
}


def _row(zh: str) -> dict[str, object]:
    rows = load_cedict_documents(io.StringIO(LINES[zh] + "\n"), proper_only=True)
    (row,) = (r for r in rows if r["zh"] == zh)
    return row


def test_a_speech_is_a_work() -> None:
    row = _row("国情咨文")
    assert (row["type"], row["en"]) == ("work", "State of the Union Address")


@pytest.mark.parametrize("zh", ["瑞士军刀", "共产党员"])
def test_a_bodys_word_before_a_lower_case_noun_makes_no_org(zh: str) -> None:
    assert _row(zh)["type"] != "org"


@pytest.mark.parametrize(("zh", "kind"), [("湄公河三角洲", "place"), ("奥委会", "org"), ("港警", "org")])
def test_a_kind_the_name_still_says_is_kept(zh: str, kind: str) -> None:
    assert _row(zh)["type"] == kind


_BODIES = ["Army", "Party", "Navy", "Academy", "Church", "Union"]
_NOUNS = ["knife", "member", "badge", "uniform", "hat", "song"]


@given(st.sampled_from(["Swiss", "Red", "Communist", "Royal", "National"]), st.sampled_from(_BODIES))
def test_any_speech_after_a_body_is_a_work(before: str, body: str) -> None:
    assert _type_of_name([before, body, "Address"]) == "work"


@given(st.sampled_from(["Swiss", "Red", "Communist", "Royal", "National"]), st.sampled_from(_BODIES))
def test_no_org_before_a_lower_case_noun_of_no_kind(before: str, body: str) -> None:
    for noun in _NOUNS:
        assert _type_of_name([before, body, noun]) != "org"
