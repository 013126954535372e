"""A sheet whose Chinese Excel turned into question marks says why (user finding U33-27's CSV item, session 33).

Excel's "CSV (Comma delimited)" on a Western Windows writes each Chinese character it cannot encode as "?": the
tester's qmarks.csv (`??,Lei Jun`) was refused row by row with "has no Chinese characters … fix the row's zh cell",
the cause unsaid. Each row now names it, and the one fix.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.errors import FormatError
from zhgloss.formats.csv_format import load_csv


def test_question_marks_in_the_chinese_column_name_the_cause() -> None:
    with pytest.raises(FormatError) as caught:
        list(load_csv(io.StringIO("Chinese,English\n??,Lei Jun\n???,Pony Ma\n"), "qmarks.csv"))
    lines = str(caught.value).splitlines()
    assert lines[0].startswith(
        "'qmarks.csv', line 2: zh '??' is question marks alone: the Chinese was lost when the sheet was saved as CSV "
        "in a Western encoding (Excel's 'CSV (Comma delimited)'); save it again as 'CSV UTF-8 (Comma delimited)', or "
        "as .xlsx"
    )
    assert lines[1].startswith("'qmarks.csv', line 3: zh '???' is question marks alone")


def test_a_cell_of_marks_and_spaces_alike() -> None:
    with pytest.raises(FormatError, match="is question marks alone"):
        list(load_csv(io.StringIO("zh,en\n?? ??,Lei Jun\n"), "q.csv"))
