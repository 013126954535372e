"""Big glossaries (issue 15): batched builds equal one-by-one ones, caches are mapped, fast paths equal slow ones."""

from __future__ import annotations

import gzip
import itertools
from pathlib import Path

import pytest
from conftest import SHARED

from zhgloss.annotate import Annotator, annotator_for
from zhgloss.cache import load_cached
from zhgloss.convert import traditional_variants, traditional_variants_of
from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry
from zhgloss.script import has_cjk, is_cjk
from zhgloss.store import Glossary

CEDICT = SHARED / "data" / "cedict_ts.u8.gz"


@pytest.fixture(scope="module")
def cedict_sample() -> list[Entry]:
    """Every 40th CC-CEDICT headword (~3,000): real forms, with separators, Latin letters and digits."""
    with gzip.open(CEDICT, "rt", encoding="utf-8") as fp:
        return list(itertools.islice(load_cedict(fp), 0, None, 40))


def test_batched_conversion_equals_one_form_at_a_time(cedict_sample: list[Entry], bundled: Path) -> None:
    with Glossary.open(bundled) as gloss:
        bundled_forms = [f for e in gloss.iter_entries() for f in e.zh_forms]
    forms = [f for e in cedict_sample for f in e.zh_forms] + bundled_forms + ["史蒂夫·乔布斯", "小米SU7", "a\nb"]
    assert traditional_variants_of(forms) == [traditional_variants(form) for form in forms]
    assert traditional_variants_of([]) == []


def test_has_cjk_scans_the_ranges_of_is_cjk() -> None:
    for code_point in itertools.chain(range(0x3000, 0xFB00), range(0x1F000, 0x33000)):
        char = chr(code_point)
        assert has_cjk(f"ab{char}") == is_cjk(char), hex(code_point)


def test_cache_is_memory_mapped_not_read(glossary_path: Path) -> None:
    built = load_cached(glossary_path, "test-kind", lambda: b"payload")
    assert bytes(built) == b"payload"
    mapped = load_cached(glossary_path, "test-kind", lambda: pytest.fail("built again"))
    assert isinstance(mapped, memoryview)
    assert mapped.readonly
    assert bytes(mapped) == b"payload"


def test_annotator_from_a_mapped_cache_matches_the_one_built(glossary_path: Path) -> None:
    text = "雷军创办了小米。Lei Jun founded Xiaomi; 劉強東創辦了京東。ＸＩＡＯＭＩ\n"
    with Glossary.open(glossary_path) as gloss:
        built = Annotator(gloss.iter_entries())
        annotator_for(gloss)
        cached = annotator_for(gloss)
    assert cached.annotate(text) == built.annotate(text)
    assert cached.mentions(text) == built.mentions(text)
