"""A Chinese or Korean person's hyphenated given name after the family name is written as English writes it: the
syllable after the hyphen in lower case (thirty-fifth session, the user's U35-14; issue 9 item 1, "an en that is the
name alone" as news writes it).

CC-CEDICT capitalises it, "Chen Shui-Bian", "Chow Yun-Fat", "Park Chung-Hee" (18 person forms of the --proper-only
import); Wikipedia, Reuters and AP write Chen Shui-bian, Chow Yun-fat, Park Chung-hee, and `zhgloss check` called
"Chen Shui-bian said." a variant. CC-CEDICT's form stays an alias. A name written given name first, as its bearer
writes it ("Kai-Fu Lee", "Chen-Ning Franklin Yang"), keeps its capitals, and so do a transliterated name (伯纳斯·李
"Tim Berners-Lee") and one word that is all the name ("Vanessa-Mae").
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cedict_fixtures import entries_by_form, imported_db

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
LINES = (
    "陳水扁 陈水扁 [Chen2 Shui3 bian3] /Chen Shui-Bian (1950-), Taiwanese DPP 民進黨|民进党 politician, president of"
    " the Republic of China 2000-2008/\n"
    "周潤發 周润发 [Zhou1 Run4 fa1] /Chow Yun-Fat (1955-), Hong Kong TV and film star/\n"
    "朴正熙 朴正熙 [Piao2 Zheng4 xi1] /Park Chung-Hee (1917-1979), South Korean military man and dictator, president"
    " 1963-1979, influential in developing Korean industry/\n"
    "李麗珊 李丽珊 [Li3 Li4 shan1] /Lee Lai-Shan (1970-), former windsurfing world champion from Hong Kong/\n"
    "李修賢 李修贤 [Li3 Xiu1 xian2] /Danny Lee Sau-Yin (1953-), Hong Kong actor and director/\n"
    '鄭裕玲 郑裕玲 [Zheng4 Yu4 ling2] /Carol "Dodo" Cheng Yu-Ling (1957-), Hong Kong actress and TV host/\n'
    "謝霆鋒 谢霆锋 [Xie4 Ting2 feng1] /Tse Ting-Fung or Nicholas Tse (1980-), Cantopop star/\n"
    "李開復 李开复 [Li3 Kai1 fu4] /Kai-Fu Lee (1961-), Taiwanese computer scientist and IT executive, founding director"
    " of Google China/\n"
    "楊振寧 杨振宁 [Yang2 Zhen4 ning4] /Chen-Ning Franklin Yang (1922-), theoretical physicist, co-developer of"
    " Yang-Mills gauge theory, Nobel laureate/\n"
    "伯納斯·李 伯纳斯·李 [Bo2 na4 si1 · Li3] /Sir Tim Berners-Lee (1955-), British computer scientist and co-creator of"
    " the World Wide Web/\n"
    "陳美 陈美 [Chen2 Mei3] /Vanessa-Mae (1978-), Singaporean-born British violinist and skier/\n"
)
ENTRIES = entries_by_form(LINES)


@pytest.mark.parametrize(
    ("zh", "en", "source_form"),
    [
        ("陈水扁", "Chen Shui-bian", "Chen Shui-Bian"),
        ("周润发", "Chow Yun-fat", "Chow Yun-Fat"),
        ("朴正熙", "Park Chung-hee", "Park Chung-Hee"),
        ("李丽珊", "Lee Lai-shan", "Lee Lai-Shan"),
        ("李修贤", "Danny Lee Sau-yin", "Danny Lee Sau-Yin"),
        ("郑裕玲", "Carol Cheng Yu-ling", "Carol Cheng Yu-Ling"),
        ("谢霆锋", "Tse Ting-fung", "Tse Ting-Fung"),
    ],
)
def test_the_given_name_after_the_family_name_is_written_as_english_does(zh: str, en: str, source_form: str) -> None:
    entry = ENTRIES[zh]
    assert entry.en == en
    assert source_form in entry.aliases


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("李开复", "Kai-Fu Lee"),
        ("杨振宁", "Chen-Ning Franklin Yang"),
        ("伯纳斯·李", "Tim Berners-Lee"),
        ("陈美", "Vanessa-Mae"),
    ],
)
def test_a_name_written_given_name_first_or_transliterated_keeps_its_capitals(zh: str, en: str) -> None:
    assert ENTRIES[zh].en == en


def test_check_passes_the_spelling_news_writes(tmp_path: Path) -> None:
    # The installed `zhgloss check` on a glossary the installed `zhgloss import` made of the lines above.
    db = imported_db(tmp_path, LINES)
    (tmp_path / "s.zh").write_text("陈水扁表示。\n周润发出席。\n", encoding="utf-8")
    (tmp_path / "t.en").write_text("Chen Shui-bian said.\nChow Yun-fat attended.\n", encoding="utf-8")
    done = subprocess.run(
        ["zhgloss", "check", str(tmp_path / "s.zh"), str(tmp_path / "t.en"), "--db", str(db)],
        capture_output=True,
        text=True,
    )
    assert "variant" not in done.stdout, done.stdout
    assert done.returncode == 0, done.stdout + done.stderr
