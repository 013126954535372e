"""`add` without --en does not store the pinyin of a person CC-CEDICT names otherwise (the review's R46-10).

`zhgloss add 李光耀` stored "Li Guangyao" (Lee Kuan Yew), 蒋介石 "Jiang Jieshi" (Chiang Kai-shek), 文在寅 "Wen
Zaiyin" (Moon Jae-in), exit 0 and silent; `check` then failed the right translation. CC-CEDICT gives their English:
data/cedict_person_english.tsv (scripts/build_cedict_person_english.py) lists the people whose CC-CEDICT English is
not the English `add` makes, and `add` asks for --en naming it (exit 2, the glossary untouched). The real CC-CEDICT
lines, the build script run on them, the installed console script on a real glossary.
"""

from __future__ import annotations

import gzip
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from build_scripts import load_build_script
from serving import zhgloss_exe

from zhgloss.curate import cedict_english

LINES = [
    "文在寅 文在寅 [Wen2 Zai4 yin2] /Moon Jae-in (1953-), Korean politician and human rights lawyer, president of "
    "Korea from 2017/",
    "普京 普京 [Pu3 jing1] /Vladimir Putin (1952-), president of Russia/",
    "李光耀 李光耀 [Li3 Guang1 yao4] /Lee Kuan Yew (1923-2015), founding father of modern Singapore, prime minister "
    "1959-1990/",
    "毛澤東 毛泽东 [Mao2 Ze2 dong1] /Mao Zedong (1893-1976), Chinese communist leader/",
    "蔣介石 蒋介石 [Jiang3 Jie4 shi2] /Chiang Kai-shek (1887-1975), military leader, head of the Nationalist "
    "government in China 1928-1949 and the government in exile on Taiwan 1950-1975/",
]


def test_the_build_lists_the_people_whose_english_is_not_their_pinyin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "cedict.u8.gz"
    source.write_bytes(gzip.compress(("#! date=2020-12-21T10:42:05Z\n" + "\n".join(LINES) + "\n").encode("utf-8")))
    out = tmp_path / "english.tsv"
    script = load_build_script("build_cedict_person_english")
    monkeypatch.setattr(sys, "argv", ["build_cedict_person_english.py", str(source), str(out)])
    script.main()
    rows = [line for line in out.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    # 毛泽东 Mao Zedong is its pinyin: not listed.
    assert rows == [
        "文在寅\t\tMoon Jae-in",
        "普京\t\tVladimir Putin",
        "李光耀\t\tLee Kuan Yew",
        "蒋介石\t蔣介石\tChiang Kai-shek",
    ]
    assert "date=2020-12-21T10:42:05Z" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("zh", "en"),
    [("李光耀", "Lee Kuan Yew"), ("蔣介石", "Chiang Kai-shek"), ("文在寅", "Moon Jae-in"), ("周杰伦", "Jay Chou")],
)
def test_the_shipped_table_names_them_in_either_script(zh: str, en: str) -> None:
    assert cedict_english(zh) == en


@pytest.mark.parametrize("zh", ["雷军", "毛泽东", "王翔"])
def test_a_person_whose_english_is_the_pinyin_is_not_listed(zh: str) -> None:
    assert cedict_english(zh) is None


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "glossary.json"
    subprocess.run([zhgloss_exe(), "init", "--empty", str(path)], check=True, capture_output=True)
    return path


def add(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [zhgloss_exe(), "--db", str(db), "add", *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        check=False,
    )


@pytest.mark.parametrize(
    ("zh", "en", "adopted"),
    [
        ("李光耀", "Lee Kuan Yew", False),
        ("蔣介石", "Chiang Kai-shek", False),  # Wade-Giles: validate reads it
        ("金正恩", "Kim Jong-un", False),
        ("钟楚红", "Cherie Chung", True),  # an adopted name: the command says --adopted
    ],
)
def test_add_without_en_names_cedicts_english_and_writes_nothing(db: Path, zh: str, en: str, adopted: bool) -> None:
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    done = add(db, zh, "--type", "person")
    assert done.returncode == 2
    said = ", an adopted name" if adopted else ""
    flag = " --adopted" if adopted else ""
    assert done.stderr == (
        f"Error: give the English form with --en: CC-CEDICT writes {zh} '{en}'{said}, not the pinyin this command "
        f"would make (zhgloss --db {db} add '{zh}' --type person --en '{en}'{flag})\n"
    )
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    # As it says: the command it gives adds the entry.
    done = add(db, zh, "--type", "person", "--en", en, *flag.split())
    assert done.returncode == 0, done.stderr


def test_add_of_a_name_whose_english_is_its_pinyin_is_as_before(db: Path) -> None:
    done = add(db, "雷军")
    assert done.returncode == 0, done.stderr
    assert "added 'lei-jun'" in done.stderr
