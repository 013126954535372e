"""harvest: two names joined by "and" (和, 与), each transliterated, are a transliteration (s42).

安提瓜和巴布达（Antigua and Barbuda） was told "a translation or another romanization, check it": the English's "and"
was read as a word of one name to transliterate. Each half is now weighed against its own half of the English.
A half that is translated (黑山 Montenegro, "Black Mountain") or whose characters are no transliteration's leaves the
whole to be checked, as before.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest

TRANSLITERATED = "a transliteration, the English is the name's own spelling"


def _explanation(text: str) -> str:
    (proposal,) = [p for p in harvest(text, []) if p.kind == "name"]
    return proposal.explanation


@pytest.mark.parametrize(
    "text",
    [
        "他访问了安提瓜和巴布达（Antigua and Barbuda）。",
        "圣文森特和格林纳丁斯（Saint Vincent and the Grenadines）总理访华。",
        "他们排演了罗密欧与朱丽叶（Romeo and Juliet）。",
    ],
)
def test_two_transliterated_names_joined_by_and_are_a_transliteration(text: str) -> None:
    assert TRANSLITERATED in _explanation(text)


@pytest.mark.parametrize(
    "text",
    [
        "他访问了塞尔维亚和黑山（Serbia and Montenegro）。",  # 黑山 is translated
        "长江和记实业（CK Hutchison）公布业绩。",  # one name holding 和, no "and"
        "强生公司（Johnson & Johnson）发布财报。",  # one Chinese name for two English ones
    ],
)
def test_a_translated_half_or_no_halves_stays_to_be_checked(text: str) -> None:
    assert TRANSLITERATED not in _explanation(text)
