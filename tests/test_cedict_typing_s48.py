"""How the CC-CEDICT import types a line (forty-eighth session, issue 9; val's s47 notes and ann's s47 A114 note).

- A bracket naming a period of history alone says when the named lived, not what it is: 马良 "Ma Liang (Three
  Kingdoms)" was an event; a Chinese personal name with it is a person, as one with life dates is.
- A being of myth a person's word describes ("the lady in the moon (Chinese mythology)", "hero of Chinese mythology",
  "son of Venus and Mars, Roman god of love") is typed as its gods are, `name`: 嫦娥 was a person, whose pinyin and
  English a person's rules read as a surname and a given name. A line of two referents (嫦娥: the goddess, then the
  lunar probes) takes its type from its first sense. A ruler of legend stays a person (黄帝), and so does a man with
  life dates whom a god's word describes (Mohammed, "prophet of God").
- A platform is the business a website is: 美团点评 "e-commerce platform" was `name`.
- `add` with no --type reads data/cedict_things.tsv: 程邈 and 王著, persons of the import, were refused as an event
  and a work.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data, 2020-12-21).
LINES = (
    "馬良 马良 [Ma3 Liang2] /Ma Liang (Three Kingdoms)/\n"
    "宋徽宗 宋徽宗 [Song4 Hui1 zong1] /Emperor Huizong (Song Dynasty)/\n"
    "哈布斯堡 哈布斯堡 [Ha1 bu4 si1 bao3] /Hapsburg (European dynasty)/\n"
    "嫦娥 嫦娥 [Chang2 e2] /Chang'e, the lady in the moon (Chinese mythology)/one of the Chang'e series of PRC lunar"
    " spacecraft/\n"
    "刑天 刑天 [Xing2 tian1] /Xingtian, headless giant hero of Chinese mythology decapitated by the Yellow Emperor"
    " 黃帝|黄帝[Huang2 di4]/\n"
    "丘比特 丘比特 [Qiu1 bi3 te4] /Cupid, son of Venus and Mars, Roman god of love and beauty/\n"
    "比亞 比亚 [Bi3 ya4] /Bia, daughter of Pallas and Styx in Greek mythology, personification of violence/\n"
    "黃帝 黄帝 [Huang2 di4] /the Yellow Emperor, mythological emperor of China, reigned c. 2697-2597 BC/\n"
    "天后 天后 [Tian1 hou4] /Tin Hau, Empress of Heaven, another name for the goddess Matsu 媽祖|妈祖[Ma1 zu3]/Tin Hau"
    " (Hong Kong area around the MTR station with same name)/\n"
    "穆罕默德 穆罕默德 [Mu4 han3 mo4 de2] /Mohammed (c. 570-632), central figure of Islam and prophet of God/\n"
    "周公 周公 [Zhou1 gong1] /Duke of Zhou (11th c. BC), son of King Wen of Zhou 周文王[Zhou1 Wen2 wang2], played an"
    ' important role as regent in founding the Western Zhou 西周[Xi1 Zhou1], and is also known as the "God of'
    ' Dreams"/\n'
    "姜子牙 姜子牙 [Jiang1 Zi3 ya2] /Jiang Ziya (c. 1100 BC, dates of birth and death unknown), partly mythical sage"
    " advisor to King Wen of Zhou 周文王[Zhou1 Wen2 wang2]/\n"
    "美團點評 美团点评 [Mei3 tuan2 Dian3 ping2] /Meituan-Dianping, China's largest service-focused e-commerce"
    " platform/\n"
    "支付寶 支付宝 [Zhi1 fu4 bao3] /Alipay, online payment platform/\n"
    "程邈 程邈 [Cheng2 Miao3] /Cheng Miao, a jailer-turned-prisoner in the Qin dynasty who created the clerical style"
    " of Chinese calligraphy/\n"
    "王著 王著 [Wang2 Zhu4] /Wang Zhu (-c. 990), Song calligrapher and writer/\n"
)
NAMES = kinds_and_english(LINES)


@pytest.mark.parametrize(
    ("zh", "kind", "en"),
    [
        ("马良", "person", "Ma Liang"),
        ("嫦娥", "name", "Chang'e"),
        ("刑天", "name", "Xingtian"),
        ("丘比特", "name", "Cupid"),
        ("比亚", "name", "Bia"),
        ("美团点评", "org", "Meituan-Dianping"),
        ("支付宝", "org", "Alipay"),
    ],
)
def test_the_line_is_typed_by_what_it_says(zh: str, kind: str, en: str) -> None:
    assert NAMES[zh] == (kind, en)


@pytest.mark.parametrize(
    ("zh", "kind"),
    [
        ("宋徽宗", "person"),  # an emperor, whatever his bracket says
        ("哈布斯堡", "event"),  # "(European dynasty)": the dynasty itself, a kind, no period named
        ("黄帝", "person"),  # a ruler of legend
        ("天后", "person"),  # "Empress of Heaven": a ruler's title
        ("穆罕默德", "person"),  # life dates
        ("周公", "person"),  # "God of Dreams", quoted
        ("姜子牙", "person"),  # "partly mythical"
        ("程邈", "person"),
        ("王著", "person"),
    ],
)
def test_controls_keep_their_type(zh: str, kind: str) -> None:
    assert NAMES[zh][0] == kind


def test_lines_of_my_own() -> None:
    names = kinds_and_english(
        "甲乙 甲乙 [Zhang1 Yi3] /Zhang Yi (Warring States)/\n"  # a period no kind word names: as before
        "張丙 张丙 [Zhang1 Bing3] /Zhang Bing (Song Dynasty)/\n"
        "李丁 李丁 [Li3 Ding1] /Li Ding (Sixteen Kingdoms)/\n"
        "戊神 戊神 [Wu4 shen2] /Wushen, the old man in the moon (Chinese mythology)/\n"
        "己女 己女 [Ji3 nu:3] /Jinü, daughter of the sea god in Chinese mythology/\n"
        "庚帝 庚帝 [Geng1 di4] /Geng Emperor, mythological king of the west/\n"
        "辛网 辛网 [Xin1 wang3] /Xinwang, Chinese online shopping platform/\n"
    )
    assert names["张丙"] == ("person", "Zhang Bing")
    assert names["李丁"] == ("person", "Li Ding")
    assert names["戊神"][0] == "name"
    assert names["己女"][0] == "name"
    assert names["庚帝"][0] == "person"
    assert names["辛网"][0] == "org"


def _add(tmp_path: Path, zh: str) -> subprocess.CompletedProcess[str]:
    db = tmp_path / "g.json"
    if not db.exists():
        subprocess.run(["zhgloss", "init", "--empty", str(db)], check=True, capture_output=True, text=True)
    return subprocess.run(
        ["zhgloss", "--db", str(db), "add", zh], capture_output=True, text=True, stdin=subprocess.DEVNULL
    )


@pytest.mark.parametrize(("zh", "en"), [("程邈", "Cheng Miao"), ("王著", "Wang Zhu"), ("马良", "Ma Liang")])
def test_add_drafts_a_cedict_person(tmp_path: Path, zh: str, en: str) -> None:
    result = _add(tmp_path, zh)
    assert result.returncode == 0, result.stderr
    (entry,) = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))["entries"].values()
    assert (entry["zh"], entry["type"], entry["en"]) == (zh, "person", en)


@pytest.mark.parametrize("zh", ["美团点评", "支付宝"])
def test_add_asks_the_type_of_a_platform(tmp_path: Path, zh: str) -> None:
    result = _add(tmp_path, zh)
    assert result.returncode == 2, result.stdout
    assert f"{zh} is an organisation in CC-CEDICT (--type org)" in result.stderr
    assert "Traceback" not in result.stderr


def test_add_still_asks_the_type_of_a_planet(tmp_path: Path) -> None:
    # 木星 is `name` in the import now, no thing of data/cedict_things.tsv's kinds: its row is kept so that add does
    # not draft the person "Mù Xīng".
    result = _add(tmp_path, "木星")
    assert result.returncode == 2, result.stdout
    assert "so 'person' would be a guess" in result.stderr
