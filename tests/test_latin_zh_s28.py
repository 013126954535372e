"""A Chinese term of no Chinese in another tool's file: refused where it is Chinese romanized or digits alone (s28).

User finding U27-38: `Lei Jun,Lei Jun` (a CAT tool's row that copies its source to its target) and `123,Lei Jun`
were imported and validated clean, while `add` refused them. One rule now for import (every format: CSV, TSV, TBX),
validate (an error) and add: a row that gives no type may hold Latin in zh only where it is its English form and
no Chinese romanized (OneDrive, Windows, Wi-Fi stay, user U35); digits alone only under a type that Chinese text
calls by digits (stock_code, org, product, work, event, term, phrase: 600519, 360, 2046, 110).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.english_case import lower_words
from zhgloss.formats import get_format
from zhgloss.formats.table import chinese_term_problem, digits_problem, romanized_chinese
from zhgloss.syllables import SYLLABLES

runner = CliRunner()

# The English of real CC-CEDICT lines (cedict_ts.u8): 李彥宏 "Robin Li (1968-), founder and CEO of Baidu",
# 習近平 "Xi Jinping (1953-), PRC politician", 馬化騰 "Ma Huateng aka Pony Ma (1971-)", 香港 "Hong Kong",
# 恆生 "Hang Seng (name)"; and U27-38's own "Lei Jun".
ROMANIZED = ["Lei Jun", "Robin Li", "Xi Jinping", "Ma Huateng", "Pony Ma", "Hong Kong", "Hang Seng", "Jack Ma"]


def _import(tmp_path: Path, text: str, name: str = "rows.csv") -> subprocess.CompletedProcess[str]:
    rows = tmp_path / name
    rows.write_text(text, encoding="utf-8")
    db = tmp_path / "g.json"
    db.unlink(missing_ok=True)
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        ["zhgloss", "import", str(rows), "--db", str(db)], capture_output=True, text=True, env=env, check=False
    )


@pytest.mark.parametrize("name", ROMANIZED)
def test_a_romanized_chinese_name_as_its_own_chinese_is_a_draft(tmp_path: Path, name: str) -> None:
    # Session 31 (U30-32): the row is not yet translated (a CAT tool copied its source to its target), so it is a
    # draft without Chinese, said with its line, as a row with its Chinese cell blank is; it refused the whole file.
    done = _import(tmp_path, f"zh,en\n马云,Jack Ma\n{name},{name}\n")
    assert done.returncode == 0, done.stderr
    assert f"line 3: zh {name!r} is the row's English copied into the Chinese column (it reads as" in done.stderr
    assert "which Chinese text writes in characters" in done.stderr and "Traceback" not in done.stderr
    stored = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    assert all(doc.get("zh") != name for table in stored.values() for doc in table.values())


def test_u27_38_digits_alone_for_a_name_is_refused(tmp_path: Path) -> None:
    done = _import(tmp_path, "zh,en\n123,Lei Jun\n")
    assert done.returncode == 3, done.stderr
    assert "line 2: zh '123' is digits alone, no Chinese characters" in done.stderr


@pytest.mark.parametrize(
    "text",
    [
        "zh,en\nOneDrive,OneDrive\nWindows,Windows\nWi-Fi,Wi-Fi\n云计算,cloud computing\n",  # U35: left in Latin
        "zh,en\nAzure,Azure\nLumia,Lumia\n",  # one word: a brand may be pinyin by chance (a-zu-re, lu-mi-a)
        "zh,en,type\n360,Qihoo 360,org\n600519,Kweichow Moutai,stock_code\n2046,2046,work\nWPS,WPS,product\n",
        "zh,en\n110,police emergency number\n",  # a phrase (lower-case English): a number may be one
        "zh,en,type\nOneDrive,OneDrive,product\nAzure,Azure,product\n",  # the type, and no pinyin (R45-2)
        "zh,en\n雷军,Lei Jun\n马化腾,Ma Huateng\n",
    ],
)
def test_latin_or_digits_a_type_or_a_brand_allows_still_import(tmp_path: Path, text: str) -> None:
    done = _import(tmp_path, text)
    assert done.returncode == 0, done.stderr


def test_the_tsv_reader_holds_the_same_rule() -> None:
    import io

    # Session 31 (U30-32): an OmegaT line that copies its English into the Chinese column is a draft without
    # Chinese, said with its line, as a table's row is (it was refused, the whole file with it).
    with pytest.warns(UserWarning, match="zh 'Lei Jun' is the line's English copied into the Chinese column"):
        (copied,) = get_format("tsv").load(io.StringIO("Lei Jun\tLei Jun\n"), "t.tsv")
    assert (copied.zh, copied.en, copied.draft) == (None, "Lei Jun", True)
    assert [e.zh for e in get_format("tsv").load(io.StringIO("OneDrive\tOneDrive\n雷军\tLei Jun\n"), "t.tsv")] == [
        "OneDrive",
        "雷军",
    ]


@pytest.mark.parametrize(
    ("row", "said"),
    [
        ({"zh": "Lei Jun", "en": "Lei Jun", "type": "name"}, "it reads as pinyin"),
        ({"zh": "Jack Ma", "en": "Jack Ma", "type": "name"}, "it reads as a person's name"),
        ({"zh": "123", "en": "Lei Jun", "type": "name"}, "is digits alone"),
        ({"zh": "798", "en": "Dashanzi", "type": "place"}, "is digits alone"),
    ],
)
def test_validate_calls_what_import_refuses_an_error(tmp_path: Path, row: dict[str, str], said: str) -> None:
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"entries": {"1": {"id": "x", **row}}}), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert "x: error: zh: " in result.stdout and said in result.stdout, result.output
    assert result.exit_code == 1


def test_add_refuses_it_under_the_untyped_type_too(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"entries": {}}), encoding="utf-8")
    for zh in ("Lei Jun", "123"):
        result = runner.invoke(app, ["--db", str(path), "add", zh, "--en", "Lei Jun", "--type", "name"])
        assert result.exit_code == 2 and "error: zh: " in result.output, result.output
    result = runner.invoke(app, ["--db", str(path), "add", "2046", "--en", "2046", "--type", "work"])
    assert result.exit_code == 0, result.output


_SYLLABLE = st.sampled_from(sorted(s for s in SYLLABLES if s.isalpha() and s.isascii()))


@settings(max_examples=200, deadline=None)
@given(_SYLLABLE, st.lists(_SYLLABLE, min_size=1, max_size=2))
def test_a_surname_and_given_name_in_pinyin_read_as_pinyin(surname: str, given: list[str]) -> None:
    name = f"{surname.capitalize()} {''.join(given).capitalize()}"
    assume(not all(word.lower() in lower_words() for word in name.split()))  # "He Long": English words, not read
    assert romanized_chinese(name) == "it reads as pinyin"
    assert romanized_chinese(name.replace(" ", "")) is None  # one word alone is never judged
    assert chinese_term_problem(name, [name]) is not None
    # A type keeps Latin Chinese text writes (OneDrive), never pinyin (the review's R45-2: "Huawei" typed org).
    assert chinese_term_problem(name, [name], "product") is not None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("雷军马云 LeiJunMa0123"), min_size=1, max_size=8))
def test_a_term_with_chinese_characters_is_never_refused_as_romanized_or_digits(text: str) -> None:
    zh = " ".join(text.split())
    if not any("\u4e00" <= c <= "\u9fff" for c in zh):
        return
    said = chinese_term_problem(zh, ["Lei Jun"]) or ""
    assert "reads as" not in said and "digits alone" not in said


def test_digits_follow_the_type_or_the_english() -> None:
    assert digits_problem("org", "Qihoo 360") is None
    assert digits_problem(None, "police emergency number") is None  # untyped lower case: a phrase
    assert digits_problem(None, "Lei Jun") is not None  # untyped capitalised: a name
    assert digits_problem("Person", "Lei Jun") is not None


def test_a_tbx_term_entry_holds_the_same_rule(tmp_path: Path) -> None:
    # The Microsoft Terminology Collection's shape (U35): zh-CN "OneDrive" beside en-US "OneDrive" stays; "Lei Jun"
    # beside "Lei Jun" is the English copied, not yet translated: a draft without Chinese, said with its termEntry, as
    # a table's "Lei Jun,Lei Jun" row is (session 32; it was refused, while the table's row imported as a draft).
    def entry(at: str, zh: str, en: str) -> str:
        return (
            f'<termEntry id="{at}"><langSet xml:lang="en-US"><tig><term>{en}</term></tig></langSet>'
            f'<langSet xml:lang="zh-CN"><tig><term>{zh}</term></tig></langSet></termEntry>'
        )

    def tbx(*entries: str) -> str:
        body = "".join(entries)
        return f'<?xml version="1.0" encoding="UTF-8"?><martif type="TBX"><text><body>{body}</body></text></martif>'

    done = _import(tmp_path, tbx(entry("1", "OneDrive", "OneDrive"), entry("2", "雷军", "Lei Jun")), "ok.tbx")
    assert done.returncode == 0, done.stderr
    done = _import(tmp_path, tbx(entry("1", "OneDrive", "OneDrive"), entry("2", "Lei Jun", "Lei Jun")), "lj.tbx")
    assert done.returncode == 0, done.stderr
    assert "termEntry '2': the zh-CN term 'Lei Jun' is the termEntry's English copied into the Chinese langSet" in (
        done.stderr
    )
    assert "imported as a draft without Chinese" in done.stderr


@pytest.mark.parametrize(
    ("row", "refused"),
    [
        ({"zh": "雷军", "en": "Lei Jun", "zh_aliases": ["Lei Jun"], "type": "person"}, True),
        ({"zh": "雷军", "en": "Lei Jun", "zh_aliases": ["Lei Jun"], "type": "name"}, True),
        ({"zh": "马云", "en": "Jack Ma", "zh_aliases": ["Jack Ma"], "type": "name"}, True),
        ({"zh": "物联网", "en": "IoT", "zh_aliases": ["IoT"], "type": "name"}, False),  # written so in Chinese text
        ({"zh": "金山办公", "en": "WPS Office", "zh_aliases": ["WPS Office"], "type": "org"}, False),
    ],
)
def test_a_chinese_alias_follows_the_rule_of_zh_in_validate_and_import(
    tmp_path: Path, row: dict[str, object], refused: bool
) -> None:
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"entries": {"1": {"id": "x", **row}}}), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert ("x: error: zh_aliases: " in result.stdout) is refused, result.output
    aliases = "; ".join(row["zh_aliases"])  # type: ignore[arg-type]
    done = _import(tmp_path, f"zh,en,zh_aliases,type\n{row['zh']},{row['en']},{aliases},{row['type']}\n")
    assert (done.returncode == 3) is refused, done.stderr


@pytest.mark.parametrize(
    "english",
    ["Game On", "Only You", "Thank You", "Mine One", "Nine Line", "Iron Man", "Peter Pan"],
)
def test_english_words_are_no_pinyin_and_no_surname(tmp_path: Path, english: str) -> None:
    # The reviewer's finding (twenty-eighth session): cut_syllables reads "game" as ga+me and "on" as o+n, and "man",
    # "you" are surname readings, so an untranslated English row was refused as "it reads as pinyin".
    assert romanized_chinese(english) is None
    done = _import(tmp_path, f"zh,en\n{english},{english}\n")
    assert done.returncode == 0, done.stderr
