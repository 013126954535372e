"""A role's organisation named by a form several entries hold links the one it names whole, never a one-character
abbreviation (U38-24); one named in Chinese reads in English once linked (U38-12).

U38-24: with the CC-CEDICT import, "Party Secretary@Xinjiang" was linked to 新 (CC-CEDICT's "abbr. for Xinjiang or
Singapore; surname Xin") and "@Tibet" to 藏, not to the places 新疆 and 西藏 that lookup lists first; removing the real
新疆 then went through without a word. U38-12: "Governor@广东省:2021-10.." was linked but the card showed
"Governor, 广东省", where the same role given by id reads "Governor, Guangdong".
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from zhgloss.curate import draft_entry, link_role
from zhgloss.model import Role

XIN = draft_entry("新", kind="name", en="Xin", aliases=["Xinjiang", "Singapore"])
ZANG = draft_entry("藏", kind="name", en="Zang", aliases=["Tibet", "Xizang"])
XINJIANG = draft_entry("新疆", kind="place", en="Xinjiang")
TIBET = draft_entry("西藏", kind="place", en="Tibet", aliases=["Xizang"])
GUANGDONG = draft_entry("广东", kind="place", en="Guangdong", zh_aliases=["广东省"])


@given(st.permutations([XIN, ZANG, XINJIANG, TIBET, GUANGDONG]))
def test_the_place_is_linked_whatever_the_order(pool: list) -> None:
    assert link_role(Role("Party Secretary", "Xinjiang"), pool).org_id == XINJIANG.id
    assert link_role(Role("Party Secretary", "Tibet"), pool).org_id == TIBET.id
    assert link_role(Role("Party Secretary", "Xizang"), pool).org_id == TIBET.id


def test_an_abbreviation_alone_is_never_linked() -> None:
    role = link_role(Role("Party Secretary", "Xinjiang"), [XIN, ZANG])
    assert (role.org, role.org_id) == ("Xinjiang", None)


def test_the_abbreviation_typed_in_chinese_is_its_own_entry() -> None:
    assert link_role(Role("Party Secretary", "新"), [XIN, XINJIANG]).org_id == XIN.id


def test_an_organisation_named_in_chinese_reads_in_english() -> None:
    role = link_role(Role("Governor", "广东省", start="2021-10"), [XIN, GUANGDONG])
    assert (role.org, role.org_id, role.start) == ("Guangdong", GUANGDONG.id, "2021-10")
    assert role.describe() == link_role(Role("Governor", GUANGDONG.id, start="2021-10"), [GUANGDONG]).describe()


def test_two_entries_naming_the_form_whole_leave_it_as_text() -> None:
    other = draft_entry("新疆维吾尔自治区", kind="place", en="Xinjiang")
    role = link_role(Role("Party Secretary", "Xinjiang"), [XINJIANG, other])
    assert role.org_id is None
