"""The cheaper steps of `annotate --unknown` give the answers of the plain ones (twenty-first session's speed work).

Each test holds one rewritten step to the step it replaced, written out plainly here: the names OpenCC t2s keeps,
asked of `keeps` a group at a time (`zhgloss.pinyin._kept_t2s`), and a given name's characters read from the
readings table by a remembered answer per character (`zhgloss.pinyin._first_reading`), so that `read_names`
answers a list of names as it answers each name alone (tests/test_readings.py holds its answers to `romanize`);
the finder's rival on the next character, not scored where its bound says it cannot win (`NameFinder._rival`);
the names a longer span holds, found span by span (`_held_by_longer_spans`); and whether a character is a word of
its own, remembered for every finder (`_Stats.free`). tests/test_unknown_scan.py holds `find` to a plain find
that scores every candidate, the rival included.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_unknown_scan import spans_apart

from zhgloss import pinyin as zp
from zhgloss.annotate import Annotator, Session, follows_mark, written_gloss
from zhgloss.opencc_table import keeps
from zhgloss.unknown import (
    MARK_CLOSE,
    MARK_OPEN,
    Found,
    NameFinder,
    Proposal,
    _held_by_longer,
    _held_by_longer_spans,
    _is_gloss,
    _title_positions,
    bundled_stats,
    unknown_marks,
)

SURNAMES = sorted(s for s in zp.surnames() if len(s) == 1 and s in NameFinder().stats.single)
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
        toned = zp._given_name_reading(char, [first])[0] if plain else ""
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


FINDER = NameFinder()
GIVEN = sorted(FINDER.stats.given, key=FINDER.stats.given.__getitem__, reverse=True)
# Names after names (a surname inside a name: 王建国, 李王明), titles before and after them, a fourth character
# likely in given names (玺), words, list marks and punctuation: where `_best_at` asks the rival on i + 1.
PIECES = ["董事长", "主席", "表示", "说", "和", "、", "，", "。", "的", "公司", "先生", "王府井", "马上", "玺", "坤"]
rival_texts = st.lists(
    st.one_of(
        st.builds(
            lambda surname, rest: surname + "".join(rest),
            st.sampled_from(SURNAMES),
            st.lists(st.sampled_from(GIVEN[:200] + SURNAMES[:100]), min_size=1, max_size=3),
        ),
        st.sampled_from(PIECES),
    ),
    max_size=10,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(rival_texts, st.floats(2.0, 12.0))
def test_a_rival_left_unscored_could_not_have_won(text: str, score: float) -> None:
    titles = _title_positions(text)
    score = round(score, 2)  # (as `_score` rounds a name's score)
    for j in range(1, len(text)):
        if text[j] not in FINDER.stats.single:
            continue
        bound = FINDER._bound(text, j, titles)
        if bound is None:
            continue
        plain = FINDER._candidate(text, j, titles, bound)  # the rival scored, as `_best_at` asked before
        rival = FINDER._rival(text, j, titles, bound, score)
        if plain is not None and plain.score > score:
            assert rival == plain  # a rival that wins is scored
        else:
            assert rival is None or rival == plain


@pytest.mark.parametrize(
    ("text", "name"),
    [("乒乓球选手孙颖莎和王楚钦搭档获得冠军。", "王楚钦"), ("感染病学专家张文宏建议老年人接种。", "张文宏")],
)
def test_a_rival_inside_a_strong_name_is_not_scored(text: str, name: str) -> None:
    # 楚 and 文 are surnames too, but 楚钦 + 搭 and 文宏 + 建 are bound below the names that hold them.
    i = text.index(name)
    titles = _title_positions(text)
    best = FINDER._candidate(text, i, titles)
    assert best is not None
    assert best.surface == name
    asked: list[int] = []
    finder = NameFinder()
    score = finder._score

    def recorded(*args: Any, **kwargs: Any) -> Found | None:
        if "sizes" not in kwargs:  # (not `_stacked`'s ask after the title: 专家张文宏 may be 张 + 文宏 + …)
            asked.append(args[1])
        return score(*args, **kwargs)

    finder._score = recorded  # type: ignore[method-assign]
    assert finder._best_at(text, i, titles) == (0, 3, best.score)
    assert text[i + 1] in finder.stats.single
    assert i + 1 not in asked


@settings(max_examples=300, deadline=None)
@given(spans_apart, st.lists(st.tuples(st.integers(0, 40), st.integers(1, 5)), max_size=12))
def test_the_names_longer_spans_hold_are_found_span_by_span(
    spans: list[tuple[int, int]], names: list[tuple[int, int]]
) -> None:
    found = [Found(at, at + size, "x" * size) for at, size in sorted(names)]
    starts = [s for s, _ in spans]
    plain = {k for k, name in enumerate(found) if _held_by_longer(spans, starts, name)}
    assert _held_by_longer_spans(spans, found) == plain


def test_every_finder_shares_what_it_learns_of_characters() -> None:
    first, second = NameFinder(), NameFinder()
    assert first._free is second._free is bundled_stats().free
    first._name_goes_on("彬以")
    assert "彬" in second._free
    assert second._name_goes_on("彬以") and not second._name_goes_on("在以")  # 彬 is bound; 在 a word of its own


def plain_statuses(session: Session, text: str, named: list[tuple[Found, Proposal]]) -> list[tuple[int, str, str]]:
    """`unknown_marks`' statuses of the names `named` (as found, with their proposals) as its loop told them before:
    the three tests of what follows asked of every name."""
    seen: set[str] = set()
    out = []
    for found, proposal in named:
        written = proposal.written(session.gloss)
        if follows_mark(text, found.end):
            seen.add(found.surface)
            out.append((found.start, "already-marked", ""))
        elif written_gloss(text, found.end):
            seen.add(found.surface)
            out.append((found.start, "already-glossed", ""))
        elif _is_gloss(text, found.start, found.end):
            out.append((found.start, "in-gloss", ""))
        elif session.first_only and found.surface in seen:
            out.append((found.start, "repeat", ""))
        elif session.gloss == "zh" or not written:
            out.append((found.start, "same", ""))
        else:
            seen.add(found.surface)
            out.append((found.start, "unverified", f"{MARK_OPEN}{written}{MARK_CLOSE}"))
    return out


AFTER_NAMES = [
    "〔Rén Zhèngfēi?〕",
    "（Shan Tianfang）",
    " (Blinken)",
    "\u3000（Lei Jun）",
    "（1934—2018）",
    "）",
    ")",
    "，",
    "表示",
    "和",
]
marked_texts = st.lists(
    st.one_of(
        st.sampled_from(["任正非", "单田芳", "布林肯", "王建国", "李小明", "张伟"]),
        st.sampled_from(AFTER_NAMES),
        st.sampled_from(["华为创始人", "评书艺术家", "Shan Tianfang （", "(", "（"]),
    ),
    max_size=12,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(marked_texts, st.sampled_from(["auto", "en", "zh"]), st.booleans())
def test_what_follows_a_name_is_tested_only_where_it_may_mark_it(text: str, gloss: str, first_only: bool) -> None:
    session = Session(Annotator([]), gloss=gloss, first_only=first_only, count=True, unknown=FINDER)  # type: ignore[arg-type]
    marks = session.render_marks(text)
    named = unknown_marks(session, text, marks, reading_only=True)
    got = [(found.start, status, inserted) for found, _, status, inserted in named]
    assert got == plain_statuses(session, text, [(found, proposal) for found, proposal, _, _ in named])
    assert sum(session.unknown_counts.values()) == len(got)
