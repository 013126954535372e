"""TBX: every Chinese term gets both scripts, and a banned term is a forbidden form only (issue 9, item 2).

Acceptance test of the fifteenth session: of a traditional langSet (zh-TW, zh-HK, zh-MO, zh-Hant) with several
terms only the first got its simplified form, so `lookup`, `annotate` and `check` never found the others in
simplified text; a deprecated Chinese term was stored as a zh_alias as well as forbidden, so `lookup` found it
as a name of the entry and `annotate` glossed it as if it were right. The files are real TBX shapes (the
Microsoft Terminology Collection's ntig/termGrp with lower-case tags, TBX-Basic's tig, normativeAuthorization),
with names in place of the terms.
"""

from __future__ import annotations

import io
import json
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.errors import FormatError, InvalidEntryError
from zhgloss.formats import get_format
from zhgloss.model import Entry, ForbiddenForm

DATA = Path(__file__).resolve().parent / "data"


def load(name: str) -> dict[str, Entry]:
    with (DATA / name).open(encoding="utf-8") as fp:
        return {e.en: e for e in get_format("tbx").load(fp, name)}


def load_text(text: str) -> Entry:
    (entry,) = get_format("tbx").load(io.StringIO(text), "x.tbx")
    return entry


def round_trip(entries: list[Entry]) -> list[Entry]:
    out = io.StringIO()
    get_format("tbx").dump(entries, out)
    return list(get_format("tbx").load(io.StringIO(out.getvalue()), "again.tbx"))


def run(exe: str, db: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args, "--db", str(db)], capture_output=True, text=True, input=stdin, check=False)


def check_pairs(exe: str, tmp_path: Path, tbx: Path, pairs: str) -> subprocess.CompletedProcess[str]:
    """`zhgloss check` of the tab-separated `pairs` against a glossary of the TBX file `tbx` imported."""
    db, tsv = tmp_path / "g.json", tmp_path / "pairs.tsv"
    assert run(exe, db, "import", str(tbx)).returncode == 0
    tsv.write_text(pairs, encoding="utf-8")
    return run(exe, db, "check", str(tsv))


# Every term of a traditional langSet gets its simplified form


def test_every_term_of_a_traditional_langset_gets_both_scripts() -> None:
    # The reported instance (zh-TW, three terms) and the other traditional tags, zh-HK, zh-MO and zh-Hant.
    entries = load("ms_terminology_zh_tw_terms.tbx")
    tencent = entries["Tencent Holdings"]
    assert (tencent.zh, tencent.zh_hant) == ("腾讯控股", "騰訊控股")
    assert tencent.zh_aliases == ("騰訊集團", "腾讯集团", "騰訊公司", "腾讯公司")
    hkex = entries["Hong Kong Exchanges and Clearing"]
    assert (hkex.zh, hkex.zh_hant) == ("香港交易及结算所", "香港交易及結算所")
    assert hkex.zh_aliases == ("港交所", "聯交所", "联交所")  # 港交所 is written alike in both scripts
    airport = entries["Macau International Airport"]
    assert (airport.zh, airport.zh_hant, airport.zh_aliases) == (
        "澳门国际机场",
        "澳門國際機場",
        ("澳門機場", "澳门机场"),
    )
    ntu = entries["National Taiwan University"]
    assert (ntu.zh, ntu.zh_hant) == ("国立台湾大学", "國立臺灣大學")
    assert ntu.zh_aliases == ("臺灣大學", "台湾大学", "臺大", "台大")


@pytest.mark.parametrize("tag", ["zh-TW", "zh-tw", "zh-HK", "zh-MO", "zh-Hant", "zh-Hant-TW", "zh_TW"])
def test_a_second_traditional_term_is_found_in_simplified_text_whatever_the_tag(tag: str) -> None:
    entry = load_text(
        f'<martif type="TBX"><text><body><termEntry id="x"><langSet xml:lang="{tag}">'
        "<ntig><termGrp><term>雷軍</term></termGrp></ntig><ntig><termGrp><term>雷總</term></termGrp></ntig>"
        '</langSet><langSet xml:lang="en-US"><ntig><termGrp><term>Lei Jun</term></termGrp></ntig></langSet>'
        "</termEntry></body></text></martif>"
    )
    assert (entry.zh, entry.zh_hant) == ("雷军", "雷軍")
    assert "雷总" in entry.zh_forms and "雷總" in entry.zh_forms


