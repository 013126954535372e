"""Big glossaries (issue 15): batched builds equal one-by-one ones, caches are mapped, fast paths equal slow ones."""

from __future__ import annotations

import gzip
import itertools
import json
import os
from collections.abc import Sequence
from pathlib import Path

import pytest
from conftest import SHARED
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from zhgloss.annotate import CACHE_KIND, Annotator, Session, annotator_for
from zhgloss.cache import load_cached, load_cached_with_source, load_data_cached
from zhgloss.check import checker_for
from zhgloss.cli import app
from zhgloss.convert import traditional_variants, traditional_variants_of
from zhgloss.errors import InvalidEntryError
from zhgloss.formats.cedict import load_cedict
from zhgloss.fuzzy import FORMAT as SEARCH_FORMAT
from zhgloss.fuzzy import searcher_for
from zhgloss.index import INDEX_FORMAT
from zhgloss.model import ENTRY_COLUMNS_KIND, Entry
from zhgloss.script import has_cjk, is_cjk
from zhgloss.store import Glossary, dump_json_bytes

CEDICT = SHARED / "data" / "cedict_ts.u8.gz"


@pytest.fixture(scope="module")
def cedict_sample() -> list[Entry]:
    """Every 40th CC-CEDICT headword (~3,000): real forms, with separators, Latin letters and digits."""
    with gzip.open(CEDICT, "rt", encoding="utf-8") as fp:
        return list(itertools.islice(load_cedict(fp), 0, None, 40))


def test_batched_conversion_equals_one_form_at_a_time(cedict_sample: list[Entry], bundled: Path) -> None:
    with Glossary.open(bundled) as gloss:
        bundled_forms = [f for e in gloss.iter_entries() for f in e.zh_forms]
    forms = [f for e in cedict_sample for f in e.zh_forms] + bundled_forms + ["史蒂夫·乔布斯", "小米SU7", "a\nb"]
    assert traditional_variants_of(forms) == [traditional_variants(form) for form in forms]
    assert traditional_variants_of([]) == []
    # Without a line break among them, in one joined conversion; again, half of them converted before.
    joined = forms[:-1]
    half = joined[::2]
    assert traditional_variants_of(half) == [traditional_variants(form) for form in half]
    assert traditional_variants_of(joined) == [traditional_variants(form) for form in joined]
    assert traditional_variants_of(joined) == [traditional_variants(form) for form in joined]


@given(
    st.lists(
        st.text(st.sampled_from("Lei Jun-'é\u3000ガメラ\u4e00\uff21\u2e80\uff5f\U00010428"), max_size=8),
        min_size=1,
        max_size=6,
    )
)
def test_run_extra_is_every_run_break_of_the_english_patterns(forms: list[str]) -> None:
    """What ends a Latin run but stands in an English pattern is found in every pattern, ASCII or not."""
    import re

    from zhgloss.annotate import _RUN_BREAK

    entries = [
        Entry(id=str(n), type="org", zh="小米", en="Xiaomi", aliases=[f"Lei{form}Jun"]) for n, form in enumerate(forms)
    ]
    tables = Annotator(entries)._t
    expected = sorted(set(re.findall(f"[{_RUN_BREAK}]", "".join(map(str.lower, tables.e_keys)))))
    assert tables.run_extra == "".join(expected)


def test_has_cjk_scans_the_ranges_of_is_cjk() -> None:
    for code_point in itertools.chain(range(0x3000, 0xFB00), range(0x1F000, 0x33000)):
        char = chr(code_point)
        assert has_cjk(f"ab{char}") == is_cjk(char), hex(code_point)


def test_cache_is_memory_mapped_not_read(glossary_path: Path) -> None:
    built = load_cached(glossary_path, "test-kind", lambda: b"payload")
    assert bytes(built) == b"payload"
    mapped = load_cached(glossary_path, "test-kind", lambda: pytest.fail("built again"))
    assert isinstance(mapped, memoryview)
    assert mapped.readonly
    assert bytes(mapped) == b"payload"


def test_annotator_from_a_mapped_cache_matches_the_one_built(glossary_path: Path) -> None:
    text = "雷军创办了小米。Lei Jun founded Xiaomi; 劉強東創辦了京東。ＸＩＡＯＭＩ\n"
    with Glossary.open(glossary_path) as gloss:
        built = Annotator(gloss.iter_entries())
        annotator_for(gloss)
        cached = annotator_for(gloss)
    assert cached.annotate(text) == built.annotate(text)
    assert cached.mentions(text) == built.mentions(text)


# The fast paths against the plain ones, on real text and a dense glossary

SMALL = Annotator(
    [
        Entry(id="lei-jun", en="Lei Jun", zh="雷军", aliases=("Lei",)),
        Entry(id="xiaomi", en="Xiaomi", zh="小米", type="org", aliases=("XIAOMI Corp.", "Mi")),
        Entry(id="jd", en="JD.com", zh="京东", type="org", aliases=("JD",)),
        Entry(id="lei-jun-x", en="Lei Jun-Xiao", zh="雷军晓"),
        Entry(id="hk-dollar", en="HK$", zh="港元", type="term"),
        Entry(id="steve-jobs", en="Steve Jobs", zh="史蒂夫·乔布斯"),
        Entry(id="pepper", en="millet pepper", zh="小米椒", type="term"),
    ]
)
"""An annotator of a few forms that overlap and nest, to read back: both ways of matching apply to it."""
SMALL_BYTES = SMALL.to_bytes()


@pytest.fixture(scope="module")
def dense(cedict_sample: list[Entry], bundled: Path) -> Annotator:
    """The bundled entries plus ~3,000 CC-CEDICT headwords: a match every few characters of prose."""
    with Glossary.open(bundled) as gloss:
        entries = list(gloss.iter_entries())
    taken = {f for e in entries for f in e.zh_forms}
    return Annotator(entries + [e for e in cedict_sample if not taken & set(e.zh_forms)])


@pytest.fixture(scope="module")
def prose() -> list[str]:
    """Real prose, as lines: the Chinese corpus, the articles, and edge cases of the boundary and gloss rules."""
    lines = (SHARED / "data" / "zh-corpus.txt").read_text(encoding="utf-8").splitlines(keepends=True)
    for article in sorted((SHARED / "articles").glob("*.txt")):
        lines += article.read_text(encoding="utf-8").splitlines(keepends=True)
    lines += [
        "雷军（Lei Jun）创办了小米。Lei Jun (雷军) founded Xiaomi; mail LeiJun@Xiaomi.com or www.Xiaomi.com/Xiaomi\n",
        "小米SU70 and SU7, HK$40 and HK$ 40, 1810.HK, ＸＩＡＯＭＩ and ｘｉａｏｍｉ, 劉強東（Richard Liu）\n",
        "",
        "\n",
        "no break at the end: Xiaomi 小米",
    ]
    return lines


