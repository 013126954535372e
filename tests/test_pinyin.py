"""The name romanizer, the surname table, and tone marks <-> numbers."""

from __future__ import annotations

import io
import marshal
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.errors import FormatError, RomanizationError, UsageError
from zhgloss.pinyin import (
    NAME_READINGS_FORMAT,
    NAME_READINGS_PATH,
    SURNAMES_PATH,
    en_matches_pinyin,
    find_surname,
    heteronyms,
    load_name_readings,
    load_surnames,
    marks_to_numbers,
    numbers_to_marks,
    phrase_pinyin,
    possible_readings,
    romanize,
    surnames,
    write_word,
)
from zhgloss.syllables import SYLLABLES

# Syllables with a vowel carry a tone mark; m, n, ng, hm, hng cannot show one.
VOICED = sorted(s for s in SYLLABLES if any(v in s for v in "aeiouv"))
NUMBERED = st.builds(lambda s, t: f"{s}{t}", st.sampled_from(VOICED), st.sampled_from("12345"))


# Regressions named in issue 5 -----------------------------------------------------------


def test_surname_zeng_is_not_ceng() -> None:
    assert romanize("曾国藩").pinyin == "Zēng Guófān"


def test_surname_shan_is_not_dan() -> None:
    assert romanize("单雄信").pinyin == "Shàn Xióngxìn"


def test_surname_xie_is_not_jie() -> None:
    assert romanize("解缙").pinyin == "Xiè Jìn"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("区志航", "Ōu Zhìháng"),
        ("仇英", "Qiú Yīng"),
        ("朴树", "Piáo Shù"),
        ("查良镛", "Zhā Liángyōng"),
        ("盖叫天", "Gě Jiàotiān"),
        ("覃振", "Qín Zhèn"),
        ("缪斯", "Miào Sī"),
        ("翟志刚", "Zhái Zhìgāng"),
        ("乐嘉", "Yuè Jiā"),
        ("华罗庚", "Huà Luógēng"),
        ("燕妮", "Yān Nī"),
        ("任正非", "Rén Zhèngfēi"),
        ("葛优", "Gě Yōu"),
        ("肖战", "Xiāo Zhàn"),
    ],
)
def test_polyphonic_surnames_take_their_surname_reading(name: str, expected: str) -> None:
    assert romanize(name).pinyin == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("欧阳修", "Ōuyáng Xiū"),
        ("诸葛亮", "Zhūgě Liàng"),
        ("司马光", "Sīmǎ Guāng"),
        ("上官婉儿", "Shàngguān Wǎn'ér"),
        ("尉迟恭", "Yùchí Gōng"),
        ("令狐冲", "Línghú Chōng"),
        ("长孙无忌", "Zhǎngsūn Wújì"),
        ("东方朔", "Dōngfāng Shuò"),
    ],
)
def test_compound_surnames_stay_whole(name: str, expected: str) -> None:
    result = romanize(name)
    assert result.pinyin == expected
    assert result.surname == name[:2]


def test_apostrophe_before_a_o_e_in_the_given_name() -> None:
    assert romanize("王海鸥").pinyin == "Wáng Hǎi'ōu"
    assert romanize("王海鸥", tones=False).pinyin == "Wang Hai'ou"


def test_lu_keeps_u_umlaut_and_notes_english_spellings() -> None:
    result = romanize("吕布")
    assert result.pinyin == "Lǚ Bù"
    assert result.en == "Lü Bu"
    assert result.en_variants == ("Lyu Bu", "Lu Bu")
    assert result.pinyin_numbered == "lv3 bu4"
    assert any("Lyu Bu" in note for note in result.notes)


def test_western_order_puts_the_given_name_first() -> None:
    assert romanize("欧阳修", order="western").pinyin == "Xiū Ōuyáng"
    assert romanize("诸葛亮", order="western", tones=False).pinyin == "Liang Zhuge"
    assert romanize("曾国藩", order="western").pinyin_numbered == "guo2 fan1 zeng1"


