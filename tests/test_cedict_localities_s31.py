"""A locality and a skyscraper are places (thirty-first session; the tester's s31 S8: 红磡 "Hung Hom, a locality in
Kowloon, Hong Kong" and 哈里发塔 "Burj Khalifa, skyscraper in Dubai, 830 m high" were `name`, where 帝国大厦, the Empire
State Building, is a place).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
LINES = (
    "紅磡 红磡 [Hong2 kan4] /Hung Hom, a locality in Kowloon, Hong Kong/\n"
    "大環 大环 [Da4 Huan2] /Tai Wan, a locality in Kowloon, Hong Kong/\n"
    "哈里發塔 哈里发塔 [Ha1 li3 fa1 Ta3] /Burj Khalifa, skyscraper in Dubai, 830 m high/\n"
    "北京環球金融中心 北京环球金融中心 [Bei3 jing1 Huan2 qiu2 Jin1 rong2 Zhong1 xin1] /Beijing World Financial Center,"
    " skyscraper/\n"
)
KINDS = kinds_and_english(LINES)


@pytest.mark.parametrize("zh", ["红磡", "大环", "哈里发塔", "北京环球金融中心"])
def test_a_locality_or_a_skyscraper_is_a_place(zh: str) -> None:
    assert KINDS[zh][0] == "place", KINDS[zh]
