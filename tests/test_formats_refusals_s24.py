"""TBX and CSV/TSV imports follow one rule set, and every refusal gives a fix that works (issue 9, items 2-3; s24).

The user's findings U16, U18, U23 and U26 (findings-lead.md), on the file shapes they were found on:
- U16: a Weblate CSV (8 columns) under `--columns en,zh` was told to name the columns zh,en, which then failed on
  the row's 8 cells; the width is the first fault, and the advice names every column (Weblate's two comment
  columns both go to the note, as under its header).
- U18: TBX stored what CSV refuses (a Latin-only zh-CN term, a Chinese en term, an empty <term>, a form both
  preferred and deprecated in one langSet); each is refused with its termEntry, exit 3, nothing written.
- U23: a cell holding both scripts ("Huawei (华为)" in en, "小米 Xiaomi" in zh) was stored; README: a row with
  Chinese in en or Latin words in zh is refused with its line.
- U26: a multilingual CSV (zh-CN,zh-TW,en-US,ja-JP,de-DE) was refused for its ja and de columns, while the same
  termbase as TBX imported; other languages' columns are passed over, with a note.
Each refusal's advice is followed here as a user would follow it, and must work.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import warnings
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.errors import FormatError
from zhgloss.formats import get_format
from zhgloss.formats.table import ImportNote, chinese_term_problem, english_term_problem
from zhgloss.script import normalize

# Weblate's own CSV of a glossary whose source is English (docs.weblate.org, "CSV files": translate-toolkit's fields).
WEBLATE = (
    "location,source,target,id,fuzzy,context,translator_comments,developer_comments\n"
    ",Tencent,腾讯,,,company,Shenzhen internet group,\n"
    ",Lei Jun,雷军,,,person,Xiaomi founder,seen in article 000\n"
    ",Pinduoduo,拼多多,,true,company,,unsure\n"
    ',"Martin Luther King, Jr.",马丁·路德·金,,,person,,\n'
)


def run(exe: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], capture_output=True, text=True, check=False)


def stored(db: Path) -> list[dict[str, object]]:
    if not db.exists():
        return []
    data = json.loads(db.read_text(encoding="utf-8"))
    table = data.get("entries", data.get("_default", {}))
    return sorted(table.values(), key=lambda e: str(e["id"]))


def advised_columns(stderr: str, lead: str) -> str:
    """The --columns value the message advises after `lead` ("reads as", "name them")."""
    found = re.search(re.escape(lead) + r" --columns (\S+)$", stderr.strip())
    assert found, stderr
    return found.group(1)


# U16 -------------------------------------------------------------------------------------------------------------


def test_weblate_under_too_few_columns_is_told_its_width_and_the_reading_that_works(
    zhgloss_exe: str, tmp_path: Path
) -> None:
    source = tmp_path / "weblate.csv"
    source.write_text(WEBLATE, encoding="utf-8")
    db = tmp_path / "g.json"
    done = run(zhgloss_exe, "import", str(source), "--db", str(db), "--columns", "en,zh")
    assert done.returncode == 3, done.stderr
    assert "line 2: 8 cells, but --columns names 2 columns" in done.stderr
    assert "name them --columns zh,en" not in done.stderr  # the old advice, which failed
    assert "the header names" not in done.stderr
    assert not db.exists()
    advice = advised_columns(done.stderr, "reads as")
    assert advice == "-,en,zh,-,draft,-,note,note"
    followed = run(zhgloss_exe, "import", str(source), "--db", str(db), "--columns", advice)
    assert followed.returncode == 0, followed.stderr
    plain = tmp_path / "plain.json"
    assert run(zhgloss_exe, "import", str(source), "--db", str(plain)).returncode == 0
    assert stored(db) == stored(plain)  # the header's reading, and the same as without --columns
    lei = next(e for e in stored(db) if e["en"] == "Lei Jun")
    assert lei["note"] == "Xiaomi founder; seen in article 000"  # both comment columns, joined


def test_weblate_comment_columns_may_both_be_named_note(zhgloss_exe: str, tmp_path: Path) -> None:
    source = tmp_path / "weblate.csv"
    source.write_text(WEBLATE, encoding="utf-8")
    db = tmp_path / "g.json"
    done = run(zhgloss_exe, "import", str(source), "--db", str(db), "--columns", "-,en,zh,-,-,-,note,note")
    assert done.returncode == 0, done.stderr
    assert [(e["zh"], e["note"]) for e in stored(db) if e["en"] == "Lei Jun"] == [
        ("雷军", "Xiaomi founder; seen in article 000")
    ]


@pytest.mark.parametrize(("suffix", "sep"), [(".csv", ","), (".tsv", "\t")])
def test_a_headerless_file_wider_than_the_columns_named_is_told_to_name_them_all(
    zhgloss_exe: str, tmp_path: Path, suffix: str, sep: str
) -> None:
    source = tmp_path / f"t{suffix}"
    source.write_text(f"腾讯{sep}Tencent{sep}internet\n雷军{sep}Lei Jun{sep}Xiaomi\n", encoding="utf-8")
    db = tmp_path / "g.json"
    done = run(zhgloss_exe, "import", str(source), "--db", str(db), "--columns", "zh,en")
    assert done.returncode == 3
    assert "line 1: 3 cells, but --columns names 2 columns; name each of the file's 3 columns in order" in done.stderr
    followed = run(zhgloss_exe, "import", str(source), "--db", str(db), "--columns", "zh,en,-")
    assert followed.returncode == 0, followed.stderr
    assert [(e["zh"], e["en"]) for e in stored(db)] == [("雷军", "Lei Jun"), ("腾讯", "Tencent")]


def test_columns_named_the_wrong_way_round_are_told_the_order_that_works(zhgloss_exe: str, tmp_path: Path) -> None:
    source = tmp_path / "t.csv"
    source.write_text("腾讯,Tencent\n雷军,Lei Jun\n小米,Xiaomi\n", encoding="utf-8")
    db = tmp_path / "g.json"
    done = run(zhgloss_exe, "import", str(source), "--db", str(db), "--columns", "en,zh")
    assert done.returncode == 3
    advice = advised_columns(done.stderr, "name them")
    assert advice == "zh,en"
    followed = run(zhgloss_exe, "import", str(source), "--db", str(db), "--columns", advice)
    assert followed.returncode == 0, followed.stderr


def test_no_order_is_advised_where_neither_order_fits(zhgloss_exe: str, tmp_path: Path) -> None:
    # Latin in both columns: naming them the other way round would fail the same way.
    source = tmp_path / "t.csv"
    source.write_text("Tencent,Tencent Holdings\nXiaomi,Xiaomi Group\n腾讯,Tencent\n", encoding="utf-8")
    done = run(zhgloss_exe, "import", str(source), "--db", str(tmp_path / "g.json"), "--columns", "zh,en")
    assert done.returncode == 3
    assert "--columns en,zh" not in done.stderr.split("under", 1)[1]
    assert "line 1: zh 'Tencent' has no Chinese characters" in done.stderr
    assert "fix the row's zh cell" in done.stderr


# U18 -------------------------------------------------------------------------------------------------------------

MARTIF = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic" xml:lang="en-US"><text><body>\n{}\n'
    "</body></text></martif>\n"
)


def tig(term: str, status: str = "") -> str:
    note = f'<termNote type="administrativeStatus">{status}</termNote>' if status else ""
    return f"<tig><term>{term}</term>{note}</tig>" if term else f"<tig><term/>{note}</tig>"


def entry(eid: str, *langsets: tuple[str, str]) -> str:
    sets = "".join(f'<langSet xml:lang="{lang}">{tigs}</langSet>' for lang, tigs in langsets)
    return f'<termEntry id="{eid}">{sets}</termEntry>'


def write_tbx(path: Path, *entries: str) -> Path:
    path.write_text(MARTIF.format("\n".join(entries)), encoding="utf-8")
    return path


XIAOMI = entry("b", ("zh-CN", tig("小米")), ("en", tig("Xiaomi")))


@pytest.mark.parametrize(
    ("langsets", "said"),
    [
        (
            (("zh-CN", tig("Tencent")), ("en", tig("腾讯"))),
            "termEntry 'a': the zh-CN term 'Tencent' has no Chinese characters; the Chinese and the English terms "
            "are in each other's langSets; swap them (nothing was imported)",
        ),
        (
            (("zh-CN", tig("腾讯")), ("en-US", tig("Tencent 腾讯控股"))),
            "termEntry 'a': the en-US term 'Tencent 腾讯控股' holds Chinese characters (腾讯控股) beside the English",
        ),
        (
            (("zh-CN", tig("小米 Xiaomi")), ("en", tig("Xiaomi"))),
            "termEntry 'a': the zh-CN term '小米 Xiaomi' holds the English form 'Xiaomi' beside the Chinese",
        ),
        (
            (("zh-CN", tig("")), ("en", tig("Tencent"))),
            "termEntry 'a': an empty <term> in the zh-CN langSet; write the term, or remove its tig",
        ),
        (
            (
                ("zh-CN", tig("腾讯")),
                ("en", tig("Tencent", "preferredTerm-admn-sts") + tig("Tencent", "deprecatedTerm-admn-sts")),
            ),
            "termEntry 'a': 'Tencent' is both accepted (preferredTerm-admn-sts) and banned (deprecatedTerm-admn-sts) "
            "in one en langSet; keep one of its two terms",
        ),
        (
            (
                ("zh-TW", tig("騰訊", "preferredTerm-admn-sts") + tig("騰訊", "supersededTerm-admn-sts")),
                ("en", tig("Tencent")),
            ),
            "'騰訊' is both accepted (preferredTerm-admn-sts) and banned (supersededTerm-admn-sts) in one zh-TW "
            "langSet",
        ),
    ],
)
def test_tbx_refuses_what_a_csv_row_is_refused_for(
    zhgloss_exe: str, tmp_path: Path, langsets: tuple[tuple[str, str], ...], said: str
) -> None:
    source = write_tbx(tmp_path / "t.tbx", entry("a", *langsets), XIAOMI)
    db = tmp_path / "g.json"
    done = run(zhgloss_exe, "import", str(source), "--db", str(db))
    assert done.returncode == 3, done.stderr
    assert said in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1
    assert not db.exists()


def test_tbx_swapped_terms_swapped_back_as_advised_import(zhgloss_exe: str, tmp_path: Path) -> None:
    source = write_tbx(tmp_path / "t.tbx", entry("a", ("zh-CN", tig("Tencent")), ("en", tig("腾讯"))))
    assert run(zhgloss_exe, "import", str(source), "--db", str(tmp_path / "x.json")).returncode == 3
    write_tbx(source, entry("a", ("zh-CN", tig("腾讯")), ("en", tig("Tencent"))))
    db = tmp_path / "g.json"
    assert run(zhgloss_exe, "import", str(source), "--db", str(db)).returncode == 0
    assert [(e["zh"], e["en"]) for e in stored(db)] == [("腾讯", "Tencent")]


def test_a_form_one_langset_accepts_and_another_bans_names_both_langsets() -> None:
    # 悉尼 is Sydney in mainland usage; Taiwan writes 雪梨 (its zh-TW langSet bans 悉尼): regional, kept accepted.
    text = MARTIF.format(
        entry(
            "s",
            ("zh-CN", tig("悉尼", "preferredTerm-admn-sts")),
            ("zh-TW", tig("雪梨", "preferredTerm-admn-sts") + tig("悉尼", "deprecatedTerm-admn-sts")),
            ("en", tig("Sydney")),
        )
    )
    (sydney,) = get_format("tbx").load(io.StringIO(text), "s.tbx")
    assert sydney.zh == "悉尼"
    assert "悉尼: deprecated in zh-TW, accepted in zh-CN" in (sydney.note or "")
    assert "another" not in (sydney.note or "")


def test_tbx_with_latin_glued_to_a_chinese_name_is_no_refusal() -> None:
    text = MARTIF.format(
        "\n".join(
            [
                entry("a", ("zh-CN", tig("小米SU7")), ("en", tig("Xiaomi SU7"))),
                entry("b", ("zh-CN", tig("TCL集团")), ("en", tig("TCL"))),
                entry("c", ("zh-CN", tig("00700.HK")), ("en", tig("00700.HK"))),
            ]
        )
    )
    assert [e.zh for e in get_format("tbx").load(io.StringIO(text), "g.tbx")] == ["小米SU7", "TCL集团", "00700.HK"]


# U23 -------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("row", "said", "fixed"),
    [
        (
            "华为,Huawei (华为)",
            "line 2: en 'Huawei (华为)' holds Chinese characters (华为) beside the English",
            "华为,Huawei",
        ),
        (
            "小米 Xiaomi,Xiaomi",
            "line 2: zh '小米 Xiaomi' holds the English form 'Xiaomi' beside the Chinese",
            "小米,Xiaomi",
        ),
        ("腾讯,Tencent 腾讯控股", "line 2: en 'Tencent 腾讯控股' holds Chinese characters (腾讯控股)", "腾讯,Tencent"),
        ("华为（Huawei）,Huawei", "line 2: zh '华为(Huawei)' holds the English form 'Huawei'", "华为,Huawei"),
    ],
)
@pytest.mark.parametrize("columns", [None, "zh,en"])
def test_a_cell_holding_both_scripts_is_refused_with_its_line(
    zhgloss_exe: str, tmp_path: Path, row: str, said: str, fixed: str, columns: str | None
) -> None:
    source = tmp_path / "mix.csv"
    source.write_text(f"zh-CN,en-US\n{row}\n", encoding="utf-8")
    db = tmp_path / "g.json"
    more = ["--columns", columns] if columns else []
    done = run(zhgloss_exe, "import", str(source), "--db", str(db), *more)
    assert done.returncode == 3, done.stderr
    assert said in done.stderr
    assert "cell" in done.stderr and "nothing was imported" in done.stderr
    assert not db.exists()
    source.write_text(f"zh-CN,en-US\n{fixed}\n", encoding="utf-8")  # the cell fixed, as the message says
    assert run(zhgloss_exe, "import", str(source), "--db", str(db), *more).returncode == 0


@pytest.mark.parametrize(
    ("zh", "en"),
    [("小米SU7", "Xiaomi SU7"), ("TCL集团", "TCL"), ("卡拉OK", "karaoke"), ("阿Q", "Ah Q"), ("QQ音乐", "QQ Music")],
)
def test_latin_that_is_part_of_a_chinese_name_is_imported(zh: str, en: str) -> None:
    (got,) = get_format("csv").load(io.StringIO(f"zh,en\n{zh},{en}\n"), "t.csv")
    assert (got.zh, got.en) == (zh, en)


HAN = st.text(alphabet=st.sampled_from("腾讯小米华为雷军阿里巴巴京东"), min_size=1, max_size=4)
LATIN = st.from_regex(r"[A-Z][a-z]{1,8}( [A-Z][a-z]{1,8})?", fullmatch=True)


@given(han=HAN, latin=LATIN, bracket=st.booleans())
def test_the_english_written_beside_the_chinese_is_found_either_side(han: str, latin: str, bracket: bool) -> None:
    apart = f"({latin})" if bracket else latin
    assert chinese_term_problem(f"{han} {apart}", [latin]) is not None
    assert chinese_term_problem(f"{apart} {han}", [latin]) is not None
    assert chinese_term_problem(f"{han}{latin}", ["Other Name"]) is None  # glued, and no English form
    assert english_term_problem(f"{latin} {han}") is not None
    assert english_term_problem(latin) is None


# U26 -------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "zh-CN,zh-TW,en-US,ja-JP,de-DE\n腾讯,騰訊,Tencent,テンセント,Tencent\n"
            "余承东,余承東,Richard Yu,リチャード・ユー,Richard Yu\n",
            ["'ja-JP' (Japanese)", "'de-DE' (German)"],
        ),
        (
            "English,Chinese (Simplified),Chinese (Traditional),Japanese\nTencent,腾讯,騰訊,テンセント\n",
            ["'Japanese' (Japanese)"],
        ),
        (
            "Term [zh-CN],Term [en],Term [ko],Description [ko]\n腾讯,Tencent,텐센트,한국어 설명\n",
            ["'Term [ko]' (Korean)"],
        ),
        ("Chinese (PRC),English (United States),French (France),French_Def\n腾讯,Tencent,Tencent,société\n", None),
    ],
)
def test_other_languages_columns_are_passed_over_with_a_note(text: str, passed: list[str] | None) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        entries = list(get_format("csv").load(io.StringIO(text), "multi.csv"))
    assert [(e.zh, e.zh_hant, e.en) for e in entries][:1] == [("腾讯", entries[0].zh_hant, "Tencent")]
    assert all(not re.search(r"[\u3040-\u30ff\uac00-\ud7af]", str(e.to_dict())) for e in entries)  # no kana, no hangul
    notes = [w for w in caught if issubclass(w.category, ImportNote)]
    assert [(w.filename, w.lineno) for w in notes] == [("multi.csv", 1)]
    assert str(notes[0].message).startswith("passed over the columns of other languages")
    for said in passed or []:
        assert said in str(notes[0].message)


def test_a_multilingual_csv_imports_as_its_tbx_does(zhgloss_exe: str, tmp_path: Path) -> None:
    csv_file = tmp_path / "multi.csv"
    csv_file.write_text("zh-CN,en-US,ja-JP,de-DE\n腾讯,Tencent,テンセント,Tencent\n", encoding="utf-8")
    tbx_file = write_tbx(
        tmp_path / "multi.tbx",
        entry(
            "tencent",
            ("zh-CN", tig("腾讯")),
            ("ja-JP", tig("テンセント")),
            ("en-US", tig("Tencent")),
            ("de-DE", tig("Tencent")),
        ),
    )
    from_csv, from_tbx = tmp_path / "c.json", tmp_path / "t.json"
    done = run(zhgloss_exe, "import", str(csv_file), "--db", str(from_csv))
    assert done.returncode == 0, done.stderr
    assert "passed over the columns of other languages, 'ja-JP' (Japanese), 'de-DE' (German)" in done.stderr
    assert run(zhgloss_exe, "import", str(tbx_file), "--db", str(from_tbx)).returncode == 0
    fields = ("id", "zh", "en", "type", "aliases", "zh_aliases", "note")
    assert [{k: e[k] for k in fields} for e in stored(from_csv)] == [
        {k: e[k] for k in fields} for e in stored(from_tbx)
    ]


@pytest.mark.parametrize("header", ["zh,en,Foo", "zh,en,no_go_zone", "zh,en,Zone [xx]"])
def test_a_column_that_names_no_language_is_still_refused(header: str) -> None:
    with pytest.raises(FormatError, match="unknown column"):
        list(get_format("csv").load(io.StringIO(f"{header}\n腾讯,Tencent,x\n"), "t.csv"))


def test_a_two_letter_word_is_no_language_code() -> None:
    # "My" is Burmese's ISO 639-1 code, but a word among others is no tag: "My notes" is the note.
    (got,) = get_format("csv").load(io.StringIO("zh,en,My notes\n腾讯,Tencent,x\n"), "t.csv")
    assert got.note == "x"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # A synonym cell whose parts are not all Chinese is no list of synonyms: the English is beside the Chinese.
        ("zh,en\n腾讯|Tencent,Tencent\n", "zh '腾讯|Tencent' holds the English form 'Tencent' beside the Chinese"),
        # A language's second term column (memoQ's synonym) is held to its language as the first one is, as every
        # term of a TBX langSet is.
        ("zh,en,en\n京东,JD.com,京东集团\n", "aliases '京东集团' is Chinese, not English"),
        ("zh,en,zh\n京东,JD.com,Jingdong Mall\n", "zh_aliases 'Jingdong Mall' has no Chinese characters"),
    ],
)
def test_every_term_cell_is_held_to_its_languages_script(text: str, said: str) -> None:
    with pytest.raises(FormatError, match=re.escape(said)):
        list(get_format("csv").load(io.StringIO(text), "t.csv"))


@pytest.mark.parametrize(
    ("header", "language"),
    [
        ("日文", "Japanese"),
        ("日语（日本）", "Japanese"),
        ("韩文名", "Korean"),
        ("德语", "German"),
        ("法文备注", "French"),
    ],
)
def test_other_languages_named_in_chinese_are_passed_over(header: str, language: str) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        (got,) = get_format("csv").load(io.StringIO(f"中文,英文,{header}\n腾讯,Tencent,テンセント\n"), "t.csv")
    assert (got.zh, got.en, got.note) == ("腾讯", "Tencent", None)
    assert [str(w.message) for w in caught if issubclass(w.category, ImportNote)] == [
        # The header as normalized: full-width brackets are folded to ASCII.
        f"passed over the columns of other languages, {normalize(header)!r} ({language}): zhgloss keeps Chinese and "
        "English"
    ]


@pytest.mark.parametrize("header", ["日期", "法律", "西文", "日本"])
def test_chinese_words_that_name_no_language_are_still_refused(header: str) -> None:
    with pytest.raises(FormatError, match="unknown column"):
        list(get_format("csv").load(io.StringIO(f"中文,英文,{header}\n腾讯,Tencent,x\n"), "t.csv"))


def test_a_name_left_untranslated_in_the_chinese_is_no_swap(zhgloss_exe: str, tmp_path: Path) -> None:
    # User finding U35 (a regression of 2788237): the Microsoft Terminology Collection keeps product names in Latin
    # in its Chinese langSets (zh-tw "OneDrive" beside en-US "OneDrive"); a CSV may too. Latin that differs from
    # the English is still refused (zh-CN "Tencent" beside en "腾讯", as in U18).
    tbx = write_tbx(
        tmp_path / "ms.tbx",
        entry("2000", ("en-US", tig("OneDrive")), ("zh-tw", tig("OneDrive"))),
        entry("2004", ("en-US", tig("Wi-Fi")), ("zh-tw", tig("Wi-Fi"))),
        entry("2005", ("en-US", tig("USB flash drive")), ("zh-tw", tig("USB 隨身碟"))),
    )
    db = tmp_path / "ms.json"
    done = run(zhgloss_exe, "import", str(tbx), "--db", str(db))
    assert done.returncode == 0, done.stderr
    # In any order: the ids are made from the names, the file's 2000, 2004, 2005 being its own (U30-23).
    assert sorted((e["zh"], e["en"]) for e in stored(db)) == [
        ("OneDrive", "OneDrive"),
        ("USB 随身碟", "USB flash drive"),
        ("Wi-Fi", "Wi-Fi"),
    ]
    csv_file = tmp_path / "latin-ok.csv"
    csv_file.write_text("zh-CN,en-US\nOneDrive,OneDrive\nWindows,Windows\n云计算,cloud computing\n", encoding="utf-8")
    assert run(zhgloss_exe, "import", str(csv_file), "--db", str(tmp_path / "c.json")).returncode == 0
    csv_file.write_text("zh-CN,en-US\nOneDrive,Microsoft OneDrive\n云计算,cloud computing\n", encoding="utf-8")
    done = run(zhgloss_exe, "import", str(csv_file), "--db", str(tmp_path / "d.json"))
    assert done.returncode == 3
    assert "line 2: zh 'OneDrive' has no Chinese characters" in done.stderr


def test_another_languages_field_with_its_region_is_passed_over() -> None:
    # Transifex names a language's fields by its code after the field's word, region and all ("comment_zh_CN"): a
    # Japanese comment was read as the entry's note.
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        text = "translation_zh_CN,en,comment_ja_JP,comment_en\n腾讯,Tencent,日本語のコメント,Shenzhen group\n"
        (got,) = get_format("csv").load(io.StringIO(text), "t.csv")
    assert (got.zh, got.en, got.note) == ("腾讯", "Tencent", "Shenzhen group")


def test_a_capitalised_two_letter_word_alone_is_no_language() -> None:
    # "No" (a column of row numbers) is no Norwegian column; "no" or "nb-NO" would be. Since the forty-eighth session
    # (R47-16) it is passed over as the row numbers it holds, and said; it was refused as an unknown column.
    with pytest.warns(UserWarning, match="passed over 'No': a column of row numbers"):
        entries = list(get_format("csv").load(io.StringIO("No,zh,en\n1,腾讯,Tencent\n"), "t.csv"))
    assert [(entry.zh, entry.en) for entry in entries] == [("腾讯", "Tencent")]
