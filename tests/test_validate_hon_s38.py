""" "Hon" / "the Hon" (a Hong Kong council member's style) before a name is a title, not an adopted name (R37-11).

add/edit read "the Hon Andrew Leung Kwan-yuen" (梁君彦) as an English that does not spell the pinyin and sent the
user to --adopted, which stored the style in the English. Every member of Hong Kong's Legislative Council is listed
with it (LegCo's "Members' Biographies": "the Hon Andrew LEUNG Kwan-yuen", "Hon Junius HO Kwan-yiu", "Dr the Hon
LEUNG Ka-lau", "Ir Dr the Hon LO Wai-kwok"). The style is an honorific (`validate._HONORIFIC_WORDS`), "the" its one
lower-case word, and the name after it may carry an adopted given name zhgloss's list does not hold (Junius).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.curate import draft_entry
from zhgloss.validate import check_entry, title_before_name

_MEMBERS = [
    ("梁君彦", "Andrew Leung Kwan-yuen"),
    ("何君尧", "Junius Ho Kwan-yiu"),
    ("梁家骝", "Leung Ka-lau"),
    ("李慧琼", "Starry Lee Wai-king"),
    ("林健锋", "Jeffrey Lam Kin-fung"),
]
_STYLES = ["Hon", "the Hon", "Dr the Hon", "The Hon", "the Honourable", "Ir Dr the Hon"]


@given(st.sampled_from(_MEMBERS), st.sampled_from(_STYLES))
def test_a_style_before_a_council_members_name_is_the_title(member: tuple[str, str], style: str) -> None:
    zh, name = member
    pinyin = draft_entry(zh, kind="person").pinyin
    assert title_before_name(zh, f"{style} {name}", [pinyin or ""]) == (style, name)


def test_the_lower_case_article_counts_only_before_an_honorific() -> None:
    # "the" before a name or an office is no style: "the President Xi Jinping" is no title this rule reads.
    assert title_before_name("习近平", "the Xi Jinping", ["Xí Jìnpíng"]) is None
    assert title_before_name("习近平", "President the Xi Jinping", ["Xí Jìnpíng"]) is None


@pytest.mark.parametrize(("zh", "name"), _MEMBERS)
def test_add_refuses_the_style_with_the_title_message_and_no_role(tmp_path: Path, zh: str, name: str) -> None:
    db = tmp_path / "hon.json"
    subprocess.run(["zhgloss", "init", str(db), "--empty"], check=True, capture_output=True)
    done = subprocess.run(
        ["zhgloss", "--db", str(db), "add", zh, "--type", "person", "--en", f"the Hon {name}", "-y"],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 2
    assert "writes the title 'the Hon' before the name" in done.stderr
    assert f"write {name!r}" in done.stderr
    assert "--adopted" not in done.stderr and "--role" not in done.stderr
    assert "Traceback" not in done.stderr


def test_an_adopted_english_holding_the_style_is_a_warning() -> None:
    entry = draft_entry("梁君彦", kind="person", en="the Hon Andrew Leung Kwan-yuen", adopted=True)
    problems = [p for p in check_entry(entry) if p.code == "en-title"]
    assert [(p.severity, "write 'Andrew Leung Kwan-yuen'" in p.message) for p in problems] == [("warning", True)]
