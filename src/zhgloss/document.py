"""What a document says about its own words: a glossary match cut across a name the document keeps using.

A story or an article names its own places and people again and again, and no dictionary lists most
of them: 未庄, the village of Lu Xun's 阿Q正传, comes back some forty times. Where one of them stands
right before a glossary form that starts with its last character, the match cuts it: 未庄老例
("Weizhuang's old custom") holds the glossary's 庄老 (Zhuangzi and Laozi), which the text never
means. Word counts cannot see this (未庄 is in none), the document can: the pair of characters
across the match's edge is a unit of its own there.

`DocumentRule` drops a match of two characters whose form the dictionary lacks (jieba counts 未庄
and 庄老 at 0; a form running text uses, such as 北京, is the word rules' business) when the pair
across one of its edges, 未庄 (the character before and the match's first) or the match's last and
the character after:

- stands at least DOC_USES more times in what the document says up to the match's line end (at most
  DOC_AHEAD characters on), as far back as DOC_REACH characters, without the match's other character
  (未庄的, 到未庄, 未庄人): the document uses it alone;
- holds most of the document's uses of both its characters there (at least half: 未 and 庄 are
  mostly 未庄), as a name does and two words that happen to meet (将军|说) do not;
- stands among varied neighbours there, as a word does (`DocumentRule._is_free`: 在未庄, 到未庄, 未庄的,
  未庄人), not always beside the same character (将军说, 老将军说: 军说 is where 将军 meets 说);
- and the form itself stands nowhere there but in that pair (庄老 only in 未庄老).

The document is the text `Annotator.spans` is given and, when annotate reads a file or a stream in
chunks of whole lines, the end of the chunks before it (`before`, DOC_REACH characters, carried by
`zhgloss.annotate.Session`), so memory stays flat however long the input. A match is judged on what
the document says up to the end of its line, as a reader meets it, but no further than DOC_AHEAD
characters: the same characters whether the document comes whole or in chunks, so a stream is
annotated as the whole file is. Each verdict reads at most DOC_REACH characters before the match and
DOC_AHEAD after it, counted in C (`str.count`), so the rule takes time linear in its input however
long a line is (one line of scraped text, a JSON field: README, Security); most matches are settled
by a first count over the page before it (DOC_NEAR characters) and what follows within DOC_AHEAD,
which the pair of a name the document keeps using is found in too.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress
from operator import itemgetter
from typing import TYPE_CHECKING, TypeVar

from zhgloss.script import is_cjk

if TYPE_CHECKING:
    from zhgloss.annotate import Annotator, Span

_T = TypeVar("_T")
DOC_REACH = 3000
"""Characters before a match whose uses count as the document's (about two pages of prose)."""
DOC_NEAR = 600
"""Characters before a match (about a page) where the pair across its edge must stand once more, to be asked at all."""
DOC_AHEAD = 3000
"""Characters after a match, within its line, whose uses count as the document's too: a paragraph ends sooner
(the longest line of zh-corpus.txt and of the shared articles is under 600), a line of scraped text may not."""
DOC_USES = 3
"""How many more times the pair across the match's edge must stand without the match's other character."""


