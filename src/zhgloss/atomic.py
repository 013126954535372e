"""Replace a file's content all at once, so a crash leaves either the old file or the new one."""

from __future__ import annotations

import os
from pathlib import Path


def _temp_prefix(path: Path) -> str:
    return f".{path.name}."


def remove_leftovers(path: Path) -> list[Path]:
    """Delete the temporary files a killed `write_atomic` of `path` left in its folder; return them.

    Call it only while no other process can be writing `path` (under its lock).
    """
    prefix = _temp_prefix(path)
    removed: list[Path] = []
    try:
        names = [name for name in os.listdir(path.parent) if name.startswith(prefix) and name.endswith(".tmp")]
    except OSError:
        return removed
    for name in names:
        leftover = path.parent / name
        try:
            leftover.unlink()
        except OSError:
            continue
        removed.append(leftover)
    return removed


STALE_AFTER_S = 3600.0
"""Age after which a temporary file in a cache folder is taken for a killed write's leftover."""


def remove_stale_temps(folder: Path, older_than: float = STALE_AFTER_S) -> list[Path]:
    """Delete the `*.tmp` files in `folder` not modified for `older_than` seconds; return them.

    For folders written without a lock (caches): a write under way is seconds old, a file an hour
    old is what a killed write left behind.
    """
    import time

    removed: list[Path] = []
    cutoff = time.time() - older_than
    try:
        candidates = [folder / name for name in os.listdir(folder) if name.endswith(".tmp")]
    except OSError:
        return removed
    for candidate in candidates:
        try:
            if candidate.lstat().st_mtime < cutoff:
                candidate.unlink()
                removed.append(candidate)
        except OSError:
            continue
    return removed


def write_atomic(path: Path, payload: bytes, *, durable: bool = True) -> None:
    """Write `payload` to `path` through a temporary file in the same folder and an atomic rename.

    With `durable`, the data and the rename are fsynced before returning, so a write that returned
    survives a crash or power loss. The file keeps its permissions (new files get 0o644).
    """
    import tempfile

    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=_temp_prefix(path), suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(payload)
            if durable:
                out.flush()
                os.fsync(out.fileno())
        try:
            mode = path.stat().st_mode & 0o777
        except FileNotFoundError:
            mode = 0o644
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if durable:
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
