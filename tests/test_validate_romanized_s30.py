"""A person's English in their own romanization is no error (issue 9; session 30, the new-user tester's U30-42).

Taiwan writes names in Wade-Giles or its own spellings ("Lai Ching-te", "Tsai Ing-wen"), Hong Kong and Macau in
Cantonese ("Leung Chun-ying", "Ho Iat-seng"), Korea in its own ("Moon Jae-in"), Singapore likewise ("Lee Kuan Yew").
`validate` (and `add`, which refuses on its errors) called each "does not spell the pinyin; if it is an adopted
Western name, say so with --adopted". The names and readings are CC-CEDICT's lines (CC BY-SA 4.0, MDBG), from
../shared/data/cedict_ts.u8.gz, e.g. `蔡英文 蔡英文 [Cai4 Ying1 wen2] /Tsai Ing-wen (1956-), Taiwanese DPP politician/`.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from zhgloss.validate import loosely_romanized, romanized_as

# zh, en as CC-CEDICT writes them (its life dates and descriptions left out), pinyin as its line reads.
ROMANIZED = [
    ("蔡英文", "Tsai Ing-wen", "Cài Yīngwén"),
    ("梁振英", "Leung Chun-ying", "Liáng Zhènyīng"),
    ("柯文哲", "Ko Wen-je", "Kē Wénzhé"),
    ("马英九", "Ma Ying-jeou", "Mǎ Yīngjiǔ"),
    ("李登辉", "Lee Teng-hui", "Lǐ Dēnghuī"),
    ("蒋经国", "Chiang Ching-kuo", "Jiǎng Jīngguó"),
    ("李嘉诚", "Li Ka-shing", "Lǐ Jiāchéng"),
    ("文在寅", "Moon Jae-in", "Wén Zàiyín"),
    ("朴槿惠", "Park Geun-hye", "Piáo Jǐnhuì"),
    ("金大中", "Kim Dae-jung", "Jīn Dàzhōng"),
    ("金正恩", "Kim Jong-un", "Jīn Zhèng'ēn"),
    ("李光耀", "Lee Kuan Yew", "Lǐ Guāngyào"),
]


def _run(zhgloss_exe: str, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([zhgloss_exe, "--db", str(db), *args], capture_output=True, text=True, encoding="utf-8")


@pytest.mark.parametrize(("zh", "en", "pinyin"), ROMANIZED)
def test_a_name_in_its_own_romanization_is_read_as_one(zh: str, en: str, pinyin: str) -> None:
    # Session 31 reads each syllable of the given name back (R5): Singapore's "Kuan Yew" and Gwoyeu Romatzyh's "jeou"
    # (Ma Ying-jeou) are no spelling zhgloss reads, only ones that start as the characters' do: a warning, no error.
    assert romanized_as(zh, en, [pinyin]) is not None or loosely_romanized(zh, en, [pinyin]) is not None


@pytest.mark.parametrize(
    ("zh", "en", "pinyin"),
    [
        ("赖清德", "Lai Ching-te", "Lài Qīngdé"),
        ("蒋经国", "Chiang Ching-kuo", "Jiǎng Jīngguó"),
    ],
)
def test_wade_giles_is_named(zh: str, en: str, pinyin: str) -> None:
    assert romanized_as(zh, en, [pinyin]) == "Wade-Giles"


@pytest.mark.parametrize(
    ("zh", "en", "pinyin"),
    [
        ("马云", "Ma Yin", "Mǎ Yún"),  # every word pinyin: a slip, not a romanization
        ("马云", "Jack Ma", "Mǎ Yún"),  # an adopted Western name
        ("李家超", "John Lee", "Lǐ Jiāchāo"),
        ("郭台铭", "Terry Gou", "Guō Táimíng"),
        ("梁振英", "Leung Chun", "Liáng Zhènyīng"),  # one syllable for two characters
        ("蔡英文", "Cheung Ing-wen", "Cài Yīngwén"),  # another surname
    ],
)
def test_other_english_is_no_romanization(zh: str, en: str, pinyin: str) -> None:
    assert romanized_as(zh, en, [pinyin]) is None


def test_validate_reports_only_the_adopted_names_unmarked(zhgloss_exe: str, tmp_path: Path) -> None:
    sheet = tmp_path / "twhk.csv"
    rows = [f"{zh},{en},person" for zh, en, _ in ROMANIZED] + ["李家超,John Lee,person", "马云,Ma Yin,person"]
    sheet.write_text("zh,en,type\n" + "\n".join(rows) + "\n", encoding="utf-8")
    db = tmp_path / "g.json"
    db.write_text("{}", encoding="utf-8")
    assert _run(zhgloss_exe, db, "import", str(sheet)).returncode == 0
    done = _run(zhgloss_exe, db, "validate", "--json")
    problems = json.loads(done.stdout)["problems"]
    mismatched = sorted(p["entry_id"] for p in problems if p["code"] == "en-mismatch")
    # Session 32 (U32-16): a table's "John Lee" (an adopted given name before 李's spelling) is imported marked
    # en_adopted and said so; "Ma Yin", a slip of the pinyin, is still reported (was ["john-lee", "ma-yin"]).
    assert mismatched == ["ma-yin"]


@pytest.mark.parametrize(("zh", "en"), [("文在寅", "Moon Jae-in"), ("柯文哲", "Ko Wen-je"), ("李光耀", "Lee Kuan Yew")])
def test_add_takes_the_name_without_adopted(zhgloss_exe: str, tmp_path: Path, zh: str, en: str) -> None:
    db = tmp_path / "g.json"
    db.write_text("{}", encoding="utf-8")
    done = _run(zhgloss_exe, db, "add", zh, "--en", en, "--type", "person", "--yes")
    assert done.returncode == 0, done.stderr
    entry = next(iter(json.loads(db.read_text(encoding="utf-8"))["entries"].values()))
    assert (entry["zh"], entry["en"], entry.get("en_adopted", False)) == (zh, en, False)
