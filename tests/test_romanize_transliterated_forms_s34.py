"""romanize reads a transliterated name's Japanese form as `read_names` reads it (found by test_readings' hypothesis).

`tests/test_readings.py::test_any_name_read_from_the_tables_is_romanizes` drew 丁·仏 at 564b409: `read_names`
(which reads a name as written) said Dīng Fó, `romanize` Dīng Fú. 仏 is the Japanese form of 佛; zhgloss's t2s
writes it 佛, and 佛 read alone is pypinyin's fú (as in 仿佛), a reading 仏 never has. The guard the given name had
("keep a reading the original character has") now holds for the parts of a transliterated name too: one rule,
`pinyin._original_readings`.
"""

from __future__ import annotations

import pytest

from zhgloss.pinyin import heteronyms, read_names, romanize


@pytest.mark.parametrize("name", ["丁·仏", "丁仏"])
def test_a_japanese_form_keeps_its_own_reading(name: str) -> None:
    assert heteronyms("仏") == ("fo2",)
    assert romanize(name).pinyin == "Dīng Fó"


def test_romanize_and_read_names_agree() -> None:
    assert read_names(["丁·仏"])["丁·仏"] == (romanize("丁·仏").pinyin, romanize("丁·仏").en)
