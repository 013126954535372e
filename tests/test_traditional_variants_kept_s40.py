"""The traditional spellings of a glossary's Chinese forms worked out once per version and kept
(`zhgloss.model.traditional_variants`, s40).

The lookup index converts every simplified form of the glossary with OpenCC (`index._converted_forms`: its zh and its
Chinese aliases), so that a form typed in traditional characters finds it; the annotator converts some of the same
forms. The first build after a change keeps the table in the glossary's cache folder (`EntryColumns.keep`, set by
`Glossary.entry_columns`), as `variant_texts` keeps the variant spellings (s39), and later builds read it back. What
they read back is what OpenCC gives each form alone (`zhgloss.convert.traditional_variants`), and the index built
from it is byte for byte the one built without it.
"""

from __future__ import annotations

import gzip
import itertools
import os
import subprocess
from pathlib import Path

import orjson
import pytest
from conftest import SHARED

from zhgloss.cache import cache_file
from zhgloss.convert import traditional_variants as variants_of_one
from zhgloss.formats.cedict import load_cedict
from zhgloss.index import INDEX_FORMAT, LookupIndex
from zhgloss.model import (
    TRADITIONAL_VARIANTS_KIND,
    Entry,
    _read_traditional_variants,
    converted_forms,
    traditional_variants,
)
from zhgloss.store import Glossary

CEDICT = SHARED / "data" / "cedict_ts.u8.gz"


@pytest.fixture(scope="module")
def names() -> list[Entry]:
    """CC-CEDICT's proper names of its first 40,000 lines (世界气象组织, 丘逢甲, ...)."""
    with gzip.open(CEDICT, "rt", encoding="utf-8") as fp:
        return list(load_cedict(itertools.islice(fp, 40_000), proper_only=True))


def written(tmp_path: Path, entries: list[Entry], name: str = "g.json") -> Path:
    """`entries` written to a new glossary by the store, as `zhgloss import` writes them."""
    path = tmp_path / name
    with Glossary(path) as gloss:
        gloss.add_all(entries)
    return path


def kept(path: Path) -> Path:
    found = cache_file(path, f"{TRADITIONAL_VARIANTS_KIND}.bin")
    assert found is not None
    return found


def one_by_one(entries: list[Entry]) -> dict[str, tuple[str, ...]]:
    """OpenCC's answer for each form alone, the rule the kept table must give."""
    return {form: variants_of_one(form) for form in converted_forms(entries)}


def test_the_real_names_have_traditional_spellings(names: list[Entry]) -> None:
    # (else the tests below would compare empty tables)
    expected = one_by_one(names[:2000])
    assert len(expected) > 1500
    assert sum(map(bool, expected.values())) > 500
    assert expected["世界气象组织"] == ("世界氣象組織",)


def test_the_forms_are_zh_and_the_chinese_aliases_with_cjk() -> None:
    entries = [
        Entry(id="a", type="org", zh="霸总", en="A"),
        Entry(id="b", type="org", zh="SU7", en="B", zh_aliases=["小米汽车", "WPS"]),
    ]
    assert sorted(converted_forms(entries)) == ["小米汽车", "霸总"]


def test_kept_table_is_opencc_of_each_form(tmp_path: Path, names: list[Entry]) -> None:
    path = written(tmp_path, names[:3000])
    expected = one_by_one(names[:3000])
    with Glossary.open(path) as gloss:
        assert traditional_variants(gloss.entry_columns()) == expected
    assert kept(path).exists()
    with Glossary.open(path) as gloss:  # another glossary object: read back from the cache folder
        stamp = kept(path).stat().st_mtime_ns
        assert traditional_variants(gloss.entry_columns()) == expected
        assert kept(path).stat().st_mtime_ns == stamp  # read, not built again


def test_read_back_in_another_process(tmp_path: Path, names: list[Entry]) -> None:
    path = written(tmp_path, names[:3000])
    expected = one_by_one(names[:3000])
    code = (
        "import sys, orjson\nfrom pathlib import Path\nfrom zhgloss.store import Glossary\n"
        "from zhgloss.model import traditional_variants\n"
        "with Glossary.open(Path(sys.argv[1])) as g:\n"
        "    print(orjson.dumps(traditional_variants(g.entry_columns())).decode())\n"
    )
    for _ in range(2):  # the first process keeps the table, the second reads it
        done = subprocess.run(
            ["python", "-c", code, str(path)], capture_output=True, text=True, check=True, env=os.environ.copy()
        )
        got = {form: tuple(variants) for form, variants in orjson.loads(done.stdout).items()}
        assert got == expected
        assert kept(path).exists()


