"""In English copy a language's or a people's adjective is not glossed as the language or the person (R35-imp-1).

The thirty-fifth session's CC-CEDICT import names a language and a people by the adjective a translator writes
(日语 en "Japanese", alias "Japanese language"; 俄国人 "Russian", alias "Russian person"), so that check passes
"German" for 德语. annotate then glossed English copy's adjectives as those entries: "met Japanese (日语) and Russian
(俄国人) envoys". An adjective there is the country's, or nothing: a one-word form that, with "language", "person",
"people" …, is another of its entry's English forms is not glossed in English text (`zhgloss.glossable`); the
entry's other forms are, and so is its Chinese in Chinese text. The entries are shaped as the import writes them.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.glossable import are_glossable, is_glossable
from zhgloss.model import Entry

ENTRIES = [
    Entry(id="riyu", type="name", zh="日语", en="Japanese", aliases=("Japanese language",)),
    Entry(id="eguoren", type="name", zh="俄国人", en="Russian", aliases=("Russian person",)),
    Entry(id="deyu", type="name", zh="德语", en="German", aliases=("German language",)),
    Entry(id="hanzu", type="name", zh="汉族", en="Han", aliases=("Han ethnic group", "Han Chinese")),
    Entry(id="deguo", type="place", zh="德国", en="Germany"),
    Entry(id="riben", type="place", zh="日本", en="Japan"),
    # not a kind's adjective: a place whose alias ends so by chance is still glossed by its name
    Entry(id="nowhere", type="place", zh="某地", en="Babel", aliases=("Babel script",)),
]
ANNOTATOR = Annotator(ENTRIES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # imp's repro
        ("German Chancellor Merkel met Japanese and Russian envoys.", []),
        # my own
        ("Japan said its Japanese partners would invest in Germany.", ["Japan", "Germany"]),
        ("He speaks the Japanese language and reads German.", ["Japanese language"]),
        ("Han Chinese make up most of the population.", ["Han Chinese"]),
        ("他会说日语和德语，是俄国人。", ["日语", "德语", "俄国人"]),
        ("The tower of Babel was built in Babel script.", ["Babel", "Babel script"]),
    ],
)
def test_a_kinds_adjective_is_no_gloss_in_english_text(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


def test_the_column_rule_and_the_entry_rule_agree() -> None:
    numbers, forms = [], []
    for n, entry in enumerate(ENTRIES):
        for form in (*entry.zh_forms, entry.en, *entry.aliases):
            numbers.append(n)
            forms.append(form)
    assert are_glossable(ENTRIES, numbers, forms) == [
        is_glossable(ENTRIES[n], form) for n, form in zip(numbers, forms, strict=True)
    ]
