"""TBX and MultiTerm XML are read in time linear in the file, however deep inline markup nests (session 30, U30-35).

An element's text is the text of its whole subtree; the reader used to read it again for every element inside a
term (to ask whether each nested `<hi>` was a status field), so N nested `<hi>` around a term cost N*N/2 element
visits: 1.8 MB took minutes. The tests count the elements `_text` visits, no timing: linear is a few times N.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from zhgloss.formats import tbx
from zhgloss.model import Entry

ZHGLOSS = str(Path(sys.executable).with_name("zhgloss"))
DEPTH = 3000  # N*N/2 = 4.5 million visits when quadratic; linear stays near N


class _Visits:
    """Counts the elements `tbx._text` visits (an element's text is its whole subtree's)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        read = tbx._text

        def counting(elem: ET.Element) -> str:
            self.count += sum(1 for _ in elem.iter())
            return read(elem)

        monkeypatch.setattr(tbx, "_text", counting)


def _load_one(path: Path, text: str) -> Entry:
    path.write_text(text, encoding="utf-8")
    with path.open(encoding="utf-8") as fp:
        [entry] = list(tbx.load_tbx(fp, str(path)))
    return entry


def _basic(depth: int, tag: str = "hi") -> str:
    # TBX-Basic: the tester's deep_N.tbx, the zh term 雷军 wrapped in `depth` nested inline elements.
    term = f"<{tag}>" * depth + "雷军" + f"</{tag}>" * depth
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic" xml:lang="en"><text><body>\n'
        f'<termEntry id="a"><langSet xml:lang="zh"><tig><term>{term}</term></tig></langSet>\n'
        '<langSet xml:lang="en"><tig><term>Lei Jun</term></tig></langSet></termEntry>\n</body></text></martif>\n'
    )


def _multiterm(depth: int) -> str:
    # MultiTerm XML: the tester's mt_N.xml, N nested <b> inside the Chinese <term>.
    term = "<b>" * depth + "马云" + "</b>" * depth
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<mtf><conceptGrp><concept>1</concept>\n'
        f'<languageGrp><language type="Chinese" lang="ZH"/><termGrp><term>{term}</term></termGrp></languageGrp>\n'
        '<languageGrp><language type="English" lang="EN"/><termGrp><term>Jack Ma</term>'
        '<descripGrp><descrip type="Status">Preferred</descrip></descripGrp></termGrp></languageGrp>\n'
        "</conceptGrp></mtf>\n"
    )


def _nested_notes(depth: int) -> str:
    # A langSet's note holding notes inside it, `depth` deep: one note, read once.
    note = "<note>" * depth + "founder of Xiaomi" + "</note>" * depth
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic" xml:lang="en"><text><body>\n'
        f'<termEntry id="a"><langSet xml:lang="zh"><tig><term>雷军</term></tig></langSet>\n'
        f'<langSet xml:lang="en">{note}<tig><term>Lei Jun</term></tig></langSet></termEntry>\n'
        "</body></text></martif>\n"
    )


@pytest.mark.parametrize(
    ("text", "zh", "en"),
    [
        (_basic(DEPTH), "雷军", "Lei Jun"),
        (_basic(DEPTH, "b"), "雷军", "Lei Jun"),
        (_multiterm(DEPTH), "马云", "Jack Ma"),
    ],
    ids=["tbx-basic-hi", "tbx-basic-b", "multiterm-b"],
)
def test_nested_inline_markup_in_a_term_is_read_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str, zh: str, en: str
) -> None:
    visits = _Visits(monkeypatch)
    entry = _load_one(tmp_path / "deep.tbx", text)
    assert (entry.zh, entry.en) == (zh, en)
    assert visits.count < 5 * DEPTH, f"{visits.count} element visits for {DEPTH} nested elements: not linear"


def test_nested_notes_are_one_note_read_once(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    visits = _Visits(monkeypatch)
    entry = _load_one(tmp_path / "notes.tbx", _nested_notes(DEPTH))
    assert entry.note == "founder of Xiaomi"  # once, not once for each of the notes around it
    assert visits.count < 5 * DEPTH, f"{visits.count} element visits for {DEPTH} nested notes: not linear"


def test_a_deeply_marked_up_term_imports_through_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "deep.tbx"
    path.write_text(_basic(20000), encoding="utf-8")
    db = tmp_path / "g.json"
    db.write_text("{}", encoding="utf-8")
    result = subprocess.run(
        [ZHGLOSS, "--db", str(db), "import", str(path)], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr
    [doc] = [d for table in json.loads(db.read_text(encoding="utf-8")).values() for d in table.values()]
    assert (doc["zh"], doc["en"]) == ("雷军", "Lei Jun")
