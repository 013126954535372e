"""Tibetan and Mongolian officials whose English is their own name's spelling, not pinyin (the review's R39-18).

热地 (Raidi: Xinhua's English; Tibetan, NPC vice chairman 1998-2008) was refused, exit 2, told "if it is an adopted
Western name, say so with --adopted": 热 is no surname of zhgloss's list (romanize says "not in zhgloss's surname
list ... check it"), yet the name counted as Chinese for sure, because 地 is no character of transliteration. A name
whose first character is no surname of the list, or only a rare one of the complete 百家姓 (乌, 达, 铁), read as a
surname and given name, is read so only by a guess (`pinyin.chinese_guess_reason`, which says why): its English is
questioned as a guess (a warning with the one-word pinyin as the way in), never refused. Any other name CC-CEDICT
does not list (强巴 "Qamba": 强 is a common surname) is still refused, but its message now names both ways in:
--adopted for an adopted Western name, the one-word --pinyin for a transliterated name's own spelling; and `add`
turns both ready-made fixes into "run zhgloss add again with ...".
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from zhgloss.cli.curate import _again_with
from zhgloss.pinyin import chinese_guess_reason, name_origin, surnames
from zhgloss.unknown import _TRANSLIT_RUN_CHARS


def _add(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["zhgloss", "--db", str(db), "add", *args, "--type", "person", "-y"],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "off.json"
    subprocess.run(["zhgloss", "init", str(path), "--empty"], check=True, capture_output=True)
    return path


# (name, the English Xinhua writes, the one-word pinyin, the reason said)
GUESSED = [
    ("热地", "Raidi", "Rèdì", "热 is in no surname list zhgloss has"),  # Tibetan, NPC vice chairman
    ("布和", "Bukh", "Bùhé", "布 is in no surname list zhgloss has"),  # Mongolian (Buhe's other spelling)
    ("乌云其木格", "Uyunqimg", "Wūyúnqímùgé", "乌 is a rare surname"),  # Mongolian, NPCSC vice-chair
]


@pytest.mark.parametrize(("zh", "en", "pinyin", "reason"), GUESSED)
def test_the_english_of_a_guessed_name_is_questioned_not_refused(
    db: Path, zh: str, en: str, pinyin: str, reason: str
) -> None:
    done = _add(db, zh, "--en", en)
    assert done.returncode == 0, done.stderr
    assert "warning: en:" in done.stderr and "only by a guess" in done.stderr
    assert reason in done.stderr
    assert f"--pinyin '{pinyin}'" in done.stderr
    assert "say so with --adopted" not in done.stderr


@pytest.mark.parametrize(("zh", "en", "pinyin", "reason"), GUESSED)
def test_with_the_one_word_pinyin_nothing_is_said(db: Path, zh: str, en: str, pinyin: str, reason: str) -> None:
    done = _add(db, zh, "--en", en, "--pinyin", pinyin)
    assert done.returncode == 0, done.stderr
    assert "warning" not in done.stderr and "error" not in done.stderr
    assert subprocess.run(["zhgloss", "validate", "--db", str(db)], capture_output=True).returncode == 0


def test_a_name_of_a_common_surname_names_both_ways_in(db: Path) -> None:
    done = _add(db, "强巴", "--en", "Qamba")
    assert done.returncode == 2
    line = next(x for x in done.stderr.splitlines() if x.startswith("error: en:"))
    assert "if it is an adopted Western name, say so with --adopted (run zhgloss add again with --adopted)" in line
    assert "transliterated name's own spelling" in line
    assert line.endswith("give its pinyin as one word (run zhgloss add again with --pinyin 'Qiángbā')")
    assert "zhgloss edit" not in line  # the entry does not exist: no edit of it is offered
    again = _add(db, "强巴", "--en", "Qamba", "--pinyin", "Qiángbā")
    assert again.returncode == 0, again.stderr


def test_a_listed_chinese_persons_english_has_no_transliteration_way(db: Path) -> None:
    # 习近平 is a person CC-CEDICT lists: "Xi Jinpeng" is a slip, and no transliterated name.
    done = _add(db, "习近平", "--en", "Xi Jinpeng")
    assert done.returncode == 2
    assert "transliterated" not in done.stderr


def test_a_two_word_english_is_no_transliterations_shape(db: Path) -> None:
    # 张三 "Jack Zhang": an adopted name's shape, given name then surname; no one-word pinyin is offered.
    done = _add(db, "张三", "--en", "Jack Zhang")
    assert done.returncode == 2
    assert "--adopted" in done.stderr and "transliterated" not in done.stderr


def test_again_with_turns_every_fix_of_the_entry() -> None:
    message = "x; a (zhgloss edit e1 --adopted); b (zhgloss edit e1 --pinyin 'Qiángbā')"
    assert _again_with(message, "e1", "add") == (
        "x; a (run zhgloss add again with --adopted); b (run zhgloss add again with --pinyin 'Qiángbā')"
    )
    other = "x (zhgloss edit e2 --adopted); b (zhgloss edit e1 --adopted)"
    assert _again_with(other, "e1", "add") == "x (zhgloss edit e2 --adopted); b (run zhgloss add again with --adopted)"


_NO_SURNAME = [c for c in "热地布和央玉素甫阿" if c not in surnames()]
_COMMON = [s for s, row in surnames().items() if row.common and len(s) == 1 and s not in _TRANSLIT_RUN_CHARS][:40]
_HAN_GIVEN = "".join(c for c in "伟芳静强磊军勇涛" if c not in _TRANSLIT_RUN_CHARS)


@given(st.sampled_from(_NO_SURNAME), st.text(alphabet="地和金素甫明华军伟", min_size=1, max_size=2))
def test_a_name_no_surname_starts_is_a_guess(first: str, rest: str) -> None:
    assume(name_origin(first + rest) == "chinese")  # else it is read as a transliteration outright (热金)
    reason = chinese_guess_reason(first + rest)
    assert reason is not None and first in reason


@given(st.sampled_from(_COMMON), st.text(alphabet=_HAN_GIVEN, min_size=1, max_size=2))
def test_a_common_surname_and_han_given_characters_is_no_guess(surname: str, rest: str) -> None:
    assert chinese_guess_reason(surname + rest) is None
