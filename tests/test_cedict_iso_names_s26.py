"""ISO 3166's names as the CC-CEDICT import reads them: shipped files, the same names pycountry gives (issue 9, s26).

The import asked pycountry for its countries and subdivisions, ~50 ms of CPU a run to read its JSON; it now reads
data/cedict_countries.txt and data/cedict_subdivisions.txt, which scripts/build_cedict_iso_names.py writes from
pycountry. These tests say when the installed pycountry's names are no longer the files' (run the script again),
and that the script writes the files as shipped, in a real subprocess.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from build_scripts import SCRIPTS, load_build_script

from zhgloss.formats.cedict import COUNTRIES_PATH, SUBDIVISIONS_PATH, countries, load_cedict, subdivisions

BUILD = load_build_script("build_cedict_iso_names")


def test_the_shipped_countries_are_pycountrys() -> None:
    assert countries() == frozenset(BUILD.country_names())
    # (name, common name and official name: ISO 3166-1's English forms CC-CEDICT writes)
    assert {"Australia", "Iran", "Iran, Islamic Republic of", "Russian Federation", "Taiwan"} <= countries()


def test_the_shipped_subdivisions_are_pycountrys() -> None:
    assert subdivisions() == frozenset(BUILD.subdivision_names())
    assert {"Texas", "Hokkaido", "Bayern"} <= subdivisions()


def test_the_script_writes_the_shipped_files(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(SCRIPTS / "build_cedict_iso_names.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert (tmp_path / "cedict_countries.txt").read_text(encoding="utf-8") == COUNTRIES_PATH.read_text(encoding="utf-8")
    assert (tmp_path / "cedict_subdivisions.txt").read_text(encoding="utf-8") == SUBDIVISIONS_PATH.read_text(
        encoding="utf-8"
    )


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # A name written with a country (ISO 3166-1) or a subdivision (ISO 3166-2) is a place (`_place_the_placed`).
        ("墨爾本 墨尔本 [Mo4 er3 ben3] /Melbourne, Australia/", "place"),
        ("聖安東尼奧 圣安东尼奥 [Sheng4 An1 dong1 ni2 ao4] /San Antonio, Texas/", "place"),
        # ... and a name written with what is neither stays a name.
        ("巴薩 巴萨 [Ba1 sa4] /Barca (nickname of FC Barcelona)/", "name"),
    ],
)
def test_a_name_placed_in_a_country_or_a_subdivision_is_a_place(line: str, kind: str) -> None:
    (entry,) = load_cedict([f"{line}\n"], proper_only=True)
    assert entry.type == kind
