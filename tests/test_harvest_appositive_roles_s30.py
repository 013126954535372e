"""harvest: a title written after a person's bracket, as an appositive, is the person's role (s30, Caixin and
Reuters copy of my own).

"Zhang Yiming (张一鸣), the founder of ByteDance, stepped down", "Dong Mingzhu (董明珠), the chairwoman of Gree
Electric, said": the name was harvested with no role, though the sentence says it in the words after the bracket,
as wire copy writes a person's title more often than before the name. The appositive's head (the word before "of",
"at", "for", "in") must be a title or an occupation; a past one goes to the note as a past role does.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("line", "zh", "role"),
    [
        ("Zhang Yiming (张一鸣), the founder of ByteDance, stepped down.", "张一鸣", "founder of ByteDance"),
        ("Bao Fan (包凡), the founder of China Renaissance, was detained.", "包凡", "founder of China Renaissance"),
        ("Dong Mingzhu (董明珠), the chairwoman of Gree Electric, said.", "董明珠", "chairwoman of Gree Electric"),
        ("Li Qiang (李强), China's premier, said growth would hold.", "李强", "China's premier"),
    ],
)
def test_an_appositive_title_is_the_role(line: str, zh: str, role: str) -> None:
    [found] = harvest(line, [])
    assert (found.entry.zh, [r.title for r in found.entry.roles], found.entry.type) == (zh, [role], "person")


def test_a_past_appositive_title_is_a_past_role() -> None:
    [found] = harvest("Jack Ma (马云), the former chairman of Alibaba, said.", [])
    assert found.entry.roles == ()
    assert "'former chairman of Alibaba', a past role" in (found.entry.note or "")


@pytest.mark.parametrize(
    "line",
    [
        "Wang Yi (王毅), the first foreign minister to visit, said.",
        "Zhong Nanshan (钟南山), a respiratory expert, said.",  # expert is no title
        "Huawei (华为), the telecoms giant, said.",
        "Lai Ching-te (Chinese: 賴清德; born 6 October 1959), also known as William Lai, is a Taiwanese politician.",
    ],
)
def test_other_words_after_a_bracket_are_no_role(line: str) -> None:
    [found] = harvest(line, [])
    assert found.entry.roles == ()


def test_a_title_before_the_name_wins() -> None:
    [found] = harvest("ByteDance founder Zhang Yiming (张一鸣), the company's former chief, said.", [])
    assert [r.title for r in found.entry.roles] == ["ByteDance founder"]
