"""harvest: one body whose English name holds "and" is one pair, not two (the thirty-first session's review, R14 of
8903e0c).

"The Ministry of Housing and Urban-Rural Development (住房和城乡建设部) said." gave 住房 "Ministry of Housing" (an
organisation: --add then glossed 住房 "housing" everywhere) and 城乡建设部 "Urban-Rural Development": the list rule read
the "and" of the body's field as one between two names, since "Urban-Rural" is no lower-case English word. A first
English part that begins with a body's word (Ministry, Commission …) and a second that does not, with only the last
Chinese part ending in a body's head (部, 委员会 …), is one name. Two bodies, or a company and a body, stay two.
Names: CC-CEDICT (CC BY-SA 4.0, MDBG) `住房和城乡建设部 /Ministry of Housing and Urban-Rural Development (MOHURD)/`,
the CCDI's full name 中央纪律检查委员会 "Central Commission for Discipline Inspection".
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


def _pairs(text: str) -> list[tuple[str | None, str]]:
    return [(p.zh, p.en) for p in harvest(text, []) if p.kind == "name"]


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        (
            "The Ministry of Housing and Urban-Rural Development (住房和城乡建设部) said.",
            ("住房和城乡建设部", "Ministry of Housing and Urban-Rural Development"),
        ),
        (
            "The Commission for Discipline Inspection and Supervision (纪律检查和监察委员会) said.",
            ("纪律检查和监察委员会", "Commission for Discipline Inspection and Supervision"),
        ),
        (
            "The Ministry of Human Resources and Social Security (人力资源和社会保障部) said.",
            ("人力资源和社会保障部", "Ministry of Human Resources and Social Security"),
        ),
    ],
)
def test_one_body_with_and_in_its_field_is_one_pair(line: str, pair: tuple[str, str]) -> None:
    assert _pairs(line) == [pair]


@pytest.mark.parametrize(
    ("line", "pairs"),
    [
        (
            "Alibaba and the Ministry of Commerce (阿里巴巴和商务部) met.",
            [("阿里巴巴", "Alibaba"), ("商务部", "Ministry of Commerce")],
        ),
        (
            "The Ministry of Commerce and Tencent (商务部和腾讯) met.",
            [("商务部", "Ministry of Commerce"), ("腾讯", "Tencent")],
        ),
        (
            "China's Ministry of Commerce and the Ministry of Finance (商务部和财政部) said.",
            [("商务部", "Ministry of Commerce"), ("财政部", "Ministry of Finance")],
        ),
    ],
)
def test_two_bodies_or_a_body_and_a_company_stay_two(line: str, pairs: list[tuple[str, str]]) -> None:
    assert _pairs(line) == pairs
