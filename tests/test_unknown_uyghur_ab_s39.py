"""A dotted Uyghur name whose part starts 阿不 / 阿不都 (the Uyghur Ab-, Abdu-) is proposed whole with `--unknown`,
not cut at 不 "not" (the reviewer's R38-14): 铁力瓦尔迪·阿不都热西提 was 铁力瓦尔迪·阿〔Tiělìwǎ'ěrdí Ā?〕,
阿不来提·阿不都热西提 gave 提·阿〔Tí Ā?〕.

Xinhua and the State Council's appointment notices write the Uyghur Ab- and Abdu- 阿不 and 阿不都 (阿不都热西提
Abdureshit, 阿不来提 Ablet, 阿不力孜 Abliz, 阿不都热依木 Abduréhim). 不 and 都 are read as characters of such a part
only right after 阿 and 阿不: elsewhere they are "not" and "all", which follow names (埃隆·马斯克不同意). Through the
installed script, as the reviewer ran it (`annotate --unknown`, an empty glossary).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("uyghur") / "empty.json"
    assert subprocess.run(["zhgloss", "init", str(path), "--empty"], capture_output=True).returncode == 0
    return path


def _unknown(db: Path, line: str) -> str:
    done = subprocess.run(
        ["zhgloss", "--db", str(db), "annotate", "-", "--unknown"], input=line + "\n", capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.removesuffix("\n")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # the reviewer's line (/tmp/rev38/t/appt2.txt)
        ("会议选举铁力瓦尔迪·阿不都热西提为政协副主席。", "铁力瓦尔迪·阿不都热西提"),
        # my own: the part before the dot, after a verb of appointment, at a clause's start
        ("任命阿不力孜·阿不都热西提为主任。", "阿不力孜·阿不都热西提"),
        ("阿不来提·阿不都热西提在会上讲话。", "阿不来提·阿不都热西提"),
        ("任命阿不都热依木·吐尔逊为局长。", "阿不都热依木·吐尔逊"),
    ],
)
def test_a_dotted_uyghur_name_with_ab_is_proposed_whole(db: Path, line: str, name: str) -> None:
    out = _unknown(db, line)
    at = out.index(name) + len(name)
    assert out[:at] == line[:at]
    assert out[at] == "〔"  # the proposal follows the whole name
    assert out[out.index("〕") + 1 :] == line[at:]


@pytest.mark.parametrize(
    ("line", "name"),
    [("艾尔肯·吐尼亚孜不在会场。", "艾尔肯·吐尼亚孜"), ("会见了努尔·白克力，都表示支持。", "努尔·白克力")],
)
def test_not_and_all_after_a_dotted_name_are_no_part_of_it(db: Path, line: str, name: str) -> None:
    out = _unknown(db, line)
    at = out.index(name) + len(name)
    assert out[at] == "〔"
    assert out[out.index("〕") + 1 :] == line[at:]
