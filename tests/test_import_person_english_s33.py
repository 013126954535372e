"""A person's English from a TBX termbase or another tool's JSON is judged as a table's row is (session 33, issue 9;
users U32-16, U32-30; supersedes the unlanded branch xch-person-english, c0a1e9a, whose store-level rule also refused
English that tables import).

The table readers refuse a Chinese name's English in Western order ("Qiangdong Liu" for 刘强东), mark a person's
adopted English name en_adopted ("Jack Ma"), and give a name in Hong Kong's government style its short form ("Paul
Chan Mo-po" → "Paul Chan"): `zhgloss.formats.table._judged_english`. TBX and JSON Lines stored each as written, and
validate then called them errors (check failing "Liu Qiangdong", "Paul Chan said."). The same rule now reads them.
"""

from __future__ import annotations

import io
import json

import pytest

from zhgloss.errors import FormatError
from zhgloss.formats import get_format


def _jsonl(*rows: tuple[str, str]) -> str:
    return "".join(json.dumps({"zh": zh, "en": en, "type": "person"}, ensure_ascii=False) + "\n" for zh, en in rows)


def _tbx(*rows: tuple[str, str]) -> str:
    concepts = "".join(
        f'<termEntry id="{n}"><descrip type="subjectField">person</descrip><langSet xml:lang="zh-CN"><tig><term>{zh}'
        f'</term></tig></langSet><langSet xml:lang="en"><tig><term>{en}</term></tig></langSet></termEntry>\n'
        for n, (zh, en) in enumerate(rows, 1)
    )
    head = '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en"><text><body>\n'
    return f"{head}{concepts}</body></text></martif>\n"


WRITERS = {"jsonl": _jsonl, "tbx": _tbx}


@pytest.mark.parametrize("fmt", ["jsonl", "tbx"])
@pytest.mark.parametrize(
    ("zh", "en", "fix"), [("刘强东", "Qiangdong Liu", "Liu Qiangdong"), ("王传福", "Chuanfu Wang", "Wang Chuanfu")]
)
def test_western_order_is_refused_with_the_fix(fmt: str, zh: str, en: str, fix: str) -> None:
    with pytest.raises(FormatError, match=f"en '{en}' puts the given name first.*write '{fix}'"):
        list(get_format(fmt).load(io.StringIO(WRITERS[fmt]((zh, en))), f"p.{fmt}"))


@pytest.mark.parametrize("fmt", ["jsonl", "tbx"])
def test_adopted_names_are_marked_and_the_hong_kong_style_shortened(fmt: str) -> None:
    text = WRITERS[fmt](("马云", "Jack Ma"), ("刘强东", "Richard Liu"), ("陈茂波", "Paul Chan Mo-po"))
    entries = list(get_format(fmt).load(io.StringIO(text), f"p.{fmt}"))
    assert [(e.zh, e.en, e.en_adopted) for e in entries] == [
        ("马云", "Jack Ma", True),
        ("刘强东", "Richard Liu", True),
        ("陈茂波", "Paul Chan", True),
    ]
    assert entries[2].aliases == ("Paul Chan Mo-po", "Chan Mo-po")


@pytest.mark.parametrize("fmt", ["jsonl", "tbx"])
def test_pinyin_english_is_left_as_it_is(fmt: str) -> None:
    (entry,) = get_format(fmt).load(io.StringIO(WRITERS[fmt](("雷军", "Lei Jun"))), f"p.{fmt}")
    assert (entry.en, entry.en_adopted) == ("Lei Jun", False)
