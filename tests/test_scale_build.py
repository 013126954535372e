"""Cache builds a column at a time (issue 15): each rewritten pass equals the one-at-a-time rule it replaced."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_scale import _SHARING, _english_patterns_row_by_row, _simp_trad_entry_by_entry

from zhgloss.forms import has_marked_sense
from zhgloss.glossable import MIN_LENGTH, UNIT_GENERICS, are_glossable, common_words
from zhgloss.model import Entry, EntryColumns
from zhgloss.script import NAME_SEPARATORS, has_cjk
from zhgloss.syllables import SYLLABLES

_GENERICS = {*(char for pair in UNIT_GENERICS.values() for char in pair), "山"}


def _glossable_entry_at_a_time(entry: Entry, form: str) -> bool:
    """The rule of `is_glossable` as it read an `Entry` before the columns' helpers: the reference."""
    if entry.always_gloss or form in entry.safe_forms:
        return True
    if entry.type in ("surname", "term"):
        return False  # a term is a dictionary's word (glossable.py, twenty-eighth session's U27-52)
    if entry.type == "phrase":
        return True
    zh_forms = entry.zh_forms
    if not has_cjk(form):
        if form.isalpha() and form.lower() in SYLLABLES:
            return False
        note = entry.note
        if note and has_marked_sense(note):
            senses = [sense for sense in note.split("; ") if form in sense]
            if senses and all(has_marked_sense(sense) for sense in senses):
                return False
        return not zh_forms or any(len(zh) >= MIN_LENGTH or not has_cjk(zh) for zh in zh_forms)
    letters = len(form) if form.isalnum() else sum(1 for c in form if not c.isspace() and c not in NAME_SEPARATORS)
    if letters == 2 and entry.type == "place" and any(form + generic in zh_forms for generic in _GENERICS):
        return False
    return letters >= MIN_LENGTH and form not in common_words()


CHINESE = st.sampled_from(
    ["和", "成功", "临河", "临河区", "乔·布", "·布", "北京", "中", "Q", "雷 军", "丹霞", "丹霞山", "臨河"]
)
LATIN = st.sampled_from(
    # One syllable in any case, the longest ("ZHUANG"), one letter longer, and "Kang" with a Kelvin sign (K), which
    # lower-cases to the syllable "kang".
    [
        *("Jun", "Lei Jun", "He", "Q", "@", "China", "Korea", "Trump", "Sichuanese pidgin", "Ｊun"),
        *("ZHUANG", "Zhuangs", "\u212aang", "jUN"),
    ]
)
NOTES = st.sampled_from(
    [
        None,
        "(derog.) Korea",
        "Sichuanese pidgin; (Tw) surname Trump",
        "Korea; (slang) Korea",
        "abbr. for China",
        "Linhe district of Bayan Nur",
        "Japan (used in Taiwan during the occupation)",
    ]
)


@st.composite
def entries(draw: st.DrawFn) -> Entry:
    zh = draw(st.one_of(st.none(), CHINESE))
    hant = draw(st.one_of(st.none(), CHINESE.filter(lambda form: form != zh))) if zh else None
    aliases = draw(st.lists(CHINESE.filter(lambda form: form not in (zh, hant)), max_size=2, unique=True))
    en = draw(LATIN)
    entry = Entry(
        id="x",
        type=draw(st.sampled_from(["person", "place", "org", "surname", "phrase", "term", "name"])),
        zh=zh,
        zh_hant=hant,
        zh_aliases=tuple(aliases),
        en=en,
        aliases=tuple(draw(st.lists(LATIN.filter(lambda form: form != en), max_size=2, unique=True))),
        note=draw(NOTES),
        always_gloss=draw(st.booleans()),
    )
    forms = entry.zh_forms
    return entry.replace(safe_forms=tuple(draw(st.lists(st.sampled_from(forms), max_size=1)))) if forms else entry


def _columns(listed: list[Entry]) -> EntryColumns:
    """The columns of `listed` as a cache build reads a glossary's (from its documents)."""
    return EntryColumns.from_documents([entry.to_dict() for entry in listed])


