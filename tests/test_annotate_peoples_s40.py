"""A place's name before 人 or 人民 ("a person / the people of the place") is the place (rel's REL-4, issue 9).

words.txt lists 台湾人, 北京人, 香港人, 湖南人 as words, as it lists 日本人, and annotate read the place
inside such a word as no match: 台湾人关注选举 glossed nothing with the CC-CEDICT names glossary while
荷兰人关注选举 (荷兰人 no word of the list) glossed 荷兰, and check, which reads the source through annotate's
matcher, missed "The Japanese" for 台湾人. The place is named there as before any noun; where the glossary holds
the people's own entry (日本人 "Japanese person", 美国人民 "American people") that longer match is glossed, as
before. The glossary: real CC-CEDICT lines (CC BY-SA 4.0, MDBG, ../shared/data/cedict_ts.u8.gz) imported by the
installed `zhgloss import --proper-only`.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cedict_fixtures import imported_db

LINES = """\
上海 上海 [Shang4 hai3] /Shanghai municipality, central east China, abbr. to 滬|沪[Hu4]/
北京 北京 [Bei3 jing1] /Beijing, capital of People's Republic of China/Peking/PRC government/
日本 日本 [Ri4 ben3] /Japan/
日本人 日本人 [Ri4 ben3 ren2] /Japanese person or people/
湖南 湖南 [Hu2 nan2] /Hunan province in south central China, abbr. 湘, capital Changsha 長沙|长沙[Chang2 sha1]/
美國 美国 [Mei3 guo2] /United States/USA/US/
美國人民 美国人民 [Mei3 guo2 ren2 min2] /the American people/
臺灣 台湾 [Tai2 wan1] /Taiwan/
大連 大连 [Da4 lian2] /Dalian subprovincial city in Liaoning province 遼寧省|辽宁省 in northeast China/
荷蘭 荷兰 [He2 lan2] /Holland/the Netherlands/
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return imported_db(tmp_path_factory.mktemp("peoples"), LINES)


def _run(db: Path, command: str, text: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", command, "-", "--db", str(db)], input=text, capture_output=True, text=True)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("台湾人关注选举。", "台湾（Taiwan）人关注选举。"),  # REL-4's wire line
        ("臺灣人關注選舉。", "臺灣（Taiwan）人關注選舉。"),
        ("北京人爱吃炸酱面。", "北京（Beijing）人爱吃炸酱面。"),
        ("湖南人能吃辣。", "湖南（Hunan）人能吃辣。"),
        ("上海人很多。", "上海（Shanghai）人很多。"),
        ("台湾人民关注选举。", "台湾（Taiwan）人民关注选举。"),
        ("荷兰人关注选举。", "荷兰（Holland）人关注选举。"),  # glossed before too: no word of the list
        # The people's own entry is the longer match, glossed as itself.
        ("日本人关注选举。", "日本人（Japanese person）关注选举。"),
        ("美国人民支持和平。", "美国人民（American people）支持和平。"),
    ],
)
def test_a_place_before_its_people_is_glossed(db: Path, line: str, expected: str) -> None:
    done = _run(db, "annotate", line + "\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout == expected + "\n"


def test_other_words_a_place_starts_are_still_not_the_place(db: Path) -> None:
    # 台湾话, 上海话 (the place's speech) and 北京烤鸭 are words of their own, as before.
    for line in ("他会说上海话。", "北京烤鸭很有名。"):
        done = _run(db, "annotate", line + "\n")
        assert done.stdout == line + "\n"


def test_check_catches_the_wrong_people_for_taiwanese(db: Path) -> None:
    # REL-4: the source names 台湾; "The Japanese" renders another country's people.
    wrong = _run(db, "check", "台湾人关注选举。\tThe Japanese are watching the election.\n")
    assert wrong.returncode == 1
    assert "台湾" in wrong.stdout + wrong.stderr
    right = _run(db, "check", "台湾人关注选举。\tThe Taiwanese are watching the election.\n")
    assert right.returncode == 0, right.stdout + right.stderr


def test_a_club_named_by_a_places_people_is_no_place(db: Path) -> None:
    # 大连人 is the Dalian Professional football club (since 2020), as 凯尔特人队 is the Celtics: before 队 the people's
    # word is the club's name, and 大连 is not glossed inside it; the city's people elsewhere name the city.
    for line in ("大连人队降级。", "大连人隊主場獲勝。"):
        assert _run(db, "annotate", line + "\n").stdout == line + "\n"
    assert _run(db, "annotate", "大连人爱吃海鲜。\n").stdout.startswith("大连（Dalian")
