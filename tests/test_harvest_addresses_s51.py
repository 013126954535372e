"""harvest: a surname and a form of address is no name, whichever side the English is on (B50-16, the fifty-first
session).

The fiftieth session's tester found 张老师（Teacher Zhang） and 马老师（Teacher Ma） proposed as persons whose English
is "Teacher Zhang" ("an adopted Western name: only the surname Zhang follows the pinyin"), and `--add` stored them;
陈医生（Dr. Chen） was passed over only because "Dr." is an honorific the English drops. The copy addresses a person
already named by the surname and an occupation or kin word (称谓: 老师, 医生, 律师, 师傅, 阿姨 …), as by a post
(李主任, which the thirty-ninth session's rule passed over): the Chinese writes no given name, so neither "Teacher
Zhang" nor a full name "Zhang Wei" is an entry's English for it. The English-first shape ("Li Ming (李主任)",
"Teacher Zhang (张老师)") was not read by that rule at all and is now.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.harvest import harvest


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(p.entry.zh, p.entry.en) for p in harvest(text, [])]


@pytest.mark.parametrize(
    "text",
    [
        "张老师（Teacher Zhang）说，学生们要好好学习。",
        "马老师（Teacher Ma）在课上讲了历史。",
        "王律师（Lawyer Wang）表示将提起上诉。",
        "李师傅（Master Li）说。",
        "刘阿姨（Auntie Liu）说。",
        "陈医生（Doctor Chen）表示病人已脱离危险。",
        "赵同学（Zhao）说。",
        "欧阳老师（Teacher Ouyang）说。",
        # the English a full name the Chinese does not write
        "张老师（Zhang Wei）说。",
        # English first
        "Teacher Zhang (张老师) said the students must study.",
        "Doctor Chen (陈医生) said the patient was stable.",
        "Li Ming (李主任) said the project was on track.",
        "Wang Qiang (王经理) said.",
        # an address in pinyin is no brand for spelling the Chinese whole (the tester's B51-14)
        "Our nanny, Zhang Ayi (张阿姨), cooks every day.",
        "The taxi driver, Li Shifu (李师傅), knew the way.",
        "Students call her Wang Laoshi (王老师).",
        "保姆张阿姨（Zhang Ayi）每天做饭。",
        "The property company's Master Liu (刘师傅) checks the lifts.",
        # a kin word after the surname is never cut to leave a name the text does not write (B51-19: 陈大 "Chen Dage")
        "Chen Dage (陈大哥) runs the noodle stall.",
        "Li Dajie (李大姐) runs a noodle shop.",
        "Wang Dashu (王大叔) fixed the bike.",
        # kin words and more occupations (the tester's B51-4)
        "李奶奶（Granny Li）说。",
        "张爷爷（Grandpa Zhang）说。",
        "Grandpa Zhang (张爷爷) said.",
        "王姐（Sister Wang）说。",
        "陈哥（Brother Chen）说。",
        "张主编（Editor Zhang）说。",
        "赵司机（Driver Zhao）说。",
        "趙伯伯（Uncle Zhao）說。",
        # traditional characters, English first (B51-6): the lists are simplified, the bracket need not be
        "Teacher Zhang (張老師) said.",
        "Teacher Chan (陳老師) said.",
        "Wong Ka-ming (黃老師) said.",
        "Master Zhao (趙師傅) said.",
    ],
)
def test_a_surname_and_a_form_of_address_is_no_name(text: str) -> None:
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a full name before the same words keeps its pair, the word no part of it
        ("王小明老师（Wang Xiaoming）说。", ("王小明", "Wang Xiaoming")),
        ("张文宏医生（Zhang Wenhong）表示。", ("张文宏", "Zhang Wenhong")),
        ("张伟律师（Zhang Wei）说。", ("张伟", "Zhang Wei")),
        # a name, English first, whatever its given name
        ("Lei Jun (雷军) said.", ("雷军", "Lei Jun")),
        ("Jack Ma (马云) spoke.", ("马云", "Jack Ma")),
        # English first, the address or title after the name is no part of it (B51-4), in either script
        ("Wang Xiaoming (王小明老师) said.", ("王小明", "Wang Xiaoming")),
        ("Chen Jing (陈静医生) said.", ("陈静", "Chen Jing")),
        ("Li Ming (李明主任) said.", ("李明", "Li Ming")),
        ("Chen Jing (陳靜醫生) said.", ("陈静", "Chen Jing")),
        # a title after the name, its own first words too, whatever the romanisation (the tester's B51-18)
        ("Xi Jinping (习近平总书记) chaired the meeting.", ("习近平", "Xi Jinping")),
        ("Lai Ching-te (賴清德總統) visited the base.", ("赖清德", "Lai Ching-te")),
        ("Kim Jong Un (金正恩委员长) inspected the factory.", ("金正恩", "Kim Jong Un")),
        ("Jack Ma (马云先生) spoke.", ("马云", "Jack Ma")),
        # a given name that happens to be a character of an address word is a given name (老 alone, 师 alone)
        ("Zhang Shi (张师) said.", ("张师", "Zhang Shi")),
    ],
)
def test_a_full_name_keeps_its_pair(text: str, expected: tuple[str, str]) -> None:
    assert _pairs(text) == [expected]


def test_the_address_is_said_as_passed_over_english_first() -> None:
    passed_over: list[tuple[int, str]] = []
    assert harvest("Intro\nTeacher Zhang (张老师) said.", [], passed_over=passed_over) == []
    assert passed_over == [(2, "(张老师)")]


_SURNAMES = st.sampled_from(["张", "王", "李", "刘", "陈", "杨", "赵", "黄", "周", "吴", "欧阳", "司马"])
_ADDRESSES = st.sampled_from(["老师", "医生", "律师", "师傅", "阿姨", "同学", "老板", "警官", "校长", "经理"])
_ENGLISH = st.sampled_from(["Teacher", "Doctor", "Lawyer", "Master", "Auntie", "Boss", "Officer", "Mr", "Ms"])


@given(_SURNAMES, _ADDRESSES, _ENGLISH, st.booleans())
def test_no_address_is_ever_proposed(surname: str, address: str, title: str, english_first: bool) -> None:
    # The English is the title and the surname's pinyin, as copy translates an address; the shape either way.
    from pypinyin import Style, lazy_pinyin

    spelt = "".join(lazy_pinyin(surname, style=Style.NORMAL)).capitalize()
    zh = surname + address
    text = f"{title} {spelt} ({zh}) said." if english_first else f"{zh}（{title} {spelt}）说。"
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a brand named as a person addressed: the words before say what kind of firm it is (the tester's B51-13)
        ("方便面巨头康师傅（Master Kong）公布了年度业绩。", ("康师傅", "Master Kong")),
        ("Tingyi's instant-noodle brand Master Kong (康师傅) raised prices.", ("康师傅", "Master Kong")),
        ("Fresh-food chain Qian Dama (钱大妈) opened its 3,000th store.", ("钱大妈", "Qian Dama")),
        ("零食品牌马大姐（Madajie）推出新品。", ("马大姐", "Madajie")),
    ],
)
def test_a_brand_named_as_an_address_keeps_its_pair(text: str, expected: tuple[str, str]) -> None:
    assert _pairs(text) == [expected]
