"""CC-CEDICT import: the name in Chinese after a clause of the name in another language is an alias.

The s44 blind draw's firm P83: 林芝地区 "Nyingchi prefecture of Tibet, Tibetan: Nying khri sa khul, Chinese Linzhi"
gave no alias "Linzhi", the name Chinese sources romanize and English news often writes. A sense that ends ", Chinese
X (or Y)" after a clause "Tibetan: ..." (a language of `_LANGUAGES`, with its colon) gives X and Y as other names of
the thing (`_CHINESE_AFTER_LANGUAGE_RE` in `read_sense`). Over the whole of CC-CEDICT 5 lines end so (林芝, 林芝地区,
日喀则地区, 日喀则市, 昌都地区); "Chinese American historian" or "Chinese Communist Party" at a sense's end follow no
language's clause and give nothing.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.cedict_fixtures import rows_by_zh
from zhgloss.formats.cedict import read_sense


@pytest.mark.parametrize(
    ("gloss", "name", "aliases"),
    [
        # (s47: the Tibetan name, labelled, is an alias too: test_cedict_own_language_names_s47.py)
        (
            "Nyingchi prefecture of Tibet, Tibetan: Nying khri sa khul, Chinese Linzhi",
            "Nyingchi",
            ["Linzhi", "Nying khri sa khul"],
        ),
        (
            "Shigatse or Xigaze, Tibetan: Gzhis ka rtse, city and prefecture in central Tibet, Chinese Rikaze",
            "Shigatse",
            ["Xigaze", "Rikaze", "Gzhis ka rtse"],
        ),
        (
            "Kham or Chamdo prefecture in Tibet, Tibetan: Chab mdo sa khul, Chinese Qamdo or Changdu",
            "Kham",
            ["Chamdo", "Qamdo", "Changdu", "Chab mdo sa khul"],
        ),
        ("Iris Chang (1968-2004), Chinese American historian and author of the Rape of Nanjing", "Iris Chang", []),
        ("Consumers' Foundation, Chinese Taipei (CFCT)", "Consumers' Foundation", []),
    ],
)
def test_the_chinese_name_after_a_language_s_clause_is_an_alias(gloss: str, name: str, aliases: list[str]) -> None:
    sense = read_sense(gloss)
    assert (sense.name, [a for a in sense.aliases if a not in ("CFCT",)]) == (name, aliases)


@pytest.mark.parametrize("proper_only", [True, False])
def test_the_import_gives_nyingchi_its_chinese_name(proper_only: bool) -> None:
    rows = rows_by_zh(
        "林芝 林芝 [Lin2 zhi1] /Nyingchi prefecture of Tibet, Tibetan: Nying khri, Chinese Linzhi/",
        "林芝地區 林芝地区 [Lin2 zhi1 di4 qu1] /Nyingchi prefecture of Tibet, Tibetan: Nying khri sa khul, Chinese "
        "Linzhi/",
        proper_only=proper_only,
    )
    assert (rows["林芝"]["en"], rows["林芝"]["aliases"]) == ("Nyingchi", ["Linzhi", "Nying khri"])  # (s47: Tibetan too)
    assert "Linzhi Prefecture" in rows["林芝地区"]["aliases"]


_WORD = st.sampled_from(["Linzhi", "Rikaze", "Naqu", "Ali", "Shannan"])


@given(_WORD, st.sampled_from(["Tibetan", "Uighur", "Mongolian"]), st.booleans())
def test_any_language_s_clause_then_chinese_gives_the_alias(chinese: str, language: str, more: bool) -> None:
    between = ", city in the west" if more else ""
    sense = read_sense(f"Ngari prefecture, {language}: mnga' ris{between}, Chinese {chinese}")
    assert chinese in sense.aliases


@given(_WORD)
def test_no_language_s_clause_gives_no_alias(chinese: str) -> None:
    assert chinese not in read_sense(f"Ngari prefecture in west Tibet, Chinese {chinese}").aliases
