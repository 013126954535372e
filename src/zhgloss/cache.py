"""Derived data kept beside a glossary, keyed by the glossary file's identity.

Indexes and automata are costly to build and cheap to load. Each is stored in a
cache folder and rebuilt only when the glossary file changes. The identity is
the file's device, inode, size and modification time: every write replaces the
file atomically (a new inode), so any change gives a new identity.
"""

from __future__ import annotations

import contextlib
import os
import sys
import zlib
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from zhgloss import __version__

CACHE_ENV = "ZHGLOSS_CACHE_DIR"
_T = TypeVar("_T")


def identity(path: Path) -> str:
    """Return a string that changes whenever the file at `path` is replaced or modified.

    Device, inode, size and modification time tell a replaced file, but `cp -p` and
    `rsync --inplace -t` rewrite a file in place and then set its old mtime back. The status
    change time (st_ctime) cannot be set by a user: any write, or setting the mtime, moves it.
    Raise OSError if the file cannot be read (FileNotFoundError if it is missing).
    """
    return _identity_of(path.stat())


def _identity_of(st: os.stat_result) -> str:
    return f"{st.st_dev}:{st.st_ino}:{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{__version__}"


def cache_dir(glossary_path: Path, *, beside: bool = True) -> Path:
    """Return (and create) the cache folder for `glossary_path`.

    The folder is `.zhgloss-cache/` beside the glossary when that folder is writable
    (with a `.gitignore` so a glossary kept in git stays clean), else a folder in the
    user's cache directory named by the glossary's path. `ZHGLOSS_CACHE_DIR` overrides both.
    """
    resolved = glossary_path.resolve()
    # crc32 only tells apart glossaries of the same name in different folders; zlib is far cheaper
    # to import than hashlib, and this runs on every lookup.
    tag = f"{resolved.stem}-{zlib.crc32(str(resolved).encode()):08x}"
    override = os.environ.get(CACHE_ENV)
    if beside:
        from zhgloss.store import bundled_path

        # Never write into the installed package: the bundled glossary's caches go to the user cache folder.
        beside = resolved != bundled_path()
    if override:
        folder = Path(override) / tag
    elif beside and os.access(resolved.parent, os.W_OK):
        folder = resolved.parent / ".zhgloss-cache" / resolved.stem
    else:
        folder = user_cache_path() / tag
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if folder.parent.name == ".zhgloss-cache":
            _write_gitignore(folder.parent / ".gitignore")
    except OSError:
        if not beside:
            raise
        return cache_dir(glossary_path, beside=False)
    return folder


def user_cache_path() -> Path:
    """Return the user's cache folder for zhgloss (platformdirs' rule).

    On Linux the XDG rule is spelled out, as `zhgloss.store.user_path` does: importing platformdirs
    (which imports tempfile and random) would cost every lookup of the bundled glossary ~3 ms. A
    test holds the two equal.
    """
    if sys.platform.startswith("linux"):
        base = os.environ.get("XDG_CACHE_HOME", "").strip() or os.path.expanduser("~/.cache")
        return Path(base) / "zhgloss"
    import platformdirs

    return platformdirs.user_cache_path("zhgloss")


