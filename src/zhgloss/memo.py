"""Memos of verdicts keyed by text, bounded by their entries and by the characters of text they hold.

The word rules and the finder of unknown names remember a verdict by the text it depends on (a window
around a match, a clause, a line). A memo bounded by its number of entries alone is only as small as its
keys: one keyed by a whole chunk of a stream held every chunk it was given, up to 20,000 of them (~1 GB of
64 KB chunks; issue 15 item 6), since a pipe cuts its chunks anywhere and no two are alike. `TextMemo`
counts the characters its keys hold as well, and starts afresh when either bound would be passed, so
annotating a stream keeps the same memory however long the stream is.
"""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")

MEMO_CHARS = 1 << 22
"""The characters of text a memo's keys may hold (4,194,304: ~8 MB of Chinese, two bytes a character)."""


class TextMemo(dict[K, V]):
    """A dict of verdicts keyed by text that empties itself before it passes `max_entries` or `max_chars`.

    Read it as a dict (`get`, `in`, `[]`: at C speed); fill it with `remember`, which is told how many
    characters of text the key holds (a window's length; a tuple's offsets count nothing). Emptying the
    whole memo, rather than its oldest keys, costs nothing per look-up, and a verdict worked out again is
    the same verdict: only the time to work it out changes, never the answer.
    """

    __slots__ = ("chars", "max_chars", "max_entries")

    def __init__(self, max_entries: int, max_chars: int = MEMO_CHARS) -> None:
        """Make an empty memo of at most `max_entries` keys holding at most `max_chars` characters of text.

        Raise ValueError if either bound is below 1.
        """
        super().__init__()
        if max_entries < 1 or max_chars < 1:
            raise ValueError(f"a memo holds at least one entry of one character, not {max_entries}, {max_chars}")
        self.max_entries = max_entries
        self.max_chars = max_chars
        self.chars = 0
        """The characters of text the keys hold, as `remember` was told."""

    def remember(self, key: K, value: V, chars: int) -> V:
        """Store `value` under `key`, whose text is `chars` characters long, and return `value`.

        The memo is emptied first if the key would pass either bound. A key longer than `max_chars`
        is not stored at all (it would empty the memo and fill it alone).
        """
        if chars > self.max_chars:
            return value
        if len(self) >= self.max_entries or self.chars + chars > self.max_chars:
            self.clear()
        if key not in self:
            self.chars += chars
        self[key] = value
        return value

    def clear(self) -> None:
        """Forget every verdict."""
        super().clear()
        self.chars = 0
