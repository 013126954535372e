"""Glossary exports of Transifex, Lokalise and Crowdin, as they write them (issue 9, CSV/TSV: headers in common use).

- Transifex (help.transifex.com, "Understanding glossaries"): term (in the project's source language), pos,
  comment, then per language translation_<code> and comment_<code>. Refused before: "unknown column
  'translation_zh_CN'".
- Lokalise (docs.lokalise.com, "Glossary"): term, description, casesensitive, translatable, forbidden
  ("the term must not be used in translations"), tags, then per language <code> and <code>_description.
  Refused before: "unknown column 'casesensitive'".
- Crowdin: a term per row with its status; a banned synonym's row under its concept's, the Chinese left blank,
  was refused ("no row of the file gives that concept an English form").
The rows are real exports' shapes with the names replaced.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.errors import FormatError
from zhgloss.formats.csv_format import load_csv
from zhgloss.model import Entry, ForbiddenForm


def entries_of(text: str) -> list[Entry]:
    return list(load_csv(io.StringIO(text), "terms.csv"))


TRANSIFEX = """term,pos,comment,translation_zh_CN,comment_zh_CN
Pony Ma,proper noun,Tencent founder,马化腾,
Ren Zhengfei,proper noun,,任正非,华为创始人
CATL,proper noun,battery maker,宁德时代,
"""


def test_a_transifex_glossary() -> None:
    assert [(e.zh, e.en, e.note) for e in entries_of(TRANSIFEX)] == [
        ("马化腾", "Pony Ma", "Tencent founder"),
        ("任正非", "Ren Zhengfei", "华为创始人"),
        ("宁德时代", "CATL", "battery maker"),
    ]


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("translation_zh_CN", "zh"),
        ("translation_zh_TW", "zh_hant"),
        ("translation_zh-Hant", "zh_hant"),
        ("translation_en", "en"),
        ("comment_zh_CN", "note"),
        ("comment_en_US", "note"),
    ],
)
def test_a_field_before_its_language_code_is_that_languages_field(header: str, column: str) -> None:
    from zhgloss.formats.table import header_column

    assert header_column(header) == column


def test_a_word_before_a_code_that_is_no_field_is_still_unknown() -> None:
    from zhgloss.formats.table import header_column

    assert header_column("flavour_zh_CN") is None


LOKALISE = """term;description;casesensitive;translatable;forbidden;tags;en;en_description;zh_CN;zh_CN_description
Pony Ma;Tencent founder;yes;yes;no;names;Pony Ma;;马化腾;
Shenzhen;;yes;yes;no;places;Shenzhen;a city in Guangdong;深圳;广东省的城市
Tencent Inc;;no;yes;no;;Tencent;;腾讯;
"""


def test_a_lokalise_glossary() -> None:
    entries = entries_of(LOKALISE)
    assert [(e.zh, e.en, e.aliases, e.note) for e in entries] == [
        ("马化腾", "Pony Ma", (), "Tencent founder; tags: names"),
        ("深圳", "Shenzhen", (), "tags: places; a city in Guangdong; 广东省的城市"),
        # The base-language term differs from the English column: it is another English name.
        ("腾讯", "Tencent", ("Tencent Inc",), None),
    ]


CROWDIN = (
    '"Term [en]","Status [en]","Term [zh-CN]","Status [zh-CN]","Concept Definition"\n'
    '"Ren Zhengfei","preferred","任正非","preferred","Founder of Huawei"\n'
    '"Zhengfei Ren","not recommended","","",""\n'
    '"Pony Ma","preferred","马化腾","",""\n'
)


def test_a_banned_synonyms_row_under_its_concept_is_a_forbidden_form_of_it() -> None:
    first, second = entries_of(CROWDIN)
    assert (first.zh, first.en, first.forbidden) == (
        "任正非",
        "Ren Zhengfei",
        (ForbiddenForm("Zhengfei Ren", "not_recommended"),),
    )
    assert (second.zh, second.en, second.forbidden) == ("马化腾", "Pony Ma", ())


def test_a_banned_row_before_any_entry_is_still_refused() -> None:
    text = '"Term [en]","Status [en]","Term [zh-CN]"\n"Zhengfei Ren","not recommended",""\n"Ren Zhengfei","","任正非"\n'
    with pytest.raises(FormatError, match="line 2: the row bans 'Zhengfei Ren'"):
        entries_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ren Zhengfei,任正非\nPony Ma,马化腾\n",  # Google Cloud Translation's unidirectional glossary
        "Ren Zhengfei,任正非,EN,ZH\nPony Ma,马化腾,EN,ZH\n",  # DeepL, with the language codes
        '"Ren Zhengfei","任正非","en","zh","0.93"\n"Pony Ma","马化腾","en","zh","0.51"\n',  # its glossary generator
        "任正非,Ren Zhengfei\n马化腾,Pony Ma\n",  # a Chinese-to-English glossary
        "\ufeffRen Zhengfei;任正非\nPony Ma;马化腾\n",  # Excel's semicolons and BOM
    ],
)
def test_a_glossary_of_term_pairs_without_a_header(text: str) -> None:
    # Refused before: "line 1: unknown column 'Ren Zhengfei'".
    assert [(e.zh, e.en) for e in entries_of(text)] == [("任正非", "Ren Zhengfei"), ("马化腾", "Pony Ma")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Chinese,Englsh\n任正非,Ren Zhengfei\n", "line 1: unknown column 'Englsh'"),  # a header with a typo
        ("Ren Zhengfei,Huawei\nPony Ma,Tencent\n", "line 1: unknown column 'Ren Zhengfei'"),  # no Chinese
        ("Ren Zhengfei,任正非,founder\n", "line 1: unknown column 'Ren Zhengfei'"),  # a third cell no code
        ("任正非,Ren Zhengfei\nPony Ma,马化腾\n马云,Jack Ma\n", "line 2: zh 'Pony Ma' has no Chinese"),  # a swapped row
    ],
)
def test_rows_that_are_no_term_pairs_are_still_refused(text: str, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        entries_of(text)


def test_a_workbook_of_term_pairs_without_a_header() -> None:
    from openpyxl import Workbook

    from zhgloss.formats.xlsx import load_xlsx

    book = Workbook()
    for row in (["Ren Zhengfei", "任正非"], ["Pony Ma", "马化腾"]):
        book.active.append(row)
    data = io.BytesIO()
    book.save(data)
    data.seek(0)
    assert [(e.zh, e.en) for e in load_xlsx(data, "pairs.xlsx")] == [("任正非", "Ren Zhengfei"), ("马化腾", "Pony Ma")]
