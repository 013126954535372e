"""OpenCC's conversions of short text a character at a time, without loading OpenCC, where that is provably the same.

Loading OpenCC's s2hk configuration reads ~49,000 phrases and costs more than the rest of
`zhgloss add`; a name rarely contains any of them. data/opencc/ (built by
scripts/build_opencc_table.py from the installed OpenCC's own dictionaries and output) holds, for
each configuration, what OpenCC writes for every character it changes, after each of its stages
(CONFIG.tsv), and every key of two or more characters that a stage converts otherwise than
character by character (STAGE.txt). OpenCC matches the longest key at each position, stage after
stage (MaxMatchSegmentation.cpp, Conversion.cpp), so where no such key occurs in the text a stage
reads, that stage writes what it writes for each character alone, and so does this module.

`convert` returns None whenever it cannot prove that: a phrase key occurs, the table was built from
another OpenCC version than the one installed, or the text holds a character OpenCC treats apart
(NUL ends its C strings; a lone surrogate cannot be encoded). Callers then use OpenCC itself.

The files are searched as text, never parsed into sets: a name needs a handful of look-ups, and
building a set of 10,000 phrases would cost more than the look-ups save.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

CONFIGS: Final = ("s2hk", "s2tw", "s2t", "s2twp", "t2s")
"""The OpenCC configurations the table covers (zhgloss.convert.Config)."""

TABLE_DIR: Final = Path(__file__).resolve().parent / "data" / "opencc"

MAX_LENGTH: Final = 64
"""Longer text goes to OpenCC: its C++ matcher beats a Python scan once its dictionaries are loaded."""


class _Config:
    """One configuration: each changed character's outputs after each stage, and each stage's phrase keys."""

    def __init__(self, chars: str, stage_phrases: list[str], longest: list[int]) -> None:
        self._chars = chars  # "\nCHAR\tSTAGE1\tSTAGE2...\n" lines
        self._stage_phrases = stage_phrases  # per stage, "\nKEY\n" lines
        self._longest = longest  # per stage, its longest key
        # Each character's outputs once found: a search of the table costs ~25 µs, and the names
        # `annotate --unknown` proposes by the thousand share their characters.
        self._seen: dict[str, list[str] | None] = {}
        self._calls = 0
        self._key_sets: list[frozenset[str]] | None = None

    def _outputs(self, char: str) -> list[str] | None:
        if char in self._seen:
            return self._seen[char]
        if len(self._seen) == _SEARCHES_BEFORE_SETS:
            # Many characters asked (a glossary's worth): the whole table read once costs less than their searches.
            table = {line.split("\t", 1)[0]: line.split("\t")[1:] for line in self._chars.split("\n") if "\t" in line}
            self._seen.update({c: table.get(c) for c in self._seen.keys() | table.keys()})
        if len(self._seen) > _SEARCHES_BEFORE_SETS:
            self._seen.setdefault(char, None)
            return self._seen[char]
        start = self._chars.find(f"\n{char}\t")
        end = self._chars.index("\n", start + 1) if start >= 0 else 0
        found = self._chars[start + 1 : end].split("\t")[1:] if start >= 0 else None
        self._seen[char] = found
        return found

    def has_phrase(self, stage: int, text: str) -> bool:
        """Whether a phrase key of `stage` occurs in `text`.

        The first calls search the stage's keys as text (`_has_phrase`): `add` converts a name or two, and building a
        set of ~49,000 keys costs more than their look-ups. A command that converts many (validate of a 15,000-entry
        glossary converts each name several times, in four configurations) has the keys made sets after
        `_SEARCHES_BEFORE_SETS` calls, then looks each substring up in its stage's set: the same answer (a key is a
        line of the text, and no key holds a line break) at a fraction of the cost.
        """
        if self._key_sets is None:
            self._calls += 1
            if self._calls <= _SEARCHES_BEFORE_SETS:
                return _has_phrase(text, self._stage_phrases[stage], self._longest[stage])
            self._key_sets = [frozenset(phrases.split("\n")) - {""} for phrases in self._stage_phrases]
        keys, longest, size = self._key_sets[stage], self._longest[stage], len(text)
        return any(
            text[start:end] in keys
            for start in range(size - 1)
            for end in range(start + 2, min(size, start + longest) + 1)
        )

    def convert(self, text: str) -> str | None:
        """Convert `text` a character at a time, or return None if a phrase key occurs in a stage's input."""
        outputs = {char: self._outputs(char) for char in set(text)}
        current = text
        for stage in range(len(self._stage_phrases)):
            if self.has_phrase(stage, current):
                return None
            current = "".join(c if (steps := outputs[c]) is None else steps[stage] for c in text)
        return current


