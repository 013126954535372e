"""check: a name's own spelling is never read as another rendering's piece (session 35, rel; U35-3, U35-10).

- U35-3: 刘扬伟 'Young Liu' (adopted, as `harvest --add` stores Foxconn's chairman) against "Hon Hai chairman Liu
  Young-way said." was `order … found "Liu Young"`: the reversed-order finder read "Liu Young" out of the hyphenated
  given name "Young-way" (his own Taiwan spelling; Wikipedia: Young Liu, 劉揚偉, Liu Young-way). A hyphen joins one
  given name (README: "Ching" of "Lai Ching-te"). It is now a `missing` that quotes the spelling and says what it may
  be (the tool cannot tell his own spelling from another person's); 朱立伦 'Eric Chu' written "Chu Li-luan" (his own;
  Wade-Giles makes "Chu Li-lun") likewise. "Liu Young" alone is still `order`.
- U35-10's check half: 国家主席习近平会见了法国总统马克龙。习近平表示，中法关系重要。 / "… met French President
  Emmanuel Macron. Xi said China-France relations are important." was `missing 中法` and `unexpected 中国`: 法国's
  one mention took "French", and "France" of "China-France", a rendering beyond what 法国 asked for, was withheld
  from the relation's parts.
Fixture: those lines of CC-CEDICT (tests/data/cedict_check_spellings_s35.u8), and 刘扬伟 added by `zhgloss add`.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture

glossary = glossary_fixture("cedict_check_spellings_s35.u8")


@pytest.fixture(scope="module")
def added(tmp_path_factory: pytest.TempPathFactory, zhgloss_exe: str) -> Path:
    db = tmp_path_factory.mktemp("spellings_added") / "g.json"
    for args in (
        ["init", str(db), "--empty"],
        ["--db", str(db), "add", "刘扬伟", "--type", "person", "--en", "Young Liu", "--adopted"],
    ):
        done = subprocess.run([zhgloss_exe, *args], capture_output=True, stdin=subprocess.DEVNULL, check=False)
        assert done.returncode == 0, done.stderr
    return db


@pytest.mark.parametrize("zh", ["鸿海董事长刘扬伟表示。", "鴻海董事長劉揚偉表示。"])
def test_a_hyphenated_given_name_is_no_reversed_name(zhgloss_exe: str, added: Path, tmp_path: Path, zh: str) -> None:
    lines = check_lines(zhgloss_exe, added, tmp_path, [(zh, "Hon Hai chairman Liu Young-way said.")])
    assert len(lines) == 1, lines
    assert lines[0].startswith("1: missing ") and 'found "Liu Young-way"' in lines[0], lines
    assert "own spelling" in lines[0], lines


def test_the_name_reversed_is_still_order(zhgloss_exe: str, added: Path, tmp_path: Path) -> None:
    lines = check_lines(zhgloss_exe, added, tmp_path, [("鸿海董事长刘扬伟表示。", "Hon Hai chairman Liu Young said.")])
    assert lines == ['1: order 刘扬伟: found "Liu Young", expected "Young Liu"'], lines


@pytest.mark.parametrize(
    ("zh", "english", "found"),
    [
        ("国民党主席朱立伦表示。", "KMT chairman Chu Li-luan said.", "Chu Li-luan"),
    ],
)
def test_a_taiwan_spelling_is_quoted(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, zh: str, english: str, found: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(zh, english)])
    assert any(line.startswith("1: missing ") and f'found "{found}"' in line for line in lines), lines


@pytest.mark.parametrize(
    ("zh", "english"),
    [
        (
            "国家主席习近平会见了法国总统马克龙。习近平表示，中法关系重要。",
            "President Xi Jinping met French President Emmanuel Macron. Xi said China-France relations are important.",
        ),
        ("法国总统马克龙表示，中法关系重要。", "French President Emmanuel Macron said China-France ties matter."),
        ("中法关系重要。", "China-France relations are important."),
    ],
)
def test_a_relation_takes_a_rendering_its_country_did_not_need(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, zh: str, english: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(zh, english)])
    assert [line for line in lines if not line.startswith("1: variant 法国:")] == [], lines


def test_a_relation_of_another_country_is_still_missing(zhgloss_exe: str, glossary: Path, tmp_path: Path) -> None:
    lines = check_lines(
        zhgloss_exe,
        glossary,
        tmp_path,
        [("法国总统马克龙表示，中法关系重要。", "French President Emmanuel Macron said China-Japan ties matter.")],
    )
    assert any(line.startswith("1: missing 中法:") for line in lines), lines
