"""`zhgloss check` names a person's family name written in pinyin where the person's English spells it otherwise: a
`misspelt` that says so, never `missing` "found nothing" (the user's U36-15).

A mainland-trained translator writes Hong Kong's 李家超 'John Lee' as "John Li" and 曾荫权 'Donald Tsang' as "Donald
Zeng": the family name in Mandarin pinyin (李 Li, 曾 Zeng) where the person's own name spells it in Cantonese (Lee,
Tsang), or Singapore's Hokkien (李光耀 Lee Kuan Yew), or Taiwan's Wade-Giles (蔡英文 Tsai Ing-wen). By letters these
are no near misses ("John Li" scores 77 against "John Lee", under the cutoff 80), and check said it found nothing,
sending the editor to hunt for a name that is in the sentence. The rule: the family name of the person's English
(`zhgloss.forms.family_name`), where it spells the first character otherwise than its pinyin (`adopted`'s surname
spellings), replaced by the pinyin of the entry's first syllable; also the adopted name with it alone ("Paul Chen" of
"Paul Chan Mo-po"). A name in pinyin throughout ("Li Jiachao") is a romanization, a `variant`, as before.

The glossary: real CC-CEDICT lines (tests/data/cedict_check_pinyin_surnames_s36.u8) and two persons added by `zhgloss
add` as the user's glossary holds them (CC-CEDICT has no line for 李家超 or 陈茂波).
"""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

import pytest
from cedict_check import check_lines, import_cedict
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.check import checker_for
from zhgloss.cli.check import render_problem
from zhgloss.formats.bilingual import Segment
from zhgloss.model import Entry
from zhgloss.store import Glossary

ADDED = [
    ("李家超", "John Lee", ["John Lee Ka-chiu", "Lee Ka-chiu"]),
    ("陈茂波", "Paul Chan Mo-po", ["Chan Mo-po"]),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory, zhgloss_exe: str) -> Path:
    folder = tmp_path_factory.mktemp("pinyin_surnames")
    db = import_cedict(zhgloss_exe, "cedict_check_pinyin_surnames_s36.u8", folder / "cedict.json")
    for zh, en, aliases in ADDED:
        args = [zhgloss_exe, "--db", str(db), "add", zh, "--type", "person", "--en", en, "--adopted", "--yes"]
        args += [part for alias in aliases for part in ("--alias", alias)]
        done = subprocess.run(args, capture_output=True, stdin=subprocess.DEVNULL, check=False)
        assert done.returncode == 0, done.stderr
    return db


@pytest.mark.parametrize(
    ("source", "target", "found", "expected", "pinyin", "zh", "own"),
    [
        ("李家超会见传媒。", "John Li met the media.", "John Li", "John Lee", "Li", "李", "Lee"),
        ("曾荫权出席。", "Donald Zeng attended.", "Donald Zeng", "Donald Tsang", "Zeng", "曾", "Tsang"),
        ("陈茂波表示。", "Paul Chen said.", "Paul Chen", "Paul Chan", "Chen", "陈", "Chan"),
        ("梁振英出席。", "Liang Chun-ying attended.", "Liang Chun-ying", "Leung Chun-ying", "Liang", "梁", "Leung"),
        ("董建华出席。", "Dong Chee-hwa attended.", "Dong Chee-hwa", "Tung Chee-hwa", "Dong", "董", "Tung"),
        ("李光耀出席。", "Li Kuan Yew attended.", "Li Kuan Yew", "Lee Kuan Yew", "Li", "李", "Lee"),
        ("吴作栋出席。", "Wu Chok Tong attended.", "Wu Chok Tong", "Goh Chok Tong", "Wu", "吴", "Goh"),
        ("蔡英文出席。", "Cai Ing-wen attended.", "Cai Ing-wen", "Tsai Ing-wen", "Cai", "蔡", "Tsai"),
    ],
)
def test_a_family_name_in_pinyin_is_misspelt_and_says_so(
    zhgloss_exe: str,
    glossary: Path,
    tmp_path: Path,
    source: str,
    target: str,
    found: str,
    expected: str,
    pinyin: str,
    zh: str,
    own: str,
) -> None:
    said = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert len(said) == 1, said
    assert said[0].startswith(f'1: misspelt {source[:3]}: found "{found}", expected "{expected}" (')
    assert f"the family name in pinyin, {pinyin} of {zh}, where " in said[0]
    assert said[0].endswith(f" spells it {own})")


