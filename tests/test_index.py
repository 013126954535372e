"""The lookup index on disk: keys computed a column at a time, a packed file read in place, damage rebuilt."""

from __future__ import annotations

import gzip
import itertools
import json
import os
import subprocess
import zlib
from pathlib import Path

import pytest
from conftest import SHARED
from hypothesis import given
from hypothesis import strategies as st

from zhgloss import script
from zhgloss.cache import cache_file
from zhgloss.formats.cedict import load_cedict
from zhgloss.index import FIELDS, INDEX_FORMAT, Key, LookupIndex, _converted_forms, iter_keys, key_columns
from zhgloss.model import Entry
from zhgloss.store import Glossary

CEDICT = SHARED / "data" / "cedict_ts.u8.gz"

# Forms that take each column function off its plain path: separators, full-width letters, odd
# spaces, tone numbers, ü written three ways, letters whose case changes their length.
ODD_FORMS = st.text(
    alphabet=st.sampled_from("雷军·•．.Ａｂ\u3000 \t-'Lǚüu:v12345ŚßİΣσςaZ0小米SU7\u0308\u0301\u00e9e"), max_size=12
)


@pytest.mark.parametrize(
    ("many", "one"),
    [
        (script.zh_keys, script.zh_key),
        (script.en_keys, script.en_key),
        (script.pinyin_keys, script.pinyin_key),
        (script.tone_sequences, script.tone_sequence),
    ],
)
@given(forms=st.lists(ODD_FORMS, max_size=8))
def test_column_keys_equal_keys_one_form_at_a_time(many: object, one: object, forms: list[str]) -> None:
    assert many(forms) == [one(form) for form in forms]  # type: ignore[operator]


@given(forms=st.lists(ODD_FORMS, max_size=8))
def test_cjk_lines_are_the_forms_with_cjk(forms: list[str]) -> None:
    assert script.cjk_lines(forms) == {n for n, form in enumerate(forms) if script.has_cjk(form)}


def test_a_form_holding_the_joining_character_is_keyed_alone() -> None:
    forms = ["Lei\x00Jun", "Ｘ"]
    assert script.en_keys(forms) == ["leijun", "x"]
    assert script.zh_keys(forms) == [script.zh_key(f) for f in forms]


def rows_of(entries: list[Entry]) -> list[tuple[int, Key]]:
    columns = key_columns(entries, _converted_forms(entries))
    return [
        (columns.pos[n], Key(columns.key[n], FIELDS[columns.field[n]], columns.form[n], columns.tones[n]))
        for n in columns.order
    ]


def test_key_columns_equal_iter_keys_on_cedict_and_the_bundled_glossary(bundled: Path) -> None:
    with gzip.open(CEDICT, "rt", encoding="utf-8") as fp:
        cedict = list(itertools.islice(load_cedict(fp), 0, None, 40))
    with Glossary.open(bundled) as gloss:
        entries = list(gloss.iter_entries()) + cedict
    assert rows_of(entries) == [(pos, key) for pos, entry in enumerate(entries) for key in iter_keys(entry)]


def test_key_columns_of_a_person_with_every_kind_of_form() -> None:
    entry = Entry(
        id="steve-jobs",
        zh="史蒂夫·乔布斯",
        zh_hant="史蒂夫·賈伯斯",
        zh_aliases=("乔帮主", "SJ"),
        pinyin="Shǐdìfū Qiáobùsī",
        en="Steve Jobs",
        aliases=("Jobs", "!!!"),
        type="person",
    )
    assert rows_of([entry]) == [(0, key) for key in iter_keys(entry)]


def index_file(glossary_path: Path) -> Path:
    target = cache_file(glossary_path, f"{INDEX_FORMAT}.bin")
    assert target is not None
    return target


def payload(blob: bytes) -> bytes:
    """The bytes of a cache file past its first line (the identity and CRC-32 line)."""
    return blob.partition(b"\n")[2]


def with_head(key: bytes, data: bytes) -> bytes:
    """A cache file holding `data` for the glossary identity `key`, with a right CRC: damage the CRC cannot see."""
    return key + b" %08x\n" % zlib.crc32(data) + data


