"""A person's traditional name is written as people write it, not as OpenCC writes words (issue 9, item 4; U39).

Session 25's new-user tester (U39): `add 周润发 --type person` wrote 周潤髮 (OpenCC's word 润发 is "hair
conditioner"; Chow Yun-fat is 周潤發), and so did a TBX import and `harvest --add`; 王金发 became 王金髮 (金发
"blond"), 全斗焕 全鬥煥 (Chun Doo-hwan is 全斗煥), 杨采妮 楊採妮 (Charlie Young is 楊采妮). The rule lives in
convert.name_to_traditional: a given name is converted a character at a time (convert.name_rule), and the people
CC-CEDICT records keeping a character the rule converts (周杰倫's 杰) are written as it does (name_headwords.tsv).
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
    name_characters,
    name_headwords,
    name_rule,
    name_to_traditional,
    to_simplified,
    to_traditional,
)


@pytest.mark.parametrize(
    ("name", "traditional"),
    [
        ("周润发", "周潤發"),  # CC-CEDICT: 周潤發 周润发 [Zhou1 Run4 fa1] /Chow Yun-Fat (1955-), .../
        ("王金发", "王金發"),  # zh.wikipedia 王金發 (1883–1915), revolutionary; not in CC-CEDICT: the rule writes it
        ("李发", "李發"),  # any given name with 发: 發 in 31 of CC-CEDICT's 32 names
        ("张干", "張幹"),  # a given name's 干 alone is 幹 (OpenCC), as the names data has it
        ("张发奎", "張發奎"),  # zh.wikipedia 張發奎 (1896–1980), general: 发 alone, not OpenCC's word 发奎
        ("全斗焕", "全斗煥"),  # CC-CEDICT: 全斗煥 全斗焕 [Quan2 Dou4 huan4] /Chun Doo-hwan (1931-2021), .../
        ("杨采妮", "楊采妮"),  # CC-CEDICT: 楊采妮 杨采妮 [Yang2 Cai3 ni1] /Charlie Young (1974-), .../
        ("李连杰", "李連杰"),  # CC-CEDICT: 李連杰 李连杰 [Li3 Lian2 jie2] /Jet Li (1963-), .../
        ("周杰伦", "周杰倫"),  # CC-CEDICT: 周杰倫 周杰伦 [Zhou1 Jie2 lun2] /Jay Chou (1979-), .../
        ("潘岳", "潘岳"),  # CC-CEDICT: 潘岳 潘岳 [Pan1 Yue4] /Pan Yue (247-300), .../
        ("松赞干布", "松贊干布"),  # CC-CEDICT: 松贊干布 松赞干布 /Songtsen Gampo (604-650), .../
        ("万里", "萬里"),  # session 25's cases keep their form
        ("余承东", "余承東"),
        ("干宝", "干寶"),
    ],
)
def test_a_person_is_written_as_people_write_the_name(name: str, traditional: str) -> None:
    assert name_to_traditional(name) == traditional


def test_the_headwords_are_only_characters_a_person_keeps() -> None:
    table = name_headwords()
    assert table["李适"] == "李适"  # 适 alone is 適; the Tang emperor Dezong, Li Kuo, is 李适
    assert "李连杰" not in table  # OpenCC's dictionary lists Jet Li as 李連杰, and the rule keeps what it keeps
    assert name_rule("李连杰") == "李連杰"
    assert "周润发" not in table  # the rule writes 周潤發 itself
    assert "周杰伦" not in table  # OpenCC's phrase 杰倫 keeps 杰, and the rule keeps what a phrase keeps
    # Taken from a headword only where the rule writes another traditional form of a character the name keeps.
    for zh, hant in table.items():
        rule = name_rule(zh)
        assert rule != hant
        for simplified, kept, ruled in zip(zh, hant, rule, strict=True):
            assert kept == ruled or (kept == simplified and to_simplified(ruled) == simplified)


@settings(max_examples=150, deadline=None)
@given(
    surname=st.sampled_from(list("王李张刘陈杨黄赵周吴")),
    given_name=st.text(alphabet=st.sampled_from(list("发金润斗采杰岳干后里冲云国华伟东明强")), min_size=1, max_size=2),
)
def test_a_given_name_is_its_characters_converted_alone(surname: str, given_name: str) -> None:
    name = surname + given_name
    written = name_to_traditional(name)
    assert len(written) == len(name)
    assert to_simplified(written) == name  # it reads back
    if name not in name_headwords():
        # No OpenCC phrase writes another word across the given name's characters: each is what it is alone (or the
        # names' form), or itself where a phrase keeps it (杰 of 杰伦).
        for char, out in zip(given_name, written[1:], strict=True):
            assert out in (to_traditional(char), name_characters().get(char), char)


def test_a_word_outside_a_name_keeps_opencc_s_phrase() -> None:
    # The rule is for names: 金发 the word is still "blond hair", 润发 "hair conditioner".
    assert to_traditional("金发碧眼") == "金髮碧眼"
    assert to_traditional("润发露") == "潤髮露"


def _run(exe: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], input=stdin, capture_output=True, text=True, timeout=120, check=False)


def _hant(path: Path) -> dict[str, str]:
    entries = json.loads(path.read_text(encoding="utf-8"))["entries"].values()
    return {entry["zh"]: entry["zh_hant"] for entry in entries}


def test_add_writes_them_and_annotate_finds_the_name_as_written(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    db.write_text("{}", encoding="utf-8")
    for zh, en in [("周润发", "Chow Yun-fat"), ("王金发", "Wang Jinfa"), ("杨采妮", "Charlie Young")]:
        done = _run(zhgloss_exe, "add", zh, "--en", en, "--type", "person", "--adopted", "--db", str(db))
        assert done.returncode == 0, done.stderr
    assert _hant(db) == {"周润发": "周潤發", "王金发": "王金發", "杨采妮": "楊采妮"}
    annotated = _run(zhgloss_exe, "annotate", "-", "--db", str(db), stdin="周潤發和王金發說。\n")
    assert annotated.stdout == "周潤發（Chow Yun-fat）和王金發（Wang Jinfa）說。\n"
    assert _run(zhgloss_exe, "validate", "--db", str(db)).returncode == 0


TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en">
  <text><body>
    <termEntry id="t1">
      <langSet xml:lang="zh-CN"><tig><term>周润发</term></tig></langSet>
      <langSet xml:lang="en"><tig><term>Chow Yun-fat</term></tig></langSet>
    </termEntry>
    <termEntry id="t2">
      <langSet xml:lang="zh-CN"><tig><term>全斗焕</term></tig></langSet>
      <langSet xml:lang="en"><tig><term>Chun Doo-hwan</term></tig></langSet>
    </termEntry>
  </body></text>
</martif>
"""


