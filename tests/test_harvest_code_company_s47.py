"""A stock code refers to the glossary entry whose form is the whole name before its bracket (s47, R47-4).

Before, a code after a listed company the glossary lacks was given to the entry that is only the tail of
the company's name: 宁德时代（300750.SZ） was "the stock code of 时代" and referred to the magazine Time,
贵州茅台（600519.SH） to the town of Maotai, 新东方（EDU.N） to 东方 "East". The company before a code is
read with no English, and that reading took the longest glossary form ending the run. Now a glossary form
is the company only where it is the whole name or the words before it are the sentence's (投资者买入|腾讯);
else the code is "the stock code of 宁德时代 (not in the glossary)". And the A or B a mainland share's short
name ends with (万科A, 京东方A, 张裕B) is the listing's, not the name's: 京东方A（000725.SZ） was "the stock
code of an unnamed company", and 万科A's code now refers to 万科.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.harvest import Proposal, harvest
from zhgloss.model import Entry

GLOSSARY = [
    Entry(id="time", zh="时代", en="Time", type="work"),
    Entry(id="maotai", zh="茅台", en="Maotai", type="place"),
    Entry(id="east", zh="东方", en="East", type="place"),
    Entry(id="vanke", zh="万科", en="Vanke", type="org"),
    Entry(id="tencent", zh="腾讯", en="Tencent", type="org"),
]


def _code(line: str) -> Proposal:
    (code,) = [p for p in harvest(line, GLOSSARY) if p.kind == "ticker"]
    return code


# (line, the company the code is of, the entry it refers to): wrong on the parent.
TAIL_TAKEN_BEFORE = [
    ("宁德时代（300750.SZ）股价上涨。", "宁德时代", None),  # the review's (R47-4)
    ("贵州茅台（600519.SH）股价上涨。", "贵州茅台", None),
    ("新东方（EDU.N）股价上涨。", "新东方", None),
    ("京东方A（000725.SZ）股价上涨。", "京东方", None),
    ("万科A（000002.SZ）股价上涨。", "万科", "vanke"),
    # Mine: in a sentence, a B share, a code with the exchange's name.
    ("据悉，宁德时代（300750.SZ）公布业绩。", "宁德时代", None),
    ("据报道，贵州茅台（600519.SH）股价上涨。", "贵州茅台", None),
    ("张裕B（200869.SZ）停牌。", "张裕", None),
    ("万科A（股票代码：000002）公告。", "万科", "vanke"),
]
# Right on the parent and still: the whole name is the entry's, after words of the sentence too.
KEPT = [
    ("腾讯（0700.HK）股价上涨。", "腾讯", "tencent"),
    ("投资者买入腾讯（0700.HK）。", "腾讯", "tencent"),
    ("他卖了万科（000002.SZ）的股票。", "万科", "vanke"),
    ("美团-W（3690.HK）股价上涨。", "美团", None),
    ("比亚迪（002594.SZ）股价上涨。", "比亚迪", None),
]


@pytest.mark.parametrize(("line", "company", "refers_to"), TAIL_TAKEN_BEFORE + KEPT)
def test_a_code_refers_to_the_whole_name_before_it(line: str, company: str, refers_to: str | None) -> None:
    code = _code(line)
    assert code.entry.note == f"stock code of {company}"
    assert code.entry.refers_to == refers_to
    where = f"({refers_to})" if refers_to else "(not in the glossary)"
    assert code.explanation == f"the stock code of {company} {where}"


@given(
    st.sampled_from(["宁德", "贵州", "新", "京", "华夏", "海南"]),
    st.sampled_from(["时代", "茅台", "东方"]),
    st.sampled_from(["", "A", "B"]),
    st.sampled_from(["", "据悉，", "昨日，", "据报道"]),
)
def test_a_glossary_name_ending_a_company_s_name_is_not_its_company(
    head: str, tail: str, share: str, lead: str
) -> None:
    code = _code(f"{lead}{head}{tail}{share}（600000.SH）股价上涨。")
    assert code.entry.refers_to is None
    assert code.explanation == f"the stock code of {head}{tail} (not in the glossary)"


def test_a_tail_after_words_of_the_sentence_and_a_place_is_not_the_company() -> None:
    # 分析师|看好|贵州|茅台: no break word tells where the name starts, and no English; the code is no town's (it was
    # "the stock code of 茅台" on the parent). The whole name is not read either (Known limits: "an unnamed company").
    code = _code("分析师看好贵州茅台（600519.SH）。")
    assert code.entry.refers_to is None
    assert code.entry.note != "stock code of 茅台"


def test_a_share_class_letter_after_other_text_is_kept() -> None:
    # A letter after Chinese before a bracket with no code is no listing: 维生素A (vitamin A) keeps its A.
    assert [p.zh for p in harvest("维生素A（vitamin A）", [])] == []


def test_the_console_script_stores_a_code_of_the_whole_name(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "desk.json"
    assert subprocess.run([zhgloss_exe, "init", str(db), "--empty"], capture_output=True, check=False).returncode == 0
    for zh, kind, en in (("时代", "work", "Time"), ("万科", "org", "Vanke")):
        added = subprocess.run(
            [zhgloss_exe, "--db", str(db), "add", zh, "--type", kind, "--en", en, "--yes"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert added.returncode == 0, added.stderr
    done = subprocess.run(
        [zhgloss_exe, "--db", str(db), "harvest", "-", "--add", "--yes"],
        input="宁德时代（300750.SZ）股价上涨。\n万科A（000002.SZ）涨停。\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    stored = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    codes = sorted((e["en"], e["refers_to"], e["note"]) for e in stored if e["type"] == "stock_code")
    assert codes == [("000002.SZ", "vanke", "stock code of 万科"), ("300750.SZ", None, "stock code of 宁德时代")]
    shown = subprocess.run(
        [zhgloss_exe, "--db", str(db), "lookup", "300750.SZ"], capture_output=True, text=True, check=False
    )
    assert shown.returncode == 0, shown.stderr
    assert "时代 Time" not in shown.stdout
    assert "stock code of 宁德时代" in shown.stdout