def test_a_simplified_langsets_other_terms_get_their_traditional_form() -> None:
    entry = load_text(
        '<martif type="TBX-Basic"><text><body><termEntry id="x"><langSet xml:lang="zh-CN">'
        "<tig><term>腾讯控股</term></tig><tig><term>腾讯集团</term></tig></langSet>"
        '<langSet xml:lang="en"><tig><term>Tencent Holdings</term></tig></langSet></termEntry></body></text></martif>'
    )
    assert (entry.zh, entry.zh_hant, entry.zh_aliases) == ("腾讯控股", "騰訊控股", ("腾讯集团", "騰訊集團"))


def test_a_person_alias_in_traditional_keeps_the_characters_names_keep() -> None:
    # 徐乾學's other term: OpenCC alone writes 乾 as 干; a person's name keeps it (zhgloss.convert).
    entry = load_text(
        '<martif type="TBX"><text><body><termEntry id="x"><descrip type="subjectField">person</descrip>'
        '<langSet xml:lang="zh-TW"><tig><term>徐乾學</term></tig><tig><term>徐健庵</term></tig></langSet>'
        '<langSet xml:lang="en"><tig><term>Xu Qianxue</term></tig></langSet></termEntry></body></text></martif>'
    )
    assert (entry.zh, entry.zh_hant, entry.zh_aliases) == ("徐乾学", "徐乾學", ("徐健庵",))


def test_a_zh_cn_and_a_zh_tw_langset_of_one_concept_are_paired_not_repeated() -> None:
    entries = load("tbx_zh_cn_tw_pairs.tbx")
    # The zh-TW langSet lists its terms in the other order: each is paired with its simplified form all the same.
    huawei = entries["Huawei Technologies"]
    assert (huawei.zh, huawei.zh_hant, huawei.zh_aliases) == ("华为技术有限公司", "華為技術有限公司", ("华为", "華為"))
    # 歐巴馬 (Taiwan) is another word than 奥巴马, not its traditional form: an alias, with its simplified form;
    # zh-HK's 奧巴馬 is 奥巴马's traditional form.
    obama = entries["Barack Obama"]
    assert (obama.zh, obama.zh_hant, obama.zh_aliases) == ("奥巴马", "奧巴馬", ("歐巴馬", "欧巴马"))
    sydney = entries["Sydney"]
    assert (sydney.zh, sydney.zh_hant, sydney.zh_aliases) == ("悉尼", None, ("雪梨",))


def test_paired_and_derived_forms_pass_validate(tmp_path: Path, zhgloss_exe: str) -> None:
    db = tmp_path / "g.json"
    for name in ("ms_terminology_zh_tw_terms.tbx", "tbx_zh_cn_tw_pairs.tbx"):
        assert run(zhgloss_exe, db, "import", str(DATA / name)).returncode == 0
    done = run(zhgloss_exe, db, "validate")
    assert "zh-hant" not in done.stdout and "zh-traditional" not in done.stdout, done.stdout


def test_the_simplified_form_of_every_traditional_term_is_looked_up_and_glossed(
    tmp_path: Path, zhgloss_exe: str
) -> None:
    db = tmp_path / "g.json"
    assert run(zhgloss_exe, db, "import", str(DATA / "ms_terminology_zh_tw_terms.tbx")).returncode == 0
    for query in ("腾讯集团", "騰訊集團", "腾讯公司", "联交所", "澳门机场", "台大"):
        done = run(zhgloss_exe, db, "lookup", query, "--field", "id")
        assert done.returncode == 0, (query, done.stderr)
    annotated = run(zhgloss_exe, db, "annotate", stdin="腾讯集团与联交所\n").stdout
    assert annotated == "腾讯集团（Tencent Holdings）与联交所（Hong Kong Exchanges and Clearing）\n"


# A banned term is a forbidden form, and only that