def test_traditional_input_is_read_like_simplified() -> None:
    assert romanize("單雄信").pinyin == "Shàn Xióngxìn"
    assert romanize("區志航").pinyin == "Ōu Zhìháng"
    result = romanize("歐陽修")
    assert (result.pinyin, result.zh, result.zh_simplified) == ("Ōuyáng Xiū", "歐陽修", "欧阳修")


def test_surname_yu_with_the_old_character_is_not_turned_into_yu2() -> None:
    # 於 is a surname of its own (Yū); OpenCC t2s would make it 于 (Yú).
    assert romanize("於梨华").pinyin == "Yū Líhuá"
    assert romanize("于丹").pinyin == "Yú Dān"


def test_given_name_read_in_context_by_pypinyin() -> None:
    assert romanize("刘强东").pinyin == "Liú Qiángdōng"
    assert romanize("卢伟冰").pinyin == "Lú Wěibīng"


def test_given_names_take_full_tones_not_neutral() -> None:
    assert romanize("孙武子").pinyin == "Sūn Wǔzǐ"


def test_space_or_surname_option_sets_the_split() -> None:
    assert romanize("东方明").pinyin == "Dōngfāng Míng"
    assert romanize("东 方明").pinyin == "Dōng Fāngmíng"
    assert romanize("东方明", surname="东").pinyin == "Dōng Fāngmíng"
    with pytest.raises(UsageError, match="does not start"):
        romanize("东方明", surname="王")


def test_two_characters_of_a_compound_surname_are_surname_and_given_name() -> None:
    assert romanize("司马").pinyin == "Sī Mǎ"


def test_transliterated_names_are_one_word_per_part() -> None:
    result = romanize("史蒂夫·乔布斯")
    assert result.pinyin == "Shǐdìfū Qiáobùsī"
    assert result.surname == ""
    assert romanize("史蒂夫·乔布斯", order="western").pinyin == "Shǐdìfū Qiáobùsī"


def test_unknown_surname_is_read_and_flagged() -> None:
    result = romanize("氧远")  # 氧 (oxygen) is no surname: read as pypinyin reads it, and flagged
    assert result.pinyin == "Yǎng Yuǎn"
    assert not result.surname_known
    assert any("not in zhgloss's surname list" in note for note in result.notes)


def test_surname_qiu_of_qiu_bojun_is_known() -> None:
    # 求伯君 Qiu Bojun, founder of Kingsoft, is in the bundled glossary.
    result = romanize("求伯君")
    assert (result.pinyin, result.en, result.notes, result.surname_known) == ("Qiú Bójūn", "Qiu Bojun", (), True)


@pytest.mark.parametrize(
    ("zh", "pinyin"),
    [
        ("求", "Qiú"),
        ("雷", "Léi"),
        ("邹", "Zōu"),
        ("刘", "Liú"),
        ("马", "Mǎ"),
        ("丁", "Dīng"),
        ("陈", "Chén"),
        ("黄", "Huáng"),
        ("卢", "Lú"),
        ("王", "Wáng"),
        ("李", "Lǐ"),
    ],
)
def test_surnames_of_the_bundled_glossary_are_in_the_table(zh: str, pinyin: str) -> None:
    assert surnames()[zh].pinyin == pinyin


def test_ordinary_surname_has_no_notes() -> None:
    result = romanize("雷军")
    assert (result.pinyin, result.notes, result.surname_known) == ("Léi Jūn", (), True)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("Lei Jun", "is not a Chinese name"),
        ("雷J", "'J' is not Chinese"),
        ("", "no Chinese characters"),
        ("雷 军 红", "one space after the surname"),
    ],
)
def test_non_chinese_input_is_a_clear_error(name: str, message: str) -> None:
    with pytest.raises(RomanizationError, match=message) as info:
        romanize(name)
    assert info.value.name == name


