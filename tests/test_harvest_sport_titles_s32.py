"""harvest: "champion" and "medallist" before a name are the person's role (s32, held-out set 4).

"Olympic champion Quan Hongchan (全红婵) won gold" proposed no role: the lower-case words before the name are a role
only when their last is a title or a person's noun (`_PERSON_NOUNS`), and sports copy's champion and medallist were
not among them.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("line", "zh", "role"),
    [
        ("Olympic champion Quan Hongchan (全红婵) won gold in the 10-metre platform.", "全红婵", "Olympic champion"),
        ("World champion Ding Liren (丁立人) lost the title in Singapore.", "丁立人", "World champion"),
        ("Gold medallist Ma Long (马龙) retired from international play.", "马龙", "Gold medallist"),
    ],
)
def test_a_champion_is_a_role(line: str, zh: str, role: str) -> None:
    proposal = next(p for p in harvest(line, []) if p.kind == "name")
    assert (proposal.zh, [r.title for r in proposal.entry.roles]) == (zh, [role])
