"""`add` with no --type does not make a person of a place or an organisation CC-CEDICT lists (R38-17).

3ae63a2c asked for the type of CC-CEDICT's ordinary words only (秘书长); its proper lines of places and organisations
were drafted as persons, as two or three characters read as a surname and a given name: 上海 "Shang Hai", 新华社 "Xin
Huashe", 人民日报, 天安门, 黄河, 长城. The import's own typing of those lines (data/cedict_things.tsv, built by
scripts/build_cedict_things.py) now says they are things: `add` asks for the type (exit 2, nothing written), naming
the one CC-CEDICT gives. A person's name, or any name given --type, goes as before.
"""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pytest
from build_scripts import load_build_script

from zhgloss.curate import cedict_things, untyped_word

DATA = Path(__file__).resolve().parent.parent / "src" / "zhgloss" / "data"


def _add(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["zhgloss", "--db", str(db), "add", *args, "-y"], capture_output=True, text=True, stdin=subprocess.DEVNULL
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "untyped.json"
    subprocess.run(["zhgloss", "init", str(path), "--empty"], check=True, capture_output=True)
    return path


@pytest.mark.parametrize(
    ("zh", "kind"),
    [
        ("上海", "place"),
        ("新华社", "org"),
        ("人民日报", "org"),
        ("天安门", "place"),
        ("黄河", "place"),
        ("長城", "place"),
    ],
)
def test_a_place_or_organisation_is_no_person_by_default(db: Path, zh: str, kind: str) -> None:
    before = db.read_bytes()
    done = _add(db, zh)
    assert done.returncode == 2
    assert f"(--type {kind}), so 'person' would be a guess" in done.stderr
    assert done.stderr.count("\n") == 1
    assert db.read_bytes() == before


def test_the_type_given_is_taken(db: Path) -> None:
    assert _add(db, "上海", "--type", "place").returncode == 0
    # A person called 黄河 is the user's to say.
    assert _add(db, "黄河", "--type", "person").returncode == 0


@pytest.mark.parametrize("zh", ["王勇", "李宁", "习近平"])
def test_a_persons_name_is_a_person_as_before(db: Path, zh: str) -> None:
    # 李宁: CC-CEDICT's gymnast and the company of his name: a person's name may be meant, so it is no thing here.
    assert untyped_word(zh) is None
    done = _add(db, zh)
    assert done.returncode == 0, done.stderr


def test_the_bundled_things_are_no_persons_cedict_lists() -> None:
    things = cedict_things()
    persons = set((DATA / "cedict_persons.txt").read_text(encoding="utf-8").split("\n"))
    assert len(things) > 15000
    assert set(things.values()) <= {"place", "org", "event", "work", "product"}
    assert not things.keys() & persons


def test_the_build_script_types_real_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "cedict.u8.gz"
    lines = [
        "#! date=2020-12-21T10:42:05Z",
        "上海 上海 [Shang4 hai3] /Shanghai municipality, central east China, abbr. to 滬|沪[Hu4]/",
        "新華社 新华社 [Xin1 hua2 she4] /Xinhua News Agency/",
        "李寧 李宁 [Li3 Ning2] /Li Ning (1963-), PRC gymnast, winner of three gold medals at Los Angeles 1984 "
        "Olympic games/",
        "長城 长城 [Chang2 cheng2] /the Great Wall/",
        "黃河 黄河 [Huang2 He2] /Yellow River or Huang He/",
    ]
    source.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8")))
    out = tmp_path / "things.tsv"
    script = load_build_script("build_cedict_things")
    monkeypatch.setattr(sys, "argv", ["build_cedict_things.py", str(source), str(out)])
    script.main()
    rows = [line for line in out.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert rows == ["上海\tplace", "新华社\torg", "长城\tplace", "黄河\tplace"]
    assert "date=2020-12-21T10:42:05Z" in out.read_text(encoding="utf-8")
