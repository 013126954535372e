"""Every form in its field's script (issue 9, item 6; user U14, twenty-fourth session).

`validate` judged the script of the main fields only: an English alias written in Chinese ('小米集团'), a Chinese
alias written in Latin letters ('Tencent Holdings'), or the Chinese beside a name's English ('Tencent 腾讯', 'Lei
Jun（雷军）', the mirror of zh's "马云 Jack Ma") went unreported, and 'Lei Jun（雷军）' was told to "set en_adopted".
The rules now hold for every Chinese form (zh, zh_aliases) and every English form (en, aliases). A term's or a
phrase's English is a gloss, which may quote Chinese as CC-CEDICT's do ("abbr. to 高中"); a Latin Chinese alias that
is also one of the entry's English forms is one Chinese text writes as is (the bundled "IoT", "WPS Office").
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.model import Entry
from zhgloss.validate import Problem, validate_entries


def found(entry: Entry) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in validate_entries([entry])]


def only(entry: Entry) -> Problem:
    (problem,) = validate_entries([entry])
    return problem


@pytest.mark.parametrize(
    ("kind", "zh", "en", "written"),
    [
        ("org", "腾讯", "Tencent 腾讯", "Tencent"),
        ("org", "腾讯", "腾讯 Tencent", "Tencent"),
        ("org", "中国银行", "Bank of China (中国银行)", "Bank of China"),
        ("person", "雷军", "Lei Jun（雷军）", "Lei Jun"),
        ("person", "刘强东", "Richard Liu 劉強東", "Richard Liu"),  # zh_hant's form, written beside
        ("place", "深圳", "Shenzhen【深圳】", "Shenzhen"),
    ],
)
def test_the_chinese_beside_a_names_english_is_reported(kind: str, zh: str, en: str, written: str) -> None:
    entry = Entry(id="e", type=kind, zh=zh, zh_hant="劉強東" if zh == "刘强东" else None, en=en, en_adopted=True)
    problem = only(entry)
    assert (problem.field, problem.code, problem.severity) == ("en", "en-chinese", "error")
    assert problem.message.endswith(f"beside the English: write {written!r}"), problem.message


def test_a_persons_english_with_chinese_is_not_told_to_set_en_adopted() -> None:
    # U14 h2: the fix is to drop the bracketed Chinese, and that is the one thing said.
    problem = only(Entry(id="lei-jun", type="person", zh="雷军", en="Lei Jun（雷军）"))
    assert problem.code == "en-chinese"
    assert "en_adopted" not in problem.message


def test_chinese_that_is_no_form_of_the_entry_is_told_where_to_go() -> None:
    problem = only(Entry(id="tencent", type="org", zh="腾讯", en="Tencent 腾讯控股"))
    assert problem.code == "en-chinese"
    assert problem.message == (
        "'Tencent 腾讯控股' has Chinese characters (腾讯控股): an English form is written in Latin letters; "
        "put the Chinese in zh or zh_aliases"
    )


def test_an_english_alias_written_in_chinese_is_reported() -> None:
    problem = only(Entry(id="xiaomi", type="org", zh="小米", en="Xiaomi", aliases=("Xiaomi Group", "小米集团")))
    assert (problem.field, problem.code) == ("aliases", "en-han")
    assert problem.message == "'小米集团' is Chinese, not English; move it to zh_aliases"


def test_an_english_alias_with_the_chinese_beside_it_is_reported() -> None:
    entry = Entry(id="jack-ma", type="person", zh="马云", en="Jack Ma", aliases=("Ma Yun 马云",), en_adopted=True)
    assert found(entry) == [("aliases", "en-chinese")]


def test_a_chinese_alias_written_in_latin_letters_is_reported() -> None:
    problem = only(Entry(id="tencent", type="org", zh="腾讯", en="Tencent", zh_aliases=("Tencent Holdings",)))
    assert (problem.field, problem.code, problem.severity) == ("zh_aliases", "zh-no-han", "error")
    assert problem.message.startswith("'Tencent Holdings' has no Chinese characters: move it to aliases")


@pytest.mark.parametrize(
    ("zh", "en", "aliases", "zh_aliases"),
    [
        ("物联网", "Internet of Things", ("IoT",), ("IoT",)),  # the bundled entry: Chinese text writes "IoT" as is
        ("WPS", "WPS", ("WPS Office",), ("WPS Office",)),
        ("小米SU7", "Xiaomi SU7", ("SU7",), ("SU7",)),
        ("金山软件", "Kingsoft", (), ("金山",)),
    ],
)
def test_latin_chinese_aliases_that_chinese_text_writes_are_kept(
    zh: str, en: str, aliases: tuple[str, ...], zh_aliases: tuple[str, ...]
) -> None:
    entry = Entry(id="e", type="product", zh=zh, en=en, aliases=aliases, zh_aliases=zh_aliases, en_adopted=True)
    assert found(entry) == []


def test_a_code_in_capitals_among_chinese_aliases_alone_is_a_question() -> None:
    # U14 h6: 'JD' for 京东 is written as is in Chinese text only if the English forms have it too.
    problem = only(Entry(id="jd", type="org", zh="京东", en="JD.com", zh_aliases=("JD",)))
    assert (problem.field, problem.code, problem.severity) == ("zh_aliases", "zh-no-han", "warning")
    assert problem.message == (
        "'JD' has no Chinese characters and is none of the English forms: if Chinese text writes it so, "
        "list it among the aliases too; else move it there"
    )
    assert found(Entry(id="jd", type="org", zh="京东", en="JD.com", aliases=("JD",), zh_aliases=("JD",))) == []


@pytest.mark.parametrize(
    ("kind", "zh", "en", "zh_aliases"),
    [
        ("stock_code", "3888.HK", "3888:HKEX", ("03888", "HK.3888")),  # the bundled stock-3888-hk's press forms
        ("term", "屄", "cunt", ("B",)),  # CC-CEDICT: "also written B"
    ],
)
def test_a_stock_codes_or_a_words_latin_chinese_forms_are_kept(
    kind: str, zh: str, en: str, zh_aliases: tuple[str, ...]
) -> None:
    assert found(Entry(id="e", type=kind, zh=zh, en=en, zh_aliases=zh_aliases)) == []


@pytest.mark.parametrize(
    "en",
    [
        "abbr. to 高中",  # CC-CEDICT 高级中学's gloss
        "trad. also written 炮轟",
        "与其 A 不如 B",
        "erhua variant of 一点",
    ],
)
def test_a_terms_gloss_may_quote_chinese(en: str) -> None:
    assert [c for _, c in found(Entry(id="t", type="term", zh="高级中学", en=en))] == []


LATIN_NAME = st.lists(st.sampled_from(["Lei", "Jun", "Tencent", "Bank", "of", "China", "Ma", "Yun"]), min_size=1)
HAN_NAME = st.text(alphabet="雷军腾讯中国银行马云", min_size=1, max_size=4)
BRACKETS = st.sampled_from([("", ""), (" ", ""), ("(", ")"), (" (", ")"), ("（", "）"), ("【", "】")])


@settings(max_examples=80, deadline=None)
@given(
    words=LATIN_NAME,
    han=HAN_NAME,
    brackets=BRACKETS,
    first=st.booleans(),
    kind=st.sampled_from(["org", "product", "place", "person", "work"]),
)
def test_a_names_english_form_with_chinese_anywhere_is_reported(
    words: list[str], han: str, brackets: tuple[str, str], first: bool, kind: str
) -> None:
    latin = " ".join(words)
    opening, closing = brackets
    en = f"{opening.strip()}{han}{closing} {latin}" if first else f"{latin}{opening}{han}{closing}"
    for entry in (
        Entry(id="e", type=kind, zh="腾讯", en=en, en_adopted=True),
        Entry(id="e", type=kind, zh="腾讯", en="Tencent", aliases=(en,), en_adopted=True),
    ):
        assert "en-chinese" in [code for _, code in found(entry)], en


@settings(max_examples=60, deadline=None)
@given(words=LATIN_NAME, kind=st.sampled_from(["org", "product", "place", "work", "term"]))
def test_latin_english_forms_are_never_reported_for_their_script(words: list[str], kind: str) -> None:
    latin = " ".join(words)
    entry = Entry(id="e", type=kind, zh="腾讯", en=latin, aliases=(latin + " Ltd",), en_adopted=True)
    assert not {"en-chinese", "en-han", "zh-no-han"} & {code for _, code in found(entry)}


def test_validate_reports_each_form_in_one_line_and_exits_1(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    documents = {
        "1": {"id": "h1", "type": "org", "zh": "腾讯", "en": "Tencent 腾讯"},
        "2": {"id": "h3", "type": "org", "zh": "小米", "en": "Xiaomi", "aliases": ["小米集团"]},
        "3": {"id": "h6", "type": "org", "zh": "京东", "en": "JD.com", "zh_aliases": ["JD Logistics"]},
    }
    db.write_text(json.dumps({"entries": documents}, ensure_ascii=False), encoding="utf-8")
    before = db.read_bytes()
    result = subprocess.run([zhgloss_exe, "validate", "--db", str(db)], capture_output=True, text=True, check=False)
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        "h1: error: en: 'Tencent 腾讯' holds the Chinese form '腾讯' beside the English: write 'Tencent'",
        "h3: error: aliases: '小米集团' is Chinese, not English; move it to zh_aliases",
        "h6: error: zh_aliases: 'JD Logistics' has no Chinese characters: move it to aliases "
        "(list it in both if Chinese text writes it so)",
    ]
    assert "Traceback" not in result.stderr
    assert db.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (
            ["edit", "xiaomi", "--alias", "小米集团"],
            "error: aliases: '小米集团' is Chinese, not English; move it to zh_aliases",
        ),
        (
            ["add", "张一鸣", "--type", "person", "--en", "Zhang Yiming", "--alias", "Zhang Yiming 张一鸣"],
            "error: aliases: 'Zhang Yiming 张一鸣' holds the Chinese form '张一鸣' beside the English: "
            "write 'Zhang Yiming'",
        ),
        (
            ["edit", "xiaomi", "--zh-alias", "Xiaomi Group Holdings"],
            "error: zh_aliases: 'Xiaomi Group Holdings' has no Chinese characters: move it to aliases "
            "(list it in both if Chinese text writes it so)",
        ),
    ],
)
def test_add_and_edit_refuse_a_form_in_the_wrong_script(
    zhgloss_exe: str, glossary_path: Path, args: list[str], line: str
) -> None:
    before = glossary_path.read_bytes()
    result = subprocess.run(
        [zhgloss_exe, *args, "--db", str(glossary_path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert line in result.stderr.splitlines(), result.stderr
    assert "Traceback" not in result.stderr
    assert glossary_path.read_bytes() == before
