"""U50 (twenty-fifth session's user, issue 9 item 5): in Chinese-first copy, "ZH（EN）", harvest cut
well-known names: 希特勒（Adolf Hitler） gave 特勒, 爱因斯坦 斯坦, 埃尔帕索 尔帕索. A name starts on a word of the
sentence or at the clause's start, never on a syllable of its own (`harvest._name_start_in_prose`).

Every expected Chinese form is a CC-CEDICT headword (cedict_ts.u8, 2020-12-21), the line quoted beside it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.harvest import find_pairs, harvest


def _name(line: str) -> str | None:
    pairs = [p for p in find_pairs(line) if p.kind == "name"]
    return pairs[0].zh if pairs else None


# The user's lines (U50), then lines of the same kind of my own; the CC-CEDICT line of each name.
@pytest.mark.parametrize(
    ("line", "zh"),
    [
        ("希特勒（Adolf Hitler）表示。", "希特勒"),  # 希特勒 /Adolf Hitler (1889-1945)/
        (
            "物理学家爱因斯坦（Albert Einstein）表示。",
            "爱因斯坦",
        ),  # 愛因斯坦 /Albert Einstein (1879-1955), ...
        ("夫人宋美龄（Soong Mei-ling）表示。", "宋美龄"),  # 宋美齡 宋美龄 /Soong Mei-ling (1898-2003), ...
        ("埃尔帕索（El Paso）位于美国南部。", "埃尔帕索"),  # 埃爾帕索 埃尔帕索 /El Paso (Texas)/
        ("美国国务卿基辛格（Henry Kissinger）访华。", "基辛格"),  # 基辛格 /Henry Kissinger (1923-), ...
        ("亲王惠特曼（Whitman）表示。", "惠特曼"),  # 惠特曼 /Whitman (surname)/
        ("成吉思汗（Genghis Khan）表示。", "成吉思汗"),  # 成吉思汗 /Genghis Khan (1162-1227), ...
        ("勃列日涅夫（Leonid Brezhnev）表示。", "勃列日涅夫"),  # 勃列日涅夫 /Leonid Brezhnev (1906-1982), ...
        ("希拉里（Hillary）表示。", "希拉里"),  # 希拉里 /Hillary (name)/
        ("李卜克内西（Wilhelm Liebknecht）表示。", "李卜克内西"),  # 李卜克內西 /Wilhelm Liebknecht (1826-1900), ...
        ("乔治·布尔（George Boole）表示。", "乔治·布尔"),  # 喬治·布爾 /George Boole (1815-1864), ...
        (
            "大卫·米利班德（David Miliband）表示。",
            "大卫·米利班德",
        ),  # 大衛·米利班德 /David Miliband (1965-), ...
        ("鸠山由纪夫（Hatoyama Yukio）表示。", "鸠山由纪夫"),  # 鳩山由紀夫 /Hatoyama Yukio (1947-), ...
        ("张惠妹（A-Mei）表示。", "张惠妹"),  # 張惠妹 /A-Mei, aka Gulilai Amit (1972-), ...
        ("兴都库什（Hindu Kush）位于北部。", "兴都库什"),  # 興都庫什 /the Hindu Kush (mountain range)/
        ("的黎波里（Tripoli）位于北部。", "的黎波里"),  # 的黎波里 /Tripoli, capital of Libya/
        ("亚的斯亚贝巴（Addis Ababa）位于北部。", "亚的斯亚贝巴"),  # 亞的斯亞貝巴 /Addis Ababa, capital of Ethiopia/
        ("美属萨摩亚（American Samoa）位于南部。", "美属萨摩亚"),  # 美屬薩摩亞 /American Samoa/
        ("新喀里多尼亚（New Caledonia）位于南部。", "新喀里多尼亚"),  # 新喀里多尼亞 /New Caledonia/
        ("北安普敦（Northampton）位于南部。", "北安普敦"),  # 北安普敦 /Northampton, town in central England, ...
    ],
)
def test_a_name_at_a_clause_start_or_after_prose_is_read_whole(line: str, zh: str) -> None:
    assert _name(line) == zh


# The words of the sentence before a name stay out of it, one character or more.
@pytest.mark.parametrize(
    ("line", "zh"),
    [
        ("会见卓别林（Charlie Chaplin）。", "卓别林"),
        ("意大利物理学家伽利略（Galileo Galilei）。", "伽利略"),
        ("他请布林肯（Blinken）访华。", "布林肯"),
        ("一行人到拉斯维加斯（Las Vegas）。", "拉斯维加斯"),
        ("会见方文山（Vincent Fang）。", "方文山"),  # 会见|方文山, not 会|见方|文山
        ("来自费卢杰（Fallujah）。", "费卢杰"),  # 来自|费卢杰, not 来|自费|卢杰
        ("美国商务部长雷蒙多（Gina Raimondo）访华。", "雷蒙多"),  # a title jieba cuts apart (商务部|长)
        ("前特首林郑月娥（Carrie Lam）出席。", "林郑月娥"),
        ("WPS之父求伯君（Kau Pak-kwan）表示。", "求伯君"),  # three syllables, three characters
        ("韩国总统文在寅（Moon Jae-in）讲话。", "文在寅"),
        ("据路透社（Reuters）报道。", "路透社"),
        ("小米创始人雷军（Lei Jun）表示。", "雷军"),
    ],
)
def test_the_words_of_the_sentence_stay_out_of_the_name(line: str, zh: str) -> None:
    assert _name(line) == zh


# CC-CEDICT persons whose English is no pinyin (all cut before this change at a clause's start), and prose before them.
_PERSONS = [
    ("希特勒", "Adolf Hitler"),
    ("爱因斯坦", "Albert Einstein"),
    ("埃尔多安", "Erdogan"),  # 埃爾多安 /Erdogan (name)/Recep Tayyip Erdoğan (1954-), ...
    ("菲尔普斯", "Phelps"),  # 菲爾普斯 /Phelps (name)/Michael Phelps (1985-), ...
    ("道尔顿", "Dalton"),  # 道爾頓 /Dalton (name)/John Dalton (1766-1844), ...
    ("高尔察克", "Aleksandr Kolchak"),  # 高爾察克 /Aleksandr Kolchak (1874-1920), ...
    ("张伯伦", "Chamberlain"),  # 張伯倫 /Chamberlain (name)/...
]
_PROSE = ["", "会见", "物理学家", "美国国务卿", "据悉，", "他说，", "前总统"]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_PERSONS), st.sampled_from(_PROSE), st.sampled_from(["表示。", "访华。", "的著作"]))
def test_prose_before_a_name_never_changes_where_it_starts(person: tuple[str, str], prose: str, after: str) -> None:
    zh, en = person
    assert _name(f"{prose}{zh}（{en}）{after}") == zh


def test_the_english_first_line_is_the_same_entry_not_a_conflict() -> None:
    # U50: 特勒 took "Adolf Hitler", so "Adolf Hitler (希特勒)" became a conflict with it.
    proposals = harvest("希特勒（Adolf Hitler）表示。\nAdolf Hitler (希特勒) said.\n", [])
    assert [(p.zh, p.en, p.status, p.lines) for p in proposals] == [("希特勒", "Adolf Hitler", "new", (1, 2))]


def test_the_command_proposes_the_whole_names(tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path)}
    glossary = tmp_path / "g.json"
    subprocess.run([sys.executable, "-m", "zhgloss", "init", str(glossary)], env=env, capture_output=True, check=True)
    text = "希特勒（Adolf Hitler）表示。\n埃尔帕索（El Paso）位于南部。\n"
    result = subprocess.run(
        [sys.executable, "-m", "zhgloss", "harvest", "-", "--db", str(glossary)],
        input=text,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    names = [line.split("\t")[1].split(" ")[0] for line in result.stdout.splitlines() if line.startswith("new\t")]
    assert names == ["希特勒", "埃尔帕索"]


# A name written with accents is no pinyin (U50's scan: the pair was dropped): pinyin marks every syllable, with its
# four tone marks only. English as the CC-CEDICT import writes each (cedict_ts.u8, 2020-12-21).
@pytest.mark.parametrize(
    ("line", "zh", "en"),
    [
        ("雅温得（Yaoundé）位于中部。", "雅温得", "Yaoundé"),  # read as ya-ou-n-dé
        ("马拉加（Málaga）位于南部。", "马拉加", "Málaga"),
        ("莫里哀（Molière）表示。", "莫里哀", "Molière"),
        ("努美阿（Nouméa）位于南部。", "努美阿", "Nouméa"),
        ("马累（Malé）位于南部。", "马累", "Malé"),
        ("亚松森（Asunción）位于南部。", "亚松森", "Asunción"),
        ("阮晋勇（Nguyễn Tấn Dũng）表示。", "阮晋勇", "Nguyễn Tấn Dũng"),  # Vietnamese tone marks
        ("罗兹（Łódź）位于中部。", "罗兹", "Łódź"),
        ("大阪（Ōsaka）位于西部。", "大阪", "Ōsaka"),
    ],
)
def test_a_name_with_accents_is_no_pinyin(line: str, zh: str, en: str) -> None:
    assert [(p.zh, p.en) for p in find_pairs(line)] == [(zh, en)]


@pytest.mark.parametrize("line", ["习近平（Xí Jìnpíng）表示。", "雷军（Léi Jūn）表示。", "西安（Xī'ān）位于西部。"])
def test_pinyin_in_the_bracket_is_still_a_pronunciation(line: str) -> None:
    assert find_pairs(line) == []


# A name the English joins with "and" writes 和 or 与 between its parts; a conjunction between two names is no
# part of either, nor a preposition between a name and a place (13da334 read 特朗普和普京 as one name).
@pytest.mark.parametrize(
    ("line", "zh"),
    [
        (
            "圣基茨和尼维斯（Saint Kitts and Nevis）位于南部。",
            "圣基茨和尼维斯",
        ),  # 聖基茨和尼維斯 /Saint Kitts and Nevis/
        ("纽芬兰与拉布拉多（Newfoundland and Labrador）位于东部。", "纽芬兰与拉布拉多"),
        ("他会见了特朗普和普京（Vladimir Putin）。", "普京"),
        ("泽连斯基在基辅（Kyiv）表示。", "基辅"),
        ("特朗普于华盛顿（Washington）表示。", "华盛顿"),
        ("他说特朗普是普京（Putin）的朋友。", "普京"),
    ],
)
def test_a_conjunction_joins_a_name_only_where_the_english_does(line: str, zh: str) -> None:
    assert _name(line) == zh


# A clause may open with 与, 和, 于 or 是, and a determiner is a word of the sentence: neither is the name's.
@pytest.mark.parametrize(
    ("line", "zh"),
    [
        ("与普京（Vladimir Putin）会谈后，他表示。", "普京"),
        ("是福克（Fock）决定的。", "福克"),
        ("该勃列日涅夫（Leonid Brezhnev）传记出版。", "勃列日涅夫"),
        ("两埃尔多安（Erdogan）支持者表示。", "埃尔多安"),
    ],
)
def test_a_clause_opening_word_is_no_part_of_the_name(line: str, zh: str) -> None:
    assert _name(line) == zh


# The prefix of a former, deputy or serving officer is the sentence's; a country's character that starts a place's
# name jieba's counts lack is the name's (日内瓦 Geneva, 中美洲 Central America).
@pytest.mark.parametrize(
    ("line", "zh"),
    [
        ("前勃列日涅夫（Leonid Brezhnev）顾问表示。", "勃列日涅夫"),
        ("副埃尔多安（Erdogan）表示。", "埃尔多安"),
        ("日内瓦（Geneva）位于西部。", "日内瓦"),  # 日內瓦 /Geneva, Switzerland/
        ("中美洲（Central America）位于南部。", "中美洲"),  # 中美洲 /Central America/
    ],
)
def test_an_office_prefix_is_the_sentences_a_country_character_may_be_the_names(line: str, zh: str) -> None:
    assert _name(line) == zh
