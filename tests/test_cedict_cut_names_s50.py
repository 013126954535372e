"""A place's English that spells only the first syllables of its reading is the reading whole (ann's s49 probe 57).

CC-CEDICT (2020-12-21) writes 沙坡头 [Sha1 po1 tou2] "Shapo district of Zhongwei city 中卫市, Ningxia": the district
is Shapotou (沙坡头区), and annotate glossed 沙坡头（Shapo）. Read over the whole import, seven places are written so,
each a district or a city of China named by its line after its unit's word (`zhgloss.formats.cedict._pinyin_cut`):
沙坡头 "Shapo", 下花园 "Xiahua", 双台子 "Shuangtai", 戚墅堰 "Qishu", 红花岗 "Honghua", 青铜峡 "Qingtong", 太子河区
"Taizi". The English is the reading whole, without the unit's syllables where the headword writes them; the note keeps
the line's wording and says the English was mended, a doubt. A name whose unspelt characters are its unit (莒县 "Ju
county", 上饶地区 "Shangrao prefecture", 刘家村 "Liujia village") or that is no unit's (丽江古城 "Lijiang old town",
the states 赵国 "Zhao", the peoples 壮族 "Zhuang") is read as before.
"""

from __future__ import annotations

from pathlib import Path

from cedict_fixtures import annotated, imported_db, rows_by_zh
from hypothesis import given
from hypothesis import strategies as st

# Real CC-CEDICT lines (../shared/data/cedict_ts.u8.gz).
SHAPOTOU = "沙坡頭 沙坡头 [Sha1 po1 tou2] /Shapo district of Zhongwei city 中衛市|中卫市[Zhong1 wei4 shi4], Ningxia/"
CUT = [
    SHAPOTOU,
    "下花園 下花园 [Xia4 hua1 yuan2] /Xiahua district of Zhangjiakou city 張家口市|张家口市[Zhang1 jia1 kou3 shi4], "
    "Hebei/",
    "雙臺子 双台子 [Shuang1 tai2 zi5] /Shuangtai district of Panjin city 盤錦市|盘锦市, Liaoning/",
    "慼墅堰 戚墅堰 [Qi1 shu4 yan4] /Qishu district of Changzhou city 常州市[Chang2 zhou1 shi4], Jiangsu/",
    "紅花崗 红花岗 [Hong2 hua1 gang3] /Honghua district of Zunyi city 遵義市|遵义市[Zun1 yi4 shi4], Guizhou/",
    "青銅峽 青铜峡 [Qing1 tong2 xia2] /Qingtong county level city in Wuzhong 吳忠|吴忠[Wu2 zhong1], Ningxia/",
    "太子河區 太子河区 [Tai4 zi3 he2 qu1] /Taizi district of Liaoyang city 遼陽市|辽阳市[Liao2 yang2 shi4], Liaoning/",
]
WHOLE = ["Shapotou", "Xiahuayuan", "Shuangtaizi", "Qishuyan", "Honghuagang", "Qingtongxia", "Taizihe District"]
AS_BEFORE = [
    "莒縣 莒县 [Ju3 xian4] /Jun county in Rizhao 日照[Ri4 zhao4], Shandong/",
    "上饒地區 上饶地区 [Shang4 rao2 di4 qu1] /Shangrao prefecture in Jiangxi/",
    "劉家村 刘家村 [Liu2 jia1 cun1] /Liujia village in Zhangdian district 张店区 of Zhibo city 淄博市[Zi1 bo2 shi4], "
    "Shandong/",
    "麗江古城 丽江古城 [Li4 jiang1 gu3 cheng2] /Lijiang old town (in Yunnan)/",
    "趙國 赵国 [Zhao4 Guo2] /Zhao, one of the seven states during the Warring States Period of Chinese history "
    "(475-220 BC)/",
    "壯族 壮族 [Zhuang4 zu2] /Zhuang ethnic group of Guangxi, the PRC's second most numerous ethnic group/",
]


def test_shapotou() -> None:
    row = rows_by_zh(SHAPOTOU)["沙坡头"]
    assert (row["type"], row["en"], row["aliases"]) == ("place", "Shapotou", [])
    assert row["note"].startswith("Shapo district of Zhongwei city 中卫市, Ningxia; ")
    assert "'Shapo' spells only part of 'Shapotou' (its reading [Sha1 po1 tou2]; a doubt)" in row["note"]
    assert "沙坡头区" in row["zh_aliases"]


def test_every_cut_place_of_cc_cedict() -> None:
    rows = rows_by_zh(*CUT)
    assert [rows[line.split()[1]]["en"] for line in CUT] == WHOLE
    assert all("a doubt" in rows[line.split()[1]]["note"] for line in CUT)
    # The full import reads them alike.
    full = rows_by_zh(*CUT, proper_only=False)
    assert [full[line.split()[1]]["en"] for line in CUT] == WHOLE


def test_names_whose_rest_is_their_unit_or_no_units_read_as_before() -> None:
    rows = rows_by_zh(*AS_BEFORE)
    assert {zh: row["en"] for zh, row in rows.items()} == {
        "莒县": "Ju County",  # (the letter slip "Jun" mended as before)
        "上饶地区": "Shangrao Prefecture",
        "刘家村": "Liujia",
        "丽江古城": "Lijiang",
        "赵国": "Zhao",
        "壮族": "Zhuang",
    }
    assert not any("spells only part" in (row["note"] or "") for row in rows.values())


SYLLABLES = ["sha", "po", "tou", "xia", "hua", "yuan", "qing", "tong", "gang", "shuang", "tai", "zi", "yan"]
HANZI = "沙坡头下花园青铜岗双台子堰"


@given(st.lists(st.sampled_from(range(len(SYLLABLES))), min_size=3, max_size=4, unique=True), st.integers(1, 3))
def test_any_district_cut_short_is_its_reading_whole(picked: list[int], spelt: int) -> None:
    # A district of three or four syllables whose English spells fewer of them: the reading whole.
    spelt = min(spelt, len(picked) - 1)
    zh = "".join(HANZI[i] for i in picked)
    reading = " ".join(
        f"{SYLLABLES[i].capitalize() if n == 0 else SYLLABLES[i]}{n % 4 + 1}" for n, i in enumerate(picked)
    )
    english = "".join(SYLLABLES[i] for i in picked[:spelt]).capitalize()
    line = f"{zh} {zh} [{reading}] /{english} district of Zhongwei city 中衛市|中卫市[Zhong1 wei4 shi4], Ningxia/"
    row = rows_by_zh(line)[zh]
    assert row["en"] == "".join(SYLLABLES[i] for i in picked).capitalize()
    assert f"{english!r} spells only part of" in row["note"]


def test_installed_annotate_glosses_shapotou(tmp_path: Path) -> None:
    db = imported_db(tmp_path, SHAPOTOU + "\n")
    assert "沙坡头（Shapotou）" in annotated(db, "宁夏中卫市沙坡头景区")
