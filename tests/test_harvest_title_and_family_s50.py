"""A title (or an honorific) and the surname alone of a longer Chinese name give no English name, in any order (s50).

The tester's B49-10: 国务院总理李强（Premier Li）, 国家主席习近平（President Xi）, 外交部长王毅（Foreign Minister Wang)
were proposed as "adopted Western names" ('Premier Li' stored by `--add`), and for a stored 习近平 harvest advised
`edit --alias 'President Xi'`. Last session's rule (`_english_name_and_role`) refused the title and the surname alone
only for the English-first order ("Premier Li (李强)"). The rule now lives in `harvest._names_family_only`, applied
to every pair a bracket gives: the English names the person by the surname of a Chinese name that writes more, so
no pair is proposed in either order, and the bracket is said as passed over. A form the glossary already holds
(雷总 "Mr. Lei") stays known.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.harvest import harvest
from zhgloss.model import Entry

FAMILY_ONLY = [
    # Chinese copy: the full Chinese name, then the English title and the family name (the tester's lines first).
    "国务院总理李强（Premier Li）出席开幕式。",
    "国家主席习近平（President Xi）发表讲话。",
    "外交部长王毅（Foreign Minister Wang）会见来宾。",
    "李强总理（Premier Li）出席开幕式。",
    "中国总理李强（Chinese Premier Li）出席论坛。",
    "国防部长董军（Defense Minister Dong）会见美国防长。",
    "央行行长潘功胜（PBOC Governor Pan）表示将保持流动性合理充裕。",
    "小米董事长雷军（Chairman Lei）在发布会上表示。",
    "香港特首李家超（Chief Executive Lee）发表施政报告。",
    "阿里巴巴创始人马云（Mr. Ma）现身杭州。",
    "日本首相岸田文雄（Prime Minister Kishida）表示。",
    # English copy with the Chinese title and name in the bracket.
    "Premier Li (国务院总理李强) attended the opening.",
    "Foreign Minister Wang (外交部长王毅) met the delegation.",
    # English-first, as before.
    "Premier Li (李强) attended.",
    "Chinese Premier Li (李强) attended.",
]


@pytest.mark.parametrize("line", FAMILY_ONLY)
def test_a_title_and_the_surname_alone_give_no_name(line: str) -> None:
    passed: list[tuple[int, str]] = []
    assert [(p.zh, p.entry.en) for p in harvest(line, [], passed_over=passed)] == []
    assert [n for n, _ in passed] == [1]


XI = Entry(id="xi-jinping", type="person", zh="习近平", en="Xi Jinping", pinyin="Xí Jìnpíng")
WANG = Entry(id="wang-yi", type="person", zh="王毅", en="Wang Yi", pinyin="Wáng Yì")


@pytest.mark.parametrize(
    "line", ["国家主席习近平（President Xi）发表讲话。", "外交部长王毅（Foreign Minister Wang）会见来宾。"]
)
def test_a_stored_person_gets_no_alias_advice(line: str) -> None:
    assert harvest(line, [XI, WANG]) == []


FULL_NAMES = [
    # The English writes the name: the title is the role, the name the English (as before).
    ("国家主席习近平（President Xi Jinping）发表讲话。", "习近平", "Xi Jinping", "President"),
    ("香港特首李家超（Chief Executive John Lee）发表施政报告。", "李家超", "John Lee", "Chief Executive"),
    ("美国总统特朗普（President Trump）周一签署行政令。", "特朗普", "Trump", "President"),
    ("德国总理默茨（Chancellor Merz）周四抵达北京。", "默茨", "Merz", "Chancellor"),
    ("Foreign Minister Wang Yi (王毅) met the delegation.", "王毅", "Wang Yi", "Foreign Minister"),
]


@pytest.mark.parametrize(("line", "zh", "en", "role"), FULL_NAMES)
def test_a_name_after_a_title_is_still_the_english(line: str, zh: str, en: str, role: str) -> None:
    (found,) = [p for p in harvest(line, []) if p.zh == zh]
    assert (found.entry.en, [r.title for r in found.entry.roles]) == (en, [role])


def test_a_stored_address_is_still_known() -> None:
    nickname = Entry(id="mr-lei", type="nickname", zh="雷总", en="Mr. Lei")
    (found,) = harvest("Mr. Lei (雷总) sent red envelopes.", [nickname])
    assert (found.status, found.entry.id) == ("known", "mr-lei")


# (Chinese title, English title) as Chinese copy writes them; people by surname, given name and the surname's pinyin.
TITLES = [
    ("国务院总理", "Premier"),
    ("国家主席", "President"),
    ("外交部长", "Foreign Minister"),
    ("商务部长", "Commerce Minister"),
    ("董事长", "Chairman"),
    ("", "Mr."),
]
PEOPLE = [
    ("李", "强", "Li"),
    ("王", "毅", "Wang"),
    ("王", "文涛", "Wang"),
    ("何", "立峰", "He"),
    ("刘", "鹤", "Liu"),
    ("张", "国清", "Zhang"),
    ("陈", "吉宁", "Chen"),
    ("欧阳", "修", "Ouyang"),
]


@settings(max_examples=60, deadline=None)
@given(title=st.sampled_from(TITLES), person=st.sampled_from(PEOPLE), english_first=st.booleans())
def test_no_title_and_surname_is_ever_an_english_name(
    title: tuple[str, str], person: tuple[str, str, str], english_first: bool
) -> None:
    zh_title, en_title = title
    surname, given_name, family = person
    zh = surname + given_name
    if english_first:
        line = f"{en_title} {family} ({zh_title}{zh}) spoke on Monday."
    else:
        line = f"{zh_title}{zh}（{en_title} {family}）周一表示。"
    found = harvest(line, [])
    assert all(p.entry.en != f"{en_title} {family}" and p.entry.en != family for p in found), line
    assert all(en_title not in " ".join((p.entry.en, *p.entry.aliases)) for p in found), line


def test_harvest_add_stores_none_of_them(zhgloss_exe: str, tmp_path: Path) -> None:
    article = tmp_path / "wire.txt"
    article.write_text("\n".join(FAMILY_ONLY) + "\n", encoding="utf-8")
    db = tmp_path / "names.json"
    assert subprocess.run([zhgloss_exe, "init", "--empty", str(db)], capture_output=True).returncode == 0
    before = db.read_bytes()
    done = subprocess.run(
        [zhgloss_exe, "--db", str(db), "harvest", str(article), "--add", "--yes"], capture_output=True, text=True
    )
    assert done.returncode == 1, done.stderr  # nothing found
    assert done.stdout == ""
    assert done.stderr.count("passed over") == len(FAMILY_ONLY)
    assert db.read_bytes() == before
