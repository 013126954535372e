"""A transliterated place's pinyin is one word, or one per word of the foreign name (session 27, cur; U27-18).

`add 哥本哈根 --type place --en Copenhagen` wrote 'Gēběn Hāgēn': the pinyin of a name that is no person's was
joined two syllables at a time, as Chinese words mostly are, but a transliteration has no Chinese words inside it
(哈根 is none). CC-CEDICT writes such names as one word (Gēběnhāgēn) or one per word of the foreign name
(布宜诺斯艾利斯 Bùyínuòsī Àilìsī, Buenos Aires). The rule: curate._transliteration_words (characters of
transliteration alone, zhgloss.unknown's table; the English's words each heard in a part), pinyin.phrase_pinyin's
`words`. On the 631 transliterated places of the CC-CEDICT import, fill_pinyin now agrees with CC-CEDICT for 532
(247 before); most of the rest are readings (勒 lè or lēi).
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.curate import fill_pinyin
from zhgloss.pinyin import numbers_to_marks, phrase_pinyin
from zhgloss.script import pinyin_key

runner = CliRunner()

# CC-CEDICT's lines (simplified, English as the line gives it)
PLACES = {
    "哥本哈根": "Copenhagen",  # 哥本哈根 哥本哈根 [Ge1 ben3 ha1 gen1] /Copenhagen or København, capital of Denmark/
    "阿姆斯特丹": "Amsterdam",  # [A1 mu3 si1 te4 dan1] /Amsterdam, capital of Netherlands/
    "布宜诺斯艾利斯": "Buenos Aires",  # [Bu4 yi2 nuo4 si1 Ai4 li4 si1] /Buenos Aires, capital of Argentina/
    "厄瓜多尔": "Ecuador",  # [E4 gua1 duo1 er3] /Ecuador/
    "洛杉矶": "Los Angeles",  # [Luo4 shan1 ji1] /Los Angeles, California/
    "马德里": "Madrid",  # [Ma3 de2 li3] /Madrid, capital of Spain/
}


def _cedict_pinyin(numbered: str) -> str:
    """CC-CEDICT's pinyin as a glossary writes it: a capital starts a word, the syllables after it join it."""
    words: list[list[str]] = []
    for syllable in numbered.split():
        if syllable[0].isupper() or not words:
            words.append([])
        words[-1].append(syllable.lower())
    return " ".join(numbers_to_marks(" ".join(w)).replace(" ", "").capitalize() for w in words)


@pytest.fixture(scope="module")
def cedict_lines(shared_dir: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    with gzip.open(shared_dir / "data" / "cedict_ts.u8.gz", "rt", encoding="utf-8") as fp:
        for line in fp:
            match = re.match(r"^\S+ (\S+) \[([^\]]+)\] /", line)
            if match and match.group(1) in PLACES and match.group(1) not in found:
                found[match.group(1)] = match.group(2)
    return found


@pytest.mark.parametrize("zh", list(PLACES))
def test_a_transliterated_place_is_written_as_cc_cedict_writes_it(zh: str, cedict_lines: dict[str, str]) -> None:
    expected = _cedict_pinyin(cedict_lines[zh])
    assert pinyin_key(fill_pinyin(zh, "place", PLACES[zh]) or "") == pinyin_key(expected)
    assert (fill_pinyin(zh, "place", PLACES[zh]) or "").count(" ") == expected.count(" ")


@pytest.mark.parametrize(
    ("zh", "en", "pinyin"),
    [
        ("哥本哈根", None, "Gēběnhāgēn"),  # no English: one word
        ("纽芬兰", "Newfoundland Island", "Niǔfēnlán"),  # "Island" is translated, not heard: one word
        ("金山软件", "Kingsoft", "Jīnshān Ruǎnjiàn"),  # Chinese words: two at a time, as before
        ("长寿区", "Changshou District", "Chángshòu Qū"),  # its generic apart (GB/T 16159-2012 6.2.2.1; s35)
        ("香港交易所", "Hong Kong Exchange", "Xiānggǎng Jiāoyìsuǒ"),
    ],
)
def test_other_names_keep_their_words(zh: str, en: str | None, pinyin: str) -> None:
    assert fill_pinyin(zh, "place", en) == pinyin


def test_add_writes_it(tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    db.write_text('{"entries": {}}', encoding="utf-8")
    added = runner.invoke(app, ["--db", str(db), "add", "哥本哈根", "--type", "place", "--en", "Copenhagen"])
    assert added.exit_code == 0, added.output
    result = runner.invoke(app, ["--db", str(db), "lookup", "哥本哈根", "--field", "pinyin"])
    assert result.stdout == "Gēběnhāgēn\n"


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=4), min_size=1, max_size=3))
def test_words_group_the_syllables_as_asked(sizes: list[int]) -> None:
    text = "阿姆斯特丹哥本哈根布宜诺"[: sum(sizes)]
    written = phrase_pinyin(text, words=sizes)
    assert [len(re.findall(r"[aeiouüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+", w.lower())) for w in written.split()] == sizes
    assert pinyin_key(written) == pinyin_key(phrase_pinyin(text))


@pytest.mark.parametrize(
    ("zh", "en", "pinyin"),
    [
        # U27-60b. CC-CEDICT: 圣彼得堡 [Sheng4 Bi3 de2 bao3] /Saint Petersburg/, 圣克鲁斯 [Sheng4 Ke4 lu3 si1] /Santa
        # Cruz/, 圣安东尼奥 [Sheng4 An1 dong1 ni2 ao4] /San Antonio, Texas/: 圣 translates the first word
        ("圣彼得堡", "Saint Petersburg", "Shèng Bǐdébǎo"),
        ("圣克鲁斯", "Santa Cruz", "Shèng Kèlǔsī"),
        ("圣安东尼奥", "San Antonio", "Shèng Āndōngní'ào"),
        ("圣彼得", "Saint Peter", "Shèng Bǐdé"),
    ],
)
def test_a_translated_saint_is_a_word_of_its_own(zh: str, en: str, pinyin: str) -> None:
    assert fill_pinyin(zh, "place", en) == pinyin
