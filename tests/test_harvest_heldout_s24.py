"""harvest on lines written after the session's first changes, run once untried (issue 9 item 5).

The first 32 lines (HELD_OUT) were written after cc7d0b2 from news and Wikipedia shapes the session's tests did not
use, with the pairs a translator takes (names from the people's and companies' Wikipedia articles and listings),
and run once: 32 of their 36 pairs right (bc13a23, before the session: 13). The four misses were classes of their
own, fixed after: a name with accents in the bracket ("António Guterres" was taken for pinyin and passed over), a
hyphenated title ("Secretary-General of the United Nations"), a surname with particles ("von der Leyen"), and a
Japanese name cut one character per word ("Shigeru Ishiba" is not 破茂). OWN holds new lines of those kinds.
On the parent commit cc7d0b2, 12 of this file's 41 tests fail (the 4 misses and 8 of OWN's 9).
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest

HELD_OUT = [
    ("日本首相石破茂（Shigeru Ishiba）表示。", [("石破茂", "Shigeru Ishiba", "")]),
    ("英国首相斯塔默（Keir Starmer）表示。", [("斯塔默", "Keir Starmer", "")]),
    ("德国总理朔尔茨（Olaf Scholz）表示。", [("朔尔茨", "Olaf Scholz", "")]),
    ("联合国秘书长古特雷斯（António Guterres）表示。", [("古特雷斯", "António Guterres", "")]),
    ("美国财长耶伦（Janet Yellen）抵达北京。", [("耶伦", "Janet Yellen", "")]),
    ("特斯拉首席执行官马斯克（Elon Musk）表示。", [("马斯克", "Elon Musk", "")]),
    ("苹果公司首席执行官库克（Tim Cook）访华。", [("库克", "Tim Cook", "")]),
    ("香港财政司司长陈茂波（Paul Chan）表示。", [("陈茂波", "Paul Chan", "")]),
    ("台湾行政院长卓荣泰（Cho Jung-tai）表示。", [("卓荣泰", "Cho Jung-tai", "")]),
    ("阿里巴巴董事局主席蔡崇信（Joe Tsai）表示。", [("蔡崇信", "Joe Tsai", "")]),
    ("联想集团董事长杨元庆（Yang Yuanqing）表示。", [("杨元庆", "Yang Yuanqing", "")]),
    ("百度创始人李彦宏（Robin Li）表示。", [("李彦宏", "Robin Li", "")]),
    ("新加坡总理黄循财（Lawrence Wong）表示。", [("黄循财", "Lawrence Wong", "")]),
    ("世卫组织总干事谭德塞（Tedros Adhanom Ghebreyesus）表示。", [("谭德塞", "Tedros Adhanom Ghebreyesus", "")]),
    ("Chinese Foreign Ministry spokesperson Mao Ning (毛宁) said.", [("毛宁", "Mao Ning", "spokesperson")]),
    (
        "Minister of Commerce of China Wang Wentao (王文涛) said.",
        [("王文涛", "Wang Wentao", "Minister of Commerce of China")],
    ),
    (
        "Vice Chairman of the Central Military Commission Zhang Youxia (张又侠) attended.",
        [("张又侠", "Zhang Youxia", "Vice Chairman of the Central Military Commission")],
    ),
    ("Chairman of Foxconn Young Liu (刘扬伟) said.", [("刘扬伟", "Young Liu", "Chairman of Foxconn")]),
    ("Financial Secretary Paul Chan (陈茂波) said.", [("陈茂波", "Paul Chan", "Financial Secretary")]),
    (
        "Prime Minister of Singapore Lawrence Wong (黄循财) visited.",
        [("黄循财", "Lawrence Wong", "Prime Minister of Singapore")],
    ),
    (
        "Secretary-General of the United Nations António Guterres (古特雷斯) spoke.",
        [("古特雷斯", "António Guterres", "Secretary-General of the United Nations")],
    ),
    (
        "President of the European Commission Ursula von der Leyen (冯德莱恩) said.",
        [("冯德莱恩", "Ursula von der Leyen", "President of the European Commission")],
    ),
    (
        "Lawrence Wong Shyun Tsai (Chinese: 黄循财; born 18 December 1972) is a Singaporean politician.",
        [("黄循财", "Lawrence Wong Shyun Tsai", "born 18 December 1972")],
    ),
    (
        "Robin Li Yanhong (Chinese: 李彦宏; born 17 November 1968) is a Chinese businessman.",
        [("李彦宏", "Robin Li Yanhong", "born 17 November 1968")],
    ),
    (
        "Henry Tang Ying-yen GBM GBS JP (Chinese: 唐英年; born 6 September 1952) is a Hong Kong politician.",
        [("唐英年", "Henry Tang Ying-yen", "GBM, GBS, JP")],
    ),
    (
        "Lei Jun (Chinese: 雷军; born 16 December 1969) is a Chinese entrepreneur.",
        [("雷军", "Lei Jun", "born 16 December 1969")],
    ),
    (
        "ByteDance Ltd. (Chinese: 字节跳动; pinyin: Zìjié Tiàodòng) is a Chinese internet technology company.",
        [("字节跳动", "ByteDance Ltd.", "")],
    ),
    (
        "Pop Mart International Group Limited (POP MART; Chinese: 泡泡玛特) is a Chinese toy company.",
        [("泡泡玛特", "Pop Mart International Group Limited", "")],
    ),
    (
        "Zhou Enlai (Chinese: 周恩来; 5 March 1898 – 8 January 1976) was the first premier of China.",
        [("周恩来", "Zhou Enlai", "5 March 1898 – 8 January 1976")],
    ),
    ("Pop Mart (泡泡玛特, 9992 HK) rose.", [("泡泡玛特", "Pop Mart", ""), (None, "9992 HK", "")]),
    ("NetEase (网易, NTES US; 9999 HK) rose.", [("网易", "NetEase", ""), (None, "NTES US", ""), (None, "9999 HK", "")]),
    ("理想汽车（Li Auto，LI.US）股价上涨。", [("理想汽车", "Li Auto", ""), (None, "LI.US", "")]),
]

OWN = [
    ("西班牙首相桑切斯（Pedro Sánchez）表示。", [("桑切斯", "Pedro Sánchez", "西班牙首相")]),
    ("葡萄牙总理蒙特内格罗（Luís Montenegro）表示。", [("蒙特内格罗", "Luís Montenegro", "葡萄牙总理")]),
    ("日本前首相岸田文雄（Fumio Kishida）表示。", [("岸田文雄", "Fumio Kishida", "日本前首相")]),
    ("丰田汽车会长丰田章男（Akio Toyoda）表示。", [("丰田章男", "Akio Toyoda", "")]),
    ("Vice-Chairman of BYD Stella Li (李柯) said.", [("李柯", "Stella Li", "Vice-Chairman of BYD")]),
    ("Secretary-General of NATO Mark Rutte (吕特) said.", [("吕特", "Mark Rutte", "Secretary-General of NATO")]),
    ("Ursula von der Leyen (冯德莱恩) said.", [("冯德莱恩", "Ursula von der Leyen", "")]),
    (
        "Brazilian President Luiz Inácio Lula da Silva (卢拉) said.",
        [("卢拉", "Luiz Inácio Lula da Silva", "Brazilian President")],
    ),
    (
        "José Mujica (Spanish: [xoˈse muˈxika]; Chinese: 穆希卡; 1935–2025) was president of Uruguay.",
        [("穆希卡", "José Mujica", "(1935–2025)")],
    ),
]


def _said(entry_roles: list[str], note: str | None, aliases: tuple[str, ...]) -> str:
    return " ".join([*entry_roles, note or "", *aliases])


@pytest.mark.parametrize(("line", "expected"), HELD_OUT + OWN)
def test_each_line_gives_its_pairs_and_no_other(line: str, expected: list[tuple[str | None, str, str]]) -> None:
    found = {(p.zh, p.en): p for p in harvest(line, [])}
    assert set(found) == {(zh, en) for zh, en, _ in expected}
    for zh, en, extra in expected:
        entry = found[(zh, en)].entry
        assert extra in _said([r.title for r in entry.roles], entry.note, entry.aliases), entry
