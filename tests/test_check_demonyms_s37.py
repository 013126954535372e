"""`zhgloss check` reads a country's irregular adjective and a people's demonym (issue 9; rel, session 37).

English makes most adjectives of a country's name by a suffix (China -> Chinese), which `demonyms` does; the others
(France -> French, Netherlands -> Dutch, Denmark -> Danish, Switzerland -> Swiss) were found only where CC-CEDICT
has the country's language or people under the same Chinese (荷兰语 "Dutch (language)"), so "Sino-Dutch relations"
for 中荷关系 (the one-character 荷 "Holland") and "a Danish company" for 丹麦公司 (CC-CEDICT has no 丹麦语 or 丹麦人)
were `missing` (the reviewer's R36-13). Rule: data/demonyms.tsv, built by scripts/build_demonyms.py from the
countryinfo package (MIT), read by `demonyms`. A people (港人 "Hong Kong person or people", 瑞士人 "Swiss person",
法国人 "Frenchman") is rendered by its place's adjective or demonym, in the plural too ("Hongkongers", the user's
U36-31; "the Swiss", "the French") and by "X people": `Checker._kin_forms`.

The glossary: real CC-CEDICT lines (tests/data/cedict_check_names_s37.u8), imported by the installed script.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.check import _listed_demonyms, _regular_demonyms, demonyms

glossary = glossary_fixture("cedict_check_names_s37.u8")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # A relation's part by its country's irregular adjective (R36-13), and the adjective alone.
        ("中荷关系持续发展。", "Sino-Dutch relations continued to develop."),
        ("中荷贸易额持续增长。", "Dutch-Chinese trade kept growing."),
        ("丹麦航运公司表示。", "A Danish shipping company said."),
        ("荷兰公司表示。", "A Dutch company said."),
        ("法国游客人数回升。", "The number of French tourists recovered."),
        # A people by its place's demonym, plural or not, or by "X people" (U36-31).
        ("港人北上消費。", "Hongkongers are heading north to shop."),
        ("不少港人週末到深圳消費。", "Many Hongkongers spend their weekends shopping in Shenzhen."),
        ("港人北上消费。", "Hong Kong people are heading north to shop."),
        ("瑞士人喜欢滑雪。", "The Swiss like skiing."),
        ("法国人喜欢红酒。", "The French like wine."),
    ],
)
def test_an_irregular_adjective_or_a_peoples_demonym_renders_the_name(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == []


@pytest.mark.parametrize(
    ("source", "target", "name"),
    [
        # Another country's adjective is no rendering of this one.
        ("中荷贸易额持续增长。", "Danish-Chinese trade kept growing.", "荷"),
        ("丹麦航运公司表示。", "A Norwegian shipping company said.", "丹麦"),
        ("法国游客人数回升。", "The number of Swiss tourists recovered.", "法国"),
        ("港人北上消費。", "Macanese are heading north to shop.", "港人"),
    ],
)
def test_another_countrys_adjective_is_still_missing(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str, name: str
) -> None:
    said = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert any(f"missing {name}:" in line for line in said), said


@pytest.mark.parametrize(
    ("name", "adjective"),
    [
        # The countryinfo package's "demonym" (REST Countries), as the CIA World Factbook's nationality adjective.
        ("Netherlands", "Dutch"),
        ("Holland", "Dutch"),
        ("Denmark", "Danish"),
        ("Switzerland", "Swiss"),
        ("France", "French"),
        ("United Kingdom", "British"),
        ("Greece", "Greek"),
        ("Philippines", "Filipino"),
        ("Hong Kong", "Hongkonger"),
        ("Macau", "Macanese"),
    ],
)
def test_the_table_gives_the_irregular_adjectives(name: str, adjective: str) -> None:
    assert adjective in demonyms(name)


def test_no_territory_is_given_its_sovereigns_adjective() -> None:
    # countryinfo gives Hong Kong and Macau "Chinese": that adjective is China's, not theirs.
    assert "Chinese" not in demonyms("Hong Kong") and "Chinese" not in demonyms("Macau")


@given(st.text(max_size=20))
def test_demonyms_are_the_regular_ones_and_the_listed_ones(name: str) -> None:
    assert demonyms(name) == _regular_demonyms(name) | set(_listed_demonyms().get(name, ()))


def test_the_table_is_what_its_build_script_makes() -> None:
    pytest.importorskip("countryinfo")
    import importlib.util

    script = Path(__file__).resolve().parents[1] / "scripts" / "build_demonyms.py"
    spec = importlib.util.spec_from_file_location("build_demonyms", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows = [
        line.split("\t")
        for line in (Path(__file__).resolve().parents[1] / "src" / "zhgloss" / "data" / "demonyms.tsv")
        .read_text(encoding="utf-8")
        .splitlines()
        if not line.startswith("#")
    ]
    assert [tuple(row) for row in rows] == module.table()
