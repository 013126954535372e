"""A Japanese name entered by add or import has its family name by its Japanese reading, in either order (issue 9).

Session 26's user (U45's rest, U52): `add 岸田文雄 --type person --en "Fumio Kishida"` is marked adopted (the English
spells no pinyin), so forms.family_name read it given name first and took "Fumio"... and "Kishida Fumio" by the adopted
rule too; check then called "Kishida said." missing. Japan's government and CC-CEDICT write Kishida Fumio, most wires
Fumio Kishida: the family name is Kishida either way (岸田, read Kishida).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from zhgloss.forms import family_name
from zhgloss.model import Entry


@pytest.mark.parametrize(
    ("zh", "en", "family"),
    [
        ("岸田文雄", "Fumio Kishida", "Kishida"),
        ("岸田文雄", "Kishida Fumio", "Kishida"),
        ("石破茂", "Shigeru Ishiba", "Ishiba"),  # 石破 read Ishiba, though 石 is a Chinese surname too
        ("高市早苗", "Sanae Takaichi", "Takaichi"),
        ("雷军", "Lei Jun", "Lei"),  # a Chinese name keeps its pinyin rule
        ("库克", "Tim Cook", "Cook"),  # a Western name its adopted rule
    ],
)
def test_the_family_name_of_a_japanese_name_in_either_order(zh: str, en: str, family: str) -> None:
    adopted = en not in ("Lei Jun",)
    pinyin = "Léi Jūn" if zh == "雷军" else None
    entry = Entry(id="x", type="person", zh=zh, en=en, en_adopted=adopted, pinyin=pinyin)
    assert family_name(entry) == family


def _run(exe: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], input=stdin, capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.parametrize("en", ["Fumio Kishida", "Kishida Fumio"])
def test_check_takes_the_family_name_alone_as_a_second_mention(zhgloss_exe: str, tmp_path: Path, en: str) -> None:
    db = tmp_path / "g.json"
    db.write_text("{}", encoding="utf-8")
    added = _run(zhgloss_exe, "add", "岸田文雄", "--type", "person", "--en", en, "--adopted", "--db", str(db))
    assert added.returncode == 0, added.stderr
    clean = _run(zhgloss_exe, "check", "-", "--db", str(db), stdin="岸田文雄说。\tKishida said.\n")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    wrong = _run(zhgloss_exe, "check", "-", "--db", str(db), stdin="岸田文雄说。\tFumio said.\n")
    assert wrong.returncode == 1
