"""zhgloss.adopted, the one rule for adopted names (s34): a surname spelt the person's own way, and harvest's titles
read by the same rule as the tables'.

- U33-16: "Terry Gou Tai-ming (郭台銘)" was kept whole, pinyin run together ("Guōtáimíng"), and `check` then called
  "Terry Gou", as every paper writes him, a variant. Gou is no spelling of 郭 the tables hold (Guo, Kuo, Kwok), but
  the shape says it: an English given name, a surname, the given name hyphenated, a part for each character after
  the surname. It is "Terry Gou", "Terry Gou Tai-ming" and "Gou Tai-ming" its aliases, pinyin Guō Táimíng.
- Brief item 5: harvest kept its own copy of `chinese_order_parts` with its own title words, so "Dame Lee Ka-chiu"
  was "Dame Lee" in harvest and itself in the table readers. Harvest now calls adopted's, with its title words.
On the parent 7cf3255, 5 of this file's 9 tests fail.
"""

from __future__ import annotations

import pytest

from zhgloss import adopted, harvest


@pytest.mark.parametrize(
    ("zh", "en", "short"),
    [
        ("郭台铭", "Terry Gou Tai-ming", ("Terry Gou", ("Terry Gou Tai-ming", "Gou Tai-ming"))),
        ("林百里", "Barry Lam Pak-li", ("Barry Lam", ("Barry Lam Pak-li", "Lam Pak-li"))),  # Lam: a table spelling
        ("郭台铭", "Gou Tai-ming", ("Gou Tai-ming", ())),  # no adopted name: nothing to shorten
        ("郭台铭", "Dr Gou Tai-ming", ("Dr Gou Tai-ming", ())),  # an honorific is no adopted name
        ("勒庞", "Marine Le Pen", ("Marine Le Pen", ())),  # no hyphenated given name
    ],
)
def test_an_adopted_name_before_a_surname_spelt_the_persons_way(
    zh: str, en: str, short: tuple[str, tuple[str, ...]]
) -> None:
    assert adopted.short_form(zh, en) == short


def test_harvest_reads_the_own_spelling_and_spaces_the_pinyin() -> None:
    line = "Terry Gou Tai-ming (Chinese: 郭台銘; born 18 October 1950) is a Taiwanese businessman."
    (proposal,) = harvest.harvest(line, [])
    entry = proposal.entry
    assert (proposal.zh, entry.en, entry.type, entry.pinyin) == ("郭台铭", "Terry Gou", "person", "Guō Táimíng")
    assert "Terry Gou Tai-ming" in entry.aliases


@pytest.mark.parametrize("honorific", ["Dame", "Lord", "Miss"])
def test_harvest_reads_an_honorific_as_adopted_reads_it(honorific: str) -> None:
    en = f"{honorific} Lee Ka-chiu"
    assert harvest.chinese_order_parts("李家超", en, any_given=True) is None
