"""A given name's characters read as given names read them, not by pypinyin's first reading (the review's R39-14).

pypinyin reads a character alone by its commonest reading in running text, which one bound word can make: 佛 is fú
there (仿佛 "as if"), fó alone and in every other word (现代汉语词典; 78 of pypinyin's own 80 phrases). Minister of
Finance 蓝佛安's official English is "Lan Fo'an" (State Council, Ministry of Finance); zhgloss read Lán Fú'ān and
refused it. data/given_readings.tsv (scripts/build_given_readings.py) lists the characters two sources read
otherwise in given names: CC-CEDICT's persons (长 cháng: 谢长廷, 萧万长, 田长霖, 黄长烨; 应 yìng: 何应钦, 韦应物;
荫 yìn: 曾荫权, 张荫桓) and pypinyin's phrase dictionary (佛 fó, 似 sì, 尽 jìn ...).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss import pinyin as zp

ROOT = Path(__file__).resolve().parent.parent


def test_lan_foan_reads_fo() -> None:
    got = zp.romanize("蓝佛安")
    assert got.pinyin == "Lán Fó'ān"
    assert got.en == "Lan Fo'an"
    # pypinyin's reading stays on offer as another reading of 佛
    assert [(a.char, a.others) for a in got.alternatives] == [("佛", ("fu2",))]


@pytest.mark.parametrize(
    ("name", "pinyin"),
    [
        ("李佛", "Lǐ Fó"),
        ("张佛生", "Zhāng Fóshēng"),
        ("藍佛安", "Lán Fó'ān"),  # traditional: the same character
        ("王应", "Wáng Yìng"),  # 何应钦 Hé Yìngqīn, 韦应物 Wéi Yìngwù (CC-CEDICT)
        ("林长霆", "Lín Chángtíng"),  # 谢长廷 Xiè Chángtíng, 萧万长 Xiāo Wàncháng (CC-CEDICT)
        ("陈荫生", "Chén Yìnshēng"),  # 曾荫权 Zēng Yìnquán (CC-CEDICT)
    ],
)
def test_given_name_characters_read_as_names_read_them(name: str, pinyin: str) -> None:
    assert zp.romanize(name).pinyin == pinyin


def test_a_phrase_of_pypinyin_keeps_its_reading() -> None:
    # 仿佛 is a phrase: its 佛 is fú; 长江 is cháng anyway, and a phrase that reads 长 zhǎng keeps it
    assert zp.romanize("张仿佛").pinyin == "Zhāng Fǎngfú"
    assert zp.romanize("李长江").pinyin == "Lǐ Chángjiāng"


def test_every_row_replaces_pypinyins_first_reading_by_one_of_its_own() -> None:
    table = zp.given_readings()
    assert "佛" in table and len(table) >= 5
    for char, (reading, replaced) in table.items():
        readings = zp.heteronyms(char)
        assert replaced == readings[0], char
        assert reading in readings and reading != replaced, char


def test_cedict_persons_given_names_read_by_rule_agree_more() -> None:
    """Every CC-CEDICT person's given name, read by rule (as a name no source lists): the table's characters agree
    with CC-CEDICT's reading in every name they change (10 names: 何应钦 ... 石勒), and break none."""
    lines = (ROOT / "src/zhgloss/data/name_readings.tsv").read_text(encoding="utf-8").splitlines()
    changed = wrong = 0
    for line in lines:
        cells = line.split("\t")
        if line.startswith("#") or cells[0] != "name":
            continue
        zh, listed, size = cells[1], cells[3].lower().split(), int(cells[4])
        given_name = zh[size:]
        if not given_name:
            continue
        before = zp._with_full_tones(given_name, zp._pypinyin_read(given_name))
        after = zp._read_given(zh, given_name)
        if after != before:
            changed += 1
            wrong += after != listed[size:]
    assert changed >= 10
    assert wrong == 0


def test_add_takes_the_official_english(tmp_path: Path) -> None:
    db = tmp_path / "fo.json"
    subprocess.run(["zhgloss", "init", str(db), "--empty"], check=True, capture_output=True)
    run = subprocess.run(
        ["zhgloss", "add", "蓝佛安", "--type", "person", "--en", "Lan Fo'an", "--yes", "--db", str(db)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    entries = json.loads(db.read_text(encoding="utf-8"))
    stored = entries["entries"] if isinstance(entries, dict) else entries
    assert any(e.get("pinyin") == "Lán Fó'ān" for e in (stored.values() if isinstance(stored, dict) else stored))


def test_the_bundled_table_is_what_the_script_builds(tmp_path: Path) -> None:
    out = tmp_path / "given_readings.tsv"
    subprocess.run([sys.executable, str(ROOT / "scripts/build_given_readings.py"), str(out)], check=True)
    assert out.read_text(encoding="utf-8") == (ROOT / "src/zhgloss/data/given_readings.tsv").read_text(encoding="utf-8")


_CHARS = [*zp.given_readings(), *"仿佛安生明江华子", "长江"]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["王", "李", "蓝", "欧阳"]), st.lists(st.sampled_from(_CHARS), min_size=1, max_size=2))
def test_names_read_together_read_as_romanize(surname: str, parts: list[str]) -> None:
    """`read_names` (annotate --unknown's cheap reading) gives romanize's reading of a name with these characters."""
    name = surname + "".join(parts)
    answered = zp.read_names([name])
    if name in answered:
        got = zp.romanize(name)
        assert answered[name] == (got.pinyin, got.en)
