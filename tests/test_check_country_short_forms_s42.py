"""`zhgloss check` passes the short forms news style writes for a country (issue 9; rel, forty-second session).

The class: a country's short form that a wire service or a style guide writes ("U.S.", "US", "USA" for 美国 'United
States'; "UK", "U.K.", "Britain" for 英国; "UAE" for 阿联酋; "DPRK", "ROK") was a `variant` warning ("US", an alias),
or passed by accident ("U.S.", read as no rendering at all), and "UK" in one segment beside "Britain" in another was
`inconsistent` (a failure). The forms are data (src/zhgloss/data/country_short_forms.tsv, each row with its source:
AP, Reuters, Xinhua, GOV.UK, the CIA World Factbook), read by one rule (`zhgloss.forms.country_short_forms`) that
`check_kind`, check's initials and its consistency across a document all ask.

Sources of the renderings: Xinhua's English service ("U.S. President Joe Biden", "UK Prime Minister", "UAE President",
"the DPRK", "the ROK"), AP ("U.S."), GOV.UK ("UK"). The glossary: real CC-CEDICT lines
(tests/data/cedict_check_country_short_forms_s42.u8) imported by the installed script.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.forms import COUNTRY_SHORT_FORMS_PATH, Rendering, check_kind, country_short_forms
from zhgloss.model import Entry

glossary = glossary_fixture("cedict_check_country_short_forms_s42.u8")


def _rows() -> list[tuple[str, str, str]]:
    lines = COUNTRY_SHORT_FORMS_PATH.read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]  # type: ignore[misc]


def test_every_row_has_a_country_a_form_and_a_source() -> None:
    rows = _rows()
    assert len(rows) >= 9
    for row in rows:
        assert len(row) == 3, row
        name, short, source = row
        assert name[:1].isupper() and short[:1].isupper() and len(source) > 10, row


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("美国总统拜登出席了峰会。", "U.S. President Joe Biden attended the summit."),
        ("美国总统拜登出席了峰会。", "US President Joe Biden attended the summit."),
        ("他在美国工作。", "He works in the USA."),
        ("他在美国工作。", "He works in the U.S."),
        ("英国首相斯塔默在伦敦发表讲话。", "UK Prime Minister Keir Starmer spoke in London."),
        ("英國首相斯塔默在倫敦發表講話。", "U.K. Prime Minister Keir Starmer spoke in London."),
        ("他在英国工作。", "He works in Britain."),
        ("阿联酋总统穆罕默德会见了代表团。", "UAE President Mohamed met the delegation."),
        ("他在阿联酋工作。", "He works in the UAE."),
        ("朝鲜发射了一枚导弹。", "The DPRK launched a missile."),
        ("韩国总统出席了会议。", "The ROK President attended the meeting."),
    ],
)
def test_a_countrys_short_form_passes(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == []


def test_short_and_full_forms_in_one_document_are_one_rendering(
    glossary: Path, zhgloss_exe: str, tmp_path: Path
) -> None:
    pairs = [
        ("英国首相出席了会议。", "The UK Prime Minister attended the meeting."),
        ("英国政府表示欢迎。", "Britain's government welcomed it."),
        ("英国是联合国安理会常任理事国。", "The United Kingdom is a permanent member of the UN Security Council."),
        ("美国总统出席。", "The U.S. President attended."),
        ("美国国会通过了法案。", "The US Congress passed the bill."),
    ]
    assert check_lines(zhgloss_exe, glossary, tmp_path, pairs) == []


@pytest.mark.parametrize(
    ("source", "target", "said"),
    [
        # another country's short form is another country
        ("美国总统拜登出席了峰会。", "UK President Joe Biden attended the summit.", "1: missing 美国"),
        ("英国首相斯塔默在伦敦发表讲话。", "US Prime Minister Keir Starmer spoke.", "1: missing 英国"),
        ("他在阿联酋工作。", "He works in the US.", "1: missing 阿联酋"),
        # a form in lower case is a word, not the country
        ("美国总统出席了会议。", "The president told us about it.", "1: missing 美国"),
    ],
)
def test_another_countrys_short_form_fails(
    glossary: Path, zhgloss_exe: str, tmp_path: Path, source: str, target: str, said: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)])
    assert any(line.startswith(said) for line in lines), lines


def test_the_rule_reads_the_table() -> None:
    states = Entry(id="meiguo", zh="美国", en="United States", type="place")
    assert country_short_forms(states) == {"U.S.", "US", "USA"}
    assert country_short_forms(
        Entry(id="yingguo", zh="英国", en="Britain", type="place", aliases=("United Kingdom",))
    ) >= {"UK"}
    # a person named so is no country
    assert country_short_forms(Entry(id="meiguo", zh="美国", en="United States", type="person")) == frozenset()


@given(row=st.sampled_from(_rows()), other=st.sampled_from(["Yankeeland", "Albion", "Emirates Land"]))
def test_a_listed_short_form_passes_and_another_alias_warns(row: tuple[str, str, str], other: str) -> None:
    name, short, _ = row
    entry = Entry(id="mouguo", zh="某国", en=name, type="place", aliases=(short, other))
    assert check_kind(Rendering(short, "alias", short, short), entry) is None
    assert check_kind(Rendering(other, "alias", other, other), entry) == "variant"
