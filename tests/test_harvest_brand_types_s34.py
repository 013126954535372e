"""harvest: a brand whose English starts with the pinyin of its first characters and ends in a common noun is no
person (s34, U33-26's extra: 农夫山泉（Nongfu Spring） was typed `person`, as if Nongfu were a surname and Spring an
adopted name; 万达影城（Wanda Cinemas） too). An adopted name beside a real surname stays a person (Jack Ma, Pony Ma),
and so does an English given name beside a surname spelt the person's own way (郭鹤年（Robert Kuok）, U33-5: typed
`name`, no pinyin). On the parent 1e3738f, 5 of this file's 9 tests fail.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("line", "zh", "en"),
    [
        ("农夫山泉（Nongfu Spring）发布年报。", "农夫山泉", "Nongfu Spring"),
        ("万达影城（Wanda Cinemas）开业。", "万达影城", "Wanda Cinemas"),
        ("Nongfu Spring (农夫山泉) reported higher sales.", "农夫山泉", "Nongfu Spring"),
        ("Wanda Cinemas (万达影城) opened ten screens.", "万达影城", "Wanda Cinemas"),
    ],
)
def test_a_brand_with_a_common_noun_is_no_person(line: str, zh: str, en: str) -> None:
    (proposal,) = harvest(line, [])
    assert (proposal.zh, proposal.en) == (zh, en)
    assert proposal.entry.type != "person"


@pytest.mark.parametrize(
    ("line", "zh"),
    [
        ("Alibaba founder Jack Ma (马云) spoke.", "马云"),
        ("马化腾（Pony Ma）表示。", "马化腾"),
        ("Richard Liu (刘强东) spoke.", "刘强东"),
    ],
)
def test_an_adopted_name_beside_a_surname_is_a_person(line: str, zh: str) -> None:
    (proposal,) = harvest(line, [])
    assert (proposal.zh, proposal.entry.type) == (zh, "person")


@pytest.mark.parametrize(
    ("line", "zh", "en", "pinyin"),
    [
        ("郭鹤年（Robert Kuok）出席了开幕式。", "郭鹤年", "Robert Kuok", "Guō Hènián"),
        ("郭台铭（Terry Gou）宣布参选。", "郭台铭", "Terry Gou", "Guō Táimíng"),
    ],
)
def test_an_english_given_name_and_the_persons_own_surname_spelling_is_a_person(
    line: str, zh: str, en: str, pinyin: str
) -> None:
    # U33-5's typing half: Kuok and Gou are no spellings of 郭 the tables hold; the shape says a person.
    (proposal,) = harvest(line, [])
    assert (proposal.zh, proposal.en, proposal.entry.type, proposal.entry.pinyin) == (zh, en, "person", pinyin)
