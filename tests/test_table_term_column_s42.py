"""A row whose English cell is blank takes its English from the row's other English cell, not a refusal of the file.

Phrase Strings' term CSV (support.phrase.com, "Uploading and Downloading Terms": a "term" column, "translatable",
"case sensitive", "description" and one column per locale) and Lokalise's glossary CSV write a do-not-translate term
("QQ", translatable false) in "term" with its locale cells blank; zhgloss reads "term" beside the locale columns as
another English form (`resolve_columns`: an alias), so the row had no English and the whole file was refused "the
English form (en) is empty" (exit 3). memoQ's CSV with a term in its second English column only did the same. The
first other English form is now the English (the rest stay aliases); a row without Chinese is the draft without
Chinese any untranslated row is (`validate` says so). Each runs the installed `zhgloss`. On the parent (097e087f)
the three shapes fail.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

PHRASE_STRINGS = (
    "term,translatable,case sensitive,description,en,zh-Hans\n"
    "WeChat,true,true,messaging app by Tencent,WeChat,微信\n"
    "QQ,false,true,,,\n"
)
LOKALISE = "term;description;casesensitive;translatable;en;zh_CN\nAlipay;payment app;0;1;Alipay;支付宝\nQQ;;1;0;;\n"
# memoQ's CSV: a language's second term column is a synonym; here the first English term cell is blank.
MEMOQ = (
    "Entry_ID;Entry_Note;English_United_States;English_United_States_Def;Term_Info;Term_Example;"
    "English_United_States;Term_Info;Term_Example;Chinese_PRC;Chinese_PRC_Def;Term_Info;Term_Example\n"
    "1;;Alipay;;;;;;;支付宝;;;\n"
    "2;;;;;;QQ;;;腾讯QQ;;;\n"
)


def _entries(db: Path) -> dict[str, dict]:
    return {e["en"]: e for e in json.loads(db.read_text(encoding="utf-8"))["entries"].values()}


@pytest.mark.parametrize(
    ("name", "text", "qq_zh"),
    [("phrase.csv", PHRASE_STRINGS, None), ("lokalise.csv", LOKALISE, None), ("memoq.csv", MEMOQ, "腾讯QQ")],
)
def test_a_term_in_the_other_english_cell_is_the_english(tmp_path: Path, name: str, text: str, qq_zh: str) -> None:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    db = tmp_path / "g.json"
    done = subprocess.run(["zhgloss", "import", str(source), "--db", str(db)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    entries = _entries(db)
    assert set(entries) == {"QQ", "WeChat" if name == "phrase.csv" else "Alipay"}
    qq = entries["QQ"]
    assert (qq["zh"], qq["aliases"]) == (qq_zh, [])
    assert bool(qq.get("draft")) is (qq_zh is None)  # no Chinese: a draft to translate, as any untranslated row
