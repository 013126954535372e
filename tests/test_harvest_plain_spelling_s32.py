"""harvest: a name the glossary keeps with its own character is known when the text writes it the plain way (s32,
U30-47's harvest half).

王汎森 (Wang Fan-sen) keeps 汎, which OpenCC's t2s and much mainland copy write 泛: "Historian Wang Fan-sen (王泛森)"
was a conflict with the stored 王汎森, "the glossary gives 'Wang Fan-sen' as 王汎森", while lookup and import find the
entry by that spelling (`convert.plain_spelling`, store's index). harvest matches as they do.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest
from zhgloss.model import Entry


@pytest.mark.parametrize(
    ("stored", "en", "line"),
    [
        ("王汎森", "Wang Fan-sen", "Historian Wang Fan-sen (王泛森) spoke at Academia Sinica."),
        ("郭崑焘", "Guo Kuntao", "The Qing official Guo Kuntao (郭昆焘) wrote the memorial."),
    ],
)
def test_the_plain_spelling_of_a_kept_name_is_known(stored: str, en: str, line: str) -> None:
    entry = Entry(id="x", zh=stored, en=en, type="person", en_adopted=True)
    proposal = next(p for p in harvest(line, [entry]) if p.kind == "name")
    assert (proposal.status, proposal.existing) == ("known", entry)
