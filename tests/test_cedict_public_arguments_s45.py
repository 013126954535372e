"""The CC-CEDICT module's public functions take what their docstrings say, compiled or not (the review's R44-9).

The wheel compiles zhgloss/formats/cedict.py with mypyc (hatch_build.py), and a compiled function checks its
annotations when Python calls it: `load_cedict_documents(fp, source=pathlib.Path(...))` raised TypeError ("str object
expected; got pathlib.PosixPath") in the wheel only, and so did `proper_only=1` or None and `jobs=1.0`, which the pure
module took. Now the public functions say what they take and turn it into what the code uses at the boundary
(`_arguments`, `_source_name`): `source` a str or a path (`os.fspath`), `proper_only` true or false, 1 or 0, or None,
`jobs` a whole number (an int, or a float such as 1.0) or None; a `jobs` of 1.5 or "2" is a UsageError in both.

Each test runs on the module the checkout's source is (loaded from src/, the pure one) and on the installed module
when that is the compiled one: a wheel install, as CI's `pip install ".[test]"` is; in an editable install (a
developer's venv) the installed module is the same source, and the compiled case is skipped, saying so.
"""

from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path
from types import ModuleType

import pytest

from zhgloss.errors import FormatError, UsageError

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "zhgloss" / "formats" / "cedict.py"

LINES = (
    "斯大林格勒 斯大林格勒 [Si1 da4 lin2 ge2 le4] /Stalingrad, former name of Volvograd 伏爾加格勒|伏尔加格勒 "
    "(1925-1961)/\n"
    "伏爾加格勒 伏尔加格勒 [Fu2 er3 jia1 ge2 le4] /Volgograd (formerly Stalingrad), Russian city on the Volga/\n"
    "學校 学校 [xue2 xiao4] /school/CL:所[suo3]/\n"
)


def _pure() -> ModuleType:
    """cedict.py of this checkout, as Python runs it (under a name of its own: the installed one stays as it is)."""
    spec = importlib.util.spec_from_file_location("zhgloss.formats._cedict_source_s45", SOURCE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclasses look their module up there)
    spec.loader.exec_module(module)
    return module


def _compiled() -> ModuleType:
    from zhgloss.formats import cedict

    if Path(cedict.__file__ or "").suffix not in (".so", ".pyd"):
        pytest.skip("the installed cedict module is pure Python (an editable install): CI's wheel install runs this")
    return cedict


@pytest.fixture(scope="module", params=["pure", "compiled"])
def cedict(request: pytest.FixtureRequest) -> ModuleType:
    return _pure() if request.param == "pure" else _compiled()


def _documents(cedict: ModuleType, **arguments: object) -> list[dict]:
    return list(cedict.load_cedict_documents(io.StringIO(LINES), **arguments))


def test_a_path_names_the_source(cedict: ModuleType, tmp_path: Path) -> None:
    assert _documents(cedict, source=tmp_path / "cedict.u8") == _documents(cedict, source=str(tmp_path / "cedict.u8"))
    entries = list(cedict.load_cedict(io.StringIO(LINES), source=Path("cedict.u8")))
    assert {e.zh for e in entries} >= {"斯大林格勒", "伏尔加格勒"}


def test_a_bad_line_is_reported_with_the_path(cedict: ModuleType) -> None:
    with pytest.raises(FormatError, match=r"cedict\.u8"):
        list(cedict.iter_lines(["not a line of CC-CEDICT\n"], Path("cedict.u8")))


@pytest.mark.parametrize(("given", "meant"), [(1, True), (0, False), (None, False), (True, True)])
def test_proper_only_is_true_or_false(cedict: ModuleType, given: object, meant: bool) -> None:
    rows = _documents(cedict, proper_only=given)
    assert rows == _documents(cedict, proper_only=meant)
    assert ("学校" in {row["zh"] for row in rows}) is not meant
    lines = list(cedict.iter_lines(LINES.splitlines(keepends=True), proper_only=given))
    assert len(lines) == (2 if meant else 3)


@pytest.mark.parametrize("jobs", [1, 1.0, 2.0, None])
def test_jobs_is_a_whole_number(cedict: ModuleType, jobs: object) -> None:
    assert _documents(cedict, jobs=jobs) == _documents(cedict, jobs=1)


@pytest.mark.parametrize("jobs", [1.5, "2", [2]])
def test_other_jobs_are_a_usage_error(cedict: ModuleType, jobs: object) -> None:
    with pytest.raises(UsageError, match="jobs must be a whole number"):
        _documents(cedict, jobs=jobs)


def test_the_data_readers_take_a_path(cedict: ModuleType) -> None:
    corrections = cedict.load_corrections(
        ["# header\n", "traditional\tsimplified\tpinyin\tglosses\tcorrected\tsource\n"], Path("fixes.tsv")
    )
    assert corrections == {}
    with pytest.raises(FormatError, match=r"fixes\.tsv"):
        cedict.load_corrections(["a\tb\n"], Path("fixes.tsv"))
    with pytest.raises(FormatError, match=r"forms\.tsv"):
        cedict.load_country_forms(["a\tb\n"], Path("forms.tsv"))
