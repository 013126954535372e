"""`zhgloss check` on officials' copy with CC-CEDICT's bodies of the state (issue 9; rel, thirty-ninth session): the
filings U38-4, U38-5, U38-6, U38-10 with their addenda, each a class, tested on the filed lines and cases of the same
kind.

- U38-10 + addenda: an officer of a body the source names before 部长 / 副部长 / 长 is written by the body's English
  with its head noun replaced by the title ("Minister of Foreign Affairs" of "Ministry of Foreign Affairs", "Minister of
  Commerce" of CC-CEDICT's 商务部 "Department of Commerce", "Vice Minister of Finance"), or with the field after the
  rank ("Vice Foreign Minister"): the ministries' own English (`check._officer_titles`), never `misspelt`; another
  ministry's title still leaves the body `missing`.
- U38-4 + addendum 2: a people of China's name in its other romanization ("Uygur", GB/T 3304-1991's and the Chinese
  government's, beside CC-CEDICT's "Uighur" and the press's "Uyghur"; Kazak/Kazakh, Kirgiz/Kyrgyz …) is the same name
  for every command, alone and inside a region's name: data/people_spellings.tsv, read by `forms.regional_spellings`
  as British and American spellings are.
- U38-4 addendum: a division named by its place's Chinese and a division word (西藏 + 自治区) is written by any name of
  its place before the division's words ("Tibet Autonomous Region", "Xizang Autonomous Region" for CC-CEDICT's
  'Tibetan Autonomous Region'): `Checker._division_names`; another region still fails.
- U38-5: an abbreviation that leaves characters out inside a body's name (中央军委 of 中央军事委员会) is the body's
  short form (a `variant` that says to check it), though a word list or CC-CEDICT holds it as a word: no `unexpected`
  that says the source lacks the body (`Checker._short_form_written`).
- U38-6 + addendum: a body's session the source writes before or inside its name (十三届全国人大常委会, 中国共产党
  第十九届中央委员会) is read as the body's, and the translation's ordinal inside the body's English ("the Standing
  Committee of the 13th National People's Congress", "the 19th Central Committee of the Communist Party of China")
  is the body's name where its number is the session's (`check._SESSION_RE`, `_session_rendering`); the Party's
  long name before "Central Committee" ("the Communist Party of China Central Committee") names the organ as its
  initials do (`_rendered_by_body_initials`). Another body, or another session's ordinal, still fails.

The glossary: real CC-CEDICT lines (tests/data/cedict_check_officials_s39.u8) imported by the installed script.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.check import _SESSION_ORDINAL_RE, _officer_titles, _ordinal_number, _session_number
from zhgloss.forms import regional_spellings
from zhgloss.model import Entry
from zhgloss.script import fold_latin

glossary = glossary_fixture("cedict_check_officials_s39.u8")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # U38-10 and its addenda, as filed
        ("任命王毅为外交部部长。", "Wang Yi was appointed Minister of Foreign Affairs."),
        ("任命王小洪为公安部部长。", "Wang Xiaohong was appointed Minister of Public Security."),
        ("国防部部长董军出席。", "Minister of National Defense Dong Jun attended."),
        ("国防部长董军出席。", "Minister of National Defense Dong Jun attended."),
        ("商务部部长王文涛出席。", "Minister of Commerce Wang Wentao attended."),
        ("外交部副部长孙卫东出席。", "Vice Minister of Foreign Affairs Sun Weidong attended."),
        ("外交部副部长孙卫东出席。", "Vice Foreign Minister Sun Weidong attended."),
        ("公安部副部长出席。", "A vice minister of public security attended."),
        # the same kind: other ministries, both scripts, British spelling, the country left off, "Secretary"
        ("教育部部长出席开幕式。", "The Minister of Education attended the opening ceremony."),
        ("財政部副部長出席會議。", "The Vice Minister of Finance attended the meeting."),
        ("水利部部长视察了灾区。", "The Minister of Water Resources inspected the disaster area."),
        ("國防部部長出席。", "The Minister of National Defence attended."),
        ("交通运输部部长出席。", "The Minister of Transport attended."),
        ("民政部副部长出席。", "The Vice Minister of Civil Affairs attended."),
        ("商务部副部长出席。", "The Vice Commerce Minister attended."),
        # U38-4 + addenda: a people's name in its other romanizations, a region by its place's other name
        (
            "新疆维吾尔自治区党委副书记、自治区主席出席。",
            "The chairman of the Xinjiang Uygur Autonomous Region attended.",
        ),
        (
            "新疆维吾尔自治区人民政府发布通告。",
            "The government of the Xinjiang Uyghur Autonomous Region issued a notice.",
        ),
        ("维吾尔族干部出席。", "Uygur officials attended."),
        ("維吾爾族學生參加了比賽。", "Uygur students took part in the contest."),
        ("哈萨克族牧民出席。", "Kazak herdsmen attended."),
        ("西藏自治区主席严金海出席。", "Yan Jinhai, chairman of the Tibet Autonomous Region, attended."),
        ("西藏自治區黨委書記出席。", "The Party secretary of the Xizang Autonomous Region attended."),
        # U38-6 + addendum: a session inside the name, the Party's long name before its organ
        (
            "十二届全国人大常委会副委员长出席。",
            "A vice chairman of the Standing Committee of the 12th National People's Congress attended.",
        ),
        (
            "十三届全国人大常委会委员长出席。",
            "The chairman of the Standing Committee of the 13th National People's Congress attended.",
        ),
        (
            "十四屆全國人大常委會委員長出席。",
            "The chairman of the Standing Committee of the Fourteenth National People’s Congress attended.",
        ),
        (
            "第十四届全国人民代表大会第二次会议在北京开幕。",
            "The Second Session of the 14th National People's Congress opened in Beijing.",
        ),
        (
            "中国共产党第二十届中央委员会第三次全体会议在北京举行。",
            "The Third Plenary Session of the 20th Central Committee of the Communist Party of China was held"
            " in Beijing.",
        ),
        (
            "中国共产党第十九届中央委员会第六次全体会议在北京举行。",
            "The Sixth Plenary Session of the 19th Central Committee of the Communist Party of China was held"
            " in Beijing.",
        ),
        (
            "中共中央政治局召开会议。",
            "The Political Bureau of the Communist Party of China Central Committee held a meeting.",
        ),
        ("中共中央总书记出席。", "The general secretary of the Chinese Communist Party Central Committee attended."),
        (
            "十四届全国人大常委会委员长主持会议。",
            "The chairman of the 14th NPC Standing Committee presided over the meeting.",
        ),
        # what passed before stays so
        ("外交部部长王毅出席。", "Foreign Minister Wang Yi attended."),
        ("商务部部长王文涛出席。", "Commerce Minister Wang Wentao attended."),
    ],
)
def test_officials_renderings_pass(glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == []


@pytest.mark.parametrize(
    ("source", "target", "said"),
    [
        ("教育部部长出席开幕式。", "The Minister of Finance attended the opening ceremony.", "missing 教育部"),
        ("財政部副部長出席會議。", "The Vice Minister of Education attended the meeting.", "missing 財政部"),
        ("外交部副部长会见了外宾。", "The Vice Defense Minister met the foreign guests.", "missing 外交部"),
        ("水利部部长视察了灾区。", "The Minister of Civil Affairs inspected the disaster area.", "missing 水利部"),
        # another region, people or body
        (
            "新疆维吾尔自治区人民政府发布通告。",
            "The government of the Tibet Autonomous Region issued a notice.",
            "新疆",
        ),
        (
            "西藏自治区主席出席。",
            "The chairman of the Xinjiang Uygur Autonomous Region attended.",
            "missing 西藏自治区",
        ),
        ("維吾爾族學生參加了比賽。", "Kazakh students took part in the contest.", "維吾爾族"),
        (
            "中央军委主席签署命令。",
            "The chairman of the Central Commission for Discipline Inspection signed the order.",
            "中",
        ),
        (
            "十三届全国人大常委会委员长出席。",
            "The chairman of the 13th Chinese People's Political Consultative Conference attended.",
            "全国人大常委会",
        ),
        (
            "中国共产党第十九届中央委员会第六次全体会议在北京举行。",
            "The Sixth Plenary Session of the 19th Central Committee of the Kuomintang was held in Beijing.",
            "中国共产党",
        ),
        (
            "中共中央政治局召开会议。",
            "The Political Bureau of the Kuomintang Central Committee held a meeting.",
            "missing 中共中央",
        ),
        # another session's ordinal is no rendering of this one
        (
            "十三届全国人大常委会委员长出席。",
            "The chairman of the Standing Committee of the 12th National People's Congress attended.",
            "全国人大常委会",
        ),
        # an ordinal inside a name where the source writes no session is no rendering
        (
            "全国人大常委会委员长出席。",
            "The chairman of the Standing Committee of the 13th National People's Congress attended.",
            "全国人大常委会",
        ),
        # a minister's title where the source names the ministry alone is no rendering of the ministry
        ("外交部发表声明。", "The Minister of Foreign Affairs issued a statement.", "外交部"),
    ],
)
def test_another_body_still_fails(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str, said: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert any(said in line and "variant" not in line for line in lines), lines


_FIELD = st.lists(
    st.sampled_from(["Foreign", "Public", "Security", "Water", "Resources", "Civil", "National", "Trade", "Finance"]),
    min_size=1,
    max_size=3,
).map(" ".join)


@given(head=st.sampled_from(["Ministry", "Department", "Commission", "Bureau"]), field=_FIELD)
def test_officer_titles_replace_the_head_noun(head: str, field: str) -> None:
    entry = Entry(id="x", en=f"{head} of {field}", type="org", zh="某部")
    titles = _officer_titles(entry, ["Minister", "Vice Minister"])
    assert f"Minister of {field}" in titles
    assert f"Vice Minister of {field}" in titles
    assert f"{field} Minister" in titles
    assert f"Vice {field} Minister" in titles
    # never the body's own name: that is the body, not its officer
    assert f"{head} of {field}" not in titles


def test_central_military_commission_for_its_abbreviation_is_a_short_form(
    glossary: Path, zhgloss_exe: str, tmp_path: Path
) -> None:
    # U38-5 as filed: the source's 中央军委 (a word to jieba, a lower-case term to CC-CEDICT) is the body's short form;
    # since the forty-first session no guess either: its words' first characters (中央 + 军 + 委 of 中央 军事 委员会),
    # as Chinese shortens an official body's name (`check._abbreviates_by_words`), where it was a labelled variant.
    pairs = [
        (
            "中央军委副主席张又侠上将会见了外宾。",
            "General Zhang Youxia, vice chairman of the Central Military Commission, met the foreign guests.",
        ),
        ("中央军委主席签署命令。", "The chairman of the Central Military Commission signed the order."),
    ]
    assert check_lines(zhgloss_exe, glossary, tmp_path, pairs) == []


def test_people_spellings_are_one_name_for_lookup_and_annotate(glossary: Path, zhgloss_exe: str) -> None:
    # U38-4: lookup and annotate read the same spellings (the one place: forms.regional_spellings).
    for name in ("Uygur", "Xinjiang Uygur Autonomous Region", "Xinjiang Uyghur Autonomous Region"):
        done = subprocess.run([zhgloss_exe, "lookup", name, "--db", str(glossary)], capture_output=True, check=False)
        assert done.returncode == 0, (name, done.stderr)
    done = subprocess.run(
        [zhgloss_exe, "annotate", "-", "--db", str(glossary)],
        input=b"Uygur officials of the Xinjiang Uygur Autonomous Region attended.\n",
        capture_output=True,
        check=False,
    )
    assert done.stdout.decode() == (
        "Uygur (维吾尔族) officials of the Xinjiang Uygur Autonomous Region (新疆维吾尔自治区) attended.\n"
    )


_ROMANIZED = st.sampled_from([("Uygur", "Uyghur", "Uighur"), ("Kazak", "Kazakh"), ("Kirgiz", "Kyrgyz")])
_WORDS = st.lists(st.sampled_from(["Xinjiang", "Autonomous", "Region", "Prefecture", "Ili", "the"]), max_size=3)


@given(row=_ROMANIZED, before=_WORDS, after=_WORDS, pick=st.integers(min_value=0, max_value=2))
def test_people_spellings_give_the_row_and_nothing_else(
    row: tuple[str, ...], before: list[str], after: list[str], pick: int
) -> None:
    word = row[pick % len(row)]
    text = " ".join([*before, word, *after])
    spelt = regional_spellings(text)
    # each other romanization of the word, in the same place, the other words as they are
    assert {" ".join([*before, other, *after]) for other in row if other != word} <= set(spelt)
    assert all(len(s.split()) == len(text.split()) for s in spelt)
    assert text not in spelt
    # in capitals too
    assert " ".join([*before, word.upper(), *after]) not in regional_spellings(
        " ".join([*before, word.upper(), *after])
    )


_CHINESE = "〇一二三四五六七八九"
_ENGLISH = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
            "twentieth")  # fmt: skip


def _in_chinese(n: int) -> str:
    """n (1-29) in Chinese numerals as a session is written: 十, 十三, 二十, 二十一."""
    tens, unit = divmod(n, 10)
    return (_CHINESE[tens] if tens > 1 else "") + ("十" if tens else "") + (_CHINESE[unit] if unit else "")


def _in_english(n: int, words: bool) -> str:
    """n (1-29) as an English ordinal: "13th", "21st", or in words, "Thirteenth", "Twenty-first"."""
    if not words:
        return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
    return _ENGLISH[n - 1].capitalize() if n <= 20 else f"Twenty-{_ENGLISH[n - 21]}"


@given(n=st.integers(min_value=1, max_value=29), words=st.booleans(), first=st.booleans())
def test_a_session_and_its_ordinal_read_as_one_number(n: int, words: bool, first: bool) -> None:
    assert _session_number(("第" if first else "") + _in_chinese(n) + "届") == n
    ordinal = _in_english(n, words)
    found = _SESSION_ORDINAL_RE.search(fold_latin(f"the {ordinal} National People's Congress"))
    assert found is not None, ordinal
    assert _ordinal_number(found.group()) == n
