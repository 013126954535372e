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
    "note",
    [
        # The filing's sentences, one kind of ending each.
        "Recalled as Kaohsiung mayor on 6 June 2020.",
        "Removed from office as mayor of Kaohsiung by a recall vote in June 2020.",
        "Han was recalled as mayor of Kaohsiung on 6 June 2020.",
        "Term as mayor of Kaohsiung ended in 2020.",
        "His term as mayor of Kaohsiung expired in 2020.",
        "Was succeeded as mayor of Kaohsiung by Chen Chi-mai in 2020.",
        "Left office as mayor of Kaohsiung in 2020.",
    ],
)
def test_a_recall_or_an_ended_term_ends_the_mayoralty(note: str) -> None:
    entry = _person(*_HAN, _HAN_MAYOR, _HAN_SPEAKER, note=note)
    [message] = _open(entry)
    assert message.startswith("'Mayor, Kaohsiung (since 2018-12-25)' is still open")
    assert message.endswith("--role Mayor@Kaohsiung:2018-12-25..2020)")


@pytest.mark.parametrize(
    ("zh", "en", "pinyin", "role", "note", "end"),
    [
        ("朴槿惠", "Park Geun-hye", "Piáo Jǐnhuì", Role("President", "South Korea", None, "2013-02-25", None),
         "Impeached by the National Assembly on 9 December 2016 and removed from office by the Constitutional Court "
         "on 10 March 2017.", "2017"),
        ("尹锡悦", "Yoon Suk Yeol", "Yǐn Xīyuè", Role("President", "South Korea", None, "2022-05-10", None),
         "Removed from office by the Constitutional Court on 2025-04-04.", "2025-04-04"),
        ("薄熙来", "Bo Xilai", "Bó Xīlái", Role("Party Secretary", "Chongqing", None, "2007-11-30", None),
         "Expelled from the Chinese Communist Party in September 2012.", "2012"),
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
