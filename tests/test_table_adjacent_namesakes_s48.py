"""Two namesakes on adjacent rows of a sheet are two things, not a name and its synonym (the s48 review's R48-12).

A row repeating the Chinese of the row above is a synonym row (the Glossary Converter's multi-line layout), so a sheet
sorted by its Chinese column put 李斌 Li Bin "former minister of health" under 李斌 William Li "NIO founder" and
stored one person made of two: William Li with the alias Li Bin and both notes, exit 0, "2 added". Where both rows'
notes say who each is, differently, the rows are two entries of one Chinese, refused naming both, as the same rows
far apart are. A synonym row's note on its form, or the same note again, keeps it a synonym.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest

from zhgloss.errors import FormatError
from zhgloss.formats.csv_format import load_csv
from zhgloss.formats.tsv import load_tsv

# The review's ns_adj2.csv.
NAMESAKES = (
    "zh,en,note\n"
    "李斌,William Li,NIO founder\n"
    "李斌,Li Bin,former minister of health\n"
    "张勇,Daniel Zhang,former Alibaba CEO\n"
    "张勇,Zhang Yong,Haidilao founder\n"
)


def test_the_review_s_namesakes_are_refused_naming_both_rows(tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    assert subprocess.run(["zhgloss", "init", str(db), "--empty"], capture_output=True).returncode == 0
    before = db.read_bytes()
    source = tmp_path / "ns.csv"
    source.write_text(NAMESAKES, encoding="utf-8")
    done = subprocess.run(["zhgloss", "import", str(source), "--db", str(db)], capture_output=True, text=True)
    assert done.returncode == 3
    assert "has two entries for 李斌 (lines 2 and 3): 'William Li' and 'Li Bin'" in done.stderr
    assert "has two entries for 张勇 (lines 4 and 5): 'Daniel Zhang' and 'Zhang Yong'" in done.stderr
    assert "Traceback" not in done.stderr
    assert db.read_bytes() == before


def test_memoq_s_tab_separated_shape_alike() -> None:
    text = "Chinese_PRC\tEnglish_United_States\tTerm note\n张勇\tDaniel Zhang\tformer Alibaba CEO\n"
    text += "张勇\tZhang Yong\tHaidilao founder\n"
    with pytest.raises(FormatError, match=r"has two entries for 张勇 \(lines 2 and 3\)"):
        list(load_tsv(io.StringIO(text), "ns.tsv"))


@pytest.mark.parametrize(
    "second_note",
    ["", "Wade-Giles spelling", "used in Taiwan", "Huawei founder"],
)
def test_a_synonym_row_with_a_note_on_its_form_or_the_same_note_stays_a_synonym(second_note: str) -> None:
    (entry,) = load_csv(
        io.StringIO(f"zh,en,note\n任正非,Ren Zhengfei,Huawei founder\n任正非,Jen Cheng-fei,{second_note}\n"), "g.csv"
    )
    assert (entry.en, entry.aliases) == ("Ren Zhengfei", ("Jen Cheng-fei",))
