"""The fuzzy search engine: ranking quality on the labelled queries, forms, scale, cache, properties."""

from __future__ import annotations

import gzip
import io
import itertools
import json
import os
import subprocess
import sys
from array import array
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.errors import InvalidEntryError, UsageError
from zhgloss.formats.cedict import load_cedict
from zhgloss.fuzzy import FORMAT, Searcher, SearchHit, _Group, search, searcher_for, suggest
from zhgloss.model import Entry, Role
from zhgloss.pinyin import reading_table, to_pinyin_syllables
from zhgloss.script import zh_key
from zhgloss.store import Glossary

QUERIES = Path(__file__).resolve().parent / "data" / "search_queries.tsv"
KINDS = {
    "english", "alias", "typo", "partial", "reversed", "nickname", "code",
    "pinyin-toned", "pinyin-numbered", "pinyin-toneless", "pinyin-joined", "initials",
    "chinese", "traditional", "chinese-alias", "homophone",
}  # fmt: skip


def read_queries() -> list[tuple[str, str, str]]:
    """The labelled queries: (query, expected entry id, kind)."""
    with QUERIES.open(encoding="utf-8") as fp:
        lines = [line.rstrip("\n") for line in fp if line.strip() and not line.startswith("#")]
    header, *rows = (line.split("\t") for line in lines)
    assert header == ["query", "expected", "kind"]
    return [(query, expected, kind) for query, expected, kind in rows]


LABELLED = read_queries()


@pytest.fixture(scope="module")
def entries(bundled: Path) -> list[Entry]:
    with Glossary.open(bundled) as gloss:
        return list(gloss.iter_entries())


@pytest.fixture(scope="module")
def searcher(entries: list[Entry]) -> Searcher:
    return Searcher(entries)


@pytest.fixture(scope="session")
def big_entries(bundled: Path, shared_dir: Path) -> list[Entry]:
    """The bundled entries among ~40,000 CC-CEDICT headwords (every third line, so all of it is sampled)."""
    with gzip.open(shared_dir / "data" / "cedict_ts.u8.gz", "rt", encoding="utf-8") as fp:
        sample = io.StringIO("".join(itertools.islice(fp, 0, None, 3)))
    with Glossary.open(bundled) as gloss:
        mine = list(gloss.iter_entries())
    taken = {form for e in mine for form in e.zh_forms}
    cedict = [e for e in load_cedict(sample) if e.zh not in taken]
    assert len(cedict) > 30_000
    return mine + cedict


@pytest.fixture(scope="session")
def big_searcher(big_entries: list[Entry]) -> Searcher:
    return Searcher(big_entries)


def accuracy(searcher: Searcher) -> tuple[float, float, list[str]]:
    top1 = top3 = 0
    misses = []
    for query, expected, kind in LABELLED:
        hits = searcher.search(query, limit=3)
        ids = [hit.entry.id for hit in hits]
        top1 += ids[:1] == [expected]
        top3 += expected in ids
        if ids[:1] != [expected]:
            got = ", ".join(f"{h.entry.id} {h.score} ({h.matched})" for h in hits) or "nothing"
            misses.append(f"{kind:16} {query!r}: expected {expected}, got {got}")
    return top1 / len(LABELLED), top3 / len(LABELLED), misses


# The labelled set itself


def test_labelled_set_is_big_and_covers_every_kind(entries: list[Entry]) -> None:
    assert len(LABELLED) >= 60
    kinds = Counter(kind for _, _, kind in LABELLED)
    assert set(kinds) == KINDS
    ids = {e.id for e in entries}
    assert [e for _, e, _ in LABELLED if e not in ids] == []
    assert len({q for q, _, _ in LABELLED}) == len(LABELLED), "a query is listed twice"


# Quality


def test_labelled_accuracy_on_the_bundled_glossary(searcher: Searcher) -> None:
    top1, top3, misses = accuracy(searcher)
    print(f"\nbundled glossary: top-1 {top1:.1%}, top-3 {top3:.1%}, misses:", *misses, sep="\n  ")
    assert top1 >= 0.95, "\n".join(misses)
    assert top3 >= 0.99, "\n".join(misses)


@pytest.mark.slow
def test_labelled_accuracy_among_cedict_headwords(big_searcher: Searcher) -> None:
    top1, top3, misses = accuracy(big_searcher)
    print(f"\n{len(big_searcher)} entries: top-1 {top1:.1%}, top-3 {top3:.1%}, misses:", *misses, sep="\n  ")
    assert top1 >= 0.95, "\n".join(misses)
    assert top3 >= 0.99, "\n".join(misses)


@pytest.mark.parametrize(
    ("query", "expected", "matched"),
    [
        ("lj", "lei-jun", "pinyin initials"),
        ("Richard Liu", "liu-qiangdong", "alias: Richard Liu"),
        ("雷君", "lei-jun", "homophone of 雷军"),
        ("王祥", "wang-xiang", "homophone of 王翔"),
        ("劉強東", "liu-qiangdong", "traditional"),
        ("金山", "kingsoft", "Chinese alias: 金山"),
        ("Léi Jūn", "lei-jun", "pinyin"),
        ("lei2jun1", "lei-jun", "pinyin"),
        ("Lei Jun", "lei-jun", "English"),
        ("Kingsfot", "kingsoft", "English, similar spelling"),
        ("Qiangdong", "liu-qiangdong", "English, partial"),
        ("Qiangdong Liu", "liu-qiangdong", "English, other word order"),
    ],
)
def test_hit_says_which_form_matched(searcher: Searcher, query: str, expected: str, matched: str) -> None:
    hit = searcher.search(query, limit=1)[0]
    assert (hit.entry.id, hit.matched) == (expected, matched)


