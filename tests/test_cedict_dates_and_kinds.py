"""CC-CEDICT import: a date or a description after a name is no part of its English, and dated things are no people.

The user test of the fourteenth session found 中秋节 "Mid-Autumn Festival on 15th of 8th", 吐蕃王朝 "Tibetan Tubo
Dynasty 7th-11th", 巴黎公社 "Paris Commune 1871" (typed place), 长江流域 "Changjiang" (the river for its basin),
三八大盖 (a rifle) and 张勋复辟 (an event) typed person (issue 9). Real lines (tests/data/cedict_dated_things.u8),
imported by the installed console script; the expected values are read from the lines by hand.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.formats.cedict import read_sense

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def imported(zhgloss_exe: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    db = tmp_path_factory.mktemp("cedict") / "g.json"
    source = DATA / "cedict_dated_things.u8"
    result = subprocess.run(
        [zhgloss_exe, "import", str(source), "--format", "cedict", "--proper-only", "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    exported = subprocess.run(
        [zhgloss_exe, "export", "--format", "jsonl", "--db", str(db)], capture_output=True, text=True, timeout=300
    )
    return {e["zh"]: e for e in map(json.loads, exported.stdout.splitlines())}


@pytest.mark.parametrize(
    ("zh", "en", "kind"),
    [
        # A date in words after the name: an ordinal, a day and a month.
        ("中秋节", "Mid-Autumn Festival", "event"),  # the Mid-Autumn Festival on 15th of 8th lunar month
        ("中元节", "Ghost Festival", "event"),  # Ghost Festival on 15th day of 7th lunar month when ...
        ("吐蕃王朝", "Tubo Dynasty", "event"),  # Tibetan Tubo Dynasty 7th-11th century AD
        ("西安事变", "Xi'an Incident", "event"),  # Xi'an Incident of 12th December 1936
        ("一二八事变", "Shanghai Incident", "event"),  # Shanghai Incident of 28th January 1932
        ("武昌起义", "Wuchang Uprising", "event"),  # Wuchang Uprising of October 10th, 1911
        ("六四事件", "Tiananmen Incident", "event"),  # Tiananmen Incident of June 4, 1989
        ("华北事变", "North China Incident", "event"),  # North China Incident of October-December 1935
        ("六日战争", "Six-Day War", "event"),  # Six-Day War of June 1967 between Israel and its neighbors
        # Years the name ends with.
        ("巴黎公社", "Paris Commune", "event"),  # Paris Commune 1871, an unsuccessful proletarian uprising ...
        ("本草纲目", "Compendium of Medical Herbs", "work"),  # ... 1596 by Li Shizhen
        ("赤壁之战", "Battle of Redcliff", "event"),  # Battle of Redcliff of 208
        ("秦始皇帝", "First Emperor", "person"),  # the First Emperor 259-210 BC
        # A thing dated by a year alone, or by when it was used, is no person.
        ("百日维新", "Hundred Days Reform", "event"),  # Hundred Days Reform (1898), failed attempt to reform ...
        ("张勋复辟", "Manchu Restoration", "event"),  # Manchu Restoration of 1917, an attempt by general 张勋 ...
        # (coll.) ... rifle (Japanese army rifle used 1905-1945): the kind word goes (s30, 2f52de9)
        ("三八大盖", "Arisaka Type 38", "name"),
        ("反渗透法", "Anti-infiltration Act", "name"),  # (Tw) ... Act (2020), which regulates ... hostile forces
        ("东仓里", "Dongchang-ni", "place"),  # North Korean missile launch site: a site, though a missile says none
        # The generic after "X or Y" is both spellings'.
        ("长江流域", "Changjiang River Basin", "place"),
        ("柴达木", "Tsaidam Basin", "place"),
        # (But not onto a reading that spells the generic's character already: "Shedao Island" says the island
        # twice; the name with its English generic is the English, s29: tests/test_cedict_doubled_generics_s29.py.)
        ("蛇岛", "Snake Island", "place"),
        # "Sanji or Changji Hui autonomous prefecture": the Hui are Changji's, and the prefecture's name is all of it
        # (s30: was "Sanji", now an alias).
        ("昌吉回族自治州", "Changji Hui Autonomous Prefecture", "place"),
        # Where a place lies, after "on", is no part of its name.
        ("巫山", "Mt Wu", "place"),  # Mt Wu on the Changjiang River (Yangtze) by the Three Gorges
        ("瓜达尔港", "Gwadar Port", "place"),  # Gwadar Port on Arabian Sea in Pakistani province of Baluchistan
        ("联合国海洋法公约", "United Nations Convention on the Law of the Sea", None),  # no place's own "on"
        ("罗斯托夫", "Rostov-on-Don", "place"),
        # A possessive before a title names the title.
        ("物种起源", "Charles Darwin's Origin of Species", "work"),  # Charles Darwin's "Origin of Species"
        ("理想国", "Plato's Republic", "work"),  # Plato's "The Republic" (c. 380 BC)
        ("三民主义", "Dr Sun Yat-sen's Three Principles of the People", None),
        # Numbers that are the name's own, and a ruler's reign, stay.
        ("七十七国集团", "Group of 77", "org"),
        ("美国51区", "Area 51", "place"),
        ("日经指数", "Nikkei 225", "name"),  # "stock market index" describes it
        ("零八宪章", "Charter 08", "name"),
        ("齐桓公", "Duke Huan of Qi", "person"),  # (reigned 685-643 BC)
        ("维多利亚女王", "Queen Victoria", "person"),  # 女王 writes the title (test_cedict_titles_s21.py)
        ("毛遂", "Mao Sui", "person"),  # Mao Sui (third century BC), who proverbially offered his services
        ("韩战", "Korean War", "event"),  # Korean War (1950-1953)
        # Found with `check` and `annotate` on the CC-CEDICT glossary (requests of the fifteenth session).
        ("清代", "Qing dynasty", "event"),  # the Ch'ing or Qing dynasty (1644-1911)
        ("元朝", "Yuan dynasty", "event"),  # Yuan or Mongol dynasty (1279-1368)
        ("慈禧太后", "Empress Dowager Cixi", "person"),  # "Empress Dowager" is the rank, no honorific before a name
        ("物联网", "Internet of things", None),  # Internet of things (IoT)
        ("天宫", "Temple in Heaven", "place"),  # a generic alone goes on with what it is in
        ("伯乐", "Bo Le", "person"),  # (horse connoisseur during Spring and Autumn Period): no period
        ("特利", "Terry", "person"),  # (name) Terry, as "Jack (name)"
        ("杰克", "Jack", "person"),
        ("郭台铭", "Terry Gou", "person"),  # Guo "Terry" Taiming (1950-), corrected with its source
        # Words after "in" are the name's own when its acronym spells them; else they say where it is.
        ("欧洲安全与合作组织", "Organization for Security and Cooperation in Europe", "org"),  # (OSCE)
        ("国际法庭", "International Court of Justice", "org"),  # International Court of Justice in The Hague
        # A list that ends with its group's name is the group; a bare list is the list.
        ("王杨卢骆", "Four Great Poets of the Early Tang", None),  # abbr. for Wang Bo 王勃, ..., the Four Great Poets
        ("马恩列斯", "Marx, Engels, Lenin and Stalin", None),
        # Numbers joined by a dash are a span of years when one has three or four digits or an era.
        ("世贸中心大楼", "World Trade Center", "name"),  # (the twin towers destroyed by the 9-11 terrorists)
        ("阿基米德", "Archimedes", "person"),  # Archimedes (c. 287-212 BC)
        ("胡夫", "Khufu", "person"),  # Khufu (pharaoh, reigned possibly 2590-2568 BC)
    ],
)
def test_the_english_is_the_name_alone_and_the_type_what_the_line_says(
    imported: dict[str, dict[str, object]], zh: str, en: str, kind: str | None
) -> None:
    entry = imported[zh]
    assert entry["en"] == en
    if kind is not None:
        assert entry["type"] == kind


@pytest.mark.parametrize(
    ("zh", "aliases"),
    [
        ("长江流域", ["Yangtze River Basin"]),
        ("理想国", ["The Republic"]),
        ("物种起源", ["Origin of Species"]),
        ("王杨卢骆", ["Wang Bo, Yang Jiong, Lu Zhaolin, and Luo Binwang"]),
        ("清代", ["Qing", "Ch'ing dynasty"]),
        ("元朝", ["Yuan", "Mongol dynasty"]),  # "Mongol" alone is a people, no dynasty
        ("物联网", ["IoT"]),
        ("中国银行", ["BoC"]),
        # data/cedict_corrections.tsv: the name he and his company write (Hon Hai's annual reports).
        ("郭台铭", ["Guo Taiming"]),  # Bank of China (BoC): an acronym with a lower-case letter
    ],
)
def test_the_other_forms_are_aliases(imported: dict[str, dict[str, object]], zh: str, aliases: list[str]) -> None:
    assert imported[zh]["aliases"] == aliases


def test_the_date_and_the_description_stay_in_the_note(imported: dict[str, dict[str, object]]) -> None:
    assert imported["中秋节"]["note"] == "the Mid-Autumn Festival on 15th of 8th lunar month"
    assert "Paris Commune 1871, an unsuccessful proletarian uprising" in str(imported["巴黎公社"]["note"])


_WORDS = st.sampled_from(["Great", "Wall", "Hanover", "Treaty", "Battle", "Xiangyang", "Commune", "Lake", "Academy"])
_DATES = st.one_of(
    st.integers(1000, 2030).map(lambda y: f" {y}"),
    st.integers(100, 2030).map(lambda y: f" of {y}"),
    st.tuples(st.integers(100, 1990), st.integers(1, 99)).map(lambda t: f" {t[0]}-{t[0] + t[1]}"),
    st.tuples(st.integers(1, 28), st.sampled_from(["March", "July", "October"]), st.integers(1000, 2030)).map(
        lambda t: f" of {t[0]}th {t[1]} {t[2]}"
    ),
    st.tuples(st.sampled_from(["June", "October"]), st.integers(1, 28)).map(lambda t: f" of {t[0]} {t[1]}"),
    st.integers(1, 12).map(lambda n: f" on {n}th day of {n}th lunar month"),
)


@given(words=st.lists(_WORDS, min_size=1, max_size=3), date=_DATES)
def test_a_date_after_a_name_never_reaches_its_english(words: list[str], date: str) -> None:
    name = " ".join(words)
    sense = read_sense(f"{name}{date}, a thing")
    assert sense.name is not None
    assert not any(c.isdigit() for c in sense.name), sense.name
    assert sense.name == name
