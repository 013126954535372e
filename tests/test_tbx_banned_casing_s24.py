"""A banned casing bans that writing only (TBX; issue 9, item 2; session 24).

Termbases deprecate a casing or spacing beside the preferred term: TBX-Basic's administrativeStatus is a
term's own (ISO 30042), and style guides ban "TenCent" beside "Tencent", "Tsai Ing-Wen" beside "Tsai Ing-wen".
zhgloss matched forbidden forms in any case, so the preferred term itself was reported `forbidden` ("found
'Tencent', expected 'Tencent'"), `lookup TenCent` answered the entry as a name, and a correct translation of a
source that writes a deprecated Chinese term failed. The rule (`forms.FormTable.exact`): a forbidden form that
differs from an accepted one only in case is forbidden as written; other casings of it are the accepted form's (a
variant, as for any name). One that differs in its letters ("Lu Bu" beside "Lü Bu") is forbidden in any case.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.forms import FormTable, match_key
from zhgloss.model import Entry, ForbiddenForm

# The shape of a TBX-Basic export: one concept, the preferred English term and two banned ones, one a casing.
TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en-US">
  <martifHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="tencent">
      <langSet xml:lang="zh-CN">
        <tig><term>腾讯</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <tig><term>腾迅</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
      </langSet>
      <langSet xml:lang="en-US">
        <tig><term>Tencent</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <tig><term>TenCent</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
        <tig><term>Tengxun</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig>
      </langSet>
    </termEntry>
    <termEntry id="tsai">
      <langSet xml:lang="zh-TW"><tig><term>蔡英文</term></tig></langSet>
      <langSet xml:lang="en-US">
        <tig><term>Tsai Ing-wen</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <tig><term>Tsai Ing-Wen</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
      </langSet>
    </termEntry>
  </body></text>
</martif>
"""


@pytest.fixture
def glossary(tmp_path: Path, zhgloss_exe: str) -> tuple[str, Path]:
    tbx, db = tmp_path / "terms.tbx", tmp_path / "g.json"
    tbx.write_text(TBX, encoding="utf-8")
    done = subprocess.run([zhgloss_exe, "import", str(tbx), "--db", str(db)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return zhgloss_exe, db


def check(glossary: tuple[str, Path], tmp_path: Path, pairs: list[tuple[str, str]]) -> tuple[int, list[dict]]:
    exe, db = glossary
    tsv = tmp_path / "pairs.tsv"
    tsv.write_text("".join(f"{zh}\t{en}\n" for zh, en in pairs), encoding="utf-8")
    done = subprocess.run([exe, "check", str(tsv), "--db", str(db), "--json"], capture_output=True, text=True)
    assert done.returncode in (0, 1), done.stderr
    return done.returncode, json.loads(done.stdout)["problems"]


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("腾讯公布了财报。", "Tencent released its results."),
        ("蔡英文发表讲话。", "Tsai Ing-wen gave a speech."),
        # A deprecated Chinese term in the source still names the entity; its rendering is right.
        ("腾迅公布了财报。", "Tencent released its results."),
    ],
)
def test_the_preferred_term_passes_beside_its_banned_casing(
    glossary: tuple[str, Path], tmp_path: Path, zh: str, en: str
) -> None:
    assert check(glossary, tmp_path, [(zh, en)]) == (0, [])


@pytest.mark.parametrize(
    ("zh", "en", "found", "status"),
    [
        ("腾讯公布了财报。", "TenCent released its results.", "TenCent", "deprecated"),
        ("蔡英文发表讲话。", "Tsai Ing-Wen gave a speech.", "Tsai Ing-Wen", "deprecated"),
        ("腾讯公布了财报。", "Tengxun released its results.", "Tengxun", "superseded"),
        ("腾讯公布了财报。", "TENGXUN released its results.", "TENGXUN", "superseded"),  # no accepted form folds so
    ],
)
def test_the_banned_writing_is_forbidden_and_nothing_else(
    glossary: tuple[str, Path], tmp_path: Path, zh: str, en: str, found: str, status: str
) -> None:
    code, problems = check(glossary, tmp_path, [(zh, en)])
    assert code == 1
    assert [(p["kind"], p["found"], p["expected"]) for p in problems] == [
        ("forbidden", found, "Tsai Ing-wen" if "Tsai" in found else "Tencent")
    ]
    assert status in problems[0]["note"]


def test_another_casing_is_a_variant_of_the_accepted_form(glossary: tuple[str, Path], tmp_path: Path) -> None:
    code, problems = check(glossary, tmp_path, [("腾讯公布了财报。", "TENCENT released its results.")])
    assert code == 0
    assert [(p["kind"], p["found"]) for p in problems] == [("variant", "TENCENT")]


def test_lookup_of_the_banned_casing_names_the_form_to_write(glossary: tuple[str, Path]) -> None:
    exe, db = glossary
    banned = subprocess.run([exe, "lookup", "TenCent", "--db", str(db)], capture_output=True, text=True)
    assert banned.returncode == 1
    assert banned.stdout == ""
    assert "forbids" in banned.stderr and "write Tencent" in banned.stderr
    assert len(banned.stderr.strip().splitlines()) == 1
    for query in ("Tencent", "TENCENT"):
        done = subprocess.run([exe, "lookup", query, "--db", str(db), "--field", "en"], capture_output=True, text=True)
        assert (done.returncode, done.stdout.strip()) == (0, "Tencent"), query


# The rule on FormTable, for any name and any other casing of it.
NAMES = st.from_regex(r"[A-Z][a-z]{2,8}( [A-Z][a-z]{2,8}){0,2}", fullmatch=True)


@settings(max_examples=200, deadline=None)
@given(name=NAMES, data=st.data())
def test_a_banned_casing_is_forbidden_as_written_only(name: str, data: st.DataObject) -> None:
    flips = data.draw(st.lists(st.booleans(), min_size=len(name), max_size=len(name)))
    banned = "".join(c.swapcase() if flip else c for c, flip in zip(name, flips, strict=True))
    if banned == name:
        return
    entry = Entry(id="tencent", zh="腾讯", en=name, type="term", forbidden=(ForbiddenForm(banned, "deprecated"),))
    table = FormTable(entry)
    assert table.judge(banned).status == "forbidden"
    assert table.judge(name).status == "preferred"
    other = name.upper() if name.upper() != banned else name.lower()
    if other not in (name, banned):
        assert table.judge(other).status == "variant"
    assert match_key(banned) == match_key(name)
