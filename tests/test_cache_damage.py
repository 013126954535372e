"""Cache files damaged, stale or left by older versions, through the installed console script.

Every cache either gives the answer a fresh build gives or finds the damage, deletes the file and
builds it once more: never a traceback, never a wrong answer (issue 15).
"""

from __future__ import annotations

import mmap
import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhgloss.annotate import CACHE_KIND
from zhgloss.cache import CHECKED_SUFFIX, read_marshal, sweep_older, write_marshal
from zhgloss.fuzzy import FORMAT as SEARCH_FORMAT
from zhgloss.index import INDEX_FORMAT

LONG_ENGLISH = "Lei Jun founded Xiaomi; Jack Ma lives in Hangzhou. " * 50  # past SHORT_ENGLISH: the English automaton
COMMANDS: dict[str, tuple[list[str], str | None]] = {
    INDEX_FORMAT: (["lookup", "雷军"], None),
    SEARCH_FORMAT: (["search", "马"], None),
    CACHE_KIND: (["annotate"], "雷军创办了小米。马云在杭州。\n" * 60),
    f"{CACHE_KIND}-english": (["annotate"], LONG_ENGLISH),
    f"{CACHE_KIND}-names": (
        ["check", "-"],
        "雷军创办了小米。\tLei Jun founded Xiaomi.\n马云在杭州。\tMa Yun is in Hangzhou.\n",
    ),
}
"""Each cache file (its kind) and a command that reads it (arguments, stdin)."""


@dataclass
class Built:
    exe: str
    db: Path
    env: dict[str, str]
    folder: Path
    pristine: dict[str, bytes]  # cache file name -> its bytes as built
    fresh: dict[str, tuple[int, str, str]]  # kind -> what its command gives on a fresh build

    def run(self, kind: str) -> tuple[int, str, str]:
        args, stdin = COMMANDS[kind]
        done = subprocess.run(
            [self.exe, "--db", str(self.db), *args], input=stdin, capture_output=True, text=True, env=self.env
        )
        return done.returncode, done.stdout, done.stderr

    def restore(self) -> None:
        for name, blob in self.pristine.items():
            (self.folder / name).write_bytes(blob)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, bundled: Path, zhgloss_exe: str) -> Built:
    root = tmp_path_factory.mktemp("damage")
    db = root / "glossary.json"
    shutil.copyfile(bundled, db)
    env = {**os.environ, "ZHGLOSS_CACHE_DIR": str(root / "cache")}
    state = Built(zhgloss_exe, db, env, root, {}, {})
    state.fresh = {kind: state.run(kind) for kind in COMMANDS}
    (state.folder,) = {p.parent for p in (root / "cache").rglob("*.bin")}
    state.pristine = {f"{kind}.bin": (state.folder / f"{kind}.bin").read_bytes() for kind in COMMANDS}
    for kind, (code, out, err) in state.fresh.items():
        assert code == 0 and out, (kind, err)  # a problem found (check): something on stdout
    return state


@settings(max_examples=20, suppress_health_check=[HealthCheck.too_slow])
@given(
    kind=st.sampled_from(sorted(COMMANDS)),
    where=st.floats(min_value=0, max_value=1, exclude_max=True),
    damage=st.binary(min_size=1, max_size=16),
)
def test_a_cache_overwritten_inside_is_found_and_built_again(
    built: Built, kind: str, where: float, damage: bytes
) -> None:
    """Bytes overwritten anywhere in a cache file (its payload, identity or CRC): the same answer, the file rebuilt."""
    built.restore()
    target = built.folder / f"{kind}.bin"
    blob = bytearray(built.pristine[target.name])
    at = int(where * (len(blob) - len(damage)))
    blob[at : at + len(damage)] = damage
    with target.open("r+b") as out:  # in place, as a disk error or a stray write does
        out.seek(at)
        out.write(damage)
    assert built.run(kind) == built.fresh[kind]
    assert target.read_bytes() == built.pristine[target.name]  # found and written again whole


