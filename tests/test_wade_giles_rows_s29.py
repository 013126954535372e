"""Every row of data/wade_giles.tsv is Wade-Giles (session 29): pypinyin's table gave tie "t'oeh" and chua "ch`ua".

Found by rom (session 29) reading Wade-Giles queries in search: `search "T'ieh-ling"` found no 铁岭. The rules are the
system's own: -ie is written -ieh after every initial, and aspiration is an apostrophe.
"""

from __future__ import annotations

import re
from pathlib import Path

from cedict_fixtures import imported_db, search_hits

import zhgloss

TABLE = Path(zhgloss.__file__).resolve().parent / "data" / "wade_giles.tsv"


def rows() -> dict[str, str]:
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t") for line in lines if line and not line.startswith("#"))


def test_ie_is_written_ieh_after_every_initial() -> None:
    table = rows()
    ie = {pinyin: wade for pinyin, wade in table.items() if pinyin.endswith("ie") and not pinyin.endswith("üe")}
    assert sorted(ie) == ["bie", "die", "jie", "lie", "mie", "nie", "pie", "qie", "tie", "xie"]
    assert {pinyin: wade for pinyin, wade in ie.items() if not wade.endswith("ieh")} == {}
    assert table["tie"] == "t'ieh"


def test_aspiration_is_an_apostrophe_and_nothing_else_stands_in_a_row() -> None:
    table = rows()
    assert {p: w for p, w in table.items() if not re.fullmatch(r"[a-zü']+", w)} == {}
    assert table["chua"] == "ch'ua"


def test_search_reads_tieh_as_tie(tmp_path: Path) -> None:
    line = (
        "鐵嶺 铁岭 [Tie3 ling3] /Tieling prefecture level city in Liaoning province 遼寧省|辽宁省 in northeast China/"
        "also Tieling county/\n"
    )
    first = search_hits(imported_db(tmp_path, line), "T'ieh-ling")[0]
    # Read as the pinyin it spells, not as a near spelling of "Tieling" (90).
    assert (first["entry"]["zh"], first["matched"]) == ("铁岭", "English, Wade-Giles")