def test_to_dict_has_the_parts() -> None:
    data = romanize("曾国藩").to_dict()
    assert data["surname"] == "曾"
    assert data["given"] == "国藩"
    assert data["surname_pinyin"] == "Zēng"
    assert data["given_pinyin"] == "Guófān"
    assert data["en"] == "Zeng Guofan"


# Surnames table ------------------------------------------------------------------------


def _table_lines() -> list[str]:
    return SURNAMES_PATH.read_text(encoding="utf-8").splitlines()


def test_surnames_file_says_where_its_readings_come_from() -> None:
    head = "\n".join(line for line in _table_lines() if line.startswith("#"))
    assert "现代汉语词典" in head
    assert "GB/T 28039" in head


def test_the_bundled_tables_read_unchecked_as_they_read_checked() -> None:
    # surnames() and name_readings() skip the per-line checks at run time (they cost ~20 ms of every
    # `add` and `romanize`); this holds the bundled files to them instead.
    lines = SURNAMES_PATH.read_text(encoding="utf-8").splitlines(keepends=True)
    assert load_surnames(lines, checked=False) == load_surnames(lines)
    readings = NAME_READINGS_PATH.read_text(encoding="utf-8").splitlines(keepends=True)
    assert load_name_readings(readings, checked=False) == load_name_readings(readings)


def test_an_unchecked_read_takes_a_surname_row_as_written() -> None:
    row = "# header\nzh\tpinyin\tzh_hant\talso\tnote\tsource\n王\tWang2\t王\t\t\t现代汉语词典\n"
    with pytest.raises(FormatError, match="not one pinyin syllable"):
        load_surnames(io.StringIO(row))
    assert load_surnames(io.StringIO(row), checked=False)[0].pinyin == "Wang2"


def test_every_line_of_surnames_tsv_parses_with_valid_pinyin() -> None:
    lines = _table_lines()
    data = [line for line in lines if line and not line.startswith("#")][1:]
    table = load_surnames(lines)
    assert len(table) == len(data) > 350
    for surname in table:
        for reading in surname.readings:
            numbered = marks_to_numbers(reading).split()
            assert len(numbered) == len(surname.zh), surname
            assert all(s[:-1] in SYLLABLES and s[-1] in "1234" for s in numbered), surname


# Surname readings the dictionaries give that pypinyin does not know, each with its dictionary:
# 谌 Shèn (现代汉语词典 6th ed. on: 谌 Shèn 姓; 汉语大字典 2nd ed.; pypinyin reads 谌 chén alone).
_BEYOND_PYPINYIN = {("谌", "shen4")}


def test_every_surname_reading_is_one_pypinyin_knows_for_the_character() -> None:
    for surname in load_surnames(_table_lines()):
        for reading in surname.readings:
            for char, syllable in zip(surname.zh, marks_to_numbers(reading).split(), strict=True):
                if (char, syllable) not in _BEYOND_PYPINYIN:
                    assert syllable in heteronyms(char), (surname.zh, reading, heteronyms(char))
    assert all(syllable not in heteronyms(char) for char, syllable in _BEYOND_PYPINYIN)


def test_every_traditional_surname_converts_back_or_is_a_listed_exception() -> None:
    from zhgloss.convert import to_simplified

    for surname in load_surnames(_table_lines()):
        back = to_simplified(surname.zh_hant)
        # OpenCC folds the surnames 於 (into 于) and 麴 (into 曲; the 通用规范汉字表 writes it 麹) and 万俟's 万 stays;
        # those are the exceptions kept by hand.
        assert back == surname.zh or surname.zh in ("於", "麹"), surname


def test_surnames_are_not_listed_twice() -> None:
    zh = [s.zh for s in load_surnames(_table_lines())]
    assert len(zh) == len(set(zh))


