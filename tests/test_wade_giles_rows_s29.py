"""Every row of data/wade_giles.tsv is Wade-Giles (session 29): pypinyin's table gave tie "t'oeh" and chua "ch`ua".

Found by rom (session 29) reading Wade-Giles queries in search: `search "T'ieh-ling"` found no 铁岭. The rules are the
system's own: -ie is written -ieh after every initial, and aspiration is an apostrophe.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

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
    source = tmp_path / "lines.u8"
    source.write_text(
        "鐵嶺 铁岭 [Tie3 ling3] /Tieling prefecture level city in Liaoning province 遼寧省|辽宁省 in northeast China/"
        "also Tieling county/\n",
        encoding="utf-8",
    )
    db = tmp_path / "names.json"
    subprocess.run(
        ["zhgloss", "import", str(source), "--format", "cedict", "--proper-only", "--db", str(db)],
        check=True,
        capture_output=True,
    )
    found = subprocess.run(
        ["zhgloss", "search", "T'ieh-ling", "--json", "--db", str(db)], capture_output=True, text=True, check=True
    )
    first = json.loads(found.stdout)["hits"][0]
    # Read as the pinyin it spells, not as a near spelling of "Tieling" (90).
    assert (first["entry"]["zh"], first["matched"]) == ("铁岭", "English, Wade-Giles")
