"""harvest: a company's legal form, a stock code proposed with its company, a role that is over (issue 9 item 5;
user U7, U8).

A glossary that writes "Kingsoft" and "Kingsoft Corporation" knows "Kingsoft Corp" (Corp is ISO 20275's abbreviation
of Corporation; the company's name on HKEX is Kingsoft Corporation Limited, 3888): known, not a conflict. A stock code
in the bracket of a company the same text proposes refers to that new entry, as one beside a known company refers to
it. "Former", "Ex-" and "Late" say a role is over: with no date to end it, it is kept in the note, never as an undated
role that reads as held now. Names and codes: the companies' listings (Tencent Holdings 0700.HK, CATL 300750.SZ, Pop
Mart 9992.HK, Lenovo Group Limited 0992.HK) and the people's Wikipedia articles.
On the parent commit 388685a, 13 of this file's 16 tests fail.
The last 3 ("former" in lower case before a capitalised title, mid-sentence) were added later; all 3 fail on 77d7421.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from zhgloss.harvest import harvest
from zhgloss.model import Entry

KINGSOFT = Entry(id="kingsoft", type="org", zh="金山软件", en="Kingsoft", aliases=("Kingsoft Corporation",))
LENOVO = Entry(id="lenovo", type="org", zh="联想", en="Lenovo", aliases=("Lenovo Group Limited",))


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Shares of Kingsoft Corp (金山软件, 3888.HK) rose 4% in Hong Kong.", KINGSOFT),
        ("Kingsoft Corp. (金山软件) rose.", KINGSOFT),
        ("Kingsoft Corporation Ltd (金山软件) rose.", KINGSOFT),
        ("Kingsoft Co., Ltd. (金山软件) rose.", KINGSOFT),
        ("Lenovo Group Ltd (联想) shipped more PCs.", LENOVO),
        ("Lenovo Group Limited (联想) shipped more PCs.", LENOVO),
    ],
)
def test_a_legal_form_written_another_way_is_the_known_name(text: str, entry: Entry) -> None:
    (proposal,) = [p for p in harvest(text, [entry]) if p.kind == "name"]
    assert (proposal.status, proposal.existing) == ("known", entry)


def test_another_company_of_the_same_chinese_is_still_a_conflict() -> None:
    (proposal,) = harvest("Kingsoft Cloud (金山软件) rose.", [KINGSOFT])
    assert proposal.status == "conflict"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Tencent Holdings Ltd (腾讯控股有限公司; 0700.HK) reported results.", "Tencent Holdings"),
        ("宁德时代（CATL，300750.SZ）股价上涨。", "CATL"),
        ("Pop Mart (泡泡玛特, 9992.HK) opened more shops.", "Pop Mart"),
    ],
)
def test_a_stock_code_refers_to_the_company_proposed_with_it(text: str, company: str) -> None:
    found = harvest(text, [])
    (name,) = [p for p in found if p.kind == "name"]
    (ticker,) = [p for p in found if p.kind == "ticker"]
    assert (name.status, name.en) == ("new", company)
    assert ticker.entry.refers_to == name.entry.id


def test_harvest_add_links_the_code_to_the_company_it_adds(tmp_path: Path, zhgloss_exe: str) -> None:
    article = tmp_path / "news.txt"
    article.write_text("Tencent Holdings Ltd (腾讯控股有限公司; 0700.HK) reported results.\n", encoding="utf-8")
    db = tmp_path / "names.json"
    db.write_text('{"_default": {}}', encoding="utf-8")
    added = subprocess.run(
        [zhgloss_exe, "--db", str(db), "harvest", str(article), "--add", "--yes"], capture_output=True, check=False
    )
    assert added.returncode == 0, added.stderr.decode()
    shown = subprocess.run(
        [zhgloss_exe, "--db", str(db), "lookup", "0700.HK", "--json"], capture_output=True, check=False, text=True
    )
    assert shown.returncode == 0, shown.stderr
    assert '"refers_to": "tencent-holdings"' in json.dumps(json.loads(shown.stdout), ensure_ascii=False)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Former Alibaba CEO Daniel Zhang (张勇) stepped down in 2023.", "Former Alibaba CEO"),
        ("Ex-Baidu president Zhang Yaqin (张亚勤) joined Tsinghua.", "Ex-Baidu president"),
        ("Late Chinese leader Deng Xiaoping (邓小平) visited Shenzhen in 1992.", "Late Chinese leader"),
        ("Former Kingsoft CEO Zhang Hongjiang (张宏江) left.", "Former Kingsoft CEO"),
    ],
)
def test_a_role_the_text_says_is_over_is_no_undated_role(text: str, title: str) -> None:
    (proposal,) = harvest(text, [])
    assert (proposal.entry.type, proposal.entry.roles) == ("person", ())
    assert f"described as {title!r}, a past role" in (proposal.entry.note or "")


def test_a_current_title_stays_a_role() -> None:
    (proposal,) = harvest("Alibaba founder Jack Ma (马云) returned to China.", [])
    assert [r.title for r in proposal.entry.roles] == ["Alibaba founder"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The deal was signed by former Alibaba CEO Daniel Zhang (张勇) on Monday.", "former Alibaba CEO"),
        ("Taiwan's former President Ma Ying-jeou (馬英九) visited Beijing.", "former President"),
        ("The late Premier Zhou Enlai (周恩来) was born in Huai'an.", "late Premier"),
    ],
)
def test_a_past_word_in_lower_case_before_the_title_keeps_the_role_past(text: str, title: str) -> None:
    (proposal,) = harvest(text, [])
    assert proposal.entry.roles == ()
    assert f"described as {title!r}, a past role" in (proposal.entry.note or "")
