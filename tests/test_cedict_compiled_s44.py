"""cedict.py stays compilable by the wheel's mypyc (forty-fourth session: hatch_build.py compiles it, issue 9's "a
full CC-CEDICT import stays within 5x of json.dump").

mypyc 2.4.1 stops with an internal error on a membership test of a tuple display holding a starred item (`x in (a,
*b)`, `x not in (a, *b)`); the wheel then falls back to pure Python, the same output ~1.3x slower, and says so only
in pip's verbose log. These tests read cedict.py's syntax tree and the hook's own settings, so the suite fails where
the build would quietly lose its compiled module.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CEDICT = ROOT / "src" / "zhgloss" / "formats" / "cedict.py"


def _starred_memberships(source: str) -> list[int]:
    """The lines of `source` that test membership (`in`, `not in`) of a tuple, list or set display with a starred
    item: what mypyc 2.4.1 cannot compile."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare):
            for op, right in zip(node.ops, node.comparators, strict=True):
                if (
                    isinstance(op, (ast.In, ast.NotIn))
                    and isinstance(right, (ast.Tuple, ast.List, ast.Set))
                    and any(isinstance(item, ast.Starred) for item in right.elts)
                ):
                    lines.append(node.lineno)
    return lines


def test_cedict_has_no_membership_test_of_a_starred_display() -> None:
    assert _starred_memberships(CEDICT.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    ("code", "found"),
    [
        ("e not in (a, *b)", True),
        ("x in [a, *b]", True),
        ("(t := f()) in (zh, *aliases)", True),
        ("x in {a, *b}", True),
        ("for x in (a, *b): pass", False),  # (iterating is compiled)
        ("e != a and e not in b", False),
        ("x in (a, b)", False),
        ("y = [a, *(e for e in b if e not in c)]", False),
    ],
)
def test_the_check_finds_what_mypyc_refuses(code: str, found: bool) -> None:
    assert bool(_starred_memberships(code)) is found


def _hook_module() -> object:
    """hatch_build.py, read without hatchling (which only the build's environment holds): its constants."""
    source = (ROOT / "hatch_build.py").read_text(encoding="utf-8")
    head = source.split("\nclass ", 1)[0].replace(
        "from hatchling.builders.hooks.plugin.interface import BuildHookInterface\n", ""
    )
    namespace: dict[str, object] = {}
    exec(compile(head, "hatch_build.py", "exec"), namespace)  # (constants and imports only)
    return type("Hook", (), namespace)


def test_the_hook_compiles_cedict_alone_with_the_pinned_mypy() -> None:
    hook = _hook_module()
    assert Path(ROOT, hook.COMPILED_MODULE) == CEDICT  # type: ignore[attr-defined]
    # The build reads no installed package (the same build in any environment) and is no stricter than `mypy src`.
    assert "--no-site-packages" in hook._MYPY_ARGS  # type: ignore[attr-defined]
    assert "--ignore-missing-imports" in hook._MYPY_ARGS  # type: ignore[attr-defined]
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"mypy==2.4.1"' in pyproject
    assert "[tool.hatch.build.targets.wheel.hooks.custom]" in pyproject


def test_the_build_s_type_check_of_cedict_passes(tmp_path: Path) -> None:
    # mypy's check as the hook's mypyc runs it, on this checkout's cedict.py: an error here is a pure wheel there.
    from mypy import api

    hook = _hook_module()
    # (The hook runs mypyc in a folder of its own, which holds no configuration: not this project's strict one.)
    empty = tmp_path / "mypy.ini"
    empty.write_text("[mypy]\n", encoding="utf-8")
    args = [*hook._MYPY_ARGS, "--config-file", str(empty), "--cache-dir", str(tmp_path / "cache"), str(CEDICT)]  # type: ignore[attr-defined]
    out, err, status = api.run(args)
    assert status == 0, out + err
    assert sys.version_info >= (3, 11)


def test_the_installed_build_is_the_one_the_readme_says() -> None:
    # Installed from a wheel (CI's and the quickstart's `pip install ".[test]"`), zhgloss runs cedict.py compiled, or
    # pure Python only where the wheel was built with ZHGLOSS_PURE_PYTHON set: a compile that failed quietly fails here.
    # An editable install, or a source folder on PYTHONPATH, runs cedict.py itself.
    import importlib.metadata
    import json

    import zhgloss
    from zhgloss.formats import cedict

    hook = _hook_module()
    package = Path(zhgloss.__file__).resolve().parent
    distribution = importlib.metadata.distribution("zhgloss")
    direct_url = json.loads(distribution.read_text("direct_url.json") or "{}")
    editable = bool(direct_url.get("dir_info", {}).get("editable"))
    installed = Path(str(distribution.locate_file("zhgloss"))).resolve() == package
    module = Path(cedict.__file__)
    if editable or not installed:
        assert module.name == "cedict.py", module
        assert not (package / "_build.txt").exists()
        return
    record = (package / "_build.txt").read_text(encoding="utf-8").strip()
    if record == hook.BUILT_PURE_ASKED:  # type: ignore[attr-defined]
        assert module.name == "cedict.py", module
    else:
        assert record == hook.BUILT_COMPILED, record  # type: ignore[attr-defined]
        assert module.suffix in (".so", ".pyd"), module
