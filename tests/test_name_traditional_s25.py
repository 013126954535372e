"""Names stored in simplified characters are written and found in traditional text as names are spelt (issue 9, item 4).

Session 24's new-user tester (U32): `add 万里 --type person` stored 萬裏 (裏 is "inside": the statesman Wan Li is 萬里),
and a CSV of people in simplified characters only left 余承東 and 干寶 unglossed in traditional text and unchecked by
`check`, because matching knew only OpenCC's spellings of the words (餘承東, 幹寶). The rule lives in
convert.name_to_traditional (the surname's form from surnames.tsv, the other characters' from name_characters.tsv,
which CC-CEDICT's proper names give) and matching adds its spelling to OpenCC's (convert.traditional_variants).
"""

from __future__ import annotations

import gzip
import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.convert import (
    _VARIANTS_OF,
    characters_names_keep,
    name_characters,
    name_to_traditional,
    to_simplified,
    traditional_variants,
    traditional_variants_of,
)


@pytest.mark.parametrize(
    ("name", "traditional"),
    [
        ("万里", "萬里"),  # CC-CEDICT: 萬里 万里 [Wan4 Li3] /Wan Li (1916-2015), PRC politician/
        ("亚里士多德", "亞里士多德"),  # CC-CEDICT: 亞里士多德 亚里士多德 /Aristotle (384-322 BC), .../
        ("里皮", "里皮"),  # Marcello Lippi: 里皮 in the Hong Kong and Taiwan press (no 裏皮)
        ("陈冲", "陳沖"),  # CC-CEDICT: 陳沖 陈冲 [Chen2 Chong1] /Joan Chen (1961-), Chinese born American actress/
        ("祖冲之", "祖沖之"),  # CC-CEDICT: 祖沖之 祖冲之 [Zu3 chong1 zhi1] /Zu Chongzhi (429-500), .../
        ("余承东", "余承東"),  # the surname 余 is 余, not 餘 (surnames.tsv)
        ("干宝", "干寶"),  # the surname 干 Gān is 干, not 幹 (干寶, author of 搜神記)
        ("马云", "馬雲"),  # 云 in names is 雲 (CC-CEDICT: 劉雲山, 陳雲): not a name character, OpenCC's form stays
        ("刘强东", "劉強東"),
    ],
)
def test_a_name_is_written_in_traditional_characters_as_names_are(name: str, traditional: str) -> None:
    assert name_to_traditional(name) == traditional


def test_the_name_characters_are_those_cc_cedict_names_write_otherwise_than_opencc() -> None:
    table = name_characters()
    assert table["里"] == "里"  # 309 of 319 CC-CEDICT names with 里 write 里 (10 write 裡, none 裏)
    assert table["冲"] == "沖"
    # 云 is written 雲 in names (CC-CEDICT: 劉雲山, 陳雲), as OpenCC writes it: not in the table.
    assert "云" not in table
    assert "发" not in table  # 發 and 髮, never 发 itself: OpenCC's 發 is the names' form


NAME_POOL = "".join(name_characters()) + "".join(sorted(characters_names_keep())) + "发"


@settings(max_examples=200, deadline=None)
@given(
    surname=st.sampled_from(list("王李张刘陈杨黄赵吴周")),
    given_name=st.text(alphabet=st.sampled_from(list(NAME_POOL + "国华伟强东明丽")), min_size=1, max_size=2),
)
def test_every_name_character_keeps_its_name_form_and_the_form_reads_back(surname: str, given_name: str) -> None:
    name = surname + given_name
    written = name_to_traditional(name)
    assert len(written) == len(name)
    for simplified, traditional in zip(given_name, written[1:], strict=True):
        if simplified in name_characters():
            assert traditional == name_characters()[simplified]
    assert to_simplified(written) == name  # the traditional form of a name converts back to it


