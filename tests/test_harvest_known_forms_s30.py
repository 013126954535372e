"""harvest: a name the glossary holds in another of its forms is known, never new nor a conflict (s30, issue 9
item 5: "forms already present anywhere in an entry are known").

Run on the bundled glossary, the people it holds written as Wikipedia's leads and the wire write them in full: 马化腾
(en "Pony Ma", alias "Ma Huateng") as "Pony Ma Huateng" was a conflict ("the glossary writes 马化腾 as 'Pony Ma'"),
though both its words are the entry's. The short form of what the text writes in full (adopted name + surname:
a72069c, 4072d5f) is the entry's form, whatever the adopted name ("Pony" is no census given name).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from zhgloss.harvest import harvest
from zhgloss.store import Glossary

LINES = [
    ("Tencent chairman Pony Ma Huateng (馬化騰) spoke.", "马化腾"),
    ("JD.com founder Richard Liu Qiangdong (劉強東) said.", "刘强东"),
    ("Baidu CEO Robin Li Yanhong (李彥宏) said.", "李彦宏"),
    ("NetEase founder William Ding Lei (丁磊) said.", "丁磊"),
    ("Jack Ma Yun (Chinese: 馬雲; born 10 September 1964) is a Chinese businessman.", "马云"),
    ("Meizu founder Jack Wong (黄章) said.", "黄章"),
]


@pytest.mark.parametrize(("line", "zh"), LINES)
def test_a_bundled_person_written_in_full_is_known(line: str, zh: str, bundled: Path) -> None:
    with Glossary.open(bundled) as gloss:
        entries = list(gloss.iter_entries())
    [found] = [p for p in harvest(line, entries) if p.zh == zh]
    assert found.status == "known", found.explanation


def test_harvest_add_adds_nothing_the_glossary_holds(tmp_path: Path, glossary_path: Path, zhgloss_exe: str) -> None:
    before = len(json.loads(glossary_path.read_text(encoding="utf-8"))["entries"])
    article = tmp_path / "people.txt"
    article.write_text("\n".join(line for line, _ in LINES) + "\n", encoding="utf-8")
    added = subprocess.run(
        [zhgloss_exe, "--db", str(glossary_path), "harvest", str(article), "--add", "--yes"],
        capture_output=True,
        text=True,
    )
    assert added.returncode == 0, added.stderr
    assert f"{len(LINES)} already in the glossary, 0 conflicting" in added.stdout + added.stderr
    assert len(json.loads(glossary_path.read_text(encoding="utf-8"))["entries"]) == before