def test_banned_chinese_terms_are_forbidden_forms_in_both_scripts_and_never_aliases() -> None:
    entries = load("tbx_banned_chinese.tbx")
    pku = entries["Peking University"]
    assert pku.zh_aliases == ("北大",)
    assert pku.forbidden == (
        ForbiddenForm("Beijing University", "deprecated"),
        ForbiddenForm("Imperial University of Peking", "superseded"),
        ForbiddenForm("京师大学堂", "superseded"),
        ForbiddenForm("京師大學堂", "superseded"),
    )
    assert pku.note == "京师大学堂: The name until 1912."
    # A zh-TW langSet only, statuses by normativeAuthorization in an ntig, a not-recommended term.
    ibm = entries["IBM"]
    assert (ibm.zh, ibm.zh_hant, ibm.zh_aliases) == ("国际商业机器", "國際商業機器", ())
    assert ibm.aliases == ("International Business Machines",)
    assert ibm.forbidden == (
        ForbiddenForm("Big Blue", "forbidden"),
        ForbiddenForm("萬國商業機器", "deprecated"),
        ForbiddenForm("万国商业机器", "deprecated"),
        ForbiddenForm("藍色巨人", "not_recommended"),
        ForbiddenForm("蓝色巨人", "not_recommended"),
    )
    for entry in entries.values():
        assert not set(entry.forbidden_forms) & {*entry.zh_forms, *entry.en_forms}


@pytest.mark.parametrize(
    "status",
    ["deprecatedTerm-admn-sts", "supersededTerm-admn-sts", "notRecommendedTerm-admn-sts", "forbidden", "obsolete"],
)
@pytest.mark.parametrize(
    ("tag", "term", "other"),
    # The other script's form is derived as zh_hant is (OpenCC s2hk: 台灣省), or by t2s.
    [("zh-CN", "台湾省", "台灣省"), ("zh-TW", "臺灣省", "台湾省"), ("zh-Hant", "台灣省", "台湾省")],
)
def test_a_banned_chinese_term_of_any_status_is_no_chinese_alias(status: str, tag: str, term: str, other: str) -> None:
    entry = load_text(
        f'<martif type="TBX-Basic"><text><body><termEntry id="tw"><langSet xml:lang="{tag}">'
        "<tig><term>台湾</term><termNote type='administrativeStatus'>preferredTerm-admn-sts</termNote></tig>"
        f"<tig><term>{term}</term><termNote type='administrativeStatus'>{status}</termNote></tig>"
        "</langSet><langSet xml:lang='en'><tig><term>Taiwan</term></tig></langSet></termEntry></body></text></martif>"
    )
    assert entry.zh_aliases == ()
    assert entry.forbidden_forms == (term, other)
    assert not {term, other} & set(entry.zh_forms)


def test_a_derived_form_the_file_bans_is_not_made_an_accepted_one() -> None:
    # 臺灣 is the traditional form of the preferred 台湾; the file bans it: it stays banned, and is not zh_hant.
    entry = load_text(
        "<martif type='TBX-Basic'><text><body><termEntry id='tw'><langSet xml:lang='zh-CN'>"
        "<tig><term>台湾</term><termNote type='administrativeStatus'>preferredTerm-admn-sts</termNote></tig>"
        "</langSet><langSet xml:lang='zh-TW'>"
        "<tig><term>台灣</term><termNote type='administrativeStatus'>preferredTerm-admn-sts</termNote></tig>"
        "<tig><term>臺灣</term><termNote type='administrativeStatus'>deprecatedTerm-admn-sts</termNote></tig>"
        "</langSet><langSet xml:lang='en'><tig><term>Taiwan</term></tig></langSet></termEntry></body></text></martif>"
    )
    assert (entry.zh, entry.zh_hant) == ("台湾", "台灣")
    assert entry.forbidden == (ForbiddenForm("臺灣", "deprecated"),)


def test_a_derived_traditional_form_the_file_bans_is_not_zh_hant() -> None:
    # OpenCC (s2hk) writes 台湾 as 台灣; the file bans 台灣 and gives no traditional form it accepts.
    entry = load_text(
        "<martif type='TBX-Basic'><text><body><termEntry id='tw'><langSet xml:lang='zh-CN'>"
        "<tig><term>台湾</term><termNote type='administrativeStatus'>preferredTerm-admn-sts</termNote></tig>"
        "<tig><term>台灣</term><termNote type='administrativeStatus'>deprecatedTerm-admn-sts</termNote></tig>"
        "</langSet><langSet xml:lang='en'><tig><term>Taiwan</term></tig></langSet></termEntry></body></text></martif>"
    )
    assert (entry.zh, entry.zh_hant, entry.zh_aliases) == ("台湾", None, ())
    assert entry.forbidden[0] == ForbiddenForm("台灣", "deprecated")


