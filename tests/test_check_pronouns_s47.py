"""`check` reads a personal pronoun as a later mention of a person the translation has already named (the review's
R46-9, session 47).

English names a person in full once and then writes "he" or "she" where Chinese repeats the name: article 003's own
English, "When Lei Jun announced … his new idol became Elon Musk … He not only replicated Musk's style", for a source
that writes 雷军 again, failed as `missing 雷军`. The rule: a person the translation has named before (in an earlier
segment of the document or earlier in the same one) may be rendered by a third-person singular personal pronoun (he,
she, him, her, his, hers, himself, herself); each pronoun renders one mention. A first mention must still name the
person, and nothing but a person is rendered so. The installed console script on real files; the bundled glossary.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from serving import zhgloss_exe

from zhgloss.check import _SegmentCheck
from zhgloss.formats.bilingual import Segment


def check(tmp_path: Path, source: list[str], translation: list[str]) -> subprocess.CompletedProcess[str]:
    zh, en = tmp_path / "t.zh", tmp_path / "t.en"
    zh.write_text("".join(f"{line}\n" for line in source), encoding="utf-8")
    en.write_text("".join(f"{line}\n" for line in translation), encoding="utf-8")
    return subprocess.run([zhgloss_exe(), "check", str(zh), str(en)], capture_output=True, text=True, check=False)


def test_the_articles_pronoun_after_the_full_name_passes(tmp_path: Path) -> None:
    done = check(
        tmp_path,
        [
            "雷军宣布小米进军汽车行业时，他的新偶像变成了特斯拉创始人马斯克。",
            "雷军还在小米发布会上复制了马斯克的风格。",
        ],
        [
            "When Lei Jun announced Xiaomi's foray into the automotive industry, his new idol became Elon Musk, the "
            "founder of Tesla.",
            "He not only replicated Musk's style at Xiaomi's launch events.",
        ],
    )
    assert (done.returncode, done.stdout) == (0, ""), done.stdout + done.stderr


@pytest.mark.parametrize("pronoun", ["he", "He", "HE", "his", "him", "himself"])
def test_a_pronoun_after_the_full_name_in_the_same_segment_passes(tmp_path: Path, pronoun: str) -> None:
    done = check(tmp_path, ["雷军表示，雷军还会继续努力。"], [f"Lei Jun said that {pronoun} would keep working hard."])
    assert (done.returncode, done.stdout) == (0, ""), done.stdout + done.stderr


def test_a_pronoun_before_any_full_name_is_still_missing(tmp_path: Path) -> None:
    done = check(tmp_path, ["雷军来了。"], ["He came."])
    assert done.stdout.startswith('1: missing 雷军: found nothing, expected "Lei Jun"'), done.stdout
    assert done.returncode == 1


def test_each_pronoun_renders_one_mention(tmp_path: Path) -> None:
    # Both people are named in the first segment; the second repeats both, and one pronoun renders only one.
    done = check(
        tmp_path,
        ["雷军和王翔出席了会议。", "雷军和王翔都发了言。"],
        ["Lei Jun and Wang Xiang attended the meeting.", "He spoke, as did the others."],
    )
    assert done.stdout.splitlines() == ['2: missing 王翔: found nothing, expected "Wang Xiang"'], done.stdout


def test_a_company_is_not_rendered_by_a_pronoun(tmp_path: Path) -> None:
    done = check(
        tmp_path,
        ["小米发布了新手机。", "小米表示销量很好。"],
        ["Xiaomi released a new phone.", "He said sales were good."],
    )
    assert done.stdout.startswith('2: missing 小米: found nothing, expected "Xiaomi"'), done.stdout


PRONOUNS = ["he", "she", "him", "her", "his", "hers", "himself", "herself"]


@given(
    pronoun=st.sampled_from(PRONOUNS),
    upper=st.lists(st.booleans(), min_size=7, max_size=7),
    before=st.sampled_from(["", "Then ", "“", "and, "]),
    after=st.sampled_from(["", " said.", "’s", "—", "."]),
)
def test_a_pronoun_is_found_in_any_case_and_between_any_marks(
    pronoun: str, upper: list[bool], before: str, after: str
) -> None:
    written = "".join(c.upper() if up else c for c, up in zip(pronoun, upper, strict=False))
    text = before + written + after
    state = _SegmentCheck(Segment(1, "雷军", text), [])
    assert state.find_pronoun() == (len(before), len(before) + len(written))


@given(word=st.sampled_from(["There", "Shell", "Heath", "Herald", "Hiss", "Chester", "Ashe", "hershey", "Sheikh"]))
def test_a_word_that_holds_a_pronoun_is_none(word: str) -> None:
    assert _SegmentCheck(Segment(1, "雷军", f"{word} came."), []).find_pronoun() is None
