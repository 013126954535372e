"""harvest: a sentence that opens with a person's title and then names them keeps the title as the role (s30, SCMP
and Reuters copy of my own).

"Beijing's top official in Hong Kong, Xia Baolong (夏寶龍), said": the role was read only from the words right before
the name, back to the comma, and was lost. A sentence's opening words before that comma are the role when their head
(the word before of/in/at/for) is a title or an occupation (6e30d14's rule for an appositive after the bracket); "In
Beijing,", "After the meeting," are none. A name a text gives twice takes the role of the line that gives one.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("line", "zh", "role"),
    [
        (
            "Beijing's top official in Hong Kong, Xia Baolong (夏寶龍), said.",
            "夏宝龙",
            "Beijing's top official in Hong Kong",
        ),
        ("The chairwoman of Gree Electric, Dong Mingzhu (董明珠), said.", "董明珠", "chairwoman of Gree Electric"),
        ("Hong Kong's leader, John Lee (李家超), said.", "李家超", "Hong Kong's leader"),
        ("It rained. China's foreign minister, Wang Yi (王毅), agreed.", "王毅", "China's foreign minister"),
    ],
)
def test_an_opening_title_is_the_role(line: str, zh: str, role: str) -> None:
    [found] = harvest(line, [])
    assert (found.entry.zh, [r.title for r in found.entry.roles], found.entry.type) == (zh, [role], "person")


@pytest.mark.parametrize(
    "line",
    [
        "In Beijing, Xi Jinping (习近平) said.",
        "After the meeting, Wang Yi (王毅) said.",
        "Speaking on Tuesday, Li Qiang (李强) said.",
    ],
)
def test_other_openings_are_no_role(line: str) -> None:
    [found] = harvest(line, [])
    assert found.entry.roles == ()


def test_a_name_given_twice_takes_the_role_a_line_gives() -> None:
    text = "After the meeting, Wang Yi (王毅) said.\nChina's foreign minister, Wang Yi (王毅), agreed.\n"
    [found] = harvest(text, [])
    assert ([r.title for r in found.entry.roles], found.lines) == (["China's foreign minister"], (1, 2))
