"""A sheet in GBK or Big5 whose every Chinese character's two bytes also make one UTF-8 character.

Tester finding (s34): a CSV of one-character surnames saved by Excel on Chinese Windows (GBK) was read as UTF-8: GBK's
谢 is the bytes D0 BB, UTF-8's л, so `zh,en / 谢,Xie` decoded without an error and every row was refused as "zh 'л'
has no Chinese characters". Every pair of bytes C2-DF 80-BF is one character in UTF-8 and in GBK (103 of
surnames.tsv's 582 one-character surnames are such pairs in GBK). The rule (`zhgloss.formats.legacy.
is_two_byte_utf8_text`, asked by `decode_input`): a UTF-8 reading with no character of three bytes is kept when its
characters stand where text puts them (a letter inside a word of its script, a Latin-1 sign beside a letter, a digit
or a space); otherwise GB18030 or Big5 decides when it reads as Chinese clearly, and when the bytes cannot tell (one
name of one character) the import is refused (exit 3) naming the readings and the --encoding to pass.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.formats import decode_input
from zhgloss.formats.legacy import AmbiguousEncodingError

DATA = Path(__file__).resolve().parents[1] / "src" / "zhgloss" / "data"


def _utf8_too(char: str) -> bool:
    try:
        char.encode("gbk").decode("utf-8")
    except UnicodeError:
        return False
    return True


SURNAMES = [
    line.split("\t")[0]
    for line in (DATA / "surnames.tsv").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
]
TWO_BYTE_SURNAMES = sorted({name for name in SURNAMES if len(name) == 1 and _utf8_too(name)})


def test_the_real_surnames_hold_such_characters() -> None:
    assert len(TWO_BYTE_SURNAMES) >= 100 and {"谢", "肖", "叶", "魏", "姚", "毛"} <= set(TWO_BYTE_SURNAMES)


@given(st.lists(st.sampled_from(TWO_BYTE_SURNAMES), min_size=3, max_size=12, unique=True))
def test_a_gbk_sheet_of_such_surnames_is_never_read_as_utf8(names: list[str]) -> None:
    text = "zh,en\n" + "".join(f"{name},{name}\n" for name in names)
    raw = text.replace(",", ",x").encode("gbk")  # an English cell beside each name
    readings: list[str] = []
    try:
        decoded, encoding = decode_input(raw, "surnames.csv")
    except AmbiguousEncodingError as exc:
        readings = [reading.encoding for reading in exc.readings]
    if readings:
        assert "utf-8" in readings and "gb18030" in readings
        return
    assert encoding != "utf-8"
    assert all(name in decoded for name in names) or encoding != "gb18030"


PINYIN = ["Lǚ Bù", "Zēng Guófān", "Léi Jūn", "Nǚwā", "Xú Qiánxué", "Mǎ Huàténg", "Zhōu Ēnlái", "Shàn Tiánfāng"]
LATIN = ["Zürich", "Beyoncé", "São Paulo", "Kraków", "Ñuñoa", "Ålesund"]


@given(st.lists(st.tuples(st.sampled_from(LATIN), st.sampled_from(PINYIN)), min_size=1, max_size=8))
def test_latin_letters_with_marks_in_utf8_stay_utf8(rows: list[tuple[str, str]]) -> None:
    """Pinyin and European names are Latin letters with marks (ǚ, é, ã: two UTF-8 bytes each) inside words: the UTF-8
    reading stands, though the bytes also decode as GBK (Beyoncé is Beyonc茅 there)."""
    text = "en,pinyin\n" + "".join(f"{en},{pinyin}\n" for en, pinyin in rows)
    assert decode_input(text.encode("utf-8"), "names.csv") == (text, "utf-8")


@pytest.mark.parametrize(
    "text",
    ["Zürich", "Lǚ Bù", "Αθήνα,Athens", "1½ miles", "50°", "Xiaomi®", "Lu\u0308 Bu", "São Paulo", "Beyoncé,"],
)
def test_utf8_text_is_text(text: str) -> None:
    from zhgloss.formats.legacy import is_two_byte_utf8_text

    assert is_two_byte_utf8_text(text)


@pytest.mark.parametrize(
    ("name", "as_utf8"),
    [("谢", "л"), ("毛", "ë"), ("卢", "¬"), ("陆", "½"), ("魏", "κ"), ("谢肖", "лФ"), ("谭", "\u0337")],
)
def test_gbk_names_read_as_utf8_are_no_text(name: str, as_utf8: str) -> None:
    from zhgloss.formats.legacy import is_two_byte_utf8_text

    assert name.encode("gbk").decode("utf-8") == as_utf8
    assert not is_two_byte_utf8_text(f"zh,en\n{as_utf8},Xie\n")


def run(exe: str, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([exe, *args], input=stdin, capture_output=True, timeout=120)
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode(), done.stderr.decode())


def test_a_gbk_sheet_of_surnames_imports_as_chinese(tmp_path: Path, zhgloss_exe: str) -> None:
    path = tmp_path / "surnames.csv"
    path.write_bytes("zh,en,type\n谢,Xie,surname\n肖,Xiao,surname\n叶,Ye,surname\n魏,Wei,surname\n".encode("gbk"))
    db = tmp_path / "g.json"
    done = run(zhgloss_exe, "import", str(path), "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "read it as gb18030" in done.stderr
    listed = run(zhgloss_exe, "list", "--db", str(db)).stdout
    assert [line.split("\t")[2] for line in listed.splitlines()] == ["谢", "肖", "叶", "魏"]


@pytest.mark.parametrize("stdin", [False, True])
def test_one_name_the_bytes_cannot_tell_is_refused_with_the_encodings(
    tmp_path: Path, zhgloss_exe: str, stdin: bool
) -> None:
    raw = "zh\ten\n谢\tHsieh\n".encode("gbk")  # the English spells no pinyin of either reading (Wade-Giles)
    path = tmp_path / "one.tsv"
    path.write_bytes(raw)
    db = tmp_path / "g.json"
    done = run(zhgloss_exe, "import", "-" if stdin else str(path), "--db", str(db), stdin=raw if stdin else None)
    assert done.returncode == 3
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "--encoding gb18030" in done.stderr and "--encoding utf-8" in done.stderr and "'谢'" in done.stderr
    assert not db.exists()
    decided = run(zhgloss_exe, "import", str(path), "--db", str(db), "--encoding", "gbk")
    assert decided.returncode == 0, decided.stderr
    assert "\t谢\t" in run(zhgloss_exe, "list", "--db", str(db)).stdout


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("zh,en,type\r\n谢,Xie,surname\r\n毛,Mao,surname\r\n卢,Lu,surname\r\n", "gbk"),  # R35-9
        ("zh,en\n谢,Xie\n", "gbk"),
        ("zh,en\n曹植,Cao Zhi\n", "big5"),  # README's short Big5 sheet that GB18030 reads as 变从
        ("zh,en\n丁丁,Ding Ding\n", "gbk"),  # GBK's 丁丁 is Big5's 間間
    ],
)
def test_a_short_sheet_whose_english_spells_one_reading_is_read_so(text: str, encoding: str) -> None:
    """Where two readings are as likely as Chinese, the one whose characters the same line spells in pinyin wins."""
    decoded, _ = decode_input(text.encode(encoding), "names.csv")
    assert decoded == text
