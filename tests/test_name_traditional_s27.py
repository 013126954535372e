"""A name's characters keep their name form in traditional characters, both ways (issue 9, session 27, cur item 1).

`add 彭于晏` wrote zh_hant 彭於晏: the actor writes 彭于晏 (於 is the preposition "at"), and OpenCC's own dictionary
lists him so, but zhgloss converted the given name 于晏 apart from the surname and lost OpenCC's phrase for the
whole name. The rule lives in convert.name_rule: the surname's form from surnames.tsv, then a given-name character
kept where OpenCC's phrase for the given name or for the whole name keeps it, or where given names keep it
(given_characters.tsv, built by scripts/build_given_characters.py from the people OpenCC and CC-CEDICT list).
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.convert import given_characters, name_to_simplified, name_to_traditional, to_traditional

# Each (simplified, traditional) pair: the traditional form people write, with its source.
PEOPLE = [
    ("彭于晏", "彭于晏"),  # Eddie Peng: zh.wikipedia 彭于晏; OpenCC's STPhrases lists 彭于晏 -> 彭于晏
    ("袁于令", "袁于令"),  # CC-CEDICT: 袁于令 袁于令 [Yuan2 Yu2 ling4] /Yuan Yuling (-1674) Qing writer/
    ("林芳郁", "林芳郁"),  # Taiwan's former health minister: OpenCC's STPhrases 林芳郁 -> 林芳郁
    ("于丹", "于丹"),  # CC-CEDICT: 于丹 于丹 [Yu2 Dan1] /Yu Dan (1965-), .../: the surname 于 is 于 (surnames.tsv)
    ("余光中", "余光中"),  # the surname 余 is 余, not 餘 (現代漢語詞典; zh.wikipedia 余光中)
    ("干宝", "干寶"),  # the surname 干 Gān, not 幹 or 乾 (搜神記's author 干寶)
    ("范仲淹", "范仲淹"),  # the surname 范, not 範
    ("郁达夫", "郁達夫"),  # the surname 郁, not 鬱
    ("谷开来", "谷開來"),  # the surname 谷, not 穀
    ("姜文", "姜文"),  # the surname 姜, not 薑
    ("沈从文", "沈從文"),  # the surname 沈, not 瀋 (瀋 is Shenyang's)
    ("叶剑英", "葉劍英"),  # the surname 叶 IS 葉 (CC-CEDICT: 葉劍英 叶剑英 [Ye4 Jian4 ying1])
    ("后羿", "后羿"),  # CC-CEDICT: 后羿 后羿 [Hou4 Yi4] /Houyi, mythological archer/
    ("刘云山", "劉雲山"),  # CC-CEDICT: 劉雲山 刘云山: 云 in a given name stays OpenCC's 雲
    ("李连杰", "李連杰"),  # CC-CEDICT: 李連杰 李连杰 [Li3 Lian2 jie2] /Jet Li (1963-)/; OpenCC lists him so
]


@pytest.mark.parametrize(("name", "traditional"), PEOPLE)
def test_a_person_is_written_in_traditional_characters_as_the_person_writes_it(name: str, traditional: str) -> None:
    assert name_to_traditional(name) == traditional


@pytest.mark.parametrize(("name", "traditional"), PEOPLE)
def test_the_traditional_name_reads_back_to_the_simplified_one(name: str, traditional: str) -> None:
    assert name_to_simplified(traditional) == name


@pytest.mark.parametrize(
    ("name", "traditional"),
    [
        ("王于晏", "王于晏"),  # a given name's 于 is 于 though no dictionary lists this person
        ("张于", "張于"),
        ("李郁", "李郁"),  # a given name's 郁 is 郁 ("cultured"), not 鬱 ("gloomy")
        ("陈郁婷", "陳郁婷"),
        ("张后", "張後"),  # 后 goes both ways in names: OpenCC's form alone stays
        ("李干", "李幹"),  # 干 too (周干城 keeps it by OpenCC's phrase; 徐乾學)
    ],
)
def test_a_given_name_writes_its_characters_as_names_do(name: str, traditional: str) -> None:
    assert name_to_traditional(name) == traditional
    assert name_to_simplified(traditional) == name


def test_words_keep_opencc_s_forms() -> None:
    # The rule is for names only: the words are still the preposition and "after".
    assert to_traditional("于是") == "於是"
    assert to_traditional("以后") == "以後"
    assert to_traditional("忧郁") == "憂鬱"


def test_the_given_characters_are_those_every_listed_person_keeps() -> None:
    table = given_characters()
    assert {"于", "郁"} <= table
    assert "杰" not in table  # CC-CEDICT writes 傑 for 46 of its 48 names with 杰
    assert "云" not in table  # 劉雲山, 陳雲
    assert "余" not in table  # CC-CEDICT 曹餘章 beside OpenCC's 徐余偉


def test_the_build_counts_given_names_only_and_needs_every_one() -> None:
    from build_scripts import load_build_script

    module = load_build_script("build_given_characters")
    names = [
        ("彭于晏", "彭于晏"),
        ("夏于乔", "夏于喬"),
        ("袁于令", "袁于令"),  # 于 kept in three given names: listed
        ("于丹", "于丹"),  # a surname: not counted
        ("徐余伟", "徐余偉"),
        ("郑余豪", "鄭余豪"),
        ("简余晏", "簡余晏"),
        ("曹余章", "曹餘章"),  # 余 written 餘 once: not listed
    ]
    written = module.count(names, frozenset("于余"))
    assert written["于"] == {"于": 3}
    assert [row[0] for row in module.rows(written)] == ["于"]


def test_the_shipped_table_is_what_the_build_script_reads(shared_dir: Path) -> None:
    from build_scripts import load_build_script

    module = load_build_script("build_given_characters")
    with module.PHRASES.open(encoding="utf-8") as fp:
        keys = [line.strip() for line in fp if line.strip()]
    with module.PERSONS.open(encoding="utf-8") as fp:
        people = frozenset(line.strip() for line in fp if line.strip() and not line.startswith("#"))
    with gzip.open(shared_dir / "data" / "cedict_ts.u8.gz", "rt", encoding="utf-8") as fp:
        names = module.opencc_people(keys) + module.cedict_people(fp, people)
    rows = module.rows(module.count(names, module.merged_keeping_itself()))
    shipped = (Path(__file__).resolve().parent.parent / "src/zhgloss/data/given_characters.tsv").read_text("utf-8")
    assert ["\t".join(map(str, row)) for row in rows] == [
        line for line in shipped.splitlines() if line and not line.startswith(("#", "char\t"))
    ]


SURNAMES = list("于余干范郁谷姜沈叶后王李张刘陈")
GIVEN = list("于余干范郁谷姜沈叶后云晏华文强国明")


@settings(max_examples=200, deadline=None)
@given(surname=st.sampled_from(SURNAMES), given_name=st.lists(st.sampled_from(GIVEN), min_size=1, max_size=2))
def test_a_name_goes_to_traditional_and_back_unchanged(surname: str, given_name: list[str]) -> None:
    name = surname + "".join(given_name)
    written = name_to_traditional(name)
    assert len(written) == len(name)
    assert name_to_simplified(written) == name
    for char, out in zip(given_name, written[1:], strict=True):
        if char in given_characters():
            assert out == char


def test_add_writes_the_actor_s_traditional_name(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from zhgloss.cli import app

    db = tmp_path / "names.json"
    db.write_text('{"_default": {}}', encoding="utf-8")
    result = CliRunner().invoke(app, ["--db", str(db), "--json", "add", "彭于晏", "--en", "Eddie Peng", "--adopted"])
    assert result.exit_code == 0, result.output
    assert '"zh_hant": "彭于晏"' in db.read_text(encoding="utf-8")
