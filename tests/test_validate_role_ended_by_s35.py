"""validate: a note or title that says an office ended by recall, impeachment, removal, firing, expulsion, an expired
term, a lost re-election or a successor ends the open role (U35-33, issue 9 item 6).

`role-open` read "resigned", "stepped down", "dismissed", "ousted", "until" and a few more; "Recalled as Kaohsiung
mayor on 6 June 2020." beside the open "Mayor@Kaohsiung:2018-12-25.." gave no warning, nor did "Removed from office
…", "Impeached as …", "Fired as …" or "Term as mayor … ended in 2020.". The ways an office ends are now one list
(`_ENDED_AS_VERBS`, `_ENDING_PHRASES`), read by titles and notes alike.

The people and dates are real: Han Kuo-yu (韩国瑜), mayor of Kaohsiung from 2018-12-25, was recalled on 2020-06-06
(Central Election Commission) and lost the presidential election of January 2020 while mayor; Park Geun-hye (朴槿惠),
president of South Korea from 2013-02-25, was impeached on 2016-12-09 and removed from office on 2017-03-10; Yoon
Suk Yeol (尹锡悦), president from 2022-05-10, was removed on 2025-04-04; Roh Moo-hyun (卢武铉), president from
2003-02-25, was impeached on 2004-03-12 and reinstated on 2004-05-14; Bo Xilai (薄熙来), party secretary of Chongqing
from 2007-11-30, was expelled from the Communist Party in September 2012; Ma Ying-jeou's (马英九) presidency of the
Republic of China ran 2008-05-20..2016-05-20 and Tsai Ing-wen's (蔡英文) 2016-05-20..2024-05-20, when Lai Ching-te
succeeded her; Chen Shui-bian (陈水扁), mayor of Taipei from 1994-12-25, lost re-election to Ma in 1998; Sam Altman
was fired as OpenAI's CEO on 2023-11-17 and reinstated on 2023-11-22; Jack Dorsey was fired as Twitter's CEO in 2008.
"""

from __future__ import annotations

import json
import shlex
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.model import Entry, Role
from zhgloss.validate import check_entry, title_says_ended


def _open(entry: Entry) -> list[str]:
    return [p.message for p in check_entry(entry) if p.code == "role-open"]


def _person(zh: str, en: str, pinyin: str, *roles: Role, note: str | None = None) -> Entry:
    return Entry(id="x", type="person", zh=zh, en=en, pinyin=pinyin, roles=roles, note=note, en_adopted=True)


_HAN = ("韩国瑜", "Han Kuo-yu", "Hán Guóyú")
_HAN_MAYOR = Role("Mayor", "Kaohsiung", None, "2018-12-25", None)
_HAN_SPEAKER = Role("Speaker", "Legislative Yuan", None, "2024-02-01", None)


@pytest.mark.parametrize(
    ("note", "end"),
    [
        # The filing's sentences, one kind of ending each, the date as precise as the note writes it.
        ("Recalled as Kaohsiung mayor on 6 June 2020.", "2020-06-06"),
        ("Removed from office as mayor of Kaohsiung by a recall vote in June 2020.", "2020-06"),
        ("Han was recalled as mayor of Kaohsiung on June 6, 2020.", "2020-06-06"),
        ("Term as mayor of Kaohsiung ended in 2020.", "2020"),
        ("His term as mayor of Kaohsiung expired in 2020.", "2020"),
        ("Was succeeded as mayor of Kaohsiung by Chen Chi-mai in 2020.", "2020"),
        ("Left office as mayor of Kaohsiung in June 2020.", "2020-06"),
    ],
)
def test_a_recall_or_an_ended_term_ends_the_mayoralty(note: str, end: str) -> None:
    entry = _person(*_HAN, _HAN_MAYOR, _HAN_SPEAKER, note=note)
    [message] = _open(entry)
    assert message.startswith("'Mayor, Kaohsiung (since 2018-12-25)' is still open")
    assert message.endswith(f"--role Mayor@Kaohsiung:2018-12-25..{end})")


