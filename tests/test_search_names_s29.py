"""search: in a big imported glossary the entry a query names comes first (issue 9, session 29).

With the CC-CEDICT names glossary (`zhgloss import cedict_ts.u8.gz --proper-only`), English queries ranked another
entry first: "Trump" 川普 (Taiwan's "surname Trump") before 特朗普 Donald Trump, "Beethoven" 贝九 (Beethoven's
Ninth) before 贝多芬, "Ma" 麻 before 马, "Nike" 尼克 Nick (read Níkè) beside 耐克 Nike. Each is a class, each with its
rule in `zhgloss.fuzzy`:

- a person's family name typed alone (the `short` rendering of `zhgloss.forms`, `forms.family_name`) scores
  `SHORT_SCORE`, above a form that holds the word only in part (a work, a pair of names), under a form written as
  the query is; one letter off, less FUZZY_PENALTY (`Searcher._score_latin`, settled by `Searcher._settled`);
- a form the entry gives only in a sense labelled one region's, slang or old (`forms.is_marked_form`) scores
  `MARKED_FORM_SCORE` at most: after the family name of the person news means, before a form typed in part;
- of hits that score alike, as lookup orders its matches: a form whose words are spaced as typed before one whose
  letters only run alike ("Fu Jian" 苻坚, "Fujian" 福建), a surname spelt alone the surname's own entry, the
  commoner first (`index.surname_rank`), then what sets an entry back (`forms.demotion`), then a form written as the
  query is before a reading of the Chinese (`Searcher._ties_by_precedence`); lookup asks the same surname rule
  (tests/test_lookup_surnames_s29.py).

The judged queries (tests/data/search_names_s29.tsv, 291 of them: people, places and companies a news translator
would look up, exact, family names alone, surnames, typos, pinyin, older romanizations) give the rates the last test
holds as a floor, measured on the full names glossary: top-1 86.3% before this session's rules, 96.9% after.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from cedict_fixtures import cedict_fixture

from zhgloss.formats.cedict import load_cedict
from zhgloss.fuzzy import MARKED_FORM_SCORE, SHORT_SCORE, WHOLE_WORDS_SCORE, Searcher

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def searcher() -> Searcher:
    # Real CC-CEDICT lines (cedict_ts.u8 of ../shared/data), copied whole: the entries of each case and those they
    # came after.
    return Searcher(cedict_fixture("cedict_rank_s29.u8"))


def _order(searcher: Searcher, query: str) -> list[tuple[str | None, int, str]]:
    return [(hit.entry.zh, hit.score, hit.matched) for hit in searcher.search(query, limit=10)]


def _before(searcher: Searcher, query: str, first: str, then: str) -> None:
    zhs = [zh for zh, _, _ in _order(searcher, query)]
    assert zhs[:1] == [first] and then in zhs, _order(searcher, query)


@pytest.mark.parametrize(
    ("query", "first", "then"),
    [
        ("Beethoven", "贝多芬", "贝九"),  # the issue's: a work that holds the name
        ("Lenin", "列宁", "马列"),  # a pair of names
        ("Foucault", "福柯", "傅科摆"),  # a thing named after another man of that name
        ("Beethovan", "贝多芬", "贝九"),  # one letter off
    ],
)
def test_a_persons_family_name_alone_comes_before_a_form_that_holds_it(
    searcher: Searcher, query: str, first: str, then: str
) -> None:
    _before(searcher, query, first, then)
    score, matched = _order(searcher, query)[0][1:]
    assert matched.startswith("English, family name"), matched
    assert score == (SHORT_SCORE if query != "Beethovan" else WHOLE_WORDS_SCORE - 1)


def test_a_given_name_alone_is_no_family_name(searcher: Searcher) -> None:
    # "Xiaoping" is the last word of "Deng Xiaoping", whose family name (Deng, the pinyin's surname) comes first.
    ((_, score, matched),) = [hit for hit in _order(searcher, "Xiaoping") if hit[0] == "邓小平"]
    assert WHOLE_WORDS_SCORE <= score < SHORT_SCORE and "family name" not in matched


@pytest.mark.parametrize(
    ("query", "first", "then"),
    [
        ("Trump", "特朗普", "川普"),  # the issue's: "(Tw) surname Trump"
        ("Saudi Arabia", "沙特阿拉伯", "沙特"),  # "abbr. for Saudi Arabia"
        ("Korea", "韩国", "棒国"),  # "(derog.) Korea"
    ],
)
def test_a_form_given_only_in_a_marked_sense_comes_after_the_name_news_means(
    searcher: Searcher, query: str, first: str, then: str
) -> None:
    _before(searcher, query, first, then)
    assert {zh: score for zh, score, _ in _order(searcher, query)}[then] == MARKED_FORM_SCORE


def test_a_marked_form_written_so_still_comes_before_a_form_typed_in_part(searcher: Searcher) -> None:
    _before(searcher, "San Diego", "圣地牙哥", "三貂角")


@pytest.mark.parametrize(
    ("query", "first", "then"),
    [
        ("Nike", "耐克", "尼克"),  # 尼克 Nick is read Níkè
        ("Bali", "巴厘岛", "巴黎"),  # 巴黎 Paris is read Bālí
        ("Shanxi", "山西", "陕西"),  # 陕西 Shaanxi is read Shǎnxī
        ("Helan", "贺兰", "荷兰"),  # 荷兰 Holland is read Hélán
    ],
)
def test_an_english_form_as_written_comes_before_another_entrys_reading(
    searcher: Searcher, query: str, first: str, then: str
) -> None:
    _before(searcher, query, first, then)


def test_a_reading_with_tones_is_pinyin(searcher: Searcher) -> None:
    _before(searcher, "Bālí", "巴黎", "巴厘岛")


@pytest.mark.parametrize(
    ("query", "first", "after"),
    [
        ("Ma", "马", ["麻"]),  # the issue's: 马 by its pinyin ("surname Ma/abbr. for Malaysia"), 麻 by its English
        ("Li", "李", ["里", "力", "黎族"]),  # an ethnic group spelt alike comes after every surname
        ("Xu", "徐", ["许"]),
        ("Chen", "陈", ["臣"]),  # 陈 is typed a name (three senses), 臣 a surname
        ("Zhao", "赵", ["兆", "赵国"]),
        ("Tang", "唐", ["唐代"]),  # "Tang dynasty (618-907)/surname Tang"
    ],
)
def test_a_surname_alone_finds_the_commonest_surname_spelt_so(
    searcher: Searcher, query: str, first: str, after: list[str]
) -> None:
    zhs = [zh for zh, _, _ in _order(searcher, query)]
    assert zhs[0] == first and set(after) <= set(zhs[1:]), _order(searcher, query)


@pytest.mark.parametrize(
    ("query", "first", "then"),
    [
        ("Fu Jian", "苻坚", "福建"),  # the emperor of Former Qin; the province is "Fujian"
        ("Wu Han", "吴晗", "武汉"),
        ("Liu Yang", "刘洋", "浏阳"),
        ("Fujian", "福建", "苻坚"),
        ("Wuhan", "武汉", "吴晗"),
    ],
)
def test_a_form_spaced_as_typed_comes_before_one_whose_letters_only_run_alike(
    searcher: Searcher, query: str, first: str, then: str
) -> None:
    _before(searcher, query, first, then)


def test_a_syllable_break_is_no_surname(searcher: Searcher) -> None:
    # "Xi'an" is two syllables; 冼 Xiǎn is one.
    _before(searcher, "Xi'an", "西安", "冼")


def _judged() -> list[tuple[str, set[str], str]]:
    lines = (DATA / "search_names_s29.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")][1:]
    return [(query, set(zh.split("|")), kind) for query, zh, kind in rows]


def test_the_judged_queries_are_many_and_of_every_class() -> None:
    judged = _judged()
    assert len(judged) >= 150
    assert {kind for _, _, kind in judged} == {"exact", "family", "surname", "typo", "pinyin", "romanized"}


@pytest.mark.slow
def test_the_names_glossary_ranks_the_judged_entry_first(shared_dir: Path) -> None:
    with gzip.open(shared_dir / "data" / "cedict_ts.u8.gz", "rt", encoding="utf-8") as fp:
        names = Searcher(list(load_cedict(fp, proper_only=True)))
    firsts: dict[str, list[bool]] = {}
    top3: list[bool] = []
    for query, right, kind in _judged():
        zhs = [hit.entry.zh for hit in names.search(query, limit=3)]
        firsts.setdefault(kind, []).append(bool(zhs) and zhs[0] in right)
        top3.append(bool(right & set(zhs)))
    every = [ok for oks in firsts.values() for ok in oks]
    misses = {kind: oks.count(False) for kind, oks in firsts.items()}
    # Measured (session 29): 282 of 291 first (96.9%; 251, 86.3%, before its rules), 287 in the first three (98.6%).
    assert sum(every) / len(every) >= 0.96, misses
    assert sum(top3) / len(top3) >= 0.98, misses
    # The classes this session fixed: every family name and every surname of the set first.
    assert misses["family"] == misses["surname"] == 0, misses