def test_issue_surnames_are_in_the_table() -> None:
    table = surnames()
    wanted = {
        "单": "Shàn",
        "曾": "Zēng",
        "解": "Xiè",
        "区": "Ōu",
        "仇": "Qiú",
        "朴": "Piáo",
        "查": "Zhā",
        "盖": "Gě",
        "覃": "Qín",
        "缪": "Miào",
        "翟": "Zhái",
        "乐": "Yuè",
        "华": "Huà",
        "燕": "Yān",
        "尉迟": "Yùchí",
        "欧阳": "Ōuyáng",
        "司马": "Sīmǎ",
        "诸葛": "Zhūgě",
        "上官": "Shàngguān",
        "东方": "Dōngfāng",
        "令狐": "Línghú",
    }
    assert {zh: table[zh].pinyin for zh in wanted} == wanted


def test_traditional_surnames_keep_their_own_form() -> None:
    table = surnames()
    assert table["于"].zh_hant == "于"
    assert table["范"].zh_hant == "范"
    assert table["单"].zh_hant == "單"
    assert table["歐陽"].zh == "欧阳"


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("曾\tZēng\t曾\n", "6 tab-separated columns"),
        ("曾\tZeeng\t曾\t\t\tx\n", "not one pinyin syllable"),
        ("曾\tzēng\t曾\t\t\tx\n", "capitalised"),
        ("Z\tZēng\tZ\t\t\tx\n", "must be Chinese"),
        ("曾\tZēng\t曾\t\t\t\n", "the source of the reading is missing"),
    ],
)
def test_a_bad_surname_line_names_its_line(line: str, problem: str) -> None:
    with pytest.raises(FormatError, match=problem) as info:
        load_surnames(io.StringIO("# header\nzh\tpinyin\tzh_hant\talso\tnote\tsource\n" + line))
    assert info.value.line == 3


def test_find_surname_prefers_compound_only_with_a_given_name() -> None:
    assert find_surname("欧阳修").zh == "欧阳"  # type: ignore[union-attr]
    assert find_surname("欧阳").zh == "欧"  # type: ignore[union-attr]
    assert find_surname("氧远") is None


# Other readers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "capitalize", "expected"),
    [
        ("金山软件", True, "Jīnshān Ruǎnjiàn"),
        ("香港交易所", True, "Xiānggǎng Jiāoyìsuǒ"),
        ("小米SU7", True, "Xiǎomǐ SU7"),
        ("天眼查", True, "Tiānyǎnchá"),
        ("高端战略", False, "gāoduān zhànlüè"),
    ],
)
def test_phrase_pinyin(text: str, capitalize: bool, expected: str) -> None:
    assert phrase_pinyin(text, capitalize=capitalize) == expected


def test_possible_readings_limit_a_surname_to_its_surname_readings() -> None:
    person = dict(possible_readings("曾国藩", person=True))
    word = dict(possible_readings("曾国藩"))
    assert person["曾"] == {"zeng1"}
    assert {"ceng2", "zeng1"} <= word["曾"]


@pytest.mark.parametrize(
    ("en", "pinyin", "matches"),
    [
        ("Lei Jun", "Léi Jūn", True),
        ("LEI Jun", "Léi Jūn", True),
        ("Jun Lei", "Léi Jūn", True),
        ("Lu Wei-bing", "Lú Wěibīng", True),
        ("Lyu Bu", "Lǚ Bù", True),
        ("Lv Bu", "Lǚ Bù", True),
        ("Lü Bu", "Lǚ Bù", True),
        ("Lyu Luede", "Lǚ Lüèdé", True),
        ("Lyu Lyuede", "Lǚ Lüèdé", False),  # the 2021 rule: lüe is LUE
        ("Lu Luede", "Lǚ Lüèdé", True),
        ("Xiu Ouyang", "Ōuyáng Xiū", True),
        ("Jack Ma", "Mǎ Yún", False),
        ("Lei Jin", "Léi Jūn", False),
    ],
)
def test_en_matches_pinyin(en: str, pinyin: str, matches: bool) -> None:
    assert en_matches_pinyin(en, pinyin) is matches


