"""harvest: a title or an occupation before a name is its role, not part of it; a surname after an honorific is no
name (s30, issue 9 item 5, found on wire copy after U30-5/6).

- "Legislative Speaker Han Kuo-yu (韓國瑜)" gave en "Legislative Speaker Han Kuo-yu" (speaker was no title word;
  Taipei Times writes Han so), "Prosecutor Anthony Chau (周天行)" and "Cardinal Joseph Zen (陳日君)" the same: a
  capitalised title was read from forms.ROLE_WORDS only, not harvest's own occupations (_PERSON_NOUNS), and a
  lower-case one too ("Taiwanese singer-songwriter Jay Chou", "Nobel laureate Mo Yan" had no role).
- "Xiaomi Corp (1810.HK) founder Lei Jun (雷军)": role "founder" (the bracket cut the company off); now
  "Xiaomi Corp founder", as "BYD Chairman Wang Chuanfu" is read.
- "Mr. Ma (马云)", "Ms. Wang (王女士)": a surname after an honorific was proposed as the name's English ("Ma" for
  马云, type name), and `--add` stored it.
- "Legislative Speaker Daniel Han Kuo-yu (韓國瑜)" and "Han Kuo-yu (韓國瑜)" in one text: the second is the first's
  alias (a72069c's short form "Daniel Han"), one proposal, not a conflict.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from zhgloss.harvest import harvest

ROLES = [
    (
        "Legislative Speaker Han Kuo-yu (韓國瑜) said the session would resume.",
        "韩国瑜",
        "Han Kuo-yu",
        "Legislative Speaker",
    ),
    ("Prosecutor Anthony Chau (周天行) told the court.", "周天行", "Anthony Chau", "Prosecutor"),
    ("Cardinal Joseph Zen (陳日君) was arrested in May.", "陈日君", "Joseph Zen", "Cardinal"),
    (
        "Taiwanese singer-songwriter Jay Chou (周杰倫) announced a tour.",
        "周杰伦",
        "Jay Chou",
        "Taiwanese singer-songwriter",
    ),
    ("Nobel laureate Mo Yan (莫言) visited the university.", "莫言", "Mo Yan", "Nobel laureate"),
    ("Xiaomi Corp (1810.HK) founder Lei Jun (雷军) unveiled the SU7.", "雷军", "Lei Jun", "Xiaomi Corp founder"),
    ("CATL (宁德时代; 300750.SZ) chairman Robin Zeng (曾毓群) spoke.", "曾毓群", "Robin Zeng", "CATL chairman"),
    ("Pop Mart (泡泡玛特) founder Wang Ning (王宁) is among the richest.", "王宁", "Wang Ning", "Pop Mart founder"),
    # Kept: the shapes read right before.
    ("BYD Chairman Wang Chuanfu (王传福) said sales would rise.", "王传福", "Wang Chuanfu", "BYD Chairman"),
    ("Human rights lawyer Wang Quanzhang (王全璋) was released.", "王全璋", "Wang Quanzhang", "Human rights lawyer"),
]


@pytest.mark.parametrize(("text", "zh", "en", "role"), ROLES)
def test_a_title_before_a_name_is_its_role(text: str, zh: str, en: str, role: str) -> None:
    [found] = [p for p in harvest(text, []) if p.zh == zh]
    assert (found.entry.en, [r.title for r in found.entry.roles], found.entry.type) == (en, [role], "person")


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Ma (马云) did not comment.",
        "Ms. Wang (王女士), a teacher in Shanghai, said prices had risen.",
        "Mrs Lam (林郑月娥) said.",
        "Madam Wu (吴仪) visited the fair.",
    ],
)
def test_a_surname_after_an_honorific_is_no_name(text: str) -> None:
    assert harvest(text, []) == []


def test_a_full_name_after_an_honorific_is_one() -> None:
    [found] = harvest("Dr. Zhong Nanshan (钟南山), a respiratory expert, said.", [])
    assert (found.entry.zh, found.entry.en) == ("钟南山", "Zhong Nanshan")


def test_a_name_in_the_chinese_order_is_the_short_forms_alias() -> None:
    text = "Legislative Speaker Daniel Han Kuo-yu (韓國瑜) said.\nHan Kuo-yu (韓國瑜) later added.\n"
    [found] = harvest(text, [])
    assert (found.status, found.entry.en, found.lines) == ("new", "Daniel Han", (1, 2))
    assert found.entry.aliases == ("Daniel Han Kuo-yu", "Han Kuo-yu")
    assert [r.title for r in found.entry.roles] == ["Legislative Speaker"]


def test_harvest_add_stores_names_and_roles_apart(tmp_path: Path, glossary_path: Path, zhgloss_exe: str) -> None:
    article = tmp_path / "wire.txt"
    article.write_text("\n".join(text for text, *_ in ROLES) + "\nMr. Ma (马云) did not comment.\n", encoding="utf-8")
    added = subprocess.run(
        [zhgloss_exe, "--db", str(glossary_path), "harvest", str(article), "--add", "--yes"],
        capture_output=True,
        text=True,
    )
    assert added.returncode == 0, added.stderr
    stored = {e["zh"]: e for e in json.loads(glossary_path.read_text(encoding="utf-8"))["entries"].values()}
    for _, zh, en, role in ROLES:
        if zh == "雷军":  # in the bundled glossary already: known, not added
            continue
        assert (stored[zh]["en"], [r["title"] for r in stored[zh]["roles"]]) == (en, [role])
    assert all(e["en"] != "Ma" for e in stored.values())  # 马云 is bundled as Jack Ma; no "Ma" added