@pytest.mark.parametrize(
    ("zh", "en", "pinyin", "role", "note", "end"),
    [
        ("朴槿惠", "Park Geun-hye", "Piáo Jǐnhuì", Role("President", "South Korea", None, "2013-02-25", None),
         "Impeached by the National Assembly on 9 December 2016 and removed from office by the Constitutional Court "
         "on 10 March 2017.", "2017-03-10"),
        ("尹锡悦", "Yoon Suk Yeol", "Yǐn Xīyuè", Role("President", "South Korea", None, "2022-05-10", None),
         "Removed from office by the Constitutional Court on 2025-04-04.", "2025-04-04"),
        ("薄熙来", "Bo Xilai", "Bó Xīlái", Role("Party Secretary", "Chongqing", None, "2007-11-30", None),
         "Expelled from the Chinese Communist Party in September 2012.", "2012-09"),
        ("马英九", "Ma Ying-jeou", "Mǎ Yīngjiǔ", Role("President", "Republic of China", None, "2008-05-20", None),
         "His second term as president ended on 2016-05-20.", "2016-05-20"),
        ("蔡英文", "Tsai Ing-wen", "Cài Yīngwén", Role("President", "Republic of China", None, "2016-05-20", None),
         "Succeeded by Lai Ching-te on 2024-05-20.", "2024-05-20"),
        ("陈水扁", "Chen Shui-bian", "Chén Shuǐbiǎn", Role("Mayor", "Taipei", None, "1994-12-25", None),
         "Lost re-election as mayor of Taipei to Ma Ying-jeou in 1998.", "1998"),
        ("杰克·多尔西", "Jack Dorsey", "Jiékè Duō'ěrxī", Role("CEO", "Twitter", None, "2006", None),
         "Fired as CEO of Twitter in 2008.", "2008"),
    ],
)  # fmt: skip
def test_each_kind_of_ending_ends_the_role(zh: str, en: str, pinyin: str, role: Role, note: str, end: str) -> None:
    [message] = _open(_person(zh, en, pinyin, role, note=note))
    assert f"the note says {note!r}" in message
    assert message.rstrip("')").endswith(f"{role.start}..{end}")


@pytest.mark.parametrize(
    ("zh", "en", "pinyin", "role", "note"),
    [
        # Han lost the presidential election of 2020 as mayor: a lost election that is no re-election ends nothing.
        (*_HAN, _HAN_MAYOR, "Lost the 2020 presidential election to Tsai Ing-wen."),
        # An ending undone in the same sentence.
        ("卢武铉", "Roh Moo-hyun", "Lú Wǔxuàn", Role("President", "South Korea", None, "2003-02-25", None),
         "Impeached on 12 March 2004 and reinstated by the Constitutional Court on 14 May 2004."),
        ("山姆·奥尔特曼", "Sam Altman", "Shānmǔ Ào'ěrtèmàn", Role("CEO", "OpenAI", None, "2019", None),
         "Fired as CEO of OpenAI on 2023-11-17 and reinstated on 2023-11-22."),
        # The verbs in their other senses: what the holder did, not what was done to the office.
        ("雷军", "Lei Jun", "Léi Jūn", Role("chairman", "Xiaomi", None, "2010", None),
         "Xiaomi recalled more than 100,000 SU7 cars in September 2025."),
        ("雷军", "Lei Jun", "Léi Jūn", Role("chairman", "Xiaomi", None, "2010", None),
         "Removed the headphone jack from Xiaomi phones in 2018."),
    ],
)  # fmt: skip
def test_no_ending_no_warning(zh: str, en: str, pinyin: str, role: Role, note: str) -> None:
    assert _open(_person(zh, en, pinyin, role, note=note)) == []


@pytest.mark.parametrize(
    "title",
    ["recalled as mayor", "impeached as president", "removed from office as president", "expelled as member",
     "fired as CEO", "Mayor (recalled)", "President (impeached)"],
)  # fmt: skip
def test_a_title_that_says_the_office_ended(title: str) -> None:
    assert title_says_ended(title)


