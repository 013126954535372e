"""harvest: a day of the week that dates the sentence is no word of a person's role (s32, U30-47).

"On Monday US senator Marco Rubio (卢比奥) said" gave role "Monday US senator": the lower-case description was read
back to "On" only. A day stops it, as "said" and "the" do; and before a capitalised title the day goes as "On" does
("On Tuesday Chinese Foreign Minister Wang Yi": Chinese Foreign Minister). A name that begins with a day's word
stays ("Tuesday Weld").
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("line", "zh", "en", "roles"),
    [
        (
            "On Monday US senator Marco Rubio (卢比奥) said the bill would pass.",
            "卢比奥",
            "Marco Rubio",
            ["US senator"],
        ),
        (
            "On Tuesday Chinese Foreign Minister Wang Yi (王毅) met his Russian counterpart.",
            "王毅",
            "Wang Yi",
            ["Chinese Foreign Minister"],
        ),
        ("Monday Chinese Premier Li Qiang (李强) arrived in Berlin.", "李强", "Li Qiang", ["Chinese Premier"]),
        (
            "On Sunday Hong Kong leader John Lee (李家超) said the rules would stay.",
            "李家超",
            "John Lee",
            ["Hong Kong leader"],
        ),
        ("Tuesday Weld (韦尔德) starred in the film.", "韦尔德", "Tuesday Weld", []),
    ],
)
def test_a_day_is_no_part_of_a_role(line: str, zh: str, en: str, roles: list[str]) -> None:
    proposal = next(p for p in harvest(line, []) if p.kind == "name")
    assert (proposal.zh, proposal.en, [r.title for r in proposal.entry.roles]) == (zh, en, roles)
