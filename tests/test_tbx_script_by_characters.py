"""A Chinese term of another tool's TBX is traditional when its characters are, whatever tag its langSet has.

Tools write a bare `zh` (or even zh-CN) over Taiwan's forms; the term was stored as the entry's simplified zh
(臺積電), which `validate` then reported ("zh: '臺積電' has traditional 臺、積、電"), and simplified text never
found it.
Such a term is read as a zh-TW one: zh gets its simplified form, zh_hant the term, as a CSV's traditional zh
column is read. zhgloss's own export is read as written.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.tbx import load_tbx
from zhgloss.validate import validate_entries

TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>tool</p></sourceDesc></fileDesc></martifHeader>
<text><body>
<termEntry id="t1"><langSet xml:lang="en"><tig><term>TSMC</term></tig></langSet>
<langSet xml:lang="{lang}"><tig><term>臺積電</term></tig><tig><term>台灣積體電路</term></tig></langSet></termEntry>
</body></text></martif>
"""


@pytest.mark.parametrize("lang", ["zh", "ZH", "zh-CN", "zho", "cmn", "zh-Hans"])
def test_traditional_terms_under_a_simplified_or_bare_tag_are_traditional(lang: str) -> None:
    (entry,) = load_tbx(io.StringIO(TBX.format(lang=lang)))
    assert (entry.zh, entry.zh_hant) == ("台积电", "臺積電")
    assert set(entry.zh_aliases) == {"台灣積體電路", "台湾积体电路"}
    assert [p for p in validate_entries([entry]) if p.severity == "error"] == []


def test_simplified_terms_under_a_bare_tag_stay_simplified() -> None:
    (entry,) = load_tbx(
        io.StringIO(TBX.format(lang="zh").replace("臺積電", "台积电").replace("台灣積體電路", "台湾积体电路"))
    )
    # TSMC writes itself 台積電 (台 is a traditional character as well): OpenCC's traditional form.
    assert (entry.zh, entry.zh_hant) == ("台积电", "台積電")
