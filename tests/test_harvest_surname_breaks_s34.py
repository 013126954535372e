"""harvest: a name whose surname is also a preposition (向, 于) before a word the dictionaries list (东丽, 东来) is the
whole name where the English spells it in pinyin (s34; found by hypothesis in tests/test_harvest.py: "The manager
Xiàng Dōnglì (向东丽) said." gave 东丽, the bracket cut after 向 read as "towards", as 出生于河内 is cut to 河内).
Yu Donglai (于东来) is the founder of the Pang Dong Lai chain. On the parent 97238cf, 2 of this file's 4 tests fail.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("line", "zh", "en"),
    [
        ("The manager Xiàng Dōnglì (向东丽) said.", "向东丽", "Xiàng Dōnglì"),
        ("Pang Dong Lai founder Yu Donglai (于东来) said the stores would stay open.", "于东来", "Yu Donglai"),
    ],
)
def test_a_surname_that_is_also_a_preposition_is_the_names(line: str, zh: str, en: str) -> None:
    (proposal,) = harvest(line, [])
    assert (proposal.zh, proposal.en, proposal.entry.type) == (zh, en, "person")


@pytest.mark.parametrize(
    ("line", "zh"),
    [("He was born in Hanoi (出生于河内) in 1950.", "河内"), ("Toray (东丽) said profits rose.", "东丽")],
)
def test_the_words_before_a_listed_name_the_english_does_not_spell_are_cut(line: str, zh: str) -> None:
    (proposal,) = harvest(line, [])
    assert proposal.zh == zh