@pytest.mark.parametrize(
    ("name", "spelling"),
    [("余承东", "余承東"), ("干宝", "干寶"), ("刘志里", "劉志里"), ("余华", "余華"), ("范伟", "范偉")],
)
def test_matching_finds_a_simplified_name_in_its_name_spelling_as_in_opencc_s(name: str, spelling: str) -> None:
    variants = traditional_variants(name)
    assert spelling in variants
    assert to_simplified(name) == name
    _VARIANTS_OF.clear()
    assert traditional_variants_of(["北京", name, "余额"]) == [
        traditional_variants("北京"),
        variants,
        traditional_variants("余额"),
    ]


def test_a_word_keeps_only_opencc_s_spellings_when_no_name_would_differ() -> None:
    assert traditional_variants("软件") == ("軟件",)  # not s2twp's 軟體: vocabulary, not script
    assert "于是" not in traditional_variants("于是")  # the name spelling of 于是 is itself: no variant
    assert traditional_variants("北京") == ()
    # 云 in names is mostly 雲 (CC-CEDICT: 劉雲山, 陳雲), which is written; 4 names keep 云, which is matched too.
    assert traditional_variants("马云") == ("馬雲", "馬云")


def _run(exe: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], input=stdin, capture_output=True, text=True, timeout=120, check=False)


def test_a_csv_of_simplified_names_is_glossed_and_checked_in_traditional_text(zhgloss_exe: str, tmp_path: Path) -> None:
    # A mainland desk's CSV: simplified forms only (no zh_hant derived for CSV rows).
    rows = tmp_path / "people.csv"
    rows.write_text("zh,en,type\n余承东,Richard Yu,person\n干宝,Gan Bao,person\n余华,Yu Hua,person\n", encoding="utf-8")
    db = tmp_path / "g.json"
    assert _run(zhgloss_exe, "import", str(rows), "--db", str(db)).returncode == 0
    before = db.read_bytes()
    annotated = _run(zhgloss_exe, "annotate", "-", "--db", str(db), stdin="余承東表示，干寶和余華都來了。\n")
    assert annotated.returncode == 0, annotated.stderr
    assert annotated.stdout == "余承東（Richard Yu）表示，干寶（Gan Bao）和余華（Yu Hua）都來了。\n"
    segments = "余承東表示。\tHe said.\n干寶寫書。\tGan Bao wrote.\n"
    checked = _run(zhgloss_exe, "check", "-", "--db", str(db), "--json", stdin=segments)
    assert checked.returncode == 1, checked.stderr
    problems = [(p["segment"], p["kind"], p["entry_id"]) for p in json.loads(checked.stdout)["problems"]]
    assert problems == [(1, "missing", "richard-yu")]  # "Gan Bao" is in segment 2: no problem
    assert db.read_bytes() == before


def test_add_writes_a_person_s_li_as_li(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    db.write_text("{}", encoding="utf-8")
    done = _run(zhgloss_exe, "add", "万里", "--en", "Wan Li", "--type", "person", "--db", str(db))
    assert done.returncode == 0, done.stderr
    found = _run(zhgloss_exe, "lookup", "萬里", "--db", str(db), "--json")
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout)[0]["matches"][0]["entry"]["zh_hant"] == "萬里"


def test_the_shipped_table_is_what_the_build_script_reads_from_cc_cedict(shared_dir: Path) -> None:
    from build_scripts import load_build_script

    module = load_build_script("build_name_characters")
    with gzip.open(shared_dir / "data" / "cedict_ts.u8.gz", "rt", encoding="utf-8") as fp:
        rows = module.rows(module.count(fp))
    assert {char: form for char, form, *_ in rows if form} == name_characters()
    shipped = (Path(__file__).resolve().parent.parent / "src/zhgloss/data/name_characters.tsv").read_text("utf-8")
    assert ["\t".join(map(str, row)) for row in rows] == [
        line for line in shipped.splitlines() if line and not line.startswith(("#", "char\t"))
    ]


