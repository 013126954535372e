"""曰, the classical "said", after a name: the name ends before it, at a text's end as anywhere else (issue 14).

道 is "said" only before what is said (王明道：“…”): elsewhere it ends names (李政道) and starts words (道路). 曰 does
neither, so a name before it is read as before a quotation wherever it stands: 张伟曰 at a text's end was read as a
three-character name 张伟曰 (session 19's note).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.unknown import NameFinder

FINDER = NameFinder()


def names(text: str) -> list[tuple[str, float]]:
    return [(f.surface, f.score) for f in NameFinder().find(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("张伟曰", "张伟"),  # the text's end
        ("张伟曰\n", "张伟"),  # a line's end
        ("他对张伟曰", "张伟"),
        ("王明曰", "王明"),
        ("刘洪涛曰", "刘洪涛"),  # a three-character name stays whole
        ("张伟曰学而时习之", "张伟"),  # unpunctuated classical text goes on after it
    ],
)
def test_a_name_before_yue_ends_before_it(text: str, name: str) -> None:
    assert [surface for surface, _ in names(text)] == [name]


def test_a_name_before_yue_scores_as_before_a_quotation() -> None:
    assert names("张伟曰") == names("张伟曰：“好。”")[:1]


def test_dao_may_still_end_a_name() -> None:
    # 道 is a given name's last character where it opens no quotation (李政道于1957年获奖).
    assert [surface for surface, _ in names("李政道于1957年获奖。")] == ["李政道"]
    assert [surface for surface, _ in names("王明道：“走吧。”")] == ["王明"]


name_before_yue = st.builds(
    lambda surname, given: surname + "".join(given),
    st.sampled_from(sorted(FINDER.stats.single)[::4]),
    st.lists(
        st.sampled_from(sorted(FINDER.stats.given, key=FINDER.stats.given.__getitem__, reverse=True)[:200]),
        min_size=1,
        max_size=2,
    ),
)


@settings(max_examples=300, deadline=None)
@given(name_before_yue)
def test_names_before_yue_at_a_texts_end_are_those_before_a_quotation(text: str) -> None:
    def spans(found: str) -> list[tuple[int, int, float]]:
        return [(f.start, f.end, f.score) for f in NameFinder().find(found)]

    assert spans(text + "曰") == spans(text + "曰：")


def test_yue_ends_no_given_name_after_another_surname() -> None:
    # 禹冉傑曰 (the hypothesis example that found it): 冉傑曰 was proposed as a person, given name 傑曰, with a score
    # that changed with the punctuation after 曰; 曰 "said" ends no given name (`unknown._NEVER_GIVEN_END`).
    for text in ("禹冉傑曰", "禹冉傑曰：", "禹王杰曰善"):
        assert all(not f.surface.endswith("曰") for f in NameFinder().find(text)), text
    assert [f.surface for f in NameFinder().find("张伟曰：")] == ["张伟"]