def test_exact_forms_score_100_and_near_ones_less(searcher: Searcher) -> None:
    assert searcher.search("Richard Liu")[0].score == 100
    assert 60 <= searcher.search("Richard Lui")[0].score < 100
    assert 60 <= searcher.search("雷君")[0].score < 100


def test_homophone_sharing_a_character_outranks_a_pure_homophone() -> None:
    same_sound = [
        Entry(id="lei-jun", en="Lei Jun", zh="雷军", pinyin="Léi Jūn"),
        Entry(id="lei-jun-2", en="Lei Jun", zh="类菌", pinyin="lèi jūn", type="term"),
    ]
    hits = Searcher(same_sound).search("雷君")
    assert [h.entry.id for h in hits] == ["lei-jun", "lei-jun-2"]
    assert hits[0].score > hits[1].score


def test_curated_name_wins_a_tie_with_a_dictionary_word() -> None:
    word = Entry(id="junlei", en="fungus", zh="菌类", pinyin="jūnlèi", type="term")
    person = Entry(id="lei-jun", en="Lei Jun", zh="雷军", pinyin="Léi Jūn", roles=(Role(title="founder"),))
    assert Searcher([word, person]).search("lj")[0].entry.id == "lei-jun"
    assert Searcher([word, person]).search("Jun Lei")[0].entry.id == "lei-jun"


def test_nickname_hit_carries_the_entry_it_stands_for(searcher: Searcher) -> None:
    hit = searcher.search("Leibusi", limit=1)[0]
    assert hit.entry.id == "leibusi"
    assert hit.refers_to is not None and hit.refers_to.id == "lei-jun"


def test_entry_without_pinyin_is_read_aloud_from_its_chinese() -> None:
    entry = Entry(id="zou-tao", en="Zou Tao", zh="邹涛")
    hit = Searcher([entry]).search("zt")[0]
    assert (hit.entry.id, hit.matched) == ("zou-tao", "pinyin initials")


def test_chinese_query_with_latin_letters_is_not_a_homophone(searcher: Searcher) -> None:
    hits = searcher.search("小米SU7", limit=2)
    assert hits[0].entry.id == "xiaomi-su7"
    assert all("homophone" not in h.matched for h in hits)


# Options


def test_polyphone_query_is_read_in_each_of_its_readings() -> None:
    # 重 reads zhong (its commonest, and pypinyin's for 重青) and chong: 重青 is a homophone of 冲青 by the second.
    searcher = Searcher([Entry(id="chongqing", en="Chongqing", zh="冲青", pinyin="Chōngqīng")])
    hits = searcher.search("重青")
    assert [(h.entry.id, h.matched) for h in hits] == [("chongqing", "homophone of 冲青")]


def test_reading_table_gives_every_toneless_reading_commonest_first() -> None:
    table = reading_table()
    assert "\n吕lv\n" in table
    start = table.index("\n和") + 2
    readings = table[start : table.index("\n", start)].split(",")
    assert readings[0] == "he" and "huo" in readings and len(readings) == len(set(readings))


