"""CC-CEDICT import: lines that ended the import in a traceback are read (the review's R44-3, found by a fuzz of
mutated lines; pre-existing on 3f6d7c51).

(a) 周 [Zhou1] "Zhou Yumin (1981-), Taiwan singer": a person whose headword is the surname alone has no given name's
syllable to read (`_person_reading` read past its reading's end: IndexError). It is read with the pinyin it has.
(b) 阿拉善左旗 "Alxa Left Banner/variant of X 天使报喜节|天使报喜节/variant of 世卫[...]": two pointers, the first to no
entry, emptied the line's English, and the banner pass read `english[0]` (IndexError). The line's own name stays, and
a draft left with no English reaches no naming pass. Over the whole of CC-CEDICT neither changes an entry (keyed diff
of both imports: 0 headwords).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.cedict_fixtures import rows_by_zh

SINGER = "周 周 [Zhou1] /Zhou Yumin (1981-), Taiwan singer/"
BANNER = (
    "阿拉善左旗 阿拉善左旗 [A1 la1 shan4 Zuo3 qi2] /Alxa Left Banner/variant of X 天使报喜节|天使报喜节/variant of "
    "世卫[A1 la1 shan4 Zuo3 qi2]/"
)


@pytest.mark.parametrize(
    ("line", "zh", "row"),
    [(SINGER, "周", ("person", "Zhou Yumin", "Zhōu")), (BANNER, "阿拉善左旗", ("place", "Alxa Left Banner", None))],
)
def test_the_installed_import_reads_the_line(
    zhgloss_exe: str, tmp_path: Path, line: str, zh: str, row: tuple[str, str, str | None]
) -> None:
    source, db = tmp_path / "line.u8", tmp_path / "names.json"
    source.write_text(line + "\n", encoding="utf-8")
    done = subprocess.run(
        [zhgloss_exe, "import", str(source), "--format", "cedict", "--proper-only", "--db", str(db)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    got = rows_by_zh(line)[zh]
    assert (got["type"], got["en"]) == row[:2]
    if row[2] is not None:
        assert got["pinyin"] == row[2]


@given(st.sampled_from(["周", "王", "李", "欧阳"]), st.sampled_from(["Yumin", "Wei", "Xiaoming"]))
def test_a_surname_alone_headword_of_a_person_is_read(surname: str, given_name: str) -> None:
    reading = {"周": "Zhou1", "王": "Wang2", "李": "Li3", "欧阳": "Ou1 yang2"}[surname]
    family = {"周": "Zhou", "王": "Wang", "李": "Li", "欧阳": "Ouyang"}[surname]
    line = f"{surname} {surname} [{reading}] /{family} {given_name} (1981-), Taiwan singer/"
    assert rows_by_zh(line)[surname]["type"] == "person"
