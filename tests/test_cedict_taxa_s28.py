"""A class of a taxonomy is no name (twenty-eighth session, issue 9 item 1; the s27 blind measure's soil orders
变性土 "Vertosols", 人为土 "Anthrosols" kept by `--proper-only`).

CC-CEDICT writes the orders of the Chinese Soil Taxonomy with capitals and a capitalised reading, as names; the
bracket "(Chinese Soil Taxonomy)" says the word is a class of a taxonomy, a term of science as a genus is: left out
by `--proper-only`, a `term` of the full import.
"""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.formats import cedict
from zhgloss.formats.cedict import load_cedict

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "變性土 变性土 [Bian4 xing4 tu3] /Vertosols (Chinese Soil Taxonomy)/\n"
    "人為土 人为土 [Ren2 wei2 tu3] /Anthrosols (Chinese Soil Taxonomy)/\n"
    "火山灰土 火山灰土 [Huo3 shan1 Hui1 tu3] /Andosols (Chinese Soil Taxonomy)/\n"
)
# Lines of my own of the same kind, and a control (a name whose bracket is no taxonomy's).
OWN = (
    "黑鈣土 黑钙土 [Hei1 gai4 Tu3] /Chernozems (World Reference Base taxonomy)/\n"
    "老成土 老成土 [Lao3 cheng2 Tu3] /Ultisols (USDA soil taxonomy)/\n"
    "林奈 林奈 [Lin2 nai4] /Linnaeus (Carl von Linné) (1707-1778), Swedish botanist, father of taxonomy/\n"
)


def _entries(*, proper_only: bool) -> dict[str, tuple[str, str]]:
    return {e.zh: (e.type, e.en) for e in load_cedict(io.StringIO(REAL + OWN), proper_only=proper_only)}


@pytest.mark.parametrize("zh", ["变性土", "人为土", "火山灰土", "黑钙土", "老成土"])
def test_a_taxon_is_left_out_by_proper_only(zh: str) -> None:
    assert zh not in _entries(proper_only=True)


@pytest.mark.parametrize("zh", ["变性土", "人为土", "黑钙土"])
def test_a_taxon_is_a_term_of_the_full_import(zh: str) -> None:
    assert _entries(proper_only=False)[zh][0] == "term"


def test_a_person_of_taxonomy_stays_a_person() -> None:
    assert _entries(proper_only=True)["林奈"][0] == "person"


@given(st.from_regex(r"[A-Z][a-z]{3,10}sols", fullmatch=True), st.sampled_from(["Chinese Soil", "USDA soil", ""]))
def test_any_name_before_a_taxonomys_label_is_no_name(name: str, taxonomy: str) -> None:
    label = f"({taxonomy} taxonomy)".replace("( ", "(")
    assert cedict.read_sense(f"{name} {label}").name is None
