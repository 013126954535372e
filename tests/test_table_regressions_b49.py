"""What the session's sheet rules must not take (its tester's B49-1 to B49-4).

The forty-ninth session's sheet rules refuse a Chinese form holding a symbol (R48-18), read a sheet titled as banned
renderings (R47-21), a doubted English (R48-24) and names joined by a slash (R48-13). Tried on real sheets they also:
refused the rare ideographs of CJK Extension H and I, which this Python's Unicode 14 tables call unassigned (王𱍐:
B49-1); read a sheet titled 黑名单企业 ("blacklisted companies", names to translate) as banned renderings (B49-2); took
a show whose title asks a question ("Dad, Where Are We Going?") for a doubted English (B49-3); and split "Hong
Kong/Macao Affairs Office" into "Hong Kong" and an alias (B49-4). Each is a test here, through the installed
`zhgloss import` on real files, beside the cases the rules are for.
"""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook

from zhgloss.formats.table import doubted_form, joined_english
from zhgloss.formats.xlsx import is_banned_sheet
from zhgloss.validate import _symbols_in


def _import(exe: str, tmp_path: Path, name: str, data: bytes) -> tuple[subprocess.CompletedProcess[str], dict]:
    source, db = tmp_path / name, tmp_path / "g.json"
    source.write_bytes(data)
    assert subprocess.run([exe, "init", str(db), "--empty"], capture_output=True).returncode == 0
    done = subprocess.run([exe, "--db", str(db), "import", str(source)], capture_output=True, text=True)
    entries = {e["zh"]: e for e in json.loads(db.read_text(encoding="utf-8"))["entries"].values()}
    return done, entries


def test_a_rare_ideograph_of_a_later_unicode_is_no_symbol(zhgloss_exe: str, tmp_path: Path) -> None:
    sheet = "Chinese,English,Type\n王\U00031350,Wang Qi,person\n雷军,Lei Jun,person\n"
    done, entries = _import(zhgloss_exe, tmp_path, "ext.csv", sheet.encode("utf-8"))
    assert done.returncode == 0, done.stderr
    assert set(entries) == {"王\U00031350", "雷军"}


@pytest.mark.parametrize("form", ["王\U00031350", "\U0002ebf0星", "𠀀明"])
def test_no_code_point_of_the_ideographic_planes_is_a_symbol(form: str) -> None:
    assert _symbols_in(form) is None


@pytest.mark.parametrize(("form", "symbol"), [("李★", "★"), ("王\ue000", "\ue000"), ("雷军\ufffd", "\ufffd")])
def test_symbols_and_private_use_are_still_symbols(form: str, symbol: str) -> None:
    assert _symbols_in(form) == repr(symbol)


@pytest.mark.parametrize("title", ["黑名单企业", "黑名单实体", "黑名单", "禁止出口清单", "禁用品牌合作方"])
def test_a_sheet_whose_title_goes_on_past_a_ban_word_is_no_banned_sheet(title: str) -> None:
    assert not is_banned_sheet(title)


@pytest.mark.parametrize("title", ["禁用", "禁用词", "禁用词表", "禁止使用", "不要用的译名", "Banned terms"])
def test_a_sheet_titled_as_a_ban_alone_is_a_banned_sheet(title: str) -> None:
    assert is_banned_sheet(title)


def test_a_workbook_of_blacklisted_companies_imports_them(zhgloss_exe: str, tmp_path: Path) -> None:
    book = Workbook()
    people = book.active
    assert people is not None
    people.title = "人物"
    for row in (["中文", "English", "类型"], ["雷军", "Lei Jun", "person"]):
        people.append(row)
    companies = book.create_sheet("黑名单企业")
    for row in (["中文", "English", "类型"], ["华为", "Huawei", "organization"], ["大疆", "DJI", "organization"]):
        companies.append(row)
    data = io.BytesIO()
    book.save(data)
    done, entries = _import(zhgloss_exe, tmp_path, "entity.xlsx", data.getvalue())
    assert done.returncode == 0, done.stderr
    assert entries["华为"]["en"] == "Huawei" and not entries["华为"].get("forbidden")
    assert set(entries) == {"雷军", "华为", "大疆"}


@pytest.mark.parametrize(
    "english", ["Dad, Where Are We Going?", "Who's the Spy?", "Is It Love?", "What Is Love?", "Where Did the Time Go?"]
)
def test_a_title_that_asks_is_no_doubted_english(english: str) -> None:
    assert doubted_form(english) is None


@pytest.mark.parametrize(
    ("english", "form"), [("Huawei?", "Huawei"), ("Xiaomi (?)", "Xiaomi"), ("Lei Jun ??", "Lei Jun")]
)
def test_a_doubted_english_is_still_read_so(english: str, form: str) -> None:
    assert doubted_form(english) == form


def test_a_shows_question_title_is_its_english(zhgloss_exe: str, tmp_path: Path) -> None:
    sheet = 'Chinese,English,Type\n爸爸去哪儿,"Dad, Where Are We Going?",work\n谁是卧底,Who\'s the Spy?,work\n'
    done, entries = _import(zhgloss_exe, tmp_path, "shows.csv", sheet.encode("utf-8"))
    assert done.returncode == 0, done.stderr
    assert entries["爸爸去哪儿"]["en"] == "Dad, Where Are We Going?"
    assert entries["谁是卧底"]["en"] == "Who's the Spy?"


@pytest.mark.parametrize(
    "english", ["Hong Kong/Macao Affairs Office", "Taiwan/Hong Kong Affairs Bureau", "Hong Kong/Macau Affairs Office"]
)
def test_one_bodys_name_with_a_slash_inside_is_not_split(english: str) -> None:
    assert joined_english(english) is None


@pytest.mark.parametrize(
    ("english", "parts"),
    [("Jack Ma/Ma Yun", ["Jack Ma", "Ma Yun"]), ("Tencent / Tencent Holdings", ["Tencent", "Tencent Holdings"])],
)
def test_two_names_joined_by_a_slash_are_still_split(english: str, parts: list[str]) -> None:
    joined = joined_english(english)
    assert joined is not None and joined[1] == parts


def test_the_office_is_stored_under_its_whole_name(zhgloss_exe: str, tmp_path: Path) -> None:
    sheet = "Chinese,English,Type\n港澳办,Hong Kong/Macao Affairs Office,organization\n"
    done, entries = _import(zhgloss_exe, tmp_path, "office.csv", sheet.encode("utf-8"))
    assert done.returncode == 0, done.stderr
    assert entries["港澳办"]["en"] == "Hong Kong/Macao Affairs Office"
