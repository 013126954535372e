"""annotate on English copy: names joined into one word by a hyphen or an en dash ("US-China relations", "the
Beijing–Shanghai line") get their glosses after the whole word, in one bracket: "US-China (美国, 中国) relations"
(the review's R46-21: "US (美国)-China (中国) relations" broke the README's "a gloss goes after the whole word a name
starts"). A slash (alternatives) and an em dash (a break in the sentence) join no word: each name keeps its gloss.
Annotating twice changes nothing, --summary counts a glossed text as the plain one, json's insertions give the input
back, and --unknown puts a gloss where the other paths do ("Shenzhen-based (深圳)"). The glossary is real CC-CEDICT
lines (CC BY-SA 4.0, MDBG).
"""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.annotate import Annotator, Session, apply_insertions, remove_insertions
from zhgloss.formats.cedict import load_cedict

LINES = (
    "上海 上海 [Shang4 hai3] /Shanghai municipality, central east China, abbr. to 滬|沪[Hu4]/\n"
    "中國 中国 [Zhong1 guo2] /China/\n"
    "九龍 九龙 [Jiu3 long2] /Kowloon district of Hong Kong/\n"
    "北京 北京 [Bei3 jing1] /Beijing, capital of People's Republic of China/Peking/PRC government/\n"
    "天津 天津 [Tian1 jin1] /Tianjin, a municipality in northeast China, abbr. 津/\n"
    "深圳 深圳 [Shen1 zhen4] /Shenzhen subprovincial city in Guangdong, special economic zone close to Hong Kong/\n"
    "美國 美国 [Mei3 guo2] /United States/USA/US/\n"
    "西藏 西藏 [Xi1 zang4] /Tibet/Xizang or Tibetan autonomous region 西藏自治區|西藏自治区/\n"
    "青海 青海 [Qing1 hai3] /Qinghai province (Tsinghai) in west China, abbr. 青, capital Xining 西寧|西宁/\n"
    "香港 香港 [Xiang1 gang3] /Hong Kong/\n"
)
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))
CHINESE = {"US": "美国", "China": "中国", "Beijing": "北京", "Shanghai": "上海", "Tianjin": "天津", "Tibet": "西藏"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # R46-21 (the review's examples)
        ("Talks on the US-China relations.", "Talks on the US-China (美国, 中国) relations."),
        ("the Beijing-Shanghai line", "the Beijing-Shanghai (北京, 上海) line"),
        # the en dash joins as the hyphen does, and so do U+2010 and the no-break hyphen U+2011
        ("the Beijing\u2013Shanghai line", "the Beijing\u2013Shanghai (北京, 上海) line"),
        ("the Beijing\u2011Shanghai line", "the Beijing\u2011Shanghai (北京, 上海) line"),
        # my own: three names; a lower-case tail after the compound; CC-CEDICT's own English prose
        ("the Beijing-Tianjin-Shanghai corridor", "the Beijing-Tianjin-Shanghai (北京, 天津, 上海) corridor"),
        ("Beijing-Shanghai-bound trains", "Beijing-Shanghai-bound (北京, 上海) trains"),
        ("the Qinghai-Tibet railway", "the Qinghai-Tibet (青海, 西藏) railway"),
        ("the Beijing-Kowloon railway", "the Beijing-Kowloon (北京, 九龙) railway"),
        ("a Hong Kong-Shenzhen link", "a Hong Kong-Shenzhen (香港, 深圳) link"),
    ],
)
def test_names_joined_in_one_word_are_glossed_after_it(text: str, expected: str) -> None:
    assert Session(ANNOTATOR).render(text) == expected
    assert Session(ANNOTATOR, first_only=True).render(text) == expected  # the slow path (render_marks)
    assert ANNOTATOR.annotate(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beijing/Shanghai fares", "Beijing (北京)/Shanghai (上海) fares"),
        ("the US\u2014China too\u2014", "the US (美国)\u2014China (中国) too\u2014"),
        ("Beijing - Shanghai", "Beijing (北京) - Shanghai (上海)"),
        ("Sino-US trade", "Sino-US (美国) trade"),
        ("the pro-Beijing camp", "the pro-Beijing (北京) camp"),
    ],
)
def test_a_slash_an_em_dash_or_a_spaced_dash_joins_no_word(text: str, expected: str) -> None:
    assert Session(ANNOTATOR).render(text) == expected


def test_a_name_glossed_before_keeps_the_other_its_gloss_after_the_word() -> None:
    # --first-only: "US" is glossed at its first mention; at the second only China's gloss is new.
    text = "The US said.\nthe US-China talks"
    assert Session(ANNOTATOR, first_only=True).render(text) == "The US (美国) said.\nthe US-China (中国) talks"


