"""A shorter name inside a longer form the glossary forbids is not glossed (issue 9, twenty-fifth session, user U31).

A termbase accepts 腾讯 "Tencent" and bans 腾讯控股有限公司 (a deprecated term). Where the text writes the banned long
form, that form is the text's word: glossing its accepted prefix, 腾讯（Tencent）控股有限公司, tells the translator the
text writes the accepted name. The banned form itself is not glossed (README, forms table), and now neither is any
glossary match inside it (`zhgloss.annotate._outside_banned`), of its own entry or of another (京师 "the capital"
inside PKU's superseded 京师大学堂), in Chinese or in English (Beijing inside PKU's deprecated "Beijing University").
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from zhgloss.annotate import Annotator
from zhgloss.model import Entry, ForbiddenForm

ENTRIES = [
    Entry(
        id="tencent",
        zh="腾讯",
        zh_hant="騰訊",
        en="Tencent",
        type="org",
        forbidden=(ForbiddenForm("腾讯控股有限公司", "deprecated"), ForbiddenForm("騰訊控股有限公司", "deprecated")),
    ),
    Entry(
        id="pku",
        zh="北京大学",
        en="Peking University",
        type="org",
        forbidden=(ForbiddenForm("京师大学堂", "superseded"), ForbiddenForm("Beijing University", "deprecated")),
    ),
    Entry(id="jingshi", zh="京师", en="the capital", type="place"),
    Entry(id="beijing", zh="北京", en="Beijing", type="place"),
    Entry(id="xiaomi", zh="小米", en="Xiaomi", type="org", always_gloss=True),
]
ANNOTATOR = Annotator(ENTRIES)


def glossed(text: str) -> list[str]:
    """The surfaces glossed in `text`, in order."""
    return [m.surface for m in ANNOTATOR.mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the user's repro
        ("腾讯控股有限公司公布业绩", []),
        # cases of my own: traditional text, another entry's name inside a ban, an English ban
        ("騰訊控股有限公司公布業績", []),
        ("京师大学堂的学生", []),
        ("He studied at Beijing University in 1998.", []),
        # the ban and an accepted name beside it, in one line
        ("腾讯控股有限公司，即腾讯，与小米合作。", ["腾讯", "小米"]),
    ],
)
def test_no_gloss_inside_a_banned_longer_form(text: str, expected: list[str]) -> None:
    assert glossed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("腾讯公布业绩", ["腾讯"]),
        ("腾讯控股公布业绩", ["腾讯"]),  # not the banned form: 控股 alone
        ("北京大学的学生来自北京", ["北京大学", "北京"]),
        ("He moved to Beijing.", ["Beijing"]),
        ("Peking University said.", ["Peking University"]),
    ],
)
def test_accepted_forms_outside_a_ban_are_glossed(text: str, expected: list[str]) -> None:
    assert glossed(text) == expected


def test_no_ban_no_change() -> None:
    plain = Annotator([Entry(id="tencent", zh="腾讯", en="Tencent", type="org")])
    assert [m.surface for m in plain.mentions("腾讯控股有限公司公布业绩")] == ["腾讯"]


TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en">
  <martifHeader><fileDesc><sourceDesc><p>Team termbase</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="tencent">
      <descrip type="subjectField">org</descrip>
      <langSet xml:lang="zh-CN">
        <tig><term>腾讯</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <tig><term>腾讯控股有限公司</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
      </langSet>
      <langSet xml:lang="en">
        <tig><term>Tencent</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
      </langSet>
    </termEntry>
  </body></text>
</martif>
"""


def test_user_repro_through_the_command(tmp_path: Path) -> None:
    """U31 as the user ran it: a TBX imported into a glossary file, annotate reading stdin."""
    tbx = tmp_path / "tencent.tbx"
    tbx.write_text(TBX, encoding="utf-8")
    db = tmp_path / "g.json"
    env = {**os.environ, "NO_COLOR": "1"}
    run = [sys.executable, "-m", "zhgloss"]
    imported = subprocess.run([*run, "import", str(tbx), "--db", str(db)], capture_output=True, text=True, env=env)
    assert imported.returncode == 0, imported.stderr
    before = db.read_bytes()
    result = subprocess.run(
        [*run, "annotate", "--db", str(db), "-"],
        input="腾讯控股有限公司公布业绩\n腾讯公布业绩\n",
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "腾讯控股有限公司公布业绩\n腾讯（Tencent）公布业绩\n"
    assert db.read_bytes() == before
