"""opencc_table: after a few hundred phrase searches a configuration looks its phrase keys up in sets (session 33).

validate of the 14,882-entry CC-CEDICT glossary spent most of its time in `_has_phrase`, which searches a stage's
keys as text for every substring of every name (s32: 7.3 s CPU of 9.6). The answer must not change: a key is a line
of the stage's text and none holds a line break, so a substring is a key exactly when it is one of the set's. The
check runs over real text: every 200th CC-CEDICT headword of two to eight characters (traditional and simplified;
~1,200 words, the text search taking ~1 ms a word), in every configuration, searched both ways.
"""

from __future__ import annotations

import gzip

import pytest
from conftest import SHARED

from zhgloss import opencc_table

CEDICT = SHARED / "data" / "cedict_ts.u8.gz"  # ../shared beside the checkout (conftest.SHARED)


def _headwords() -> list[str]:
    if not CEDICT.exists():
        pytest.skip("CC-CEDICT is not on this machine")
    words: list[str] = []
    with gzip.open(CEDICT, "rt", encoding="utf-8") as fp:
        for line in fp:
            if line.startswith("#"):
                continue
            traditional, simplified = line.split(" ", 2)[:2]
            # (In the line's order, not a set's: a set's order follows the string hash, which differs from run to
            # run, and so did which headwords the sample below took: t2s's few phrase keys were in it one run in two,
            # and the tests' "some word holds a phrase" failed the other. Every 100th word in line order holds one.)
            words += [w for w in dict.fromkeys((traditional, simplified)) if 2 <= len(w) <= 8]
    return words[::100]


@pytest.mark.parametrize("config", opencc_table.CONFIGS)
def test_the_key_sets_answer_as_the_text_search_does(config: str) -> None:
    table = opencc_table._config(config)
    if table is None:
        pytest.skip("the table does not apply to the installed OpenCC")
    words = _headwords()
    for word in words[: opencc_table._SEARCHES_BEFORE_SETS + 1]:
        table.has_phrase(0, word)  # past the searches made as text: the keys are sets from here on
    assert table._key_sets is not None
    found_any = False
    for stage, (phrases, longest) in enumerate(zip(table._stage_phrases, table._longest, strict=True)):
        found = [w for w in words if table.has_phrase(stage, w)]
        assert found == [w for w in words if opencc_table._has_phrase(w, phrases, longest)]
        found_any = found_any or bool(found)
    assert found_any  # some stage has keys CC-CEDICT's headwords hold (乾隆 in t2s, 软件 in s2twp ...)


def test_a_line_break_joins_no_key_in_the_sets() -> None:
    # `_kept_t2s` asks about names joined by line breaks: two keys on consecutive lines of a stage's text made the
    # text search answer True for "KEY1\nKEY2", the sets answer only for the keys themselves.
    table = opencc_table._config("t2s")
    if table is None:
        pytest.skip("the table does not apply to the installed OpenCC")
    for _ in range(opencc_table._SEARCHES_BEFORE_SETS + 1):
        table.has_phrase(0, "张伟")
    assert not table.has_phrase(0, "张伟\n王芳")
    assert opencc_table.keeps("张伟\n王芳", "t2s")


@pytest.mark.parametrize("config", opencc_table.CONFIGS)
def test_convert_answers_alike_before_and_after_the_switch(config: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # The characters' outputs too: read from the table at once after as many characters as the phrase searches.
    if opencc_table._config(config) is None:
        pytest.skip("the table does not apply to the installed OpenCC")
    meta = opencc_table.table_meta()
    assert meta is not None
    stages = meta["configs"][config]

    def fresh() -> opencc_table._Config:
        return opencc_table._Config(
            opencc_table._read(f"{config}.tsv"),
            [opencc_table._read(f"{name}.txt") for name in stages],
            [meta["longest"][name] for name in stages],
        )

    words = _headwords()
    monkeypatch.setattr(opencc_table, "_SEARCHES_BEFORE_SETS", 10**9)
    searched = fresh()
    as_text = [searched.convert(word) for word in words]
    assert searched._key_sets is None
    monkeypatch.setattr(opencc_table, "_SEARCHES_BEFORE_SETS", 0)
    looked_up = fresh()
    assert [looked_up.convert(word) for word in words] == as_text
    assert looked_up._key_sets is not None
    assert any(out is None for out in as_text)  # a phrase occurs in some: the table says OpenCC must be asked
    assert any(out is not None and out != word for out, word in zip(as_text, words, strict=True))