@given(st.lists(entries(), min_size=1, max_size=6), st.lists(CHINESE | LATIN, max_size=6))
def test_glossable_columns_equal_the_rule_an_entry_at_a_time_and_build_no_entry(
    listed: list[Entry], extra: list[str]
) -> None:
    rows = [(n, form) for n, entry in enumerate(listed) for form in (*entry.zh_forms, *entry.en_forms)]
    rows += [(n % len(listed), form) for n, form in enumerate(extra)]  # forms an entry does not list are asked too
    numbers, forms = [n for n, _ in rows], [form for _, form in rows]
    columns = _columns(listed)
    expected = [_glossable_entry_at_a_time(listed[n], form) for n, form in rows]
    assert are_glossable(columns, numbers, forms) == expected
    assert columns._built == {}  # every field read from the columns: no entry built


@given(st.lists(entries(), min_size=1, max_size=6))
def test_wording_of_columns_is_worked_out_once_and_is_each_entrys(listed: list[Entry]) -> None:
    from zhgloss.forms import are_wording, is_wording

    columns = _columns(listed)
    first = are_wording(columns)
    assert first == [is_wording(entry) for entry in listed]
    # check's names matcher (`name_places`) reads what the annotator's build worked out (`variant_texts_of`).
    assert are_wording(columns) is first
    # An entry put in (a hand-edited document that reads otherwise): worked out again.
    changed = listed[0].replace(type="person" if listed[0].type == "term" else "term")
    columns.with_entries({0: changed})
    assert are_wording(columns) == [is_wording(entry) for entry in [changed, *listed[1:]]]


@given(st.lists(entries(), min_size=1, max_size=6))
def test_chinese_forms_read_from_columns_are_the_entries(listed: list[Entry]) -> None:
    columns = _columns(listed)
    assert [columns.zh_forms_at(n) for n in range(len(listed))] == [entry.zh_forms for entry in listed]


@given(st.lists(st.text(alphabet=st.sampled_from("ab Z-'9.İßǅΣüé\uff41雷\n"), max_size=8), max_size=10))
def test_marked_and_folded_at_once_are_each_alone(texts: list[str]) -> None:
    from zhgloss.annotate import _anchor, _by_ascii, _fold, _folded_all

    folded = [_fold(text) for text in texts]
    assert _folded_all(texts) == folded
    assert _by_ascii(folded, _anchor, str.title) == [_anchor(text) for text in folded]


_FORMS = ["Taiwan", "TAIWAN", "Lei Jun", "lei jun", "Lei-Jun", "Xi'an", "Xi an", "Ｌｅｉ", "Zürich", "ZÜRICH", "İzmir"]


@given(
    st.lists(
        st.tuples(st.integers(0, len(_SHARING) - 1), st.integers(0, 5), st.sampled_from(_FORMS)),
        max_size=40,
    )
)
def test_english_rows_grouped_at_once_as_one_at_a_time(rows: list[tuple[int, int, str]]) -> None:
    from zhgloss.annotate import _english_patterns
    from zhgloss.model import entry_columns

    e_entry, e_code, e_written = [row[0] for row in rows], [row[1] for row in rows], [row[2] for row in rows]
    expected = _english_patterns_row_by_row(e_entry, e_code, e_written, _SHARING)
    assert _english_patterns(e_entry, e_code, e_written, entry_columns(_SHARING)) == expected


@given(st.lists(st.tuples(st.integers(0, 9), st.text(max_size=3)), max_size=12), st.integers(0, 3))
def test_index_form_columns_picked_at_once_as_row_by_row(rows: list[tuple[int, str]], step: int) -> None:
    from zhgloss.index import _Forms

    forms = _Forms([p for p, _ in rows], [p % 3 for p, _ in rows], [f for _, f in rows], [p << 8 for p, _ in rows])
    picked = [n for n in range(len(rows)) if n % 2 == 0][::-1]
    only = forms.only(picked, step)
    assert (only.pos, only.field, only.form, only.seq, only.text) == (
        [forms.pos[n] for n in picked],
        [forms.field[n] for n in picked],
        [forms.form[n] for n in picked],
        [forms.seq[n] + step for n in picked],
        [forms.text[n] for n in picked],
    )
    keep = [bool(form) for _, form in rows]
    kept = forms.kept(keep)
    rows_kept = [n for n in range(len(rows)) if keep[n]]
    assert (kept.pos, kept.form, kept.seq) == (
        [forms.pos[n] for n in rows_kept],
        [forms.form[n] for n in rows_kept],
        [forms.seq[n] for n in rows_kept],
    )


