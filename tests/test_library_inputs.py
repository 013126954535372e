"""The library takes what a Python caller naturally passes: a str path, and any str (a lone surrogate included)."""

from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from zhgloss.annotate import Annotator
from zhgloss.script import without_surrogates
from zhgloss.store import Glossary
from zhgloss.unknown import NameFinder

BUNDLED = Path(__file__).resolve().parent.parent / "glossary.json"
ANNOTATOR = Annotator(Glossary(BUNDLED, read_only=True).iter_entries())


def test_a_glossary_opens_from_a_str_path(tmp_path: Path) -> None:
    # Glossary("glossary.json") raised AttributeError: 'str' object has no attribute 'is_symlink'.
    copy = tmp_path / "g.json"
    shutil.copyfile(BUNDLED, copy)
    by_str = Glossary(str(copy), read_only=True)
    assert by_str.path == copy
    assert [hit.entry.id for hit in by_str.lookup("雷军")] == ["lei-jun"]


def test_a_lone_surrogate_is_read_as_no_character_of_a_name() -> None:
    # Annotator.spans("华为创始人任正非表示\ud800") raised UnicodeEncodeError (the automata read UTF-8); s20, the
    # unknown engineer's 06:27 note. Offsets are the caller's: the surrogate stays where it was.
    text = "任正非表示\ud800雷军说"
    spans = ANNOTATOR.spans(text)
    assert [text[s:e] for s, e, _ in spans] == ["雷军"]
    assert ANNOTATOR.spans_many([text, "小米"])[0] == spans
    out = ANNOTATOR.annotate(text)
    assert out.replace("（Lei Jun）", "") == text
    assert "\ud800" in ANNOTATOR.annotate(text, unknown=NameFinder())


@given(st.text(alphabet=st.sampled_from(["雷", "军", "小", "米", "说", "\ud800", "\udfff", " ", "a"]), max_size=30))
def test_a_surrogate_changes_no_match_around_it(text: str) -> None:
    # Property: the matches of a text with surrogates are those of the text with U+FFFD in their place.
    assert ANNOTATOR.spans(text) == ANNOTATOR.spans(without_surrogates(text))
    assert len(without_surrogates(text)) == len(text)