def test_a_tbx_import_and_harvest_write_them_too(zhgloss_exe: str, tmp_path: Path) -> None:
    tbx = tmp_path / "people.tbx"
    tbx.write_text(TBX, encoding="utf-8")
    db = tmp_path / "t.json"
    imported = _run(zhgloss_exe, "import", str(tbx), "--db", str(db))
    assert imported.returncode == 0, imported.stderr
    assert _hant(db) == {"周润发": "周潤發", "全斗焕": "全斗煥"}
    copy = tmp_path / "copy.txt"
    copy.write_text("Hong Kong actor Chow Yun-fat (周润发) said.\nactor Wang Jinfa (王金发) said.\n", encoding="utf-8")
    harvested = tmp_path / "h.json"
    harvested.write_text("{}", encoding="utf-8")
    done = _run(zhgloss_exe, "harvest", str(copy), "--add", "--yes", "--db", str(harvested))
    assert done.returncode == 0, done.stderr
    assert _hant(harvested) == {"周润发": "周潤發", "王金发": "王金發"}


def test_the_shipped_table_is_what_the_build_script_reads_from_cc_cedict(shared_dir: Path) -> None:
    from build_scripts import load_build_script

    module = load_build_script("build_name_headwords")
    with gzip.open(shared_dir / "data" / "cedict_ts.u8.gz", "rt", encoding="utf-8") as fp:
        rows = module.rows(fp, module.persons())
    shipped = (Path(__file__).resolve().parent.parent / "src/zhgloss/data/name_headwords.tsv").read_text("utf-8")
    assert ["\t".join(row) for row in rows] == [
        line for line in shipped.splitlines() if line and not line.startswith(("#", "zh\t"))
    ]
    assert {zh: hant for zh, hant, _headword in rows} == name_headwords()


