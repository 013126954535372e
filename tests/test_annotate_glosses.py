"""What annotate writes after a mention (issue 12, items 8 and 9): stock codes, bracket style, possessives."""

from __future__ import annotations

import json

import pytest
from strategies import ENTRIES

from zhgloss.annotate import Annotator, in_chinese_context, is_glossed, possessive_variants, remove_insertions
from zhgloss.check import Checker, name_entries
from zhgloss.formats.bilingual import Segment

ANNOTATOR = Annotator(ENTRIES)
CHECKER = Checker(ANNOTATOR, Annotator(name_entries(ENTRIES)))
CODES = [e for e in ENTRIES if e.type == "stock_code"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The cases: a code glossed with another spelling of itself, and a half-width gloss inside
        # full-width brackets.
        ("Kingsoft Corporation (3888:HKEX) rose.", "Kingsoft Corporation (金山软件) (3888:HKEX) rose."),
        ("Kingsoft Office (688111:SH)", "Kingsoft Office (金山办公) (688111:SH)"),
        ("金山软件（3888.HK）上涨。", "金山软件（Kingsoft）（3888.HK）上涨。"),
        ("京东(JD.US)和小米（1810）", "京东（JD.com）(JD.US)和小米（Xiaomi）（1810）"),
    ],
)
def test_a_stock_code_gets_no_gloss(text: str, expected: str) -> None:
    assert ANNOTATOR.annotate(text) == expected


@pytest.mark.parametrize("gloss", ["auto", "en", "zh", "pinyin", "both"])
@pytest.mark.parametrize("code", CODES, ids=lambda e: e.id)
def test_no_stock_code_form_gets_a_gloss_in_any_mode(code: object, gloss: str) -> None:
    for form in (code.en, *code.aliases, *code.zh_forms):  # type: ignore[attr-defined]
        for text in (f"Shares of {form} rose.", f"股价（{form}）上涨。"):
            rows = [json.loads(line) for line in ANNOTATOR.annotate(text, gloss=gloss, fmt="json").splitlines()]  # type: ignore[arg-type]
            codes = [r for r in rows if r["type"] == "stock_code"]
            assert codes, (form, text)  # still found, and listed for machines
            assert all(r["gloss"] is None and r["status"] == "same" for r in codes), (form, text)


def test_a_stock_code_is_still_counted_and_refers_to_its_company() -> None:
    (mention,) = ANNOTATOR.mentions("03888.HK")
    assert mention.entry.refers_to == "kingsoft"
    assert is_glossed("person") and not is_glossed("stock_code")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("公司（Kingsoft Cloud）在纳斯达克上市。", "公司（Kingsoft Cloud（金山云））在纳斯达克上市。"),
        ("“Xiaomi”在香港上市。", "“Xiaomi（小米）”在香港上市。"),  # the quotation marks are skipped: 在 decides
        ("他说：Xiaomi。", "他说：Xiaomi（小米）。"),
        ('"Xiaomi" said so.', '"Xiaomi (小米)" said so.'),
        ("京东(Kingsoft Cloud)", "京东(Kingsoft Cloud (金山云))"),  # the text's half-width brackets
        ("Kingsoft (left)", "Kingsoft (金山软件) (left)"),
    ],
)
def test_an_english_mention_takes_the_brackets_of_its_text(text: str, expected: str) -> None:
    # --gloss zh: by default a Latin name inside Chinese text gets no gloss (below).
    out = ANNOTATOR.annotate(text, gloss="zh")
    assert out == expected
    assert ANNOTATOR.annotate(out, gloss="zh") == out  # annotating twice changes nothing
    assert remove_insertions(out, ANNOTATOR.insertions(text, gloss="zh")) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A Latin name in Chinese text is left as written; the Chinese names beside it are glossed (R46-20, session 47).
        ("公司（Kingsoft Cloud）在纳斯达克上市。", "公司（Kingsoft Cloud）在纳斯达克（Nasdaq）上市。"),
        ("“Xiaomi”在香港上市。", "“Xiaomi”在香港上市。"),
        ("他说：Xiaomi。", "他说：Xiaomi。"),
        ('"Xiaomi" said so.', '"Xiaomi (小米)" said so.'),  # English text: glossed
        ("京东(Kingsoft Cloud)", "京东（JD.com）(Kingsoft Cloud (金山云))"),  # half-width brackets: English's
    ],
)
def test_by_default_a_latin_name_in_chinese_text_gets_no_gloss(text: str, expected: str) -> None:
    out = ANNOTATOR.annotate(text)
    assert out == expected
    assert ANNOTATOR.annotate(out) == out
    assert [m.surface for m in ANNOTATOR.mentions(text) if m.surface.isascii()], text  # still found