def test_inline_fast_path_equals_mark_by_mark_rendering(dense: Annotator, prose: list[str]) -> None:
    # The fast path builds the output without a step per match; render_marks decides each match one by one.
    for start in range(0, len(prose), 200):
        chunk = "".join(prose[start : start + 200])
        fast = Session(dense, count=False)._inline(chunk)
        slow = Session(dense, count=False)._inline_slow(chunk, dense.spans(chunk))
        assert fast == slow, chunk[:80]


def test_spans_of_many_texts_equal_spans_of_each(dense: Annotator, prose: list[str]) -> None:
    texts = [line.rstrip("\n") for line in prose[:3000]] + ["", "Xiaomi", "a\nb 雷军\n", "www.", "@Xiaomi"]
    assert dense.spans_many(texts) == [dense.spans(text) for text in texts]
    assert dense.spans_many([]) == []


def test_short_texts_find_by_the_sorted_patterns_what_the_automata_find(dense: Annotator, prose: list[str]) -> None:
    from zhgloss.annotate import _anchor, _fold

    texts = [line[:300] for line in prose[::7]]
    texts += ["lei jun", "xiaomi xiaomi", "l", "", "ｘｉａｏｍｉ", "jd.com.", "hk$40", "史蒂夫·乔布斯", "小米小米椒"]
    texts += ["雷军晓", "雷军雷军晓军", "lei jun-xiao lei", "millet pepper"]
    for built in (dense, SMALL):
        read_back = Annotator.from_bytes(built.to_bytes())
        z_sorted, e_sorted = read_back._t.z_sorted, read_back._t.e_sorted
        assert z_sorted is not None
        assert e_sorted is not None
        z_longest, z_all, e_all = built._t.zll, built._zall(), built._t.eall
        for text in texts:
            assert z_sorted.find(text) == z_longest.find(text), text
            assert sorted(z_sorted.find_overlapping(text)) == sorted(z_all.find_overlapping(text)), text
            marked = _anchor(_fold(text))  # what the English automaton reads
            assert sorted(e_sorted.find_overlapping(marked)) == sorted(e_all.find_overlapping(marked)), text


@given(st.text(alphabet=st.sampled_from("leijunxiaomLEIJUNXIAOM .-'$()0123456789雷军晓小米椒·京东é\n"), max_size=40))
def test_short_texts_annotate_alike_before_and_after_the_automata_load(text: str) -> None:
    by_sorted, by_automata = Annotator.from_bytes(SMALL_BYTES), Annotator.from_bytes(SMALL_BYTES)
    by_sorted._short_chinese = by_sorted._short_english = 10**9  # never loads an automaton
    by_automata._short_chinese = by_automata._short_english = 0
    assert by_sorted.spans(text) == by_automata.spans(text)
    assert by_sorted._t._zll is None
    assert by_sorted._t._eall is None


def _spans_of_line_alone(annotator: Annotator, line: str) -> list[tuple[int, int, int]]:
    """Spans of `line` + a break, through the general path: a second line of CJK makes the text more than one run."""
    return [span for span in annotator.spans(line + "\n。") if span[1] <= len(line)]


def test_one_english_line_with_its_break_matches_as_in_a_longer_text(dense: Annotator, prose: list[str]) -> None:
    lines = [line.rstrip("\n") for line in prose if line.isascii()][:400]
    lines += ["Lei Jun founded Xiaomi.", "x@Xiaomi.com"]
    for line in lines:
        assert dense.spans(line + "\n") == _spans_of_line_alone(dense, line), line


@given(st.text(alphabet=st.sampled_from("leijunxiaomLEIJUNXIAOM .-'$()@/:0123456789"), max_size=40))
def test_one_line_with_its_break_matches_as_in_a_longer_text(line: str) -> None:
    assert SMALL.spans(line + "\n") == _spans_of_line_alone(SMALL, line)


def test_check_in_batches_equals_check_segment_by_segment(monkeypatch: pytest.MonkeyPatch, bundled: Path) -> None:
    from zhgloss import check as check_module
    from zhgloss.check import Checker, name_entries
    from zhgloss.formats.bilingual import Segment

    data = Path(__file__).resolve().parent / "data"
    segments: list[Segment] = []
    for stem in ("check_clean", "check_problems"):
        zh = (data / f"{stem}.zh.txt").read_text(encoding="utf-8").splitlines()
        en = (data / f"{stem}.en.txt").read_text(encoding="utf-8").splitlines()
        segments += [
            Segment(len(segments) + n, s, t or None, line=n) for n, (s, t) in enumerate(zip(zh, en, strict=True), 1)
        ]
    segments = segments * 30  # several batches, with repeats for the consistency checks
    with Glossary.open(bundled) as gloss:
        entries = list(gloss.iter_entries())
    batched = Checker(Annotator(entries), Annotator(name_entries(entries))).check(segments)
    monkeypatch.setattr(check_module, "MATCH_BATCH", 1)
    one_by_one = Checker(Annotator(entries), Annotator(name_entries(entries))).check(segments)
    assert batched == one_by_one
    assert batched.problems  # the test data has problems of every kind


# Start-up: a command imports what it uses


@pytest.mark.parametrize("xdg", [None, "", "/srv/cache"])
def test_user_cache_path_is_platformdirs_user_cache_path(monkeypatch: pytest.MonkeyPatch, xdg: str | None) -> None:
    import platformdirs

    from zhgloss.cache import user_cache_path

    if xdg is None:
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CACHE_HOME", xdg)
    assert user_cache_path() == platformdirs.user_cache_path("zhgloss")


MODULES_OF = """
import contextlib, io, json, sys
sys.argv = ["zhgloss", *sys.argv[1:]]
from zhgloss.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        main()
    except SystemExit:
        pass
print(json.dumps(sorted(sys.modules)))
"""


