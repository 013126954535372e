"""TBX concepts zhgloss used to refuse or drop in silence (session 30, U30-4).

- A concept with Chinese and no accepted English (not yet translated, or its only English banned) is a draft whose
  English is its pinyin, as a concept with English alone is a draft without Chinese; one term among thousands no
  longer refuses the termbase. The CLI says so on stderr with the termEntry's line.
- A concept with neither (a `de` or `ja` term alone) is passed over with a note; the langSets of other languages are
  named in one note, with the line of the first.
- A `zh-Latn` term that reads as the Chinese's pinyin is the entry's pinyin; one that does not is passed over, said.
- A UTF-16 TBX without a byte order mark is read by its first characters, as XML detects it (XML 1.0, appendix F).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ZHGLOSS = str(Path(sys.executable).with_name("zhgloss"))
HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic" xml:lang="en"><text><body>\n'
TAIL = "</body></text></martif>\n"


def _import(db: Path, path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [ZHGLOSS, "--db", str(db), "import", str(path), *args], capture_output=True, text=True, check=False
    )


def _entries(db: Path) -> dict[str, dict[str, Any]]:
    # By Chinese: another tool's termEntry ids (t1, 1, 2) are no entry ids (U30-23, test_tbx_concept_ids_s30.py).
    tables = json.loads(db.read_text(encoding="utf-8"))
    return {doc["zh"]: doc for table in tables.values() for doc in table.values()}


def _tig(lang: str, *terms: str) -> str:
    return f'<langSet xml:lang="{lang}">' + "".join(f"<tig><term>{t}</term></tig>" for t in terms) + "</langSet>"


def test_chinese_without_english_is_a_draft_not_a_refusal(tmp_path: Path) -> None:
    # The tester's enonly3.tbx: t1 雷军 / Lei Jun, then t4 a zh-CN 金山 beside a German "Kingsoft" only.
    tbx = tmp_path / "enonly3.tbx"
    tbx.write_text(
        HEAD
        + f'<termEntry id="t1">{_tig("zh-CN", "雷军")}{_tig("en", "Lei Jun")}</termEntry>\n'
        + f'<termEntry id="t4">{_tig("de", "Kingsoft")}{_tig("zh-CN", "金山")}</termEntry>\n'
        + TAIL,
        encoding="utf-8",
    )
    db = tmp_path / "g.json"
    result = _import(db, tbx)
    assert result.returncode == 0, result.stderr
    assert (
        "note: enonly3.tbx, line 4: termEntry 't4' has no accepted English term: imported as a draft whose English "
        "'Jinshan' is its pinyin, a proposal to check\n"
    ) in result.stderr.replace(str(tmp_path) + "/", "")
    entries = _entries(db)
    assert (entries["雷军"]["en"], entries["雷军"].get("draft", False)) == ("Lei Jun", False)
    assert (entries["金山"]["zh"], entries["金山"]["en"], entries["金山"]["draft"]) == ("金山", "Jinshan", True)


def test_only_banned_english_stays_banned_on_the_draft(tmp_path: Path) -> None:
    # The tester's enonly.tbx's t3: 金山云 whose only English, "Kingsoft Cloud", is deprecatedTerm-admn-sts; and a
    # Microsoft-style zh-tw concept not yet translated (騰訊雲), between two translated ones.
    tbx = tmp_path / "cloud.tbx"
    tbx.write_text(
        HEAD + '<termEntry id="t3"><langSet xml:lang="zh-CN"><tig><term>金山云</term></tig></langSet>'
        '<langSet xml:lang="en"><tig><term>Kingsoft Cloud</term>'
        '<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet></termEntry>\n'
        + f'<termEntry id="m1">{_tig("en-US", "Tencent")}{_tig("zh-tw", "騰訊")}</termEntry>\n'
        + f'<termEntry id="m2">{_tig("zh-tw", "騰訊雲")}</termEntry>\n'
        + f'<termEntry id="m3">{_tig("en-US", "Baidu")}{_tig("zh-tw", "百度")}</termEntry>\n'
        + TAIL,
        encoding="utf-8",
    )
    db = tmp_path / "g.json"
    result = _import(db, tbx)
    assert result.returncode == 0, result.stderr
    entries = _entries(db)
    cloud = entries["金山云"]
    assert cloud["draft"] is True
    assert cloud["forbidden"] == [{"form": "Kingsoft Cloud", "status": "deprecated"}]
    assert cloud["en"] != "Kingsoft Cloud" and "Kingsoft Cloud" not in cloud["aliases"]
    tencent_cloud = entries["腾讯云"]
    assert (tencent_cloud["zh"], tencent_cloud["zh_hant"], tencent_cloud["draft"]) == ("腾讯云", "騰訊雲", True)
    assert (entries["腾讯"]["en"], entries["百度"]["en"]) == ("Tencent", "Baidu")
    assert "line 5: termEntry 'm2' has no accepted English term" in result.stderr


def test_other_languages_are_named_once_and_a_concept_of_none_is_passed_over(tmp_path: Path) -> None:
    # A multilingual termbase (IATE's shape: many languages per concept): ja and de langSets beside zh and en, and
    # one concept in German and Japanese alone.
    tbx = tmp_path / "multi.tbx"
    tbx.write_text(
        HEAD + f'<termEntry id="c1">{_tig("en", "Tencent")}{_tig("zh", "腾讯")}{_tig("ja", "テンセント")}'
        f"{_tig('de', 'Tencent')}</termEntry>\n"
        + f'<termEntry id="c2">{_tig("de", "Rechenzentrum")}{_tig("ja", "データセンター")}</termEntry>\n'
        + f'<termEntry id="c3">{_tig("en", "Baidu")}{_tig("zh", "百度")}{_tig("ja", "バイドゥ")}</termEntry>\n'
        + TAIL,
        encoding="utf-8",
    )
    db = tmp_path / "g.json"
    result = _import(db, tbx)
    assert result.returncode == 0, result.stderr
    # Besides the note that the pinyin of the two concepts was filled in (U32-3: the file gives none).
    notes = [line for line in result.stderr.splitlines() if line.startswith("note:") and "gives no pinyin" not in line]
    assert notes == [
        f"note: {tbx}, line 3: passed over the langSets of other languages, 'ja' (3 termEntries), "
        "'de' (2 termEntries): zhgloss keeps Chinese and English",
        f"note: {tbx}, line 4: termEntry 'c2' has no Chinese or English term: passed over",
    ]
    assert sorted(_entries(db)) == ["百度", "腾讯"]


def test_zh_latn_is_the_pinyin_when_it_reads_as_the_chinese(tmp_path: Path) -> None:
    # The tester's odd2.tbx's a6 (孫中山, zh-Latn "Sūn Zhōngshān"), 李嘉誠 with "Lǐ Jiāchéng", and 马化腾 whose zh-Latn
    # term is his English name: no pinyin of 马化腾, passed over with a note; his pinyin is then filled in as add fills
    # it (U32-3; was left empty): "Pony Ma" has the surname's pinyin as a word, so the person's reading, Mǎ Huàténg.
    tbx = tmp_path / "latn.tbx"
    tbx.write_text(
        HEAD + f'<termEntry id="a6">{_tig("en", "Sun Yat-sen")}{_tig("zh-Hant-TW", "孫中山")}'
        f"{_tig('zh-Latn', 'Sūn Zhōngshān')}</termEntry>\n"
        + f'<termEntry id="a5">{_tig("en", "Li Ka-shing")}{_tig("zh-HK", "李嘉誠")}'
        f"{_tig('zh-Latn-pinyin', 'Lǐ Jiāchéng')}</termEntry>\n"
        + f'<termEntry id="a7">{_tig("en", "Pony Ma")}{_tig("zh-CN", "马化腾")}{_tig("zh-Latn", "Pony Ma")}'
        "</termEntry>\n" + TAIL,
        encoding="utf-8",
    )
    db = tmp_path / "g.json"
    result = _import(db, tbx)
    assert result.returncode == 0, result.stderr
    entries = _entries(db)
    assert (entries["孙中山"]["zh"], entries["孙中山"]["pinyin"]) == ("孙中山", "Sūn Zhōngshān")
    assert (entries["李嘉诚"]["zh"], entries["李嘉诚"]["pinyin"]) == ("李嘉诚", "Lǐ Jiāchéng")
    assert entries["马化腾"]["pinyin"] == "Mǎ Huàténg"
    assert f"note: {tbx}, line 5: termEntry 'a7': the zh-Latn term 'Pony Ma' does not read as the pinyin" in (
        result.stderr
    )
    assert "other languages" not in result.stderr


def test_utf16_without_a_byte_order_mark_is_read_as_xml_detects_it(tmp_path: Path) -> None:
    # The tester's ms_utf16be.tbx: the Microsoft Terminology Collection's shape, UTF-16BE, no BOM, declared.
    body = (
        f'<termEntry id="1">{_tig("en-US", "Terry Gou")}{_tig("zh-tw", "郭台銘")}</termEntry>\n'
        f'<termEntry id="2">{_tig("en-US", "Foxconn")}{_tig("zh-tw", "富士康")}</termEntry>\n'
    )
    for encoding in ("UTF-16BE", "UTF-16LE"):
        tbx = tmp_path / f"ms-{encoding}.tbx"
        text = f'<?xml version="1.0" encoding="{encoding}"?>\n<martif type="TBX" xml:lang="en-US"><text><body>\n'
        tbx.write_bytes((text + body + TAIL[TAIL.index("</body>") :]).encode(encoding.lower().replace("utf", "utf-")))
        db = tmp_path / f"{encoding}.json"
        result = _import(db, tbx)
        assert result.returncode == 0, result.stderr
        entries = _entries(db)
        assert (entries["郭台铭"]["zh"], entries["郭台铭"]["zh_hant"]) == ("郭台铭", "郭台銘")
        assert entries["富士康"]["zh"] == "富士康"
