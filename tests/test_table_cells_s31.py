"""Two cell readings of every table (session 31; the session-30 reviewer's F10 and F12).

F12: import dropped one leading apostrophe from every cell, Excel's text marker, so another tool's "'t Hooft" became
"t Hooft" and the Tibetan (Wylie) names CC-CEDICT gives with a leading apostrophe ("'Brong pa rdzong" for 仲巴, "'ba'
thang rdzong" for 巴塘) lost it. A spreadsheet saving CSV never writes its text marker; only an exporter that
neutralises formulas puts one there, before =, +, -, @ (or, zhgloss's export, before another apostrophe).

F10: a list cell written as JSON was kept as one literal form ('["Leibusi", "LEI Jun"]' one alias, "[1, 2]" too).
A JSON list of strings is read as the list (the stored shape); any other JSON list is refused with the line.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.errors import FormatError
from zhgloss.formats.csv_format import dump_csv, load_csv
from zhgloss.formats.table import unneutralize
from zhgloss.formats.tsv import dump_tsv, load_tsv
from zhgloss.model import Entry


@pytest.mark.parametrize(
    ("row", "aliases"),
    [
        # CC-CEDICT: 仲巴 [Zhong4 ba1] /Zhongba county, Tibetan: 'Brong pa rdzong, in Shigatse prefecture, Tibet/
        ("仲巴,Zhongba County,'Brong pa rdzong", ("'Brong pa rdzong",)),
        # CC-CEDICT: 巴塘 [Ba1 tang2] /Batang county (Tibetan: 'ba' thang rdzong) .../
        ("巴塘,Batang County,'ba' thang rdzong", ("'ba' thang rdzong",)),
        # The reviewer's: Gerard 't Hooft, the physicist (特霍夫特).
        ("特霍夫特,Gerard 't Hooft,'t Hooft", ("'t Hooft",)),
    ],
)
def test_another_tools_leading_apostrophe_is_the_names(row: str, aliases: tuple[str, ...]) -> None:
    (entry,) = load_csv(io.StringIO(f"zh,en,aliases\n{row}\n"), "names.csv")
    assert entry.aliases == aliases


def test_an_english_cell_in_quotes_of_apostrophes_loses_the_pair() -> None:
    # "'Li Ning'" is wrapped, as a name typed with quotes: both go (it was "Li Ning'", the first one dropped alone).
    (entry,) = load_csv(io.StringIO("zh,en\n李宁,'Li Ning'\n"), "names.csv")
    assert entry.en == "Li Ning"


@pytest.mark.parametrize(
    ("cell", "read"),
    [
        ("'=HYPERLINK(1)", "=HYPERLINK(1)"),  # OWASP's neutralised formula
        ("'+86 10 1234", "+86 10 1234"),
        ("'-", "-"),
        ("'@home", "@home"),
        ("''t Hooft", "'t Hooft"),  # zhgloss's export of a cell that starts with an apostrophe
        ("'t Hooft", "'t Hooft"),
        ("'00700", "'00700"),
        ("plain", "plain"),
    ],
)
def test_unneutralize_drops_only_the_marker_export_writes(cell: str, read: str) -> None:
    assert unneutralize(cell) == read


@pytest.mark.parametrize("dump_load", [(dump_csv, load_csv), (dump_tsv, load_tsv)])
@pytest.mark.parametrize("alias", ["'t Hooft", "''quoted", "'=1+1", "=1+1", "'s-Hertogenbosch"])
def test_zhglosss_own_export_reads_back_exactly(dump_load: tuple[object, object], alias: str) -> None:
    dump, load = dump_load
    entry = Entry(id="gerard-t-hooft", type="person", zh="特霍夫特", en="Gerard 't Hooft", aliases=(alias,))
    out = io.StringIO()
    dump([entry], out)  # type: ignore[operator]
    (back,) = load(io.StringIO(out.getvalue()), "export")  # type: ignore[operator]
    assert back == entry


def test_a_json_list_of_strings_is_the_list() -> None:
    text = 'zh,en,aliases,zh_aliases\n雷军,Lei Jun,"[""Leibusi"", ""LEI Jun""]","[""雷布斯""]"\n'
    (entry,) = load_csv(io.StringIO(text), "names.csv")
    assert entry.aliases == ("Leibusi", "LEI Jun")
    assert entry.zh_aliases == ("雷布斯",)


@pytest.mark.parametrize("cell", ['"[1, 2]"', '"[{""a"":1}]"', '"[""Leibusi"", 3]"', '"[null]"'])
def test_a_json_list_of_anything_else_is_refused_with_its_line(cell: str) -> None:
    text = f"zh,en,aliases\n马云,Jack Ma,\n雷军,Lei Jun,{cell}\n"
    with pytest.raises(FormatError) as caught:
        list(load_csv(io.StringIO(text), "names.csv"))
    assert caught.value.line == 3
    assert "is a JSON list, but not of strings" in str(caught.value)


def test_brackets_that_are_no_json_stay_a_form() -> None:
    (entry,) = load_csv(io.StringIO("zh,en,aliases\n雷军,Lei Jun,[Lei Jun]\n"), "names.csv")
    assert entry.aliases == ("[Lei Jun]",)
