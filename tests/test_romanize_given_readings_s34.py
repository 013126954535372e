"""The reading of a character with two readings in a given name (长 Zhǎng or Cháng, 朝 Zhāo or Cháo).

谢长廷 "Frank Chang-ting Hsieh" was stored as Xiè Zhǎngtíng: CC-CEDICT reads him [Xie4 Chang2 ting2], but its
person readings (data/name_readings.tsv) took only people whose gloss spells the pinyin ("Li Changchun"), so the
romanizer read 长 as pypinyin's commoner zhǎng. Now a dated person whose gloss names them in another spelling
(Wade-Giles, Hong Kong's, an adopted Western name) is read as CC-CEDICT reads them, where the headword's surname is
one of surnames.tsv read as the table reads it: 田长霖 "Chang-lin Tien" Tián Chánglín, 萧万长 "Vincent C. Siew"
Xiāo Wàncháng, 陈省身 "Shiing-Shen Chern" Chén Xǐngshēn, 曾荫权 "Sir Donald Tsang or Tsang Yam-Kuen" Zēng Yìnquán
(the readings of their CC-CEDICT lines, quoted below). One line CC-CEDICT reads wrong is left out: 杨振宁 [Yang2 Zhen4
ning4], whom English Wikipedia's "Yang Chen-Ning" names 楊振寧 (Yáng Zhènníng), the romanizer's reading.

For a person neither CC-CEDICT nor the glossary knows, the English decides where it spells one reading only, in
pinyin before Wade-Giles; Wade-Giles as Taiwan writes it drops the apostrophe (ch'ang cháng, chang zhǎng), so
"Chang-ting" spells both, and `add` says so, as `romanize` says it of a name typed without English.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from build_scripts import load_build_script
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.pinyin import romanize

runner = CliRunner()

LINES = [
    "謝長廷 谢长廷 [Xie4 Chang2 ting2] /Frank Chang-ting Hsieh (1946-), Taiwanese DPP politician, mayor of Kaohsiung "
    "1998-2005/\n",
    "田長霖 田长霖 [Tian2 Chang2 lin2] /Chang-lin Tien (1935-2002), Chinese-American professor and chancellor of the "
    "University of California, Berkeley 1990-1997/\n",
    "曾蔭權 曾荫权 [Zeng1 Yin4 quan2] /Sir Donald Tsang or Tsang Yam-Kuen (1944-)/\n",
    # 蒙 as a surname is Méng (CC-CEDICT's own 蒙 [Meng2] /surname Meng/): [Meng3] here is no surname's reading.
    "蒙嘉慧 蒙嘉慧 [Meng3 Jia1 hui4] /Yoyo Mung (1975-), Hong Kong actress/\n",
    # A Japanese name with a one-character surname is read otherwise; a dynasty is no person.
    "森喜朗 森喜朗 [Sen1 Xi3 lang3] /MORI Yoshirō (1937-), Japanese rugby player and politician, prime minister "
    "2000-2001, famous for numerous gaffes/\n",
    "南燕 南燕 [Nan2 Yan1] /Southern Yan of the Sixteen Kingdoms (398-410)/\n",
    "東吳 东吴 [Dong1 Wu2] /Eastern Wu (222-280)/the southern state of Wu during the Three Kingdoms period, founded by "
    "Sun Quan 孫權|孙权/\n",
    "隋唐 隋唐 [Sui2 Tang2] /Sui (581-617) and Tang dynasties (618-907)/\n",
    "楊振寧 杨振宁 [Yang2 Zhen4 ning4] /Chen-Ning Franklin Yang (1922-), theoretical physicist, co-developer of "
    "Yang-Mills gauge theory, 1957 Nobel laureate/\n",
    # Two more slips of CC-CEDICT's (review U1), left out by scripts/name_readings_left_out.tsv with the source.
    "張柏芝 张柏芝 [Zhang1 Bo2 zhi1] /Cecilia Cheung (1980-), Hong Kong actress and pop singer/\n",
    "徐熙媛 徐熙媛 [Xu2 Xi1 yuan2] /Barbie Hsu (1976-), Taiwanese entertainer, nicknamed 大S/\n",
]


def test_the_build_takes_people_named_in_another_spelling() -> None:
    _, rows = load_build_script("build_name_readings").parse(LINES)
    assert rows == [
        ("name", "曾荫权", "曾蔭權", "zeng1 yin4 quan2", 1),
        ("name", "田长霖", "田長霖", "tian2 chang2 lin2", 1),
        ("name", "谢长廷", "謝長廷", "xie4 chang2 ting2", 1),
    ]


@pytest.mark.parametrize(
    ("zh", "pinyin"),
    [
        ("谢长廷", "Xiè Chángtíng"),
        ("謝長廷", "Xiè Chángtíng"),
        ("田长霖", "Tián Chánglín"),
        ("萧万长", "Xiāo Wàncháng"),  # 蕭萬長 [Xiao1 Wan4 chang2] /Vincent C. Siew (1939-), .../
        ("陈省身", "Chén Xǐngshēn"),  # 陳省身 [Chen2 Xing3 shen1] /Shiing-Shen Chern (1911-2004), .../
        # CC-CEDICT writes [Yang2 Zhen4 ning4]; Wikipedia, 楊振寧 (Yáng Zhènníng): the build leaves the line out.
        ("杨振宁", "Yáng Zhènníng"),
        ("曾荫权", "Zēng Yìnquán"),
        # 现代汉语词典: 柏 bǎi, bó only in 柏林; 媛 yuàn, yuán only in 婵媛 (CC-CEDICT: [Bo2], [yuan2]; left out).
        ("张柏芝", "Zhāng Bǎizhī"),
        ("徐熙媛", "Xú Xīyuàn"),
    ],
)
def test_romanize_reads_them_as_cc_cedict_does(zh: str, pinyin: str) -> None:
    assert romanize(zh).pinyin == pinyin


def _add(db: Path, *args: str) -> tuple[dict[str, object], str]:
    result = runner.invoke(app, ["--db", str(db), "add", *args, "--type", "person"])
    assert result.exit_code == 0, result.output
    entries = json.loads(db.read_text(encoding="utf-8"))["entries"]
    return entries[max(entries)] if len(entries) == 1 else entries, result.stderr


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "g.json"
    assert runner.invoke(app, ["init", "--empty", str(path)]).exit_code == 0
    return path


def test_add_frank_hsieh_is_xie_changting(db: Path) -> None:
    doc, _ = _add(db, "谢长廷", "--en", "Frank Chang-ting Hsieh")
    assert doc["pinyin"] == "Xiè Chángtíng"


@pytest.mark.parametrize(
    ("zh", "en", "pinyin"),
    [
        # Sohu's founder, Zhāng Cháoyáng: his English in pinyin spells Cháo, not the romanizer's Zhāo.
        ("张朝阳", "Zhang Chaoyang", "Zhāng Cháoyáng"),
        # Wade-Giles with its apostrophe: ch'ao is cháo, ch'ang cháng (chao, chang would be zhāo, zhǎng).
        ("张朝阳", "Chang Ch'ao-yang", "Zhāng Cháoyáng"),
        ("陈长文", "Ch'en Ch'ang-wen", "Chén Chángwén"),  # 陳長文, the Taiwanese lawyer Chen Chang-wen
    ],
)
def test_an_english_that_spells_one_reading_decides(db: Path, zh: str, en: str, pinyin: str) -> None:
    doc, err = _add(db, zh, "--en", en)
    assert doc["pinyin"] == pinyin
    assert "also read" not in err


def test_an_english_that_spells_both_readings_is_said(db: Path) -> None:
    # Taiwan's Wade-Giles drops the apostrophe: "Chang" is ch'ang (cháng) or chang (zhǎng), "Chao" ch'ao or chao.
    _, err = _add(db, "张朝阳", "--en", "Chang Chao-yang")
    assert "note: 张朝阳: 朝 is also read Cháo (Zhāng Cháoyáng) in names; 'Chang Chao-yang' spells both" in err


def test_add_without_english_says_the_other_reading(db: Path) -> None:
    # 长 in a given name is cháng (CC-CEDICT: 谢长廷, 萧万长, 田长霖, 黄长烨; data/given_readings.tsv, session 40)
    doc, err = _add(db, "陈长文")
    assert doc["pinyin"] == "Chén Chángwén"
    assert "note: 陈长文: 长 is also read Zhǎng (Chén Zhǎngwén) in names; check which this person uses" in err


def test_add_with_pinyin_given_says_nothing(db: Path) -> None:
    _, err = _add(db, "陈长文", "--pinyin", "Chén Chángwén")
    assert "also read" not in err
