"""The s32 review's R1 (English half) and R9 (Chinese half), left open by session 32, in tables (session 33).

R1: a person's English with a title or occupation after a comma ("Zhang Yimou, Film Director") was refused with the
advice to store 'Film Director' as an alias, which check and annotate would then read as the person's name. It is a
role or a note. R9: a sheet whose first row is one Chinese cell ('小米高管', a title) over rows of term pairs without a
header was refused as "unknown column '小米高管'"; a draft row of one Chinese cell ("雷军") above pairs alike. Either
may be meant, so the refusal says both and the way out of each.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook

from zhgloss.errors import FormatError
from zhgloss.formats.csv_format import load_csv
from zhgloss.formats.table import ImportNote
from zhgloss.formats.xlsx import load_xlsx


# People of CC-CEDICT with their line's occupation after a comma, as a newsroom sheet writes them (張藝謀 /Zhang Yimou
# (1950-), PRC film director/, 姚明 /Yao Ming (1980-), retired Chinese basketball player/), and the reviewer's two.
@pytest.mark.parametrize(
    ("zh", "en", "kind", "name", "role"),
    [
        ("张艺谋", "Zhang Yimou, Film Director", "person", "Zhang Yimou", "Film Director"),
        ("雷军", "Lei Jun, Xiaomi Founder", "person", "Lei Jun", "Xiaomi Founder"),
        ("姚明", "Yao Ming, Basketball Player", "person", "Yao Ming", "Basketball Player"),
        ("姚明", "Yao Ming, Basketball Player", "", "Yao Ming", "Basketball Player"),  # untyped: a Chinese name
    ],
)
def test_a_title_after_a_comma_is_said_to_be_a_role_never_an_alias(
    zh: str, en: str, kind: str, name: str, role: str
) -> None:
    with pytest.raises(FormatError) as caught:
        list(load_csv(io.StringIO(f'zh,en,type\n{zh},"{en}",{kind}\n'), "people.csv"))
    said = str(caught.value)
    assert f"holds {role!r} after a comma, a title or an occupation, no name" in said
    assert f"give the name alone as the English ({name!r}) and put it in a role or the note" in said
    assert "alias" not in said


def test_other_names_after_a_comma_are_still_aliases() -> None:
    # CC-CEDICT's 馬化騰 /Ma Huateng aka Pony Ma/: two names of one person. Refused with this fix before session 49;
    # now read so, and said (the review's R48-13).
    with pytest.warns(ImportNote, match="names joined by ','"):
        (entry,) = load_csv(io.StringIO('zh,en,type\n马化腾,"Pony Ma, Ma Huateng",person\n'), "people.csv")
    assert (entry.en, entry.aliases) == ("Pony Ma", ("Ma Huateng",))


def test_a_place_keeps_its_commas() -> None:
    (entry,) = load_csv(io.StringIO('zh,en,type\n沙田,"Sha Tin, New Territories",place\n'), "places.csv")
    assert entry.en == "Sha Tin, New Territories"


LONE = "stands alone above rows of term pairs with no header row: a title, or a term with no English yet?"


def _sheet(rows: list[list[str]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def test_a_chinese_title_over_headerless_pairs_is_refused_saying_what_it_may_be() -> None:
    # The reviewer's d.xlsx.
    raw = _sheet([["小米高管"], ["雷军", "Lei Jun"], ["林斌", "Lin Bin"]])
    with pytest.raises(FormatError) as caught:
        list(load_xlsx(io.BytesIO(raw), "d.xlsx"))
    assert str(caught.value).startswith(f"'d.xlsx', line 1: '小米高管' {LONE}")
    assert "put a header row (zh,en) under it" in str(caught.value)
    assert "unknown column" not in str(caught.value)


@pytest.mark.parametrize(
    "text", ["雷军\n马云,Jack Ma\n林斌,Lin Bin\n", "雷军,\n马云,Jack Ma\n", "腾讯高管\n\n马化腾,Pony Ma\n"]
)
def test_one_chinese_cell_over_headerless_pairs_in_csv_alike(text: str) -> None:
    with pytest.raises(FormatError, match=f"line 1: '.+' {LONE.replace('?', '[?]')}"):
        list(load_csv(io.StringIO(text), "names.csv"))


def test_each_way_out_works(zhgloss_exe: str, tmp_path: Path) -> None:
    titled = tmp_path / "titled.csv"
    titled.write_text("小米高管\nzh,en\n雷军,Lei Jun\n林斌,Lin Bin\n", encoding="utf-8")
    done = subprocess.run(
        [zhgloss_exe, "--db", str(tmp_path / "a.json"), "import", str(titled)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "2 added" in done.stderr
    draft = tmp_path / "draft.csv"
    draft.write_text("雷军\n马云,Jack Ma\n", encoding="utf-8")
    done = subprocess.run(
        [zhgloss_exe, "--db", str(tmp_path / "b.json"), "import", str(draft), "--columns", "zh,en"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "2 added" in done.stderr