# Properties ----------------------------------------------------------------------------


@given(st.lists(NUMBERED, min_size=1, max_size=4))
def test_tone_numbers_round_trip(syllables: list[str]) -> None:
    numbered = " ".join(syllables)
    assert marks_to_numbers(numbers_to_marks(numbered)) == numbered


@given(st.lists(NUMBERED, min_size=1, max_size=4))
def test_written_words_split_back_into_their_syllables(syllables: list[str]) -> None:
    word = write_word(syllables)
    assert marks_to_numbers(word).split() == syllables


@given(st.lists(st.sampled_from(VOICED), min_size=1, max_size=3), st.sampled_from("1234"))
def test_marks_round_trip_through_numbers(syllables: list[str], tone: str) -> None:
    marked = " ".join(numbers_to_marks(s + tone) for s in syllables)
    assert numbers_to_marks(marks_to_numbers(marked)) == marked.lower()


# Issue 10: attested readings, alternatives, double surnames, the 2021 ü rule ------------------


@pytest.mark.parametrize(
    ("name", "surname", "written"),
    [
        # GB/T 28039-2011 §5.1.2's own examples: a hyphen, each surname capitalised.
        ("刘杨帆", "刘杨", "Liú-Yáng Fān"),
        ("东方岳峰", "东方岳", "Dōngfāng-Yuè Fēng"),
        ("项司徒文良", "项司徒", "Xiàng-Sītú Wénliáng"),
        ("欧阳陈诗雨", "欧阳陈", "Ōuyáng-Chén Shīyǔ"),
    ],
)
def test_a_double_surname_is_hyphenated_with_both_parts_capitalised(name: str, surname: str, written: str) -> None:
    result = romanize(name, surname=surname)
    assert result.pinyin == written
    assert result.en == unicodedata.normalize("NFKD", written).encode("ascii", "ignore").decode()
    assert result.surname == surname


def test_a_compound_surname_given_as_surname_stays_one_word() -> None:
    assert romanize("欧阳修", surname="欧阳").pinyin == "Ōuyáng Xiū"
    assert romanize("刘杨帆").pinyin == "Liú Yángfān"  # without --surname 杨帆 is the given name


def test_u_umlaut_variants_follow_the_2021_passport_rule() -> None:
    # National Immigration Administration, 2021: lü/nü -> LYU/NYU, lüe/nüe -> LUE/NUE.
    assert romanize("吕略德").en_variants == ("Lyu Luede", "Lu Luede")
    assert romanize("吕布").en_variants == ("Lyu Bu", "Lu Bu")
    assert romanize("吕女").en_variants == ("Lyu Nyu", "Lu Nu")


@pytest.mark.parametrize(
    ("name", "char", "reading", "other", "written"),
    [
        ("张朝阳", "朝", "zhāo", "cháo", "Zhāng Cháoyáng"),
        ("李重润", "重", "zhòng", "chóng", "Lǐ Chóngrùn"),
        ("乐嘉", "乐", "yuè", "lè", "Lè Jiā"),
        ("朴树", "朴", "piáo", "pú", "Pú Shù"),
    ],
)
def test_a_character_with_another_reading_in_names_is_reported(
    name: str, char: str, reading: str, other: str, written: str
) -> None:
    result = romanize(name)
    data = result.to_dict()
    (alternative,) = [a for a in data["alternatives"] if a["char"] == char]
    assert alternative["reading"] == reading
    assert {"reading": other, "pinyin": written} in alternative["others"]
    assert any(note.startswith(f"{char} is also read") and written in note for note in result.notes)


def test_a_name_with_no_other_reading_has_no_alternatives() -> None:
    assert romanize("王海鸥").alternatives == ()