def modules_of(*argv: str) -> set[str]:
    """The modules loaded by running `zhgloss ARGV` (in a fresh interpreter, caches warm)."""
    import json
    import subprocess
    import sys

    import time

    from zhgloss.cache import SETTLED_NS

    code = [sys.executable, "-c", MODULES_OF, *argv]
    subprocess.run(code, capture_output=True, check=True)  # the first run may build the caches
    # A cache read whole once its last change is SETTLED_NS old is stamped as checked (`zhgloss.cache._is_whole`,
    # a write): the run after that age stamps it, depending on how long the first run took on a busy machine
    # (fiftieth session: a flaky `zhgloss.atomic` here). Past that age, a second run stamps every cache it reads.
    time.sleep(SETTLED_NS / 1e9 + 0.1)
    subprocess.run(code, capture_output=True, check=True)
    done = subprocess.run(code, capture_output=True, text=True, check=True)
    return set(json.loads(done.stdout))


# What lookup needs: the store and its SQLite index, the card, the CLI layer; nothing for writing,
# converting, matching or searching, and not the user-folder library (platformdirs imports tempfile).
LOOKUP_MODULES = {
    "zhgloss",
    "zhgloss.cache",
    "zhgloss.card",
    "zhgloss.cli",
    "zhgloss.cli.common",
    "zhgloss.cli.glossary",
    "zhgloss.errors",
    "zhgloss.forms",
    "zhgloss.index",
    "zhgloss.packed",
    "zhgloss.model",
    "zhgloss.script",
    "zhgloss.store",
}
NEVER_FOR_LOOKUP = {
    "tinydb", "opencc", "pypinyin", "daachorse", "rapidfuzz", "orjson", "filelock",
    "platformdirs", "tempfile", "charset_normalizer", "jieba", "numpy",
}  # fmt: skip


@pytest.mark.parametrize("db", ["bundled", "file"])
def test_lookup_imports_only_what_it_uses(db: str, glossary_path: Path) -> None:
    argv = ["lookup", "雷军"] if db == "bundled" else ["lookup", "雷军", "--db", str(glossary_path)]
    loaded = modules_of(*argv)
    assert {m for m in loaded if m.split(".")[0] == "zhgloss"} == LOOKUP_MODULES
    assert not {m.split(".")[0] for m in loaded} & NEVER_FOR_LOOKUP


def annotate_modules(glossary_path: Path, line: str) -> tuple[bytes, set[str]]:
    """What `zhgloss annotate` prints for `line` and the modules it loaded (a fresh interpreter, caches warm)."""
    import json
    import subprocess
    import sys

    # The modules are written to stderr at exit: annotate writes its output to stdout's buffer.
    child = (
        "import atexit, json, sys; atexit.register(lambda: print(json.dumps(sorted(sys.modules)), file=sys.stderr)); "
        "sys.argv = ['zhgloss', *sys.argv[1:]]; from zhgloss.cli import main; main()"
    )
    code = [sys.executable, "-c", child, "annotate", "--db", str(glossary_path)]
    subprocess.run(code, input=line.encode(), capture_output=True, check=True)  # the first run may build the caches
    done = subprocess.run(code, input=line.encode(), capture_output=True, check=True)
    return done.stdout, set(json.loads(done.stderr.decode().splitlines()[-1]))


def test_one_line_annotate_reads_its_word_tables_in_place(glossary_path: Path) -> None:
    # A one-line annotate of Chinese runs the word rules on a few words: it maps the word tables
    # (zhgloss.datafile) and imports no renderer, corpus runner or pinyin library it does not use.
    # 马云 before 飞 is asked of the finder of unknown names (马云飞 may be a longer name): it is loaded.
    out, loaded = annotate_modules(glossary_path, "雷军创办了小米，马云飞也在。\n")
    assert "雷军（Lei Jun）".encode() in out
    assert {"zhgloss.unknown", "zhgloss.glossrules", "zhgloss.segment", "zhgloss.datafile"} <= loaded
    assert not loaded & {"html", "html.entities", "zhgloss.corpus", "pypinyin", "daachorse", "zhgloss.pinyin"}
    # Nor the name-form model (zhgloss.forms, its regexes): the word rules ask zhgloss.glossable only which forms are
    # both a word and a name; the labels of notes are read when a cache is built (issue 15 item 2: ~5 ms a line).
    assert "zhgloss.forms" not in loaded


LAZY_PATTERNS = (
    "import atexit, json, sys\n"
    "def report():\n"
    "    from zhgloss import annotate\n"
    "    asked = ('_date_numeral_re', '_no_latin_line_re')\n"
    "    compiled = {f: getattr(annotate, f).cache_info().currsize for f in asked}\n"
    "    print(json.dumps(compiled), file=sys.stderr)\n"
    "atexit.register(report)\n"
    "sys.argv = ['zhgloss', *sys.argv[1:]]\n"
    "from zhgloss.cli import main\n"
    "main()\n"
)


def test_one_line_annotate_compiles_no_date_or_build_pattern(glossary_path: Path) -> None:
    # annotate's module compiled its date-numeral pattern (a CJK class, ~1.5 ms) and the builds' no-Latin-line one
    # on import: only a match starting on 年 月 日 号 asks the first, and no annotation asks the second (issue 15
    # item 2). Both still answer when asked.
    import json
    import subprocess
    import sys

    from zhgloss.annotate import _have_latin, is_date_unit

    line = "2010年雷军创办了小米。\n"
    code = [sys.executable, "-c", LAZY_PATTERNS, "annotate", "--db", str(glossary_path)]
    subprocess.run(code, input=line.encode(), capture_output=True, check=True)  # the first run may build the caches
    done = subprocess.run(code, input=line.encode(), capture_output=True, check=True)
    assert "雷军（Lei Jun）".encode() in done.stdout
    assert json.loads(done.stderr.decode().splitlines()[-1]) == {"_date_numeral_re": 0, "_no_latin_line_re": 0}
    assert is_date_unit(line, 4) and not is_date_unit("100日元", 3)
    assert _have_latin(["@", "Lei Jun", "☰"]) == [False, True, False]


def test_one_line_annotate_without_a_name_to_ask_about_does_not_import_the_finder(glossary_path: Path) -> None:
    # The word rules (zhgloss.glossrules) judge 小米 here, and nothing in the line makes them ask the finder
    # of unknown names (no match after a surname, no short personal name before more Han characters):
    # plain annotate (no --unknown) must not pay for importing zhgloss.unknown.
    out, loaded = annotate_modules(glossary_path, "小米发布了新手机。\n")
    assert out == "小米（Xiaomi）发布了新手机。\n".encode()
    assert {"zhgloss.glossrules", "zhgloss.namecontext"} <= loaded
    assert "zhgloss.unknown" not in loaded


