"""A dotted name right after a verb of appointment starts after the verb: 任命艾尔肯·吐尼亚孜为…… proposes
艾尔肯·吐尼亚孜 (Erkin Tuniyaz), not 任命艾尔肯·吐尼亚孜 "Rènmìng'ài'ěrkěn Tǔníyàzī", and 任命雪克来提·扎克尔 the
whole name, not 提·扎克尔 (the user's U38-19).

The NPC Standing Committee's and the State Council's appointment notices (任免名单) write each line 任命……为…… or
免去……的……职务: 任命, 免去, 提名 are the notice's fixed words before a name, never part of it. The name written with
the middle dot is the run of characters joined by it, read from the verb as from a clause's start. Through the
installed script, as the user ran it (`annotate --unknown`, an empty glossary).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("appointments") / "empty.json"
    assert subprocess.run(["zhgloss", "init", str(path), "--empty"], capture_output=True).returncode == 0
    return path


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the user's lines (/tmp/u38/t/eth2.txt)
        (
            "任命艾尔肯·吐尼亚孜为新疆维吾尔自治区人民政府主席。",
            "任命艾尔肯·吐尼亚孜〔Ài'ěrkěn Tǔníyàzī?〕为新疆维吾尔自治区人民政府主席。",
        ),
        (
            "任命雪克来提·扎克尔为新疆维吾尔自治区人民政府主席。",
            "任命雪克来提·扎克尔〔Xuěkèláití Zhākè'ěr?〕为新疆维吾尔自治区人民政府主席。",
        ),
        ("会见了艾尔肯·吐尼亚孜。", "会见了艾尔肯·吐尼亚孜〔Ài'ěrkěn Tǔníyàzī?〕。"),
        # my own: 免去, 提名, a name of transliteration characters after the verb
        ("免去艾尔肯·吐尼亚孜的职务。", "免去艾尔肯·吐尼亚孜〔Ài'ěrkěn Tǔníyàzī?〕的职务。"),
        ("提名雪克来提·扎克尔为候选人。", "提名雪克来提·扎克尔〔Xuěkèláití Zhākè'ěr?〕为候选人。"),
        ("任命乔·拜登为特使。", "任命乔·拜登〔Qiáo Bàidēng?〕为特使。"),
    ],
)
def test_a_dotted_name_after_a_verb_of_appointment(db: Path, line: str, expected: str) -> None:
    done = subprocess.run(
        ["zhgloss", "--db", str(db), "annotate", "-", "--unknown"],
        input=line + "\n",
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == expected + "\n"
