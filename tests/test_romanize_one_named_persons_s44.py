"""A Chinese person known by one name is read as CC-CEDICT writes it, one word, and as Chinese (IMP-1, forty-fourth
session).

Before, `zhgloss romanize 西施` said "Xīshī" with the note "a transliterated name (foreign, or Uyghur, Tibetan,
Mongolian)", and so did 希仁 (Bao Zheng's courtesy title): both are written in characters of transliteration and
CC-CEDICT's line gave name_readings.tsv no row (one capital in the reading, a gloss that spells it). Other such
persons were read as a surname and a given name: 墨子 "Mò Zǐ", 玄奘 "Xuán Zàng", 阿斗 "Ā Dòu". Now
scripts/build_name_readings.py writes a `name` row with surname_size 0 for a one-word headword whose first gloss
spells the whole pinyin in one word and dates it as a life (a span, or an approximate date: "(c. 450 BC)") or says
whose courtesy name, posthumous name or nickname it is: 21 rows. The readings below are CC-CEDICT's lines' own
([Xi1 shi1], [Xuan2 zang4], [A1 dou3] ...), checked against 现代汉语词典's readings of each character (斗 dǒu in
阿斗, Liu Chan's childhood name).

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from build_scripts import load_build_script

from zhgloss.errors import FormatError
from zhgloss.pinyin import load_name_readings, name_origin, romanize

ONE_NAMED = [
    ("西施", "Xīshī", "Xishi"),
    ("希仁", "Xīrén", "Xiren"),
    ("玄奘", "Xuánzàng", "Xuanzang"),
    ("墨子", "Mòzǐ", "Mozi"),
    ("老子", "Lǎozǐ", "Laozi"),
    ("阿斗", "Ādǒu", "Adou"),
    ("和珅", "Héshēn", "Heshen"),
    ("鉴真", "Jiànzhēn", "Jianzhen"),
]


@pytest.mark.parametrize(("zh", "pinyin", "en"), ONE_NAMED, ids=[n[2] for n in ONE_NAMED])
def test_a_person_known_by_one_name_reads_as_one_chinese_word(zh: str, pinyin: str, en: str) -> None:
    read = romanize(zh)
    assert (read.pinyin, read.en, read.origin, read.surname) == (pinyin, en, "chinese", "")
    assert read.source == "cc-cedict"
    assert name_origin(zh) == "chinese"


@pytest.mark.parametrize(("zh", "pinyin"), [("西施", "Xīshī"), ("希仁", "Xīrén")])
def test_imp_1_through_the_command(zhgloss_exe: str, zh: str, pinyin: str) -> None:
    done = subprocess.run([zhgloss_exe, "romanize", zh, "--json"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    (read,) = json.loads(done.stdout)
    assert (read["pinyin"], read["origin"]) == (pinyin, "chinese")
    assert not any("transliterated" in note for note in read["notes"]), read["notes"]


LINES = [
    "西施 西施 [Xi1 shi1] /Xishi (c. 450 BC), famous Chinese beauty, foremost of the four legendary beauties/\n",
    "希仁 希仁 [Xi1 ren2] /Xiren, courtesy title of Bao Zheng 包拯[Bao1 Zheng3] (999-1062), Northern Song official/\n",
    "阿扁 阿扁 [A1 bian3] /A-bian, nickname of Chen Shui-bian 陳水扁|陈水扁[Chen2 Shui3 bian3]/\n",
    "老子 老子 [Lao3 zi3] /Laozi or Lao-tze (c. 500 BC), Chinese philosopher, the founder of Taoism/\n",
    # Not one name: the gloss writes a surname and a given name apart; a work's year; a place's nickname; a culture;
    # a name many bear; a name the gloss does not spell (Confucius).
    "祖沖之 祖冲之 [Zu3 chong1 zhi1] /Zu Chongzhi (429-500), astronomer and mathematician/\n",
    "金瓶梅 金瓶梅 [Jin1 ping2 mei2] /Jinpingmei or the Golden Lotus (1617), Ming dynasty vernacular novel/\n",
    "魔都 魔都 [Mo2 du1] /Modu, nickname for Shanghai/\n",
    "良渚 良渚 [Liang2 zhu3] /Liangzhu (c. 3400-2250 BC), neolithic culture of Changjiang delta/\n",
    "麗麗 丽丽 [Li4 li4] /Lili (name)/\n",
    "孔子 孔子 [Kong3 zi3] /Confucius (551-479 BC), Chinese thinker and social philosopher/\n",
]


def test_the_build_script_writes_a_row_for_each_person_known_by_one_name() -> None:
    _, rows = load_build_script("build_name_readings").parse(LINES)
    assert rows == [
        ("name", "希仁", "希仁", "xi1 ren2", 0),
        ("name", "老子", "老子", "lao3 zi3", 0),
        ("name", "西施", "西施", "xi1 shi1", 0),
        ("name", "阿扁", "阿扁", "a1 bian3", 0),
    ]


def test_a_row_without_a_surname_loads_and_teaches_no_given_reading() -> None:
    header = "kind\tzh\tzh_hant\tpinyin\tsurname_size\n"
    table = load_name_readings([header, "name\t西施\t西施\txi1 shi1\t0\n"])
    assert table.names["西施"] == (("xi1", "shi1"), 0)
    assert table.given == {}
    with pytest.raises(FormatError, match="line 2"):
        load_name_readings([header, "name\t西施\t西施\txi1 shi1\t3\n"])


def test_validate_says_a_person_known_by_one_name_is_one_word(zhgloss_exe: str, tmp_path: Path) -> None:
    """A glossary written before (add stored 墨子 "Mò Zǐ") is told the one-word form and why; 李白 is as before."""
    db = tmp_path / "g.json"
    assert subprocess.run([zhgloss_exe, "init", str(db), "--empty"], capture_output=True, check=False).returncode == 0
    for zh, pinyin, en in (("墨子", "Mò Zǐ", "Mo Zi"), ("李白", "Lǐbái", "Li Bai")):
        added = subprocess.run(
            [zhgloss_exe, "--db", str(db), "add", zh, "-t", "person", "--pinyin", pinyin, "--en", en],
            capture_output=True,
            text=True,
            check=False,
        )
        assert added.returncode == 0, added.stderr
    done = subprocess.run([zhgloss_exe, "--db", str(db), "validate"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert (
        "mo-zi: warning: pinyin: 'Mò Zǐ': a name is written 'Mòzǐ' (a person known by one name: one word, "
        "capitalised, as CC-CEDICT writes it)"
    ) in lines, done.stdout
    assert (
        "li-bai: warning: pinyin: 'Lǐbái': a name is written 'Lǐ Bái' (surname apart, given name joined, capitalised)"
    ) in lines, done.stdout
