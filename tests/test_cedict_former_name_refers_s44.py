"""CC-CEDICT import: a former name is an entry of its own that refers to what it names (the review's R43-8).

Since the forty-third session a line naming only another thing's former name folded into that thing: 斯大林格勒
"Stalingrad, former name of Volvograd 伏尔加格勒 (1925-1961)" became a Chinese form of Volgograd's entry, so `annotate`
glossed 1942's 斯大林格勒 "Volgograd", and `check` passed "Volgograd" silently and called "Stalingrad" a variant. Now
the former name keeps its own English, takes the type of the thing's entry, keeps the line's words as its note and
refers to that entry (`refers_to`, the model's tie of a nickname to whom it names): `check` accepts "Stalingrad" for it
and calls "Volgograd" a variant, "a former name of 伏尔加格勒". A thing named in English only (锡兰 "Ceylon (former
name of Sri Lanka)") is the one entry of two characters or more with that English, where there is exactly one; "old
name", "historical name" and "ancient name" say the same (江户 "Edo (old name of Tokyo)", 打狗 "Takow, Takao or Takau,
old name for Kaohsiung 高雄"). Over the whole of CC-CEDICT (--proper-only): 23 lines refer to their thing's entry (the
report, /work/tools/s44/reports/imp.md, lists them).

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.cedict_fixtures import rows_by_zh
from zhgloss.forms import says_former_name

CEYLON = (
    "錫蘭 锡兰 [Xi1 lan2] /Ceylon (former name of Sri Lanka)/",
    "斯里蘭卡 斯里兰卡 [Si1 li3 lan2 ka3] /Sri Lanka/(formerly) Ceylon/",
)
EDO = (
    "江戶 江户 [Jiang1 hu4] /Edo (old name of Tokyo)/",
    "東京 东京 [Dong1 jing1] /Tokyo, capital of Japan/Tonkin (northern Vietnam during the French colonial period)/",
)
ABYSSINIA = (
    "阿比西尼亞 阿比西尼亚 [A1 bi3 xi1 ni2 ya4] /Abyssinia, historical name of Ethiopia/",
    "埃塞俄比亞 埃塞俄比亚 [Ai1 sai1 e2 bi3 ya4] /Ethiopia/",
)
TAKOW = (
    "打狗 打狗 [Da3 gou3] /Takow, Takao or Takau, old name for Kaohsiung 高雄[Gao1 xiong2] in the southwest of Taiwan/",
    "高雄 高雄 [Gao1 xiong2] /Kaohsiung or Gaoxiong city in south Taiwan/",
)
YANJING = (
    "燕京 燕京 [Yan1 jing1] /Yanjing, an old name for Beijing/capital of Yan at different periods/",
    "北京 北京 [Bei3 jing1] /Beijing, capital of People's Republic of China/Peking/PRC government/",
    "京 京 [Jing1] /abbr. for Beijing/surname Jing/Jing ethnic minority/",
)


@pytest.mark.parametrize(
    ("lines", "old", "new", "en", "kind"),
    [
        (CEYLON, "锡兰", "斯里兰卡", "Ceylon", "place"),
        (EDO, "江户", "东京", "Edo", "place"),
        (ABYSSINIA, "阿比西尼亚", "埃塞俄比亚", "Abyssinia", "place"),
        (TAKOW, "打狗", "高雄", "Takow", "place"),
        (YANJING, "燕京", "北京", "Yanjing", "place"),
    ],
)
@pytest.mark.parametrize("proper_only", [True, False])
def test_a_former_name_refers_to_the_entry_of_what_it_names(
    lines: tuple[str, ...], old: str, new: str, en: str, kind: str, proper_only: bool
) -> None:
    rows = rows_by_zh(*lines, proper_only=proper_only)
    assert (rows[old]["en"], rows[old]["type"], rows[old]["refers_to"]) == (en, kind, rows[new]["id"])
    assert says_former_name(rows[old]["note"])
    assert old not in rows[new]["zh_aliases"]


def test_takow_was_an_untyped_name_and_is_the_place_kaohsiung_is() -> None:
    """打狗's line says no kind; the type is the thing's (the base read it `name`)."""
    rows = rows_by_zh(*TAKOW)
    assert rows["打狗"]["aliases"] == ["Takao", "Takau"]
    assert rows["高雄"]["type"] == rows["打狗"]["type"] == "place"


def test_the_modern_line_saying_formerly_keeps_the_alias() -> None:
    """斯里兰卡 "Sri Lanka/(formerly) Ceylon/" names Ceylon itself: an alias there, as the issue asks."""
    assert "Ceylon" in rows_by_zh(*CEYLON)["斯里兰卡"]["aliases"]


def test_an_english_name_several_entries_bear_refers_to_none() -> None:
    """Two entries (of two characters or more) whose English is the thing's: neither is taken."""
    rows = rows_by_zh(
        "甲乙 甲乙 [Jia3 yi3] /Jiayi (old name of Bingding)/",
        "丙丁 丙丁 [Bing3 ding1] /Bingding county in Hebei/",
        "丙丁山 丙丁山 [Bing3 ding1 shan1] /Bingding (mountain in Hebei)/",
    )
    assert rows["甲乙"]["refers_to"] is None
    assert rows["甲乙"]["en"] == "Jiayi"


