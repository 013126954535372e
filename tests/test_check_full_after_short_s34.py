"""check: a body named short in one place (a headline's "Kingsoft") and in full in another (the lead's "Kingsoft
Corporation (3888:HKEX)"), both the glossary's renderings of it, is one rendering, not `inconsistent` (issue 9; the
thirty-fourth session's U34-11: the shared article 000's own English failed as `2: inconsistent 金山软件: found
"Kingsoft Corporation", expected "Kingsoft" (as in segment 1)`). News copy names a body in full once and short
elsewhere, in either order; an alias stays a `variant` (which does not fail), and two different names stay
`inconsistent`. Entries in the bundled glossary's shape.
"""

from __future__ import annotations

from zhgloss.annotate import Annotator
from zhgloss.check import Checker
from zhgloss.formats.bilingual import Segment
from zhgloss.model import Entry

ENTRIES = [
    Entry(
        id="kingsoft",
        zh="金山软件",
        en="Kingsoft",
        type="org",
        aliases=("Kingsoft Corporation", "Kingsoft Corporation Limited"),
    ),
    Entry(id="alibaba-group", zh="阿里巴巴集团", en="Alibaba Group", type="org", aliases=("Alibaba",)),
    Entry(id="tencent", zh="腾讯控股", en="Tencent Holdings", type="org", aliases=("Tencent", "Penguin Empire")),
]
CHECKER = Checker(Annotator(ENTRIES), Annotator(ENTRIES))


def kinds(pairs: list[tuple[str, str]]) -> list[tuple[int, str]]:
    segments = [Segment(n, zh, en) for n, (zh, en) in enumerate(pairs, 1)]
    return [(p.segment, p.kind) for p in CHECKER.check(segments).problems]


def test_the_headline_short_then_the_lead_in_full() -> None:
    # U34-11 (/tmp/u34/t/headline.tsv, article 000)
    pairs = [
        ("雷军辞任金山软件执行董事", "Lei Jun Steps Down as Executive Director at Kingsoft"),
        (
            "雷军已辞去金山软件（3888.HK）执行董事一职。",
            "Lei Jun has resigned as an executive director at Kingsoft Corporation.",
        ),
    ]
    assert "inconsistent" not in {kind for _, kind in kinds(pairs)}


def test_in_full_first_then_short() -> None:
    pairs = [
        ("金山软件股价下跌。", "Kingsoft Corporation shares fell."),
        ("金山软件股价下跌。", "Kingsoft shares fell."),
    ]
    assert "inconsistent" not in {kind for _, kind in kinds(pairs)}


def test_the_preferred_form_short_after_the_full() -> None:
    # my own: the preferred form is the longer one
    pairs = [
        ("阿里巴巴集团发布财报。", "Alibaba Group released results."),
        ("阿里巴巴集团股价上涨。", "Alibaba shares rose."),
    ]
    assert "inconsistent" not in {kind for _, kind in kinds(pairs)}
    pairs = [
        ("腾讯控股发布财报。", "Tencent released results."),
        ("腾讯控股股价上涨。", "Tencent Holdings shares rose."),
    ]
    assert "inconsistent" not in {kind for _, kind in kinds(pairs)}


def test_two_different_names_are_still_inconsistent() -> None:
    pairs = [("腾讯控股发布财报。", "Tencent released results."), ("腾讯控股股价上涨。", "Penguin Empire shares rose.")]
    assert (2, "inconsistent") in kinds(pairs)
