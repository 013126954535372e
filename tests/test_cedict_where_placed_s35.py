"""A name whose line says only where it lies is a place (thirty-fifth session, issue 9 item 1, class 1).

Of the 2,180 entries the --proper-only import typed `name` at 63c90aa, 30 were lines of this shape, each read by its
words: a place list after a comma, "the" before a country included ("Delft, Zuid-Holland, the Netherlands"); "in" or
"near" and a direction before the place ("Cochin (in south India)", "Klondike in northwest Canada", "Provence (south
of France)"); a former or historical name ("Abyssinia, historical name of Ethiopia"); an appositive headed by a
place's word ("Yanoda, a rainforest in southern Hainan"); a place's lower-case feature in the name ("Irrawaddy delta
in south Myanmar (Burma)", "Star Ferry terminal, Hong Kong"). What they lie in must be a place the import types, a
country or a subdivision (ISO 3166), as before (`_place_the_placed`): not "Biblical Palestine", nor what a sect, a
troupe, a queen or an airline is "in".
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data): the places the placed lines name come first.
PLACES = (
    "江蘇 江苏 [Jiang1 su1] /Jiangsu province (Kiangsu) in southeast China, abbr. 蘇|苏, capital Nanjing 南京/\n"
    "廣東 广东 [Guang3 dong1] /Guangdong province (Kwangtung) in south China, short name 粵|粤[Yue4], capital Guangzhou"
    " 廣州|广州/\n"
    "貴州 贵州 [Gui4 zhou1] /Guizhou province (Kweichow) in south central China, abbr. to 黔[Qian2] or 貴|贵[Gui4],"
    " capital Guiyang 貴陽|贵阳[Gui4 yang2]/\n"
    "海南 海南 [Hai3 nan2] /Hainan Province, in the South China Sea, short name 瓊|琼[Qiong2], capital Haikou"
    " 海口/Hainan Island/\n"
    "蘇州 苏州 [Su1 zhou1] /Suzhou prefecture level city in Jiangsu/\n"
    "西安 西安 [Xi1 an1] /Xi'an, sub-provincial city and capital of Shaanxi 陝西省|陕西省[Shan3 xi1 Sheng3] in"
    " northwest China/\n"
    "沙田 沙田 [Sha1 tian2] /Sha Tin town in New Territories, Hong Kong/\n"
)
PLACED = (
    "代爾夫特 代尔夫特 [Dai4 er3 fu1 te4] /Delft, Zuid-Holland, the Netherlands/\n"
    "斯雷佈雷尼察 斯雷布雷尼察 [Si1 lei2 bu4 lei2 ni2 cha2] /Srebrenica, Bosnia-Herzegovina/\n"
    "利古里亞 利古里亚 [Li4 gu3 li3 ya4] /Liguria, northwest Italy/\n"
    "科卿 科卿 [Ke1 qing1] /Cochin (in south India)/\n"
    "萊頓 莱顿 [Lai2 dun4] /Leiden (the Netherlands)/\n"
    "拉普蘭 拉普兰 [La1 pu3 lan2] /Lapland (northern Europe)/\n"
    "普羅旺斯 普罗旺斯 [Pu3 luo2 wang4 si1] /Provence (south of France)/\n"
    "孟菲斯 孟菲斯 [Meng4 fei1 si1] /Memphis (Egypt or Tennessee)/\n"
    "克朗代克 克朗代克 [Ke4 lang3 dai4 ke4] /Klondike in northwest Canada/\n"
    "坎塔布連 坎塔布连 [Kan3 ta3 bu4 lian2] /Cantabria in north Spain/\n"
    "大唐芙蓉園 大唐芙蓉园 [Da4 tang2 Fu2 rong2 yuan2] /Tang Paradise in Xi'an/\n"
    "滄浪亭 沧浪亭 [Cang1 Lang4 ting2] /The Surging Waves Pavillion in Suzhou, Jiangsu/\n"
    "望夫石 望夫石 [Wang4 fu1 Shi2] /Amah Rock in Sha Tin 沙田[Sha1 tian2], Hong Kong/\n"
    "阿比西尼亞 阿比西尼亚 [A1 bi3 xi1 ni2 ya4] /Abyssinia, historical name of Ethiopia/\n"
    "呀諾達 呀诺达 [Ya1 nuo4 da2] /Yanoda, a rainforest in southern Hainan/\n"
    "潮汕 潮汕 [Chao2 shan4] /Chaoshan, conurbation in the east of Guangdong 廣東|广东[Guang3 dong1]/\n"
    "烏魯魯 乌鲁鲁 [Wu1 lu3 lu3] /Uluru, massive sandstone outcrop in central Australia/\n"
    "西屬撒哈拉 西属撒哈拉 [Xi1 shu3 Sa1 ha1 la1] /Spanish Sahara (former Spanish colony in Africa)/\n"
    "伊洛瓦底三角洲 伊洛瓦底三角洲 [Yi1 luo4 wa3 di3 san1 jiao3 zhou1] /Irrawaddy delta in south Myanmar (Burma)/\n"
    "天星碼頭 天星码头 [Tian1 xing1 ma3 tou2] /Star Ferry terminal, Hong Kong/\n"
    "黃果樹瀑布 黄果树瀑布 [Huang2 guo3 shu4 Pu4 bu4] /Huangguoshu waterfalls, Anshun 安順|安顺[An1 shun4], Guizhou/\n"
)
# Real lines of the same shapes that name no place: what they are "in" is no place, or they are of another kind.
NOT_PLACED = (
    "白山宗 白山宗 [Bai2 shan1 zong1] /Sufi sect of Islam in central Asia/\n"
    "華林 华林 [Hua2 lin2] /Hualinbu, Ming dynasty theatrical troupe in Nanjing/\n"
    "王太后 王太后 [Wang2 tai4 hou4] /Queen Dowager (in Europe)/widowed queen/Queen mother/\n"
    "迦南 迦南 [Jia1 nan2] /Canaan (in Biblical Palestine)/\n"
    "達美航空 达美航空 [Da2 mei3 Hang2 kong1] /Delta Air Lines, Inc., airline headquartered in Atlanta, Georgia/\n"
    "匯業銀行 汇业银行 [Hui4 ye4 Yin2 hang2] /Banco Delta Asia S.A.R.L., Macau/\n"
)
KINDS = kinds_and_english(PLACES + PLACED + NOT_PLACED)


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("代尔夫特", "Delft"),
        ("斯雷布雷尼察", "Srebrenica"),
        ("利古里亚", "Liguria"),
        ("科卿", "Cochin"),
        ("莱顿", "Leiden"),
        ("拉普兰", "Lapland"),
        ("普罗旺斯", "Provence"),
        ("孟菲斯", "Memphis"),
        ("克朗代克", "Klondike"),
        ("坎塔布连", "Cantabria"),
        ("大唐芙蓉园", "Tang Paradise"),
        ("望夫石", "Amah Rock"),
        ("阿比西尼亚", "Abyssinia"),
        ("呀诺达", "Yanoda"),
        ("潮汕", "Chaoshan"),
        ("乌鲁鲁", "Uluru"),
        ("西属撒哈拉", "Spanish Sahara"),
        ("伊洛瓦底三角洲", "Irrawaddy delta"),
        ("天星码头", "Star Ferry terminal"),
        ("黄果树瀑布", "Huangguoshu waterfalls"),
    ],
)
def test_a_name_said_to_lie_in_a_place_is_a_place(zh: str, en: str) -> None:
    assert KINDS[zh] == ("place", en)


def test_a_pavilion_said_to_lie_in_a_city_is_a_place() -> None:
    # (Its English keeps the line's "The" for now: a later class.)
    assert KINDS["沧浪亭"][0] == "place"


@pytest.mark.parametrize(
    ("zh", "kind"),
    [
        ("白山宗", "name"),  # a sect "in central Asia"
        ("华林", "name"),  # a troupe "in Nanjing"
        ("王太后", "name"),  # a queen's title "(in Europe)"
        ("迦南", "name"),  # "Biblical Palestine" is no place the import types
        ("达美航空", "org"),  # "Delta" names the airline, no delta
        ("汇业银行", "org"),
    ],
)
def test_what_is_in_a_place_but_no_place_keeps_its_kind(zh: str, kind: str) -> None:
    assert KINDS[zh][0] == kind
