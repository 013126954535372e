"""add and romanize: a hyphen inside a part of a transliterated name is the name's own (issue 9).

`zhgloss add 让-雅克·卢梭 --en "Jean-Jacques Rousseau"` was refused ("'-' is not Chinese: write the middle dot
between the parts of the name (让·雅克)"): the rule for a dash written where the middle dot belongs (埃隆-马斯克)
read the hyphen of a French compound given name as one. Xinhua and Baidu Baike write 让-雅克·卢梭,
让-保罗·萨特 (Jean-Paul Sartre), 让-克洛德·容克 (Jean-Claude Juncker), 安-玛丽 (Anne-Marie): a hyphen inside a part of
a name that has its middle dot.
The pinyin keeps it, each piece capitalised as the name's English writes it: Ràng-Yǎkè Lúsuō. A name with dashes and no
middle dot is still the dash written for the dot, and says so.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.curate import fill_pinyin
from zhgloss.errors import RomanizationError
from zhgloss.pinyin import romanize
from zhgloss.script import zh_key, zh_keys

runner = CliRunner()


@pytest.mark.parametrize(
    ("name", "pinyin", "numbered"),
    [
        ("让-雅克·卢梭", "Ràng-Yǎkè Lúsuō", "rang4 ya3 ke4 lu2 suo1"),
        ("让-保罗·萨特", "Ràng-Bǎoluó Sàtè", "rang4 bao3 luo2 sa4 te4"),
        ("让-克洛德·容克", "Ràng-Kèluòdé Róngkè", "rang4 ke4 luo4 de2 rong2 ke4"),
        # A full-width hyphen (folded to '-'), the hyphen U+2010 and the en dash GB/T 15834 writes as its joining mark.
        ("让－雅克·卢梭", "Ràng-Yǎkè Lúsuō", "rang4 ya3 ke4 lu2 suo1"),
        ("让\u2010雅克·卢梭", "Ràng-Yǎkè Lúsuō", "rang4 ya3 ke4 lu2 suo1"),
        ("让\u2013雅克·卢梭", "Ràng-Yǎkè Lúsuō", "rang4 ya3 ke4 lu2 suo1"),
        # Traditional characters; a hyphen in the family name's part (a double-barrelled surname).
        ("讓-雅克·盧梭", "Ràng-Yǎkè Lúsuō", "rang4 ya3 ke4 lu2 suo1"),
        ("多米尼克·德维尔潘-加洛", "Duōmǐníkè Déwéi'ěrpān-Jiāluò", "duo1 mi3 ni2 ke4 de2 wei2 er3 pan1 jia1 luo4"),
    ],
)
def test_romanize_keeps_the_hyphen(name: str, pinyin: str, numbered: str) -> None:
    reading = romanize(name)
    assert reading.origin == "transliterated"
    assert reading.pinyin == pinyin
    assert reading.pinyin_numbered == numbered
    plain = "".join(c for c in unicodedata.normalize("NFD", pinyin) if not unicodedata.combining(c))
    assert reading.write(tones=False) == plain


def test_romanize_without_tones_and_western_order() -> None:
    assert romanize("让-雅克·卢梭", tones=False, order="western").pinyin == "Rang-Yake Lusuo"


@pytest.mark.parametrize(("name", "dotted"), [("埃隆-马斯克", "埃隆·马斯克"), ("让-雅克-卢梭", "让·雅克·卢梭")])
def test_dashes_with_no_middle_dot_still_stand_for_it(name: str, dotted: str) -> None:
    with pytest.raises(RomanizationError) as raised:
        romanize(name)
    assert f"write the middle dot between the parts of the name ({dotted})" in str(raised.value)


@pytest.mark.parametrize("name", ["让-·卢梭", "让-x·卢梭", "-雅克·卢梭"])
def test_a_hyphen_must_join_two_pieces_of_chinese(name: str) -> None:
    with pytest.raises(RomanizationError):
        romanize(name)


def test_add_lookup_and_validate(tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    assert runner.invoke(app, ["init", "--empty", str(db)]).exit_code == 0
    added = runner.invoke(
        app, ["--db", str(db), "add", "让-雅克·卢梭", "--type", "person", "--en", "Jean-Jacques Rousseau"]
    )
    assert added.exit_code == 0, added.output
    stored = json.loads(db.read_text(encoding="utf-8"))
    (entry,) = stored["entries"].values()
    assert (entry["zh"], entry["zh_hant"], entry["pinyin"]) == ("让-雅克·卢梭", "讓-雅克·盧梭", "Ràng-Yǎkè Lúsuō")
    for query in ["让-雅克·卢梭", "让－雅克·卢梭", "讓-雅克·盧梭", "Jean-Jacques Rousseau", "Rang-Yake Lusuo"]:
        found = runner.invoke(app, ["--db", str(db), "lookup", query, "--field", "en"])
        assert (found.exit_code, found.stdout) == (0, "Jean-Jacques Rousseau\n"), (query, found.output)
    checked = runner.invoke(app, ["--db", str(db), "validate", "--strict"])
    assert checked.exit_code == 0, checked.output


def test_add_without_english_asks_for_it(tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    assert runner.invoke(app, ["init", "--empty", str(db)]).exit_code == 0
    result = runner.invoke(app, ["--db", str(db), "add", "让-保罗·萨特", "--type", "person"], input="")
    assert result.exit_code == 2, result.output
    assert "not Chinese" not in result.stderr


# lookup and search: the hyphen is the name's writing, not its key (R35-val-1). The key drops it between two Chinese
# characters as it drops the middle dot, so the name is found however copy writes that part: with a middle dot, the
# dash copy writes for it (埃隆-马斯克's rule), or nothing. Hyphens beside Latin letters stay (T恤 "T-shirt", 小米-SU7).

_CJK = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=4)


@given(_CJK, _CJK, st.sampled_from(["-", "\u2010", "\u2011", "\u2013", "\uff0d"]))
def test_a_hyphen_between_chinese_characters_keys_as_the_dot(first: str, second: str, hyphen: str) -> None:
    hyphened = first + hyphen + second
    assert zh_key(hyphened) == zh_key(first + "·" + second) == zh_key(first + second)
    assert zh_keys([hyphened, "T-shirt", first + "-SU7"]) == [zh_key(first + second), "t-shirt", zh_key(first) + "-su7"]


@pytest.mark.parametrize("query", ["让·雅克·卢梭", "让雅克卢梭", "让—雅克·卢梭", "讓·雅克·盧梭", "让-雅克·卢梭"])
def test_lookup_and_search_find_it_written_otherwise(tmp_path: Path, query: str) -> None:
    db = tmp_path / "g.json"
    assert runner.invoke(app, ["init", "--empty", str(db)]).exit_code == 0
    added = runner.invoke(
        app, ["--db", str(db), "add", "让-雅克·卢梭", "--type", "person", "--en", "Jean-Jacques Rousseau"]
    )
    assert added.exit_code == 0, added.output
    found = runner.invoke(app, ["--db", str(db), "lookup", query, "--field", "id"])
    assert (found.exit_code, found.stdout) == (0, "jean-jacques-rousseau\n"), found.output
    searched = runner.invoke(app, ["--db", str(db), "search", query, "--json"])
    hits = json.loads(searched.stdout)["hits"]
    assert (hits[0]["entry"]["id"], hits[0]["score"]) == ("jean-jacques-rousseau", 100), searched.output


# An untyped import row of a dotted name (the review's R35-24): its pinyin is the romanizer's, a word a part, not the
# phrase writer's, which kept the dot and the hyphen as words ("Shǐdìfū · Qiáobùsī", "Ràng - Yǎkè · Lúsuō").


@pytest.mark.parametrize("kind", ["name", "org", "work"])
@pytest.mark.parametrize(
    ("zh", "pinyin"),
    [("史蒂夫·乔布斯", "Shǐdìfū Qiáobùsī"), ("让-雅克·卢梭", "Ràng-Yǎkè Lúsuō"), ("埃隆•马斯克", "Āilóng Mǎsīkè")],
)
def test_a_dotted_name_of_any_type_is_read_a_word_a_part(kind: str, zh: str, pinyin: str) -> None:
    assert fill_pinyin(zh, kind, None) == pinyin


def test_an_untyped_import_row(tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    sheet = tmp_path / "sep.csv"
    sheet.write_text("zh,en,type\n让-雅克·卢梭,Jean-Jacques Rousseau,\n史蒂夫·乔布斯,Steve Jobs,\n", encoding="utf-8")
    assert runner.invoke(app, ["init", "--empty", str(db)]).exit_code == 0
    assert runner.invoke(app, ["--db", str(db), "import", str(sheet)]).exit_code == 0
    for zh, pinyin in [("史蒂夫·乔布斯", "Shǐdìfū Qiáobùsī"), ("让-雅克·卢梭", "Ràng-Yǎkè Lúsuō")]:
        found = runner.invoke(app, ["--db", str(db), "lookup", zh, "--field", "pinyin"])
        assert found.stdout == pinyin + "\n", found.output
