"""validate's role-ending checks read every rank of a public office and Chinese titles, notes and dates.

U38-21: an open "Vice Governor" / "Vice Mayor" / "Vice Minister" / "Deputy Party Secretary" beside a later governorship
elsewhere that began and ended stayed current, silently, while "Deputy Governor" and "Vice Premier" were warned: the
public offices were a list of whole titles. A rank or a portfolio before an office ("vice", "deputy", "executive vice",
"foreign") is the same kind of post; its holder leaves it for the next (vice governor -> governor of another province
is the standard path of a Chinese provincial official).

U38-22: the same career written in Chinese (role 省长@湖南 beside an ended 省委书记@江西; a note
"2023年7月被免去外交部部长职务。") passed: the offices, the ending words (免去…职务, 卸任, 不再担任, as the
appointment lists write them), the dates (2023年7月) and the note's sentences (。 with no space after it) were read
in English only.
"""

from __future__ import annotations

import datetime
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.curate import parse_role
from zhgloss.model import Entry
from zhgloss.validate import _note_dates, validate_entries

LATER = "Governor@Hunan:2020-09..2024-09"


def _warnings(*roles: str, note: str | None = None) -> list[str]:
    entry = Entry(
        id="wang-yan",
        zh="王严",
        en="Wang Yan",
        pinyin="Wáng Yán",
        type="person",
        roles=tuple(parse_role(r) for r in roles),
        note=note,
    )
    return [p.message for p in validate_entries([entry]) if p.code == "role-open"]


@pytest.mark.parametrize(
    "title",
    [
        "Vice Governor",
        "Vice Mayor",
        "Deputy Party Secretary",
        "Executive Vice Governor",
        "Executive Vice Premier",
        "Deputy Foreign Minister",
        "Foreign Minister",
        # Warned before as well: the same rule now.
        "Deputy Governor",
        "Vice Premier",
    ],
)
def test_every_rank_of_a_public_office_is_over_after_a_later_ended_one(title: str) -> None:
    said = _warnings(f"{title}@Jiangxi:2012..", LATER)
    assert len(said) == 1
    assert said[0].startswith(f"'{title}, Jiangxi (since 2012)' is still open, but the later 'Governor, Hunan")
    assert "most probably over" in said[0]


def test_vice_minister_of_a_ministry_is_a_public_office() -> None:
    assert len(_warnings("Vice Minister@Ministry of Commerce:2012..", LATER)) == 1


@pytest.mark.parametrize(
    ("open_role", "later"),
    [
        # Company posts are held side by side (R35-27): not asked.
        ("Vice Chairman@Xiaomi:2012..", "Chairman@Kingsoft:2020..2024"),
        ("董事局主席@腾讯:2012..", "董事局主席@阅文集团:2015..2020"),
        # A later post that has not ended says nothing of the open one.
        ("Vice Governor@Jiangxi:2012..", "Governor@Hunan:2020.."),
    ],
)
def test_posts_held_side_by_side_are_not_asked(open_role: str, later: str) -> None:
    assert _warnings(open_role, later) == []


@pytest.mark.parametrize("title", ["省长", "副省长", "省委书记", "省委副书记", "市长", "部长", "自治区主席"])
def test_chinese_public_offices_are_over_after_a_later_ended_one(title: str) -> None:
    said = _warnings(f"{title}@湖南:2012..", "省委书记@江西:2020-09..2024-09")
    assert len(said) == 1
    assert said[0].startswith(f"'{title}, 湖南 (since 2012)' is still open, but the later '省委书记, 江西")


@pytest.mark.parametrize(
    ("role", "note", "ended"),
    [
        ("部长@外交部:2012..", "2023年7月被免去外交部部长职务。", "2023-07"),
        ("省长@湖南:2012..", "2012年起任湖南省省长。2020年3月卸任湖南省省长。", "2020-03"),
        ("市长@上海:2012..", "2017年1月20日不再担任上海市市长。", "2017-01-20"),
        ("Minister@Ministry of Foreign Affairs:2012..", "Removed as foreign minister in July 2023.", "2023-07"),
    ],
)
def test_a_chinese_note_ends_the_role_it_names(role: str, note: str, ended: str) -> None:
    said = _warnings(role, note=note)
    assert len(said) == 1
    assert f"--role '{role}{ended}'" in said[0] or f"--role {role}{ended}" in said[0]


def test_a_chinese_note_of_another_role_ends_nothing() -> None:
    # The note ends the ministry's post; the open role is a governorship of a province the note does not name.
    assert _warnings("省长@湖南:2012..", "部长@外交部:2008..", note="2023年7月被免去外交部部长职务。") == [
        _warnings("部长@外交部:2008..", note="2023年7月被免去外交部部长职务。")[0]
    ]


@given(st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2099, 12, 31)))
def test_a_chinese_date_reads_as_its_iso_form(day: datetime.date) -> None:
    written = f"{day.year}年{day.month}月{day.day}日被免去职务"
    assert _note_dates(written) == [day.isoformat()]
    assert _note_dates(f"{day.year}年{day.month}月卸任") == [day.isoformat()[:7]]
    assert _note_dates(f"于{day.year}年退休") == [str(day.year)]


def test_validate_of_the_users_glossary(tmp_path: Path) -> None:
    # The user's zhroles.sh: four people, the two in Chinese now warned as the two in English are.
    db = tmp_path / "v4.json"
    assert subprocess.run(["zhgloss", "init", str(db), "--empty"], capture_output=True).returncode == 0
    people = [
        ("王严", "--role", "省长@湖南:2012..", "--role", "省委书记@江西:2020-09..2024-09"),
        ("王五", "--role", "Governor@Hunan:2012..", "--role", "Party Secretary@Jiangxi:2020-09..2024-09"),
        ("王明", "--role", "部长@外交部:2012..", "--note", "2023年7月被免去外交部部长职务。"),
        (
            "王仞",
            "--role",
            "Minister@Ministry of Foreign Affairs:2012..",
            "--note",
            "Removed as foreign minister in July 2023.",
        ),
    ]
    for zh, *args in people:
        done = subprocess.run(
            ["zhgloss", "--db", str(db), "add", zh, "--type", "person", "-y", *args], capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
    done = subprocess.run(["zhgloss", "validate", "--db", str(db)], capture_output=True, text=True)
    assert done.returncode == 0
    assert done.stderr.strip() == "0 errors, 4 warnings in 4 entries"