def lookup_en(glossary_path: Path, query: str) -> list[str]:
    with Glossary.open(glossary_path) as gloss:
        return [hit.entry.en for hit in gloss.lookup(query)]


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda blob, key: blob[: len(blob) // 2], id="cut in half"),
        pytest.param(lambda blob, key: with_head(key, b""), id="identity line only"),
        pytest.param(lambda blob, key: with_head(key, b"\xff" * 64), id="no header"),
        pytest.param(lambda blob, key: with_head(key, payload(blob)[:200]), id="header cut short"),
        pytest.param(lambda blob, key: blob[:-9], id="last section cut short"),
    ],
)
def test_a_damaged_index_is_built_again(glossary_path: Path, damage: object) -> None:
    from zhgloss.cache import cache_key, identity

    expected = lookup_en(glossary_path, "雷军")
    target = index_file(glossary_path)
    key = cache_key(identity(glossary_path)).encode()
    target.write_bytes(damage(target.read_bytes(), key))  # type: ignore[operator]
    assert lookup_en(glossary_path, "雷军") == expected == ["Lei Jun"]
    assert LookupIndex(payload(target.read_bytes())) is not None  # written whole again


@pytest.mark.parametrize("section", ["entry_rows", "row_field", "row_slot", "doc_starts", "hash_rows", "hash_starts"])
def test_an_index_damaged_past_its_header_is_built_again_when_read(glossary_path: Path, section: str) -> None:
    from zhgloss.cache import cache_key, identity
    from zhgloss.index import MAGIC
    from zhgloss.packed import Layout

    expected = lookup_en(glossary_path, "雷军")
    target = index_file(glossary_path)
    blob = bytearray(payload(target.read_bytes()))
    layout = Layout(bytes(blob), MAGIC)
    start, end = layout.spans[section]
    blob[layout.base + start : layout.base + end] = b"\x7f" * (end - start)
    target.write_bytes(with_head(cache_key(identity(glossary_path)).encode(), bytes(blob)))
    with Glossary.open(glossary_path) as gloss:
        assert [hit.entry.en for hit in gloss.lookup("雷军")] == expected == ["Lei Jun"]
        assert [hit.entry.en for hit in gloss.lookup("Lei Jun")] == expected
    assert payload(target.read_bytes()) != bytes(blob)  # written again


def test_an_index_of_another_version_of_the_file_is_not_used(glossary_path: Path) -> None:
    assert lookup_en(glossary_path, "雷军") == ["Lei Jun"]
    stale = index_file(glossary_path).read_bytes()
    glossary_path.write_text(glossary_path.read_text(encoding="utf-8").replace('"Lei Jun"', '"Lei Jum"'), "utf-8")
    index_file(glossary_path).write_bytes(stale)  # the old identity line: stale
    assert lookup_en(glossary_path, "雷军") == ["Lei Jum"]


def test_from_bytes_rejects_what_is_not_an_index() -> None:
    for blob in (b"", b"zhgloss lookup-v1\n", b"SQLite format 3\x00" + b"\x00" * 100):
        with pytest.raises(ValueError, match=r"header|format|section"):
            LookupIndex(blob)


