"""validate: a role whose title names its organisation after "at" (`add 雷军 --role "CEO at Xiaomi"`) is said.

`--role` takes TITLE@ORG; "CEO at Xiaomi", as English writes it, was stored as the title "CEO at Xiaomi" with no
organisation, in silence: never linked to the Xiaomi entry, never matched by `role-open`. A warning now gives the
command that writes it as CEO@Xiaomi. "of" is part of many titles and left alone (Wang Yi, 王毅, is Minister of
Foreign Affairs; Lei Jun, Xiaomi's CEO; Zhang Yiming was ByteDance's CEO: real people).
"""

from __future__ import annotations

import pytest

from zhgloss.model import Entry, Role
from zhgloss.validate import check_entry


def _said(title: str, org: str | None = None) -> list[str]:
    entry = Entry(id="p", type="person", zh="雷军", en="Lei Jun", pinyin="Léi Jūn", roles=(Role(title, org),))
    return [p.message for p in check_entry(entry) if p.code == "role-org-in-title"]


@pytest.mark.parametrize(
    ("title", "fixed"),
    [("CEO at Xiaomi", "CEO@Xiaomi"), ("professor at Peking University", "'professor@Peking University'")],
)
def test_an_organisation_after_at_is_said(title: str, fixed: str) -> None:
    [message] = _said(title)
    assert message.endswith(f"--role {fixed})")


@pytest.mark.parametrize(
    ("title", "org"),
    [("Minister of Foreign Affairs", None), ("CEO", "Xiaomi"), ("CEO at Xiaomi", "Xiaomi"), ("at large", None)],
)
def test_other_titles_are_no_question(title: str, org: str | None) -> None:
    assert _said(title, org) == []
