"""CC-CEDICT import: life dates and a person's word make a person, whatever the name's own words say (issue 9).

"Park Geun-hye (1952-), Korean politician" named no park, "Ban Ki Moon (1944-), Korean diplomat" no moon, "Song
Lian (1310-1381), Ming dynasty writer" no song and "King Wen of Zhou state (c. 1152-1056 BC)" no state: all were
typed place or work from a word of the name. Real lines (tests/data/cedict_dated_people.u8), imported by the
installed console script; the types are what the lines say, read by hand.

Nor does a line need dates (tests/data/cedict_named_people.u8): "Ming Renzong, Temple name of fourth Ming emperor"
names an emperor by his temple name (庙号), no temple; "Song" in "Song Bai" or "Duke Xiang of Song" is the surname or
the state, no song.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
EXPECTED = {
    "朴槿惠": "person",  # Park Geun-hye (1952-), Korean politician
    "文在寅": "person",  # Moon Jae-in (1953-), Korean politician and human rights lawyer
    "朴智星": "person",  # Park Ji-sung (1981-), South Korean former footballer
    "潘基文": "person",  # Ban Ki Moon (1944-), Korean diplomat
    "宋濂": "person",  # Song Lian (1310-1381), Ming dynasty writer
    "皇甫嵩": "person",  # Huangfu Song (-195), later Han general and warlord
    "周文王": "person",  # King Wen of Zhou state (c. 1152-1056 BC)
    "宋武帝": "person",  # Emperor Wu of Song (363-422)
    "宁宗": "person",  # Emperor Ningzong of Southern Song (1168-1224)
    "汉武帝": "person",  # Emperor Wu of the Han dynasty (141-87 BC)
    # Dated, but no person: a dynasty a person founded, a school a philosopher founded.
    "秦代": "event",  # Qin dynasty (221-207 BC), founded by the first emperor ...
    "墨家": "org",  # Mohist School of the Warring States Period (475-220 BC), founded by the philosopher ...
    # Dated, and the noun after an "or" name says what it is.
    "清代": "event",  # the Ch'ing or Qing dynasty (1644-1911)
    "元朝": "event",  # Yuan or Mongol dynasty (1279-1368)
    "后汉": "event",  # Later Han or Eastern Han dynasty (25-220); ...
    "拜占庭": "place",  # Byzantium; Byzantine or Eastern Roman empire (395-1453)
}


@pytest.fixture(scope="module")
def types(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    db = tmp_path_factory.mktemp("dated") / "glossary.json"
    zhgloss = shutil.which("zhgloss")
    assert zhgloss is not None
    subprocess.run(
        [zhgloss, "import", str(DATA / "cedict_dated_people.u8"), "--proper-only", "--db", str(db)],
        check=True,
        capture_output=True,
    )
    entries = json.loads(db.read_text(encoding="utf-8"))["entries"]
    return {entry["zh"]: entry["type"] for entry in entries.values()}


@pytest.mark.parametrize(("zh", "kind"), sorted(EXPECTED.items()))
def test_a_dated_line_of_a_person_is_a_person(types: dict[str, str], zh: str, kind: str) -> None:
    assert types[zh] == kind


def test_the_lookup_says_person(tmp_path: Path) -> None:
    # The tester's check, as written: lookup --json on the imported glossary.
    db = tmp_path / "x.json"
    subprocess.run(
        ["zhgloss", "import", str(DATA / "cedict_dated_people.u8"), "--proper-only", "--db", str(db)],
        check=True,
        capture_output=True,
    )
    out = subprocess.run(
        ["zhgloss", "--db", str(db), "lookup", "朴槿惠", "--json"], check=True, capture_output=True, text=True
    ).stdout
    [result] = json.loads(out)
    assert [m["entry"]["type"] for m in result["matches"]] == ["person"]
    assert result["matches"][0]["entry"]["en"] == "Park Geun-hye"


NAMED = {
    "明仁宗": "person",  # Ming Renzong, Temple name of fourth Ming emperor Zhu Gaochi
    "英宗": "person",  # Yingzong, Temple name of sixth and eighth Ming emperor Zhengtong
    "代宗": "person",  # Daizong, Temple name of seventh Ming emperor Jingtai
    "李诵": "person",  # Li Song, personal name of eleventh Tang emperor Shunzong
    "赵构": "person",  # Zhao Gou, personal name of the tenth Song Emperor Gaozong
    "宋太祖": "person",  # Emperor Taizu of Song, posthumous title of the founding Song emperor
    "宋襄公": "person",  # Duke Xiang of Song (reigned 650-637 BC)
    "宋白": "person",  # Song Bai (936-1012), Northern Song literary man
    # What their words say.
    "大地之歌": "work",  # Song of the Earth
    "斗牛士之歌": "work",  # Toreador Song (...), famous aria from opera Carmen
    "欧洲歌唱大赛": "work",  # Eurovision Song Contest
    "天坛": "place",  # Temple of Heaven (in Beijing)
    "中山公园": "place",  # Zhongshan Park, the name of numerous parks in China, honoring Sun Yat-sen
    "嵩山": "place",  # Mt Song in Henan
}


@pytest.fixture(scope="module")
def named_types(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    db = tmp_path_factory.mktemp("named") / "glossary.json"
    subprocess.run(
        ["zhgloss", "import", str(DATA / "cedict_named_people.u8"), "--proper-only", "--db", str(db)],
        check=True,
        capture_output=True,
    )
    entries = json.loads(db.read_text(encoding="utf-8"))["entries"]
    return {entry["zh"]: entry["type"] for entry in entries.values()}


@pytest.mark.parametrize(("zh", "kind"), sorted(NAMED.items()))
def test_a_person_named_by_a_temple_name_or_a_pinyin_song_is_a_person(
    named_types: dict[str, str], zh: str, kind: str
) -> None:
    assert named_types[zh] == kind
