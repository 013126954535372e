"""harvest: the letters Xinhua's transliteration tables leave unwritten cost little in `transliteration_cost` (s42).

Found by the s41 lead: 德国总理默茨（Friedrich Merz） was told "a translation or another romanization, check it",
where 卢比奥 "Marco Rubio" is told "a transliteration, the English is the name's own spelling". Merz cost 0.55 a letter
against a bar of 0.5: its r and the Chinese's silence about it cost a whole letter. The tables Xinhua writes
foreign names by (新华社译名室,《英语姓名译名手册》,《德语姓名译名手册》) write no r after a vowel at a syllable's
end (Ford 福特, Carter 卡特), one character for ts/tz/ds (Roberts 罗伯茨, Hertz 赫茨) and x or sh for German
sch (Schulz 舒尔茨).
Over CC-CEDICT's 4,093 two-to-four-character headwords whose English is one capitalised word, 64 came within the bar
(Ford, Harvard, Jordan, Leeds, Metz, Pittsburgh, Portsmouth, Ratzinger, Reuters, Salzburg, Warsaw ...), none left it.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.harvest import TRANSLITERATION_COST, harvest, transliteration_cost

# Each was above the bar before this change (0.51 to 0.66 a letter).
TRANSLITERATED = [
    ("默茨", "Merz"),  # Friedrich Merz, Xinhua's 默茨
    ("福特", "Ford"),
    ("罗伯茨", "Roberts"),
    ("赫茨", "Hertz"),
    ("爱德华兹", "Edwards"),
    ("梅斯", "Metz"),
    ("拉青格", "Ratzinger"),
    ("萨尔茨堡", "Salzburg"),
    ("朴次茅斯", "Portsmouth"),
    ("哈佛", "Harvard"),
    ("席勒", "Schiller"),
]


@pytest.mark.parametrize(("zh", "word"), TRANSLITERATED)
def test_a_transliteration_writing_no_r_or_t_is_within_the_bar(zh: str, word: str) -> None:
    assert transliteration_cost(zh, word) <= TRANSLITERATION_COST


@pytest.mark.parametrize(
    ("zh", "word"),
    [("金山", "Kingsoft"), ("微软", "Microsoft"), ("苹果", "Apple"), ("长城", "Greatwall"), ("故宫", "Palace")],
)
def test_a_translation_stays_beyond_the_bar(zh: str, word: str) -> None:
    assert transliteration_cost(zh, word) > TRANSLITERATION_COST


_PINYIN_NAMES = st.sampled_from(["默茨", "福特", "卡特", "特朗普", "普京", "马斯克", "布林肯", "斯塔默", "罗利"])
_VOWEL_ENDED = st.from_regex(r"[a-z]{0,4}[aeiou]", fullmatch=True)
# v and y are vowels to the reckoning (pinyin's ü and i), so no tail starts with them.
_CONSONANT_LED = st.from_regex(r"[bcdfgklmnpstz][a-z]{0,4}", fullmatch=True)


@given(_PINYIN_NAMES, _VOWEL_ENDED, _CONSONANT_LED)
def test_an_r_after_a_vowel_costs_at_most_its_own_small_price(zh: str, head: str, tail: str) -> None:
    """Any reading of head+tail is one of head+r+tail with the r left out: the whole may grow by 0.3, no more."""
    plain, with_r = head + tail, head + "r" + tail
    assert transliteration_cost(zh, with_r) * len(with_r) <= transliteration_cost(zh, plain) * len(plain) + 0.3 + 1e-9


@given(
    _PINYIN_NAMES, st.from_regex(r"[a-z]{0,4}[abcefghijklmnopqruvwxyz]", fullmatch=True), st.sampled_from(["s", "z"])
)
def test_the_t_of_ts_costs_at_most_its_own_small_price(zh: str, head: str, affricate: str) -> None:
    """A head ending in t or d would lose its own small price to the inserted t, so none does."""
    plain, with_t = head + affricate, head + "t" + affricate
    assert transliteration_cost(zh, with_t) * len(with_t) <= transliteration_cost(zh, plain) * len(plain) + 0.3 + 1e-9


@pytest.mark.parametrize(
    ("text", "zh"),
    [
        ("德国总理默茨（Friedrich Merz）访华。", "默茨"),
        ("德国总理默茨（Merz）表示。", "默茨"),
        ("美国前总统福特（Gerald Ford）", "福特"),
        ("澳大利亚前总理霍克（Bob Hawke）", "霍克"),
    ],
)
def test_harvest_calls_such_a_name_a_transliteration(text: str, zh: str) -> None:
    (proposal,) = [p for p in harvest(text, []) if p.zh == zh]
    assert "a transliteration, the English is the name's own spelling" in proposal.explanation


def test_the_console_script_says_so_too(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "empty.json"
    subprocess.run([zhgloss_exe, "init", str(db), "--empty"], check=True, capture_output=True)
    done = subprocess.run(
        [zhgloss_exe, "harvest", "-", "--db", str(db)],
        input="德国总理默茨（Friedrich Merz）访华。\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "默茨 Friedrich Merz" in done.stdout
    assert "a transliteration, the English is the name's own spelling" in done.stdout
