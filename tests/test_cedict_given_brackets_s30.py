"""A bracket before a family name that gives the person's given name: the English is the full name, a person
(thirtieth session; the tester's T8 and T17: 克里斯托弗 "(Warren) Christopher" was `name` "Christopher", 拉莫斯
"(Philippine President Fidel) Ramos" `name` "Ramos").

The family name alone is an alias; an office or a title in the bracket is no part of the given name. Not a label
("(Tw) Italy"), nor a people's or a faith's adjective ("(American) Indian", "(Protestant) Reformation").
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "克里斯托弗 克里斯托弗 [Ke4 li3 si1 tuo1 fu2] /(Warren) Christopher/\n"
    "巴爾舍夫斯基 巴尔舍夫斯基 [Ba1 er3 she3 fu1 si1 ji1] /(Charlene) Barshefsky, US trade negotiator/\n"
    "拉莫斯 拉莫斯 [La1 mo4 si1] /(Philippine President Fidel) Ramos/\n"
    "韋爾弗雷茲 韦尔弗雷兹 [Wei2 er3 fu2 lei2 zi1] /(George) Wehrfritz (Beijing bureau chief of Newsweek)/\n"
    "西哈努克 西哈努克 [Xi1 ha1 nu3 ke4] /(King) Sihanouk (of Cambodia)/\n"
    # Controls.
    "印第安 印第安 [Yin4 di4 an1] /(American) Indian/native American/indigenous peoples of the Americas/\n"
    "宗教改革 宗教改革 [Zong1 jiao4 Gai3 ge2] /(Protestant) Reformation/\n"
)
# Lines of my own of the same shapes.
OWN = (
    "柯蒂斯 柯蒂斯 [Ke1 di4 si1] /(Tony) Curtis, US actor/\n"
    "桑托斯 桑托斯 [Sang1 tuo1 si1] /(Colombian President Juan Manuel) Santos/\n"
)
ENTRIES = entries_by_form(REAL + OWN)


@pytest.mark.parametrize(
    ("zh", "en", "family"),
    [
        ("克里斯托弗", "Warren Christopher", "Christopher"),
        ("巴尔舍夫斯基", "Charlene Barshefsky", "Barshefsky"),
        ("拉莫斯", "Fidel Ramos", "Ramos"),
        ("韦尔弗雷兹", "George Wehrfritz", "Wehrfritz"),
        ("柯蒂斯", "Tony Curtis", "Curtis"),
        ("桑托斯", "Juan Manuel Santos", "Santos"),
    ],
)
def test_the_given_name_in_the_bracket_is_the_persons(zh: str, en: str, family: str) -> None:
    entry = ENTRIES[zh]
    assert (entry.type, entry.en) == ("person", en), entry
    assert family in entry.aliases, entry


def test_a_title_alone_makes_a_person() -> None:
    assert ENTRIES["西哈努克"].type == "person"
    assert ENTRIES["西哈努克"].en.endswith("Sihanouk")


# (s32: the adjective is a word of the full name, "American Indian", "Protestant Reformation"; was the name alone)
@pytest.mark.parametrize(("zh", "en"), [("印第安", "American Indian"), ("宗教改革", "Protestant Reformation")])
def test_a_peoples_or_faiths_adjective_is_no_given_name(zh: str, en: str) -> None:
    assert ENTRIES[zh].en == en
    assert ENTRIES[zh].type != "person"
