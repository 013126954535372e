"""Another entry's English is a pair's only if written in the same words (harvest; the s25 user's note on 王毅).

"Wang Yi (王毅) said." was a conflict in every harvest against the bundled glossary: "the glossary gives 'Wang Yi'
as 网易 (netease)". NetEase's alias is "Wangyi", one word; the keys fold spaces away, so China's foreign minister
met the company. A form of another entry is the pair's English where its words are the pair's: "Lei Jun (雷君)"
still conflicts with 雷军 "Lei Jun"; the entry's own Chinese with a joined spelling is still known.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest
from zhgloss.model import Entry
from zhgloss.store import Glossary, bundled_path


@pytest.fixture(scope="module")
def bundled() -> list[Entry]:
    with Glossary.open(bundled_path(), read_only=True) as glossary:
        return list(glossary.iter_entries())


@pytest.mark.parametrize(
    ("text", "status", "existing"),
    [
        ("Wang Yi (王毅) said.", "new", None),  # NetEase's "Wangyi" is another name
        ("Foreign Minister Wang Yi (王毅) met his counterpart.", "new", None),
        ("Wangyi (网易) rose.", "known", "netease"),  # the entry's own Chinese: its alias, known
        ("Wang Yi (网易) rose.", "known", "netease"),  # its own Chinese, spaced otherwise: known still
        # The same words for other characters of the same pinyin: a namesake, a new person (s38, U38-20: the
        # conflict's advice merged two people), the proposal naming 雷军 in case the text miswrites it.
        ("Lei Jun (雷君) said.", "new", None),
    ],
)
def test_another_entrys_english_is_the_pairs_only_in_the_same_words(
    bundled: list[Entry], text: str, status: str, existing: str | None
) -> None:
    (proposal,) = harvest(text, bundled)
    assert proposal.status == status, proposal.explanation
    assert (proposal.existing.id if proposal.existing else None) == existing
