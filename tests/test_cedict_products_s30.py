"""A product's kind after its brand or model is no part of its name (thirtieth session; the tester's T14: 爱国者
"MIM-104 Patriot surface-to-air missile" had that whole English, 莱卡 "Leica camera" too).

"missile", "rifle", "camera" join data/cedict_generics.tsv, with the characters CC-CEDICT's own lines give them
(导弹, 飞弹; 步枪; 照相机, 相机): after a name whose headword writes none of them they describe it, as "Oreo cookies"
and "Sotheby's auction house" do; (a headword that writes its generic keeps it: another rule's, tested with "island").
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "愛國者 爱国者 [Ai4 guo2 zhe3] /MIM-104 Patriot surface-to-air missile/\n"
    "萊卡 莱卡 [Lai2 ka3] /Leica camera/Lycra (fiber or fabric)/\n"
    "蘇富比 苏富比 [Su1 fu4 bi3] /Sotheby's auction house/\n"
)
# Lines of my own of the same shape.
OWN = "戰斧 战斧 [Zhan4 fu3] /Tomahawk cruise missile/\n尼康 尼康 [Ni2 kang1] /Nikon camera/\n"
KINDS = kinds_and_english(REAL + OWN)


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("爱国者", "MIM-104 Patriot"),
        ("莱卡", "Leica"),
        ("苏富比", "Sotheby's"),
        ("战斧", "Tomahawk"),
        ("尼康", "Nikon"),
    ],
)
def test_the_products_kind_is_no_part_of_its_name(zh: str, en: str) -> None:
    assert KINDS[zh][1] == en, KINDS[zh]
