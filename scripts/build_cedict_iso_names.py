"""Build src/zhgloss/data/cedict_countries.txt and cedict_subdivisions.txt: ISO 3166's names, for the CC-CEDICT import.

The import asks whether a name is a country's ("Melbourne, Australia", "King Fahd of Saudi Arabia") or a
subdivision's ("San Antonio, Texas") by ISO 3166-1's and ISO 3166-2's English names, as pycountry ships them
(`zhgloss.formats.cedict.countries`, `subdivisions`). Reading pycountry's JSON and building its objects cost every
import ~50 ms of CPU (twenty-sixth session, issue 9); the names are written here once, one a line, sorted, and the
import reads them as text. tests/test_cedict_iso_names_s26.py says when the installed pycountry gives other names:
run this script again then.

Run: python scripts/build_cedict_iso_names.py [OUT_DIR]
"""

from __future__ import annotations

import sys
from importlib.metadata import version
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "src" / "zhgloss" / "data"

HEADER = """\
# {what}, as pycountry {version} ships them (https://pypi.org/project/pycountry/, the
# Debian iso-codes data, LGPL-2.1), for zhgloss.formats.cedict ({reader}). One name a line, sorted.
# Built by scripts/build_cedict_iso_names.py; tests/test_cedict_iso_names_s26.py compares it with pycountry's.
"""


# The short English names CC-CEDICT writes for countries that ISO 3166-1 names otherwise or not at all ("Chicago,
# USA", "Istanbul, Turkey", "Bournemouth, UK": the tester's T27-I10, twenty-seventh session): the conventional short
# forms of the CIA World Factbook and the UK FCDO's geographical names list, and the UK's four countries.
SHORT_NAMES = frozenset(
    [
        "Russia",
        "Turkey",
        "USA",
        "US",
        "U.S.",
        "UK",
        "Britain",
        "Great Britain",
        "England",
        "Scotland",
        "Wales",
        "Northern Ireland",
        "Burma",
        "Macedonia",
        "Swaziland",
        "Ivory Coast",
        "East Timor",
        "Cape Verde",
        "Palestine",
        "Kosovo",
        "Micronesia",
        "Vatican City",
        "Brunei",
        "The Gambia",
        "Democratic Republic of the Congo",
        "Macau",
    ]
)


def country_names() -> set[str]:
    """ISO 3166-1's names of each country: its name, common name and official name (those pycountry gives), and
    the short English names of SHORT_NAMES."""
    return {
        name
        for country in pycountry.countries
        for name in (
            getattr(country, "name", None),
            getattr(country, "common_name", None),
            getattr(country, "official_name", None),
        )
        if name
    } | SHORT_NAMES


def subdivision_names() -> set[str]:
    """ISO 3166-2's names of the countries' subdivisions."""
    return {subdivision.name for subdivision in pycountry.subdivisions}


def write(path: Path, names: set[str], what: str, reader: str) -> None:
    if any("\n" in n or n != n.strip() or n.startswith("#") for n in names):
        raise SystemExit(f"{path.name}: a name this file cannot hold one a line")
    header = HEADER.format(what=what, version=version("pycountry"), reader=reader)
    path.write_text(header + "".join(f"{n}\n" for n in sorted(names)), encoding="utf-8")
    print(f"{path}: {len(names)} names")


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    write(
        out / "cedict_countries.txt",
        country_names(),
        "ISO 3166-1's English names of countries (and the script's SHORT_NAMES)",
        "countries",
    )
    write(out / "cedict_subdivisions.txt", subdivision_names(), "ISO 3166-2's names of subdivisions", "subdivisions")


if __name__ == "__main__":
    main()