def test_a_form_accepted_in_one_langset_and_banned_in_another_stays_accepted_and_noted() -> None:
    # A regional termbase: Sydney is 悉尼 on the mainland, 雪梨 in Taiwan, where 悉尼 is not recommended. zhgloss
    # has one set of forms for every region: 悉尼 stays a name of the entry (a source may write it), the ban a note.
    entry = load_text(
        "<martif type='TBX-Basic'><text><body><termEntry id='sydney'><langSet xml:lang='zh-CN'>"
        "<tig><term>悉尼</term><termNote type='administrativeStatus'>preferredTerm-admn-sts</termNote></tig>"
        "</langSet><langSet xml:lang='zh-TW'>"
        "<tig><term>雪梨</term><termNote type='administrativeStatus'>preferredTerm-admn-sts</termNote></tig>"
        "<tig><term>悉尼</term><termNote type='administrativeStatus'>notRecommended</termNote></tig>"
        "</langSet><langSet xml:lang='en'><tig><term>Sydney</term></tig></langSet></termEntry></body></text></martif>"
    )
    assert (entry.zh, entry.zh_hant, entry.zh_aliases, entry.forbidden) == ("悉尼", None, ("雪梨",), ())
    assert entry.note == "悉尼: not recommended in zh-TW, accepted in zh-CN"  # the langSet named (session 24, U18)


def test_a_traditional_main_terms_simplified_form_banned_in_a_simplified_langset_stays_zh() -> None:
    # Found by the property test below: the import was refused ("zh: '腾讯控股' is also a forbidden form").
    entry = load_text(
        "<martif type='TBX-Basic'><text><body><termEntry id='x'><langSet xml:lang='zh-TW'>"
        "<tig><term>騰訊控股</term></tig></langSet><langSet xml:lang='zh-CN'>"
        "<tig><term>腾讯控股</term><termNote type='administrativeStatus'>deprecatedTerm-admn-sts</termNote></tig>"
        "</langSet><langSet xml:lang='en'><tig><term>Tencent Holdings</term></tig></langSet></termEntry></body></text>"
        "</martif>"
    )
    assert (entry.zh, entry.zh_hant, entry.forbidden) == ("腾讯控股", "騰訊控股", ())
    assert entry.note == "腾讯控股: deprecated in zh-CN, the simplified form of 騰訊控股 accepted in zh-TW"


def test_an_entry_refuses_a_chinese_form_that_is_accepted_and_forbidden() -> None:
    for field, value in (("zh_aliases", ("京师大学堂",)), ("zh", "京师大学堂"), ("zh_hant", "京师大学堂")):
        data = {"id": "pku", "en": "Peking University", "zh": "北京大学", field: value}
        with pytest.raises(InvalidEntryError) as caught:
            Entry(**data, forbidden=(ForbiddenForm("京师大学堂", "superseded"),))  # type: ignore[arg-type]
        assert caught.value.field == field


def test_banned_terms_round_trip_with_their_status() -> None:
    entries = list(load("tbx_banned_chinese.tbx").values())
    out = io.StringIO()
    get_format("tbx").dump(entries, out)
    text = out.getvalue()
    # Written back on the terms themselves, in their language's langSet, for other tools to read.
    for term, status in (
        ("京师大学堂", "supersededTerm-admn-sts"),
        ("萬國商業機器", "deprecatedTerm-admn-sts"),
        ("藍色巨人", "deprecatedTerm-admn-sts"),
        ("Beijing University", "deprecatedTerm-admn-sts"),
    ):
        assert f'<term>{term}</term>\n            <termNote type="administrativeStatus">{status}</termNote>' in text
    assert text.count('<langSet xml:lang="zh">') == 2  # one per entry: the banned Chinese terms join the zh one
    assert round_trip(entries) == entries
    # And a second round trip changes nothing either.
    assert round_trip(round_trip(entries)) == entries


