"""A name stored with its joining hyphen (让-雅克·卢梭) is found in every spelling lookup finds (R35-4, R36-rel-3).

`script.zh_key` (lookup, search) reads a hyphen between two Han characters as it reads the middle dot; annotate and
check match the text as written through `script.separator_variants`, which spelt the dots otherwise but kept the
hyphen, so 让·雅克·卢梭 in copy was neither glossed nor checked. The spellings are GB/T 15834-2011's: the 间隔号
(middle dot) between the parts of a foreign name, a hyphen (连接号) inside a hyphenated given name.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from zhgloss.script import JOINING_HYPHENS, NAME_SEPARATORS, separator_variants, zh_key

# Real hyphenated names as Chinese copy writes them (Xinhua's transliterations).
NAMES = [
    ("让-雅克·卢梭", "Jean-Jacques Rousseau"),
    ("让-克洛德·容克", "Jean-Claude Juncker"),
    ("让-保罗·萨特", "Jean-Paul Sartre"),
    ("让-吕克·戈达尔", "Jean-Luc Godard"),
]


def _spellings(form: str) -> list[str]:
    """The spellings of `form` a reader meets: hyphens kept, made dots, dropped; other hyphen marks."""
    dotted = form.replace("-", "·")
    return [
        form,
        dotted,
        dotted.replace("·", ""),
        form.replace("-", "\u2010"),
        form.replace("-", "\uff0d"),
        form.replace("-", "\u2013"),
        form.replace("·", "•"),
    ]


def test_a_hyphenated_form_is_spelt_with_the_dot_the_other_hyphens_and_none() -> None:
    variants = separator_variants("让-雅克·卢梭")
    assert variants[0] == "让-雅克·卢梭"
    for spelling in _spellings("让-雅克·卢梭"):
        assert spelling in variants
    assert "让·雅克•卢梭" not in variants  # one separator through the name, as before


def test_a_hyphen_outside_han_is_no_separator() -> None:
    assert separator_variants("T-shirt") == ["T-shirt"]
    assert separator_variants("小米-SU7") == ["小米-SU7"]
    assert separator_variants("雷军") == ["雷军"]


HAN = st.sampled_from(list("让雅克卢梭保罗萨特"))


@given(
    parts=st.lists(st.lists(st.text(HAN, min_size=1, max_size=3), min_size=1, max_size=3), min_size=1, max_size=3),
    separator=st.sampled_from(NAME_SEPARATORS),
    hyphen=st.sampled_from(JOINING_HYPHENS),
)
def test_every_variant_has_the_forms_lookup_key(parts: list[list[str]], separator: str, hyphen: str) -> None:
    form = separator.join(hyphen.join(group) for group in parts)
    variants = separator_variants(form)
    assert variants[0] == form
    assert len(set(variants)) == len(variants)
    assert {zh_key(variant) for variant in variants} == {zh_key(form)}
    undotted = "".join("".join(group) for group in parts)
    assert undotted in variants
    all_dots = "·".join("·".join(group) for group in parts)
    assert all_dots in variants


def _glossary(tmp_path: Path) -> Path:
    db = tmp_path / "h.json"
    subprocess.run(["zhgloss", "init", str(db), "--empty"], check=True, capture_output=True)
    for zh, en in NAMES:
        subprocess.run(
            ["zhgloss", "--db", str(db), "add", zh, "--type", "person", "--en", en],
            check=True,
            capture_output=True,
            stdin=subprocess.DEVNULL,
        )
    return db


def test_annotate_glosses_every_spelling_lookup_finds(tmp_path: Path) -> None:
    db = _glossary(tmp_path)
    spellings = [(spelling, en) for zh, en in NAMES for spelling in _spellings(zh)]
    found = subprocess.run(
        ["zhgloss", "--db", str(db), "lookup", "-", "--field", "en"],
        input="".join(f"{spelling}\n" for spelling, _ in spellings),
        capture_output=True,
        text=True,
    )
    assert found.stdout.splitlines() == [en for _, en in spellings]
    out = subprocess.run(
        ["zhgloss", "--db", str(db), "annotate", "-"],
        input="".join(f"{spelling}说。\n" for spelling, _ in spellings),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert out == [f"{spelling}（{en}）说。" for spelling, en in spellings]


def test_check_reports_the_dotted_spelling_of_a_hyphenated_name(tmp_path: Path) -> None:
    db = _glossary(tmp_path)
    (tmp_path / "r2.zh").write_text("让·雅克·卢梭说。\n让雅克卢梭说。\n", encoding="utf-8")
    (tmp_path / "r2.en").write_text("He said.\nJean-Jacques Rousseau said.\n", encoding="utf-8")
    done = subprocess.run(
        ["zhgloss", "--db", str(db), "check", str(tmp_path / "r2.zh"), str(tmp_path / "r2.en")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert "1: missing 让·雅克·卢梭" in done.stdout
    assert "2:" not in done.stdout
