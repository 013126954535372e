"""Two given names of one person before the family name they share: the name is the first with the family name,
the other with it an alias (thirty-first session; the s30 blind draw: 斯宾诺莎 "Baruch or Benedict Spinoza
(1632-1677), rationalist philosopher" had en "Baruch").

Only where the second is a given name and the sense names a person: "Yao or Tang Yao" (two names, the second a
fuller one) and "Suzhou or Soochow University" (two spellings before a generic) are read as before.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "斯賓諾莎 斯宾诺莎 [Si1 bin1 nuo4 sha1] /Baruch or Benedict Spinoza (1632-1677), rationalist philosopher/\n"
    # Controls.
    "唐堯 唐尧 [Tang2 Yao2] /Yao or Tang Yao (c. 2200 BC), one of Five Legendary Emperors 五帝[wu3 di4], second son"
    " of Di Ku 帝嚳|帝喾[Di4 Ku4]/\n"
    "蘇州大學 苏州大学 [Su1 zhou1 Da4 xue2] /Suzhou or Soochow University (Suzhou, PRC since 1986)/\n"
)
# Lines of my own of the same shape (CC-CEDICT has one).
OWN = (
    "托爾斯泰 托尔斯泰 [Tuo1 er3 si1 tai4] /Lev or Leo Tolstoy (1828-1910), Russian novelist/\n"
    "伯努利 伯努利 [Bo2 nu3 li4] /Jakob or James Bernoulli (1655-1705), Swiss mathematician/\n"
)
ENTRIES = entries_by_form(REAL + OWN)


@pytest.mark.parametrize(
    ("zh", "en", "alias"),
    [
        ("斯宾诺莎", "Baruch Spinoza", "Benedict Spinoza"),
        ("托尔斯泰", "Lev Tolstoy", "Leo Tolstoy"),
        ("伯努利", "Jakob Bernoulli", "James Bernoulli"),
    ],
)
def test_two_given_names_share_the_family_name(zh: str, en: str, alias: str) -> None:
    entry = ENTRIES[zh]
    assert (entry.type, entry.en) == ("person", en), entry
    assert alias in entry.aliases, entry


def test_a_fuller_name_or_a_spelling_is_read_as_before() -> None:
    assert {ENTRIES["唐尧"].en, *ENTRIES["唐尧"].aliases} == {"Yao", "Tang Yao"}
    assert ENTRIES["苏州大学"].en == "Suzhou University"
    assert "Soochow University" in ENTRIES["苏州大学"].aliases
