"""A listed group's short name glued to the trade of a subsidiary named after it is not glossed as the group:
腾讯音乐 is Tencent Music Entertainment, 比亚迪电子 BYD Electronic, 京东物流 JD Logistics, 平安银行 Ping An Bank (the
user's U37-43 and its two addenda); nor, in English copy, "Tencent Music", "BYD Electronic", "Ping An Bank",
"JD Logistics", "Alibaba Health". And the exchanges' English names hold their place's: "Singapore Exchange", "Hong
Kong Exchanges and Clearing" (U37-5 addendum 3).

Each subsidiary is a company listed on its own (HKEX: BYD Electronic 0285, JD Logistics 2618, JD Health 6618, Alibaba
Health 0241, Ping An Good Doctor 1833; SZSE: Ping An Bank 000001; NYSE: Tencent Music TME, Youdao DAO): the parent's
registered name glossed on its short name there is a wrong referent given with confidence. A trade the group's own
English or note says is its own names the group ("Ping An Insurance"), as does a maker's brand before the trade of
its make (丰田汽车 Toyota Motor: no trade of the rule), and a trade word that starts a longer word (电子商务
"e-commerce", 音乐会 "concert") or a word of the sector after it (比亚迪电子产品 "BYD's electronic products") keeps
the group. The glossaries: the user's shape (registered names added with
`zhgloss add`), the bundled glossary, and real CC-CEDICT lines (CC BY-SA 4.0, MDBG, ../shared/data/cedict_ts.u8.gz).
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

TENCENT = "Tencent Holdings Limited"
BYD = "BYD Company Limited"
PING_AN = "Ping An Insurance (Group) Company of China, Ltd."

LINES = """\
騰訊 腾讯 [Teng2 xun4] /Tencent Holdings Limited (developers of the QQ instant messaging platform)/
比亞迪 比亚迪 [Bi3 ya4 di2] /BYD Company (company name)/
豐田 丰田 [Feng1 tian2] /Toyota or Toyoda (name)/Toyota, Japanese car make/
小米 小米 [Xiao3 mi3] /Xiaomi, Chinese electronics company founded in 2010/
新加坡 新加坡 [Xin1 jia1 po1] /Singapore/
香港 香港 [Xiang1 gang3] /Hong Kong/
"""
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


def _zhgloss(db: Path | None, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    where = ["--db", str(db)] if db is not None else []
    return subprocess.run(["zhgloss", *where, *args], input=stdin, capture_output=True, text=True)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The user's glossary's shape: registered names with their short forms as aliases (/tmp/u37/t/fin.json)."""
    path = tmp_path_factory.mktemp("subsidiaries") / "fin.json"
    assert subprocess.run(["zhgloss", "init", str(path), "--empty"], capture_output=True).returncode == 0
    for zh, short, en, short_en in (
        ("腾讯控股有限公司", "腾讯", TENCENT, "Tencent"),
        ("比亚迪股份有限公司", "比亚迪", BYD, "BYD"),
        ("中国平安保险（集团）股份有限公司", "中国平安", PING_AN, "Ping An"),
    ):
        done = _zhgloss(path, "add", zh, "--type", "org", "--en", en, "--zh-alias", short, "--alias", short_en, "-y")
        assert done.returncode == 0, done.stderr
    return path


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the user's lines (U37-43 addendum: /tmp/u37/t/zh_sub.txt)
        ("腾讯音乐公布业绩。", "腾讯音乐公布业绩。"),
        ("比亚迪电子股价下跌。", "比亚迪电子股价下跌。"),
        # my own: traditional script, other trades
        ("騰訊音樂公布業績。", "騰訊音樂公布業績。"),
        ("比亚迪电子与腾讯音乐同日公布业绩。", "比亚迪电子与腾讯音乐同日公布业绩。"),
        ("腾讯娱乐宣布新片。", "腾讯娱乐宣布新片。"),
        # the group itself: its own short name, a group's word, its e-commerce, a concert
        ("腾讯公布业绩。", f"腾讯（{TENCENT}）公布业绩。"),
        ("比亚迪集团公布销量。", f"比亚迪（{BYD}）集团公布销量。"),
        ("腾讯电子商务业务增长。", f"腾讯（{TENCENT}）电子商务业务增长。"),
        ("腾讯音乐会在北京举行。", f"腾讯（{TENCENT}）音乐会在北京举行。"),
    ],
)
def test_a_subsidiary_is_not_glossed_as_its_group(db: Path, line: str, expected: str) -> None:
    done = _zhgloss(db, "annotate", "-", stdin=line + "\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout == expected + "\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the user's lines (U37-43: /tmp/u37/t/en_sub.txt, en_sub2.txt)
        ("Ping An Bank shares fell.", "Ping An Bank shares fell."),
        ("Tencent Music rose; BYD Electronic fell.", "Tencent Music rose; BYD Electronic fell."),
        # my own
        ("Tencent Games and Tencent Pictures grew.", "Tencent Games and Tencent Pictures grew."),
        # the group: alone, its own trade (an insurer's Insurance), a possessive
        ("BYD said sales grew.", "BYD (比亚迪股份有限公司) said sales grew."),
        # (The group's own English, "Ping An Insurance (Group) Company of China", starts with "Ping An Insurance": the
        # match runs on over it and the gloss follows the whole name, b8b68a6e.)
        ("Ping An Insurance rose.", "Ping An Insurance (中国平安保险(集团)股份有限公司) rose."),
        ("Tencent's music arm rose.", "Tencent's (腾讯控股有限公司) music arm rose."),
    ],
)
def test_a_subsidiary_is_not_glossed_as_its_group_in_english(db: Path, line: str, expected: str) -> None:
    done = _zhgloss(db, "annotate", "-", stdin=line + "\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout == expected + "\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("比亚迪电子股价下跌。", []),
        ("腾讯音乐第三季度付费用户增长。", []),
        ("小米金融宣布更名。", []),
        # a maker's brand before its own trade, which its entry need not say (Toyota Motor is Toyota)
        ("丰田汽车宣布召回。", ["丰田"]),
        ("比亚迪汽车销量大增。", ["比亚迪"]),
        # the sector after the trade: the group's electronic products
        ("比亚迪电子产品热销。", ["比亚迪"]),
        # English
        ("BYD Electronic fell.", []),
        ("Toyota Motor recalled cars.", ["Toyota"]),
        ("Xiaomi Finance was renamed.", []),
        ("Singapore Exchange shares rose.", []),
        ("Hong Kong Exchanges and Clearing was flat.", []),
        ("Shares in Singapore rose.", ["Singapore"]),
    ],
)
def test_cedict_groups_and_subsidiaries(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


def test_the_bundled_glossary_leaves_listed_subsidiaries_alone() -> None:
    """U37-43 addendum 2, with the bundled glossary as README's quickstart uses it: JD Logistics (HKEX 2618) and
    JD Health (6618) are JD.com's listed subsidiaries; 小米汽车 (Xiaomi EV) is the glossary's own entry."""
    done = _zhgloss(
        None, "annotate", "-", stdin="京东物流公布业绩。京东健康股价上涨。小米汽车交付新车。京东公布业绩。\n"
    )
    assert done.returncode == 0, done.stderr
    assert (
        done.stdout == "京东物流公布业绩。京东健康股价上涨。小米汽车（Xiaomi EV）交付新车。京东（JD.com）公布业绩。\n"
    )
