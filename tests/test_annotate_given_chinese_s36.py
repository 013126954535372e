"""English copy that gives a name's Chinese in brackets is glossed no further (the user's
U36-8).

Hong Kong's English press and wire copy write the Chinese after a name in brackets
(President Lai Ching-te (賴清德) spoke., Cathay Pacific (國泰航空) reported profits.), the shape
harvest reads. With the CC-CEDICT names glossary annotate glossed the bracket's Chinese back
into English (賴清德（William Lai Ching-te）; the import now takes "Lai Ching-te" as an alias of
the entry too) and glossed "Cathay Pacific" by another entry of the same English (国泰) in
front of the bracket that gives 國泰航空. Now a bracket that holds Chinese alone right after
English is the text's own gloss, and an English mention before a bracket filled by another
entry of the same English is glossed already. Chinese copy that gives an English name of its
own in brackets (賴清德（Lai Ching-te）) is glossed already too; a bracket of Chinese in Chinese
copy (北京（中国）) or a code (0293.HK, HK) is no gloss. Through the installed `zhgloss` script;
the glossary is real CC-CEDICT lines (CC BY-SA 4.0, MDBG), from
../shared/data/cedict_ts.u8.gz.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

LINES = """\
北京 北京 [Bei3 jing1] /Beijing, capital of People's Republic of China/Peking/PRC government/
國泰 国泰 [Guo2 tai4] /Cathay Pacific (Hong Kong airline)/
國泰航空 国泰航空 [Guo2 tai4 Hang2 kong1] /Cathay Pacific, Hong Kong-based airline/
蔡英文 蔡英文 [Cai4 Ying1 wen2] /Tsai Ing-wen (1956-), Taiwanese DPP politician, president of the Republic of China \
from 2016/
賴清德 赖清德 [Lai4 Qing1 de2] /William Lai Ching-te (1959-), Taiwanese DPP politician, vice president of the \
Republic of China from 2020/
香港 香港 [Xiang1 gang3] /Hong Kong/
中國 中国 [Zhong1 guo2] /China/
""".replace("\\\n", "")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("given")
    (folder / "lines.u8").write_text(LINES, encoding="utf-8")
    path = folder / "names.json"
    subprocess.run(["zhgloss", "init", str(path), "--empty"], check=True, capture_output=True)
    subprocess.run(
        ["zhgloss", "import", str(folder / "lines.u8"), "--proper-only", "--db", str(path)],
        check=True,
        capture_output=True,
    )
    return path


def annotate(db: Path, line: str, *options: str) -> str:
    done = subprocess.run(
        ["zhgloss", "--db", str(db), "annotate", *options, "-"],
        input=line + "\n",
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the user's lines (U36-8)
        ("President Lai Ching-te (賴清德) spoke.", "President Lai Ching-te (賴清德) spoke."),
        ("Cathay Pacific (國泰航空) reported profits.", "Cathay Pacific (國泰航空) reported profits."),
        # my own: simplified, full-width brackets, a sentence's end before the bracket
        ("Vice President Lai Ching-te (赖清德) visited Tokyo.", "Vice President Lai Ching-te (赖清德) visited Tokyo."),
        ("Cathay Pacific（国泰航空）resumed flights.", "Cathay Pacific（国泰航空）resumed flights."),
        (
            "Shares of Cathay Pacific (国泰航空) rose in Hong Kong.",
            "Shares of Cathay Pacific (国泰航空) rose in Hong Kong (香港).",
        ),
        # as before: the entry's own gloss, a name without a bracket, Chinese copy
        ("Tsai Ing-wen (蔡英文) spoke.", "Tsai Ing-wen (蔡英文) spoke."),
        ("Lai Ching-te spoke in Hong Kong.", "Lai Ching-te (赖清德) spoke in Hong Kong (香港)."),
        ("他在北京（中国）工作。", "他在北京（Beijing）（中国（China））工作。"),
        # Chinese copy that gives an English name of its own, another than the entry's: glossed already
        ("总统賴清德（Lai Ching-te）出席。", "总统賴清德（Lai Ching-te）出席。"),
        ("國泰（Cathay）今日公布業績。", "國泰（Cathay）今日公布業績。"),
        # a ticker or a code in the bracket is no English name: glossed as before
        ("國泰航空（0293.HK）公布業績。", "國泰航空（Cathay Pacific）（0293.HK）公布業績。"),
        ("香港（HK）", "香港（Hong Kong）（HK）"),
    ],
)
def test_a_bracket_of_chinese_after_english_is_the_texts_gloss(db: Path, line: str, expected: str) -> None:
    assert annotate(db, line) == expected + "\n"


def test_the_json_rows_say_in_gloss_and_already_glossed(db: Path) -> None:
    rows = [
        json.loads(row)
        for row in annotate(db, "Cathay Pacific (國泰航空) reported profits.", "--json").split("\n")
        if row
    ]
    assert [(row["surface"], row["status"]) for row in rows] == [
        ("Cathay Pacific", "already-glossed"),
        ("國泰航空", "in-gloss"),
    ]
