"""validate: a role that something in the entry says ended, with no date, is said (issue 9 item 6's last check).

`role-open` warned of an open role only where a later role or a note sentence gave the date it ended ("CEO until
2011"). An ending with no date ended nothing: a note "Former CEO of JD.com." or "Retired as chairman of Alibaba."
beside the open role, a role titled "former CEO" with a start and no end, and an undated "retired as chairman" role
beside the open chairmanship (which was called a repeat: "merge them"). Each is now a `role-open` warning with the
command to fill in. The people and tenures are real: Jack Ma chaired Alibaba Group from 1999 and retired from it in
2019; Richard Liu (刘强东) was JD.com's CEO until 2022; Lei Jun (雷军) Kingsoft's CEO from 1998 until he resigned in
2007; Zhang Yiming (张一鸣) ByteDance's CEO from 2012 until 2021.
"""

from __future__ import annotations

import pytest

from zhgloss.model import Entry, Role
from zhgloss.validate import check_entry


def _open(entry: Entry) -> list[str]:
    return [p.message for p in check_entry(entry) if p.code == "role-open"]


def _codes(entry: Entry) -> list[str]:
    return [p.code for p in check_entry(entry) if p.code.startswith("role-")]


def _person(zh: str, en: str, pinyin: str, *roles: Role, note: str | None = None, adopted: bool = False) -> Entry:
    return Entry(id="x", type="person", zh=zh, en=en, pinyin=pinyin, roles=roles, note=note, en_adopted=adopted)


@pytest.mark.parametrize(
    "note",
    [
        "Retired as chairman of Alibaba Group.",
        "Former chairman of Alibaba Group.",
        "Stepped down as chairman of Alibaba Group.",
    ],
)
def test_a_note_that_ends_the_role_without_a_date_is_said(note: str) -> None:
    entry = _person("马云", "Jack Ma", "Mǎ Yún", Role("chairman", "Alibaba Group", None, "1999", None), note=note,
                    adopted=True)  # fmt: skip
    [message] = _open(entry)
    assert f"the note says {note!r}, with no date" in message
    assert "--role 'chairman@Alibaba Group:1999..YYYY'" in message


def test_an_undated_retired_role_ends_the_open_one_and_is_no_repeat() -> None:
    roles = (Role("chairman", "Alibaba Group", None, "1999", None), Role("retired as chairman", "Alibaba Group"))
    entry = _person("马云", "Jack Ma", "Mǎ Yún", *roles, adopted=True)
    assert _codes(entry) == ["role-open"]
    assert "'retired as chairman, Alibaba Group' says it ended, with no date" in _open(entry)[0]


@pytest.mark.parametrize(
    ("zh", "en", "pinyin", "role"),
    [
        ("雷军", "Lei Jun", "Léi Jūn", Role("former CEO", "Kingsoft", None, "1998", None)),
        ("张一鸣", "Zhang Yiming", "Zhāng Yīmíng", Role("ex-CEO", "ByteDance", None, "2012", None)),
        ("刘强东", "Liu Qiangdong", "Liú Qiángdōng", Role("CEO (resigned)", "JD.com", None, "2004", None)),
    ],
)
def test_a_role_whose_title_says_it_ended_wants_its_end(zh: str, en: str, pinyin: str, role: Role) -> None:
    [message] = _open(_person(zh, en, pinyin, role))
    assert "says it ended but has no end" in message


@pytest.mark.parametrize(
    ("roles", "note"),
    [
        # Still in office, and nothing says otherwise.
        ((Role("chairman", "BYD", None, "1995", None),), "Founder of BYD."),
        # A founder stays the founder; "formerly" that names no role; "left" of the left wing.
        ((Role("founder", "Alibaba Group", None, "1999", None),), "Retired as chairman of Alibaba Group."),
        ((Role("CEO", "JD.com", None, "2004", None),), "JD.com, formerly known as 360buy."),
        ((Role("chairman", "BYD", None, "1995", None),), "Once on the left wing."),
        # The ended role with its end is no question; nor is an undated former role before a later appointment.
        ((Role("former chairman", "Alibaba Group", None, "1999", "2019"),), None),
        ((Role("former CEO", "Kingsoft", None, None, None), Role("chairman", "Kingsoft", None, "2011", None)), None),
    ],
)
def test_no_ending_no_warning(roles: tuple[Role, ...], note: str | None) -> None:
    assert _open(_person("王传福", "Wang Chuanfu", "Wáng Chuánfú", *roles, note=note)) == []


@pytest.mark.parametrize(
    ("zh", "en", "pinyin", "role", "note"),
    [
        # Review R8, the bundled glossary's own facts: a post at another body, another man's ending.
        ("卢伟冰", "Lu Weibing", "Lú Wěibīng", Role("president", "Xiaomi Group", None, "2022-12", None),
         "Formerly president of Gionee."),
        ("王翔", "Wang Xiang", "Wáng Xiáng", Role("president", "Xiaomi Group", None, "2019", None),
         "Former president of Qualcomm China; joined Xiaomi in 2015."),
        ("邹涛", "Zou Tao", "Zōu Tāo", Role("CEO", "Kingsoft", None, "2016-12-01", None),
         "He succeeded Zhang Hongjiang, who stepped down as CEO."),
        # Nor a sentence that names no organisation ("Stepped down as chairman." of which?).
        ("马云", "Jack Ma", "Mǎ Yún", Role("chairman", "Alibaba Group", None, "1999", None),
         "Stepped down as chairman."),
    ],
)  # fmt: skip
def test_an_undated_ending_elsewhere_ends_nothing(zh: str, en: str, pinyin: str, role: Role, note: str) -> None:
    assert _open(_person(zh, en, pinyin, role, note=note, adopted=True)) == []


def test_the_dated_endings_are_as_before() -> None:
    entry = _person("雷军", "Lei Jun", "Léi Jūn", Role("CEO", "Kingsoft", None, "1998", None),
                    note="CEO of Kingsoft until 2007.")  # fmt: skip
    [message] = _open(entry)
    assert message.endswith("--role CEO@Kingsoft:1998..2007)")


@pytest.mark.parametrize(
    ("title", "ended"),
    [
        ("former CEO", True),
        ("ex-chairman", True),
        ("retired as CEO", True),
        ("President and CEO (resigned)", True),
        ("CEO (until 2019)", True),
        ("CEO", False),
        ("outgoing president", False),
        ("executive director", False),
        ("Exco member", False),
    ],
)
def test_title_says_ended(title: str, ended: bool) -> None:
    from zhgloss.validate import title_says_ended

    assert title_says_ended(title) is ended
