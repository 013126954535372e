"""A short text is read for the companies' words without compiling the any-script regexes (issue 15 item 2).

`echo 雷军创办了小米。 | zhgloss annotate` compiled two alternations of every company word in either script (the
companies' titles and nouns: ~70M instructions, more than the rules' own work on one line). Up to `_SHORT_TEXT`
characters the rules test the simplified text for the simplified words instead (`_holds_any`): the same answer, as
no character of those words is a traditional form that t2s.txt maps to another character.
"""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from zhgloss.glossrules import (
    _COMPANY_MARKS,
    _FIRM_SCAN_WORDS,
    _company_title_re,
    _firm_raw_re,
    _holds_any,
)
from zhgloss.namecontext import _t2s_pairs

HANT, HANS = _t2s_pairs()
TO_HANT = dict(zip(HANS, HANT, strict=True))


def test_no_character_of_the_words_is_a_traditional_form_of_another() -> None:
    traditional = set(HANT) - set(HANS)
    assert not {c for word in (*_FIRM_SCAN_WORDS, *_COMPANY_MARKS) for c in word} & traditional


pieces = st.lists(
    st.one_of(
        st.sampled_from([*_FIRM_SCAN_WORDS, *_COMPANY_MARKS]),
        st.sampled_from([*_FIRM_SCAN_WORDS, *_COMPANY_MARKS]).map(lambda w: "".join(TO_HANT.get(c, c) for c in w)),
        st.text(alphabet="中国华为上海发布了的年董事长業績股东", max_size=4),
    ),
    max_size=5,
)


@given(pieces)
def test_the_substring_tests_answer_as_the_regexes(parts: list[str]) -> None:
    text = "".join(parts)
    assert _holds_any(text, _FIRM_SCAN_WORDS) == (_firm_raw_re().search(text) is not None)
    assert _holds_any(text, _COMPANY_MARKS) == (_company_title_re().search(text) is not None)


def test_a_one_line_annotate_compiles_neither_regex() -> None:
    code = (
        "from zhgloss.annotate import Annotator\n"
        "from zhgloss.model import Entry\n"
        "from zhgloss import glossrules as g\n"
        "rows = [('leijun', '雷军', 'Léi Jūn', 'Lei Jun', 'person'), ('xiaomi', '小米', 'Xiǎomǐ', 'Xiaomi', 'org'),"
        " ('shanghai', '上海', 'Shànghǎi', 'Shanghai', 'place')]\n"
        "a = Annotator([Entry(id=i, zh=z, pinyin=p, en=e, type=t) for i, z, p, e, t in rows])\n"
        "print([m.surface for m in a.mentions('雷军创办了小米。上海发布新规。')])\n"
        "print(g._firm_raw_re.cache_info().currsize, g._company_title_re.cache_info().currsize)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == ["['雷军', '上海']", "0 0"]
