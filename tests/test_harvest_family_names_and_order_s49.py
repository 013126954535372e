"""A title before a family name alone, in either language, and a Japanese name in the order the text writes it (s49).

Title and family name (the brief's): "Prime Minister Takaichi (高市)" proposed 高市 "Prime Minister Takaichi", the title
inside the English, because the rule that reads a title before a family name alone (R48-8,
`_is_family_name_after_title`) took only a family name the Chinese transliterates whole (马克龙 Macron) and refused
every Chinese or Japanese surname alone (as "Premier Li (李强)" must be refused: the Chinese writes more). Where the
Chinese writes the surname alone too (高市, 石破, 茂木 in their Japanese readings; 李 "Li") both sides are the family
name: the title is the role and the note says "only the family name is given" (`_is_family_name_alone`). Chinese
copy's bracket after the name (德国总理默茨（Chancellor Merz）, 高市（Prime Minister Takaichi）) kept "Chancellor Merz"
as the English: the English after Chinese is now read with the name the run gave, as after an English name.

Japanese order (the review's R48-15): harvest wrote "Sanae Takaichi (高市早苗)" as "Takaichi Sanae", where `add`
keeps the order it is given. Now the English is as the text writes it; written surname first, the Western order is
an alias (as CC-CEDICT's import keeps it); the two orders in one text are one proposal.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.forms import family_name
from zhgloss.harvest import FAMILY_NAME_ONLY, harvest

TITLED_FAMILY = [
    # (line, zh, en, role): English copy, the title then the family name.
    (
        "Prime Minister Takaichi (高市) told parliament that the government would respond calmly.",
        "高市",
        "Takaichi",
        "Prime Minister",
    ),
    (
        "Japanese Prime Minister Takaichi (高市) met the delegation on Friday.",
        "高市",
        "Takaichi",
        "Japanese Prime Minister",
    ),
    ("Prime Minister Ishiba (石破) said he would step down.", "石破", "Ishiba", "Prime Minister"),
    ("Foreign Minister Motegi (茂木) spoke to reporters in Tokyo.", "茂木", "Motegi", "Foreign Minister"),
    ("Chief Cabinet Secretary Hayashi (林) told a news conference.", "林", "Hayashi", "Chief Cabinet Secretary"),
    # Chinese copy, the English title in the bracket after the name.
    ("德国总理默茨（Chancellor Merz）周四抵达北京。", "默茨", "Merz", "Chancellor"),
    ("默茨（Chancellor Merz）表示德国将增加国防开支。", "默茨", "Merz", "Chancellor"),
    ("日本首相高市（Prime Minister Takaichi）周五在国会表示。", "高市", "Takaichi", "Prime Minister"),
    ("美国总统特朗普（President Trump）周一签署行政令。", "特朗普", "Trump", "President"),
    ("法国总统马克龙（President Macron）抵达广州。", "马克龙", "Macron", "President"),
]
NOT_FAMILY_ALONE = [
    # A full name after the title is the English as before; a company's word is no family name.
    ("美国国务卿鲁比奥（Secretary of State Marco Rubio）会见王毅。", "鲁比奥", "Marco Rubio"),
    ("Premier Li (李强) addressed the forum.", None, None),  # the Chinese writes more than the surname: no pair
    ("通用电气（General Electric）周二公布财报。", "通用电气", "General Electric"),
]


def _names(line: str) -> list:
    return [p for p in harvest(line, []) if p.kind == "name"]


@pytest.mark.parametrize(("line", "zh", "en", "role"), TITLED_FAMILY)
def test_a_title_and_a_family_name_alone_give_the_role_and_a_labelled_name(
    line: str, zh: str, en: str, role: str
) -> None:
    (found,) = _names(line)
    assert (found.zh, found.entry.en, found.entry.type) == (zh, en, "person")
    assert [r.title for r in found.entry.roles] == [role]
    assert FAMILY_NAME_ONLY in (found.entry.note or "")


@pytest.mark.parametrize(("line", "zh", "en"), NOT_FAMILY_ALONE)
def test_a_full_name_or_a_company_after_a_title_word_is_as_before(line: str, zh: str | None, en: str | None) -> None:
    found = _names(line)
    assert [(p.zh, p.entry.en) for p in found] == ([(zh, en)] if zh else [])
    assert all(FAMILY_NAME_ONLY not in (p.entry.note or "") for p in found)


TITLES = ["Prime Minister", "Japanese Prime Minister", "Foreign Minister", "Defence Minister", "Chancellor"]
FAMILIES = [("高市", "Takaichi"), ("石破", "Ishiba"), ("茂木", "Motegi"), ("默茨", "Merz"), ("马克龙", "Macron")]


@settings(max_examples=40, deadline=None)
@given(title=st.sampled_from(TITLES), family=st.sampled_from(FAMILIES), english_first=st.booleans())
def test_no_title_word_is_ever_inside_the_proposed_english(
    title: str, family: tuple[str, str], english_first: bool
) -> None:
    zh, en = family
    line = f"{title} {en} ({zh}) said on Monday." if english_first else f"{zh}（{title} {en}）周一表示。"
    (found,) = _names(line)
    assert found.entry.en == en
    assert [r.title for r in found.entry.roles] == [title]
    assert FAMILY_NAME_ONLY in (found.entry.note or "")


AS_WRITTEN = [
    # (line, en as written, surname `check` reads)
    (
        "Japan's Prime Minister Sanae Takaichi (高市早苗) said on Friday that Tokyo would not change its position.",
        "Sanae Takaichi",
        "Takaichi",
    ),
    ("日本首相高市早苗（Sanae Takaichi）周五表示，日本不会改变立场。", "Sanae Takaichi", "Takaichi"),
    ("Foreign Minister Toshimitsu Motegi (茂木敏充) met Wang Yi in Kuala Lumpur.", "Toshimitsu Motegi", "Motegi"),
    ("Toyota chairman Akio Toyoda (丰田章男) apologised for the scandal.", "Akio Toyoda", "Toyoda"),
    ("KISHIDA Fumio (岸田文雄) attended the summit.", "KISHIDA Fumio", "KISHIDA"),
    ("Kishida Fumio (岸田文雄) attended the summit.", "Kishida Fumio", "Kishida"),
]


@pytest.mark.parametrize(("line", "en", "surname"), AS_WRITTEN)
def test_a_japanese_name_keeps_the_order_the_text_writes(line: str, en: str, surname: str) -> None:
    (found,) = _names(line)
    assert (found.entry.en, found.entry.type) == (en, "person")
    assert family_name(found.entry) == surname
    assert found.explanation.startswith(f"a Japanese name, surname {surname}:")


def test_written_surname_first_the_western_order_is_the_alias() -> None:
    (found,) = _names("Kishida Fumio (岸田文雄) attended the summit.")
    assert found.entry.aliases == ("Fumio Kishida",)
    (western,) = _names("Fumio Kishida (岸田文雄) attended the summit.")
    assert western.entry.aliases == ()  # "Kishida Fumio" beside it would make `check` read Fumio as the family name


def test_both_orders_in_one_text_are_one_proposal_in_the_first_order() -> None:
    text = "Sanae Takaichi (高市早苗) said.\nLater, Takaichi Sanae (高市早苗) added.\n"
    (found,) = harvest(text, [])
    assert (found.entry.en, found.lines, found.entry.aliases) == ("Sanae Takaichi", (1, 2), ())


def _run(exe: str, args: list[str], home: Path, text: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(home)}
    return subprocess.run([exe, *args], input=text, capture_output=True, text=True, env=env, check=False)


@pytest.mark.parametrize(
    ("zh", "en"), [("高市早苗", "Sanae Takaichi"), ("石破茂", "Shigeru Ishiba"), ("岸田文雄", "Kishida Fumio")]
)
def test_harvest_add_stores_the_english_add_stores(zhgloss_exe: str, tmp_path: Path, zh: str, en: str) -> None:
    """One rule for both commands (R48-15): the entry `harvest --add` stores has the English `add` stores."""
    by_add, by_harvest = str(tmp_path / "add.json"), str(tmp_path / "harvest.json")
    for db in (by_add, by_harvest):
        assert _run(zhgloss_exe, ["init", db], tmp_path).returncode == 0
    added = _run(zhgloss_exe, ["add", zh, "--type", "person", "--en", en, "--yes", "--db", by_add], tmp_path)
    assert added.returncode == 0, added.stderr
    harvested = _run(
        zhgloss_exe, ["harvest", "-", "--add", "--yes", "--db", by_harvest], tmp_path, f"{en} ({zh}) spoke.\n"
    )
    assert harvested.returncode == 0, harvested.stderr
    stored = [
        json.loads(_run(zhgloss_exe, ["lookup", zh, "--json", "--db", db], tmp_path).stdout)[0]["matches"][0]["entry"][
            "en"
        ]
        for db in (by_add, by_harvest)
    ]
    assert stored == [en, en]


def test_harvested_western_order_is_read_by_check_either_way(zhgloss_exe: str, tmp_path: Path) -> None:
    db = str(tmp_path / "g.json")
    assert _run(zhgloss_exe, ["init", db], tmp_path).returncode == 0
    added = _run(
        zhgloss_exe, ["harvest", "-", "--add", "--yes", "--db", db], tmp_path, "Sanae Takaichi (高市早苗) said.\n"
    )
    assert added.returncode == 0, added.stderr
    for target, kinds in [
        ("Sanae Takaichi said.", []),
        ("Prime Minister Sanae Takaichi arrived. Takaichi said.", []),  # the family name alone, second reference
        ("He said.", ["missing"]),
    ]:
        done = _run(zhgloss_exe, ["check", "-", "--db", db, "--json"], tmp_path, f"高市早苗说。\t{target}\n")
        assert done.returncode in (0, 1), done.stderr
        assert [p["kind"] for p in json.loads(done.stdout)["problems"]] == kinds, (target, done.stdout)
