"""A place's or an organisation's traditional form in an import is simplified as `add` simplifies it (rev's s44
note on 甕安; tbl's s45 item 4).

The import readers (`formats.tbx.simplified_form`: CSV, TSV, TBX, OmegaT, JSON Lines) wrote every name type (place,
org, name) by the person's rule (`convert.name_to_simplified`), which keeps old variant characters a person may keep
(甕, 稜, 崑, 遊) and the 通用规范汉字表's own characters read in context (乾, 於), while `add` writes a name that is no
person's by `convert.thing_to_simplified` (a kept standard character only where a word writes it: 乾安). Counted over
CC-CEDICT's 6,795 place/organisation lines whose two columns differ: the import's form equalled CC-CEDICT's simplified
column for 6,715 before, 6,757 now (every one of the 42 that changed is now CC-CEDICT's): 甕安縣 瓮安县, 於田 于田,
江乾區 江干区, 崑山 昆山, 丹稜縣 丹棱县, 仙遊 仙游 ... A person's name keeps its characters as before.

The place names are CC-CEDICT's (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz; MDBG, CC BY-SA 4.0).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from zhgloss.curate import chinese_forms
from zhgloss.formats.tbx import simplified_form

# (traditional, CC-CEDICT's simplified, English)
PLACES = [
    ("甕安縣", "瓮安县", "Weng'an County"),
    ("於田縣", "于田县", "Yutian County"),
    ("於都", "于都", "Yudu"),
    ("江乾區", "江干区", "Jianggan District"),
    ("崑山市", "昆山市", "Kunshan"),
    ("丹稜縣", "丹棱县", "Danleng County"),
    ("仙遊縣", "仙游县", "Xianyou County"),
    ("穆稜市", "穆棱市", "Muling"),
    ("霑益縣", "沾益县", "Zhanyi County"),
    ("乾安", "乾安", "Qian'an"),  # a word CC-CEDICT writes with 乾: kept (R42-13)
    ("乾縣", "乾县", "Qian County"),
]


def _run(exe: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], capture_output=True, text=True, check=False)


@pytest.mark.parametrize(("hant", "zh", "en"), PLACES)
def test_a_sheet_s_place_is_simplified_as_cc_cedict_writes_it(
    zhgloss_exe: str, tmp_path: Path, hant: str, zh: str, en: str
) -> None:
    db = tmp_path / "names.json"
    assert _run(zhgloss_exe, "init", str(db), "--empty").returncode == 0
    source = tmp_path / "places.csv"
    source.write_text(f'zh,en,type\n{hant},"{en}",place\n', encoding="utf-8")
    done = _run(zhgloss_exe, "--db", str(db), "import", str(source))
    assert done.returncode == 0, done.stderr
    (doc,) = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert (doc["zh"], doc["zh_hant"]) == (zh, hant if hant != zh else None)


@pytest.mark.parametrize(("hant", "zh", "en"), PLACES)
@pytest.mark.parametrize("kind", ["place", "org", "name"])
def test_the_import_s_form_is_add_s(hant: str, zh: str, en: str, kind: str) -> None:
    assert simplified_form(hant, kind, [en]) == chinese_forms(hant, None, kind, [en])[0]


def test_a_tbx_place_is_simplified_so_too(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "names.json"
    assert _run(zhgloss_exe, "init", str(db), "--empty").returncode == 0
    source = tmp_path / "t.tbx"
    source.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><martif type="TBX-Basic" xml:lang="en"><text><body>'
        '<termEntry id="c1"><descrip type="subjectField">place</descrip>'
        '<langSet xml:lang="zh-TW"><tig><term>甕安縣</term></tig></langSet>'
        '<langSet xml:lang="en"><tig><term>Weng\'an County</term></tig></langSet></termEntry>'
        "</body></text></martif>",
        encoding="utf-8",
    )
    done = _run(zhgloss_exe, "--db", str(db), "import", str(source))
    assert done.returncode == 0, done.stderr
    (doc,) = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert doc["zh"] == "瓮安县"


@pytest.mark.parametrize(
    ("hant", "zh", "en"),
    [("徐乾學", "徐乾学", "Xu Qianxue"), ("王汎森", "王汎森", "Wang Fansen"), ("薛應旂", "薛应旂", "Xue Yingqi")],
)
def test_a_person_keeps_the_characters_names_keep(hant: str, zh: str, en: str) -> None:
    assert simplified_form(hant, "person", [en]) == zh
    assert simplified_form(hant, "term", [en]) == zh  # untyped: its English writes it as a person's
