"""An imported name without pinyin gets the pinyin `add` writes for it (session 33, issue 9; user U32-3).

A CSV, TSV, TBX or xlsx import stored `"pinyin": null` for every row, so `lookup zheng4zhou1`, `annotate -g pinyin`
and `lookup --field pinyin` answered nothing, in silence, for names `add` makes findable. Every reader's rows pass
`zhgloss.formats.import_documents`: a row with Chinese and no pinyin gets `zhgloss.curate.fill_pinyin`'s for its type
(an untyped row whose English reads as a person's, the person's: surname reading, surname and given name apart). The
file's own pinyin wins; the filled pinyin never changes a stored entry's; zhgloss's own files are stored as written.

Expected values are CC-CEDICT's readings of the same words (郑州 [Zheng4 zhou1], 国民党 [Guo2 min2 dang3], 曾国藩
[Zeng1 Guo2 fan1], 马化腾 [Ma3 Hua4 teng2], 李嘉诚 [Li3 Jia1 cheng2]) written as zhgloss writes pinyin (a person's
surname and given name apart), and the surname table's 单 Shàn (现代汉语词典).
"""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from zhgloss.curate import draft_entry
from zhgloss.formats import get_format, import_documents
from zhgloss.store import Glossary


def _import(text: str, fmt: str = "csv", gloss: Glossary | None = None) -> tuple[Glossary, Any]:
    gloss = gloss if gloss is not None else Glossary()
    form = get_format(fmt)
    docs = form.load_documents(io.StringIO(text, newline=""), f"names.{fmt}")
    report = import_documents(gloss, docs, "fail", says=form.says, fallbacks=form.fallbacks, source=f"names.{fmt}")
    return gloss, report


def _pinyin(gloss: Glossary) -> dict[str, str | None]:
    return {entry.zh or "": entry.pinyin for entry in gloss.iter_entries()}


def test_a_two_column_sheet_gets_pinyin() -> None:
    # The user's a.csv: a place and a person, no type column.
    gloss, report = _import("zh,en\n郑州,Zhengzhou\n王毅,Wang Yi\n")
    assert _pinyin(gloss) == {"郑州": "Zhèngzhōu", "王毅": "Wáng Yì"}
    assert sorted(report.pinyin_filled) == ["wang-yi", "zhengzhou"]


@pytest.mark.parametrize(
    ("row", "zh", "pinyin"),
    [
        # An untyped row whose English is a person's: the surname's reading (曾 as a surname is Zēng, never céng; 单
        # is Shàn), the given name apart; read as a phrase it was Céngguófān, Dāntiánfāng.
        ("曾国藩,Zeng Guofan", "曾国藩", "Zēng Guófān"),
        ("单田芳,Shan Tianfang", "单田芳", "Shàn Tiánfāng"),
        # An adopted English name with the surname as a word of its own.
        ("马化腾,Pony Ma", "马化腾", "Mǎ Huàténg"),
        ("李嘉诚,Li Ka-shing", "李嘉诚", "Lǐ Jiāchéng"),
        # The surname in Hong Kong's spelling (李 Lee; 张 Cheung): CC-CEDICT's 张学友 [Zhang1 Xue2 you3]; 李家超's
        # given name read by the characters' own readings.
        ("李家超,John Lee", "李家超", "Lǐ Jiāchāo"),
        ("张学友,Jacky Cheung", "张学友", "Zhāng Xuéyǒu"),
        # Not a person's English: read as the name it is.
        ("国民党,Kuomintang", "国民党", "Guómíndǎng"),
    ],
)
def test_an_untyped_row_is_read_as_its_english_says(row: str, zh: str, pinyin: str) -> None:
    gloss, _ = _import(f"zh,en\n{row}\n")
    assert _pinyin(gloss) == {zh: pinyin}


def test_a_typed_person_is_read_by_the_surname_rules() -> None:
    gloss, _ = _import("zh,en,type\n曾国藩,Zeng Guofan,person\n郑州,Zhengzhou,place\n")
    assert _pinyin(gloss) == {"曾国藩": "Zēng Guófān", "郑州": "Zhèngzhōu"}


def test_the_files_own_pinyin_wins() -> None:
    # 长安街 as the file writes it, the street's two words apart; an empty cell is filled.
    gloss, report = _import("zh,en,pinyin\n长安街,Chang'an Avenue,Cháng'ān Jiē\n郑州,Zhengzhou,\n")
    assert _pinyin(gloss) == {"长安街": "Cháng'ān Jiē", "郑州": "Zhèngzhōu"}
    assert report.pinyin_filled == ("zhengzhou",)


