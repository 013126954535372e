"""One traditional->simplified rule for Hong Kong's forms, and a typed traditional form kept (U36-25, U36-1).

U36-25: OpenCC's t2s leaves Hong Kong's 衞 (the government's form of 衛: 衞生署 Department of Health, 食物環境衞生署
FEHD, 衞生防護中心 CHP) as it is, so `add 衞生署` stored zh 衞生署 and lookup 卫生署 / 衛生署 found nothing. OpenCC's
hk2s folds it (HKVariantsRev): `convert.to_simplified` now folds every character hk2s simplifies otherwise than t2s
(data/regional_simplified.tsv, built from OpenCC by scripts/build_regional_simplified.py), and validate calls a zh
holding one traditional.

U36-1: `add 恒基兆業地產` (Henderson Land, HKEX 00012: its registered name writes 恒, as 恒生銀行 does) stored Taiwan's
恆 in zh_hant. A typed form none of whose characters is a simplification only (Unihan kTraditionalVariant: 恒 lists
itself beside 恆; 东 lists 東 alone) is a traditional spelling the user gave and is kept; add says where it differs
from OpenCC's (a warning).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.convert import regional_simplified, regional_sources, to_simplified
from zhgloss.curate import chinese_forms
from zhgloss.model import Entry
from zhgloss.validate import is_simplified_only, validate_entries


def test_the_table_is_what_opencc_hk2s_writes() -> None:
    import opencc

    folder = Path(opencc.__file__).resolve().parent / "clib" / "share" / "opencc"
    hk2s = opencc.OpenCC(str(folder / "hk2s.json"))
    table = regional_simplified()
    assert table["衞"] == "卫"
    # The rows from OpenCC's hk2s; the Unihan ones (廸, 煇) are tests/test_convert_hong_kong_forms_s38.py's.
    for char, (simplified, source) in regional_sources().items():
        if source == "hk2s":
            assert hk2s.convert(char) == simplified == to_simplified(char)


@pytest.mark.parametrize(
    ("typed", "kind", "zh", "zh_hant"),
    [
        ("衞生署", "org", "卫生署", "衞生署"),  # Department of Health
        ("食物環境衞生署", "org", "食物环境卫生署", "食物環境衞生署"),  # FEHD
        ("衞生防護中心", "org", "卫生防护中心", "衞生防護中心"),  # Centre for Health Protection
        ("王家衞", "person", "王家卫", "王家衞"),  # Wong Kar-wai (CC-CEDICT: 王家衛 王家卫)
        ("敍利亞", "place", "叙利亚", "敍利亞"),  # Syria as Hong Kong papers write it
    ],
)
def test_a_hong_kong_form_is_simplified_and_kept_as_the_traditional(
    typed: str, kind: str, zh: str, zh_hant: str
) -> None:
    assert chinese_forms(typed, None, kind)[:2] == (zh, zh_hant)


REGIONAL = st.sampled_from(sorted(regional_simplified()))
OTHER = st.sampled_from(list("生署食物環境卫生防护中心王家叙利亚"))


@given(st.lists(st.one_of(REGIONAL, OTHER), min_size=1, max_size=8).map("".join))
def test_no_simplified_text_keeps_a_regional_form(text: str) -> None:
    simplified = to_simplified(text)
    assert regional_simplified().keys().isdisjoint(simplified)
    assert to_simplified(simplified) == simplified


@pytest.mark.parametrize(
    ("typed", "kind", "zh", "zh_hant"),
    [
        ("恒基兆業地產", "org", "恒基兆业地产", "恒基兆業地產"),  # Henderson Land (HKEX 00012)
        ("恒生銀行", "org", "恒生银行", "恒生銀行"),  # Hang Seng Bank, as CC-CEDICT writes it
        ("陳恒鑌", "person", "陈恒镔", "陳恒鑌"),  # Chan Hang-pan, legislator
        ("屯馬綫", "place", "屯马线", "屯馬綫"),  # Tuen Ma line
        ("臺北", "place", "台北", "臺北"),
        ("劉强东", "person", "刘强东", "劉強東"),  # 东 is simplified only: both scripts at once, the name rules' form
    ],
)
def test_a_typed_traditional_form_is_kept(typed: str, kind: str, zh: str, zh_hant: str) -> None:
    assert chinese_forms(typed, None, kind)[:2] == (zh, zh_hant)


TRADITIONAL = st.sampled_from(list("恒基兆業地產銀行陳鑌屯馬綫臺北衞生署強着"))


@given(st.lists(TRADITIONAL, min_size=1, max_size=8).map("".join), st.sampled_from(["org", "person", "place"]))
def test_a_form_with_no_simplified_only_character_is_kept_whole(typed: str, kind: str) -> None:
    assert not any(map(is_simplified_only, typed))
    zh, zh_hant, _ = chinese_forms(typed, None, kind)
    assert zh_hant in (typed, None)
    assert zh_hant == typed or zh == typed


def test_validate_calls_a_zh_holding_a_hong_kong_form_traditional() -> None:
    entry = Entry(id="department-of-health", type="org", zh="衞生署", en="Department of Health", pinyin="Wèishēngshǔ")
    problems = validate_entries([entry])
    assert any(p.severity == "error" and "衞" in p.message and "卫生署" in p.message for p in problems), problems


def _zhgloss(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", "--db", str(db), *args], capture_output=True, text=True, stdin=subprocess.DEVNULL)


def test_add_lookup_and_show_of_hong_kong_forms(tmp_path: Path) -> None:
    db = tmp_path / "hk.json"
    subprocess.run(["zhgloss", "init", str(db), "--empty"], check=True, capture_output=True)
    added = _zhgloss(db, "add", "衞生署", "--type", "org", "--en", "Department of Health")
    assert added.returncode == 0, added.stderr
    added = _zhgloss(db, "add", "恒基兆業地產", "--type", "org", "--en", "Henderson Land Development")
    assert added.returncode == 0, added.stderr
    assert "恒基兆業地產" in added.stderr  # the variant choice is said: it differs from OpenCC's 恆
    shown = json.loads(_zhgloss(db, "show", "department-of-health", "--json").stdout)
    assert (shown["zh"], shown["zh_hant"]) == ("卫生署", "衞生署")
    for form in ("卫生署", "衛生署", "衞生署"):
        assert _zhgloss(db, "lookup", form, "--field", "en").stdout.strip() == "Department of Health", form
    assert _zhgloss(db, "lookup", "恒基兆业地产", "--field", "zh_hant").stdout.strip() == "恒基兆業地產"
