"""harvest puts a Chinese name's left edge where the name starts (session 27, cur item 8).

jieba's counts lack most of CC-CEDICT's proper nouns, so a word of the sentence read across the name's start moved
its left edge: 重庆市长寿区 (read 重庆|市长|寿区) gave 寿区, 易卜生的玩偶之家 gave 之家, 他出生于河内 (他|出|生于|河内)
gave 出生于河内 and "born in Hanoi (出生于河内)" paired 出生于河内 with Hanoi; 千里达和多巴哥 (Trinidad and Tobago) gave
达和多巴哥, 千里 being an ordinary word. The rules (zhgloss.harvest): a name CC-CEDICT or jieba lists as a word
(words.txt, not an ordinary word) at the run's end is taken whole, and the words of the sentence before it dropped
(`_at_listed_name`); a verb ending with a preposition (生于, 位于, 来自) is a break word (`_is_break_word`); the part
before 和 of a name the English joins with "and" may hold an ordinary word where the English's sound has room
(`_first_part_syllables`).
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.harvest import _is_break_word, harvest
from zhgloss.namecontext import word_file


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(p.entry.zh, p.entry.en) for p in harvest(text, [])}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("胡志明出生于河内（Hanoi）。", ("河内", "Hanoi")),
        ("他出生于河内（Hanoi），后来移居巴黎。", ("河内", "Hanoi")),
        ("She was born in Hanoi (出生于河内) in 1950.", ("河内", "Hanoi")),
        ("千里达和多巴哥（Trinidad and Tobago）是一个岛国。", ("千里达和多巴哥", "Trinidad and Tobago")),
        ("Trinidad and Tobago (千里达和多巴哥) won.", ("千里达和多巴哥", "Trinidad and Tobago")),
        ("重庆市长寿区（Changshou District）是工业区。", ("长寿区", "Changshou District")),
        ("他在长寿区（Changshou District）工作。", ("长寿区", "Changshou District")),
        ("易卜生的玩偶之家（A Doll's House）很有名。", ("玩偶之家", "A Doll's House")),
        ("易卜生的剧作玩偶之家（A Doll's House）很有名。", ("玩偶之家", "A Doll's House")),
        ("Ibsen's A Doll's House (玩偶之家) opened.", ("玩偶之家", "A Doll's House")),  # 之 writes the possessive
        # Cases of the same kinds
        ("我们支持特立尼达和多巴哥（Trinidad and Tobago）。", ("特立尼达和多巴哥", "Trinidad and Tobago")),
        ("他访问了塞尔维亚和黑山（Serbia and Montenegro）。", ("塞尔维亚和黑山", "Serbia and Montenegro")),
        ("圣基茨和尼维斯（Saint Kitts and Nevis）加入了。", ("圣基茨和尼维斯", "Saint Kitts and Nevis")),
        ("安提瓜和巴布达（Antigua and Barbuda）", ("安提瓜和巴布达", "Antigua and Barbuda")),
        ("该公司位于河内（Hanoi）。", ("河内", "Hanoi")),
        # Left as they were: an organisation's whole name, a place word that is the name's
        ("中国工商银行（ICBC）发布年报。", ("中国工商银行", "ICBC")),
        ("Kweichow Moutai (贵州茅台, 600519.SS) fell.", ("贵州茅台", "Kweichow Moutai")),
    ],
)
def test_the_name_starts_where_it_starts(text: str, pair: tuple[str, str]) -> None:
    found = _pairs(text)
    assert pair in found, found


def test_the_names_are_cc_cedict_s_words(shared_dir: Path) -> None:
    # The dictionaries' words decide the edge: each name is a CC-CEDICT headword, and words.txt (built from
    # CC-CEDICT and jieba) lists it; none is an ordinary word.
    wanted = {"河内": "Hanoi", "长寿区": "Changshou", "玩偶之家": "Doll's House"}
    with gzip.open(shared_dir / "data" / "cedict_ts.u8.gz", "rt", encoding="utf-8") as fp:
        lines = {line.split(" ", 2)[1]: line for line in fp if not line.startswith("#")}
    for zh, english in wanted.items():
        assert english in lines[zh], lines.get(zh)
        assert zh in word_file()


def test_a_verb_ending_with_a_preposition_is_a_break_but_a_surname_is_not() -> None:
    for word in ("生于", "位于", "毕业于", "来自", "源自", "于", "的", "表示"):
        assert _is_break_word(word), word
    for word in ("淳于", "鲜于", "河内", "华为", "成都"):
        assert not _is_break_word(word), word


_PROSE = ["他出生于", "据报道", "我们参观了", "他的剧作", "该公司位于", "他来自", "在"]
_NAMES = [("河内", "Hanoi"), ("长寿区", "Changshou District"), ("玩偶之家", "A Doll's House")]


@settings(max_examples=60, deadline=None)
@given(prose=st.sampled_from(_PROSE), name=st.sampled_from(_NAMES), shape=st.booleans())
def test_prose_before_a_listed_name_is_never_the_name_s(prose: str, name: tuple[str, str], shape: bool) -> None:
    zh, en = name
    text = f"{prose}{zh}（{en}）。" if shape else f"It was {en} ({prose}{zh})."
    found = _pairs(text)
    # The Chinese is the name alone. (Read before a bracket, the English drops a leading article: "Doll's House".)
    assert zh in {z for z, _ in found}, (text, found)
    assert not any(z != zh and z.endswith(zh) for z, _ in found), (text, found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # The user tester's U27-33: the English name's left edge, at a lower-case word or an elided particle
        (
            "The classic novel Romance of the Three Kingdoms (三国演义) was adapted again.",
            ("三国演义", "Romance of the Three Kingdoms"),
        ),
        ("Delegates from Côte d'Ivoire (科特迪瓦) attended.", ("科特迪瓦", "Côte d'Ivoire")),
        ("Ibsen wrote A Doll's House (玩偶之家) in 1879.", ("玩偶之家", "A Doll's House")),
        ("He read Dream of the Red Chamber (红楼梦) twice.", ("红楼梦", "Dream of the Red Chamber")),
        # An article that opens the sentence is the sentence's
        ("The Alibaba Group (阿里巴巴集团) grew.", ("阿里巴巴集团", "Alibaba Group")),
        # U27-60: a sentence's capitalised first word before "of the" is the sentence's
        ("Readers of the People's Daily (人民日报) noticed the change.", ("人民日报", "People's Daily")),
        ("He said so. Fans of the Shanghai Shenhua (上海申花) cheered.", ("上海申花", "Shanghai Shenhua")),
        # mid-sentence it opens a title, and "of" alone still joins a name at a sentence's start
        ("He praised Romance of the Three Kingdoms (三国演义) again.", ("三国演义", "Romance of the Three Kingdoms")),
        ("Bank of China (中国银行) reported.", ("中国银行", "Bank of China")),
    ],
)
def test_the_english_name_starts_where_its_title_starts(text: str, pair: tuple[str, str]) -> None:
    found = _pairs(text)
    assert pair in found, found


@pytest.mark.parametrize(
    ("text", "zh", "kind", "pinyin"),
    [
        # U27-33b: a city jieba lists with its unit (西安市, 湛江市) is a place, and its pinyin one word
        ("He flew to Xi'an (西安) on Monday.", "西安", "place", "Xī'ān"),
        ("Quan Hongchan returned to Zhanjiang (湛江).", "湛江", "place", "Zhànjiāng"),
        ("Wang Xiang (王翔) spoke.", "王翔", "person", "Wáng Xiáng"),  # no place: a person as before
    ],
)
def test_a_listed_city_is_a_place_not_a_person(text: str, zh: str, kind: str, pinyin: str) -> None:
    from zhgloss.harvest import compare_english

    (proposal,) = [p for p in harvest(text, []) if p.entry.zh == zh]
    assert proposal.entry.type == kind
    assert compare_english(zh, proposal.entry.en)[1] == f"matches the pinyin {pinyin}"
