"""The words of a sentence before an organisation's Chinese stay out of it, told by their part of speech
(s45, R44-6's rest).

Before, where no punctuation or break word ended the sentence's words before an organisation's Chinese,
harvest took some of them into the name: 投资者看好招商银行（China Merchants Bank） proposed 看好招商银行,
消费者青睐蔚来汽车（NIO） 青睐蔚来汽车, 记者了解到中信证券（CITIC Securities） 到中信证券, 据悉长城汽车（Great
Wall Motor） 据悉长城汽车. s44's rule cut only while the run had more words than the English has name words
("Great Wall Motor" has as many as 据悉|长城|汽车). Now a subject of ordinary words and a verb, adverb or
time word after it (data/prose_words.txt, jieba's tags: 看好, 青睐, 了解, 据悉, 此前) end where the name
starts, unless the lexicon starts an organisation's name with the word (通用汽车公司, 国家开发银行, 现代汽车,
联想集团) or CC-CEDICT lists the word or the rest as a place or organisation (大连 "Dalian", which jieba
tags an adverb; 选举委员会, 首都经济贸易大学).

The organisations: the brief's and the review's (招商银行, 蔚来汽车, 中信证券, 高盛集团, 长城汽车,
商汤科技), companies' own English names (腾讯控股 Tencent Holdings, 小米集团 Xiaomi Group, 万科集团 Vanke
Group, 平安银行 Ping An Bank: their filings'), CC-CEDICT's lines (通用汽车公司 General Motors, 国家开发银行
China Development Bank, 大连理工大学, 选举委员会, 首都经济贸易大学).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.harvest import harvest, prose_words

# (line, the organisation's Chinese): the sentence's words were part of it on the parent.
PROSE_TAKEN_BEFORE = [
    ("投资者看好招商银行（China Merchants Bank）。", "招商银行"),
    ("消费者青睐蔚来汽车（NIO）。", "蔚来汽车"),
    ("记者了解到中信证券（CITIC Securities）发布新品。", "中信证券"),
    ("据悉长城汽车（Great Wall Motor）发布新品。", "长城汽车"),
    ("消费者青睐小米集团（Xiaomi Group）发布的新品。", "小米集团"),
    ("记者了解到腾讯控股（Tencent Holdings）发布新品。", "腾讯控股"),
    ("投资者看好平安银行（Ping An Bank）。", "平安银行"),
    ("外界关注蔚来汽车（NIO）。", "蔚来汽车"),
    ("分析人士认为万科集团（Vanke Group）前景良好。", "万科集团"),
]
# Right on the parent and still: a first word that is the name's own.
NAME_OWN_WORD = [
    ("据悉通用汽车公司（General Motors）发布新品。", "通用汽车公司"),  # 通用 (a verb to jieba) starts 通用汽车
    ("国家开发银行（China Development Bank）发布新品。", "国家开发银行"),
    ("大连理工大学（Dalian University of Technology）发布新品。", "大连理工大学"),  # 大连: an adverb to jieba
    ("选举委员会（Election Committee）发表声明。", "选举委员会"),  # 选举: a verb
    ("首都经济贸易大学（Capital University of Economics and Business）发表声明。", "首都经济贸易大学"),
    ("此前高盛集团（Goldman Sachs）发布新品。", "高盛集团"),
    ("他入职了商汤科技（SenseTime）。", "商汤科技"),
    # Only the org word would be left: 汽车 租赁 公司 (租赁 a verb) is no 公司 (found after 1fa8b423).
    ("汽车租赁公司（Car Rental Company）发表声明。", "汽车租赁公司"),
    ("据悉汽车租赁公司（Car Rental Company）发表声明。", "汽车租赁公司"),
]


def _proposals(line: str) -> list[tuple[str, str]]:
    return [(p.zh, p.entry.type) for p in harvest(line, [])]


@pytest.mark.parametrize(("line", "zh"), PROSE_TAKEN_BEFORE)
def test_the_sentences_words_stay_out_of_the_organisations_name(line: str, zh: str) -> None:
    assert _proposals(line) == [(zh, "org")]


@pytest.mark.parametrize(("line", "zh"), NAME_OWN_WORD)
def test_a_first_word_of_the_name_stays(line: str, zh: str) -> None:
    assert _proposals(line) == [(zh, "org")]


_SUBJECTS = ["", "投资者", "消费者", "市场", "记者", "外界", "分析人士"]
_VERBS = ["看好", "青睐", "关注", "了解到", "据悉", "此前", "认为"]
_ORGS = [
    ("招商银行", "China Merchants Bank"),
    ("蔚来汽车", "NIO"),
    ("中信证券", "CITIC Securities"),
    ("长城汽车", "Great Wall Motor"),
    ("腾讯控股", "Tencent Holdings"),
    ("小米集团", "Xiaomi Group"),
    ("通用汽车公司", "General Motors"),
    ("国家开发银行", "China Development Bank"),
    ("现代汽车", "Hyundai Motor"),
    ("联想集团", "Lenovo Group"),
    ("大连理工大学", "Dalian University of Technology"),
    ("选举委员会", "Election Committee"),
]


@given(st.sampled_from(_SUBJECTS), st.sampled_from(_VERBS), st.sampled_from(_ORGS))
def test_a_subject_and_verb_before_any_organisation_stay_out(subject: str, verb: str, org: tuple[str, str]) -> None:
    zh, en = org
    assert _proposals(f"{subject}{verb}{zh}（{en}）发布新品。") == [(zh, "org")]


def test_the_prose_words_are_jiebas_verbs_adverbs_and_time_words_not_its_nouns() -> None:
    words = prose_words()
    assert {"看好", "青睐", "了解", "据悉", "此前", "认为", "关注"} <= words
    assert not {"投资者", "消费者", "记者", "银行", "招商", "长城"} & words
    assert all(len(word) >= 2 for word in words)


def test_the_console_script_proposes_the_bank_alone(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "empty.json"
    assert subprocess.run([zhgloss_exe, "init", str(db), "--empty"], capture_output=True, check=False).returncode == 0
    done = subprocess.run(
        [zhgloss_exe, "--db", str(db), "harvest", "-", "--json"],
        input="投资者看好招商银行（China Merchants Bank）。\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (proposal,) = json.loads(done.stdout)["proposals"]
    assert (proposal["entry"]["zh"], proposal["entry"]["type"]) == ("招商银行", "org")