def test_concurrent_first_lookups_build_one_sound_index(zhgloss_exe: str, glossary_path: Path) -> None:
    """Real processes racing to build the index: each answers right, and the file left is whole."""
    queries = ["雷军", "Lei Jun", "lei2 jun1", "Jun Lei"] * 2
    procs = [
        subprocess.Popen(
            [zhgloss_exe, "lookup", query, "--field", "en", "--db", str(glossary_path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for query in queries
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert out == b"Lei Jun\n"
    target = index_file(glossary_path)
    assert [p.name for p in target.parent.iterdir() if p.name.endswith(".tmp")] == []
    from zhgloss.cache import cache_key, identity

    key = cache_key(identity(glossary_path)).encode()
    blob = target.read_bytes()
    assert blob.startswith(key + b" ")
    assert lookup_en(glossary_path, "雷军") == ["Lei Jun"]
    LookupIndex(payload(blob))  # whole: no ValueError


def test_two_entries_with_one_id_are_a_data_error(glossary_path: Path) -> None:
    import json

    from zhgloss.errors import GlossaryFileError

    data = json.loads(glossary_path.read_text(encoding="utf-8"))
    docs = data["entries"]
    first = next(iter(docs))
    docs[str(max(map(int, docs)) + 1)] = dict(docs[first])
    glossary_path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with Glossary.open(glossary_path) as gloss, pytest.raises(GlossaryFileError, match="two entries have the id"):
        gloss.lookup("雷军")


def test_the_index_holds_no_copy_of_a_store_written_glossary(glossary_path: Path) -> None:
    lookup_en(glossary_path, "雷军")
    assert b"long-time Kingsoft executive" in glossary_path.read_bytes()
    assert b"long-time Kingsoft executive" not in index_file(glossary_path).read_bytes()  # a note is no key
    assert os.path.getsize(index_file(glossary_path)) < glossary_path.stat().st_size


def test_the_index_finds_what_the_keys_of_every_entry_name(tmp_path: Path, bundled: Path) -> None:
    """Every form and key of every entry, looked up through the index and through the keys themselves, alike.

    The index keeps only a hash of each key and which form of its entry a row is: a row found by
    the hash must be kept exactly when its key, computed again, is the query's.
    """
    import random
    from collections import defaultdict

    from zhgloss.index import _rank, query_keys

    with Glossary.open(bundled) as gloss:
        entries = list(gloss.iter_entries())
    taken = {form for e in entries for form in e.zh_forms} | {e.id for e in entries}
    with gzip.open(CEDICT, "rt", encoding="utf-8") as fp:
        for entry in itertools.islice(load_cedict(fp), 0, None, 97):
            if entry.id not in taken and not taken & set(entry.zh_forms):
                entries.append(entry)
                taken |= {entry.id, *entry.zh_forms}
    # More forms than a row's slot can number: the last ones are written out in the index.
    entries.append(Entry(id="many", en="Many Names", zh="多名", aliases=tuple(f"Name {n}" for n in range(300))))
    path = tmp_path / "glossary.json"
    with Glossary(path) as gloss:
        gloss.add_all(entries)
    rows: dict[str, list[tuple[tuple[int, int], Entry, Key]]] = defaultdict(list)
    for pos, entry in enumerate(entries):
        for turn, key in enumerate(iter_keys(entry)):
            rows[key.key].append(((pos, turn), entry, key))
    queries = sorted({text for found in rows.values() for _, _, key in found for text in (key.key, key.form)})
    queries = [*random.Random(15).sample(queries, 3000), "Name 299", "Name 0", "many", "nobody at all"]
    with Glossary.open(path) as gloss:
        for query in queries:
            found = sorted((hit for k in query_keys(query) for hit in rows.get(k, [])), key=lambda hit: hit[0])
            expected = _rank([(entry, key) for _, entry, key in found], query)
            got = gloss.lookup(query)
            assert [(h.entry.id, h.field, h.form, h.reversed) for h in got] == [
                (h.entry.id, h.field, h.form, h.reversed) for h in expected
            ], query
        assert [hit.form for hit in gloss.lookup("Name 299")] == ["Name 299"]
        assert gloss.find_by_id("many") == entries[-1]
        assert [gloss.find_by_id(e.id) for e in entries[::50]] == entries[::50]
        assert gloss.find_by_id("no-such-id") is None
        assert gloss.find_by_id("") is None
        assert gloss.find_by_id("zzzz") is None


def test_entry_offsets_take_32_bits_in_a_file_under_4_gb(glossary_path: Path) -> None:
    """Issue 15 (size): where each entry lies in the glossary file, in 4 + 2 bytes, not 16; another type is refused."""
    import marshal

    from zhgloss.index import MAGIC, LookupIndex
    from zhgloss.packed import Layout

    lookup_en(glossary_path, "雷军")
    blob = payload(index_file(glossary_path).read_bytes())
    layout = Layout(bytes(blob), MAGIC)
    count = layout.header[1]
    assert layout.header[2:4] == ("I", "H")
    for name, size in (("doc_starts", 4), ("doc_lengths", 2)):  # each entry's start, and its length (under 64 KB)
        start, end = layout.spans[name]
        assert end - start == size * count
    head = marshal.dumps(((layout.header[0], count, "x", "H", layout.header[4]), layout.spans))
    size = int.from_bytes(blob[len(MAGIC) : len(MAGIC) + 4], "little")
    damaged = MAGIC + len(head).to_bytes(4, "little") + head + bytes(blob[len(MAGIC) + 4 + size :])
    with pytest.raises(ValueError, match="entry offsets"):
        LookupIndex(damaged)


@pytest.mark.parametrize("rows", [0, 1, 1000, 2**16 - 1, 2**16, 450_000, 10**7])
def test_hashes_keep_two_bytes_a_row_in_a_big_index_with_a_small_table_of_starts(rows: int) -> None:
    """Issue 15 (size): the sorted hashes in two levels, their low bits in 2 bytes a row from 2**16 rows on."""
    from zhgloss.index import HASH_BITS, MIN_LOW_BITS, _low_bits

    low = _low_bits(rows)
    assert MIN_LOW_BITS <= low <= HASH_BITS
    assert 2 ** (HASH_BITS - low) <= max(1, rows // 4)  # the table of starts: at most an int for 4 rows
    assert (low == MIN_LOW_BITS) == (rows >= 2**16)


def test_a_key_hash_is_one_machine_digit_for_a_quick_sort() -> None:
    from zhgloss.index import key_hash

    assert all(0 <= key_hash(key) < 2**30 for key in ("雷军", "leijun", "", "a" * 1000))


def test_lookup_lists_a_labelled_sense_a_single_character_and_a_draft_after_the_plain_entries(
    tmp_path: Path, zhgloss_exe: str
) -> None:
    # User test (s9): `lookup Korea --field zh` printed the slur 棒国 "(derog.) Korea", whose English "Korea" is, first;
    # 韩国, whose alias it is, came after it, as did 高丽, while a single character (丽 "Korea") led before. (朝鲜's
    # "Korea as geographic term" names the peninsula, no alias of North Korea: cedict's field-term rule, s17.)
    # Real CC-CEDICT lines, imported through the console script.
    db = tmp_path / "common.json"
    source = Path(__file__).resolve().parent / "data" / "cedict_common.u8"
    done = subprocess.run([zhgloss_exe, "--db", str(db), "import", str(source)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    run = subprocess.run([zhgloss_exe, "--db", str(db), "lookup", "Korea", "--json"], capture_output=True, text=True)
    found = [m["entry"]["zh"] for m in json.loads(run.stdout)[0]["matches"]]
    plain, rest = found[:2], found[2:]
    assert sorted(plain) == sorted(["韩国", "高丽"])
    assert set(rest) == {"丽", "朝", "棒国"}
    assert found.index("丽") < found.index("棒国") and found.index("丽") < found.index("朝")  # a label weighs more


ACCENTED = [
    Entry(id="jose-mujica", type="person", zh="何塞·穆希卡", pinyin="Hésāi Mùxīkǎ", en="José Mujica", en_adopted=True),
    Entry(
        id="francois-hollande", type="person", zh="奥朗德", pinyin="Àolǎngdé", en="François Hollande", en_adopted=True
    ),
    Entry(id="andres-lopez", type="person", zh="洛佩斯", pinyin="Luòpèisī", en="Andrés Manuel López Obrador"),
]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("José Mujica", "jose-mujica"),
        ("JOSÉ MUJICA", "jose-mujica"),
        ("Jose Mujica", "jose-mujica"),  # without its accent, as before
        ("François Hollande", "francois-hollande"),
        ("Andrés Manuel López Obrador", "andres-lopez"),
        ("Àolǎngdé", "francois-hollande"),  # pinyin with its tones, as before
        ("Àolàngdé", None),  # pinyin with a wrong tone still finds nothing
        ("Josè Mujica", None),  # another accent is neither the form as written nor pinyin
    ],
)
def test_an_english_form_with_accents_is_found_as_written(tmp_path: Path, query: str, found: str | None) -> None:
    # User test (s9): "José Mujica" found nothing while "Jose Mujica" did: its é was read as a pinyin tone mark, and
    # a query with tones was matched against pinyin only.
    path = tmp_path / "accented.json"
    with Glossary.open(path, must_exist=False) as gloss:
        for entry in ACCENTED:
            gloss.add(entry)
    with Glossary.open(path) as gloss:
        assert [hit.entry.id for hit in gloss.lookup(query)] == ([found] if found else [])
