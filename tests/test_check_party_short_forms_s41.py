"""`zhgloss check`: the Party's and the state's bodies by the short names Xinhua's Chinese writes and its English
renders (issue 9; rel, forty-first session; the fortieth session's left-alone warnings).

- 中共 rendered "CPC" before the translation names the Party in full drew `variant … the initials of 'Communist Party
  of China'`. Xinhua and english.www.gov.cn write "CPC" with no full name before it ("Xi Jinping, general secretary
  of the CPC Central Committee"; "The CPC was founded in 1921"): where the source writes a name by a Chinese form
  shorter than its name (中共 of 中国共产党), the translation's initials mirror the source's short form, no variant
  (`check._written_short`). The source's full name rendered by initials before the full English is still one.
- 中央纪委 rendered "Central Commission for Discipline Inspection" (the CCDI's own English, ccdi.gov.cn; Xinhua's
  "the 20th CPC Central Commission for Discipline Inspection") drew `variant … may be a short form of
  中共中央纪律检查委员会`.
  A short form made of its name's words' first characters (中央 + 纪 + 委; 中央军委 of 中央军事委员会, 北大 of 北京大学;
  the words are the entry's pinyin's) is the way Chinese shortens an official body's name: no guess
  (`check._abbreviates_by_words`). Another shape (欧洲央行: 央 ends 中央) is still labelled a guess.

The glossary: real CC-CEDICT lines (tests/data/cedict_check_officials_s41.u8) imported by the installed script.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.check import _from_word_starts

glossary = glossary_fixture("cedict_check_officials_s41.u8")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("中共成立于1921年。", "The CPC was founded in 1921."),
        ("中共發表聲明。", "The CPC issued a statement."),
        (
            "二十届中央纪委四次全会在北京举行。",
            "The fourth plenary session of the 20th CPC Central Commission for Discipline Inspection was held in"
            " Beijing.",
        ),
        ("中央纪委发布通报。", "The Central Commission for Discipline Inspection issued a circular."),
        ("中央紀委發布通報。", "The Central Commission for Discipline Inspection issued a circular."),
        ("中央军委召开会议。", "The Central Military Commission held a meeting."),
        ("中共中央总书记习近平发表重要讲话。", "Xi Jinping, general secretary of the CPC Central Committee, spoke."),
    ],
)
def test_xinhuas_english_for_the_short_names_passes_clean(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == []


@pytest.mark.parametrize(
    ("source", "target", "said"),
    [
        # a full name by its initials before the translation names it: still the initials' variant (not a country's
        # short form news style writes, "UK" for 英国, which passes since the forty-second session)
        ("欧洲中央银行宣布加息。", "The ECB raised rates.", '1: variant 欧洲中央银行: found "ECB"'),
        # a short form of another shape is still a guess
        ("欧洲央行宣布加息。", "The European Central Bank raised rates.", "which may be a short form of 欧洲中央银行"),
    ],
)
def test_other_shapes_still_warn(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str, said: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert any(said in line and line.startswith("1: variant ") for line in lines), lines


_HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x4E40)


@given(
    words=st.lists(st.text(_HAN, min_size=1, max_size=4), min_size=2, max_size=6),
    picks=st.lists(st.integers(min_value=0, max_value=4), min_size=6, max_size=6),
)
def test_runs_of_word_starts_are_read(words: list[str], picks: list[int]) -> None:
    # a run of each word's first characters (none of some), from two words or more, is read as such
    kept = [word[: min(n, len(word))] for word, n in zip(words, picks, strict=False)]
    run = "".join(kept)
    if sum(1 for k in kept if k) >= 2:
        assert _from_word_starts(words, run) >= 2
    # a character no word holds is never read
    assert _from_word_starts(words, run + "\u9fa0") == 0