@given(
    st.lists(
        st.text(alphabet=st.sampled_from("aZ9_雷·- é\uff41ー\u0301\U00020000"), min_size=1, max_size=4), max_size=10
    )
)
def test_pattern_bounds_at_once_are_each_patterns_own(keys: list[str]) -> None:
    from zhgloss.annotate import WORD_CHARS, _bounds

    assert list(_bounds(keys)) == [int(WORD_CHARS[key[0]]) | int(WORD_CHARS[key[-1]]) << 1 for key in keys]


_MOSTLY_CHINESE = st.sampled_from([*"雷军北京小米" * 40, *"aZ9_ é\uff41\uff10ー\u0301·-\n\U00020000"])
"""Characters of Chinese patterns, with now and then one that continues a Latin word (or a line break)."""


def _each_patterns_bounds(keys: list[str]) -> list[int]:
    from zhgloss.annotate import WORD_CHARS

    return [int(WORD_CHARS[key[0]]) | int(WORD_CHARS[key[-1]]) << 1 for key in keys]


@given(st.lists(st.text(alphabet=_MOSTLY_CHINESE, min_size=1, max_size=4), max_size=200))
def test_pattern_bounds_found_at_line_ends_are_each_patterns_own(keys: list[str]) -> None:
    # The Chinese patterns' bounds: only the characters at line starts and ends that may continue a word are looked
    # at (None: the patterns are not for it, and the translated strings give them).
    from zhgloss.annotate import _bounds, _bounds_at_line_ends

    found = _bounds_at_line_ends(keys)
    assert found is None or list(found) == _each_patterns_bounds(keys)
    assert list(_bounds(keys)) == _each_patterns_bounds(keys)


def test_pattern_bounds_of_chinese_patterns_are_found_at_line_ends() -> None:
    from zhgloss.annotate import _bounds, _bounds_at_line_ends

    keys = [
        *["雷军", "北京", "小米科技"] * 100,
        "a雷",
        "雷a",
        "\uff41雷\uff10",
        "é",
        "雷\u0301",
        "雷·军",
        "9",
        "ー雷",
        "雷_",
    ]
    found = _bounds_at_line_ends(keys)
    assert found is not None and list(found) == _each_patterns_bounds(keys)
    assert list(found[-9:]) == [1, 2, 3, 3, 2, 0, 3, 0, 2]
    # A pattern holding a line break, or more than one in 16 starting with a Latin letter: the other way.
    assert _bounds_at_line_ends([*keys, "雷\n军"]) is None
    assert list(_bounds([*keys, "a\n军"])) == _each_patterns_bounds([*keys, "a\n军"])
    assert _bounds_at_line_ends(["Lei Jun", "Xiaomi", "雷军"] * 20) is None
    with pytest.raises((ValueError, IndexError)):
        _bounds([*keys, ""])


def _slots_row_by_row(entries: list[Entry], pos: list[int], places: list[int], forms: list[str]) -> list[int]:
    """The index rows' slots a row at a time, as f9be710's `_slots` found them before numpy: the reference."""
    from zhgloss.index import _EXTRA, _FORMS_BEFORE_ZH_ALIASES, _slot

    en_slots = [_FORMS_BEFORE_ZH_ALIASES + len(entry.zh_aliases) for entry in entries]
    pinyin_slots = [slot + 1 + len(entry.aliases) for slot, entry in zip(en_slots, entries, strict=True)]
    slots = []
    for at, place, form in zip(pos, places, forms, strict=True):
        phase, turn = (place >> 24) & 0xFF, place & 0xFFFFFF
        if phase < 2:
            slot = phase
        elif phase == 4:
            slot = en_slots[at]
        elif phase == 7:
            slot = pinyin_slots[at]
        elif phase == 2:
            slot = _FORMS_BEFORE_ZH_ALIASES + turn // 2
        elif phase == 5:
            slot = en_slots[at] + 1 + turn
        elif phase == 3:
            slot = _EXTRA
        else:
            slot = _slot(entries[at], place, form)
        slots.append(min(slot, _EXTRA))
    return slots