def test_the_index_built_from_the_kept_table_is_the_same_bytes(tmp_path: Path, names: list[Entry]) -> None:
    fresh = written(tmp_path, names, "fresh.json")
    reread = written(tmp_path, names, "reread.json")
    with Glossary.open(reread) as gloss:
        traditional_variants(gloss.entry_columns())  # kept now
    built: dict[str, bytes] = {}
    for label, path in (("fresh", fresh), ("reread", reread)):
        with Glossary.open(path) as gloss:
            columns = gloss.entry_columns()
            if label == "fresh":
                assert not kept(path).exists()
            built[label] = LookupIndex.build(columns, gloss.entry_spans(columns))
    assert built["fresh"] == built["reread"]


def test_lookup_in_traditional_by_the_installed_script(tmp_path: Path, names: list[Entry]) -> None:
    # The first `lookup` keeps the table; with the index gone, the next builds it from the table and answers the same.
    # 世界氣象組織 is OpenCC's traditional spelling of 世界气象组织 (World Meteorological Organization).
    path = written(tmp_path, names)

    def lookup() -> subprocess.CompletedProcess[str]:
        return subprocess.run(["zhgloss", "lookup", "世界氣象組織", "--db", str(path)], capture_output=True, text=True)

    first = lookup()
    assert first.returncode == 0, first.stderr
    assert "World Meteorological Organization" in first.stdout
    assert kept(path).exists()
    index = cache_file(path, f"{INDEX_FORMAT}.bin")
    assert index is not None and index.exists()
    index.unlink()
    second = lookup()
    assert (second.returncode, second.stdout) == (first.returncode, first.stdout)


def test_a_glossary_replaced_after_its_reading_keeps_nothing(tmp_path: Path, names: list[Entry]) -> None:
    path = written(tmp_path, names[:500])
    with Glossary.open(path) as gloss:
        columns = gloss.entry_columns()
        with Glossary(path) as writer:  # another writer replaces the file meanwhile
            writer.add_all(names[500:600])
        assert traditional_variants(columns) == one_by_one(names[:500])
    assert not kept(path).exists()  # worked out of the old version: not kept for the new one


def test_entries_not_read_from_a_file_are_worked_out(names: list[Entry]) -> None:
    assert traditional_variants(names[:300]) == one_by_one(names[:300])
    with Glossary() as gloss:  # in memory
        gloss.add_all(names[:300])
        assert traditional_variants(gloss.entry_columns()) == one_by_one(names[:300])


FORMS = ["世界气象组织", "丘逢甲", "北京"]


@pytest.mark.parametrize(
    "payload",
    [
        b"",
        b"{not json",
        b'{"a": 1}',
        orjson.dumps([3]),
        orjson.dumps([2, {}]),  # another count of forms
        orjson.dumps([3, {"上海": ["上海"]}]),  # a form not converted
        orjson.dumps([3, {"北京": []}]),  # (a form without variants is left out)
        orjson.dumps([3, {"北京": "北京"}]),
        orjson.dumps([3, {"北京": [""]}]),
        orjson.dumps([3, {"北京": [5]}]),
        orjson.dumps([3, ["北京"]]),
    ],
)
def test_a_kept_table_that_does_not_read_as_one_is_none(payload: bytes) -> None:
    assert _read_traditional_variants(payload, FORMS) is None


def test_a_kept_table_reads_back() -> None:
    payload = memoryview(orjson.dumps([3, {"世界气象组织": ["世界氣象組織"]}]))
    assert _read_traditional_variants(payload, FORMS) == {"世界气象组织": ("世界氣象組織",), "丘逢甲": (), "北京": ()}


def test_a_damaged_kept_table_is_worked_out_again(tmp_path: Path, names: list[Entry]) -> None:
    path = written(tmp_path, names[:2000])
    with Glossary.open(path) as gloss:
        expected = traditional_variants(gloss.entry_columns())
    target = kept(path)
    head, _, _ = target.read_bytes().partition(b"\n")
    target.write_bytes(head + b"\n" + b"[0, {}]")  # its checksum no longer matches: the cache is built again
    with Glossary.open(path) as gloss:
        assert traditional_variants(gloss.entry_columns()) == expected
