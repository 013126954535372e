"""annotate, check and harvest read a Word (.docx) or OpenDocument (.odt) document's text, and name the binary files
they read no text from (U33-14: a .docx was "not valid utf-8 … pass --errors replace", and that advice glossed the
zip archive as text).

The documents are written by python-docx and odfpy, the libraries other tools write them with; every command runs
as the installed console script in a subprocess, on the bundled glossary.
"""

from __future__ import annotations

import io
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from odf.opendocument import OpenDocumentText
from odf.text import LineBreak, P, S, Span, Tab
from office_files import word_document
from openpyxl import Workbook

from zhgloss import office
from zhgloss.office import NotTextError, document_text


def _docx(path: Path, paragraphs: list[str], *, split_runs: bool = False, table: list[str] | None = None) -> Path:
    document = docx.Document()
    for text in paragraphs:
        paragraph = document.add_paragraph()
        if split_runs:  # Word splits a paragraph into runs at every change of formatting, even inside a name
            for char in text:
                paragraph.add_run(char).bold = char in "军翔"
        else:
            paragraph.add_run(text)
    if table:
        cells = document.add_table(rows=1, cols=len(table)).rows[0].cells
        for cell, text in zip(cells, table, strict=True):
            cell.text = text
    document.save(str(path))
    return path


