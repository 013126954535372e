"""A name of three transliteration characters after a one-character surname is proposed as a foreign name (s50).

`annotate --unknown` proposed 鲁比奥 (Rubio) as 〔Lǔ Bǐ'ào?〕 and 哈里斯 (Harris) as 〔Hǎ Lǐsī?〕: the romanizer reads
a name opening with a surname as Chinese. CC-CEDICT's own persons of that shape (three characters all of
`unknown._TRANSLIT_RUN_CHARS`, the first a one-character surname; data/name_readings.tsv) are 151 foreign against 6
Chinese, so the proposal (`unknown._likely_foreign_reading`) is the one-word reading, the Chinese one its
alternative, still labelled a guess; after a foreign country's title (美国国务卿鲁比奥) the name is a foreign
person's and no Chinese reading is offered. `romanize` and `add` are unchanged.
"""

from __future__ import annotations

import json
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.pinyin import romanize
from zhgloss.unknown import _TRANSLIT_RUN_CHARS, propose, propose_reading, propose_readings

FOREIGN = [
    ("鲁比奥", "Lǔbǐ'ào", "Lǔ Bǐ'ào"),
    ("卢比奥", "Lúbǐ'ào", "Lú Bǐ'ào"),
    ("贝森特", "Bèisēntè", "Bèi Sēntè"),
    ("汤姆森", "Tāngmǔsēn", "Tāng Mǔsēn"),
]


@pytest.mark.parametrize(("surface", "one_word", "chinese"), FOREIGN)
def test_the_one_word_reading_comes_first_the_chinese_one_is_the_alternative(
    surface: str, one_word: str, chinese: str
) -> None:
    proposal = propose(surface)
    assert (proposal.pinyin, proposal.alternatives, proposal.en, proposal.origin) == (
        one_word,
        (chinese,),
        None,
        "transliterated",
    )
    assert any("most likely a transliterated foreign name" in note for note in proposal.notes)
    assert propose_reading(surface).pinyin == one_word
    assert romanize(surface).pinyin == chinese  # romanize is unchanged


def test_harris_reads_ha_as_transliterations_do() -> None:
    assert propose("哈里斯").pinyin == "Hālǐsī"  # 哈 hā, not the surname's Hǎ
    assert propose("哈里斯").alternatives == ("Hǎ Lǐsī",)


@pytest.mark.parametrize("surface", ["史思明", "安德海", "施明德", "潘基文", "狄仁杰", "霍英东"])
def test_cedicts_chinese_persons_of_the_shape_stay_chinese(surface: str) -> None:
    assert all(c in _TRANSLIT_RUN_CHARS for c in surface)
    proposal = propose(surface)
    assert proposal.origin == "chinese"
    assert " " in (proposal.pinyin or "")


@pytest.mark.parametrize("surface", ["王毅", "李家超", "欧阳修", "马克龙", "习近平"])
def test_other_names_are_as_before(surface: str) -> None:
    assert propose(surface).pinyin == romanize(surface).pinyin


SURNAMES = sorted(set("鲁卢贝汤安马罗苏施胡林哈") & _TRANSLIT_RUN_CHARS)
OTHERS = sorted(set("比奥森特姆德里斯尼克莱娜莎兰伦顿瑞") & _TRANSLIT_RUN_CHARS)


@settings(max_examples=80, deadline=None)
@given(first=st.sampled_from(SURNAMES), second=st.sampled_from(OTHERS), third=st.sampled_from(OTHERS))
def test_every_name_of_the_shape_is_proposed_as_one_word_with_the_chinese_beside(
    first: str, second: str, third: str
) -> None:
    surface = first + second + third
    rom = romanize(surface)
    proposal = propose(surface)
    if rom.source != "rules" or rom.origin != "chinese":
        return  # CC-CEDICT's own reading (a person it lists), or read as foreign already
    assert " " not in (proposal.pinyin or "")
    assert proposal.alternatives[:1] == (rom.pinyin,)
    assert proposal.en is None
    (reading,) = propose_readings([(surface, "person")])
    assert reading.pinyin == proposal.pinyin


def _annotate(exe: str, text: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, "annotate", "-", "--unknown", *args], input=text, capture_output=True, text=True)


def test_annotate_inline_keeps_it_a_guess(zhgloss_exe: str, tmp_path: object) -> None:
    done = _annotate(zhgloss_exe, "鲁比奥表示，美国将继续施压。\n哈里斯在竞选集会上发表讲话。\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "鲁比奥〔Lǔbǐ'ào?〕表示，美国将继续施压。\n哈里斯〔Hālǐsī?〕在竞选集会上发表讲话。\n"


@pytest.mark.parametrize(
    ("line", "title"),
    [("美国国务卿鲁比奥表示。", "美国国务卿"), ("美国副总统哈里斯表示。", "美国副总统")],
)
def test_after_a_foreign_countrys_title_it_is_a_foreign_person(zhgloss_exe: str, line: str, title: str) -> None:
    done = _annotate(zhgloss_exe, line + "\n", "--format", "json")
    assert done.returncode == 0, done.stderr
    (row,) = [json.loads(r) for r in done.stdout.splitlines()]
    assert row["origin"] == "transliterated"
    assert "alternatives" not in row
    assert row["notes"] == [
        f"a foreign person (after {title!r}): pinyin as one word, no English proposed; look up its original spelling"
    ]


def test_after_a_chinese_title_the_chinese_reading_stays_beside(zhgloss_exe: str) -> None:
    done = _annotate(zhgloss_exe, "中国外长鲁比奥表示。\n", "--format", "json")
    (row,) = [json.loads(r) for r in done.stdout.splitlines()]
    assert row["alternatives"] == ["Lǔ Bǐ'ào"]
