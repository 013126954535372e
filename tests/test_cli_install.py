"""An install older than the code: a declared dependency that is not installed is one line and exit 2, no traceback.

After `git pull` in a checkout installed with `pip install -e .`, the code may import a package the old install
never fetched (numpy came with the thirteenth session's index builds): `lookup` then died with a traceback.
The tests run the real interpreter on a real site-packages from which one package is really absent: a folder of
links to every entry of this environment's site-packages but that package's.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

import zhgloss

SITE = Path(sysconfig.get_paths()["purelib"])
BUNDLED = Path(__file__).resolve().parents[1] / "glossary.json"


def _site_without(tmp_path: Path, package: str) -> str:
    """A PYTHONPATH on which every package of this environment is importable but `package` (and zhgloss itself)."""
    links = tmp_path / "site"
    links.mkdir()
    for item in SITE.iterdir():
        name = item.name.lower()
        if name == package or name.startswith((f"{package}-", f"{package}.")):
            continue
        (links / item.name).symlink_to(item)
    # An editable install finds zhgloss by a .pth file, which `-S` does not read: its source folder goes first.
    # Installed whole (CI's `pip install .`), zhgloss is one of the links.
    home = Path(zhgloss.__file__).resolve().parents[1]
    return str(links) if home == SITE.resolve() else os.pathsep.join([str(home), str(links)])


def _zhgloss(path: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": path, "ZHGLOSS_CACHE_DIR": str(tmp_path / "cache")}
    code = "import sys; from zhgloss.cli import main; sys.argv[0] = 'zhgloss'; main()"
    return subprocess.run(
        [sys.executable, "-S", "-c", code, *args], capture_output=True, text=True, env=env, check=False, timeout=120
    )


def test_a_missing_dependency_is_one_line_and_exit_2(tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    db.write_bytes(BUNDLED.read_bytes())
    before = db.read_bytes()
    # A fresh cache: the first lookup builds the lookup index, the one step that imports numpy.
    done = _zhgloss(_site_without(tmp_path, "numpy"), tmp_path, "lookup", "Lei Jun", "--db", str(db))
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    assert done.stderr == (
        "Error: zhgloss needs the package 'numpy', which is not installed here; reinstall zhgloss "
        "(pip install -e . in a checkout, pip install --upgrade zhgloss otherwise)\n"
    )
    assert db.read_bytes() == before


def test_the_same_environment_with_the_package_runs(tmp_path: Path) -> None:
    # The links themselves are a working environment: only the package left out makes the difference.
    db = tmp_path / "g.json"
    db.write_bytes(BUNDLED.read_bytes())
    done = _zhgloss(_site_without(tmp_path, "no-such-package"), tmp_path, "lookup", "Lei Jun", "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("雷军 Lei Jun")


@pytest.mark.parametrize("package", ["typer", "tinydb"])
def test_a_missing_dependency_of_every_command_is_reported_too(tmp_path: Path, package: str) -> None:
    done = _zhgloss(_site_without(tmp_path, package), tmp_path, "lookup", "雷军")
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f"Error: zhgloss needs the package {package!r}, which is not installed here;")
    assert "Traceback" not in done.stderr
