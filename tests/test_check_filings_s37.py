"""`zhgloss check` on the thirty-seventh session's filings (issue 9; rel): each a class, tested on real instances.

- R36-26: a country's army by the other words news writes for it: 美军 'US army' as "US forces", "the US military"
  (`_army_names`), a silent pass as 俄军 "Russian troops" is by its abbreviation; another country's forces still
  missing.
- U36-7: a division's English name that is no pinyin, without its generic word: "New Taipei" of 新北市 'New Taipei
  City' (`Checker._division_without_generic`), a `variant` that says so, never `misspelt`; "Mexico" of 墨西哥城
  'Mexico City' stays another place.
- U36-30: "the mainland", "mainland China" render 中 in a relation (中港 "Hong Kong and the mainland"), where the
  glossary has a "mainland China" (CC-CEDICT's 内地, 大陆): `Checker._part_mainland`.
- U36-21: an adopted name, the Chinese given name, then the family name ("Simon Tat-wah Yam", "Donald Yam-kuen
  Tsang") is the whole name in Western order, a `variant` saying so, not `order` (`_adopted_name_before`).
- U36-35: Hong Kong house style, "Paul Chan Mo-po" at first mention and "Paul Chan" after (or the reverse pair as
  CC-CEDICT stores 赖清德 'William Lai Ching-te', alias 'William Lai'), is no `inconsistent`
  (`_with_chinese_given_name`).
- R36-24: a variant that is the preferred form less words says what it drops: "Tang" of 唐代 'Tang dynasty' -> "the
  name without 'dynasty'" (`_variant_note`).

The glossary: real CC-CEDICT lines (tests/data/cedict_check_names_s37.u8) imported by the installed script; for
U36-35 also the user's own two JSON Lines rows (en "Paul Chan Mo-po", "John Lee Ka-chiu"), as `import` stores them.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture
from hypothesis import assume, given
from hypothesis import strategies as st

from zhgloss.check import _army_names, _with_chinese_given_name

glossary = glossary_fixture("cedict_check_names_s37.u8")


def lines_of(zhgloss_exe: str, db: Path, tmp_path: Path, pairs: list[tuple[str, str]]) -> list[str]:
    return check_lines(zhgloss_exe, db, tmp_path, pairs)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("美军在南海举行演习。", "US forces held drills in the South China Sea."),
        ("美军发动空袭。", "The US military launched air strikes."),
        ("美军驻港人员撤离。", "US military personnel in Hong Kong left."),
        ("美軍發動空襲。", "US troops launched air strikes."),
        ("英军撤出。", "British troops withdrew."),
        ("日军于1937年攻占南京。", "The Japanese military captured Nanjing in 1937."),
        # the mainland in a relation (U36-30)
        ("中港矛盾加剧。", "Tensions between Hong Kong and the mainland grew."),
        ("中港兩地合作。", "The mainland and Hong Kong cooperate."),
        ("中港矛盾加剧。", "Tensions between Hong Kong and mainland China grew."),
    ],
)
def test_an_army_by_another_word_and_the_mainland_in_a_relation_pass(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str
) -> None:
    assert lines_of(zhgloss_exe, glossary, tmp_path, [(source, target)]) == []


@pytest.mark.parametrize(
    ("source", "target", "name"),
    [
        ("美军在南海举行演习。", "British forces held drills in the South China Sea.", "美军"),
        ("英军撤出。", "US troops withdrew.", "英军"),
        ("中港矛盾加剧。", "Tensions between Hong Kong and Macau grew.", "中港"),
    ],
)
def test_another_army_or_place_is_still_missing(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str, name: str
) -> None:
    said = lines_of(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert any(f"missing {name}:" in line for line in said), said


def test_an_army_of_its_own_name_has_no_other_words() -> None:
    assert _army_names("People's Liberation Army") == []
    # "soldiers" since the thirty-eighth session (R37-19: "British soldiers" for 英军)
    assert _army_names("US army") == ["US armed forces", "US military", "US forces", "US troops", "US soldiers"]


@pytest.mark.parametrize(
    ("source", "target", "said"),
    [
        (
            "新北市長侯友宜出席。",
            "New Taipei Mayor Hou Yu-ih attended.",
            '1: variant 新北市: found "New Taipei", expected "New Taipei City" (the name without \'City\')',
        ),
        (
            "任達華出席首映禮。",
            "Simon Tat-wah Yam attended the premiere.",
            '1: variant 任達華: found "Simon Tat-wah Yam", expected "Simon Yam Tat-wah" (in Western order: the adopted '
            "name, the Chinese given name, then the family name)",
        ),
        (
            "曾蔭權出席。",
            "Donald Yam-kuen Tsang attended.",
            '1: variant 曾蔭權: found "Donald Yam-kuen Tsang", expected "Donald Tsang" (in Western order: the '
            "adopted name, the Chinese given name, then the family name)",
        ),
        (
            "唐代诗人李白的作品。",
            "The works of Tang poet Li Bai.",
            '1: variant 唐代: found "Tang", expected "Tang dynasty" (the name without \'dynasty\')',
        ),
        (
            "宋代的瓷器。",
            "Song-era porcelain.",
            '1: variant 宋代: found "Song", expected "Song dynasty" (the name without \'dynasty\')',
        ),
    ],
)
def test_a_variant_says_what_makes_it_one(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str, said: str
) -> None:
    assert lines_of(zhgloss_exe, glossary, tmp_path, [(source, target)]) == [said]


@pytest.mark.parametrize(
    ("source", "target", "kind"),
    [
        # Reversed with no adopted name before it, or a name of another place: as before.
        ("任達華出席首映禮。", "Tat-wah Yam attended the premiere.", "order 任達華"),
        ("任達華出席首映禮。", "Simon Tat-wah Lam attended the premiere.", "misspelt 任達華"),
        ("墨西哥城发生地震。", "An earthquake struck Mexico.", "missing 墨西哥城"),
    ],
)
def test_a_reversed_name_or_another_place_is_still_a_problem(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str, kind: str
) -> None:
    said = lines_of(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert any(line.startswith(f"1: {kind}:") for line in said), said


@pytest.fixture(scope="module")
def hong_kong(tmp_path_factory: pytest.TempPathFactory, zhgloss_exe: str) -> Path:
    """The user's U36-35 glossary: 陈茂波 and 李家超 imported from JSON Lines with their full Hong Kong names."""
    folder = tmp_path_factory.mktemp("hk37")
    rows = folder / "longen.jsonl"
    rows.write_text(
        '{"zh":"陈茂波","en":"Paul Chan Mo-po","type":"person","en_adopted":true}\n'
        '{"zh":"李家超","en":"John Lee Ka-chiu","type":"person","en_adopted":true}\n',
        encoding="utf-8",
    )
    db = folder / "le.json"
    for args in (["init", str(db), "--empty"], ["import", str(rows), "--db", str(db)]):
        done = subprocess.run([zhgloss_exe, *args], capture_output=True, check=False)
        assert done.returncode == 0, done.stderr
    return db


