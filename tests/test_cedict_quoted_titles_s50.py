"""A work's title in quotes, straight or curly, opening a CC-CEDICT sense, and a possessive's title kept apart (R49-7).

CC-CEDICT (2020-12-21) opens a sense of 35 proper-name lines with a quoted title ("“Art of War”, one of the Seven
Military Classics ...", "\"A Brief History of Time\" by Stephen Hawking"), and 12 of its lines quote in curly quotes.
The quotes left such a sense unread: `--proper-only` dropped the work, and a full import stored the whole sense as its
English. The title is read as an unquoted title is, where the rest of the sense calls it a work
(`zhgloss.formats.cedict._QUOTED_TITLE_RE`); curly quotes are read as straight ones everywhere in `read_sense`. A
quoted coinage that no sense calls a work stays unread ("Beijing cough"). 孙膑兵法 "Sun Bin's \"The Art of War\"" kept
the alias "The Art of War", which is 孙子兵法's title: a possessive's bare title is no alias where another work has
that title (`_keep_titles_apart`).
"""

from __future__ import annotations

import json
from pathlib import Path

from cedict_fixtures import annotated, imported_db, rows_by_zh
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.formats.cedict import read_sense

# Real CC-CEDICT lines (../shared/data/cedict_ts.u8.gz).
SUNZI = (
    "孫子兵法 孙子兵法 [Sun1 zi3 Bing1 fa3] /“Art of War”, one of the Seven Military Classics of ancient China "
    "武經七書|武经七书[Wu3 jing1 Qi1 shu1], written by Sun Tzu 孫子|孙子[Sun1 zi3]/"
)
SUN_BIN = '孫臏兵法 孙膑兵法 [Sun1 Bin4 Bing1 fa3] /Sun Bin\'s "The Art of War"/'
PLATO = '理想國 理想国 [Li3 xiang3 guo2] /Plato\'s "The Republic" (c. 380 BC)/'
SIMA = (
    "司馬法 司马法 [Si1 ma3 Fa3] /“Methods of Sima”, also called “Sima Rangju’s Art of War”, one of the Seven Military "
    "Classics of ancient China 武經七書|武经七书[Wu3 jing1 Qi1 shu1], written by Sima Rangju 司馬穰苴|司马穰苴[Si1 ma3 "
    "Rang2 ju1]/"
)
LIUTAO = (
    "六韜 六韬 [Liu4 tao1] /“Six Secret Strategic Teachings”, one of the Seven Military Classics of ancient China "
    "武經七書|武经七书[Wu3 jing1 Qi1 shu1], attributed to Jiang Ziya 姜子牙[Jiang1 Zi3 ya2]/"
)
HAWKING = '時間簡史 时间简史 [Shi2 jian1 Jian3 shi3] /"A Brief History of Time" by Stephen Hawking/'
LU_XUN = (
    '朝花夕拾 朝花夕拾 [Zhao1 hua1 xi1 shi1] /"Dawn Blossoms Plucked at Dusk", a collection of autobiographical essays '
    "by Lu Xun 魯迅|鲁迅[Lu3 Xun4]/"
)
CLANCY = (
    '獵殺紅色十月號 猎杀红色十月号 [Lie4 sha1 Hong2 se4 Shi2 yue4 hao4] /"The Hunt for Red October", a novel by Tom '
    "Clancy/"
)
COUGH = (
    '北京咳 北京咳 [Bei3 jing1 ke2] /"Beijing cough", respiratory problems caused by dry and polluted Beijing air, '
    "typically experienced by non-acclimated foreigners/"
)
DEMOCRACY = (
    '德先生 德先生 [De2 xian1 sheng5] /"Mr Democracy", phrase used during the May 4th Movement '
    "五四運動|五四运动[Wu3 si4 Yun4 dong4]/abbr. for 德謨克拉西|德谟克拉西[de2 mo2 ke4 la1 xi1]/"
)


def test_sun_tzus_art_of_war_is_a_work_of_the_names_glossary() -> None:
    rows = rows_by_zh(SUNZI)
    assert rows["孙子兵法"]["type"] == "work"
    assert rows["孙子兵法"]["en"] == "Art of War"
    assert "Seven Military Classics" in rows["孙子兵法"]["note"]  # the line as written


