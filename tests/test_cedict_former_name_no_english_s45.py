"""CC-CEDICT import: a former Chinese name whose line gives no English is an entry of its own (the review's R44-4).

The forty-fourth session made a line naming another thing's former name with English of its own (斯大林格勒
"Stalingrad, former name of Volvograd 伏尔加格勒") an entry that refers to the thing's. A line giving no English
(奉天 "old name for Shenyang 沈阳 in modern Liaoning province", 汴梁 "old name of Kaifeng 开封") still folded into the
thing as a Chinese alias, so `annotate` glossed 1931's 奉天 "Shenyang" and `check` took "Mukden" for a variant of
Shenyang. Now such a line of a Chinese name is an entry of its own of the thing's type, `refers_to` the thing, the line
in its note; its English is the name the thing's own line gives those characters (沈阳 "old names include Fengtian
奉天, Shengjing 盛京 and Mukden": Fengtian, with "Mukden", which the list writes with no characters of its own),
else the headword's Hanyu Pinyin without tones (汴州 Bianzhou), which the note says CC-CEDICT does not give.

A name whose change was of the Chinese writing only is no former name in English: 首尔 "Chinese name adopted in 2005 to
replace 汉城" (the city was Seoul in English before 2005: 1988年汉城奥运会 is the Seoul Olympics), 大坂 "old name for
Ōsaka 大阪 (city in Japan)", 唝吥 "old name for the town of Kampot in Cambodia, now written 贡布", 榜葛剌 "old Chinese
name for Bengal, now written 孟加拉": the old characters are a Chinese form of the thing's entry.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.cedict_fixtures import checked_problems, rows_by_zh
from zhgloss.forms import says_former_name

SHENYANG = (
    "奉天 奉天 [Feng4 tian1] /old name for Shenyang 瀋陽|沈阳 in modern Liaoning province/",
    "瀋陽 沈阳 [Shen3 yang2] /Shenyang subprovincial city and capital of Liaoning province 遼寧省|辽宁省 in northeast "
    "China/old names include Fengtian 奉天, Shengjing 盛京 and Mukden/",
    "盛京 盛京 [Sheng4 jing1] /historical name of Shenyang 瀋陽|沈阳 in modern Liaoning province/",
)
KAIFENG = (
    "開封 开封 [Kai1 feng1] /Kaifeng prefecture-level city in Henan, old capital of Northern Song, former provincial "
    "capital of Henan/old name Bianliang 汴梁/",
    "汴州 汴州 [Bian4 zhou1] /old name of Kaifeng 開封|开封[Kai1 feng1]/",
    "汴梁 汴梁 [Bian4 liang2] /old name of Kaifeng 開封|开封[Kai1 feng1]/",
)
NANJING = (
    "建康 建康 [Jian4 kang1] /old name for Nanjing 南京, esp. during Southern dynasties/",
    "南京 南京 [Nan2 jing1] /Nanjing subprovincial city on the Changjiang, capital of Jiangsu province "
    "江蘇|江苏/capital of China at different historical periods/",
)
HAINAN = (
    "崖州 崖州 [Ya2 Zhou1] /ancient name for Hainan Island 海南島|海南岛[Hai3 nan2 Dao3]/",
    "海南島 海南岛 [Hai3 nan2 Dao3] /Hainan Island in South China Sea/",
)
SEOUL = (
    "漢城 汉城 [Han4 cheng2] /Hanseong, former name of Seoul (capital of South Korea), replaced in 2005 with "
    "首爾|首尔[Shou3 er3]/",
    "首爾 首尔 [Shou3 er3] /Seoul, capital of South Korea (Chinese name adopted in 2005 to replace "
    "漢城|汉城[Han4 cheng2])/",
)
OSAKA = (
    "大坂 大坂 [Da4 ban3] /old name for Ōsaka 大阪 (city in Japan), changed in the beginning of the Meiji 明治 Era "
    'because 坂 could, if the radicals were read separately, be interpreted as "(will) return to soil"/',
    "大阪 大阪 [Da4 ban3] /Ōsaka, a city and prefecture in Japan/",
)
KAMPOT = (
    "嗊吥 唝吥 [Gong4 bu4] /old name for the town of Kampot in Cambodia, now written 貢布|贡布[Gong4 bu4]/",
    "貢布 贡布 [Gong4 bu4] /Kampot, town in Cambodia, capital of Kampot Province/",
)
BENGAL = (
    "榜葛剌 榜葛剌 [Bang3 ge2 la4] /old Chinese name for Bengal, now written 孟加拉[Meng4 jia1 la1]/",
    "孟加拉 孟加拉 [Meng4 jia1 la1] /Bengal/Bangladesh/",
)
LONDON = (
    "囒噸 囒吨 [Lan2 dun1] /old form of London, capital of United Kingdom/now written 倫敦|伦敦/",
    "倫敦 伦敦 [Lun2 dun1] /London, capital of United Kingdom/",
)
HORMUZ = (
    "忽魯謨斯 忽鲁谟斯 [Hu1 lu3 mo2 si1] /old Chinese name for Hormuz/now called 霍爾木茲|霍尔木兹/",
    "霍爾木茲 霍尔木兹 [Huo4 er3 mu4 zi1] /Hormuz, Iran, at the mouth of the Persian Gulf/",
)


@pytest.mark.parametrize("proper_only", [True, False])
@pytest.mark.parametrize(
    ("lines", "old", "today", "en", "aliases", "given"),
    [
        (SHENYANG, "奉天", "沈阳", "Fengtian", ["Mukden"], True),
        (SHENYANG, "盛京", "沈阳", "Shengjing", ["Mukden"], True),
        (KAIFENG, "汴梁", "开封", "Bianliang", [], True),
        (KAIFENG, "汴州", "开封", "Bianzhou", [], False),
        (NANJING, "建康", "南京", "Jiankang", [], False),
        (HAINAN, "崖州", "海南岛", "Yazhou", [], False),
    ],
)
def test_a_former_chinese_name_with_no_english_refers_to_the_thing(
    lines: tuple[str, ...], old: str, today: str, en: str, aliases: list[str], given: bool, proper_only: bool
) -> None:
    rows = rows_by_zh(*lines, proper_only=proper_only)
    row, thing = rows[old], rows[today]
    assert (row["en"], row["aliases"], row["type"], row["refers_to"]) == (en, aliases, thing["type"], thing["id"])
    assert old not in thing["zh_aliases"]
    # The line's words say whose former name it is (`check` reads it), and where the English comes from.
    assert says_former_name(row["note"])
    assert ("romanized from the pinyin" in row["note"]) is not given
    assert row["en_adopted"] is False  # (the headword's own reading)


def test_the_thing_keeps_the_old_names_its_own_line_gives() -> None:
    rows = rows_by_zh(*SHENYANG)
    assert rows["沈阳"]["aliases"] == ["Fengtian", "Shengjing", "Mukden"]
    assert "Bianliang" in rows_by_zh(*KAIFENG)["开封"]["aliases"]


@pytest.mark.parametrize("proper_only", [True, False])
@pytest.mark.parametrize(
    ("lines", "old", "today", "en"),
    [
        (SEOUL, "汉城", "首尔", "Seoul"),
        (OSAKA, "大坂", "大阪", "Ōsaka"),
        (KAMPOT, "唝吥", "贡布", "Kampot"),
        (BENGAL, "榜葛剌", "孟加拉", "Bengal"),
        (LONDON, "囒吨", "伦敦", "London"),
        (HORMUZ, "忽鲁谟斯", "霍尔木兹", "Hormuz"),
    ],
)
def test_a_name_changed_in_chinese_only_is_a_chinese_form_of_the_thing(
    lines: tuple[str, ...], old: str, today: str, en: str, proper_only: bool
) -> None:
    """(Before: 汉城 an entry "Hanseong" referring to 首尔; 大坂, 唝吥, 榜葛剌, 囒吨 and 忽鲁谟斯 no entry of
    --proper-only and, in a full import, terms whose English was the whole gloss, "old name for Ōsaka 大阪 ...".)"""
    rows = rows_by_zh(*lines, proper_only=proper_only)
    assert list(rows) == [today]
    assert rows[today]["en"] == en
    assert old in rows[today]["zh_aliases"]
    assert f"{old}: " in rows[today]["note"]


def test_a_former_name_of_a_place_abroad_with_no_english_is_no_pinyin() -> None:
    """大坂 is read Ōsaka, not "Daban": a name of a place abroad is never given an English from the pinyin."""
    assert all(row["en"] != "Daban" for row in rows_by_zh(*OSAKA).values())


_SYLLABLES = st.sampled_from(["Jia3", "Yi3", "Bing3", "Ding1", "Wu4", "Geng1", "Xin1", "Ren2", "Gui3", "An1", "E2"])
_POINTERS = st.sampled_from(["old name for", "old name of", "former name of", "historical name of", "ancient name for"])


@given(st.lists(_SYLLABLES, min_size=2, max_size=3), _POINTERS, st.booleans())
def test_any_former_chinese_name_is_its_pinyin_and_refers(syllables: list[str], pointer: str, abroad: bool) -> None:
    """A two- or three-character headword's pinyin written as one word (GB/T 16159: an apostrophe before a, o, e) is
    its English; a place abroad (the line writes a country other than China) folds into the thing instead."""
    chars = "甲乙丙"[: len(syllables)]
    where = "Japan" if abroad else "Hebei"
    old = f"{chars} {chars} [{' '.join(syllables)}] /{pointer} Xingtai 邢台[Xing2 tai2] in {where}/"
    rows = rows_by_zh(old, f"邢台 邢台 [Xing2 tai2] /Xingtai prefecture-level city in {where}/")
    if abroad:
        assert chars not in rows and chars in rows["邢台"]["zh_aliases"]
        return
    plain = [s[:-1].lower() for s in syllables]
    en = "".join(p if not i or p[0] not in "aoe" else f"'{p}" for i, p in enumerate(plain)).capitalize()
    assert (rows[chars]["en"], rows[chars]["refers_to"], rows[chars]["type"]) == (en, rows["邢台"]["id"], "place")
    assert chars not in rows["邢台"]["zh_aliases"]


def _run(exe: str, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], input=stdin, capture_output=True, text=True, check=False)


def test_annotate_glosses_the_old_names_as_the_past_wrote_them(zhgloss_exe: str, cedict_names_db: Path) -> None:
    text = "1931年，日军占领奉天。\n北宋定都汴梁。\n1988年汉城奥运会\n大庸市改名为张家界市。\n日本的大坂。\n"
    done = _run(zhgloss_exe, "--db", str(cedict_names_db), "annotate", "-", stdin=text)
    assert done.returncode == 0, done.stderr
    for glossed in (
        "奉天（Fengtian）",
        "汴梁（Bianliang）",
        "汉城（Seoul）",
        "大庸（Dayong）",
        "张家界市（Zhangjiajie）",
    ):
        assert glossed in done.stdout
    assert "大坂（Ōsaka）" in done.stdout


@pytest.mark.parametrize(
    ("source", "english", "problems"),
    [
        ("1931年，日军占领奉天。", "In 1931 the Japanese army occupied Fengtian.", []),
        # (an alias of the entry: a variant, as every alias is; no longer Shenyang's)
        (
            "1931年，日军占领奉天。",
            "In 1931 the Japanese army occupied Mukden.",
            ['variant 奉天: found "Mukden", expected "Fengtian"'],
        ),
        (
            "1931年，日军占领奉天。",
            "In 1931 the Japanese army occupied Shenyang.",
            ['variant 奉天: found "Shenyang", expected "Fengtian" (奉天 is a former name of 沈阳)'],
        ),
        ("1988年汉城奥运会", "the 1988 Seoul Olympic Games", []),
    ],
)
def test_check_takes_the_old_name_and_calls_today_s_a_variant(
    zhgloss_exe: str, cedict_names_db: Path, tmp_path: Path, source: str, english: str, problems: list[str]
) -> None:
    assert checked_problems(zhgloss_exe, cedict_names_db, tmp_path, source, english) == problems
