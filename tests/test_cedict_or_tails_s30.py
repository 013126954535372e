""" "A or B Tail": the tail is the name's, not a description (thirtieth session; the tester's T1).

- 新店溪 "Xindian or Hsintian Creek, one of the rivers through Taipei" was `name` "Xindian": a creek is a place's
  generic, shared by both spellings as "Tsinghua or Qinghua University" shares its university.
- 全罗道 "Jeolla or Cholla Province of Joseon Korea, now divided ..." had the alias "Cholla Province of Joseon Korea":
  the country after a unit's "of" says where it is (as "Kelantan River of Malaysia" does of a first name). (The unit
  stays with the other spelling only, as "Puzi or Putzu City" keeps Puzi bare: another rule's.)
"""

from __future__ import annotations

from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "新店溪 新店溪 [Xin1 dian4 xi1] /Xindian or Hsintian Creek, one of the rivers through Taipei, Taiwan/\n"
    "全羅道 全罗道 [Quan2 luo2 dao4] /Jeolla or Cholla Province of Joseon Korea, now divided into North Jeolla"
    " Province 全羅北道|全罗北道[Quan2 luo2 bei3 dao4] and South Jeolla Province 全羅南道|全罗南道[Quan2 luo2 nan2"
    " dao4]/\n"
)
# Lines of my own of the same shapes.
OWN = (
    "基隆溪 基隆溪 [Ji1 long2 xi1] /Jilong or Keelung Creek, river of north Taiwan/\n"
    "慶尚道 庆尚道 [Qing4 shang4 dao4] /Gyeongsang or Kyongsang Province of Joseon Korea/\n"
)
ENTRIES = entries_by_form(REAL + OWN)


def test_a_creek_is_both_spellings_and_a_place() -> None:
    for zh, en, alias in [("新店溪", "Xindian Creek", "Hsintian Creek"), ("基隆溪", "Jilong Creek", "Keelung Creek")]:
        entry = ENTRIES[zh]
        assert (entry.type, entry.en) == ("place", en), entry
        assert alias in entry.aliases, entry


def test_the_country_after_a_units_of_is_no_part_of_the_other_name() -> None:
    for zh, alias in [("全罗道", "Cholla Province"), ("庆尚道", "Kyongsang Province")]:
        entry = ENTRIES[zh]
        assert entry.type == "place", entry
        assert alias in entry.aliases, entry
        assert not [a for a in entry.aliases if " of " in a], entry
