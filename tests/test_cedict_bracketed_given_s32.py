"""A bracketed name after two given names (or a name and an initial) is the name the person goes by, for both
(thirty-second session): 卡特 "James Earl (Jimmy) Carter (1924-), ..." gave the alias "James Earl", cut at the
bracket, as "Henry (Hank) Paulson" had given "Henry" before s29's rule for one given name.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "卡特 卡特 [Ka3 te4] /Carter (name)/James Earl (Jimmy) Carter (1924-), US Democrat politician, president"
    " 1977-1981/\n"
    "朱利亞尼 朱利亚尼 [Zhu1 li4 ya4 ni2] /Giuliani (name)/Rudolph W (Rudy) Giuliani (1944-), US Republican"
    " politician, Mayor of New York City 1994-2001/\n"
    "保爾森 保尔森 [Bao3 er3 sen1] /Paulson or Powellson (name)/Henry (Hank) Paulson (1946-), US banker, US Treasury"
    " Secretary 2006-2009/\n"
    "蒲甘王朝 蒲甘王朝 [Pu2 gan1 Wang2 chao2] /Bagan (Pagan) Dynasty of Myanmar (Burma), 1044-1287/\n"
)
ENTRIES = entries_by_form(REAL)


@pytest.mark.parametrize(
    ("zh", "known_as", "full"),
    [
        ("卡特", "Jimmy Carter", "James Earl Carter"),
        ("朱利亚尼", "Rudy Giuliani", "Rudolph W Giuliani"),
    ],
)
def test_the_bracket_stands_for_both_given_names(zh: str, known_as: str, full: str) -> None:
    entry = ENTRIES[zh]
    assert entry.type == "person"
    assert {known_as, full} <= set(entry.aliases), entry
    assert not any(a in ("James Earl", "Rudolph W") for a in entry.aliases)


def test_one_given_name_and_other_kinds_as_before() -> None:
    assert {"Henry Paulson", "Hank Paulson"} <= set(ENTRIES["保尔森"].aliases)
    assert (ENTRIES["蒲甘王朝"].en, ENTRIES["蒲甘王朝"].aliases) == ("Bagan", ("Pagan",))
