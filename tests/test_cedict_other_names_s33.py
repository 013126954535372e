"""Another name a CC-CEDICT line says its headword is of a thing or a person written in characters is a Chinese form
of that thing's entry (thirty-third session; the tester's s32 O2, in part: 蓉城 "nickname for Chengdu 成都", 孔明
"courtesy name of Zhuge Liang 諸葛亮|诸葛亮" were `term`s, left out of `--proper-only`, and a translator's text
writing them was glossed with nothing).

"old name of X 字" folded so before (汴州 into 开封); now also "another", "alternative", "ancient", "pre-Han",
"original", "courtesy", "personal", "birth", "given" and "pen" names, nicknames and posthumous titles. The other name
never heads the entry, the entry's note says whose it is, and a line whose first sense is a word's (老佛爷 "title of
respect ...") or a full import's headword that is a common word too (王母 "paternal grandmother") stays that word.
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import entries_by_form

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "成都 成都 [Cheng2 du1] /Chengdu subprovincial city and capital of Sichuan province 四川 in southwest China/\n"
    "蓉城 蓉城 [Rong2 cheng2] /nickname for Chengdu 成都[Cheng2 du1]/\n"
    "天津 天津 [Tian1 jin1] /Tianjin, a municipality in northeast China, abbr. 津/\n"
    "津沽 津沽 [Jin1 gu1] /another name for Tianjin 天津/\n"
    "諸葛亮 诸葛亮 [Zhu1 ge3 Liang4] /Zhuge Liang (181-234), military leader and prime minister of Shu Han 蜀漢|蜀汉"
    " during the Three Kingdoms period/the main hero of the fictional Romance of Three Kingdoms 三國演義|三国演义,"
    " where he is portrayed as a sage and military genius/mastermind/\n"
    "孔明 孔明 [Kong3 ming2] /courtesy name of Zhuge Liang 諸葛亮|诸葛亮[Zhu1 ge3 Liang4]/\n"
    "臥龍 卧龙 [Wo4 long2] /nickname of Zhuge Liang 諸葛亮|诸葛亮/Wolong giant panda nature reserve"
    " 臥龍大熊貓保護區|卧龙大熊猫保护区 in Wenchuan county, northwest Sichuan/Wolong district of Nanyang city"
    " 南陽|南阳[Nan2 yang2], Henan/\n"
    "努爾哈赤 努尔哈赤 [Nu3 er3 ha1 chi4] /Nurhaci (1559-1626), founder and first Khan of the Manchu Later Jin"
    " dynasty 後金|后金 (from 1616)/\n"
    "清太祖 清太祖 [Qing1 Tai4 zu3] /posthumous title of Nurhaci 努爾哈赤|努尔哈赤 (1559-1626), founder and first Khan"
    " of the Manchu Later Jin dynasty 後金|后金 (from 1616)/\n"
    "成吉思汗 成吉思汗 [Cheng2 ji2 si1 han2] /Genghis Khan (1162-1227), founder and ruler of the Mongol Empire/\n"
    "元太祖 元太祖 [Yuan2 Tai4 zu3] /posthumous title of Genghis Khan 成吉思汗[Cheng2 ji2 si1 han2] (1162-1227)/\n"
    "老子 老子 [Lao3 zi3] /Laozi or Lao-tze (c. 500 BC), Chinese philosopher, the founder of Taoism/the sacred book of"
    " Daoism, 道德經|道德经 by Laozi/\n"
    "老聃 老聃 [Lao3 Dan1] /another name for Laozi 老子[Lao3 zi3]/\n"
    "慈禧太后 慈禧太后 [Ci2 xi3 tai4 hou4] /Empress Dowager Cixi or Ts'u Hsi (1835-1908), regent 1861-1908/\n"
    "老佛爺 老佛爷 [Lao3 fo2 ye2] /title of respect for the queen mother or the emperor's father/nickname for Empress"
    " Dowager Cixi 慈禧太后[Ci2 xi3 tai4 hou4]/\n"
    "西王母 西王母 [Xi1 wang2 mu3] /Xi Wangmu, Queen Mother of the West, keeper of the peaches of immortality/popularly"
    " known as 王母娘娘/\n"
    "王母 王母 [Wang2 mu3] /another name for 西王母[Xi1 wang2 mu3], Queen Mother of the West/\n"
    "王母 王母 [wang2 mu3] /(literary) paternal grandmother/\n"
    "川普 川普 [Chuan1 pu3] /Sichuanese pidgin (the mix of Standard Mandarin and Sichuanese dialect)/(Tw) surname"
    " Trump/\n"
    "川建國 川建国 [Chuan1 Jian4 guo2] /nickname for US President Trump 川普[Chuan1 pu3], implying that he benefits"
    " China (hence 建國|建国[jian4 guo2]) by doing a poor job of leading the US/\n"
    "開封 开封 [Kai1 feng1] /Kaifeng prefecture-level city in Henan, old capital of Northern Song, former provincial"
    " capital of Henan/old name Bianliang 汴梁/\n"
    "汴州 汴州 [Bian4 zhou1] /old name of Kaifeng 開封|开封[Kai1 feng1]/\n"
)
ENTRIES = entries_by_form(REAL)


@pytest.mark.parametrize(
    ("other", "zh", "en"),
    [
        ("蓉城", "成都", "Chengdu"),  # nickname for
        ("津沽", "天津", "Tianjin"),  # another name for
        ("孔明", "诸葛亮", "Zhuge Liang"),  # courtesy name of
        ("清太祖", "努尔哈赤", "Nurhaci"),  # posthumous title of
        ("元太祖", "成吉思汗", "Genghis Khan"),
        ("老聃", "老子", "Laozi"),
        ("王母", "西王母", "Xi Wangmu"),
    ],
)
def test_another_name_is_a_chinese_form_of_the_entry_it_names(other: str, zh: str, en: str) -> None:
    entry = ENTRIES[other]
    # The other name is a form of that entry, which it never heads (孔明 and 清太祖 are counted more than 诸葛亮 and
    # 努尔哈赤 in jieba's counts), and the note says whose name it is.
    assert (entry.zh, entry.en) == (zh, en)
    assert other in entry.zh_aliases
    assert f"{other}: " in (entry.note or "")


def test_an_old_name_is_an_entry_of_its_own_that_refers_to_the_entry_it_names() -> None:
    """汴州 "old name of Kaifeng 开封" (folded into 开封 until the forty-fifth session, the review's R44-4): a name the
    city bore, glossed as that name, its English the headword's pinyin (CC-CEDICT gives none: the note says so)."""
    old, today = ENTRIES["汴州"], ENTRIES["开封"]
    assert (old.zh, old.en, old.refers_to) == ("汴州", "Bianzhou", today.id)
    assert "汴州" not in today.zh_aliases
    assert "romanized from the pinyin" in (old.note or "")


def test_annotate_glosses_the_other_name_as_the_thing() -> None:
    annotator = Annotator(list(load_cedict(io.StringIO(REAL), proper_only=True)))
    glossed = {m.surface: m.entry.en for m in annotator.mentions("蓉城的火锅和孔明的故事，津沽的夜景。")}
    assert glossed == {"蓉城": "Chengdu", "孔明": "Zhuge Liang", "津沽": "Tianjin"}


def test_a_line_naming_its_own_thing_keeps_the_pointer_in_its_note() -> None:
    # 卧龙 names the Wolong reserve and district too: not folded into 诸葛亮, and its note still says whose nickname
    # it is.
    entry = ENTRIES["卧龙"]
    assert entry.zh == "卧龙"
    assert entry.en.startswith("Wolong")
    assert "nickname of Zhuge Liang 诸葛亮" in (entry.note or "")
    assert "卧龙" not in ENTRIES["诸葛亮"].zh_aliases


def test_a_word_that_is_also_a_nickname_stays_the_word() -> None:
    # 老佛爷's first sense is a title of respect, a common word: it is no writing of Cixi, and no name.
    assert "老佛爷" not in ENTRIES
    assert "老佛爷" not in ENTRIES["慈禧太后"].zh_aliases
    full = {entry.zh: entry for entry in load_cedict(io.StringIO(REAL))}
    assert full["老佛爷"].type == "term"
    # A full import reads 王母 "paternal grandmother" too: the word keeps its entry, with that rendering.
    assert full["王母"].type == "term"
    assert "paternal grandmother" in (full["王母"].en, *full["王母"].aliases)
    assert "王母" not in full["西王母"].zh_aliases


def test_a_persons_other_name_is_no_form_of_a_surname() -> None:
    # 川普 is the surname Trump (Taiwan's), no person: the nickname of the president is no writing of it.
    assert "川建国" not in ENTRIES
    assert ENTRIES["川普"].zh_aliases == ()


# The tester's s33 note on 98fed37: a fold that finds no fitting entry leaves the line as it was. (CC-CEDICT's
# order: 孙中山 folds into 孙逸仙's entry before 孙文 is read.)
MORE = (
    "孫中山 孙中山 [Sun1 Zhong1 shan1] /Dr Sun Yat-sen (1866-1925), first president of the Republic of China and"
    " co-founder of the Guomintang 國民黨|国民党/same as 孫逸仙|孙逸仙/\n"
    "孫文 孙文 [Sun1 Wen2] /the original name of 孫中山|孙中山[Sun1 Zhong1 shan1], Dr Sun Yat-sen (1866-1925), first"
    " president of the Republic of China and co-founder of the Guomintang 國民黨|国民党[Guo2 min2 dang3]/\n"
    "孫逸仙 孙逸仙 [Sun1 Yi4 xian1] /Dr Sun Yat-sen (1866-1925), first president of the Republic of China and"
    " co-founder of the Kuomintang/same as 孫中山|孙中山/\n"
    "咸豐 咸丰 [Xian2 feng1] /reign name of Qing emperor (1850-1861)/Xianfeng county in Enshi Tujia and Miao autonomous"
    " prefecture 恩施土家族苗族自治州[En1 shi1 Tu3 jia1 zu2 Miao2 zu2 zi4 zhi4 zhou1], Hubei/\n"
    "奕詝 奕詝 [Yi4 zhu3] /given name of Qing Emperor Xianfeng 咸豐|咸丰/\n"
)


@pytest.mark.parametrize("proper_only", [True, False])
def test_the_other_name_of_a_folded_entry_is_its_form(proper_only: bool) -> None:
    # 孙中山 is a form of 孙逸仙's entry (or the other way): 孙文 is a form of whichever heads, never lost.
    entries = list(load_cedict(io.StringIO(MORE), proper_only=proper_only))
    sun = next(e for e in entries if "孙中山" in (e.zh, *e.zh_aliases))
    assert "孙文" in (sun.zh, *sun.zh_aliases)


def test_a_persons_other_name_is_no_form_of_a_place_nor_lost() -> None:
    # 咸丰's entry is the county (its reign has no person's entry): 奕詝 is none of its forms; a full import keeps the
    # line as the term it was, as it keeps 川建国 (a nickname whose target is a surname's entry).
    names = {e.zh: e for e in load_cedict(io.StringIO(MORE), proper_only=True)}
    assert "奕詝" not in names["咸丰"].zh_aliases
    assert "奕詝" not in names
    full = {e.zh: e for e in load_cedict(io.StringIO(MORE + REAL))}
    assert full["奕詝"].type == "term"
    assert full["川建国"].type == "term"
    assert "川建国" not in full["川普"].zh_aliases
