"""An XML input (TBX) is read in the encoding its declaration names; only undeclared bytes are guessed.

The reviewer's R2 (session 34): after 510818c a TBX whose declaration said encoding="GB2312" went through the GB18030
or Big5 guess, and a GBK 丁丁 (Tintin; Big5 reads the bytes as 間間) was refused as reading both ways, quoting the whole
one-line <martif> body; a Big5 one with 曹植 likewise. XML 1.0 (4.3.3) lets the declaration decide. A refusal of
undeclared bytes names the differing run of characters, not the line.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.formats import decode_input
from zhgloss.formats.legacy import AmbiguousEncodingError
from zhgloss.store import Glossary


def _tbx(zh: str, en: str, declared: str, lang: str) -> str:
    return (
        f'<?xml version="1.0" encoding="{declared}"?>\n'
        '<martif type="TBX" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>Desk</p></sourceDesc></fileDesc>'
        f'</martifHeader><text><body><termEntry id="c1"><langSet xml:lang="{lang}"><tig><term>{zh}</term></tig>'
        f'</langSet><langSet xml:lang="en"><tig><term>{en}</term></tig></langSet></termEntry></body></text></martif>\n'
    )


@pytest.mark.parametrize(
    ("zh", "en", "declared", "codec", "lang", "stored"),
    [
        ("丁丁", "Tintin", "GB2312", "gbk", "zh-CN", "丁丁"),  # Big5 reads 間間: both read as Chinese
        ("曹植", "Cao Zhi", "Big5", "big5", "zh-TW", "曹植"),  # GB18030 reads 变从
        ("朱镕基", "Zhu Rongji", "GBK", "gbk", "zh-CN", "朱镕基"),  # 镕 is outside GB2312
    ],
)
def test_declared_encoding_decides(
    runner: CliRunner, tmp_path: Path, zh: str, en: str, declared: str, codec: str, lang: str, stored: str
) -> None:
    path = tmp_path / "terms.tbx"
    path.write_bytes(_tbx(zh, en, declared, lang).encode(codec))
    db = tmp_path / "g.json"
    result = runner.invoke(app, ["import", str(path), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with Glossary.open(db) as gloss:
        assert [(e.zh, e.en) for e in gloss.iter_entries()] == [(stored, en)]


def test_a_declaration_the_bytes_break_is_guessed_past() -> None:
    """A declaration of UTF-8 over GBK bytes (an editor's default header) is no decision: the bytes are guessed."""
    raw = _tbx("朱镕基", "Zhu Rongji", "UTF-8", "zh-CN").encode("gbk")
    text, encoding = decode_input(raw, "terms.tbx")
    assert (encoding, "<term>朱镕基</term>" in text) == ("gb18030", True)


def test_an_undeclared_refusal_names_the_term_not_the_line() -> None:
    # English that spells neither reading's pinyin (56d1a74: "Cao Zhi" tells Big5's 曹植 by its pinyin now)
    raw = _tbx("曹植", "Ts'ao Chih", "UTF-8", "zh-TW").replace(' encoding="UTF-8"', "").encode("big5")
    with pytest.raises(AmbiguousEncodingError) as caught:
        decode_input(raw, "terms.tbx")
    assert "reads as Big5 ('曹植') or as GB18030 ('变从') alike" in str(caught.value)
