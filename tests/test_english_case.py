"""At a sentence's start a capital says nothing: an ordinary English word there is no name (issue 9).

The acceptance tester's s19 inputs: English annotate with the CC-CEDICT names glossary glossed "Time is running out"
as Time (时代), "Rice prices rose" as Rice (赖斯), "Doors open at seven" as Doors (大门). The glossary here holds those
entries as CC-CEDICT writes them (tests/data/cedict_english_case.u8, imported as `import --proper-only` would).
"""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest
from build_scripts import load_build_script
from cedict_fixtures import glossed
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.annotate import Annotator
from zhgloss.check import Checker, name_entries
from zhgloss.english_case import LOWER_WORDS_PATH, lower_words, sentence_starts
from zhgloss.errors import InvalidEntryError
from zhgloss.formats.bilingual import Segment
from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

CEDICT_LINES = """\
時代 时代 [Shi2 dai4] /Time, US weekly news magazine/
賴斯 赖斯 [Lai4 si1] /Rice (name)/Condoleezza Rice (1954-), US Secretary of State 2005-2009/
大門 大门 [Da4 men2] /The Doors, US rock band/
格林 格林 [Ge2 lin2] /Green or Greene (name)/
胡克 胡克 [Hu2 ke4] /Hook or Hooke (name)/
約伯 约伯 [Yue1 bo2] /Job (name)/Book of Job in the Old Testament/
土耳其 土耳其 [Tu3 er3 qi2] /Turkey/
中國 中国 [Zhong1 guo2] /China/
白宮 白宫 [Bai2 gong1] /White House/
"""
ENTRIES = list(load_cedict(io.StringIO(CEDICT_LINES), proper_only=True))
ANNOTATOR = Annotator(ENTRIES)


def test_the_glossary_holds_the_one_word_names() -> None:
    # The premise: each is an entry whose English is the one word the sentences below start with.
    forms = {form for entry in ENTRIES for form in entry.en_forms}
    assert {"Time", "Rice", "Green", "Hook", "Job", "Turkey", "China", "White House"} <= forms


@pytest.mark.parametrize(
    "sentence",
    [
        "Time is running out for the talks.",
        "Rice prices rose.",
        "Hook the cable to the wall.",
        "Job losses mounted.",
        "Green energy is growing.",
        "Talks stalled. Time is running out.",  # after a full stop
        "“Time is running out,” he said.",  # after an opening quote
        "Will it work? Green energy says yes.",  # after a question mark
        "他说。Rice prices rose.",  # after a Chinese full stop
    ],
)
def test_an_ordinary_word_starting_a_sentence_is_not_glossed(sentence: str) -> None:
    assert glossed(sentence, ANNOTATOR) == []


def test_the_same_words_where_no_sentence_starts_are_glossed() -> None:
    assert glossed("Secretary of State Rice met Green and Hook in the capital.", ANNOTATOR) == ["Rice", "Green", "Hook"]
    assert glossed("He read Time on the train.", ANNOTATOR) == ["Time"]


def test_a_name_english_writes_capitalised_starts_a_sentence_glossed() -> None:
    # China and Turkey are met capitalised more than in lower case (china the porcelain, turkey the bird).
    assert glossed("China and Turkey signed a deal.", ANNOTATOR) == ["China", "Turkey"]
    assert glossed("Turkey said on Monday it would respond.", ANNOTATOR) == ["Turkey"]
    # A longer form is no one word: the White House is glossed at a sentence's start.
    assert glossed("White House officials declined to comment.", ANNOTATOR) == ["White House"]


def test_the_line_that_calls_the_word_by_name_keeps_the_start() -> None:
    # The paragraph writes Rice capitalised mid-sentence too: it names her, so the first one is her as well.
    assert glossed("Rice said on Monday that Rice would travel to Ankara.", ANNOTATOR) == ["Rice", "Rice"]
    # Another line is not evidence: what annotate reads at once depends on how the input is cut.
    assert glossed("Rice prices rose.\nSecretary Rice travelled.", ANNOTATOR) == ["Rice"]


def test_a_title_or_initial_before_a_full_stop_ends_no_sentence() -> None:
    assert glossed("Mr. Green declined to comment.", ANNOTATOR) == ["Green"]
    assert glossed("The U.S. Time correspondent wrote.", ANNOTATOR) == ["Time"]
    assert glossed("Agent J. Hook arrived.", ANNOTATOR) == ["Hook"]


def test_a_safe_form_is_glossed_at_a_sentence_start() -> None:
    rice = next(e for e in ENTRIES if e.zh == "赖斯")
    safe = Annotator([rice.replace(safe_forms=("Rice",)), *(e for e in ENTRIES if e is not rice)])
    assert glossed("Rice said on Monday.", safe) == ["Rice"]
    assert glossed("Rice said on Monday.", ANNOTATOR) == []


def test_keeping_every_match_keeps_the_start_too() -> None:
    annotator = Annotator(ENTRIES)
    annotator.inside_words = False
    assert glossed("Rice prices rose.", annotator) == ["Rice"]


