"""The romanize, add, edit, remove and validate commands, through CliRunner and the installed script."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.cli import curate as curate_cli
from zhgloss.model import Entry
from zhgloss.store import Glossary

SAMPLE = [
    Entry(id="lei-jun", zh="雷军", zh_hant="雷軍", pinyin="Léi Jūn", en="Lei Jun"),
    Entry(
        id="kingsoft",
        type="org",
        zh="金山软件",
        zh_hant="金山軟件",
        pinyin="Jīnshān Ruǎnjiàn",
        en="Kingsoft",
        en_adopted=True,
        zh_aliases=("金山",),
    ),
    Entry(
        id="leibusi",
        type="nickname",
        zh="雷布斯",
        zh_hant="雷布斯",
        pinyin="Léi Bùsī",
        en="Leibusi",
        refers_to="lei-jun",
    ),
]


@pytest.fixture
def small(tmp_path: Path) -> Path:
    path = tmp_path / "names.json"
    with Glossary(path) as gloss:
        gloss.add_all(SAMPLE)
    return path


def entries(path: Path) -> dict[str, Entry]:
    with Glossary.open(path) as gloss:
        return {e.id: e for e in gloss.iter_entries()}


def editor(tmp_path: Path, text: str) -> str:
    """Write a fake $EDITOR that replaces the file it is given with `text`."""
    replacement = tmp_path / "replacement.json"
    replacement.write_text(text, encoding="utf-8")
    script = tmp_path / "fake-editor"
    script.write_text(f'#!/bin/sh\ncat "{replacement}" > "$1"\n', encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script)


# romanize -----------------------------------------------------------------------------


def test_romanize_writes_names_one_per_line(runner: CliRunner) -> None:
    result = runner.invoke(app, ["romanize", "曾国藩", "欧阳修", "单雄信", "解缙", "王海鸥"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "Zēng Guófān\nŌuyáng Xiū\nShàn Xióngxìn\nXiè Jìn\nWáng Hǎi'ōu\n"
    assert "note: 曾国藩: 曾: as a surname never céng" in result.stderr


def test_romanize_options(runner: CliRunner) -> None:
    result = runner.invoke(app, ["romanize", "诸葛亮", "--order", "western", "--no-tones"])
    assert result.stdout == "Liang Zhuge\n"
    result = runner.invoke(app, ["romanize", "吕布", "--numbers"])
    assert result.stdout == "lv3 bu4\n"
    assert "'Lyu Bu' or 'Lu Bu'" in result.stderr
    result = runner.invoke(app, ["romanize", "东方明", "--surname", "东"])
    assert result.stdout == "Dōng Fāngmíng\n"


def test_romanize_json(runner: CliRunner) -> None:
    result = runner.invoke(app, ["romanize", "吕布", "--json"])
    assert result.exit_code == 0
    (data,) = json.loads(result.stdout)
    assert (data["pinyin"], data["en"], data["en_variants"]) == ("Lǚ Bù", "Lü Bu", ["Lyu Bu", "Lu Bu"])


def test_romanize_reports_other_readings_in_names_in_text_and_json(runner: CliRunner) -> None:
    result = runner.invoke(app, ["romanize", "张朝阳"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "Zhāng Zhāoyáng\n"
    assert "note: 张朝阳: 朝 is also read Cháo (Zhāng Cháoyáng) in names" in result.stderr
    (data,) = json.loads(runner.invoke(app, ["romanize", "张朝阳", "--json"]).stdout)
    assert data["source"] == "rules"
    assert data["alternatives"] == [
        {
            "char": "朝",
            "position": 1,
            "part": "given",
            "reading": "zhāo",
            "others": [{"reading": "cháo", "pinyin": "Zhāng Cháoyáng"}],
        }
    ]


def test_romanize_writes_a_double_surname_with_a_hyphen(runner: CliRunner) -> None:
    result = runner.invoke(app, ["romanize", "刘杨帆", "--surname", "刘杨"])
    assert result.stdout == "Liú-Yáng Fān\n"
    result = runner.invoke(app, ["romanize", "刘杨帆", "--surname", "刘杨", "--order", "western", "--no-tones"])
    assert result.stdout == "Fan Liu-Yang\n"


def test_romanize_reads_the_glossarys_own_entry_first(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "names.json"
    with Glossary.open(path, must_exist=False) as gloss:
        gloss.add(Entry(id="charles-zhang", zh="张朝阳", pinyin="Zhāng Cháoyáng", en="Charles Zhang", en_adopted=True))
    result = runner.invoke(app, ["romanize", "张朝阳", "--db", str(path), "--json"])
    assert result.exit_code == 0, result.output
    (data,) = json.loads(result.stdout)
    assert (data["pinyin"], data["source"], data["alternatives"]) == ("Zhāng Cháoyáng", "glossary", [])


def test_romanize_reads_stdin(runner: CliRunner) -> None:
    result = runner.invoke(app, ["romanize", "-"], input="曾国藩\n\n區志航\n")
    assert result.stdout == "Zēng Guófān\n\nŌu Zhìháng\n"  # a blank line stays: output lines up with input


def test_romanize_non_chinese_is_a_usage_error_and_others_still_print(runner: CliRunner) -> None:
    result = runner.invoke(app, ["romanize", "Lei Jun", "雷军"])
    assert result.exit_code == 2
    assert result.stdout == "\nLéi Jūn\n"  # the failed name keeps its (empty) line
    assert "Error: 'Lei Jun': is not a Chinese name" in result.stderr
    assert "Traceback" not in result.output


def test_romanize_bad_order_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["romanize", "雷军", "--order", "sideways"])
    assert result.exit_code == 2


# add ----------------------------------------------------------------------------------


def test_add_fills_traditional_pinyin_english_and_id(runner: CliRunner, small: Path) -> None:
    result = runner.invoke(app, ["add", "曾国藩", "--type", "person", "--db", str(small), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["id"], data["zh_hant"], data["pinyin"], data["en"]) == (
        "zeng-guofan",
        "曾國藩",
        "Zēng Guófān",
        "Zeng Guofan",
    )
    assert entries(small)["zeng-guofan"].pinyin == "Zēng Guófān"
    assert "added 'zeng-guofan'" in result.stderr


def test_add_issue_example(runner: CliRunner, small: Path) -> None:
    result = runner.invoke(app, ["add", "卢伟冰", "--type", "person", "--en", "Lu Weibing", "--db", str(small)])
    assert result.exit_code == 0, result.output
    entry = entries(small)["lu-weibing"]
    assert (entry.zh_hant, entry.pinyin, entry.en) == ("盧偉冰", "Lú Wěibīng", "Lu Weibing")
    assert result.stdout.startswith("卢伟冰 Lu Weibing")


def test_add_with_every_flag(runner: CliRunner, small: Path) -> None:
    args = [
        "add",
        "雷总",
        "--type",
        "nickname",
        "--en",
        "Mr. Lei",
        "--alias",
        "Boss Lei",
        "--zh-alias",
        "雷總裁",
        "--refers-to",
        "lei-jun",
        "--adopted",
        "--note",
        "what staff call him",
        "--source",
        "article:003",
        "--role",
        "CEO@kingsoft:1998..2007",
        "--role",
        "founder@Joyo.com:2000..",
        "--db",
        str(small),
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    entry = entries(small)["mr-lei"]
    assert entry.aliases == ("Boss Lei",)
    assert entry.zh_aliases == ("雷总裁", "雷總裁")  # the simplified form beside the typed one (U30-24)
    assert (entry.refers_to, entry.en_adopted, entry.note, entry.sources) == (
        "lei-jun",
        True,
        "what staff call him",
        ("article:003",),
    )
    ceo, founder = entry.roles
    assert (ceo.title, ceo.org, ceo.org_id, ceo.start, ceo.end) == ("CEO", "Kingsoft", "kingsoft", "1998", "2007")
    assert (founder.org, founder.org_id, founder.start, founder.end) == ("Joyo.com", None, "2000", None)


def test_add_traditional_input_keeps_it_as_zh_hant(runner: CliRunner, small: Path) -> None:
    result = runner.invoke(app, ["add", "呂布", "--db", str(small)])
    assert result.exit_code == 0, result.output
    entry = entries(small)["lu-bu"]
    assert (entry.zh, entry.zh_hant, entry.pinyin, entry.en, entry.aliases) == (
        "吕布",
        "呂布",
        "Lǚ Bù",
        "Lü Bu",
        ("Lyu Bu",),
    )


def test_add_makes_the_id_unique(runner: CliRunner, small: Path) -> None:
    result = runner.invoke(app, ["add", "雷俊", "--en", "Lei Jun", "--db", str(small)])
    assert result.exit_code == 0, result.output
    assert "lei-jun-2" in entries(small)


def test_add_duplicate_is_refused_in_one_line_naming_the_entry(runner: CliRunner, small: Path) -> None:
    before = small.read_bytes()
    result = runner.invoke(app, ["add", "雷軍", "--db", str(small)])
    assert result.exit_code == 2
    # The edit names the glossary the run used (U38-26); a namesake's way is said beside it (U38-3).
    assert result.stderr == (
        "Error: '雷軍' is already in the glossary as entry 'lei-jun' (雷军 Lei Jun); "
        f"use 'zhgloss --db {small} edit lei-jun' to change it; if this is another one of the same name (a "
        "namesake), run add again with --namesake to name them in the note of 'lei-jun' (one Chinese form names "
        "one entry)\n"
    )
    assert result.stdout == ""
    assert small.read_bytes() == before


def test_add_alias_of_another_entry_is_a_duplicate(runner: CliRunner, small: Path) -> None:
    result = runner.invoke(app, ["add", "金山", "--type", "place", "--db", str(small)])
    assert result.exit_code == 2
    assert "entry 'kingsoft'" in result.stderr


def test_add_org_needs_english(runner: CliRunner, small: Path) -> None:
    result = runner.invoke(app, ["add", "金山云", "--type", "org", "--db", str(small)])
    assert result.exit_code == 2
    assert (
        result.stderr
        == "Error: give the English form with --en: an entry of type 'org' has an English name of its own; "
        "only people's and places' English forms are made from the pinyin\n"
    )


@pytest.mark.parametrize(
    ("zh", "spelling", "expected"),
    [
        ("卢伟冰", "Person", ("person", "Lu Weibing", "Lú Wěibīng")),
        ("卢伟冰", "PERSON", ("person", "Lu Weibing", "Lú Wěibīng")),
        ("深圳", "Place", ("place", "Shenzhen", "Shēnzhèn")),
    ],
)
def test_add_type_is_read_in_any_spelling(
    runner: CliRunner, small: Path, zh: str, spelling: str, expected: tuple[str, str, str]
) -> None:
    # A person's or place's English form is made from the pinyin whatever the case of --type.
    result = runner.invoke(app, ["add", zh, "--type", spelling, "--db", str(small), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["type"], data["en"], data["pinyin"]) == expected


def test_add_type_organisation_is_org(runner: CliRunner, small: Path) -> None:
    result = runner.invoke(
        app, ["add", "金山云", "--type", "Organisation", "--en", "Kingsoft Cloud", "--db", str(small), "--json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["type"] == "org"
    assert entries(small)["kingsoft-cloud"].type == "org"


def test_edit_type_person_in_capitals_refills_a_name_pinyin(runner: CliRunner, small: Path) -> None:
    result = runner.invoke(
        app, ["edit", "lei-jun", "--zh", "于军", "--type", "Person", "--en", "Yu Jun", "--db", str(small)]
    )
    assert result.exit_code == 0, result.output
    entry = entries(small)["lei-jun"]
    assert (entry.type, entry.pinyin, entry.zh_hant) == ("person", "Yú Jūn", "于軍")


def test_add_org_pinyin_is_word_aware(runner: CliRunner, small: Path) -> None:
    result = runner.invoke(app, ["add", "香港交易所", "--type", "org", "--en", "HKEX", "--db", str(small)])
    assert result.exit_code == 0, result.output
    assert entries(small)["hkex"].pinyin == "Xiānggǎng Jiāoyìsuǒ"


def test_add_non_chinese_person_is_a_usage_error(runner: CliRunner, small: Path) -> None:
    # A name with a Latin letter (雷J, like 阿Q) is taken with --en (tests/test_add_latin_names.py), not without.
    result = runner.invoke(app, ["add", "雷J", "--db", str(small)])
    assert result.exit_code == 2
    assert "a name written with Latin letters has no English by rule (give --en)" in result.stderr


def test_add_with_lint_errors_needs_force(runner: CliRunner, small: Path) -> None:
    args = ["add", "曾国荃", "--pinyin", "Céng Guóquán", "--db", str(small)]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "error: pinyin: 'Céng Guóquán' does not fit 曾国荃" in result.stderr
    assert "zeng-guoquan" not in entries(small)
    result = runner.invoke(app, [*args, "--force"])
    assert result.exit_code == 0, result.output
    assert entries(small)["zeng-guoquan"].pinyin == "Céng Guóquán"


def test_add_dangling_refers_to_is_refused(runner: CliRunner, small: Path) -> None:
    result = runner.invoke(
        app, ["add", "雷总", "--type", "nickname", "--en", "Mr. Lei", "--refers-to", "nobody", "--db", str(small)]
    )
    assert result.exit_code == 2
    assert "'nobody' is no entry's id or name" in result.stderr


def test_add_bad_role_is_a_usage_error(runner: CliRunner, small: Path) -> None:
    result = runner.invoke(app, ["add", "曾国藩", "--role", "@kingsoft", "--db", str(small)])
    assert result.exit_code == 2
    assert "has no title" in result.stderr
    result = runner.invoke(app, ["add", "曾国藩", "--role", "CEO:19..2007", "--db", str(small)])
    assert result.exit_code == 2


@pytest.mark.parametrize("role", ["co-founder@@xiaomi", "CEO@Kingsoft@Xiaomi:2010..", "chair@xiaomi@"])
def test_a_role_with_two_ats_is_refused(small: Path, zhgloss_exe: str, role: str) -> None:
    # User test: "co-founder@@xiaomi" was stored with the organisation "@xiaomi" (refused: the file is untouched).
    said = refused(zhgloss_exe, small, "add", "黎万强", "--type", "person", "--en", "Li Wanqiang", "--role", role)
    assert said.count("\n") == 1 and f"{role!r} has more than one '@'; write TITLE[@ORG][:FROM..TO]" in said, said


def test_add_to_the_bundled_glossary_gives_the_init_hint(runner: CliRunner, bundled: Path) -> None:
    before = bundled.read_bytes()
    result = runner.invoke(app, ["add", "曾国藩", "--db", str(bundled)])
    assert result.exit_code == 2
    assert "zhgloss init" in result.stderr
    assert bundled.read_bytes() == before


def test_add_prompts_on_a_terminal(runner: CliRunner, small: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(curate_cli, "is_terminal", lambda: True)
    # type, English, pinyin, traditional: keep; aliases: one; a role then done; note; confirm.
    answers = "\n\n\n\nZeng Di-sheng\nGovernor@Liangjiang:1860..1864\n\nHunan Army\ny\n"
    result = runner.invoke(app, ["add", "曾国藩", "--db", str(small)], input=answers)
    assert result.exit_code == 0, result.output
    entry = entries(small)["zeng-guofan"]
    assert entry.aliases == ("Zeng Di-sheng",)
    assert entry.roles[0].org == "Liangjiang"
    assert entry.note == "Hunan Army"


def test_add_prompt_asks_again_for_an_english_of_punctuation_alone(
    runner: CliRunner, small: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'-' clears an optional field; typed for the English (which must stay) it is asked again at once."""
    monkeypatch.setattr(curate_cli, "is_terminal", lambda: True)
    # type: org (its English is asked with nothing offered); English: '-', then '?', then the name; the rest kept.
    answers = "org\n-\n?\nShenzhen Power\n\n\n\n\n\ny\n"
    result = runner.invoke(app, ["add", "深圳电力", "--db", str(small)], input=answers)
    assert result.exit_code == 0, result.output
    assert result.stderr.count("is needed: type it") == 2
    assert entries(small)["shenzhen-power"].en == "Shenzhen Power"


