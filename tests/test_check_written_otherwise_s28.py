"""check: a variant's note says how the name is written otherwise, spacing or letters (cur's note, U27-58; session 28).

A rendering whose folded key is a form's (`en_key`) but which no form matches was always noted "spaced otherwise":
"FranzJoseph Strauss" for 'Franz Joseph Strauß' differs by its letters (ß as ss) as well as its spacing.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.annotate import Annotator
from zhgloss.check import Checker, _written_otherwise, name_entries
from zhgloss.formats.bilingual import Segment
from zhgloss.model import Entry

ENTRIES = [
    Entry(id="strauss", type="person", zh="施特劳斯", en="Franz Joseph Strauß", pinyin="Shītèláosī"),
    Entry(id="leijun", type="person", zh="雷军", en="Lei Jun", pinyin="Léi Jūn"),
]
CHECKER = Checker(Annotator(ENTRIES), Annotator(name_entries(ENTRIES)))


def notes(zh: str, en: str) -> list[tuple[str, str | None, str | None]]:
    report = CHECKER.check([Segment(1, zh, en)])
    return [(p.kind, p.found, p.note) for p in report.problems]


def test_a_name_in_plain_letters_is_not_only_spaced_otherwise() -> None:
    # ß written ss, and two words joined: both are said (the parent said "spaced otherwise").
    assert notes("施特劳斯说。", "FranzJoseph Strauss said.") == [
        ("variant", "FranzJoseph Strauss", "in plain letters, spaced otherwise")
    ]


def test_a_name_joined_is_spaced_otherwise() -> None:
    assert notes("雷军说。", "LeiJun said.") == [("variant", "LeiJun", "spaced otherwise")]


@pytest.mark.parametrize(
    ("found", "form", "note"),
    [
        ("LeiJun", "Lei Jun", "spaced otherwise"),
        ("Leijun", "Lei Jun", "spaced otherwise"),
        ("Tromso", "Tromsø", "in plain letters"),
        ("Lodz", "Łódź", "in plain letters"),
        ("Da Nang", "Đà Nẵng", "in plain letters"),
        ("Danang", "Đà Nẵng", "in plain letters, spaced otherwise"),
        ("Franz Joseph Strauss", "Franz Joseph Strauß", "in plain letters"),
        ("Thorr Aegisson", "Þórr Ægisson", "in plain letters"),
    ],
)
def test_written_otherwise(found: str, form: str, note: str) -> None:
    assert _written_otherwise(found, [form]) == note


_WORD = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz"), min_size=1, max_size=6)


@given(st.lists(_WORD, min_size=2, max_size=4))
def test_the_same_letters_joined_are_only_spaced_otherwise(words: list[str]) -> None:
    form = " ".join(w.capitalize() for w in words)
    joined = "".join(w.capitalize() for w in words)
    assert _written_otherwise(joined, [form]) == "spaced otherwise"
    assert _written_otherwise(form.replace(" ", "-"), [form]) == "spaced otherwise"