def test_version_loads_no_command() -> None:
    loaded = modules_of("--version")
    assert {m for m in loaded if m.split(".")[0] == "zhgloss"} == {
        "zhgloss",
        "zhgloss.cli",
        "zhgloss.cli.common",
        "zhgloss.errors",
    }


FULL_HELP = "import sys; from zhgloss.cli import load_commands; load_commands()(prog_name='zhgloss')"


def test_summaries_are_the_commands_own() -> None:
    import inspect

    import typer.core
    import typer.main

    from zhgloss.cli import SUMMARIES, load_commands

    group = typer.main.get_command(load_commands())
    assert isinstance(group, typer.core.TyperGroup)
    actual = {name: inspect.cleandoc(group.commands[name].help or "").split("\n\n")[0] for name in SUMMARIES}
    # A command's help changed: copy this into SUMMARIES in zhgloss/cli/__init__.py.
    assert actual == SUMMARIES, "SUMMARIES: dict[str, str] = " + repr(actual)


@pytest.mark.parametrize("columns", ["60", "100", "200"])
def test_app_help_from_summaries_equals_help_with_every_command(zhgloss_exe: str, columns: str) -> None:
    import os
    import subprocess
    import sys

    env = os.environ | {"COLUMNS": columns}
    for args in (["--help"], ["-h"], []):  # no arguments at all shows the help too
        quick = subprocess.run([zhgloss_exe, *args], capture_output=True, text=True, env=env, check=False)
        full = subprocess.run([sys.executable, "-c", FULL_HELP, *args], capture_output=True, text=True, env=env)
        assert (quick.stdout, quick.stderr, quick.returncode) == (full.stdout, full.stderr, full.returncode), args
        assert "lookup" in quick.stdout + quick.stderr


def test_app_help_loads_no_command() -> None:
    loaded = modules_of("--help")
    assert {m for m in loaded if m.startswith("zhgloss.cli.")} == {"zhgloss.cli.common"}


# Building: the same data, fewer checks and fewer calls


def test_checked_entries_equal_validated_ones(cedict_sample: list[Entry], bundled: Path) -> None:
    import json

    docs = [e.to_dict() for e in cedict_sample]
    docs += list(json.loads(bundled.read_text(encoding="utf-8"))["entries"].values())
    for doc in docs:
        assert Entry.from_checked_dict(doc) == Entry.from_dict(doc), doc["id"]


def _built(build: object, docs: Sequence[object]) -> object:
    """The entries `build(docs)` gives, or the error it raises (type and message)."""
    try:
        return list(build(docs))  # type: ignore[operator]
    except (InvalidEntryError, TypeError) as exc:
        return (type(exc), str(exc))


# Values a document may hold where a canonical one holds text, lists or flags: each is one that
# `Entry.__post_init__` changes (strips, folds, drops, normalizes) or refuses.
ODD_VALUES: dict[str, list[object]] = {
    "id": ["Not A Slug!", "a" * 101, 5, None, "ok-id\n"],
    "en": [" Lei Jun", "Lei\u3000Jun", "Ｌｅｉ", "Lei  Jun", "", None, 7, "Cafe\u0301", "x" * 301],
    "zh": ["", " 雷军", "雷\u0000军", None, ["雷军"]],
    "zh_hant": ["雷軍", None],
    "pinyin": ["Léi Jūn", "not pinyin!", "le\u0301i", 3],
    "type": ["Organisation", "org", None, "weird type!", ["person"], "person"],
    "aliases": [["a", "a"], ["Lei Jun"], "Lei Jun", [1], [[]], [" b"], None, [], "", 0, False, {}],
    "zh_aliases": [["雷军"], ["小雷", "小雷"], [{"x": 1}], None],
    "sources": [["s", "s"], ["x" * 400], "s", None, ""],
    "note": ["  padded ", "", "line\nbreak", "bidi\u202e", "Cafe\u0301", None, 5],
    "refers_to": ["lei-jun", "Bad Ref", None],
    "roles": [[{"title": "CEO"}], [], None, "CEO"],
    "forbidden": [["Ray Jun"], [], None],
    "safe_forms": [["雷军"], [], None],
    "en_adopted": [True, False, None, 1, "yes"],
    "draft": [True, None, 0],
    "always_gloss": [True, None, "no"],
    "unknown_field": [1],
}


def test_entries_checked_in_batches_equal_from_dict_one_by_one(cedict_sample: list[Entry], bundled: Path) -> None:
    from zhgloss.model import entries_from_dicts

    docs: list[object] = [e.to_dict() for e in cedict_sample]
    docs += list(json.loads(bundled.read_text(encoding="utf-8"))["entries"].values())
    assert _built(entries_from_dicts, docs) == [Entry.from_dict(d) for d in docs]  # type: ignore[arg-type]
    base = {"id": "lei-jun", "type": "person", "zh": "雷军", "pinyin": "Léi Jūn", "en": "Lei Jun", "aliases": []}
    for name, values in ODD_VALUES.items():
        for value in values:
            odd = {**base, name: value}
            for batch in ([odd], [*docs[:5], odd, *docs[5:9]], [base, odd, "not a dict"]):
                one_by_one = _built(lambda ds: [Entry.from_dict(d) for d in ds], batch)
                assert _built(entries_from_dicts, batch) == one_by_one, (name, value)


@given(st.lists(st.sampled_from([(n, v) for n, vs in ODD_VALUES.items() for v in vs]), max_size=4))
def test_a_document_changed_anyhow_is_built_as_from_dict_builds_it(changes: list[tuple[str, object]]) -> None:
    from zhgloss.model import entries_from_dicts

    doc: dict[str, object] = {"id": "ma-yun", "type": "person", "zh": "马云", "pinyin": "Mǎ Yún", "en": "Jack Ma"}
    doc.update(changes)
    batch = [Entry(id="x", en="X").to_dict(), doc]
    assert _built(entries_from_dicts, batch) == _built(lambda ds: [Entry.from_dict(d) for d in ds], batch)


