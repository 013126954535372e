"""TBX notes are kept wherever they sit (concept, langSet, term; in a descripGrp or not), and survive a round trip.

tests/data/multiterm_notes.tbx has the shape of a termbase exported from SDL MultiTerm (its own descrip types
"Definition", "Usage" and "Note" at each level, transactions, a descripGrp with a source).
"""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest

from zhgloss.formats import get_format

DATA = Path(__file__).resolve().parent / "data"

CONCEPT = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en"><text><body>
<termEntry id="lei-jun">{concept}
<langSet xml:lang="zh-CN">{zh_set}<tig><term>雷军</term>{zh_term}</tig></langSet>
<langSet xml:lang="en">{en_set}<tig><term>Lei Jun</term>{en_term}</tig></langSet>
</termEntry>
</body></text></martif>
"""
TBX3 = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
<conceptEntry id="lei-jun">{concept}
<langSec xml:lang="zh"><termSec><term>雷军</term></termSec></langSec>
<langSec xml:lang="en"><termSec><term>Lei Jun</term>{en_term}</termSec></langSec>
</conceptEntry>
</body></text></tbx>
"""


def note_of(tbx: str) -> str | None:
    (entry,) = get_format("tbx").load(io.StringIO(tbx), "x.tbx")
    return entry.note


@pytest.mark.parametrize(
    ("place", "element", "note"),
    [
        # MultiTerm's own descrip types, at each level.
        ("concept", '<descrip type="Definition">founder of Xiaomi</descrip>', "founder of Xiaomi"),
        ("concept", '<descrip type="Usage">no title before the name</descrip>', "Usage: no title before the name"),
        ("zh_set", '<descrip type="Definition">小米创始人</descrip>', "小米创始人"),
        ("en_set", '<descrip type="Usage">family name first</descrip>', "Usage: family name first"),
        ("zh_term", '<descrip type="Usage">不加头衔</descrip>', "雷军: Usage: 不加头衔"),
        ("en_term", '<descrip type="Note">as on his card</descrip>', "Lei Jun: as on his card"),
        # TBX-Basic's own: a context of a term, a definition in a descripGrp, a note in a langSet.
        ("en_term", '<descrip type="context">Lei Jun said ...</descrip>', "Lei Jun: context: Lei Jun said ..."),
        ("concept", '<descripGrp><descrip type="definition">founder</descrip></descripGrp>', "founder"),
        ("en_set", "<note>checked 2020</note>", "checked 2020"),
        (
            "en_term",
            '<descripGrp><descrip type="Usage">formal</descrip><admin type="source">kit</admin></descripGrp>',
            "Lei Jun: Usage: formal",
        ),
    ],
)
def test_a_note_is_kept_wherever_it_sits(place: str, element: str, note: str) -> None:
    parts = dict.fromkeys(("concept", "zh_set", "en_set", "zh_term", "en_term"), "")
    parts[place] = element
    assert note_of(CONCEPT.format(**parts)) == note


@pytest.mark.parametrize(
    ("place", "element", "note"),
    [
        ("concept", "<definition>founder of Xiaomi</definition>", "founder of Xiaomi"),  # DCT style
        ("en_term", "<context>Lei Jun said ...</context>", "Lei Jun: context: Lei Jun said ..."),
    ],
)
def test_a_tbx_v3_dct_note_is_kept(place: str, element: str, note: str) -> None:
    parts = dict.fromkeys(("concept", "en_term"), "")
    parts[place] = element
    assert note_of(TBX3.format(**parts)) == note


def test_codes_and_bookkeeping_are_no_notes() -> None:
    tbx = CONCEPT.format(
        concept='<transacGrp><transac type="transactionType">origination</transac><date>2020-09-14</date></transacGrp>'
        '<descrip type="subjectField">person</descrip>',
        zh_set="",
        en_set="",
        zh_term='<termNote type="partOfSpeech">noun</termNote><termNote type="termType">fullForm</termNote>',
        en_term='<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>',
    )
    assert note_of(tbx) is None


def zhgloss(exe: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_a_multiterm_export_keeps_its_notes_through_export_and_import(zhgloss_exe: str, tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    result = zhgloss(zhgloss_exe, "import", str(DATA / "multiterm_notes.tbx"), "--db", str(first))
    assert result.returncode == 0, result.stderr
    exported = zhgloss(zhgloss_exe, "export", "--format", "jsonl", "--db", str(first))
    notes = {e["zh"]: e["note"] for e in map(json.loads, exported.stdout.splitlines())}
    assert notes == {
        "雷军": "雷军: Usage: 不加头衔; Lei Jun: Usage: family name first, no hyphen; Lei Jun: checked 2020; "
        "Chief executive of Xiaomi; 小米集团创始人",
        "小米集团": "context: Xiaomi Group reported revenue of ...; the group, not the phone brand",
    }
    tbx = tmp_path / "out.tbx"
    assert zhgloss(zhgloss_exe, "export", "-o", str(tbx), "--db", str(first)).returncode == 0
    assert zhgloss(zhgloss_exe, "import", str(tbx), "--db", str(second)).returncode == 0
    again = zhgloss(zhgloss_exe, "export", "--format", "jsonl", "--db", str(second))
    assert again.stdout == exported.stdout
