"""A place of Xinjiang that its line names in Uyghur only has its pinyin name as an alias too (thirty-third session;
the tester's s33 T4: 叶城 "Qaghiliq nahiyisi (Kargilik county) in Kashgar ..." had no Yecheng, 图木舒克's "or
Túmùshūkè" was dropped). Not first: English writes some of these places by the older names (Urumqi, Korla, Aksu)."""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "葉城 叶城 [Ye4 cheng2] /Qaghiliq nahiyisi (Kargilik county) in Kashgar prefecture 喀什地區|喀什地区[Ka1 shi2 di4"
    " qu1], west Xinjiang/\n"
    "圖木舒克 图木舒克 [Tu2 mu4 shu1 ke4] /Tumxuk shehiri (Tumshuq city) or Túmùshūkè subprefecture level city in west"
    " Xinjiang/\n"
    "鄯善 鄯善 [Shan4 shan4] /Piqan county or Pichan nahiyisi in Turpan prefecture 吐魯番地區|吐鲁番地区[Tu3 lu3 fan1"
    " di4 qu1], Xinjiang/\n"
)
ENTRIES = entries_by_form(REAL)


@pytest.mark.parametrize(
    ("zh", "en", "pinyin"),
    # (since s37 the bracket, the line's English, heads: Kargilik, Tumshuq; test_cedict_short_units_s37)
    [("叶城", "Kargilik", "Yecheng"), ("图木舒克", "Tumshuq", "Tumushuke"), ("鄯善", "Piqan", "Shanshan")],
)
def test_the_pinyin_name_is_an_alias(zh: str, en: str, pinyin: str) -> None:
    assert ENTRIES[zh].en == en
    assert pinyin in ENTRIES[zh].aliases
