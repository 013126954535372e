"""A Chinese name holding a colon, comma, semicolon, exclamation or question mark is matched whichever width of mark
the text writes (the review's R47-14; the class of U37-1's brackets).

Chinese text writes its punctuation full-width with no space beside it (GB/T 15834-2011, 标点符号用法): the game
《黑神话：悟空》, the film 《你好，李焕英》. `add`, every import and harvest store the ASCII mark (`normalize` folds
full-width ASCII), and annotate, which matches Chinese as written, never found the title in the text it came from:
《黑神话：悟空（Sun Wukong）》, CC-CEDICT's 悟空 glossed inside it. Both widths of every mark are now patterns of
the same entry. Through the installed `zhgloss` script on a glossary made by `zhgloss add`, as the reviewer did,
and by the library for a Hypothesis property over marks.
"""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.annotate import Annotator, _mark_spellings
from zhgloss.model import Entry

WUKONG = "Black Myth: Wukong"
LI_HUANYING = "Hi, Mom"


def _zhgloss(db: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", "--db", str(db), *args], input=stdin, capture_output=True, text=True)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("marks") / "works.json"
    assert subprocess.run(["zhgloss", "init", str(path), "--empty"], capture_output=True).returncode == 0
    for zh, en in (("黑神话：悟空", WUKONG), ("你好,李焕英", LI_HUANYING), ("悟空", "Sun Wukong")):
        done = _zhgloss(path, "add", zh, "--type", "work", "--en", en, "-y", stdin="")
        assert done.returncode == 0, done.stderr
    return path


def test_add_stores_the_ascii_mark(db: Path) -> None:
    """What the matcher has to make up for: the stored form holds the ASCII colon, whatever width was typed."""
    done = _zhgloss(db, "lookup", "黑神话：悟空", "--json")
    assert done.returncode == 0, done.stderr
    assert '"zh": "黑神话:悟空"' in done.stdout


@pytest.mark.parametrize(
    ("line", "glossed"),
    [
        # the reviewer's line: full-width colon in the text, ASCII in the glossary; 悟空 is not glossed inside it
        ("游戏《黑神话：悟空》销量突破千万。", f"游戏《黑神话：悟空（{WUKONG}）》销量突破千万。"),
        # the ASCII spelling as stored is still found
        ("游戏《黑神话:悟空》销量突破千万。", f"游戏《黑神话:悟空（{WUKONG}）》销量突破千万。"),
        # traditional script with the full-width mark
        ("遊戲《黑神話：悟空》銷量突破千萬。", f"遊戲《黑神話：悟空（{WUKONG}）》銷量突破千萬。"),
        # a comma, stored as typed in ASCII, written full-width by the text
        ("电影《你好，李焕英》票房大卖。", f"电影《你好，李焕英（{LI_HUANYING}）》票房大卖。"),
    ],
)
def test_a_marked_name_is_matched_in_either_width(db: Path, line: str, glossed: str) -> None:
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    done = _zhgloss(db, "annotate", "-", stdin=line + "\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout == glossed + "\n"
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest


def test_check_finds_the_title_the_source_writes_full_width(db: Path, tmp_path: Path) -> None:
    """The source side of check is the same matcher: the title is owed, and the translation renders it."""
    source, target = tmp_path / "zh.txt", tmp_path / "en.txt"
    source.write_text("《黑神话：悟空》销量突破千万。\n", encoding="utf-8")
    target.write_text(f"Sales of {WUKONG} passed ten million.\n", encoding="utf-8")
    done = _zhgloss(db, "check", str(source), str(target), "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    assert '"problems": []' in done.stdout
    target.write_text("Sales of the game passed ten million.\n", encoding="utf-8")
    done = _zhgloss(db, "check", str(source), str(target))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "黑神话" in done.stdout


def test_the_spellings_of_a_colon_name() -> None:
    assert set(_mark_spellings("黑神话:悟空")) == {"黑神话:悟空", "黑神话：悟空"}
    # a space typed after the ASCII mark is no part of the full-width spelling
    assert "黑神话：悟空" in _mark_spellings("黑神话: 悟空")


_HAN = st.text(alphabet=st.sampled_from("黑神话悟空你好李焕英长津湖之水门桥"), min_size=1, max_size=4)
_MARK = st.sampled_from(":,;!?")
_FULL = dict(zip(":,;!?", "：，；！？", strict=True))


@settings(max_examples=60, deadline=None)
@given(chunks=st.lists(_HAN, min_size=2, max_size=4), marks=st.data())
def test_any_marked_form_is_found_with_full_width_marks(chunks: list[str], marks: st.DataObject) -> None:
    """A form of Chinese chunks joined by ASCII marks is found in a text that writes every mark full-width, and in
    one that writes them as stored; the match is the whole form, never a part of it."""
    chosen = [marks.draw(_MARK) for _ in chunks[1:]]
    form = chunks[0] + "".join(mark + chunk for mark, chunk in zip(chosen, chunks[1:], strict=True))
    entry = Entry(id="w", zh=form, en="The Work", type="work", always_gloss=True)
    annotator = Annotator([entry])
    full = chunks[0] + "".join(_FULL[mark] + chunk for mark, chunk in zip(chosen, chunks[1:], strict=True))
    for written in (form, full):
        text = f"《{written}》"
        spans = annotator.spans(text)
        assert [(s, e) for s, e, _ in spans] == [(1, 1 + len(written))], (text, spans)


@pytest.mark.parametrize("title", ["哪吒：魔童闹海", "流浪地球：终章"])
def test_a_work_whose_english_has_no_colon_is_added_and_found(tmp_path: Path, title: str) -> None:
    """A row typed a work is one title, its subtitle after the colon, whatever its English writes (《哪吒：魔童闹海》 is
    "Ne Zha 2"): add had refused it as two names in one cell, so the title could not be glossed at all."""
    path = tmp_path / "works.json"
    assert subprocess.run(["zhgloss", "init", str(path), "--empty"], capture_output=True).returncode == 0
    done = _zhgloss(path, "add", title, "--type", "work", "--en", "The Film", "-y", stdin="")
    assert done.returncode == 0, done.stderr
    done = _zhgloss(path, "annotate", "-", stdin=f"电影《{title}》票房夺冠。\n")
    assert done.stdout == f"电影《{title}（The Film）》票房夺冠。\n"


def test_two_names_parted_by_a_colon_are_still_refused_for_another_type(tmp_path: Path) -> None:
    path = tmp_path / "orgs.json"
    assert subprocess.run(["zhgloss", "init", str(path), "--empty"], capture_output=True).returncode == 0
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    done = _zhgloss(path, "add", "雷军：小米", "--type", "org", "--en", "Lei Jun", "-y", stdin="")
    assert done.returncode != 0
    assert "between Chinese words" in done.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
