"""A casing the glossary forbids is not glossed (issue 9, twenty-fourth session; the user's U1 addendum 2).

A termbase may ban one casing of a name beside its accepted form: 腾讯 "Tencent", deprecated "TenCent". `check` and
`lookup` read that form as forbidden as written (`zhgloss.forms.FormTable.exact`: "TENCENT" stays a variant), and
the README's forms table says a forbidden form is not glossed; annotate's English matcher, which matches a form in
any casing whose capitals the text keeps, glossed "TenCent" as Tencent all the same. It now skips a surface its entry
bans as written (`Annotator._is_banned_casing`).
"""

from __future__ import annotations

import pytest

from zhgloss.annotate import Annotator
from zhgloss.model import Entry, ForbiddenForm

ANNOTATOR = Annotator(
    [
        Entry(id="tencent", zh="腾讯", en="Tencent", type="org", forbidden=(ForbiddenForm("TenCent", "deprecated"),)),
        Entry(id="xiaomi", zh="小米", en="Xiaomi", type="org", forbidden=(ForbiddenForm("XiaoMi", "deprecated"),)),
        Entry(
            id="pku",
            zh="北京大学",
            en="Peking University",
            type="org",
            forbidden=(ForbiddenForm("Beijing University"),),
        ),
    ]
)


def glossed(text: str) -> list[str]:
    """The surfaces glossed in `text`, in order."""
    return [m.surface for m in ANNOTATOR.mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the user's repro
        ("TenCent and Tencent released results.", ["Tencent"]),
        # cases of my own: another entry's ban, a ban at a sentence's start and in Chinese text
        ("Xiaomi, not XiaoMi, is the brand.", ["Xiaomi"]),
        ("XiaoMi said so.", []),
        ("腾讯（TenCent）公布财报。", ["腾讯"]),
    ],
)
def test_a_banned_casing_is_not_glossed(text: str, expected: list[str]) -> None:
    assert glossed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TENCENT said.", ["TENCENT"]),  # a casing no one banned: the accepted form in capitals
        ("Tencent said.", ["Tencent"]),
        ("Peking University said.", ["Peking University"]),
    ],
)
def test_other_casings_are_glossed_as_before(text: str, expected: list[str]) -> None:
    assert glossed(text) == expected
