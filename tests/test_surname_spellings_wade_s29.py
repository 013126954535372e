"""The surnames' Wade-Giles spellings are the syllable table's (session 29).

scripts/build_surname_spellings.py derives data/surname_spellings.tsv from data/wade_giles.tsv; when e1d7e66 corrected
the table's slip for tie ("t'oeh" -> "t'ieh"), the derived file still gave 铁 "t'oeh, toeh". A spelling with the
aspiration mark can come only from Wade-Giles, so each must be a syllable of the table, for one of the surname's
readings (the build script needs the package cantonese-romanisation, which the tests do not install).
"""

from __future__ import annotations

from pathlib import Path

import zhgloss
from zhgloss.romanizations import wade_giles_syllables

SPELLINGS = Path(zhgloss.__file__).resolve().parent / "data" / "surname_spellings.tsv"


def rows() -> dict[str, list[str]]:
    lines = SPELLINGS.read_text(encoding="utf-8").splitlines()
    return {
        zh: spellings.split(",") for zh, spellings in (line.split("\t") for line in lines if not line.startswith("#"))
    }


def test_every_marked_spelling_is_a_wade_giles_syllable() -> None:
    syllables = set(wade_giles_syllables().values())
    marked = {(zh, s) for zh, spellings in rows().items() for s in spellings if "'" in s}
    assert len(marked) > 50
    assert {(zh, s) for zh, s in marked if s not in syllables} == set()


def test_tie_is_spelt_tieh() -> None:
    assert rows()["铁"][:2] == ["t'ieh", "tieh"]
