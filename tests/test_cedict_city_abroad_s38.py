"""CC-CEDICT import: a city abroad whose headword ends on a character a unit of China is written with (R37-20).

The reviewer's R37-20 (/work/tools/s37/requests.md): after d0acf8e1, 光州's English was "Gwangju Metropolitan City"
with no alias "Gwangju", so `lookup Gwangju` found nothing, while 釜山 "Busan Metropolitan City" is Busan (the rule
of `_bare_the_unit`: a city abroad is bare in English when the headword writes no city). 光州 was left out because
its headword ends on 州, a character of China's prefectures (`_WRITTEN_UNITS`): the headword "writes its unit". A
headword that writes no city (`_writes_generic("city", ...)`, data/cedict_generics.tsv) writes no " City": the rule
now asks that of a name that English ends on " City". In the real file (2026-12) 3 entries change: 光州 Gwangju (the
official name an alias), and 儋州 "Danzhou City, Hainan" is Danzhou while 儋州市 is Danzhou City (they were crossed).
A headword that writes the city (光州广域市, 光州市) keeps the full name.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict

GWANGJU = (
    "光州 光州 [Guang1 zhou1] /Guangzhou, old name for Huangchuan 潢川[Huang2 chuan1] in Xinyang 信陽|信阳, Henan/"
    "Gwangju Metropolitan City, capital of South Jeolla Province 全羅南道|全罗南道[Quan2 luo2 nan2 dao4],"
    " South Korea/\n"
    "光州廣域市 光州广域市 [Guang1 zhou1 guang3 yu4 shi4] /Gwangju Metropolitan City, capital of South Jeolla Province"
    " 全羅南道|全罗南道[Quan2 luo2 nan2 dao4], South Korea/\n"
)
DANZHOU = "儋州 儋州 [Dan1 zhou1] /Danzhou City, Hainan/\n儋州市 儋州市 [Dan1 zhou1 shi4] /Danzhou city, Hainan/\n"
BUSAN = (
    "釜山 釜山 [Fu3 shan1] /Busan Metropolitan City in South Gyeongsang Province 慶尚南道|庆尚南道[Qing4 shang4 nan2"
    " dao4], South Korea/\n"
)


@pytest.mark.parametrize("proper_only", [True, False])
def test_gwangju_is_bare_with_its_official_name_an_alias(proper_only: bool) -> None:
    entries = {e.zh: e for e in load_cedict(io.StringIO(GWANGJU), proper_only=proper_only)}
    assert entries["光州"].en == "Gwangju"
    assert "Gwangju Metropolitan City" in entries["光州"].aliases
    assert entries["光州广域市"].en == "Gwangju Metropolitan City"  # the headword writes the city


def test_a_bare_headword_is_bare_and_the_one_writing_the_city_is_not() -> None:
    entries = {e.zh: e for e in load_cedict(io.StringIO(DANZHOU), proper_only=True)}
    assert entries["儋州"].en == "Danzhou"
    assert entries["儋州市"].en == "Danzhou City"


def test_busan_as_before() -> None:
    (entry,) = load_cedict(io.StringIO(BUSAN), proper_only=True)
    assert (entry.en, entry.aliases) == ("Busan", ("Busan Metropolitan City",))