def test_add_prompt_declined_writes_nothing(runner: CliRunner, small: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(curate_cli, "is_terminal", lambda: True)
    before = small.read_bytes()
    result = runner.invoke(app, ["add", "曾国藩", "--db", str(small)], input="\n\n\n\n\n\n\nn\n")
    assert result.exit_code == 1
    assert small.read_bytes() == before


# edit ---------------------------------------------------------------------------------


def test_edit_with_flags(runner: CliRunner, small: Path) -> None:
    result = runner.invoke(
        app,
        [
            "edit",
            "lei-jun",
            "--alias",
            "LEI Jun",
            "--note",
            "Xiaomi founder",
            "--role",
            "chair@kingsoft",
            "--db",
            str(small),
        ],
    )
    assert result.exit_code == 0, result.output
    entry = entries(small)["lei-jun"]
    assert (entry.aliases, entry.note, entry.roles[0].org_id) == (("LEI Jun",), "Xiaomi founder", "kingsoft")
    result = runner.invoke(app, ["edit", "lei-jun", "--remove-alias", "LEI Jun", "--note", "", "--db", str(small)])
    assert result.exit_code == 0, result.output
    entry = entries(small)["lei-jun"]
    assert (entry.aliases, entry.note) == ((), None)


def test_edit_new_chinese_refills_traditional_and_pinyin(runner: CliRunner, small: Path) -> None:
    result = runner.invoke(app, ["edit", "lei-jun", "--zh", "雷俊", "--force", "--db", str(small)])
    assert result.exit_code == 0, result.output
    entry = entries(small)["lei-jun"]
    assert (entry.zh, entry.zh_hant, entry.pinyin) == ("雷俊", "雷俊", "Léi Jùn")


def test_edit_rename(runner: CliRunner, small: Path) -> None:
    result = runner.invoke(app, ["edit", "kingsoft", "--id", "kingsoft-corp", "--db", str(small)])
    assert result.exit_code == 0, result.output
    assert "kingsoft-corp" in entries(small)
    assert "kingsoft" not in entries(small)


def test_edit_rename_repoints_nicknames_and_roles(runner: CliRunner, small: Path) -> None:
    result = runner.invoke(app, ["edit", "lei-jun", "--role", "chair@kingsoft:2008..2018", "--db", str(small)])
    assert result.exit_code == 0, result.output
    assert entries(small)["lei-jun"].roles[0].org_id == "kingsoft"

    result = runner.invoke(app, ["edit", "lei-jun", "--id", "leijun", "--db", str(small)])
    assert result.exit_code == 0, result.output
    assert "updated 1 entry that pointed at 'lei-jun' to point at 'leijun': leibusi\n" in result.stderr
    result = runner.invoke(app, ["edit", "kingsoft", "--id", "kingsoft-corp", "--db", str(small)])
    assert result.exit_code == 0, result.output
    assert "updated 1 entry that pointed at 'kingsoft' to point at 'kingsoft-corp': leijun\n" in result.stderr

    after = entries(small)
    assert sorted(after) == ["kingsoft-corp", "leibusi", "leijun"]
    assert after["leibusi"].refers_to == "leijun"
    assert (after["leijun"].roles[0].org, after["leijun"].roles[0].org_id) == ("Kingsoft", "kingsoft-corp")
    result = runner.invoke(app, ["validate", str(small)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""


def test_edit_rename_in_the_editor_repoints_references(
    runner: CliRunner, small: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = entries(small)["lei-jun"].to_dict()
    data["id"] = "leijun"
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", editor(tmp_path, json.dumps(data, ensure_ascii=False)))
    result = runner.invoke(app, ["edit", "lei-jun", "--db", str(small)])
    assert result.exit_code == 0, result.output
    assert entries(small)["leibusi"].refers_to == "leijun"


def test_edit_rename_lints_the_repointed_entries(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "names.json"
    wrong = Entry(id="leibusi", type="nickname", zh="雷布斯", pinyin="Xiǎo Bùsī", en="Leibusi", refers_to="lei-jun")
    with Glossary(path) as gloss:
        gloss.add_all([SAMPLE[0], wrong])
    before = path.read_bytes()
    result = runner.invoke(app, ["edit", "lei-jun", "--id", "leijun", "--db", str(path)])
    assert result.exit_code == 2, result.output
    assert "leibusi: error: pinyin:" in result.stderr
    assert result.stderr.endswith(
        "Error: not saved: the entry has the errors above (fix them, or pass --force to save anyway)\n"
    )
    assert path.read_bytes() == before
    result = runner.invoke(app, ["edit", "lei-jun", "--id", "leijun", "--force", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert entries(path)["leibusi"].refers_to == "leijun"


def test_edit_rename_to_a_taken_id_is_refused(runner: CliRunner, small: Path) -> None:
    before = small.read_bytes()
    result = runner.invoke(app, ["edit", "lei-jun", "--id", "kingsoft", "--db", str(small)])
    assert result.exit_code == 2
    assert result.stderr == "Error: 'kingsoft' is already in the glossary as entry 'kingsoft'\n"
    assert small.read_bytes() == before


def test_edit_removing_a_missing_alias_is_a_usage_error(runner: CliRunner, small: Path) -> None:
    before = small.read_bytes()
    result = runner.invoke(app, ["edit", "lei-jun", "--remove-alias", "Nobody", "--db", str(small)])
    assert result.exit_code == 2
    assert result.stderr == "Error: entry 'lei-jun' has no alias 'Nobody'\n"
    assert small.read_bytes() == before


def test_edit_unknown_id(runner: CliRunner, small: Path) -> None:
    result = runner.invoke(app, ["edit", "nobody", "--note", "x", "--db", str(small)])
    assert result.exit_code == 1
    assert result.stderr == "Error: no entry id matches 'nobody'\n"


def test_edit_in_editor_saves_a_valid_entry(
    runner: CliRunner, small: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = entries(small)["lei-jun"].to_dict()
    data["aliases"] = ["LEI Jun"]
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", editor(tmp_path, json.dumps(data, ensure_ascii=False)))
    result = runner.invoke(app, ["edit", "lei-jun", "--db", str(small)])
    assert result.exit_code == 0, result.output
    assert entries(small)["lei-jun"].aliases == ("LEI Jun",)


def test_edit_in_editor_bad_json_leaves_the_glossary_and_keeps_the_text(
    runner: CliRunner, small: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = small.read_bytes()
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", editor(tmp_path, '{"id": "lei-jun", "en": '))
    result = runner.invoke(app, ["edit", "lei-jun", "--db", str(small)])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: the edited entry is not valid JSON: Expecting value at line 1")
    kept = Path(result.stderr.rstrip().rsplit(" ", 1)[-1])
    assert kept.read_text(encoding="utf-8") == '{"id": "lei-jun", "en": '
    kept.unlink()
    assert small.read_bytes() == before


def test_edit_in_editor_invalid_entry_is_refused(
    runner: CliRunner, small: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = small.read_bytes()
    data = entries(small)["lei-jun"].to_dict()
    data["roles"] = [{"title": "CEO", "from": "next year"}]
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", editor(tmp_path, json.dumps(data)))
    result = runner.invoke(app, ["edit", "lei-jun", "--db", str(small)])
    assert result.exit_code == 2
    assert "roles.from: 'next year' is not a date" in result.stderr
    assert "Traceback" not in result.output
    assert small.read_bytes() == before


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"drop": "en"}, "entry 'lei-jun': en: is required"),
        # Named, with the id to give it, since session 34 (U34-19: an entry pasted in by hand without one).
        ({"drop": "id"}, "id: is required (the entry 雷军 'Lei Jun': give it an id, such as \"lei-jun\")"),
        ({"add": "nickname"}, "entry 'lei-jun': nickname: is not a field of an entry"),
        ({"add": "roles", "value": ["CEO"]}, "entry 'lei-jun': roles: each role must be an object with a title"),
    ],
)
def test_edit_in_editor_bad_entry_is_one_clear_line(
    runner: CliRunner,
    small: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    change: dict[str, object],
    message: str,
) -> None:
    before = small.read_bytes()
    data = entries(small)["lei-jun"].to_dict()
    if "drop" in change:
        del data[str(change["drop"])]
    else:
        data[str(change["add"])] = change.get("value", "Leibusi")
    text = json.dumps(data, ensure_ascii=False)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", editor(tmp_path, text))
    result = runner.invoke(app, ["edit", "lei-jun", "--db", str(small)])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"Error: {message}; nothing saved, your text is in "), result.stderr
    assert result.stderr.count("\n") == 1
    assert "__init__" not in result.stderr
    assert "positional argument" not in result.stderr
    kept = Path(result.stderr.rstrip().rsplit(" ", 1)[-1])
    assert kept.read_text(encoding="utf-8") == text
    kept.unlink()
    assert small.read_bytes() == before


def test_edit_in_editor_unchanged(
    runner: CliRunner, small: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = json.dumps(entries(small)["lei-jun"].to_dict(), ensure_ascii=False, sort_keys=True, indent=2)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", editor(tmp_path, data))
    result = runner.invoke(app, ["edit", "lei-jun", "--db", str(small)])
    assert result.exit_code == 0
    assert result.stderr == "no changes to 'lei-jun'\n"


def meddling_editor(tmp_path: Path, exe: str, db: Path, meddle: list[str], text: str) -> str:
    """Write a fake $EDITOR that first changes the glossary through another zhgloss, then saves `text`."""
    replacement = tmp_path / "replacement.json"
    replacement.write_text(text, encoding="utf-8")
    script = tmp_path / "meddling-editor"
    command = " ".join(f"'{arg}'" for arg in [exe, *meddle, "--db", str(db)])
    script.write_text(f'#!/bin/sh\n{command} >/dev/null 2>&1 || exit 9\ncat "{replacement}" > "$1"\n', encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script)


@pytest.mark.parametrize(
    ("meddle", "what"),
    [
        # (Was the alias "Lei Jun (Xiaomi)", a bracketed note that validate refuses since session 33: the meddling
        # edit must be one that is saved.)
        (["edit", "lei-jun", "--alias", "LEI Jun"], "changed by someone else"),
        (["remove", "lei-jun", "--yes", "--force"], "removed"),  # --force: leibusi refers to it (U33-18)
    ],
)
def test_edit_in_editor_refuses_if_the_entry_changed_meanwhile(
    runner: CliRunner,
    small: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    zhgloss_exe: str,
    meddle: list[str],
    what: str,
) -> None:
    data = entries(small)["lei-jun"].to_dict()
    data["note"] = "founder of Xiaomi"
    text = json.dumps(data, ensure_ascii=False)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", meddling_editor(tmp_path, zhgloss_exe, small, meddle, text))
    result = runner.invoke(app, ["edit", "lei-jun", "--db", str(small)])
    assert result.exit_code == 1, result.output
    prefix = (
        f"Error: entry 'lei-jun' was {what} while you were editing it; nothing saved: "
        f"run 'zhgloss --db {small} edit lei-jun' again, your text is in "
    )
    assert result.stderr.startswith(prefix), result.stderr
    assert result.stderr.count("\n") == 1
    kept = Path(result.stderr.rstrip().removeprefix(prefix))
    assert kept.read_text(encoding="utf-8") == text
    kept.unlink()
    # The other change is kept, and the edit made on the old entry is not written over it.
    after = entries(small)
    if what == "removed":
        assert "lei-jun" not in after
    else:
        assert (after["lei-jun"].aliases, after["lei-jun"].note) == (("LEI Jun",), None)


def test_edit_with_flags_applies_them_under_the_lock(
    runner: CliRunner, small: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Flags are applied to the entry as read while the glossary is locked, so no other write can
    # come between reading it and saving it. Another process checks the lock mid-edit.
    from zhgloss import curate

    probe = (
        "import sys\nfrom filelock import FileLock, Timeout\n"
        "try:\n    FileLock(sys.argv[1], timeout=0).acquire()\nexcept Timeout:\n    print('held')\n"
        "else:\n    print('free')\n"
    )
    seen: list[str] = []
    real = curate.edit_entry

    def probing_edit_entry(*args: object, **kwargs: object) -> Entry:
        done = subprocess.run(
            [sys.executable, "-c", probe, str(small) + ".lock"], capture_output=True, text=True, timeout=60
        )
        seen.append(done.stdout.strip())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(curate, "edit_entry", probing_edit_entry)
    result = runner.invoke(app, ["edit", "lei-jun", "--alias", "LEI Jun", "--db", str(small)])
    assert result.exit_code == 0, result.output
    assert seen == ["held"]
    assert entries(small)["lei-jun"].aliases == ("LEI Jun",)


@pytest.mark.parametrize(
    ("command", "message"), [("false", "exited with status 1"), ("/nonexistent/editor", "cannot run the editor")]
)
def test_edit_editor_failure_is_a_usage_error(
    runner: CliRunner, small: Path, monkeypatch: pytest.MonkeyPatch, command: str, message: str
) -> None:
    before = small.read_bytes()
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", command)
    result = runner.invoke(app, ["edit", "lei-jun", "--db", str(small)])
    assert result.exit_code == 2
    assert message in result.stderr
    assert small.read_bytes() == before


# remove -------------------------------------------------------------------------------


def test_remove_needs_yes_off_a_terminal(runner: CliRunner, small: Path) -> None:
    before = small.read_bytes()
    result = runner.invoke(app, ["remove", "kingsoft", "--db", str(small)])
    assert result.exit_code == 2
    assert result.stderr == "Error: not removing 'kingsoft' without confirmation: pass --yes\n"
    assert small.read_bytes() == before


def test_remove_with_yes_refuses_while_entries_point_at_it(runner: CliRunner, small: Path) -> None:
    # Re-pinned (U33-18): was removed with "warning: 1 entry still points at 'lei-jun': leibusi", which validate then
    # called an error; --force clears the reference (tests/test_curate_remove_references_s33.py).
    result = runner.invoke(app, ["remove", "lei-jun", "--yes", "--db", str(small)])
    assert result.exit_code == 2, result.output
    assert "lei-jun" in entries(small)
    assert "1 entry points at 'lei-jun': leibusi (refers_to)" in result.stderr
    result = runner.invoke(app, ["remove", "lei-jun", "--yes", "--force", "--db", str(small)])
    assert result.exit_code == 0, result.output
    assert "lei-jun" not in entries(small)


def test_remove_asks_on_a_terminal(runner: CliRunner, small: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(curate_cli, "is_terminal", lambda: True)
    result = runner.invoke(app, ["remove", "kingsoft", "--db", str(small)], input="n\n")
    assert result.exit_code == 1
    assert "kingsoft" in entries(small)
    result = runner.invoke(app, ["remove", "kingsoft", "--db", str(small)], input="y\n")
    assert result.exit_code == 0
    assert "kingsoft" not in entries(small)


def test_remove_unknown(runner: CliRunner, small: Path) -> None:
    result = runner.invoke(app, ["remove", "nobody", "--yes", "--db", str(small)])
    assert result.exit_code == 1
    assert result.stderr == "Error: no entry id matches 'nobody'\n"


# validate -----------------------------------------------------------------------------


def bad_glossary(tmp_path: Path) -> Path:
    path = tmp_path / "bad.json"
    with Glossary(path) as gloss:
        gloss.add_all(
            [
                *SAMPLE,
                Entry(id="zeng-guofan", zh="曾国藩", zh_hant="曾國藩", pinyin="Céng Guófān", en="Zeng Guofan"),
                Entry(id="ma-yun", zh="马云", zh_hant="馬雲", pinyin="Mǎ Yún", en="Jack Ma"),
            ]
        )
    return path


def test_validate_clean(runner: CliRunner, small: Path) -> None:
    result = runner.invoke(app, ["validate", "--db", str(small)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == "0 errors, 0 warnings in 3 entries\n"


def test_validate_reports_one_line_per_problem(runner: CliRunner, tmp_path: Path) -> None:
    path = bad_glossary(tmp_path)
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    # The fix names the glossary validated (U38-26).
    assert result.stdout.splitlines() == [
        "zeng-guofan: error: pinyin: 'Céng Guófān' does not fit 曾国藩: "
        "曾 is not read céng as a surname (expected 'Zēng Guófān')",
        "ma-yun: error: en: 'Jack Ma' does not spell the pinyin 'Mǎ Yún'; "
        f"if it is an adopted Western name, say so with --adopted (zhgloss --db {path} edit ma-yun --adopted)",
    ]
    assert result.stderr == "2 errors, 0 warnings in 5 entries\n"


def test_validate_json(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", "--db", str(bad_glossary(tmp_path)), "--json"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert (data["entries"], data["errors"], data["warnings"]) == (5, 2, 0)
    assert [p["code"] for p in data["problems"]] == ["pinyin-mismatch", "en-mismatch"]


def test_validate_warnings_fail_only_with_strict(runner: CliRunner, small: Path) -> None:
    with Glossary(small) as gloss:
        gloss.add(Entry(id="wang-wei", zh="王伟", zh_hant="王偉", pinyin="Wang Wei", en="Wang Wei"))
    result = runner.invoke(app, ["validate", "--db", str(small)])
    assert result.exit_code == 0
    assert result.stdout == "wang-wei: warning: pinyin: 'Wang Wei' has no tone marks; write 'Wáng Wěi'\n"
    assert runner.invoke(app, ["validate", "--db", str(small), "--strict"]).exit_code == 1


def test_validate_corrupt_file_is_a_data_error(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 3
    assert result.stderr.startswith("Error: ")


def test_validate_bundled_glossary_has_no_errors(runner: CliRunner, bundled: Path) -> None:
    result = runner.invoke(app, ["validate", "--db", str(bundled)])
    assert result.exit_code == 0, result.stdout
    assert " 0 errors" not in result.stderr and result.stderr.startswith("0 errors")


def test_commands_have_help(runner: CliRunner) -> None:
    for command in ("romanize", "add", "edit", "remove", "validate"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0
        assert "Example: zhgloss " + command in result.stdout


# the installed script -----------------------------------------------------------------


def run(exe: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        [exe, *args], input=stdin, capture_output=True, text=True, encoding="utf-8", env=env, timeout=60
    )


def test_script_romanize_and_error(zhgloss_exe: str) -> None:
    done = run(zhgloss_exe, "romanize", "單雄信", "曾国藩")
    assert (done.returncode, done.stdout) == (0, "Shàn Xióngxìn\nZēng Guófān\n")
    done = run(zhgloss_exe, "romanize", "hello")
    assert done.returncode == 2
    assert done.stderr.startswith("Error: 'hello': is not a Chinese name")
    assert "Traceback" not in done.stderr


def test_script_add_remove_validate(zhgloss_exe: str, small: Path, tmp_path: Path) -> None:
    done = run(zhgloss_exe, "add", "解缙", "--db", str(small))
    assert done.returncode == 0, done.stderr
    assert entries(small)["xie-jin"].pinyin == "Xiè Jìn"
    done = run(zhgloss_exe, "remove", "xie-jin", "--db", str(small))
    assert done.returncode == 2  # stdin is not a terminal and there is no --yes
    assert "xie-jin" in entries(small)
    done = run(zhgloss_exe, "remove", "xie-jin", "--yes", "--db", str(small))
    assert done.returncode == 0
    done = run(zhgloss_exe, "validate", str(bad_glossary(tmp_path)))
    assert done.returncode == 1
    assert len(done.stdout.splitlines()) == 2


def test_script_edit_bad_json(zhgloss_exe: str, small: Path, tmp_path: Path) -> None:
    before = small.read_bytes()
    env_editor = editor(tmp_path, "[1, 2")
    done = subprocess.run(
        [zhgloss_exe, "edit", "lei-jun", "--db", str(small)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**{k: v for k, v in os.environ.items() if k != "VISUAL"}, "EDITOR": env_editor},
        timeout=60,
    )
    assert done.returncode == 2
    assert "not valid JSON" in done.stderr
    assert "Traceback" not in done.stderr
    assert small.read_bytes() == before


def test_cli_import_stays_light() -> None:
    code = "import sys, zhgloss.cli; print(sorted(m for m in ('pypinyin', 'opencc') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]", done.stderr


def test_edit_note_loads_neither_opencc_nor_pypinyin(tmp_path: Path, glossary_path: Path) -> None:
    # A note changes no Chinese: re-reading the characters would load OpenCC's and pypinyin's
    # dictionaries, most of the time an `edit` took (issue 13).
    code = (
        "import sys\nfrom zhgloss.cli import main\n"
        f"sys.argv = ['zhgloss', 'edit', 'lei-jun', '--note', 'founder of Xiaomi', '--db', {str(glossary_path)!r}]\n"
        "try:\n    main()\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'pypinyin', 'opencc'}))"
    )
    env = {**os.environ, "ZHGLOSS_CACHE_DIR": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout
    assert out.splitlines()[-1] == "[]"
    assert entries(glossary_path)["lei-jun"].note == "founder of Xiaomi"


def test_edit_lints_what_it_changes_and_leaves_the_rest_to_validate(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "names.json"
    wrong = Entry(id="lei-jun", zh="雷军", zh_hant="雷軍", pinyin="Xiǎo Jūn", en="Lei Jun")
    with Glossary(path) as gloss:
        gloss.add(wrong)
    # The wrong pinyin was there before; a note does not touch it, so the note is saved ...
    result = runner.invoke(app, ["edit", "lei-jun", "--note", "Xiaomi", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert entries(path)["lei-jun"].note == "Xiaomi"
    # ... while validate still reports it, and an edit of the pinyin is linted again.
    result = runner.invoke(app, ["validate", "--db", str(path)])
    assert result.exit_code == 1
    assert "lei-jun: error: pinyin:" in result.stdout
    before = path.read_bytes()
    result = runner.invoke(app, ["edit", "lei-jun", "--pinyin", "Xiǎo Jùn", "--db", str(path)])
    assert result.exit_code == 2, result.output
    assert "error: pinyin: 'Xiǎo Jùn' does not fit 雷军" in result.stderr
    assert path.read_bytes() == before
    # A changed traditional form is linted too.
    result = runner.invoke(app, ["edit", "lei-jun", "--zh-hant", "雷军", "--db", str(path)])
    assert result.exit_code == 2, result.output
    assert "error: zh_hant: '雷军' still has simplified 军" in result.stderr


def test_validate_goes_on_past_an_unreadable_entry(runner: CliRunner, tmp_path: Path) -> None:
    # Two real CC-CEDICT headwords whose characters pypinyin cannot read, between checkable entries.
    db = tmp_path / "g.json"
    with Glossary(db) as gloss:
        gloss.add_all(
            [
                Entry(id="lan-dun", type="name", zh="𪢠吨", pinyin="Lán Dūn", en="Landun"),
                Entry(id="liu", zh="刘强东", zh_hant="劉強東", pinyin="Liú Qiángdōng", en="Qiangdong Liu"),
                Entry(id="ka", type="term", zh="㗎", pinyin="gā", en="final particle"),
            ]
        )
    result = runner.invoke(app, ["validate", "--db", str(db)])
    assert result.exit_code == 1, result.output  # problems found, not a usage error
    lines = result.stdout.splitlines()
    assert [line.split(":")[0] for line in lines] == ["lan-dun", "liu", "ka"]
    assert lines[0].startswith("lan-dun: error: ") and "no pinyin known for" in lines[0]
    assert "liu: error: en: 'Qiangdong Liu' puts the given name first" in lines[1]


# An empty or whitespace-only value for a name field is refused, the glossary untouched (user-tester D29)

NAME_FLAGS = ("--zh", "--zh-hant", "--pinyin", "--en", "--type", "--id")


@pytest.mark.parametrize("flag", NAME_FLAGS)
@pytest.mark.parametrize("blank", ["", " \u3000\u00a0", "\u200b", "\ufeff\u2060", "\u200d \u3164"])
def test_edit_refuses_a_blank_name_field(small: Path, zhgloss_exe: str, flag: str, blank: str) -> None:
    before = small.read_bytes()
    proc = subprocess.run(
        [zhgloss_exe, "--db", str(small), "edit", "lei-jun", flag, blank], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("Error: "), proc.stderr
    assert "empty" in proc.stderr or "not one of" in proc.stderr  # --type's choices speak first
    assert proc.stdout == ""
    assert small.read_bytes() == before


@pytest.mark.parametrize("flag", ["--zh-hant", "--pinyin", "--en", "--id"])
@pytest.mark.parametrize("blank", [" ", "\u200b", "\u200e\ufe0f"])
def test_add_refuses_a_blank_name_field(small: Path, zhgloss_exe: str, flag: str, blank: str) -> None:
    before = small.read_bytes()
    proc = subprocess.run(
        [zhgloss_exe, "--db", str(small), "add", "林斌", "--type", "person", flag, blank],
        capture_output=True,
        text=True,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.count("\n") == 1 and "must not be empty" in proc.stderr, proc.stderr
    assert small.read_bytes() == before


def test_edit_note_and_refers_to_may_still_be_cleared(small: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["--db", str(small), "edit", "leibusi", "--refers-to", " ", "--note", ""])
    assert result.exit_code == 0, result.output
    assert entries(small)["leibusi"].refers_to is None


# Impossible role dates are refused by add, edit and import alike (user-tester D13, D14)


@pytest.mark.parametrize("role", ["CEO@xiaomi:2020..2010", "CEO@xiaomi:2999..", "CEO:2020-13..", "CEO:2021-02-30.."])
def test_add_edit_import_refuse_impossible_role_dates(small: Path, zhgloss_exe: str, tmp_path: Path, role: str) -> None:
    before = small.read_bytes()
    for argv in (["edit", "lei-jun", "--role", role], ["add", "林斌", "--type", "person", "--role", role]):
        refused(zhgloss_exe, small, *argv)
    title, _, dates = role.partition(":")
    start, _, end = dates.partition("..")
    if "-13" in start:
        return  # not the shape of a date: no file can hold it as a role either (Role refuses it)
    row = {
        "id": "lin-bin",
        "zh": "林斌",
        "en": "Lin Bin",
        "roles": [{"title": title, "from": start, "to": end or None}],
    }
    source = tmp_path / "new.jsonl"
    source.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    proc = subprocess.run([zhgloss_exe, "--db", str(small), "import", str(source)], capture_output=True, text=True)
    assert proc.returncode == 3, proc.stderr
    assert proc.stderr.startswith(f"Error: {str(source)!r}, line 1: entry 'lin-bin': roles: "), proc.stderr
    assert small.read_bytes() == before


@pytest.mark.parametrize("field", ["zh", "pinyin", "zh_hant", "en"])
def test_edit_in_editor_refuses_a_blank_name_field_and_keeps_the_text(
    runner: CliRunner, small: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, field: str
) -> None:
    before = small.read_bytes()
    data = entries(small)["lei-jun"].to_dict() | {field: " "}
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", editor(tmp_path, json.dumps(data, ensure_ascii=False)))
    result = runner.invoke(app, ["edit", "lei-jun", "--db", str(small)])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"Error: entry 'lei-jun': {field}: must not be empty"), result.stderr
    Path(result.stderr.rstrip().rsplit(" ", 1)[-1]).unlink()  # the text kept for the user
    assert small.read_bytes() == before


def test_a_glossary_holding_a_day_the_calendar_lacks_still_opens(small: Path, zhgloss_exe: str) -> None:
    # Written before add refused it (user test): every command must still work, validate name it, remove repair it.
    data = json.loads(small.read_text(encoding="utf-8"))
    [doc] = [d for d in data["entries"].values() if d["id"] == "lei-jun"]
    doc.setdefault("roles", []).append({"title": "CEO", "org": "Acme", "from": "2021-02-30"})
    small.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([zhgloss_exe, "--db", str(small), *argv], capture_output=True, text=True, check=False)

    looked = run("lookup", "雷军", "--field", "en")
    assert (looked.returncode, looked.stdout) == (0, "Lei Jun\n"), looked.stderr
    checked = run("validate", "--json")
    assert checked.returncode == 1, checked.stderr
    found = [(p["entry_id"], p["code"]) for p in json.loads(checked.stdout)["problems"]]
    assert ("lei-jun", "role-calendar") in found
    assert run("remove", "lei-jun", "--yes", "--force").returncode == 0  # --force: leibusi refers to it (U33-18)
    assert run("lookup", "雷军").returncode == 1


_SHOWS_NOTHING = st.text(st.sampled_from(" \t\u00a0\u3000\u2009\u200b\u200c\u200d\u200e\u2060\ufeff\ufe0f\u3164\u00ad"))


@given(_SHOWS_NOTHING)
def test_a_value_that_shows_nothing_is_blank(value: str) -> None:
    from zhgloss.curate import refuse_blank
    from zhgloss.errors import InvalidEntryError

    with pytest.raises(InvalidEntryError, match="must not be empty"):
        refuse_blank("lei-jun", en=value)


@given(_SHOWS_NOTHING, st.sampled_from("L雷ü1Ⅻ"), _SHOWS_NOTHING, st.text(st.sampled_from("-.·'? ")))
def test_a_value_with_a_letter_digit_or_han_is_not_blank(before: str, shown: str, after: str, marks: str) -> None:
    from zhgloss.curate import refuse_blank

    refuse_blank("lei-jun", en=before + marks + shown + marks + after)


@given(_SHOWS_NOTHING, st.text(st.sampled_from("-–—.·・'?!…/()（）、"), min_size=1), _SHOWS_NOTHING)
def test_a_value_of_punctuation_alone_names_nothing(before: str, marks: str, after: str) -> None:
    """'-' typed for the English at add's prompt (where '-' clears an optional field) was stored as the name."""
    from zhgloss.curate import refuse_blank
    from zhgloss.errors import InvalidEntryError

    with pytest.raises(InvalidEntryError, match="not only punctuation"):
        refuse_blank("lei-jun", en=before + marks + after)


@pytest.mark.parametrize("flag", ["--en", "--pinyin", "--zh-hant"])
def test_add_and_edit_refuse_a_name_of_punctuation_alone(small: Path, zhgloss_exe: str, flag: str) -> None:
    for argv in (["add", "林斌", "--type", "person", flag, "-"], ["edit", "lei-jun", flag, "?"]):
        said = refused(zhgloss_exe, small, *argv)
        assert said.count("\n") == 1 and "not only punctuation" in said, said


@pytest.mark.parametrize(
    "argv",
    [
        ["edit", "lei-jun", "--role", "。"],
        ["edit", "lei-jun", "--role", "CEO@-"],
        ["edit", "lei-jun", "--alias", "-"],
        ["edit", "lei-jun", "--zh-alias", "、"],
        ["add", "周小川", "--type", "person", "--alias", "…"],
        ["add", "周小川", "--type", "person", "--zh-alias", "、"],
        ["add", "周小川", "--type", "person", "--role", "-:2002..2018"],
    ],
)
def test_aliases_and_roles_of_punctuation_alone_are_refused(small: Path, zhgloss_exe: str, argv: list[str]) -> None:
    said = refused(zhgloss_exe, small, *argv)
    assert said.count("\n") == 1 and ("punctuation" in said), said


def test_import_refuses_and_validate_reports_a_form_of_punctuation_alone(
    small: Path, zhgloss_exe: str, tmp_path: Path
) -> None:
    source = tmp_path / "names.csv"
    # (A dash alone is a sheet's placeholder since session 49, the review's R48-24: an empty cell, the row a draft.)
    source.write_text("zh,en,type\n张一鸣,Zhang Yiming,person\n王兴,.,person\n", encoding="utf-8")
    before = small.read_bytes()
    proc = subprocess.run([zhgloss_exe, "--db", str(small), "import", str(source)], capture_output=True, text=True)
    assert proc.returncode == 3, proc.stderr
    assert proc.stderr.startswith(f"Error: {str(source)!r}, line 3: ") and "'.' names nothing" in proc.stderr
    assert small.read_bytes() == before
    # A file written by hand (or by an older version) holding one still opens, and validate names it.
    data = json.loads(small.read_text(encoding="utf-8"))
    [doc] = [d for d in data["entries"].values() if d["id"] == "lei-jun"]
    doc["aliases"] = [*doc.get("aliases", []), "?"]
    small.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    proc = subprocess.run([zhgloss_exe, "--db", str(small), "validate", "--json"], capture_output=True, text=True)
    assert proc.returncode == 1, proc.stderr
    found = [(p["entry_id"], p["field"], p["code"]) for p in json.loads(proc.stdout)["problems"]]
    assert ("lei-jun", "aliases", "form-empty") in found


def refused(zhgloss_exe: str, db: Path, *argv: str) -> str:
    """Run the console script on `db`, assert a usage refusal (exit 2) that left the file as it was; return stderr."""
    before = db.read_bytes()
    proc = subprocess.run(
        [zhgloss_exe, "--db", str(db), *argv], capture_output=True, text=True, check=False, stdin=subprocess.DEVNULL
    )
    assert proc.returncode == 2, proc.stderr
    assert db.read_bytes() == before
    return proc.stderr
