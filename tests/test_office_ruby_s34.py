"""A name under Word's Phonetic Guide (拼音指南: ruby, the pinyin set above each character) is read as its characters,
the reading left out (U34-22: 董事长léi雷jūn军表示 was read with the pinyin spliced in, and 雷军 was never glossed).

The Word document is python-docx's with its body's paragraph written as Word writes a Phonetic Guide (<w:ruby>:
<w:rt> the reading, <w:rubyBase> the text, ISO/IEC 29500-1 §17.3.3.25); the OpenDocument one is odfpy's
<text:ruby> (ISO/IEC 26300 §6.4). The console script runs in a subprocess on the bundled glossary.
"""

from __future__ import annotations

import io
import subprocess
import zipfile
from pathlib import Path

import docx
from odf.opendocument import OpenDocumentText
from odf.text import P, Ruby, RubyBase, RubyText

from zhgloss.office import document_text

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _ruby_run(base: str, reading: str) -> str:
    return (
        f'<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="distributeSpace"/><w:hps w:val="10"/>'
        f'<w:hpsRaise w:val="18"/><w:hpsBaseText w:val="21"/><w:lid w:val="zh-CN"/></w:rubyPr>'
        f"<w:rt><w:r><w:t>{reading}</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>{base}</w:t></w:r></w:rubyBase>"
        f"</w:ruby></w:r>"
    )


def _word_with_ruby(path: Path, before: str, names: list[tuple[str, str]], after: str) -> Path:
    document = docx.Document()
    document.add_paragraph("MARK")
    buffer = io.BytesIO()
    document.save(buffer)
    runs = "".join(_ruby_run(base, reading) for base, reading in names)
    paragraph = f"<w:r><w:t>{before}</w:t></w:r>{runs}<w:r><w:t>{after}</w:t></w:r>"
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:r><w:t>MARK</w:t></w:r>", paragraph.encode("utf-8"))
                assert paragraph.encode("utf-8") in data
            target.writestr(item, data)
    return path


def test_word_phonetic_guide_reading_is_left_out(tmp_path: Path) -> None:
    path = _word_with_ruby(tmp_path / "ruby.docx", "董事长", [("雷", "léi"), ("军", "jūn")], "表示。")
    assert document_text(path.read_bytes(), "ruby.docx") == "董事长雷军表示。\n"


def test_a_name_under_a_phonetic_guide_is_glossed(tmp_path: Path, zhgloss_exe: str) -> None:
    path = _word_with_ruby(tmp_path / "ruby.docx", "董事长", [("雷", "léi"), ("军", "jūn")], "表示。")
    done = subprocess.run(
        [zhgloss_exe, "annotate", str(path)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "董事长雷军（Lei Jun）表示。\n"


def test_opendocument_ruby_reading_is_left_out(tmp_path: Path) -> None:
    document = OpenDocumentText()
    paragraph = P(text="董事长")
    for base, reading in (("雷", "léi"), ("军", "jūn")):
        ruby = Ruby()
        ruby.addElement(RubyBase(text=base))
        ruby.addElement(RubyText(text=reading))
        paragraph.addElement(ruby)
    paragraph.addText("表示。")
    document.text.addElement(paragraph)
    path = tmp_path / "ruby.odt"
    document.save(str(path))
    assert document_text(path.read_bytes(), "ruby.odt") == "董事长雷军表示。\n"
