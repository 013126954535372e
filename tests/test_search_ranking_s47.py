"""search: a name-shaped query ranks names before a common word's pinyin (R46-12); a traditional name written with
another traditional character is the name, not a homophone (R46-5).

R46-12: `search "Hu Jingtao"` on the full CC-CEDICT import ranked "100 护颈套 cervical collar [term] pinyin" first and
胡锦涛 Hu Jintao second (90). A query whose words are capitalised is a name's spelling: a common word's (type `term`)
pinyin scores at most `fuzzy.TERM_AS_NAME_SCORE` by it, so the name it misspells comes first; typed in lower case
("hu jingtao") it is still the word's pinyin, 100. Of 575 such slips of a person's English on the full import (a letter
left out or doubled, each a common word's pinyin), 477 ranked a common word first before, 7 after.

R46-5: `search 臺積電` on an entry stored 台积电 / 台積電 scored "86 homophone of 台积电"; lookup finds it exactly
(`index._as_simplified`: read in simplified characters). Search now reads it so too: 100. Of 52 such queries on a
--proper-only import (an entry's traditional form with 台 written 臺, or 強 written 强), 0 scored 100 before, 52 after.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.fuzzy import TERM_AS_NAME_SCORE, Searcher
from zhgloss.model import Entry


def _search(exe: str, db: Path, query: str) -> list[str]:
    done = subprocess.run(
        [exe, "search", query, "--db", str(db)], capture_output=True, text=True, check=False, encoding="utf-8"
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_hu_jingtao_finds_hu_jintao_first_on_the_full_import(cedict_full_db: Path, zhgloss_exe: str) -> None:
    lines = _search(zhgloss_exe, cedict_full_db, "Hu Jingtao")
    assert "胡锦涛 Hu Jintao" in lines[0], lines
    collar = next(line for line in lines if "护颈套" in line)
    assert collar.split()[0] == str(int(TERM_AS_NAME_SCORE))
    # In lower case it is the common word's pinyin, as before.
    assert "护颈套" in _search(zhgloss_exe, cedict_full_db, "hu jingtao")[0]


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Hu Jingtao", "胡锦涛"),  # 护颈套 hù jǐng tào
        ("Ban Cao", "班超"),  # 班草 bān cǎo: Ban Chao, one letter left out
        ("Bei Diao", "北岛"),  # 贝雕 bèi diāo: Bei Dao, one letter added
    ],
)
def test_a_misspelt_name_ranks_before_a_common_word_it_spells(
    cedict_full_db: Path, zhgloss_exe: str, query: str, name: str
) -> None:
    assert name in _search(zhgloss_exe, cedict_full_db, query)[0]


_TERM = Entry(id="hujingtao", zh="护颈套", en="cervical collar", pinyin="hù jǐng tào", type="term")
_PERSON = Entry(id="hu-jintao", zh="胡锦涛", en="Hu Jintao", pinyin="Hú Jǐntāo", type="person")


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["Hu Jingtao", "Hu Jing Tao", "Hujingtao", "Hu Jing-tao"]))
def test_a_common_words_pinyin_by_a_name_shaped_query_scores_at_most_the_cap(query: str) -> None:
    hits = Searcher([_TERM, _PERSON]).search(query)
    term = next(hit for hit in hits if hit.entry.id == "hujingtao")
    assert term.score <= TERM_AS_NAME_SCORE
    assert hits[0].entry.id == "hu-jintao"


@given(st.sampled_from(["hu jingtao", "hujingtao", "hù jǐng tào", "Hù Jǐng Tào", "HU JINGTAO"]))
def test_the_pinyin_typed_otherwise_than_a_name_still_scores_100(query: str) -> None:
    hits = Searcher([_TERM, _PERSON]).search(query)
    assert (hits[0].entry.id, hits[0].score) == ("hujingtao", 100)


@pytest.mark.parametrize("query", ["臺積電", "台積電", "台积电"])
def test_a_traditional_name_written_with_another_traditional_character_is_exact(query: str) -> None:
    entry = Entry(id="tsmc", zh="台积电", zh_hant="台積電", en="TSMC", pinyin="Táijīdiàn", type="org")
    [hit] = Searcher([entry]).search(query)
    assert hit.score == 100
    assert "homophone" not in hit.matched


def test_search_of_a_tbx_entry_by_another_traditional_writing(tmp_path: Path, zhgloss_exe: str) -> None:
    tbx = tmp_path / "t.tbx"
    tbx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en"><text><body>'
        '<termEntry id="c1"><langSet xml:lang="en"><tig><term>TSMC</term></tig></langSet>'
        '<langSet xml:lang="zh-CN"><tig><term>台积电</term></tig></langSet>'
        '<langSet xml:lang="zh-TW"><tig><term>台積電</term></tig></langSet></termEntry>'
        "</body></text></martif>\n",
        encoding="utf-8",
    )
    db = tmp_path / "g.json"
    subprocess.run([zhgloss_exe, "init", "--empty", str(db)], capture_output=True, check=True)
    done = subprocess.run([zhgloss_exe, "import", str(tbx), "--db", str(db)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    [line] = _search(zhgloss_exe, db, "臺積電")
    assert line.split()[:2] == ["100", "台积电"]
    assert "homophone" not in line
