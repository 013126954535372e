"""OpenCC's configurations are read from the installed package, never the working folder (session 30, U30-18).

The opencc package's `OpenCC("s2hk")` reads "s2hk.json" from the working folder when a file of that name is there, so
a translator's folder holding a glossary named s2t.json (or any file so named) made `add`, `lookup`, `validate` and
`annotate` crash with a traceback ("Invalid format: Required property not found: conversion_chain"), and a crafted
file there would be read as OpenCC's dictionary. zhgloss now passes the package's own configuration by its path.
"""

from __future__ import annotations

import subprocess
import types
from pathlib import Path

import pytest

from zhgloss.convert import _config_path
from zhgloss.errors import ConversionError

CONFIGS = ("s2t", "s2hk", "s2tw", "s2twp", "t2s")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A working folder holding a glossary and a file named as each configuration zhgloss uses (not OpenCC's)."""
    for config in CONFIGS:
        (tmp_path / f"{config}.json").write_text('{"entries": {}}', encoding="utf-8")
    (tmp_path / "g.json").write_text("{}", encoding="utf-8")
    return tmp_path


def _run(zhgloss_exe: str, folder: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [zhgloss_exe, "--db", "g.json", *args],
        cwd=folder,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )


def test_every_converting_command_works_beside_files_named_as_opencc_configs(zhgloss_exe: str, folder: Path) -> None:
    # With their English: CC-CEDICT's Cherie Chung and Chow Yun-fat, which add asks for (R46-10).
    for args in (
        ["add", "钟楚红", "--type", "person", "--en", "Cherie Chung", "--adopted", "--yes"],
        ["add", "周潤發", "--type", "person", "--en", "Chow Yun-fat", "--yes"],
    ):
        done = _run(zhgloss_exe, folder, *args)
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
    done = _run(zhgloss_exe, folder, "lookup", "鍾楚紅")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("钟楚红 Cherie Chung")
    done = _run(zhgloss_exe, folder, "annotate", "-", stdin="周润发与鍾楚紅合作。\n")
    assert done.stdout == "周润发（Chow Yun-fat）与鍾楚紅（Cherie Chung）合作。\n", done.stderr
    done = _run(zhgloss_exe, folder, "validate")
    assert done.returncode == 0, done.stdout + done.stderr
    # The files beside it are untouched.
    assert all((folder / f"{c}.json").read_text(encoding="utf-8") == '{"entries": {}}' for c in CONFIGS)


def test_each_configuration_is_found_in_the_installed_package() -> None:
    import opencc

    package = Path(opencc.__file__).resolve().parent
    for config in CONFIGS:
        path = _config_path(opencc, config)
        assert path.is_absolute() and path.name == f"{config}.json"
        assert package in path.parents or package.parent.parent in path.parents


def test_a_package_without_the_configuration_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "opencc").mkdir()
    damaged = types.SimpleNamespace(__file__=str(tmp_path / "opencc" / "__init__.py"))
    with pytest.raises(ConversionError, match=r"has no configuration 's2hk'.*reinstall opencc"):
        _config_path(damaged, "s2hk")
