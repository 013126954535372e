"""add --type place: every unit of administration a name holds has its generic apart, and Inner Mongolia's 盟 (League)
and 旗 (Banner) are generics of a place (session 36, the review's R35-6).

GB/T 16159-2012 6.2.2.1 writes a unit's specific name and its generic apart (北京市 Běijīng Shì); 北京市海淀区 was
"Běijīngshì Hǎidiàn Qū", only the last unit apart. 阿拉善盟 (Alxa League) was "Ālāshànméng" and 科尔沁右翼前旗 (Horqin
Right Front Banner) had no banner apart: 盟 and 旗 are units of administration (GB/T 2260 lists 阿拉善盟, 锡林郭勒盟),
left out of ADMINISTRATIVE_GENERICS as a person's given name may end in them (李红旗), which a place typed so does not.
"""

from __future__ import annotations

import pytest

from zhgloss.curate import fill_pinyin
from zhgloss.pinyin import place_english, romanize


@pytest.mark.parametrize(
    ("zh", "pinyin"),
    [
        ("北京市海淀区", "Běijīng Shì Hǎidiàn Qū"),
        ("深圳市南山区", "Shēnzhèn Shì Nánshān Qū"),
        ("广东省深圳市南山区", "Guǎngdōng Shěng Shēnzhèn Shì Nánshān Qū"),
        ("上海市浦东新区", "Shànghǎi Shì Pǔdōng Xīnqū"),
        # One unit, as before.
        ("上海市", "Shànghǎi Shì"),
        ("海淀区", "Hǎidiàn Qū"),
        ("新疆维吾尔自治区", "Xīnjiāng Wéiwú'ěr Zìzhìqū"),
    ],
)
def test_every_unit_has_its_generic_apart(zh: str, pinyin: str) -> None:
    assert fill_pinyin(zh, "place") == pinyin


@pytest.mark.parametrize(
    ("zh", "en", "pinyin"),
    [
        ("阿拉善盟", "Alxa League", "Ālāshàn Méng"),
        ("阿拉善盟", None, "Ālāshàn Méng"),
        # Words ending in 盟 or 旗 that are no league or banner.
        ("欧洲联盟", None, "Ōuzhōu Liánméng"),
        ("五星红旗", None, "Wǔxīng Hóngqí"),
    ],
)
def test_a_league_is_a_places_generic(zh: str, en: str | None, pinyin: str) -> None:
    assert fill_pinyin(zh, "place", en) == pinyin


def test_the_proposed_english_names_the_unit() -> None:
    assert place_english("阿拉善盟") == "Alashan League"
    assert place_english("北京市海淀区").endswith("Haidian District")


def test_a_persons_given_name_ending_in_qi_is_no_banner() -> None:
    assert romanize("李红旗").pinyin == "Lǐ Hóngqí"
    assert fill_pinyin("李红旗", "person") == "Lǐ Hóngqí"