@pytest.mark.parametrize(
    ("source", "target", "problems"),
    [
        # The person's own spelling, and a name whose pinyin is its English.
        ("李家超会见传媒。", "John Lee met the media.", []),
        ("曾荫权出席。", "Donald Tsang attended.", []),
        ("马英九出席。", "Ma Ying-jeou attended.", []),
        ("李光耀出席。", "Lee Kuan Yew attended.", []),
        # A name in pinyin throughout is a romanization, a variant, as before.
        ("曾荫权出席。", "Zeng Yinquan attended.", None),
        # Another person's name is still no rendering.
        ("李家超会见传媒。", "John Chan met the media.", ['missing 李家超: found nothing, expected "John Lee"']),
    ],
)
def test_other_spellings_are_judged_as_before(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, problems: list[str] | None
) -> None:
    said = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    if problems is None:
        assert len(said) == 1 and said[0].startswith(f"1: variant {source[:3]}: "), said
    else:
        assert said == [f"1: {p}" for p in problems]


# Surnames whose English spelling in Hong Kong, Singapore or Taiwan is not their pinyin (surname_spellings.tsv).
SURNAMES = [
    ("李", "Lǐ", "Lee"),
    ("陈", "Chén", "Chan"),
    ("曾", "Zēng", "Tsang"),
    ("梁", "Liáng", "Leung"),
    ("张", "Zhāng", "Cheung"),
]


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(SURNAMES),
    st.sampled_from(["John", "Paul", "Carrie", "Regina", "Henry", "Donald"]),
    st.sampled_from([("家", "Jiā", "Ka"), ("振", "Zhèn", "Chun"), ("国", "Guó", "Kwok")]),
)
def test_any_adopted_name_with_its_family_name_in_pinyin_is_misspelt(
    tmp_path_factory: pytest.TempPathFactory,
    surname: tuple[str, str, str],
    adopted: str,
    given_name: tuple[str, str, str],
) -> None:
    zh, pinyin, own = surname
    db = tmp_path_factory.mktemp("property") / "g.json"
    with Glossary.open(db, must_exist=False) as gloss:
        en = f"{adopted} {own}"
        gloss.add(
            Entry(
                id="p",
                type="person",
                zh=zh + given_name[0],
                pinyin=f"{pinyin} {given_name[1]}",
                en=en,
                en_adopted=True,
                aliases=[f"{own} {given_name[2]}"],
            )
        )
        checker = checker_for(gloss)
        written = "".join(c for c in unicodedata.normalize("NFD", pinyin) if c.isascii())
        wrong = checker.check([Segment(1, f"{zh}{given_name[0]}说。", f"{adopted} {written} said.")])
        right = checker.check([Segment(1, f"{zh}{given_name[0]}说。", f"{en} said.")])
    said = [render_problem(p) for p in wrong.problems]
    assert [p.kind for p in wrong.problems] == ["misspelt"], said
    assert f"the family name in pinyin, {written} of {zh}" in said[0]
    assert right.problems == []


@pytest.mark.parametrize(
    ("target", "kind", "note"),
    [
        ("Paul Chan said.", "variant", "the name without its Chinese given name 'Mo-po'"),
        ("Paul Chen said.", "misspelt", "the family name in pinyin, Chen of 陈, where Paul Chan Mo-po spells it Chan"),
        ("Paul Wong said.", "missing", None),
    ],
)
def test_the_adopted_name_and_family_name_are_a_shorter_name(
    tmp_path: Path, target: str, kind: str, note: str | None
) -> None:
    # The user's U36-34: an entry whose English is the long form, as `edit --en "Paul Chan Mo-po"` leaves it; news
    # writes "Paul Chan" (it was `misspelt`).
    db = tmp_path / "g.json"
    with Glossary.open(db, must_exist=False) as gloss:
        gloss.add(
            Entry(
                id="paul-chan",
                type="person",
                zh="陈茂波",
                pinyin="Chén Màobō",
                en="Paul Chan Mo-po",
                en_adopted=True,
                aliases=["Chan Mo-po"],
            )
        )
        report = checker_for(gloss).check([Segment(1, "陈茂波表示。", target)])
    assert [(p.kind, p.note) for p in report.problems] == [(kind, note)]
