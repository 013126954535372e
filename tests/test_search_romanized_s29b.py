"""search: a name typed in Wade-Giles finds its entry, as the pinyin it spells (issue 9, session 29).

CC-CEDICT gives a name in pinyin ("Mao Zedong"), and older English copy in Wade-Giles ("Mao Tse-tung"); search
ranked 毛主席语录 "Quotations from Chairman Mao Tse-Tung" (the query in part) before 毛泽东. A query is read as
Wade-Giles by `zhgloss.romanizations.wade_giles_readings` (data/wade_giles.tsv inverted; a syllable typed without
its apostrophe or umlaut may be either of its pair), and a form whose letters are such a reading scores
WADE_GILES_SCORE, "Wade-Giles" in how it matched (`Searcher._score_wade_giles`); WADE_GILES_PINYIN_SCORE when the
query's words are pinyin as typed too ("Chou En-lai", "Pan").

The lines of tests/data/cedict_romanized_s29b.u8 are real CC-CEDICT lines (cedict_ts.u8 of ../shared/data), whole.
Each Wade-Giles spelling below is the name's as reference works give it (Britannica's and the Cambridge History of
China's: Mao Tse-tung, Teng Hsiao-p'ing, Ch'en Tu-hsiu, K'ang Yu-wei, Liang Ch'i-ch'ao, Tseng Kuo-fan, Yüan Shih-k'ai,
Liu Shao-ch'i, Chiang Ch'ing, Ch'ien-lung; places Ch'ung-ch'ing, Nan-ching, T'ien-chin, Ssu-ch'uan).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture

from zhgloss.fuzzy import WADE_GILES_PINYIN_SCORE, WADE_GILES_SCORE, Searcher
from zhgloss.romanizations import wade_giles_readings


@pytest.fixture(scope="module")
def searcher() -> Searcher:
    return Searcher(cedict_fixture("cedict_romanized_s29b.u8"))


def _order(searcher: Searcher, query: str) -> list[tuple[str | None, int, str]]:
    return [(hit.entry.zh, hit.score, hit.matched) for hit in searcher.search(query, limit=10)]


@pytest.mark.parametrize(
    ("query", "zh"),
    [
        ("Mao Tse-tung", "毛泽东"),  # the issue's: before 毛主席语录, which holds "Mao Tse-Tung" in part
        ("Teng Hsiao-p'ing", "邓小平"),
        ("Teng Hsiao-ping", "邓小平"),  # the apostrophe left out: p may be p' (ping), not only b
        ("Ch'en Tu-hsiu", "陈独秀"),
        ("K'ang Yu-wei", "康有为"),
        ("Liang Ch\u2019i-ch\u2019ao", "梁启超"),  # a typographic apostrophe
        ("Tseng Kuo-fan", "曾国藩"),
        ("Yüan Shih-k'ai", "袁世凯"),
        ("Yuan Shih-kai", "袁世凯"),  # no umlaut, no apostrophe
        ("Liu Shao-ch'i", "刘少奇"),
        ("Chiang Ch'ing", "江青"),  # before 清 "Ch'ing dynasty", which holds a word of it
        ("Ch'ien-lung", "乾隆"),
        ("Ch'ung-ch'ing", "重庆"),
        ("Nan-ching", "南京"),
        ("T'ien-chin", "天津"),
        ("Ssu-ch'uan", "四川"),
    ],
)
def test_a_name_in_wade_giles_finds_its_entry_first(searcher: Searcher, query: str, zh: str) -> None:
    first = _order(searcher, query)[0]
    assert first[0] == zh, _order(searcher, query)
    assert first[1] == WADE_GILES_SCORE and "Wade-Giles" in first[2], first


def test_a_wade_giles_name_comes_before_a_title_that_holds_it_as_written(searcher: Searcher) -> None:
    zhs = [zh for zh, _, _ in _order(searcher, "Mao Tse-tung")]
    assert zhs[:2] == ["毛泽东", "毛主席语录"], zhs


@pytest.mark.parametrize(("query", "zh"), [("Chou En-lai", "周恩来"), ("Kang Yu-wei", "康有为")])
def test_a_wade_giles_name_that_is_pinyin_too_scores_less(searcher: Searcher, query: str, zh: str) -> None:
    # chou, en and lai are pinyin syllables: the query may be pinyin typed, so its Wade-Giles reading counts less.
    first = _order(searcher, query)[0]
    assert first == (zh, WADE_GILES_PINYIN_SCORE, "English, Wade-Giles"), _order(searcher, query)


def test_pinyin_as_typed_comes_before_its_wade_giles_reading(searcher: Searcher) -> None:
    # "Pan" is the surname 潘 Pan; as Wade-Giles it spells ban (班), found after it.
    found = _order(searcher, "Pan")
    assert found[0][:2] == ("潘", 100), found
    assert ("班", WADE_GILES_PINYIN_SCORE, "English, Wade-Giles") in found, found


@pytest.mark.parametrize(
    ("query", "first", "also"),
    [
        ("Mao Tse-tung", ["mao", "zedong"], ["mao", "zetong"]),  # t may be t' typed plainly
        ("T'ien", ["tian"], None),  # the apostrophe typed: only the aspirate
        ("Tien", ["dian"], ["tian"]),
        ("Hsü", ["xu"], None),  # pinyin writes ü as u after x
        ("Hsu", ["xu"], None),  # hsü without its dots: no other syllable is spelt hsu
        ("Lu Hsün", ["lu", "xun"], ["lü", "xun"]),  # lu typed: lu, or lü without its dots
        ("Kaohsiung", ["gaoxiong"], ["kaoxiong"]),  # syllables run together, fewest first
    ],
)
def test_wade_giles_readings(query: str, first: list[str], also: list[str] | None) -> None:
    readings, _ = wade_giles_readings(query)
    assert readings[0] == first, readings
    assert also is None or also in readings
    if also is None:
        assert len(readings) == 1, readings


@pytest.mark.parametrize("query", ["Donald Trump", "Sun Yat-sen", "Lee Teng-hui", "Xi Jinping"])
def test_a_name_with_a_word_no_wade_giles_has_no_reading(query: str) -> None:
    # "Donald", "Yat" (Cantonese), "Lee" (Hong Kong's spelling of 李) are no Wade-Giles syllables; "Xi" is pinyin's x.
    assert wade_giles_readings(query) == ([], False)


def test_a_reading_tells_whether_the_query_is_pinyin_too() -> None:
    assert wade_giles_readings("Chou En-lai")[1] is True
    assert wade_giles_readings("Mao Tse-tung")[1] is False
    assert wade_giles_readings("Ch'en Tu-hsiu")[1] is False  # an aspirate's apostrophe is no pinyin's


def test_a_long_word_of_syllables_is_read_in_time(searcher: Searcher) -> None:
    # "anan...x" cuts into an/a-na in 2^30 ways before its last letter fails: a pattern of the syllables tried them
    # all (64 s at 48 letters); the cut table tries each cut once.
    word = "an" * 30 + "x"
    assert wade_giles_readings(word) == ([], False)
    assert wade_giles_readings("Mao " + "an" * 30)[0] == []  # no name has a word of 60 letters
    searcher.search(word)