def test_a_validated_version_is_read_without_checks_and_a_changed_one_is_checked(glossary_path: Path) -> None:
    import json

    from zhgloss.cache import identity, is_validated

    with Glossary.open(glossary_path) as gloss:
        first = list(gloss.iter_entries())
    assert is_validated(glossary_path, identity(glossary_path))
    with Glossary.open(glossary_path) as gloss:
        assert list(gloss.iter_entries()) == first
    # Edited by hand into an invalid entry: checked again, and reported.
    data = json.loads(glossary_path.read_text(encoding="utf-8"))
    next(iter(data["entries"].values()))["id"] = "Not A Slug!"
    glossary_path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert not is_validated(glossary_path, identity(glossary_path))
    from zhgloss.errors import GlossaryFileError

    with Glossary.open(glossary_path) as gloss, pytest.raises(GlossaryFileError, match="slug"):
        list(gloss.iter_entries())
    assert not is_validated(glossary_path, identity(glossary_path))


def _hand_edit(path: Path, number: str, **changes: object) -> None:
    """Change document `number` of the glossary at `path` as a person with an editor would: zhgloss not asked."""
    data = json.loads(path.read_text(encoding="utf-8"))
    data["entries"][number].update(changes)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def _written_by_zhgloss(tmp_path: Path) -> Path:
    path = tmp_path / "names.json"
    with Glossary.open(path, must_exist=False) as gloss:
        gloss.add_all([Entry(id="lei-jun", zh="雷军", en="Lei Jun", pinyin="Léi Jūn")])
        gloss.add(Entry(id="xiaomi", type="org", zh="小米", en="Xiaomi", aliases=("Xiaomi Inc.",)))
    return path


def test_a_glossary_zhgloss_wrote_is_read_without_checking_its_entries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import zhgloss.store
    from zhgloss.cache import content_digest, identity, is_validated, is_written

    path = _written_by_zhgloss(tmp_path)
    assert is_written(path, content_digest(path.read_bytes()))
    assert not is_validated(path, identity(path))  # never read yet: known by the bytes written alone
    docs = list(json.loads(path.read_bytes())["entries"].values())
    monkeypatch.setattr(zhgloss.store, "entries_from_dicts", lambda *_: pytest.fail("entries checked"))
    with Glossary.open(path) as gloss:
        assert list(gloss.iter_entries()) == [Entry.from_dict(doc) for doc in docs]
        assert [hit.entry.id for hit in gloss.lookup("Xiaomi Inc")] == ["xiaomi"]
        gloss.update(Entry(id="lei-jun", zh="雷军", en="Lei Jun", note="founded Xiaomi"))
    assert is_written(path, content_digest(path.read_bytes()))  # written from entries read as stored: again
    with Glossary.open(path) as gloss:
        assert gloss.get_by_id("lei-jun").note == "founded Xiaomi"


def test_a_hand_edit_after_a_write_has_every_entry_checked(tmp_path: Path, runner: CliRunner) -> None:
    path = _written_by_zhgloss(tmp_path)
    _hand_edit(path, "2", id="Not A Slug!")
    result = runner.invoke(app, ["lookup", "雷军", "--db", str(path)])
    assert result.exit_code == 3, result.output
    assert f"Error: {str(path)!r}: invalid entry: id: 'Not A Slug!' is not a slug" in result.stderr
    # The library writes beside a bad entry without reading it: that write vouches for nothing.
    with Glossary.open(path) as gloss:
        gloss.add(Entry(id="ma-yun", zh="马云", en="Jack Ma"))
    result = runner.invoke(app, ["annotate", "--db", str(path)], input="马云说\n")
    assert result.exit_code == 3, result.output
    assert "invalid entry: id: 'Not A Slug!' is not a slug" in result.stderr


def test_a_glossary_zhgloss_wrote_is_parsed_without_its_shape_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import zhgloss.store

    path = _written_by_zhgloss(tmp_path)
    monkeypatch.setattr(zhgloss.store, "_checked_shape", lambda *_: pytest.fail("shape checked"))
    monkeypatch.setattr(zhgloss.store, "_may_hold_long_integer", lambda *_: pytest.fail("integers looked for"))
    with Glossary.open(path) as gloss:
        assert [entry.id for entry in gloss.iter_entries()] == ["lei-jun", "xiaomi"]


def test_a_hand_edit_after_a_write_has_the_file_shape_checked(tmp_path: Path, runner: CliRunner) -> None:
    path = _written_by_zhgloss(tmp_path)
    _hand_edit(path, "2", id="lei-jun")  # two entries with one id: the file's shape, not one entry, is wrong
    result = runner.invoke(app, ["lookup", "雷军", "--db", str(path)])
    assert result.exit_code == 3, result.output
    assert result.stderr.startswith(
        f"Error: {str(path)!r}: two entries have the id 'lei-jun' (documents 1 and 2); rename one;"
    )


def test_a_hand_edited_entry_is_normalized_on_every_reading(tmp_path: Path) -> None:
    # Regression: a version whose entries were all valid was marked so, and later builds read it
    # without `from_dict`: an annotator built after a lookup glossed 雷军 as "Lei  Jun".
    path = _written_by_zhgloss(tmp_path)
    _hand_edit(path, "1", en="Lei  Jun", aliases=["Ｌｅｉ"])
    for _ in range(2):
        with Glossary.open(path) as gloss:
            assert next((e.en, e.aliases) for e in gloss.iter_entries()) == ("Lei Jun", ("Lei",))
            gloss.lookup("雷军")
            assert annotator_for(gloss).annotate("雷军说") == "雷军（Lei Jun）说"
        with Glossary.open(path) as gloss:
            gloss.add(Entry(id=f"ma-yun-{_}", zh=f"马云{_}", en="Jack Ma"))  # a write from it vouches for nothing


def test_lookup_keys_from_batched_conversion_equal_one_by_one(cedict_sample: list[Entry], bundled: Path) -> None:
    from zhgloss.index import _converted_forms, iter_keys

    with Glossary.open(bundled) as gloss:
        entries = list(gloss.iter_entries()) + cedict_sample
    converted = _converted_forms(entries)
    for entry in entries:
        assert list(iter_keys(entry, converted)) == list(iter_keys(entry)), entry.id


@given(st.text(alphabet=st.characters(max_codepoint=0x7F)))
def test_ascii_en_key_is_the_general_rule(text: str) -> None:
    import unicodedata

    from zhgloss.script import en_key, normalize

    folded = unicodedata.normalize("NFKD", normalize(text).casefold())
    assert en_key(text) == "".join(c for c in folded if c.isalnum() and not unicodedata.combining(c))


