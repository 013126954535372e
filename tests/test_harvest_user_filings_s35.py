"""harvest on the new-user tester's copy of the thirty-fifth session (issue 9 item 5; U35-2, U35-19, U35-24, U35-25,
U35-30), each filing one instance of a class tested here beside others of its kind:

- stock codes of every exchange whose suffix Reuters and Yahoo Finance write after a number (.TW Taiwan Stock
  Exchange, .TWO Taipei Exchange, .T Tokyo, .KS Korea Exchange, .KQ KOSDAQ) or a letter ticker (.L London), and one
  company's listings on two exchanges parted by a slash ("BABA.N/9988.HK") (U35-2);
- a conflict says the command that resolves it (U35-19), and that command, run, makes the pair known;
- a Chinese title's role is the title alone, not the clause of the sentence before it: the verbs of official copy
  whose object is the person (会见, 会晤, 接见, 致电, 看望 ...) end it (U35-24);
- a past title (前 or 原 before the title word, after the country or body it is of: 美国前总统, 阿里巴巴原董事长; 已故)
  is a description in the note, never a role held now (U35-25);
- the Chinese label of a bracket's English in either script: 英語：, 英文名稱： as 英语：, 英文名称： (U35-30).

On the parent commit 63c90aa (harvest.py as the session found it), 27 of this file's first 31 tests fail; of the 4
tests of initials (U35-35) added after them, 3 fail on fad8780 (harvest with the fixes of U35-2..30).
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
from pathlib import Path

import pytest

from zhgloss.harvest import Proposal, harvest
from zhgloss.model import Entry


def _by_en(text: str, entries: list[Entry] | None = None) -> dict[str, Proposal]:
    return {p.en: p for p in harvest(text, entries or [])}


@pytest.mark.parametrize(
    ("text", "company", "code"),
    [
        ("TSMC (台積電, 2330.TW) reported record profit.", "TSMC", "2330.TW"),
        ("Foxconn (鴻海精密, 2317.TW) said sales rose.", "Foxconn", "2317.TW"),
        ("PharmaEssentia (藥華藥, 6446.TWO) said.", "PharmaEssentia", "6446.TWO"),
        ("Toyota (丰田, 7203.T) said.", "Toyota", "7203.T"),
        ("Samsung Electronics (三星电子, 005930.KS) said.", "Samsung Electronics", "005930.KS"),
        ("Celltrion (赛特瑞恩, 068270.KQ) said.", "Celltrion", "068270.KQ"),
        ("HSBC (汇丰, HSBA.L) said.", "HSBC", "HSBA.L"),
    ],
)
def test_a_code_of_every_exchange_is_the_company_s_stock_code(text: str, company: str, code: str) -> None:
    found = _by_en(text)
    assert found[code].kind == "ticker"
    assert found[code].entry.type == "stock_code"
    assert found[code].entry.refers_to == found[company].entry.id
    assert found[company].entry.type == "org"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Alibaba (阿里巴巴, BABA.N/9988.HK) said.", ("BABA.N", "9988.HK")),
        ("JD.com (京东, JD.O/9618.HK) said.", ("JD.O", "9618.HK")),
        ("Ping An (中国平安, 2318.HK/601318.SS) said.", ("2318.HK", "601318.SS")),
    ],
)
def test_a_company_s_listings_parted_by_a_slash_are_two_codes(text: str, codes: tuple[str, ...]) -> None:
    found = _by_en(text)
    company = next(p for p in found.values() if p.kind != "ticker")
    for code in codes:
        assert found[code].entry.refers_to == company.entry.id, code
    assert not any("/" in en for en in found)


def test_the_same_code_in_any_spelling_is_one_key() -> None:
    from zhgloss.harvest import ticker_key

    assert ticker_key("2330.TW") == ticker_key("TWSE:2330") == ticker_key("2330:TWSE")
    assert ticker_key("7203.T") == ticker_key("TYO:7203")
    assert ticker_key("2330.TW") != ticker_key("2330.HK")


LAI = Entry(id="lai-ching-te", type="person", zh="赖清德", en="Lai Ching-te")
FOXCONN = Entry(id="foxconn", type="org", zh="鸿海精密", en="Foxconn")


def test_a_conflict_with_the_entry_s_english_says_how_to_keep_both() -> None:
    found = _by_en("TAIPEI (Reuters) - Taiwan President William Lai (賴清德) said on Monday.", [LAI])
    conflict = found["William Lai"]
    assert conflict.status == "conflict"
    assert conflict.explanation.endswith("zhgloss edit lai-ching-te --alias 'William Lai'")


def test_a_conflict_with_another_entry_s_chinese_says_how_to_add_the_chinese() -> None:
    conflict = _by_en("Foxconn (富士康) said.", [FOXCONN])["Foxconn"]
    assert conflict.status == "conflict"
    assert conflict.explanation.endswith("zhgloss edit foxconn --zh-alias 富士康")


def test_the_command_a_conflict_names_resolves_it(tmp_path: Path, zhgloss_exe: str) -> None:
    db = tmp_path / "g.json"
    article = tmp_path / "a.txt"
    article.write_text("Taiwan President William Lai (賴清德) said on Monday.\n", encoding="utf-8")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([zhgloss_exe, "--db", str(db), *args], capture_output=True, text=True, check=False)

    assert subprocess.run([zhgloss_exe, "init", str(db), "--empty"], capture_output=True, check=False).returncode == 0
    assert run("add", "赖清德", "--type", "person", "--en", "Lai Ching-te").returncode == 0
    first = json.loads(run("harvest", str(article), "--json").stdout)
    (conflict,) = [p for p in first["proposals"] if p["status"] == "conflict"]
    command = conflict["explanation"].rsplit(" with ", 1)[1]
    # the command names the glossary the run read (R35-15), so that run as printed it edits that one
    assert command.startswith(f"zhgloss --db {shlex.quote(str(db))} edit ")
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("ZHGLOSS_DB", None)
    edit = subprocess.run(
        [zhgloss_exe, *shlex.split(command)[1:]], capture_output=True, text=True, check=False, env=env, cwd=tmp_path
    )
    assert edit.returncode == 0, edit.stderr
    again = json.loads(run("harvest", str(article), "--json").stdout)
    assert [p["status"] for p in again["proposals"]] == ["known"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("王毅在北京会见美国国务卿鲁比奥（Marco Rubio）。", "Marco Rubio", "美国国务卿"),
        ("习近平在人民大会堂会见法国总统马克龙（Emmanuel Macron）。", "Emmanuel Macron", "法国总统"),
        ("李强会见新加坡总理黄循财（Lawrence Wong）。", "Lawrence Wong", "新加坡总理"),
        ("何立峰4日在京会见美国财政部长贝森特（Scott Bessent）。", "Scott Bessent", "美国财政部长"),
        (
            "王毅同俄罗斯外长拉夫罗夫（Sergei Lavrov）通电话，丁薛祥会晤德国总理默茨（Friedrich Merz）。",
            "Friedrich Merz",
            "德国总理",
        ),
        ("习近平致电祝贺智利总统卡斯特（José Antonio Kast）。", "José Antonio Kast", "智利总统"),
        ("李强在上海看望特斯拉首席执行官马斯克（Elon Musk）。", "Elon Musk", "特斯拉首席执行官"),
    ],
)
def test_a_chinese_title_s_role_is_the_title_without_the_clause_before_it(text: str, name: str, role: str) -> None:
    proposal = _by_en(text)[name]
    assert [r.title for r in proposal.entry.roles] == [role]


def test_a_title_with_no_verb_before_it_keeps_its_place_or_body() -> None:
    proposal = _by_en("欧盟委员会主席冯德莱恩（Ursula von der Leyen）表示。")["Ursula von der Leyen"]
    assert [r.title for r in proposal.entry.roles] == ["欧盟委员会主席"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("美国前总统奥巴马（Barack Obama）出席活动。", "Barack Obama", "美国前总统"),
        ("阿里巴巴原董事长马云（Jack Ma）现身杭州。", "Jack Ma", "阿里巴巴原董事长"),
        ("英国前首相约翰逊（Boris Johnson）表示。", "Boris Johnson", "英国前首相"),
        ("前总统特朗普（Donald Trump）表示。", "Donald Trump", "前总统"),
    ],
)
def test_a_past_chinese_title_is_a_description_not_a_role(text: str, name: str, title: str) -> None:
    proposal = _by_en(text)[name]
    assert proposal.entry.roles == ()
    assert proposal.entry.note is not None and f"described as {title!r}" in proposal.entry.note


@pytest.mark.parametrize(
    ("text", "zh", "en"),
    [
        ("賴清德（英語：William Lai Ching-te，1959年10月6日—），臺灣政治人物。", "赖清德", "William Lai"),
        ("黃仁勳（英語：Jensen Huang，1963年2月17日—），美國企業家。", "黄仁勋", "Jensen Huang"),
        (
            "鴻海精密工業（英文名稱：Hon Hai Precision Industry）是臺灣公司。",
            "鸿海精密工业",
            "Hon Hai Precision Industry",
        ),
        ("台積電（英文簡稱：TSMC）公布財報。", "台积电", "TSMC"),
        ("賴清德（英文名為William Lai）出席。", "赖清德", "William Lai"),
    ],
)
def test_an_english_label_in_traditional_characters_is_read(text: str, zh: str, en: str) -> None:
    found = _by_en(text)
    assert en in found, sorted(found)
    assert found[en].zh == zh


@pytest.mark.parametrize(
    ("text", "whole", "short"),
    [
        (
            "Taiwan Semiconductor Manufacturing Co (台積電) said.\nChipmaker TSMC (台積電) rose.",
            "Taiwan Semiconductor Manufacturing Co",
            "TSMC",
        ),
        # the initials first, the name in full later: the full name is still the one kept
        ("HSBC (汇丰) rose.\nThe Hongkong and Shanghai Banking Corporation (汇丰) said.", None, "HSBC"),
        (
            "PBOC (中国人民银行) said.\nThe People's Bank of China (中国人民银行) cut rates.",
            "People's Bank of China",
            "PBOC",
        ),
    ],
)
def test_a_company_s_initials_beside_its_name_in_full_are_its_alias(text: str, whole: str | None, short: str) -> None:
    proposals = [p for p in harvest(text, []) if p.kind == "name"]
    (proposal,) = proposals
    assert proposal.status == "new"
    assert proposal.en != short
    if whole is not None:
        assert proposal.en == whole
    assert short in proposal.entry.aliases


def test_capitals_that_are_not_the_initials_stay_a_conflict() -> None:
    text = "Taiwan Semiconductor Manufacturing Co (台積電) said.\nTSMC Ltd (台積電) rose.\nTSC (台積電) fell."
    found = _by_en(text)
    assert found["TSC"].status == "conflict"
