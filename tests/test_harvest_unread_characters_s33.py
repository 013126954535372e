"""harvest: a name with a character zhgloss knows no reading of gets no pinyin, and the proposal says why, never a
pinyin a syllable short (U33-6).

"Dame Rosanna Wong (王䓪鸣)" was proposed and stored with pinyin "Wáng Míng": the fallback reading dropped 䓪 (U+44EA,
CJK Extension A, which pypinyin does not read) in silence, while add and romanize refuse the name. A name whose
characters are all read keeps its pinyin.
Names: Rosanna Wong (王䓪鸣), Hong Kong; Rosie Young (杨紫芝), Hong Kong; Wang Xiang (王翔), Zhongxing's chairman.
"""

from __future__ import annotations

from zhgloss.harvest import harvest, romanize


def test_no_pinyin_for_a_character_with_no_reading() -> None:
    (proposal,) = harvest("Dame Rosanna Wong (王䓪鸣) was honoured.", [])
    assert (proposal.zh, proposal.entry.pinyin) == ("王䓪鸣", None)
    assert "no reading of 䓪" in proposal.explanation


def test_romanize_gives_no_pinyin_a_syllable_short() -> None:
    assert romanize("王䓪鸣") == ""
    assert romanize("王翔") == "Wáng Xiáng"


def test_names_read_whole_keep_their_pinyin() -> None:
    found = {p.zh: p.entry.pinyin for p in harvest("Prof. Rosie Young (杨紫芝) and Wang Xiang (王翔) spoke.", [])}
    assert found == {"杨紫芝": "Yáng Zǐzhī", "王翔": "Wáng Xiáng"}
