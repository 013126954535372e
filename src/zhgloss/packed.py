"""Tables kept in one byte buffer and read in place: strings, postings lists and named sections.

The caches of `zhgloss.index` and `zhgloss.fuzzy` are laid out with these: a cache file is
memory-mapped (see `zhgloss.cache.load_cached`), and loading one makes a few views of its bytes,
whatever the size of the glossary. A query decodes only the strings and postings it reads.
Reading takes the standard library only (`array`, `marshal`, `memoryview`): a compiled table library
would add a build toolchain, and these are a few binary searches over arrays. Writing takes numpy
arrays too, where a build has numpy loaded (the search index's); this module never imports it itself.
"""

from __future__ import annotations

import itertools
import marshal
import sys
from array import array
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Ends = Sequence[int] | npt.NDArray[np.integer[Any]]
    """Ascending ints: a sequence, or a numpy array (a build that has numpy loaded)."""


class Packed:
    """Strings kept as UTF-8 in one buffer with their end offsets: each is decoded when it is read, never all.

    Loading one is two views of the cached bytes, whatever the number of strings; in a sorted one
    a string is found by binary search on the raw bytes (UTF-8 sorts as the code points do).
    """

    def __init__(self, data: memoryview, ends: Sequence[int]) -> None:
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


class Int24(Sequence[int]):
    """Ints from 0 to 2**24 - 1 kept in 3 bytes each (little-endian): postings of form numbers, a quarter smaller.

    A slice comes back as an `array` of ints (its `tolist()` is what a query reads); the bytes are
    spread to 4 a number by slice assignments in C, not a Python call per number.
    """

    LIMIT = 1 << 24

    def __init__(self, data: memoryview) -> None:
        if len(data) % 3:
            raise ValueError("3-byte ints cut short")
        self._data = data

    @staticmethod
    def pack(values: Sequence[int]) -> bytes:
        """Return `values` (each under LIMIT) in 3 bytes each; raise OverflowError for a value out of range."""
        wide = array("i", values)
        if wide and not 0 <= min(wide) <= max(wide) < Int24.LIMIT:
            raise OverflowError("a value does not fit in 3 bytes")
        if sys.byteorder == "big":
            wide.byteswap()
        raw = wide.tobytes()
        out = bytearray(3 * len(wide))
        for byte in range(3):
            out[byte::3] = raw[byte::4]
        return bytes(out)

    def __len__(self) -> int:
        return len(self._data) // 3

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                raise ValueError("only a plain slice of 3-byte ints")
            raw = bytes(self._data[3 * start : 3 * max(start, stop)])
            out = bytearray(4 * (len(raw) // 3))
            for byte in range(3):
                out[byte::4] = raw[byte::3]
            wide = array("i", out)
            if sys.byteorder == "big":
                wide.byteswap()
            return wide
        if not 0 <= index < len(self):
            raise IndexError(index)
        return int.from_bytes(self._data[3 * index : 3 * index + 3], "little")


OFFSET_BLOCK = 64
"""How many ends `Offsets` keeps against one base: a base of 8 bytes for every 64 ends of 2."""


class Offsets(Sequence[int]):
    """Ascending ints (where each string or postings list ends) kept in two levels, ~2 bytes each instead of 4.

    End `i` is `base[i // OFFSET_BLOCK] + rest[i]`: each block of OFFSET_BLOCK ends is kept against where
    the block starts, in 16 bits while no block spans 64 KiB (in 32 bits otherwise, a table of its own
    name). A sequence of ints: `bisect` and `Packed` read it as they read an array.
    """

    def __init__(self, base: Sequence[int], rest: Sequence[int]) -> None:
        self._base = base
        self._rest = rest

    @staticmethod
    def pack(ends: Ends) -> tuple[bytes, bytes, bool]:
        """Return the bases and the rests of `ends` (ascending, from 0), and whether the rests need 32 bits.

        `ends` may be a numpy array (a build that has numpy loaded): the same bytes, by array operations.
        """
        numpy = sys.modules.get("numpy")
        if numpy is not None and isinstance(ends, numpy.ndarray):
            return _pack_offsets_array(ends)
        base = array("q", [0, *ends[OFFSET_BLOCK - 1 :: OFFSET_BLOCK]][: -(-len(ends) // OFFSET_BLOCK)])
        starts = itertools.chain.from_iterable(map(itertools.repeat, base, itertools.repeat(OFFSET_BLOCK)))
        rest = list(map(int.__sub__, ends, starts))
        wide = bool(rest) and max(rest) >= 2**16
        return base.tobytes(), array("I" if wide else "H", rest).tobytes(), wide

    def __len__(self) -> int:
        return len(self._rest)

    def __getitem__(self, index: int) -> int:  # type: ignore[override]
        if index < 0:
            raise IndexError("offsets are read from the start")
        return self._base[index // OFFSET_BLOCK] + self._rest[index]


def _pack_offsets_array(ends: Any) -> tuple[bytes, bytes, bool]:
    """`Offsets.pack` of a numpy array of ends: a base every OFFSET_BLOCK ends, and each end less its block's base."""
    import numpy as np

    wide_ends = np.asarray(ends, dtype=np.int64)
    base = np.concatenate([np.zeros(1, np.int64), wide_ends[OFFSET_BLOCK - 1 :: OFFSET_BLOCK]])
    base = base[: -(-len(wide_ends) // OFFSET_BLOCK)]
    rest = wide_ends - np.repeat(base, OFFSET_BLOCK)[: len(wide_ends)]
    wide = bool(len(rest)) and int(rest.max()) >= 2**16
    # Native byte order and C sizes, as `array("q")`, `array("I")` and `array("H")` write them.
    return base.tobytes(), rest.astype(np.uintc if wide else np.ushort).tobytes(), wide


class Postings:
    """Postings lists of many keys, packed in one array and looked up by binary search: nothing built on load."""

    def __init__(self, keys: Packed, flat: memoryview, ends: Sequence[int]) -> None:
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

    def add_packed(self, name: str, items: Iterable[str], compact: bool = False) -> None:
        """Append `items` as the two sections `Sections.packed` reads back as `name` (`compact`: ends as `Offsets`)."""
        data, ends = Packed.pack(items)
        self.add(name, data)
        self._add_ends(f"{name}_ends", ends, compact)

    def add_postings(self, name: str, table: dict[str, list[int]], compact: bool = False, code: str = "i") -> None:
        """Append `table` as the four sections `Sections.postings` reads back as `name`.

        `compact`: the ends as `Offsets`; `code`: the array type of the postings ("H" for numbers below 2**16).
        """
        keys, key_ends, flat, flat_ends = Postings.pack(table)
        self.add(name, keys)
        self._add_ends(f"{name}_ends", key_ends, compact)
        self.add(f"{name}_flat", flat if code == "i" else array(code, array("i", flat)).tobytes())
        self._add_ends(f"{name}_flat_ends", flat_ends, compact)

    def add_postings_lists(
        self, name: str, keys: list[str], flat: Any, ends: Any, code: Literal["H", "i"] = "i"
    ) -> None:
        """Append the postings of `keys` (sorted) as `add_postings(name, table, compact=True, code=code)` writes them.

        `flat` holds every key's postings in turn and `ends` where each key's end: numpy arrays of ints (a build that
        has numpy loaded), so that no list is made a key.
        """
        import numpy as np

        data, key_ends = Packed.pack(keys)
        self.add(name, data)
        self.add_offsets(f"{name}_ends", np.frombuffer(key_ends, np.intc))
        self.add(f"{name}_flat", np.asarray(flat).astype(np.intc if code == "i" else np.ushort).tobytes())
        self.add_offsets(f"{name}_flat_ends", np.asarray(ends))

    def add_offsets(self, name: str, ends: Ends) -> None:
        """Append the ascending ints `ends` as `Offsets`, which `Layout.offsets` reads back as `name`."""
        base, rest, wide = Offsets.pack(ends)
        self.add(f"{name}_base", base)
        self.add(f"{name}_rest32" if wide else f"{name}_rest", rest)

    def _add_ends(self, name: str, ends: bytes, compact: bool) -> None:
        if compact:
            self.add_offsets(name, array("i", ends))
        else:
            self.add(name, ends)

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
        return Packed(self.section(name), self.ends(f"{name}_ends"))

    def postings(self, name: str, code: Literal["H", "i"] = "i") -> Postings:
        """Return the postings `Sections.add_postings` wrote as `name` (with postings of array type `code`)."""
        return Postings(self.packed(name), self.section(f"{name}_flat", code), self.ends(f"{name}_flat_ends"))

    def offsets(self, name: str) -> Offsets:
        """Return the `Offsets` `Sections.add_offsets` wrote as `name`; raise ValueError if they do not fit together."""
        base = self.section(f"{name}_base", "q")
        wide = f"{name}_rest32" in self.spans
        rest = self.section(f"{name}_rest32" if wide else f"{name}_rest", "I" if wide else "H")
        if len(base) != -(-len(rest) // OFFSET_BLOCK):
            raise ValueError(f"section {name} is cut short")
        return Offsets(base, rest)

    def ends(self, name: str) -> Sequence[int]:
        """Return the ends written as `name`: an array of ints, or `Offsets` if they were written compact."""
        return self.offsets(name) if f"{name}_base" in self.spans else self.section(name, "i")
