"""The bundled glossary answers the forms translators type and read (issue 12, items 2-4)."""

from __future__ import annotations

import pytest
from strategies import ENTRIES

from zhgloss.annotate import Annotator
from zhgloss.convert import MATCHED_CONFIGS, to_traditional
from zhgloss.glossable import is_glossable
from zhgloss.script import has_cjk
from zhgloss.store import Glossary, bundled_path

ANNOTATOR = Annotator(ENTRIES)


@pytest.fixture(scope="module")
def gloss() -> Glossary:
    with Glossary.open(bundled_path()) as opened:
        return opened


@pytest.mark.parametrize(
    ("query", "entry_id"),
    [
        ("KC", "stock-kc-nasdaq"),  # the bare Nasdaq ticker, as article 000 writes it (KC:NASDAQ)
        ("JD", "stock-jd-nasdaq"),
        ("JD.US", "stock-jd-nasdaq"),
        ("KC:NASDAQ", "stock-kc-nasdaq"),
        ("Xiaomi EV", "xiaomi-automobile"),  # the registered English name
        ("Xiaomi EV Company Limited", "xiaomi-automobile"),
        ("Xiaomi Automobile", "xiaomi-automobile"),
        ("那斯達克", "nasdaq"),  # Taiwan's name for Nasdaq
        ("順勢而爲", "phrase-go-with-the-flow"),  # OpenCC s2t's Kangxi form, derived
        ("順勢而為", "phrase-go-with-the-flow"),  # the stored HK/TW form
        ("Nasdaq", "nasdaq"),
        ("HKEx", "hkex"),
        ("Hong Kong Exchanges and Clearing", "hkex"),  # the group's own name (hkexgroup.com)
    ],
)
def test_lookup_finds(gloss: Glossary, query: str, entry_id: str) -> None:
    assert [hit.entry.id for hit in gloss.lookup(query)][:1] == [entry_id]


def traditional_spellings() -> list[tuple[str, str, bool]]:
    """Every traditional spelling OpenCC gives for each bundled Chinese form, its entry id, and if annotate glosses it.

    A form that is a common word and not `always_gloss` (bare 苹果, the fruit: see its note) is found by
    lookup but not glossed in running text (`zhgloss.glossable.is_glossable`).
    """
    out = []
    for entry in ENTRIES:
        for form in (entry.zh, *entry.zh_aliases):
            if form and has_cjk(form):
                glossed = is_glossable(entry, form)
                out += [(to_traditional(form, config), entry.id, glossed) for config in MATCHED_CONFIGS]
    return sorted(set(out))


@pytest.mark.parametrize(("spelling", "entry_id", "glossed"), traditional_spellings())
def test_every_traditional_spelling_is_found_by_lookup_and_annotate(
    gloss: Glossary, spelling: str, entry_id: str, glossed: bool
) -> None:
    assert entry_id in [hit.entry.id for hit in gloss.lookup(spelling)]
    assert [m.entry.id for m in ANNOTATOR.mentions(f"據報導，{spelling}。")] == ([entry_id] if glossed else [])