def test_the_full_import_reads_the_title_not_the_whole_sense() -> None:
    rows = rows_by_zh(SUNZI, proper_only=False)
    assert (rows["孙子兵法"]["type"], rows["孙子兵法"]["en"]) == ("work", "Art of War")


def test_sun_bins_book_has_no_alias_of_sun_tzus_title() -> None:
    rows = rows_by_zh(SUNZI, SUN_BIN)
    assert rows["孙膑兵法"]["en"] == "Sun Bin's Art of War"
    assert rows["孙膑兵法"]["aliases"] == []
    # Alone, with no other work of that title, the bare title stays its alias, as Plato's does.
    assert rows_by_zh(SUN_BIN)["孙膑兵法"]["aliases"] == ["The Art of War"]
    assert rows_by_zh(PLATO, SUNZI)["理想国"]["aliases"] == ["The Republic"]


def test_more_quoted_titles_of_works() -> None:
    rows = rows_by_zh(SIMA, LIUTAO, HAWKING, LU_XUN, CLANCY)
    found = {zh: (row["type"], row["en"], row["aliases"]) for zh, row in rows.items()}
    assert found == {
        "司马法": ("work", "Methods of Sima", ["Sima Rangju's Art of War"]),  # (apostrophes straight: s48)
        "六韬": ("work", "Six Secret Strategic Teachings", []),
        "时间简史": ("work", "A Brief History of Time", []),
        "朝花夕拾": ("work", "Dawn Blossoms Plucked at Dusk", []),
        "猎杀红色十月号": ("work", "The Hunt for Red October", []),
    }


def test_a_quoted_coinage_is_no_title() -> None:
    # No work: the lines stay what they were, words of the full import.
    assert rows_by_zh(COUGH, DEMOCRACY) == {}
    rows = rows_by_zh(COUGH, proper_only=False)
    assert rows["北京咳"]["type"] == "term"


def test_curly_quotes_read_as_straight_after_a_possessive() -> None:
    straight = read_sense('Sun Bin\'s "The Art of War"')
    curly = read_sense("Sun Bin's “The Art of War”")
    assert (curly.name, curly.type, curly.aliases) == (straight.name, straight.type, straight.aliases)


TITLE_WORDS = ["Art", "War", "Spring", "Autumn", "Strategies", "Methods", "Dawn", "Blossoms", "Red", "Mansions"]
DESCRIPTIONS = [
    ", one of the Seven Military Classics of ancient China",
    ", a novel by Tom Clancy",
    " by Stephen Hawking",
    ", chronicle of the Warring States Period (475-220 BC)",
]


@given(
    st.lists(st.sampled_from(TITLE_WORDS), min_size=1, max_size=4),
    st.sampled_from(["of", "and", "the", None]),
    st.sampled_from(DESCRIPTIONS),
)
def test_any_quoted_title_reads_alike_in_either_quotes(words: list[str], joint: str | None, rest: str) -> None:
    # A title of capitalised words (and a small word inside) quoted either way, then a work's description: the
    # title whole, a work.
    if joint and len(words) > 1:
        words = [words[0], joint, *words[1:]]
    title = " ".join(words)
    straight = read_sense(f'"{title}"{rest}')
    curly = read_sense(f"“{title}”{rest}")
    assert (straight.name, straight.type) == (title, "work")
    assert (curly.name, curly.type, curly.aliases) == (straight.name, straight.type, straight.aliases)


def test_installed_import_and_annotate(tmp_path: Path) -> None:
    db = imported_db(tmp_path, "\n".join([SUNZI, SUN_BIN, COUGH]) + "\n")
    entries = {e["zh"]: e for e in json.loads(db.read_text(encoding="utf-8"))["entries"].values()}
    assert sorted(entries) == ["孙子兵法", "孙膑兵法"]
    glossed = annotated(db, "Sun Tzu wrote The Art of War.")
    assert "孙膑兵法" not in glossed
    assert "孙子兵法" in glossed
