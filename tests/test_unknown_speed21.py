"""The cheaper steps of `annotate --unknown` give the answers of the plain ones (twenty-first session's speed work).

Each test holds one rewritten step to the step it replaced, written out plainly here: the names OpenCC t2s keeps,
asked of `keeps` a group at a time (`zhgloss.pinyin._kept_t2s`), and a given name's characters read from the
readings table by a remembered answer per character (`zhgloss.pinyin._first_reading`), so that `read_names`
answers a list of names as it answers each name alone. tests/test_readings.py holds its answers to `romanize`.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss import pinyin as zp
from zhgloss.opencc_table import keeps

SURNAMES = sorted(s for s in zp.surnames() if len(s) == 1)
# Characters t2s changes (traditional ones: 張, 乾, 發), characters of its phrase keys, neutral tones made full (子),
# characters the table reads otherwise in pypinyin's phrases (银行), and a character outside the basic block (䶮).
HARD = [*"張乾發髮後裏麵於餘鍾範干后里面发余钟范子们么银行正义朝阳南山䶮", "·", "．", " "]
COMMON = [chr(code) for code in range(0x4E00, 0x9FA6)]
names = st.builds(
    lambda surname, rest: surname + rest,
    st.sampled_from([*SURNAMES, "欧阳", "司马", "张", "李"]),
    st.text(alphabet=st.sampled_from(HARD) | st.sampled_from(COMMON), min_size=0, max_size=4),
)


def plain_kept_t2s(candidates: list[str]) -> set[str]:
    """The names t2s provably keeps, asked of `keeps` one by one (as `read_names` asked before)."""
    return {name for name in candidates if keeps(name, "t2s")}


@settings(max_examples=300, deadline=None)
@given(st.lists(names, max_size=40))
def test_the_names_t2s_keeps_are_asked_a_group_at_a_time(candidates: list[str]) -> None:
    plain = [name for name in candidates if zp._PLAIN_HAN_RE.fullmatch(name)]
    assert zp._kept_t2s(plain, keeps) == plain_kept_t2s(plain)


def test_a_group_with_one_traditional_name_keeps_the_others() -> None:
    group = ["王明", "張三", "李四", "徐乾学", "赵六"]
    assert zp._kept_t2s(group, keeps) == {"王明", "李四", "赵六"}
    long_name = "王" * 60  # longer than a group: asked alone (keeps' limit is 64 characters)
    assert zp._kept_t2s([long_name, "李四"], keeps) == plain_kept_t2s([long_name, "李四"])


def test_every_characters_first_reading_is_the_plain_steps() -> None:
    zp.read_names(["王" + "".join(COMMON[k : k + 2]) for k in range(0, len(COMMON), 2)])  # every row fetched
    for char in [*COMMON, *HARD]:
        row = zp._TABLE_CHARS.get(char)
        first = row[0] if row is not None else ""
        plain = first if zp._NUMBERED_RE.match(first) else ""
        assert zp._first_reading(char, False) == plain, char
        toned = zp._with_full_tones(char, [first])[0] if plain else ""
        assert zp._first_reading(char, True) == toned, char
    assert zp._first_reading("子", True) == "zi3"  # 孙武子 Sūn Wǔzǐ: no neutral tone in a given name


@settings(max_examples=200, deadline=None)
@given(st.lists(names, min_size=1, max_size=30))
def test_names_read_together_read_as_each_alone(candidates: list[str]) -> None:
    together = zp.read_names(candidates)
    alone = {name: reading for name in candidates for reading in zp.read_names([name]).values()}
    assert together == alone


def test_names_read_together_in_any_order_read_alike() -> None:
    rng = random.Random(21)
    candidates = [rng.choice(SURNAMES) + "".join(rng.choices(COMMON + HARD, k=rng.randint(0, 3))) for _ in range(400)]
    candidates += ["任正非", "孙武子", "王银行", "張三", "埃隆·马斯克", "史蒂夫．乔布斯", "欧阳娜娜"]
    answered = zp.read_names(candidates)
    shuffled = candidates[:]
    rng.shuffle(shuffled)
    assert zp.read_names(shuffled) == answered
    assert answered["孙武子"] == ("Sūn Wǔzǐ", "Sun Wuzi")
    assert "張三" not in answered
