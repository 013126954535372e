"""A name that a word holds past its first character is no name there (issue 9, s11, s17): 平城 in 宛平城.

jieba's counts ship down to 20 (word_counts.tsv), so the word-edge rule never sees the words running text meets
more rarely: 宛平城 (the walled town of Wanping, 9), the idiom 地久天长 (10). Nor does it see a counted word that holds
a whole name, which cuts no word edge: 基民盟 (Germany's CDU, 25) holds 民盟, the China Democratic League (s17).
holding_words.txt lists the words of either kind that hold a CC-CEDICT name past their first character
(scripts/build_holding_words.py). The glossary is CC-CEDICT's lines
for the forms concerned (tests/data/cedict_rare_words.u8); the sentences are the dev news of
tests/data/unknown_names*.tsv, where each dropped form was glossed as nonsense in the full names glossary.
"""

from __future__ import annotations

import importlib.util
import io
from functools import lru_cache
from pathlib import Path

import pytest
from build_scripts import load_build_script

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict
from zhgloss.glossrules import held_names, holding_words

DATA = Path(__file__).resolve().parent / "data"
ENTRIES = list(load_cedict(io.StringIO((DATA / "cedict_rare_words.u8").read_text(encoding="utf-8")), proper_only=True))


def glossed(text: str, annotator: Annotator | None = None) -> list[str]:
    """The surfaces `annotator` (default: one of ENTRIES) glosses in `text`, in order."""
    return [m.surface for m in (annotator or _annotator()).mentions(text)]


@lru_cache(maxsize=1)
def _annotator() -> Annotator:
    return Annotator(ENTRIES)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("卢沟桥畔的宛平城迎来了大批参观者。", ["卢沟桥"]),  # 宛|平城: not Pyongsong
        ("演员咏梅凭借电影《地久天长》获得柏林国际电影节最佳女演员银熊奖。", ["柏林"]),  # an idiom: not Tianchang
        ("国家队主教练伊万科维奇宣布了新一期集训名单。", []),  # Ivanković: not Pope Vigilius
        ("塞尔维亚网球运动员诺瓦克·德约科维奇在巴黎奥运会上夺得男单金牌。", ["巴黎"]),
        ("巴黎圣日耳曼中场李刚仁在比赛中送出两次助攻。", ["巴黎"]),  # Paris Saint-Germain: not "Germanic"
        ("星巴克宣布，尼科尔将接任公司首席执行官。", []),  # Niccol: not Helmut Kohl
        # Words jieba counts (so the shipped counts have them) but that cut no word edge around the name they hold:
        # Germany's CDU, not the China Democratic League (tests/data/cedict_names_news_sweep17.txt); a villager, not
        # National Day (tests/data/unknown_names*.tsv).
        ("德国总理朔尔茨表示，基民盟主席默茨被普遍视为下一任总理的热门人选。", []),
        ("张国庆是村里第一个大学生。", []),
    ],
)
def test_a_name_a_rare_word_holds_is_not_glossed(sentence: str, names: list[str]) -> None:
    assert glossed(sentence) == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # The part before the name is a word of its own: the Simatai section of the Great Wall.
        ("司马台长城的夜景吸引了不少游客。", ["长城"]),
        # 和 "and", among the commonest words, before 普京 (jieba lists a stray 和普京).
        ("特朗普和普京在阿拉斯加举行了会晤。", ["特朗普", "普京"]),
        # No rare word around it.
        ("他从平城出发，沿着长城走了一天。", ["平城", "长城"]),
        ("德国前总理科尔的传记出版了。", ["科尔"]),
        # The party and the day where no word holds them.
        ("民盟中央举行座谈会。", ["民盟"]),
        ("国庆期间，景区游客如织。", ["国庆"]),
    ],
)
def test_a_name_no_rare_word_holds_stays_glossed(sentence: str, names: list[str]) -> None:
    assert glossed(sentence) == names


@pytest.mark.parametrize("flag", [{"safe_forms": ("平城",)}, {"always_gloss": True}])
def test_safe_forms_and_always_gloss_keep_the_match(flag: dict[str, object]) -> None:
    pingcheng = next(e for e in ENTRIES if e.zh == "平城")
    others = [e for e in ENTRIES if e.zh != "平城"]
    annotator = Annotator([*others, pingcheng.replace(**flag)])
    assert glossed("卢沟桥畔的宛平城迎来了大批参观者。", annotator) == ["卢沟桥", "平城"]


def test_traditional_text_is_read_as_simplified() -> None:
    assert glossed("盧溝橋畔的宛平城迎來了大批參觀者。") == ["盧溝橋"]


def test_the_shipped_list_holds_the_words_and_their_names() -> None:
    words, idioms, parts = holding_words()
    assert {"宛平城", "地久天长", "科维奇", "司马台长城"} <= words
    assert "地久天长" in idioms and "宛平城" not in idioms
    assert "司马台" in parts
    assert {"平城", "天长", "维奇", "长城"} <= held_names()
    assert all(len(name) >= 2 for name in held_names())


def test_the_build_lists_words_that_hold_a_name_past_their_start() -> None:
    build = load_build_script("build_holding_words")
    jieba = {
        "宛平城": (9, "ns"),  # rare, holds 平城 past 宛
        "地久天长": (10, "n"),
        "地久": (2, "n"),
        "平城区": (5, "ns"),  # holds 平城 at its start only: InsideRule's longer words see it
        "北京城": (500, "ns"),  # holds 北京 at its start only
        "基民盟": (25, "n"),  # counted, and holds 民盟 past 基: no word edge cuts 民盟, so the word-edge rule misses it
        "基民": (25, "n"),  # a counted part: the shipped counts have it, the file's parts need not
    }
    lines, parts, held = build.holding_words(jieba, {"平城", "天长", "北京", "民盟"}, {"地久天长"})
    assert lines == ["地久天长\t10\tn\tidiom", "基民盟\t25\tn", "宛平城\t9\tns"]
    assert parts == {"地久"}
    assert held == {"平城", "天长", "民盟"}


def test_the_shipped_list_is_what_the_build_script_writes(shared_dir: Path) -> None:
    spec = importlib.util.find_spec("jieba")  # the test extra installs it; zhgloss itself never imports it
    assert spec is not None and spec.origin is not None
    jieba_dict = Path(spec.origin).parent / "dict.txt"
    build = load_build_script("build_holding_words")
    names, idioms = build.read_cedict(str(shared_dir / "data" / "cedict_ts.u8.gz"))
    lines, parts, held = build.holding_words(build.read_jieba(str(jieba_dict)), names, idioms)
    words, shipped_idioms, shipped_parts = holding_words()
    assert words == {line.split("\t")[0] for line in lines}
    assert shipped_parts == parts
    assert held_names() == held
    assert shipped_idioms == {line.split("\t")[0] for line in lines if line.endswith("\tidiom")}
