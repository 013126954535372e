"""The character table (zhgloss.opencc_table) against OpenCC itself: the same output wherever it answers."""

from __future__ import annotations

import gzip
import json
import re
from functools import cache
from pathlib import Path
from typing import Any, get_args

import opencc
import pytest
from conftest import SHARED
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss import convert, opencc_table
from zhgloss.convert import Config, to_simplified, to_traditional
from zhgloss.opencc_table import CONFIGS, TABLE_DIR, installed_opencc_version

GLOSSARY = Path(__file__).resolve().parent.parent / "glossary.json"
CEDICT = SHARED / "data" / "cedict_ts.u8.gz"
CEDICT_LINE = re.compile(r"(\S+) (\S+) \[([^\]]*)\] /")


@cache
def opencc_of(config: str) -> Any:
    return opencc.OpenCC(config)


def full(text: str, config: str) -> str:
    return str(opencc_of(config).convert(text))


@cache
def cedict_proper_names() -> tuple[list[str], list[str]]:
    """(simplified, traditional) headwords of CC-CEDICT's proper nouns (capitalized pinyin): ~20,000 real names."""
    simplified: list[str] = []
    traditional: list[str] = []
    with gzip.open(CEDICT, "rt", encoding="utf-8") as fp:
        for line in fp:
            match = CEDICT_LINE.match(line)
            if match and match.group(3)[:1].isupper():
                traditional.append(match.group(1))
                simplified.append(match.group(2))
    return simplified, traditional


def bundled_forms() -> list[str]:
    """Every Chinese form of the bundled glossary (names, aliases, traditional forms)."""
    docs = json.loads(GLOSSARY.read_text(encoding="utf-8"))["entries"].values()
    forms = {doc.get("zh", "") for doc in docs} | {doc.get("zh_hant", "") for doc in docs}
    forms |= {alias for doc in docs for alias in doc.get("zh_aliases", [])}
    return sorted(f for f in forms if f)


def test_the_table_was_built_from_the_installed_opencc() -> None:
    # Otherwise every conversion silently goes back to loading OpenCC (correct, but slow):
    # rebuild with `python scripts/build_opencc_table.py`.
    meta = json.loads((TABLE_DIR / "table.json").read_text(encoding="utf-8"))
    assert meta["opencc"] == installed_opencc_version() == opencc.__version__
    assert opencc_table.table_meta() is not None


def test_the_table_covers_every_configuration_zhgloss_converts_with() -> None:
    assert set(CONFIGS) == set(get_args(Config))
    assert set(CONFIGS) == set(json.loads((TABLE_DIR / "table.json").read_text(encoding="utf-8"))["configs"])


@pytest.mark.parametrize("config", CONFIGS)
def test_every_character_the_table_changes_converts_as_opencc_converts_it(config: str) -> None:
    lines = (TABLE_DIR / f"{config}.tsv").read_text(encoding="utf-8").split("\n")
    chars = [line.split("\t", 1)[0] for line in lines if line]
    assert len(chars) > 4000
    expected = full("\n".join(chars), config).split("\n")
    assert [opencc_table.convert(c, config) for c in chars] == expected


@pytest.mark.parametrize("config", CONFIGS)
def test_real_names_convert_as_opencc_converts_them(config: str) -> None:
    simplified, traditional = cedict_proper_names()
    names = (traditional if config == "t2s" else simplified)[::4] + bundled_forms()
    answered = 0
    for name in names:
        fast = opencc_table.convert(name, config)
        if fast is not None:
            answered += 1
            assert fast == full(name, config), name
    # The table must answer for most names, or `add` loads OpenCC's phrase dictionary again.
    assert answered > 0.9 * len(names), (answered, len(names))


def test_a_simplified_name_t2s_keeps_is_kept_by_opencc() -> None:
    simplified, _ = cedict_proper_names()
    kept = [name for name in simplified[::3] if opencc_table.keeps(name, "t2s")]
    assert len(kept) > 0.6 * len(simplified[::3])  # most simplified names: the cheap answer applies
    assert full("\n".join(kept), "t2s").split("\n") == kept
    assert not opencc_table.keeps("劉強東", "t2s")  # characters t2s changes
    assert not opencc_table.keeps("乾隆", "t2s")  # 乾 is changed alone, kept in the phrase key 乾隆
    assert not opencc_table.keeps("于丹", "s2hk")  # a phrase key
    assert not opencc_table.keeps("王\0腾", "t2s")


