"""The wheel's build hook: zhgloss/formats/cedict.py compiled with mypyc (forty-fourth session, issue 9's "a full
CC-CEDICT import stays within 5x of json.dump").

Only a wheel (`pip install .`, `pip install ".[test]"`) is compiled, and only that one module: the CC-CEDICT parse's
rules, ~85% of an import's CPU, which mypyc runs ~1.3x faster with the same output byte for byte (a full import 4.6
-> 3.4 s CPU). cedict.py stays the source of truth: the compiled module is built from it, out of the source tree, and
put in the wheel beside it; nothing is written into src/, so no compiled file can shadow an edited cedict.py.

An editable install (`pip install -e .`) compiles nothing: its cedict.py is the code that runs. So does a wheel built
with ZHGLOSS_PURE_PYTHON=1 in the environment (a machine without a C compiler), and a wheel whose compile fails,
which says so on the build's output: the package is then pure Python, as before this hook.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

COMPILED_MODULE = Path("src", "zhgloss", "formats", "cedict.py")
"""The one module compiled, relative to the project's root."""
PURE_PYTHON_ENV = "ZHGLOSS_PURE_PYTHON"
"""Set (to anything but an empty string) to build a pure-Python wheel."""
BUILD_RECORD = "zhgloss/_build.txt"
"""Where a wheel says how its cedict.py was built (one of the three lines below); an editable install has none."""
BUILT_COMPILED = "cedict: compiled with mypyc"
BUILT_PURE_ASKED = f"cedict: pure Python ({PURE_PYTHON_ENV} set)"
BUILT_PURE_FAILED = "cedict: pure Python (the mypyc compile failed)"
# mypyc's own type check is mypy's default one, never of the installing environment's packages (`--no-site-packages`:
# the same build wherever it runs), with the third-party imports read as Any and no error reported of the modules
# cedict.py imports (packed.py's numpy alias is no type without numpy): no stricter than `mypy src`, which the code
# passes in strict mode.
_MYPY_ARGS = ["--no-site-packages", "--ignore-missing-imports", "--follow-imports=silent"]
_SETUP = """\
from setuptools import setup
from mypyc.build import mypycify

setup(name="zhgloss_compiled", ext_modules=mypycify([*{args!r}, {source!r}]))
"""


class CompiledCedictHook(BuildHookInterface):  # type: ignore[misc]  # (hatchling: in the build environment only)
    """Compile `COMPILED_MODULE` with mypyc into the wheel (see the module docstring)."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Build the compiled module in a temporary folder and include its files in the wheel, at their package
        paths; leave the build pure Python for an editable install, with PURE_PYTHON_ENV, or if the compile fails.

        A wheel also gets `BUILD_RECORD`, one line saying which it is (`BUILT_COMPILED`, `BUILT_PURE_ASKED` or
        `BUILT_PURE_FAILED`), for the test that the installed build is the one asked for
        (tests/test_cedict_compiled_s44.py)."""
        self._built: str | None = None
        if self.target_name != "wheel" or version == "editable":
            return
        built = tempfile.mkdtemp(prefix="zhgloss-mypyc-")
        self._built = built
        record = Path(built, "build.txt")
        build_data["force_include"][str(record)] = BUILD_RECORD
        if os.environ.get(PURE_PYTHON_ENV):
            record.write_text(BUILT_PURE_ASKED + "\n", encoding="utf-8")
            return
        setup = Path(built, "setup.py")
        setup.write_text(
            _SETUP.format(args=_MYPY_ARGS, source=str(Path(self.root, COMPILED_MODULE).resolve())), encoding="utf-8"
        )
        lib = Path(built, "lib")
        done = subprocess.run(
            [sys.executable, str(setup), "build_ext", "--build-lib", str(lib), "--build-temp", str(Path(built, "tmp"))],
            cwd=built,
            capture_output=True,
            text=True,
            check=False,
        )
        extensions = sorted(path for path in lib.rglob("*") if path.suffix in (".so", ".pyd"))
        if done.returncode != 0 or not extensions:
            record.write_text(BUILT_PURE_FAILED + "\n", encoding="utf-8")
            print(
                f"zhgloss: {COMPILED_MODULE} could not be compiled with mypyc; building pure Python "
                f"(set {PURE_PYTHON_ENV}=1 to skip the attempt):\n{done.stdout[-3000:]}{done.stderr[-3000:]}",
                file=sys.stderr,
            )
            return
        record.write_text(BUILT_COMPILED + "\n", encoding="utf-8")
        for path in extensions:
            build_data["force_include"][str(path)] = path.relative_to(lib).as_posix()
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        """Remove the temporary folder of the compiled files, once they are in the wheel."""
        if getattr(self, "_built", None):
            shutil.rmtree(str(self._built), ignore_errors=True)
