"""Which forms annotate glosses by default: real prose (../shared/data/zh-corpus.txt) and all of CC-CEDICT's names."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict
from zhgloss.glossable import MIN_LENGTH, common_words, is_glossable
from zhgloss.model import Entry

CHENGGONG = Entry(id="chenggong", type="place", zh="成功", en="Chenggong", aliases=("Chengkung",))
SURNAME = Entry(id="lei", type="surname", zh="嫘", en="Lei")
APPLE = Entry(id="apple", type="org", zh="苹果", zh_hant="蘋果", en="Apple")


@pytest.mark.parametrize(
    ("entry", "form", "glossable"),
    [
        (Entry(id="he", type="name", zh="和", en="Japanese"), "和", False),  # one character
        (CHENGGONG, "成功", False),  # "success": an ordinary word in use
        (CHENGGONG, "Chenggong", True),  # English forms are not concerned
        (APPLE, "苹果", False),
        (APPLE.replace(always_gloss=True), "苹果", True),  # the entry says it is safe
        (APPLE.replace(always_gloss=True), "蘋果", True),
        (Entry(id="p", type="phrase", zh="配角", en="supporting role"), "配角", True),  # wording is a phrase's point
        (SURNAME, "嫘", False),
        (SURNAME, "Lei", False),  # "Lei" alone names nobody, in either script
        (Entry(id="bj", type="place", zh="北京", en="Beijing"), "北京", True),
        (Entry(id="lx", type="person", zh="鲁迅", en="Lu Xun"), "鲁迅", True),
        (Entry(id="jobs", type="person", zh="乔布斯", en="Steve Jobs"), "乔·布", True),  # separators not counted
        (Entry(id="x", type="person", zh="乔·布", en="X"), "·布", False),
    ],
)
def test_is_glossable(entry: Entry, form: str, glossable: bool) -> None:
    assert is_glossable(entry, form) is glossable


def test_the_common_words_are_real_words_of_two_or_more_characters() -> None:
    words = common_words()
    assert {"成功", "孙子", "长寿", "小米"} <= words
    assert not {"北京", "鲁迅", "孔乙己", "上海"} & words  # names only, never ordinary words
    assert all(len(word) >= MIN_LENGTH for word in words)


@pytest.fixture(scope="module")
def cedict_names(shared_dir: Path) -> Annotator:
    with gzip.open(shared_dir / "data" / "cedict_ts.u8.gz", "rt", encoding="utf-8") as fp:
        return Annotator(load_cedict(fp, proper_only=True))


def test_the_issue_examples_are_not_glossed(cedict_names: Annotator) -> None:
    # 和（Japanese）, 成功（Chenggong or Chengkung town…）, 雷布斯（Slovakia）: annotate output in issue 9.
    for text in ("他们和我们", "他成功了", "雷布斯"):
        assert cedict_names.mentions(text) == [], text
    assert [m.surface for m in cedict_names.mentions("小米和华为")] == ["华为"]  # Huawei is a name


def test_real_prose_keeps_its_names_and_loses_its_words(cedict_names: Annotator, shared_dir: Path) -> None:
    text = (shared_dir / "data" / "zh-corpus.txt").read_text(encoding="utf-8")
    found = {m.surface for m in cedict_names.mentions(text) if m.form in ("zh", "zh_hant", "zh_alias")}
    # Names the stories use, each a CC-CEDICT proper name, still glossed.
    assert {"北京", "上海", "鲁迅", "孔乙己", "陈独秀", "日本", "拿破仑"} <= found
    # No single character, no ordinary word: 孙子 "grandson" (Sun Tzu), 长寿 "long life" (Changshou),
    # 高明 "brilliant" (Gaoming), 洞口 "mouth of a cave" (Dongkou), 大拇指 "thumb" (Tom Thumb) ...
    assert all(len(surface) >= MIN_LENGTH for surface in found)
    assert not found & common_words()
    assert not found & {"孙子", "长寿", "高明", "大名", "洞口", "大拇指", "点点", "公馆", "元宝", "小康", "和", "成功"}
