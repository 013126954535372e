"""A registered name with a place in brackets is another company's, and 或 parts two defined short forms (issue 9).

- The reviewer's R41-11, its second half: 中国银行（香港）有限公司 (Bank of China (Hong Kong), a listed subsidiary) glossed
  its parent, 中国银行（Bank of China）, and the place in its brackets, 香港（Hong Kong）. A place in brackets before the
  legal form makes the registered name another company's, as PRC registration writes the administrative division
  after the trade name (腾讯科技（深圳）有限公司) and Hong Kong's subsidiaries their place: neither the name at its head
  nor the place is glossed. A place in brackets with no legal form after it (中国银行（香港）今日开业) is as before.
- 5c86f21f read （简称国航或公司） as one short form, 国航或公司, and dropped 国航 strictly inside it: the bracket then
  glossed nothing where the registered name before it is not in the glossary. 或 parts two short forms: 国航 is
  glossed again, as on 5c86f21f's parent; a place inside either is still dropped (中国平安 of “中国平安”或“集团”).

The glossary: real CC-CEDICT lines (CC BY-SA 4.0, MDBG, ../shared/data/cedict_ts.u8.gz) imported by the installed
`zhgloss import --proper-only`.
"""

# CC-CEDICT lines are quoted as written, whatever their length.
# ruff: noqa: E501
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cedict_fixtures import annotated, imported_db

