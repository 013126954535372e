"""U53 (user, s26): a Vietnamese name spelt with its own letters is no pinyin and types no person by its form.

"河内（Hà Nội）" was proposed as a person, "海防（Hải Phòng）" as "an adopted Western name: only the surname Hai follows
the pinyin": Sino-Vietnamese sounds meet pinyin syllables, and a Vietnamese name writes one word a character as a
Korean or Wade-Giles name does. Written with đ, ơ, ư or Latin Extended Additional's letters, the English is
Vietnamese (`harvest._is_vietnamese`): `name` unless the sentence says more (a title: a person).
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("text", "zh", "kind"),
    [
        ("代表团抵达河内（Hà Nội）。", "河内", "name"),  # 河內 /Hanoi, capital of Vietnam/
        ("海防（Hải Phòng）港口扩建。", "海防", "name"),  # Hai Phong (CC-CEDICT has 海防 "coastal defense" only)
        ("岘港（Đà Nẵng）是海滨城市。", "岘港", "name"),  # 峴港 /Da Nang or Danang, Vietnam/
        ("越南总理范明政（Phạm Minh Chính）表示。", "范明政", "person"),  # a title says person
    ],
)
def test_vietnamese_english_is_no_pinyin(text: str, zh: str, kind: str) -> None:
    (proposal,) = harvest(text, [])
    assert (proposal.zh, proposal.entry.type, proposal.check) == (zh, kind, "different")
    assert "adopted" not in proposal.explanation
