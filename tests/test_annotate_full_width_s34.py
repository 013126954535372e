"""annotate and check read full-width Latin letters and digits as their ASCII forms, one for one (issue 9; the
thirty-third session's U33-22: 金山的WPS和小米SU7发布, the letters and digits full-width, was glossed 小米（Xiaomi）
SU7（小米SU7）, a Chinese form as the gloss of Chinese text, and WPS（WPS）, which the half-width WPS does not get;
check then failed "the Xiaomi SU7" as `missing 小米`).

Chinese input methods and Word write Latin letters and digits full-width (Lu Xun's 阿Q in the corpus, 三K党, 5G); the
text as written is what the output keeps and the mentions show. Full-width marks (，：（）) stay Chinese punctuation.
The glossary is real CC-CEDICT lines (CC BY-SA 4.0, MDBG) and two entries in the bundled glossary's shape.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.annotate import Annotator, Session
from zhgloss.check import Checker
from zhgloss.formats.bilingual import Segment
from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

LINES = (
    "阿Q 阿Q [A1 Q] /Ah Q, antihero of Lu Xun's influential 1921 novella The True Story of Ah Q 阿Q正傳|阿Q正传"
    "[A1 Q Zheng4 zhuan4]/\n"
    "阿Q正傳 阿Q正传 [A1 Q Zheng4 zhuan4] /The True Story of Ah Q, influential 1921 novella by Lu Xun "
    "魯迅|鲁迅[Lu3 Xun4]/\n"
    "三K黨 三K党 [San1 K dang3] /Ku Klux Klan/KKK/\n"
    "哆啦A夢 哆啦A梦 [Duo1 la1 A meng4] /Doraemon, Japanese manga and anime series character/\n"
    "美國51區 美国51区 [Mei3 guo2 Wu3 shi2 yi1 Qu1] /Area 51, USA/\n"
    "小米 小米 [xiao3 mi3] /millet/\n"
)
BUNDLED_SHAPE = [
    Entry(id="xiaomi-group", zh="小米集团", en="Xiaomi", type="org", zh_aliases=("小米",)),
    Entry(id="xiaomi-su7", zh="小米SU7", en="Xiaomi SU7", type="product", zh_aliases=("SU7",), pinyin="Xiǎomǐ SU7"),
    Entry(id="wps", zh="WPS", en="WPS", type="product"),
    Entry(id="kingsoft", zh="金山软件", en="Kingsoft", type="org", zh_aliases=("金山",)),
]
ANNOTATOR = Annotator([*load_cedict(io.StringIO(LINES), proper_only=True), *BUNDLED_SHAPE])


def inline(text: str) -> str:
    return Session(ANNOTATOR).render(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # U33-22 (/tmp/u33/t/fwsu7.txt)
        ("金山的ＷＰＳ和小米ＳＵ７发布。", "金山（Kingsoft）的ＷＰＳ和小米ＳＵ７（Xiaomi SU7）发布。"),
        ("金山的WPS和小米SU7发布。", "金山（Kingsoft）的WPS和小米SU7（Xiaomi SU7）发布。"),
        # my own, the same class: CC-CEDICT's names with Latin letters or digits, written full-width
        ("说是阿Ｑ回来了。", "说是阿Ｑ（Ah Q）回来了。"),  # zh-corpus.txt (Lu Xun) writes 阿Ｑ so
        ("《阿Ｑ正传》发表了。", "《阿Ｑ正传（The True Story of Ah Q）》发表了。"),
        ("三Ｋ党在美国南方活动。", "三Ｋ党（Ku Klux Klan）在美国南方活动。"),
        ("孩子们喜欢哆啦Ａ梦。", "孩子们喜欢哆啦Ａ梦（Doraemon）。"),
        ("美国５１区的传说。", "美国５１区（Area 51）的传说。"),
    ],
)
def test_full_width_letters_and_digits_are_read_as_ascii(text: str, expected: str) -> None:
    assert inline(text) == expected


def test_the_mentions_show_the_text_as_written() -> None:
    assert [(m.surface, m.entry.id) for m in ANNOTATOR.mentions("小米ＳＵ７发布。")] == [("小米ＳＵ７", "xiaomi-su7")]


def test_full_width_marks_stay_chinese_punctuation() -> None:
    assert inline("阿Ｑ（Ah Q）说。") == "阿Ｑ（Ah Q）说。"  # a gloss the text writes already is not written twice


def test_check_reads_the_product_written_full_width() -> None:
    checker = Checker(ANNOTATOR, Annotator(BUNDLED_SHAPE))
    segment = Segment(1, "金山的ＷＰＳ和小米ＳＵ７发布。", "Kingsoft's WPS and the Xiaomi SU7 launched.")
    assert checker.check([segment]).problems == []
