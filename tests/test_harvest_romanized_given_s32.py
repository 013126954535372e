"""harvest: a Chinese name whose given name is romanized a syllable a character keeps its surname apart in the
proposed pinyin, whatever the surname's spelling (s32, R15).

"Officials said Soong Mei-ling (宋美龄) spoke." gave pinyin "Sòngměilíng", one word as for a transliterated foreign
name (库克 "Kùkè"), because Soong was no spelling of 宋 harvest knew; --add stored it. Soong is the Soong family's
own spelling (English Wikipedia, "Song (Chinese surname)": "Soong is also a common transliteration"), and the Min
Nan spellings of Singapore and Malaysia (Tan 陈, Goh 吴, Lim 林) were missing too: they are now in
data/surname_spellings.tsv. Apart from the table, "Mei-ling" spells 美龄 as Wade-Giles and pinyin read it, so the
name is a Chinese one: 邵玉铭 "Shaw Yu-ming" (Shaw, no spelling of 邵 in any system) is "Shào Yùmíng".
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest, surname_keys


def _only(line: str):
    proposals = [p for p in harvest(line, []) if p.kind == "name"]
    assert len(proposals) == 1, [(p.zh, p.en) for p in proposals]
    return proposals[0]


@pytest.mark.parametrize(
    ("line", "zh", "en", "pinyin"),
    [
        # R15
        ("Officials said Soong Mei-ling (宋美龄) spoke.", "宋美龄", "Soong Mei-ling", "Sòng Měilíng"),
        ("Soong Ching-ling (宋庆龄) was vice-chairman of the state.", "宋庆龄", "Soong Ching-ling", "Sòng Qìnglíng"),
        # the given name alone says it: Shaw (邵) is in no table of spellings
        ("Former minister Shaw Yu-ming (邵玉铭) spoke in Taipei.", "邵玉铭", "Shaw Yu-ming", "Shào Yùmíng"),
    ],
)
def test_a_romanized_given_name_keeps_the_surname_apart(line: str, zh: str, en: str, pinyin: str) -> None:
    proposal = _only(line)
    assert (proposal.zh, proposal.en, proposal.entry.pinyin) == (zh, en, pinyin)


@pytest.mark.parametrize(
    ("name", "spelling"),
    [
        ("宋美龄", "soong"),
        ("陈钦亮", "tan"),
        ("吴作栋", "goh"),
        ("林冠英", "lim"),
        ("王乙康", "ong"),
        ("杨荣文", "yeo"),
    ],
)
def test_well_known_spellings_outside_the_systems(name: str, spelling: str) -> None:
    # Soong Mei-ling, Tan Kin Lian, Goh Chok Tong, Lim Guan Eng, Ong Ye Kung, George Yeo
    assert spelling in surname_keys(name)


def test_a_transliterated_name_is_still_one_word() -> None:
    # "Harris" is one word for 里斯's two characters: no given name spelt a syllable a character
    proposal = _only("US Vice President Kamala Harris (哈里斯) spoke on Tuesday.")
    assert proposal.entry.pinyin == "Hālǐsī"
