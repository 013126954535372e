"""The pinyin `add` and `edit --zh` write is the reading the name's English spells, among the readings names have.

Session 24's new-user tester (U22): `edit gan-bao --zh 乾寶` (Gan Bao of 搜神記, written with 乾 by some editions)
was refused: "pinyin 'Qián Bǎo' does not fit 乾宝: 乾 is not read qián" — the pinyin the tool had just derived,
refused because validate read the written 乾 as the surname 干 (Gān only). Two rules, one place each:
pinyin.possible_readings applies a surname's readings only where the character written is that surname's own
(cur's hunk), and curate.fill_pinyin writes, of the romanizer's alternative readings, the one the English spells.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.curate import draft_entry, edit_entry, fill_pinyin
from zhgloss.pinyin import possible_readings, romanize


@pytest.mark.parametrize(
    ("zh", "en", "pinyin"),
    [
        ("乾宝", "Gan Bao", "Gān Bǎo"),  # CC-CEDICT: 干寶 [Gan1 Bao3] /Gan Bao (?-336), .../; 乾 is also read gān
        ("张朝阳", "Zhang Chaoyang", "Zhāng Cháoyáng"),  # Charles Zhang of Sohu: 张朝阳 Zhāng Cháoyáng
        ("马云", "Jack Ma", "Mǎ Yún"),  # an adopted English spells no reading: the rule's pinyin stays
    ],
)
def test_the_pinyin_is_the_reading_the_english_spells(zh: str, en: str, pinyin: str) -> None:
    assert fill_pinyin(zh, "person", en) == pinyin
    assert draft_entry(zh, kind="person", en=en).pinyin == pinyin


def test_without_english_the_rule_s_reading_is_written() -> None:
    assert fill_pinyin("乾宝", "person") == romanize("乾宝").pinyin == "Qián Bǎo"


def test_edit_zh_reads_the_new_characters_as_the_entry_s_english_spells() -> None:
    entry = draft_entry("干宝", kind="person", en="Gan Bao")
    assert entry.pinyin == "Gān Bǎo"
    edited = edit_entry(entry, zh="乾寶")
    assert (edited.zh, edited.zh_hant, edited.pinyin) == ("乾宝", "乾寶", "Gān Bǎo")


def test_a_surname_s_readings_bind_only_the_character_that_is_that_surname() -> None:
    readings = dict(possible_readings("乾宝", person=True))
    assert {"qian2", "gan1"} <= readings["乾"]  # 乾 written: its own readings, not the surname 干's alone
    assert dict(possible_readings("劉德華", person=True))["劉"] == {"liu2"}  # 劉 is the surname 刘's own form
    assert dict(possible_readings("曾國藩", person=True))["曾"] == {"zeng1"}  # 曾 Zēng, never céng


@settings(max_examples=80, deadline=None)
@given(
    surname=st.sampled_from(list("王李张刘陈曾单乐朴")),
    given_name=st.text(alphabet=st.sampled_from(list("朝阳乐行长重华国强东伟")), min_size=1, max_size=2),
)
def test_the_english_of_the_rule_s_reading_keeps_that_reading(surname: str, given_name: str) -> None:
    name = romanize(surname + given_name)
    assert fill_pinyin(surname + given_name, "person", name.en) == name.pinyin
    for alternative in name.alternatives:
        for other in alternative.others:
            other_name = name.with_reading(alternative.position, other)
            if other_name.en != name.en:  # an English that spells the other reading writes it
                assert fill_pinyin(surname + given_name, "person", other_name.en) in {
                    name.with_reading(a.position, o).pinyin for a in name.alternatives for o in a.others
                }


def test_the_user_s_edit_saves_with_the_english_s_reading(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    db.write_text("{}", encoding="utf-8")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([zhgloss_exe, *args, "--db", str(db)], capture_output=True, text=True, check=False)

    assert run("add", "干宝", "--en", "Gan Bao", "--type", "person").returncode == 0
    edited = run("edit", "gan-bao", "--zh", "乾寶")
    assert edited.returncode == 0, edited.stderr
    assert "Traceback" not in edited.stderr
    card = json.loads(run("lookup", "gan-bao", "--json").stdout)[0]["matches"][0]["entry"]
    assert (card["zh"], card["zh_hant"], card["pinyin"]) == ("乾宝", "乾寶", "Gān Bǎo")
