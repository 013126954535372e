"""A name shortened part by part, what each part stands for in a bracket, then the rest of the name (R48-14).

京广铁路 "Jing-Guang (Beijing-Guangzhou) Railway" was stored "Jing-Guang": the name cut at the bracket. The bracket
spells each shortened part out (Jing of Beijing, Guang of Guangzhou); the name in full goes on after it. The entry is
the name in full, the shortened one an alias with the same words after it (`zhgloss.formats.cedict._SHORTENED_FIRST_RE`,
`_is_shortened_of`). A full CC-CEDICT import changes that entry alone (forty-ninth session).
"""

from __future__ import annotations

import io

from hypothesis import given
from hypothesis import strategies as st

from zhgloss.formats.cedict import load_cedict, read_sense
from zhgloss.model import Entry


def one(line: str) -> Entry:
    entries = list(load_cedict(io.StringIO(line + "\n")))
    assert len(entries) == 1
    return entries[0]


def test_jing_guang_railway_is_the_beijing_guangzhou_railway() -> None:
    entry = one("京廣鐵路 京广铁路 [Jing1 Guang3 Tie3 lu4] /Jing-Guang (Beijing-Guangzhou) Railway/")
    assert entry.en == "Beijing-Guangzhou Railway"
    assert entry.aliases == ("Jing-Guang Railway",)
    assert entry.type == "place"  # as 沪宁铁路 "Shanghai-Nanjing Railway" and 京哈铁路 "Beijing-Harbin railway" are
    assert entry.note == "Jing-Guang (Beijing-Guangzhou) Railway"


def test_a_shortened_name_with_longer_words_after_it() -> None:
    # Lines of the same shape (CC-CEDICT has no line for 京津城际铁路): the words after the bracket, however many, go
    # on both names; a clause after them stays the description.
    entry = one(
        "京津城際鐵路 京津城际铁路 [Jing1 Jin1 Cheng2 ji4 Tie3 lu4] "
        "/Jing-Jin (Beijing-Tianjin) Intercity Railway, opened in 2008/"
    )
    assert entry.en == "Beijing-Tianjin Intercity Railway"
    assert "Jing-Jin Intercity Railway" in entry.aliases
    sense = read_sense("Hang-Zhou (Hangzhou-Zhoushan) Expressway")
    assert sense.name == "Hangzhou-Zhoushan Expressway"
    assert sense.aliases == ["Hang-Zhou Expressway"]


def test_the_acronyms_bracket_is_read_as_before() -> None:
    # The initials' rules are this rule's neighbours: unchanged.
    for gloss in ("Shanghai Stock Exchange (SSE) Composite Index", "SSE (Shanghai Stock Exchange) Composite Index"):
        sense = read_sense(gloss)
        assert sense.name == "Shanghai Stock Exchange Composite Index"
        assert sense.aliases == ["SSE Composite Index"]


def test_a_bracket_that_spells_no_part_out_is_no_full_name() -> None:
    # A list of the places (京津冀: the region goes by its shortened name), a part that is no syllable of the place in
    # its place (京九 "JingJiu (Beijing-Kowloon)": Jiu is 九 of 九龙, which English writes Kowloon; 京沪 "Jing-Hu":
    # Hu is 沪, Shanghai's one-character name), parts of other counts are read as before: the name before the bracket.
    assert read_sense("Jing-Jin-Ji (Beijing, Tianjin and Hebei Province)").name == "Jing-Jin-Ji"
    assert read_sense("JingJiu (Beijing-Kowloon) railway").name == "JingJiu"
    assert read_sense("Jing-Hu (Beijing-Shanghai) Railway").name == "Jing-Hu"
    assert read_sense("Jing-Guang (Beijing-Guangzhou-Shenzhen) Railway").name == "Jing-Guang"
    assert read_sense("Sino-Soviet (Russia-China) Treaty").name != "Russia-China Treaty"


PLACES = [
    ("Beijing", "Bei", "Jing"),
    ("Guangzhou", "Guang", "Zhou"),
    ("Shanghai", "Shang", "Hai"),
    ("Nanjing", "Nan", "Jing"),
    ("Tianjin", "Tian", "Jin"),
    ("Hangzhou", "Hang", "Zhou"),
    ("Chengdu", "Cheng", "Du"),
    ("Chongqing", "Chong", "Qing"),
    ("Wuhan", "Wu", "Han"),
    ("Lanzhou", "Lan", "Zhou"),
    ("Kunming", "Kun", "Ming"),
    ("Xiamen", "Xia", "Men"),
]
GENERICS = ["Railway", "Expressway", "High-Speed Railway", "Canal", "Pipeline", "Highway"]


@given(
    st.lists(st.sampled_from(PLACES), min_size=2, max_size=3, unique=True),
    st.lists(st.booleans(), min_size=3, max_size=3),
    st.sampled_from(GENERICS),
)
def test_any_places_shortened_by_a_syllable_name_the_thing_in_full(
    places: list[tuple[str, str, str]], firsts: list[bool], generic: str
) -> None:
    # Each place shortened to its first or last syllable: the name in full, then the generic, is the name; the
    # shortened one with the generic its alias.
    short = "-".join(first if pick else last for (_, first, last), pick in zip(places, firsts, strict=False))
    full = "-".join(place for place, _, _ in places)
    sense = read_sense(f"{short} ({full}) {generic}")
    assert sense.name == f"{full} {generic}"
    assert sense.aliases[:1] == [f"{short} {generic}"]