@given(st.text(alphabet=st.sampled_from("LlüÜvV:u Ǚǚàáǎāēéěèīíǐìōóǒòūúǔù-'12345ŋÀxyzXYZ\u0308\u0304ßİ")))
def test_pinyin_key_keeps_only_ascii_letters(text: str) -> None:
    import unicodedata

    from zhgloss.script import normalize, pinyin_key

    decomposed = unicodedata.normalize("NFD", normalize(text).casefold())
    decomposed = decomposed.replace("u\u0308", "v").replace("u:", "v")
    assert pinyin_key(text) == "".join(c for c in decomposed if c.isascii() and c.isalpha())


@given(st.text(alphabet=st.characters(max_codepoint=0x7F)))
def test_ascii_en_words_are_the_general_rule(text: str) -> None:
    import re
    import unicodedata

    from zhgloss.script import en_words, normalize

    folded = unicodedata.normalize("NFKD", normalize(text).casefold())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    assert en_words(text) == re.findall(r"[^\W_]+", plain)


# Caches point into the glossary file instead of copying its entries (issue 15, item 2)

NOTE = "a note written only in the glossary file, 7f3a"


def store_written(tmp_path: Path) -> Path:
    path = tmp_path / "names.json"
    with Glossary.open(path, must_exist=False) as gloss:
        gloss.add_all(
            [
                Entry(id="lei-jun", zh="雷军", en="Lei Jun", pinyin="Léi Jūn", note=NOTE),
                Entry(id="xiaomi", type="org", zh="小米", en="Xiaomi", pinyin="Xiǎomǐ", note=f"{NOTE} (2)"),
            ]
        )
    return path


def every_cache(path: Path) -> list[str]:
    """Open every cache of the glossary at `path` (building them) and return the notes each command reads."""
    with Glossary.open(path) as gloss:
        return [
            gloss.get("雷军").note or "",
            searcher_for(gloss).search("Lei Jun")[0].entry.note or "",
            annotator_for(gloss).mentions("Lei Jun founded Xiaomi.")[1].entry.note or "",
            checker_for(gloss).target.mentions("Lei Jun")[0].entry.note or "",
        ]


def test_caches_point_into_a_store_written_glossary_instead_of_copying_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("ZHGLOSS_CACHE_DIR", str(cache))
    path = store_written(tmp_path)
    expected = [NOTE, NOTE, f"{NOTE} (2)", NOTE]
    assert every_cache(path) == expected
    assert every_cache(path) == expected  # read back from the caches
    files = {f.name: f.read_bytes() for f in cache.rglob("*") if f.is_file()}
    kinds = {f"{INDEX_FORMAT}.bin", f"{SEARCH_FORMAT}.bin", f"{CACHE_KIND}.bin", f"{CACHE_KIND}-names.bin"}
    assert kinds <= set(files)
    # The one copy is the glossary's columns, kept per version so that a reader need not parse the file (s41): every
    # cache built of them points into the file.
    assert [name for name, data in files.items() if NOTE.encode() in data] == [f"{ENTRY_COLUMNS_KIND}.bin"]


def test_a_glossary_written_otherwise_is_copied_into_the_caches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("ZHGLOSS_CACHE_DIR", str(cache))
    path = store_written(tmp_path)
    path.write_text(json.dumps(json.loads(path.read_bytes()), ensure_ascii=False), encoding="utf-8")  # one line
    assert every_cache(path) == [NOTE, NOTE, f"{NOTE} (2)", NOTE]
    assert every_cache(path) == [NOTE, NOTE, f"{NOTE} (2)", NOTE]
    copies = [f.name for f in cache.rglob("*") if f.is_file() and NOTE.encode() in f.read_bytes()]
    assert len(copies) == 4


def test_entry_spans_only_for_documents_as_the_store_writes_them(tmp_path: Path) -> None:
    path = store_written(tmp_path)
    raw = path.read_bytes()
    with Glossary.open(path) as gloss:
        entries = list(gloss.iter_entries())
        spans = gloss.entry_spans(entries)
    assert spans is not None
    assert [Entry.from_dict(json.loads(raw[start:end])) for start, end in spans] == entries
    data = json.loads(raw)
    del data["entries"]["1"]["aliases"]  # valid, but not the entry's normal form: a reader would see another dict
    for written in (dump_json_bytes(data), json.dumps(json.loads(raw), indent=4).encode()):
        path.write_bytes(written)
        with Glossary.open(path) as gloss:
            assert gloss.entry_spans(list(gloss.iter_entries())) is None
    with Glossary.open(None) as memory:
        assert memory.entry_spans([]) is None


def test_an_annotator_reading_the_glossary_file_serializes_whole(glossary_path: Path) -> None:
    text = "雷军创办了小米。Lei Jun founded Xiaomi; 劉強東創辦了京東。\n"
    with Glossary.open(glossary_path) as gloss:
        cached = annotator_for(gloss)
        data, source = load_cached_with_source(glossary_path, CACHE_KIND, lambda: pytest.fail("built again"))
    with pytest.raises(ValueError, match="glossary file"):
        Annotator.from_bytes(data)
    alone = Annotator.from_bytes(cached.to_bytes())  # as corpus jobs send it to other processes
    assert alone.mentions(text) == cached.mentions(text) == Annotator.from_bytes(data, source).mentions(text)
    assert alone.annotate(text, fmt="json") == cached.annotate(text, fmt="json")


def test_a_glossary_replaced_while_its_cache_is_built_is_read_again(tmp_path: Path) -> None:
    path = store_written(tmp_path)
    replacement = tmp_path / "other.json"
    replacement.write_bytes(path.read_bytes().replace(b"Lei Jun", b"LEI Jun"))
    builds: list[bytes] = []

    def build() -> bytes:
        builds.append(path.read_bytes())
        if len(builds) == 1:
            os.replace(replacement, path)  # another process saves the glossary meanwhile
        return b"built from version %d" % len(builds)

    data, source = load_cached_with_source(path, "test-kind", build)
    assert len(builds) == 2
    assert bytes(data) == b"built from version 2"
    assert bytes(source) == builds[1] == path.read_bytes()
    again, _ = load_cached_with_source(path, "test-kind", lambda: pytest.fail("built again"))
    assert bytes(again) == b"built from version 2"


def test_what_a_cache_build_leaves_alive_moves_to_the_oldest_generation(tmp_path: Path) -> None:
    # Made while the collector is paused, it would all be scanned by the first collection after the build.
    import gc

    path = tmp_path / "names.json"
    path.write_text("{}", encoding="utf-8")
    kept: list[object] = []

    def build() -> bytes:
        kept.extend([index] for index in range(1000))
        return b"built"

    assert bytes(load_cached(path, "kept-v1", build)) == b"built"
    oldest = {id(thing) for thing in gc.get_objects(generation=2)}
    assert all(id(thing) in oldest for thing in kept)


