"""A name that is no person's keeps a standard character of its own that t2s folds (乾安, not 干安), as a person's does
(徐乾学): issue 9's "Traditional→simplified for names keeps the characters that are themselves standard simplified
characters (乾, 汎, 旂 …)", for places, organisations and other names (R42-13's round trip: 乾安, 乾县 came back as
干安 'Qián'ān', refused). The evidence is a word of data/words.txt written with the character (乾安 [Qian2 an1] is
CC-CEDICT's); without one, t2s's form, as before (乾燥剂公司 is 干燥剂公司).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


def run(exe: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)


@pytest.fixture
def db(tmp_path: Path, zhgloss_exe: str) -> Path:
    path = tmp_path / "g.json"
    done = run(zhgloss_exe, "init", "--empty", str(path))
    assert done.returncode == 0, done.stderr
    return path


def stored(exe: str, db: Path, entry_id: str) -> dict[str, object]:
    done = run(exe, "--db", str(db), "show", entry_id, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("typed", "kind", "en", "zh", "zh_hant", "pinyin"),
    [
        ("乾安", "place", "Qian'an", "乾安", "乾安", "Qián'ān"),  # typed as CC-CEDICT writes it (simplified)
        ("乾安縣", "place", "Qian'an County", "乾安县", "乾安縣", "Qián'ān Xiàn"),  # typed in traditional
        ("乾县", "place", "Qian County", "乾县", "乾縣", "Qián Xiàn"),  # CC-CEDICT: [Qian2 Xian4]
        ("乾燥剂公司", "org", "Desiccant Co", "干燥剂公司", "乾燥劑公司", "Gānzàojì Gōngsī"),  # the word is 干燥
        ("佔領中環", "event", "Occupy Central", "占领中环", "佔領中環", "Zhànlǐng Zhōnghuán"),  # an old variant: t2s's
    ],
)
def test_add_keeps_a_standard_character_a_word_writes(
    zhgloss_exe: str, db: Path, typed: str, kind: str, en: str, zh: str, zh_hant: str, pinyin: str
) -> None:
    done = run(zhgloss_exe, "--db", str(db), "add", typed, "--en", en, "-t", kind)
    assert done.returncode == 0, done.stderr
    entry_id = en.lower().replace("'", "-").replace(" ", "-")
    doc = stored(zhgloss_exe, db, entry_id)
    assert (doc["zh"], doc["zh_hant"], doc["pinyin"]) == (zh, zh_hant, pinyin)
    done = run(zhgloss_exe, "--db", str(db), "validate")
    assert done.returncode == 0, done.stdout


def test_edit_zh_keeps_it_too(zhgloss_exe: str, db: Path) -> None:
    assert run(zhgloss_exe, "--db", str(db), "add", "中环", "--en", "Central", "-t", "place").returncode == 0
    done = run(zhgloss_exe, "--db", str(db), "edit", "central", "--zh", "乾县")
    assert done.returncode == 0, done.stderr
    assert stored(zhgloss_exe, db, "central")["zh"] == "乾县"


def test_romanize_reads_the_kept_character() -> None:
    from zhgloss.pinyin import phrase_pinyin

    assert phrase_pinyin("乾安") == "Qián'ān"
    assert phrase_pinyin("乾燥", capitalize=False) == "gānzào"


_TRADITIONAL = "乾燥安縣陵隆淨杯於潛昇陽佔領中環餅公司"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_TRADITIONAL, min_size=1, max_size=6), st.booleans())
def test_only_a_kept_character_differs_from_t2s_and_never_in_a_common_word(text: str, lower: bool) -> None:
    from zhgloss.convert import kept_characters, thing_to_simplified, to_simplified

    plain, kept = to_simplified(text), thing_to_simplified(text, lower=lower)
    assert len(kept) == len(plain) == len(text)
    if lower:
        assert kept == plain
    for typed, ours, theirs in zip(text, kept, plain, strict=True):
        if ours != theirs:
            assert ours == typed and kept_characters().get(typed)


def test_an_omegat_row_keeps_it_too(tmp_path: Path, zhgloss_exe: str) -> None:
    # R42-13's rows, as the export of a CC-CEDICT import writes them, with words of 干 beside them (t2s's, kept so).
    source = tmp_path / "glossary.txt"
    source.write_text(
        "乾安\tQian'an\tQián'ān — Qian'an county in Songyuan 松原, Jilin\n"
        "乾安县\tQian'an\t[another form of 乾安]\n"
        "乾县\tQian County\tQián Xiàn — Qian County in Xianyang 咸阳, Shaanxi\n"
        "乾燥劑\tdesiccant\n"
        "餅乾\tbiscuit\n",
        encoding="utf-8",
    )
    db = tmp_path / "b.json"
    done = run(zhgloss_exe, "import", str(source), "--format", "omegat", "--db", str(db))
    assert done.returncode == 0, done.stderr
    docs = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    forms = {doc["en"]: (doc["zh"], doc["pinyin"]) for doc in docs}
    assert forms["Qian'an"] == ("乾安", "Qián'ān")
    assert forms["Qian County"] == ("乾县", "Qián Xiàn")
    assert forms["desiccant"][0] == "干燥剂"
    assert forms["biscuit"][0] == "饼干"


def test_a_one_character_row_whose_english_spells_the_kept_reading_keeps_it(tmp_path: Path, zhgloss_exe: str) -> None:
    # imp's 21:18 finding: a CC-CEDICT glossary's surname line 乾 "Qian" (qián) came back as 干 and was refused; "dry"
    # spells no reading of 乾, so it stays t2s's 干.
    source = tmp_path / "one.utf8"
    source.write_text("乾\tQian\tQián — surname Qian\n餅乾\tbiscuit\n", encoding="utf-8")
    db = tmp_path / "x.json"
    done = run(zhgloss_exe, "import", str(source), "--format", "omegat", "--db", str(db))
    assert done.returncode == 0, done.stderr
    docs = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert {doc["en"]: doc["zh"] for doc in docs} == {"Qian": "乾", "biscuit": "饼干"}
