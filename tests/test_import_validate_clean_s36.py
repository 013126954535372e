"""Issue 9, items 2 and 3 (thirty-sixth session): every way a name enters the glossary by `import` gives a correct entry
or a clear refusal, and an import that succeeds leaves a glossary `validate` passes.

Two classes, each fixed in one place:
- a form the import stores must pass validate's rules: every document another tool's file gives is judged by
  `zhgloss.validate.check_entry` as it is about to be written (`zhgloss.formats.import_documents`), refused with its
  line, or, for a person's adopted English name, marked en_adopted and said, whether the row is new or replaces a
  stored entry (user findings U35-20, U35-37, U35-45);
- a cell holding several forms is split by the same separators everywhere ("|", ";", "；", U+241E, a line break):
  term cells are judged a form at a time, as they are stored (U35-47), and a forbidden cell is split as the aliases
  cells are (U35-44).
And: an import fills the traditional form as `add` does (U35-1); Crowdin's admitted row with a zh-TW column (U35-12);
an untyped row read as a person gets a person's pinyin (U35-38); a Pleco description is no alias (U35-39); a further
sheet headed Source/Target is read (R35-11); a cut .ods is named as one (R35-14); OmegaT keeps Latin Chinese aliases
(R35-20).

The rows are the findings' own files and real shapes of the tools named (Excel's UTF-8 CSV with a BOM and CRLF,
Crowdin's glossary CSV, Pleco's flashcard export, openpyxl's and odfpy's workbooks as Excel and LibreOffice write
them). Expected values are judged by sources: 余承東 and 王傳福 are how Taiwan's press writes Huawei's Richard Yu and
BYD's Wang Chuanfu (余 and 王 keep their form as surnames: `zhgloss.convert.name_to_traditional`), 華為 is Huawei's
traditional name (huawei.com/tw), 朱鎔基 Zhu Rongji's; 单 as a surname is Shàn (GB/T 28039: surname apart; 单霁翔 is
"Shan Jixiang" in the Palace Museum's English); 賴清德 Lài Qīngdé.
"""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.model import Entry
from zhgloss.store import Glossary


def write(path: Path, text: str, *, bom: bool = False, crlf: bool = False) -> Path:
    data = text.replace("\n", "\r\n") if crlf else text
    path.write_bytes(("\ufeff" if bom else "").encode() + data.encode("utf-8"))
    return path


def entries(db: Path) -> dict[str, Entry]:
    with Glossary.open(db) as gloss:
        return {entry.zh or entry.id: entry for entry in gloss.iter_entries()}


def validate_errors(runner: CliRunner, db: Path) -> list[str]:
    result = runner.invoke(app, ["validate", "--db", str(db)])
    return [line for line in result.stdout.splitlines() if ": error:" in line]


def empty_db(runner: CliRunner, tmp_path: Path) -> Path:
    db = tmp_path / "g.json"
    assert runner.invoke(app, ["init", str(db), "--empty"]).exit_code == 0
    return db


def xlsx(sheets: dict[str, list[list[str | None]]]) -> bytes:
    from openpyxl import Workbook  # type: ignore[import-untyped]

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# --- an import never leaves what validate calls an error -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "field", "said"),
    [
        # U35-37: a sheet's pinyin column read as English.
        ("zh,en\n雷军,Léi Jūn\n", "en", "pinyin with tone marks"),
        # A place's English typed as pinyin too (a memoQ CSV export's shape: its language columns).
        ("Chinese (PRC),English (United States)\n深圳,Shēnzhèn\n", "en", "pinyin with tone marks"),
        # U35-45: an aliases cell holding a note in brackets.
        ("zh,en,aliases,zh_aliases,type\n马云,Jack Ma,Ma Yun; Ma Yun (Jack),馬老師|马老师,person\n", "aliases", "Jack"),
    ],
)
def test_a_row_validate_would_call_wrong_is_refused_with_its_line(
    runner: CliRunner, tmp_path: Path, text: str, field: str, said: str
) -> None:
    db = empty_db(runner, tmp_path)
    sheet = write(tmp_path / "terms.csv", text)
    result = runner.invoke(app, ["import", str(sheet), "--db", str(db)])
    assert result.exit_code == 3, result.output
    # (A person's bracket in an English cell is refused by the reader itself since s47, R47-8: "aliases 'Ma Yun
    # (Jack)' holds 'Jack' in brackets ...", the same row and line, before validate's rule is asked.)
    assert "line 2" in result.stderr and said in result.stderr
    assert f"{field}: " in result.stderr or f"{field} '" in result.stderr
    assert "Traceback" not in result.output
    assert entries(db) == {}  # nothing imported


