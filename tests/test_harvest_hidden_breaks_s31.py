"""harvest: a character that shows as nothing, another space, or a line break inside a name does not cut it (s31,
U30-46 and U30-49).

Web and CMS copy carries zero-width spaces, soft hyphens and word joiners inside names, and thin or ideographic
spaces between their words; plain-text wire feeds and newsletters break lines at ~70 columns, PDF-to-text breaks
Chinese lines anywhere. "Lei<U+200B>Jun (雷军)" gave en "Jun", "founder Lei⏎Jun (雷军)" the same, "雷<U+200B>军（Lei
Jun）" and "创始人雷⏎军（Lei Jun）" zh 军: --add stored them, and annotate then glossed every 军 "Lei Jun".
A line that ends its sentence or paragraph still starts the next afresh.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from zhgloss.harvest import harvest


def _pairs(text: str) -> list[tuple[str | None, str]]:
    return [(p.zh, p.en) for p in harvest(text, []) if p.kind == "name"]


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        ("Lei\u200bJun (雷军) spoke.", ("雷军", "Lei Jun")),  # U30-46's zw.txt
        ("Xi\u200b Jinping (习近平) spoke.", ("习近平", "Xi Jinping")),  # U30-46's zw.txt
        ("Lei\u00adJun (雷军) spoke again.", ("雷军", "Lei Jun")),  # a soft hyphen
        ("Li\u2009Qiang (李强) spoke.", ("李强", "Li Qiang")),  # a thin space
        (
            "Xiaomi president Lu\u2060 Weibing (卢伟冰) said the phone sold out.",
            ("卢伟冰", "Lu Weibing"),
        ),  # word joiner
        ("Meituan CEO Wang\u200bXing (王兴) told analysts the price war would go on.", ("王兴", "Wang Xing")),
        ("Lei\u202eJun (雷军) spoke.", ("雷军", "Lei Jun")),  # a bidirectional control (U30-46's ctrl.txt)
        ("Huawei rotating chairman Eric\u202fXu (徐直军) opened the conference.", ("徐直军", "Eric Xu")),
    ],
)
def test_an_invisible_character_or_another_space_inside_an_english_name(line: str, pair: tuple[str, str]) -> None:
    assert _pairs(line) == [pair]


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        ("雷\u200b军（Lei Jun）发言。", ("雷军", "Lei Jun")),  # U30-46's zw_zh.txt
        ("习\u00ad近平（Xi Jinping）表示。", ("习近平", "Xi Jinping")),  # U30-46's zw_zh.txt
        ("宁德时代董事长曾\u2060毓群（Robin Zeng）出席了发布会。", ("曾毓群", "Robin Zeng")),
    ],
)
def test_an_invisible_character_inside_a_chinese_name(line: str, pair: tuple[str, str]) -> None:
    assert _pairs(line) == [pair]


def test_a_hard_wrapped_wire_paragraph() -> None:
    # U30-49's wrapped.txt, a wire paragraph hard-wrapped at ~70 columns.
    text = (
        "HONG KONG, Dec 4 (Reuters) - Xiaomi Corp founder Lei\n"
        "Jun (雷军) said on Tuesday the company would build cars, while Taiwan\n"
        "President Lai Ching-te (賴清德) met Foxconn chairman Young\n"
        "Liu (劉揚偉) in Taipei.\n"
    )
    found = {p.zh: (p.en, [r.title for r in p.entry.roles]) for p in harvest(text, []) if p.kind == "name"}
    assert found == {
        "雷军": ("Lei Jun", ["Xiaomi Corp founder"]),
        "赖清德": ("Lai Ching-te", ["Taiwan President"]),
        "刘扬伟": ("Young Liu", ["Foxconn chairman"]),
    }
    assert [p.lines for p in harvest(text, [])] == [(2,), (3,), (4,)]  # the line of the bracket


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            '"We will keep investing in autonomous driving," Xpeng founder He\n'
            "Xiaopeng (何小鹏) told reporters in Guangzhou on Friday.",
            ("何小鹏", "He Xiaopeng"),
        ),
        ("据报道，小米创始人雷\n军（Lei Jun）表示，", ("雷军", "Lei Jun")),  # U30-49's wrapped_zh.txt (PDF to text)
        ("据新华社报道，宁德时代董事长曾\n毓群（Robin Zeng）出席了当天的发布会。", ("曾毓群", "Robin Zeng")),
    ],
)
def test_a_line_break_inside_a_name(text: str, pair: tuple[str, str]) -> None:
    assert _pairs(text) == [pair]


@pytest.mark.parametrize(
    "text",
    [
        "Shares of the carmaker rose 4% on Friday.\nLei Jun (雷军) spoke later.",
        "Shares of the carmaker rose on Friday, said Xiaomi\n\nLei Jun (雷军) spoke later.",
    ],
)
def test_a_line_after_a_sentence_or_paragraph_end_starts_afresh(text: str) -> None:
    assert _pairs(text) == [("雷军", "Lei Jun")]


def test_a_verb_before_a_title_is_no_part_of_the_role() -> None:
    # The same sentence on one line: the role was "Lai Ching-te met Foxconn chairman" (the bracket before "met" was
    # read as a company's, as in "Xiaomi Corp (1810.HK) founder").
    for text, zh, role in [
        (
            "Taiwan President Lai Ching-te (賴清德) met Foxconn chairman Young Liu (劉揚偉) in Taipei.",
            "刘扬伟",
            "Foxconn chairman",
        ),
        (
            "Premier Li Qiang (李强) thanked Tesla chief executive Elon Musk (马斯克) for coming.",
            "马斯克",
            "Tesla chief executive",
        ),
        ("Xiaomi Corp (1810.HK) founder Lei Jun (雷军) said.", "雷军", "Xiaomi Corp founder"),
    ]:
        found = {p.zh: [r.title for r in p.entry.roles] for p in harvest(text, []) if p.kind == "name"}
        assert found[zh] == [role], text


def test_harvest_add_stores_the_whole_name(tmp_path: Path, zhgloss_exe: str) -> None:
    article = tmp_path / "zw.txt"
    article.write_text("Lei\u200bJun (雷军) spoke.\n据报道，小米创始人雷\n军（Lei Jun）表示。\n", encoding="utf-8")
    db = tmp_path / "names.json"
    db.write_text("{}", encoding="utf-8")
    subprocess.run([zhgloss_exe, "--db", str(db), "harvest", str(article), "--add", "--yes"], capture_output=True)
    stored = json.loads(db.read_text(encoding="utf-8"))["entries"]
    assert [(e["zh"], e["en"]) for e in stored.values()] == [("雷军", "Lei Jun")]


@pytest.mark.parametrize(
    ("text", "zh", "role", "kind"),
    [
        # the words after a bracket go on into the next line too (a role, a type)
        (
            "Zhang Yiming (张一鸣), the founder of\nByteDance, stepped down on Thursday.",
            "张一鸣",
            ["founder of ByteDance"],
            "person",
        ),
        ("Xiaomi (小米) is a\nChinese consumer electronics company.", "小米", [], "org"),
    ],
)
def test_the_words_after_a_bracket_go_on_into_the_next_line(text: str, zh: str, role: list[str], kind: str) -> None:
    entry = next(p.entry for p in harvest(text, []) if p.zh == zh)
    assert ([r.title for r in entry.roles], entry.type) == (role, kind)


def test_a_possessive_at_a_line_end_reads_the_next_line() -> None:
    assert _pairs("Shares in Xiaomi's (小米)\nHong Kong unit rose.") == [("小米", "Xiaomi")]
    assert _pairs("Moody's (穆迪)\ncut its outlook.") == [("穆迪", "Moody's")]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a headline or a byline above the name, without a full stop, is no part of it
        (
            "Tencent results beat forecasts in China\nMa Huateng (马化腾) said the quarter was strong.",
            ("马化腾", "Ma Huateng"),
        ),
        ("Xiaomi SU7 Ultra Review\nLei Jun (雷军) showed the car.", ("雷军", "Lei Jun")),
        ("By Reuters Staff\nLei Jun (雷军) showed the car.", ("雷军", "Lei Jun")),
        ("Talks resume in Beijing\nBlinken (布林肯) met Wang Yi.", ("布林肯", "Blinken")),
        ("小米发布新车\n雷军（Lei Jun）表示。", ("雷军", "Lei Jun")),
        # the bracket opening the line
        (
            "The company was founded in 2010 by former Kingsoft chief Lei Jun\n(雷军) and seven others.",
            ("雷军", "Lei Jun"),
        ),
    ],
)
def test_a_line_above_that_is_no_wrapped_prose(text: str, pair: tuple[str, str]) -> None:
    assert _pairs(text) == [pair]
