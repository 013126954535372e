"""The new-user tester's session-33 filings routed to val (U33-11, U33-12's cycle, U33-19, U32-22's validate half).

1. U33-11: 豊 (Japanese for 豐/丰) was kept in zh and read lǐ (豊田章男 "Lǐtián Zhāngnán"), so 丰田章男 was never found.
   豊 is a Big5 character, which data/japanese_forms.tsv left out; CC-CEDICT says
   `豊 豊 [feng1] /variant of 豐|丰[feng1]/`, and jp2t writes 豐 for it. The class: a Big5 character outside the
   通用规范汉字表 that CC-CEDICT calls a variant of jp2t's form (伝 傳, 証 證, 豊 豐); 芸 (yún, in the table) and
   国 stay Chinese.
2. U33-12: two entries whose refers_to point at each other (亚马逊 -> meizu, 魅族 -> amazon) validated clean.
3. U33-19: an English with a bracketed description got "say so with --adopted"; the fix is the bracket's (en-bracket).
4. U32-22 (tbl's request): a stored zh '雷军:小米' or '腾讯、阿里' is refused by import and now reported by validate.
"""

from __future__ import annotations

import importlib.util
import io
import json
from contextlib import redirect_stdout
from pathlib import Path

import pytest
from conftest import SHARED
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.convert import japanese_forms
from zhgloss.model import Entry, Role
from zhgloss.validate import check_entry, validate_entries

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent
CEDICT = SHARED / "data" / "cedict_ts.u8.gz"  # ../shared beside the checkout (conftest.SHARED)
UNIHAN = Path("/usr/share/unicode")


@pytest.mark.parametrize(("japanese", "forms"), [("豊", ("豐", "丰")), ("伝", ("傳", "传")), ("証", ("證", "证"))])
def test_a_big5_variant_of_jp2ts_form_is_a_japanese_form(japanese: str, forms: tuple[str, str]) -> None:
    assert japanese_forms()[japanese] == forms


@pytest.mark.parametrize("chinese", ["芸", "国", "体", "浜"])
def test_chinese_characters_of_their_own_stay(chinese: str) -> None:
    assert chinese not in japanese_forms()


