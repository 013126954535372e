"""harvest reads several files and folders, as annotate and check do (U32-19: `harvest a.txt b.txt` was refused,
"Got unexpected extra argument(s)", exit 2, so a folder of wire copy needed a loop).

A name an earlier file proposes is not proposed again by a later one, and `--add` stores it once; each proposal says
which file it is from. One file is read and reported as before (the JSON's "file" and "proposals").
Names: Jack Ma (马云), Alibaba's founder; Pony Ma (马化腾), Tencent's (CC-CEDICT: `馬化騰 马化腾 /Ma Huateng aka Pony
Ma (1971-), Chinese business magnate, CEO of Tencent/`).
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.harvest import harvest_documents
from zhgloss.store import Glossary


def _articles(tmp_path: Path) -> Path:
    (tmp_path / "g.json").write_text("{}", encoding="utf-8")  # an empty glossary
    folder = tmp_path / "wire"
    (folder / "later").mkdir(parents=True)
    (folder / "a.txt").write_text("Alibaba founder Jack Ma (马云) spoke.\n", encoding="utf-8")
    (folder / "later" / "b.txt").write_text("Jack Ma (马云) and Pony Ma (马化腾) met.\n", encoding="utf-8")
    return folder


def test_several_files_each_name_once(tmp_path: Path) -> None:
    folder = _articles(tmp_path)
    db = tmp_path / "g.json"
    result = CliRunner().invoke(
        app, ["harvest", str(folder / "a.txt"), str(folder / "later" / "b.txt"), "--db", str(db), "--add", "--yes"]
    )
    assert result.exit_code == 0, result.output
    assert "a.txt line 1" in result.stdout and "b.txt line 1" in result.stdout
    with Glossary.open(db) as gloss:
        assert sorted(e.zh or "" for e in gloss.iter_entries()) == ["马云", "马化腾"]


def test_a_folder_is_every_file_below_it(tmp_path: Path) -> None:
    folder = _articles(tmp_path)
    result = CliRunner().invoke(app, ["harvest", str(folder), "--db", str(tmp_path / "g.json"), "--json"])
    assert result.exit_code == 0, result.output
    files = json.loads(result.stdout)["files"]
    assert [(f["file"], [p["zh"] for p in f["proposals"]]) for f in files] == [
        ("a.txt", ["马云"]),
        ("b.txt", ["马化腾"]),
    ]


def test_one_file_as_before(tmp_path: Path) -> None:
    folder = _articles(tmp_path)
    result = CliRunner().invoke(app, ["harvest", str(folder / "a.txt"), "--db", str(tmp_path / "g.json"), "--json"])
    document = json.loads(result.stdout)
    assert (document["file"], [p["zh"] for p in document["proposals"]]) == ("a.txt", ["马云"])


def test_a_later_file_writing_the_name_otherwise_is_a_conflict() -> None:
    found = harvest_documents([("a.txt", "Founder Lei Jun (雷军) spoke.\n"), ("b.txt", "Leo Lei (雷军) spoke.\n")], [])
    assert [(s, [(p.status, p.en) for p in ps]) for s, ps, _ in found] == [
        ("a.txt", [("new", "Lei Jun")]),
        ("b.txt", [("conflict", "Leo Lei")]),
    ]
