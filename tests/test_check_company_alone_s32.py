"""check: a company the source writes alone renders as no brand's first word, whatever other Latin letters its clause
writes, and also where its name is a common word too (issue 9; the thirty-first session's note, "Noticed and left
alone").

- 1cb1383 let a translation name a brand after the company wherever the company's clause writes Latin letters
  (微软的Office / "Microsoft Office"); a news source or another company in Latin letters (据CNBC报道) is no brand of
  the company's: only the word the translation writes after the company's name counts, written in the clause.
- A company whose name is a common word too (小米 "millet", 大众 "the masses", 波音 "mordent": CC-CEDICT lists both
  lines) is no mention of the source's with a names import (`zhgloss.glossable`), so nothing was owed and "Xiaomi
  Home announced layoffs" for 小米宣布裁员 passed. A translation that names the company reads the form as the company;
  where the source writes it alone (before a verb), the brand's other words are the translation's own: missing.

Fixture: CC-CEDICT's own lines (tests/data/cedict_check_company_alone_s32.u8), both lines of each common-word name.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture

glossary = glossary_fixture("cedict_check_company_alone_s32.u8")


@pytest.mark.parametrize(
    ("source", "target", "failing"),
    [
        # Latin letters of the clause that are not the translation's brand: the news source, another company.
        (
            "据CNBC报道微软发布了新版本。",
            "According to CNBC, Microsoft Office released a new version.",
            'missing 微软: found nothing, expected "Microsoft"',
        ),
        (
            "据BBC报道谷歌宣布裁员。",
            "According to the BBC, Google Maps announced layoffs.",
            'missing 谷歌: found nothing, expected "Google"',
        ),
        (
            "华为与Intel签署协议。",
            "Huawei Cloud signed an agreement with Intel.",
            'missing 华为: found nothing, expected "Huawei"',
        ),
        # A company's name that is a common word too, written alone before a verb.
        ("小米宣布裁员。", "Xiaomi Home announced layoffs.", 'missing 小米: found nothing, expected "Xiaomi"'),
        (
            "大众宣布召回部分车辆。",
            "Volkswagen Financial announced a recall of some cars.",
            'missing 大众: found nothing, expected "Volkswagen"',
        ),
        ("波音发布声明。", "Boeing Capital issued a statement.", 'missing 波音: found nothing, expected "Boeing"'),
        ("宝马表示将提价。", "BMW Motorrad said it would raise prices.", 'missing 宝马: found nothing, expected "BMW"'),
    ],
)
def test_a_company_written_alone_is_no_brand_of_other_latin_letters_or_a_common_word(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, failing: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == [f"1: {failing}"]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # The brand the translation names is the one the clause writes.
        ("据CNBC报道，微软的Office软件很流行。", "According to CNBC, Microsoft Office software is popular."),
        ("谷歌今天发布了Gemini。", "Google Gemini was released today."),
        ("华为Mate 60开售。", "The Huawei Mate 60 went on sale."),
        # The company itself, or a word of its legal name.
        ("小米宣布裁员。", "Xiaomi announced layoffs."),
        ("小米宣布裁员。", "Xiaomi Technology announced layoffs."),
        ("大众宣布召回部分车辆。", "Volkswagen announced a recall of some cars."),
        # The common word: nothing owed, nothing named.
        ("老百姓喝小米粥。", "Ordinary people eat millet porridge."),
        ("这首歌很受大众欢迎。", "The song is popular with the masses."),
    ],
)
def test_the_company_a_brand_the_clause_writes_or_the_common_word_passes(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == []
