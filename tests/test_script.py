"""Normalization and match keys."""

from __future__ import annotations

import itertools
import re
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.pinyin import marks_to_numbers, numbers_to_marks
from zhgloss.script import (
    CJK_PATTERN,
    INVISIBLE_MARKS,
    JOINING_HYPHENS,
    NAME_SEPARATOR_PATTERN,
    NAME_SEPARATORS,
    SEPARATOR_PATTERN,
    ZERO_WIDTH_SPACE,
    en_key,
    fold_latin,
    has_cjk,
    has_name_separator,
    has_tones,
    is_cjk,
    normalize,
    pinyin_key,
    separator_variants,
    separator_variants_of,
    split_name_parts,
    tone_sequence,
    zh_key,
)


@given(st.text())
def test_normalize_is_idempotent(text: str) -> None:
    assert normalize(normalize(text)) == normalize(text)


def test_normalize_folds_full_width_and_spaces() -> None:
    assert normalize("　Ｌｅｉ　Ｊｕｎ（雷军）\n") == "Lei Jun(雷军)"


@pytest.mark.parametrize(
    "query", ["Liú Qiángdōng", "liu2 qiang2 dong1", "Liu Qiangdong", "liuqiangdong", "LIU QIANGDONG"]
)
def test_pinyin_key_ignores_tones_spaces_and_case(query: str) -> None:
    assert pinyin_key(query) == "liuqiangdong"


@pytest.mark.parametrize("query", ["Lǚ", "lü", "lv3", "lu:3", "LǙ"])
def test_u_umlaut_spellings_share_a_key(query: str) -> None:
    assert pinyin_key(query) == "lv"


@pytest.mark.parametrize(
    ("text", "tones"),
    [("Liú Qiángdōng", "221"), ("liu2 qiang2 dong1", "221"), ("shùnshì ér wéi", "4422"), ("ma5 ma1", "1"), ("Lǚ", "3")],
)
def test_tone_sequence_from_marks_or_numbers(text: str, tones: str) -> None:
    assert tone_sequence(text) == tones


def test_has_tones() -> None:
    assert has_tones("Léi")
    assert has_tones("lei2")
    assert not has_tones("Lei Jun")
    assert not has_tones("SU7")


def test_zh_key_unifies_name_separators() -> None:
    assert zh_key("史蒂夫·乔布斯") == zh_key("史蒂夫•乔布斯") == zh_key("史蒂夫 乔布斯") == "史蒂夫乔布斯"


@pytest.mark.parametrize("separator", [*NAME_SEPARATORS, "."])
def test_every_name_separator_is_one_definition_for_keys_parts_and_variants(separator: str) -> None:
    # U+FF0E used to fold to "." before separators were removed, so lookup missed 史蒂夫．賈伯斯 (issue 10).
    name = f"史蒂夫{separator}賈伯斯"
    assert zh_key(name) == "史蒂夫賈伯斯"
    assert has_name_separator(name)
    assert split_name_parts(name) == ["史蒂夫", "賈伯斯"]
    assert name in separator_variants("史蒂夫·賈伯斯")


def test_an_ascii_full_stop_separates_only_between_chinese_characters() -> None:
    assert zh_key("JD.com") == "jd.com"
    assert not has_name_separator("小米SU7.")
    assert separator_variants("雷军") == ["雷军"]


def test_fold_latin_keeps_length_and_reads_pinyin_plain() -> None:
    for text in ["Lǚ Bù", "Li Ka-shing", "Xī'ān", "LÜ", "İstanbul", "ÊRN"]:
        assert len(fold_latin(text)) == len(text)
    assert fold_latin("Lǚ Bù") == "lu bu"
    assert fold_latin("Li Ka-shing") == "li ka shing"
    assert fold_latin("Lei\u00a0Jun\u2009Lu\u202fBu\u3000") == "lei jun lu bu "
    assert fold_latin("Xī’ān") == "xi an"
    assert fold_latin("Ñandú") == "nandu"  # every accent folds, as ids, search and en_key fold it (session 27)


def test_en_key() -> None:
    assert en_key("JD.com") == "jdcom"
    assert en_key("Jack  Ma") == en_key("jack ma") == "jackma"


def test_has_cjk() -> None:
    assert has_cjk("小米SU7")
    assert not has_cjk("Xiaomi SU7")
    assert has_cjk("𠀀")


