"""zhgloss's own OmegaT export imports back (session 31; user findings U30-10 and U30-43, the reviewer's F11).

The README's two lines (export --format omegat, then import it) refused the bundled glossary's export at the stock
code row "688111<TAB>688111:SH<TAB>..." (digits alone in zh, and an OmegaT glossary has no type column to say
stock_code), and with that row gone every line conflicted on its note: export writes the pinyin into the comment
("Léi Jūn — Founder of Xiaomi"), and import read the whole comment as the note. Now a zh of digits whose English
writes it as a stock code with its exchange is a stock code (`table.is_stock_code_of`, read by the one ticker reading,
`harvest.ticker_key`), in every table, and the comment's tone-marked pinyin before " — " is the pinyin.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from zhgloss.errors import FormatError
from zhgloss.formats.csv_format import load_csv
from zhgloss.formats.tsv import dump_omegat, load_omegat
from zhgloss.model import Entry

ZHGLOSS = str(Path(sys.executable).with_name("zhgloss"))


def _zhgloss(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([ZHGLOSS, "--db", str(db), *args], capture_output=True, text=True, check=False)


def test_the_bundled_glossarys_omegat_export_imports_back_unchanged(glossary_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "glossary.utf8"
    assert _zhgloss(glossary_path, "export", "--format", "omegat", "-o", str(out)).returncode == 0
    assert "688111\t688111:SH\t" in out.read_text(encoding="utf-8")
    done = _zhgloss(glossary_path, "import", str(out), "--dry-run")
    assert done.returncode == 0, done.stderr
    assert "would be 0 added, 0 updated," in done.stderr and " 0 conflicting" in done.stderr, done.stderr


def test_a_line_added_to_the_export_is_the_only_change(glossary_path: Path, tmp_path: Path) -> None:
    # U30-43's team workflow: export for OmegaT, a translator adds a term, import back.
    out = tmp_path / "glossary.utf8"
    _zhgloss(glossary_path, "export", "--format", "omegat", "-o", str(out))
    with out.open("a", encoding="utf-8") as fp:
        fp.write("鲁迅\tLu Xun\tpen name of Zhou Shuren\n")
    before = json.loads(glossary_path.read_text(encoding="utf-8"))
    done = _zhgloss(glossary_path, "import", str(out))
    assert done.returncode == 0, done.stderr
    assert ": 1 added, 0 updated," in done.stderr and " 0 conflicting" in done.stderr, done.stderr
    after = json.loads(glossary_path.read_text(encoding="utf-8"))
    kept = {k: v for table in before.values() for k, v in table.items()}
    now = {k: v for table in after.values() for k, v in table.items()}
    assert all(now[k] == v for k, v in kept.items())
    (added,) = [v for k, v in now.items() if k not in kept]
    assert (added["zh"], added["en"], added["note"]) == ("鲁迅", "Lu Xun", "pen name of Zhou Shuren")


@pytest.mark.parametrize(
    ("line", "zh"),
    [
        ("688111\t688111:SH\tKingsoft Office's code on the Shanghai STAR Market\n", "688111"),  # the bundled row
        ("600519\t600519.SS\n", "600519"),  # Kweichow Moutai, Shanghai (Yahoo's suffix)
        ("00700\tHKEX: 700\n", "00700"),  # Tencent, the leading zeros Chinese press writes
        ("002594\tSZ:002594\n", "002594"),  # BYD, Shenzhen
    ],
)
def test_digits_written_as_a_stock_code_in_english_are_a_stock_code(line: str, zh: str) -> None:
    (entry,) = load_omegat(io.StringIO(line), "codes.utf8")
    assert (entry.zh, entry.type) == (zh, "stock_code")


def test_a_csv_row_holds_the_same_rule() -> None:
    (entry,) = load_csv(io.StringIO("zh,en,aliases\n688111,688111:SH,SSE: 688111\n"), "codes.csv")
    assert (entry.zh, entry.type, entry.aliases) == ("688111", "stock_code", ("SSE: 688111",))


@pytest.mark.parametrize(
    "line",
    [
        "123\tLei Jun\n",  # no code at all (U27-38)
        "688111\t600519:SH\n",  # another code's digits
        "688111\tKingsoft Office 688111\n",  # the digits without an exchange: no stock code
    ],
)
def test_other_digits_alone_are_refused_as_before(line: str) -> None:
    with pytest.raises(FormatError, match="is digits alone"):
        list(load_omegat(io.StringIO(line), "codes.utf8"))


@pytest.mark.parametrize(
    ("comment", "pinyin", "note"),
    [
        ("Léi Jūn — Founder of Xiaomi", "Léi Jūn", "Founder of Xiaomi"),
        ("Léi Jūn", "Léi Jūn", None),
        ("Lei Jun — Founder of Xiaomi", None, "Lei Jun — Founder of Xiaomi"),  # no tone marks: a note a person wrote
        ("Founder of Xiaomi — since 2010", None, "Founder of Xiaomi — since 2010"),
        ("Léi Jūn said so — in 2010", None, "Léi Jūn said so — in 2010"),  # English words: no pinyin
    ],
)
def test_the_comments_pinyin_is_no_note(comment: str, pinyin: str | None, note: str | None) -> None:
    (entry,) = load_omegat(io.StringIO(f"雷军\tLei Jun\t{comment}\n"), "g.utf8")
    assert (entry.pinyin, entry.note) == (pinyin, note)


def test_latin_the_chinese_writes_may_stand_in_the_pinyin() -> None:
    (entry,) = load_omegat(io.StringIO("小米SU7\tXiaomi SU7\tXiǎomǐ SU7 — Xiaomi's first electric car\n"), "g.utf8")
    assert (entry.pinyin, entry.note) == ("Xiǎomǐ SU7", "Xiaomi's first electric car")


def test_an_entry_round_trips_its_pinyin_and_note() -> None:
    entry = Entry(
        id="lei-jun", type="person", zh="雷军", zh_hant="雷軍", pinyin="Léi Jūn", en="Lei Jun", note="Founder of Xiaomi"
    )
    out = io.StringIO()
    dump_omegat([entry], out)
    (back,) = load_omegat(io.StringIO(out.getvalue()), "g.utf8")
    assert (back.zh, back.zh_hant, back.pinyin, back.en, back.note) == (
        "雷军",
        "雷軍",
        "Léi Jūn",
        "Lei Jun",
        "Founder of Xiaomi",
    )
