"""A forbidden cell's status in brackets (session 30, U30-28): read as a termbase's status word is ("rejected",
"not recommended"), or refused with the line and the statuses known; never kept inside the form ('TenCent
[rejected]', a form nobody writes). A JSON list of forms, the stored shape, is read as such."""

from __future__ import annotations

import io

import pytest

from zhgloss.errors import FormatError
from zhgloss.formats import get_format


def _forbidden(cell: str) -> list[dict[str, str]]:
    (entry,) = get_format("csv").load(io.StringIO(f"zh,en,forbidden\n腾讯,Tencent,{cell}\n"), "t.csv")
    return [f.to_dict() for f in entry.forbidden]


def test_status_words_of_other_tools_are_read() -> None:
    # The tester's fb2.csv, and a memoQ/Crowdin wording.
    assert _forbidden("TenCent [rejected]; Ten Cent [obsolete]; 腾迅") == [
        {"form": "TenCent", "status": "forbidden"},
        {"form": "Ten Cent", "status": "obsolete"},
        {"form": "腾迅", "status": "forbidden"},
    ]
    assert _forbidden("Tengxun [Not recommended]") == [{"form": "Tengxun", "status": "not_recommended"}]


def test_a_json_list_is_the_stored_shape() -> None:
    cell = '"[{""form"": ""TenCent"", ""status"": ""deprecated""}, {""form"": ""腾迅""}]"'
    assert _forbidden(cell) == [{"form": "TenCent", "status": "deprecated"}, {"form": "腾迅", "status": "forbidden"}]


@pytest.mark.parametrize(
    "cell",
    [
        "TenCent [nope]",  # no status word
        '"[{""form"":""TenCent"",""status"":""nope""}]"',  # the tester's forbidden_json.csv
    ],
)
def test_an_unknown_status_is_refused_with_its_line(cell: str) -> None:
    with pytest.raises(FormatError, match=r"line 2: forbidden: 'TenCent' \[nope\]: 'nope' is no status zhgloss knows"):
        _forbidden(cell)
