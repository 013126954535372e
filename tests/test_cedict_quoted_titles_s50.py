"""A title in quotes opening a CC-CEDICT sense is left unread, as before the fiftieth session (brk50's B50-13).

cdt50 read such a title (孙子兵法 "“Art of War”, one of the Seven Military Classics ...") as a work's name, which made
19 lines works of `--proper-only` and 16 a full import's terms works. A work's title is glossed wherever it stands
(README, annotate), and several of those titles are everyday Chinese words or a place too: 尔雅 "refined" (谈吐尔雅
was glossed "Erya"), 斗地主 "to struggle against the landlords" (土改时期，农民斗地主 "Fight the Landlord"), 沙家浜 the
town (沙家浜镇 "Sha Family's Creek"), 尘埃落定 and 丑小鸭. Neither the line nor the import's own test of a common word
(a lower-case line of the headword: only 尘埃落定 and 丑小鸭 have one) nor jieba's counts (尔雅 86, 战国策 122, 孙子兵法
195) tell the work from the word, so the rule was taken out, with the possessive-titles pass that only it fed
(孙膑兵法 keeps "The Art of War" as before; 共产党宣言's German title, which opens its second sense in quotes, is no
alias again). Curly quotes are still read as straight ones in `read_sense`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cedict_fixtures import annotated, imported_db, rows_by_zh
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.formats.cedict import read_sense

# Real CC-CEDICT lines (../shared/data/cedict_ts.u8.gz).
SUNZI = (
    "孫子兵法 孙子兵法 [Sun1 zi3 Bing1 fa3] /“Art of War”, one of the Seven Military Classics of ancient China "
    "武經七書|武经七书[Wu3 jing1 Qi1 shu1], written by Sun Tzu 孫子|孙子[Sun1 zi3]/"
)
SUN_BIN = '孫臏兵法 孙膑兵法 [Sun1 Bin4 Bing1 fa3] /Sun Bin\'s "The Art of War"/'
PLATO = '理想國 理想国 [Li3 xiang3 guo2] /Plato\'s "The Republic" (c. 380 BC)/'
SIMA = (
    "司馬法 司马法 [Si1 ma3 Fa3] /“Methods of Sima”, also called “Sima Rangju’s Art of War”, one of the Seven Military "
    "Classics of ancient China 武經七書|武经七书[Wu3 jing1 Qi1 shu1], written by Sima Rangju 司馬穰苴|司马穰苴[Si1 ma3 "
    "Rang2 ju1]/"
)
LIUTAO = (
    "六韜 六韬 [Liu4 tao1] /“Six Secret Strategic Teachings”, one of the Seven Military Classics of ancient China "
    "武經七書|武经七书[Wu3 jing1 Qi1 shu1], attributed to Jiang Ziya 姜子牙[Jiang1 Zi3 ya2]/"
)
HAWKING = '時間簡史 时间简史 [Shi2 jian1 Jian3 shi3] /"A Brief History of Time" by Stephen Hawking/'
LU_XUN = (
    '朝花夕拾 朝花夕拾 [Zhao1 hua1 xi1 shi1] /"Dawn Blossoms Plucked at Dusk", a collection of autobiographical essays '
    "by Lu Xun 魯迅|鲁迅[Lu3 Xun4]/"
)
CLANCY = (
    '獵殺紅色十月號 猎杀红色十月号 [Lie4 sha1 Hong2 se4 Shi2 yue4 hao4] /"The Hunt for Red October", a novel by Tom '
    "Clancy/"
)
COUGH = (
    '北京咳 北京咳 [Bei3 jing1 ke2] /"Beijing cough", respiratory problems caused by dry and polluted Beijing air, '
    "typically experienced by non-acclimated foreigners/"
)
DEMOCRACY = (
    '德先生 德先生 [De2 xian1 sheng5] /"Mr Democracy", phrase used during the May 4th Movement '
    "五四運動|五四运动[Wu3 si4 Yun4 dong4]/abbr. for 德謨克拉西|德谟克拉西[de2 mo2 ke4 la1 xi1]/"
)


def test_a_quoted_coinage_is_no_title() -> None:
    # No work: the lines stay what they were, words of the full import.
    assert rows_by_zh(COUGH, DEMOCRACY) == {}
    rows = rows_by_zh(COUGH, proper_only=False)
    assert rows["北京咳"]["type"] == "term"


def test_curly_quotes_read_as_straight_after_a_possessive() -> None:
    straight = read_sense('Sun Bin\'s "The Art of War"')
    curly = read_sense("Sun Bin's “The Art of War”")
    assert (curly.name, curly.type, curly.aliases) == (straight.name, straight.type, straight.aliases)


# brk50's B50-13 lines: everyday words, a town, and the works they name (real CC-CEDICT lines).
ERYA = (
    '爾雅 尔雅 [Er3 ya3] /"Erya" or "The Ready Guide", first extant Chinese dictionary, c. 3rd century BC, with '
    "glossaries on classical texts/"
)
LANDLORD = '鬥地主 斗地主 [Dou4 Di4 zhu3] /"Fight the Landlord" (card game)/'
SHAJIABANG = (
    '沙家浜 沙家浜 [Sha1 jia1 bang1] /"Sha Family\'s Creek", a Beijing opera classified as model theater '
    "樣板戲|样板戏[yang4 ban3 xi4]/"
)
POPPIES = '塵埃落定 尘埃落定 [Chen2 ai1 luo4 ding4] /"Red Poppies", novel by 阿來|阿来[A1 lai2]/'
POPPIES_WORD = (
    "塵埃落定 尘埃落定 [chen2 ai1 luo4 ding4] /lit. the dust has settled (idiom)/fig. to get sorted out/to be "
    "finalized/"
)
DUCKLING = '醜小鴨 丑小鸭 [Chou3 Xiao3 ya1] /"The Ugly Duckling" by Hans Christian Andersen 安徒生[An1 tu2 sheng1]/'
DUCKLING_WORD = "醜小鴨 丑小鸭 [chou3 xiao3 ya1] /ugly duckling/"
EVERYDAY = [ERYA, LANDLORD, SHAJIABANG, POPPIES, DUCKLING]
WORKS = [SUNZI, SIMA, LIUTAO, HAWKING, LU_XUN, CLANCY]


@pytest.mark.parametrize("line", EVERYDAY)
def test_a_quoted_title_of_everyday_words_is_no_name(line: str) -> None:
    # (B50-13: on cdt50's tip each was a work of the names glossary.)
    assert rows_by_zh(line) == {}


def test_the_full_import_keeps_them_terms() -> None:
    rows = rows_by_zh(*EVERYDAY, POPPIES_WORD, DUCKLING_WORD, proper_only=False)
    assert {zh: row["type"] for zh, row in rows.items()} == dict.fromkeys(
        ["尔雅", "斗地主", "沙家浜", "尘埃落定", "丑小鸭"], "term"
    )


@pytest.mark.parametrize("line", WORKS)
def test_a_quoted_title_of_a_work_is_read_as_before(line: str) -> None:
    # The same rule, the same lines: no name of --proper-only, a term of the full import.
    assert rows_by_zh(line) == {}
    assert [row["type"] for row in rows_by_zh(line, proper_only=False).values()] == ["term"]


def test_sun_bins_book_as_before() -> None:
    # The possessive-titles pass is out with the rule it followed: Sun Bin's title is its alias, as Plato's is.
    assert rows_by_zh(SUNZI, SUN_BIN)["孙膑兵法"]["aliases"] == ["The Art of War"]
    assert rows_by_zh(PLATO, SUNZI)["理想国"]["aliases"] == ["The Republic"]


TITLE_WORDS = ["Art", "War", "Spring", "Autumn", "Strategies", "Methods", "Dawn", "Red", "Poppies", "Duckling"]
DESCRIPTIONS = [
    ", one of the Seven Military Classics of ancient China",
    ", a novel by Tom Clancy",
    " by Stephen Hawking",
    " (card game)",
    ", a Beijing opera",
]


@given(
    st.lists(st.sampled_from(TITLE_WORDS), min_size=1, max_size=4),
    st.sampled_from(DESCRIPTIONS),
    st.booleans(),
)
def test_any_quoted_title_is_left_unread_in_either_quotes(words: list[str], rest: str, curly: bool) -> None:
    title = " ".join(words)
    quoted = f"“{title}”" if curly else f'"{title}"'
    assert rows_by_zh(f"某某 某某 [Mou3 mou3] /{quoted}{rest}/") == {}


CHANGSHU = "常熟 常熟 [Chang2 shu2] /Changshu county level city in Suzhou 蘇州|苏州[Su1 zhou1], Jiangsu/"


def test_installed_import_and_annotate(tmp_path: Path) -> None:
    # brk50's in/zh15.txt, in/zh9.txt, in/zh22.txt lines: on cdt50's tip glossed Erya, Fight the Landlord, Sha
    # Family's Creek.
    db = imported_db(tmp_path, "\n".join([*EVERYDAY, SUNZI, CHANGSHU]) + "\n")
    assert [e["zh"] for e in json.loads(db.read_text(encoding="utf-8"))["entries"].values()] == ["常熟"]
    text = "\n".join(
        [
            "这位老人谈吐尔雅。",
            "土改时期，农民斗地主、分田地。",
            "常熟沙家浜镇举办芦苇节。",
            "《孙子兵法》在西方商界广受欢迎。",
        ]
    )
    assert annotated(db, text) == text.replace("常熟", "常熟（Changshu）")