def test_the_known_damage_of_each_cache_is_found(built: Built) -> None:
    """The reviewer's case: 8 bytes written inside each cache file (search, annotate and lookup crashed or lied)."""
    for kind in COMMANDS:
        size = len(built.pristine[f"{kind}.bin"])
        for at in range(size // 7, size - 8, size // 4):  # three places past the identity line
            built.restore()
            with (built.folder / f"{kind}.bin").open("r+b") as out:
                out.seek(at)
                out.write(b"\xff\xfe\x01\x80\x00\x7f\x33\x99")
            assert built.run(kind) == built.fresh[kind], (kind, at)


def test_a_checked_file_written_since_is_checked_again(built: Built) -> None:
    """A cache found whole is stamped and not read whole again, until a write to it moves its change time."""
    built.restore()
    kind = SEARCH_FORMAT
    target = built.folder / f"{kind}.bin"
    stamp = target.with_suffix(CHECKED_SUFFIX)
    past = time.time() - 10  # settled: old enough to be stamped
    os.utime(target, (past, past))
    stamp.unlink(missing_ok=True)
    time.sleep(2.1)  # the change time (which utime moved) settles too
    assert built.run(kind) == built.fresh[kind]
    assert stamp.is_file()
    blob = bytearray(target.read_bytes())
    blob[len(blob) // 2] ^= 0x20
    target.write_bytes(bytes(blob))
    os.utime(target, (past, past))  # the old modification time set back (as `cp -p` does): the change time moves
    assert built.run(kind) == built.fresh[kind]
    assert target.read_bytes() == built.pristine[target.name]


def test_older_versions_are_swept_when_a_cache_is_written(built: Built) -> None:
    built.restore()
    folder = built.folder
    old_names = ["search-v1.bin", "search-v1.checked", "lookup-v3.bin", "annotate-v2.bin", "annotate-v2-names.bin"]
    kept_names = ["search-v999.bin", "annotate-v2-other.bin", "notes.txt"]  # a newer zhgloss's; another kind
    for name in old_names + kept_names:
        (folder / name).write_bytes(b"old")
    day_old = time.time() - 2 * 86_400
    for name, age in [("validation-v0badc0de.bin", day_old), ("validation-v0c0ffee0.bin", time.time())]:
        (folder / name).write_bytes(b"{}")
        os.utime(folder / name, (age, age))
    # An older zhgloss still reading its file: the mapping outlives the sweep.
    with (folder / "search-v1.bin").open("rb") as held:
        mapped = mmap.mmap(held.fileno(), 0, access=mmap.ACCESS_READ)
    # A changed glossary: every cache of the commands is written anew, and sweeps its kind's older files.
    built.db.write_text(built.db.read_text(encoding="utf-8"), encoding="utf-8")
    for kind in (SEARCH_FORMAT, INDEX_FORMAT, CACHE_KIND, f"{CACHE_KIND}-names"):
        assert built.run(kind) == built.fresh[kind]
    left = {p.name for p in folder.iterdir()}
    assert not left & set(old_names), left
    assert set(kept_names) <= left
    assert mapped[:] == b"old"
    mapped.close()
    removed = sweep_older(folder / "validation-v12345678.bin")
    assert [p.name for p in removed] == ["validation-v0badc0de.bin"]  # a checksum: swept once a day old


def test_marshal_tables_carry_a_crc(tmp_path: Path) -> None:
    path = tmp_path / "tables-v2.marshal"
    value = ("stamp", {"曾": ["zeng1"], "单": ["shan4", "dan1"]})
    (tmp_path / "tables-v1.marshal").write_bytes(b"older")
    write_marshal(path, value)
    assert read_marshal(path) == value
    assert not (tmp_path / "tables-v1.marshal").exists()
    blob = bytearray(path.read_bytes())
    for at in range(len(blob)):
        damaged = bytearray(blob)
        damaged[at] ^= 0x01
        path.write_bytes(bytes(damaged))
        with pytest.raises(ValueError, match="damaged"):
            read_marshal(path)