def test_a_name_cc_cedict_records_is_read_as_it_writes_it() -> None:
    result = romanize("尉迟恭")
    assert (result.pinyin, result.source, result.alternatives) == ("Yùchí Gōng", "cc-cedict", ())
    assert romanize("呂布").source == "cc-cedict"  # traditional too


def test_the_glossarys_own_reading_comes_first() -> None:
    known = {"张朝阳": "Zhāng Cháoyáng", "刘杨帆": "Liú-Yáng Fān", "曾国藩": "Zēng Guófān"}
    assert romanize("张朝阳", known=known.get).pinyin == "Zhāng Cháoyáng"
    assert romanize("张朝阳", known=known.get).source == "glossary"
    assert romanize("刘杨帆", known=known.get).pinyin == "Liú-Yáng Fān"
    assert romanize("曾国藩", known=known.get).source == "glossary"  # before CC-CEDICT
    # A reading that does not fit the characters is not used.
    assert romanize("李白", known={"李白": "Lǐ"}.get).source == "cc-cedict"


def test_every_line_of_the_bundled_name_readings_parses_and_credits_cc_cedict() -> None:
    text = NAME_READINGS_PATH.read_text(encoding="utf-8")
    assert "CC-CEDICT" in text.splitlines()[1]
    assert "Attribution-ShareAlike 4.0" in text
    table = load_name_readings(text.splitlines(keepends=True))
    assert table.names["曾国藩"] == (("zeng1", "guo2", "fan1"), 1)
    assert table.names["歐陽修"] == (("ou1", "yang2", "xiu1"), 2)
    assert set(table.surnames["乐"]) == {"le4", "yue4"}
    assert len(table.names) > 1000


def test_a_malformed_name_readings_line_is_a_format_error_with_its_number() -> None:
    lines = ["kind\tzh\tzh_hant\tpinyin\tsurname_size\n", "name\t曾国藩\t曾國藩\tzeng1 guo2\t1\n"]
    with pytest.raises(FormatError, match="line 2"):
        load_name_readings(lines)


def test_the_build_script_takes_people_and_surnames_from_cc_cedict_lines() -> None:
    from build_scripts import load_build_script

    module = load_build_script("build_name_readings")
    lines = [
        "曾國藩 曾国藩 [Zeng1 Guo2 fan1] /Zeng Guofan (1811-1872), Qing dynasty politician/\n",
        "呂布 吕布 [Lu:3 Bu4] /Lü Bu (-198), general and warlord/\n",
        "尉遲恭 尉迟恭 [Yu4 chi2 Gong1] /General Yuchi Gong (585-658), famous military man/\n",
        "東魏 东魏 [Dong1 Wei4] /Eastern Wei (534-550)/\n",  # dated, but no person
        "北京 北京 [Bei3 jing1] /Beijing/\n",
        "朴 朴 [Piao2] /surname Piao/Korean surname (Park, Pak, or Bak)/also pr. [Pu2]/\n",
    ]
    _, rows = module.parse(lines)
    assert rows == [
        ("name", "吕布", "呂布", "lv3 bu4", 1),
        ("name", "尉迟恭", "尉遲恭", "yu4 chi2 gong1", 2),
        ("name", "曾国藩", "曾國藩", "zeng1 guo2 fan1", 1),
        ("surname", "朴", "朴", "piao2", 1),
        ("surname", "朴", "朴", "pu2", 1),
    ]


NAME_READINGS_CACHE_CHECK = """
import sys
from zhgloss import pinyin
table = pinyin.name_readings()
print(table == pinyin.load_name_readings(open(pinyin.NAME_READINGS_PATH, encoding="utf-8")), table.names["曾国藩"])
"""