def test_an_undated_recalled_role_ends_the_open_mayoralty() -> None:
    entry = _person(*_HAN, _HAN_MAYOR, Role("recalled as mayor", "Kaohsiung"))
    [message] = _open(entry)
    assert "'recalled as mayor, Kaohsiung' says it ended, with no date" in message


_VERBS = ["Recalled", "Impeached and removed", "Removed from office", "Fired", "Dismissed", "Ousted", "Resigned"]


@settings(max_examples=60, deadline=None)
@given(
    verb=st.sampled_from(_VERBS),
    start=st.integers(1990, 2015),
    gap=st.integers(1, 8),
    undone=st.booleans(),
)
def test_every_ending_verb_ends_a_role_it_names_unless_undone(verb: str, start: int, gap: int, undone: bool) -> None:
    note = f"{verb} as mayor of Kaohsiung in {start + gap}" + (" and reinstated a month later." if undone else ".")
    role = Role("Mayor", "Kaohsiung", None, str(start), None)
    messages = _open(_person(*_HAN, role, note=note))
    if undone:
        assert messages == []
    else:
        [message] = messages
        assert message.endswith(f"--role Mayor@Kaohsiung:{start}..{start + gap})")


# U35-34: an open role that began before a later role of the same person which has itself ended is most probably over.
# Ma Ying-jeou was mayor of Taipei 1998-12-25..2006-12-25 and president 2008-05-20..2016-05-20;
# Lai Ching-te mayor of Tainan 2010-12-25..2017-09-08, premier 2017-09-08..2019-01-14, vice president
# 2020-05-20..2024-05-20. The Kingsoft and Xiaomi pairs below are shapes, not careers.
_MA = ("马英九", "Ma Ying-jeou", "Mǎ Yīngjiǔ")
_MA_PRESIDENT = Role("President", "Republic of China", None, "2008-05-20", "2016-05-20")


def test_a_role_open_before_a_later_ended_one_is_most_probably_over() -> None:
    entry = _person(*_MA, _MA_PRESIDENT, Role("Mayor", "Taipei", None, "1998-12-25", None))
    [message] = _open(entry)
    assert message.startswith(
        "'Mayor, Taipei (since 1998-12-25)' is still open, but the later "
        "'President, Republic of China (2008-05-20–2016-05-20)' has ended: it is most probably over"
    )
    assert "zhgloss edit x --remove-role Mayor@Taipei:1998-12-25.. --role Mayor@Taipei:1998-12-25..YYYY" in message
    [problem] = [p for p in check_entry(entry) if p.code == "role-open"]
    assert problem.severity == "warning"
    assert "\n" not in problem.message


def test_the_first_later_role_is_the_one_said() -> None:
    roles = (
        Role("Mayor", "Tainan", None, "2010-12-25", None),
        Role("Vice President", "Republic of China", None, "2020-05-20", "2024-05-20"),
        Role("Premier", "Republic of China", None, "2017-09-08", "2019-01-14"),
    )
    [message] = _open(_person("赖清德", "Lai Ching-te", "Lài Qīngdé", *roles))
    assert "the later 'Premier, Republic of China (2017-09-08–2019-01-14)' has ended" in message


@pytest.mark.parametrize(
    "roles",
    [
        # The later role is the open one, or began first, or has not ended yet (a term's planned end ahead).
        (Role("Mayor", "Taipei", None, "1998-12-25", "2006-12-25"), Role("President", "Republic of China", None,
                                                                          "2008-05-20", None)),
        (Role("President", "Republic of China", None, "2008-05-20", None), Role("Mayor", "Taipei", None, "1998-12-25",
                                                                                 "2006-12-25")),
        (Role("Mayor", "Taipei", None, "1998-12-25", None), Role("President", "Republic of China", None, "2008-05-20",
                                                                  "2099-05-20")),
        # Both began together, or the open one has no start: no "before".
        (Role("Mayor", "Taipei", None, "2008-05-20", None), _MA_PRESIDENT),
        (Role("Mayor", "Taipei"), _MA_PRESIDENT),
        # A later post at the same organisation that ended leaves the earlier one: the chairman who was also CEO.
        (Role("chairman", "Kingsoft", None, "2011", None), Role("CEO", "Kingsoft", None, "2013", "2016")),
        # A founder stays the founder; a role whose title says it ended is said apart.
        (Role("founder", "Xiaomi", None, "2010", None), Role("CEO", "Kingsoft", None, "2011", "2016")),
    ],
)  # fmt: skip
def test_no_later_ended_role_no_warning(roles: tuple[Role, ...]) -> None:
    assert _open(_person(*_MA, *roles)) == []


