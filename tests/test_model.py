"""Entries: normalization at the boundary and validation naming the field."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.errors import InvalidEntryError
from zhgloss.model import Entry, Role, _Folds, fold_letters, slugify


def test_round_trip_through_dict() -> None:
    entry = Entry(
        id="liu-qiangdong",
        zh="刘强东",
        zh_hant="劉強東",
        pinyin="Liú Qiángdōng",
        en="Liu Qiangdong",
        aliases=("Richard Liu",),
        roles=(Role(title="founder", org="JD.com", org_id="jd-com", start="1998-06"),),
        sources=("article:000",),
    )
    assert Entry.from_dict(entry.to_dict()) == entry
    assert list(entry.to_dict()) == [
        "id", "type", "zh", "zh_hant", "pinyin", "en", "aliases", "zh_aliases",
        "en_adopted", "refers_to", "roles", "note", "sources",
    ]  # fmt: skip


def test_text_is_normalized_once_at_the_boundary() -> None:
    entry = Entry(id="x", en="  Ｌｅｉ　Jun ", zh="雷军\u3000", aliases=("Lei Jun", "LEI Jun", "LEI Jun"))
    assert entry.en == "Lei Jun"
    assert entry.zh == "雷军"
    assert entry.aliases == ("LEI Jun",)  # the preferred form and repeats are dropped


@pytest.mark.parametrize(
    ("changes", "field", "problem"),
    [
        ({"id": "Lei Jun"}, "id", "'Lei Jun' is not a slug like 'lei-jun'"),
        ({"en": "  "}, "en", "must not be empty"),
        ({"type": "Big Company"}, "type", "'big company' is not a type such as person, org, product, place, phrase"),
        ({"pinyin": "雷军"}, "pinyin", "'雷军' is not pinyin (letters and tone marks)"),
        ({"aliases": "Richard Liu"}, "aliases", "must be a list of text"),
        ({"refers_to": "lei-jun"}, "refers_to", "an entry cannot refer to itself"),
        (
            {"roles": [{"title": "CEO", "to": "2007-1"}]},
            "roles.to",
            "'2007-1' is not a date like 2020, 2020-06 or 2020-06-20",
        ),
        ({"roles": [{"org": "Kingsoft"}]}, "roles.title", "is required"),
        ({"en_adopted": "yes"}, "en_adopted", "must be true or false"),
        ({"colour": "red"}, "colour", "is not a field of an entry"),
    ],
)
def test_invalid_fields_are_named(changes: dict[str, object], field: str, problem: str) -> None:
    data = {"id": "lei-jun", "zh": "雷军", "en": "Lei Jun", "pinyin": "Léi Jūn"} | changes
    with pytest.raises(InvalidEntryError) as info:
        Entry.from_dict(data)
    assert info.value.field == field
    assert info.value.problem == problem


def test_organisation_spelling_is_accepted_as_org() -> None:
    assert Entry(id="kingsoft", en="Kingsoft", type="organisation").type == "org"


def test_role_describe() -> None:
    role = Role.from_dict({"title": "CEO", "org": "Kingsoft Corporation", "from": "1998", "to": "2007"})
    assert role.describe() == "CEO, Kingsoft Corporation (1998–2007)"
    assert Role(title="chair", org="Xiaomi").describe() == "chair, Xiaomi"


def test_forms() -> None:
    entry = Entry(
        id="jobs",
        en="Steve Jobs",
        zh="史蒂夫·乔布斯",
        zh_hant="史蒂夫·喬布斯",
        zh_aliases=("乔布斯", "賈伯斯"),
        aliases=("Steve Paul Jobs",),
    )
    assert entry.zh_forms == ("史蒂夫·乔布斯", "史蒂夫·喬布斯", "乔布斯", "賈伯斯")
    assert entry.en_forms == ("Steve Jobs", "Steve Paul Jobs")


@given(st.text())
def test_slugify_always_gives_a_valid_id_or_nothing(text: str) -> None:
    slug = slugify(text)
    if slug:
        assert Entry(id=slug, en="x").id == slug


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Johann Strauß", "johann-strauss"),
        ("STRAUẞ", "strauss"),
        ("Ørsted", "orsted"),
        ("Łódź", "lodz"),
        ("Æsir", "aesir"),
        ("Þór Ðórsson", "thor-dorsson"),
        ("Đặng Thái Sơn", "dang-thai-son"),
        ("Œuvre", "oeuvre"),
        ("Ħal Luqa", "hal-luqa"),
        ("Ilıca", "ilica"),
        ("Ǝbədi Əliyev", "ebedi-eliyev"),
        ("Ｌｅｉ Ｊｕｎ", "lei-jun"),
    ],
)
def test_slugify_folds_letters_beyond_ascii_instead_of_dropping_them(text: str, slug: str) -> None:
    assert slugify(text) == slug


# Latin-1 Supplement, Latin Extended-A and Latin Extended Additional: the letters of the languages written in Latin.
_EUROPEAN_LATIN = [chr(c) for c in [*range(0xC0, 0x180), *range(0x1E00, 0x1F00)] if chr(c).isalpha()]


def test_every_european_latin_letter_folds_to_ascii_letters() -> None:
    """Beside them only what their decomposition holds that is no letter of its own: ŀ's middle dot (l·), and the
    modifier letters (apostrophe, half ring) of ŉ and ẚ."""
    for letter in _EUROPEAN_LATIN:
        folded = fold_letters(letter)
        letters = "".join(c for c in folded if unicodedata.category(c) in ("Ll", "Lu", "Lo"))
        assert letters.isascii() and letters.isalpha(), (letter, folded)
        assert slugify(letter) == letters


def test_folding_every_character_of_the_bmp_twice_gives_the_same_and_keeps_every_letter() -> None:
    table = _Folds()  # not the module's: 65,536 characters would stay in it
    for code in range(0x10000):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        folded = char.translate(table)
        assert folded.translate(table) == folded, (char, folded)
        assert not char.isalpha() or any(map(str.isalpha, folded)), char


@given(st.text())
def test_folding_is_idempotent_and_never_drops_a_letter_to_nothing(text: str) -> None:
    folded = fold_letters(text)
    assert fold_letters(folded) == folded
    letters = [char for char in text if char.isalpha()]
    assert all(any(map(str.isalpha, fold_letters(char))) for char in letters)
    assert sum(len(fold_letters(char)) for char in text) == len(folded)  # each character folded alone


@given(st.text(alphabet=st.characters(max_codepoint=0x7F)))
def test_ascii_text_is_only_lower_cased(text: str) -> None:
    assert fold_letters(text) == text.lower()


def test_note_keeps_chinese_punctuation() -> None:
    entry = Entry(id="kingsoft", en="Kingsoft", note="港股代码：金山软件（03888.HK），见年报。")
    assert entry.note == "港股代码：金山软件（03888.HK），见年报。"


@pytest.mark.parametrize(
    ("typed", "kind"), [("Person", "person"), ("Organisation", "org"), ("stock-code", "stock_code")]
)
def test_types_are_normalized(typed: str, kind: str) -> None:
    from zhgloss.model import normalize_type

    assert normalize_type(typed) == kind
    assert Entry(id="x", en="X", type=typed).type == kind


def test_missing_required_field_is_named() -> None:
    with pytest.raises(InvalidEntryError) as info:
        Entry.from_dict({"id": "x", "zh": "甲"})
    assert (info.value.field, info.value.problem) == ("en", "is required")


def test_role_errors_use_the_json_key_names() -> None:
    with pytest.raises(InvalidEntryError) as info:
        Role.from_dict({"title": "CEO", "from": 1998})
    assert info.value.field == "roles.from"


def test_entry_fields_are_the_json_keys_in_order() -> None:
    from zhgloss.model import ENTRY_FIELDS

    assert tuple(Entry(id="x", en="X").to_dict()) == ENTRY_FIELDS


def test_forbidden_forms_keep_their_status_and_round_trip() -> None:
    from zhgloss.model import ForbiddenForm

    entry = Entry.from_dict(
        {
            "id": "taiwan",
            "en": "Taiwan",
            "forbidden": ["Formosa", {"form": "Taiwan Province", "status": "Superseded"}, {"form": "Formosa"}],
        }
    )
    assert entry.forbidden == (ForbiddenForm("Formosa", "forbidden"), ForbiddenForm("Taiwan Province", "superseded"))
    assert entry.forbidden_forms == ("Formosa", "Taiwan Province")
    assert Entry.from_dict(entry.to_dict()) == entry
    assert entry.to_dict()["forbidden"] == [
        {"form": "Formosa", "status": "forbidden"},
        {"form": "Taiwan Province", "status": "superseded"},
    ]
    assert "forbidden" not in Entry(id="x", en="X").to_dict()  # written only when there are some


def test_an_obsolete_form_keeps_its_status() -> None:
    # ISO 12620's obsoleteTerm and Crowdin's / DITA's "obsolete": a status of its own, not "deprecated".
    from zhgloss.model import ForbiddenForm

    entry = Entry.from_dict({"id": "x", "en": "X", "forbidden": [{"form": "Old X", "status": "Obsolete"}]})
    assert entry.forbidden == (ForbiddenForm("Old X", "obsolete"),)
    assert Entry.from_dict(entry.to_dict()) == entry


@pytest.mark.parametrize(
    ("forbidden", "message"),
    [
        ([{"form": "Formosa", "status": "banned"}], "forbidden.status: 'banned' is not one of"),
        (["Taiwan"], "en: 'Taiwan' is also a forbidden form"),
        ("Formosa", "forbidden: must be a list of forms"),
        ([{"form": ""}], "forbidden.form: must not be empty"),
        ([{"form": "X", "why": "y"}], "unknown key 'why'"),
    ],
)
def test_bad_forbidden_forms_are_refused(forbidden: object, message: str) -> None:
    with pytest.raises(InvalidEntryError, match=re.escape(message)):
        Entry.from_dict({"id": "taiwan", "en": "Taiwan", "forbidden": forbidden})


# Text that trips normalization and validation: every kind of whitespace, full-width ASCII and the
# ideographic space, controls, bidi marks, lone surrogates, combining marks (NFC), line breaks.
_TRICKY = st.sampled_from(
    [" ", "  ", "\n", "\t", "\r", "\xa0", "\u3000", "\u2028", "\x85", "Ｌ", "！", "\x00", "\x1b", "\u202e", "\ud800",
     "\ufeff", "e\u0301", "\u0301", "é", "ü", "雷", "軍", "·", "\ufffe", "a", "Lei", ""]
)  # fmt: skip
_FIELD_TEXT = st.lists(st.one_of(_TRICKY, st.text(max_size=3)), max_size=5).map("".join)


@given(
    texts=st.lists(st.none() | _FIELD_TEXT, max_size=4), lists=st.lists(st.lists(_FIELD_TEXT, max_size=3), max_size=3)
)
def test_the_one_pass_check_passes_only_text_the_field_check_leaves_as_it_is(
    texts: list[str | None], lists: list[list[str]]
) -> None:
    from zhgloss.model import _are_plain, _text

    if _are_plain(tuple(texts), tuple(lists)):
        for value in [t for t in texts if t is not None] + [item for items in lists for item in items]:
            assert _text(value, "en", None, required=True) == value


def test_the_one_pass_check_refuses_each_kind_of_unplain_text() -> None:
    from zhgloss.model import MAX_NAME_CHARS, _are_plain

    assert _are_plain(("Xi Jinping", "习近平", None, "Xí Jìnpíng"), (("Xi",), (), ("CC-CEDICT",)))
    for bad in ("", " Xi", "Xi ", "Xi  Jinping", "Xi\nJinping", "Xi\tJinping", "Ｘi", "e\u0301", "\x1b[2J", "a" * 301):
        assert not _are_plain(("Lei Jun", bad), ()), bad
        assert not _are_plain(("Lei Jun",), ((bad,),)), bad
    assert len("a" * 301) > MAX_NAME_CHARS
    assert not _are_plain(("Lei Jun", 7), ())
    assert not _are_plain(("Lei Jun",), ("not a list",))
    assert not _are_plain(("Lei Jun",), (("x",) * 501,))


def test_whitespace_is_every_character_python_calls_whitespace() -> None:
    from zhgloss.model import WHITESPACE

    spaces = {chr(c) for c in range(0x110000) if chr(c).isspace()}
    assert set(re.findall(f"[{WHITESPACE}]", "".join(sorted(spaces)))) == spaces
    assert not re.search(f"[{WHITESPACE}]", "".join(chr(c) for c in range(0x3001) if not chr(c).isspace()))


def test_pinyin_the_quick_check_accepts_is_accepted_by_the_full_one() -> None:
    from zhgloss.model import _PLAIN_PINYIN

    accepted = [chr(c) for c in range(0x3000) if re.match(_PLAIN_PINYIN, chr(c))]
    assert len(accepted) > 80
    for char in accepted:
        if char in "()":  # taken as characters, then paired with the Chinese form's (test_pinyin_brackets_s35)
            continue
        Entry(id="x", en="X", pinyin=f"X{char}x")  # raises if the full check refused it
    with pytest.raises(InvalidEntryError, match="is not pinyin"):
        Entry(id="x", en="X", pinyin="Léi Jūn 雷")


@given(
    en=_FIELD_TEXT,
    zh=st.none() | _FIELD_TEXT,
    aliases=st.lists(_FIELD_TEXT, max_size=3),
    zh_aliases=st.lists(_FIELD_TEXT, max_size=3),
)
def test_an_entry_is_the_same_with_or_without_the_one_pass_check(
    en: str, zh: str | None, aliases: list[str], zh_aliases: list[str]
) -> None:
    from unittest import mock

    from zhgloss import model

    def build() -> Entry | str:
        try:
            return Entry(id="x", en=en, zh=zh, aliases=tuple(aliases), zh_aliases=tuple(zh_aliases), sources=("s",))
        except InvalidEntryError as exc:
            return str(exc)

    quick = build()
    with mock.patch.object(model, "_are_plain", return_value=False):
        assert build() == quick  # the field-by-field check, the reference
