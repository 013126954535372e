"""A two-character name that heads idioms is glossed only where the context reads as a name: 诗人酒后大发诗兴 is "the
poet, after wine, was seized by poetic inspiration", no Daihatsu (the brief's nonsense class; my predecessor's left
line, and zh-corpus.txt's 这一件大发见, "this great discovery").

jieba 0.42.1's dictionary (MIT) counts three idioms on 大发 ten times or more (大发雷霆 79, 大发横财 25, 大发慈悲 16:
part of speech i): the two characters are a phrase the language builds on ("to break out in", "to show great"), and
大发 + any noun of feeling reads so. scripts/build_common_words.py lists a company's or a brand's such name in
word_or_name.txt, and annotate reads it as the other word-or-name forms: in quotes, before an organisation's word, a
title or a verb of saying (大发汽车宣布, 丰田旗下的大发宣布退出). A place's (天长 of 天长地久) is not listed: the rules
on word edges give its characters back to the name it hid (今年夏天长江流域, test_crossing). The glossary is real
CC-CEDICT lines (CC BY-SA 4.0, MDBG, ../shared/data/cedict_ts.u8.gz).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict
from zhgloss.glossable import word_or_name_forms

LINES = """\
大發 大发 [Da4 fa1] /Daihatsu, Japanese car company/
豐田 丰田 [Feng1 tian2] /Toyota or Toyoda (name)/Toyota, Japanese car make/
"""
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the class: the phrase the idioms build on
        ("诗人酒后大发诗兴，写下长诗一首。", []),
        ("这一件大发见，虽似意外，也非偶然。", []),
        ("老板听后大发牢骚。", []),
        # the name where the context says so: an organisation's word, a verb of saying, quotes
        ("大发汽车宣布召回部分车型。", ["大发"]),
        ("丰田旗下的大发宣布退出。", ["丰田", "大发"]),
        ("“大发”品牌", ["大发"]),
    ],
)
def test_a_name_heading_idioms_is_glossed_where_it_reads_as_a_name(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


def test_the_list_holds_the_brands_heading_idioms_in_both_scripts() -> None:
    forms = word_or_name_forms()
    assert {"大发", "大發"} <= forms
    # a company that heads one idiom (国泰民安), a place that heads two (天长地久, 天长日久), an idiom whose first three
    # characters are a name (令狐冲笑): not listed
    assert not {"国泰", "天长", "令狐"} & forms


def test_the_list_is_what_its_build_script_makes(tmp_path: Path, shared_dir: Path) -> None:
    jieba = pytest.importorskip("jieba")
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    won = tmp_path / "word_or_name.txt"
    done = subprocess.run(
        [
            sys.executable,
            str(root / "scripts" / "build_common_words.py"),
            str(shared_dir / "data" / "cedict_ts.u8.gz"),
            str(Path(jieba.__file__).parent / "dict.txt"),
            "--word-or-name",
            str(won),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout == (root / "src" / "zhgloss" / "data" / "common_words.txt").read_text(encoding="utf-8")
    assert won.read_text(encoding="utf-8") == (root / "src" / "zhgloss" / "data" / "word_or_name.txt").read_text(
        encoding="utf-8"
    )