@pytest.mark.parametrize("first_only", [False, True])
def test_annotating_twice_changes_nothing(first_only: bool) -> None:
    text = "the US-China talks; the Beijing\u2013Tianjin-Shanghai line; Hong Kong-Shenzhen-based firms.\n"
    once = Session(ANNOTATOR, first_only=first_only).render(text)
    assert Session(ANNOTATOR, first_only=first_only).render(once) == once
    assert "Beijing\u2013Tianjin-Shanghai (北京, 天津, 上海) line" in once


def test_an_older_glossed_text_stays_as_it_is() -> None:
    # What annotate wrote before (each name its own gloss) is read as glossed: nothing is added.
    old = "the US (美国)-China (中国) talks"
    assert Session(ANNOTATOR).render(old) == old


def test_the_json_rows_give_the_inline_text_and_the_input_back() -> None:
    text = "the US-China talks and the Beijing-Shanghai line"
    rows = [json.loads(line) for line in ANNOTATOR.annotate(text, fmt="json").splitlines()]
    inserted = [(row.get("at", row["end"]), row["inserted"]) for row in rows if row["inserted"]]
    assert inserted == [(len("the US-China"), " (美国, 中国)"), (len(text) - len(" line"), " (北京, 上海)")]
    # Each name's row keeps its own gloss; the first of a compound inserts nothing of its own.
    assert [(row["surface"], row["gloss"], row["status"]) for row in rows][:2] == [
        ("US", "美国", "glossed"),
        ("China", "中国", "glossed"),
    ]
    insertions = ANNOTATOR.insertions(text)
    assert apply_insertions(text, insertions) == ANNOTATOR.annotate(text)
    assert remove_insertions(ANNOTATOR.annotate(text), insertions) == text


NAMES = st.sampled_from(sorted(CHINESE))
JOINERS = st.sampled_from(["-", "\u2010", "\u2011", "\u2013", "/", "\u2014", " - ", " and "])


@settings(max_examples=150, deadline=None)
@given(st.lists(NAMES, min_size=2, max_size=4), st.lists(JOINERS, min_size=3, max_size=3), st.booleans())
def test_every_name_of_a_compound_is_glossed_once_and_twice_changes_nothing(
    names: list[str], joiners: list[str], first_only: bool
) -> None:
    between = [*joiners[: len(names) - 1], ""]
    text = "the " + "".join(name + joiner for name, joiner in zip(names, between, strict=True)) + " line"
    once = Session(ANNOTATOR, first_only=first_only).render(text)
    assert Session(ANNOTATOR, first_only=first_only).render(once) == once
    assert remove_insertions(once, ANNOTATOR.insertions(text, first_only=first_only)) == text
    brackets = [part.split(")")[0] for part in once.split(" (")[1:]]
    glossed = [gloss for bracket in brackets for gloss in bracket.split(", ")]
    expected = list(dict.fromkeys(CHINESE[name] for name in names)) if first_only else None
    if expected is not None:
        assert glossed == expected
    else:
        # Each mention's gloss once, in the text's order (a compound's bracket writes a gloss once).
        assert set(glossed) == {CHINESE[name] for name in names}
    # No gloss inside a word joined by a hyphen or an en dash.
    for bracket in brackets:
        after = once.split(f" ({bracket})", 1)[1]
        assert not after[:1] or after[0] not in "-\u2010\u2011\u2013"


@pytest.fixture
def glossary(tmp_path: Path, zhgloss_exe: str) -> Path:
    source = tmp_path / "names.u8"
    source.write_text(LINES, encoding="utf-8")
    db = tmp_path / "glossary.json"
    subprocess.run([zhgloss_exe, "import", str(source), "--db", str(db)], capture_output=True, check=True)
    return db


def _annotate(exe: str, db: Path, text: str, *flags: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [exe, "annotate", "-", "--db", str(db), *flags], input=text, capture_output=True, text=True, check=True
    )


def test_summary_counts_a_glossed_text_as_the_plain_one(glossary: Path, zhgloss_exe: str) -> None:
    text = "the US-China talks\nthe Beijing-Shanghai-Tianjin line\nBeijing said.\n"
    once = _annotate(zhgloss_exe, glossary, text).stdout
    assert once.splitlines() == [
        "the US-China (美国, 中国) talks",
        "the Beijing-Shanghai-Tianjin (北京, 上海, 天津) line",
        "Beijing (北京) said.",
    ]
    plain = _annotate(zhgloss_exe, glossary, text, "--summary")
    again = _annotate(zhgloss_exe, glossary, once, "--summary")
    assert again.stdout == once
    assert again.stderr == plain.stderr
    assert "6 mentions of 5 entries" in plain.stderr


def test_unknown_names_mode_puts_an_english_gloss_after_the_word(glossary: Path, zhgloss_exe: str) -> None:
    # --unknown took the mention's end: "the Shenzhen (深圳)-based firm", unlike every other path.
    out = _annotate(zhgloss_exe, glossary, "the Shenzhen-based firm and the US-China talks\n", "--unknown").stdout
    assert out == "the Shenzhen-based (深圳) firm and the US-China (美国, 中国) talks\n"
