"""harvest: the reviewer's findings on this session's harvest commits (s34, /tmp/rev34/review.md R5, R6, R7, R10).

- R5 (7cf3255): a quoted title before its bracket was proposed cut or typed a person ("Crouching Tiger, Hidden Dragon"
  (卧虎藏龙) -> "Hidden Dragon"); only a nickname the sentence says it is ("nicknamed", "dubbed", "call him",
  "known as") is read from quotes, whole, typed nickname.
- R6: 'Jen-Hsun "Jensen" Huang' said "the entry writes it 'Jensen Huang', surname first …" with nothing reordered.
- R7: post-nominal letters after a comma became the entry ("Mr Paul LAM Ting-kwok, SC (林定国)" -> "SC" [org]).
- R10 (816c465): any two runs split by a space were joined ("王毅 外长" -> 王毅外长); only a Japanese name whose first
  run is a Japanese surname is; otherwise they are two items (a name and a title; two names).
On the parent 16adfe0, 10 of this file's 11 tests fail.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    "line",
    [
        'Ang Lee\'s film "Crouching Tiger, Hidden Dragon" (卧虎藏龙) won four Oscars.',
        'Beijing launched the "Made in China 2025" (中国制造2025) plan in 2015.',
        'The so-called "Belt and Road Initiative" (一带一路) spans dozens of countries.',
    ],
)
def test_a_quoted_title_is_not_cut_into_a_name(line: str) -> None:
    assert [p.en for p in harvest(line, [])] in ([],)


def test_a_quoted_nickname_after_call_is_whole_and_a_nickname() -> None:
    (proposal,) = harvest('Fans call him "Brother Jun" (军哥) online.', [])
    assert (proposal.zh, proposal.en, proposal.entry.type) == ("军哥", "Brother Jun", "nickname")


def test_a_nickname_inside_the_name_says_no_reordering() -> None:
    (proposal,) = harvest('Jen-Hsun "Jensen" Huang (黃仁勳) spoke.', [])
    assert proposal.en == "Jensen Huang"
    assert "surname first" not in proposal.explanation
    assert "Jen-Hsun Huang" in proposal.entry.aliases


@pytest.mark.parametrize(
    ("line", "zh", "en", "honour"),
    [
        ("The Secretary for Justice, Mr Paul LAM Ting-kwok, SC (林定国), said so.", "林定国", "Paul Lam", "SC"),
        ("Dr the Hon LEUNG Chun-ying, GBM (梁振英) was there.", "梁振英", "Leung Chun-ying", "GBM"),
        ("The Chief Secretary, Mr CHAN Kwok-ki, GBS, IDSM, JP (陳國基), spoke.", "陈国基", "Chan Kwok-ki", "JP"),
    ],
)
def test_post_nominal_letters_after_a_comma_are_no_name(line: str, zh: str, en: str, honour: str) -> None:
    (proposal,) = harvest(line, [])
    assert (proposal.zh, proposal.en, proposal.entry.type) == (zh, en, "person")
    assert honour in (proposal.entry.note or "")


@pytest.mark.parametrize(
    ("line", "pairs"),
    [
        ("Wang Yi (王毅 外长) spoke.", [("王毅", "Wang Yi")]),
        (
            "Xi Jinping and Peng Liyuan (习近平 彭丽媛) visited Paris.",
            [("习近平", "Xi Jinping"), ("彭丽媛", "Peng Liyuan")],
        ),
        ("Japanese PM Shigeru Ishiba (石破 茂) met him.", [("石破茂", "Shigeru Ishiba")]),
    ],
)
def test_two_runs_split_by_a_space_are_one_name_only_if_japanese(line: str, pairs: list[tuple[str, str]]) -> None:
    assert [(p.zh, p.en) for p in harvest(line, [])] == pairs
