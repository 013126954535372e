"""A TMX translation memory is read as segment pairs by check (user finding U33-27's TMX item, session 33).

Every CAT tool exports its memory as TMX (<tu>, a <tuv xml:lang> per language, its <seg>); `check mem.tmx` was
refused as "is not XLIFF: the root element is <tmx>". The Chinese variant is the source, the English one the
translation.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest

from zhgloss.errors import FormatError
from zhgloss.formats.bilingual import load_bilingual

# The tester's mem.tmx, and a memory as Trados and memoQ write it: TMX 1.4, two units, an inline <bpt>/<ept> pair
# around a bold name, a unit with no English yet, and one of a third language only.
MEM = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" '
    'adminlang="en" srclang="zh-CN" datatype="plaintext"/>\n'
    '<body><tu><tuv xml:lang="zh-CN"><seg>雷军表示。</seg></tuv><tuv xml:lang="en-US"><seg>Lei Chun said.</seg>'
    "</tuv></tu>\n"
    '<tu tuid="2"><tuv xml:lang="en-US"><seg><bpt i="1">&lt;b&gt;</bpt>Pony Ma<ept i="1">&lt;/b&gt;</ept> spoke.'
    '</seg></tuv><tuv xml:lang="zh-CN"><seg><bpt i="1">&lt;b&gt;</bpt>马化腾<ept i="1">&lt;/b&gt;</ept>发言。</seg>'
    "</tuv></tu>\n"
    '<tu><tuv xml:lang="zh-CN"><seg>王翔出席。</seg></tuv></tu>\n'
    '<tu><tuv xml:lang="ja-JP"><seg>東京</seg></tuv><tuv xml:lang="en-US"><seg>Tokyo</seg></tuv></tu>\n'
    "</body></tmx>\n"
)


def test_a_tmx_memory_is_read_as_chinese_and_english_pairs() -> None:
    segments = load_bilingual(io.BytesIO(MEM.encode()), "mem.tmx")
    assert [(s.source, s.target, s.line, s.id) for s in segments] == [
        ("雷军表示。", "Lei Chun said.", 3, None),
        ("马化腾发言。", "Pony Ma spoke.", 4, "2"),
        ("王翔出席。", None, 5, None),
    ]


def test_a_memory_without_chinese_says_so() -> None:
    text = '<tmx version="1.4"><body><tu><tuv xml:lang="ja"><seg>東京</seg></tuv></tu></body></tmx>'
    said = r"is a TMX memory with no Chinese variant \(its languages: ja\); .*export the memory with its Chinese"
    with pytest.raises(FormatError, match=said):
        load_bilingual(io.BytesIO(text.encode()), "ja.tmx")


def test_check_reads_it(zhgloss_exe: str, tmp_path: Path) -> None:
    memory = tmp_path / "mem.tmx"
    memory.write_text(MEM, encoding="utf-8")
    done = subprocess.run([zhgloss_exe, "check", str(memory)], capture_output=True, text=True)
    assert "not XLIFF" not in done.stderr
    assert "checked 3 segments" in done.stderr, done.stderr