def test_data_tables_are_kept_until_their_source_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    source = tmp_path / "table.tsv"
    source.write_text("a\t1\n", encoding="utf-8")
    parsed: list[str] = []

    def parse() -> dict[str, int]:
        text = source.read_text(encoding="utf-8")
        parsed.append(text)
        return {k: int(v) for k, v in (line.split("\t") for line in text.splitlines())}

    assert load_data_cached("test-table", [source], parse) == {"a": 1}
    assert load_data_cached("test-table", [source], parse) == {"a": 1}
    assert len(parsed) == 1
    source.write_text("a\t1\nb\t22\n", encoding="utf-8")
    assert load_data_cached("test-table", [source], parse) == {"a": 1, "b": 22}
    stored = next((tmp_path / "xdg").rglob("test-table-*.marshal"))
    stored.write_bytes(b"\xff not marshal")
    assert load_data_cached("test-table", [source], parse) == {"a": 1, "b": 22}
    assert len(parsed) == 3
    # The same table from another copy of the sources (another install) is kept apart: neither evicts the other.
    other = tmp_path / "other" / "table.tsv"
    other.parent.mkdir()
    other.write_text("c\t3\n", encoding="utf-8")
    source = other
    assert load_data_cached("test-table", [other], parse) == {"c": 3}
    assert load_data_cached("test-table", [tmp_path / "table.tsv"], pytest.fail) == {"a": 1, "b": 22}
    assert load_data_cached("test-table", [other], parse) == {"c": 3}
    assert len(parsed) == 4


def test_pattern_lists_are_read_one_by_one_as_written() -> None:
    from array import array

    from zhgloss.annotate import _Lines

    items = ["雷军", "Lei Jun", "", "小米SU7", "ガメラ"]
    data, ends = _Lines.pack(items)
    lines = _Lines(data, array("i", ends))
    assert len(lines) == len(items)
    assert [lines[i] for i in range(len(items))] == list(lines) == lines[:] == items
    assert lines[-1] == "ガメラ"
    with pytest.raises(IndexError):
        lines[len(items)]
    with pytest.raises(ValueError, match="cut short"):
        _Lines(data[:-1], array("i", ends))


def test_short_texts_are_simplified_as_long_ones(prose: list[str]) -> None:
    from zhgloss.namecontext import _SHORT_T2S, _simplified, _t2s, _t2s_table

    pattern, table = _t2s()
    traditional = "".join(_t2s_table())
    texts = [line[:_SHORT_T2S] for line in prose[::40]] + [
        traditional[i : i + 200] for i in range(0, len(traditional), 200)
    ]
    texts += ["劉強東創辦了京東", "臺灣 and 台湾", ""]
    for text in texts:
        assert len(text) <= _SHORT_T2S
        assert _simplified(text) == pattern.sub(lambda match: table[match.group()], text), text


def test_no_name_separator_is_a_letter() -> None:
    # zhgloss.glossable counts the letters of a form that is all letters by its length alone.
    from zhgloss.script import NAME_SEPARATORS

    assert not any(char.isalnum() or char.isspace() for char in NAME_SEPARATORS)


def test_namecontext_names_the_surname_table_as_pinyin_does() -> None:
    from zhgloss import namecontext, pinyin

    assert namecontext.SURNAMES_PATH == pinyin.SURNAMES_PATH
    assert namecontext.SURNAMES_PATH.is_file()


def test_bytes_zhgloss_wrote_from_entries_give_spans_without_comparing_them(tmp_path: Path) -> None:
    from zhgloss.cache import content_digest, is_written

    path = _written_by_zhgloss(tmp_path)
    raw = path.read_bytes()
    assert is_written(path, content_digest(raw), as_entries=True)
    with Glossary.open(path) as gloss:
        entries = list(gloss.iter_entries())
        spans = gloss.entry_spans(entries)
    assert spans is not None
    assert [json.loads(raw[start:end]) for start, end in spans] == [entry.to_dict() for entry in entries]


def test_a_write_beside_a_document_not_in_its_entrys_form_vouches_only_for_the_entries(tmp_path: Path) -> None:
    from zhgloss.cache import content_digest, is_written

    path = _written_by_zhgloss(tmp_path)
    data = json.loads(path.read_bytes())
    del data["entries"]["1"]["aliases"]  # valid and read as stored, but not the entry's to_dict()
    path.write_bytes(dump_json_bytes(data))
    with Glossary.open(path) as gloss:
        assert gloss.entry_spans(list(gloss.iter_entries())) is None
        gloss.add(Entry(id="ma-yun", zh="马云", en="Jack Ma"))
    digest = content_digest(path.read_bytes())
    assert is_written(path, digest)
    assert not is_written(path, digest, as_entries=True)
    with Glossary.open(path) as gloss:
        assert gloss.entry_spans(list(gloss.iter_entries())) is None


def test_a_file_found_in_its_entries_form_is_recorded_so(tmp_path: Path) -> None:
    from zhgloss.cache import content_digest, is_written

    path = _written_by_zhgloss(tmp_path)
    path.write_bytes(dump_json_bytes(json.loads(path.read_bytes())) + b"\n")  # a hand copy: other bytes
    digest = content_digest(path.read_bytes())
    assert not is_written(path, digest)
    with Glossary.open(path) as gloss:
        assert gloss.entry_spans(list(gloss.iter_entries())) is not None
    assert is_written(path, digest, as_entries=True)


@pytest.mark.parametrize("numbers", [["10", "2", "1", "100", "3"], ["10", "2", "07", "1", "100"], ["9", "0", "11"]])
def test_entries_come_in_the_order_of_their_document_numbers(tmp_path: Path, numbers: list[str]) -> None:
    path = tmp_path / "names.json"
    docs = {number: Entry(id=f"e{number}", en=f"Name {number}").to_dict() for number in numbers}
    path.write_text(json.dumps({"entries": docs}), encoding="utf-8")
    with Glossary.open(path) as gloss:
        ids = [entry.id for entry in gloss.iter_entries()]
    assert ids == [f"e{number}" for number in sorted(numbers, key=int)]