_SEARCHES_BEFORE_SETS: Final = 400
"""How many phrase searches of one configuration are made in its keys' text before the keys are made sets."""


def _has_phrase(text: str, blob: str, longest: int) -> bool:
    """Whether a line of `blob` (keys of `longest` characters at most) occurs anywhere in `text`."""
    size = len(text)
    for start in range(size - 1):
        for end in range(start + 2, min(size, start + longest) + 1):
            if f"\n{text[start:end]}\n" in blob:
                return True
    return False


def installed_opencc_version() -> str | None:
    """Return the version of the installed OpenCC package from its dist-info folder, or None.

    Importing OpenCC to ask costs more than the conversions this module saves; pip names the
    folder `opencc-VERSION.dist-info` beside the package.
    """
    import importlib.util

    spec = importlib.util.find_spec("opencc")
    if spec is None or spec.origin is None:
        return None
    site = Path(spec.origin).resolve().parent.parent
    for name in ("opencc", "OpenCC"):
        found = sorted(site.glob(f"{name}-*.dist-info"))
        if len(found) == 1:
            return found[0].name[len(name) + 1 : -len(".dist-info")]
    return None


@lru_cache(maxsize=1)
def table_meta() -> dict[str, Any] | None:
    """Return data/opencc/table.json (version, each configuration's stages, each dictionary's longest key).

    None when the file is missing or was built from another OpenCC version than the installed one:
    then the table does not apply.
    """
    path = TABLE_DIR / "table.json"
    if not path.is_file():
        return None
    meta: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return meta if meta.get("opencc") == installed_opencc_version() else None


@lru_cache(maxsize=16)
def _read(name: str) -> str:
    return (TABLE_DIR / name).read_text(encoding="utf-8")


@lru_cache(maxsize=len(CONFIGS))
def _config(config: str) -> _Config | None:
    meta = table_meta()
    if meta is None or config not in meta["configs"]:
        return None
    stages: list[str] = meta["configs"][config]
    return _Config(
        _read(f"{config}.tsv"), [_read(f"{name}.txt") for name in stages], [meta["longest"][name] for name in stages]
    )


def stages(config: str) -> list[str] | None:
    """Return the stages of `config` (each the dictionaries whose keys it matches, joined by "+"), or None.

    None when the table does not apply (see `table_meta`) or does not cover `config`.
    """
    meta = table_meta()
    if meta is None or config not in meta["configs"]:
        return None
    return list(meta["configs"][config])


def last_stage_phrases(config: str) -> list[str] | None:
    """Return the keys of two or more characters of `config`'s last stage, or None if the table does not apply.

    Where none of them occurs in the text that stage reads, the stage converts a character at a time.
    """
    table = _config(config)
    if table is None:
        return None
    return [key for key in table._stage_phrases[-1].split("\n") if key]


def keeps(text: str, config: str) -> bool:
    """Tell whether OpenCC `config` provably writes `text` as it is; False when unsure.

    True when no character of `text` is one the configuration changes and no phrase key of a
    stage occurs in it (then `convert` and OpenCC itself return `text`). Cheaper than `convert`
    for the common case of a short text that needs no change (a simplified name under t2s).
    """
    if len(text) > MAX_LENGTH or "\0" in text:
        return False
    table = _config(config)
    if table is None:
        return False
    changed, openings = _changed(config)
    if not changed.isdisjoint(text):
        return False
    # A phrase key occurs only where its first two characters do (nearly never in a name).
    if all(text[i : i + 2] not in openings for i in range(len(text) - 1)):
        return True
    return not any(table.has_phrase(stage, text) for stage in range(len(table._stage_phrases)))


@lru_cache(maxsize=len(CONFIGS))
def _changed(config: str) -> tuple[frozenset[str], frozenset[str]]:
    """The characters a configuration's table lists (each changed by some stage), and the first two
    characters of each of its phrase keys; both empty if the table does not apply."""
    table = _config(config)
    if table is None:
        return frozenset(), frozenset()
    chars = frozenset(line.split("\t", 1)[0] for line in table._chars.split("\n") if line)
    openings = frozenset(key[:2] for phrases in table._stage_phrases for key in phrases.split("\n") if key)
    return chars, openings


def convert(text: str, config: str) -> str | None:
    """Return OpenCC `config`'s conversion of `text`, or None where only OpenCC itself can say.

    `config` is one of CONFIGS. Text longer than MAX_LENGTH characters always gives None.
    """
    if len(text) > MAX_LENGTH or "\0" in text:
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return None
    table = _config(config)
    return None if table is None else table.convert(text)
