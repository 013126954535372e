"""TBX export writes each Chinese form in the langSet of its script, and import keeps which script each form is.

Before, every Chinese alias and every banned Chinese form went into the zh langSet, so a CAT tool (and zhgloss
reading the file as another tool's) took 臺灣積體電路製造 for a simplified term. A form is traditional when it holds
a character simplification replaces that no simplified name keeps, or converts to another form of its entry.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.formats.tbx import dump_tbx, is_traditional_form, load_tbx
from zhgloss.model import Entry

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

TSMC = Entry.from_dict(
    {
        "id": "tsmc",
        "type": "org",
        "zh": "台积电",
        "zh_hant": "臺積電",
        "en": "TSMC",
        "zh_aliases": ["台湾积体电路制造", "臺灣積體電路製造", "干杯", "乾杯"],
        "forbidden": [{"form": "台积公司", "status": "deprecated"}, {"form": "臺積公司", "status": "superseded"}],
    }
)


def exported(*entries: Entry) -> str:
    buffer = io.StringIO()
    dump_tbx(entries, buffer)
    return buffer.getvalue()


def terms_by_lang(text: str) -> dict[str, list[str]]:
    root = ET.fromstring(text)
    return {lang.get(XML_LANG, ""): [term.text or "" for term in lang.iter("term")] for lang in root.iter("langSet")}


def test_traditional_aliases_and_banned_forms_are_written_in_the_zh_hant_langset() -> None:
    langs = terms_by_lang(exported(TSMC))
    assert langs["zh"] == ["台积电", "台湾积体电路制造", "干杯", "台积公司"]
    assert langs["zh-Hant"] == ["臺積電", "臺灣積體電路製造", "乾杯", "臺積公司"]


def test_an_entry_without_zh_hant_still_writes_its_traditional_aliases_as_traditional() -> None:
    entry = Entry.from_dict({"id": "x", "type": "person", "zh": "徐乾学", "en": "Xu Qianxue", "zh_aliases": ["徐乾學"]})
    langs = terms_by_lang(exported(entry))
    assert langs["zh"] == ["徐乾学"]  # 乾 is a standard simplified character: no traditional form
    assert langs["zh-Hant"] == ["徐乾學"]


def test_the_round_trip_keeps_every_form_and_its_order() -> None:
    (back,) = load_tbx(io.StringIO(exported(TSMC)))
    assert back == TSMC


def test_another_tool_reading_the_export_gets_each_script_right() -> None:
    # The same file without zhgloss's mark is read as another tool's: the langSets alone say the scripts.
    (back,) = load_tbx(io.StringIO(exported(TSMC).replace("zhgloss ", "sometool ")))
    assert (back.zh, back.zh_hant) == ("台积电", "臺積電")
    assert set(back.zh_aliases) == set(TSMC.zh_aliases)
    assert {f.form: f.status for f in back.forbidden}.items() >= {
        "台积公司": "deprecated",
        "臺積公司": "superseded",
    }.items()


@pytest.mark.parametrize(
    ("form", "others", "traditional"),
    [
        ("臺灣", (), True),
        ("徐乾學", (), True),
        ("徐乾学", (), False),  # 乾 (qián) is kept by simplified names
        ("乾杯", ("干杯",), True),  # converts to another form of the entry
        ("乾杯", (), False),  # alone, nothing says it is not simplified text
        ("台北", (), False),  # written alike in both scripts
        ("丁", (), False),
    ],
)
def test_is_traditional_form(form: str, others: tuple[str, ...], traditional: bool) -> None:
    assert is_traditional_form(form, others) is traditional


CHINESE_NAMES = ["臺北", "台北", "張三", "张三", "廣州", "广州", "國務院", "国务院", "乾隆", "徐乾學"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(CHINESE_NAMES), unique=True, max_size=5))
def test_any_chinese_aliases_round_trip_through_tbx(aliases: list[str]) -> None:
    entry = Entry.from_dict({"id": "x", "type": "place", "zh": "某地", "en": "Somewhere", "zh_aliases": aliases})
    (back,) = load_tbx(io.StringIO(exported(entry)))
    assert back == entry
