"""The glossary store: atomic, locked, UTF-8, canonical JSON, and never overwriting a bad file."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from zhgloss.errors import DuplicateEntryError, GlossaryFileError, NotFoundError, ReadOnlyGlossaryError
from zhgloss.model import Entry
from zhgloss.store import Glossary, dump_json

LEI = Entry(id="lei-jun", zh="雷军", zh_hant="雷軍", pinyin="Léi Jūn", en="Lei Jun")
ZOU = Entry(id="zou-tao", zh="邹涛", zh_hant="鄒濤", pinyin="Zōu Tāo", en="Zou Tao")
ZENG = Entry(id="zeng-guofan", zh="曾国藩", pinyin="Zēng Guófān", en="Zeng Guofan")


@pytest.fixture(params=["memory", "file"])
def gloss(request: pytest.FixtureRequest, tmp_path: Path) -> Glossary:
    """An empty glossary, in memory and as a real file on disk (the same tests run on both)."""
    return Glossary(None) if request.param == "memory" else Glossary(tmp_path / "g.json")


def test_add_then_get_by_every_form(gloss: Glossary) -> None:
    gloss.add(LEI)
    for query in ("雷军", "雷軍", "Lei Jun", "lei jun", "LEIJUN", "lei2 jun1", "Léi Jūn", "leijun"):
        assert gloss.get(query) == LEI, query


@pytest.mark.parametrize(
    ("drafted", "stored", "expected"),
    [
        ("wang-wei", ["wang-wei"], "wang-wei-2"),
        ("wang-wei-3", ["wang-wei", "wang-wei-2", "wang-wei-3"], "wang-wei-4"),  # drafted before two others wrote
        ("wang-wei-2", ["wang-wei", "wang-wei-2", "wang-wei-4"], "wang-wei-3"),
        ("route-10", ["route-10", "route-11"], "route-10-2"),  # a number of the name's own: no stem stored
    ],
)
def test_a_fresh_id_taken_meanwhile_is_numbered_from_its_stem(
    gloss: Glossary, drafted: str, stored: list[str], expected: str
) -> None:
    for n, taken in enumerate(stored):
        gloss.add(Entry(id=taken, zh=f"王{'伟薇维玮炜'[n]}", en="Wang Wei"))
    added = gloss.add(Entry(id=drafted, zh="王卫", en="Wang Wei"), fresh_id=True)
    assert added.id == expected
    assert gloss.get("王卫").id == expected


def test_get_unknown_raises_not_found(gloss: Glossary) -> None:
    gloss.add(LEI)
    with pytest.raises(NotFoundError) as info:
        gloss.get("李白")
    assert info.value.query == "李白"
    assert str(info.value) == "no entry matches '李白'"


def test_duplicate_zh_is_refused_with_the_existing_id(gloss: Glossary) -> None:
    gloss.add(LEI)
    with pytest.raises(DuplicateEntryError) as info:
        gloss.add(Entry(id="another-lei", zh="雷军", en="Lei Jun"))
    assert info.value.existing_id == "lei-jun"
    assert len(gloss) == 1


def test_duplicate_id_is_refused(gloss: Glossary) -> None:
    gloss.add(LEI)
    with pytest.raises(DuplicateEntryError):
        gloss.add(Entry(id="lei-jun", zh="雷俊", en="Lei Jun"))


def test_update_and_remove(gloss: Glossary) -> None:
    gloss.add_all([LEI, ZOU])
    gloss.update(LEI.replace(note="Xiaomi founder"))
    assert gloss.get_by_id("lei-jun").note == "Xiaomi founder"
    assert gloss.remove("zou-tao") == ZOU
    assert [e.id for e in gloss] == ["lei-jun"]
    with pytest.raises(NotFoundError):
        gloss.remove("zou-tao")


def test_add_all_reports_added_skipped_conflicts(gloss: Glossary) -> None:
    gloss.add_all([LEI])
    changed = LEI.replace(note="changed")
    report = gloss.add_all([LEI, changed, ZOU], on_conflict="skip")
    assert report.added == ["zou-tao"]
    assert report.skipped == ["lei-jun"]
    assert report.conflicts == ["lei-jun"]
    assert gloss.get_by_id("lei-jun").note is None


def test_add_all_replace_overwrites(gloss: Glossary) -> None:
    gloss.add_all([LEI, ZOU])
    report = gloss.add_all([LEI.replace(note="changed")], on_conflict="replace")
    assert report.updated == ["lei-jun"]
    assert gloss.get_by_id("lei-jun").note == "changed"
    assert [e.id for e in gloss] == ["lei-jun", "zou-tao"]


def test_add_all_fail_writes_nothing(gloss: Glossary) -> None:
    gloss.add_all([LEI])
    with pytest.raises(DuplicateEntryError):
        gloss.add_all([ZOU, LEI.replace(note="changed")], on_conflict="fail")
    assert [e.id for e in gloss] == ["lei-jun"]


def test_failed_transaction_writes_nothing(gloss: Glossary) -> None:
    gloss.add(LEI)
    with pytest.raises(RuntimeError), gloss.transaction():
        gloss.add(ZOU)
        raise RuntimeError("boom")
    assert [e.id for e in gloss] == ["lei-jun"]


def test_file_is_utf8_indented_sorted_and_has_real_characters(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    with Glossary(path) as gloss:
        gloss.add_all([ZOU, LEI])
    text = path.read_text(encoding="utf-8")
    assert "雷军" in text
    assert "\\u" not in text
    assert text == dump_json(json.loads(text))  # canonical: indent 2, sorted keys, final newline
    assert text.startswith('{\n  "entries": {\n')


def test_bulk_write_is_one_file_write(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    with Glossary(path) as gloss:
        gloss.add(LEI)
        inode = path.stat().st_ino
        entries = [Entry(id=f"name-{i}", zh=f"名{i}", en=f"Name {i}") for i in range(200)]
        writes: list[object] = []
        storage = gloss._storage
        assert storage is not None
        original = storage._write_now

        def counting_write(data: dict[str, Any], **options: bool) -> None:
            writes.append(1)
            original(data, **options)

        storage._write_now = counting_write  # type: ignore[method-assign]
        gloss.add_all(entries)
    assert len(writes) == 1
    assert path.stat().st_ino != inode  # replaced by rename, not rewritten in place
    assert len(json.loads(path.read_text(encoding="utf-8"))["entries"]) == 201


def test_no_temporary_files_left_behind(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    with Glossary(path) as gloss:
        gloss.add_all([LEI, ZOU])
        gloss.remove("lei-jun")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".zhgloss-cache")) == [
        "g.json",
        "g.json.lock",
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b'{"entries": {"1": {"id": "lei-jun",',
            "not valid JSON: Expecting property name enclosed in double quotes at line 1, column 36: the file ends "
            "before its JSON does (it was cut short)",
        ),
        (b"[1, 2]", "not a zhgloss glossary: the top level is a list, not an object"),
        (b'{"people": {}}', "not a zhgloss glossary: unexpected table 'people'"),
        (b'{"entries": [1]}', "not a zhgloss glossary: table 'entries' does not hold entries"),
        # Says the encoding and the fix (session 33, user U33-12; was "is not UTF-8 (byte 0)").
        ('{"entries": {}}'.encode("utf-16"), 'is UTF-16 (Notepad\'s "Unicode"), not UTF-8: save it as UTF-8'),
    ],
)
def test_malformed_file_is_reported_and_never_overwritten(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with Glossary(path) as gloss:
        with pytest.raises(GlossaryFileError) as info:
            gloss.add(LEI)
        assert info.value.problem == message
        with pytest.raises(GlossaryFileError):
            gloss.lookup("雷军")
    assert path.read_bytes() == content


def test_invalid_entry_in_file_names_the_entry_and_field(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    doc = LEI.to_dict() | {"roles": [{"title": "CEO", "from": "1998-13"}]}
    content = dump_json({"entries": {"1": doc}}).encode()
    path.write_bytes(content)
    with Glossary(path) as gloss, pytest.raises(GlossaryFileError) as info:
        list(gloss.iter_entries())
    assert "entry 'lei-jun': roles.from: '1998-13' is not a date" in str(info.value)
    assert path.read_bytes() == content


def test_read_only_glossary_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    with Glossary(path) as gloss:
        gloss.add(LEI)
    before = path.read_bytes()
    with Glossary(path, read_only=True) as gloss, pytest.raises(ReadOnlyGlossaryError):
        gloss.add(ZOU)
    assert path.read_bytes() == before


def test_bundled_glossary_opens_read_only(bundled: Path) -> None:
    with Glossary.open(bundled) as gloss:
        assert gloss.read_only
        assert gloss.is_bundled
        with pytest.raises(ReadOnlyGlossaryError):
            gloss.add(ZENG)


def test_missing_file_is_a_glossary_error(tmp_path: Path) -> None:
    with pytest.raises(GlossaryFileError) as info:
        Glossary.open(tmp_path / "nope.json")
    assert info.value.problem == "no such glossary file"


def test_writes_after_an_outside_change_are_not_lost(tmp_path: Path) -> None:
    """Each write rereads the file inside the lock: a change made by another process survives."""
    path = tmp_path / "g.json"
    first, second = Glossary(path), Glossary(path)
    first.add(LEI)
    second.add(ZOU)  # second's view of the file is from before LEI was added
    first.add(ZENG)
    assert sorted(e.id for e in Glossary(path)) == ["lei-jun", "zeng-guofan", "zou-tao"]


WRITER = """
import sys
from pathlib import Path
from zhgloss.model import Entry
from zhgloss.store import Glossary
path, prefix, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
gloss = Glossary(path)
for i in range(count):
    entry_id = f"{prefix}-{i}"
    gloss.add(Entry(id=entry_id, zh=f"{prefix}名{i}", en=f"Name {prefix} {i}"))
    print(entry_id, flush=True)
