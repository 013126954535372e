"""A UTF-8 file with a few bytes of another encoding is refused with the line and byte, never read whole as GB18030
or Big5 (the review's R48-5).

A small UTF-8 sheet whose note "Cafés" was saved in Windows-1252 (one byte, 0xE9), or a UTF-8 sheet with one row
appended in GBK, is not UTF-8 as a whole; the importer then tried the Chinese legacy encodings, and GB18030 read
the whole file as Chinese often enough (rev: 185 of 300 one-row sheets) to store 王毅 as 鐜嬫瘏, exit 0, with only a
note. A file whose lines beyond ASCII mostly decode as UTF-8 CJK is UTF-8 with bad bytes (`_mostly_utf8`): a line of
GBK or Big5 Chinese decodes as UTF-8 only by chance (0 of ~10,000 GBK and Big5 sheets of CC-CEDICT names of 1 to 10
rows, measured when this was written). Legacy sheets are read as before.
"""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.errors import FormatError
from zhgloss.formats import decode_input

NAMES = [("王毅", "Wang Yi"), ("华为", "Huawei"), ("北京", "Beijing"), ("雷军", "Lei Jun"), ("深圳", "Shenzhen")]


def _zhgloss(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "g.json"
    assert _zhgloss("init", str(path), "--empty").returncode == 0
    assert _zhgloss("--db", str(path), "add", "王毅", "--type", "person", "--en", "Wang Yi").returncode == 0
    return path


def _sheet(tmp_path: Path, name: str, raw: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(raw)
    return path


CASES = {
    # the review's file: a note saved in Windows-1252 ("Cafés": 0xE9 0x73 is a GBK pair)
    "cp1252_note.csv": "zh,en,note\n王毅,Wang Yi,Foreign Minister\n".encode()
    + b"\xe5\x8d\x8e\xe4\xb8\xba,Huawei,Caf\xe9s\n",
    # a row appended in GBK to a UTF-8 sheet
    "gbk_row.csv": "zh,en\n王毅,Wang Yi\n深圳,Shenzhen\n".encode() + "北京,Beijing\n".encode("gb18030"),
    # a row appended in Big5 to a UTF-8 TSV
    "big5_row.tsv": "zh\ten\n王毅\tWang Yi\n".encode() + "臺北\tTaipei\n".encode("big5"),
    # an English name saved in Latin-1 among UTF-8 rows
    "latin1_en.csv": "zh,en\n雷军,Lei Jun\n".encode() + "佐伊,Zo".encode() + b"\xeb\n" + "华为,Huawei\n".encode(),
}
LINES = {"cp1252_note.csv": 3, "gbk_row.csv": 4, "big5_row.tsv": 3, "latin1_en.csv": 3}


@pytest.mark.parametrize("name", sorted(CASES))
def test_import_refuses_a_utf8_file_with_stray_bytes(db: Path, tmp_path: Path, name: str) -> None:
    sheet = _sheet(tmp_path, name, CASES[name])
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    done = _zhgloss("--db", str(db), "import", str(sheet))
    assert done.returncode == 3, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert f"line {LINES[name]}" in lines[0]
    assert "is UTF-8 but for byte" in lines[0]
    assert "gb18030" not in done.stderr.lower()
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_the_reviews_file_no_longer_stores_mojibake(db: Path, tmp_path: Path) -> None:
    sheet = _sheet(tmp_path, "stray.csv", CASES["cp1252_note.csv"])
    _zhgloss("--db", str(db), "import", str(sheet))
    found = _zhgloss("--db", str(db), "lookup", "鐜嬫瘏")
    assert found.returncode == 1, found.stdout


@pytest.mark.parametrize(
    ("encoding", "zh"), [("gb18030", "北京"), ("gb18030", "深圳"), ("big5", "臺北"), ("big5", "鴻海")]
)
def test_a_legacy_sheet_is_still_read_in_its_encoding(tmp_path: Path, encoding: str, zh: str) -> None:
    db = tmp_path / "g.json"
    assert _zhgloss("init", str(db), "--empty").returncode == 0
    rows = f"zh,en\n{zh},Name One\n王毅,Wang Yi\n" + ("雷軍,Lei Jun\n" if encoding == "big5" else "雷军,Lei Jun\n")
    sheet = _sheet(tmp_path, "legacy.csv", rows.encode(encoding))
    done = _zhgloss("--db", str(db), "import", str(sheet))
    assert done.returncode == 0, done.stderr
    assert "is not UTF-8" in done.stderr
    assert _zhgloss("--db", str(db), "lookup", "王毅").returncode == 0


def test_check_refuses_a_source_with_stray_bytes(db: Path, tmp_path: Path) -> None:
    zh = _sheet(tmp_path, "a.zh.txt", "外交部长王毅表示。\n".encode() + "北京\n".encode("gb18030"))
    en = _sheet(tmp_path, "a.en.txt", b"Foreign Minister Wang Yi said.\nBeijing\n")
    done = _zhgloss("--db", str(db), "check", str(zh), str(en))
    assert done.returncode == 3, done.stdout + done.stderr
    assert "line 2" in done.stderr and "is UTF-8 but for byte" in done.stderr


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(NAMES), min_size=1, max_size=6),
    st.integers(min_value=0x80, max_value=0xFF),
    st.integers(min_value=0, max_value=5),
)
def test_a_stray_byte_in_a_utf8_sheet_is_never_read_as_a_legacy_encoding(
    rows: list[tuple[str, str]], byte: int, at: int
) -> None:
    """Property: one byte beyond ASCII put into the English of a UTF-8 sheet of Chinese names makes the file refused
    with that line; never a GB18030 or Big5 reading."""
    lines = [f"{zh},{en}".encode() for zh, en in rows]
    k = at % len(lines)
    lines[k] = lines[k] + b" x" + bytes([byte]) + b"y"
    raw = b"zh,en\n" + b"\n".join(lines) + b"\n"
    with pytest.raises(FormatError, match="is UTF-8 but for byte") as refused:
        decode_input(raw, "sheet.csv")
    assert refused.value.line == k + 2


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=1, max_size=6), st.sampled_from(["gb18030", "big5"]))
def test_a_legacy_sheet_is_never_taken_for_utf8_with_stray_bytes(rows: list[tuple[str, str]], encoding: str) -> None:
    """Property: a sheet wholly in GB18030 or Big5 is read in a legacy encoding (or refused as ambiguous between
    them), never refused as UTF-8 with stray bytes."""
    text = "zh,en\n" + "".join(f"{zh},{en}\n" for zh, en in rows)
    if encoding == "big5":
        text = text.replace("华为", "華為").replace("雷军", "雷軍")
    raw = text.encode(encoding)
    assert _decoded_as(raw) != "refused as UTF-8 with stray bytes"


def _decoded_as(raw: bytes) -> str:
    """The encoding `decode_input` reads `raw` in, or why it refuses it."""
    try:
        return decode_input(raw, "sheet.csv")[1]
    except FormatError as exc:
        return "refused as UTF-8 with stray bytes" if "is UTF-8 but for byte" in str(exc) else "refused otherwise"
