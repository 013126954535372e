"""Classes of the twenty-sixth session's blind draw and of issue 9's list (twenty-seventh session, items 2, 4, 7 and
1): a number of people named together is no person (五霸 "the Five Hegemons ..., namely: Duke Huan of Qi ..."); a
mascot is no event (海宝 "Haibao, Expo 2010 mascot"); a name a state's adjective starts is no person, dates or not
(苏俄 "Soviet Russia (1917-1991)", 东吴 "Eastern Wu (222-280)"); an appositive a work's word heads makes a work,
with the title's lower-case words before it (册府元龟 "Prime tortoise of the record bureau, Song dynasty historical
encyclopedia ...", was org "Prime tortoise"). And one entry's forms that differ by case alone are one form, the one
with more capitals (社民党 "Social Democratic party" and "Social Democratic Party").
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import kinds_and_english

from zhgloss.formats.cedict import load_cedict

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
LINES = (
    "五霸 五霸 [Wu3 ba4] /the Five Hegemons of the Spring and Autumn Period 春秋[Chun1 qiu1]/\n"
    "春秋五霸 春秋五霸 [Chun1 qiu1 Wu3 ba4] /the Five Hegemons of the Spring and Autumn period (770-476 BC), namely:"
    " Duke Huan of Qi 齊桓公|齐桓公[Qi2 Huan2 gong1], Duke Wen of Jin 晉文公|晋文公[Jin4 Wen2 gong1], King Zhuang of"
    " Chu 楚莊王|楚庄王[Chu3 Zhuang1 wang2], and alternatively Duke Xiang of Song 宋襄公[Song4 Xiang1 gong1] and Duke"
    " Mu of Qin 秦穆公[Qin2 Mu4 gong1] or King Helu of Wu 吳王闔閭|吴王阖闾[Wu2 wang2 He2 Lu:2] and King Gou Jian of"
    " Yue 越王勾踐|越王勾践[Yue4 wang2 Gou1 Jian4]/\n"
    "海寶 海宝 [Hai3 bao3] /Haibao, Expo 2010 mascot/\n"
    "福娃 福娃 [Fu2 wa2] /Fuwa (official 2008 Olympic mascots)/\n"
    "東吳 东吴 [Dong1 Wu2] /Eastern Wu (222-280)/the southern state of Wu during the Three Kingdoms period, founded by"
    " Sun Quan 孫權|孙权/\n"
    "蘇維埃俄國 苏维埃俄国 [Su1 wei2 ai1 E2 guo2] /Soviet Russia (1917-1991)/\n"
    "蘇俄 苏俄 [Su1 e2] /Soviet Russia/\n"
    "河殤 河殇 [He2 shang1] /River Elegy, influential 1988 CCTV documentary series, said to have stimulated the Beijing"
    " Spring democracy movement of 1980s/\n"
    "冊府元龜 册府元龟 [Ce4 fu3 yuan2 gui1] /Prime tortoise of the record bureau, Song dynasty historical encyclopedia"
    " of political essays, autobiography, memorials and decrees, compiled 1005-1013 under Wang Qinruo 王欽若|王钦若"
    " and Yang Yi 楊億|杨亿, 1000 scrolls/\n"
    "社民黨 社民党 [She4 min2 dang3] /Social Democratic party/\n"
    "社會民主黨 社会民主党 [She4 hui4 Min2 zhu3 dang3] /Social Democratic Party/\n"
    "綠營 绿营 [Lu:4 ying2] /Green Standard Army, standing infantry during Qing dynasty, originally formed from Ming"
    " and other Chinese army units/\n"
)
ENTRIES = {e.zh: e for e in load_cedict(io.StringIO(LINES), proper_only=True)}


@pytest.mark.parametrize(
    ("zh", "kind"),
    [("五霸", "name"), ("海宝", "name"), ("福娃", "name"), ("东吴", "name"), ("苏俄", "place")],  # (Russia: a country)
)
def test_no_person_no_event(zh: str, kind: str) -> None:
    assert ENTRIES[zh].type == kind


@pytest.mark.parametrize(("zh", "en"), [("河殇", "River Elegy"), ("册府元龟", "Prime tortoise of the record bureau")])
def test_a_works_appositive_makes_a_work(zh: str, en: str) -> None:
    assert (ENTRIES[zh].type, ENTRIES[zh].en) == ("work", en)


def test_forms_that_differ_by_case_are_one() -> None:
    entry = ENTRIES["社会民主党"]  # (its full name heads since s33: 社民党 abbreviates it; a zh_alias)
    assert "社民党" in entry.zh_aliases
    assert entry.en == "Social Democratic Party"
    assert all(a.casefold() != entry.en.casefold() for a in entry.aliases)
    assert ENTRIES["五霸"].aliases == ()


def test_lines_of_my_own() -> None:
    names = kinds_and_english(
        "甲甲 甲甲 [Jia3 jia3] /the Seven Sages of the Bamboo Grove, namely: Ruan Ji 阮籍 and Ji Kang 嵇康/\n"
        "乙乙 乙乙 [Yi3 yi3] /Yiyi, Asian Games 2030 mascot/\n"
        "丙丙 丙丙 [Bing3 bing3] /Western Bing (907-960)/\n"
        "丁丁 丁丁 [Ding1 ding1] /Ding Ding (907-960), Tang poet/\n"  # a person, as before
        "戊戊 戊戊 [Wu4 wu4] /Mirror of the world, Ming dynasty encyclopedia/\n"
        "己己 己己 [Ji3 ji3] /Jiji Bank, Ming dynasty novel by Wu Cheng'en/\n"
    )
    assert names["甲甲"][0] != "person"
    assert names["乙乙"][0] == "name"
    assert names["丙丙"][0] == "name"
    assert names["丁丁"][0] == "person"
    assert names["戊戊"] == ("work", "Mirror of the world")
    assert names["己己"][0] == "work"


def test_an_animal_with_dates_is_no_person() -> None:
    # 多利 "Dolly (1996-2003), female sheep, first mammal to be cloned ..." (my own Random(2077) draw): was person.
    names = kinds_and_english(
        "多利 多利 [Duo1 li4] /Dolly (1996-2003), female sheep, first mammal to be cloned from an adult somatic cell/\n"
        "甲甲 甲甲 [Jia3 jia3] /Jiajia (1990-2010), giant panda of Beijing Zoo/\n"
    )
    assert names["多利"] == ("name", "Dolly")
    assert names["甲甲"][0] == "name"
