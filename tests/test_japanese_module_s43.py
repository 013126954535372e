"""`japanese_surname_word` lives in zhgloss/japanese.py (forty-third session, SPD-42-1), so that `add` and `validate`
of a person whose English is no pinyin tell a Japanese name without importing the harvester (~158 ms a command).

Its answer is the one harvest.py gave: a name read as Chinese asks the harvester's `compare_english` only when a
word of its English ends as a Japanese surname reads (or its Japanese readings cut it), after, not before; the
property below holds the new order to the old one, written out here as it stood in harvest.py (7a5fb2fa).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss import harvest, japanese
from zhgloss.errors import ZhglossError
from zhgloss.script import en_key, en_words, is_cjk

ZHGLOSS = shutil.which("zhgloss")


def _imported(tmp_path: Path, *argv: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """Run the installed console script with `argv` under `python -X importtime`: the run, the modules imported."""
    assert ZHGLOSS is not None
    done = subprocess.run(
        [sys.executable, "-X", "importtime", ZHGLOSS, *argv], capture_output=True, text=True, check=False, cwd=tmp_path
    )
    modules = {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    return done, modules


def _empty(tmp_path: Path) -> str:
    db = tmp_path / "g.json"
    subprocess.run([ZHGLOSS or "zhgloss", "init", "--empty", str(db)], capture_output=True, check=True)
    return str(db)


@pytest.mark.parametrize(
    ("zh", "en", "code"),
    [
        ("王腾腾", "Tony Wang", 2),  # an adopted name not said so: refused, as before
        ("张伟", "Wang Wei", 2),  # another Chinese name's English: refused
        ("岸田文雄", "Fumio Kishida", 0),  # read as Japanese by the romanizer: never asks compare_english
        ("王腾腾", "Wang Tengteng", 0),  # the pinyin
    ],
)
def test_add_of_a_person_does_not_import_the_harvester(tmp_path: Path, zh: str, en: str, code: int) -> None:
    db = _empty(tmp_path)
    done, modules = _imported(tmp_path, "add", zh, "--en", en, "--type", "person", "--db", db)
    assert done.returncode == code, done.stderr
    assert "zhgloss.japanese" in modules or code == 0
    assert "zhgloss.harvest" not in modules
    assert "Traceback" not in done.stderr


def test_validate_of_such_an_entry_does_not_import_the_harvester(tmp_path: Path) -> None:
    db = _empty(tmp_path)
    added = subprocess.run(
        [
            ZHGLOSS or "zhgloss",
            "add",
            "王腾腾",
            "--en",
            "Tony Wang",
            "--type",
            "person",
            "--force",
            "--yes",
            "--db",
            db,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert added.returncode == 0, added.stderr
    done, modules = _imported(tmp_path, "validate", "--db", db)
    assert done.returncode == 1  # the English does not spell the pinyin: still said
    assert "does not spell the pinyin 'Wáng Téngténg'" in done.stdout
    assert "zhgloss.harvest" not in modules


def test_a_japanese_name_read_as_chinese_is_still_accepted(tmp_path: Path) -> None:
    # 高市早苗 is read as Chinese by 高: its English is no pinyin, and still no mismatch (U52 addendum 3).
    db = _empty(tmp_path)
    done, _ = _imported(tmp_path, "add", "高市早苗", "--en", "Sanae Takaichi", "--type", "person", "--db", db)
    assert done.returncode == 0, done.stderr
    stored = json.loads(Path(db).read_text(encoding="utf-8"))["entries"]
    assert [doc["en"] for doc in stored.values()] == ["Sanae Takaichi"]


def test_the_harvester_names_are_the_moved_ones() -> None:
    assert harvest.japanese_surname_word is japanese.japanese_surname_word
    assert harvest.japanese_surname_ends is japanese.japanese_surname_ends
    assert harvest.JAPANESE_SURNAME_ENDS_PATH == japanese.JAPANESE_SURNAME_ENDS_PATH


def _old_japanese_surname_word(zh: str, en: str) -> int | None:
    """harvest.japanese_surname_word as it stood before the move (7a5fb2fa): compare_english asked first."""
    from zhgloss.pinyin import name_origin, romanize
    from zhgloss.romanizations import japanese_reading

    words = en.split()
    if len(words) != 2 or not all(w[:1].isupper() for w in words):
        return None
    if any(w in japanese.PLACE_GENERICS or w in japanese.ORG_WORDS for w in en_words(en)):
        return None
    try:
        is_japanese = name_origin(zh) == "japanese"
        surnames = [romanize(zh).surname] if is_japanese else []
    except ZhglossError:
        return None
    if not is_japanese:
        if not 3 <= len(zh) <= 5 or not all(map(is_cjk, zh)) or harvest.compare_english(zh, en)[0] != "different":
            return None
        surnames = [zh[:3], zh[:2], zh[:1]] if len(zh) >= 4 else [zh[:2], zh[:1]]
    for surname in surnames:
        endings = japanese.japanese_surname_ends().get(surname[-1:], ())
        ending = [i for i, w in enumerate(words) if en_key(w).endswith(endings)] if endings else []
        if len(ending) == 1:
            return ending[0]
    capitals = [i for i, w in enumerate(words) if len(w) > 1 and w.isupper()]
    if is_japanese and len(capitals) == 1:
        return capitals[0]
    cut = japanese_reading(zh, en)
    return cut[1] if cut is not None else None


_ENDS = sorted(japanese.japanese_surname_ends().items())
_CHARS = sorted({char for char, _ in _ENDS} | set("王张李高石林岸柳安倍文雄早苗腾伟芳正茂市井菅义伟晋三"))
_WORDS = [
    "Wang", "Zhang", "Li", "Gao", "Shi", "Lin", "Tony", "Tengteng", "Wei", "Takaichi", "Sanae", "Kishida", "Fumio",
    "Hayashi", "Yoshimasa", "Ishiba", "Shigeru", "Yanai", "Tadashi", "Abe", "Shinzo", "KISHIDA", "Suga", "Park", "Bank",
]  # fmt: skip


@st.composite
def _english(draw: st.DrawFn) -> str:
    def word() -> str:
        if draw(st.booleans()):
            return draw(st.sampled_from(_WORDS))
        _, endings = draw(st.sampled_from(_ENDS))
        stem = draw(st.sampled_from(["", "Ka", "Yama", "Ishi", "Mo", "Ta"]))
        return (stem + draw(st.sampled_from(endings))).capitalize()

    return f"{word()} {word()}"


@settings(max_examples=300, deadline=None)
@given(zh=st.text(st.sampled_from(_CHARS), min_size=2, max_size=5), en=_english())
def test_the_answer_is_the_old_order_s(zh: str, en: str) -> None:
    assert japanese.japanese_surname_word(zh, en) == _old_japanese_surname_word(zh, en)


@pytest.mark.parametrize(
    ("zh", "en", "surname"),
    [("高市早苗", "Sanae Takaichi", 1), ("林芳正", "Yoshimasa Hayashi", 1), ("石破茂", "Ishiba Shigeru", 0),
     ("岸田文雄", "Fumio Kishida", 1), ("王腾腾", "Tony Wang", None), ("张伟", "Wang Wei", None),
     ("日比谷公园", "Hibiya Park", None)],
)  # fmt: skip
def test_real_names(zh: str, en: str, surname: int | None) -> None:
    assert japanese.japanese_surname_word(zh, en) == surname
