"""zhgloss's own OmegaT export imports back: an English adopted in Western order is said in the comment.

User finding U34-28: `export -F omegat` of the CC-CEDICT glossary could not be imported at all, refused at 陈露
(CC-CEDICT /Lu Chen (1976-), PRC figure skater/, stored en "Lu Chen", en_adopted): "puts the given name first …
give the row an en_adopted column of true", which OmegaT's three columns cannot. The export now writes
"[adopted English name]" before the comment of such a line (only where the English is the pinyin's words the other
way round), and the import reads it back. The other two people write their names so in English: 李飞飞 Fei-Fei Li
(Stanford), 张首晟 Shoucheng Zhang (晟 read chéng, as his name writes it).
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.errors import FormatError
from zhgloss.formats import get_format
from zhgloss.store import Glossary

PEOPLE = [
    {"zh": "陈露", "en": "Lu Chen", "pinyin": "Chén Lù", "type": "person", "en_adopted": True,
     "note": "PRC figure skater, 1995 world champion"},
    {"zh": "李飞飞", "en": "Fei-Fei Li", "pinyin": "Lǐ Fēifēi", "type": "person", "en_adopted": True},
    {"zh": "张首晟", "en": "Shoucheng Zhang", "pinyin": "Zhāng Shǒuchéng", "type": "person", "en_adopted": True},
    {"zh": "李彦宏", "en": "Robin Li", "pinyin": "Lǐ Yànhóng", "type": "person", "en_adopted": True},
]  # fmt: skip


def test_omegat_export_of_adopted_western_order_imports_back(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "people.jsonl"
    source.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in PEOPLE), encoding="utf-8")
    db = tmp_path / "g.json"
    assert runner.invoke(app, ["import", str(source), "--db", str(db)]).exit_code == 0
    exported = runner.invoke(app, ["export", "-F", "omegat", "--db", str(db)])
    assert exported.exit_code == 0, exported.output
    lines = exported.stdout.splitlines()
    assert "陈露\tLu Chen\t[adopted English name] Chén Lù — PRC figure skater, 1995 world champion" in lines
    assert "李彦宏\tRobin Li\tLǐ Yànhóng" in lines  # an adopted name in its own order needs no word
    glossary = tmp_path / "glossary.utf8"
    glossary.write_text(exported.stdout, encoding="utf-8")
    again = tmp_path / "again.json"
    result = runner.invoke(app, ["import", str(glossary), "--db", str(again)])
    assert result.exit_code == 0, result.output
    with Glossary.open(again) as gloss:
        stored = {e.zh: (e.en, e.en_adopted, e.note) for e in gloss.iter_entries()}
    assert stored["陈露"] == ("Lu Chen", True, "PRC figure skater, 1995 world champion")
    assert stored["李飞飞"][:2] == ("Fei-Fei Li", True)
    assert stored["张首晟"][:2] == ("Shoucheng Zhang", True)
    result = runner.invoke(app, ["import", str(glossary), "--db", str(db)])
    assert result.exit_code == 0, result.output  # into its own source: every line identical


def test_an_unmarked_western_order_line_is_still_refused() -> None:
    entries = get_format("omegat").load(io.StringIO("陈露\tLu Chen\tChén Lù\n"), "glossary.utf8")
    with pytest.raises(FormatError, match="puts the given name first"):
        list(entries)
