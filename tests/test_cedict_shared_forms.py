"""CC-CEDICT import: one Chinese form names one entry (issue 9).

The acceptance test of the sixteenth session found 礼泉 and 醴泉县 both holding 礼泉县: 礼泉 by its full name (the
line 礼泉县 "Liquan County in Xianyang" folded in as its twin), 醴泉县 by "also written 礼泉县". The two lines name
one county, so they are one entry (`_fold_shared_forms`). Every fixture of real CC-CEDICT lines is checked too.

The lines of tests/data/cedict_shared_forms.u8 are copied from CC-CEDICT (https://cc-cedict.org/wiki/,
../shared/data/cedict_ts.u8.gz): community maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew
Denisowski; licence Creative Commons Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from zhgloss.formats.cedict import load_cedict

DATA = Path(__file__).resolve().parent / "data"


def test_two_lines_of_one_county_are_one_entry() -> None:
    with (DATA / "cedict_shared_forms.u8").open(encoding="utf-8") as fp:
        (entry,) = load_cedict(fp, proper_only=True)
    assert entry.zh == "礼泉"
    assert {"礼泉县", "醴泉县"} <= set(entry.zh_aliases)


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("cedict*.u8")))
def test_each_chinese_form_is_in_one_entry(name: str) -> None:
    with (DATA / name).open(encoding="utf-8") as fp:
        entries = list(load_cedict(fp, proper_only=True))
    forms = Counter(form for e in entries for form in e.zh_forms)
    assert [form for form, n in forms.items() if n > 1] == []
