"""One function for the rule add, edit, validate and the importers apply to a person's English (issue 9, item 6).

`validate.english_problems(entry)`: a Chinese name's English in Western order ("Qiangdong Liu" for 刘强东, the issue's
case) and an adopted Western name not marked so (CC-CEDICT: 李彥宏 李彦宏 [Li3 Yan4 hong2] /Robin Li (1968-), founder
and CEO of Baidu .../) are errors; marked adopted, neither. `check_entry` (what add and validate run) reports the same.
"""

from __future__ import annotations

from zhgloss.model import Entry
from zhgloss.validate import check_entry, english_problems


def _person(zh: str, en: str, *, adopted: bool = False) -> Entry:
    return Entry(id="p", type="person", zh=zh, en=en, en_adopted=adopted)


def _codes(entry: Entry) -> list[tuple[str, str]]:
    return [(p.code, p.severity) for p in english_problems(entry)]


def test_a_reversed_pinyin_name_is_an_order_error() -> None:
    assert _codes(_person("刘强东", "Qiangdong Liu")) == [("en-order", "error")]
    # CC-CEDICT: 丁磊 丁磊 [Ding1 Lei3] /Ding Lei (1971-), founder and CEO of NetEase .../
    assert _codes(_person("丁磊", "Lei Ding")) == [("en-order", "error")]


def test_an_unmarked_adopted_western_name_is_a_mismatch_and_marked_none() -> None:
    assert _codes(_person("李彦宏", "Robin Li")) == [("en-mismatch", "error")]
    assert _codes(_person("李彦宏", "Robin Li", adopted=True)) == []
    assert _codes(_person("刘强东", "Qiangdong Liu", adopted=True)) == []


def test_the_pinyin_in_chinese_order_has_none() -> None:
    # CC-CEDICT: 馬化騰 马化腾 [Ma3 Hua4 teng2] /Ma Huateng aka Pony Ma (1971-), .../
    assert _codes(_person("马化腾", "Ma Huateng")) == []
    assert _codes(_person("刘强东", "Liu Qiangdong")) == []


def test_check_entry_reports_the_english_rule_once() -> None:
    for entry in (_person("刘强东", "Qiangdong Liu"), _person("李彦宏", "Robin Li")):
        english = {(p.code, p.message) for p in english_problems(entry)}
        checked = [(p.code, p.message) for p in check_entry(entry) if p.code.startswith("en-")]
        assert sorted(checked) == sorted(english)
