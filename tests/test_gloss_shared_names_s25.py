"""A family name a title of office gives to another is not glossed as a dead namesake (issue 9, s25; tester T25-G5).

CC-CEDICT's 巴赫 is "Johann Sebastian Bach (1685-1750), German composer", and the import glosses it so; sports news
writes 国际奥委会主席巴赫 for Thomas Bach, the IOC's president (IOC, olympics.com). A name shared by several people
glossed with one of them is a guess, and here a wrong one. Decision: where a title of office stands right before
the name (data/office_titles.tsv, built from CC-CEDICT by scripts/build_office_titles.py), and the entry glosses a
full name, dates the person as dead and names no office of any title (a composer, a physicist), the text's office
holder is another person, and the name is left unglossed (`InsideRule._outside_other_holders`); elsewhere, and for
an entry that names an office (Lincoln "US president", Churchill "prime minister", Samaranch "president of
International Olympic Committee"), a living person or a family name alone ("Newton (name)"), the gloss stays.

The glossary is real: CC-CEDICT's lines (tests/data/cedict_s25_gls.u8), imported as `zhgloss import --proper-only`
would.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from build_scripts import load_build_script
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator
from zhgloss.glossrules import OFFICE_TITLES_PATH
from zhgloss.namecontext import TITLES_BEFORE

ANNOTATOR = Annotator(cedict_fixture("cedict_s25_gls.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tester's (s24, s25 T25-G5) and the issue's
        ("国际奥委会主席巴赫抵达巴黎。", ["国际奥委会"]),
        ("国际奥委会主席巴赫出席了开幕式。", ["国际奥委会"]),
        # cases of my own: traditional script, another office, another dead non-holder
        ("國際奧委會主席巴赫出席。", ["國際奧委會"]),
        ("德国击剑协会会长巴赫表示祝贺。", ["德国"]),
        ("美国总统爱因斯坦", ["美国"]),
    ],
)
def test_a_dead_namesake_is_not_the_office_holder(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("作曲家巴赫的作品。", ["巴赫"]),  # no office: the composer
        ("巴赫的音乐流传至今。", ["巴赫"]),
        ("美国总统林肯", ["美国", "林肯"]),  # "Lincoln (name)": the family name alone
        ("英国首相邱吉尔发表演讲。", ["英国", "邱吉尔"]),  # the note names the office
        ("国际奥委会前主席萨马兰奇", ["国际奥委会", "萨马兰奇"]),  # "president of …": an office of another title
        ("美国总统肯尼迪遇刺。", ["美国", "肯尼迪"]),
        ("阿根廷队队长梅西进球。", ["阿根廷", "梅西"]),  # living: the note may predate the office
        ("物理学家爱因斯坦", ["爱因斯坦"]),
        # the tester's T25-G6 (a regression of 2112b6e): no description after the dates, or a ruler's word in it
        ("纳粹领导人希特勒", ["纳粹", "希特勒"]),
        ("德国总理希特勒", ["德国", "希特勒"]),
        ("苏联领导人斯大林", ["苏联", "斯大林"]),
        ("苏共总书记斯大林", ["苏共", "斯大林"]),
    ],
)
def test_the_gloss_stays_elsewhere(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


def test_every_office_is_a_title_the_finder_knows() -> None:
    text = OFFICE_TITLES_PATH.read_text(encoding="utf-8")
    offices, rulers = text.split("# RULERS")
    lines = [line for line in offices.splitlines() if not line.startswith("#")]
    titles = [line.split("\t")[0] for line in lines]
    assert {"dictator", "emperor", "monarch"} <= set(rulers.split())
    assert set(titles) <= set(TITLES_BEFORE)
    assert {"主席", "总统", "首相", "会长", "教练"} <= set(titles)
    assert all(line.split("\t")[1].split() for line in lines)


def test_the_shipped_table_is_what_the_build_script_writes(shared_dir: Path, tmp_path: Path) -> None:
    build = load_build_script("build_office_titles")
    out = tmp_path / "office_titles.tsv"
    build.main(shared_dir / "data" / "cedict_ts.u8.gz", out)
    assert out.read_text(encoding="utf-8") == OFFICE_TITLES_PATH.read_text(encoding="utf-8")
