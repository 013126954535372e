"""annotate reads an .html input as a web page: the text its reader reads is glossed, and every byte of its markup is
kept (issue 9; the thirty-third session's U33-20: a saved page was glossed inside its attributes and scripts —
`<title>雷军（Lei Jun）谈小米（Xiaomi）</title>`, `content="雷军（Lei Jun）,小米（Xiaomi）"`,
`alt="小米汽车（Xiaomi EV）"`,
`<script>var s="雷军（Lei Jun）";</script>` — breaking the page's metadata, its links and its code).

The page is read by the standard library's html.parser (`zhgloss.annotate.page_text_runs`): text between tags is
glossed (a gloss with & or < is written as HTML text); tags, attribute values, comments, character references and the
text of <script>, <style>, <title> and <textarea> are not. Other formats (json, tsv, html) and --unknown are refused
with the way out, exit 3. The glossary is real CC-CEDICT lines (CC BY-SA 4.0, MDBG).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from cedict_fixtures import imported_db

LINES = (
    "普京 普京 [Pu3 jing1] /Vladimir Putin (1952-), president of Russia/\n"
    "北京 北京 [Bei3 jing1] /Beijing, capital of People's Republic of China/Peking/PRC government/\n"
    "莫斯科 莫斯科 [Mo4 si1 ke1] /Moscow, capital of Russia/\n"
    "寶潔 宝洁 [Bao3 jie2] /Procter & Gamble (consumer goods company)/\n"
)
PAGE = (
    "<!DOCTYPE html>\n"
    '<html lang="zh"><head><meta charset="utf-8"><title>普京访问北京</title>\n'
    '<meta name="keywords" content="普京,北京">\n'
    "<style>p::before { content: '北京'; }</style>\n"
    '<script>var city = "北京"; var ok = a < b && c;</script></head>\n'
    '<body><h1 title="普京">普京访问北京</h1>\n'
    '<p>记者从莫斯科报道：<a href="https://example.com/北京">北京</a>&amp;莫斯科。</p>\n'
    '<img alt="普京在北京" src="x.png"><!-- 普京 -->\n'
    "<p>Putin flew from Moscow to Beijing.</p>\n"
    "<textarea>北京</textarea></body></html>\n"
)


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return imported_db(tmp_path_factory.mktemp("pages"), LINES)


def annotate(zhgloss_exe: str, glossary: Path, page: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([zhgloss_exe, "annotate", str(page), "--db", str(glossary), *args], capture_output=True)


@pytest.mark.parametrize("suffix", [".html", ".htm", ".HTML"])
def test_a_page_is_glossed_in_its_text_only(zhgloss_exe: str, glossary: Path, tmp_path: Path, suffix: str) -> None:
    page = tmp_path / f"page{suffix}"
    page.write_text(PAGE, encoding="utf-8")
    done = annotate(zhgloss_exe, glossary, page)
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode("utf-8")
    assert re.sub(r"（[^）]*）| \([^)]*\)", "", out) == PAGE  # the markup, byte for byte: only glosses are added
    assert '<h1 title="普京">普京（Vladimir Putin）访问北京（Beijing）</h1>' in out
    assert "记者从莫斯科（Moscow）报道：" in out
    assert '<a href="https://example.com/北京">北京（Beijing）</a>&amp;莫斯科（Moscow）。' in out
    for kept in ("<title>普京访问北京</title>", 'content="普京,北京"', 'alt="普京在北京"', "<!-- 普京 -->",
                 "content: '北京'", 'var city = "北京"', "<textarea>北京</textarea>"):  # fmt: skip
        assert kept in out


def test_english_text_of_a_page_is_glossed_too(zhgloss_exe: str, glossary: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    out = annotate(zhgloss_exe, glossary, page).stdout.decode("utf-8")
    assert "<p>Putin flew from Moscow (莫斯科) to Beijing (北京).</p>" in out


def test_a_gloss_is_written_as_html_text(zhgloss_exe: str, glossary: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<p>宝洁发布财报。</p>\n", encoding="utf-8")
    out = annotate(zhgloss_exe, glossary, page).stdout.decode("utf-8")
    assert out == "<p>宝洁（Procter &amp; Gamble）发布财报。</p>\n"


@pytest.mark.parametrize("args", [("--format", "json"), ("--format", "tsv"), ("--format", "html"), ("--unknown",)])
def test_other_outputs_of_a_page_are_refused_with_the_way(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    done = annotate(zhgloss_exe, glossary, page, *args)
    assert done.returncode == 3
    assert done.stdout == b""
    assert "is a web page" in done.stderr.decode() and "save the page's text first" in done.stderr.decode()


def test_a_page_in_another_encoding_is_written_in_it(zhgloss_exe: str, glossary: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes("<p>普京访问北京。</p>\n".encode("gb18030"))
    done = annotate(zhgloss_exe, glossary, page, "--encoding", "gb18030")
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("gb18030") == "<p>普京（Vladimir Putin）访问北京（Beijing）。</p>\n"
