"""harvest: the leftovers of the thirty-second session's notes and U32-19's Wikipedia lead.

- A word no name opens with, first in a sentence, is no part of the name: "Rival Lenovo (联想)" gave en "Rival Lenovo",
  "Chipmaker SMIC (中芯国际)" "Chipmaker SMIC" (s32 note; "Rival Sotheby's" was cut only where the rest spells the
  Chinese).
- A past form that does not end in -ed after the bracket ends the clause, so the possessive before it is the name's:
  "Shares of Macy's (梅西百货) fell." gave "Macy".
- An athlete's position is an occupation: "Pitcher Shohei Ohtani (大谷翔平)" kept "Pitcher" in the name, typed `name`.
- A Wikipedia lead with life dates between the subject and "also known as" (U32-19, wiki2.txt line 4): "Chiang
  Kai-shek (31 October 1887 – 5 April 1975), also known as Chiang Chung-cheng (traditional Chinese: 蔣中正 …)" gave
  蒋中正 "Chiang Chung-cheng" with no alias "Chiang Kai-shek".
Names: CC-CEDICT (CC BY-SA 4.0, MDBG) `聯想 联想 /abbr. for 聯想集團|联想集团/` (Lenovo), `比亞迪 比亚迪 /BYD
Company (company name)/`, `通用汽車 通用汽车 /General Motors (car company)/`, `蔣介石 蒋介石 /Chiang Kai-shek
(1887-1975), military leader/`; SMIC (中芯国际), Macy's (梅西百货), Kohl's (科尔士), as their Chinese sites write them;
Shohei Ohtani (大谷翔平), baseball player.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


def _one(text: str):  # type: ignore[no-untyped-def]
    return next(p for p in harvest(text, []) if p.kind == "name")


@pytest.mark.parametrize(
    ("line", "en", "kind"),
    [
        ("Rival Lenovo (联想) gained market share.", "Lenovo", None),
        ("Chipmaker SMIC (中芯国际) rose 3%.", "SMIC", "org"),
        ("Carmaker BYD (比亚迪) sold more cars.", "BYD", "org"),
        ("General Motors (通用汽车) rose.", "General Motors", "org"),
    ],
)
def test_a_word_no_name_opens_with_is_cut(line: str, en: str, kind: str | None) -> None:
    proposal = _one(line)
    assert proposal.entry.en == en
    if kind is not None:
        assert proposal.entry.type == kind


@pytest.mark.parametrize(
    ("line", "en"),
    [
        ("Shares of Macy's (梅西百货) fell on Friday.", "Macy's"),
        ("Kohl's (科尔士) rose 5%.", "Kohl's"),
        ("Xiaomi's (小米) shares rose.", "Xiaomi"),
    ],
)
def test_a_possessive_before_a_verb_is_the_names_own(line: str, en: str) -> None:
    assert _one(line).entry.en == en


def test_an_athletes_position_is_the_role() -> None:
    proposal = _one("Pitcher Shohei Ohtani (大谷翔平) won the award.")
    assert "Pitcher" not in proposal.entry.en
    assert ([r.title for r in proposal.entry.roles], proposal.entry.type) == (["Pitcher"], "person")


def test_lead_with_life_dates_keeps_the_subject_as_alias() -> None:
    line = (
        "Chiang Kai-shek (31 October 1887 – 5 April 1975), also known as Chiang Chung-cheng (traditional Chinese: "
        "蔣中正; simplified Chinese: 蒋中正), was a Chinese politician."
    )
    proposal = _one(line)
    assert (proposal.zh, proposal.entry.en, proposal.entry.aliases) == (
        "蒋中正",
        "Chiang Chung-cheng",
        ("Chiang Kai-shek",),
    )
