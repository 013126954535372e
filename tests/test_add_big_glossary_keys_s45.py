"""`add` on a big glossary keys each stored form once (the review's R45-7, the forty-fifth session).

After a full CC-CEDICT import (107,861 entries) every `add` took ~6 s of CPU: `find_same_zh` scanned every entry up to
three times (the form as typed, its name-simplified and its t2s form), and validate's cross-entry checks (clashes of
Chinese, English and stock-code forms) filed every form of every entry although only the new entry's were reported.
Now `curate.same_zh_finder` keys the stored forms once and looks each asked form up; `_cross_entry_problems` with
`only` files only the claims on the keys those entries hold; and `zh_key` gives back a form of unified CJK ideographs
alone (187,247 of the import's 188,652 Chinese forms) without working it out. Each must answer exactly as before:
these tests hold each to the rule it replaces (benchmarks/bench_add.py checks the whole command's output, exit code
and glossary bytes against main's on the full import).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from zhgloss.curate import chinese_input, find_same_zh, same_zh_finder
from zhgloss.errors import ZhglossError
from zhgloss.model import Entry
from zhgloss.script import _folded_zh_key, zh_key
from zhgloss.store import Glossary
from zhgloss.tickers import ticker_key
from zhgloss.validate import _cross_entry_problems

ZH_FORMS = [
    "王伟",
    "王偉",
    "J.D.万斯",
    "J·D·万斯",
    "J. D. 万斯",
    "约翰·F·肯尼迪",
    "约翰.F.肯尼迪",
    "0700.HK",
    "HK:00700",
    "hk00700",
    "小米SU7",
    "小米 su7",
    "北京",
    "台湾",
    "臺灣",
    "史蒂夫•乔布斯",
    "史蒂夫乔布斯",
    "让-雅克·卢梭",
    "让雅克卢梭",
    "𠀋",
]
EN_FORMS = ["Wang Wei", "wang-wei", "Beijing", "JD Vance", "J.D. Vance", "Łódź", "Lodz", "0700.HK", "Taiwan"]


def _scan(zh: str, entries: list[Entry]) -> Entry | None:
    """The rule `same_zh_finder` replaces, as `find_same_zh` read it before: the first entry, in order, holding a
    form of `zh`'s keys (as typed, and as `chinese_input` stores it), or the code it writes."""
    keys = {zh_key(zh), zh_key(chinese_input(zh))}
    code = ticker_key(zh)
    for entry in entries:
        if keys & {zh_key(f) for f in entry.zh_forms}:
            return entry
        if code is not None and any(ticker_key(f) == code for f in entry.zh_forms):
            return entry
    return None


@st.composite
def _entries(draw: st.DrawFn) -> list[Entry]:
    out = []
    for number in range(draw(st.integers(min_value=0, max_value=6))):
        forms = draw(st.lists(st.sampled_from(ZH_FORMS), min_size=1, max_size=3, unique=True))
        english = draw(st.lists(st.sampled_from(EN_FORMS), min_size=1, max_size=2, unique=True))
        entry_id = draw(st.sampled_from([f"e{number}", "e0", "dup"]))
        try:
            out.append(
                Entry(id=entry_id, type="org", zh=forms[0], zh_aliases=tuple(forms[1:]), en=english[0],
                      aliases=tuple(english[1:]))
            )  # fmt: skip
        except ZhglossError:
            assume(False)
    return out


@settings(max_examples=300, deadline=None)
@given(entries=_entries(), asked=st.lists(st.sampled_from(ZH_FORMS), min_size=1, max_size=4))
def test_the_finder_answers_as_the_scan(entries: list[Entry], asked: list[str]) -> None:
    find = same_zh_finder(entries)
    for zh in asked:
        assert find(zh) is _scan(zh, entries)
        assert find_same_zh(zh, entries) is _scan(zh, entries)