def test_a_filled_pinyin_never_changes_a_stored_one() -> None:
    # A stored 王毅 whose pinyin a person set otherwise (a test value, not a reading): the sheet's row agrees with it
    # in what it says (zh, en), so it is skipped, and the stored pinyin stays.
    gloss = Glossary()
    gloss.add(draft_entry("王毅", en="Wang Yi", kind="person", pinyin="Wáng Yí"))
    gloss, report = _import("zh,en\n王毅,Wang Yi\n郑州,Zhengzhou\n", gloss=gloss)
    assert _pinyin(gloss) == {"王毅": "Wáng Yí", "郑州": "Zhèngzhōu"}
    assert report.skipped == ["wang-yi"]
    assert report.pinyin_filled == ("zhengzhou",)


TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en-US"><martifHeader><fileDesc><sourceDesc><p>desk</p></sourceDesc></fileDesc>
</martifHeader><text><body>
<termEntry id="c1"><langSet xml:lang="zh-CN"><tig><term>国民党</term></tig></langSet>
<langSet xml:lang="en-US"><tig><term>Kuomintang</term></tig></langSet></termEntry>
<termEntry id="c2"><langSet xml:lang="zh-CN"><tig><term>郑州</term></tig></langSet>
<langSet xml:lang="en-US"><tig><term>Zhengzhou</term></tig></langSet></termEntry>
</body></text></martif>
"""


def test_a_tbx_termbase_gets_pinyin() -> None:
    gloss, _ = _import(TBX, "tbx")
    assert _pinyin(gloss) == {"国民党": "Guómíndǎng", "郑州": "Zhèngzhōu"}


def test_zhglosss_own_json_lines_are_stored_as_written() -> None:
    # Every field said (zhgloss's own export): a pinyin it leaves empty stays empty.
    doc = draft_entry("郑州", en="Zhengzhou", kind="place").replace(pinyin=None).to_dict()
    gloss, report = _import(json.dumps(doc, ensure_ascii=False) + "\n", "jsonl")
    assert _pinyin(gloss) == {"郑州": None}
    assert report.pinyin_filled == ()


def test_lookup_by_pinyin_and_annotate_find_an_imported_name(zhgloss_exe: str, tmp_path: Path) -> None:
    sheet, db = tmp_path / "a.csv", tmp_path / "a.json"
    sheet.write_text("zh,en\n郑州,Zhengzhou\n王毅,Wang Yi\n", encoding="utf-8")

    def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [zhgloss_exe, "--db", str(db), *args], input=stdin, capture_output=True, text=True, encoding="utf-8"
        )

    done = run("import", str(sheet))
    assert done.returncode == 0, done.stderr
    assert f"note: {sheet} gives no pinyin for 2 of the entries added" in done.stderr
    found = run("lookup", "zheng4zhou1")
    assert found.returncode == 0, found.stderr
    assert found.stdout.startswith("郑州 Zhengzhou")
    assert run("lookup", "王毅", "--field", "pinyin").stdout.strip() == "Wáng Yì"
    assert run("annotate", "-g", "pinyin", "-", stdin="王毅在郑州会见。").stdout.strip() == (
        "王毅（Wáng Yì）在郑州（Zhèngzhōu）会见。"
    )


def test_a_reading_no_entry_takes_is_not_filled() -> None:
    # A Chinese subsidiary's legal name keeps its city in brackets: the reading kept the bracket, " ( ", a pinyin no
    # entry takes, and the entry written could then not be read (the s33 review's R10). Since the thirty-fifth session
    # (77ff6b5, 9b1676d) a pinyin may hold the brackets its Chinese form holds, written against their words.
    # (CC-CEDICT: 小米 [Xiao3 mi3], 通讯 [tong1 xun4], 技术 [ji4 shu4], 有限公司 [you3 xian4 gong1 si1].)
    gloss, report = _import(
        "zh,en,type\n联想（北京）有限公司,Lenovo (Beijing) Limited,org\n"
        "小米通讯技术有限公司,Xiaomi Communications Co. Ltd.,org\n"
    )
    assert _pinyin(gloss) == {
        "联想(北京)有限公司": "Liánxiǎng (Běijīng) Yǒuxiàn Gōngsī",
        "小米通讯技术有限公司": "Xiǎomǐ Tōngxùn Jìshù Yǒuxiàn Gōngsī",
    }
    assert " ( " not in "".join(p for p in _pinyin(gloss).values() if p)
    assert "xiaomi-communications-co-ltd" in report.pinyin_filled
