"""A person's Chinese cell that holds the person's other Chinese forms (session 31, user finding U30-39, zh half).

The tester's multi_zh.csv, as newsroom sheets write a nickname: "刘强东（东哥）,Richard Liu", "马化腾、小马哥,Pony Ma",
"雷军 (雷布斯),Lei Jun" were stored whole as zh ('刘强东(东哥)', ...), which no text writes, so annotate glossed
nothing and validate said nothing. A person's row (typed person or nickname, or untyped with an English that reads as
a Chinese person's name) whose English names one person is refused with its line and the fix: the other forms are
Chinese aliases ("刘强东; 东哥" splits so). A company's bracket (腾讯科技（深圳）) and a list (中、日、韩) stay.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.errors import FormatError
from zhgloss.formats.csv_format import load_csv


@pytest.mark.parametrize(
    ("row", "said"),
    [
        ("刘强东（东哥）,Richard Liu,", "holds another Chinese form in brackets ('东哥'): give it as a Chinese alias"),
        ("雷军 (雷布斯),Lei Jun,", "holds another Chinese form in brackets ('雷布斯')"),
        ("马化腾、小马哥,Pony Ma,", "holds 2 Chinese forms listed with 、 ('马化腾', '小马哥')"),
        ("刘强东（东哥）,Dick Liu,person", "holds another Chinese form in brackets ('东哥')"),
    ],
)
def test_a_persons_other_forms_in_the_chinese_cell_are_refused(row: str, said: str) -> None:
    with pytest.raises(FormatError) as caught:
        list(load_csv(io.StringIO(f"zh,en,type\n丁磊,William Ding,person\n{row}\n"), "names.csv"))
    assert caught.value.line == 3
    assert said in str(caught.value)


def test_the_fix_it_gives_imports() -> None:
    (entry,) = load_csv(io.StringIO("zh,en\n刘强东; 东哥,Richard Liu\n"), "names.csv")
    assert (entry.zh, entry.zh_aliases) == ("刘强东", ("东哥",))


@pytest.mark.parametrize(
    ("row", "zh"),
    [
        ("中国银行（香港）,Bank of China (Hong Kong),", "中国银行(香港)"),  # the English has the bracket too
        ('中、日、韩,"China, Japan and South Korea",', "中、日、韩"),  # a list: the English lists too
        ("腾讯科技（深圳）,Tencent Shenzhen,org", "腾讯科技(深圳)"),  # a company's branch, typed
        ("金山（珠海）,Kingsoft Zhuhai,", "金山(珠海)"),  # untyped, its English no person's name
    ],
)
def test_other_brackets_and_lists_stay(row: str, zh: str) -> None:
    (entry,) = load_csv(io.StringIO(f"zh,en,type\n{row}\n"), "names.csv")
    assert entry.zh == zh


# Review finding R11: only a nickname in brackets is a Chinese alias; a title, a company, a description goes in the
# note, and the same name in traditional characters is the zh_hant (as 马云/馬雲 is read).
@pytest.mark.parametrize(
    ("zh", "en", "said"),
    [
        (
            "习近平（总书记）",
            "Xi Jinping",
            "holds a description in brackets ('总书记'): give the name alone ('习近平')",
        ),
        ("刘强东（京东）", "Richard Liu", "holds a description in brackets ('京东')"),
        ("雷军（小米创始人）", "Lei Jun", "holds a description in brackets ('小米创始人')"),
        ("马云（已退休）", "Jack Ma", "holds a description in brackets ('已退休')"),
        ("刘强东（东哥）", "Richard Liu", "give it as a Chinese alias (刘强东; 东哥)"),
        ("马化腾（小马哥）", "Pony Ma", "give it as a Chinese alias (马化腾; 小马哥)"),
        ("雷军（雷布斯）", "Lei Jun", "give it as a Chinese alias (雷军; 雷布斯)"),
    ],
)
def test_a_bracket_is_an_alias_only_when_it_is_a_nickname(zh: str, en: str, said: str) -> None:
    with pytest.raises(FormatError) as caught:
        list(load_csv(io.StringIO(f"zh,en,type\n{zh},{en},person\n"), "people.csv"))
    assert said in str(caught.value)


@pytest.mark.parametrize(
    ("zh", "en", "kind", "forms"),
    [
        ("周杰伦（周杰倫）", "Jay Chou", "person", ("周杰伦", "周杰倫")),
        ("马云（馬雲）", "Jack Ma", "", ("马云", "馬雲")),
        # CC-CEDICT: 中國銀行 中国银行 [Zhong1 guo2 Yin2 hang2] /Bank of China (BoC)/
        ("中国银行（中國銀行）", "Bank of China", "org", ("中国银行", "中國銀行")),
    ],
)
def test_the_same_name_in_traditional_characters_in_brackets_is_its_zh_hant(
    zh: str, en: str, kind: str, forms: tuple[str, str]
) -> None:
    (entry,) = load_csv(io.StringIO(f"zh,en,type\n{zh},{en},{kind}\n"), "people.csv")  # as "马云/馬雲" is read
    assert (entry.zh, entry.zh_hant, entry.zh_aliases) == (*forms, ())