def test_the_finder_takes_the_first_holder_of_a_code_or_a_form() -> None:
    first = Entry(id="a", type="stock_code", zh="HK:00700", en="Tencent (HKEX: 700)")
    second = Entry(id="b", type="org", zh="腾讯", zh_aliases=("0700.HK",), en="Tencent")
    # The second entry holds the very spelling asked; the first holds the same code written otherwise: the first.
    assert same_zh_finder([first, second])("0700.HK") is first
    assert same_zh_finder([second, first])("0700.HK") is second
    assert same_zh_finder([first, second])("腾讯") is second
    assert same_zh_finder([first, second])("0701.HK") is None


@settings(max_examples=300, deadline=None)
@given(entries=_entries(), which=st.integers(min_value=0, max_value=5))
def test_cross_entry_checks_of_one_entry_are_the_full_checks_of_it(entries: list[Entry], which: int) -> None:
    assume(entries)
    wanted = {entries[which % len(entries)].id}
    everything = _cross_entry_problems(entries, None)
    assert _cross_entry_problems(entries, wanted) == [p for p in everything if p.entry_id in wanted]


CJK = st.characters(
    codec="utf-8",
    categories=("Lo",),
    min_codepoint=0x3400,
    max_codepoint=0x323AF,
)


@given(st.text(alphabet=st.one_of(CJK, st.sampled_from("\uf900\ufa10\U0002f800·•.- 　ＡａA\u200b")), max_size=8))
def test_zh_key_of_ideographs_alone_is_the_worked_out_key(text: str) -> None:
    assert zh_key(text) == _folded_zh_key(text)


def test_zh_key_folds_compatibility_ideographs_as_before() -> None:
    # U+F900 and U+2F800 are compatibility ideographs NFC maps to unified ones: not their own key.
    assert zh_key("\uf900") == "\u8c48"
    assert zh_key("\U0002f800") == "\u4e3d"
    assert zh_key("王伟") == "王伟"
    assert zh_key("𠀋𪜀") == "𠀋𪜀"


def test_add_on_a_glossary_with_codes_and_traditional_forms_refuses_as_before(tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    with Glossary.open(db, must_exist=False) as gloss:
        gloss.add(Entry(id="tencent-hk", type="stock_code", zh="HK:00700", en="Tencent (HKEX: 700)"))
        gloss.add(Entry(id="taiwan", type="place", zh="台湾", zh_hant="臺灣", en="Taiwan"))
    before = db.read_bytes()
    for zh, held in (("0700.HK", "tencent-hk"), ("臺灣", "taiwan"), ("台灣", "taiwan")):
        done = subprocess.run(
            ["zhgloss", "--db", str(db), "add", zh, "--en", "X", "--type", "org"], capture_output=True, text=True
        )
        assert done.returncode == 2, done.stderr
        assert repr(held) in done.stderr and "Traceback" not in done.stderr
        assert db.read_bytes() == before
    added = subprocess.run(
        ["zhgloss", "--db", str(db), "add", "腾讯", "--en", "Tencent", "--type", "org"], capture_output=True, text=True
    )
    assert added.returncode == 0, added.stderr


def test_each_pypinyin_install_keeps_its_own_readings_table() -> None:
    """Two installs of pypinyin sharing the cache folder (two virtualenvs) each rebuilt the other's readings table
    (~3 s of CPU in the review's every `add`): the table's file is named by the install's stamp now, and a process
    of this install reads its own table and leaves another install's alone."""
    import os
    import sqlite3
    import sys

    from zhgloss import pinyin as zp

    stamp = zp._pypinyin_stamp()
    assert stamp is not None and zp._readings_table() is not None
    ours = zp._readings_path(stamp)
    other = zp._readings_path("1:1;2:2;3:3")
    assert ours != other and ours.parent == other.parent == zp._cache_folder() and ours.is_file()
    conn = sqlite3.connect(other)
    conn.executescript("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT); INSERT INTO meta VALUES ('stamp', 'x');")
    conn.commit()
    conn.close()
    before = (ours.stat().st_mtime_ns, other.read_bytes())
    code = "from zhgloss import pinyin as zp; print(zp._readings_table() is not None, zp._table_read('任正非'))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=os.environ.copy())
    assert done.stdout.split()[0] == "True", done.stderr
    assert "building" not in done.stderr
    assert (ours.stat().st_mtime_ns, other.read_bytes()) == before
    other.unlink()
