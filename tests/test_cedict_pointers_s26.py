"""A line whose English is all its pointers' folds into what it points to, the kind it says and all: 中青 "China Youth
(official newspaper) (abbr. for 中国青年报)" is China Youth Daily (tester's T26-I4), and 流球 "variant of 琉球, Ryūkyū,
..." is 琉球 (a variant with English of its own was an entry of its own). A line with a sense of its own stays apart, as
before: 京 "abbr. for Beijing/surname Jing/Jing ethnic minority/" (twenty-sixth session, issue 9)."""

from __future__ import annotations

from cedict_fixtures import DATA, entries_by_form, fixture_by_zh, kinds_and_english

FORMS = entries_by_form((DATA / "cedict_classes_s26.u8").read_text(encoding="utf-8"))


def test_an_abbreviation_with_its_kind_folds_into_its_target() -> None:
    entry = FORMS["中青"]
    assert entry is FORMS["中国青年报"]
    assert (entry.type, entry.en) == ("org", "China Youth Daily")  # the kind 中青's line says: a newspaper's
    assert "China Youth" in entry.aliases


def test_a_variant_with_english_folds_into_its_target() -> None:
    entry = FORMS["流球"]
    assert entry is FORMS["琉球"]
    assert (entry.type, entry.en) == ("place", "Ryūkyū")


def test_a_line_naming_a_thing_of_its_own_stays_apart() -> None:
    assert FORMS["京"] is not FORMS["北京"]
    assert (
        FORMS["弥陀"].type == "name"
    )  # (folded into 阿弥陀佛 as before; its later sense's "township" is no kind of it)
    assert FORMS["北大"] is FORMS["北京大学"]  # (as before: "Peking University (abbr. for 北京大学)")


def test_lines_of_my_own() -> None:
    lines = (
        "甲乙日报 甲乙日报 [Jia3 yi3 Ri4 bao4] /Jiayi Daily/\n"
        "甲乙 甲乙 [Jia3 yi3] /Jiayi (official newspaper) (abbr. for 甲乙日報|甲乙日报[Jia3 yi3 Ri4 bao4])/\n"
        "丙丁大学 丙丁大学 [Bing3 ding1 Da4 xue2] /Bingding University/\n"
        # A sense of its own beside the pointer: another thing, as 京's.
        "丙丁 丙丁 [Bing3 ding1] /abbr. for 丙丁大學|丙丁大学/Bingding township in Hunan/\n"
    )
    forms = entries_by_form(lines)
    assert forms["甲乙"] is forms["甲乙日报"]
    assert forms["丙丁"] is not forms["丙丁大学"]
    assert kinds_and_english(lines)["丙丁大学"] == ("org", "Bingding University")


def test_a_names_pointer_to_a_word_folds_nothing() -> None:
    # 毛遂 "Mao Sui (third century BC), who proverbially offered his services ..., see 毛遂自荐": a full import
    # keeps the person apart from the idiom his line points to.
    full = {entry.zh: entry for entry in fixture_by_zh("cedict_classes_s26.u8", proper_only=False).values()}
    assert (full["毛遂"].type, full["毛遂"].en) == ("person", "Mao Sui")
    assert full["毛遂自荐"].type == "term"
