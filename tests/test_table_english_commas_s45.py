"""An English name cell with a comma (the review's R45-11 and R45-8, forty-fifth session).

R45-11: "Robin Li, founder of Baidu", "Wang Chuanfu, BYD chairman", "Lei Jun, Xiaomi" were stored whole as the
English (annotate wrote 李彦宏（Robin Li, founder of Baidu）), where a bracket or a slash is refused with the line.
Now refused with the line and the fix (the name alone, the rest in the note or a role), by add too, and validate
flags a stored one (en-description). A legal form, a place, a list and a title keep their commas.

R45-8: a person's English written "Surname, Given" (a catalogue's or a passport list's order: "Ren, Zhengfei", "LI,
Yanhong") was stored with its comma. A table import reads it in order, said on stderr (a translator's sheet may hold
hundreds, and the characters say which word is which, as for 'MA Huateng'); add refuses it with the form to write
(one retype, the user at the keyboard); validate's reversed-order check (en-order) flags a stored one.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.adopted import catalogue_order
from zhgloss.formats.table import comma_description
from zhgloss.model import Entry
from zhgloss.validate import check_entry


def _zhgloss(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True, cwd=cwd, check=False)


def _import(tmp_path: Path, text: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "rows.csv").write_text(text, encoding="utf-8")
    return _zhgloss("--db", "new.json", "import", "rows.csv", cwd=tmp_path)


def _stored(tmp_path: Path) -> dict[str, dict[str, object]]:
    data = json.loads((tmp_path / "new.json").read_text(encoding="utf-8"))
    return {e["zh"]: e for table in data.values() if isinstance(table, dict) for e in table.values()}


@pytest.mark.parametrize(
    ("row", "said"),
    [
        ('李彦宏,"Robin Li, founder of Baidu"', "holds a description after a comma ('founder of Baidu')"),
        ('王传福,"Wang Chuanfu, BYD chairman"', "holds a description after a comma ('BYD chairman')"),
        ('新华社,"Xinhua, state news agency"', "holds a description after a comma ('state news agency')"),
        ('雷军,"Lei Jun, Xiaomi"', "holds 'Xiaomi' after a comma, no part of the person's name: write 'Lei Jun'"),
        ('马化腾,"Ma Huateng, Tencent"', "holds 'Tencent' after a comma, no part of the person's name"),
    ],
)
def test_a_name_and_what_it_is_after_a_comma_is_refused_with_the_line(tmp_path: Path, row: str, said: str) -> None:
    done = _import(tmp_path, f"zh,en\n{row}\n")
    assert done.returncode == 3, done.stderr
    assert "line 2: " in done.stderr
    assert said in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "new.json").exists()


def test_commas_that_belong_to_the_name_stay(tmp_path: Path) -> None:
    rows = (
        "zh,en,type\n"
        '小米,"Xiaomi Co., Ltd.",org\n'
        '巴黎,"Paris, Texas",place\n'
        '香港,"Hong Kong, China",place\n'
        '戴安娜王妃,"Diana, Princess of Wales",person\n'
        '北上广,"Beijing, Shanghai and Guangzhou",\n'
        '沙田,"Sha Tin, New Territories",\n'
        '卧虎藏龙,"Crouching Tiger, Hidden Dragon",work\n'
        '三十六计,"The Thirty-Six Stratagems, a Chinese essay",term\n'
    )
    done = _import(tmp_path, rows)
    assert done.returncode == 0, done.stderr
    stored = _stored(tmp_path)
    assert stored["小米"]["en"] == "Xiaomi Co., Ltd."
    assert stored["戴安娜王妃"]["en"] == "Diana, Princess of Wales"
    assert stored["沙田"]["en"] == "Sha Tin, New Territories"


def test_surname_comma_given_is_read_in_order_and_said(tmp_path: Path) -> None:
    done = _import(tmp_path, 'zh,en\n任正非,"Ren, Zhengfei"\n李彦宏,"LI, Yanhong"\n张小龙,"Zhang, Xiaolong"\n')
    assert done.returncode == 0, done.stderr
    stored = _stored(tmp_path)
    assert [stored[zh]["en"] for zh in ("任正非", "李彦宏", "张小龙")] == [
        "Ren Zhengfei",
        "Li Yanhong",
        "Zhang Xiaolong",
    ]
    assert "line 2: en 'Ren, Zhengfei' writes the family name, a comma, then the given name" in done.stderr
    assert "imported as 'Li Yanhong'" in done.stderr
    checked = _zhgloss("--db", "new.json", "validate", cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_add_refuses_both_with_the_fix_and_leaves_the_glossary(tmp_path: Path) -> None:
    assert _zhgloss("init", "--empty", "g.json", cwd=tmp_path).returncode == 0
    before = (tmp_path / "g.json").read_bytes()
    done = _zhgloss("--db", "g.json", "add", "张小龙", "--en", "Zhang, Xiaolong", cwd=tmp_path)
    assert done.returncode != 0
    assert "write 'Zhang Xiaolong'" in done.stderr
    done = _zhgloss("--db", "g.json", "add", "雷军", "--en", "Lei Jun, Xiaomi", cwd=tmp_path)
    assert done.returncode != 0
    assert "write 'Lei Jun'" in done.stderr
    assert "does not spell the pinyin" not in done.stderr  # the comma is the problem, said once
    assert (tmp_path / "g.json").read_bytes() == before
    done = _zhgloss("--db", "g.json", "add", "张小龙", "--en", "Zhang Xiaolong", cwd=tmp_path)
    assert done.returncode == 0, done.stderr


def test_validate_flags_stored_ones(tmp_path: Path) -> None:
    stored = {
        "entries": {
            "1": {"id": "robin-li", "type": "name", "zh": "李彦宏", "en": "Robin Li, founder of Baidu"},
            "2": {"id": "lei-jun", "type": "person", "zh": "雷军", "en": "Lei Jun, Xiaomi"},
            "3": {"id": "ren-zhengfei", "type": "person", "zh": "任正非", "en": "Ren, Zhengfei"},
            "4": {"id": "xiaomi", "type": "org", "zh": "小米", "en": "Xiaomi Co., Ltd."},
        }
    }
    (tmp_path / "g.json").write_text(json.dumps(stored, ensure_ascii=False), encoding="utf-8")
    done = _zhgloss("--db", "g.json", "validate", cwd=tmp_path)
    out = done.stdout + done.stderr
    assert done.returncode == 1, out
    assert "robin-li: error: en: 'Robin Li, founder of Baidu' holds a description after a comma" in out
    assert "lei-jun: error: en: 'Lei Jun, Xiaomi' holds 'Xiaomi' after a comma" in out
    assert "ren-zhengfei: error: en: 'Ren, Zhengfei' writes the family name, a comma" in out
    assert "xiaomi:" not in out


_GIVEN = st.sampled_from(["Xiaolong", "Wei", "Yanhong", "Zhengfei", "Jun", "Huateng"])
_DESCRIPTION = st.from_regex(r"[a-z]{2,8}(?: [A-Za-z]{2,8}){0,3}", fullmatch=True)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["Lei Jun", "Robin Li", "Xinhua", "Paris", "Bank of China"]), _DESCRIPTION)
def test_a_lower_case_word_after_a_names_comma_is_a_description(name: str, description: str) -> None:
    for kind in (None, "person", "org", "place"):
        assert comma_description(f"{name}, {description}", kind) == (name, description)
    for kind in ("phrase", "term", "work"):
        assert comma_description(f"{name}, {description}", kind) is None


@settings(max_examples=60, deadline=None)
@given(st.sampled_from([("张小龙", "Zhang", "Xiaolong"), ("李彦宏", "Li", "Yanhong"), ("任正非", "Ren", "Zhengfei")]))
def test_catalogue_order_is_the_name_in_order_whatever_its_capitals(name: tuple[str, str, str]) -> None:
    zh, family, given_name = name
    for written in (
        f"{family}, {given_name}",
        f"{family.upper()}, {given_name}",
        f"{family.upper()}, {given_name.upper()}",
    ):
        assert catalogue_order(zh, written) == f"{family} {given_name}"
        entry = Entry(id="x", type="person", zh=zh, en=written)
        assert any(p.code == "en-order" and p.severity == "error" for p in check_entry(entry))
    assert catalogue_order(zh, f"{given_name}, {family}") is None  # the given name first: no surname before it
    assert catalogue_order(zh, f"{family} {given_name}") is None
