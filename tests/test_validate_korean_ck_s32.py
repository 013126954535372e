"""A Korean syllable closed by ㄱ is written "ck" after a short vowel in English, as South Korea's prime minister
韩德洙 (韓悳洙/韓德洙, 한덕수) writes his name: "Han Duck-soo" (덕 deok, Duck). Session 31 read Korean given names back
(`romanizations.korean_spellings`) with k and g only, so his name was the loose warning `en-romanization`."""

from __future__ import annotations

from zhgloss.model import Entry
from zhgloss.romanizations import korean_spellings
from zhgloss.validate import english_problems, romanized_as


def test_a_final_k_written_ck_reads_back() -> None:
    assert "duck" in korean_spellings("德")
    assert romanized_as("韩德洙", "Han Duck-soo", ["Hán Dézhū"]) == "Korean"
    assert english_problems(Entry(id="han", type="person", zh="韩德洙", en="Han Duck-soo")) == []


def test_ck_is_no_ending_of_an_open_syllable() -> None:
    assert "sock" not in korean_spellings("洙")  # 수 su: no final consonant