def test_a_banned_term_is_refused_by_lookup_and_not_glossed(tmp_path: Path, zhgloss_exe: str) -> None:
    db = tmp_path / "g.json"
    assert run(zhgloss_exe, db, "import", str(DATA / "tbx_banned_chinese.tbx")).returncode == 0
    cases = {
        "京师大学堂": "for 北京大学 Peking University (superseded); write 北京大学 (traditional 北京大學)",
        "京師大學堂": "for 北京大学 Peking University (superseded); write 北京大学 (traditional 北京大學)",
        "万国商业机器": "for 国际商业机器 IBM (deprecated); write 国际商业机器 (traditional 國際商業機器)",
        "Beijing University": "for 北京大学 Peking University (deprecated); write Peking University",
        "Big Blue": "for 国际商业机器 IBM; write IBM",
    }
    for query, message in cases.items():
        done = run(zhgloss_exe, db, "lookup", query)
        assert (done.returncode, done.stdout) == (1, ""), query
        assert done.stderr == f"Error: {query!r} is a form the glossary forbids {message}\n"
    assert run(zhgloss_exe, db, "lookup", "北大", "--field", "en").stdout == "Peking University\n"
    # A search hit found by the banned term says so, and names the form to write in the query's language.
    first = run(zhgloss_exe, db, "search", "京师大学堂").stdout.splitlines()[0]
    assert "北京大学 Peking University" in first
    assert first.endswith("forbidden form (superseded): write 北京大学 (traditional 北京大學)")
    # annotate glosses accepted forms only: a banned term gets no gloss, Chinese or English.
    annotated = run(zhgloss_exe, db, "annotate", stdin="京师大学堂即北京大学，萬國商業機器即國際商業機器。\n").stdout
    assert annotated == "京师大学堂即北京大学（Peking University），萬國商業機器即國際商業機器（IBM）。\n"
    english = run(zhgloss_exe, db, "annotate", stdin="Beijing University and Peking University\n").stdout
    assert english == "Beijing University and Peking University (北京大学)\n"


def test_check_fails_a_banned_term_in_the_translation(tmp_path: Path, zhgloss_exe: str) -> None:
    done = check_pairs(
        zhgloss_exe,
        tmp_path,
        DATA / "tbx_banned_chinese.tbx",
        "她毕业于北京大学。\tShe graduated from Peking University (京师大学堂).\n"
        "她毕业于北京大学。\tShe graduated from Beijing University.\n"
        "国际商业机器发布财报。\tBig Blue released its results.\n"
        "她毕业于北京大学。\tShe graduated from Peking University.\n",
    )
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        '1: forbidden 北京大学: found "京师大学堂", expected "Peking University" '
        "(the glossary marks '京师大学堂' superseded)",
        '2: forbidden 北京大学: found "Beijing University", expected "Peking University" '
        "(the glossary marks 'Beijing University' deprecated)",
        '3: forbidden 国际商业机器: found "Big Blue", expected "IBM" (the glossary marks \'Big Blue\' forbidden)',
    ]


def test_export_then_import_of_the_glossary_keeps_every_form(tmp_path: Path, zhgloss_exe: str) -> None:
    db, again, tbx = tmp_path / "g.json", tmp_path / "again.json", tmp_path / "out.tbx"
    for name in ("tbx_banned_chinese.tbx", "ms_terminology_zh_tw_terms.tbx", "tbx_zh_cn_tw_pairs.tbx"):
        assert run(zhgloss_exe, db, "import", str(DATA / name)).returncode == 0
    assert run(zhgloss_exe, db, "export", "--format", "tbx", "-o", str(tbx)).returncode == 0
    assert run(zhgloss_exe, again, "import", str(tbx)).returncode == 0
    assert json.loads(again.read_text(encoding="utf-8")) == json.loads(db.read_text(encoding="utf-8"))


def test_a_banned_term_in_the_source_still_names_the_entity_for_check(tmp_path: Path, zhgloss_exe: str) -> None:
    # The source is not the translator's text: nothing is said of its deprecated term, but the entity it names is
    # owed a rendering, the glossary's (not `unexpected` when given, `missing` when not, `forbidden` when banned).
    done = check_pairs(
        zhgloss_exe,
        tmp_path,
        DATA / "tbx_banned_chinese.tbx",
        "她毕业于京师大学堂。\tShe graduated from Peking University.\n"
        "萬國商業機器發布財報。\tIBM released its results.\n"
        "她毕业于京师大学堂。\tShe graduated from Beijing University.\n"
        "她毕业于京師大學堂。\tShe graduated from there.\n",
    )
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        '3: forbidden 京师大学堂: found "Beijing University", expected "Peking University" '
        "(the glossary marks 'Beijing University' deprecated)",
        '4: missing 京師大學堂: found nothing, expected "Peking University"',
    ]


