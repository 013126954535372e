"""A termbase's column of a language zhgloss does not store is passed over by its English name whatever ISO 639 adds
to the name (user finding U37-41).

A Singapore termbase lists the country's four official languages as Trados names them ("Chinese (Singapore)",
"English (Singapore)", "Malay (Singapore)", "Tamil (Singapore)"). The Tamil column was passed over with a note, the
Malay one refused the whole file ("unknown column 'Malay (Singapore)'", exit 3): ISO 639-3's reference name of Malay
is "Malay (macrolanguage)", so the header's "Malay" matched no language; so for Swahili, Nepali, Oriya, and Greek,
whose name is "Modern Greek (1453-)". `table.other_language` now reads a language by its name without the bracketed
qualifier (and by its inverted name's head, "Greek, Modern"), one rule for every such name, not a list of them.
On the parent commit, 10 of this file's 15 tests fail (the tag "ms-MY" was read before, its note naming "Malay
(macrolanguage)").
"""

from __future__ import annotations

import io
import json
import subprocess
import warnings
from pathlib import Path

import pycountry
import pytest

from zhgloss.formats import get_format
from zhgloss.formats.table import ImportNote

_MACROLANGUAGES = sorted(
    language.name.removesuffix(" (macrolanguage)")
    for language in pycountry.languages
    if hasattr(language, "alpha_2") and language.name.endswith(" (macrolanguage)")
)
"""The ISO 639-1 languages whose ISO 639-3 reference name carries " (macrolanguage)" (pycountry's table): Malay,
Nepali, Oriya, Swahili ..."""


def _passed_over(header: str) -> list[str]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        (got,) = get_format("csv").load(io.StringIO(f"zh,en,{header}\n星展银行,DBS Bank,x\n"), "t.csv")
    assert (got.zh, got.en, got.note) == ("星展银行", "DBS Bank", None)
    return [str(w.message) for w in caught if issubclass(w.category, ImportNote)]


def test_the_macrolanguages_are_several() -> None:
    assert {"Malay", "Swahili", "Nepali"} <= set(_MACROLANGUAGES)


@pytest.mark.parametrize("name", _MACROLANGUAGES)
def test_a_macrolanguage_named_as_people_write_it_is_passed_over(name: str) -> None:
    assert _passed_over(name) == [
        f"passed over the columns of other languages, {name!r} ({name}): zhgloss keeps Chinese and English"
    ]


@pytest.mark.parametrize(
    ("header", "language"),
    [
        ("Malay (Singapore)", "Malay"),  # Trados's name with a region
        ("Malay (Brunei Darussalam)", "Malay"),
        ("Malay_Malaysia", "Malay"),  # memoQ's
        ("ms-MY", "Malay"),  # the tag, read before
        ("Greek", "Greek"),  # ISO 639-3: "Greek, Modern (1453-)"; not Ancient Greek
    ],
)
def test_a_language_s_name_with_its_region_is_passed_over(header: str, language: str) -> None:
    assert _passed_over(header) == [
        f"passed over the columns of other languages, {header!r} ({language}): zhgloss keeps Chinese and English"
    ]


def test_singapore_s_four_language_termbase_imports(tmp_path: Path) -> None:
    sheet = tmp_path / "sg4.csv"
    sheet.write_text(
        "Chinese (Singapore),English (Singapore),Malay (Singapore),Tamil (Singapore)\n"
        "星展银行,DBS Bank,Bank DBS,டிபிஎஸ் வங்கி\n华侨银行,OCBC Bank,Bank OCBC,ஓசிபிசி வங்கி\n",
        encoding="utf-8",
    )
    db = tmp_path / "sg.json"
    assert subprocess.run(["zhgloss", "init", str(db), "--empty"], capture_output=True, check=False).returncode == 0
    done = subprocess.run(
        ["zhgloss", "import", str(sheet), "--db", str(db)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert (
        "passed over the columns of other languages, 'Malay (Singapore)' (Malay), 'Tamil (Singapore)' (Tamil)"
        in done.stderr
    )
    docs = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert sorted((d["zh"], d["en"], d.get("note")) for d in docs) == [
        ("华侨银行", "OCBC Bank", None),
        ("星展银行", "DBS Bank", None),
    ]


@pytest.mark.parametrize("header", ["Foo", "Bahasa", "Greekish", "Malaysia"])
def test_a_word_that_names_no_language_is_still_refused(header: str) -> None:
    # "Bahasa" alone is "language" in Malay and Indonesian: no language of its own. "Malaysia" is a country.
    from zhgloss.errors import FormatError

    with pytest.raises(FormatError, match="unknown column"):
        list(get_format("csv").load(io.StringIO(f"zh,en,{header}\n星展银行,DBS Bank,x\n"), "t.csv"))
