"""A langSet's own source is kept (TBX; issue 9, item 2: "notes are kept wherever they sit"; session 24).

TBX-Basic lets a descripGrp at any level hold a source (`admin type="source"`) beside the definition it is grouped
with. The entry's and a term's were kept; a langSet's was dropped without a word. It is now one of the entry's
sources, prefixed with the language as written, as a term's is with its term, and a round trip keeps it.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats import get_format
from zhgloss.model import Entry

TBX_BASIC = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en-US">
  <text><body>
    <termEntry id="byd">
      <descripGrp><descrip type="definition">Chinese carmaker.</descrip>
        <admin type="source">https://en.wikipedia.org/wiki/BYD_Auto</admin></descripGrp>
      <langSet xml:lang="zh-CN">
        <descripGrp><descrip type="definition">中国汽车制造商。</descrip>
          <admin type="source">https://zh.wikipedia.org/wiki/比亚迪</admin></descripGrp>
        <tig><term>比亚迪</term><admin type="source">BYD annual report 2023</admin></tig>
      </langSet>
      <langSet xml:lang="en-US">
        <descripGrp><descrip type="definition">Chinese carmaker based in Shenzhen.</descrip>
          <admin type="source">MS style</admin></descripGrp>
        <tig><term>BYD</term></tig>
      </langSet>
    </termEntry>
  </body></text>
</martif>
"""

# TBX v3 (ISO 30042:2019, DCA style): conceptEntry / langSec / termSec, the same admin element.
TBX_V3 = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="byd">
      <langSec xml:lang="zh-Hans">
        <descripGrp><descrip type="definition">中国汽车制造商。</descrip>
          <admin type="source">https://zh.wikipedia.org/wiki/比亚迪</admin></descripGrp>
        <termSec><term>比亚迪</term></termSec>
      </langSec>
      <langSec xml:lang="en"><termSec><term>BYD</term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>
"""


def load(text: str) -> Entry:
    (entry,) = get_format("tbx").load(io.StringIO(text), "x.tbx")
    return entry


def test_every_source_is_kept_wherever_it_sits() -> None:
    entry = load(TBX_BASIC)
    # In the file's order: the entry's, then each langSet's own before its terms'.
    assert entry.sources == (
        "https://en.wikipedia.org/wiki/BYD_Auto",
        "zh-CN: https://zh.wikipedia.org/wiki/比亚迪",
        "比亚迪: BYD annual report 2023",
        "en-US: MS style",
    )
    # The definitions beside them stay notes.
    assert "中国汽车制造商。" in (entry.note or "")


def test_a_langsec_source_of_tbx_v3_is_kept() -> None:
    assert "zh-Hans: https://zh.wikipedia.org/wiki/比亚迪" in load(TBX_V3).sources


@pytest.mark.parametrize("text", [TBX_BASIC, TBX_V3])
def test_a_round_trip_keeps_the_sources(text: str) -> None:
    entry = load(text)
    out = io.StringIO()
    get_format("tbx").dump([entry], out)
    assert load(out.getvalue()).sources == entry.sources
