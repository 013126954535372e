"""Big glossaries (issue 15): batched builds equal one-by-one ones, caches are mapped, fast paths equal slow ones."""

from __future__ import annotations

import gzip
import itertools
import json
import os
from pathlib import Path

import pytest
from conftest import SHARED
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.annotate import CACHE_KIND, Annotator, Session, annotator_for
from zhgloss.cache import load_cached, load_cached_with_source, load_data_cached
from zhgloss.check import checker_for
from zhgloss.convert import traditional_variants, traditional_variants_of
from zhgloss.formats.cedict import load_cedict
from zhgloss.fuzzy import FORMAT as SEARCH_FORMAT
from zhgloss.fuzzy import searcher_for
from zhgloss.index import INDEX_FORMAT
from zhgloss.model import Entry
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

    code = [sys.executable, "-c", MODULES_OF, *argv]
    subprocess.run(code, capture_output=True, check=True)  # the first run may build the caches
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
    "zhgloss.model",
    "zhgloss.script",
    "zhgloss.store",
}
NEVER_FOR_LOOKUP = {
    "tinydb", "opencc", "pypinyin", "daachorse", "rapidfuzz", "orjson", "filelock",
    "platformdirs", "tempfile", "charset_normalizer", "jieba",
}  # fmt: skip


@pytest.mark.parametrize("db", ["bundled", "file"])
def test_lookup_imports_only_what_it_uses(db: str, glossary_path: Path) -> None:
    argv = ["lookup", "雷军"] if db == "bundled" else ["lookup", "雷军", "--db", str(glossary_path)]
    loaded = modules_of(*argv)
    assert {m for m in loaded if m.split(".")[0] == "zhgloss"} == LOOKUP_MODULES
    assert not {m.split(".")[0] for m in loaded} & NEVER_FOR_LOOKUP


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
    kinds = {f"{INDEX_FORMAT}.sqlite", f"{SEARCH_FORMAT}.bin", f"{CACHE_KIND}.bin", f"{CACHE_KIND}-names.bin"}
    assert kinds <= set(files)
    assert [name for name, data in files.items() if NOTE.encode() in data] == []


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
    stored = next((tmp_path / "xdg").rglob("test-table.marshal"))
    stored.write_bytes(b"\xff not marshal")
    assert load_data_cached("test-table", [source], parse) == {"a": 1, "b": 22}
    assert len(parsed) == 3


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
