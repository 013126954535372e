"""An obsolete term keeps its status: read as obsolete, written back so, read again so.

ISO 12620 has obsoleteTerm as a temporalQualifier; Crowdin's glossary statuses are preferred, admitted, not
recommended and obsolete; DITA's termentry writes usage="obsolete"; TBX v3 files carry obsoleteTerm-admn-sts. Before,
every such term was stored as "deprecated", so an export and re-import changed the status the file wrote.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.csv_format import dump_csv, load_csv
from zhgloss.formats.tbx import dump_tbx, load_tbx
from zhgloss.formats.tsv import dump_tsv, load_tsv
from zhgloss.model import Entry

TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>a termbase</p></sourceDesc></fileDesc>
</martifHeader><text><body><termEntry id="syd">
<langSet xml:lang="en"><tig><term>Sydney</term></tig><tig><term>Port Jackson</term>{status}</tig></langSet>
<langSet xml:lang="zh-CN"><tig><term>悉尼</term></tig></langSet>
</termEntry></body></text></martif>
"""


@pytest.mark.parametrize(
    "status",
    [
        '<termNote type="administrativeStatus">obsoleteTerm-admn-sts</termNote>',
        '<termNote type="temporalQualifier">obsoleteTerm</termNote>',
        '<termNote type="usage">obsolete</termNote>',
        '<descrip type="Status">Obsolete</descrip>',
    ],
)
def test_an_obsolete_term_is_a_forbidden_form_with_status_obsolete(status: str) -> None:
    (entry,) = load_tbx(io.StringIO(TBX.format(status=status)))
    assert [(f.form, f.status) for f in entry.forbidden] == [("Port Jackson", "obsolete")]
    assert entry.aliases == ()


def test_a_crowdin_csv_status_obsolete_is_kept() -> None:
    text = "Term [en],Status [en],Term [zh-CN],Status [zh-CN]\nSydney,preferred,悉尼,\nSydney,,雪梨,obsolete\n"
    (entry,) = load_csv(io.StringIO(text), "crowdin.csv")
    assert [(f.form, f.status) for f in entry.forbidden] == [("雪梨", "obsolete")]


@pytest.mark.parametrize(
    ("dump", "load"), [(dump_tbx, load_tbx), (dump_csv, load_csv), (dump_tsv, load_tsv)], ids=["tbx", "csv", "tsv"]
)
def test_obsolete_survives_export_and_import(dump: object, load: object) -> None:
    (entry,) = load_tbx(io.StringIO(TBX.format(status='<termNote type="usage">obsolete</termNote>')))
    buffer = io.StringIO(newline="")
    dump(iter([entry]), buffer)  # type: ignore[operator]
    (back,) = load(io.StringIO(buffer.getvalue()), "again")  # type: ignore[operator]
    assert back == entry
    assert isinstance(back, Entry) and back.forbidden[0].status == "obsolete"


def test_the_export_tells_other_tools_the_term_is_not_to_be_used() -> None:
    (entry,) = load_tbx(io.StringIO(TBX.format(status='<termNote type="usage">obsolete</termNote>')))
    buffer = io.StringIO()
    dump_tbx([entry], buffer)
    assert "<term>Port Jackson</term>" in buffer.getvalue()
    assert "deprecatedTerm-admn-sts" in buffer.getvalue()  # TBX-Basic has no obsolete administrativeStatus