def test_a_former_name_whose_thing_is_not_imported_stays_as_read() -> None:
    row = rows_by_zh(CEYLON[0])["锡兰"]
    assert (row["en"], row["type"], row["refers_to"]) == ("Ceylon", "place", None)


def test_a_line_saying_more_before_the_old_name_is_no_former_name() -> None:
    """ ", capital of Yan, old name of Beijing": the line's thing is described first; nothing refers."""
    rows = rows_by_zh(
        "燕京 燕京 [Yan1 jing1] /Yanjing, capital of Yan, old name of Beijing/",
        "北京 北京 [Bei3 jing1] /Beijing, capital of People's Republic of China/",
    )
    assert rows["燕京"]["refers_to"] is None


_WORDS = st.sampled_from(["former name of", "old name for", "historical name of", "ancient name of", "old name of"])
_UNITS = st.sampled_from(["", " county", " city", " district"])


@given(_WORDS, _UNITS, st.booleans(), st.booleans())
def test_any_former_name_wording_refers_to_the_thing(words: str, unit: str, written: bool, bracket: bool) -> None:
    """The thing written with its characters or in English only, the line's name bracketed or before a comma."""
    thing = f"Bingding{unit}" + (" 丙丁[Bing3 ding1]" if written else "")
    gloss = f"Jiayi ({words} {thing})" if bracket else f"Jiayi, {words} {thing}, Hebei"
    rows = rows_by_zh(f"甲乙 甲乙 [Jia3 yi3] /{gloss}/", "丙丁 丙丁 [Bing3 ding1] /Bingding county in Hebei/")
    assert rows["甲乙"]["en"] == "Jiayi"
    assert rows["甲乙"]["refers_to"] == rows["丙丁"]["id"]
    assert rows["甲乙"]["type"] == rows["丙丁"]["type"] == "place"
    assert "Jiayi" not in rows["丙丁"]["aliases"]


@pytest.mark.parametrize(
    ("note", "says"),
    [
        ("Stalingrad, former name of Volvograd 伏尔加格勒 (1925-1961)", True),
        ("Edo (old name of Tokyo)", True),
        ("Historical name for Portugal during the Qing dynasty", True),
        ("Volgograd, Russian city on the Volga River", False),
        ("nickname of Lei Jun", False),
        (None, False),
    ],
)
def test_says_former_name(note: str | None, says: bool) -> None:
    assert says_former_name(note) is says


# The review's inputs (R43-8), through the installed CLI on the whole --proper-only import.
HISTORY = "1942年，德军进攻斯大林格勒。大庸市改名为张家界市。"


def _run(exe: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], capture_output=True, text=True, check=False)


def test_annotate_glosses_a_former_name_by_its_own_english(zhgloss_exe: str, cedict_names_db: Path) -> None:
    done = subprocess.run(
        [zhgloss_exe, "--db", str(cedict_names_db), "annotate", "-"],
        input=HISTORY + "\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "斯大林格勒（Stalingrad）" in done.stdout
    assert "大庸（Dayong）" in done.stdout
    assert "张家界市（Zhangjiajie）" in done.stdout


@pytest.mark.parametrize(
    ("english", "problems"),
    [
        ("In 1942 the Germans attacked Stalingrad.", []),
        (
            "In 1942 the Germans attacked Volgograd.",
            [
                'variant 斯大林格勒: found "Volgograd", expected "Stalingrad" '
                "(斯大林格勒 is a former name of 伏尔加格勒)"
            ],
        ),
    ],
)
def test_check_takes_the_former_name_and_calls_the_modern_one_a_variant(
    zhgloss_exe: str, cedict_names_db: Path, tmp_path: Path, english: str, problems: list[str]
) -> None:
    source, target = tmp_path / "zh.txt", tmp_path / "en.txt"
    source.write_text("1942年，德军进攻斯大林格勒。\n", encoding="utf-8")
    target.write_text(english + "\n", encoding="utf-8")
    done = _run(zhgloss_exe, "--db", str(cedict_names_db), "check", str(source), str(target))
    assert done.returncode == 0, done.stderr
    assert [line.partition(": ")[2] for line in done.stdout.splitlines()] == problems


def _looked_up(exe: str, db: Path, query: str) -> dict:
    done = _run(exe, "--db", str(db), "lookup", query, "--json")
    assert done.returncode == 0, done.stderr
    ((answer,),) = [json.loads(done.stdout)]
    return answer["matches"][0]["entry"]


def test_lookup_of_a_former_name_gives_its_own_entry_referring_to_today_s(
    zhgloss_exe: str, cedict_names_db: Path
) -> None:
    # (Not 汉城 since the forty-fifth session: 首尔's line says only its Chinese name replaced 汉城, a Chinese alias.)
    stalingrad = _looked_up(zhgloss_exe, cedict_names_db, "斯大林格勒")
    assert (stalingrad["en"], stalingrad["type"]) == ("Stalingrad", "place")
    assert stalingrad["refers_to"] == _looked_up(zhgloss_exe, cedict_names_db, "伏尔加格勒")["id"]
