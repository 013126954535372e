"""harvest: in Chinese copy, a title inside the English bracket is the role, not part of the English name; the
label Chinese copy writes before the English (英文名：, 英文：) and a description after it (，阿里巴巴创始人) are read
(s31, U30-29).

"香港特首李家超（Chief Executive John Lee）表示。" gave en "Chief Executive John Lee" and --add stored it, so check
then failed "Wang Yi met the guests." for 外长王毅 as a variant of "Foreign Minister Wang Yi". English copy had the
rule already (issue 9 item 5); Chinese copy repeats the title on both sides. "刘强东（英文名：Richard Liu）",
"比亚迪（BYD Co., Ltd.）" and "马云（Jack Ma，阿里巴巴创始人）" gave no pair at all.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


def _found(text: str) -> dict[str | None, tuple[str, list[str], str | None]]:
    return {p.zh: (p.en, [r.title for r in p.entry.roles], p.entry.type) for p in harvest(text, []) if p.kind == "name"}


@pytest.mark.parametrize(
    ("line", "zh", "en", "role"),
    [
        # U30-29's zhtitle.txt
        ("香港特首李家超（Chief Executive John Lee）表示。", "李家超", "John Lee", "Chief Executive"),
        ("美国总统拜登（US President Joe Biden）访华。", "拜登", "Joe Biden", "US President"),
        ("外长王毅（Foreign Minister Wang Yi）会见。", "王毅", "Wang Yi", "Foreign Minister"),
        ("小米创始人雷军（Xiaomi founder Lei Jun）发言。", "雷军", "Lei Jun", "Xiaomi founder"),
        # the same class in other Chinese news shapes
        ("国务院总理李强（Premier Li Qiang）周三主持召开国务院常务会议。", "李强", "Li Qiang", "Premier"),
        (
            "财政司司长陈茂波（Financial Secretary Paul Chan）今日发表预算案。",
            "陈茂波",
            "Paul Chan",
            "Financial Secretary",
        ),
        (
            "阿里巴巴集团董事局主席蔡崇信（Alibaba Chairman Joe Tsai）出席了论坛。",
            "蔡崇信",
            "Joe Tsai",
            "Alibaba Chairman",
        ),
        (
            "美国国务卿布林肯（Secretary of State Antony Blinken）抵达北京。",
            "布林肯",
            "Antony Blinken",
            "Secretary of State",
        ),
        ("台积电创始人张忠谋（TSMC founder Morris Chang）出席。", "张忠谋", "Morris Chang", "TSMC founder"),
    ],
)
def test_a_title_in_the_english_bracket_is_the_role(line: str, zh: str, en: str, role: str) -> None:
    assert _found(line)[zh] == (en, [role], "person")


@pytest.mark.parametrize(
    ("line", "zh", "en"),
    [
        ("中国银行（Bank of China）发布公告。", "中国银行", "Bank of China"),
        ("人民日报（People's Daily）发表评论。", "人民日报", "People's Daily"),
        ("腾讯（Tencent Holdings Ltd.）公布业绩。", "腾讯", "Tencent Holdings"),
    ],
)
def test_a_name_without_a_title_stays_whole(line: str, zh: str, en: str) -> None:
    found = _found(line)
    assert found[zh][:2] == (en, [])


@pytest.mark.parametrize(
    ("line", "zh", "en"),
    [
        ("刘强东（英文名：Richard Liu）表示。", "刘强东", "Richard Liu"),  # U30-29's zhen.txt
        ("腾讯（英文：Tencent）发布财报。", "腾讯", "Tencent"),  # U30-29's zhen.txt
        ("蔚来汽车创始人李斌（英文名：William Li）表示，公司明年将实现盈利。", "李斌", "William Li"),
        ("大疆创新（英文名称：DJI）是一家无人机公司。", "大疆创新", "DJI"),
        ("比亚迪（BYD Co., Ltd.）销量上升。", "比亚迪", "BYD"),  # U30-29's zhtitle.txt; s48: "Co., Ltd." goes whole
    ],
)
def test_the_english_after_a_label_or_with_its_legal_form(line: str, zh: str, en: str) -> None:
    assert _found(line)[zh][0] == en


def test_a_description_after_the_english_says_a_person() -> None:
    # U30-29's zhtitle.txt: "马云（Jack Ma，阿里巴巴创始人）" gave nothing.
    found = harvest("马云（Jack Ma，阿里巴巴创始人）。", [])
    assert [(p.zh, p.en, p.entry.type) for p in found] == [("马云", "Jack Ma", "person")]
    # its role since s33 (U32-19; was the note "described as '阿里巴巴创始人'")
    assert [r.title for r in found[0].entry.roles] == ["阿里巴巴创始人"]