def test_readings_from_the_tables_equal_pypinyins_for_every_character_and_phrase() -> None:
    from pypinyin.phrases_dict import phrases_dict
    from pypinyin.pinyin_dict import pinyin_dict

    from zhgloss.pinyin import to_pinyin_syllables, to_pinyin_syllables_of

    texts = [chr(code) for code in pinyin_dict] + list(phrases_dict)
    texts += ["", "小米SU7", "史蒂夫·乔布斯", "没谁了", "重庆长沙", "ABC", "𠀀𪚥"]
    assert to_pinyin_syllables_of(texts) == [to_pinyin_syllables(text) for text in texts]


@given(
    st.lists(st.sampled_from(["重", "庆", "长", "沙", "行", "银", "了", "没", "谁", "吕", "a", " ", "·"]), max_size=8)
)
def test_readings_of_runs_of_polyphones_equal_pypinyins(chars: list[str]) -> None:
    from zhgloss.pinyin import to_pinyin_syllables, to_pinyin_syllables_of

    text = "".join(chars)
    assert to_pinyin_syllables_of([text]) == [to_pinyin_syllables(text)]


def test_a_search_index_of_entries_without_pinyin_is_built_without_pypinyin(tmp_path: Path) -> None:
    import subprocess
    import sys

    build = (
        "import sys\n"
        "from zhgloss.fuzzy import Searcher\n"
        "from zhgloss.model import Entry\n"
        "Searcher([Entry(id='lei-jun', zh='雷军', en='Lei Jun'), Entry(id='mei', zh='没谁了', en='unbeatable')])\n"
        "print(sorted(name for name in sys.modules if name.startswith('pypinyin')))\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    runs = [subprocess.run([sys.executable, "-c", build], env=env, capture_output=True, text=True) for _ in range(2)]
    assert [run.returncode for run in runs] == [0, 0], runs[0].stderr
    assert runs[0].stdout != "[]\n"  # the first run reads pypinyin's dictionaries into the user's cache folder
    assert runs[1].stdout == "[]\n"


@given(st.lists(st.text(alphabet=st.sampled_from("Aa Zz-'\n1.İΣσͅǅÜüǚ\uff21\uff41\u3000雷"), max_size=10), max_size=8))
def test_english_forms_folded_at_once_are_each_folded_alone(forms: list[str]) -> None:
    from zhgloss.annotate import _fold, _folded_all

    assert _folded_all(forms) == [_fold(form) for form in forms]
    assert _folded_all(["Li Ka-shing", "ΟΔΟΣ", "Xi'an"]) == ["li ka shing", "οδος", "xi an"]


@given(st.lists(st.text(alphabet=st.sampled_from("a Z9@☰—\n\uff10\uff21\uff41\uff5b雷-"), max_size=6), max_size=10))
def test_forms_with_a_latin_letter_found_at_once_as_one_by_one(forms: list[str]) -> None:
    from zhgloss.annotate import _LATIN_RE, _have_latin

    assert _have_latin(forms) == [_LATIN_RE.search(form) is not None for form in forms]


_SHARING = [
    Entry(id="taiwan", zh="台湾", en="Taiwan", type="place"),
    Entry(id="taiwan-province", zh="台湾省", en="Taiwan", type="place", note="Taiwan province (PRC term)"),
    Entry(id="tai", zh="台", en="Taiwan", type="name"),
    Entry(id="lei-jun", zh="雷军", en="Lei Jun", draft=True),
    Entry(id="lei-jun-2", zh="雷俊", en="Lei Jun", pinyin="Léi Jùn"),
    Entry(id="xian", zh="西安", en="Xi'an", type="place", aliases=("Xian",)),
    Entry(id="to-found", zh="创办", en="to found", type="term"),
]


def _english_patterns_row_by_row(
    e_entry: list[int], e_code: list[int], e_written: list[str], entries: list[Entry]
) -> tuple[list[str], list[str], list[int], list[int]]:
    """The English rows grouped a row at a time, as the build did before its column passes: the reference."""
    from zhgloss.annotate import _anchor, _fold
    from zhgloss.forms import precedence

    groups: dict[str, list[int]] = {}
    seen: dict[str, set[tuple[int, str]]] = {}
    for row, written in enumerate(e_written):
        key, pair = _fold(written), (e_entry[row], written)
        if pair not in seen.setdefault(key, set()):
            seen[key].add(pair)
            groups.setdefault(key, []).append(row)
    for rows in groups.values():
        if len(rows) > 1:
            rows.sort(key=lambda row: (e_code[row], precedence(entries[e_entry[row]])))
    folded = sorted(groups, key=_anchor)
    return (
        [_anchor(key) for key in folded],
        folded,
        [len(groups[key]) for key in folded],
        [row for key in folded for row in groups[key]],
    )


@given(
    st.lists(
        st.tuples(
            st.integers(0, len(_SHARING) - 1),
            st.integers(0, 5),
            st.sampled_from(
                ["Taiwan", "TAIWAN", "taiwan", "Lei Jun", "lei jun", "Lei-Jun", "Xi'an", "Xi an", "Ｌｅｉ"]
            ),
        ),
        max_size=24,
    )
)
def test_english_rows_grouped_by_columns_as_one_at_a_time(rows: list[tuple[int, int, str]]) -> None:
    from zhgloss.annotate import _english_patterns
    from zhgloss.model import entry_columns

    e_entry, e_code, e_written = [row[0] for row in rows], [row[1] for row in rows], [row[2] for row in rows]
    expected = _english_patterns_row_by_row(e_entry, e_code, e_written, _SHARING)
    assert _english_patterns(e_entry, e_code, e_written, entry_columns(_SHARING)) == expected


def _simp_trad_entry_by_entry(entries: Sequence[Entry]) -> tuple[str, str]:
    """The annotator's simplified-only and traditional-only characters, as its build found them an entry at a time."""
    from zhgloss.annotate import _SIMP_ONLY, _TRAD_ONLY

    simp, trad = _SIMP_ONLY, _TRAD_ONLY
    for entry in entries:
        if entry.zh and entry.zh_hant and len(entry.zh) == len(entry.zh_hant):
            for s, t in zip(entry.zh, entry.zh_hant, strict=True):
                if s != t and s not in simp and t not in trad:
                    simp, trad = simp + s, trad + t
    return simp, trad


def test_simplified_and_traditional_characters_are_found_as_an_entry_at_a_time(cedict_sample: list[Entry]) -> None:
    from zhgloss.annotate import _simp_trad

    assert _simp_trad(cedict_sample) == _simp_trad_entry_by_entry(cedict_sample)
    assert len(_simp_trad(cedict_sample)[0]) > 100
