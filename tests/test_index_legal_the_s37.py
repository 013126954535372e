"""lookup of a company by its registered English: a leading "The" and a legal form with a spacing variant (the user's
U37-20).

README "How names may be written": a variant differs in spacing, and a legal form written another way or left off is
the same company. The two rules did not compose ("Hongkong and Shanghai Banking Corporation Limited" found nothing,
though "Hongkong and Shanghai Banking Corporation" and "... Corporation" + "Limited" alone were found), and a
registered name's leading "The" (The Hongkong and Shanghai Banking Corporation Limited, as on its HKMA licence; The
Bank of East Asia, Limited) hid the name. The rule lives in `zhgloss.index._legal_chain` and `_legal_distance`.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from zhgloss.model import Entry
from zhgloss.store import Glossary

_ENTRIES = [
    Entry(
        id="hsbc", type="org", zh="汇丰银行", pinyin="Huìfēng Yínháng", en="Hong Kong and Shanghai Banking Corporation"
    ),
    Entry(id="boc", type="org", zh="中国银行", pinyin="Zhōngguó Yínháng", en="Bank of China"),
    Entry(
        id="icbc", type="org", zh="工商银行", pinyin="Gōngshāng Yínháng", en="Industrial and Commercial Bank of China"
    ),
    Entry(id="bea", type="org", zh="东亚银行", pinyin="Dōngyà Yínháng", en="Bank of East Asia"),
    Entry(id="masa", type="org", zh="马萨", pinyin="Mǎsà", en="Masa"),
]


@pytest.fixture(params=["file", "memory"])
def gloss(request: pytest.FixtureRequest, tmp_path: Path) -> Glossary:
    """The entries above in a glossary file (lookup reads its index) or in memory (lookup reads the entries)."""
    made = Glossary.open(tmp_path / "banks.json", must_exist=False) if request.param == "file" else Glossary()
    with made:
        for entry in _ENTRIES:
            made.add(entry)
    return Glossary.open(tmp_path / "banks.json") if request.param == "file" else made


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Hongkong and Shanghai Banking Corporation Limited", "hsbc"),  # spacing + legal form
        ("The Hongkong and Shanghai Banking Corporation Limited", "hsbc"),  # the registered name
        ("The Hong Kong and Shanghai Banking Corporation", "hsbc"),
        ("HONGKONG AND SHANGHAI BANKING CORP LTD", "hsbc"),
        ("The Industrial and Commercial Bank of China", "icbc"),
        ("the Bank of China", "boc"),
        ("The Bank of East Asia, Limited", "bea"),
        ("Bank of China Ltd", "boc"),  # (found before too)
    ],
)
def test_a_registered_english_finds_its_company(gloss: Glossary, query: str, expected: str) -> None:
    assert [hit.entry.id for hit in gloss.lookup(query)] == [expected]


@pytest.mark.parametrize(
    "query", ["The Bank", "The", "Theodore Bank of China", "The Banking Corporation", "Ma S A Ltd x"]
)
def test_an_article_or_a_legal_form_finds_no_other_name(gloss: Glossary, query: str) -> None:
    assert gloss.lookup(query) == []


def test_letters_run_together_are_still_no_legal_form(gloss: Glossary) -> None:
    # "Ma SA" is "Masa" spaced otherwise (a plain key), and "Ma SA Ltd" that with a legal form; "Masa" is no "Ma" + SA.
    assert [hit.entry.id for hit in gloss.lookup("Ma SA Ltd")] == ["masa"]
    assert gloss.lookup("Ma") == []


def test_the_cedict_names_glossary_finds_hsbc_by_its_registered_name(cedict_names_db: Path, zhgloss_exe: str) -> None:
    # The user's repro: CC-CEDICT's 汇丰银行 "Hong Kong and Shanghai Banking Corporation", the installed command.
    for query in (
        "The Hongkong and Shanghai Banking Corporation Limited",
        "Hongkong and Shanghai Banking Corporation Limited",
    ):
        done = subprocess.run(
            [zhgloss_exe, "lookup", query, "--db", str(cedict_names_db)], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr
        assert "汇丰银行" in done.stdout.splitlines()[0]
