"""A name's generic is capitalised in its English, as English writes it: "Jialing River", "Linxia Hui Autonomous
Prefecture" (twenty-seventh session, issue 9, item 9). CC-CEDICT writes the generic after the name in lower case
("Jialing river in Sichuan", "Dongxiang autonomous county in ..."); 373 entries of the full --proper-only import had
it so (171 autonomous counties and prefectures). A dynasty stays lower case ("Qing dynasty"), and so does a common
noun that ends no generic ("Indian subcontinent").

Also: no English is cut at 200 characters any more (25 definitions of a full import were, mid-word); one longer
than an entry's limit (MAX_NAME_CHARS) is cut at a word with "…", and its whole is in the note.
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import kinds_and_english
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.formats.cedict import _generic_cased, load_cedict
from zhgloss.model import MAX_NAME_CHARS

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
LINES = (
    "東鄉族自治縣 东乡族自治县 [Dong1 xiang1 zu2 Zi4 zhi4 xian4] /Dongxiang autonomous county in Linxia Hui autonomous"
    " prefecture 臨夏回族自治州|临夏回族自治州[Lin2 xia4 Hui2 zu2 zi4 zhi4 zhou1], Gansu/\n"
    "臨夏回族自治州 临夏回族自治州 [Lin2 xia4 Hui2 zu2 zi4 zhi4 zhou1] /Linxia Hui autonomous prefecture in Gansu/\n"
    "威寧彞族回族苗族自治縣 威宁彝族回族苗族自治县 [Wei1 ning2 Yi2 zu2 Hui2 zu2 Miao2 zu2 Zi4 zhi4 xian4] /Weining Yi,"
    " Hui and Miao autonomous county in Bijie prefecture 畢節地區|毕节地区[Bi4 jie2 di4 qu1], Guizhou/\n"
    "嘉陵江 嘉陵江 [Jia1 ling2 jiang1] /Jialing river in Sichuan (a tributary of the Yangtze)/\n"
    "烏拉爾 乌拉尔 [Wu1 la1 er3] /the Ural mountains in Russia, dividing Europe from Asia/\n"
    "帕米爾 帕米尔 [Pa4 mi3 er3] /Pamir high plateau on the border between Xinjiang and Tajikistan/\n"
    "屈原祠 屈原祠 [Qu1 Yuan2 ci2] /Qu Yuan memorial temple on the Miluo river 汨羅江|汨罗江 at Yueyang"
    " 岳陽市|岳阳市, Hunan/\n"
    "莫高窟 莫高窟 [Mo4 gao1 ku1] /Mogao caves in Dunhuang 敦煌, Gansu/\n"
    "天竺 天竺 [Tian1 zhu2] /the Indian subcontinent (esp. in Tang or Buddhist context)/\n"
    "清朝 清朝 [Qing1 chao2] /Ch'ing or Qing dynasty (1644-1911)/\n"
)


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("东乡族自治县", "Dongxiang Autonomous County"),
        ("临夏回族自治州", "Linxia Hui Autonomous Prefecture"),
        ("威宁彝族回族苗族自治县", "Weining Yi, Hui and Miao Autonomous County"),
        ("嘉陵江", "Jialing River"),
        ("乌拉尔", "Ural Mountains"),
        ("帕米尔", "Pamir High Plateau"),
        ("屈原祠", "Qu Yuan Memorial Temple"),
        ("莫高窟", "Mogao Caves"),
    ],
)
def test_a_names_generic_is_capitalised(zh: str, en: str) -> None:
    assert kinds_and_english(LINES)[zh][1] == en


@pytest.mark.parametrize(("zh", "en"), [("天竺", "Indian subcontinent"), ("清朝", "Qing dynasty")])
def test_a_word_that_ends_no_generic_stays_lower_case(zh: str, en: str) -> None:
    assert kinds_and_english(LINES)[zh][1] == en


def test_lines_of_my_own() -> None:
    lines = (
        "甲河 甲河 [Jia3 he2] /Jia river in Guizhou/\n"
        "乙族自治州 乙族自治州 [Yi3 zu2 Zi4 zhi4 zhou1] /Yi Dai and Va autonomous prefecture in Yunnan/\n"
        "丙岛 丙岛 [Bing3 dao3] /Bing island in the Yellow sea/\n"
        "丁朝 丁朝 [Ding1 chao2] /Ding dynasty (968-980)/\n"
        "戊山 戊山 [Wu4 shan1] /Wu mountain range in Hunan/\n"
    )
    names = kinds_and_english(lines)
    assert names["甲河"] == ("place", "Jia River")
    assert names["乙族自治州"] == ("place", "Yi Dai and Va Autonomous Prefecture")
    assert names["丙岛"] == ("place", "Bing Island")
    assert not names["丁朝"][1].endswith("Dynasty")  # ("Ding": a dynasty is named bare)
    assert names["戊山"] == ("place", "Wu Mountain Range")


def test_an_alias_that_differs_only_by_case_goes() -> None:
    # 豐寧 "Fengning Manchu autonomous county in Chengde ..." and its full headword's line: one English, not two.
    entry = next(
        load_cedict(
            io.StringIO(
                "豐寧 丰宁 [Feng1 ning2] /Fengning Manchu autonomous county in Chengde 承德[Cheng2 de2], Hebei/\n"
                "豐寧滿族自治縣 丰宁满族自治县 [Feng1 ning2 Man3 zu2 Zi4 zhi4 xian4] /Fengning Manchu"
                " autonomous county in Chengde 承德[Cheng2 de2], Hebei/\n"
            ),
            proper_only=True,
        )
    )
    # (since s37 the short headword is named short, the official name its alias, once: test_cedict_short_units_s37)
    assert entry.en == "Fengning"
    assert [a.lower() for a in entry.aliases].count("fengning manchu autonomous county") == 1


WORDS = st.sampled_from(["river", "autonomous county", "high plateau", "dynasty", "of", "and", "Hui", "x-y", "basin"])


@given(st.sampled_from(["Jialing", "Linxia Hui", "Weining Yi, Hui and Miao", "Ōsaka", "Xi'an"]), st.lists(WORDS))
def test_casing_changes_case_alone_and_is_idempotent(name: str, words: list[str]) -> None:
    text = " ".join([name, *words])
    cased = _generic_cased(text)
    assert cased.lower() == text.lower()
    assert _generic_cased(cased) == cased
    assert cased.startswith(name)


def test_no_english_is_cut_at_200_characters() -> None:
    gloss = "the " + " ".join(["word"] * 60)  # 303 characters
    lines = f"甲乙 甲乙 [jia3 yi3] /short sense/{gloss[:250]}/\n甲丙 甲丙 [jia3 bing3] /{gloss}/\n"
    entries = {e.zh: e for e in load_cedict(io.StringIO(lines))}
    assert gloss[:250] in entries["甲乙"].aliases  # 250 characters, whole (was cut at 200)
    cut = entries["甲丙"].en
    assert len(cut) <= MAX_NAME_CHARS
    assert cut.endswith(" word…")
    assert gloss in (entries["甲丙"].note or "")
