"""A group's short name glued to the trade of a unit named after it is not the person it also spells (R40-18, issue 9).

CC-CEDICT's 阿里 is "Imam Ali ibn Abu Talib (c. 600-661)": 阿里音乐 (Alibaba Music) and 阿里体育 (Alibaba Sports) glossed
him, as 华为云 (Huawei Cloud) and 腾讯体育 (Tencent Sports) glossed the parent group for the unit. 体育 and 云 are trades
of such units now, after a company's or a brand's name (a university's 体育部 is its department: Peking University
stays); 音乐 after a historic person is that person's music only where the entry calls them a maker of music
(肖邦 "Polish pianist and composer"), and 云 is the technology before 计算 (腾讯云计算业务: Tencent's business).

The glossary: real CC-CEDICT lines (CC BY-SA 4.0, MDBG, ../shared/data/cedict_ts.u8.gz) imported by the installed
`zhgloss import --proper-only`.
"""

# CC-CEDICT lines are quoted as written, whatever their length.
# ruff: noqa: E501
from __future__ import annotations

from pathlib import Path

import pytest
from cedict_fixtures import annotated, imported_db

LINES = """\
阿里 阿里 [A1 li3] /Ali (proper name)/Imam Ali ibn Abu Talib (c. 600-661), cousin, aid and son-in-law of the Prophet Mohammed 穆罕默德, the fourth Caliph 哈里發|哈里发 of Islam, reigned 656-661, and the first Imam 伊瑪目|伊玛目 of Shia Islam/Ngari prefecture in Tibet, Tibetan: Mnga' ris/
丁汝昌 丁汝昌 [Ding1 Ru3 chang1] /Ding Ruchang (1836-1895), commander of the Qing North China Navy/
肖邦 肖邦 [Xiao1 bang1] /Frederic Chopin or Fryderyk Franciszek Chopin (1810-1849), Polish pianist and composer/
貝多芬 贝多芬 [Bei4 duo1 fen1] /Ludwig van Beethoven (1770-1827), German composer/
蘇軾 苏轼 [Su1 Shi4] /Su Shi (1037-1101), also known as Su Dongpo 蘇東坡|苏东坡[Su1 Dong1 po1] northern Song Dynasty writer and calligrapher/
華為 华为 [Hua2 wei2] /Huawei (brand)/
騰訊 腾讯 [Teng2 xun4] /see 騰訊控股有限公司|腾讯控股有限公司[Teng2 xun4 Kong4 gu3 You3 xian4 Gong1 si1]/
騰訊控股有限公司 腾讯控股有限公司 [Teng2 xun4 Kong4 gu3 You3 xian4 Gong1 si1] /Tencent Holdings Limited (developers of the QQ instant messaging platform)/
北京大學 北京大学 [Bei3 jing1 Da4 xue2] /Peking University/
中國 中国 [Zhong1 guo2] /China/
德國 德国 [De2 guo2] /Germany/
雲南 云南 [Yun2 nan2] /Yunnan province in southwest China, abbr. 滇[Dian1] or 雲|云[Yun2], capital Kunming 昆明[Kun1 ming2]/
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return imported_db(tmp_path_factory.mktemp("units42"), LINES)


_annotate = annotated


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The reviewer's R40-18: Alibaba's units, on CC-CEDICT's 阿里.
        (
            "阿里音乐今日宣布与多家唱片公司续签版权协议。",
            "阿里音乐今日宣布与多家唱片公司续签版权协议。",
        ),
        (
            "阿里体育与中国田径协会签署战略合作协议。",
            "阿里体育与中国（China）田径协会签署战略合作协议。",
        ),
        # Another historic person who made no music, before the same trades.
        ("丁汝昌体育宣布与多家公司签署合作协议。", "丁汝昌体育宣布与多家公司签署合作协议。"),
        ("丁汝昌音乐今日宣布续签版权协议。", "丁汝昌音乐今日宣布续签版权协议。"),
        # A company's units: the group's name is the unit's first word, not the group.
        ("华为云在德国开设新的数据中心。", "华为云在德国（Germany）开设新的数据中心。"),
        ("腾讯体育将直播本场比赛。", "腾讯体育将直播本场比赛。"),
        ("Huawei Cloud opened a data centre in Germany.", "Huawei Cloud opened a data centre in Germany (德国)."),
        ("Tencent Sports will stream the match.", "Tencent Sports will stream the match."),
    ],
)
def test_a_groups_unit_is_not_the_person_or_the_group(db: Path, text: str, expected: str) -> None:
    assert _annotate(db, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A composer's music is his.
        ("肖邦音乐影响了几代钢琴家。", "肖邦（Frederic Chopin）音乐影响了几代钢琴家。"),
        ("贝多芬音乐影响深远。", "贝多芬（Ludwig van Beethoven）音乐影响深远。"),
        # A university's sports department is the university's.
        ("北京大学体育部发布通知。", "北京大学（Peking University）体育部发布通知。"),
        ("Peking University Sports Department", "Peking University (北京大学) Sports Department"),
        # 云 that starts a longer word is that word: the group's business, the province.
        ("腾讯云计算业务收入增长。", "腾讯（Tencent Holdings）云计算业务收入增长。"),
        ("华为云南分公司", "华为（Huawei）云南（Yunnan）分公司"),
        ("Huawei opened a data centre.", "Huawei (华为) opened a data centre."),
    ],
)
def test_a_name_before_a_trade_that_is_its_own_keeps_its_gloss(db: Path, text: str, expected: str) -> None:
    assert _annotate(db, text) == expected


def test_a_song_dynasty_writer_made_no_music(db: Path) -> None:
    """ "Song" of "northern Song Dynasty" names no song: 苏轼音乐 is no music of Su Shi's, the trade's unit."""
    assert _annotate(db, "苏轼音乐今日宣布续签版权协议。") == "苏轼音乐今日宣布续签版权协议。"
