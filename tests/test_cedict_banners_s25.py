"""A banner (旗, a county of Inner Mongolia) is named as English names every banner, with "Banner" and the words of its
name CC-CEDICT writes in lower case before it: 土默特右旗 "Tumed right banner" is Tumed Right Banner, 镶黄旗 "Bordered
Yellow banner" Bordered Yellow Banner (twenty-fifth session, issue 9; tester's I-6 of the twenty-fourth session: the
generic cut left "Bordered Yellow", a colour, and "Tumed" for both Tumed banners). Real CC-CEDICT lines in
tests/data/cedict_banners_s25.u8."""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import fixture_by_zh

from zhgloss.formats.cedict import load_cedict

NAMES = fixture_by_zh("cedict_banners_s25.u8")


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("土默特右旗", "Tumed Right Banner"),
        ("土默特左旗", "Tumed Left Banner"),
        ("镶黄旗", "Bordered Yellow Banner"),
        ("正镶白旗", "Plain and Bordered White Banner"),
        ("正蓝旗", "Plain Blue Banner"),
        ("苏尼特右旗", "Sonid Right Banner"),
        ("科右中旗", "Horqin Right Center Banner"),
        ("达尔罕茂明安联合旗", "Darhan Muming'an United Banner"),
        ("乌审旗", "Wushen Banner"),
    ],
)
def test_a_banner_is_named_with_banner(zh: str, en: str) -> None:
    assert NAMES[zh].en == en


def test_two_banners_of_one_people_have_two_names() -> None:
    assert NAMES["土默特右旗"].en != NAMES["土默特左旗"].en


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("准格尔旗", "Jungar Banner"),  # written so already
        ("库伦旗", "Hure Banner"),  # named apart from 库伦镇 Hure Town, as before
        ("库伦镇", "Hure Town"),
        ("阿荣旗", "Arongqi"),  # "Arun banner or Arongqi county": the name CC-CEDICT gives the county
        ("社旗", "Sheqi"),  # "Sheqi county in Nanyang": a county of Henan, no banner
    ],
)
def test_other_units_and_banners_named_already_stay(zh: str, en: str) -> None:
    assert NAMES[zh].en == en


def test_a_line_of_my_own() -> None:
    line = "甲乙右旗 甲乙右旗 [Jia3 yi3 you4 qi2] /Jiayi right front banner in Hulunbuir 呼伦贝尔, Inner Mongolia/\n"
    (entry,) = load_cedict(io.StringIO(line), proper_only=True)
    assert entry.en == "Jiayi Right Front Banner"
