"""harvest: a Chinese run written against Latin letters, and a transliterated name that starts on a break word (s42).

Mixed names (the s41 left-alone: 人称WPS之父（Qiu Bojun） proposed 之父 "Qiu Bojun"). Chinese copy writes many names
in Latin letters and characters at once, no space between (QQ音乐, TCL集团, B站, WPS办公): the run of characters
before the bracket is only the name's tail. The head joins the name where the English writes it; where it does not
and the English does not spell the characters either, the run is no name (WPS之父 "the father of WPS" is an epithet).
An acronym before a name the English spells (TCL李东生 "Li Dongsheng") and a Latin title (CEO马化腾) stay apart.

Crossing (the s41 left-alone: 主席向巴平措（Qiangba Puncog） proposed 巴平措, 向 read as the preposition "to"):
a break word (向, 于, 和, 与 ...) is heard as the name's first syllable where the ending taking it in transliterates the
English clearly better (`_heard_across_break`); an ordinary preposition before a foreign name stays out.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from zhgloss.harvest import harvest


def _pairs(text: str) -> list[tuple[str | None, str]]:
    return [(p.zh, p.en) for p in harvest(text, []) if p.kind == "name"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("腾讯推出QQ音乐（QQ Music）服务。", ("QQ音乐", "QQ Music")),
        ("电视由TCL集团（TCL Corporation）生产。", ("TCL集团", "TCL Corporation")),
        ("金山发布WPS办公（WPS Office）新版本。", ("WPS办公", "WPS Office")),
        # With the space Chinese web copy puts between Latin letters and characters (R42-5): stored as one.
        ("QQ 音乐（QQ Music）宣布涨价。", ("QQ音乐", "QQ Music")),
        ("TCL 集团（TCL Corporation）公布年报。", ("TCL集团", "TCL Corporation")),
    ],
)
def test_a_mixed_name_keeps_the_letters_its_english_writes(text: str, pair: tuple[str, str]) -> None:
    assert _pairs(text) == [pair]


@pytest.mark.parametrize(
    "text",
    [
        "金山软件创始人、人称WPS之父（Qiu Bojun）的求伯君表示。",  # the s41 instance
        "他被称为iPhone之父（Steve Jobs）。",
        "被誉为A股之王（Li Si）的投资人。",
        "年轻人都用B站（Bilibili）。",  # Bilibili writes no B: better no pair than 站 "Bilibili"
        "人称 WPS 之父（Qiu Bojun）的求伯君。",
    ],
)
def test_a_mixed_run_the_english_neither_writes_nor_spells_is_no_name(text: str) -> None:
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("TCL李东生（Li Dongsheng）表示。", ("李东生", "Li Dongsheng")),  # an acronym, then a name the English spells
        ("腾讯CEO马化腾（Pony Ma）说。", ("马化腾", "Pony Ma")),  # a Latin title
        ("OpenAI奥尔特曼（Sam Altman）表示。", ("奥尔特曼", "Sam Altman")),  # a transliteration after a company
        ("NBA球星姚明（Yao Ming）退役。", ("姚明", "Yao Ming")),  # the name ends the run, the title before it
    ],
)
def test_a_name_after_latin_letters_that_the_english_spells_stays_alone(text: str, pair: tuple[str, str]) -> None:
    assert _pairs(text) == [pair]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("西藏自治区主席向巴平措（Qiangba Puncog）表示。", ("向巴平措", "Qiangba Puncog")),  # the s41 instance
        ("他向巴平措（Qiangba Puncog）表示祝贺。", ("向巴平措", "Qiangba Puncog")),
        # The break word is the surname the English writes outside pinyin (R42-6): 向 is Heung in Hong Kong.
        ("港星向华强（Charles Heung）与妻子出席。", ("向华强", "Charles Heung")),
        ("电影公司老板向华强（Charles Heung）说。", ("向华强", "Charles Heung")),
    ],
)
def test_a_transliterated_name_is_heard_across_a_break_word(text: str, pair: tuple[str, str]) -> None:
    assert _pairs(text) == [pair]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("他与优素福（Yusuf）会谈。", ("优素福", "Yusuf")),
        ("他对特朗普（Donald Trump）说。", ("特朗普", "Donald Trump")),
        ("他和马克龙（Emmanuel Macron）会谈。", ("马克龙", "Emmanuel Macron")),
        ("他会见了普京（Vladimir Putin）。", ("普京", "Vladimir Putin")),
        ("董事长于刚（Yu Gang）说。", ("于刚", "Yu Gang")),  # pinyin: heard across before this change too
        ("他和何鸿燊（Stanley Ho）会面。", ("何鸿燊", "Stanley Ho")),
        ("苹果 CEO 库克（Tim Cook）说。", ("库克", "Tim Cook")),
    ],
)
def test_an_ordinary_break_word_before_a_name_stays_out(text: str, pair: tuple[str, str]) -> None:
    assert _pairs(text) == [pair]


def test_harvest_add_stores_the_mixed_name(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "mine.json"
    subprocess.run([zhgloss_exe, "init", str(db), "--empty"], check=True, capture_output=True)
    done = subprocess.run(
        [zhgloss_exe, "harvest", "-", "--db", str(db), "--add", "--yes"],
        input="腾讯推出QQ音乐（QQ Music）服务。人称WPS之父（Qiu Bojun）的求伯君。\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found = subprocess.run(
        [zhgloss_exe, "lookup", "QQ音乐", "--db", str(db), "--field", "en"], capture_output=True, text=True, check=False
    )
    assert found.stdout.strip() == "QQ Music"
    father = subprocess.run([zhgloss_exe, "lookup", "之父", "--db", str(db)], capture_output=True, check=False)
    assert father.returncode == 1  # nothing stored under the epithet's tail
