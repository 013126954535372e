"""harvest: a bracket that lists several names, after the English list of them or before it, gives a pair each
when the two lists count the same, and none when they do not (s31, U30-19).

"Lei Jun and Lin Bin (雷军和林斌) founded Xiaomi." proposed one entry 雷军和林斌 "Lei Jun and Lin Bin"; "Jack Ma and
Joe Tsai (马云、蔡崇信)" gave 马云 the English of both, and --add stored them, so check then demanded "Jack Ma and Joe
Tsai" for every 马云. One name with "and" in it stays whole: a country ("Trinidad and Tobago", ISO 3166), words
English writes in lower case beside the "and" (the NDRC, "Pride and Prejudice"), and in Chinese copy a 和 list whose
parts are not people's names the English spells (塞尔维亚和黑山 "Serbia and Montenegro", the state of 2003-2006).
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
    ("line", "pairs"),
    [
        # U30-19's conj.txt
        ("Lei Jun and Lin Bin (雷军和林斌) founded Xiaomi.", [("雷军", "Lei Jun"), ("林斌", "Lin Bin")]),
        ("Jack Ma and Joe Tsai (马云、蔡崇信) built Alibaba.", [("马云", "Jack Ma"), ("蔡崇信", "Joe Tsai")]),
        ("Alibaba and Tencent (阿里巴巴与腾讯) compete.", [("阿里巴巴", "Alibaba"), ("腾讯", "Tencent")]),
        (
            "Baidu, Alibaba and Tencent (百度、阿里巴巴和腾讯), known as BAT, dominate.",
            [("百度", "Baidu"), ("阿里巴巴", "Alibaba"), ("腾讯", "Tencent")],
        ),
        # the same class in other shapes
        (
            "Pinduoduo founder Colin Huang and Tencent's Pony Ma (黄峥和马化腾) topped the list again.",
            [("黄峥", "Colin Huang"), ("马化腾", "Pony Ma")],
        ),
        (
            "Lawmakers Regina Ip, Tommy Cheung and Michael Tien (叶刘淑仪、张宇人、田北辰) voted against the motion.",
            [("叶刘淑仪", "Regina Ip"), ("张宇人", "Tommy Cheung"), ("田北辰", "Michael Tien")],
        ),
        ("小米由雷军和林斌（Lei Jun and Lin Bin）创立。", [("雷军", "Lei Jun"), ("林斌", "Lin Bin")]),
        ("阿里巴巴由马云、蔡崇信（Jack Ma and Joe Tsai）等人创立。", [("马云", "Jack Ma"), ("蔡崇信", "Joe Tsai")]),
        (
            "百度、阿里巴巴和腾讯（Baidu, Alibaba and Tencent）合称BAT。",
            [("百度", "Baidu"), ("阿里巴巴", "Alibaba"), ("腾讯", "Tencent")],
        ),
    ],
)
def test_a_list_of_names_is_a_pair_each(line: str, pairs: list[tuple[str, str]]) -> None:
    assert _pairs(line) == pairs


def test_the_first_name_keeps_its_title() -> None:
    text = "Pinduoduo founder Colin Huang and Tencent's Pony Ma (黄峥和马化腾) topped the list again."
    roles = {p.zh: [r.title for r in p.entry.roles] for p in harvest(text, [])}
    assert roles == {"黄峥": ["Pinduoduo founder"], "马化腾": []}


@pytest.mark.parametrize(
    "line",
    [
        "Regina Ip and Michael Tien (叶刘淑仪、张宇人、田北辰) voted against the motion.",
        "Jack Ma and Joe Tsai (马云、蔡崇信、彭蕾) built Alibaba.",
        "阿里巴巴由马云、蔡崇信、彭蕾（Jack Ma and Joe Tsai）等人创立。",
    ],
)
def test_lists_that_count_otherwise_give_no_pair(line: str) -> None:
    assert _pairs(line) == []


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        ("Trinidad and Tobago (千里达和多巴哥) won.", ("千里达和多巴哥", "Trinidad and Tobago")),
        (
            "Bosnia and Herzegovina (波斯尼亚和黑塞哥维那) qualified.",
            ("波斯尼亚和黑塞哥维那", "Bosnia and Herzegovina"),
        ),
        (
            "The National Development and Reform Commission (国家发展和改革委员会) said.",
            ("国家发展和改革委员会", "National Development and Reform Commission"),
        ),
        ("He read Pride and Prejudice (傲慢与偏见) twice.", ("傲慢与偏见", "Pride and Prejudice")),
        ("他访问了塞尔维亚和黑山（Serbia and Montenegro）。", ("塞尔维亚和黑山", "Serbia and Montenegro")),
        ("Procter & Gamble (宝洁) cut prices.", ("宝洁", "Procter & Gamble")),
    ],
)
def test_one_name_with_and_in_it_stays_whole(line: str, pair: tuple[str, str]) -> None:
    assert _pairs(line) == [pair]


def test_harvest_add_stores_a_pair_each(tmp_path: Path, zhgloss_exe: str) -> None:
    article = tmp_path / "conj.txt"
    article.write_text("Jack Ma and Joe Tsai (马云、蔡崇信) built Alibaba.\n", encoding="utf-8")
    db = tmp_path / "names.json"
    db.write_text("{}", encoding="utf-8")
    subprocess.run([zhgloss_exe, "--db", str(db), "harvest", str(article), "--add", "--yes"], capture_output=True)
    stored = json.loads(db.read_text(encoding="utf-8"))["entries"]
    assert sorted((e["zh"], e["en"]) for e in stored.values()) == [("蔡崇信", "Joe Tsai"), ("马云", "Jack Ma")]


def test_a_later_name_of_the_list_keeps_its_own_title() -> None:
    text = "Beijing mayor Yin Yong and party secretary Yin Li (殷勇、尹力) visited the flooded districts."
    found = {p.zh: (p.en, [r.title for r in p.entry.roles]) for p in harvest(text, [])}
    assert found == {"殷勇": ("Yin Yong", ["Beijing mayor"]), "尹力": ("Yin Li", ["party secretary"])}


def test_a_word_english_writes_in_lower_case_on_one_side_only_is_no_one_name() -> None:
    # "emperor" is a word English writes in lower case; a list's "and" has one beside it, a name's ("Development and
    # Reform") has one on each side.
    text = "Empress Dowager Longyu and Emperor Puyi (隆裕太后和溥仪) signed the abdication edict."
    found = {p.zh: (p.en, [r.title for r in p.entry.roles]) for p in harvest(text, [])}
    assert found == {"隆裕太后": ("Empress Dowager Longyu", []), "溥仪": ("Puyi", ["Emperor"])}


@pytest.mark.parametrize(
    ("line", "pairs"),
    [
        # R6 of s31's review: "Un" and "moon" are words English writes in lower case, here the words of two names.
        # CC-CEDICT: 金正恩 /Kim Jong-un/, 文在寅 /Moon Jae-in/, 朴槿惠 /Park Geun-hye/.
        (
            "Kim Jong Un and Moon Jae-in (金正恩和文在寅) met at Panmunjom.",
            [("金正恩", "Kim Jong Un"), ("文在寅", "Moon Jae-in")],
        ),
        (
            "Kim Jong Un and Park Geun-hye (金正恩和朴槿惠) never met.",
            [("金正恩", "Kim Jong Un"), ("朴槿惠", "Park Geun-hye")],
        ),
        (
            "朝鲜领导人金正恩和文在寅（Kim Jong Un and Moon Jae-in）会面。",
            [("金正恩", "Kim Jong Un"), ("文在寅", "Moon Jae-in")],
        ),
        # Two names that begin alike. CC-CEDICT: 財政部 /Ministry of Finance/, 中國銀行 /Bank of China (BoC)/,
        # 交通銀行 /Bank of Communications/.
        (
            "China's Ministry of Commerce and Ministry of Finance (商务部和财政部) said.",
            [("商务部", "Ministry of Commerce"), ("财政部", "Ministry of Finance")],
        ),
        (
            "Bank of China and Bank of Communications (中国银行和交通银行) cut rates.",
            [("中国银行", "Bank of China"), ("交通银行", "Bank of Communications")],
        ),
    ],
)
def test_lower_case_words_of_two_names_are_a_list(line: str, pairs: list[tuple[str, str]]) -> None:
    assert _pairs(line) == pairs


def test_a_name_with_of_and_and_in_it_stays_whole() -> None:
    # CC-CEDICT: 工信部 /Ministry of Industry and Information Technology (abbr)/, the abbreviation of 工业和信息化部
    line = "The Ministry of Industry and Information Technology (工业和信息化部) said."
    assert _pairs(line) == [("工业和信息化部", "Ministry of Industry and Information Technology")]


def _roles(text: str) -> dict[str | None, list[str]]:
    return {p.zh: [r.title for r in p.entry.roles] for p in harvest(text, [])}


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # R8 of s31's review. CC-CEDICT: 特朗普 /Donald Trump .../US president/, 普京 /.../president of Russia/.
        (
            "Presidents Donald Trump and Vladimir Putin (特朗普和普京) met.",
            {"特朗普": ["President"], "普京": ["President"]},
        ),
        (
            "Presidents Xi Jinping and Vladimir Putin (习近平和普京) signed a joint statement.",
            {"习近平": ["President"], "普京": ["President"]},
        ),
        (
            "Lawmakers Regina Ip, Tommy Cheung and Michael Tien (叶刘淑仪、张宇人、田北辰) voted against the motion.",
            {"叶刘淑仪": ["Lawmaker"], "张宇人": ["Lawmaker"], "田北辰": ["Lawmaker"]},
        ),
    ],
)
def test_a_plural_title_before_a_list_is_each_names_in_the_singular(text: str, roles: dict[str, list[str]]) -> None:
    assert _roles(text) == roles
