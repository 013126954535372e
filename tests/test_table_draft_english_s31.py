"""The English proposed for a table row with Chinese and no English (session 31; the s30 reviewer's F14).

The row is a draft whose English is a proposal. A row typed person is proposed as `add --type person` proposes it:
by the person romanizer (`zhgloss.pinyin.romanize`), surname apart and read as a surname, so 李小龙 is "Li Xiaolong"
(was "Lixiaolong") and 曾国藩 "Zeng Guofan" (was "Cengguofan": 曾 as the word céng). Other rows keep the term's
pinyin in words of two syllables (北京大学 "Beijing Daxue"). The readings are CC-CEDICT's:
  曾國藩 曾国藩 [Zeng1 Guo2 fan1] /Zeng Guofan (1811-1872), Qing dynasty politician and military man/
  李小龍 李小龙 [Li3 Xiao3 long2] /Bruce Lee (1940-1973), Hong Kong actor and martial arts expert/
  歐陽修 欧阳修 [Ou1 yang2 Xiu1] /Ouyang Xiu (1007-1072), Northern Song dynasty prose writer and historian/
  曾慶紅 曾庆红 [Zeng1 Qing4 hong2] /Zeng Qinghong (1939-), vice-president of PRC 2003-2008/
"""

from __future__ import annotations

import io
import warnings

import pytest

from zhgloss.formats.csv_format import load_csv
from zhgloss.formats.table import ImportNote


def _drafts(text: str) -> dict[str, str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ImportNote)
        entries = list(load_csv(io.StringIO(text), "drafts.csv"))
    assert all(e.draft for e in entries)
    return {e.zh: e.en for e in entries if e.zh}


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        # CC-CEDICT's person of another English: its English, as add names it (the forty-eighth session's R47-11:
        # a draft's proposal is add's; it was the pinyin "Li Xiaolong" before)
        ("李小龙", "Bruce Lee"),
        ("王小洪", "Wang Xiaohong"),  # no CC-CEDICT person: the pinyin
        ("曾国藩", "Zeng Guofan"),
        ("曾庆红", "Zeng Qinghong"),
        ("欧阳修", "Ouyang Xiu"),  # a compound surname: one word
        ("曾國藩", "Zeng Guofan"),  # written in traditional characters
    ],
)
def test_a_person_row_is_proposed_as_add_proposes_a_person(zh: str, en: str) -> None:
    assert _drafts(f"zh,en,type\n{zh},,person\n") == {"曾国藩" if zh == "曾國藩" else zh: en}


def test_the_proposal_is_said_with_its_line() -> None:
    with pytest.warns(ImportNote, match="'Wang Xiaohong' is its pinyin") as said:
        list(load_csv(io.StringIO("zh,en,type\n马云,Jack Ma,person\n王小洪,,person\n"), "drafts.csv"))
    # Session 32: the row 马云,Jack Ma says too that it is read as an adopted English name (its line 2): the
    # proposal's own note is on line 3 alone.
    proposals = [note for note in said if isinstance(note.message, ImportNote) and "is its pinyin" in str(note.message)]
    assert [note.message.line for note in proposals] == [3]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("北京大学,,org", {"北京大学": "Beijing Daxue"}),  # no person: the term's pinyin in words of two syllables
        ("金山,,", {"金山": "Jinshan"}),  # untyped: not read as a person's name either
    ],
)
def test_other_rows_keep_the_terms_pinyin(row: str, expected: dict[str, str]) -> None:
    assert _drafts(f"zh,en,type\n{row}\n") == expected
