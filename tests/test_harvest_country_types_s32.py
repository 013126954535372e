"""harvest: a pair whose English is a country's name is a place (s32, held-out set 4).

"Brazil and Argentina (巴西和阿根廷) signed the accord." proposed both typed `name`: nothing in the sentence says
what they are, and the type came from the forms (jieba's place list lacks countries). The English is a country's
name ISO 3166 gives (`formats.cedict.countries`, or a former one of ISO 3166-3: Serbia and Montenegro), so the pair
is a place. A person CC-CEDICT lists keeps the list's word ("Jordan (乔丹)": Michael Jordan; Jordan the country is
约旦).
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Brazil and Argentina (巴西和阿根廷) signed the accord.", [("巴西", "place"), ("阿根廷", "place")]),
        ("Serbia and Montenegro (塞尔维亚和黑山) split in 2006.", [("塞尔维亚和黑山", "place")]),
        ("Kazakhstan (哈萨克斯坦) won the bid to host the games.", [("哈萨克斯坦", "place")]),
        ("Jordan (乔丹) scored 38 points.", [("乔丹", "person")]),
    ],
)
def test_a_country_is_a_place(line: str, want: list[tuple[str, str]]) -> None:
    assert [(p.zh, p.entry.type) for p in harvest(line, []) if p.kind == "name"] == want
