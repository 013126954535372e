"""The CC-CEDICT import writes the apostrophe one way, straight (forty-eighth session, issue 9; ann's s47 A60/A181:
西安市 was stored "Xi’an" beside 西安's "Xi'an").

CC-CEDICT (2020-12-21) writes it straight in 5,744 lines and curly (U+2019) in 33, the same name both ways. Read
straight, 西安市 is the same city as 西安 and folds into it, as 宁德市 does into 宁德; 陕西省 into 陕西 likewise.
"""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

from cedict_fixtures import rows_by_zh
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.formats.cedict import iter_lines, load_cedict

# Real CC-CEDICT lines.
CAPITAL = "sub-provincial city and capital of Shaanxi 陝西省|陕西省[Shan3 xi1 Sheng3] in northwest China"
XIAN = f"西安 西安 [Xi1 an1] /Xi'an, {CAPITAL}/"
XIAN_SHI = f"西安市 西安市 [Xi1 an1 Shi4] /Xi’an, {CAPITAL}/"
MAO = "毛誕節 毛诞节 [Mao2 dan4 jie2] /Mao Zedong’s birthday, December 26th/"
WEIYANG = "未央區 未央区 [Wei4 yang1 Qu1] /Weiyang District of Xi’an 西安市[Xi1 an1 Shi4], Shaanxi/"


def test_xian_shi_alone_is_written_straight() -> None:
    rows = rows_by_zh(XIAN_SHI)
    assert rows["西安市"]["en"] == "Xi'an"


def test_xian_shi_folds_into_xian() -> None:
    rows = rows_by_zh(XIAN, XIAN_SHI)
    assert "西安市" not in rows
    assert rows["西安"]["en"] == "Xi'an"
    assert "西安市" in rows["西安"]["zh_aliases"]


def test_english_and_note_are_straight() -> None:
    rows = rows_by_zh(MAO, WEIYANG)
    assert rows["毛诞节"]["en"] == "Mao Zedong's birthday"
    assert "’" not in json.dumps(rows, ensure_ascii=False)


def test_a_common_word_too() -> None:
    line = "管他呢 管他呢 [guan3 ta1 ne5] /don’t worry about/doesn’t matter/whatever/anyway/\n"
    (entry,) = load_cedict(io.StringIO(line))
    assert entry.en == "don't worry about"
    assert "doesn't matter" in entry.aliases


@given(st.text(alphabet="abc’' ", min_size=1, max_size=12).filter(lambda t: t.strip() and "/" not in t))
def test_no_curly_apostrophe_is_read(text: str) -> None:
    (line,) = iter_lines([f"甲 甲 [Jia3] /{text.strip()}/\n"])
    assert "’" not in "".join(line.glosses)
    assert "".join(line.glosses).replace("'", "") == text.strip().replace("’", "").replace("'", "")


def test_imported_glossary_and_check(tmp_path: Path) -> None:
    source = tmp_path / "cedict.u8"
    source.write_text(XIAN + "\n" + XIAN_SHI + "\n", encoding="utf-8")
    db = tmp_path / "g.json"
    subprocess.run(["zhgloss", "init", "--empty", str(db)], check=True, capture_output=True)
    done = subprocess.run(
        ["zhgloss", "--db", str(db), "import", str(source), "--proper-only"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    entries = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert [(e["zh"], e["en"]) for e in entries] == [("西安", "Xi'an")]
    # Either apostrophe in a translation is the stored form (`forms.typeset_key`).
    (tmp_path / "zh.txt").write_text("西安很热。\n", encoding="utf-8")
    for english in ("Xi'an", "Xi’an"):
        (tmp_path / "en.txt").write_text(f"{english} is hot.\n", encoding="utf-8")
        checked = subprocess.run(
            ["zhgloss", "--db", str(db), "check", str(tmp_path / "zh.txt"), str(tmp_path / "en.txt")],
            capture_output=True,
            text=True,
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr
        assert checked.stdout == "", checked.stdout