SYLLABLES = ["mā", "má", "mǎ", "mà", "lǚ", "nǜ", "zhōng", "guó", "xiǎo", "qiáng", "dōng", "ér", "ǒu", "shuāng"]


@given(st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=4))
def test_tone_numbers_round_trip(syllables: list[str]) -> None:
    marked = " ".join(syllables)
    assert numbers_to_marks(marks_to_numbers(marked)) == marked.replace("lǚ", "lǚ")


def test_numbers_to_marks_placement() -> None:
    assert numbers_to_marks("Liu2 Qiang2dong1") == "Liú Qiángdōng"
    assert numbers_to_marks("gou3 lu:4 nv3 hui4 xue2 zhuo1") == "gǒu lǜ nǚ huì xué zhuō"


@pytest.mark.parametrize("text", ["HK:1810", "3888.HK", "SU7", "688111:SH", "KC:NASDAQ"])
def test_codes_are_neither_toned_nor_pinyin(text: str) -> None:
    from zhgloss.script import looks_like_pinyin

    assert not has_tones(text)
    assert not looks_like_pinyin(text)


@pytest.mark.parametrize("text", ["liu2 qiang2 dong1", "Liú Qiángdōng", "lu:3", "Xī'ān", "lei jun", "nv3"])
def test_pinyin_in_any_spelling_looks_like_pinyin(text: str) -> None:
    from zhgloss.script import looks_like_pinyin

    assert looks_like_pinyin(text)


@given(st.text(alphabet=st.sampled_from(list("ab 雷军\t\n\u3000ＡＢ（）e\u0301é"))))
def test_normalize_fast_path_agrees_with_the_full_rule(text: str) -> None:
    import re
    import unicodedata

    full = re.sub(
        r"\s+",
        " ",
        unicodedata.normalize("NFC", text).translate(
            {**{cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}, 0x3000: 0x20}
        ),
    ).strip()
    assert normalize(text) == full


# The start-up paths of script.py (cheap patterns whose full stops are checked by hand, the CJK
# pattern compiled on first use) against the full patterns, applied as they were before: the same
# answer on any text.
SEPARATOR_TEXT = st.text(
    alphabet=st.sampled_from(
        [
            "史",
            "蒂",
            "夫",
            "乔",
            "𠀀",
            "〇",
            "a",
            "S",
            "1",
            ".",
            " ",
            "\u3000",
            "\t",
            *NAME_SEPARATORS,
            *JOINING_HYPHENS,
        ]
    ),
    max_size=12,
)


@given(text=st.one_of(SEPARATOR_TEXT, st.text(max_size=40)))
def test_the_cheap_pre_checks_answer_as_the_full_patterns(text: str) -> None:
    separator = re.compile(SEPARATOR_PATTERN)
    name_separator = re.compile(NAME_SEPARATOR_PATTERN)
    joining = re.compile(f"(?<={CJK_PATTERN})[{re.escape(JOINING_HYPHENS)}](?={CJK_PATTERN})")
    key = separator.sub("", normalize(separator.sub(" ", text)))
    assert zh_key(text) == joining.sub("", key).casefold()
    assert has_name_separator(text) == (name_separator.search(text) is not None)
    assert split_name_parts(text) == [part for part in separator.split(text) if part]
    groups = [joining.split(part) for part in name_separator.split(text)]
    assert separator_variants(text) == (
        [text]
        if not name_separator.search(text) and not joining.search(text)
        else list(
            dict.fromkeys(
                [text]
                + [
                    sep.join(hyphen.join(group) for group in groups)
                    for sep in (*NAME_SEPARATORS, ".", "")
                    for hyphen in (*JOINING_HYPHENS, sep)
                ]
            )
        )
    )
    assert has_cjk(text) == (re.search(CJK_PATTERN, text) is not None) == any(map(is_cjk, text))


def test_has_cjk_answers_alike_before_and_after_it_compiles_its_pattern() -> None:
    names = ["雷军", "Lei Jun", "小米SU7", "é", "〇", "𠀀x", "ǒu"] * 20  # more than has_cjk asks is_cjk of
    assert [has_cjk(name) for name in names] == [any(map(is_cjk, name)) for name in names]


