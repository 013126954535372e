"""A translator's own untyped sheet of foreign people is glossed where news names them: after a title of office, and
as the family name of a name written with dots (the review's R48-1).

A two-column sheet (zh,en) says no type, so its rows are stored `name`. Annotate drops an untyped name after a title
of office, because the CC-CEDICT import types every line of a person's name person and an untyped CC-CEDICT name
there is something else's (首席执行官奥特曼 is Sam Altman, not Ultraman). That reasoning holds for CC-CEDICT's entries
only: a sheet's 默茨 "Friedrich Merz" was dropped in 德国总理默茨表示, the commonest place news names him. A sheet's
untyped row glossed by a full name (two words or more, first and last capitalised) is now kept; one whose English
is one word ("Ultraman") and every CC-CEDICT untyped name (福尔摩斯 "Sherlock Holmes") are dropped there as before.
The glossaries are made as users make them, through the installed console script.
"""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

SHEET = """zh,en
默茨,Friedrich Merz
斯塔默,Keir Starmer
冯德莱恩,Ursula von der Leyen
鲍威尔,Jerome Powell
万斯,JD Vance
高市早苗,Sanae Takaichi
卢特尼克,Howard Lutnick
奥特曼,Ultraman
"""

CEDICT_LINES = "福爾摩斯 福尔摩斯 [Fu2 er3 mo2 si1] /Sherlock Holmes/\n"


def _zhgloss(db: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", "--db", str(db), *args], input=stdin, capture_output=True, text=True)


def _made(folder: Path, name: str, source: str, text: str, *options: str) -> Path:
    path = folder / f"{name}.json"
    assert subprocess.run(["zhgloss", "init", str(path), "--empty"], capture_output=True).returncode == 0
    (folder / source).write_text(text, encoding="utf-8")
    done = _zhgloss(path, "import", str(folder / source), *options)
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture(scope="module")
def sheet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _made(tmp_path_factory.mktemp("sheet_people"), "desk", "people.csv", SHEET)


@pytest.fixture(scope="module")
def cedict(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _made(tmp_path_factory.mktemp("cedict_untyped"), "cedict", "mini.u8", CEDICT_LINES, "--format", "cedict")


def _annotated(db: Path, line: str) -> str:
    done = _zhgloss(db, "annotate", "-", stdin=line + "\n")
    assert done.returncode == 0, done.stderr
    return done.stdout.rstrip("\n")


def test_the_sheet_s_full_names_are_typed_as_add_types_them(sheet: Path) -> None:
    """The premise changed in session 49 (the R48-1 addendum): a row whose English is a foreign person's full name is
    typed person by add's guess, said; one whose English is one word stays an untyped name, which the annotate rule
    still concerns."""
    done = _zhgloss(sheet, "lookup", "默茨", "--json")
    assert done.returncode == 0, done.stderr
    assert '"type": "person"' in done.stdout
    done = _zhgloss(sheet, "lookup", "奥特曼", "--json")
    assert done.returncode == 0, done.stderr
    assert '"type": "name"' in done.stdout


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the review's lines (R48-1: /tmp/rev48/in/foreign_zh.txt, art_zh.txt)
        ("德国总理默茨表示，欧洲必须加强防务。", "德国总理默茨（Friedrich Merz）表示，欧洲必须加强防务。"),
        ("美联储主席鲍威尔暗示可能降息。", "美联储主席鲍威尔（Jerome Powell）暗示可能降息。"),
        ("美国副总统万斯发表讲话。", "美国副总统万斯（JD Vance）发表讲话。"),
        ("日本首相高市早苗有关台湾的言论引发不满。", "日本首相高市早苗（Sanae Takaichi）有关台湾的言论引发不满。"),
        # of the same kind, our own
        ("英国首相斯塔默宣布内阁改组。", "英国首相斯塔默（Keir Starmer）宣布内阁改组。"),
        (
            "欧盟委员会主席冯德莱恩说，谈判仍在继续。",
            "欧盟委员会主席冯德莱恩（Ursula von der Leyen）说，谈判仍在继续。",
        ),
        ("美国商务部长卢特尼克表示，关税谈判将继续。", "美国商务部长卢特尼克（Howard Lutnick）表示，关税谈判将继续。"),
        # the family name of a name written with dots
        ("美联储主席杰罗姆·鲍威尔表示，通胀回落。", "美联储主席杰罗姆·鲍威尔（Jerome Powell）表示，通胀回落。"),
        ("弗里德里希·默茨当选。", "弗里德里希·默茨（Friedrich Merz）当选。"),
        # no title: glossed before the change too
        ("默茨表示欢迎。", "默茨（Friedrich Merz）表示欢迎。"),
    ],
)
def test_a_sheets_person_after_a_title_is_glossed(sheet: Path, line: str, expected: str) -> None:
    assert _annotated(sheet, line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "OpenAI首席执行官奥特曼出席发布会。",  # a one-word English names no one: Sam Altman is not Ultraman
        "萨姆·奥特曼出席发布会。",
    ],
)
def test_a_sheets_one_word_name_after_a_title_is_still_someone_else(sheet: Path, line: str) -> None:
    assert _annotated(sheet, line) == line


def test_a_cedict_untyped_name_after_a_title_is_still_someone_else(cedict: Path) -> None:
    """CC-CEDICT types its persons: its untyped 福尔摩斯 "Sherlock Holmes" after a title is someone the glossary
    lacks, though its English is two capitalised words; with no title it is glossed."""
    assert _annotated(cedict, "公司董事长福尔摩斯出席。") == "公司董事长福尔摩斯出席。"
    assert _annotated(cedict, "侦探福尔摩斯出场。") == "侦探福尔摩斯（Sherlock Holmes）出场。"


def test_the_glossary_is_untouched(sheet: Path) -> None:
    before = hashlib.sha256(sheet.read_bytes()).hexdigest()
    assert "Friedrich Merz" in _annotated(sheet, "德国总理默茨表示。")
    assert hashlib.sha256(sheet.read_bytes()).hexdigest() == before


_TITLES = ["德国总理", "美国国务卿", "联合国秘书长", "美联储主席", "英国首相", "总统", "部长"]
_PEOPLE = {
    "默茨": "Friedrich Merz",
    "斯塔默": "Keir Starmer",
    "冯德莱恩": "Ursula von der Leyen",
    "万斯": "JD Vance",
}
_TAILS = ["表示。", "说，", "当天抵达。", "发表讲话。", "宣布"]


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(_TITLES), st.sampled_from(sorted(_PEOPLE)), st.sampled_from(_TAILS))
def test_any_title_keeps_a_sheets_full_name(sheet: Path, title: str, zh: str, tail: str) -> None:
    """Property: whatever title of office stands before it, a sheet's untyped person glossed by a full name keeps its
    gloss, and the one-word 奥特曼 in the same frame gets none."""
    assert _annotated(sheet, f"{title}{zh}{tail}") == f"{title}{zh}（{_PEOPLE[zh]}）{tail}"
    assert "Ultraman" not in _annotated(sheet, f"{title}奥特曼{tail}")
