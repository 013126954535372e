"""Importing a team's file over a curated glossary: a file says only the fields it has (session 30, U30-2).

A row whose said fields agree with the stored entry is identical (skipped), whatever the stored entry has besides
(type, pinyin, traditional form, aliases, roles, sources, note); a real difference is a conflict naming the field;
`--on-conflict replace` changes the said fields alone. Each file has the shape a real tool writes (Weblate's CSV,
OmegaT's glossary.txt, memoQ's CSV, the Microsoft Terminology Collection's TBX, CC-CEDICT's lines), imported with the
installed `zhgloss` into a copy of the bundled glossary, whose entries (马化腾, 李彦宏, 刘强东 ...) were curated by hand
with roles and sources.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import SHARED

ZHGLOSS = str(Path(sys.executable).with_name("zhgloss"))
CEDICT = SHARED / "data" / "cedict_ts.u8.gz"


def _zhgloss(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([ZHGLOSS, "--db", str(db), *args], capture_output=True, text=True, check=False)


def _entry(db: Path, entry_id: str) -> dict[str, Any]:
    tables = json.loads(db.read_text(encoding="utf-8"))
    return next(doc for table in tables.values() for doc in table.values() if doc.get("id") == entry_id)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_two_columns_that_agree_are_identical_however_rich_the_stored_entries(
    glossary_path: Path, tmp_path: Path
) -> None:
    # The tester's file (雷军,Lei Jun) and two more of the bundled people: each row says what the stored entry
    # says; the stored person type, pinyin, traditional form, roles, sources and note are no part of the row.
    before = glossary_path.read_bytes()
    rows = _write(tmp_path / "team.csv", "zh,en\n雷军,Lei Jun\n马化腾,Pony Ma\n李彦宏,Robin Li\n")
    result = _zhgloss(glossary_path, "import", str(rows))
    assert result.returncode == 0, result.stderr
    assert "0 added, 0 updated, 3 skipped (already there, identical), 0 conflicting" in result.stderr
    assert glossary_path.read_bytes() == before


def test_weblate_english_source_names_the_field_that_differs(glossary_path: Path, tmp_path: Path) -> None:
    # Weblate's glossary CSV of an English project: source English, target Chinese. 马云 agrees; 丁磊's row
    # gives "Ding Lei", which the glossary keeps as an alias of its preferred "William Ding".
    weblate = _write(
        tmp_path / "weblate.csv",
        "location,source,target,id,fuzzy,context,translator_comments,developer_comments\n"
        ",Jack Ma,马云,,False,,,\n"
        ",Ding Lei,丁磊,,False,,,\n",
    )
    refused = _zhgloss(glossary_path, "import", str(weblate))
    assert refused.returncode == 1
    line = "conflict: 'ding-lei' has the Chinese of the stored entry 'william-ding' and differs from it: "
    assert line + "en: 'Ding Lei' (stored 'William Ding')\n" in refused.stderr
    dry = _zhgloss(glossary_path, "import", str(weblate), "--dry-run", "--json")
    report = json.loads(dry.stdout)
    assert (report["skipped"], report["conflicts"]) == (["jack-ma"], ["william-ding"])
    assert report["conflict_fields"] == [[{"field": "en", "value": "Ding Lei", "stored": "William Ding"}]]
    assert line + "en: 'Ding Lei' (stored 'William Ding'); the stored one would stop the import" in dry.stderr


def test_omegat_replace_changes_the_english_alone(glossary_path: Path, tmp_path: Path) -> None:
    # OmegaT's glossary.txt: source, target, comment. Replace writes the file's English and nothing else: the
    # stored English stays an alias, the file is added to the sources, and the rest is the curated entry's.
    before, pony = _entry(glossary_path, "liu-qiangdong"), _entry(glossary_path, "pony-ma")
    omegat = _write(tmp_path / "glossary.txt", "刘强东\tRichard Liu\t\n马化腾\tPony Ma\t\n")
    result = _zhgloss(glossary_path, "import", str(omegat), "--on-conflict", "replace")
    assert result.returncode == 0, result.stderr
    assert "updated 'liu-qiangdong': en: 'Richard Liu' (stored 'Liu Qiangdong')\n" in result.stderr
    assert "0 added, 1 updated, 1 skipped (already there, identical), 0 conflicting" in result.stderr
    after = _entry(glossary_path, "liu-qiangdong")
    assert after["en"] == "Richard Liu"
    assert "Liu Qiangdong" in after["aliases"]
    assert after["sources"] == [*before["sources"], "glossary.txt"]
    for field in ("type", "zh", "zh_hant", "pinyin", "roles", "note"):
        assert after[field] == before[field], field
    assert _entry(glossary_path, "pony-ma") == pony


def test_memoq_definition_column_says_the_note(glossary_path: Path, tmp_path: Path) -> None:
    # memoQ's CSV export: a term and a definition column per language. Empty definitions say nothing (腾讯, 马化腾
    # agree); 网易's English definition is a note other than the stored one.
    memoq = _write(
        tmp_path / "memoq.csv",
        '"zh-CN","en-US","zh-CN_Def","en-US_Def"\n'
        '"腾讯","Tencent","",""\n'
        '"马化腾","Pony Ma","",""\n'
        '"网易","NetEase","","Chinese internet company, Hangzhou"\n',
    )
    stored_note = _entry(glossary_path, "netease")["note"]
    result = _zhgloss(glossary_path, "import", str(memoq), "--on-conflict", "skip", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["skipped"], report["conflicts"]) == (["tencent", "pony-ma"], ["netease"])
    assert [d["field"] for d in report["conflict_fields"][0]] == ["note"]
    assert report["conflict_fields"][0][0]["stored"] == stored_note
    replaced = _zhgloss(glossary_path, "import", str(memoq), "--on-conflict", "replace")
    assert replaced.returncode == 0, replaced.stderr
    netease = _entry(glossary_path, "netease")
    # The file's note after the stored one: replace never drops a stored note (session 33, user U32-21; was the
    # file's note alone).
    assert netease["note"].startswith(stored_note.rstrip())
    assert netease["note"].endswith("Chinese internet company, Hangzhou")
    assert (netease["type"], netease["pinyin"], netease["aliases"]) == ("org", "Wǎngyì", ["NetEase Inc.", "Wangyi"])


def test_microsoft_terminology_tbx_traditional_terms_agree(glossary_path: Path, tmp_path: Path) -> None:
    # The Microsoft Terminology Collection's shape: ntig/termGrp, en-US and zh-tw langSets, partOfSpeech. 馬化騰 and
    # 百度 agree with the stored 马化腾 and 百度 (their simplified forms, 馬化騰 the stored traditional one); the
    # glossary's type and pinyin are no part of the termEntry. "Robin Lee" for 李彥宏 is a real difference.
    tbx = _write(
        tmp_path / "ms.tbx",
        '<?xml version="1.0" encoding="utf-8"?>\n<martif type="TBX" xml:lang="en-US">\n'
        "<martifHeader><fileDesc><sourceDesc><p>Microsoft Terminology Collection</p></sourceDesc></fileDesc>"
        "</martifHeader><text><body>\n"
        + "".join(
            f'<termEntry id="{n}"><langSet xml:lang="en-US"><ntig><termGrp><term>{en}</term>'
            '<termNote type="partOfSpeech">Noun</termNote></termGrp></ntig></langSet>'
            f'<langSet xml:lang="zh-tw"><ntig><termGrp><term>{hant}</term>'
            '<termNote type="partOfSpeech">Noun</termNote></termGrp></ntig></langSet></termEntry>\n'
            for n, en, hant in ((1, "Pony Ma", "馬化騰"), (2, "Baidu", "百度"), (3, "Robin Lee", "李彥宏"))
        )
        + "</body></text></martif>\n",
    )
    result = _zhgloss(glossary_path, "import", str(tbx), "--dry-run", "--json")
    report = json.loads(result.stdout)
    assert (report["skipped"], report["conflicts"]) == (["pony-ma", "baidu"], ["robin-li"])
    assert report["conflict_fields"] == [[{"field": "en", "value": "Robin Lee", "stored": "Robin Li"}]]


def test_the_tester_tbx_and_omegat_pair_agree(glossary_path: Path, tmp_path: Path) -> None:
    # The tester's partner.tbx (one termEntry 雷军 / Lei Jun, id t1) and partner.utf8 (雷军<TAB>Lei Jun<TAB>).
    tbx = _write(
        tmp_path / "partner.tbx",
        '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic" xml:lang="en"><text><body>\n'
        '<termEntry id="t1"><langSet xml:lang="zh-CN"><tig><term>雷军</term></tig></langSet>'
        '<langSet xml:lang="en"><tig><term>Lei Jun</term></tig></langSet></termEntry>\n</body></text></martif>\n',
    )
    omegat = _write(tmp_path / "partner.utf8", "雷军\tLei Jun\t\n")
    for path in (tbx, omegat):
        result = _zhgloss(glossary_path, "import", str(path))
        assert result.returncode == 0, result.stderr
        assert "0 added, 0 updated, 1 skipped (already there, identical), 0 conflicting" in result.stderr


@pytest.mark.skipif(not CEDICT.exists(), reason="CC-CEDICT is not in the shared data")
def test_cedict_replace_keeps_what_cedict_never_says(glossary_path: Path, tmp_path: Path) -> None:
    # CC-CEDICT's lines say a name's Chinese, reading, English and description, never roles: replacing the
    # curated 李彦宏 and 丁磊 with them keeps their roles and sources (CC-CEDICT's own source added).
    wanted = ("李彥宏 李彦宏 [Li3 Yan4 hong2] ", "丁磊 丁磊 [Ding1 Lei3] ")
    with gzip.open(CEDICT, "rt", encoding="utf-8") as lines:
        found = [line for line in lines if line.startswith(wanted)]
    assert len(found) == 2
    cedict = _write(tmp_path / "names.u8", "".join(found))
    before = {i: _entry(glossary_path, i) for i in ("robin-li", "william-ding")}
    curated = before["robin-li"]["note"]
    result = _zhgloss(glossary_path, "import", str(cedict), "--proper-only", "--on-conflict", "replace")
    assert result.returncode == 0, result.stderr
    for entry_id, old in before.items():
        new = _entry(glossary_path, entry_id)
        assert new["roles"] == old["roles"] and old["roles"], entry_id
        assert new["sources"][: len(old["sources"])] == old["sources"]
        assert any(s.startswith("CC-CEDICT") for s in new["sources"])
        assert (new["type"], new["pinyin"]) == ("person", old["pinyin"])
    # The description is what the line says of Robin Li, after the curated note (session 33, user U32-21: replace
    # never drops a stored note; was the line's alone); the English it names is the stored one.
    robin = _entry(glossary_path, "robin-li")
    assert robin["en"] == "Robin Li"
    assert robin["note"].startswith(curated.rstrip())
    assert "Robin Li (1968-), founder and CEO of Baidu" in robin["note"][len(curated) :]


def test_a_list_of_forms_is_added_to_never_put_in_place_of_the_stored_one(glossary_path: Path, tmp_path: Path) -> None:
    # An aliases column lists the forms the team knows: 马云's "Ma Yun" and 丁磊's "Ding Lei" are stored aliases
    # (identical); 李彦宏's "Li Yen-hung" (the Wade-Giles spelling) is new, and replace adds it to the stored two.
    table = _write(
        tmp_path / "aliases.csv",
        "zh,en,aliases\n马云,Jack Ma,Ma Yun\n丁磊,William Ding,Ding Lei\n李彦宏,Robin Li,Li Yen-hung\n",
    )
    stored = _entry(glossary_path, "robin-li")["aliases"]
    dry = _zhgloss(glossary_path, "import", str(table), "--dry-run", "--json")
    report = json.loads(dry.stdout)
    assert (report["skipped"], report["conflicts"]) == (["jack-ma", "william-ding"], ["robin-li"])
    assert report["conflict_fields"] == [
        [{"field": "aliases", "value": ["Li Yen-hung"], "stored": stored, "added": True}]
    ]
    assert f"aliases: + ['Li Yen-hung'] (stored {stored!r})" in dry.stderr
    result = _zhgloss(glossary_path, "import", str(table), "--on-conflict", "replace")
    assert result.returncode == 0, result.stderr
    assert _entry(glossary_path, "robin-li")["aliases"] == [*stored, "Li Yen-hung"]


@pytest.mark.skipif(not CEDICT.exists(), reason="CC-CEDICT is not in the shared data")
def test_cedict_fallback_type_says_nothing(glossary_path: Path, tmp_path: Path) -> None:
    # CC-CEDICT's /NetEase/, /Joyo.com/ and /Weixin or WeChat (mobile text ... developed by Tencent)/ say no kind of
    # thing: the import types them 'name', its fallback, which is no said type (the stored entries are org, org and
    # product). NetEase and Joyo.com agree; WeChat's line gives en 'Weixin' and 'WeChat' (the stored en) as its
    # alias: the English differs, the alias does not, and replace keeps the type product.
    wanted = ("網易 网易 [Wang3 yi4] ", "卓越網 卓越网 [Zhuo2 yue4 Wang3] ", "微信 微信 [Wei1 xin4] ")
    with gzip.open(CEDICT, "rt", encoding="utf-8") as lines:
        found = [line for line in lines if line.startswith(wanted)]
    assert len(found) == 3
    cedict = _write(tmp_path / "companies.u8", "".join(found))
    dry = _zhgloss(glossary_path, "import", str(cedict), "--dry-run", "--json")
    report = json.loads(dry.stdout)
    assert (sorted(report["skipped"]), report["conflicts"]) == (["joyo-com", "netease"], ["wechat"])
    assert [d["field"] for d in report["conflict_fields"][0]] == ["en", "note"]
    result = _zhgloss(glossary_path, "import", str(cedict), "--on-conflict", "replace")
    assert result.returncode == 0, result.stderr
    wechat = _entry(glossary_path, "wechat")
    assert (wechat["type"], wechat["en"], wechat["aliases"]) == ("product", "Weixin", ["WeChat"])


def test_replacing_the_chinese_keeps_the_old_forms_and_clears_what_wrote_them(
    glossary_path: Path, tmp_path: Path
) -> None:
    # Three companies named by their company's longer Chinese, in a sheet that keeps the glossary's ids (without
    # them each is a new entry: test_import_matching_s30): the stored Chinese stays a Chinese alias, and the stored
    # pinyin and traditional form, which write the old Chinese, are cleared rather than left wrong ('Téngxùn' for
    # 腾讯控股). The tester's exist_en.csv row, 小米科技,Xiaomi, names a Chinese alias the stored 小米 has: identical.
    table = _write(
        tmp_path / "groups.csv",
        "id,zh,en\ntencent,腾讯控股,Tencent\nbaidu,百度公司,Baidu\nnetease,网易公司,NetEase\nxiaomi,小米科技,Xiaomi\n",
    )
    before = {i: _entry(glossary_path, i) for i in ("tencent", "baidu", "netease")}
    refused = _zhgloss(glossary_path, "import", str(table))
    assert refused.returncode == 1
    assert "conflict: 'tencent' differs from the stored entry: zh: '腾讯控股' (stored '腾讯')\n" in refused.stderr
    assert "0 added, 0 updated, 1 skipped (already there, identical), 3 conflicting" in refused.stderr
    result = _zhgloss(glossary_path, "import", str(table), "--on-conflict", "replace")
    assert result.returncode == 0, result.stderr
    assert "updated 'tencent': zh: '腾讯控股' (stored '腾讯'); zh_hant: None (stored '騰訊'); pinyin: None" in (
        result.stderr
    )
    for entry_id, zh in (("tencent", "腾讯控股"), ("baidu", "百度公司"), ("netease", "网易公司")):
        old, new = before[entry_id], _entry(glossary_path, entry_id)
        assert new["zh"] == zh
        assert old["zh"] in new["zh_aliases"]
        assert (new["pinyin"], new["zh_hant"]) == (None, None)
        for field in ("type", "en", "roles", "note"):
            assert new[field] == old[field], (entry_id, field)
    validate = _zhgloss(glossary_path, "validate")
    assert "syllables for the 4 characters" not in validate.stdout + validate.stderr


def test_zhgloss_own_export_edited_says_every_field(glossary_path: Path, tmp_path: Path) -> None:
    # The tester's ex_edit.csv: zhgloss's own CSV export with lei-jun's aliases cell emptied. Its own layout says every
    # field, and an empty cell says nothing (README; user U36-6, session 36: merging another desk's export erased the
    # stored Chinese aliases): the stored aliases are kept, and the row is identical. `edit --remove-alias` drops one.
    # (Before session 37 replace emptied the list, 5f5a83dc.)
    export = tmp_path / "ex.csv"
    assert _zhgloss(glossary_path, "export", "-o", str(export)).returncode == 0
    text = export.read_text(encoding="utf-8-sig").replace(",LEI Jun,", ",,", 1)
    edited = _write(tmp_path / "ex_edit.csv", text)
    result = _zhgloss(glossary_path, "import", str(edited), "--on-conflict", "replace")
    assert result.returncode == 0, result.stderr
    assert "updated 'lei-jun'" not in result.stderr
    assert "0 updated" in result.stderr
    assert _entry(glossary_path, "lei-jun")["aliases"] == ["LEI Jun"]