_PERSON = Entry(
    id="lv-bu",
    type="person",
    zh="吕布",
    zh_hant="呂布",
    zh_aliases=("奉先", "吕奉先"),
    en="Lü Bu",
    aliases=("Lu Bu", "Fengxian"),
    pinyin="Lǚ Bù",
)


def test_index_slots_at_once_equal_each_rows_own() -> None:
    import numpy as np

    from zhgloss.index import _converted_forms, _slots, key_columns

    listed = [_PERSON, *_SHARING, _PERSON.replace(id="other", zh_aliases=tuple(f"别{n}" for n in range(300)))]
    columns = key_columns(listed, _converted_forms(listed))
    pos = [columns.pos[n] for n in columns.order]
    places = [columns.place[n] for n in columns.order]
    forms = [columns.form[n] for n in columns.order]
    expected = _slots_row_by_row(listed, pos, places, forms)
    assert 255 in expected and len(set(expected)) > 5  # every kind of slot, and a form past the 254th
    assert _slots(listed, np.array(pos), np.array(places), forms).tolist() == expected


@given(st.lists(st.tuples(st.integers(0, 8), st.integers(0, 600)), max_size=30))
def test_index_slots_of_any_places_equal_each_rows_own(rows: list[tuple[int, int]]) -> None:
    import numpy as np

    from zhgloss.index import _place, _slots

    listed = [_PERSON, _SHARING[5]]
    pos = [turn % 2 for _, turn in rows]
    places = [_place(at, phase, turn) for at, (phase, turn) in zip(pos, rows, strict=True)]
    # Variants and reversed names (phases 6, 8) spell out one of the entry's own forms.
    forms = [listed[at].en_forms[turn % len(listed[at].en_forms)] for at, (_, turn) in zip(pos, rows, strict=True)]
    expected = _slots_row_by_row(listed, pos, places, forms)
    assert _slots(listed, np.array(pos, dtype=np.int64), np.array(places, dtype=np.int64), forms).tolist() == expected


@given(st.lists(st.text(alphabet=st.sampled_from("ab é\x00雷〇𠀀\uf900ǒ-"), max_size=6), max_size=12))
def test_forms_with_cjk_flagged_at_once_as_one_by_one(forms: list[str]) -> None:
    from zhgloss.script import cjk_flags, cjk_lines

    assert cjk_flags(forms) == [has_cjk(form) for form in forms]
    assert cjk_lines(forms) == {n for n, form in enumerate(forms) if has_cjk(form)}


@given(
    st.lists(
        st.tuples(st.integers(0, len(_SHARING) - 1), st.integers(0, 5), st.sampled_from(["Taiwan", "TAIWAN", "Xi'an"])),
        max_size=30,
    )
)
def test_english_rows_grouped_alike_when_every_row_number_collides(rows: list[tuple[int, int, str]]) -> None:
    # Copies of a form (one entry's) are found by one number per row mixing its entry and form; with no entry
    # in the mix every row of one form shares a number, and only true copies (the same entry) may be dropped.
    from unittest.mock import patch

    from zhgloss import annotate
    from zhgloss.model import entry_columns

    e_entry, e_code, e_written = [row[0] for row in rows], [row[1] for row in rows], [row[2] for row in rows]
    expected = _english_patterns_row_by_row(e_entry, e_code, e_written, _SHARING)
    with patch.object(annotate, "_MIX", 0):
        assert annotate._english_patterns(e_entry, e_code, e_written, entry_columns(_SHARING)) == expected


@given(
    st.lists(st.tuples(st.text("发髮鬆松里裏里们們", min_size=1, max_size=3), st.text("发髮松鬆里裏们們", max_size=3)))
)
def test_simplified_and_traditional_characters_of_repeated_pairs_as_an_entry_at_a_time(
    pairs: list[tuple[str, str]],
) -> None:
    # One character written in two ways (发 as 髮 and as 發 here, 里 as 裏 and as 里), and pairs repeated: each
    # pair of characters is judged at its first place only, and must be taken or refused as entry by entry.
    from zhgloss.annotate import _simp_trad

    listed = [Entry(id=f"e{n}", zh=zh, zh_hant=hant or None, en="x") for n, (zh, hant) in enumerate(pairs)]
    assert _simp_trad(listed) == _simp_trad_entry_by_entry(listed)


