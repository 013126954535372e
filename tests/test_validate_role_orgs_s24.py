"""One organisation written with and without its legal form is one organisation for open roles (U9's minor part).

"chairman@Tencent" open since 1998-11 beside "Chairman@Tencent Holdings" ended 2020 was not reported: the roles
were matched by the organisation's name as written. They are now matched by the name without its legal form and
holding words, `zhgloss.forms.without_legal_form`, the rule `check` drops them by ("Tencent Holdings Limited" ->
"Tencent"); another company that shares a word ("Tencent Music") stays another.
"""

from __future__ import annotations

import pytest

from zhgloss.model import Entry, Role
from zhgloss.validate import validate_entries


def role_codes(*roles: Role) -> list[str]:
    entry = Entry(id="p", type="person", zh="马化腾", en="Pony Ma", en_adopted=True, roles=roles)
    return [p.code for p in validate_entries([entry]) if p.field == "roles"]


@pytest.mark.parametrize(
    ("org", "other"),
    [
        ("Tencent", "Tencent Holdings"),
        ("Tencent", "Tencent Holdings Limited"),
        ("Alibaba", "Alibaba Group Holding Limited"),
        ("Apple", "Apple Inc."),
        ("Xiaomi Corporation", "Xiaomi"),
    ],
)
def test_an_open_role_is_ended_by_the_same_role_at_the_same_company_with_its_legal_form(org: str, other: str) -> None:
    codes = role_codes(
        Role(title="chairman", org=org, start="1998-11"),
        Role(title="Chairman", org=other, start="1998-11", end="2020"),
    )
    assert codes == ["role-open"]


def test_two_open_roles_at_one_company_so_written_are_one_position() -> None:
    codes = role_codes(
        Role(title="chairman", org="Xiaomi", start="2010-04"),
        Role(title="chairman", org="Xiaomi Corporation", start="2010-04"),
    )
    assert codes == ["role-repeat"]


@pytest.mark.parametrize(("org", "other"), [("Tencent", "Tencent Music"), ("Tencent", "Kingsoft Holdings")])
def test_another_company_sharing_a_word_stays_another(org: str, other: str) -> None:
    codes = role_codes(
        Role(title="chairman", org=org, start="1998-11"),
        Role(title="chairman", org=other, start="1998-11", end="2020"),
    )
    assert codes == []
