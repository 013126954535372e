"""A surname is read as the dictionaries read it as a surname (issue 9; session 30, the new-user tester's U30-34).

data/surnames.tsv read 粘 Zhān; 现代汉语词典 gives the surname sense under nián (粘 nián ① as 黏 ② 姓; zhān has the
verb senses), as the 粘 families of Changhua and of Laiyang (descendants of the Jurchen 粘罕) read it. CC-CEDICT
(CC BY-SA 4.0, MDBG; ../shared/data/cedict_ts.u8.gz) has no surname line for 粘, only `粘 粘 [nian2] /variant of
黏[nian2]/` and `粘 粘 [zhan1] /to glue/...`, so the guard below (every reading of the table that differs from
CC-CEDICT's "surname X" line says why) cannot catch it: it keeps the class from growing.
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
from pathlib import Path

import pytest

from zhgloss.pinyin import romanize, surnames


def test_nian_is_the_surname_reading_of_zhan() -> None:
    assert romanize("粘为民").pinyin == "Nián Wèimín"
    assert surnames()["粘"].pinyin == "Nián"


def test_add_stores_the_surname_reading(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    db.write_text("{}", encoding="utf-8")
    done = subprocess.run(
        [zhgloss_exe, "--db", str(db), "add", "粘為民", "--type", "person", "--yes"],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert done.returncode == 0, done.stderr
    (entry,) = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert (entry["zh"], entry["pinyin"], entry["en"]) == ("粘为民", "Nián Wèimín", "Nian Weimin")


_SURNAME_LINE = re.compile(r"^(\S) (\S) \[([A-Za-z:]+[1-5])\] /(?:[^/]*/)*?surname ([A-Z][a-z:]+)/")


def _plain(pinyin: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", pinyin.lower()).replace("u\u0308", "v")
    return "".join(c for c in decomposed if c.isascii() and c.isalpha())


def test_each_reading_apart_from_cedicts_surname_line_says_why(shared_dir: Path) -> None:
    path = shared_dir / "data" / "cedict_ts.u8.gz"
    if not path.exists():
        pytest.skip("no CC-CEDICT in ../shared/data")
    readings: dict[str, set[str]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            found = _SURNAME_LINE.match(line)
            if found:
                readings.setdefault(found[2], set()).add(found[3].rstrip("12345").lower().replace("u:", "v"))
    table = {key: s for key, s in surnames().items() if key == s.zh and len(s.zh) == 1}
    unexplained = [
        (zh, surname.pinyin)
        for zh, surname in table.items()
        if zh in readings and not {_plain(r) for r in surname.readings} & readings[zh] and not surname.note
    ]
    assert unexplained == []