LINES = """\
中國銀行 中国银行 [Zhong1 guo2 Yin2 hang2] /Bank of China (BoC)/
中國工商銀行 中国工商银行 [Zhong1 guo2 Gong1 shang1 Yin2 hang2] /Industrial and Commercial Bank of China (ICBC)/
匯豐銀行 汇丰银行 [Hui4 feng1 Yin2 hang2] /Hong Kong and Shanghai Banking Corporation (HSBC)/
花旗銀行 花旗银行 [Hua1 qi2 Yin2 hang2] /Citibank/abbr. to 花旗/
騰訊 腾讯 [Teng2 xun4] /see 騰訊控股有限公司|腾讯控股有限公司[Teng2 xun4 Kong4 gu3 You3 xian4 Gong1 si1]/
騰訊控股有限公司 腾讯控股有限公司 [Teng2 xun4 Kong4 gu3 You3 xian4 Gong1 si1] /Tencent Holdings Limited (developers of the QQ instant messaging platform)/
中國國際航空公司 中国国际航空公司 [Zhong1 guo2 Guo2 ji4 Hang2 kong1 Gong1 si1] /Air China Ltd./
國航 国航 [Guo2 hang2] /Air China (abbr. for 中國國際航空公司|中国国际航空公司[Zhong1 guo2 Guo2 ji4 Hang2 kong1 Gong1 si1])/
中國 中国 [Zhong1 guo2] /China/
香港 香港 [Xiang1 gang3] /Hong Kong/
亞洲 亚洲 [Ya4 zhou1] /Asia/abbr. for 亞細亞洲|亚细亚洲[Ya4 xi4 ya4 Zhou1]/
深圳 深圳 [Shen1 zhen4] /Shenzhen subprovincial city in Guangdong, special economic zone close to Hong Kong/
上海 上海 [Shang4 hai3] /Shanghai municipality, central east China, abbr. to 滬|沪[Hu4]/
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return imported_db(tmp_path_factory.mktemp("registered42"), LINES)


_annotate = annotated


@pytest.mark.parametrize(
    "text",
    [
        "中国银行（香港）有限公司今日公布中期业绩。",
        "中国工商银行（亚洲）有限公司宣布调整最优惠利率。",
        "汇丰银行（中国）有限公司总部位于上海。",
        "花旗银行（中国）有限公司行长出席论坛。",
        "腾讯科技（深圳）有限公司发布公告。",
        "中国银行(香港)有限公司今日公布中期业绩。",
        "中國銀行（香港）有限公司今日公布中期業績。",
        "中国银行（香港）股份有限公司今日公布中期业绩。",
    ],
)
def test_a_place_in_brackets_before_the_legal_form_makes_another_company(db: Path, text: str) -> None:
    glossed = _annotate(db, text)
    for name in ("Bank of China", "Hong Kong", "Industrial and Commercial", "Asia", "HSBC", "Hong Kong and Shanghai",
                 "Citibank", "Tencent", "Shenzhen", "（China）"):  # fmt: skip
        assert name not in glossed, glossed
    assert _annotate(db, glossed) == glossed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No legal form after the bracket: the bank and the place, as before.
        ("中国银行（香港）今日开业。", "中国银行（Bank of China）（香港（Hong Kong））今日开业。"),
        # The registered name of the group itself.
        ("腾讯控股有限公司发布公告。", "腾讯控股有限公司（Tencent Holdings）发布公告。"),
        # A place after the company, outside its name.
        ("汇丰银行总部位于上海。", "汇丰银行（Hong Kong and Shanghai Banking Corporation）总部位于上海（Shanghai）。"),
    ],
)
def test_a_name_without_a_bracketed_place_before_its_legal_form_is_glossed_as_before(
    db: Path, text: str, expected: str
) -> None:
    assert _annotate(db, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "中国国际航空股份有限公司（简称国航或公司）今日发布公告。",
            "中国国际航空股份有限公司（简称国航（Air China）或公司）今日发布公告。",
        ),
        (
            "中国国际航空股份有限公司（以下简称“国航”或“公司”）今日发布公告。",
            "中国国际航空股份有限公司（以下简称“国航（Air China）”或“公司”）今日发布公告。",
        ),
        (
            "中国国际航空股份有限公司（以下简称“公司”或“国航”）今日发布公告。",
            "中国国际航空股份有限公司（以下简称“公司”或“国航（Air China）”）今日发布公告。",
        ),
        # The registered name glossed before the bracket: the short forms in it are not glossed again.
        (
            "中国国际航空公司（简称国航或公司）今日发布公告。",
            "中国国际航空公司（Air China）（简称国航或公司）今日发布公告。",
        ),
    ],
)
def test_short_forms_parted_by_or_are_each_a_short_form(db: Path, text: str, expected: str) -> None:
    assert _annotate(db, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "深圳发展银行股份有限公司（以下简称“公司”或“深圳发展”）公告。",
        "某某股份有限公司（简称本公司或香港中华）公告。",
    ],
)
def test_a_place_inside_a_short_form_after_or_is_the_companys_name(db: Path, text: str) -> None:
    glossed = _annotate(db, text)
    assert "Shenzhen" not in glossed and "Hong Kong" not in glossed, glossed


@pytest.fixture(scope="module")
def curated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A glossary of the user's own entries (`zhgloss add`), no place among them."""
    db = tmp_path_factory.mktemp("curated42") / "mine.json"
    subprocess.run(["zhgloss", "init", "--empty", str(db)], check=True, capture_output=True)
    for zh, en in (("中国银行", "Bank of China"), ("汇丰银行", "HSBC"), ("腾讯", "Tencent")):
        subprocess.run(
            ["zhgloss", "--db", str(db), "add", zh, "--en", en, "-t", "org"], check=True, capture_output=True
        )
    return db


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The reviewer's R42-4: the user's own entries, and no entry for the place in the brackets.
        ("中国银行（香港）有限公司今日公布业绩。", "中国银行（香港）有限公司今日公布业绩。"),
        ("汇丰银行（中国）有限公司总部位于上海。", "汇丰银行（中国）有限公司总部位于上海。"),
        ("腾讯科技（深圳）有限公司发布公告。", "腾讯科技（深圳）有限公司发布公告。"),
        ("中国银行(香港)股份有限公司今日公布业绩。", "中国银行(香港)股份有限公司今日公布业绩。"),
        # The reviewer's R42-12: the trade after the division (PRC registration allows either order).
        ("腾讯（深圳）网络有限公司发布公告。", "腾讯（深圳）网络有限公司发布公告。"),
        ("中国银行（香港）信托有限公司发布公告。", "中国银行（香港）信托有限公司发布公告。"),
        # No legal form right after the bracket, or the group's own word in it: as before.
        ("中国银行（香港）今日开业。", "中国银行（Bank of China）（香港）今日开业。"),
        ("腾讯（集团）有限公司发布公告。", "腾讯（Tencent）（集团）有限公司发布公告。"),
    ],
)
def test_a_bracketed_division_makes_another_company_whatever_glossary_holds_the_head(
    curated: Path, text: str, expected: str
) -> None:
    assert _annotate(curated, text) == expected
