"""A web page annotate wrote comes back unchanged when annotated again (the user's U36-19).

`zhgloss annotate article.txt --format html` writes each glossed name as <ruby class="zhgloss">name<rp>(</rp>
<rt>gloss</rt><rp>)</rp></ruby>. Annotating that page again (a desk keeps glossed pages beside raw copy and runs
annotate over the folder the next day) glossed every name a second time: the base inline (陳茂波（Paul Chan）) and
the English in <rt> back into Chinese. README: annotating twice changes nothing. The text of a <ruby> of class
zhgloss (an unverified proposal's too) is no prose to gloss; a page's own <ruby> of another class, and the text
around, are glossed as before. Through the installed `zhgloss` script on real files; the glossary is real CC-CEDICT
lines (CC BY-SA 4.0, MDBG), from ../shared/data/cedict_ts.u8.gz.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

LINES = """\
北京 北京 [Bei3 jing1] /Beijing, capital of People's Republic of China/Peking/PRC government/
香港 香港 [Xiang1 gang3] /Hong Kong/
上海 上海 [Shang4 hai3] /Shanghai municipality, central east China, abbr. to 滬|沪[Hu4]/
"""


def run(*args: str, cwd: Path) -> str:
    done = subprocess.run(["zhgloss", *args], cwd=cwd, capture_output=True, text=True, check=True)
    return done.stdout


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pages")
    (path / "lines.u8").write_text(LINES, encoding="utf-8")
    run("init", "names.json", "--empty", cwd=path)
    run("import", "lines.u8", "--proper-only", "--db", "names.json", cwd=path)
    return path


@pytest.mark.parametrize(
    "article",
    [
        "香港和北京的官员周一在上海会面。\n",
        "Officials from Hong Kong and Beijing met in Shanghai.\n",
        "香港特區政府表示，北京和上海的代表將出席。\n第二段：上海。\n",
    ],
)
def test_a_page_annotate_wrote_comes_back_unchanged(folder: Path, article: str) -> None:
    (folder / "a.txt").write_text(article, encoding="utf-8")
    page = run("--db", "names.json", "annotate", "a.txt", "--format", "html", cwd=folder)
    assert 'class="zhgloss"' in page
    (folder / "a.html").write_text(page, encoding="utf-8")
    assert run("--db", "names.json", "annotate", "a.html", cwd=folder) == page


def test_a_pages_own_ruby_and_text_around_are_glossed(folder: Path) -> None:
    page = (
        "<html><body><p><ruby>北京<rt>ㄅㄟˇ</rt></ruby>和"
        '<ruby class="zhgloss" data-id="x">上海<rp>(</rp><rt>Shanghai</rt><rp>)</rp></ruby>，香港。</p></body></html>\n'
    )
    (folder / "b.html").write_text(page, encoding="utf-8")
    assert run("--db", "names.json", "annotate", "b.html", cwd=folder) == page.replace(
        "<ruby>北京<rt>", "<ruby>北京（Beijing）<rt>"
    ).replace("香港。", "香港（Hong Kong）。")
