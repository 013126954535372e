"""An organisation's English match runs on over the capitalised words its own English name goes on with, and the
gloss follows the whole name: "Tencent Holdings (腾讯控股有限公司) rose", not "Tencent (腾讯控股有限公司) Holdings rose"
(the user's U37-25 addendum 2).

The registered name without its legal form is the name English copy writes ("Tencent Holdings", "Ping An
Insurance"), and lookup finds the entry by it (the legal-form fold); a gloss set inside it splits the name. The match
grows only while the entry's English or one of its aliases goes on with the text's words, so a subsidiary's name
("Tencent Music") and another word ("Tencent Chairman") are not taken in. The glossary is the user's shape, made with
`zhgloss add`.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest


def _zhgloss(db: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", "--db", str(db), *args], input=stdin, capture_output=True, text=True)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("own_names") / "fin.json"
    assert subprocess.run(["zhgloss", "init", str(path), "--empty"], capture_output=True).returncode == 0
    for zh, short, en, short_en in (
        ("腾讯控股有限公司", "腾讯", "Tencent Holdings Limited", "Tencent"),
        ("中国平安保险（集团）股份有限公司", "中国平安", "Ping An Insurance (Group) Company of China, Ltd.", "Ping An"),
        ("李宁有限公司", "李宁", "Li Ning Company Limited", "Li Ning"),
    ):
        done = _zhgloss(path, "add", zh, "--type", "org", "--en", en, "--zh-alias", short, "--alias", short_en, "-y")
        assert done.returncode == 0, done.stderr
    return path


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the user's line (U37-25 addendum 2: /tmp/u37/t/en_sub2.txt's second name)
        ("Tencent Holdings rose.", "Tencent Holdings (腾讯控股有限公司) rose."),
        # my own: a longer part of the registered name, another company's
        ("Ping An Insurance rose.", "Ping An Insurance (中国平安保险(集团)股份有限公司) rose."),
        ("Li Ning Company said sales grew.", "Li Ning Company (李宁有限公司) said sales grew."),
        # the match as it stands: alone, the whole form, a word the name does not go on with, a subsidiary
        ("Tencent said profits grew.", "Tencent (腾讯控股有限公司) said profits grew."),
        ("Tencent Holdings Limited said.", "Tencent Holdings Limited (腾讯控股有限公司) said."),
        ("Tencent Chairman Pony Ma spoke.", "Tencent (腾讯控股有限公司) Chairman Pony Ma spoke."),
        ("Tencent Music rose.", "Tencent Music rose."),
    ],
)
def test_the_gloss_follows_the_organisations_own_name(db: Path, line: str, expected: str) -> None:
    done = _zhgloss(db, "annotate", "-", stdin=line + "\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout == expected + "\n"


def test_the_mention_is_the_whole_name(db: Path) -> None:
    done = _zhgloss(db, "annotate", "-", "--format", "tsv", stdin="Tencent Holdings rose.\n")
    assert done.returncode == 0, done.stderr
    head, row = (line.split("\t") for line in done.stdout.splitlines())
    assert (row[head.index("surface")], row[head.index("id")]) == ("Tencent Holdings", "tencent-holdings-limited")
