"""A role's organisation written as an entry id (U34-5), and an English form that is tone-numbered pinyin (U34-7).

U34-5: `add 王小川 --role "CEO@xiaomi-grup:2023.."` (a typo of the id xiaomi-group) and `--role "CEO@nonexistent-org"`
were stored as literal organisation names in silence, validate 0 errors; `--role "founder@huawei:1987.."` before 华为
was added (id huawei) stayed "founder, huawei" for good. Now validate warns of an id that names no entry (with the
nearest id, where one is a letter or two away) and of a role written with an entry's id but not linked to it, and
`add` of an organisation links the roles that named it so. Ren Zhengfei founded Huawei in 1987; Lei Jun has been
Xiaomi's CEO since he founded it in 2010; Shen Wei (沈炜) is vivo's CEO (vivo writes its name in lower case).

U34-7: a Pleco flashcard export (`雷军<TAB>lei2jun1<TAB>Lei Jun, founder of Xiaomi`) read as source, target and comment
stored en "lei2jun1"; validate said nothing, check then demanded "lei2jun1". An English form that is pinyin with tone
numbers is now an error (`en-pinyin-numbers`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.model import Entry, Role
from zhgloss.validate import check_entry, validate_entries

runner = CliRunner()

XIAOMI = Entry(id="xiaomi-group", type="org", zh="小米集团", en="Xiaomi Group")
HUAWEI = Entry(id="huawei", type="org", zh="华为", en="Huawei")


def _person(zh: str, en: str, pinyin: str, role: Role) -> Entry:
    return Entry(id="p", type="person", zh=zh, en=en, pinyin=pinyin, roles=(role,))


def _said(entries: list[Entry], code: str) -> list[str]:
    return [p.message for p in validate_entries(entries) if p.code == code and p.entry_id == "p"]


def test_an_id_one_letter_off_is_said_with_the_nearest() -> None:
    lei = _person("雷军", "Lei Jun", "Léi Jūn", Role("CEO", "xiaomi-grup", None, "2010", None))
    [message] = _said([XIAOMI, lei], "org-id-unknown")
    assert "the id 'xiaomi-grup', which names no entry: did you mean 'xiaomi-group'?" in message
    assert "--role CEO@xiaomi-group:2010..)" in message


def test_an_id_of_no_entry_is_said() -> None:
    yu = _person("余承东", "Yu Chengdong", "Yú Chéngdōng", Role("CEO", "nonexistent-org"))
    [message] = _said([XIAOMI, yu], "org-id-unknown")
    assert message.endswith("add the organisation's entry with that id, or write its name")


def test_a_role_written_with_an_entrys_id_is_not_linked() -> None:
    ren = _person("任正非", "Ren Zhengfei", "Rén Zhèngfēi", Role("founder", "huawei", None, "1987", None))
    [message] = _said([HUAWEI, ren], "org-unlinked")
    assert "by the id of the entry 'huawei', not linked to it" in message


@pytest.mark.parametrize("org", ["vivo", "Huawei", "Xiaomi Group", "Alibaba Group"])
def test_a_name_is_no_question(org: str) -> None:
    shen = _person("沈炜", "Shen Wei", "Shěn Wěi", Role("CEO", org))
    assert _said([XIAOMI, shen], "org-id-unknown") == _said([XIAOMI, shen], "org-unlinked") == []


def test_adding_the_organisation_links_the_roles_that_named_it(tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    assert runner.invoke(app, ["init", "--empty", str(db)]).exit_code == 0
    args = [
        "--db",
        str(db),
        "add",
        "任正非",
        "--type",
        "person",
        "--en",
        "Ren Zhengfei",
        "--role",
        "founder@huawei:1987..",
    ]
    assert runner.invoke(app, args).exit_code == 0
    result = runner.invoke(app, ["--db", str(db), "add", "华为", "--type", "org", "--en", "Huawei"])
    assert result.exit_code == 0, result.output
    assert "linked to it: the roles of 'ren-zhengfei'" in result.stderr
    [ren] = [d for d in json.loads(db.read_text(encoding="utf-8"))["entries"].values() if d["id"] == "ren-zhengfei"]
    [role] = ren["roles"]
    assert (role["org"], role["org_id"]) == ("Huawei", "huawei")


@pytest.mark.parametrize(("en", "pinyin"), [("lei2jun1", "léijūn"), ("lei2 jun1", "léi jūn"), ("Lei2 Jun1", "léi jūn")])
def test_an_english_form_in_tone_numbered_pinyin_is_an_error(en: str, pinyin: str) -> None:
    [problem] = [p for p in check_entry(Entry(id="lei2jun1", type="phrase", zh="雷军", en=en)) if p.field == "en"]
    assert (problem.code, problem.severity) == ("en-pinyin-numbers", "error")
    assert f"--pinyin '{pinyin}'" in problem.message


def test_an_alias_in_tone_numbered_pinyin_is_an_error() -> None:
    entry = Entry(
        id="qiu-bojun", type="person", zh="求伯君", en="Qiu Bojun", pinyin="Qiú Bójūn", aliases=("qiu2bo2jun1",)
    )
    [code] = [p.code for p in check_entry(entry) if p.field == "aliases"]
    assert code == "en-pinyin-numbers"


@pytest.mark.parametrize("en", ["A4", "MP3", "Route 66", "Q5", "Lei Jun", "Xiaomi 14"])
def test_names_with_digits_are_no_pinyin(en: str) -> None:
    assert [p for p in check_entry(Entry(id="x", type="name", zh="某", en=en)) if p.code == "en-pinyin-numbers"] == []


@pytest.mark.parametrize(("zh", "en", "toneless"), [("雷军", "Léi Jūn", "Lei Jun"), ("马云", "Mǎ Yún", "Ma Yun")])
def test_an_english_form_in_tone_marked_pinyin_of_its_own_reading_is_an_error(zh: str, en: str, toneless: str) -> None:
    # Review R13: a headerless zh | tone-marked pinyin | English sheet stored the pinyin as en (rev34 tsvpy.tsv).
    [problem] = [p for p in check_entry(Entry(id="x", type="name", zh=zh, en=en)) if p.field == "en"]
    assert (problem.code, problem.severity) == ("en-pinyin-marks", "error")
    assert f"--en '{toneless}'" in problem.message


@pytest.mark.parametrize(
    ("zh", "en"),
    [("大阪", "Ōsaka"), ("马累", "Malé"), ("宝可梦", "Pokémon"), ("亚松森", "Asunción"), ("坎昆", "Cancún")],
)
def test_a_foreign_name_with_accents_is_no_pinyin(zh: str, en: str) -> None:
    # CC-CEDICT's own lines: 大阪 /Ōsaka, Japan/, 马累 /Malé/, 宝可梦 /Pokémon/, 亚松森 /Asunción/, 坎昆 /Cancún/.
    assert [p for p in check_entry(Entry(id="x", type="place", zh=zh, en=en)) if p.code.startswith("en-pinyin")] == []
