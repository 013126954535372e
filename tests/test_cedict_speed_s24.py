"""The import's quick paths (twenty-fourth session, issue 9: a full import within 5x of json.dump) give what the rules
they spare give: a common word's glosses read by one scan of the line, the ASCII letters of a name by one regex, the
rows of sayings with a full-width comma checked apart. Expected values come from the rules themselves, each asked
directly, and from CC-CEDICT's own lines."""

from __future__ import annotations

import gzip
import io
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.errors import FormatError
from zhgloss.formats import cedict
from zhgloss.formats.cedict import iter_lines, load_cedict

# Pieces of glosses: plain words, and every mark or start some rule of `_renderings_by_rule` reads.
_PIECES = [
    "to hit",
    "to strike",
    " ",
    "a",
    "see",
    "seen",
    "see ",
    "see also ",
    "same as ",
    "abbr. for ",
    "abbr. of ",
    "abbreviation of ",
    "variant of ",
    "old variant of ",
    "Taiwan variant of ",
    "(Tw) variant of ",
    "erhua variant of ",
    "CL:",
    "Taiwan pr. ",
    "also pr. ",
    "pr. ",
    "(Tw) pr. ",
    "also written ",
    "surname ",
    "Li",
    "lit. ",
    "fig. ",
    "; ",
    "; fig. ",
    "(",
    ")",
    "(idiom)",
    "(loanword)",
    "(coll.) ",
    "[",
    "]",
    "|",
    "打",
    "打[da3]",
    "熒光|荧光",
    "\t",
]
_GLOSS = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=6).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.lists(_GLOSS, min_size=1, max_size=4))
def test_a_common_words_renderings_are_the_rules_whatever_its_glosses(glosses: list[str]) -> None:
    # The quick path takes a line only when none of its glosses holds what a rule reads: either way, the English
    # and the pointers are those of every rule asked of every gloss.
    quick: list[str] = []
    ruled: list[str] = []
    assert cedict._renderings(tuple(glosses), quick) == cedict._renderings_by_rule(tuple(glosses), ruled)
    assert quick == ruled


def test_every_common_line_of_cc_cedict_renders_as_the_rules_say(shared_dir: Path) -> None:
    with gzip.open(shared_dir / "data" / "cedict_ts.u8.gz", "rt", encoding="utf-8") as fp:
        lines = [line for line in iter_lines(fp) if not line.is_proper_name]
    assert len(lines) > 90_000
    quick_lines = 0
    for line in lines:
        quick: list[str] = []
        ruled: list[str] = []
        assert cedict._renderings(line.glosses, quick) == cedict._renderings_by_rule(line.glosses, ruled), line
        assert quick == ruled, line
        joined = "/" + "/".join(line.glosses)
        quick_lines += not any(m in joined for m in cedict._RULE_MARKS) and not cedict._RULE_START_RE.search(joined)
    # Most of them take the quick path (60,688 of 98,164 lines at the session's start).
    assert quick_lines > len(lines) / 2


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_letters_are_the_ascii_letters_of_the_decomposed_lower_case_text(text: str) -> None:
    # The spec of `_letters`: each character of the NFD of the lower-cased text that is a to z, in order.
    plain = unicodedata.normalize("NFD", text.lower())
    assert cedict._letters(text) == "".join(c for c in plain if "a" <= c <= "z")


@pytest.mark.parametrize(
    ("text", "letters"),
    [("Lǐ Shū-tóng", "lishutong"), ("Suangcheng county", "suangchengcounty"), ("Lü3 Bu4", "lubu")],
)
def test_letters_of_names(text: str, letters: str) -> None:
    assert cedict._letters(text) == letters


# Three real CC-CEDICT lines: a saying written with a full-width comma (checked apart), two common words.
_SAYING = (
    "三天不打，上房揭瓦 三天不打，上房揭瓦 [san1 tian1 bu4 da3 , shang4 fang2 jie1 wa3]"
    " /three days without a beating, and a child will scale the roof to rip the tiles (idiom)"
    "/spare the rod, spoil the child/"
)
_HIT = (
    "打 打 [da3] /to beat/to strike/to hit/to break/to type/to mix up/to build/to fight/to fetch/to make/to tie up"
    "/to issue/to shoot/to calculate/to play (a game)/since/from/"
)
_GOOD = (
    "好 好 [hao3] /good/well/proper/good to/easy to/very/so/(suffix indicating completion or readiness)"
    "/(of two people) close/on intimate terms/(after a personal pronoun) hello/"
)


def test_entries_come_in_the_files_order_with_the_sayings_checked_apart() -> None:
    entries = list(load_cedict(io.StringIO(f"{_HIT}\n{_SAYING}\n{_GOOD}\n")))
    # (An entry folds the full-width comma to ",", as it folds any full-width form: see zhgloss.script.)
    assert [e.zh for e in entries] == ["打", "三天不打,上房揭瓦", "好"]
    assert entries[1].en == "three days without a beating, and a child will scale the roof to rip the tiles"
    assert entries[1].aliases == ("spare the rod, spoil the child",)


@pytest.mark.parametrize("saying_first", [True, False])
def test_a_bad_entry_is_named_by_its_own_line_beside_sayings_checked_apart(saying_first: bool) -> None:
    # CC-CEDICT's 坏 line with a control character (U+202E) written into a gloss is no valid entry; the error names its
    # line, whichever of the two groups of rows it was checked with.
    bad = "壞 坏 [huai4] /bad\u202e/spoiled/broken/to break down/(suffix) to the utmost/"
    lines = [_SAYING, _HIT, bad, _GOOD] if saying_first else [_HIT, bad, _SAYING, _GOOD]
    with pytest.raises(FormatError, match=rf"line {lines.index(bad) + 1}: invalid entry"):
        list(load_cedict(io.StringIO("\n".join(lines) + "\n")))