@pytest.mark.parametrize(
    ("text", "start", "end", "chinese"),
    [
        ("公司（Nasdaq）", 3, 9, True),
        ("在Nasdaq", 1, 7, True),
        ("Nasdaq。", 0, 6, True),
        ("“Nasdaq”上市", 1, 7, True),
        ("on Nasdaq.", 3, 9, False),
        ("京东(Nasdaq)", 3, 9, False),
        ("雷军 Nasdaq", 3, 9, False),
        ("Nasdaq", 0, 6, False),
    ],
)
def test_in_chinese_context(text: str, start: int, end: int, chinese: bool) -> None:
    assert in_chinese_context(text, start, end) is chinese


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Xiaomi's Science and Technology Park, with 8 buildings", "Xiaomi's Science and Technology Park"),
        ("Xiaomi\u2019s Science and Technology Park", "Xiaomi\u2019s Science and Technology Park"),
    ],
)
def test_a_possessive_inside_a_multi_word_name_is_found(text: str, surface: str) -> None:
    [mention] = [m for m in ANNOTATOR.mentions(text) if m.entry.id == "xiaomi-science-and-technology-park"]
    assert mention.surface == surface
    assert ANNOTATOR.annotate(text).startswith(surface + " (小米科技园)")


def test_a_possessive_name_in_a_translation_is_a_variant_not_missing() -> None:
    report = CHECKER.check(
        [Segment(1, "雷军买下了小米科技园。", "Lei Jun bought Xiaomi's Science and Technology Park.", line=1)]
    )
    assert [(p.kind, p.found) for p in report.problems] == [("variant", "Xiaomi's Science and Technology Park")]


@pytest.mark.parametrize(
    ("form", "kind", "variants"),
    [
        (
            "Xiaomi Science and Technology Park",
            "place",
            ["Xiaomi's Science and Technology Park", "Xiaomi\u2019s Science and Technology Park"],
        ),
        ("Kingsoft Cloud", "org", ["Kingsoft's Cloud", "Kingsoft\u2019s Cloud"]),
        ("Lei Jun", "person", []),  # a person's name has no owner
        ("Xiaomi", "org", []),  # one word: "Xiaomi's" is the ordinary possessive, glossed as Xiaomi
        ("Futu Global Rankings", "work", ["Futu's Global Rankings", "Futu\u2019s Global Rankings"]),
        ("Bytes Group", "org", []),  # an owner ending in s would take a bare apostrophe: not guessed
        ("JD.com Inc.", "org", []),  # not a plain word
        ("go with the flow", "phrase", []),
    ],
)
def test_possessive_variants(form: str, kind: str, variants: list[str]) -> None:
    assert possessive_variants(form, kind) == variants


def test_an_amount_keeps_its_currency_whole() -> None:
    # Decided in docs/glossary-notes.md (item 9): HK$ run into a number is an amount and is left alone; HK$
    # standing apart is glossed.
    assert ANNOTATOR.annotate("above HK$40 and HK$1 trillion") == "above HK$40 and HK$1 trillion"
    assert ANNOTATOR.annotate("prices in HK$ rose") == "prices in HK$ (港元) rose"