class DocumentRule:
    """Drop a match that cuts a name the document keeps using: 庄老 in 未庄老例 (see the module docstring)."""

    def __init__(self, annotator: Annotator) -> None:
        self.annotator = annotator
        self._forms: dict[int, bool] = {}
        self.dropped = 0
        """How many matches the rule has dropped so far."""

    def filter(self, text: str, spans: list[Span], before: str = "") -> list[Span]:
        """Return `spans` (sorted matches of `text`) without those that cut a name of the document.

        `before` is the text of the same document right before `text` (its last DOC_REACH characters count).
        """
        # Most patterns are never concerned: each is asked once, and the matches are flagged in C (map).
        forms = self._forms
        values = list(map(_third, spans))
        for value in set(values).difference(forms):
            forms[value] = self._is_concerned(value)
        flags = list(map(forms.__getitem__, values))
        if not any(flags):
            return spans
        # A match with no Han character on either side cuts no pair: told by a table per character, before the call.
        n, cjk = len(text), _CJK
        drop = [
            k
            for k in compress(range(len(spans)), flags)
            for s, e, _ in (spans[k],)
            if ((s and cjk[text[s - 1]]) or (e < n and cjk[text[e]])) and self._cuts_a_name(text, s, e, before)
        ]
        if not drop:
            return spans
        self.dropped += len(drop)
        return without_indices(spans, drop)

    def _is_concerned(self, value: int) -> bool:
        """Tell whether pattern `value` is a two-character Chinese form the dictionary lacks, not safe by its entry."""
        from zhgloss.segment import bundled_counts

        ann = self.annotator
        if value >= ann._t.n_z:
            return False  # an English form
        form = ann._t.z_keys[value]
        # The cheap tests first: an entry is read (JSON) only for the few forms that pass them.
        if len(form) != 2 or bundled_counts().get(form):
            return False
        data = ann._entry_dict(ann.value_entry(value))
        return not data.get("always_gloss") and form not in (data.get("safe_forms") or ())

    def _cuts_a_name(self, text: str, s: int, e: int, before: str) -> bool:
        """Tell whether text[s:e] (two characters) cuts a pair the document uses as a unit of its own."""
        # What the document says up to the end of the match's line but no further than DOC_AHEAD, as far
        # back as DOC_REACH: the same characters whether the document comes whole or in chunks of whole
        # lines (`before`). Both reaches are fixed, so a verdict costs the same on a line of a million
        # characters as on a paragraph: even the search for the line's end stops at DOC_AHEAD.
        ahead = e + DOC_AHEAD
        end = text.find("\n", e, ahead)
        if end < 0:
            end = min(ahead, len(text))
        left = text[s - 1 : s + 1] if s and _CJK[text[s - 1]] else ""
        right = text[e - 1 : e + 1] if e < end and _CJK[text[e]] else ""
        # First the page before (DOC_NEAR characters): a name the document keeps using stands there too.
        # Slices and counts only, no list or tuple: a container made per match would wake the cyclic
        # collector, which costs more than the counts on a heap the size of an annotator's.
        if s < DOC_NEAR and before:
            near = before[s - DOC_NEAR :] + text[:end]
            if left and near.count(left) < 2:
                left = ""
            if right and near.count(right) < 2:
                right = ""
        else:
            # Counted in place (str.count with bounds): a slice of the page would be copied per match first.
            lo = s - DOC_NEAR if s > DOC_NEAR else 0
            if left and text.count(left, lo, end) < 2:
                left = ""
            if right and text.count(right, lo, end) < 2:
                right = ""
        if not (left or right):
            return False
        if s < DOC_REACH and before:
            earlier = before[s - DOC_REACH :]
            window, at = earlier + text[:end], len(earlier) + s
        else:
            lo = max(0, s - DOC_REACH)
            window, at = text[lo:end], s - lo
        form = window[at : at + 2]
        if left and self._is_unit(window, left, left + form[1], form, left[0], form[0]) and self._is_free(window, left):
            return True
        return (
            bool(right)
            and self._is_unit(window, right, form + right[1], form, right[1], form[1])
            and self._is_free(window, right)
        )

    @staticmethod
    def _is_unit(window: str, pair: str, longer: str, form: str, outside: str, shared: str) -> bool:
        """Tell whether `pair` is used in `window` as a unit of its own: the module docstring's first three tests.

        `longer` is the pair and the match together (未庄老), `outside` the pair's character outside the
        match (未), `shared` the one in it (庄).
        """
        paired = window.count(pair)
        if paired < DOC_USES + 1:
            return False  # the commonest case: the pair is not used elsewhere
        together = window.count(longer)
        if paired - together < DOC_USES or window.count(form) != together:
            return False
        return 2 * paired >= window.count(outside) and 2 * paired >= window.count(shared)

    @staticmethod
    def _is_free(window: str, pair: str) -> bool:
        """Tell whether the uses of `pair` in `window` have DOC_USES different characters before them, and after.

        The accessor variety of a string (Feng et al. 2004, "Accessor variety criteria for Chinese word
        extraction"): a word stands among varied neighbours (在未庄, 到未庄, 未庄的, 未庄人), a pair that two
        words make where they meet keeps the one it is part of (将军|说, 老将军|说: always 将).
        """
        before: set[str] = set()
        after: set[str] = set()
        at = window.find(pair)
        while at >= 0:
            before.add(window[at - 1 : at])
            after.add(window[at + 2 : at + 3])
            at = window.find(pair, at + 1)
        return len(before) >= DOC_USES and len(after) >= DOC_USES


def without_indices(items: list[_T], drop: list[int]) -> list[_T]:
    """Return `items` less those at the sorted, distinct indices `drop`: the runs between them, copied by slices.

    A rule drops a few of a chunk's thousands of matches: slices copy the rest in C, where a comprehension that tests
    each index takes a Python step per match, per rule (`zhgloss.glossrules` uses it too).
    """
    kept: list[_T] = []
    after = 0
    for k in drop:
        kept += items[after:k]
        after = k + 1
    kept += items[after:]
    return kept


class Lines:
    """Which line of a text an offset is on, and where that line starts and ends: a bisection per question.

    A rule that asks per match for the match's line (its company named again on the same line, its name
    written again in the same paragraph) and finds it by `text.rfind("\\n", 0, at)` or `text.find("\\n", at)`
    scans back or on to the line's end each time: on one long line (a page's text without its breaks, a
    JSON field) that is the line per match, and the rule is quadratic (issue 9; README, Security: "every
    text path takes time linear in its input"). `Lines(text)` finds the breaks once, in C, and answers each
    question in log n; the answers are those of the scans.
    """

    __slots__ = ("_breaks", "_length")

    def __init__(self, text: str) -> None:
        self._breaks = [m.start() for m in _BREAK.finditer(text)]
        self._length = len(text)

    def number(self, at: int) -> int:
        """The number of line breaks before offset `at`: equal for two offsets exactly when they share a line.

        Where `text.rfind("\\n", 0, at)` served as the line's key, this is one with the same equalities.
        """
        return bisect_left(self._breaks, at)

    def bounds(self, at: int) -> tuple[int, int]:
        """Where the line of offset `at` starts and ends: text.rfind("\\n", 0, at) + 1 and text.find("\\n", at).

        A last line without a break ends at the text's length.
        """
        breaks = self._breaks
        k = bisect_left(breaks, at)
        return (breaks[k - 1] + 1 if k else 0, breaks[k] if k < len(breaks) else self._length)


class _CjkChars(dict[str, bool]):
    """_CJK[c] is `is_cjk(c)`, remembered per character: a look-up costs less than the call."""

    def __missing__(self, char: str) -> bool:
        self[char] = verdict = is_cjk(char)
        return verdict


_CJK = _CjkChars()
_third = itemgetter(2)
_BREAK = re.compile("\n")
