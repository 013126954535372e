"""Where a company's or brand's Chinese name starts, what a region's name is, and a company before its stock code (s49).

The brief's findings (R48-4's rest, and the last review's): harvest cut names that open with an ordinary word —
泡泡玛特 (Pop Mart) proposed as 玛特, 小马智行 (Pony.ai) as 智行, 时代中国 (Times China) as 中国 (a generic alone),
世界贸易组织 as 贸易组织, 总统府 as 府 (its title 总统 cut off inside the word) — and kept a descriptor before one
(平台小红书). Now (`_without_leading_words`, `_after_kind_head`, `_one_word_more`, `_without_title`):
- a word that says what kind of thing follows (公司, 平台, 厂商, 品牌, 股: _ZH_KIND_HEADS) ends the sentence's words;
- a title is cut off only where it ends a word (总统府 is one word);
- a noun stays the name's first word where single characters follow (a name jieba's counts do not know: 小马|智|行)
  or where the English writes more words of the name than would be left (时代|中国 "Times China", 世界|贸易组织
  "WTO"), also where the glossary holds the shorter form (中国, 贸易组织) and where only the English's last word
  is heard (泡泡|玛特 "Pop Mart").
Region abbreviations: 川渝, 黔东, 鲁西 "Chuan Yu", "Lu Xi" were proposed as persons; provinces' one-character names
(data/region_abbreviations.tsv, from CC-CEDICT) joined, or one with a direction, are a place (`is_region_compound`),
and "eastern Guizhou (黔东)" keeps its direction ("Guizhou" alone conflicted with 贵州). An everyday phrase opening
with a verb (躺平 "Tang Ping", "Lying Flat") is a term, no person or name (`_is_verb_phrase`).
A stock code after a company named after words of the sentence with no break word before it (分析师看好贵州茅台
（600519.SH）) was "the stock code of an unnamed company": the sentence's verbs end where the name starts
(`_after_sentence_words`).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.harvest import harvest, is_region_compound, region_abbreviations
from zhgloss.model import Entry

GLOSSARY = [
    Entry(id="zhongguo", type="place", zh="中国", en="China"),
    Entry(id="maoyizuzhi", type="term", zh="贸易组织", en="trade organization"),
    Entry(id="zongtongfu", type="place", zh="总统府", en="presidential palace"),
    Entry(id="guizhou", type="place", zh="贵州", en="Guizhou"),
    Entry(id="shandong", type="place", zh="山东", en="Shandong"),
]

SPANS = [
    # (line, the Chinese name): the brief's, then lines of the same kinds.
    ("潮玩公司泡泡玛特（Pop Mart）周二公布的业绩显示，海外收入增长三倍。", "泡泡玛特"),
    ("泡泡玛特（Pop Mart）周二公布业绩。", "泡泡玛特"),
    ("自动驾驶公司小马智行（Pony.ai）周五在纳斯达克上市。", "小马智行"),
    ("小马智行（Pony.ai）周五上市。", "小马智行"),
    ("在生活方式平台小红书（RedNote）上，用户分享了许多旅行攻略。", "小红书"),
    ("世界贸易组织（World Trade Organization）周一发布了最新的贸易预测。", "世界贸易组织"),
    ("世界贸易组织（WTO）周一发布了最新的贸易预测。", "世界贸易组织"),
    ("内房股时代中国（Times China）周四宣布债务重组方案。", "时代中国"),
    ("时代中国（Times China）宣布债务重组方案。", "时代中国"),
    ("总统府（Presidential Office）周日发表声明。", "总统府"),
    ("芯片设备公司北方华创（Naura Technology）股价上涨。", "北方华创"),
    ("电动车制造商小鹏汽车（XPeng）公布交付量。", "小鹏汽车"),
    ("茶饮品牌蜜雪冰城（Mixue）在香港上市。", "蜜雪冰城"),
    ("短视频平台快手（Kuaishou）发布财报。", "快手"),
]
# As before: a glossary form or a name after words of the sentence, a person after a title.
AS_BEFORE = [
    ("阿里巴巴创始人马云（Jack Ma）表示。", "马云"),
    ("他买入腾讯（Tencent）。", "腾讯"),
    ("中国首都北京（Beijing）迎来降雪。", "北京"),
    ("国务卿布林肯（Antony Blinken）访华。", "布林肯"),
    ("球星梅西（Lionel Messi）宣布退役。", "梅西"),
]


def _names(line: str, glossary: list[Entry]) -> list[str]:
    return [p.zh or "" for p in harvest(line, glossary) if p.kind == "name"]


@pytest.mark.parametrize(("line", "zh"), SPANS)
@pytest.mark.parametrize("glossary", [[], GLOSSARY], ids=["no glossary", "glossary"])
def test_the_name_starts_at_its_own_first_word(line: str, zh: str, glossary: list[Entry]) -> None:
    assert _names(line, glossary) == [zh]


@pytest.mark.parametrize(("line", "zh"), AS_BEFORE)
def test_a_person_or_a_glossary_form_after_the_sentence_is_as_before(line: str, zh: str) -> None:
    assert _names(line, GLOSSARY) == [zh]


KIND_HEADS = ["公司", "平台", "厂商", "品牌", "制造商"]
DESCRIPTIONS = ["自动驾驶", "生活方式", "潮玩", "全景相机", "电动车"]
BRANDS = [("泡泡玛特", "Pop Mart"), ("小马智行", "Pony.ai"), ("小红书", "RedNote"), ("小鹏汽车", "XPeng")]


@settings(max_examples=40, deadline=None)
@given(head=st.sampled_from(KIND_HEADS), description=st.sampled_from(DESCRIPTIONS), brand=st.sampled_from(BRANDS))
def test_no_description_or_kind_word_is_inside_the_name(head: str, description: str, brand: tuple[str, str]) -> None:
    zh, en = brand
    assert _names(f"{description}{head}{zh}（{en}）周二公布业绩。", []) == [zh]


REGIONS = [
    # (line, zh, en): English copy and Chinese copy.
    ("Officials in Sichuan and Chongqing (川渝) signed a pact.", "川渝", "Sichuan and Chongqing"),
    ("Heavy rain hit eastern Guizhou (黔东) on Sunday.", "黔东", "eastern Guizhou"),
    ("Farmers in western Shandong (鲁西) began the harvest.", "鲁西", "western Shandong"),
    ("Chuan Yu (川渝) officials signed a deal.", "川渝", "Chuan Yu"),
    ("Lu Xi (鲁西) farmers began the harvest.", "鲁西", "Lu Xi"),
    ("川渝（Chuanyu）两地签署了合作协议。", "川渝", "Chuanyu"),
    ("京津冀（Jing-Jin-Ji）协同发展进入新阶段。", "京津冀", "Jing-Jin-Ji"),
    ("Floods hit northern Jiangsu (苏北) after a week of rain.", "苏北", "northern Jiangsu"),
]


@pytest.mark.parametrize(("line", "zh", "en"), REGIONS)
def test_provinces_one_character_names_are_a_place(line: str, zh: str, en: str) -> None:
    (found,) = [p for p in harvest(line, GLOSSARY) if p.kind == "name"]
    assert (found.zh, found.entry.en, found.entry.type) == (zh, en, "place")
    assert found.status == "new"  # "Guizhou" alone was a conflict with 贵州


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("京东", "JD"),
        ("京东", "JD.com"),
        ("苏宁", "Su Ning"),
        ("甘宁", "Gan Ning"),
        ("王毅", "Wang Yi"),
        ("鲁迅", "Lu Xun"),
    ],
)
def test_a_company_or_a_person_of_those_characters_is_no_region(zh: str, en: str) -> None:
    assert not is_region_compound(zh, en)


@given(first=st.sampled_from(sorted(region_abbreviations())), direction=st.sampled_from(list("东西南北")))
def test_every_province_with_a_direction_is_a_region(first: str, direction: str) -> None:
    assert is_region_compound(first + direction) or first + direction in ("京东",)


EVERYDAY = [
    ("Many young Chinese now embrace Tang Ping (躺平), or lying flat.", "躺平", "Tang Ping"),
    ("Lying Flat (躺平) became a buzzword in 2021.", "躺平", "Lying Flat"),
    ("Netizens call it Bai Lan (摆烂), letting things rot.", "摆烂", "Bai Lan"),
]


@pytest.mark.parametrize(("line", "zh", "en"), EVERYDAY)
def test_an_everyday_phrase_is_a_term_never_a_person(line: str, zh: str, en: str) -> None:
    (found,) = [p for p in harvest(line, []) if p.kind == "name"]
    assert (found.zh, found.entry.en, found.entry.type) == (zh, en, "term")


@pytest.mark.parametrize(
    ("line", "zh", "en"),
    [
        # A brand writes its pinyin as one word, or is no two-character verb phrase: a name as before.
        ("其竞争对手拼多多（Pinduoduo）表示。", "拼多多", "Pinduoduo"),
        ("用友（Yonyou）发布财报。", "用友", "Yonyou"),
        ("完美世界（Perfect World）发布新游戏。", "完美世界", "Perfect World"),
    ],
)
def test_a_brand_opening_with_a_verb_stays_a_name(line: str, zh: str, en: str) -> None:
    (found,) = [p for p in harvest(line, []) if p.kind == "name"]
    assert (found.zh, found.entry.en, found.entry.type) == (zh, en, "name")


CODES = [
    # (line, the company the code is of): the brief's, then the same shape with other verbs.
    ("分析师看好贵州茅台（600519.SH）的长期前景。", "贵州茅台"),
    ("投资者买入腾讯控股（0700.HK）。", "腾讯控股"),
    ("据悉宁德时代（300750.SZ）将在匈牙利建厂。", "宁德时代"),
    ("市场关注比亚迪（002594.SZ）的销量数据。", "比亚迪"),
    ("北向资金大举买入五粮液（000858.SZ）。", "五粮液"),
    ("多家券商上调泸州老窖（000568.SZ）的目标价。", "泸州老窖"),
    ("潮玩公司泡泡玛特（9992.HK）股价大涨。", "泡泡玛特"),
    ("时代中国（1233.HK）周四停牌。", "时代中国"),
    ("贵州茅台（600519.SH）周五收涨2%。", "贵州茅台"),
]


@pytest.mark.parametrize(("line", "company"), CODES)
def test_the_code_is_the_company_named_before_it(line: str, company: str) -> None:
    (found,) = harvest(line, [])
    assert found.kind == "ticker"
    assert found.explanation.startswith(f"the stock code of {company} ")


def test_harvest_add_stores_the_brand_whole_and_the_glossary_is_read(zhgloss_exe: str, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(
        "潮玩公司泡泡玛特（Pop Mart）周二公布业绩。\n分析师看好贵州茅台（600519.SH）的长期前景。\n"
        "Heavy rain hit eastern Guizhou (黔东) on Sunday.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "g.json")
    env = {**os.environ, "HOME": str(tmp_path)}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([zhgloss_exe, *args], capture_output=True, text=True, env=env, check=False)

    assert run("init", db).returncode == 0
    done = run("harvest", str(article), "--add", "--yes", "--db", db, "--json")
    assert done.returncode == 0, done.stderr
    proposals = json.loads(done.stdout)["proposals"]
    assert [(p["zh"], p["en"]) for p in proposals if p["kind"] == "name"] == [
        ("泡泡玛特", "Pop Mart"),
        ("黔东", "eastern Guizhou"),
    ]
    (code,) = [p["explanation"] for p in proposals if p["kind"] == "ticker"]
    assert code.startswith("the stock code of 贵州茅台 ")
    looked = run("lookup", "泡泡玛特", "--db", db)
    assert looked.returncode == 0 and "Pop Mart" in looked.stdout, looked.stderr


def test_the_region_table_is_what_its_script_builds_from_cc_cedict(shared_dir: Path, tmp_path: Path) -> None:
    """data/region_abbreviations.tsv is scripts/build_region_abbreviations.py's output on the shared CC-CEDICT."""
    root = Path(__file__).resolve().parent.parent
    out = tmp_path / "regions.tsv"
    script = root / "scripts" / "build_region_abbreviations.py"
    done = subprocess.run(
        [sys.executable, str(script), str(shared_dir / "data" / "cedict_ts.u8.gz"), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    shipped = root / "src" / "zhgloss" / "data" / "region_abbreviations.tsv"
    assert out.read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8")
    # Each of the review's characters, and each a division of today.
    assert {c: region_abbreviations()[c] for c in "川渝黔鲁"} == {
        "川": "Sichuan",
        "渝": "Chongqing",
        "黔": "Guizhou",
        "鲁": "Shandong",
    }
