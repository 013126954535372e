"""A name whose own form ends in 's is no possessive slip; its form without the 's is (the review's R47-10).

On a --proper-only import validate said "'Standard and Poor's' ends in a possessive; 'Standard and Poor' is a form of
the entry already: remove it": the possessive is the company's own name, and the alias "Standard and Poor" (CC-CEDICT's
标普 line, folded into 标准普尔) is the slip. A name CC-CEDICT writes with its 's (data/possessive_names.txt, which
harvest reads too, now with "Standard and Poor's") or a thing whose Chinese writes the house's 氏 (家乐氏 Kellogg's)
keeps it; the warning goes to the form without it.
"""

from __future__ import annotations

import gzip
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.harvest import POSSESSIVE_NAMES_PATH
from zhgloss.model import Entry
from zhgloss.validate import check_entry

CEDICT_LINES = (
    "標普 标普 [Biao1 Pu3] /Standard and Poor (share index)/abbr. for 標準普爾|标准普尔[Biao1 zhun3 Pu3 er3]/\n"
    "標準普爾 标准普尔 [Biao1 zhun3 Pu3 er3] /Standard and Poor's (S&P), company specializing in financial market "
    "ratings/S&P financial index/\n"
)


def _possessives(entry: Entry) -> list[tuple[str, str]]:
    return [(p.field, p.message) for p in check_entry(entry) if p.code == "en-possessive"]


def test_standard_and_poors_alias_without_the_s_is_the_slip() -> None:
    entry = Entry(
        id="sp",
        zh="标准普尔",
        en="Standard and Poor's",
        aliases=("S&P", "Standard and Poor"),
        type="org",
        en_adopted=True,
    )
    problems = [p for p in check_entry(entry) if p.code == "en-possessive"]
    assert len(problems) == 1
    assert problems[0].field == "aliases"
    assert problems[0].severity == "warning"
    assert "'Standard and Poor' is the name \"Standard and Poor's\" without its own 's" in problems[0].message
    assert "--remove-alias 'Standard and Poor'" in problems[0].message


@pytest.mark.parametrize(
    ("zh", "name", "bare"),
    [("麦当劳", "McDonald's", "McDonald"), ("穆迪", "Moody's", "Moody"), ("家乐氏", "Kellogg's", "Kellogg")],
)
def test_a_possessive_name_keeps_its_s_and_its_bare_alias_is_reported(zh: str, name: str, bare: str) -> None:
    entry = Entry(id="x", zh=zh, en=name, aliases=(bare,), type="org", en_adopted=True)
    assert [field for field, _ in _possessives(entry)] == ["aliases"]
    alone = Entry(id="x", zh=zh, en=name, type="org", en_adopted=True)
    assert _possessives(alone) == []


def test_the_bare_english_before_a_possessive_name_alias_is_told_to_write_the_name() -> None:
    entry = Entry(id="x", zh="苏富比", en="Sotheby", aliases=("Sotheby's",), type="org", en_adopted=True)
    [(field, message)] = _possessives(entry)
    assert field == "en"
    assert 'write "Sotheby\'s"' in message


def test_a_possessive_copied_from_running_text_is_still_the_slip() -> None:
    # Tencent's is no name of its own: the possessive form is what to remove, as before.
    entry = Entry(id="x", zh="腾讯", en="Tencent's", aliases=("Tencent",), type="org", en_adopted=True)
    [(field, message)] = _possessives(entry)
    assert field == "en"
    assert "is a form of the entry already: remove it" in message
    person = Entry(id="y", zh="马云", en="Jack Ma's", type="person", en_adopted=True)
    assert [p.severity for p in check_entry(person) if p.code == "en-possessive"] == ["error"]


def _names() -> list[str]:
    lines = POSSESSIVE_NAMES_PATH.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


@given(st.sampled_from(_names()), st.booleans())
def test_no_name_of_the_list_is_ever_told_to_drop_its_s(name: str, with_bare: bool) -> None:
    bare = name[: -len("'s")]
    entry = Entry(id="x", zh="某某", en=name, aliases=(bare,) if with_bare else (), type="org", en_adopted=True)
    problems = _possessives(entry)
    assert all(field == "aliases" for field, _ in problems)
    assert len(problems) == int(with_bare)


def test_a_cedict_import_reports_the_bare_alias_not_the_name(tmp_path: Path, zhgloss_exe: str) -> None:
    source = tmp_path / "cedict_ts.u8.gz"
    with gzip.open(source, "wt", encoding="utf-8") as fp:
        fp.write("# CC-CEDICT\n" + CEDICT_LINES)
    db = tmp_path / "g.json"
    done = subprocess.run(
        [zhgloss_exe, "import", str(source), "--proper-only", "--db", str(db)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    checked = subprocess.run(
        [zhgloss_exe, "validate", "--db", str(db)], capture_output=True, text=True, check=False, encoding="utf-8"
    )
    said = checked.stdout + checked.stderr
    assert "aliases: 'Standard and Poor' is the name \"Standard and Poor's\" without its own 's" in said
    assert 'en: "Standard and Poor\'s" ends in a possessive' not in said
