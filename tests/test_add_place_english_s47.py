"""`add PLACE --type place` without --en gives CC-CEDICT's English where it is not the pinyin (the review's R47-24).

On an empty glossary `add 香港 --type place` (no --en, a script) stored "Xianggang", exit 0, nothing said; so did
基辅 "Jifu", 旺角 "Wangjiao", 高雄 "Gaoxiong", 大阪 "Daban" (22 of the review's 23 places), and annotate then wrote
香港（Xianggang）, check failed "Hong Kong". R46-10's rule for people now holds for places:
data/cedict_place_english.tsv (scripts/build_cedict_person_english.py with KIND place) lists the 3,543 of
CC-CEDICT's 7,235 places whose English differs from the one add makes beyond its generic, and `add` without --en
refuses such a place with CC-CEDICT's English and the command that adds it (exit 2, the glossary untouched). A
place whose English differs in its generic alone (上海市 "Shanghai" against add's "Shanghai City"; 浦东新区 "Pudong New
District" against "Pudong New Area") is added as before. `add 香港` with no type names the English with the type
it asks for. The real CC-CEDICT lines, the build script on them, the installed console script on real glossary
files.
"""

from __future__ import annotations

import gzip
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from build_scripts import load_build_script
from hypothesis import given, settings
from hypothesis import strategies as st
from serving import zhgloss_exe

from zhgloss.curate import cedict_english, draft_entry

TABLE = Path(__file__).resolve().parent.parent / "src" / "zhgloss" / "data" / "cedict_place_english.tsv"

LINES = [
    "香港 香港 [Xiang1 gang3] /Hong Kong/",
    "旺角 旺角 [Wang4 Jiao3] /Mong Kok (area in Hong Kong)/",
    "上海市 上海市 [Shang4 hai3 shi4] /Shanghai municipality in southeast China, abbr. 滬|沪/",
    "北京 北京 [Bei3 jing1] /Beijing, capital of People's Republic of China/Peking/PRC government/",
    "浦東新區 浦东新区 [Pu3 dong1 xin1 qu1] /Pudong New District, subprovincial district of Shanghai/",
]


def test_the_build_lists_the_places_whose_english_is_not_their_pinyin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "cedict.u8.gz"
    source.write_bytes(gzip.compress(("#! date=2020-12-21T10:42:05Z\n" + "\n".join(LINES) + "\n").encode("utf-8")))
    out = tmp_path / "places.tsv"
    script = load_build_script("build_cedict_person_english")
    monkeypatch.setattr(sys, "argv", ["build_cedict_person_english.py", str(source), str(out), "place"])
    script.main()
    rows = [line for line in out.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert rows == ["旺角\t\tMong Kok", "香港\t\tHong Kong"]
    assert out.read_text(encoding="utf-8").startswith("# Places CC-CEDICT names in English otherwise")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "fresh.json"
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
    ("typed", "stored", "en"),
    [
        ("香港", "香港", "Hong Kong"),
        ("旺角", "旺角", "Mong Kok"),
        ("高雄", "高雄", "Kaohsiung"),
        ("慕尼黑", "慕尼黑", "Munich"),
        ("基輔", "基辅", "Kiev"),  # CC-CEDICT's traditional column: named as typed, stored simplified
    ],
)
def test_a_place_cedict_names_otherwise_is_refused_with_its_english(db: Path, typed: str, stored: str, en: str) -> None:
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    done = add(db, typed, "--type", "place")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert f"CC-CEDICT writes {typed} {en!r}, not the pinyin this command would make" in done.stderr
    assert f"add '{typed}' --type place --en " in done.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    done = add(db, typed, "--type", "place", "--en", en)
    assert done.returncode == 0, done.stderr
    assert f"{stored} {en}" in done.stdout


@pytest.mark.parametrize(
    ("zh", "en"),
    [("北京", "Beijing"), ("上海市", "Shanghai City"), ("浦东新区", "Pudong New Area"), ("王村", "Wangcun")],
)
def test_a_place_whose_english_differs_in_its_generic_alone_is_added_as_before(db: Path, zh: str, en: str) -> None:
    done = add(db, zh, "--type", "place")
    assert done.returncode == 0, done.stderr
    assert f"{zh} {en}" in done.stdout


def test_the_untyped_refusal_names_the_english_with_the_type(db: Path) -> None:
    done = add(db, "香港")
    assert done.returncode == 2
    assert (
        "香港 is a place in CC-CEDICT (--type place), so 'person' would be a guess; CC-CEDICT's English is 'Hong Kong' "
        "(--en 'Hong Kong')"
    ) in done.stderr


def _rows() -> list[tuple[str, str, str]]:
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line[:1] not in ("#", "")]  # type: ignore[misc]


@settings(max_examples=60, deadline=None)
@given(row=st.sampled_from(_rows()))
def test_every_listed_place_is_found_and_is_no_english_add_makes(row: tuple[str, str, str]) -> None:
    zh, hant, en = row
    assert cedict_english(zh, "place") == en
    if hant:
        assert cedict_english(hant, "place") == en
    assert draft_entry(zh, kind="place").en != en
