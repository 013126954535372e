"""A term cell typed with a Chinese input method left on (session 30, U30-41): quotes or title marks around the
whole cell, full-width punctuation after it and a Chinese middle dot between Latin words are no part of the form,
which annotate and check then find as the text writes it. zhgloss's own layout is kept as written."""

from __future__ import annotations

import io

import pytest

from zhgloss.formats import get_format


@pytest.mark.parametrize(
    ("row", "zh", "en"),
    [
        # The tester's punct.csv and zpunct.csv rows.
        ("周杰伦,Jay·Chou", "周杰伦", "Jay Chou"),
        ("刘强东,Richard Liu。", "刘强东", "Richard Liu"),
        ("王兴,“Wang Xing”", "王兴", "Wang Xing"),
        ("《三体》,The Three-Body Problem", "三体", "The Three-Body Problem"),
        ("「雷军」,Lei Jun", "雷军", "Lei Jun"),
        ("“小米”,Xiaomi", "小米", "Xiaomi"),
        ("马云。,Jack Ma", "马云", "Jack Ma"),
        # More of the class: a Japanese-keyboard dot (U+30FB), a full-width comma after the name, 『』 around it.
        ("李彦宏,Robin・Li", "李彦宏", "Robin Li"),
        ("马化腾，,Pony Ma，", "马化腾", "Pony Ma"),
        ("『丁磊』,William Ding", "丁磊", "William Ding"),
    ],
)
def test_ime_punctuation_around_a_term_is_dropped(row: str, zh: str, en: str) -> None:
    (entry,) = get_format("csv").load(io.StringIO(f"zh,en\n{row}\n"), "team.csv")
    assert (entry.zh, entry.en) == (zh, en)


def test_a_form_of_its_own_punctuation_is_kept() -> None:
    # "Yahoo!" and a name with a Latin middle dot inside Chinese (埃隆·马斯克) are the forms themselves.
    entries = list(
        get_format("csv").load(io.StringIO("zh,en,type\n雅虎,Yahoo!,org\n埃隆·马斯克,Elon Musk,person\n"), "t.csv")
    )
    assert [(e.zh, e.en) for e in entries] == [("雅虎", "Yahoo!"), ("埃隆·马斯克", "Elon Musk")]
