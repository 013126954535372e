"""A refused file names every bad row, the first twenty and how many in all, not the first alone (issue 9; the
thirty-first session's note: "a refused file names its first bad row only").

A user fixing a 2,000-row export ran the import once per bad row. JSON Lines and TBX (`zhgloss.formats.Refusals`)
now read on past a bad row and refuse the file with each one, one a line; nothing is imported, as before, and a file
with one bad row is refused exactly as it was.
"""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest

from zhgloss.errors import FormatError
from zhgloss.formats import REFUSALS_NAMED
from zhgloss.formats.jsonl import load_jsonl
from zhgloss.formats.tbx import load_tbx

MISSING_EN = "invalid entry: en: is required (the English form, a string)"


def _sheet(bad_every: int, rows: int = 2000) -> tuple[str, list[int]]:
    """A JSON Lines export of `rows` names (a CAT tool's: zh and en only), every `bad_every`th without its English."""
    lines, bad = [], []
    for number in range(1, rows + 1):
        zh = f"雷军{number}"
        if number % bad_every == 0:
            lines.append(json.dumps({"zh": zh}, ensure_ascii=False))
            bad.append(number)
        else:
            lines.append(json.dumps({"zh": zh, "en": f"Lei Jun {number}"}, ensure_ascii=False))
    return "\n".join(lines) + "\n", bad


def _refusal(text: str) -> str:
    with pytest.raises(FormatError) as caught:
        list(load_jsonl(io.StringIO(text), "names.jsonl"))
    return str(caught.value)


def test_a_long_file_names_its_first_twenty_bad_lines_and_the_count() -> None:
    text, bad = _sheet(40)  # 50 bad lines of 2,000
    said = _refusal(text).splitlines()
    assert said[0] == f"'names.jsonl', line {bad[0]}: {MISSING_EN}"
    assert said[1:REFUSALS_NAMED] == [f"'names.jsonl', line {n}: {MISSING_EN}" for n in bad[1:REFUSALS_NAMED]]
    assert (
        said[-1]
        == f"{len(bad)} lines refused, the first {REFUSALS_NAMED} named above: fix them all (nothing was imported)"
    )
    assert len(said) == REFUSALS_NAMED + 1


def test_a_few_bad_lines_are_all_named_whatever_is_wrong_with_each() -> None:
    text = '{"zh": "雷军"}\n{"zh": "马云", "en": "Jack Ma"}\n{"zh": "马化腾", "en": \n{"zh": "马云", "en": "Ma Yun"}\n'
    said = _refusal(text).splitlines()
    assert said == [
        f"'names.jsonl', line 1: {MISSING_EN}",
        "'names.jsonl', line 3: not JSON: Expecting value at column 20",
        # Says the two English forms, and advises no merge of what may be two people (session 33, user U32-26).
        "'names.jsonl': has two entries for 马云 (lines 2 and 4): 'Jack Ma' and 'Ma Yun'; zhgloss keeps one entry for"
        " one Chinese form: if the two are one thing, give the other English as an alias of the first; if they are"
        " two things (namesakes), pass --on-conflict skip to import the others, the first of the two kept (nothing"
        " was imported)",
        "3 lines refused: fix them all (nothing was imported)",
    ]


def test_one_bad_line_is_refused_as_before() -> None:
    text, bad = _sheet(1500)
    assert bad == [1500]
    assert _refusal(text) == f"'names.jsonl', line 1500: {MISSING_EN}"


def _term_entry(at: str, en: str, zh: str) -> str:
    return (
        f'<termEntry id="{at}"><langSet xml:lang="en"><tig><term>{en}</term></tig></langSet>'
        f'<langSet xml:lang="zh-CN"><tig><term>{zh}</term></tig></langSet></termEntry>\n'
    )


def test_a_tbx_file_names_each_bad_term_entry() -> None:
    body = "".join(
        [
            _term_entry("1", "Lei Jun", "雷军 Lei Jun"),  # the English beside the Chinese
            _term_entry("2", "Xiaomi", "小米"),
            _term_entry("3", "腾讯", "Tencent"),  # the two languages swapped
            _term_entry("4", "Huawei", "华为"),
            _term_entry("5", "Jack Ma", "马云 Jack Ma"),
        ]
    )
    text = f'<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX"><text><body>\n{body}</body></text></martif>\n'
    with pytest.raises(FormatError) as caught:
        list(load_tbx(io.StringIO(text), "t.tbx"))
    said = str(caught.value).splitlines()
    assert [line.split(":", 2)[1].strip() for line in said[:-1]] == ["termEntry '1'", "termEntry '3'", "termEntry '5'"]
    assert said[-1] == "3 termEntries refused: fix them all (nothing was imported)"


def test_the_cli_imports_nothing_of_a_file_with_bad_lines(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    subprocess.run([zhgloss_exe, "init", str(db), "--empty"], check=True, capture_output=True)
    before = db.read_bytes()
    text, bad = _sheet(100)
    source = tmp_path / "names.jsonl"
    source.write_text(text, encoding="utf-8")
    done = subprocess.run(
        [zhgloss_exe, "--db", str(db), "import", str(source)], capture_output=True, text=True, encoding="utf-8"
    )
    assert done.returncode == 3
    assert all(f"line {n}: " in done.stderr for n in bad)
    assert "20 lines refused: fix them all (nothing was imported)" in done.stderr
    assert db.read_bytes() == before


# Rows a reader reads but the store refuses, as add refuses them (`zhgloss.formats._refuse_what_add_refuses`): a
# person's English that misreads a surname's reading (单 Shàn, 曾 Zēng, 查 Zhā as surnames). Any format's rows: a CSV.
# (Was 乐毅 "Le Yi" on line 5: 乐 is also the separate surname Lè (data/surnames.tsv), and `add 乐毅 --en "Le Yi"`
# stores it as Lè Yì; since an import fills the pinyin as add does (U32-3), it stores it so too. 查良镛, Jin Yong's own
# name, is Zhā Liángyōng: "Cha Liangyong" misreads the surname, which add refuses.)
SURNAME_ROWS = (
    "zh,en,type\n单田芳,Dan Tianfang,person\n雷军,Lei Jun,person\n曾国藩,Ceng Guofan,person\n"
    "查良镛,Cha Liangyong,person\n"
)


@pytest.mark.parametrize("stored", [False, True])
def test_every_row_the_store_refuses_is_named(stored: bool) -> None:
    from zhgloss.curate import draft_entry
    from zhgloss.formats import get_format, import_documents
    from zhgloss.store import Glossary

    gloss = Glossary()
    if stored:  # a glossary holding one of the names: the store's row-by-row path, not an import into a new one
        gloss.add(draft_entry("雷军", en="Lei Jun", kind="person"))
    fmt = get_format("csv")
    with pytest.raises(FormatError) as caught:
        docs = fmt.load_documents(io.StringIO(SURNAME_ROWS, newline=""), "p.csv")
        import_documents(gloss, docs, "replace", source="p.csv")
    said = str(caught.value).splitlines()
    assert [line.split(":", 1)[0] for line in said[:-1]] == ["'p.csv', line 2", "'p.csv', line 4", "'p.csv', line 5"]
    assert "'Dan Tianfang' does not spell the pinyin 'Shàn Tiánfāng'" in said[0]
    assert said[-1] == "3 rows refused: fix them all (nothing was imported)"
    assert [e.zh for e in gloss.iter_entries()] == (["雷军"] if stored else [])
