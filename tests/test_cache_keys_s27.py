"""A glossary's caches are keyed by the data files too, and never hide an empty file (session 27, cur item 4).

The caches beside a glossary (lookup index, automaton, search index) were keyed by the glossary file's identity and
zhgloss's __version__ only, though they are built from the package data lists as well (surnames.tsv, the OpenCC
tables ...): a data file changed under the same version (a rebuilt list in a checkout) was served the old cache.
Keys are now identity + `cache.sources_stamp()` (a digest of the names and bytes of the package's data files and,
since U27-63, its modules: an annotator compiled by older code was served after a pull that kept __version__). And a
cache found is served without parsing the glossary, so a file emptied under an identity a cache was stored for
answered "no entry matches" (exit 1) instead of the empty-file refusal (exit 3): a cache hit now asks
`store.holds_no_json` first.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhgloss import cache
from zhgloss.cli import app

runner = CliRunner()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    package = tmp_path / "zhgloss"
    folder = package / "data"
    (folder / "opencc").mkdir(parents=True)
    (folder / "surnames.tsv").write_text("王\tWáng\n", encoding="utf-8")
    (folder / "opencc" / "s2t.tsv").write_text("于\t於\n", encoding="utf-8")
    (package / "forms.py").write_text("RULE = 1\n", encoding="utf-8")
    monkeypatch.setattr(cache, "SOURCES_DIR", package)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    cache.sources_stamp.cache_clear()
    yield folder
    cache.sources_stamp.cache_clear()


def test_the_stamp_changes_with_a_data_file_s_bytes_even_at_the_same_size_and_time(data_dir: Path) -> None:
    first = cache.sources_stamp()
    cache.sources_stamp.cache_clear()
    assert cache.sources_stamp() == first  # read back from the user's cache folder: same files, same stamp
    surnames = data_dir / "surnames.tsv"
    st = surnames.stat()
    surnames.write_text("汪\tWāng\n", encoding="utf-8")  # the same size in UTF-8
    os.utime(surnames, ns=(st.st_atime_ns, st.st_mtime_ns))  # and the old time set back
    cache.sources_stamp.cache_clear()
    assert cache.sources_stamp() != first


def test_a_file_in_a_data_subfolder_counts_too(data_dir: Path) -> None:
    first = cache.sources_stamp()
    (data_dir / "opencc" / "s2t.tsv").write_text("后\t後\n", encoding="utf-8")
    cache.sources_stamp.cache_clear()
    assert cache.sources_stamp() != first


def test_a_cache_built_with_other_data_is_built_again(tmp_path: Path, data_dir: Path) -> None:
    glossary = tmp_path / "g.json"
    glossary.write_text('{"entries": {}}', encoding="utf-8")
    built: list[int] = []

    def build() -> bytes:
        built.append(1)
        return b"payload %d" % len(built)

    assert bytes(cache.load_cached(glossary, "test-v1", build)) == b"payload 1"
    assert bytes(cache.load_cached(glossary, "test-v1", build)) == b"payload 1"  # served from the cache
    assert cache.is_cached(glossary, "test-v1")
    (data_dir / "surnames.tsv").write_text("王\tWáng\n李\tLǐ\n", encoding="utf-8")
    cache.sources_stamp.cache_clear()
    assert not cache.is_cached(glossary, "test-v1")
    assert bytes(cache.load_cached(glossary, "test-v1", build)) == b"payload 2"
    assert len(built) == 2


def test_a_cache_hit_does_not_hide_a_file_emptied_under_its_identity(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    glossary = tmp_path / "g.json"
    content = b'{"entries": {}}'
    glossary.write_bytes(content)
    result = runner.invoke(app, ["--db", str(glossary), "lookup", "王毅"])
    assert result.exit_code == 1, result.output  # the index of a glossary with no entries is now cached
    # A clock too coarse to tell two writes apart: the identity is the file's device, inode and size alone.
    monkeypatch.setattr(cache, "_identity_of", lambda st: f"{st.st_dev}:{st.st_ino}:{st.st_size}")
    runner.invoke(app, ["--db", str(glossary), "lookup", "王毅"])  # cached under that identity
    with glossary.open("r+b") as file:  # emptied in place: same inode, same size
        file.write(b" " * len(content))
    for command in (["lookup", "王毅"], ["search", "wang"]):
        result = runner.invoke(app, ["--db", str(glossary), *command])
        assert result.exit_code == 3, result.output
        assert "is empty: not a zhgloss glossary" in result.stderr


def test_a_changed_module_changes_the_stamp_and_compiled_files_do_not(data_dir: Path) -> None:
    # U27-63: an annotator compiled by dd5f354's code was served after a pull to 5ed2394 (same __version__).
    package = data_dir.parent
    first = cache.sources_stamp()
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "forms.cpython-311.pyc").write_bytes(b"compiled")
    cache.sources_stamp.cache_clear()
    assert cache.sources_stamp() == first
    (package / "forms.py").write_text("RULE = 2\n", encoding="utf-8")
    cache.sources_stamp.cache_clear()
    assert cache.sources_stamp() != first
