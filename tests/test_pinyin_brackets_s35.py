"""The pinyin's brackets are the Chinese name's, balanced and as many (the s35 review's R35-7).

77ff6b5 let pinyin hold brackets, for a company's legal name that brackets its place (联想（北京）有限公司 Liánxiǎng
(Běijīng) Yǒuxiàn Gōngsī). An import then stored "Wáng Fāng (née)" (a note in the pinyin column) and "Zhāng ((Wěi"
(a slip), which 63c90aa refused. The rule (`zhgloss.model._check_pinyin_brackets`): brackets pair up, one level deep,
and are as many as the Chinese form holds, full-width or ASCII.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.errors import InvalidEntryError
from zhgloss.model import Entry

runner = CliRunner()


def test_an_import_refuses_a_note_or_a_slip(tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    sheet = tmp_path / "br.csv"
    sheet.write_text("zh,en,pinyin,type\n王芳,Wang Fang,Wáng Fāng (née),person\n张伟,Zhang Wei,Zhāng ((Wěi,person\n")
    assert runner.invoke(app, ["init", "--empty", str(db)]).exit_code == 0
    done = runner.invoke(app, ["--db", str(db), "import", str(sheet)])
    assert done.exit_code == 3, done.output
    assert "line 2" in done.stderr
    assert "line 3" in done.stderr
    assert "nothing was imported" in done.stderr


@pytest.mark.parametrize(
    ("zh", "pinyin"),
    [
        ("联想（北京）有限公司", "Liánxiǎng (Běijīng) Yǒuxiàn Gōngsī"),
        ("联想(北京)有限公司", "Liánxiǎng (Běijīng) Yǒuxiàn Gōngsī"),
        ("腾讯科技（深圳）有限公司", "Téngxùn Kējì (Shēnzhèn) Yǒuxiàn Gōngsī"),
    ],
)
def test_the_names_own_brackets(zh: str, pinyin: str) -> None:
    assert Entry(id="x", type="org", zh=zh, en="x", pinyin=pinyin).pinyin == pinyin


@pytest.mark.parametrize(
    ("zh", "pinyin"),
    [
        ("王芳", "Wáng Fāng (née)"),
        ("张伟", "Zhāng ((Wěi"),
        ("联想（北京）有限公司", "Liánxiǎng (Běijīng Yǒuxiàn Gōngsī"),
        ("联想（北京）有限公司", "Liánxiǎng )Běijīng( Yǒuxiàn Gōngsī"),
        ("联想（北京）有限公司", "Liánxiǎng ((Běijīng)) Yǒuxiàn Gōngsī"),
        ("联想有限公司", "Liánxiǎng (Běijīng) Yǒuxiàn Gōngsī"),
    ],
)
def test_other_brackets_are_refused(zh: str, pinyin: str) -> None:
    with pytest.raises(InvalidEntryError) as raised:
        Entry(id="x", type="org", zh=zh, en="x", pinyin=pinyin)
    assert raised.value.field == "pinyin"


@given(st.lists(st.sampled_from(["Lián", "xiǎng", " ", "(", ")"]), min_size=1, max_size=12))
def test_brackets_are_taken_only_as_the_chinese_holds_them(pieces: list[str]) -> None:
    pinyin = "Běi" + "".join(pieces)
    pairs = pinyin.count("(")
    zh = "北" + "（京）" * pairs
    balanced = pairs == pinyin.count(")") and all(
        0 <= pinyin[:i].count("(") - pinyin[:i].count(")") <= 1 for i in range(len(pinyin) + 1)
    )
    if balanced:
        assert Entry(id="x", type="org", zh=zh, en="x", pinyin=pinyin).pinyin is not None
    else:
        with pytest.raises(InvalidEntryError) as raised:
            Entry(id="x", type="org", zh=zh, en="x", pinyin=pinyin)
        assert raised.value.field == "pinyin"
