"""A Hong Kong style before a name, at the start of the English ("The Hon", "The Honourable", "Ir") is no role, and
"Mr Justice" is a judge's title after the style (R38-5).

da141b50 read "the Hon" as an honorific but compared its article as written: "The Hon Andrew Leung Kwan-yuen" (梁君彦,
the English as a list's line starts it) was refused with "keep the title as a role ('The Hon')"; "Ir" (a registered
engineer's style: LegCo's "Ir Dr the Hon LO Wai-kwok") was no honorific; and "The Hon Mr Justice Joseph Fok" (霍兆刚,
a Permanent Judge of the Court of Final Appeal, as the Judiciary's site styles him) was read as the name "Justice
Joseph Fok" after the role "The Hon Mr". The style is the honorifics and their article, whatever the case; the
title's role is what follows the style ("Justice").
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.curate import draft_entry
from zhgloss.validate import _title_role, title_before_name

_PEOPLE = [
    ("梁君彦", "Andrew Leung Kwan-yuen"),
    ("陈茂波", "Paul Chan Mo-po"),
    ("叶刘淑仪", "Regina Ip Lau Suk-yee"),
    ("卢伟国", "Lo Wai-kwok"),
]
_STYLES = ["The Hon", "The Honourable", "The Hon Mrs", "Ir Dr the Hon", "Ir", "THE HON", "Dr The Hon"]


@given(st.sampled_from(_PEOPLE), st.sampled_from(_STYLES))
def test_a_style_in_any_case_is_the_title_and_holds_no_role(person: tuple[str, str], style: str) -> None:
    zh, name = person
    pinyin = draft_entry(zh, kind="person").pinyin
    assert title_before_name(zh, f"{style} {name}", [pinyin or ""]) == (style, name)
    assert _title_role(style) == ""


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("The Hon Mr Justice", "Justice"),
        ("Madam Justice", "Justice"),
        ("Foreign Minister", "Foreign Minister"),
        ("Dr the Hon", ""),
        ("Mr. President", "President"),
    ],
)
def test_the_role_of_a_title_is_what_follows_its_style(title: str, role: str) -> None:
    assert _title_role(title) == role


def test_mr_justice_is_the_judges_title_not_part_of_the_name() -> None:
    assert title_before_name("霍兆刚", "The Hon Mr Justice Joseph Fok", ["Huò Zhàogāng"]) == (
        "The Hon Mr Justice",
        "Joseph Fok",
    )
    # "Justice" alone, no style before it, is no title this rule reads as a judge's.
    assert title_before_name("霍兆刚", "Justice Joseph Fok", ["Huò Zhàogāng"]) is None


def _add(db: Path, zh: str, en: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["zhgloss", "--db", str(db), "add", zh, "--type", "person", "--en", en, "-y"],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.parametrize(
    ("zh", "en", "name", "role"),
    [
        ("梁君彦", "The Hon Andrew Leung Kwan-yuen", "Andrew Leung Kwan-yuen", None),
        ("陈茂波", "The Honourable Paul Chan Mo-po", "Paul Chan Mo-po", None),
        ("叶刘淑仪", "The Hon Mrs Regina Ip Lau Suk-yee", "Regina Ip Lau Suk-yee", None),
        ("卢伟国", "Ir Dr the Hon Lo Wai-kwok", "Lo Wai-kwok", None),
        ("霍兆刚", "The Hon Mr Justice Joseph Fok", "Joseph Fok", "Justice"),
    ],
)
def test_add_says_the_name_and_the_role_of_the_reviewers_lines(
    tmp_path: Path, zh: str, en: str, name: str, role: str | None
) -> None:
    db = tmp_path / "hon.json"
    subprocess.run(["zhgloss", "init", str(db), "--empty"], check=True, capture_output=True)
    done = _add(db, zh, en)
    assert done.returncode == 2
    assert f"write {name!r}" in done.stderr
    if role is None:
        assert "--role" not in done.stderr
    else:
        assert f"--role {role}" in done.stderr