def test_the_build_keeps_a_kept_character_and_leaves_a_regional_form() -> None:
    from build_scripts import load_build_script

    module = load_build_script("build_name_headwords")
    lines = [
        "李适 李适 [Li3 Kuo4] /Li Kuo, personal name of tenth Tang emperor Dezong 德宗[De2 Zong1], (742-805)/\n",
        "李連杰 李连杰 [Li3 Lian2 jie2] /Jet Li (1963-), Chinese martial arts actor/\n",  # OpenCC lists him: kept
        "周杰倫 周杰伦 [Zhou1 Jie2 lun2] /Jay Chou (1979-), Taiwanese pop star/\n",  # the rule keeps 杰 already
        "狄仁傑 狄仁杰 [Di2 Ren2 jie2] /Di Renjie (607-700)/\n",  # converts what the rule keeps: left to the rule
        "劉劍峰 刘剑峰 [Liu2 Jian4 feng1] /Liu Jianfeng (1936-)/\n",  # 峰: Taiwan's form of Hong Kong's 峯
        "鐘楚紅 钟楚红 [Zhong1 Chu3 hong2] /Cherie Chung (1960-)/\n",  # another traditional character, not kept
        "傑倫 杰伦 [jie2 lun2] /a word/\n",  # not a person
    ]
    rows = module.rows(lines, frozenset({"李适", "李连杰", "周杰伦", "狄仁杰", "刘剑峰", "钟楚红", "杰伦"}))
    assert rows == [("李适", "李适", "李适")]


def test_a_surname_traditional_text_also_writes_otherwise_is_matched_both_ways() -> None:
    # surnames.tsv: 党 "traditional 党 (黨 is also written)"; the Jin calligrapher is 黨懷英 in Taiwan's sources.
    from zhgloss.convert import traditional_variants, traditional_variants_of
    from zhgloss.pinyin import surnames

    assert surnames()["党"].hant_also == ("黨",)
    assert surnames()["余"].hant_also == ()  # "traditional 余, not 餘": nothing else
    assert {"党懷英", "黨懷英"} <= set(traditional_variants("党怀英"))
    assert set(traditional_variants("余承东")) == {"餘承東", "余承東"}  # OpenCC's and the name's: no third
    assert traditional_variants_of(["党怀英"]) == [traditional_variants("党怀英")]


def test_u40_a_csv_name_with_such_a_surname_is_glossed_and_checked(zhgloss_exe: str, tmp_path: Path) -> None:
    rows = tmp_path / "d.csv"
    rows.write_text("zh-CN,en-US\n党怀英,Dang Huaiying\n", encoding="utf-8")
    db = tmp_path / "d.json"
    assert _run(zhgloss_exe, "import", str(rows), "--db", str(db)).returncode == 0
    annotated = _run(zhgloss_exe, "annotate", "-", "--db", str(db), stdin="書法家黨懷英說。\n")
    assert annotated.stdout == "書法家黨懷英（Dang Huaiying）說。\n"
    checked = _run(zhgloss_exe, "check", "-", "--db", str(db), "--json", stdin="黨懷英說。\tHe said.\n")
    assert checked.returncode == 1
    assert [p["kind"] for p in json.loads(checked.stdout)["problems"]] == ["missing"]
