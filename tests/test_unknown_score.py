"""`NameFinder._score` asks a rule about what follows a name only where the rule's first test passes (session 18).

The first tests are spelled out in `_score` on the characters after the name, read once (`head`, `second`,
`third`); each test here holds one of them to its rule: where it fails, the rule answers as if it had not been
asked. The finder's mentions are the same as before on every evaluation sentence, the news sweeps and the corpus
(`benchmarks/bench_unknown.py --quality --dev --against COMMIT`); these tests say why, rule by rule.
"""

from __future__ import annotations

from functools import lru_cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss import unknown
from zhgloss.namecontext import _CLOSERS, _LIST_MARKS, FINDER_ORG_WORDS, TITLES_AFTER, TITLES_BEFORE
from zhgloss.unknown import (
    _AFTER,
    _AFTER_HEADS,
    _BUSINESS_HEADS,
    _BUSINESS_SECONDS,
    _CLOSER_AFTER,
    _FINDER_ORG_HEADS,
    _PLACE_WORD_LASTS,
    _SHOP_CHARACTERS,
    _SHOP_ENDINGS,
    _SHOP_GIVEN,
    _TRANSLIT_CHARS,
    NameFinder,
    _after_bonus,
    _has_list_mark,
)

FINDER = NameFinder()
WORDS = sorted(FINDER.stats.words)
# Words for a kind of place (示范区, 音乐学院) and of business (老字号), nouns (经济), and the characters the first
# tests look at, beside names' characters: text dense with what each rule reads.
PIECES = [
    *[w for w in WORDS if len(w) > 2 and w[-1] in _PLACE_WORD_LASTS][::40],
    *sorted(FINDER._nouns)[::200],
    *WORDS[::2000],
    *sorted(FINDER_ORG_WORDS),
    *sorted(TITLES_BEFORE)[:60],
    *sorted(TITLES_AFTER)[:60],
    *sorted(_AFTER)[:80],
    *sorted(_SHOP_CHARACTERS),
    *sorted(FINDER.stats.single)[::3],
    *sorted(FINDER.stats.given, key=FINDER.stats.given.__getitem__, reverse=True)[:150],
    *"的是都等和、与，。老字号品牌",
]
texts = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(texts, st.sampled_from(sorted(FINDER.stats.given)[:400]))
def test_after_bonus_is_the_closers_where_no_word_it_reads_starts(after: str, given_name: str) -> None:
    # Neither a word of _AFTER nor an organisation word can start after the name or in it: only punctuation counts.
    after = after[:4]
    head = after[:1]
    if head in _AFTER_HEADS or not _FINDER_ORG_HEADS.isdisjoint(given_name + head):
        return
    assert _after_bonus(given_name, after) == (_CLOSER_AFTER if head in _CLOSERS else 0.0)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_a_brand_goes_on_only_where_an_organisation_word_starts_one_character_on(text: str) -> None:
    for e in range(len(text) + 1):
        if text[e + 1 : e + 2] not in _FINDER_ORG_HEADS:
            assert not FINDER._brand_goes_on(text, e)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_a_word_for_a_place_ends_only_in_one_of_its_last_characters(text: str) -> None:
    # `_place_word_at` at k: its word of three or four characters ends in a character of _PLACE_WORD_LASTS.
    for k in range(len(text) + 1):
        if text[k + 2 : k + 3] not in _PLACE_WORD_LASTS and text[k + 3 : k + 4] not in _PLACE_WORD_LASTS:
            assert FINDER._place_word_at(text, k) is None


@settings(max_examples=300, deadline=None)
@given(texts)
def test_a_place_follows_a_name_only_after_its_word_or_a_noun(text: str) -> None:
    for e in range(len(text) + 1):
        after = text[e : e + 4]
        ends_no_word = after[2:3] not in _PLACE_WORD_LASTS and after[3:4] not in _PLACE_WORD_LASTS
        if ends_no_word and after[:2] not in FINDER._nouns:
            assert not FINDER._place_word_follows(text, e)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_a_name_names_a_business_only_after_a_character_the_rule_reads(text: str) -> None:
    for e in range(2, len(text) + 1):
        for given_name in (text[e - 1 : e], text[e - 2 : e]):
            if (
                given_name[-1] in _SHOP_ENDINGS
                or given_name in _SHOP_GIVEN
                or text[e : e + 1] in _BUSINESS_HEADS
                or text[e + 1 : e + 2] in _BUSINESS_SECONDS
            ):
                continue
            assert not FINDER._names_a_business(text, e, given_name)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_a_word_then_a_name_only_where_the_word_is_one_and_a_surname_follows(text: str) -> None:
    for j in range(1, len(text) - 1):
        given_name = text[j : j + 2]
        if given_name[1] in FINDER.stats.single and text[j - 1 : j + 1] in FINDER.stats.words:
            continue
        assert not FINDER._word_then_name(text, j, given_name, FINDER.threshold)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_a_surname_inside_a_transliteration_is_one_of_its_characters(text: str) -> None:
    for i in range(len(text)):
        if text[i] not in _TRANSLIT_CHARS:
            for e in range(i + 2, min(len(text), i + 4) + 1):
                assert not FINDER._inside_transliteration(text, i, e)


@settings(max_examples=400, deadline=None)
@given(st.text("王明和、与及跟同，。的张小泉\n", max_size=40), st.integers(0, 45), st.integers(0, 45))
def test_a_list_mark_is_seen_where_one_stands_in_the_range(text: str, start: int, end: int) -> None:
    assert _has_list_mark(text, start, end) == any(mark in text[start:end] for mark in _LIST_MARKS)


