"""A work the line says someone wrote is a work (twenty-ninth session, issue 9 item 1; the tester's class 1a:
新民主主义论 "On New Democracy (1940), by Mao Zedong", 仲夏夜之梦 "..., comedy by William Shakespeare", 警世通言
"..., vernacular short stories by Feng Menglong" were typed `name`).

"by" and its author after the title's dates and a comma, or after what the author was ("by early Confucian
philosopher ..."), says a work as "by" right after the title did; a comedy, a fable, a story, a tale is a work as a
novel is. But a thing told in a story is no story ("Bethlehem (in the biblical nativity story)", "White Bone Spirit
(in the novel Journey to the West)"), and "by" after a comma may say where a place is ("Leifeng Pagoda, by West
Lake").
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "新民主主義論 新民主主义论 [Xin1 Min2 zhu3 zhu3 yi4 Lun4] /On New Democracy (1940), by Mao Zedong/\n"
    "仲夏夜之夢 仲夏夜之梦 [Zhong4 xia4 ye4 zhi1 meng4] /Midsummer night's dream, comedy by William Shakespeare"
    " 莎士比亞|莎士比亚[Sha1 shi4 bi3 ya4]/\n"
    "皆大歡喜 皆大欢喜 [Jie1 da4 huan1 xi3] /As You Like It, comedy by Shakespeare/\n"
    "警世通言 警世通言 [Jing3 shi4 Tong1 yan2] /Stories to Caution the World, vernacular short stories by Feng Menglong"
    " 馮夢龍|冯梦龙[Feng2 Meng4 long2] published in 1624/\n"
    "中山狼傳 中山狼传 [Zhong1 shan1 Lang2 Zhuan4] /The Wolf of Zhongshan, fable by Ma Zhongxi 馬中錫|马中锡"
    "[Ma3 Zhong1 xi1]/\n"
    "春風深醉的晚上 春风深醉的晚上 [Chun1 feng1 Shen1 zui4 de5 Wan3 shang5] /Intoxicating Spring Nights, 1924 short"
    " story by Yu Dafu 郁達夫|郁达夫[Yu4 Da2 fu1]/\n"
    "寶葫蘆的秘密 宝葫芦的秘密 [Bao3 hu2 lu5 de5 Mi4 mi4] /Secret of the Magic Gourd (1958), prize-winning children's"
    " fairy tale by Zhang Tianyi 張天翼|张天翼[Zhang1 Tian1 yi4]/\n"
    # Controls: things told in a story, and a place "by" a lake.
    "伯利恆 伯利恒 [Bo2 li4 heng2] /Bethlehem (in the biblical nativity story)/\n"
    "白骨精 白骨精 [Bai2 gu3 jing1] /White Bone Spirit (in the novel Journey to the West 西遊記|西游记[Xi1 you2 Ji4])"
    "/(fig.) sly and cunning person/\n"
    "牛郎 牛郎 [Niu2 lang2] /Cowherd of the folk tale Cowherd and Weaving maid 牛郎織女|牛郎织女/Altair (star)/\n"
    "雷峰塔 雷峰塔 [Lei2 feng1 Ta3] /Leifeng Pagoda, by West Lake until it was destroyed (also from Madam White"
    " Snake)/\n"
)
# Lines of my own of the same shapes.
OWN = (
    "茶館 茶馆 [Cha2 guan3] /Teahouse (1957), by Lao She 老舍[Lao3 She3]/\n"
    "偽君子 伪君子 [Wei3 Jun1 zi3] /Tartuffe, comedy by Molière 莫里哀[Mo4 li3 ai1]/\n"
    "狐狸與葡萄 狐狸与葡萄 [Hu2 li5 yu3 Pu2 tao5] /The Fox and the Grapes, fable by Aesop/\n"
)
ENTRIES: dict[str, Entry] = {e.zh: e for e in load_cedict(io.StringIO(REAL + OWN), proper_only=True)}


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("新民主主义论", "On New Democracy"),
        ("仲夏夜之梦", "Midsummer night's dream"),
        ("皆大欢喜", "As You Like It"),
        ("警世通言", "Stories to Caution the World"),
        ("中山狼传", "The Wolf of Zhongshan"),
        ("春风深醉的晚上", "Intoxicating Spring Nights"),
        ("宝葫芦的秘密", "Secret of the Magic Gourd"),
        ("茶馆", "Teahouse"),
        ("伪君子", "Tartuffe"),
        ("狐狸与葡萄", "The Fox and the Grapes"),
    ],
)
def test_an_authored_work_is_a_work(zh: str, en: str) -> None:
    assert ENTRIES[zh].en == en, ENTRIES[zh]
    assert ENTRIES[zh].type == "work", ENTRIES[zh]


@pytest.mark.parametrize(
    ("zh", "kind"), [("伯利恒", "name"), ("白骨精", "name"), ("牛郎", "name"), ("雷峰塔", "place")]
)
def test_a_thing_told_in_a_story_or_placed_by_a_lake_is_no_work(zh: str, kind: str) -> None:
    assert ENTRIES[zh].type == kind, ENTRIES[zh]
