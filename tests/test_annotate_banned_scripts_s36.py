"""A Chinese form a termbase forbids is not glossed where the matcher reads it as another script's spelling of an
accepted form (the user's U36-5).

A Hong Kong desk's TBX accepts 滙豐控股 (the bank's registered zh-HK name writes 滙) and deprecates 匯豐控股;
the import stores 汇丰控股 as zh, 滙豐控股 as zh_hant and 匯豐控股 as forbidden. `lookup 匯豐控股` refuses it, but
annotate glossed 匯豐控股（HSBC Holdings）: the matcher reads a traditional text through its simplified form (汇丰控股,
accepted), and only an English match of a banned form's extent was judged (by its casing). README: a deprecated
term is not glossed by annotate. Here the same holds in either script: a Chinese match that is a forbidden form as
written and none of its entry's own forms is not glossed; the accepted forms are (滙豐控股, 汇丰控股), and so is a
banned form's neighbour (HSBC Holdings in English copy). Through the installed `zhgloss` script, on a TBX file.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

TBX = """\
<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en">
<martifHeader><fileDesc><sourceDesc><p>HK desk</p></sourceDesc></fileDesc></martifHeader>
<text><body>
<termEntry id="c7">
  <langSet xml:lang="zh-HK"><tig><term>滙豐控股</term></tig><tig><term>匯豐控股</term>\
<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
  <langSet xml:lang="en"><tig><term>HSBC Holdings</term></tig></langSet>
</termEntry>
<termEntry id="c8">
  <langSet xml:lang="zh-TW"><tig><term>臺灣大學</term></tig><tig><term>台灣大學</term>\
<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
  <langSet xml:lang="en"><tig><term>National Taiwan University</term></tig></langSet>
</termEntry>
<termEntry id="c9">
  <langSet xml:lang="zh-HK"><tig><term>恒生銀行</term></tig><tig><term>恆生銀行</term>\
<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
  <langSet xml:lang="en"><tig><term>Hang Seng Bank</term></tig></langSet>
</termEntry>
</body></text></martif>
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tbx")
    (folder / "hk.tbx").write_text(TBX, encoding="utf-8")
    path = folder / "tbx.json"
    subprocess.run(["zhgloss", "init", str(path), "--empty"], check=True, capture_output=True)
    subprocess.run(["zhgloss", "import", str(folder / "hk.tbx"), "--db", str(path)], check=True, capture_output=True)
    return path


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the user's line (U36-5): the deprecated form is left bare
        ("匯豐控股公布業績。", "匯豐控股公布業績。"),
        # my own: other banned forms of the other script's characters, in running text
        ("台灣大學今日舉行畢業典禮。", "台灣大學今日舉行畢業典禮。"),
        ("恆生銀行宣布上調最優惠利率。", "恆生銀行宣布上調最優惠利率。"),
        # the accepted forms, in either script, are glossed
        ("滙豐控股公布業績。", "滙豐控股（HSBC Holdings）公布業績。"),
        ("汇丰控股公布业绩。", "汇丰控股（HSBC Holdings）公布业绩。"),
        ("臺灣大學今日舉行畢業典禮。", "臺灣大學（National Taiwan University）今日舉行畢業典禮。"),
        ("恒生銀行宣布上調最優惠利率。", "恒生銀行（Hang Seng Bank）宣布上調最優惠利率。"),
        ("HSBC Holdings reported profits.", "HSBC Holdings (汇丰控股) reported profits."),
    ],
)
def test_a_banned_chinese_form_is_not_glossed_through_another_script(db: Path, line: str, expected: str) -> None:
    done = subprocess.run(
        ["zhgloss", "--db", str(db), "annotate", "-"], input=line + "\n", capture_output=True, text=True, check=True
    )
    assert done.stdout == expected + "\n"
