"""A table row whose Chinese cell is its English copied (session 31, user finding U30-32).

A CAT tool's "copy source to target" leaves a row such as "Huawei,Huawei": not yet translated into Chinese. It was
stored with zh 'Huawei' (one word was never judged), and `check` then failed every correct "Huawei" of an English
translation as unexpected. Two words ("Lei Jun,Lei Jun") were refused, the whole file with them. Either is now a
draft without Chinese, said on stderr with its line, as a row with the Chinese cell blank is (Weblate's untranslated
rows, U30-45). One word is read as pinyin only where nothing else can be meant: five letters or more, no English
word, two to four syllables each with an initial. The English of CC-CEDICT's lines:
  北京 北京 [Bei3 jing1] /Beijing, capital of People's Republic of China/Peking/PRC government/
  華為 华为 [Hua2 wei2] /Huawei (brand)/
  深圳 深圳 [Shen1 zhen4] /Shenzhen subprovincial city in Guangdong, special economic zone close to Hong Kong/
  小米 小米 [Xiao3 mi3] /Xiaomi, Chinese electronics company founded in 2010/
  淘寶 淘宝 [Tao2 bao3] /Taobao, a Chinese online shopping website .../
  百度 百度 [Bai3 du4] /Baidu, Internet portal and search engine, .../
  杭州 杭州 [Hang2 zhou1] /Hangzhou subprovincial city and capital of Zhejiang province in southeast China/
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from zhgloss.formats.csv_format import load_csv
from zhgloss.formats.table import ImportNote
from zhgloss.formats.tsv import load_tsv

ZHGLOSS = str(Path(sys.executable).with_name("zhgloss"))
COPIED = ["Beijing", "Huawei", "Shenzhen", "Xiaomi", "Taobao", "Baidu", "Hangzhou"]


@pytest.mark.parametrize("name", COPIED)
def test_one_pinyin_word_is_read_as_pinyin(name: str) -> None:
    from zhgloss.formats.table import romanized_word

    assert romanized_word(name)


@pytest.mark.parametrize(
    "word",
    [
        "Azure",  # a-zu-re: a syllable of a vowel alone (README: a brand may be pinyin by chance)
        "Lumia",  # lu-mi-a
        "Meta",  # me-ta: short, and an English word
        "Nike",  # ni-ke: short
        "Banana",  # an English word
        "OneDrive",  # no pinyin
        "Tencent",
        "HUAWEI",  # capitals alone: a logo's spelling, not judged
    ],
)
def test_other_words_are_not(word: str) -> None:
    from zhgloss.formats.table import romanized_word

    assert not romanized_word(word)


def test_the_testers_copied_rows_are_drafts_without_chinese() -> None:
    text = "zh,en\nShenzhen,Shenzhen\nHuawei,Huawei\nBeijing,Beijing\nXiaomi,Xiaomi\n"
    with pytest.warns(ImportNote) as said:
        entries = list(load_csv(io.StringIO(text), "onew.csv"))
    assert [(e.zh, e.en, e.draft) for e in entries] == [
        (None, "Shenzhen", True),
        (None, "Huawei", True),
        (None, "Beijing", True),
        (None, "Xiaomi", True),
    ]
    notes = [n.message for n in said if isinstance(n.message, ImportNote)]
    assert [n.line for n in notes] == [2, 3, 4, 5]
    assert "zh 'Huawei' is the row's English copied into the Chinese column" in notes[1].text


def test_two_words_copied_are_a_draft_too_not_a_refusal_of_the_file() -> None:
    text = "zh,en\n马云,Jack Ma\nLei Jun,Lei Jun\n刘强东,Richard Liu\n"
    with pytest.warns(ImportNote, match="zh 'Lei Jun' is the row's English copied"):
        entries = list(load_csv(io.StringIO(text), "team.csv"))
    assert [(e.zh, e.en, e.draft) for e in entries] == [
        ("马云", "Jack Ma", False),
        (None, "Lei Jun", True),
        ("刘强东", "Richard Liu", False),
    ]


def test_a_copied_row_under_an_entry_is_no_synonym_of_it() -> None:
    # In the multi-line layout a row with its Chinese blank is a synonym of the row above: a copied row is not.
    text = "zh,en\n马云,Jack Ma\nHuawei,Huawei\n"
    with pytest.warns(ImportNote):
        entries = list(load_csv(io.StringIO(text), "team.csv"))
    assert [(e.zh, e.en, e.aliases) for e in entries] == [("马云", "Jack Ma", ()), (None, "Huawei", ())]


def test_a_headed_tsv_holds_the_same_rule() -> None:
    with pytest.warns(ImportNote, match="zh 'Huawei'"):
        (entry,) = load_tsv(io.StringIO("Chinese\tEnglish\nHuawei\tHuawei\n"), "t.tsv")
    assert (entry.zh, entry.en, entry.draft) == (None, "Huawei", True)


@pytest.mark.parametrize(
    "text",
    [
        "zh,en\nAzure,Azure\nOneDrive,OneDrive\n",  # Latin Chinese text writes so (U35)
        "zh,en,type\nWPS,WPS,product\nOneDrive,OneDrive,product\n",  # typed, and no pinyin (R45-2 refuses Huawei)
    ],
)
def test_latin_chinese_text_writes_stays(text: str) -> None:
    entries = list(load_csv(io.StringIO(text), "latin.csv"))
    assert all(e.zh == e.en and not e.draft for e in entries)


def test_check_no_longer_fails_the_right_english(tmp_path: Path) -> None:
    # The tester's sequence: import onew.csv, then check "华为在深圳。 / Huawei is in Shenzhen." failed both names.
    rows = tmp_path / "onew.csv"
    rows.write_text("zh,en\nShenzhen,Shenzhen\nHuawei,Huawei\n", encoding="utf-8")
    pairs = tmp_path / "onew.tsv"
    pairs.write_text("华为在深圳。\tHuawei is in Shenzhen.\n", encoding="utf-8")
    db = tmp_path / "g.json"
    db.write_text("{}", encoding="utf-8")
    done = subprocess.run([ZHGLOSS, "--db", str(db), "import", str(rows)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "line 3: zh 'Huawei' is the row's English copied" in done.stderr
    stored = [doc for table in json.loads(db.read_text()).values() for doc in table.values()]
    assert all(doc.get("zh") is None for doc in stored)
    checked = subprocess.run([ZHGLOSS, "--db", str(db), "check", str(pairs)], capture_output=True, text=True)
    assert "unexpected" not in checked.stdout, checked.stdout


def test_an_omegat_line_copied_is_a_draft_too() -> None:
    # OmegaT's glossary has no header: "Huawei<TAB>Huawei" (one word, was stored with zh 'Huawei') and "Lei Jun<TAB>Lei
    # Jun" (two, was a refusal of the whole file) are drafts without Chinese; OneDrive stays a Latin term.
    from zhgloss.formats.tsv import load_omegat

    text = "雷军\tLei Jun\nHuawei\tHuawei\nXi Jinping\tXi Jinping\nOneDrive\tOneDrive\n"
    with pytest.warns(ImportNote) as said:
        entries = list(load_omegat(io.StringIO(text), "glossary.utf8"))
    assert sorted((e.zh or "", e.en, e.draft) for e in entries) == [
        ("", "Huawei", True),
        ("", "Xi Jinping", True),
        ("OneDrive", "OneDrive", False),
        ("雷军", "Lei Jun", False),
    ]
    assert [n.message.line for n in said if isinstance(n.message, ImportNote)] == [2, 3]