def test_importing_script_and_card_compiles_no_cjk_pattern() -> None:
    # Every command imports script.py, and show, add and edit card.py; compiling a class of the CJK
    # blocks costs milliseconds.
    code = (
        "import re, zhgloss.script as s, zhgloss.card as c\n"
        "patterns = (s.CJK_PATTERN, s.SEPARATOR_PATTERN, s.NAME_SEPARATOR_PATTERN, c.TOKEN_PATTERN)\n"
        "print(sum(k[1] in patterns for k in re._cache), end=' ')\n"
        "s.zh_key('史蒂夫．乔布斯'), c.wrap('雷军 Lei Jun', 20)\n"
        "print(sum(k[1] in patterns for k in re._cache))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "0 1"  # the card's pattern, wrapping a line; the separators never need theirs


def test_every_character_is_nfc_is_sure_of_keeps_any_text_in_nfc() -> None:
    import re
    import sys
    import unicodedata

    from zhgloss.script import NFC_SURE

    # Characters NFC composes with the one before them: the second of every canonical pair.
    second = set()
    for code in range(sys.maxunicode + 1):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            second.add(chr(int(parts[1], 16)))
    sure = re.compile(f"[{NFC_SURE}]")
    chars = [chr(code) for code in range(0x10000) if sure.fullmatch(chr(code))]
    assert len(chars) > 28_000
    for char in chars:
        assert unicodedata.combining(char) == 0, hex(ord(char))
        assert unicodedata.normalize("NFC", char) == char, hex(ord(char))
        # Nor does it, or the first character it decomposes into, compose with what comes before.
        assert char not in second, hex(ord(char))
        assert unicodedata.normalize("NFD", char)[0] not in second, hex(ord(char))


@pytest.mark.parametrize(
    "text", ["Léi Jūn", "Cafe\u0301", "雷军", "\u2126", "e\u0301\u0323", "か\u3099", "\uf900", "Ｌｅｉ", "\u1161", "Ω"]
)
def test_is_nfc_answers_as_unicodedata(text: str) -> None:
    import unicodedata

    from zhgloss.script import is_nfc

    for whole in (text, "雷军 " + text, "雷军 Léi Jūn " * 3000 + text, text + " Léi Jūn" * 3000):  # short and long
        assert is_nfc(whole) == unicodedata.is_normalized("NFC", whole)


@given(st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from("aZ09\x00 -ǖü\u0308\ud800")))
def test_keys_kept_by_bytes_equal_the_patterns_substitution(text: str) -> None:
    from zhgloss import script

    for pattern, deleted in (
        (script._NOT_KEY_ALNUM_PATTERN, script._NOT_KEY_ALNUM_BYTES),
        (script._NOT_KEY_LETTER_PATTERN, script._NOT_KEY_LETTER_BYTES),
    ):
        assert script._kept_bytes(text, deleted) == re.sub(pattern, "", text)


@given(
    forms=st.lists(st.one_of(SEPARATOR_TEXT, st.text(max_size=12), st.sampled_from(["", ".", "\x00", "A.B", "雷·军"])))
)
def test_separator_variants_of_a_column_are_each_forms(forms: list[str]) -> None:
    assert separator_variants_of(forms) == [separator_variants(form) for form in forms]


_SHOWS_AS_NOTHING = [ZERO_WIDTH_SPACE, *INVISIBLE_MARKS]


@given(st.text(st.sampled_from("Li Qiang雷军·-ü\u00a0"), max_size=12), st.lists(st.sampled_from(_SHOWS_AS_NOTHING)))
def test_normalize_keeps_what_shows(text: str, invisibles: list[str]) -> None:
    # A form typed or imported with a zero-width space or a bidirectional mark in it ("Li\u200bQiang")
    # is stored as it shows ("LiQiang"), so that the same form in a text, read the same way, matches it.
    spliced = "".join(c + j for c, j in itertools.zip_longest(text, invisibles, fillvalue=""))
    assert normalize(spliced) == normalize(text)
    assert not any(c in normalize(spliced) for c in _SHOWS_AS_NOTHING)


def test_normalize_drops_invisible_characters_of_a_form() -> None:
    assert normalize("Li\u200bQiang") == "LiQiang"
    assert normalize("雷\u200b军\u2060") == "雷军"
    assert normalize("Lei \u200eJun\ufeff") == "Lei Jun"