@given(
    st.lists(st.text(st.sampled_from(f"史蒂夫乔布斯小米.\x00{NAME_SEPARATORS}"), min_size=1, max_size=6), max_size=12)
)
def test_spelled_forms_and_columns_equal_each_forms_spellings(forms: list[str]) -> None:
    """`_spelled` lays each form's separator spellings after it, and repeats each column's item alike."""
    from zhgloss.annotate import _spelled
    from zhgloss.script import separator_variants

    numbers = list(range(len(forms)))
    codes = [n % 3 for n in numbers]
    expected_forms = [spelling for form in forms for spelling in separator_variants(form)]
    repeats = [len(separator_variants(form)) for form in forms]
    expected = [
        [item for item, times in zip(column, repeats, strict=True) for _ in range(times)] for column in (numbers, codes)
    ]
    assert _spelled(forms, [numbers, codes]) == (expected_forms, expected)


@given(
    st.lists(st.tuples(st.sampled_from("发髮發里裏a\x00𠀀\U0010ffff"), st.sampled_from("发髮裏里b\x00𠀀\U0010ffff")))
)
def test_distinct_character_pairs_at_once_are_the_pairs_in_order_of_first_place(pairs: list[tuple[str, str]]) -> None:
    # Characters of every plane (𠀀 is past the BMP, U+10FFFF the last code point) and NUL: each pair at its first
    # place, as dict.fromkeys of the pairs a place at a time finds them.
    from zhgloss.annotate import _distinct_pairs

    firsts, seconds = "".join(a for a, _ in pairs), "".join(b for _, b in pairs)
    assert _distinct_pairs(firsts, seconds) == list(dict.fromkeys(pairs))


@given(st.lists(st.tuples(st.integers(-5, 5), st.integers(0, 4)), max_size=20))
def test_items_repeated_at_once_as_each_by_its_count(rows: list[tuple[int, int]]) -> None:
    from zhgloss.annotate import _repeated

    items, counts = [item for item, _ in rows], [count for _, count in rows]
    assert _repeated(iter(items), counts) == [item for item, count in rows for _ in range(count)]


@given(st.lists(entries(), min_size=1, max_size=5), st.lists(st.integers(0, 10**6), min_size=10, max_size=10))
def test_an_annotator_built_of_entry_spans_writes_those_spans_as_given_afresh(
    listed: list[Entry], offsets: list[int]
) -> None:
    # build_bytes keeps the starts and ends its tables made of the spans (not packed twice): the bytes must be those
    # of the same spans given to to_bytes as another list, the tables not built of them.
    from zhgloss.annotate import Annotator

    listed = [entry.replace(id=f"e{n}") for n, entry in enumerate(listed)]
    spans = [(offsets[n], offsets[n] + offsets[-1 - n] + 2) for n in range(len(listed))]
    assert Annotator.build_bytes(listed, spans) == Annotator(listed).to_bytes([tuple(span) for span in spans])


@given(
    st.lists(
        st.tuples(
            st.integers(0, 4),
            st.integers(0, 5),
            st.sampled_from(["Xiaomi Park", "Xiaomi", "Lei Jun", "Ma's Tower", "Huawei Tower East", "x y", ""]),
        ),
        max_size=12,
    ),
    st.lists(st.sampled_from(["org", "place", "person", "product", "term"]), min_size=5, max_size=5),
)
def test_possessive_rows_added_at_once_as_row_by_row(rows: list[tuple[int, int, str]], types: list[str]) -> None:
    # Each owner's form of two words or more is followed by its possessive spellings; the rows of the others are
    # kept as they are (the owners' rows are picked by their entry numbers first).
    from zhgloss.annotate import POSSESSIVE_TYPES, _with_possessives, possessive_variants

    owners = {n for n, kind in enumerate(types) if kind in POSSESSIVE_TYPES}
    expected: list[tuple[int, int, str]] = []
    for entry, code, form in rows:
        expected.append((entry, code, form))
        if entry in owners and " " in form:
            expected += [(entry, code, extra) for extra in possessive_variants(form, types[entry])]
    entries, codes, forms = [row[0] for row in rows], [row[1] for row in rows], [row[2] for row in rows]
    found = _with_possessives(entries, codes, forms, owners, types)
    assert list(zip(*found, strict=True)) == expected if rows else found == ([], [], [])
