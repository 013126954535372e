"""Tables kept in one byte buffer and read in place: strings, postings lists and named sections.

The caches of `zhgloss.index` and `zhgloss.fuzzy` are laid out with these: a cache file is
memory-mapped (see `zhgloss.cache.load_cached`), and loading one makes a few views of its bytes,
whatever the size of the glossary. A query decodes only the strings and postings it reads.
Standard library only (`array`, `marshal`, `memoryview`): a compiled table library would add a
build toolchain, and these are a few binary searches over arrays.
"""

from __future__ import annotations

import itertools
import marshal
from array import array
from collections.abc import Iterable, Sequence
from typing import Any, Literal


class Packed:
    """Strings kept as UTF-8 in one buffer with their end offsets: each is decoded when it is read, never all.

    Loading one is two views of the cached bytes, whatever the number of strings; in a sorted one
    a string is found by binary search on the raw bytes (UTF-8 sorts as the code points do).
    """

    def __init__(self, data: memoryview, ends: memoryview) -> None:
        self._data = data
        self._ends = ends

    @staticmethod
    def pack(items: Iterable[str]) -> tuple[bytes, bytes]:
        """Return the joined UTF-8 of `items` and their end offsets, the two sections `Packed` reads."""
        listed = items if isinstance(items, list) else list(items)
        joined = "".join(listed)
        data = joined.encode()
        # All ASCII (most English and pinyin): a character is a byte, and no string need be encoded alone.
        if len(data) == len(joined):
            lengths: Iterable[int] = map(len, listed)
        else:  # each string's UTF-8 length from one encoding of them all, split at line feeds (none in a string)
            lines = "\n".join(listed).encode().split(b"\n")
            lengths = map(len, lines) if len(lines) == len(listed) else (len(item.encode()) for item in listed)
        return data, array("i", itertools.accumulate(lengths)).tobytes()

    def __len__(self) -> int:
        return len(self._ends)

    def raw(self, index: int) -> bytes:
        """Return the UTF-8 bytes of string `index`; raise IndexError if `index` is out of range."""
        start = self._ends[index - 1] if index else 0
        end = self._ends[index]
        if not 0 <= start <= end <= len(self._data):
            raise IndexError(f"string {index} lies outside its table")
        return bytes(self._data[start:end])

    def __getitem__(self, index: int) -> str:
        return self.raw(index).decode()

    def bisect(self, key: bytes, low: int = 0) -> int:
        """Return where `key` would go among the (sorted) strings, as bisect.bisect_left does."""
        high = len(self._ends)
        while low < high:
            middle = (low + high) // 2
            if self.raw(middle) < key:
                low = middle + 1
            else:
                high = middle
        return low

    def find(self, key: str) -> int | None:
        """Return the position of `key` among the (sorted) strings, or None."""
        raw = key.encode()
        slot = self.bisect(raw)
        return slot if slot < len(self._ends) and self.raw(slot) == raw else None


class Postings:
    """Postings lists of many keys, packed in one array and looked up by binary search: nothing built on load."""

    def __init__(self, keys: Packed, flat: memoryview, ends: memoryview) -> None:
        self.keys = keys
        self._flat = flat
        self._ends = ends

    @staticmethod
    def pack(table: dict[str, list[int]]) -> list[bytes]:
        """Return the sections of `table`: its sorted keys (two sections), the postings and their ends."""
        keys = sorted(table)
        lists = list(map(table.__getitem__, keys))
        flat = array("i", itertools.chain.from_iterable(lists))
        ends = array("i", itertools.accumulate(map(len, lists)))
        return [*Packed.pack(keys), flat.tobytes(), ends.tobytes()]

    def __contains__(self, key: str) -> bool:
        return self.keys.find(key) is not None

    def span(self, key: str) -> tuple[int, int]:
        """Return where the postings of `key` lie in the flat array, (start, end); (0, 0) if it is unknown."""
        slot = self.keys.find(key)
        if slot is None:
            return 0, 0
        start, end = self._ends[slot - 1] if slot else 0, self._ends[slot]
        if not 0 <= start <= end <= len(self._flat):
            raise IndexError(f"the postings of {key!r} lie outside their table")
        return start, end

    def get(self, key: str, cap: int) -> Sequence[int]:
        """Return the first `cap` postings of `key` (none if it is unknown)."""
        start, end = self.span(key)
        return self._flat[start : min(end, start + cap)].tolist()


