"""TBX-Basic's term-level source (`<admin type="source">` in a tig) is kept, as the entry-level one is.

TBX-Basic lets a source be given for the entry and for each term; before, only the entry's was read and a
term's was dropped without a word. A term's source becomes one of the entry's sources, prefixed with its term.
"""

from __future__ import annotations

import io

from zhgloss.formats.tbx import dump_tbx, load_tbx

BASIC = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en-US">
<martifHeader><fileDesc><sourceDesc><p>TBX-Basic sample</p></sourceDesc></fileDesc></martifHeader>
<text><body>
<termEntry id="c5">
  <admin type="source">Company style guide 2024</admin>
  <langSet xml:lang="en-US">
    <tig><term>Tencent</term><admin type="source">annual report 2023</admin>
      <descrip type="context">Tencent said on Monday</descrip></tig>
  </langSet>
  <langSet xml:lang="zh-CN">
    <ntig><termGrp><term>腾讯</term></termGrp><admin type="source">腾讯官网</admin><note>公司简称</note></ntig>
  </langSet>
</termEntry>
</body></text></martif>
"""


def test_each_terms_source_is_a_source_of_the_entry() -> None:
    (entry,) = load_tbx(io.StringIO(BASIC))
    assert entry.sources == ("Company style guide 2024", "Tencent: annual report 2023", "腾讯: 腾讯官网")
    assert entry.note == "Tencent: context: Tencent said on Monday; 腾讯: 公司简称"


def test_the_sources_survive_a_round_trip() -> None:
    (entry,) = load_tbx(io.StringIO(BASIC))
    buffer = io.StringIO()
    dump_tbx([entry], buffer)
    assert list(load_tbx(io.StringIO(buffer.getvalue()))) == [entry]
