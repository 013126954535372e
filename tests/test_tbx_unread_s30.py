"""What a TBX reader passed over in silence is read or said (session 30, U30-27).

- A langSet without xml:lang whose term is in Chinese characters is read as Chinese, with a note to give it its
  language (its Chinese was lost: the entry came in as a draft without Chinese, rc 0).
- A language's name where a tag belongs (xml:lang="Chinese", "Chinese (Traditional)", "English (United States)", as
  some exporters write it) is read as the tag.
- TBX-Basic's customerSubset and projectSubset admins, and an externalCrossReference xref, are kept in the note.
Names from CC-CEDICT: 雷軍 雷军 /Lei Jun/, 小米 /Xiaomi/, 華為 华为 /Huawei (brand)/.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ZHGLOSS = str(Path(sys.executable).with_name("zhgloss"))
HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic" xml:lang="en"><text><body>\n'
TAIL = "</body></text></martif>\n"


def _import(tmp_path: Path, body: str) -> tuple[subprocess.CompletedProcess[str], dict[str, dict[str, Any]]]:
    path = tmp_path / "t.tbx"
    path.write_text(HEAD + body + TAIL, encoding="utf-8")
    db = tmp_path / "g.json"
    db.write_text("{}", encoding="utf-8")
    result = subprocess.run(
        [ZHGLOSS, "--db", str(db), "import", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    tables = json.loads(db.read_text(encoding="utf-8"))
    return result, {doc["en"]: doc for table in tables.values() for doc in table.values()}


def test_a_langset_without_a_language_holding_chinese_is_read_as_chinese_and_said(tmp_path: Path) -> None:
    result, entries = _import(
        tmp_path,
        '<termEntry id="a"><langSet><tig><term>雷军</term></tig></langSet>'
        '<langSet xml:lang="en"><tig><term>Lei Jun</term></tig></langSet></termEntry>\n',
    )
    assert (entries["Lei Jun"]["zh"], entries["Lei Jun"].get("draft", False)) == ("雷军", False)
    assert (
        "line 3: termEntry 'a': a langSet without xml:lang holds '雷军': read as Chinese by its characters; give the "
        "langSet its language (xml:lang='zh-CN', 'zh-TW')"
    ) in result.stderr


@pytest.mark.parametrize(
    ("zh_lang", "en_lang", "zh", "zh_hant"),
    [
        ("Chinese", "English", "小米", None),  # the same in both scripts: no traditional form stored
        ("Chinese (Simplified)", "English (United States)", "华为", "華為"),
        ("Chinese (Traditional)", "English (United Kingdom)", "华为", "華為"),
        ("中文", "英文", "雷军", "雷軍"),
    ],
)
def test_a_language_name_where_a_tag_belongs_is_read_as_the_tag(
    tmp_path: Path, zh_lang: str, en_lang: str, zh: str, zh_hant: str | None
) -> None:
    term = zh_hant if zh_hant and "Traditional" in zh_lang else zh
    en = {"小米": "Xiaomi", "华为": "Huawei", "雷军": "Lei Jun"}[zh]
    result, entries = _import(
        tmp_path,
        f'<termEntry id="t9"><langSet xml:lang="{zh_lang}"><tig><term>{term}</term></tig></langSet>'
        f'<langSet xml:lang="{en_lang}"><tig><term>{en}</term></tig></langSet></termEntry>\n',
    )
    assert (entries[en]["zh"], entries[en]["zh_hant"], entries[en].get("draft", False)) == (zh, zh_hant, False)
    assert "other languages" not in result.stderr


def test_subsets_and_an_external_cross_reference_are_kept_in_the_note(tmp_path: Path) -> None:
    _, entries = _import(
        tmp_path,
        '<termEntry id="x1"><xref target="https://www.mi.com" type="externalCrossReference">Xiaomi site</xref>'
        '<langSet xml:lang="zh-CN"><tig><term>小米</term></tig></langSet>'
        '<langSet xml:lang="en"><tig><term>Xiaomi</term><admin type="customerSubset">Newsroom</admin>'
        '<admin type="projectSubset">Tech desk</admin></tig></langSet></termEntry>\n',
    )
    note = entries["Xiaomi"]["note"]
    assert "Xiaomi: customerSubset: Newsroom" in note
    assert "Xiaomi: projectSubset: Tech desk" in note
    assert "externalCrossReference: Xiaomi site (https://www.mi.com)" in note


def test_fields_zhgloss_does_not_keep_are_counted_in_one_note(tmp_path: Path) -> None:
    # TBX-Basic's elementWorkingStatus (admin) and a geographicalUsage termNote: counted, once, at the first
    # termEntry holding one; the coded partOfSpeech every Microsoft term has is left out on purpose, not counted.
    result, entries = _import(
        tmp_path,
        '<termEntry id="a"><langSet xml:lang="zh-CN"><tig><term>雷军</term>'
        '<admin type="elementWorkingStatus">starterElement</admin></tig></langSet>'
        '<langSet xml:lang="en"><tig><term>Lei Jun</term><termNote type="partOfSpeech">noun</termNote>'
        '<termNote type="geographicalUsage">en-US</termNote></tig></langSet></termEntry>\n'
        '<termEntry id="b"><langSet xml:lang="zh-CN"><tig><term>小米</term>'
        '<admin type="elementWorkingStatus">importedElement</admin></tig></langSet>'
        '<langSet xml:lang="en"><tig><term>Xiaomi</term></tig></langSet></termEntry>\n',
    )
    assert set(entries) == {"Lei Jun", "Xiaomi"}
    notes = [line for line in result.stderr.splitlines() if "passed over" in line]
    assert notes == [
        f"note: {tmp_path / 't.tbx'}, line 3: passed over the fields zhgloss does not keep, 'elementWorkingStatus' "
        "(2 termEntries), 'geographicalUsage' (1 termEntry)"
    ]