@pytest.mark.parametrize(
    "pairs",
    [
        [("陳茂波表示。", "Financial Secretary Paul Chan Mo-po said."), ("陳茂波又表示。", "Paul Chan added.")],
        [("李家超表示。", "Chief Executive John Lee Ka-chiu said."), ("李家超稱。", "John Lee said.")],
    ],
)
def test_a_full_hong_kong_name_then_its_short_form_is_consistent(
    hong_kong: Path, zhgloss_exe: str, tmp_path: Path, pairs: list[tuple[str, str]]
) -> None:
    said = lines_of(zhgloss_exe, hong_kong, tmp_path, pairs)
    assert not any("inconsistent" in line for line in said), said
    assert not any(line.startswith("2:") for line in said), said


@pytest.mark.parametrize(
    "pairs",
    [
        [("賴清德表示。", "President William Lai Ching-te said."), ("賴清德又表示。", "William Lai added.")],
        [("任達華出席。", "Simon Yam Tat-wah attended."), ("任達華表示。", "Simon Yam said.")],
    ],
)
def test_cedicts_full_name_then_its_short_alias_passes(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, pairs: list[tuple[str, str]]
) -> None:
    assert lines_of(zhgloss_exe, glossary, tmp_path, pairs) == []


_GIVEN = st.from_regex(r"[A-Z][a-z]{1,5}-[a-z]{1,5}", fullmatch=True)
_WORD = st.from_regex(r"[A-Z][a-z]{1,8}", fullmatch=True)


@given(_WORD, _WORD, _GIVEN)
def test_a_name_and_its_chinese_given_name_pair_either_way(adopted: str, family: str, given_name: str) -> None:
    assume(adopted != family)
    short, full = f"{adopted} {family}", f"{adopted} {family} {given_name}"
    assert _with_chinese_given_name(short, full) and _with_chinese_given_name(full, short)
    assert not _with_chinese_given_name(short, f"{family} {adopted} {given_name}")
    assert not _with_chinese_given_name(short, f"{adopted} {family} {given_name.replace('-', '')}")
