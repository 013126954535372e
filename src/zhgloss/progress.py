"""Say what a slow step is doing, without the library ever printing.

The library wraps each step that can take seconds (building a big index, loading the pinyin
data) in `step("building the lookup index of 112,918 entries")`. By default nothing happens;
the command line installs a reporter (`set_reporter`) that writes the label to stderr on a
terminal once the step has run for a second, so fast runs stay silent and pipes stay clean.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext

Reporter = Callable[[str], AbstractContextManager[object]]
"""Takes a step's label and returns the context the step runs in."""

_reporter: Reporter | None = None
_depth = 0


def set_reporter(reporter: Reporter | None) -> None:
    """Install `reporter` for every later `step` (None: report nothing, the default)."""
    global _reporter
    _reporter = reporter


@contextmanager
def step(label: str) -> Iterator[None]:
    """Run the body as one step called `label` ("building the search index of names.json").

    Nested steps are part of the outer one and are not reported on their own.
    """
    global _depth
    context = _reporter(label) if _reporter is not None and _depth == 0 else nullcontext()
    _depth += 1
    try:
        with context:
            yield
    finally:
        _depth -= 1