def test_replace_marks_an_adopted_english_name_as_a_new_row_is(
    runner: CliRunner, tmp_path: Path, bundled: Path
) -> None:
    """U35-20: --on-conflict replace wrote "Richard Liu" over 刘强东's English without en_adopted; validate then
    called the glossary wrong. The new row of the same file (余承东, Richard Yu) was marked and said."""
    db = tmp_path / "g.json"
    db.write_bytes(bundled.read_bytes())
    sheet = write(tmp_path / "rep.csv", "zh,en\n刘强东,Richard Liu\n雷军,Lei Jun\n京东,JD\n余承东,Richard Yu\n")
    result = runner.invoke(app, ["import", str(sheet), "--db", str(db), "--on-conflict", "replace"])
    assert result.exit_code == 0, result.output
    stored = entries(db)
    assert (stored["刘强东"].en, stored["刘强东"].en_adopted) == ("Richard Liu", True)
    assert "line 2: en 'Richard Liu' spells no pinyin of '刘强东': imported as an adopted English name" in result.stderr
    assert validate_errors(runner, db) == []


FILINGS = {
    # The findings' repro files (/tmp/u35/t, /tmp/rev35/t), as the tools wrote them.
    "excel_zh.csv": "中文,英文,类型,备注\n任正非,Ren Zhengfei,人物,华为创始人\n华为,Huawei,公司,\n"
    "余承东,Richard Yu,人物,华为终端CEO\n孟晚舟,Meng Wanzhou,人物,\n比亚迪,BYD,公司,\n"
    "王传福,Wang Chuanfu,人物,比亚迪董事长\n",
    "cr5.csv": '"Term [en]","Term [zh-CN]","Status [zh-CN]","Term [zh-TW]"\n"TSMC","台积电","preferred","台積電"\n'
    '"","台湾积体电路制造","admitted","台灣積體電路製造"\n',
    "crowdin.csv": '"Term [en]","Description [en]","Part of Speech [en]","Status [en]","Term [zh-CN]",'
    '"Description [zh-CN]","Status [zh-CN]","Term [zh-TW]","Concept Subject","Concept URL"\n'
    '"Morris Chang","TSMC founder","proper noun","preferred","张忠谋","","preferred","張忠謀","People",'
    '"https://en.wikipedia.org/wiki/Morris_Chang"\n'
    '"C. C. Wei","TSMC chairman","proper noun","preferred","魏哲家","","preferred","魏哲家","People",""\n'
    '"TSMC","","proper noun","preferred","台积电","","preferred","台積電","Companies",""\n'
    '"","","","","台湾积体电路制造","","admitted","台灣積體電路製造","",""\n',
    "tm2.csv": "zh,pinyin,en\n雷军,Léi Jūn,Lei Jun\n赖清德,Lai Qingde,Lai Ching-te\n"
    "余承东,yu2 cheng2 dong1,Richard Yu\n单霁翔,dan ji xiang,Shan Jixiang\n",
    "pleco.txt": "賴清德[赖清德]\tlai4qing1de2\tLai Ching-te, aka William Lai, President of Taiwan\n"
    "黃仁勳[黄仁勋]\thuang2ren2xun1\tJensen Huang (name), founder of NVIDIA\n",
    "fbd.csv": 'zh,en,forbidden\n腾讯,Tencent,腾迅\n华为,Huawei,"HuaWei|華爲"\n',
    "ml3.csv": 'zh,en,type\n"刘强东\n劉強東",Richard Liu,person\n',
    "ml2.csv": 'zh,en,type\n"刘强东;劉強東",Richard Liu,person\n',
}


