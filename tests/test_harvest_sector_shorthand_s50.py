"""A sector's shorthand for its firms before a company ends the sentence's words (s50).

The tester's B49-15: "a word saying what kind of thing follows ends the sentence's words" (`_after_kind_head`) held a
list (公司 平台 厂商 品牌 股 …), so the shorthands Chinese business copy uses most were proposed as part of the
company's Chinese: 券商中信证券, 车企长城汽车, 药企恒瑞医药, 投行中金公司, and 芯片商中芯国际 cut inside the word
(商中芯国际). The class is a sector and a kind morpheme (企, 商, 行), which copy coins from any sector: the rule
(`harvest._is_kind_head`) reads the shape jieba's counts cut a coined one into (车|企, 芯片|商, 投|行), and the
words a dictionary lists by CC-CEDICT's glosses (data/firm_words.txt: 券商 "securities dealer", 外企), so that 协商
(政治协商会议), 工商 (工商管理硕士), 招商 (招商证券) and a place before 商 (中国商飞) stay the name's.
"""

from __future__ import annotations

import gzip
import io
from contextlib import redirect_stdout
from pathlib import Path

import pytest
from build_scripts import load_build_script
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss import harvest as harvester
from zhgloss.harvest import harvest

SHORTHANDS = [
    # (line, the company's Chinese): the tester's lines, then others of the class.
    ("投行中金公司（CICC）发布研究报告。", "中金公司"),
    ("券商中信证券（CITIC Securities）发布研报。", "中信证券"),
    ("车企长城汽车（Great Wall Motor）公布销量。", "长城汽车"),
    ("药企恒瑞医药（Hengrui Medicine）获批新药。", "恒瑞医药"),
    ("房企碧桂园（Country Garden）债务违约。", "碧桂园"),
    ("险企中国人寿（China Life）公布保费收入。", "中国人寿"),
    ("芯片商中芯国际（SMIC）扩产。", "中芯国际"),
    ("新能源车企比亚迪（BYD）公布销量。", "比亚迪"),
    ("面板商京东方（BOE）扩产。", "京东方"),
    ("游戏商网易（NetEase）公布财报。", "网易"),
    ("外企苹果（Apple）在华销量下滑。", "苹果"),
    ("投行高盛（Goldman Sachs）上调评级。", "高盛"),
]


@pytest.mark.parametrize(("line", "zh"), SHORTHANDS)
def test_the_company_starts_after_the_sectors_shorthand(line: str, zh: str) -> None:
    assert [p.zh for p in harvest(line, [])] == [zh]


@pytest.mark.parametrize(
    ("line", "company"),
    [
        ("券商中信证券（600030.SH）发布研报。", "中信证券"),
        ("车企长城汽车（601633.SH）公布销量。", "长城汽车"),
        ("药企恒瑞医药（600276.SH）获批新药。", "恒瑞医药"),
    ],
)
def test_a_stock_codes_company_starts_after_it_too(line: str, company: str) -> None:
    (code,) = harvest(line, [])
    assert code.explanation.startswith(f"the stock code of {company} "), code.explanation


WHOLE = [
    # Names that hold 企, 商 or 行 as their own: no shorthand before them.
    ("中国商飞（COMAC）交付客机。", "中国商飞"),
    ("招商证券（China Merchants Securities）发布研报。", "招商证券"),
    ("中国工商银行（ICBC）公布年报。", "中国工商银行"),
    ("华商晨报（China Business Morning Post）报道。", "华商晨报"),
    ("运营商中国移动（China Mobile）公布用户数。", "中国移动"),
]


@pytest.mark.parametrize(("line", "zh"), WHOLE)
def test_a_name_holding_a_morpheme_stays_whole(line: str, zh: str) -> None:
    assert [p.zh for p in harvest(line, [])] == [zh]


# A coined shorthand: a one-character sector before 企, a word before 商 (a dictionary word such as 药商 "drug
# dealer", one word to jieba and in no CC-CEDICT line, is not read: left, as the s50 report says).
SHORTHAND_WORDS = [
    *(s + "企" for s in "车药房险酒乳煤钢"),
    *(s + "商" for s in ("芯片", "面板", "手机", "游戏", "光伏")),
]
COMPANIES = [("长城汽车", "Great Wall Motor"), ("恒瑞医药", "Hengrui Medicine"), ("中芯国际", "SMIC")]


@settings(max_examples=60, deadline=None)
@given(shorthand=st.sampled_from(SHORTHAND_WORDS), company=st.sampled_from(COMPANIES))
def test_no_shorthand_is_ever_inside_the_proposed_chinese(shorthand: str, company: tuple[str, str]) -> None:
    zh, en = company
    found = harvest(f"{shorthand}{zh}（{en}）公布业绩。", [])
    assert [p.zh for p in found] == [zh]


def test_the_shipped_firm_words_are_what_the_build_script_writes(shared_dir: Path) -> None:
    build = load_build_script("build_firm_words")
    words = build.firm_words(str(shared_dir / "data" / "cedict_ts.u8.gz"))
    shipped = [w for w in harvester.FIRM_WORDS_PATH.read_text(encoding="utf-8").splitlines() if not w.startswith("#")]
    assert shipped == words
    assert {"券商", "外企", "央企", "承销商"} <= set(words)
    assert not {"协商", "工商", "招商", "银行", "商行"} & set(words)


def test_the_build_reads_firm_glosses_only(tmp_path: Path) -> None:
    cedict = tmp_path / "c.u8.gz"
    lines = [
        "券商 券商 [quan4 shang1] /securities dealer/share broker/",
        "協商 协商 [xie2 shang1] /to consult with/to talk things over/",
        "外企 外企 [wai4 qi3] /foreign enterprise/",
        "銀行 银行 [yin2 hang2] /bank/",
        "華商 华商 [Hua2 shang1] /Huashang (a newspaper)/",
    ]
    with gzip.open(cedict, "wt", encoding="utf-8") as fp:
        fp.write("\n".join(lines) + "\n")
    build = load_build_script("build_firm_words")
    assert build.firm_words(str(cedict)) == ["券商", "外企"]
    out = io.StringIO()
    with redirect_stdout(out):
        build.firm_words(str(cedict))
    assert out.getvalue() == ""