def test_a_banned_term_holding_an_accepted_name_is_one_mention_for_check(tmp_path: Path, zhgloss_exe: str) -> None:
    # 台湾省 (deprecated) holds 台湾 (preferred): one mention of Taiwan, rendered once.
    tbx = tmp_path / "tw.tbx"
    tbx.write_text(
        "<martif type='TBX-Basic'><text><body><termEntry id='taiwan'><descrip type='subjectField'>place</descrip>"
        "<langSet xml:lang='zh-CN'>"
        "<tig><term>台湾</term><termNote type='administrativeStatus'>preferredTerm-admn-sts</termNote></tig>"
        "<tig><term>台湾省</term><termNote type='administrativeStatus'>deprecatedTerm-admn-sts</termNote></tig>"
        "</langSet><langSet xml:lang='en'><tig><term>Taiwan</term></tig></langSet></termEntry></body></text></martif>",
        encoding="utf-8",
    )
    done = check_pairs(zhgloss_exe, tmp_path, tbx, "他去过台湾省。\tHe has been to Taiwan.\n")
    assert (done.returncode, done.stdout) == (0, "")


def test_an_iate_export_gives_its_forms_and_bans_and_no_reliability_codes_as_notes() -> None:
    (who,) = load("iate_shape.tbx").values()
    assert (who.en, who.aliases) == ("World Health Organization", ("WHO",))
    assert who.forbidden == (ForbiddenForm("World Health Organisation", "deprecated"),)
    # Derived in Taiwan's standard shapes (衛; Hong Kong writes 衞): zhgloss.convert.TRADITIONAL_CONFIG, U35-9.
    assert (who.zh, who.zh_hant, who.zh_aliases) == ("世界卫生组织", "世界衛生組織", ("世卫组织", "世衛組織"))
    assert who.note == "subject field: international affairs"  # not "WHO: reliabilityCode: 3; ..."


# Any mix of langSets, terms and statuses: the rules as properties

_TERMS = {
    "traditional": [
        "騰訊控股",
        "騰訊",
        "聯交所",
        "臺大",
        "萬國商業機器",
        "華為",
        "雷軍",
        "京師大學堂",
        "北京大學",
        "臺灣",
    ],
    "simplified": ["腾讯控股", "腾讯", "联交所", "台大", "万国商业机器", "华为", "北京大学", "北大", "台湾", "悉尼"],
}
_TAGS = {"traditional": ["zh-TW", "zh-HK", "zh-MO", "zh-Hant"], "simplified": ["zh-CN", "zh", "zh-Hans", "zh-SG"]}
_STATUSES = [
    "",
    "preferredTerm-admn-sts",
    "admittedTerm-admn-sts",
    "deprecatedTerm-admn-sts",
    "supersededTerm-admn-sts",
    "notRecommended",
]


@st.composite
def tbx_entries(draw: st.DrawFn) -> str:
    lang_sets = []
    for script in draw(st.lists(st.sampled_from(["traditional", "simplified"]), min_size=1, max_size=3)):
        terms = draw(st.lists(st.sampled_from(_TERMS[script]), min_size=1, max_size=4, unique=True))
        tigs = "".join(
            f"<tig><term>{term}</term><termNote type='administrativeStatus'>{draw(st.sampled_from(_STATUSES))}"
            "</termNote></tig>"
            for term in terms
        )
        lang_sets.append(f"<langSet xml:lang='{draw(st.sampled_from(_TAGS[script]))}'>{tigs}</langSet>")
    return (
        "<martif type='TBX-Basic'><text><body><termEntry id='x'>"
        + "".join(lang_sets)
        + "<langSet xml:lang='en'><tig><term>Name</term></tig></langSet></termEntry></body></text></martif>"
    )


@settings(max_examples=150, deadline=None)
@given(tbx_entries())
def test_any_tbx_entry_gives_every_accepted_term_both_scripts_and_keeps_bans_apart(text: str) -> None:
    from zhgloss.convert import name_to_simplified, to_simplified

    try:
        entry = load_text(text)
    except FormatError as exc:
        # Only an entry with no Chinese term left accepted may fail: zh_hant without zh is impossible.
        raise AssertionError(f"refused: {exc}") from None
    root = ET.fromstring(text)
    accepted, banned = set(), set()
    for tig in root.iter("tig"):
        term, status = tig.findtext("term"), tig.findtext("termNote") or ""
        if term == "Name":
            continue
        (banned if any(w in status for w in ("deprecated", "superseded", "notRecommended")) else accepted).add(term)
    forms = set(entry.zh_forms)
    for term in accepted:
        assert term in forms
        # Its simplified form too, unless the file bans that form (a derived form never overrides a ban).
        simplified = {to_simplified(term), name_to_simplified(term)}
        assert simplified & forms or simplified <= banned
    for term in banned - accepted - {entry.zh}:
        assert term in entry.forbidden_forms and term not in forms
    assert not set(entry.forbidden_forms) & (forms | set(entry.en_forms))
    assert entry.zh is None or entry.zh == name_to_simplified(entry.zh) or entry.zh == to_simplified(entry.zh)
    assert round_trip([entry]) == [entry]


