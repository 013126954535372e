"""Groups, titles and counts (twenty-seventh session, issue 9; the user's U27-43): a number of people a line lists
("namely: ...") is no event, work or organisation, whatever word of a kind the description holds (戊戌六君子 "the
Six Gentlemen Martyrs of the failed reform movement of 1898, ..., namely: Tan Sitong ..." was `event`, 唐宋八大家
"Eight Giants of Tang and Song prose, ..., namely: ..." `work`; not 四书 "Four Books, namely: ...", books); a title
holding "by" keeps it when the author follows the work's word (大唐狄公案 "Three Murder Cases Solved by Judge Dee,
1949 novel by R.H. van Gulik" was "Three Murder Cases Solved"); a count in lower case before a name is no word of
it (布匿战争 "the three Punic Wars ..." is Punic Wars).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
LINES = (
    "戊戌六君子 戊戌六君子 [Wu4 xu1 Liu4 jun1 zi3] /the Six Gentlemen Martyrs of the failed reform "
    "movement of 1898, executed in its aftermath, namely: Tan Sitong 譚嗣同|谭嗣同[Tan2 Si4 tong2], "
    "Lin Xu 林旭[Lin2 Xu4], Yang Shenxiu 楊深秀|杨深秀[Yang2 Shen1 xiu4], Liu Guangdi 劉光第|刘光第[Liu2 "
    "Guang1 di4], Kang Guangren 康廣仁|康广仁[Kang1 Guang3 ren2] and Yang Rui 楊銳|杨锐[Yang2 Rui4]/\n"
    "唐宋八大家 唐宋八大家 [Tang2 Song4 ba1 da4 jia1] /Eight Giants of Tang and Song prose, esp. involved "
    "in the Classics movement 古文運動|古文运动[gu3 wen2 yun4 dong4], namely: Han Yu 韓愈|韩愈[Han2 Yu4], "
    "Liu Zongyuan 柳宗元[Liu3 Zong1 yuan2], Ouyang Xiu 歐陽修|欧阳修[Ou1 yang2 Xiu1], the Three Su "
    "father and sons 三蘇|三苏[San1 Su1], Wang Anshi 王安石[Wang2 An1 shi2], Zeng Gong 曾鞏|曾巩[Zeng1 "
    "Gong3]/\n"
    "四書 四书 [Si4 shu1] /Four Books, namely: the Great Learning 大學|大学, the Doctrine of the Mean "
    "中庸, the Analects of Confucius 論語|论语, and Mencius 孟子/\n"
    "大唐狄公案 大唐狄公案 [Da4 Tang2 Di2 Gong1 an4] /Three Murder Cases Solved by Judge Dee, 1949 novel "
    "by R.H. van Gulik, featuring Tang Dynasty politician Di Renjie 狄仁傑|狄仁杰[Di2 Ren2 jie2] as "
    "master sleuth/\n"
    "三國演義 三国演义 [San1 guo2 Yan3 yi4] /Romance of the Three Kingdoms by Luo Guanzhong "
    "羅貫中|罗贯中[Luo2 Guan4 zhong1], one of the Four Classic Novels of Chinese literature/a "
    "fictional account of the Three Kingdoms at the break-up of the Han around 200 AD, "
    "consistently portraying Liu Bei's Shu Han 劉備|刘备, 蜀漢|蜀汉 as virtuous heroes and Cao Cao's "
    "Wei 曹操, 魏 as tyrannical villains/\n"
    "布匿戰爭 布匿战争 [Bu4 ni4 Zhan4 zheng1] /the three Punic Wars (264-146 BC) between Rome and "
    "Carthage/\n"
)
NAMES = kinds_and_english(LINES)


@pytest.mark.parametrize(
    ("zh", "kind", "en"),
    [
        ("戊戌六君子", "name", "Six Gentlemen Martyrs"),
        ("唐宋八大家", "name", "Eight Giants of Tang and Song prose"),
        ("四书", "work", "Four Books"),
        ("大唐狄公案", "work", "Three Murder Cases Solved by Judge Dee"),
        ("三国演义", "work", "Romance of the Three Kingdoms"),
        ("布匿战争", "event", "Punic Wars"),
    ],
)
def test_kind_and_english(zh: str, kind: str, en: str) -> None:
    assert NAMES[zh] == (kind, en)


def test_lines_of_my_own() -> None:
    names = kinds_and_english(
        "甲甲 甲甲 [Jia3 jia3] /the Seven Worthies of the Qing uprising, namely: Zhang San 張三|张三 and Li Si 李四/\n"
        "乙乙 乙乙 [Yi3 yi3] /Death by Water, 1920 novel by John Smith/\n"
        "丙丙 丙丙 [Bing3 bing3] /the two Bing Wars (1800-1820)/\n"
    )
    assert names["甲甲"][0] == "name"
    assert names["乙乙"] == ("work", "Death by Water")
    assert names["丙丙"][1] == "Bing Wars"


def test_two_sides_in_relations_are_no_other_name_of_a_place() -> None:
    # The tester's T27-I8: "China-Africa (relations)" was 中非's English, Central Africa an alias.
    names = kinds_and_english(
        "中非 中非 [Zhong1 Fei1] /China-Africa (relations)/Central Africa/Central African Republic/\n"
        "中澳 中澳 [Zhong1 Ao4] /China-Australia (relations)/\n"
        "中美 中美 [Zhong1 Mei3] /China-USA/\n"
    )
    # (s46, rev's R46-1: the relation, the line's first sense, is what news means by 中非 (中非合作论坛); the places
    # after it are other things, in the note, never aliases of the relation.)
    assert names["中非"] == ("name", "China-Africa")
    # A line that is the relation only stays one, as 中美 is: check reads 中澳关系 by it (CI of the 27th session
    # failed test_check_abbreviations.py when 中澳 was left out).
    assert names["中澳"] == (names["中美"][0], "China-Australia")