@pytest.mark.parametrize("name", sorted(FILINGS))
def test_an_import_that_succeeds_leaves_no_validate_error(runner: CliRunner, tmp_path: Path, name: str) -> None:
    db = empty_db(runner, tmp_path)
    path = write(tmp_path / name, FILINGS[name], bom=name == "excel_zh.csv", crlf=name == "excel_zh.csv")
    result = runner.invoke(app, ["import", str(path), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert entries(db)
    assert validate_errors(runner, db) == []


# --- the traditional form, as add writes it -----------------------------------------------------------------------


def test_a_sheet_import_fills_the_traditional_form_as_add_does(runner: CliRunner, tmp_path: Path) -> None:
    """U35-1: Excel's UTF-8 CSV (BOM, CRLF, Chinese headers) stored no zh_hant, so lookup --field zh_hant printed an
    empty line, and a null read as "the same in both scripts"."""
    db = empty_db(runner, tmp_path)
    sheet = write(tmp_path / "excel_zh.csv", FILINGS["excel_zh.csv"], bom=True, crlf=True)
    assert runner.invoke(app, ["import", str(sheet), "--db", str(db)]).exit_code == 0
    stored = entries(db)
    assert stored["余承东"].zh_hant == "余承東"
    assert stored["王传福"].zh_hant == "王傳福"
    assert stored["华为"].zh_hant == "華為"
    assert stored["任正非"].zh_hant is None  # the same in both scripts
    looked = runner.invoke(app, ["lookup", "余承东", "--field", "zh_hant", "--db", str(db)])
    assert looked.stdout == "余承東\n"
    # The filled form is the reader's, not the file's: the same file again is identical, not a conflict.
    again = runner.invoke(app, ["import", str(sheet), "--db", str(db)])
    assert again.exit_code == 0, again.output
    assert "0 added, 0 updated, 6 skipped" in again.stderr


def test_a_gbk_sheet_and_the_files_own_traditional_column(runner: CliRunner, tmp_path: Path) -> None:
    db = empty_db(runner, tmp_path)
    sheet = tmp_path / "gbk.csv"
    sheet.write_bytes("zh,en\n朱镕基,Zhu Rongji\n".encode("gbk"))
    own = write(tmp_path / "own.csv", "简体,繁體,English\n周杰伦,周杰倫,Jay Chou\n")
    assert runner.invoke(app, ["import", str(sheet), "--db", str(db)]).exit_code == 0
    assert runner.invoke(app, ["import", str(own), "--db", str(db)]).exit_code == 0
    stored = entries(db)
    assert stored["朱镕基"].zh_hant == "朱鎔基"
    assert stored["周杰伦"].zh_hant == "周杰倫"


# --- several forms in one cell ----------------------------------------------------------------------------------


@given(
    st.lists(
        st.text(alphabet=st.sampled_from("雷军马云華爲ABCxyz ·-"), min_size=1, max_size=8).map(str.strip).filter(bool),
        min_size=1,
        max_size=4,
        unique=True,
    ),
    st.sampled_from(["|", ";", "；", "\u241e", "\n", "\r\n", " | ", "; "]),
)
def test_split_forms_splits_at_every_separator_alike(forms: list[str], separator: str) -> None:
    from zhgloss.formats.table import split_forms

    cell = separator.join(forms)
    assert split_forms(cell) == [" ".join(form.split()) for form in forms]


def test_a_forbidden_cell_bans_each_form(runner: CliRunner, tmp_path: Path) -> None:
    """U35-44: "HuaWei|華爲" was one forbidden form, so neither ban worked."""
    db = empty_db(runner, tmp_path)
    sheet = write(tmp_path / "fbd.csv", FILINGS["fbd.csv"])
    assert runner.invoke(app, ["import", str(sheet), "--db", str(db)]).exit_code == 0
    assert [ban.form for ban in entries(db)["华为"].forbidden] == ["HuaWei", "華爲"]
    # The Glossary Converter's workbook (a MultiTerm termbase flattened: "|" between synonyms) and a line break.
    book = tmp_path / "gc.xlsx"
    book.write_bytes(xlsx({"Glossary": [["zh", "en", "forbidden"], ["小米", "Xiaomi", "XiaoMi\nXiao Mi"]]}))
    assert runner.invoke(app, ["import", str(book), "--db", str(db)]).exit_code == 0
    assert [ban.form for ban in entries(db)["小米"].forbidden] == ["XiaoMi", "Xiao Mi"]


def test_a_line_break_in_a_term_cell_parts_synonyms_as_a_semicolon_does(runner: CliRunner, tmp_path: Path) -> None:
    """U35-47: Excel's Alt+Enter ("马化腾⏎馬化騰") was refused as a name "parted by a space"."""
    db = empty_db(runner, tmp_path)
    book = tmp_path / "ml.xlsx"
    book.write_bytes(xlsx({"人名": [["中文", "英文", "类型"], ["马化腾\n馬化騰", "Pony Ma\nMa Huateng", "人物"]]}))
    result = runner.invoke(app, ["import", str(book), "--db", str(db)])
    assert result.exit_code == 0, result.output
    pony = entries(db)["马化腾"]
    assert (pony.zh_hant, pony.en, pony.aliases, pony.type) == ("馬化騰", "Pony Ma", ("Ma Huateng",), "person")
    for name in ("ml3.csv", "ml2.csv"):
        other = tmp_path / f"{name}.json"
        assert runner.invoke(app, ["init", str(other), "--empty"]).exit_code == 0
        sheet = write(tmp_path / name, FILINGS[name])
        assert runner.invoke(app, ["import", str(sheet), "--db", str(other)]).exit_code == 0
        assert entries(other)["刘强东"].zh_hant == "劉強東"
    # Still one name a form: two names on two lines of one Chinese cell are refused, as on one line.
    bad = write(tmp_path / "bad.csv", 'zh,en\n"雷军 小米",Lei Jun\n')
    refused = runner.invoke(app, ["import", str(bad), "--db", str(db)])
    assert refused.exit_code == 3 and "line 2" in refused.stderr


# --- other tools' shapes -----------------------------------------------------------------------------------------


def test_crowdin_admitted_row_with_a_traditional_column(runner: CliRunner, tmp_path: Path) -> None:
    """U35-12: the admitted synonym row was refused ("the English form (en) is empty") once the file had zh-TW."""
    db = empty_db(runner, tmp_path)
    sheet = write(tmp_path / "crowdin.csv", FILINGS["crowdin.csv"])
    result = runner.invoke(app, ["import", str(sheet), "--db", str(db)])
    assert result.exit_code == 0, result.output
    stored = entries(db)
    assert stored["台积电"].zh_aliases == ("台湾积体电路制造", "台灣積體電路製造")
    assert (stored["魏哲家"].en, stored["魏哲家"].en_adopted) == ("C. C. Wei", True)
    assert stored["张忠谋"].zh_hant == "張忠謀"


def test_an_untyped_rows_toneless_pinyin_is_a_persons_where_its_english_is(runner: CliRunner, tmp_path: Path) -> None:
    """U35-38: "dan ji xiang" beside "Shan Jixiang" was stored "Dānjìxiáng"; "yu2 cheng2 dong1" "Yúchéngdōng"."""
    db = empty_db(runner, tmp_path)
    sheet = write(tmp_path / "tm2.csv", FILINGS["tm2.csv"])
    result = runner.invoke(app, ["import", str(sheet), "--db", str(db)])
    assert result.exit_code == 0, result.output
    stored = entries(db)
    assert stored["单霁翔"].pinyin == "Shàn Jìxiáng"
    assert stored["余承东"].pinyin == "Yú Chéngdōng"
    assert stored["赖清德"].pinyin == "Lài Qīngdé"
    assert "line 5: pinyin 'dan ji xiang' reads '单霁翔' otherwise than the row's English" in result.stderr
    found = runner.invoke(app, ["lookup", "shan4 ji4 xiang2", "--db", str(db), "--field", "en"])
    assert found.stdout == "Shan Jixiang\n"


def test_a_pleco_description_is_the_note_not_an_alias(runner: CliRunner, tmp_path: Path) -> None:
    """U35-39."""
    db = empty_db(runner, tmp_path)
    cards = write(tmp_path / "pleco.txt", FILINGS["pleco.txt"])
    assert runner.invoke(app, ["import", str(cards), "--db", str(db)]).exit_code == 0
    stored = entries(db)
    lai = stored["赖清德"]
    assert (lai.aliases, lai.note, lai.pinyin) == (("William Lai",), "President of Taiwan", "Lài Qīngdé")
    huang = stored["黄仁勋"]
    assert (huang.note, huang.type, huang.pinyin) == ("founder of NVIDIA", "person", "Huáng Rénxūn")


def test_every_sheet_of_terms_is_read_and_counted(runner: CliRunner, tmp_path: Path) -> None:
    """R35-11: a further sheet headed Source/Target (or 名称/English) was passed over, and a headerless sheet of two
    rows was said to hold one."""
    db = empty_db(runner, tmp_path)
    book = tmp_path / "ox3.xlsx"
    book.write_bytes(
        xlsx(
            {
                "人名": [["中文", "英文"], ["雷军", "Lei Jun"], ["马化腾", "Pony Ma"]],
                "Companies": [["Source", "Target"], ["腾讯", "Tencent"], ["比亚迪", "BYD"]],
                "Places": [["深圳", "Shenzhen"], ["广州", "Guangzhou"]],
                "机构": [["名称", "English"], ["外交部", "Ministry of Foreign Affairs"]],
            }
        )
    )
    result = runner.invoke(app, ["import", str(book), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert set(entries(db)) == {"雷军", "马化腾", "腾讯", "比亚迪", "深圳", "广州", "外交部"}
    assert "'人名' (2 rows), 'Companies' (2 rows), 'Places' (2 rows), '机构' (1 row)" in result.stderr
    assert "passed over" not in result.stderr


def test_a_cut_ods_is_named_a_damaged_spreadsheet(tmp_path: Path, zhgloss_exe: str) -> None:
    """R35-14: a cut .ods was "not a readable Excel workbook (.xlsx)", and piped, "a zip archive: unzip it first"."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name="Sheet1")
    for zh, en in [("中文", "English"), ("雷军", "Lei Jun")] * 50:
        row = TableRow()
        for text in (zh, en):
            cell = TableCell(valuetype="string")
            cell.addElement(P(text=text))
            row.addElement(cell)
        table.addElement(row)
    document.spreadsheet.addElement(table)
    buffer = io.BytesIO()
    document.save(buffer)
    whole = buffer.getvalue()
    cut = tmp_path / "trunc.ods"
    cut.write_bytes(whole[: len(whole) // 2])
    db = tmp_path / "g.json"
    subprocess.run([zhgloss_exe, "init", str(db), "--empty"], check=True, capture_output=True)
    before = db.read_bytes()
    for args, stdin in (([str(cut)], None), (["-"], cut.read_bytes())):
        done = subprocess.run(
            [zhgloss_exe, "import", *args, "--db", str(db)], input=stdin, capture_output=True, timeout=120
        )
        err = done.stderr.decode()
        assert done.returncode == 3, err
        assert "is a damaged or incomplete LibreOffice Calc sheet (.ods)" in err
        assert "Excel" not in err and "unzip" not in err and "Traceback" not in err
    assert db.read_bytes() == before


def test_omegat_round_trip_keeps_chinese_aliases_without_han_characters(
    runner: CliRunner, tmp_path: Path, bundled: Path
) -> None:
    """R35-20: export left out SU7, 3888.HK, 01810 … (9 bundled entries), without a word."""
    out = tmp_path / "rt.utf8"
    assert runner.invoke(app, ["export", "--db", str(bundled), "--format", "omegat", "-o", str(out)]).exit_code == 0
    assert "SU7\tXiaomi SU7\t[another form of 小米SU7]" in out.read_text(encoding="utf-8")
    db = empty_db(runner, tmp_path)
    result = runner.invoke(app, ["import", str(out), "--format", "omegat", "--db", str(db)])
    assert result.exit_code == 0, result.output
    before = {entry.zh: set(entry.zh_aliases) for entry in entries(bundled).values() if entry.zh}
    after = {entry.zh: set(entry.zh_aliases) for entry in entries(db).values() if entry.zh}
    lost = {zh: aliases - after.get(zh, set()) for zh, aliases in before.items() if aliases - after.get(zh, set())}
    assert lost == {}
    assert after["小米SU7"] >= {"SU7"}
    assert {"3888.HK", "HK.3888", "03888"} <= after["03888.HK"]


def test_a_glossary_file_round_trip_is_untouched_by_the_judging(
    runner: CliRunner, tmp_path: Path, bundled: Path
) -> None:
    """zhgloss's own files say every field and are stored as written: the judging and filling leave them alone."""
    out = tmp_path / "all.jsonl"
    assert runner.invoke(app, ["export", "--db", str(bundled), "--format", "jsonl", "-o", str(out)]).exit_code == 0
    db = empty_db(runner, tmp_path)
    assert runner.invoke(app, ["import", str(out), "--db", str(db)]).exit_code == 0
    again = tmp_path / "again.jsonl"
    assert runner.invoke(app, ["export", "--db", str(db), "--format", "jsonl", "-o", str(again)]).exit_code == 0
    assert [json.loads(line) for line in again.read_text().splitlines()] == [
        json.loads(line) for line in out.read_text().splitlines()
    ]


def test_a_further_traditional_column_gives_its_word_in_both_scripts(runner: CliRunner, tmp_path: Path) -> None:
    """U36-22: a zh-TW column beside zh-CN and zh-HK (輝達, Taiwan's Nvidia; 歐巴馬, 梅克爾) was stored as a traditional
    alias alone, so lookup 辉达 and annotate of simplified copy found nothing; TBX gives such a word both scripts."""
    db = empty_db(runner, tmp_path)
    sheet = write(
        tmp_path / "three.csv",
        "zh-CN,zh-HK,zh-TW,en\n奥巴马,奧巴馬,歐巴馬,Barack Obama\n英伟达,英偉達,輝達,Nvidia\n"
        "默克尔,默克爾,梅克爾,Angela Merkel\n台湾,臺灣,台灣,Taiwan\n",
    )
    result = runner.invoke(app, ["import", str(sheet), "--db", str(db)])
    assert result.exit_code == 0, result.output
    stored = entries(db)
    assert stored["英伟达"].zh_aliases == ("輝達", "辉达")
    assert stored["奥巴马"].zh_aliases == ("歐巴馬", "欧巴马")
    assert stored["默克尔"].zh_aliases == ("梅克爾", "梅克尔")
    assert "台湾" not in stored["台湾"].zh_aliases  # a second traditional spelling adds no simplified form
    looked = runner.invoke(app, ["lookup", "辉达", "--field", "en", "--db", str(db)])
    assert looked.stdout == "Nvidia\n"
    assert validate_errors(runner, db) == []


def test_pleco_cards_with_a_cantonese_reading_are_pleco_cards(runner: CliRunner, tmp_path: Path) -> None:
    """U36-29: Pleco's export with Jyutping readings (its Cantonese dictionaries: tones 1 to 6) was read as OmegaT's
    rows: zh '李家超[李家超]', the reading stored as the English. The reading is no pinyin: kept in the note, said."""
    db = empty_db(runner, tmp_path)
    cards = write(
        tmp_path / "pleco-jyut.txt",
        "李家超[李家超]\tlei5 gaa1 ciu1\tJohn Lee, Chief Executive of Hong Kong\n"
        "陳茂波[陈茂波]\tcan4 mau6 bo1\tPaul Chan, Financial Secretary\n",
    )
    result = runner.invoke(app, ["import", str(cards), "--db", str(db)])
    assert result.exit_code == 0, result.output
    stored = entries(db)
    assert set(stored) == {"李家超", "陈茂波"}
    chan = stored["陈茂波"]
    assert (chan.en, chan.zh_hant, chan.pinyin) == ("Paul Chan", "陳茂波", "Chén Màobō")
    assert chan.note == "Financial Secretary\nreading: can4 mau6 bo1"
    assert stored["李家超"].en == "John Lee"
    assert "'lei5 gaa1 ciu1' is no pinyin of '李家超'" in result.stderr
    assert validate_errors(runner, db) == []
