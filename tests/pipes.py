"""A pipe for stream tests: its bytes come out in small, uneven pieces, as `read1` on a pipe gives them."""

from __future__ import annotations

import io
import random


class Trickle(io.RawIOBase):
    """A pipe that hands out its bytes in pieces of 1 to `most` bytes, chosen by `seed`."""

    def __init__(self, data: bytes, seed: int, most: int = 7) -> None:
        self._data = data
        self._rng = random.Random(seed)
        self._most = most

    def readable(self) -> bool:
        return True

    def read1(self, size: int = -1) -> bytes:
        take = self._rng.randint(1, self._most)
        out, self._data = self._data[:take], self._data[take:]
        return out

    read = read1
