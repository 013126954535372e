"""Crowdin's glossary CSV: an admitted synonym on a row of its own under its concept's (session 31, user U30-26).

Crowdin's glossaries hold concepts of several terms, each term with its status (preferred, admitted, not recommended,
obsolete; support.crowdin.com/enterprise/glossary/, "Managing Glossary Concepts and Terms"); its CSV gives a term a
row, the concept's other terms on the rows under it with the other language's cells blank. A banned synonym so
written already became the entry's forbidden form; an admitted one ("Weixin" under WeChat's row) became an entry of
its own with no Chinese, a draft. It is now the alias of the entry above, as the banned one is its forbidden form.
"""

from __future__ import annotations

import io

from zhgloss.formats.csv_format import load_csv

HEADER = (
    "Term [en],Description [en],Part of Speech [en],Status [en],Type [en],Gender [en],"
    "Term [zh-CN],Description [zh-CN],Status [zh-CN],Term [zh-TW]\n"
)


def _read(rows: str) -> list[tuple[str | None, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    entries = load_csv(io.StringIO(HEADER + rows), "crowdin.csv")
    return [(e.zh, e.en, e.aliases, e.zh_aliases, e.forbidden_forms) for e in entries]


def test_the_testers_file() -> None:
    rows = (
        "Tencent,Chinese tech company,noun,preferred,full form,,腾讯,,preferred,騰訊\n"
        "TenCent,,noun,not recommended,,,,,,\n"
        "WeChat,messaging app,proper noun,preferred,,,微信,,preferred,微信\n"
        "Weixin,,proper noun,admitted,,,,,,\n"
    )
    assert _read(rows) == [
        ("腾讯", "Tencent", (), (), ("TenCent",)),
        ("微信", "WeChat", ("Weixin",), (), ()),
    ]


def test_an_admitted_chinese_term_under_its_concept_is_a_chinese_alias() -> None:
    rows = (
        "Alibaba,,proper noun,preferred,,,阿里巴巴,,preferred,\n"
        ",,,,,,阿里,,admitted,\n"
        "JD.com,,proper noun,preferred,,,京东,,preferred,\n"
    )
    assert _read(rows) == [
        ("阿里巴巴", "Alibaba", (), ("阿里",), ()),
        ("京东", "JD.com", (), (), ()),
    ]


def test_each_admitted_row_goes_to_the_concept_right_above_it() -> None:
    rows = (
        "WeChat,,proper noun,preferred,,,微信,,preferred,\n"
        "Weixin,,proper noun,admitted,,,,,,\n"
        "Tencent,,noun,preferred,,,腾讯,,preferred,\n"
        "Tencent Holdings,,noun,admitted,,,,,,\n"
        "TenCent,,noun,not recommended,,,,,,\n"
    )
    assert _read(rows) == [
        ("微信", "WeChat", ("Weixin",), (), ()),
        ("腾讯", "Tencent", ("Tencent Holdings",), (), ("TenCent",)),
    ]


def test_an_admitted_row_that_gives_its_chinese_still_finds_its_entry_by_it() -> None:
    rows = (
        "WeChat,,proper noun,preferred,,,微信,,preferred,\n"
        "Tencent,,noun,preferred,,,腾讯,,preferred,\n"
        "Weixin,,,admitted,,,微信,,,\n"
    )
    assert _read(rows) == [("微信", "WeChat", ("Weixin",), (), ()), ("腾讯", "Tencent", (), (), ())]
