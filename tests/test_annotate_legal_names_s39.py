"""An organisation's gloss in English copy goes after the words of its registered name, not inside it (the reviewer's
R38-28): "Tencent Holdings (腾讯) Limited", "Alibaba Group (阿里巴巴) Holding", "Baidu (百度), Inc." broke the name.

The issuers' own filings (HKEX, SEC) write the registered English as the short name and its legal words: Tencent
Holdings Limited, Alibaba Group Holding Limited, Baidu, Inc., JD.com, Inc., BYD Company Limited. A match of an
organisation's English that such words follow is glossed after the last of them (`_LEGAL_TAIL_RE`); a person's or a
place's match is glossed where it ends, as before. The bundled glossary, through the installed script.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cedict_fixtures import imported_db

BAIDU = (
    "百度 百度 [Bai3 du4] /Baidu, Internet portal and search engine, www.baidu.com, listed as BIDU on NASDAQ"
    " since 1999/\n"
)


def _annotate(text: str, *args: str) -> str:
    done = subprocess.run(["zhgloss", "annotate", "-", *args], input=text + "\n", capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.removesuffix("\n")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the reviewer's lines (/tmp/rev38/t/orgs_en.txt)
        ("Alibaba Group Holding said.", "Alibaba Group Holding (阿里巴巴) said."),
        ("Alibaba Group Holding Limited said.", "Alibaba Group Holding Limited (阿里巴巴) said."),
        ("Tencent Holdings Limited said.", "Tencent Holdings Limited (腾讯) said."),
        ("Baidu, Inc. said.", "Baidu, Inc. (百度) said."),
        # my own: wire copy's shapes
        ("Shares of Baidu Inc. rose 3% in Hong Kong.", "Shares of Baidu Inc. (百度) rose 3% in Hong Kong."),
        (
            "Alibaba Group Holding Ltd. and Tencent Holdings Ltd. fell.",
            "Alibaba Group Holding Ltd. (阿里巴巴) and Tencent Holdings Ltd. (腾讯) fell.",
        ),
        ("BYD Company Limited's sales rose.", "BYD Company Limited's (比亚迪) sales rose."),
        # no legal words: as before
        ("Tencent, Alibaba and Baidu rose.", "Tencent (腾讯), Alibaba (阿里巴巴) and Baidu (百度) rose."),
        ("Tencent's shares rose.", "Tencent's (腾讯) shares rose."),
    ],
)
def test_an_organisations_gloss_follows_its_registered_name(line: str, expected: str) -> None:
    assert _annotate(line) == expected
    assert _annotate(expected) == expected  # annotating the output again changes nothing


def test_a_persons_gloss_is_not_moved() -> None:
    # "Group" after a person's name is no word of the person's registered name.
    assert _annotate("Lei Jun Group chairman spoke.") == "Lei Jun (雷军) Group chairman spoke."


def test_an_untyped_name_before_legal_words_is_a_companys(tmp_path: Path) -> None:
    # CC-CEDICT's import leaves 百度 untyped (CC BY-SA 4.0, MDBG, ../shared/data/cedict_ts.u8.gz); the legal words
    # after its English say it is a company's.
    db = imported_db(tmp_path, BAIDU)
    assert _annotate("Baidu, Inc. shares rose.", "--db", str(db)) == "Baidu, Inc. (百度) shares rose."
