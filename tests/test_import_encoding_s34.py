"""A term sheet saved by Excel on Chinese Windows: GBK (mainland), Big5 (Taiwan) or Big5-HKSCS (Hong Kong).

User finding U33-3: a Big5 sheet was read as GB18030 whenever its bytes decoded so, and the rule ("GB18030 if the
text stays inside GB2312") let short Big5 text through as other characters: 韓國瑜 was stored as 龙瓣缝, 黃仁勳
as 独く颈, exit 0; a Big5-HKSCS sheet (何俊堃) was refused as "cells the other way round"; and import had no
--encoding. The other way round, a GBK sheet with a character outside GB2312 (镕 of 朱镕基) was read as Big5.
Each file here is written as Excel writes it (Python's codecs, CRLF lines) from real names: the names and their
English as CC-CEDICT's lines give them, and Hong Kong's and Taiwan's officials and companies.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.formats import chinese_legacy_encoding, decode_input
from zhgloss.formats.legacy import AmbiguousEncodingError
from zhgloss.store import Glossary

# (traditional, simplified, English): CC-CEDICT's lines 韓國瑜 韩国瑜 [Han2 Guo2 yu2] /Daniel Han Kuo-yu
# (1957-), .../; 馬英九 马英九 /Ma Ying-jeou (1950-).../; 柯文哲 /Ko Wen-je (1959-).../; 郭台銘 郭台铭
# /Guo "Terry" Taiming (1950-).../; 鴻海 鸿海 /Hon Hai Precision Industry Company, Taiwan technology company,
# aka Foxconn/; 李嘉誠 李嘉诚 /Sir Li Ka-shing/; 黃仁勳 (Nvidia's Jensen Huang, Taiwan-born) and 蕭美琴
# (Hsiao Bi-khim, vice president of Taiwan) by their own spelling.
TAIWAN = [
    ("韓國瑜", "韩国瑜", "Han Kuo-yu"),
    ("黃仁勳", "黄仁勋", "Jensen Huang"),
    ("馬英九", "马英九", "Ma Ying-jeou"),
    ("柯文哲", "柯文哲", "Ko Wen-je"),
    ("郭台銘", "郭台铭", "Terry Gou"),
    ("蕭美琴", "萧美琴", "Hsiao Bi-khim"),
    ("鴻海", "鸿海", "Hon Hai"),
    ("李嘉誠", "李嘉诚", "Li Ka-shing"),
]
# Hong Kong's Chief Executive 李家超 (John Lee), Financial Secretary 陳茂波 (Paul Chan); 石硤尾邨 (Shek Kip Mei
# Estate) and 何俊堃 (Ho Chun-kwan): 邨 and 堃 are in Big5-HKSCS only.
HONG_KONG = [
    ("李家超", "李家超", "John Lee"),
    ("陳茂波", "陈茂波", "Paul Chan"),
    ("何俊堃", "何俊堃", "Ho Chun-kwan"),
    ("石硤尾邨", "石硖尾邨", "Shek Kip Mei Estate"),
]
# Mainland names in GBK, three with a character outside GB2312: 朱镕基 (CC-CEDICT: /Zhu Rongji (1928-), PRC
# politician/), 陶喆 (/David Tao (1969-), Taiwanese singer-songwriter/), 王丹 is inside it.
MAINLAND = [
    ("朱镕基", "Zhu Rongji"),
    ("陶喆", "David Tao"),
    ("习近平", "Xi Jinping"),
    ("王毅", "Wang Yi"),
]


def _sheet(rows: list[tuple[str, str]], header: str = "zh,en") -> str:
    return header + "\r\n" + "".join(f"{zh},{en}\r\n" for zh, en in rows)


def _import(runner: CliRunner, path: Path, db: Path, *extra: str) -> tuple[int, str]:
    result = runner.invoke(app, ["import", str(path), "--db", str(db), *extra])
    return result.exit_code, result.stderr


def test_big5_sheet_of_taiwan_names_is_read_as_big5(runner: CliRunner, tmp_path: Path) -> None:
    sheet = tmp_path / "taiwan.csv"
    sheet.write_bytes(_sheet([(t, en) for t, _s, en in TAIWAN], "中文,英文").encode("big5"))
    code, stderr = _import(runner, sheet, tmp_path / "g.json")
    assert code == 0, stderr
    assert stderr.startswith(f"note: {sheet} is not UTF-8; read it as big5\n")
    with Glossary.open(tmp_path / "g.json") as gloss:
        stored = {entry.zh: entry.zh_hant for entry in gloss.iter_entries()}
    assert stored == {s: (t if t != s else None) for t, s, _en in TAIWAN}


@pytest.mark.parametrize(("traditional", "simplified", "en"), TAIWAN)
def test_one_row_big5_sheet_is_right_or_refused(
    runner: CliRunner, tmp_path: Path, traditional: str, simplified: str, en: str
) -> None:
    """A single short cell may read as Chinese both ways: then it is refused with both readings, never guessed wrong.

    韓國瑜 and 黃仁勳 are the finding's: both read as Big5 now (龙瓣缝 and 独く颈 are no one's names)."""
    sheet = tmp_path / "one.csv"
    sheet.write_bytes(_sheet([(traditional, en)]).encode("big5"))
    code, stderr = _import(runner, sheet, tmp_path / "g.json")
    if code == 3:
        assert f"line 2: is not UTF-8, and its Chinese reads as Big5 ({traditional!r})" in stderr, stderr
        assert "(pass --encoding big5 or --encoding gb18030)" in stderr or "--encoding big5" in stderr
        assert not (tmp_path / "g.json").exists()
        return
    assert code == 0, stderr
    with Glossary.open(tmp_path / "g.json") as gloss:
        assert [entry.zh for entry in gloss.iter_entries()] == [simplified]


@pytest.mark.parametrize("name", ["韓國瑜", "黃仁勳"])
def test_the_findings_names_are_read_as_big5(name: str) -> None:
    raw = _sheet([(name, "x")]).encode("big5")
    assert decode_input(raw, "one.csv") == (_sheet([(name, "x")]), "big5")


def test_big5_hkscs_sheet_of_hong_kong_names(runner: CliRunner, tmp_path: Path) -> None:
    sheet = tmp_path / "hk.csv"
    sheet.write_bytes(_sheet([(t, en) for t, _s, en in HONG_KONG], "中文,英文").encode("big5hkscs"))
    code, stderr = _import(runner, sheet, tmp_path / "g.json")
    assert code == 0, stderr
    assert stderr.startswith(f"note: {sheet} is not UTF-8; read it as big5hkscs\n")
    with Glossary.open(tmp_path / "g.json") as gloss:
        assert {entry.zh for entry in gloss.iter_entries()} == {s for _t, s, _en in HONG_KONG}


def test_gbk_sheet_with_characters_outside_gb2312_is_read_as_gbk(runner: CliRunner, tmp_path: Path) -> None:
    sheet = tmp_path / "mainland.csv"
    sheet.write_bytes(_sheet(MAINLAND).encode("gbk"))
    code, stderr = _import(runner, sheet, tmp_path / "g.json")
    assert code == 0, stderr
    assert stderr.startswith(f"note: {sheet} is not UTF-8; read it as gb18030\n")
    with Glossary.open(tmp_path / "g.json") as gloss:
        assert {entry.zh for entry in gloss.iter_entries()} == {zh for zh, _en in MAINLAND}


@pytest.mark.parametrize(("zh", "en"), MAINLAND[:2])
def test_one_row_gbk_sheet_outside_gb2312(zh: str, en: str) -> None:
    text = _sheet([(zh, en)])
    assert decode_input(text.encode("gbk"), "one.csv") == (text, "gb18030")


def test_a_cell_that_reads_both_ways_is_refused_and_encoding_decides(runner: CliRunner, tmp_path: Path) -> None:
    """曹植 (CC-CEDICT: /Cao Zhi (192-232), son of Cao Cao/) in Big5 is 变从 in GB18030: two short words, both
    Chinese; nothing tells which without the user when the English spells neither in pinyin (Wade-Giles' "Ts'ao
    Chih"; with "Cao Zhi" the line tells, s35: tests/test_import_two_byte_encodings_s35.py)."""
    sheet = tmp_path / "poets.csv"
    sheet.write_bytes(_sheet([("曹植", "Ts'ao Chih")]).encode("big5"))
    code, stderr = _import(runner, sheet, tmp_path / "g.json")
    assert code == 3, stderr
    assert stderr == (
        f"Error: {str(sheet)!r}, line 2: is not UTF-8, and its Chinese reads as Big5 ('曹植') or as GB18030 ('变从') "
        "alike; say which it is, or save it as UTF-8 (pass --encoding big5 or --encoding gb18030; a file of another "
        "language: cp932 for Japanese Windows, euc-kr for Korean)\n"
    )
    assert not (tmp_path / "g.json").exists()
    code, stderr = _import(runner, sheet, tmp_path / "g.json", "--encoding", "big5")
    assert code == 0, stderr
    assert "not UTF-8" not in stderr  # said, not guessed
    with Glossary.open(tmp_path / "g.json") as gloss:
        assert [entry.zh for entry in gloss.iter_entries()] == ["曹植"]


def test_encoding_option_reads_as_told_and_names_a_byte_that_does_not_fit(runner: CliRunner, tmp_path: Path) -> None:
    sheet = tmp_path / "taiwan.csv"
    sheet.write_bytes(_sheet([("韓國瑜", "Han Kuo-yu")]).encode("big5"))
    code, stderr = _import(runner, sheet, tmp_path / "g.json", "-e", "utf-8")
    assert code == 3
    assert stderr == f"Error: {str(sheet)!r}, line 2: is not utf-8 (byte 7: b'\\xc1')\n"
    code, stderr = _import(runner, sheet, tmp_path / "g.json", "--encoding", "klingon")
    assert (code, stderr) == (2, "Error: unknown text encoding 'klingon'\n")
    code, stderr = _import(runner, sheet, tmp_path / "g.json", "--encoding", "gb18030")
    assert code == 0, stderr  # the user said so: 龙瓣缝 is what they asked for
    with Glossary.open(tmp_path / "g.json") as gloss:
        assert [entry.zh for entry in gloss.iter_entries()] == ["龙瓣缝"]


def test_annotate_auto_reads_a_big5_headline_as_big5() -> None:
    """The same guess serves annotate --encoding auto: the finding's Big5 headline with 韓國瑜 was read as GB18030."""
    assert chinese_legacy_encoding("韓國瑜\n".encode("big5"), final=False) == "big5"
    assert chinese_legacy_encoding("立法院長韓國瑜\n".encode("big5"), final=False) == "big5"
    assert chinese_legacy_encoding("朱镕基\n".encode("gbk"), final=False) == "gb18030"


def test_ambiguous_error_carries_both_readings() -> None:
    raw = _sheet([("曹植", "Ts'ao Chih")]).encode("big5")
    with pytest.raises(AmbiguousEncodingError) as caught:
        decode_input(raw, "poets.csv")
    assert [reading.encoding for reading in caught.value.readings] == ["big5", "gb18030"]
    assert caught.value.line == 2


def test_a_sheet_that_reads_as_no_chinese_is_refused_with_the_way_out(runner: CliRunner, tmp_path: Path) -> None:
    """The reviewer's R16: a Shift_JIS sheet (Japanese Windows Excel: 東京都, 大阪府, さくら銀行) decodes as GB18030
    only, and was stored as 搶嫗搒 …, exit 0. It reads as no Chinese there: refused, with --encoding cp932 named; given
    so, it imports. A EUC-KR sheet (서울, 삼성전자) reads as Chinese both ways: refused too, the other languages
    named."""
    sheet = tmp_path / "sjis.csv"
    sheet.write_bytes("zh,en\r\n東京都,Tokyo\r\n大阪府,Osaka\r\nさくら銀行,Sakura Bank\r\n".encode("shift_jis"))
    code, stderr = _import(runner, sheet, tmp_path / "g.json")
    assert code == 3
    assert stderr == (
        f"Error: {str(sheet)!r}, line 2: is not UTF-8, and reads as no Chinese in GB18030 or Big5 ('搶嫗搒' as "
        "GB18030); say its encoding, or save it as UTF-8 (pass --encoding: cp932 for Japanese Windows, euc-kr for "
        "Korean, cp1252 for Western Windows …)\n"
    )
    code, stderr = _import(runner, sheet, tmp_path / "g.json", "--encoding", "cp932")
    assert code == 0, stderr
    with Glossary.open(tmp_path / "g.json") as gloss:
        assert {entry.en: entry.zh for entry in gloss.iter_entries()}["Tokyo"] == "东京都"
    korean = tmp_path / "euckr.csv"
    korean.write_bytes("zh,en\r\n서울,Seoul\r\n삼성전자,Samsung Electronics\r\n".encode("euc-kr"))
    code, stderr = _import(runner, korean, tmp_path / "k.json")
    assert code == 3
    assert stderr.endswith("a file of another language: cp932 for Japanese Windows, euc-kr for Korean)\n")
