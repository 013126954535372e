"""A name keeping a character t2s changes is found written the plain way too (issue 9, item 4; session 30, U30-1).

`add 王汎森` stores 王汎森, as mainland usage writes the historian (kept_characters.tsv: 汎 is kept in names), but copy
converted with OpenCC, and much mainland copy, writes 王泛森: `lookup 王泛森` found nothing, annotate glossed nothing.
Matching now adds the plain spelling (`plain_spelling`: each kept character as t2s writes it) to the other spellings
of a form (`traditional_variants`), so lookup, annotate and check find the name either way. And a first character
that is no surname of its own but stands for one surnames.tsv writes otherwise is that surname in the simplified form:
`add 遊錫堃` stored zh 遊锡堃, which validate's own surname check refused; now 游锡堃 (the traditional form as typed).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.convert import (
    kept_plain_forms,
    name_to_simplified,
    plain_spelling,
    traditional_variants,
    traditional_variants_of,
)


@pytest.mark.parametrize(
    ("kept", "plain"),
    [("王汎森", "王泛森"), ("郭崑焘", "郭昆焘"), ("薛应旂", "薛应旗"), ("李佔元", "李占元"), ("徐乾学", "徐干学")],
)
def test_the_plain_spelling_writes_each_kept_character_as_t2s_does(kept: str, plain: str) -> None:
    assert plain_spelling(kept) == plain
    assert plain in traditional_variants(kept)


@pytest.mark.parametrize("form", ["刘强东", "雷军", "小米集团", "Xiaomi"])
def test_a_form_keeping_nothing_has_no_plain_spelling(form: str) -> None:
    assert plain_spelling(form) is None


@pytest.mark.parametrize(
    ("typed", "zh"),
    [
        ("遊錫堃", "游锡堃"),  # 遊 is no surname of its own; the surname 游 is 游 in traditional too
        ("王汎森", "王汎森"),  # 汎 is no first character: kept
        ("於梨華", "於梨华"),  # 於 is a surname of its own (Yū): kept
        ("乾隆", "乾隆"),  # 乾 qián is kept by its reading, surname or not
    ],
)
def test_a_first_character_standing_for_a_surname_is_the_surname(typed: str, zh: str) -> None:
    assert name_to_simplified(typed) == zh


_KEPT = st.sampled_from(sorted(kept_plain_forms()))
_HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)


@given(st.lists(st.lists(st.one_of(_KEPT, _HAN), min_size=1, max_size=5).map("".join), min_size=1, max_size=6))
def test_converting_in_one_batch_equals_converting_each_alone(texts: list[str]) -> None:
    assert traditional_variants_of(texts) == [traditional_variants(text) for text in texts]


@pytest.fixture
def db(tmp_path: Path, zhgloss_exe: str) -> Path:
    path = tmp_path / "g.json"
    subprocess.run([zhgloss_exe, "init", str(path)], check=True, capture_output=True)
    # 遊錫堃 is CC-CEDICT's 游锡堃 "Yu Shyi-kun": add asks for that English whatever spelling is typed (R47-5).
    for name, english in (("王汎森", []), ("郭崑燾", []), ("薛應旂", []), ("遊錫堃", ["--en", "Yu Shyi-kun"])):
        done = subprocess.run(
            [zhgloss_exe, "--db", str(path), "add", name, "--type", "person", *english], capture_output=True
        )
        assert done.returncode == 0, done.stderr
    return path


def _run(zhgloss_exe: str, db: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [zhgloss_exe, "--db", str(db), *args], input=stdin, capture_output=True, text=True, encoding="utf-8"
    )


@pytest.mark.parametrize(
    ("query", "zh"), [("王泛森", "王汎森"), ("郭昆焘", "郭崑焘"), ("薛应旗", "薛应旂"), ("游锡堃", "游锡堃")]
)
def test_lookup_finds_the_name_written_the_plain_way(zhgloss_exe: str, db: Path, query: str, zh: str) -> None:
    done = _run(zhgloss_exe, db, "lookup", query, "--json")
    assert done.returncode == 0, done.stderr
    [result] = json.loads(done.stdout)
    assert [match["entry"]["zh"] for match in result["matches"]] == [zh]


def test_annotate_glosses_the_names_written_the_plain_way(zhgloss_exe: str, db: Path) -> None:
    done = _run(zhgloss_exe, db, "annotate", "-", stdin="中研院院士王泛森谈明代学者薛应旗。\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "中研院院士王泛森（Wang Fansen）谈明代学者薛应旗（Xue Yingqi）。\n"


def test_check_passes_the_name_written_the_plain_way(zhgloss_exe: str, db: Path, tmp_path: Path) -> None:
    (tmp_path / "a.zh").write_text("王泛森表示。\n", encoding="utf-8")
    (tmp_path / "a.en").write_text("Wang Fansen said.\n", encoding="utf-8")
    done = _run(zhgloss_exe, db, "check", str(tmp_path / "a.zh"), str(tmp_path / "a.en"))
    assert done.returncode == 0, done.stdout + done.stderr


def test_validate_has_nothing_to_say_of_the_simplified_surname(zhgloss_exe: str, db: Path) -> None:
    done = _run(zhgloss_exe, db, "validate", "--json")
    problems = [p for p in json.loads(done.stdout)["problems"] if p["entry_id"] == "you-xikun" and p["field"] == "zh"]
    assert problems == []


@pytest.mark.parametrize(
    ("typed", "zh"),
    [
        # OpenCC's t2s keeps these in its phrase table; the reading rule applies all the same (U30-17): 徵 is kept as
        # zhǐ only (kept_characters.tsv), 魏徵 is Wèi Zhēng (CC-CEDICT: 魏徵 魏征 [Wei4 Zheng1]).
        ("魏徵", "魏征"),
        ("徐乾學", "徐乾学"),
    ],
)
def test_a_character_kept_for_one_reading_follows_its_reading_where_t2s_keeps_it(typed: str, zh: str) -> None:
    assert name_to_simplified(typed) == zh
