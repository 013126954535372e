"""Two concepts of one Chinese form in a termbase (session 33, issue 9; user U32-26).

A business desk's termbase holds namesakes: 李斌, NIO's founder William Li and the former health minister Li Bin; 张勇,
Alibaba's former chief executive Daniel Zhang and Haidilao's founder Zhang Yong; 苹果, the company and the fruit. The
import refused the whole termbase, named the termEntries by position ("1 and 2") though they have ids, advised merging
them (which makes "Li Bin" a rendering of NIO's founder for check), and blamed 苹果's clash on ids the file gives
("give each its own id": the id was zhgloss's, made from "Apple"/"apple"). Now it says plainly that one Chinese form
names one entry, names the termEntries by the file's ids and their English, advises no merge, and `--on-conflict skip`
imports the rest, the first of each form kept and the other named.
"""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest

from zhgloss.errors import FormatError
from zhgloss.formats import get_format, homonyms_passed_over, import_documents
from zhgloss.store import Glossary


def _concept(concept_id: str, zh: str, en: str, definition: str) -> str:
    return (
        f'<termEntry id="{concept_id}"><descrip type="definition">{definition}</descrip>'
        f'<langSet xml:lang="zh-CN"><tig><term>{zh}</term></tig></langSet>'
        f'<langSet xml:lang="en"><tig><term>{en}</term></tig></langSet></termEntry>\n'
    )


DESK = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en"><text><body>\n'
    + _concept("c7", "苹果", "Apple", "US technology company")
    + _concept("c8", "苹果", "apple", "the fruit")
    + _concept("c21", "李斌", "William Li", "NIO founder")
    + _concept("c22", "李斌", "Li Bin", "former health minister")
    + _concept("c30", "张勇", "Daniel Zhang", "former Alibaba chief executive")
    + _concept("c31", "蔚来", "NIO", "Chinese carmaker")
    + _concept("c32", "张勇", "Zhang Yong", "Haidilao founder")
    + "</body></text></martif>\n"
)


def test_the_refusal_names_the_files_ids_and_advises_no_merge() -> None:
    with pytest.raises(FormatError) as caught:
        list(get_format("tbx").load(io.StringIO(DESK), "desk.tbx"))
    said = str(caught.value).splitlines()
    assert said[0] == (
        "'desk.tbx': has two entries for 苹果 (termEntries 'c7' and 'c8'): 'Apple' and 'apple'; zhgloss keeps one "
        "entry for one Chinese form: if the two are one thing, give the other English as an alias of the first; if "
        "they are two things (namesakes), pass --on-conflict skip to import the others, the first of the two kept "
        "(nothing was imported)"
    )
    assert "(termEntries 'c21' and 'c22'): 'William Li' and 'Li Bin'" in said[1]
    assert "(termEntries 'c30' and 'c32'): 'Daniel Zhang' and 'Zhang Yong'" in said[2]
    # No advice to merge them whatever they are, nor to give ids the file has.
    assert not any("merge" in line or "its own id" in line for line in said)


def test_skip_imports_the_others_and_names_each_passed_over() -> None:
    gloss = Glossary()
    form = get_format("tbx")
    with homonyms_passed_over():
        docs = list(form.load_documents(io.StringIO(DESK), "desk.tbx"))
    report = import_documents(gloss, docs, "skip", says=form.says, source="desk.tbx")
    assert sorted((e.zh, e.en) for e in gloss.iter_entries()) == [
        ("张勇", "Daniel Zhang"),
        ("李斌", "William Li"),
        ("苹果", "Apple"),
        ("蔚来", "NIO"),
    ]
    assert [h.split(";")[0] for h in report.homonyms] == [
        "has two entries for 苹果 (termEntries 'c7' and 'c8'): 'Apple' and 'apple'",
        "has two entries for 李斌 (termEntries 'c21' and 'c22'): 'William Li' and 'Li Bin'",
        "has two entries for 张勇 (termEntries 'c30' and 'c32'): 'Daniel Zhang' and 'Zhang Yong'",
    ]
    # William Li's entry has no rendering of the minister: check would not pass "Li Bin" for NIO's founder.
    assert gloss.get("李斌").aliases == ()


def test_the_cli_imports_the_rest_under_skip_only(zhgloss_exe: str, tmp_path: Path) -> None:
    source, db = tmp_path / "desk.tbx", tmp_path / "g.json"
    source.write_text(DESK, encoding="utf-8")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [zhgloss_exe, "--db", str(db), "import", str(source), *args], capture_output=True, text=True
        )

    for mode in ("fail", "replace"):
        refused = run("--on-conflict", mode)
        assert refused.returncode == 3, refused.stderr
        assert "pass --on-conflict skip to import the others" in refused.stderr
        assert not db.exists()
    done = run("--on-conflict", "skip", "--json")
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["added"]) == 4
    assert (
        f"note: {str(source)!r}: has two entries for 李斌 (termEntries 'c21' and 'c22'): 'William Li' and 'Li Bin'; "
        "the later passed over, the first kept"
    ) in done.stderr


def test_a_table_names_the_lines_and_their_english() -> None:
    # The same rule in every reader (a CSV's rows by their lines).
    with pytest.raises(FormatError) as caught:
        list(get_format("csv").load(io.StringIO("zh,en\n李斌,William Li\n蔚来,NIO\n李斌,Li Bin\n"), "desk.csv"))
    assert str(caught.value).startswith(
        "'desk.csv': has two entries for 李斌 (lines 2 and 4): 'William Li' and 'Li Bin'; zhgloss keeps one entry"
    )
