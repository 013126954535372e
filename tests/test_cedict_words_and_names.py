"""A full CC-CEDICT import (no --proper-only): a headword that is a name and a common word is one entry, the name's.

The acceptance test of the sixteenth session found 470 entries typed as names carrying a common word's senses as
aliases (成功 "success", 孙子 "grandson", 汉堡 "hamburger"), the other way round the name lost (李 a term "plum", the
surname only in the note; 和 a term whose en was the surname "He"), and 186 terms whose en was a pointer sentence
(萤光 "Taiwan variant of 荧光"). One Chinese form is one entry in the store, so the rule (coordinator, seventeenth
session) is: one entry typed by the name, the common word's senses in its note ("also the common word: ..."), never
its English; a term's pointer line folds into its target, as a name's does.

The lines below are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); they are in
tests/data/cedict_words_and_names.u8. Expected values were read off the lines by hand.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

DATA = Path(__file__).resolve().parent / "data" / "cedict_words_and_names.u8"


def _load() -> list[Entry]:
    with DATA.open(encoding="utf-8") as fp:
        return list(load_cedict(fp))


ENTRIES = _load()
EVERYTHING = {e.zh: e for e in ENTRIES}


@pytest.mark.parametrize(
    ("zh", "kind", "en", "words"),
    [
        ("成功", "place", "Chenggong", ["success", "to succeed"]),
        ("孙子", "person", "Sun Tzu", ["grandson", "son's son"]),
        ("汉堡", "place", "Hamburg", ["hamburger"]),
        ("李", "surname", "Li", ["plum"]),  # the surname is the name, the fruit the word
        ("和", "surname", "He", ["and", "together with"]),
        ("网络", "name", "Internet", ["network"]),
    ],
)
def test_the_name_is_the_entry_and_the_word_is_in_its_note(zh: str, kind: str, en: str, words: list[str]) -> None:
    entry = EVERYTHING[zh]
    assert (entry.type, entry.en) == (kind, en)
    assert not set(words) & set(entry.en_forms), entry.en_forms
    assert f"also the common word: {'; '.join(words)}" in (entry.note or "")


def test_a_surname_and_a_word_are_the_surname_s_entry() -> None:
    # (Moved from tests/test_formats.py, which expected the word: 'term', 'nián', 'year'.)
    lines = "年 年 [Nian2] /surname Nian/\n年 年 [nian2] /year/CL:個|个[ge4]/\n"
    (entry,) = load_cedict(io.StringIO(lines))
    assert (entry.type, entry.pinyin, entry.en) == ("surname", "Nián", "Nian")
    assert "also the common word: year" in (entry.note or "")


def test_one_chinese_form_is_one_entry() -> None:
    forms = [form for e in ENTRIES for form in e.zh_forms]
    assert len(forms) == len(set(forms))


def test_a_variant_is_no_traditional_form() -> None:
    # "咊 和 [he2] /old variant of 和/" comes first: 咊 is not 和's traditional form; and it writes the word he2
    # ("and"), not the surname He the entry is: no Chinese alias of it either (tester s20 06:20 (1): 悳, 德 Germany).
    entry = EVERYTHING["和"]
    assert entry.zh_hant is None
    assert "咊" not in entry.zh_aliases


def test_a_pointer_sentence_is_never_an_english_form() -> None:
    # 萤光 "Taiwan variant of 熒光|荧光" folds into 荧光 "fluorescence".
    assert all(" variant of " not in form for e in ENTRIES for form in e.en_forms)
    assert "萤光" in EVERYTHING["荧光"].zh_aliases
    assert "萤光" not in EVERYTHING


def test_annotate_glosses_no_common_word_as_a_name() -> None:
    annotator = Annotator(ENTRIES)
    for text in ("他终于成功了。", "我们的网络很慢。", "他和他的孙子在吃汉堡。"):
        assert [m.surface for m in annotator.mentions(text)] == [], text


def test_lookup_finds_the_name_by_its_chinese(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    done = subprocess.run(
        [zhgloss_exe, "import", str(DATA), "--format", "cedict", "--db", str(db)], capture_output=True, check=False
    )
    assert done.returncode == 0, done.stderr
    found = subprocess.run([zhgloss_exe, "lookup", "成功", "--db", str(db)], capture_output=True, check=False)
    assert found.returncode == 0, found.stderr
    assert "Chenggong" in found.stdout.decode("utf-8")
    # "success" is no English form of it: lookup by the word's English finds nothing.
    missed = subprocess.run([zhgloss_exe, "lookup", "success", "--db", str(db)], capture_output=True, check=False)
    assert missed.returncode == 1