def test_the_build_script_counts_names_not_words() -> None:
    from build_scripts import load_build_script

    module = load_build_script("build_name_characters")
    lines = [
        "萬里長城 万里长城 [Wan4 li3 Chang2 cheng2] /the Great Wall/\n",
        "亞里士多德 亚里士多德 [Ya4 li3 shi4 duo1 de2] /Aristotle (384-322 BC)/\n",
        "哈里 哈里 [Ha1 li3] /Harry (name)/\n",
        "裏面 里面 [li3 mian4] /inside/\n",  # a word: lower-case pinyin, not counted
        "這裡 这里 [zhe4 li3] /here/\n",
    ]
    counted = module.count(lines)
    assert counted["里"] == {"里": 3}
    assert module.rows(counted)[0][:4] == ("里", "里", 3, 3)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["余", "干", "于", "范", "王", "单于", ""]), st.text(alphabet=NAME_POOL + "承东宝华额是")
        )
        .map("".join)
        .filter(bool),
        min_size=1,
        max_size=8,
    )
)
def test_the_batch_gives_each_form_the_spellings_it_has_alone(forms: list[str]) -> None:
    _VARIANTS_OF.clear()
    assert traditional_variants_of(forms) == [traditional_variants(form) for form in forms]


def test_characters_some_names_keep_as_themselves_are_those_cc_cedict_names_keep() -> None:
    kept = characters_names_keep()
    assert {"斗", "杰", "采"} <= kept  # CC-CEDICT: 全斗煥 (Chun Doo-hwan), 李連杰 (Jet Li), 楊采妮 (Charlie Young)
    assert "里" not in kept  # its name form is 里 itself: written, not only matched
    assert "刘" not in kept  # 劉 only


@pytest.mark.parametrize(
    ("name", "spelling"),
    [
        (
            "周润发",
            "周潤發",
        ),  # CC-CEDICT: 周潤發 周润发 [Zhou1 Run4 fa1] /Chow Yun-Fat (1955-)/ (OpenCC's 润发: hair conditioner)
        ("王金发", "王金發"),  # zh.wikipedia 王金發 (1883–1915); OpenCC's 金发 "blond hair" writes 王金髮
        ("全斗焕", "全斗煥"),  # CC-CEDICT: 全斗煥 全斗焕 /Chun Doo Hwan (1931-), .../
        ("杨采妮", "楊采妮"),  # CC-CEDICT: 楊采妮 杨采妮 /Charlie Young (1974-), .../
        ("李连杰", "李連杰"),  # CC-CEDICT: 李連杰 李连杰 /Li Lianjie or Jet Li (1963-), .../
    ],
)
def test_a_name_is_matched_as_its_characters_read_alone_and_as_names_keep_them(name: str, spelling: str) -> None:
    assert spelling in traditional_variants(name)
    _VARIANTS_OF.clear()
    assert spelling in traditional_variants_of([name])[0]


def test_names_opencc_spells_as_words_are_glossed_in_traditional_text(zhgloss_exe: str, tmp_path: Path) -> None:
    rows = tmp_path / "people.csv"
    rows.write_text("zh,en,type\n王金发,Wang Jinfa,person\n全斗焕,Chun Doo-hwan,person\n", encoding="utf-8")
    db = tmp_path / "g.json"
    assert _run(zhgloss_exe, "import", str(rows), "--db", str(db)).returncode == 0
    annotated = _run(zhgloss_exe, "annotate", "-", "--db", str(db), stdin="王金發說，全斗煥來了。\n")
    assert annotated.stdout == "王金發（Wang Jinfa）說，全斗煥（Chun Doo-hwan）來了。\n", annotated.stderr


def test_a_text_with_a_line_break_gets_opencc_s_spellings_only() -> None:
    # No glossary form holds one; a library caller's text may: no name spelling, and no error.
    assert traditional_variants("余承东\n余额") == ("餘承東\n餘額",)