def test_tbx_v3_dct_terms_of_a_traditional_langsec_and_its_statuses() -> None:
    # TBX v3 (ISO 30042:2019), TBX-Basic in DCT style: a status is an element of its own name, in a namespace.
    entry = load_text(
        '<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2" '
        'xmlns:basic="http://www.tbxinfo.net/ns/basic"><text><body><conceptEntry id="c9">'
        '<langSec xml:lang="zh-Hant">'
        "<termSec><term>國際商業機器</term><basic:administrativeStatus>preferredTerm-admn-sts"
        "</basic:administrativeStatus></termSec>"
        "<termSec><term>萬國商業機器</term><basic:administrativeStatus>obsoleteTerm-admn-sts"
        "</basic:administrativeStatus><note>old name</note></termSec>"
        "<termSec><term>國際商業機器公司</term></termSec></langSec>"
        '<langSec xml:lang="en"><termSec><term>IBM</term></termSec><termSec><term>Big Blue</term>'
        "<basic:administrativeStatus>notRecommendedTerm-admn-sts</basic:administrativeStatus></termSec></langSec>"
        "</conceptEntry></body></text></tbx>"
    )
    assert (entry.zh, entry.zh_hant) == ("国际商业机器", "國際商業機器")
    assert entry.zh_aliases == ("國際商業機器公司", "国际商业机器公司")
    assert entry.forbidden == (
        ForbiddenForm("Big Blue", "not_recommended"),
        ForbiddenForm("萬國商業機器", "obsolete"),  # obsoleteTerm-admn-sts: kept as the file wrote it
        ForbiddenForm("万国商业机器", "obsolete"),
    )
    assert entry.note == "萬國商業機器: old name"


@pytest.mark.parametrize("category", ["administrativeStatus", "AdministrativeStatus", "administrativestatus"])
def test_a_status_category_is_read_in_any_case(category: str) -> None:
    # Categories are compared without case, as the note categories are (exports of older tools capitalise them).
    entry = load_text(
        "<martif type='TBX'><text><body><termEntry id='x'><langSet xml:lang='zh-TW'>"
        f"<tig><term>國際商業機器</term></tig><tig><term>萬國商業機器</term><termNote type='{category}'>"
        "deprecatedTerm-admn-sts</termNote></tig></langSet>"
        "<langSet xml:lang='en'><tig><term>IBM</term></tig></langSet></termEntry></body></text></martif>"
    )
    assert entry.forbidden_forms == ("萬國商業機器", "万国商业机器")


def test_lookup_of_a_banned_term_names_the_entry_in_a_big_glossary_too(tmp_path: Path, zhgloss_exe: str) -> None:
    # A glossary past SUGGEST_BUILD_LIMIT (2 MB: a CC-CEDICT import with a team's TBX over it) said "no entry matches":
    # it read no entry for a miss. The forbidden forms are now cached per file version (Glossary.forbidden_index).
    db = tmp_path / "g.json"
    assert run(zhgloss_exe, db, "import", str(DATA / "tbx_banned_chinese.tbx")).returncode == 0
    data = json.loads(db.read_text(encoding="utf-8"))
    filler = {"type": "org", "zh_hant": None, "pinyin": None, "aliases": [], "zh_aliases": [], "en_adopted": False}
    filler |= {"refers_to": None, "roles": [], "note": "x" * 150, "sources": []}
    for n in range(len(data["entries"]) + 1, 12_000):
        data["entries"][str(n)] = {**filler, "id": f"org-{n}", "zh": None, "en": f"Organisation {n}"}
    db.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert db.stat().st_size > 2_000_000
    for query, message in (
        ("京師大學堂", "for 北京大学 Peking University (superseded); write 北京大学 (traditional 北京大學)"),
        ("Big Blue", "for 国际商业机器 IBM; write IBM"),
    ):
        done = run(zhgloss_exe, db, "lookup", query)
        assert (done.returncode, done.stderr) == (1, f"Error: {query!r} is a form the glossary forbids {message}\n")
