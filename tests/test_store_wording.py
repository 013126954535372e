"""A word and a name written alike are two entries: one Chinese form is owned once as a name and once as wording.

CC-CEDICT's 成功 is 成功 "success" and 成功 the town in Taiwan, 孙子 "grandson" and Sun Tzu, 汉堡 "hamburger" and
Hamburg (`zhgloss.store.zh_key`). Two names, or two terms, of one form still conflict.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from zhgloss.errors import DuplicateEntryError
from zhgloss.model import Entry
from zhgloss.store import Glossary

SUCCESS = Entry(id="chenggong-term", type="term", zh="成功", pinyin="chéng gōng", en="success", aliases=("to succeed",))
TOWN = Entry(
    id="chenggong", type="place", zh="成功", pinyin="Chénggōng", en="Chenggong", note="town in Taitung County, Taiwan"
)
GRANDSON = Entry(id="sunzi-term", type="term", zh="孙子", pinyin="sūn zi", en="grandson", aliases=("son's son",))
SUN_TZU = Entry(id="sun-tzu", type="person", zh="孙子", zh_hant="孫子", pinyin="Sūnzǐ", en="Sun Tzu")


@pytest.fixture(params=["memory", "file"])
def glossary(request: pytest.FixtureRequest, tmp_path: Path) -> Glossary:
    return Glossary() if request.param == "memory" else Glossary.open(tmp_path / "g.json", must_exist=False)


@pytest.mark.parametrize("order", [(SUCCESS, TOWN, GRANDSON, SUN_TZU), (SUN_TZU, TOWN, GRANDSON, SUCCESS)])
def test_a_word_and_a_name_of_one_form_are_both_added(glossary: Glossary, order: tuple[Entry, ...]) -> None:
    with glossary:
        report = glossary.add_all(order)
        assert report.added == [entry.id for entry in order]
        assert not report.conflicts
        # The name is the answer to its characters (find), the word the answer to its English.
        assert glossary.find("成功") == TOWN
        assert glossary.find("孙子") == SUN_TZU
        assert [hit.entry for hit in glossary.lookup("成功")] == [TOWN, SUCCESS]
        assert glossary.find("success") == SUCCESS


def test_add_takes_the_word_beside_the_name(glossary: Glossary) -> None:
    with glossary:
        glossary.add(TOWN)
        glossary.add(SUCCESS)
        assert sorted(entry.id for entry in glossary.iter_entries()) == ["chenggong", "chenggong-term"]


@pytest.mark.parametrize(
    "second",
    [
        Entry(id="chenggong-2", type="person", zh="成功", en="Cheng Gong"),  # a name beside a name
        Entry(id="chenggong-name", type="name", zh="成功", en="Chenggong Township"),
    ],
)
def test_two_names_of_one_form_still_conflict(glossary: Glossary, second: Entry) -> None:
    with glossary:
        glossary.add(TOWN)
        with pytest.raises(DuplicateEntryError):
            glossary.add(second)
        with pytest.raises(DuplicateEntryError):
            glossary.add_all([second])
        report = glossary.add_all([second], on_conflict="skip")
        assert report.conflicts == ["chenggong"]
        assert [entry.id for entry in glossary.iter_entries()] == ["chenggong"]


def test_two_words_of_one_form_still_conflict(glossary: Glossary) -> None:
    with glossary:
        glossary.add(SUCCESS)
        other = Entry(id="chenggong-phrase", type="phrase", zh="成功", en="achieve success")
        with pytest.raises(DuplicateEntryError):
            glossary.add(other)
        report = glossary.add_all([other], on_conflict="replace")  # the stored word's id, replaced
        assert report.updated == ["chenggong-term"]
        assert glossary.find("成功") == other.replace(id="chenggong-term")


def test_an_incoming_word_updates_the_stored_word_not_the_name(glossary: Glossary) -> None:
    with glossary:
        glossary.add_all([TOWN, SUCCESS])
        changed = SUCCESS.replace(id="some-new-id", aliases=("to succeed", "to be successful"))
        report = glossary.add_all([changed], on_conflict="replace")
        assert report.updated == ["chenggong-term"]
        assert {entry.id: entry for entry in glossary.iter_entries()}["chenggong"] == TOWN


def test_update_refuses_a_word_retyped_as_a_name_the_form_already_has(glossary: Glossary) -> None:
    with glossary:
        glossary.add_all([TOWN, SUCCESS])
        with pytest.raises(DuplicateEntryError):
            glossary.update(SUCCESS.replace(type="place"))
        glossary.update(SUCCESS.replace(aliases=()))  # still a word: its own
        assert {entry.id: entry for entry in glossary.iter_entries()}["chenggong-term"].aliases == ()