def test_a_role_already_ended_by_the_note_is_said_once() -> None:
    roles = (_MA_PRESIDENT, Role("Mayor", "Taipei", None, "1998-12-25", None))
    [message] = _open(_person(*_MA, *roles, note="Term as mayor of Taipei ended on 2006-12-25."))
    assert message.endswith("--role Mayor@Taipei:1998-12-25..2006-12-25)")


@settings(max_examples=60, deadline=None)
@given(start=st.integers(1980, 2005), gap=st.integers(0, 10), length=st.integers(1, 8))
def test_a_later_ended_role_is_said_exactly_when_it_began_after(start: int, gap: int, length: int) -> None:
    later_start = start + gap
    roles = (
        Role("Mayor", "Taipei", None, str(start), None),
        Role("President", "Republic of China", None, str(later_start), str(later_start + length)),
    )
    assert len(_open(_person(*_MA, *roles))) == (1 if gap > 0 else 0)


def test_the_filings_through_the_console_script_and_their_fixes(tmp_path: Path, zhgloss_exe: str) -> None:
    """U35-33 and U35-34 as filed: each gives its warning, and the command it names, run, clears it."""
    db = tmp_path / "g.json"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [zhgloss_exe, "--db", str(db), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            stdin=subprocess.DEVNULL,
        )

    subprocess.run([zhgloss_exe, "init", str(db), "--empty"], check=True, capture_output=True)
    han = ["韩国瑜", "--type", "person", "--en", "Han Kuo-yu", "--adopted", "--role", "Mayor@Kaohsiung:2018-12-25.."]
    assert run("add", *han, "--note", "Recalled as Kaohsiung mayor on 6 June 2020.").returncode == 0
    ma = ["马英九", "--type", "person", "--en", "Ma Ying-jeou", "--adopted", "--role", "Mayor@Taipei:1998-12-25.."]
    assert run("add", *ma, "--role", "President@Republic of China:2008-05-20..2016-05-20").returncode == 0

    def role_open() -> dict[str, str]:
        proc = run("validate", "--json")
        problems = json.loads(proc.stdout)["problems"]
        return {p["entry_id"]: p["message"] for p in problems if p["code"] == "role-open"}

    found = role_open()
    assert set(found) == {"han-kuo-yu", "ma-ying-jeou"}
    for message in found.values():
        # The fix names the glossary validated (U38-26): run as printed.
        command = message[message.index(f"(zhgloss --db {db} edit ") + 1 :].split(")")[0].split(", YYYY")[0]
        command = command.replace("YYYY", "2006-12-25")
        proc = subprocess.run(
            [zhgloss_exe, *shlex.split(command)[1:]], capture_output=True, text=True, encoding="utf-8"
        )
        assert proc.returncode == 0, proc.stderr
    assert role_open() == {}


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        ("Recalled as Kaohsiung mayor on 6 June 2020.", ["2020-06-06"]),
        ("Deng Xiaoping was born on August 22, 1904.", ["1904-08-22"]),
        ("CEO of JD.com until April 2022.", ["2022-04"]),
        ("Retired on 2022-12-30.", ["2022-12-30"]),
        ("Resigned on 31 June 2020.", ["2020-06"]),  # no such day: the month is what is sure
        ("He may 2019 have left.", ["2019"]),  # "may", the verb, is no month
    ],
)
def test_a_note_date_is_read_as_precisely_as_written(sentence: str, dates: list[str]) -> None:
    from zhgloss.validate import _note_dates

    assert _note_dates(sentence) == dates
