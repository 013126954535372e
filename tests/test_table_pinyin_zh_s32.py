"""A Chinese cell of tone-marked pinyin (session 32, user finding U32-33).

"Léi Jūn,Lei Jun" was stored with zh "Léi Jūn": the English-like Latin in zh read as a name Chinese text leaves in
Latin letters (OneDrive), while the same row in tone numbers ("lei2 jun1") was refused. Tone marks make it pinyin: it
is refused with the line, and the hint that the column may be the pinyin. A brand with an accent stays (Nestlé).
"""

from __future__ import annotations

import io

import pytest

from zhgloss.errors import FormatError
from zhgloss.formats.csv_format import load_csv

# CC-CEDICT's readings of 雷军's and of 邓小平 /Deng Xiaoping (1904-1997).../, 北京 /Beijing/, tone-marked.
ROWS = [("Léi Jūn", "Lei Jun"), ("Dèng Xiǎopíng", "Deng Xiaoping"), ("Běijīng", "Beijing")]


@pytest.mark.parametrize(("zh", "en"), ROWS)
def test_a_zh_cell_of_tone_marked_pinyin_is_refused_with_its_line(zh: str, en: str) -> None:
    with pytest.raises(FormatError) as caught:
        list(load_csv(io.StringIO(f"zh,en\n雷军,Lei Jun\n{zh},{en}\n"), "names.csv"))
    assert caught.value.line == 3
    assert "it is pinyin with tone marks (the pinyin column?" in str(caught.value)
    assert "other way round" not in str(caught.value)


@pytest.mark.parametrize("name", ["Nestlé", "Pokémon", "OneDrive"])
def test_a_brand_chinese_text_writes_in_latin_letters_stays(name: str) -> None:
    (entry,) = load_csv(io.StringIO(f"zh,en\n{name},{name}\n"), "brands.csv")
    assert entry.zh == name
