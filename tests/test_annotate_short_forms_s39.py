"""A registered name followed by its own short form in brackets is glossed (the reviewer's R38-21, issue 9).

Chinese copy defines the abbreviation it goes on with: 中国国际航空公司（国航）, 深圳证券交易所（深交所）. Where the
glossary holds both forms in one entry (CC-CEDICT's 国航 is "abbr. for 中国国际航空公司", and the names import makes it
an alias), annotate read the bracket as the name's own gloss (a match of the entry inside it) and glossed neither:
the writer's line said nothing in English. The bracket that a Chinese form of the same entry fills is the text's
short form, no gloss: the name is glossed before it, and the short form, which names nothing else, not again; a
second annotate of the output changes nothing. The glossary: real CC-CEDICT lines (CC BY-SA 4.0, MDBG,
../shared/data/cedict_ts.u8.gz) imported by the installed `zhgloss import --proper-only`.
"""

# CC-CEDICT lines are quoted as written, whatever their length.
# ruff: noqa: E501
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cedict_fixtures import imported_db

LINES = """\
中國國際航空公司 中国国际航空公司 [Zhong1 guo2 Guo2 ji4 Hang2 kong1 Gong1 si1] /Air China Ltd./
國航 国航 [Guo2 hang2] /Air China (abbr. for 中國國際航空公司|中国国际航空公司[Zhong1 guo2 Guo2 ji4 Hang2 kong1 Gong1 si1])/
深圳證券交易所 深圳证券交易所 [Shen1 zhen4 Zheng4 quan4 Jiao1 yi4 suo3] /Shenzhen Stock Exchange, abbr. to 深交所[Shen1 Jiao1 suo3]/
中國石油化工股份有限公司 中国石油化工股份有限公司 [Zhong1 guo2 Shi2 you2 Hua4 gong1 Gu3 fen4 You3 xian4 Gong1 si1] /China Petroleum and Chemical Corporation, Sinopec/abbr. to 中石化[Zhong1 shi2 hua4]/
中石化 中石化 [Zhong1 shi2 hua4] /China Petroleum and Chemical Corporation, Sinopec/abbr. for 中國石油化工股份有限公司|中国石油化工股份有限公司/
港交所 港交所 [Gang3 jiao1 suo3] /Hong Kong Stock Exchange/abbr. for 香港交易所/
香港交易所 香港交易所 [Xiang1 gang3 Jiao1 yi4 suo3] /Hong Kong Stock Exchange/
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return imported_db(tmp_path_factory.mktemp("short"), LINES)


def _annotate(db: Path, text: str, *args: str) -> subprocess.CompletedProcess[str]:
    """The installed `zhgloss annotate -` of `text` (one line, its line break added)."""
    text = text if text.endswith("\n") else text + "\n"
    return subprocess.run(
        ["zhgloss", "annotate", "-", "--db", str(db), *args], input=text, capture_output=True, text=True
    )


def _entry_en(db: Path, form: str) -> str:
    found = subprocess.run(
        ["zhgloss", "lookup", form, "--db", str(db), "--field", "en"], capture_output=True, text=True
    )
    assert found.returncode == 0, found.stderr
    return found.stdout.strip()


@pytest.mark.parametrize(
    ("line", "name", "short"),
    [
        ("中国国际航空公司（国航）宣布恢复多条国际航线。", "中国国际航空公司", "国航"),
        ("深圳证券交易所（深交所）发布通知，调整交易规则。", "深圳证券交易所", "深交所"),
        ("中国石油化工股份有限公司（中石化）发布三季度业绩公告。", "中国石油化工股份有限公司", "中石化"),
        ("香港交易所（港交所）公布全年业绩。", "香港交易所", "港交所"),
        ("中國國際航空公司（國航）宣布。", "中國國際航空公司", "國航"),  # traditional
    ],
)
def test_a_name_before_its_own_short_form_is_glossed_once(db: Path, line: str, name: str, short: str) -> None:
    en = _entry_en(db, name)
    assert _entry_en(db, short) == en  # one entry: the import made the short form its alias
    done = _annotate(db, line)
    assert done.returncode == 0, done.stderr
    assert done.stdout == line.replace(f"{name}（{short}）", f"{name}（{en}）（{short}）", 1) + "\n"
    again = _annotate(db, done.stdout)
    assert again.stdout == done.stdout  # annotating the output again changes nothing


def test_the_short_form_in_the_bracket_is_no_mention_of_its_own(db: Path) -> None:
    rows = _annotate(db, "中国国际航空公司（国航）宣布。国航航班正常。", "--format", "tsv").stdout.splitlines()
    header = rows[0].split("\t")
    status = [dict(zip(header, row.split("\t"), strict=True)) for row in rows[1:]]
    assert [(r["surface"], r["status"]) for r in status] == [
        ("中国国际航空公司", "glossed"),
        ("国航", "in-gloss"),
        ("国航", "glossed"),
    ]
    summary = _annotate(db, "中国国际航空公司（国航）宣布。", "--summary")
    assert "1 mention of 1 entry" in summary.stderr + summary.stdout


def test_the_text_own_gloss_and_other_brackets_stay_as_they_were(db: Path) -> None:
    # An English gloss in the bracket is the text's own (nothing added); a bracket of another entry's name or of
    # more than the short form is no short form of the name.
    for line in ("中国国际航空公司（Air China）宣布。", "国航（Air China Ltd.）宣布。"):
        assert _annotate(db, line).stdout == line + "\n"
    assert (
        _annotate(db, "香港交易所（深交所）。").stdout
        == "香港交易所（Hong Kong Stock Exchange）（深交所（Shenzhen Stock Exchange））。\n"
    )


@pytest.mark.parametrize("line", ["新浪微博", "新浪微博发布公告。"])
def test_the_sessions_own_chinese_gloss_is_no_short_form(line: str) -> None:
    # --gloss zh glosses the bundled glossary's 新浪微博 with its entry's Chinese, 微博: that bracket is the session's own
    # gloss, which a second annotate leaves alone (test_annotate's idempotence property found 新浪微博（微博）（微博）).
    once = subprocess.run(
        ["zhgloss", "annotate", "-", "--gloss", "zh"], input=line + "\n", capture_output=True, text=True
    ).stdout
    assert once.startswith("新浪微博（微博）")
    again = subprocess.run(["zhgloss", "annotate", "-", "--gloss", "zh"], input=once, capture_output=True, text=True)
    assert again.stdout == once
