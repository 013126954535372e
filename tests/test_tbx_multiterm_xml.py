"""MultiTerm XML (the <mtf> file Trados MultiTerm exports by default) is read as TBX is.

Its shape, per RWS's MultiTerm API documentation ("MTF XML schema",
developers.rws.com/multiterm-api-docs/apiconcepts/MTF/xsd_schema.html): <mtf> holds one <conceptGrp> per concept,
numbered by a <concept> child; a <languageGrp> per language names it in <language type="English" lang="EN-US"/>;
a <termGrp> per term; fields are <descrip type="..."> in <descripGrp>s at any level, history in <transacGrp>s.
Before, such a file was refused ("not TBX: the root element is <mtf>"): a MultiTerm user had to re-export.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from zhgloss.formats.tbx import dump_tbx, load_tbx

MTF = """<?xml version="1.0" encoding="UTF-16"?>
<mtf>
  <conceptGrp>
    <concept>12</concept>
    <transacGrp><transac type="origination">jdoe</transac><date>2021-03-04T10:00:00</date></transacGrp>
    <descripGrp><descrip type="Subject">Internet</descrip></descripGrp>
    <languageGrp>
      <language type="English" lang="EN-US"/>
      <descripGrp><descrip type="Definition">Chinese internet company</descrip></descripGrp>
      <termGrp>
        <term>Tencent</term>
        <descripGrp><descrip type="Note">the company's own spelling</descrip></descripGrp>
        <transacGrp><transac type="modification">jdoe</transac><date>2022-01-01T00:00:00</date></transacGrp>
      </termGrp>
      <termGrp>
        <term>Tengxun</term>
        <descripGrp><descrip type="Status">Forbidden</descrip></descripGrp>
      </termGrp>
    </languageGrp>
    <languageGrp>
      <language type="Chinese" lang="ZH-CN"/>
      <termGrp><term>腾讯</term></termGrp>
      <termGrp><term>腾讯控股</term><descripGrp><descrip type="Usage">listed company</descrip></descripGrp></termGrp>
    </languageGrp>
    <languageGrp>
      <language type="Chinese" lang="ZH-TW"/>
      <termGrp><term>騰訊</term></termGrp>
    </languageGrp>
  </conceptGrp>
</mtf>
"""


def test_a_multiterm_xml_concept_is_an_entry() -> None:
    (entry,) = load_tbx(io.StringIO(MTF), "export.xml")
    assert entry.id == "tencent"  # MultiTerm's concept number 12 numbers the file's concepts, no entry (U30-23)
    assert (entry.en, entry.aliases) == ("Tencent", ())
    assert (entry.zh, entry.zh_hant) == ("腾讯", "騰訊")
    assert set(entry.zh_aliases) == {"腾讯控股", "騰訊控股"}
    assert [(f.form, f.status) for f in entry.forbidden] == [("Tengxun", "forbidden")]
    assert entry.note == (
        "Tencent: the company's own spelling; 腾讯控股: Usage: listed company; Subject: Internet; "
        "Chinese internet company"
    )


def test_a_multiterm_xml_import_round_trips_through_tbx() -> None:
    (entry,) = load_tbx(io.StringIO(MTF), "export.xml")
    buffer = io.StringIO()
    dump_tbx([entry], buffer)
    assert list(load_tbx(io.StringIO(buffer.getvalue()))) == [entry]


def test_a_utf16_multiterm_xml_file_imports_by_its_suffix(zhgloss_exe: str, tmp_path: Path) -> None:
    source = tmp_path / "termbase.xml"
    source.write_bytes(b"\xff\xfe" + MTF.encode("utf-16-le"))  # MultiTerm writes UTF-16
    result = subprocess.run(
        [zhgloss_exe, "import", str(source), "--db", str(tmp_path / "g.json")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "1 added" in result.stderr
