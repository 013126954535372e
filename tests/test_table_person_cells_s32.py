"""A person's other names in the English or Chinese cell of a table row (session 32, brief item 3).

6e7cbcb and 091498b refuse a person's other names written into one cell joined by "or"/"aka" or in Chinese brackets
("Ma Huateng aka Pony Ma", "刘强东（东哥）"), with the line and the fix. Three shapes of the same class went in whole:
"Richard Liu (Liu Qiangdong)" (another name in brackets: `check` then missed "Richard Liu"), "Pony Ma, Ma Huateng"
(names listed with a comma) and "雷军 雷布斯" (two Chinese forms parted by a space, which zh folds into 雷军雷布斯,
found in no text). Each is refused now with its line and the fix; one name with its brackets or commas stays (a
place's, a company's, a foreign name with a space for its dot).
"""

from __future__ import annotations

import io
import warnings

import pytest

from zhgloss.errors import FormatError
from zhgloss.formats.csv_format import load_csv
from zhgloss.formats.table import ImportNote
from zhgloss.formats.tsv import load_omegat
from zhgloss.model import Entry


def _load(text: str) -> list[Entry]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ImportNote)
        return list(load_csv(io.StringIO(text), "names.csv"))


def _refusal(text: str) -> FormatError:
    with pytest.raises(FormatError) as caught:
        _load(text)
    return caught.value


@pytest.mark.parametrize(
    ("row", "fix"),
    [
        ("刘强东,Richard Liu (Liu Qiangdong),", "(Richard Liu; Liu Qiangdong)"),  # the brief's
        # CC-CEDICT: 孫中山 /Dr Sun Yat-sen .../same as 孫逸仙/ (Sun Zhongshan is 孙中山's pinyin)
        ("孙中山,Sun Yat-sen (Sun Zhongshan),person", "(Sun Yat-sen; Sun Zhongshan)"),
        ("邓丽君,Teresa Teng (Deng Lijun),person", "(Teresa Teng; Deng Lijun)"),  # 鄧麗君 /Teresa Teng (1953-1995).../
    ],
)
def test_another_name_in_brackets_is_refused_with_the_fix(row: str, fix: str) -> None:
    said = _refusal(f"zh,en,type\n{row}\n")
    assert said.line == 2
    assert "holds another name in brackets" in str(said) and fix in str(said), str(said)


@pytest.mark.parametrize(
    ("row", "names"),
    [
        ('马化腾,"Pony Ma, Ma Huateng",', ("Pony Ma", "Ma Huateng")),  # CC-CEDICT: /Ma Huateng aka Pony Ma (1971-).../
        ('成龙,"Jackie Chan, Chan Kong-sang",person', ("Jackie Chan", "Chan Kong-sang")),  # 成龍 /Jackie Chan (1954-)/
        ('邓丽君,"Teresa Teng, Deng Lijun",person', ("Teresa Teng", "Deng Lijun")),
    ],
)
def test_names_listed_with_commas_are_the_english_and_its_aliases(row: str, names: tuple[str, ...]) -> None:
    # Session 49 (the review's R48-13): each name spells the person, so the comma lists one person's names: split as
    # the refusal's fix said, and said; refused before.
    with pytest.warns(ImportNote, match="names joined by ','"):
        (entry,) = load_csv(io.StringIO(f"zh,en,type\n{row}\n"), "names.csv")
    assert (entry.en, *entry.aliases) == names


@pytest.mark.parametrize(
    ("row", "fix"),
    [
        ("雷军 雷布斯,Lei Jun,", "(雷军; 雷布斯)"),  # the brief's: was stored zh 雷军雷布斯
        ("马云 马老师,Jack Ma,person", "(马云; 马老师)"),
        ("刘强东 东哥,Richard Liu,person", "(刘强东; 东哥)"),
    ],
)
def test_chinese_forms_parted_by_a_space_are_refused_with_the_fix(row: str, fix: str) -> None:
    said = _refusal(f"zh,en,type\n{row}\n")
    assert said.line == 2
    assert "Chinese forms parted by a space" in str(said) and fix in str(said), str(said)


def test_an_omegat_line_is_held_to_the_same_rule() -> None:
    with pytest.raises(FormatError) as caught:
        list(load_omegat(io.StringIO("马云\tJack Ma\n马化腾\tPony Ma, Ma Huateng\n"), "glossary.utf8"))
    assert caught.value.line == 2


@pytest.mark.parametrize(
    ("row", "zh", "en"),
    [
        # a company's bracket (full width, folded): 中国银行（香港） 'Bank of China (Hong Kong)'
        ("中国银行（香港）,Bank of China (Hong Kong),", "中国银行(香港)", "Bank of China (Hong Kong)"),
        ('沙田,"Sha Tin, New Territories",', "沙田", "Sha Tin, New Territories"),
        ('九龙湾,"Kowloon Bay, Hong Kong",place', "九龙湾", "Kowloon Bay, Hong Kong"),
        ("比尔 盖茨,Bill Gates,person", "比尔盖茨", "Bill Gates"),  # a space for the dot of 比尔·盖茨: one name
        ("周杰伦,Jay Chou,person", "周杰伦", "Jay Chou"),
    ],
)
def test_one_name_with_its_brackets_or_commas_stays(row: str, zh: str, en: str) -> None:
    (entry,) = _load(f"zh,en,type\n{row}\n")
    assert (entry.zh, entry.en) == (zh, en)