"""


@pytest.mark.slow
def test_sigkill_mid_write_never_corrupts_or_loses_a_returned_write(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    Glossary(path).add(LEI)
    confirmed: list[str] = []
    rng = random.Random(20201)
    for round_no in range(25):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), f"r{round_no}", "100000"],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        # Killed a random while after its first write returned, not after it started: on a loaded
        # machine, starting Python and importing zhgloss could take all of a fixed delay, and the
        # kill then landed before any write (a flaky "12 > 25" at load 6).
        first = proc.stdout.readline()
        assert first, f"round {round_no}: the writer wrote nothing"
        confirmed.append(first.strip())
        time.sleep(rng.uniform(0.0, 0.6))
        proc.send_signal(signal.SIGKILL)
        assert proc.wait() == -signal.SIGKILL  # killed while still writing, not after its last write
        confirmed += proc.stdout.read().split()
        data = json.loads(path.read_text(encoding="utf-8"))  # always parses
        stored = {doc["id"] for doc in data["entries"].values()}
        missing = [i for i in confirmed if i not in stored]
        assert not missing, f"round {round_no}: writes that returned were lost: {missing[:5]}"


@pytest.mark.slow
def test_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    Glossary(path).add(LEI)
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), f"p{n}", "15"], stdout=subprocess.PIPE, text=True)
        for n in range(5)
    ]
    outputs = [p.communicate(timeout=120)[0].split() for p in procs]
    assert all(p.returncode == 0 for p in procs)
    ids = {e.id for e in Glossary(path)}
    assert len(ids) == 1 + 5 * 15
    assert all(i in ids for out in outputs for i in out)


def test_fast_serializer_matches_the_stdlib_byte_for_byte(bundled: Path) -> None:
    data = json.loads(bundled.read_text(encoding="utf-8"))
    data["entries"]["999"] = LEI.to_dict() | {"note": 'quotes " and \\ and \t tab, 𠀀, \u2028, emoji 🐎', "roles": []}
    expected = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    assert dump_json(data) == expected


@pytest.mark.parametrize("xdg", [None, "", "/srv/data"])
def test_user_path_is_platformdirs_user_data_path(monkeypatch: pytest.MonkeyPatch, xdg: str | None) -> None:
    import platformdirs

    from zhgloss.store import user_path

    if xdg is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", xdg)
    assert user_path() == platformdirs.user_data_path("zhgloss") / "glossary.json"


def test_replace_matched_by_chinese_keeps_the_stored_id(gloss: Glossary) -> None:
    gloss.add_all([LEI, Entry(id="leibusi", zh="雷布斯", en="Leibusi", type="nickname", refers_to="lei-jun")])
    report = gloss.add_all([Entry(id="lei-jun-2", zh="雷军", en="Lei Jun", note="imported")], on_conflict="replace")
    assert report.updated == ["lei-jun"]
    assert [e.id for e in gloss] == ["lei-jun", "leibusi"]
    assert gloss.get_by_id("lei-jun").note == "imported"


def test_replace_never_gives_one_chinese_form_to_two_entries(gloss: Glossary) -> None:
    gloss.add_all([LEI, ZOU])
    report = gloss.add_all([LEI.replace(zh="邹涛")], on_conflict="replace")
    assert report.conflicts == ["lei-jun"]
    assert gloss.get_by_id("lei-jun").zh == "雷军"
    with pytest.raises(DuplicateEntryError) as info:
        gloss.add_all([LEI.replace(zh="邹涛")], on_conflict="fail")
    assert info.value.existing_id == "zou-tao"


def test_many_replacements_in_one_write(gloss: Glossary) -> None:
    entries = [Entry(id=f"n{i}", zh=f"名{i}", en=f"Name {i}") for i in range(300)]
    gloss.add_all(entries)
    report = gloss.add_all([e.replace(note="v2") for e in entries] + [ZOU], on_conflict="replace")
    assert len(report.updated) == 300
    assert report.added == ["zou-tao"]
    assert [e.id for e in gloss] == [e.id for e in entries] + ["zou-tao"]
    assert {e.note for e in gloss if e.id != "zou-tao"} == {"v2"}
    gloss.add(ZENG)  # TinyDB's own inserts still find a free document id
    assert len(gloss) == 302


def test_document_keys_must_be_numbers(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    path.write_text('{"entries": {"x": {"id": "a", "en": "A"}}}', encoding="utf-8")
    with Glossary(path) as gloss, pytest.raises(GlossaryFileError) as info:
        list(gloss.iter_entries())
    assert info.value.problem == "not a zhgloss glossary: 'x' in table 'entries' is not a document number"


def test_a_symlinked_glossary_is_updated_through_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real" / "g.json"
    real.parent.mkdir()
    Glossary(real).add(LEI)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    Glossary.open(link).add(ZOU)
    assert link.is_symlink()
    assert sorted(e.id for e in Glossary(real)) == ["lei-jun", "zou-tao"]


def test_a_folder_is_not_a_glossary(tmp_path: Path) -> None:
    with pytest.raises(GlossaryFileError) as info:
        Glossary.open(tmp_path)
    assert info.value.problem == "is a folder, not a glossary file"


def test_a_lock_held_too_long_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from filelock import FileLock

    import zhgloss.store
    from zhgloss.errors import GlossaryBusyError

    path = tmp_path / "g.json"
    Glossary(path).add(LEI)
    monkeypatch.setattr(zhgloss.store, "LOCK_TIMEOUT_S", 0.2)
    holder_code = (
        "import sys, time\nfrom filelock import FileLock\n"
        "held = FileLock(sys.argv[1])\nheld.acquire()\nprint('held', flush=True)\ntime.sleep(5)\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", holder_code, f"{path}.lock"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        with pytest.raises(GlossaryBusyError):
            Glossary(path).add(ZOU)
    finally:
        holder.kill()
        holder.wait()
    Glossary(path).add(ZOU)  # and the lock is free again once the other process is gone
    assert FileLock(str(path) + ".lock").acquire(timeout=1)


def test_entries_are_read_once_inside_reading_once_and_afresh_outside(glossary_path: Path) -> None:
    with Glossary.open(glossary_path) as gloss:
        first, second = list(gloss.iter_entries()), list(gloss.iter_entries())
        assert first == second
        assert first[0] is not second[0]  # read again: nothing kept between reads
        with gloss.reading_once():
            once, again = list(gloss.iter_entries()), list(gloss.iter_entries())
            assert once == first
            assert all(a is b for a, b in zip(once, again, strict=True))
        assert next(iter(gloss.iter_entries())) is not once[0]  # dropped at the end of the block


def test_reading_once_reads_a_file_changed_meanwhile_again(glossary_path: Path) -> None:
    with Glossary.open(glossary_path) as gloss, gloss.reading_once():
        before = {e.id: e.en for e in gloss.iter_entries()}
        with Glossary.open(glossary_path) as other:
            other.update(other.get_by_id("lei-jun").replace(en="Lei Jum"))
        after = {e.id: e.en for e in gloss.iter_entries()}
    assert before["lei-jun"] == "Lei Jun"
    assert after["lei-jun"] == "Lei Jum"
