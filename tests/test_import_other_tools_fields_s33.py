"""Fields other tools name otherwise (session 33, issue 9; user U32-27's TBX and JSON halves).

- TBX: MultiTerm writes a term's pinyin in a field of its own naming, `<descrip type="Pinyin">`; it went to the note
  ("Pinyin: Zēng Guófān") and the entry had no pinyin. It is the term's reading, as TBX's termNote pronunciation is.
- JSON: an array of another tool's objects keyed "Chinese"/"English" was refused with "en: is required", though the
  CSV reader knows those names as headers. The keys a table's header may name a field by are read as that field; a key
  that names none is refused by its name.
"""

from __future__ import annotations

import io
import json

import pytest

from zhgloss.errors import FormatError
from zhgloss.formats import get_format


def _tbx(field: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en"><text><body>\n'
        f'<termEntry id="1"><langSet xml:lang="zh-CN"><tig><term>长安街</term>{field}</tig></langSet>'
        '<langSet xml:lang="en"><tig><term>Chang\'an Avenue</term></tig></langSet></termEntry>\n'
        "</body></text></martif>\n"
    )


@pytest.mark.parametrize(
    "field",
    [
        # The street's two words apart, as the file writes them (derived from the characters it would be Cháng'ānjiē).
        '<descrip type="Pinyin">Cháng\'ān Jiē</descrip>',
        '<descrip type="pinyin">Cháng\'ān Jiē</descrip>',
        '<termNote type="pronunciation">Cháng\'ān Jiē</termNote>',
    ],
)
def test_a_pinyin_field_is_the_terms_reading(field: str) -> None:
    (entry,) = get_format("tbx").load(io.StringIO(_tbx(field)), "p.tbx")
    assert entry.pinyin == "Cháng'ān Jiē"
    assert entry.note is None


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ({"Chinese": "雷军", "English": "Lei Jun"}, ("雷军", "Lei Jun", None)),
        (
            {"Chinese": "马云", "English": "Jack Ma", "Notes": "Alibaba co-founder"},
            ("马云", "Jack Ma", "Alibaba co-founder"),
        ),
        ({"zh-CN": "马化腾", "en-US": "Pony Ma"}, ("马化腾", "Pony Ma", None)),
    ],
)
def test_another_tools_keys_are_read_as_the_fields_they_name(item: dict[str, str], expected: tuple[str, ...]) -> None:
    (entry,) = get_format("jsonl").load(io.StringIO(json.dumps(item, ensure_ascii=False) + "\n"), "a.jsonl")
    assert (entry.zh, entry.en, entry.note) == expected


def test_a_key_that_names_no_field_is_named() -> None:
    text = json.dumps({"Chinese": "雷军", "English": "Lei Jun", "Status": "ok"}, ensure_ascii=False) + "\n"
    with pytest.raises(FormatError, match="Status: is not a field of an entry"):
        list(get_format("jsonl").load(io.StringIO(text), "a.jsonl"))