@pytest.mark.parametrize(
    ("name", "config", "expected"),
    [
        ("于丹", "s2hk", "于丹"),  # a phrase rule (STPhrases): 于 as a surname is not 於
        ("着力于乾坤", "s2hk", "着力於乾坤"),
        ("王腾腾", "s2hk", "王騰騰"),  # character by character
        ("劉強東", "t2s", "刘强东"),
    ],
)
def test_convert_gives_opencc_s_answer_with_or_without_a_phrase_rule(name: str, config: Config, expected: str) -> None:
    assert full(name, config) == expected
    assert (to_simplified(name) if config == "t2s" else to_traditional(name, config)) == expected


def test_a_text_with_a_phrase_rule_is_left_to_opencc() -> None:
    assert opencc_table.convert("于丹", "s2hk") is None  # 于丹 is a phrase key; char by char it would be 於丹
    assert opencc_table.convert("王腾腾", "s2hk") == "王騰騰"


def test_text_opencc_treats_apart_is_left_to_it() -> None:
    assert opencc_table.convert("王\0腾", "s2hk") is None
    assert opencc_table.convert("王\ud800", "s2hk") is None
    assert opencc_table.convert("王" * (opencc_table.MAX_LENGTH + 1), "s2hk") is None


# Characters the tables change, characters phrases start with, and others: runs of them meet phrase
# keys often, so both the table's answers and its refusals are exercised.
NAME_CHARS = "于丹王腾刘强东着力乾坤后发干里面范余朴钟云台湾历发表须周游松制复杂系统万象乾隆徵魏劉強東後髮乾裡麵國"


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(NAME_CHARS), min_size=1, max_size=8), config=st.sampled_from(CONFIGS))
def test_the_table_agrees_with_opencc_on_any_run_of_name_characters(text: str, config: str) -> None:
    fast = opencc_table.convert(text, config)
    assert fast is None or fast == full(text, config)
    assert convert._convert(text, config) == full(text, config)  # type: ignore[arg-type]
    if opencc_table.keeps(text, config):
        assert full(text, config) == text == fast


@settings(max_examples=300, deadline=None)
@given(text=st.text(min_size=1, max_size=8), config=st.sampled_from(CONFIGS))
def test_the_table_agrees_with_opencc_on_any_text(text: str, config: str) -> None:
    fast = opencc_table.convert(text, config)
    if fast is not None:
        assert fast == full(text, config)
    if opencc_table.keeps(text, config):
        assert full(text, config) == text == fast


# Texts whose s2t output holds a key of the Hong Kong or Taiwan stage (汇丰 -> 匯豐, 面 -> 麪 in 拉麪 shops,
# 峰 -> 峯) or a compatibility ideograph (U+F900 豈), which the regional stage alone might read otherwise than
# s2hk or s2tw does.
REGIONAL_KEYS = [
    "汇丰银行",
    "汇丰",
    "一粥面",
    "仙姑峰",
    "大埔循道卫理小学",
    "喫茶小铺",
    "张栋梁",
    "林杰梁",
    "丽江\uf900",
    "\uf901",
]


def test_hong_kong_and_taiwan_forms_are_read_off_the_standard_ones() -> None:
    # The installed OpenCC's configuration files prove the shortcut: it is taken, not silently skipped.
    assert convert._regional_stage() is not None
    simplified, traditional = cedict_proper_names()
    texts = simplified + traditional[::3] + bundled_forms() + REGIONAL_KEYS
    texts += [a + b for a, b in zip(texts[::5], texts[2::5], strict=False)]  # keys across two names
    expected = [full("\n".join(texts), config).split("\n") for config in convert.MATCHED_CONFIGS]
    assert convert._matched_conversions(texts) == expected


@settings(max_examples=200, deadline=None)
@given(
    texts=st.lists(
        st.text(alphabet=st.sampled_from(NAME_CHARS + "汇丰银行一粥面仙姑峰喫茶铺栋梁\uf900豈"), max_size=8), min_size=1
    )
)
def test_the_regional_shortcut_agrees_with_opencc_on_any_texts(texts: list[str]) -> None:
    expected = [full("\n".join(texts), config).split("\n") for config in convert.MATCHED_CONFIGS]
    assert convert._matched_conversions(texts) == expected


def test_normalization_changes_only_compatibility_ideographs() -> None:
    # What `convert._regional_stage` relies on: a line of s2t's output without a character of those blocks is
    # left alone by the normalization stage t2hk and t2tw run first (the table's first column: its output).
    pattern = re.compile(convert._COMPATIBILITY_IDEOGRAPHS)
    for config in CONFIGS:
        rows = [line.split("\t") for line in (TABLE_DIR / f"{config}.tsv").read_text(encoding="utf-8").split("\n")]
        changed = [row[0] for row in rows if len(row) > 1 and row[1] != row[0]]
        assert changed, config
        assert all(pattern.fullmatch(char) for char in changed), config
