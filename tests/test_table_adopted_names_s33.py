"""A name in Hong Kong's government style in a table row: the short form news writes is its English (U32-30, s33).

The HKSAR government lists its officials as "John Lee Ka-chiu", "Paul Chan Mo-po": an adopted English name, the family
name, the Cantonese given name hyphenated. A CSV of such a list imported each whole, validate called three of them
errors ("does not spell the pinyin"), and check then failed "Paul Chan said." (misspelt, expected "Paul Chan Mo-po").
Harvest already read the shape (U30-6) and the CC-CEDICT reader too (94bcf2d); the rule is now one function,
`zhgloss.adopted.short_form`, which the table readers call for a person's or a name's row.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import warnings
from pathlib import Path

import pytest

from zhgloss.adopted import short_form
from zhgloss.formats.csv_format import load_csv
from zhgloss.formats.table import ImportNote
from zhgloss.model import Entry

# The tester's hkgov.csv: the order and spelling of the HKSAR government's own lists.
HKGOV = (
    "zh,en\n李家超,John Lee Ka-chiu\n陳茂波,Paul Chan Mo-po\n林定國,Paul Lam Ting-kwok\n謝展寰,Tse Chin-wan\n"
    "孫東,Sun Dong\n"
)


def _run(zhgloss_exe: str, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([zhgloss_exe, *args], capture_output=True, text=True, check=False, input=stdin)


def test_a_hong_kong_government_list_imports_with_the_short_forms_and_check_passes_them(
    zhgloss_exe: str, tmp_path: Path
) -> None:
    source = tmp_path / "hkgov.csv"
    source.write_text(HKGOV, encoding="utf-8")
    db = str(tmp_path / "hk.json")
    done = _run(zhgloss_exe, "--db", db, "import", str(source), "--type", "person")
    assert done.returncode == 0, done.stderr
    assert "line 3: en 'Paul Chan Mo-po' names '陈茂波'" in done.stderr
    exported = _run(zhgloss_exe, "--db", db, "export", "--format", "jsonl").stdout
    by_zh = {doc["zh"]: doc for doc in map(json.loads, exported.splitlines())}
    assert (by_zh["陈茂波"]["en"], by_zh["陈茂波"]["aliases"]) == ("Paul Chan", ["Paul Chan Mo-po", "Chan Mo-po"])
    assert by_zh["陈茂波"]["en_adopted"] is True
    assert by_zh["李家超"]["en"] == "John Lee"
    assert by_zh["林定国"]["en"] == "Paul Lam"
    # No adopted name: written as the government writes them, nothing shorter to prefer.
    assert by_zh["谢展寰"]["en"] == "Tse Chin-wan"
    assert by_zh["孙东"]["en"] == "Sun Dong"
    validated = _run(zhgloss_exe, "--db", db, "validate")
    assert "0 errors" in validated.stdout + validated.stderr, validated.stdout + validated.stderr
    checked = _run(
        zhgloss_exe, "--db", db, "check", "-", stdin="陈茂波表示。\tPaul Chan said.\n李家超表示。\tJohn Lee said.\n"
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "no name problems" in checked.stderr


def _load(text: str) -> tuple[list[Entry], list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        entries = list(load_csv(io.StringIO(text), "people.csv"))
    return entries, [str(w.message) for w in caught if issubclass(w.category, ImportNote)]


# People of CC-CEDICT whose line writes them so (任達華 /Simon Yam Tat-Wah (1955-).../, 李修賢 /Danny Lee Sau-Yin/,
# 韓國瑜 /Daniel Han Kuo-yu/, 賴清德 /William Lai Ching-te/, 應採兒 /Cherrie Ying Choi-Yi/), in a table row.
@pytest.mark.parametrize(
    ("zh", "en", "short", "chinese_order"),
    [
        ("任达华", "Simon Yam Tat-Wah", "Simon Yam", "Yam Tat-Wah"),
        ("李修贤", "Danny Lee Sau-Yin", "Danny Lee", "Lee Sau-Yin"),
        ("韩国瑜", "Daniel Han Kuo-yu", "Daniel Han", "Han Kuo-yu"),
        ("賴清德", "William Lai Ching-te", "William Lai", "Lai Ching-te"),
        ("应采儿", "Cherrie Ying Choi-Yi", "Cherrie Ying", "Ying Choi-Yi"),
    ],
)
def test_a_person_row_in_the_chinese_order_after_an_adopted_name_prefers_the_short_form(
    zh: str, en: str, short: str, chinese_order: str
) -> None:
    (entry,), notes = _load(f"zh,en,type\n{zh},{en},person\n")
    # The syllable after the given name's hyphen in lower case, as Hong Kong writes it ("Tat-Wah" -> "Tat-wah":
    # user U36-36, session 37; the CC-CEDICT reader writes its lines so since U35-14).
    full, chinese_order = (re.sub(r"-([A-Z])", lambda m: "-" + m[1].lower(), form) for form in (en, chinese_order))
    assert (entry.en, entry.aliases, entry.en_adopted) == (short, (full, chinese_order), True)
    assert len(notes) == 1
    assert f"imported as {short!r} (en_adopted)" in notes[0]


def test_an_untyped_row_is_a_name_and_shortened_too() -> None:
    (entry,), _ = _load("Chinese,English\n陈茂波,Paul Chan Mo-po\n")
    assert (entry.en, entry.aliases) == ("Paul Chan", ("Paul Chan Mo-po", "Chan Mo-po"))


def test_the_rows_own_aliases_are_kept_after_the_full_forms() -> None:
    (entry,), _ = _load("zh,en,aliases,type\n李家超,John Lee Ka-chiu,Lee Ka-chiu; JL,person\n")
    assert entry.aliases == ("John Lee Ka-chiu", "Lee Ka-chiu", "JL")


@pytest.mark.parametrize(
    ("zh", "en", "kind", "stored"),
    [
        # An honorific is no adopted name (CC-CEDICT's /Sir Li Ka-shing/); since the forty-sixth session it is no
        # part of the name either, dropped and said (the review's R45-11 addendum), the name kept whole.
        ("李嘉诚", "Sir Li Ka-shing", "person", "Li Ka-shing"),
        ("孙中山", "Dr Sun Yat-sen", "person", "Sun Yat-sen"),
        ("马英九", "Ma Ying-jeou", "person", "Ma Ying-jeou"),  # no adopted name
        ("长江和记", "CK Hutchison Holdings", "org", "CK Hutchison Holdings"),  # not a person's name
    ],
)
def test_other_english_is_imported_as_written(zh: str, en: str, kind: str, stored: str) -> None:
    (entry,), _ = _load(f"zh,en,type\n{zh},{en},{kind}\n")
    assert (entry.en, entry.aliases) == (stored, ())


def test_the_other_shapes_of_the_one_rule() -> None:
    # Singapore writes a word for each character of the given name (黄循财, Lawrence Wong); Taiwan sometimes puts the
    # given name before the family name (CC-CEDICT's 謝長廷 /Frank Chang-ting Hsieh/, news "Frank Hsieh").
    assert short_form("黄循财", "Lawrence Wong Shyun Tsai") == (
        "Lawrence Wong",
        ("Lawrence Wong Shyun Tsai", "Wong Shyun Tsai"),
    )
    assert short_form("谢长廷", "Frank Chang-ting Hsieh") == ("Frank Hsieh", ("Frank Chang-ting Hsieh",))
    assert short_form("李显龙", "Lee Hsien Loong") == ("Lee Hsien Loong", ())
    assert short_form("林郑月娥", "Carrie Lam Cheng Yuet-ngor")[0] == "Carrie Lam"


@pytest.mark.parametrize("en", ["Marine Le Pen", "Jean-Marie Le Pen"])
def test_a_western_name_with_a_particle_is_no_singapore_name(en: str) -> None:
    # The s33 review's R1: CC-CEDICT's 勒龐 /Jean-Marie Le Pen (1928-)/; 勒 reads le, which made "Le" a surname.
    assert short_form("勒庞", en) == (en, ())
    (entry,), _ = _load(f"zh,en,type\n勒庞,{en},person\n")
    assert (entry.en, entry.aliases) == (en, ())