def _run(exe: str, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([exe, *args], input=stdin, capture_output=True, timeout=120, check=False)


def test_annotate_reads_a_word_documents_paragraphs_as_lines(tmp_path: Path, zhgloss_exe: str) -> None:
    story = _docx(tmp_path / "story.docx", ["小米创始人雷军发表讲话。", "王翔也出席了。"], split_runs=True)
    done = _run(zhgloss_exe, "annotate", str(story))
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == "小米（Xiaomi）创始人雷军（Lei Jun）发表讲话。\n王翔（Wang Xiang）也出席了。\n"
    assert done.stderr == b""


def test_annotate_reads_a_word_document_from_stdin_too(tmp_path: Path, zhgloss_exe: str) -> None:
    story = _docx(tmp_path / "story.docx", ["金山软件的邹涛说。"])
    done = _run(zhgloss_exe, "annotate", "-", stdin=story.read_bytes())
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == "金山软件（Kingsoft）的邹涛（Zou Tao）说。\n"


def test_a_table_cell_a_tab_and_a_line_break_are_read_as_word_shows_them(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("雷军\t小米")  # python-docx writes a tab as <w:tab/>
    document.add_paragraph("第一行\n第二行")  # and a line break as <w:br/>
    cells = document.add_table(rows=1, cols=2).rows[0].cells
    cells[0].text, cells[1].text = "马云", "阿里巴巴"
    buffer = io.BytesIO()
    document.save(buffer)
    assert document_text(buffer.getvalue(), "t.docx") == "雷军\t小米\n第一行\n第二行\n马云\n阿里巴巴\n"


def test_deleted_revisions_and_field_codes_are_not_the_text(tmp_path: Path) -> None:
    # Word keeps a tracked deletion as <w:delText> and a field's code as <w:instrText>; neither is what the page says.
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = (
        f'<w:document xmlns:w="{w}"><w:body><w:p>'
        "<w:r><w:t>雷军</w:t></w:r>"
        '<w:del w:id="1" w:author="ed"><w:r><w:delText>马云</w:delText></w:r></w:del>'
        '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://mi.com" </w:instrText></w:r>'
        '<w:r><w:t xml:space="preserve"> 发言</w:t></w:r>'
        "</w:p></w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", body)
    assert document_text(buffer.getvalue(), "t.docx") == "雷军 发言\n"


def test_an_opendocument_texts_paragraphs_headings_spans_and_spaces(tmp_path: Path, zhgloss_exe: str) -> None:
    document = OpenDocumentText()
    heading = P(text="小米")
    document.text.addElement(heading)
    paragraph = P()
    paragraph.addText("创始人")
    span = Span(text="雷")  # a span of other formatting cut inside the name
    paragraph.addElement(span)
    paragraph.addText("军")
    paragraph.addElement(S(c=3))
    paragraph.addText("说")
    paragraph.addElement(Tab())
    paragraph.addText("好")
    paragraph.addElement(LineBreak())
    paragraph.addText("王翔")
    document.text.addElement(paragraph)
    path = tmp_path / "story.odt"
    document.save(str(path))
    assert document_text(path.read_bytes(), str(path)) == "小米\n创始人雷军   说\t好\n王翔\n"
    done = _run(zhgloss_exe, "annotate", str(path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == "小米（Xiaomi）\n创始人雷军（Lei Jun）   说\t好\n王翔（Wang Xiang）\n"


def test_check_aligns_a_word_source_with_its_word_translation(tmp_path: Path, zhgloss_exe: str) -> None:
    source = _docx(tmp_path / "a.zh.docx", ["小米创始人雷军发表讲话。", "王翔也出席了。"])
    right = _docx(tmp_path / "a.en.docx", ["Xiaomi founder Lei Jun spoke.", "Wang Xiang attended too."])
    wrong = _docx(tmp_path / "b.en.docx", ["Xiaomi founder Lei Jun spoke.", "Zhang Xiang attended too."])
    assert _run(zhgloss_exe, "check", str(source), str(right)).returncode == 0
    failed = _run(zhgloss_exe, "check", str(source), str(wrong))
    assert failed.returncode == 1
    assert failed.stdout.decode().startswith("2: ")  # the second paragraph, the second segment
    assert "王翔" in failed.stdout.decode()


def test_check_reads_a_folder_of_word_pairs(tmp_path: Path, zhgloss_exe: str) -> None:
    folder = tmp_path / "job"
    folder.mkdir()
    _docx(folder / "a.zh.docx", ["雷军发表讲话。"])
    _docx(folder / "a.en.docx", ["Lei Jun spoke."])
    _docx(folder / "b.zh.docx", ["马云发表讲话。"])
    _docx(folder / "b.en.docx", ["The founder spoke."])  # 马云 (Jack Ma) not named
    done = _run(zhgloss_exe, "check", str(folder))
    assert done.returncode == 1, done.stderr
    assert "missing 马云" in done.stdout.decode() and "雷军" not in done.stdout.decode()


def test_harvest_reads_a_word_document(tmp_path: Path, zhgloss_exe: str) -> None:
    story = _docx(tmp_path / "story.docx", ["Xiaomi founder Lei Jun (雷军) spoke.", "Newcomer Zhang San (张三) too."])
    done = _run(zhgloss_exe, "harvest", str(story), "--json")
    assert done.returncode == 0, done.stderr
    proposals = {p["zh"]: p["status"] for p in __import__("json").loads(done.stdout)["proposals"]}
    assert proposals == {"雷军": "known", "张三": "new"}


def test_annotate_output_dir_writes_a_documents_annotation_as_text(tmp_path: Path, zhgloss_exe: str) -> None:
    story = _docx(tmp_path / "story.docx", ["雷军发表讲话。"])
    (tmp_path / "story.txt").write_text("马云发表讲话。\n", encoding="utf-8")
    done = _run(zhgloss_exe, "annotate", str(story), str(tmp_path / "story.txt"), "--output-dir", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["story.docx.txt", "story.txt"]
    assert (tmp_path / "out/story.docx.txt").read_text(encoding="utf-8") == "雷军（Lei Jun）发表讲话。\n"


def _workbook(path: Path) -> Path:
    book = Workbook()
    book.active.append(["zh", "en"])
    book.save(str(path))
    return path


@pytest.mark.parametrize(
    ("name", "make", "says"),
    [
        ("story.pdf", lambda p: p.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"), "is a PDF"),
        ("story.rtf", lambda p: p.write_bytes(b"{\\rtf1\\ansi\\ansicpg936 \\f0 \\'c0\\'d7}"), "is an RTF document"),
        ("story.doc", lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504), "97–2003"),
        ("names.xlsx", _workbook, "is a workbook: `zhgloss import` reads it"),
        ("bundle.zip", lambda p: zipfile.ZipFile(p, "w").writestr("a.txt", "雷军"), "is a zip archive"),
    ],
)
def test_a_binary_file_is_named_for_what_it_is_with_the_way_to_its_text(
    tmp_path: Path, zhgloss_exe: str, name: str, make: object, says: str
) -> None:
    path = tmp_path / name
    make(path)  # type: ignore[operator]
    for command in (["annotate", str(path)], ["harvest", str(path)], ["check", str(path), str(path)]):
        done = _run(zhgloss_exe, *command)
        err = done.stderr.decode()
        assert done.returncode == 3, (command, err)
        assert err.count("\n") == 1 and says in err, (command, err)
        assert "--errors replace" not in err and "Traceback" not in err
        assert done.stdout == b""


def test_a_word_document_cut_short_is_named_damaged(tmp_path: Path, zhgloss_exe: str) -> None:
    whole = _docx(tmp_path / "whole.docx", ["雷军发表讲话。"] * 50).read_bytes()
    cut = tmp_path / "cut.docx"
    cut.write_bytes(whole[: len(whole) // 2])
    done = _run(zhgloss_exe, "annotate", str(cut))
    assert done.returncode == 3
    assert "damaged" in done.stderr.decode() and "Traceback" not in done.stderr.decode()


def test_a_body_unpacking_past_the_cap_is_refused_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document>" + " " * 100_000 + "</w:document>")
    monkeypatch.setattr(office, "MAX_MEMBER_BYTES", 50_000)
    with pytest.raises(NotTextError, match="over"):
        document_text(buffer.getvalue(), "bomb.docx")


def test_text_that_starts_like_no_binary_kind_still_streams_as_text(tmp_path: Path, zhgloss_exe: str) -> None:
    # "PK" and "%P" open ordinary lines too: only the whole signature makes a file binary.
    path = tmp_path / "a.txt"
    path.write_text("PK雷军\n%PDF 马云\n", encoding="utf-8")
    done = _run(zhgloss_exe, "annotate", str(path))
    assert done.returncode == 0
    assert done.stdout.decode() == "PK雷军（Lei Jun）\n%PDF 马云（Jack Ma）\n"


_PARAGRAPH = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Cn", "Co", "Zl", "Zp"), blacklist_characters="\r\x0b\x0c\x85")
    | st.sampled_from("\t\n雷军小米 "),
    max_size=30,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PARAGRAPH, min_size=1, max_size=5))
def test_any_paragraphs_python_docx_writes_are_read_back_as_written(paragraphs: list[str]) -> None:
    assert document_text(word_document(paragraphs), "p.docx") == "".join(text + "\n" for text in paragraphs)


_BOX_DOCUMENT = """<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><w:body>
<w:p><w:r><w:t>第一段：马云创立了阿里巴巴。</w:t></w:r></w:p>
<w:p><w:r><w:t>第二段。</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic>
<a:graphicData><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>雷军是小米创始人。</w:t></w:r></w:p></w:txbxContent>
</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>
<v:textbox><w:txbxContent><w:p><w:r><w:t>雷军是小米创始人。</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape>
</w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>续。</w:t></w:r></w:p>
<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>旧框：王翔</w:t></w:r></w:p></w:txbxContent>
</v:textbox></v:shape></w:pict></w:r><w:hyperlink><w:r><w:t>第三段。</w:t></w:r></w:hyperlink></w:p>
</w:body></w:document>"""


def test_a_text_box_is_read_once_on_lines_after_the_paragraph_anchoring_it(tmp_path: Path, zhgloss_exe: str) -> None:
    # Word 2010 and later write a text box twice, as a drawing (mc:Choice) and as VML (mc:Fallback); Word 2003's
    # documents have the VML alone. The s33 review's R9: the box was read four times, twice inside its anchor's line.
    path = tmp_path / "box.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", _BOX_DOCUMENT)
    assert document_text(path.read_bytes(), str(path)) == (
        "第一段：马云创立了阿里巴巴。\n第二段。续。\n雷军是小米创始人。\n第三段。\n旧框：王翔\n"
    )
    translation = tmp_path / "box.en.txt"
    translation.write_text(
        "Part one: Jack Ma founded Alibaba.\nPart two, continued.\nLei Jun founded Xiaomi.\nPart three.\n"
        "Old box: Wang Xiang\n",
        encoding="utf-8",
    )
    done = _run(zhgloss_exe, "check", str(path), str(translation))
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_document_whose_body_is_damaged_inside_the_zip_is_named_damaged(tmp_path: Path, zhgloss_exe: str) -> None:
    # A body whose compressed bytes are corrupt (the zip's directory intact): zlib's error, no traceback.
    whole = _docx(tmp_path / "whole.docx", ["雷军发表讲话。" * 40]).read_bytes()
    body = whole.find(b"word/document.xml")  # the local header's name; its deflated data follows
    damaged = bytearray(whole)
    for i in range(body + 40, body + 140):
        damaged[i] ^= 0x5A
    path = tmp_path / "bad.docx"
    path.write_bytes(bytes(damaged))
    done = _run(zhgloss_exe, "annotate", str(path))
    assert done.returncode == 3, done.stderr
    assert "damaged" in done.stderr.decode() and "Traceback" not in done.stderr.decode()