class Sections:
    """Named byte sections laid end to end, each aligned so that it can be viewed as an array of ints."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.spans: dict[str, tuple[int, int]] = {}
        self.size = 0

    def add(self, name: str, data: bytes) -> None:
        """Append the section `name` holding `data`."""
        padding = -self.size % 8
        self.parts.append(b"\0" * padding + data)
        self.spans[name] = (self.size + padding, self.size + padding + len(data))
        self.size += padding + len(data)

    def add_packed(self, name: str, items: Iterable[str]) -> None:
        """Append `items` as the two sections `Sections.packed` reads back as `name`."""
        data, ends = Packed.pack(items)
        self.add(name, data)
        self.add(f"{name}_ends", ends)

    def add_postings(self, name: str, table: dict[str, list[int]]) -> None:
        """Append `table` as the four sections `Sections.postings` reads back as `name`."""
        for part, data in zip(("", "_ends", "_flat", "_flat_ends"), Postings.pack(table), strict=True):
            self.add(name + part, data)

    def to_bytes(self, magic: bytes, header: Any) -> bytes:
        """Return the whole layout: `magic`, the marshalled `header` (with the section spans), the sections."""
        head = marshal.dumps((header, self.spans))
        return b"".join([magic, len(head).to_bytes(4, "little"), head, *self.parts])


class Layout:
    """The sections of a buffer `Sections.to_bytes` wrote, as views; raise ValueError if it is not one or cut short."""

    def __init__(self, blob: bytes | memoryview, magic: bytes) -> None:
        # Check the magic first: marshal reads a length from any bytes and may try to allocate it.
        if bytes(blob[: len(magic)]) != magic:
            raise ValueError(f"no {magic.decode(errors='replace').strip()!r} header")
        size = int.from_bytes(blob[len(magic) : len(magic) + 4], "little")
        self.base = len(magic) + 4 + size
        if self.base > len(blob):
            raise ValueError("the header is cut short")
        try:
            loaded = marshal.loads(blob[len(magic) + 4 : self.base])
        except (EOFError, TypeError, ValueError) as exc:
            raise ValueError(f"a damaged header: {exc}") from None
        if not isinstance(loaded, tuple) or len(loaded) != 2 or not isinstance(loaded[1], dict):
            raise ValueError("a damaged header")
        self.header: Any = loaded[0]
        self.spans: dict[str, tuple[int, int]] = loaded[1]
        self.view = memoryview(blob)

    def section(self, name: str, kind: Literal["B", "H", "i", "I", "q"] = "B") -> memoryview:
        """Return the section `name` as an array of `kind`; raise ValueError if it is missing or cut short."""
        try:
            start, end = self.spans[name]
        except (KeyError, TypeError, ValueError):
            raise ValueError(f"no section {name}") from None
        if not self.base <= self.base + start <= self.base + end <= len(self.view):
            raise ValueError(f"section {name} is cut short")
        try:
            return self.view[self.base + start : self.base + end].cast(kind)
        except TypeError:
            raise ValueError(f"section {name} is not a whole number of items") from None

    def packed(self, name: str) -> Packed:
        """Return the strings `Sections.add_packed` wrote as `name`."""
        return Packed(self.section(name), self.section(f"{name}_ends", "i"))

    def postings(self, name: str) -> Postings:
        """Return the postings `Sections.add_postings` wrote as `name`."""
        return Postings(self.packed(name), self.section(f"{name}_flat", "i"), self.section(f"{name}_flat_ends", "i"))
