"""The library's `Glossary`: a query that is not text is refused with a ZhglossError (the user's U37-22), and
`Glossary.open()` follows $ZHGLOSS_DB as every command does (U37-38).

README "Library": the library raises `zhgloss.ZhglossError` subclasses; README "Which glossary is used": --db PATH,
else $ZHGLOSS_DB, else your own glossary, else the bundled one. A stock code arrives from a sheet reader as an int
(700, 1810, 600519), and `get(700)` raised AttributeError "'int' object has no attribute 'isascii'" from inside the
matcher; a script beside the CLI read the bundled glossary while `zhgloss lookup` read $ZHGLOSS_DB.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from zhgloss import ZhglossError
from zhgloss.errors import UsageError
from zhgloss.model import Entry
from zhgloss.store import Glossary, bundled_path, resolve_path


def _glossary(path: Path) -> Path:
    """A glossary file holding 腾讯控股有限公司 (alias 腾讯, stock code alias 00700), written by the store."""
    with Glossary.open(path, must_exist=False) as gloss:
        gloss.add(
            Entry(
                id="tencent-holdings-limited",
                type="org",
                zh="腾讯控股有限公司",
                pinyin="Téngxùn Kònggǔ Yǒuxiàn Gōngsī",
                en="Tencent Holdings Limited",
                aliases=("Tencent",),
                zh_aliases=("腾讯", "00700"),
            )
        )
    return path


@pytest.mark.parametrize("query", [700, None, 7.0, b"00700", ["00700"]])
@pytest.mark.parametrize("method", ["get", "find", "lookup", "lookup_accepted"])
def test_a_query_that_is_not_text_is_refused_with_a_zhgloss_error(tmp_path: Path, method: str, query: object) -> None:
    gloss = Glossary.open(_glossary(tmp_path / "fin.json"))
    with pytest.raises(UsageError, match=r"is text, not .*: pass it as written, as a str") as raised:
        getattr(gloss, method)(query)
    assert isinstance(raised.value, ZhglossError)
    assert type(query).__name__ in str(raised.value)


def test_a_query_that_is_not_text_is_refused_by_an_in_memory_glossary_too() -> None:
    gloss = Glossary()  # (no file: `lookup` reads the entries, not an index)
    with pytest.raises(UsageError):
        gloss.get(700)


def test_the_stock_code_as_text_is_found(tmp_path: Path) -> None:
    gloss = Glossary.open(_glossary(tmp_path / "fin.json"))
    assert gloss.get("00700").id == "tencent-holdings-limited"
    assert gloss.get(str(700).zfill(5)).id == "tencent-holdings-limited"


def test_open_without_a_path_reads_the_file_zhgloss_db_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _glossary(tmp_path / "fin.json")
    monkeypatch.setenv("ZHGLOSS_DB", str(path))
    gloss = Glossary.open()
    assert gloss.path == path
    assert not gloss.is_bundled
    assert gloss.get("腾讯").en == "Tencent Holdings Limited"


def test_a_path_given_wins_over_zhgloss_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZHGLOSS_DB", str(_glossary(tmp_path / "fin.json")))
    assert resolve_path(bundled_path()) == bundled_path()
    assert Glossary.open(bundled_path()).is_bundled


@pytest.mark.parametrize("value", ["", "  "])
def test_a_blank_zhgloss_db_names_no_file(value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "nobody"))  # (no user's own glossary)
    monkeypatch.setenv("ZHGLOSS_DB", value)
    assert Glossary.open().is_bundled


def test_a_missing_file_zhgloss_db_names_is_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZHGLOSS_DB", str(tmp_path / "gone.json"))
    with pytest.raises(ZhglossError, match="no such glossary file"):
        Glossary.open()


def test_a_script_and_the_command_answer_from_the_same_glossary(tmp_path: Path) -> None:
    # README's Library example as a user's script runs it, beside `zhgloss lookup`, both with $ZHGLOSS_DB set.
    path = _glossary(tmp_path / "fin.json")
    env = {**os.environ, "ZHGLOSS_DB": str(path), "XDG_DATA_HOME": str(tmp_path / "nobody")}
    script = "from zhgloss import Glossary\ng = Glossary.open()\nprint(g.get('腾讯').id, g.is_bundled)\n"
    ran = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert ran.stdout.split() == ["tencent-holdings-limited", "False"]
    looked = subprocess.run(
        ["zhgloss", "lookup", "腾讯", "--json"], capture_output=True, text=True, env=env, check=True
    )
    assert "tencent-holdings-limited" in json.dumps(json.loads(looked.stdout), ensure_ascii=False)
