"""An HTML page of `annotate --format html` declares the language its text is written in (lead's L-1, s24/s25).

`<html lang>` is the document's language (HTML's lang attribute; WCAG 2 success criterion 3.1.1): screen readers pick
their voice by it, browsers their hyphenation and fonts. The page always declared "zh", an English article's too. The
text's language is told from its start (`zhgloss.annotate.text_language`): Chinese when it holds at least as many Han
characters as Latin words.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.annotate import Annotator, Session, text_language
from zhgloss.model import Entry

ANNOTATOR = Annotator(
    [
        Entry(id="lei-jun", zh="雷军", pinyin="Léi Jūn", en="Lei Jun", type="person"),
        Entry(id="xiaomi", zh="小米", pinyin="Xiǎomǐ", en="Xiaomi", type="org"),
    ]
)


def _page_lang(page: str) -> str:
    found = re.search(r'<html lang="([^"]*)">', page)
    assert found is not None, page
    return found.group(1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Lei Jun founded Xiaomi in Beijing.\n", "en"),  # the user's
        ("Lei Jun (雷军) said Xiaomi (小米) would grow.\n", "en"),  # English with Chinese names in it
        ("雷军（Lei Jun）创办了小米（Xiaomi）。\n", "zh"),  # Chinese with English names in it
        ("雷军创办了小米。\n", "zh"),
        ("雷軍創辦了小米。\n", "zh"),  # traditional
    ],
)
def test_the_page_declares_the_text_s_language(text: str, lang: str) -> None:
    session = Session(ANNOTATOR, fmt="html", page=True)
    assert _page_lang(session.header(text) + session.render(text) + session.footer()) == lang


def test_the_console_script_s_page_declares_english_for_an_english_article(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Lei Jun founded Xiaomi in Beijing.\nHe spoke in Wuhan.\n", encoding="utf-8")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    for args, stdin in (([str(article)], None), (["-"], article.read_bytes())):
        done = subprocess.run(
            ["zhgloss", "annotate", *args, "--format", "html"], input=stdin, capture_output=True, env=env, check=True
        )
        page = done.stdout.decode("utf-8")
        assert page.startswith('<!DOCTYPE html>\n<html lang="en">\n'), page[:80]
        assert page.rstrip().endswith("</html>")


def test_an_empty_text_s_page_stays_chinese_and_well_formed(tmp_path: Path) -> None:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    done = subprocess.run(
        ["zhgloss", "annotate", "-", "--format", "html"], input=b"", capture_output=True, env=env, check=True
    )
    page = done.stdout.decode("utf-8")
    assert _page_lang(page) == "zh" and page.count("<html") == 1 and page.rstrip().endswith("</html>")


@given(st.text(alphabet=st.sampled_from("abcXYZ 雷军小米，。.,\n"), max_size=60))
def test_the_language_is_one_of_two_and_chinese_wins_a_tie(text: str) -> None:
    han = sum("\u4e00" <= c <= "\u9fff" for c in text)
    words = len(re.findall(r"[A-Za-z]+", text))
    assert text_language(text) == ("zh" if han and han >= words else "en")
