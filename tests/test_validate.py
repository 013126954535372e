"""Glossary lint: each check finds its problem and leaves good entries alone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from zhgloss.model import Entry, Role
from zhgloss.store import Glossary
from zhgloss.validate import CODES, Problem, role_kinds, validate_entries

GOOD = [
    Entry(id="zeng-guofan", zh="曾国藩", zh_hant="曾國藩", pinyin="Zēng Guófān", en="Zeng Guofan"),
    Entry(id="wang-haiou", zh="王海鸥", zh_hant="王海鷗", pinyin="Wáng Hǎi'ōu", en="Wang Haiou"),
    Entry(id="lu-bu", zh="吕布", zh_hant="呂布", pinyin="Lǚ Bù", en="Lyu Bu"),
    Entry(id="yu-dan", zh="于丹", zh_hant="于丹", pinyin="Yú Dān", en="Yu Dan"),
    Entry(id="jack-ma", zh="马云", zh_hant="馬雲", pinyin="Mǎ Yún", en="Jack Ma", en_adopted=True),
    Entry(
        id="kingsoft",
        type="org",
        zh="金山软件",
        zh_hant="金山軟件",
        pinyin="Jīnshān Ruǎnjiàn",
        en="Kingsoft",
        zh_aliases=("金山",),
    ),
    Entry(
        id="kingsoft-tw", type="org", zh="金山软体", zh_hant="金山軟體", pinyin="Jīnshān Ruǎntǐ", en="Kingsoft Taiwan"
    ),
    Entry(id="su7", type="product", zh="小米SU7", zh_hant="小米SU7", pinyin="Xiǎomǐ SU7", en="Xiaomi SU7"),
    Entry(
        id="leibusi",
        type="nickname",
        zh="雷布斯",
        pinyin="Léi Bùsī",
        en="Leibusi",
        refers_to="zeng-guofan",
        roles=(Role("CEO", org_id="kingsoft", start="2007-12", end="2007"),),
    ),
    Entry(id="hua-luogeng", zh="华罗庚", zh_hant="華羅庚", pinyin="Huá Luógēng", en="Hua Luogeng"),
]


def problems_of(*entries: Entry) -> list[Problem]:
    return validate_entries([*GOOD, *entries], only={e.id for e in entries})


def codes(problems: list[Problem]) -> list[str]:
    return [p.code for p in problems]


def test_good_entries_have_no_problems() -> None:
    assert validate_entries(GOOD) == []


def test_surname_read_the_ordinary_way_is_an_error() -> None:
    (problem,) = problems_of(Entry(id="x", zh="曾国荃", zh_hant="曾國荃", pinyin="Céng Guóquán", en="Zeng Guoquan"))
    assert problem.code == "pinyin-mismatch"
    assert problem.severity == "error"
    assert (
        problem.message
        == "'Céng Guóquán' does not fit 曾国荃: 曾 is not read céng as a surname (expected 'Zēng Guóquán')"
    )


def test_a_wrong_syllable_in_an_org_name_is_an_error() -> None:
    (problem,) = problems_of(Entry(id="x", type="org", zh="金山云", pinyin="Jīnshān Yuè", en="Kingsoft Cloud"))
    assert problem.code == "pinyin-mismatch"
    assert "云 is not read yuè" in problem.message


def test_a_listed_polyphone_reading_is_allowed() -> None:
    # 角 reads jiǎo in context, but jué is one of its readings (配角 pèijué).
    assert problems_of(Entry(id="x", type="phrase", zh="配角", pinyin="pèijué", en="supporting role")) == []


def test_a_known_second_surname_reading_is_allowed() -> None:
    assert problems_of(Entry(id="x", zh="华国锋", zh_hant="華國鋒", pinyin="Huá Guófēng", en="Hua Guofeng")) == []


def test_wrong_number_of_syllables() -> None:
    (problem,) = problems_of(Entry(id="x", zh="雷军", zh_hant="雷軍", pinyin="Léi Jūnjūn", en="Lei Junjun"))
    assert problem.code == "pinyin-mismatch"
    assert "3 syllables for the 2 characters" in problem.message


def test_not_a_pinyin_syllable() -> None:
    (problem,) = [
        p
        for p in problems_of(Entry(id="x", zh="雷军", zh_hant="雷軍", pinyin="Lxi Jūn", en="Lei Jun"))
        if p.field == "pinyin"
    ]
    assert problem.code == "pinyin-invalid"


def test_name_pinyin_written_apart_is_a_warning() -> None:
    (problem,) = problems_of(Entry(id="x", zh="李海鸥", zh_hant="李海鷗", pinyin="Lǐ Hǎi Ōu", en="Li Hai-ou"))
    assert (problem.code, problem.severity) == ("pinyin-style", "warning")
    assert "Lǐ Hǎi'ōu" in problem.message


def test_toneless_name_pinyin_is_a_warning() -> None:
    (problem,) = problems_of(Entry(id="x", zh="雷军", zh_hant="雷軍", pinyin="Lei Jun", en="Lei Jun"))
    assert (problem.code, problem.severity) == ("pinyin-style", "warning")


def test_english_not_spelling_the_pinyin_is_an_error_unless_adopted() -> None:
    (problem,) = problems_of(Entry(id="x", zh="马化腾", zh_hant="馬化騰", pinyin="Mǎ Huàténg", en="Pony Ma"))
    assert (problem.code, problem.field) == ("en-mismatch", "en")
    assert (
        problems_of(Entry(id="x", zh="马化腾", zh_hant="馬化騰", pinyin="Mǎ Huàténg", en="Pony Ma", en_adopted=True))
        == []
    )


def test_english_checked_against_the_romanizer_when_there_is_no_pinyin() -> None:
    (problem,) = problems_of(Entry(id="x", zh="曾国荃", zh_hant="曾國荃", en="Ceng Guoquan"))
    assert problem.code == "en-mismatch"
    assert "'Zēng Guóquán'" in problem.message


def test_traditional_that_is_another_word_is_an_error() -> None:
    (problem,) = problems_of(Entry(id="x", zh="张三", zh_hant="張叁", pinyin="Zhāng Sān", en="Zhang San"))
    assert (problem.code, problem.severity) == ("zh-hant-mismatch", "error")


def test_simplified_characters_left_in_the_traditional_form_are_an_error() -> None:
    (problem,) = problems_of(Entry(id="x", zh="雷军", zh_hant="雷军", pinyin="Léi Jūn", en="Lei Jun"))
    assert problem.code == "zh-hant-mismatch"
    assert "still has simplified 军" in problem.message


def test_a_regional_variant_opencc_does_not_write_is_a_warning() -> None:
    # 綫 is the Hong Kong form of 線; no OpenCC configuration writes it, but it converts back to 线.
    entry = Entry(id="x", type="term", zh="热线", zh_hant="熱綫", pinyin="rèxiàn", en="hotline")
    (problem,) = problems_of(entry)
    assert (problem.code, problem.severity) == ("zh-hant-variant", "warning")


def test_a_chinese_form_claimed_by_two_entries_is_an_error_for_both() -> None:
    other = Entry(id="jinshan", type="place", zh="金山", zh_hant="金山", pinyin="Jīnshān", en="Jinshan")
    found = validate_entries([*GOOD, other])
    assert {(p.entry_id, p.code) for p in found} == {("kingsoft", "zh-clash"), ("jinshan", "zh-clash")}


def test_an_english_form_shared_by_two_entries_is_a_warning() -> None:
    other = Entry(id="x", zh="曾果凡", zh_hant="曾果凡", pinyin="Zēng Guǒfán", en="Zeng Guofan")
    (problem,) = problems_of(other)
    assert (problem.code, problem.severity) == ("en-clash", "warning")
    assert "'zeng-guofan'" in problem.message


def test_duplicate_ids() -> None:
    twin = Entry(id="lu-bu", zh="吕布", zh_hant="呂布", pinyin="Lǚ Bù", en="Lyu Bu")
    found = [p for p in validate_entries([*GOOD, twin]) if p.code == "duplicate-id"]
    assert [p.entry_id for p in found] == ["lu-bu"]


def test_dangling_references() -> None:
    entry = Entry(
        id="x",
        type="nickname",
        zh="雷总",
        pinyin="Léi zǒng",
        en="Mr. Lei",
        refers_to="nobody",
        roles=(Role("CEO", org_id="nowhere"),),
    )
    assert codes(problems_of(entry)) == ["refers-to-missing", "org-id-missing"]


@pytest.mark.parametrize(
    ("start", "end", "wrong"),
    [
        ("2010", "2009", True),
        ("2010", "2009-12-31", True),
        ("2007-12", "2007", False),
        ("2007", "2007-01", False),
        ("2020-06-20", "2020-06-19", True),
        ("2020-06", "2020-06-01", False),
    ],
)
def test_roles_that_end_before_they_start(start: str, end: str, wrong: bool) -> None:
    entry = Entry(
        id="x",
        zh="雷军",
        zh_hant="雷軍",
        pinyin="Léi Jūn",
        en="Lei Jun",
        roles=(Role("CEO", start=start, end=end),),
    )
    assert codes(problems_of(entry)) == (["role-dates"] if wrong else [])


def test_problem_line_and_json_forms() -> None:
    problem = Problem("lei-jun", "pinyin", "pinyin-mismatch", "bad")
    assert str(problem) == "lei-jun: error: pinyin: bad"
    assert problem.to_dict() == {
        "entry_id": "lei-jun",
        "field": "pinyin",
        "code": "pinyin-mismatch",
        "severity": "error",
        "message": "bad",
    }
    assert set(CODES) >= {"pinyin-mismatch", "en-mismatch", "zh-hant-mismatch", "zh-clash", "role-dates"}


def test_only_checks_the_named_entries_against_all() -> None:
    bad = Entry(id="bad", zh="曾国荃", pinyin="Céng Guóquán", en="Zeng Guoquan")
    found = validate_entries([*GOOD, bad], only={"kingsoft"})
    assert found == []


def test_bundled_glossary_has_no_errors(bundled: Path) -> None:
    with Glossary.open(bundled) as gloss:
        entries = list(gloss.iter_entries())
    assert len(entries) > 50
    errors = [str(p) for p in validate_entries(entries) if p.severity == "error"]
    assert errors == []


# --------------------------------------------------------------------------- open roles (issue 12)


def person(*roles: Role, note: str | None = None) -> Entry:
    return Entry(id="x", zh="王翔", zh_hant="王翔", pinyin="Wáng Xiáng", en="Wang Xiang", roles=roles, note=note)


def test_open_role_ended_by_a_later_role_of_the_same_kind_and_org() -> None:
    # The bundled Wang Xiang once had both: the article's open presidency and the dated one.
    found = problems_of(
        person(
            Role("president", "Xiaomi Group", "kingsoft", start="2019"),
            Role(
                "group president (promotion announced)", "Xiaomi Group", "kingsoft", start="2019-11", end="2022-12-30"
            ),
        )
    )
    assert codes(found) == ["role-open"]
    assert found[0].severity == "warning"
    assert "'president, Xiaomi Group (since 2019)' is still open" in found[0].message
    assert "ended on 2022-12-30" in found[0].message


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Another kind of role at the same company: resigning as executive director leaves him chairman.
        (
            Role("chairman", "Kingsoft", "kingsoft", start="2011-07"),
            Role("executive director", "Kingsoft", "kingsoft", end="2020"),
        ),
        # The same kind at another company.
        (Role("CEO", "Xiaomi", start="2010"), Role("CEO", "Kingsoft", "kingsoft", start="1998", end="2007")),
        # An earlier tenure of the same post, ended before the open one began: a return, not a contradiction.
        (
            Role("CEO", "Kingsoft", "kingsoft", start="2010"),
            Role("CEO", "Kingsoft", "kingsoft", start="2000", end="2005"),
        ),
        # "vice president" is not "president".
        (
            Role("president", "Kingsoft", "kingsoft", start="2019"),
            Role("vice president", "Kingsoft", "kingsoft", start="2015", end="2022"),
        ),
    ],
)
def test_open_role_left_alone_by_unrelated_roles(first: Role, second: Role) -> None:
    assert problems_of(person(first, second)) == []


def test_open_role_ended_by_the_notes_own_date() -> None:
    note = "President of Xiaomi Group from the end-2019 reshuffle until his retirement on 2022-12-30; ex-Qualcomm."
    found = problems_of(person(Role("president", "Xiaomi Group", start="2019"), note=note))
    assert codes(found) == ["role-open"]
    assert "2022-12-30" in found[0].message


@pytest.mark.parametrize(
    ("role", "note"),
    [
        # The note's date is not after the role started.
        (Role("senior consultant", "Xiaomi Group", start="2022-12-30"), "He retired as president on 2022-12-30."),
        # The sentence names another organisation of the entry's roles.
        (Role("chairman", "Kingsoft", start="2011-07"), "He resigned from Joyo.com in 2004."),
        # The sentence names another kind of role: "CEO until 2022" does not end the chairmanship.
        (Role("chairman", "JD.com", start="2000"), "Founder and chairman of JD.com (CEO until April 2022)."),
        # A founder stays the founder.
        (Role("co-founder", "Apple", start="1976"), "Apple co-founder (died 2011)."),
        # A date without a word that ends anything.
        (Role("president", "Xiaomi Group", start="2019"), "Promoted in an internal letter dated 2019-11-05."),
    ],
)
def test_open_role_left_alone_by_the_note(role: Role, note: str) -> None:
    extra = Role("founder", "Joyo.com", start="2000", end="2004")
    assert problems_of(person(role, extra, note=note)) == []


def test_one_position_recorded_twice() -> None:
    # The bundled Lei Jun once had the article's undated "chair" beside the dated chairmanship.
    found = problems_of(
        person(
            Role("chair", "Kingsoft Corporation", "kingsoft"),
            Role("chairman (succeeded Qiu Bojun)", "Kingsoft", "kingsoft", start="2011-07"),
        )
    )
    assert codes(found) == ["role-repeat"]
    assert "look like one position" in found[0].message


@pytest.mark.parametrize(
    ("title", "kinds"),
    [
        ("President and CEO (resigned)", {"president", "ceo"}),
        ("group president (promotion announced in an internal letter)", {"president"}),
        ("non-executive director and chairman", {"non-executive director", "chairman"}),
        ("chair", {"chairman"}),
        ("Chief Executive Officer", {"ceo"}),
        ("co-founder", {"founder"}),
        ("senior vice president", {"senior vice president"}),
    ],
)
def test_role_kinds(title: str, kinds: set[str]) -> None:
    assert role_kinds(title) == kinds


def test_bundled_glossary_has_no_open_or_repeated_roles() -> None:
    from zhgloss.store import bundled_path

    with Glossary.open(bundled_path()) as gloss:
        found = validate_entries(gloss.iter_entries())
    assert [str(p) for p in found if p.code in ("role-open", "role-repeat")] == []


def test_an_edit_is_checked_in_what_it_changed() -> None:
    wrong = Entry(id="bad", zh="雷军", zh_hant="雷军", pinyin="Xiǎo Jūn", en="Xiao Jun")
    assert sorted(codes(problems_of(wrong))) == ["pinyin-mismatch", "zh-hant-mismatch"]
    noted = Entry(id="bad", zh="雷军", zh_hant="雷军", pinyin="Xiǎo Jūn", en="Xiao Jun", note="a note")
    assert validate_entries([*GOOD, noted], only={"bad"}, previous={"bad": wrong}) == []
    # (Not "Léi Jùn": a tone no dictionary gives 军 is a warning since s43, pinyin-tone.)
    repinned = Entry(id="bad", zh="雷军", zh_hant="雷军", pinyin="Léi Jīn", en="Xiao Jun")
    found = validate_entries([*GOOD, repinned], only={"bad"}, previous={"bad": wrong})
    assert {(p.field, p.code) for p in found} == {("pinyin", "pinyin-mismatch"), ("en", "en-mismatch")}
    # Checks across entries run in full: a clash is found whatever changed.
    clash = Entry(id="bad", zh="曾国藩", pinyin="Zēng Guófān", en="Zeng Guofan", note="x")
    before = Entry(id="bad", zh="曾国藩", pinyin="Zēng Guófān", en="Zeng Guofan")
    assert "zh-clash" in codes(validate_entries([*GOOD, clash], only={"bad"}, previous={"bad": before}))


# Issue 9, item 6: each form in its own script, a pinyin name in Chinese order.


def test_zh_without_han_is_an_error_but_a_code_or_brand_is_not() -> None:
    # The Weblate-style swap: source English, target Chinese, imported as zh = "Tsai Ing-wen".
    (problem,) = problems_of(Entry(id="tsai", type="person", zh="Tsai Ing-wen", en="蔡英文", en_adopted=True))[:1]
    assert (problem.code, problem.field) == ("zh-no-han", "zh")
    assert problem.message == "'Tsai Ing-wen' has no Chinese characters; were zh and en swapped?"
    for zh in ("03888.HK", "688111", "WPS", "KC.US"):
        assert "zh-no-han" not in codes(problems_of(Entry(id="code", type="stock_code", zh=zh, en="Kingsoft")))


def test_en_made_of_han_is_an_error() -> None:
    found = problems_of(Entry(id="tsai", type="person", zh="Tsai Ing-wen", en="蔡英文", en_adopted=True))
    assert "en-han" in codes(found)
    # Chinese inside an English gloss ("erhua variant of 一点") is wording, not a swap.
    assert "en-han" not in codes(problems_of(Entry(id="yd", type="term", zh="一点儿", en="erhua variant of 一点")))


@pytest.mark.parametrize(
    ("zh", "message"),
    [
        ("劉強東", "'劉強東' has traditional 劉、強、東; write zh '刘强东' and zh_hant '劉強東'"),
        ("雷軍", "'雷軍' has traditional 軍; write zh '雷军' and zh_hant '雷軍'"),
    ],
)
def test_traditional_characters_in_zh_are_an_error(zh: str, message: str) -> None:
    found = [p for p in problems_of(Entry(id="x", type="person", zh=zh, en="X", en_adopted=True)) if p.field == "zh"]
    assert [(p.code, p.message) for p in found] == [("zh-traditional", message)]


def test_characters_names_keep_are_not_traditional() -> None:
    entry = Entry(id="xu-qianxue", zh="徐乾学", zh_hant="徐乾學", pinyin="Xú Qiánxué", en="Xu Qianxue")
    assert problems_of(entry) == []


def test_reversed_english_of_a_pinyin_name_is_an_error_unless_adopted() -> None:
    reversed_name = Entry(id="liu", zh="刘强东", zh_hant="劉強東", pinyin="Liú Qiángdōng", en="Qiangdong Liu")
    (problem,) = problems_of(reversed_name)
    assert (problem.code, problem.field, problem.severity) == ("en-order", "en", "error")
    assert "'Qiangdong Liu' puts the given name first; write 'Liu Qiangdong'" in problem.message
    assert problems_of(reversed_name.replace(en_adopted=True)) == []
    assert problems_of(reversed_name.replace(en="Liu Qiangdong")) == []
    assert problems_of(reversed_name.replace(en="Liu Qiangdong", aliases=("Qiangdong Liu",))) == []


def test_an_unreadable_entry_is_reported_and_the_others_still_checked() -> None:
    # Real CC-CEDICT headword 囒吨: pypinyin knows no reading for 𪢠 (the lines import with pinyin None,
    # so give them pinyin here to make the reading check run).
    odd = Entry(id="lan-dun", type="name", zh="𪢠吨", pinyin="Lán Dūn", en="Landun")
    bad = Entry(id="x", zh="曾国荃", zh_hant="曾國荃", pinyin="Céng Guóquán", en="Zeng Guoquan")
    found = validate_entries([odd, bad, odd.replace(id="lan-dun-2", zh="𪢠𪢠", en="Lanlan")])
    assert [(p.entry_id, p.code) for p in found] == [
        ("lan-dun", "entry-unreadable"),
        ("x", "pinyin-mismatch"),
        ("lan-dun-2", "entry-unreadable"),
    ]
    assert "no pinyin known for" in found[0].message


# Entries as the CC-CEDICT import writes them from real lines (issue 9, s7): validate called them wrong.
@pytest.mark.parametrize(
    "entry",
    [
        # 里 (a li) and 岩 are traditional characters too, though OpenCC writes 裏 and 巖 for them.
        Entry(id="x", type="place", zh="叶里温", zh_hant="葉里溫", pinyin="Yèlǐwēn", en="Yerevan", en_adopted=True),
        Entry(id="x", type="person", zh="岩仓", zh_hant="岩倉", pinyin="Yáncāng", en="Iwakura", en_adopted=True),
        # Digits read as numerals, digit by digit or by place value.
        Entry(id="x", type="name", zh="中国制造2025", pinyin="Zhōngguó Zhìzào'èrlíng'èrwǔ", en="Made in China 2025"),
        Entry(id="x", type="place", zh="美国51区", pinyin="Měiguó Wǔshíyī Qū", en="Area 51"),
        # A transliteration written as one word: 哈 is hā there, not the surname Hǎ.
        Entry(id="x", type="person", zh="哈伯", zh_hant="哈伯", pinyin="Hābó", en="Edwin Hubble", en_adopted=True),
        Entry(id="x", type="person", zh="撒罗满", zh_hant="撒羅滿", pinyin="Sāluómǎn", en="Solomon", en_adopted=True),
    ],
)
def test_imported_entries_that_are_right_are_not_errors(entry: Entry) -> None:
    assert [p for p in problems_of(entry) if p.severity == "error"] == []


@pytest.mark.parametrize(
    ("zh", "zh_hant", "pinyin"),
    [
        ("彝族", "彞族", "Yízú"),  # OpenCC's t2s leaves 彞; Unihan gives 彝 as its simplified form
        ("沃罗涅日", "沃羅湼日", "Wòluóniè Rì"),  # semantic variants 湼/涅 (CC-CEDICT's Voronezh)
        ("大沽口炮台", "大沽口砲臺", "Dàgūkǒu Pàotái"),
    ],
)
def test_a_traditional_variant_unihan_relates_is_a_warning_not_an_error(zh: str, zh_hant: str, pinyin: str) -> None:
    (problem,) = problems_of(Entry(id="x", type="place", zh=zh, zh_hant=zh_hant, pinyin=pinyin, en="X"))
    assert (problem.code, problem.severity) == ("zh-hant-variant", "warning")


def test_a_split_name_is_still_read_surname_first() -> None:
    # The control of the transliteration rule: a Chinese name written surname apart keeps the surname check.
    (problem,) = problems_of(Entry(id="x", type="person", zh="曾国荃", pinyin="Céng Guóquán", en="Zeng Guoquan"))
    assert "曾 is not read céng as a surname" in problem.message


CEDICT = ("CC-CEDICT (MDBG), CC BY-SA 4.0",)


def imported(zh: str, pinyin: str, *, kind: str = "place", zh_hant: str | None = None, en: str = "X") -> Entry:
    """An entry as the CC-CEDICT importer writes it (its source says so)."""
    return Entry(
        id=f"x-{ord(zh[-1]):x}",
        type=kind,
        zh=zh,
        zh_hant=zh_hant,
        pinyin=pinyin,
        en=en,
        sources=CEDICT,
        en_adopted=True,
    )


@pytest.mark.parametrize(
    "entry",
    [
        # A Greek letter read aloud takes a syllable: "π日 [Pai4 ri4] /World Pi Day/".
        imported("π日", "Pàirì", kind="event", en="World Pi Day"),
        # Erhua's 儿 written as an r joined on: "克蕾兒 克蕾儿 [Ke4 lei3 r5] /Clare (name)/", "塔塔兒 [Ta3 ta3 r5]".
        imported("克蕾儿", "Kèlěir", kind="name", en="Clare"),
        imported("塔塔儿人", "Tǎtǎrrén", kind="name", en="Tartar"),
        # A transliteration is no Chinese name even when a second word follows (撒 is no surname sā here).
        imported("撒切尔夫人", "Sāqiē'ěr Fūren", kind="person", en="Mrs Thatcher"),
        imported("查理大帝", "Chálǐ Dàdì", kind="person", en="Charlemagne"),
        # OpenCC simplifies 蟜 to 𫊸, which pypinyin cannot read: the character given is read ("/surname Jiao/").
        imported("蟜", "Jiǎo", kind="surname", en="Jiao"),
    ],
    ids=lambda e: e.zh,
)
def test_readings_of_real_cc_cedict_lines_that_are_right_are_no_errors(entry: Entry) -> None:
    assert [str(p) for p in problems_of(entry) if p.severity == "error" and p.field == "pinyin"] == []
    assert "entry-unreadable" not in codes(problems_of(entry))


@pytest.mark.parametrize(
    ("entry", "code"),
    [
        # Readings only CC-CEDICT's entry for the character gives: Taiwan's (崁 kǎn, 舺 jiǎ), a name's own (彟 huò).
        (imported("崁顶", "Kǎndǐng"), "pinyin-source"),
        (imported("艋舺", "Měngjiǎ"), "pinyin-source"),
        (imported("武士彟", "Wǔ Shìhuò", kind="person", en="Wu Shihuo"), "pinyin-source"),
        # Traditional characters only CC-CEDICT's entries relate: 甦 "variant of 蘇|苏", 畬 (Taiwan's 畬族), 琊 玡.
        (imported("苏仙", "Sūxiān", zh_hant="甦仙"), "zh-hant-source"),
        (imported("畲族", "Shēzú", zh_hant="畬族", kind="name"), "zh-hant-source"),
        (imported("琅玡山", "Lángyá Shān", zh_hant="瑯琊山"), "zh-hant-source"),
    ],
    ids=lambda v: v.zh if isinstance(v, Entry) else v,
)
def test_what_only_cc_cedict_says_is_a_warning_that_says_so(entry: Entry, code: str) -> None:
    found = [p for p in problems_of(entry) if p.code == code]
    assert [p.severity for p in found] == ["warning"], [str(p) for p in problems_of(entry)]
    assert "CC-CEDICT" in found[0].message
    assert [str(p) for p in problems_of(entry) if p.severity == "error"] == []


@pytest.mark.parametrize(
    ("entry", "said"),
    [
        # CC-CEDICT's own slips stay errors, said to be its: 晟 is no variant of 成 (Sung Kim, "金晟 金成").
        (imported("金成", "Jīn Chéng", kind="person", zh_hant="金晟", en="Sung Kim"), "is not a traditional form"),
    ],
    ids=lambda v: v.zh if isinstance(v, Entry) else v,
)
def test_a_cc_cedict_slip_is_still_an_error_said_to_be_the_sources(entry: Entry, said: str) -> None:
    errors = [p.message for p in problems_of(entry) if p.severity == "error"]
    assert len(errors) == 1, errors
    assert said in errors[0]
    assert errors[0].endswith("(as its source, CC-CEDICT, has it)")


@pytest.mark.parametrize(
    ("entry", "said"),
    [
        # CC-CEDICT's reading of the whole word, its slip or not, is a warning since s43 (R42-13: an OmegaT re-import
        # of the glossary, which carries no sources, refused it): 肿 is zhǒng (its 腫 line says zhong3), 敞 chǎng; 畬
        # yú and 畲 shē are two characters (CC-CEDICT's "畬 畲 [yu2]" merges them).
        (imported("国际肿瘤研究机构", "Guójì Zhōngliú Yánjiū Jīgòu", kind="org"), "肿 is read zhǒng, not zhōng"),
        (imported("张敞", "Zhāng Cháng", kind="person", en="Zhang Chang"), "敞 is read chǎng, not cháng"),
        (imported("徐继畲", "Xú Jìyú", kind="person", en="Xu Jiyu"), "畲 is not read yú"),
    ],
    ids=lambda v: v.zh if isinstance(v, Entry) else v,
)
def test_a_cc_cedict_reading_of_the_word_is_a_warning_said_to_be_the_sources(entry: Entry, said: str) -> None:
    found = [p for p in problems_of(entry) if p.field == "pinyin"]
    assert [(p.code, p.severity) for p in found] == [("pinyin-source", "warning")], [str(p) for p in found]
    assert said in found[0].message
    assert found[0].message.endswith("(as its source, CC-CEDICT, has it)")


def test_an_entry_of_no_source_gets_no_word_about_one() -> None:
    entry = Entry(id="x", type="org", zh="国际肿瘤研究机构", pinyin="Guójì Zhōngliú Yánjiū Jīgū", en="IARC")
    assert [p.message.endswith("has it)") for p in problems_of(entry) if p.severity == "error"] == [False]


def test_a_slip_of_the_source_is_said_for_the_characters_too() -> None:
    # "阿茲海默症 阿茲海默症 [A1 zi1 hai3 mo4 Zheng4]": CC-CEDICT's simplified column has the traditional 茲.
    entry = imported("阿茲海默症", "Āzī Hǎimò Zhèng", kind="name")
    errors = [p.message for p in problems_of(entry) if p.code == "zh-traditional"]
    assert len(errors) == 1
    assert errors[0].endswith("(as its source, CC-CEDICT, has it)")


def test_a_letter_takes_no_syllable_the_pinyin_has_not() -> None:
    # The count still holds: π日 read "Rì" alone is one syllable for two things read.
    entry = imported("π日", "Pàirìrì", kind="event")
    assert "pinyin-mismatch" in codes(problems_of(entry))


def test_the_cc_cedict_character_table_is_built_from_single_character_lines() -> None:
    from build_scripts import load_build_script

    module = load_build_script("build_cedict_characters")
    lines = [
        "崁 崁 [kan3] /see 赤崁樓|赤崁楼[Chi4 kan3 lou2]/\n",
        "舺 舺 [xia2] /boat/Taiwan pr. [jia3]/\n",
        "甦 苏 [su1] /variant of 蘇|苏[su1]/to revive/\n",
        "伕 伕 [fu1] /variant of 夫[fu1]/\n",
        "畬 畲 [yu2] /cultivated field/\n",
        "崁頂 崁顶 [Kan3 ding3] /Kanting township in Pingtung County/\n",  # not a single character
    ]
    readings, simplified = module.read_characters(lines, lambda text: {"畬": "畬"}.get(text, text))
    assert readings["崁"] == {"kan3"}
    assert readings["舺"] == {"xia2", "jia3"}
    assert simplified["甦"] == {"苏"}
    assert simplified["伕"] == {"夫"}
    # OpenCC keeps 畬 (a character of its own): its reading yú is not 畲's.
    assert "畲" not in readings
    assert "崁顶" not in readings


def test_every_line_of_the_cc_cedict_character_table_parses_and_credits_it() -> None:
    from zhgloss.validate import CEDICT_CHARACTERS_PATH, _cedict_characters, cedict_readings

    text = CEDICT_CHARACTERS_PATH.read_text(encoding="utf-8")
    assert "CC-CEDICT" in text.split("char\t")[0]
    assert "Attribution-ShareAlike 4.0" in text.split("char\t")[0]
    readings, simplified = _cedict_characters()
    assert len(readings) + len(simplified) >= len([line for line in text.splitlines() if not line.startswith("#")]) - 1
    assert all(re.fullmatch(r"[a-z]+[1-5]", r) for rs in readings.values() for r in rs)
    assert cedict_readings("崁") == {"kan3"}


# Impossible role dates (user-tester D13, D14): one rule for validate, add/edit and import


def xi_jinping(note: str | None, *roles: Role) -> Entry:
    return Entry(id="x", zh="习近平", zh_hant="習近平", pinyin="Xí Jìnpíng", en="Xi Jinping", note=note, roles=roles)


@pytest.mark.parametrize(
    ("note", "role", "code"),
    [
        ("Xi Jinping (1953-), PRC politician", Role("secretary", start="1940"), "role-birth"),
        ("Xi Jinping (1953-), PRC politician", Role("secretary", end="1952-12"), "role-birth"),
        ("Xi Jinping (born 15 June 1953) is a politician.", Role("secretary", start="1950"), "role-birth"),
        ("Born 1953 in Beijing.", Role("secretary", start="1950"), "role-birth"),
        ("Xi Jinping (1953-), PRC politician", Role("general secretary", start="1953"), None),
        ("Son of Xi Zhongxun (1913-2002).", Role("secretary", start="1940"), None),  # another person's dates
        (None, Role("secretary", start="1900"), None),
        (None, Role("secretary", start="2999"), "role-future"),
        (None, Role("secretary", end="2999-01"), "role-future"),
        (None, Role("chief executive", start="2022-07-01", end="2027-06-30"), None),  # a term's planned end
        (None, Role("chief executive", end="2036-11-30"), None),  # ten years ahead: still a term
        (None, Role("chief executive", end="2036-12-02"), "role-future"),
        (None, Role("secretary", start="2026-12"), None),  # this month is not the future
    ],
)
def test_impossible_role_dates(note: str | None, role: Role, code: str | None) -> None:
    from datetime import date

    from zhgloss.model import role_date_problems

    found = [c for c, _ in role_date_problems(xi_jinping(note, role), today=date(2026, 12, 1))]
    assert found == ([code] if code else [])


def test_validate_reports_a_role_in_the_future() -> None:
    assert codes(problems_of(xi_jinping(None, Role("chair", start="2999")))) == ["role-future"]


@pytest.mark.parametrize("date", ["2020-13", "2020-00", "2020-06-32", "20-06", "2020/06"])
def test_a_role_date_must_have_the_shape_of_a_date(date: str) -> None:
    from zhgloss.errors import InvalidEntryError

    with pytest.raises(InvalidEntryError, match="is not a date"):
        Role("CEO", start=date)


@pytest.mark.parametrize("date", ["2021-02-29", "2020-04-31", "2019-02-30", "1900-02-29"])
def test_a_day_the_calendar_lacks_is_reported_not_refused_on_reading(date: str) -> None:
    # A file holding one must still open (a version before this rule wrote such roles): validate lists it.
    for role in (Role("CEO", start=date), Role("CEO", start="2001", end=date)):
        assert "role-calendar" in codes(problems_of(xi_jinping(None, role)))


@pytest.mark.parametrize("date", ["2020-02-29", "2000-02-29", "2020-04-30", "2020-12-31"])
def test_a_calendar_day_is_no_problem(date: str) -> None:
    assert "role-calendar" not in codes(problems_of(xi_jinping(None, Role("CEO", start=date))))


def test_a_cached_lint_is_for_today_only() -> None:
    # role-future depends on the date: a lint cached yesterday may be wrong today.
    from datetime import date

    from zhgloss.validate import _rules_stamp

    assert _rules_stamp().endswith(f"{date.today():%Y%m%d}")


def test_a_role_with_a_planned_end_is_current_until_then() -> None:
    from datetime import date, timedelta

    ahead = (date.today() + timedelta(days=400)).isoformat()
    behind = (date.today() - timedelta(days=400)).isoformat()
    assert Role("chief executive", start="2022-07-01", end=ahead).status == "current"
    assert Role("chief executive", end=ahead).status == "current"
    assert Role("chief executive", start="2017-07-01", end=behind).status == "past"
    assert Role("chief executive").status == "undated"


def test_an_edit_is_not_refused_for_a_problem_the_entry_already_had() -> None:
    from zhgloss.validate import check_entry

    stored = xi_jinping(None, Role("chair", start="2999"))  # saved with --force, or by an older version
    assert "role-future" in codes(check_entry(stored))
    noted = stored.replace(note="General secretary since 2012.")
    assert "role-future" not in codes(check_entry(noted, before=stored))
    # a new problem in the same check is still reported
    worse = noted.replace(roles=(*stored.roles, Role("chair", start="2030", end="2020")))
    assert "role-dates" in codes(check_entry(worse, before=stored))


def test_add_and_edit_take_a_planned_end_through_the_console_script(tmp_path: Path, zhgloss_exe: str) -> None:
    import subprocess
    from datetime import date, timedelta

    db = tmp_path / "g.json"
    subprocess.run([zhgloss_exe, "init", str(db)], check=True, capture_output=True)
    ahead = (date.today() + timedelta(days=700)).isoformat()
    add = [zhgloss_exe, "--db", str(db), "add", "李家超", "--type", "person", "--en", "John Lee", "--adopted"]
    proc = subprocess.run([*add, "--role", f"Chief Executive:2022-07-01..{ahead}"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    proc = subprocess.run(
        [zhgloss_exe, "--db", str(db), "lookup", "李家超"], capture_output=True, text=True, encoding="utf-8"
    )
    assert "Chief Executive" in proc.stdout and "current" in proc.stdout.lower(), proc.stdout
    # A role dated after today, saved with --force, does not stop an edit of another field.
    proc = subprocess.run(
        [*add[:3], "edit", "john-lee", "--role", "secretary:2999", "--force"], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    proc = subprocess.run([*add[:3], "edit", "john-lee", "--note", "Sworn in 2022."], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