def test_chinese_query_on_a_cached_index_does_not_import_pypinyin(searcher: Searcher, tmp_path: Path) -> None:
    blob = tmp_path / "index.bin"
    blob.write_bytes(searcher.to_bytes())
    code = (
        "import sys; from zhgloss.fuzzy import Searcher; "
        f"s = Searcher.from_bytes(open({str(blob)!r}, 'rb').read()); "
        "print(s.search('雷君')[0].entry.id, 'pypinyin' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["lei-jun", "False"]


_NUMPY_AFTER_SEARCH = """
import contextlib, io, sys
sys.argv = ["zhgloss", *sys.argv[1:]]
from zhgloss.cli import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    try:
        main()
    except SystemExit:
        pass
print("numpy" in sys.modules, "Lei Jun" in out.getvalue())
"""


def test_only_the_build_of_the_index_imports_numpy(bundled: Path, tmp_path: Path) -> None:
    """numpy is the build's (its postings): a search that reads the cached index never imports it."""
    path = tmp_path / "glossary.json"
    path.write_bytes(bundled.read_bytes())
    env = {**os.environ, "ZHGLOSS_CACHE_DIR": str(tmp_path / "cache")}
    argv = [sys.executable, "-c", _NUMPY_AFTER_SEARCH, "search", "lei jun", "--db", str(path)]
    runs = [subprocess.run(argv, capture_output=True, text=True, check=True, env=env).stdout.split() for _ in "ab"]
    assert runs == [["True", "True"], ["False", "True"]]


def test_limit_types_and_min_score(searcher: Searcher) -> None:
    assert len(searcher.search("Kingsoft", limit=2)) == 2
    assert {h.entry.type for h in searcher.search("Lei", types=["nickname"], limit=None)} == {"nickname"}
    assert all(h.score >= 90 for h in searcher.search("Kingsoft", min_score=90, limit=None))
    assert searcher.search("qqqqzzzzxx") == []


def test_types_are_spelt_as_entries_spell_them(searcher: Searcher) -> None:
    orgs = searcher.search("Kingsoft", types=["org"], limit=None)
    assert orgs and {h.entry.type for h in orgs} == {"org"}
    assert searcher.search("Kingsoft", types=["Organisation"], limit=None) == orgs
    assert searcher.search("Kingsoft", types=["ORG"], limit=None) == orgs
    assert {h.entry.type for h in searcher.search("Lei", types=["Person"], limit=None)} == {"person"}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"query": "   "}, "the query '   ' is empty"),
        ({"query": "Lei", "limit": 0}, "the limit must be 1 or more, not 0"),
        ({"query": "Lei", "types": ["persn"]}, "no entry has the type 'persn' (types: "),
    ],
)
def test_bad_requests_raise_usage_error(searcher: Searcher, kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(UsageError) as caught:
        searcher.search(**kwargs)  # type: ignore[arg-type]
    assert str(caught.value).startswith(message)


# Cache


def test_index_round_trips_through_bytes(searcher: Searcher) -> None:
    loaded = Searcher.from_bytes(searcher.to_bytes())
    assert len(loaded) == len(searcher)
    for query, _, _ in LABELLED:
        assert loaded.search(query) == searcher.search(query)


@pytest.mark.parametrize("blob", [b"", b"junk", json.dumps([1, 2]).encode(), f"zhgloss {FORMAT}\nnot marshal".encode()])
def test_from_bytes_rejects_what_is_not_an_index(blob: bytes) -> None:
    with pytest.raises(ValueError, match="not a zhgloss search index"):
        Searcher.from_bytes(blob)


def test_from_bytes_rejects_a_cut_short_index(searcher: Searcher) -> None:
    blob = searcher.to_bytes()
    with pytest.raises(ValueError, match="not a zhgloss search index"):
        Searcher.from_bytes(blob[: len(blob) // 2])


def test_index_is_cached_beside_the_glossary_and_rebuilt_when_it_changes(
    glossary_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from zhgloss.cache import cache_dir

    with Glossary.open(glossary_path) as gloss:
        assert search(gloss, "Lei Jun")[0].entry.id == "lei-jun"
        assert (cache_dir(glossary_path) / f"{FORMAT}.bin").is_file()
        # A second search loads the cache: building an index would now fail.
        monkeypatch.setattr(Searcher, "_build", lambda *a: pytest.fail("rebuilt an unchanged index"))
        assert search(gloss, "Lei Jun")[0].entry.id == "lei-jun"
        monkeypatch.undo()
        gloss.add(Entry(id="yang-lan", en="Yang Lan", zh="杨澜", pinyin="Yáng Lán"))
        assert search(gloss, "Yang Lan")[0].entry.id == "yang-lan"


def test_damaged_cache_file_is_rebuilt(glossary_path: Path) -> None:
    from zhgloss.cache import cache_dir

    with Glossary.open(glossary_path) as gloss:
        searcher_for(gloss)
        cached = cache_dir(glossary_path) / f"{FORMAT}.bin"
        head = cached.read_bytes().split(b"\n", 1)[0]
        cached.write_bytes(head + b"\nnot marshal data")
        assert search(gloss, "Lei Jun")[0].entry.id == "lei-jun"
        assert cached.read_bytes() != head + b"\nnot marshal data"


def test_in_memory_glossary_is_searched_without_a_cache() -> None:
    gloss = Glossary()
    gloss.add(Entry(id="lei-jun", en="Lei Jun", zh="雷军", pinyin="Léi Jūn"))
    assert [h.entry.id for h in search(gloss, "leijun")] == ["lei-jun"]


# suggest (used by `lookup` when nothing matches exactly)


def test_suggest_gives_up_to_three_labels(glossary_path: Path) -> None:
    with Glossary.open(glossary_path) as gloss:
        assert suggest(gloss, "Lie Jun")[0] == "雷军 Lei Jun"
        assert len(suggest(gloss, "Kingsof")) <= 3
        assert suggest(gloss, "qqqqzzzzxx") == []
        assert suggest(gloss, "  ") == []


# Properties


def test_every_chinese_form_finds_its_entry_with_score_100(searcher: Searcher, entries: list[Entry]) -> None:
    for entry in entries:
        for form in entry.zh_forms:
            hits = searcher.search(form, limit=None, min_score=100)
            assert entry.id in {h.entry.id for h in hits}, form


def test_exact_chinese_name_is_always_the_first_hit(searcher: Searcher, entries: list[Entry]) -> None:
    for entry in entries:
        if entry.zh:
            assert searcher.search(entry.zh, limit=1)[0].entry.zh == entry.zh, entry.zh


ENGLISH = st.sampled_from(["Lei Jun", "Richard Liu", "Kingsoft Cloud", "Xiaomi Group", "Jack Ma", "Leibusi", "Tencent"])


@given(name=ENGLISH, upper=st.booleans(), spaces=st.integers(1, 3), fullwidth=st.booleans())
@settings(max_examples=60, deadline=None)
def test_case_spacing_and_fullwidth_do_not_change_results(name: str, upper: bool, spaces: int, fullwidth: bool) -> None:
    searcher = _SEARCHER
    variant = (name.upper() if upper else name.lower()).replace(" ", " " * spaces)
    if fullwidth:
        variant = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in variant)
    assert [h.entry.id for h in searcher.search(variant)] == [h.entry.id for h in searcher.search(name)]


@given(query=st.text(min_size=1, max_size=12))
@settings(max_examples=150, deadline=None)
def test_any_text_gives_sorted_scores_in_range_or_usage_error(query: str) -> None:
    try:
        hits = _SEARCHER.search(query, limit=5)
    except UsageError:
        assert not zh_key(query)
        return
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert all(60 <= s <= 100 for s in scores)
    assert len(hits) <= 5
    assert all(isinstance(h, SearchHit) and h.matched for h in hits)


def _bundled_searcher() -> Searcher:
    from zhgloss.store import bundled_path

    with Glossary.open(bundled_path()) as gloss:
        return Searcher(gloss.iter_entries())


# Hypothesis runs a function-scoped test many times; a module-level index keeps it cheap.
_SEARCHER = _bundled_searcher()


# The pinyin helper added for search


@pytest.mark.parametrize(
    ("text", "syllables"),
    [
        ("雷君", ["lei", "jun"]),
        ("劉強東", ["liu", "qiang", "dong"]),
        ("吕", ["lv"]),
        ("小米SU7", ["xiao", "mi"]),
        ("Lei Jun", []),
        ("", []),
    ],
)
def test_to_pinyin_syllables(text: str, syllables: list[str]) -> None:
    assert to_pinyin_syllables(text) == syllables


# The layout of the index (search-v8): what it no longer stores is derived exactly


def _every_form(searcher: Searcher) -> list[tuple[int, int, str]]:
    """(form, entry number, text) of every form of the index, the text derived from the entry."""
    out = []
    for number in range(len(searcher)):
        entry = searcher.entry(number)
        for form in range(searcher._first_form[number], searcher._first_form[number + 1]):
            assert searcher._form_entry(form) == number
            out.append((form, number, searcher._form_text(form, entry)))
    return out


def test_each_form_text_read_from_its_entry_gives_the_words_the_index_holds(big_searcher: Searcher) -> None:
    from zhgloss.fuzzy import EN, HANT, INITIALS, PINYIN, VARIANT, ZH, ZH_ALIAS
    from zhgloss.model import fold_letters
    from zhgloss.script import en_words, has_cjk

    kinds: Counter[int] = Counter()
    line_of = {form: line for line, form in enumerate(big_searcher._zh_ranked_forms)}
    for form, number, text in _every_form(big_searcher):
        kind, words = big_searcher._kind(form), big_searcher._form_words[form]
        kinds[kind] += 1
        if kind == INITIALS:
            assert text == big_searcher._form_text(form - 1, big_searcher.entry(number))
        elif kind == PINYIN:
            assert text  # the pinyin as written, or as derived from the Chinese
        elif kind in (ZH, HANT) or (kind == ZH_ALIAS and has_cjk(text)):
            assert words == ""  # the key is kept once, among the ranked keys
            assert big_searcher._ranked_key(line_of[form]).decode() == zh_key(text), (form, text)
        else:
            assert " ".join(en_words(fold_letters(text))) == words, (form, text)
    assert kinds[EN] and kinds[VARIANT] and kinds[INITIALS]


def test_terms_in_the_bucket_layout_are_found_as_a_sorted_table_finds_them(big_searcher: Searcher) -> None:
    terms = big_searcher._terms
    text = bytes(big_searcher._bucket_text).decode()
    every = text.split("\n")[:-1]
    assert len(every) == len(set(every)) > 10_000
    for term in every[::37]:
        assert term in terms
        assert len(terms.get(term, 10**9)) >= 1
        assert term + "q" not in terms or (term + "q") in every
    for missing in ("", "zzzzzzzzzzzzzzzzzz", "é", "雷"):
        assert missing not in terms
        assert list(terms.get(missing, 5)) == []
    ordered = sorted(every)
    for prefix in ("lei", "x", "qiang", "beij", "zzzzq", "0"):
        assert terms.prefixed(prefix) == [t for t in ordered if t.startswith(prefix)]


def test_chinese_forms_are_found_by_key_as_the_postings_of_each_key_would_be(big_searcher: Searcher) -> None:
    from zhgloss.fuzzy import POSTING_CAP

    by_key: dict[str, list[int]] = {}
    text = bytes(big_searcher._zh_ranked).decode().split("\n")  # the keys as ranked, a line each
    for line in big_searcher._zh_exact:  # sorted by key, then most salient first
        by_key.setdefault(text[line], []).append(big_searcher._zh_ranked_forms[line])
    assert list(by_key) == sorted(by_key)
    assert len(by_key) > 10_000
    for key in [*list(by_key)[::53], "雷军", "不在的词语"]:
        assert big_searcher._exact(key) == by_key.get(key, [])[:POSTING_CAP]


@pytest.mark.parametrize("codes", [(b"I", b"B"), (b"B", b"b")])
def test_tables_of_an_unknown_type_are_not_an_index(searcher: Searcher, codes: tuple[bytes, bytes]) -> None:
    import marshal

    from zhgloss.fuzzy import MAGIC

    blob = searcher.to_bytes()
    size = int.from_bytes(blob[len(MAGIC) : len(MAGIC) + 4], "little")
    header = list(marshal.loads(blob[len(MAGIC) + 4 : len(MAGIC) + 4 + size]))
    header[4], header[5] = codes[0].decode(), codes[1].decode()
    if header[4] == "I":
        header[4] = "x"
    damaged = marshal.dumps(tuple(header))
    with pytest.raises(ValueError, match="not a zhgloss search index"):
        Searcher.from_bytes(MAGIC + len(damaged).to_bytes(4, "little") + damaged + blob[len(MAGIC) + 4 + size :])


# The build, a column at a time, against the plain build a form at a time (tests/search_reference.py)


def test_build_equals_the_plain_build_on_cedict_byte_for_byte(big_entries: list[Entry], big_searcher: Searcher) -> None:
    from search_reference import reference_blob

    assert big_searcher.to_bytes() == reference_blob(big_entries)


def test_build_with_entry_spans_equals_the_plain_build(bundled: Path) -> None:
    from search_reference import reference_blob

    with Glossary.open(bundled) as gloss:
        entries = list(gloss.iter_entries())
        spans = gloss.entry_spans(entries)
    assert Searcher(entries, spans).to_bytes() == reference_blob(entries, spans)


def test_each_gram_finds_its_postings_of_the_plain_build(big_entries: list[Entry], big_searcher: Searcher) -> None:
    from search_reference import reference_build

    from zhgloss.fuzzy import GRAM_CAP

    _, grams = reference_build(big_entries)
    common = sorted(grams, key=lambda gram: -len(grams[gram]))[:50]
    assert max(map(len, grams.values())) == GRAM_CAP
    for gram in [*common, *sorted(grams)[::97], "不在", "𠮷", "ａ"]:
        assert big_searcher._gram_forms(gram) == grams.get(gram, [])


def test_random_queries_give_the_same_hits_as_on_the_plain_build(
    big_entries: list[Entry], big_searcher: Searcher
) -> None:
    import random

    from search_reference import reference_blob

    plain = Searcher.from_bytes(reference_blob(big_entries[::4]))
    fast = Searcher(big_entries[::4])
    rng = random.Random(15)
    forms = [form for e in big_entries[::4] for form in (e.en, e.zh, e.pinyin, *e.aliases) if form]
    queries = []
    for form in rng.sample(forms, 150):
        cut = rng.randrange(1, len(form) + 1)
        queries += [form, form[:cut], form.swapcase(), form[:cut] + form[cut + 1 :]]
    for query in (q for q in queries if zh_key(q)):
        got = [(h.entry.id, h.score, h.matched, h.form) for h in fast.search(query, limit=5, min_score=40)]
        assert got == [(h.entry.id, h.score, h.matched, h.form) for h in plain.search(query, limit=5, min_score=40)]


def test_terms_of_a_group_with_letters_outside_ascii_are_found() -> None:
    """A group (first letter, length) with a term outside ASCII has lines of several widths: split, not strided.

    Latin letters fold to ASCII (Łódź is "lodz"): letters of other scripts, and the few Latin ones with no ASCII
    letter (ɂ, a glottal stop), stay beyond it."""
    names = ["Λόντζ Ωμέγα", "Lodz Smith", "Lona Smith", "Lola Jones", "Lɂy Jones"]
    entries = [Entry.from_dict({"id": f"l{n}", "zh": "罗兹", "en": name}) for n, name in enumerate(names)]
    searcher = Searcher.from_bytes(Searcher(entries).to_bytes())
    terms = searcher._terms
    assert not isinstance(terms._group("λ", 5)[1], _Group) and not isinstance(terms._group("l", 3)[1], _Group)
    assert isinstance(terms._group("s", 5)[1], _Group)  # "smith": all ASCII, read at its place
    for word in ("λοντζ", "ωμεγα", "lodz", "lona", "lola", "lɂy", "smith", "jones", "λοντζωμεγα", "lɂyjones"):
        assert word in terms, word
        assert terms.get(word, 10)
    assert "loy" not in terms and "λοντζζ" not in terms
    assert terms.prefixed("lo") == sorted(["lo", "lodz", "lona", "lola", "lodzsmith", "lonasmith", "lolajones"])
    assert terms.prefixed("lɂ") == ["lɂy", "lɂyjones"]
    for n, name in enumerate(names):
        assert searcher.search(name, limit=1)[0].entry.id == f"l{n}"


def test_random_queries_give_the_same_hits_as_on_the_v9_layout(big_entries: list[Entry]) -> None:
    """search-v10 packs the tables otherwise (issue 15, size): 640 queries find what they found on search-v9's."""
    import random

    from search_reference import reference_build, v9_searcher

    entries = big_entries[1::4]
    old = v9_searcher(reference_build(entries, layout="v9")[0])
    new = Searcher(entries)
    rng = random.Random(1510)
    forms = [form for e in entries for form in (e.en, e.zh, e.pinyin, *e.aliases) if form]
    queries = []
    for form in rng.sample(forms, 160):
        cut = rng.randrange(1, len(form) + 1)
        queries += [form, form[:cut], form.swapcase(), form[:cut] + form[cut + 1 :]]
    compared = 0
    for query in (q for q in queries if zh_key(q)):
        got = [(h.entry.id, h.score, h.matched, h.form) for h in new.search(query, limit=5, min_score=40)]
        assert got == [(h.entry.id, h.score, h.matched, h.form) for h in old.search(query, limit=5, min_score=40)]
        compared += bool(got)
    assert compared >= 600


# Awkward texts for every column pass: name separators, full width, letters outside ASCII, a word or a
# character twice, Latin "Chinese" forms, pinyin that does not split into syllables, no pinyin at all.
_ZH = [
    "雷军",
    "史蒂夫·乔布斯",
    "史蒂夫．乔布斯",
    "小米SU7",
    "哈哈哈",
    "金山軟件",
    "WPS",
    "688111",
    "𠮷野家",
    "Ｘ光",
    "乔布斯",
]
_EN = [
    "Lei Jun",
    "Lü Bu",
    "Walla Walla",
    "JD.com",
    "Zoë",
    "Café René",
    "to go to",
    "Ｌｅｉ Ｊｕｎ",
    "Li Ka-shing",
    "İstanbul",
]
_PINYIN = ["Léi Jūn", "lei2 jun1", "Lǚ Bù", "Xī'ān", "fāngàn", "Shǐdìfū·Qiáobùsī", "xiǎomǐ", "Zhōngguó", "ng", "xyzzy"]


@st.composite
def awkward_entries(draw: st.DrawFn) -> list[Entry]:
    out: list[Entry] = []
    for number in range(draw(st.integers(1, 8))):
        data = {
            "id": f"e{number}",
            "type": draw(st.sampled_from(["person", "term", "org", "nickname", "place"])),
            "zh": draw(st.sampled_from(_ZH)),
            "zh_hant": draw(st.none() | st.sampled_from(_ZH)),
            "zh_aliases": draw(st.lists(st.sampled_from(_ZH), max_size=3, unique=True)),
            "pinyin": draw(st.none() | st.sampled_from(_PINYIN)),
            "en": draw(st.sampled_from(_EN)),
            "aliases": draw(st.lists(st.sampled_from(_EN), max_size=3, unique=True)),
            "refers_to": draw(st.none() | st.sampled_from(["e0", "e1"])),
        }
        try:
            out.append(Entry.from_dict(data))
        except InvalidEntryError:
            continue
    return out


@given(entries=awkward_entries())
@settings(max_examples=80, deadline=None)
def test_build_equals_the_plain_build_on_awkward_entries(entries: list[Entry]) -> None:
    from search_reference import reference_blob

    assert Searcher(entries).to_bytes() == reference_blob(entries)


def test_an_index_without_chinese_keys_equals_the_plain_build() -> None:
    """No Chinese form at all (a stock code is typed like English): no ranked keys, no blocks of characters."""
    from search_reference import reference_blob

    entries = [Entry(id="wps", zh="WPS", en="WPS Office"), Entry(id="code", zh="688111", en="Kingsoft Office")]
    assert Searcher(entries).to_bytes() == reference_blob(entries)
    assert Searcher(entries).search("WPS", limit=1)[0].entry.id == "wps"


def test_equal_hits_come_in_lookups_order_not_the_glossarys() -> None:
    # The CC-CEDICT import writes 京 ("abbr. for Beijing/surname Jing/Jing ethnic minority") before 北京; both are
    # "Beijing" exactly, and `search Beijing` listed the abbreviation first (issue 9, s8). forms.precedence decides.
    lines = (
        "京 京 [Jing1] /abbr. for Beijing/surname Jing/Jing ethnic minority/\n"
        "北京 北京 [Bei3 jing1] /Beijing, capital of People's Republic of China/Peking/PRC government/\n"
        "臺 台 [Tai2] /Taiwan (abbr.)/surname Tai/\n"
        "臺灣 台湾 [Tai2 wan1] /Taiwan/\n"
    )
    entries = list(load_cedict(io.StringIO(lines), proper_only=True))
    assert [e.zh for e in entries] == ["京", "北京", "台", "台湾"]  # the glossary's order puts the abbreviations first
    searcher = Searcher(entries)
    assert [h.entry.zh for h in searcher.search("Beijing", limit=2)] == ["北京", "京"]
    assert searcher.search("Taiwan", limit=1)[0].entry.zh == "台湾"
    # A better score still wins over precedence: the abbreviation's own reading finds it first.
    assert searcher.search("Jing", limit=1)[0].entry.zh == "京"


@pytest.mark.parametrize("count", [3, 15, 17, 40])
def test_an_alias_far_down_the_list_is_found_and_named(count: int) -> None:
    """search-v12 keeps a form's ordinal and kind in one byte, an ordinal of 15 or more in a table of its own: either
    way the alias found is the one named."""
    from search_reference import reference_blob

    aliases = tuple(f"Alias Number {chr(ord('a') + n // 26)}{chr(ord('a') + n % 26)}x" for n in range(count))
    entries = [
        Entry(id="many", zh="多名", en="Many Names", aliases=aliases),
        Entry(id="lei-jun", zh="雷军", en="Lei Jun"),
    ]
    searcher = Searcher(entries)
    assert searcher.to_bytes() == reference_blob(entries)
    for alias in (aliases[0], aliases[-1]):
        hits = Searcher.from_bytes(searcher.to_bytes()).search(alias)
        assert (hits[0].entry.id, hits[0].form, hits[0].matched) == ("many", alias, f"alias: {alias}")


# The build's column passes against the function of one text they stand for.
_WORDS_ALPHABET = "aAeEiIlLnNrRuUvV  1234':-,.·\t\x1c\xa0\u3000\u2028\x85éüÜǚǕāńňǹḿøßİ\u0308\u0301ＬＡ雷ɠɅŁﬁÆ①Ω\u202f"
"""Letters, tone marks (composed and not), gaps of every kind, full-width letters, letters whose UTF-8 holds the
bytes 0x85 and 0xa0 (ɠ, Ʌ: a byte-wise pass must not read those as the whitespace they are in Latin-1), and letters
`fold_letters` writes in ASCII otherwise than by their decomposition (Ł, ﬁ, Æ, ①) or not at all (Ω)."""


@given(st.lists(st.text(alphabet=_WORDS_ALPHABET, max_size=12), min_size=1, max_size=8))
@settings(max_examples=300, deadline=None)
def test_pinyin_and_english_words_of_a_column_equal_those_of_each_text(texts: list[str]) -> None:
    from zhgloss.fuzzy import (
        _by_ascii_lines,
        _by_lines,
        _doubtful,
        _folded,
        _latin_words,
        _one_latin,
        _one_pinyin,
        _pinyin_lines,
    )

    assert _by_lines(texts, _pinyin_lines, _doubtful()["pinyin"], _one_pinyin) == list(map(_one_pinyin, texts))
    # As the build reads them: pinyin whose greatest character is below U+0300 not scanned for doubtful ones, the
    # English texts beyond ASCII folded (all at once) before they are read.
    pinyin = _by_lines(texts, _pinyin_lines, _doubtful()["pinyin"], _one_pinyin, "\u0300")
    assert pinyin == list(map(_one_pinyin, texts))
    assert _by_lines(texts, _latin_words, _doubtful()["latin"], _one_latin) == list(map(_one_latin, texts))
    assert _by_ascii_lines(_folded(texts), _latin_words, _one_latin) == list(map(_one_latin, texts))


def test_no_character_below_u0300_is_doubtful_in_pinyin_and_the_wide_gaps_are_every_one() -> None:
    """What the build's pinyin pass takes for granted: `_doubtful()["pinyin"]` finds nothing below U+0300, and
    `_wide_gaps` are the UTF-8 of every character `_WIDE_GAP_RE` finds (none above U+3000)."""
    import re

    from zhgloss.fuzzy import _WIDE_GAP_RE, _doubtful, _wide_gaps

    assert _doubtful()["pinyin"].search("".join(map(chr, range(0x300)))) is None
    found = [chr(code) for code in range(0x80, 0x110000) if code < 0xD800 or code > 0xDFFF]
    assert {char.encode() for char in found if _WIDE_GAP_RE.fullmatch(char)} == set(_wide_gaps())
    assert not any(re.fullmatch(r"\s", char) for char in found if ord(char) > 0x3000)


def test_postings_are_written_in_3_bytes_while_every_form_fits() -> None:
    """The terms' postings are their forms, in 3 bytes while every form fits (as `Int24.pack` writes them), in 4
    (as `array("i")` writes them) otherwise."""
    import numpy as np

    from zhgloss.fuzzy import _Terms
    from zhgloss.packed import Int24

    fits = [5, 0, 7, 2**16 + 3, 2**24 - 1, 9]
    assert _Terms.pack(np.array(fits, np.int64)) == ("terms_flat24", Int24.pack(fits))
    assert _Terms.pack(np.array([], np.int64)) == ("terms_flat24", b"")
    assert _Terms.pack(np.array([2**24, 3], np.int64)) == ("terms_flat", array("i", [2**24, 3]).tobytes())


# The numpy passes of the build against the plain Python they stand for.


def _plain_posting_lists(places: list[int], owners: list[int], cap: int | None) -> tuple[list[int], list[int]]:
    lists: dict[int, set[int]] = {}
    for place, owner in zip(places, owners, strict=True):
        lists.setdefault(place, set()).add(owner)
    flat: list[int] = []
    ends: list[int] = []
    for place in range(len(lists)):
        flat += sorted(lists[place])[:cap]
        ends.append(len(flat))
    return flat, ends


@given(
    st.lists(st.tuples(st.integers(0, 6), st.integers(0, 40)), min_size=1, max_size=60),
    st.none() | st.integers(1, 4),
    st.sampled_from([0, 40]),
)
@settings(max_examples=300, deadline=None)
def test_posting_lists_equal_the_plain_grouping(pairs: list[tuple[int, int]], cap: int | None, high: int) -> None:
    """Each list sorted, an owner in it once, cut at the cap; by one key while it fits in 63 bits, else by two."""
    import numpy as np

    from zhgloss.fuzzy import _posting_lists

    # Places numbered 0 on, each with an owner; `high` shifts the owners so that (place, owner) takes two keys.
    seen = sorted({place for place, _ in pairs})
    places = [seen.index(place) for place, _ in pairs]
    owners = [owner << high for _, owner in pairs]
    flat, ends = _posting_lists(np.array(places, np.int64), np.array(owners, np.int64), cap)
    assert (flat.tolist(), ends.tolist()) == _plain_posting_lists(places, owners, cap)


@given(st.text(alphabet=" \nab", max_size=30))
def test_single_spaces_equal_runs_substituted_and_line_ends_stripped(text: str) -> None:
    """The numpy masks of `_single_spaces` against the substitution and replacements they stand for."""
    import re

    from zhgloss.fuzzy import _single_spaces

    plain = re.sub(" {2,}", " ", text).replace("\n ", "\n").replace(" \n", "\n")
    plain = plain[plain[:1] == " " : len(plain) - (plain[-1:] == " ")]
    assert _single_spaces(text.encode()) == plain.encode()


_TERM_WORDS = st.text(alphabet="abzλ雷ɂ1", min_size=1, max_size=10) | st.sampled_from(
    ["a" * 8, "b" * 16, "ab" * 9, "雷军"]
)


@given(st.lists(st.lists(_TERM_WORDS, min_size=1, max_size=4), max_size=30))
@settings(max_examples=400, deadline=None)
def test_term_table_of_bytes_equals_the_plain_one_of_strings(forms: list[list[str]]) -> None:
    """The byte pass (ASCII words packed 8 bytes to an int and sorted by numpy, the others as strings, groups of both
    sorted as strings) lays out the same text and groups, and gives every word of every form the same term."""
    from zhgloss.fuzzy import _plain_term_table, _term_table

    lines = [" ".join(words) for words in forms]
    keys = ["".join(words) for words in forms]
    fast, plain = _term_table(lines, keys), _plain_term_table(lines, keys)
    assert (fast.text, fast.groups) == (plain.text, plain.groups)
    assert sorted(zip(fast.places.tolist(), fast.owners.tolist(), strict=True)) == sorted(
        zip(plain.places.tolist(), plain.owners.tolist(), strict=True)
    )


def test_the_plain_term_table_is_by_first_letter_then_length_then_term() -> None:
    from zhgloss.fuzzy import _plain_term_table

    lines = ["lei jun", "lɂy", "λ ab", "lee", "a"]
    table = _plain_term_table(lines, [line.replace(" ", "") for line in lines])
    terms = table.text.decode().split("\n")[:-1]
    assert terms == ["a", "ab", "jun", "lee", "lei", "lɂy", "leijun", "λ", "λab"]
    tokens = sorted(zip(table.places.tolist(), table.owners.tolist(), strict=True))
    assert [(terms[place], lines[owner]) for place, owner in tokens] == [
        ("a", "a"),
        ("ab", "λ ab"),
        ("jun", "lei jun"),
        ("lee", "lee"),
        ("lei", "lei jun"),
        ("lɂy", "lɂy"),
        ("leijun", "lei jun"),
        ("λ", "λ ab"),
        ("λab", "λ ab"),
    ]
    assert [group[:3] for group in table.groups] == [
        ("a", 1, 1),
        ("a", 2, 1),
        ("j", 3, 1),
        ("l", 3, 3),
        ("l", 6, 1),
        ("λ", 1, 1),
        ("λ", 3, 1),
    ]


@given(st.lists(st.sampled_from(["lei", "jun", "leijun", "ørsted", "雷", ""]), max_size=30))
def test_tokens_are_numbered_first_seen_first(tokens: list[str]) -> None:
    from zhgloss.fuzzy import _numbered

    distinct, numbers = _numbered(tokens)
    assert distinct == list(dict.fromkeys(tokens))
    assert [distinct[number] for number in numbers.tolist()] == tokens


def test_the_search_index_of_a_written_file_builds_no_entry(
    bundled: Path, shared_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The build reads the glossary's columns (`Glossary.entry_columns`), and each entry's roles (its salience) from
    the file: an entry is built only where its variant spellings are read. The index is the plain build's all the
    same, roles and all (the bundled entries have some)."""
    from search_reference import reference_blob

    from zhgloss.store import copy_glossary

    with gzip.open(shared_dir / "data" / "cedict_ts.u8.gz", "rt", encoding="utf-8") as fp:
        cedict = list(itertools.islice(load_cedict(fp), 0, None, 40))
    with Glossary.open(bundled) as gloss:
        mine = list(gloss.iter_entries())
    assert sum(bool(entry.roles) for entry in mine) > 10
    taken = {form for entry in mine for form in entry.zh_forms}
    path = tmp_path / "written.json"
    with Glossary(tmp_path / "source.json") as gloss:
        gloss.add_all([*mine, *(entry for entry in cedict if entry.zh not in taken)])
    monkeypatch.setenv("ZHGLOSS_CACHE_DIR", str(tmp_path / "cache"))
    copy_glossary(tmp_path / "source.json", path)  # written by zhgloss, as an import leaves it
    built: list[object] = []
    checked_dict = Entry.from_checked_dict.__func__  # type: ignore[attr-defined]

    def counted(cls: type[Entry], data: dict[str, object]) -> Entry:
        built.append(data)
        return checked_dict(cls, data)  # type: ignore[no-any-return]

    with monkeypatch.context() as patch:
        patch.setattr(Entry, "from_checked_dict", classmethod(counted))
        with Glossary.open(path) as gloss:
            index = searcher_for(gloss).to_bytes()
    with Glossary.open(path) as gloss:
        entries = list(gloss.iter_entries())
        spans = gloss.entry_spans(entries)
    assert spans is not None and len(entries) > 2_500
    assert built == []  # the variant spellings too are read from the columns (`variant_texts_of`)
    assert index == reference_blob(entries, spans)


# Letters beyond ASCII folded as ids fold them (`zhgloss.model.fold_letters`, search-v14): "orsted" is Ørsted's name.
_FOLDED_NAMES = [
    Entry(id="orsted", zh="奥斯特", en="Ørsted", type="org"),
    Entry(id="strauss", zh="施特劳斯", en="Johann Strauß", type="person"),
    Entry(id="lodz", zh="罗兹", en="Łódź", type="place"),
    Entry(id="aesir", zh="阿萨神族", en="Æsir", aliases=("The Æsir",)),
    Entry(id="thor", zh="托尔", en="Þór"),
]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("orsted", "orsted"),
        ("Ørsted", "orsted"),
        ("ØRSTED", "orsted"),
        ("Johann Strauss", "strauss"),
        ("johann strauß", "strauss"),
        ("Lodz", "lodz"),
        ("Łódź", "lodz"),
        ("aesir", "aesir"),
        ("the aesir", "aesir"),
        ("thor", "thor"),
    ],
)
def test_letters_beyond_ascii_are_found_by_their_folded_spelling(query: str, found: str) -> None:
    hits = Searcher(_FOLDED_NAMES).search(query, limit=1)
    assert hits and hits[0].entry.id == found and hits[0].score == 100


def test_a_folded_and_a_written_query_find_the_same() -> None:
    searcher = Searcher(_FOLDED_NAMES)
    found = [[(hit.entry.id, hit.score) for hit in searcher.search(query)] for query in ("strauss", "strauß", "STRAUẞ")]
    assert found[0] and found[0][0][0] == "strauss" and found[0] == found[1] == found[2]


def test_the_folded_index_equals_the_plain_build() -> None:
    from search_reference import reference_blob

    assert Searcher(_FOLDED_NAMES).to_bytes() == reference_blob(_FOLDED_NAMES)
