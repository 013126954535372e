"""A termbase's people come in untyped (`name`); their names' order is still judged (session 24, user U15, U37).

TBX has no type for a person, and a CSV of names often has no type column, so since 4906a98 such entries are `name`.
check judged the other order of a name only for `person` ("Kwang-chung Yu" for 余光中 "Yu Kwang-chung" was
`misspelt`), and validate's order check skipped them ("Jun Lei" for 雷军 passed). An untyped name whose characters
read as a person's (a surname first) and whose English writes that surname at one end is judged as a person's is
(`check._named_like_a_person`; validate's `en-order`); a place's or a company's name is not.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from termbase_check import imported_termbase

ROWS = "zh,en\n余光中,Yu Kwang-chung\n钟南山,Zhong Nanshan\n腾讯,Tencent\n北京大学,Peking University\n"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, zhgloss_exe: str) -> Path:
    return imported_termbase(zhgloss_exe, tmp_path_factory.mktemp("untyped"), ROWS, "people.csv")


def check(exe: str, db: Path, zh: str, en: str) -> list[tuple[str, str]]:
    done = subprocess.run(
        [exe, "check", "-", "--json", "--db", str(db)], input=f"{zh}\t{en}\n", capture_output=True, text=True
    )
    return [(p["kind"], p["found"]) for p in json.loads(done.stdout)["problems"]]


@pytest.mark.parametrize(
    ("zh", "en", "found"),
    [
        ("余光中是诗人。", "Kwang-chung Yu was a poet.", "Kwang-chung Yu"),  # Wade-Giles surname at the end
        ("钟南山说。", "Nanshan Zhong said.", "Nanshan Zhong"),
    ],
)
def test_the_other_order_of_an_untyped_persons_name_is_order(
    zhgloss_exe: str, db: Path, zh: str, en: str, found: str
) -> None:
    assert check(zhgloss_exe, db, zh, en) == [("order", found)]


def test_the_glossarys_own_order_passes(zhgloss_exe: str, db: Path) -> None:
    assert check(zhgloss_exe, db, "余光中是诗人。", "Yu Kwang-chung was a poet.") == []


def test_validate_flags_an_untyped_name_in_western_order_only(zhgloss_exe: str, db: Path, tmp_path: Path) -> None:
    # Session 32 (U32-16): a table's row "雷军,Jun Lei" no longer comes in for validate to flag: the import refuses it
    # with its line, as add refuses it (`table._judged_english`, validate's own `english_problems`).
    done = subprocess.run([zhgloss_exe, "validate", "--json", "--db", str(db)], capture_output=True, text=True)
    assert [p["entry_id"] for p in json.loads(done.stdout)["problems"] if p["code"] == "en-order"] == []
    rows = tmp_path / "more.csv"
    rows.write_text("zh,en\n雷军,Jun Lei\n", encoding="utf-8")
    refused = subprocess.run(
        [zhgloss_exe, "import", str(rows), "--dry-run", "--db", str(db)], capture_output=True, text=True
    )
    assert refused.returncode == 3, refused.stderr
    assert "line 2: en 'Jun Lei' puts the given name first" in refused.stderr


def test_the_family_name_alone_after_the_full_name_passes(zhgloss_exe: str, db: Path) -> None:
    # News copy names a person in full once, then by the family name (the user's U38: "missing 钟南山", rc 1).
    done = subprocess.run(
        [zhgloss_exe, "check", "-", "--json", "--db", str(db)],
        input="钟南山说，疫情仍在。\tZhong Nanshan said the epidemic continues.\n"
        "钟南山还表示。\tZhong also urged caution.\n",
        capture_output=True,
        text=True,
    )
    assert (done.returncode, json.loads(done.stdout)["problems"]) == (0, [])
    alone = check(zhgloss_exe, db, "钟南山还表示。", "Zhong also urged caution.")
    assert alone == [("variant", "Zhong")]  # before any full mention: a variant, as for a person