def test_safe_forms_may_name_an_english_form_but_not_another_text() -> None:
    entry = Entry(id="apple", type="org", zh="苹果", en="Apple", safe_forms=("Apple",))
    assert entry.safe_forms == ("Apple",)
    with pytest.raises(InvalidEntryError, match="not one of the entry's forms"):
        Entry(id="apple", type="org", zh="苹果", en="Apple", safe_forms=("Pear",))


def test_the_bundled_apple_is_safe_at_a_sentence_start() -> None:
    # The installed console script on the bundled glossary: "Apple" is a safe form of 苹果, so the company
    # starting a sentence keeps its gloss although apple is an ordinary word.
    out = subprocess.run(
        ["zhgloss", "annotate", "--json", "-"],
        input="Apple said on Monday.\n",
        capture_output=True,
        text=True,
        check=True,
    )
    mentions = [json.loads(line) for line in out.stdout.splitlines()]
    assert [(m["surface"], m["id"], m["status"]) for m in mentions] == [("Apple", "apple", "glossed")]
    bare = subprocess.run(
        ["zhgloss", "annotate", "-"], input="Doors open at seven.\n", capture_output=True, text=True, check=True
    )
    assert bare.stdout == "Doors open at seven.\n"


WORD = st.sampled_from(["Time", "Rice", "Green", "Hook", "Doors", "Job"])
LOWER = st.lists(st.sampled_from(["the", "prices", "rose", "said", "on", "monday"]), min_size=1, max_size=4)


@given(
    st.lists(st.tuples(WORD, LOWER), min_size=1, max_size=5),
    st.sampled_from([". ", "! ", "? ", "\n", ".\n", ": ", " — ", "—", "：", " – "]),
)
def test_every_sentence_start_is_found(sentences: list[tuple[str, list[str]]], stop: str) -> None:
    text = stop.join(" ".join([first, *rest]) for first, rest in sentences) + "."
    expected, at = set(), 0
    for first, rest in sentences:
        expected.add(at)
        at += len(" ".join([first, *rest])) + len(stop)
    assert sentence_starts(text) == expected


@given(st.sampled_from(["Mr", "Mrs", "Dr", "St", "Gen", "J", "U.S"]), WORD)
def test_no_sentence_starts_after_a_title(title: str, word: str) -> None:
    text = f"They met {title}. {word} today."
    assert sentence_starts(text) == {0}  # "They" only


def test_the_shipped_word_list_is_what_its_script_builds(shared_dir: Path) -> None:
    import gzip

    build = load_build_script("build_english_lower_words")
    with gzip.open(shared_dir / "data" / "cedict_ts.u8.gz", "rt", encoding="utf-8") as fp:
        lower, capital = build.count_cases(fp)
    shipped = [line for line in LOWER_WORDS_PATH.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert shipped == build.listed(lower, capital)
    assert {"time", "rice", "apple", "door", "green"} <= lower_words()
    assert not {"china", "turkey", "august"} & lower_words()


def test_the_script_counts_a_clause_start_as_neither() -> None:
    build = load_build_script("build_english_lower_words")
    lines = [
        "米 米 [mi3] /rice/CL:粒[li4]/",
        "稻米 稻米 [dao4 mi3] /paddy rice; Rice (not counted: it starts a later clause)/",
        "賴斯 赖斯 [Lai4 si1] /Rice (name)/Condoleezza Rice/",
    ]
    lower, capital = build.count_cases(lines)
    assert lower["rice"] == 2  # "/rice/" (a sense's first word) and "paddy rice"
    assert capital["rice"] == 2  # "/Rice (name)/" and "Condoleezza Rice"
    assert build.listed(lower, capital) == []  # 2 lower-case, under MIN_LOWER and not more than capitalised


def test_a_translation_check_reads_a_name_at_a_sentence_start() -> None:
    # check knows from the source which names a segment holds: a translation that renders 赖斯 as Rice at a sentence's
    # start renders it (CI at stop 36: "Musk said." became a 'variant' of 马斯克 and "Cook visited" no longer
    # unexpected once the rule applied to check's English side too).
    checker = Checker(ANNOTATOR, Annotator(name_entries(ENTRIES)))
    found = checker.check([Segment(1, "赖斯说会谈要结束了。", "Rice said the talks were ending.", line=1)])
    assert [(p.kind, p.source) for p in found.problems] == []
    # But an ordinary word there is no name the source lacks (acceptance tester, s20: "Rice prices rose." for
    # 大米价格上涨 failed check as `unexpected 赖斯`); the same word inside a sentence still is.
    plain = checker.check([Segment(1, "大米价格上涨。", "Rice prices rose.", line=1)])
    assert plain.problems == []
    extra = checker.check([Segment(1, "她说会谈要结束了。", "The talks were ending, Rice said.", line=1)])
    assert [(p.kind, p.found) for p in extra.problems] == [("unexpected", "Rice")]
    # The library's own spans: with sentence_case off the word is matched; on (annotate's default), it is not.
    text = "Rice said so."
    assert [text[s:e] for s, e, _ in ANNOTATOR.spans(text, sentence_case=False)] == ["Rice"]
    assert ANNOTATOR.spans(text) == []