# What a plain name asks of the rules about what follows it: (name, sentence) where none of the first tests passes.
PLAIN_NAMES = [
    ("任正非", "华为创始人任正非表示，公司将继续投入研发。"),
    ("刘建国", "昨天刘建国在北京参加了会议。"),
    ("李华", "记者李华报道"),
    ("张文宏", "医生张文宏认为疫情可控。"),
]


class _Asking(NameFinder):
    """A finder that records which of the rules about what follows a name it asks (each then asked as it is)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def _brand_goes_on(self, text: str, e: int) -> bool:
        self.asked.append("_brand_goes_on")
        return super()._brand_goes_on(text, e)

    def _place_word_follows(self, text: str, e: int) -> bool:
        self.asked.append("_place_word_follows")
        return super()._place_word_follows(text, e)

    def _names_a_business(self, text: str, e: int, given: str) -> bool:
        self._reads.far = True
        self.asked.append("_names_a_business")
        return super()._names_a_business(text, e, given)

    def _word_then_name(self, text: str, j: int, given: str, score: float) -> bool:
        self._reads.far = True
        self.asked.append("_word_then_name")
        return super()._word_then_name(text, j, given, score)


@pytest.mark.parametrize(("name", "sentence"), PLAIN_NAMES)
def test_a_plain_name_is_found_without_asking_the_rules_whose_first_test_fails(
    name: str, sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    finder = _Asking()
    bonus_asked: list[str] = []

    def counted_after_bonus(given_name: str, after: str) -> float:
        bonus_asked.append(after)
        return _after_bonus(given_name, after)

    monkeypatch.setattr(unknown, "_after_bonus", counted_after_bonus)
    assert [f.surface for f in finder.find(sentence)] == [name]
    assert finder.asked == []
    # `_after_bonus` is asked only where a word of _AFTER or an organisation word may start (表示, 在, 报道).
    assert all(after[:1] in _AFTER_HEADS or not _FINDER_ORG_HEADS.isdisjoint(after[:1]) for after in bonus_asked)


@lru_cache(maxsize=1)
def bundled_pair_flags() -> tuple[dict[int, int], unknown._PairFlags]:
    """The bundled statistics' pairs as a dict, and as `_PairFlags` (built once for the test below)."""
    codes_list, flags_list = unknown._bundled_pair_codes()
    return dict(zip(codes_list, flags_list, strict=True)), unknown._PairFlags(codes_list, flags_list)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30).map("".join), st.integers(1, 4))
def test_pair_flags_of_a_table_of_columns_are_those_of_a_dict(text: str, columns: int) -> None:
    # `_PairFlags.flags` asks the binary search of the pairs that found their slot taken only for the codes whose
    # slot holds another pair: on the bundled table (some 70,000 pairs, thousands of them past their slot), for the
    # pairs of a text in `columns` columns (as `_live_starts` asks them), it answers as a dict of the pairs does.
    import numpy as np

    table, flags = bundled_pair_flags()
    codes_list = list(table)
    assert len(flags.more_keys) > 1000  # (many pairs of the bundled table are past their slot)
    pairs = [ord(a) * 0x110000 + ord(b) for a, b in zip(text, text[1:] + "。", strict=True)]
    pairs += [codes_list[k] for k in range(0, len(codes_list), max(1, len(codes_list) // 50))]
    pairs += list(flags.more_keys[:: max(1, len(flags.more_keys) // 50)].tolist())
    pairs += [-1] * (-len(pairs) % columns)
    codes = np.array(pairs, dtype=np.int64).reshape(-1, columns)
    assert flags.flags(codes).tolist() == [[table.get(c, 0) for c in row] for row in codes.tolist()]


# A verb of speech that may end a name (道) adds to a name before it only where it opens a quotation (`_unsaid`): at
# the text's end it opens none, as before a line break, where it read as a word of a longer size that the text had
# no room for. 曰 ends no name: it adds wherever it follows one (tests/test_unknown_said.py).


@pytest.mark.parametrize("verb", sorted(unknown._QUOTE_VERBS))
def test_a_verb_of_speech_ending_the_text_adds_nothing(verb: str) -> None:
    assert _after_bonus("明", verb) == _after_bonus("明", verb + "\n") == 0.0
    assert _after_bonus("明", verb + "：") == _AFTER[verb] > 0.0  # it opens a quotation
    assert _after_bonus("明", verb + "“") == _AFTER[verb]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("伏咵乻曰", [("伏咵乻", 10.39)]),  # 曰's bonus (1.5): "said" wherever it follows a name, as in 伏咵乻曰\n
        ("王小明道", []),  # 王小明 is weak enough without the bonus, as in 王小明道\n
        ("王小明道：“走吧。”", [("王小明", 3.41)]),  # a quotation: the bonus
    ],
)
def test_a_name_before_a_verb_of_speech_ending_the_text_scores_as_before_a_line_break(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert [(f.surface, f.score) for f in NameFinder().find(text)] == expected


name_before_verb = st.builds(
    lambda surname, given, verb: surname + "".join(given) + verb,
    st.sampled_from(sorted(FINDER.stats.single)[::4]),
    st.lists(
        st.sampled_from(sorted(FINDER.stats.given, key=FINDER.stats.given.__getitem__, reverse=True)[:200]), max_size=3
    ),
    st.sampled_from("道曰"),
)


@settings(max_examples=300, deadline=None)
@given(name_before_verb)
def test_the_names_before_a_verb_of_speech_are_the_same_with_or_without_a_last_line_break(text: str) -> None:
    def names(found: list[unknown.Found]) -> list[tuple[int, int, float]]:
        return [(f.start, f.end, f.score) for f in found]

    assert names(NameFinder().find(text)) == names(NameFinder().find(text + "\n"))
