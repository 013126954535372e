"""annotate on English copy puts an English name's gloss after the whole word the name starts, as English reads it: a
hyphenated compound in lower case ("Shenzhen-based", "Hong Kong-listed") or a possessive ("Beijing's"), not inside it
(issue 9; the thirty-third session's U33-12: /tmp/u33/t/en1.txt gave `The Hong Kong (香港)-listed firm`,
`Shenzhen (深圳)-based`, `Beijing (北京)'s Great Hall`). Two names hyphenated ("Shanghai-Hangzhou") are one word too:
their glosses go after it in one bracket (session 48, R46-21; s34 gave each its own); annotating twice changes
nothing, with --first-only too. The glossary is real CC-CEDICT lines (CC BY-SA 4.0, MDBG).
"""

from __future__ import annotations

import io

import pytest

from zhgloss.annotate import Annotator, Session
from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

LINES = (
    "上海 上海 [Shang4 hai3] /Shanghai municipality, central east China, abbr. to 滬|沪[Hu4]/\n"
    "北京 北京 [Bei3 jing1] /Beijing, capital of People's Republic of China/Peking/PRC government/\n"
    "日本 日本 [Ri4 ben3] /Japan/\n"
    "杭州 杭州 [Hang2 zhou1] /Hangzhou subprovincial city and capital of Zhejiang province in southeast China/\n"
    "深圳 深圳 [Shen1 zhen4] /Shenzhen subprovincial city in Guangdong, special economic zone close to Hong Kong/\n"
    "臺灣 台湾 [Tai2 wan1] /Taiwan/\n"
    "香港 香港 [Xiang1 gang3] /Hong Kong/\n"
)
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # U33-12 (/tmp/u33/t/en1.txt)
        ("The Hong Kong-listed firm rose.", "The Hong Kong-listed (香港) firm rose."),
        ("Its Shenzhen-based rival fell.", "Its Shenzhen-based (深圳) rival fell."),
        ("They met in Beijing's Great Hall.", "They met in Beijing's (北京) Great Hall."),
        # my own, the same class
        ("Taiwan\u2019s exports grew.", "Taiwan\u2019s (台湾) exports grew."),
        ("A Hangzhou-headquartered start-up.", "A Hangzhou-headquartered (杭州) start-up."),
        ("Japan's Shanghai-born envoy.", "Japan's (日本) Shanghai-born (上海) envoy."),
        # two names hyphenated are one word: both glosses after it, in one bracket (R46-21, session 48, reversing
        # this file's "each its own gloss": tests/test_annotate_name_compounds_s48.py)
        ("The Shanghai-Hangzhou railway.", "The Shanghai-Hangzhou (上海, 杭州) railway."),
        ("A Hong Kong-Shenzhen link.", "A Hong Kong-Shenzhen (香港, 深圳) link."),
        ("The pro-Beijing camp.", "The pro-Beijing (北京) camp."),
    ],
)
def test_the_gloss_follows_the_whole_word(text: str, expected: str) -> None:
    assert Session(ANNOTATOR).render(text) == expected


@pytest.mark.parametrize("first_only", [False, True])
def test_annotating_twice_changes_nothing(first_only: bool) -> None:
    text = "The Hong Kong-listed firm and Beijing's envoy met in Shenzhen-based offices; Beijing's view held.\n"
    once = Session(ANNOTATOR, first_only=first_only).render(text)
    assert Session(ANNOTATOR, first_only=first_only).render(once) == once
    assert "Beijing's (北京) envoy" in once


# In the bundled glossary's shape: a Taiwan form of Steve Jobs, Liu Qiangdong in both scripts, JD.com's old name.
BUNDLED_SHAPE = Annotator(
    [
        Entry(id="steve-jobs", zh="史蒂夫·乔布斯", en="Steve Jobs", type="person", zh_aliases=("史蒂夫·賈伯斯",)),
        Entry(id="liu-qiangdong", zh="刘强东", zh_hant="劉強東", en="Liu Qiangdong", type="person"),
        Entry(id="jd", zh="京东", en="JD.com", type="org", aliases=("360buy",)),
    ]
)


def test_two_glued_names_one_in_mixed_script_are_glossed_at_once() -> None:
    # test_annotation_is_idempotent's example (it failed at 564b409 too): 劉强東 (traditional 劉, simplified 强东) is
    # found with its characters simplified; beside 史蒂夫·賈伯斯 as written it is a name of its own, not a piece of it.
    once = Session(BUNDLED_SHAPE).render("史蒂夫·賈伯斯劉强東")
    assert once == "史蒂夫·賈伯斯（Steve Jobs）劉强東（Liu Qiangdong）"
    assert Session(BUNDLED_SHAPE).render(once) == once


def test_an_english_name_in_chinese_text_keeps_its_gloss_at_its_end() -> None:
    # Asked for with --gloss zh: by default a Latin name inside Chinese text gets none (R46-20, session 47).
    text = "一往无前360buy's"
    out = Session(BUNDLED_SHAPE, gloss="zh").render(text)
    assert out == "一往无前360buy（京东）'s"
    assert [(i.at, i.text) for i in BUNDLED_SHAPE.insertions(text, gloss="zh")] == [(10, "（京东）")]
    assert Session(BUNDLED_SHAPE).render(text) == text