def test_add_toyoda_is_stored_in_chinese_characters(tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    assert runner.invoke(app, ["init", "--empty", str(db)]).exit_code == 0
    result = runner.invoke(app, ["--db", str(db), "add", "豊田章男", "--en", "Akio Toyoda", "--type", "person"])
    assert result.exit_code == 0, result.output
    [doc] = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert (doc["zh"], doc["zh_hant"], doc["pinyin"]) == ("丰田章男", "豐田章男", "Fēngtián Zhāngnán")
    assert "豊田章男" in doc["zh_aliases"]


@pytest.mark.skipif(not (CEDICT.exists() and any(UNIHAN.glob("Unihan_*.txt.bz2"))), reason="no CC-CEDICT or Unihan")
def test_the_table_is_what_the_script_builds() -> None:
    spec = importlib.util.spec_from_file_location("build", ROOT / "scripts" / "build_japanese_forms.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = io.StringIO()
    with redirect_stdout(out):
        module.main(str(UNIHAN), str(CEDICT))
    assert out.getvalue() == (ROOT / "src" / "zhgloss" / "data" / "japanese_forms.tsv").read_text(encoding="utf-8")


def test_a_refers_to_cycle_is_an_error() -> None:
    entries = [
        Entry(id="amazon", type="org", zh="亚马逊", en="Amazon", refers_to="meizu"),
        Entry(id="meizu", type="org", zh="魅族", en="Meizu", refers_to="amazon"),
        Entry(id="leibusi", type="nickname", zh="雷布斯", en="Leibusi", refers_to="lei-jun"),
        Entry(id="lei-jun", type="person", zh="雷军", en="Lei Jun", pinyin="Léi Jūn"),
    ]
    cycles = [(p.entry_id, p.severity) for p in validate_entries(entries) if p.code == "refers-to-cycle"]
    assert cycles == [("amazon", "error"), ("meizu", "error")]


def test_a_bracketed_description_is_told_to_go_not_to_be_adopted() -> None:
    entry = Entry(id="huang-zhang", type="person", zh="黄章", en="Huang Zhang (Meizu founder)", pinyin="Huáng Zhāng")
    problems = [(p.code, p.message) for p in check_entry(entry) if p.field == "en"]
    assert [code for code, _ in problems] == ["en-bracket"]
    assert "--adopted" not in problems[0][1]
    adopted = Entry(id="h", type="person", zh="黄章", en="Huang Zhang (Meizu founder)", en_adopted=True)
    assert [p.code for p in check_entry(adopted) if p.field == "en"] == ["en-bracket"]


@pytest.mark.parametrize(
    ("zh", "en", "kind", "said"),
    [
        ("雷军:小米", "Lei Jun", "name", True),
        ("腾讯、阿里", "Tencent", "name", True),
        ("星球大战：新希望", "Star Wars: A New Hope", "work", False),  # a title's colon, the English has one too
        ("中、日、韩", "China, Japan and Korea", "name", False),  # a list the English lists too
    ],
)
def test_punctuation_between_two_chinese_names_is_reported(zh: str, en: str, kind: str, said: bool) -> None:
    codes = [p.code for p in check_entry(Entry(id="x", type=kind, zh=zh, en=en))]
    assert ("zh-punctuation" in codes) is said


@pytest.mark.parametrize("ended", ["retired as CEO", "stepped down as CEO", "resigned as CEO"])
def test_a_role_that_says_its_tenure_ended_ends_the_open_one(ended: str) -> None:
    # U33-19's second item (dmg6.json): Chen Nian's open "CEO, VANCL (since 2007)" beside "retired as CEO (2020)".
    roles = (Role("CEO", "VANCL", "vancl", "2007", None), Role(ended, "VANCL", "vancl", "2020", "2020"))
    entry = Entry(id="chen-nian", type="person", zh="陈年", en="Chen Nian", pinyin="Chén Nián", roles=roles)
    opened = [p.message for p in check_entry(entry) if p.code == "role-open"]
    assert len(opened) == 1, opened
    assert "ended on 2020" in opened[0]


def test_a_role_of_another_kind_that_ended_leaves_it_open() -> None:
    roles = (Role("CEO", "VANCL", "vancl", "2007", None), Role("retired as chairman", "VANCL", "vancl", "2020", "2020"))
    entry = Entry(id="chen-nian", type="person", zh="陈年", en="Chen Nian", pinyin="Chén Nián", roles=roles)
    assert [p.code for p in check_entry(entry) if p.code == "role-open"] == []


@pytest.mark.parametrize(("zh", "pinyin"), [("乾隆", "Qián Lóng")])
def test_a_reign_name_cc_cedict_glosses_by_its_reading_is_no_transliteration(
    zh: str, pinyin: str, tmp_path: Path
) -> None:
    # U33-12: `add 乾隆 --en Qianlong` warned "the pinyin of a transliterated name, a placeholder". CC-CEDICT:
    # `乾隆 乾隆 [Qian2 long2] /Qianlong Emperor (1711-1799), sixth Qing emperor, .../`: its English is its reading, so
    # scripts/build_name_readings.py no longer lists it among the foreign names (it was the only such line).
    from zhgloss.pinyin import romanize

    assert (romanize(zh).origin, romanize(zh).pinyin) == ("chinese", pinyin)
    db = tmp_path / "g.json"
    assert runner.invoke(app, ["init", "--empty", str(db)]).exit_code == 0
    result = runner.invoke(app, ["--db", str(db), "add", zh, "--en", "Qianlong", "--type", "person"])
    assert result.exit_code == 0, result.output
    assert "warning" not in result.stderr
