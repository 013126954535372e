"""A work's title runs to the comma before its description, whatever words it holds (twenty-ninth session, issue 9
item 1; the s28 blind draw's 齐民要术 "Essential skill to benefit the people, sixth century encyclopedia ... by Jia
Sixie" was "Essential skill", and the tester's class 6: 海瑞罢官 "Hai Rui dismissed from office, 1960 historical
play by historian Wu Han" was "Hai Rui").

`_TITLE_BEFORE_WORK_RE` ran a title to the comma when a work's description follows ("Lamp in the Side Street, novel
by ..."), but not after a name that had taken lower-case words already ("Essential skill"), nor over a participle
("dismissed from office").
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "齊民要術 齐民要术 [Qi2 min2 Yao4 shu4] /Essential skill to benefit the people, sixth century encyclopedia of"
    " agricultural knowledge by Jia Sixie 賈思勰|贾思勰[Jia3 Si1 xie2]/\n"
    "海瑞罷官 海瑞罢官 [Hai3 Rui4 ba4 guan1] /Hai Rui dismissed from office, 1960 historical play by historian Wu Han"
    " 吳晗|吴晗/\n"
    # Control: a title that ends before "in the" on its own.
    "歧路燈 歧路灯 [Qi2 lu4 Deng1] /Lamp in the Side Street, novel by Qing dynasty writer Li Lüyuan 李綠園|李绿园"
    "[Li3 Lu:4 yuan2]/also written 岐路燈|岐路灯/\n"
)
# Lines of my own of the same shapes.
OWN = (
    "黃河頌 黄河颂 [Huang2 he2 Song4] /Ode to the Yellow River, poem by Guang Weiran/\n"
    "孔乙己 孔乙己 [Kong3 Yi3 ji3] /Kong Yiji mocked by all, short story by Lu Xun/\n"
)
NAMES = kinds_and_english(REAL + OWN)


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("齐民要术", "Essential skill to benefit the people"),
        ("海瑞罢官", "Hai Rui dismissed from office"),
        ("歧路灯", "Lamp in the Side Street"),
        ("黄河颂", "Ode to the Yellow River"),
        ("孔乙己", "Kong Yiji mocked by all"),
    ],
)
def test_the_title_runs_to_the_comma(zh: str, en: str) -> None:
    assert NAMES[zh] == ("work", en)