def test_name_readings_are_parsed_once_and_read_back_alike(tmp_path: Path) -> None:
    env = {**os.environ, "ZHGLOSS_CACHE_DIR": str(tmp_path)}
    kept = tmp_path / f"{NAME_READINGS_FORMAT}.marshal"
    outputs = []
    for _ in range(2):  # parsed and written, then read back
        run = subprocess.run([sys.executable, "-c", NAME_READINGS_CACHE_CHECK], env=env, capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
        outputs.append(run.stdout)
        assert kept.is_file()
    assert outputs[0] == outputs[1] == "True (('zeng1', 'guo2', 'fan1'), 1)\n"
    kept.write_bytes(b"not marshal data")  # a damaged copy is parsed again and replaced
    run = subprocess.run([sys.executable, "-c", NAME_READINGS_CACHE_CHECK], env=env, capture_output=True, text=True)
    assert run.stdout == outputs[0], run.stderr
    assert kept.read_bytes() != b"not marshal data"


def test_a_stale_copy_of_the_name_readings_is_not_used(tmp_path: Path) -> None:
    env = {**os.environ, "ZHGLOSS_CACHE_DIR": str(tmp_path)}
    stale: tuple[str, tuple[dict[str, object], ...]] = ("x:y:z", ({"曾国藩": (("ceng2", "guo2", "fan1"), 1)}, {}, {}))
    (tmp_path / f"{NAME_READINGS_FORMAT}.marshal").write_bytes(marshal.dumps(stale))
    run = subprocess.run([sys.executable, "-c", NAME_READINGS_CACHE_CHECK], env=env, capture_output=True, text=True)
    assert run.stdout == "True (('zeng1', 'guo2', 'fan1'), 1)\n", run.stderr


# Initials of many lines at once cut each word as split_syllables does, going back where it must.


def _first_letters(word: str) -> str:
    from zhgloss.pinyin import split_syllables

    return "".join(s[0] for s in split_syllables(word))


_PINYIN_WORD = st.text(alphabet="aegnioruvxzhyAü1", max_size=14) | st.sampled_from(sorted(SYLLABLES))


@given(st.lists(st.lists(_PINYIN_WORD, max_size=4), max_size=20))
def test_initials_of_lines_cut_each_word_as_split_syllables_cuts(lines: list[list[str]]) -> None:
    """The numpy cut of all lines at once (a syllable a word a step), and `split_syllables` where it gets stuck."""
    from zhgloss.pinyin import initials_of_lines

    written = [" ".join(words) for words in lines]
    assert initials_of_lines(written) == ["".join(map(_first_letters, line.split(" "))) for line in written]


def test_initials_of_lines_of_every_syllable_and_every_two_run_together() -> None:
    """Every syllable alone, and every two run together ("zhuangan", "xiane"), a line each: the table of the runs of
    up to 5 letters, the comparison of the longer syllables and the last resorts each meet every syllable."""
    from zhgloss.pinyin import initials_of_lines

    syllables = sorted(SYLLABLES)
    pairs = [first + second for first in syllables for second in syllables]
    assert initials_of_lines(syllables) == list(map(_first_letters, syllables))
    assert initials_of_lines(pairs) == list(map(_first_letters, pairs))


@pytest.mark.parametrize(
    ("line", "initials"),
    [("fangan lei jun", "fglj"), ("xian", "x"), ("xiaomi erri", "xmer"), ("zhongguo xyz", "zgxyz"), ("", "")],
)
def test_initials_of_lines_of_words_that_need_a_step_back(line: str, initials: str) -> None:
    from zhgloss.pinyin import initials_of_lines

    assert initials_of_lines([line, "leijun"]) == [initials, "lj"]


def test_the_build_script_reads_people_cc_cedict_names_otherwise_as_cc_cedict_writes_them() -> None:
    """Dated people whose gloss names them otherwise: one word is foreign, two words foreign or Japanese."""
    from build_scripts import load_build_script

    module = load_build_script("build_name_readings")
    lines = [
        "成吉思汗 成吉思汗 [Cheng2 ji2 si1 han2] /Genghis Khan (1162-1227), founder and ruler of the Mongol Empire/\n",
        "忽必烈 忽必烈 [Hu1 bi4 lie4] /Khubilai Khan (1215-1294), grandson of Genghis Khan 成吉思汗/\n",
        "安倍晉三 安倍晋三 [An1 bei4 Jin4 san1] /Abe Shinzo (1954-), Japanese LDP politician/\n",
        "馬可波羅 马可波罗 [Ma3 ke3 Bo1 luo2] /Marco Polo (1254-c. 1324), Venetian trader and explorer/\n",
        # A Chinese name with a title, which the gloss spells: no foreign name.
        "慈禧太后 慈禧太后 [Ci2 xi3 tai4 hou4] /Empress Dowager Cixi or Ts'u Hsi (1835-1908), regent/\n",
        # Two words, the first a compound surname; dated things that are no people.
        "司馬遼太郎 司马辽太郎 [Si1 ma3 Liao2 tai4 lang2] /SHIBA Ryotarō (1923-1996), Japanese author/\n",
        "羅馬帝國 罗马帝国 [Luo2 ma3 Di4 guo2] /Roman Empire (27 BC-476 AD)/\n",
        "大躍進 大跃进 [Da4 yue4 jin4] /Great Leap Forward (1958-1960), Mao's attempt/\n",
        # Chinese bynames (Master Kong; Premier Zhou, named by his surname), and dated things no life spans
        # or no person is (a kingdom of 678 years; an "or" name that is an International).
        "孔子 孔子 [Kong3 zi3] /Confucius (551-479 BC), Chinese thinker and social philosopher/\n",
        "周總理 周总理 [Zhou1 zong3 li3] /Premier Zhou Enlai 周恩來|周恩来 (1898-1976)/\n",
        "百濟 百济 [Bai3 ji4] /Paekche or Baekje (18 BC-660 AD), one of the Korean Three Kingdoms/\n",
        "共產國際 共产国际 [Gong4 chan3 Guo2 ji4] /Communist International or Comintern (1919-1943)/\n",
        # A transliteration whose first word spells its first syllable stays foreign (Le Verrier).
        "勒威耶 勒威耶 [Le4 wei1 ye1] /Urbain Le Verrier (1811-1877), French mathematician/\n",
    ]
    _, rows = module.parse(lines)
    assert rows == [
        ("foreign", "勒威耶", "勒威耶", "le4 wei1 ye1", 0),
        ("foreign", "忽必烈", "忽必烈", "hu1 bi4 lie4", 0),
        ("foreign", "成吉思汗", "成吉思汗", "cheng2 ji2 si1 han2", 0),
        ("foreign", "马可波罗", "馬可波羅", "ma3 ke3 bo1 luo2", 2),
        ("japanese", "安倍晋三", "安倍晉三", "an1 bei4 jin4 san1", 2),
    ]


@pytest.mark.parametrize(
    ("name", "pinyin", "origin"),
    [
        # CC-CEDICT: 成吉思汗 [Cheng2 ji2 si1 han2], 忽必烈 [Hu1 bi4 lie4], 安倍晋三 [An1 bei4 Jin4 san1],
        # 马可波罗 [Ma3 ke3 Bo1 luo2]; each named otherwise in English (Genghis Khan, Khubilai Khan, Abe Shinzo).
        ("成吉思汗", "Chéngjísīhán", "transliterated"),
        ("忽必烈", "Hūbìliè", "transliterated"),
        ("安倍晋三", "Ānbèi Jìnsān", "japanese"),
        ("馬可波羅", "Mǎkě Bōluó", "transliterated"),
    ],
)
def test_people_cc_cedict_names_otherwise_are_read_in_its_words(name: str, pinyin: str, origin: str) -> None:
    from zhgloss.pinyin import name_origin

    romanized = romanize(name)
    assert romanized.pinyin == pinyin
    assert romanized.source == "cc-cedict"
    assert romanized.origin == name_origin(name) == origin
    assert not any("married name" in note for note in romanized.notes)