def _write_gitignore(path: Path) -> None:
    """Create `path` holding "*" unless something, even a dangling symbolic link, is there already.

    O_EXCL with O_CREAT never follows a link: a planted `.gitignore` link cannot make zhgloss
    write elsewhere.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write("*\n")


def cache_file(glossary_path: Path, name: str) -> Path | None:
    """Return the path of the cache file `name` for the glossary, or None if no cache folder can be made."""
    try:
        return cache_dir(glossary_path) / name
    except OSError:
        return None


def load_cached(glossary_path: Path, kind: str, build: Callable[[], bytes]) -> bytes | memoryview:
    """Return the cached bytes of `kind` for the glossary's current identity, building them if needed.

    `kind` names the derived data and its format version (e.g. "annotate-v1"). The bytes come back
    memory-mapped (a read-only `memoryview` of the cache file after its identity line): opening a
    cache of tens of MB reads only its first line, and the pages a command touches are read from
    disk as it touches them. A cache that cannot be read or written (no usable cache folder, a
    read-only disk) is skipped: the caller still gets the bytes, built afresh.
    """
    return _load_cached(glossary_path, kind, build, identity(glossary_path))


def load_cached_with_source(
    glossary_path: Path, kind: str, build: Callable[[], bytes]
) -> tuple[bytes | memoryview, memoryview]:
    """Return `load_cached`'s bytes and the glossary file itself, memory-mapped, of the same version.

    For caches that point into the glossary file (the byte spans of its entries, see
    `zhgloss.store.Glossary.entry_spans`) rather than hold a copy of every entry. The file is
    opened first and the cache must be of the version opened: a glossary replaced meanwhile (a
    rename by another process) is opened again. Raise GlossaryFileError if it keeps changing.
    """
    for _ in range(3):
        key, source = map_glossary(glossary_path)
        payload = _load_cached(glossary_path, kind, build, key)
        if identity(glossary_path) == key:
            return payload, source
    raise changed_error(glossary_path)


def map_glossary(glossary_path: Path) -> tuple[str, memoryview]:
    """Return the identity of the glossary file and its bytes, memory-mapped: one version of it, however it changes.

    Raise GlossaryFileError if it cannot be read.
    """
    import mmap

    from zhgloss.errors import GlossaryFileError

    try:
        with glossary_path.open("rb") as source:
            st = os.fstat(source.fileno())
            # The map outlives the file object. The store replaces the file by a rename, never in place.
            whole = mmap.mmap(source.fileno(), 0, access=mmap.ACCESS_READ) if st.st_size else b""
    except OSError as exc:
        raise GlossaryFileError(glossary_path, f"cannot be read: {exc.strerror}") from None
    return _identity_of(st), memoryview(whole)


def changed_error(glossary_path: Path) -> Exception:
    """Return the error for a glossary file that kept changing while it was read (replaced by other processes)."""
    from zhgloss.errors import GlossaryFileError

    return GlossaryFileError(glossary_path, "changed while it was read; run the command again")


SOURCES_DIR = Path(__file__).resolve().parent
"""The package: its modules (the code that derives a cache: forms, folding, the automaton's compiler) and its data
files (surnames, name lists, OpenCC tables ...), the sources a glossary's caches are built from besides the glossary."""


def _source_files() -> list[tuple[str, os.stat_result]]:
    """Every file of the package but compiled ones (__pycache__, hidden), by its path relative to it; sorted."""
    found: list[tuple[str, os.stat_result]] = []
    folders = [(SOURCES_DIR, "")]
    while folders:
        folder, prefix = folders.pop()
        with os.scandir(folder) as items:
            for item in items:
                if item.name.startswith(".") or item.name == "__pycache__":
                    continue
                if item.is_dir():
                    folders.append((Path(item.path), f"{prefix}{item.name}/"))
                elif item.is_file() and not item.name.endswith((".pyc", ".pyo")):
                    found.append((prefix + item.name, item.stat()))
    return sorted(found, key=lambda pair: pair[0])


@lru_cache(maxsize=1)
def sources_stamp() -> str:
    """Return a digest (CRC-32, hex) of the names and bytes of the package's modules and data files.

    A cache of a glossary (its lookup index, automaton, search index) is built from the glossary, from the data
    lists (surnames.tsv, the OpenCC tables, the word lists ...) and by code (forms' spellings, script's folds,
    annotate's compiler): a data file or a module changed under one version of zhgloss (a rebuilt list, a pulled
    checkout, an upgrade that keeps __version__) must not be served from a cache built with the old one, so each
    cache is keyed by the glossary's identity and this digest (a format number bumped by hand is forgotten: U27-63).
    Reading the ~7 MB costs ~25 ms: the digest is kept in the user's cache folder with the files' paths, sizes,
    modification and status change times (no user can set the last back) and inodes, and read again only when one
    of those changes (~100 stat calls a command). Raise OSError if the package folder cannot be read.
    """
    files = _source_files()
    key = [(name, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino) for name, st in files]
    where = zlib.crc32(str(SOURCES_DIR).encode())
    target = user_cache_path() / "data" / f"sources-stamp-{where:08x}-v1.marshal"
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
        stored: Any = read_marshal(target)
        if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == key:
            return str(stored[1])
    crc = 0
    for name, _st in files:
        crc = zlib.crc32(name.encode() + b"\0", crc)
        crc = zlib.crc32((SOURCES_DIR / name).read_bytes(), crc)
    stamp = f"{crc:08x}"
    with contextlib.suppress(OSError, ValueError):
        target.parent.mkdir(parents=True, exist_ok=True)
        write_marshal(target, (key, stamp))
    return stamp


def cache_key(current: str) -> str:
    """Return the key a cache of the glossary version `current` (its `identity`) is stored under: that identity and
    the package's digest (`sources_stamp`), with no space (a cache file's first line is the key, a space, its CRC)."""
    return f"{current}:{sources_stamp()}"


def _load_cached(glossary_path: Path, kind: str, build: Callable[[], bytes], current: str) -> bytes | memoryview:
    """`load_cached` for the glossary version `current` (its identity), written only if still current once built.

    Keyed by `cache_key`: the glossary's version and the package's digest (its code and data).
    """
    key = cache_key(current).encode()
    target = cache_file(glossary_path, f"{kind}.bin")
    if target is not None:
        mapped = _mapped(target, key)
        if mapped is not None:
            _refuse_blank(glossary_path)
            return mapped
    from zhgloss.bulk import paused_gc
    from zhgloss.progress import step

    with step(f"building the {kind.rsplit('-v', 1)[0]} index of {glossary_path.name} (once per change)"), paused_gc():
        # What the build leaves alive (the parsed glossary, kept for later reads) moves to the oldest generation
        # when the collector resumes (`paused_gc`): the first collection after need not scan it.
        payload = build()
    # A glossary replaced while its cache was built may have been read at its new version: the
    # bytes are still returned (this run read the file), but stamped with the old identity, never.
    if target is not None and identity(glossary_path) == current:
        from zhgloss.atomic import remove_stale_temps, write_atomic

        remove_stale_temps(target.parent)  # what killed builds left; building is rare, so it is swept then
        with contextlib.suppress(OSError):
            write_atomic(target, _head(key, payload) + payload, durable=False)
            sweep_older(target)
    return payload


def _refuse_blank(glossary_path: Path) -> None:
    """Raise GlossaryFileError (`zhgloss.store.EMPTY_FILE`) if the glossary file is empty to a reader.

    A cache found serves its bytes without the glossary being parsed, so the reader's refusal of an empty file
    (0 bytes, whitespace, a byte-order mark) would never run: a cache stored under the identity of an empty file
    (one written meanwhile in place within one tick of a coarse file-system clock, or by a write that started a
    glossary there) would answer "no entry matches" (exit 1) for a lost glossary. One small read of the file's
    first bytes.
    """
    from zhgloss.store import EMPTY_FILE, holds_no_json

    with contextlib.suppress(OSError):  # a file that cannot be read is the reader's to report
        if holds_no_json(glossary_path):
            from zhgloss.errors import GlossaryFileError

            raise GlossaryFileError(glossary_path, EMPTY_FILE)


def _head(key: bytes, payload: bytes | memoryview) -> bytes:
    """The first line of a cache file: the glossary's identity and the CRC-32 of the payload after it."""
    return key + b" %08x\n" % zlib.crc32(payload)


CHECKED_SUFFIX = ".checked"
"""A cache file `X.bin` whose payload matched its CRC has its status kept in `X.checked` (see `_is_whole`)."""

SETTLED_NS = 2_000_000_000
"""A file is stamped as checked only once its last change is this old (ns): coarser than any file system's clock."""


def _mapped(target: Path, key: bytes) -> memoryview | None:
    """Map the cache file `target` if it is of identity `key` and whole; return the payload, else None.

    A file whose payload fails its CRC (bytes overwritten inside it: a disk error, a stray write, a
    hand edit) is deleted, so that the caller builds and writes it again.
    """
    import mmap

    try:
        with target.open("rb") as cached:
            line = cached.readline(len(key) + 11)
            if line[: len(key) + 1] != key + b" " or len(line) != len(key) + 10 or line[-1:] != b"\n":
                return None
            crc = int(line[len(key) + 1 : -1], 16)
            status = os.fstat(cached.fileno())
            # The map outlives the file object (mmap keeps its own descriptor). The cache file is only
            # ever replaced by a rename, never written in place, so the mapped pages cannot change.
            whole = mmap.mmap(cached.fileno(), 0, access=mmap.ACCESS_READ) if status.st_size > len(line) else b""
    except (OSError, ValueError):
        return None
    payload = memoryview(whole)[len(line) :]
    if not _is_whole(target, status, payload, crc):
        with contextlib.suppress(OSError):
            target.unlink()
        return None
    return payload


def _is_whole(target: Path, status: os.stat_result, payload: memoryview, crc: int) -> bool:
    """Tell whether `payload`, the bytes of the cache file `target` (of `status`), match their CRC.

    Reading a whole cache costs ~2 ms per 10 MB, more than a query of it: a file found whole is
    stamped in its `.checked` file with its inode, size and change times, and not read again
    while they hold. Any write to the file moves its status change time (st_ctime), which no user
    can set back, so a file written since its check is checked again. The stamp is written only
    once the file's last change is SETTLED_NS old, so that a write within the same tick of a
    coarse file-system clock cannot go unseen.
    """
    import time

    stamp = f"{status.st_dev}:{status.st_ino}:{status.st_size}:{status.st_mtime_ns}:{status.st_ctime_ns}:{crc:08x}"
    checked = target.with_suffix(CHECKED_SUFFIX)
    try:
        if checked.read_text(encoding="utf-8") == stamp:
            return True
    except (OSError, UnicodeDecodeError):
        pass
    if zlib.crc32(payload) != crc:
        return False
    if time.time_ns() - status.st_ctime_ns > SETTLED_NS:
        from zhgloss.atomic import write_atomic

        with contextlib.suppress(OSError):
            write_atomic(checked, stamp.encode(), durable=False)
    return True


def sweep_older(target: Path) -> list[Path]:
    """Delete the cache files of other versions of `target`'s kind beside it ("search-v7.bin" for "search-v8.bin").

    Return the paths deleted. A format number ("-v8") sweeps only lower numbers: a newer zhgloss
    sharing the folder keeps its files, so two installs never delete each other's in turn. A
    checksum of the code ("validation-v0c1d2e3f") cannot be ordered: other checksums go once
    their file is a day old (two installs then rebuild each other's at most once a day). A process
    that has a deleted file mapped reads on: on POSIX an unlinked file stays readable to those
    that opened it, and its next run builds the file again.
    """
    import re
    import time

    shape = re.fullmatch(r"(.+?)-v([0-9a-f]+)((?:-[a-z]+)*)(\.[a-z]+)", target.name)
    if shape is None:
        return []
    stem, version, rest, suffix = shape.groups()
    sibling = re.compile(rf"{re.escape(stem)}-v([0-9a-f]+){re.escape(rest)}(?:{re.escape(suffix)}|{CHECKED_SUFFIX})")
    day_ago = time.time() - 86_400
    removed: list[Path] = []
    with contextlib.suppress(OSError):
        for name in os.listdir(target.parent):
            found = sibling.fullmatch(name)
            if found is None or found.group(1) == version:
                continue
            other = target.parent / name
            with contextlib.suppress(OSError):
                numbered = found.group(1).isdecimal() and version.isdecimal()
                if int(found.group(1)) < int(version) if numbered else other.stat().st_mtime < day_ago:
                    other.unlink()
                    removed.append(other)
    return removed


def drop_cached(glossary_path: Path, kind: str) -> None:
    """Delete the cache file of `kind` (found damaged), so that it is built again; a file already gone is fine."""
    target = cache_file(glossary_path, f"{kind}.bin")
    if target is not None:
        with contextlib.suppress(OSError):
            target.unlink(missing_ok=True)
            target.with_suffix(CHECKED_SUFFIX).unlink(missing_ok=True)


def is_cached(glossary_path: Path, kind: str) -> bool:
    """Tell whether `kind` is cached for the glossary's current identity (without loading it)."""
    target = cache_file(glossary_path, f"{kind}.bin")
    if target is None:
        return False
    try:
        with target.open("rb") as cached:
            return cached.readline().split(b" ")[0] == cache_key(identity(glossary_path)).encode()
    except OSError:
        return False


def load_data_cached(name: str, sources: Sequence[Path], build: Callable[[], _T]) -> _T:
    """Return `build()`, tables derived from the package data files `sources`, kept between runs.

    The tables (anything `marshal` writes: str, numbers, lists, dicts) are stored in the user's
    cache folder (`write_marshal`), with the zhgloss version and the sources' sizes and times: a
    process that needs a few thousand parsed rows loads them in a few milliseconds instead of
    parsing and checking the files again. A cache that cannot be read or written is skipped.
    """
    try:
        key = (__version__, [(str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in sources])
    except OSError:
        return build()
    # One file per set of source paths: two installs (a checkout and a venv, two worktrees) sharing the
    # user's cache folder would otherwise rebuild it in turn, each evicting the other's.
    where = zlib.crc32("\n".join(str(p) for p in sources).encode())
    target = user_cache_path() / "data" / f"{name}-{where:08x}-v2.marshal"
    with contextlib.suppress(OSError, ValueError):
        stored: Any = read_marshal(target)
        if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == key:
            data: _T = stored[1]
            return data
    data = build()
    with contextlib.suppress(OSError, ValueError):
        target.parent.mkdir(parents=True, exist_ok=True)
        write_marshal(target, (key, data))  # a value of the types build() promises; marshal refuses others (ValueError)
    return data


def read_marshal(path: Path) -> Any:
    """Return the value `write_marshal` wrote to `path`; raise ValueError if the file is damaged, OSError if unreadable.

    marshal reads damaged bytes as other values without a word: the file carries the CRC-32 of the
    marshal data before it.
    """
    import marshal

    raw = path.read_bytes()
    if len(raw) < 4 or raw[:4] != zlib.crc32(raw[4:]).to_bytes(4, "little"):
        raise ValueError(f"{path.name} is damaged")
    try:
        return marshal.loads(raw[4:])
    except (EOFError, TypeError) as exc:  # a file zhgloss never wrote, with a right CRC
        raise ValueError(f"{path.name} is not marshal data: {exc}") from None


def write_marshal(path: Path, value: Any) -> None:
    """Write `value` (str, numbers, tuples, lists, dicts) to `path` behind its CRC-32, atomically, and sweep
    the file's older versions (`sweep_older`); raise ValueError for a value marshal refuses, OSError if unwritable."""
    import marshal

    from zhgloss.atomic import write_atomic

    body = marshal.dumps(value)
    write_atomic(path, zlib.crc32(body).to_bytes(4, "little") + body, durable=False)
    sweep_older(path)


VALIDATED = "validated-v2"
"""The cache file holding the identity of the last version of the glossary whose every entry is read as stored.

That is: `Entry.from_dict` accepts each entry and changes nothing in it, so that `Entry.from_checked_dict`
builds the same entry without a check. (Version 1 also marked files with entries that `from_dict`
normalizes, such as a hand-edited "Lei  Jun": read without a check, they came out unnormalized.)
"""

WRITTEN = "written"
"""The cache file holding the digest (`content_digest`) of the last bytes zhgloss wrote to the glossary
from entries all read as stored: a file that still has those bytes needs no check of its entries."""


def content_digest(data: bytes | memoryview) -> str:
    """Return the digest of a glossary file's bytes that `WRITTEN` records: SHA-1, as hex (~25 ms for 40 MB).

    A digest, not the file's identity: a hand edit made between zhgloss's rename and its record of
    the identity would otherwise pass for what zhgloss wrote. SHA-1 is not used for security here
    (anyone who can edit the file can edit the cache folder too); it tells an edit from the bytes
    written, and it is twice as quick as BLAKE2b.
    """
    import hashlib

    return hashlib.sha1(data, usedforsecurity=False).hexdigest()


def _marker(glossary_path: Path, name: str) -> str | None:
    """The text of the marker file `name` in the glossary's cache folder, or None if it cannot be read."""
    target = cache_file(glossary_path, name)
    if target is None:
        return None
    try:
        return target.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _mark(glossary_path: Path, name: str, value: str) -> None:
    """Write the marker file `name` holding `value` (best effort: a cache folder that cannot be written is fine)."""
    target = cache_file(glossary_path, name)
    if target is not None:
        from zhgloss.atomic import write_atomic

        with contextlib.suppress(OSError):
            write_atomic(target, value.encode(), durable=False)


def is_validated(glossary_path: Path, current: str) -> bool:
    """Tell whether every entry of the glossary at identity `current` was found valid and as stored before."""
    return _marker(glossary_path, VALIDATED) == current


def mark_validated(glossary_path: Path, current: str) -> None:
    """Record that every entry of the glossary at identity `current` is valid and read as stored (best effort)."""
    _mark(glossary_path, VALIDATED, current)


AS_ENTRIES = "as-entries"
"""Added to the `WRITTEN` marker's digest when every document written is its entry's `to_dict()` (`mark_written`)."""


def is_written(glossary_path: Path, digest: str, *, as_entries: bool = False) -> bool:
    """Tell whether `digest` (`content_digest`) is that of the bytes zhgloss last wrote from entries read as stored.

    With `as_entries`, tell whether those bytes also hold every document exactly as its entry's
    `to_dict()` gives it (see `mark_written`).
    """
    marker = _marker(glossary_path, WRITTEN)
    if as_entries:
        return marker == f"{digest} {AS_ENTRIES}"
    return marker is not None and marker.split(" ", 1)[0] == digest


def mark_written(glossary_path: Path, digest: str, *, as_entries: bool = False) -> None:
    """Record `digest`, of the bytes just written from entries read as stored (best effort).

    `as_entries` records too that every document in those bytes is its entry's `to_dict()`: then
    `zhgloss.store.Glossary.entry_spans` need not compare the 10^5 documents of a big glossary with
    their entries (~0.3 s) to know that a reader of an entry's bytes gets the entry's own dict.
    A marker left from an earlier write needs no removal: it names bytes the file no longer has.
    """
    _mark(glossary_path, WRITTEN, f"{digest} {AS_ENTRIES}" if as_entries else digest)
