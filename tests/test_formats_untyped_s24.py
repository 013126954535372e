"""A termbase's rows are controlled terms that `check` enforces (user finding U20; issue 9, items 2-3; session 24).

Every entry a CSV, TSV, OmegaT, xlsx or TBX import brought in without a type of its own was typed `term`, the type of
CC-CEDICT's dictionary words, and `check` passes over those: a team's termbase (腾讯 Tencent) was never enforced, and
"Tencnet said." passed. The lead's decision: such an entry is typed by its accepted English, `name` where it has a
capital letter (checked as any name: misspelt, missing), `phrase` otherwise (checked as fixed wording). A type the
file gives is kept, `term` included (zhgloss's own export of a dictionary word).

Expected values: 腾讯 is Tencent (../shared/reference/entities.md, entity 34); "cloud computing" is how English
writes 云计算 (CC-CEDICT: 云计算 [yun2 ji4 suan4] /cloud computing/).
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from zhgloss.check import is_checked
from zhgloss.formats import get_format
from zhgloss.model import Entry

TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en-US"><text><body>
<termEntry id="t1"><langSet xml:lang="zh-CN"><tig><term>腾讯</term></tig></langSet>
<langSet xml:lang="en-US"><tig><term>Tencent</term></tig></langSet></termEntry>
<termEntry id="t2"><langSet xml:lang="zh-CN"><tig><term>云计算</term></tig></langSet>
<langSet xml:lang="en-US"><tig><term>cloud computing</term></tig></langSet></termEntry>
</body></text></martif>
"""


def write_termbase(path: Path) -> Path:
    """Write 腾讯 Tencent and 云计算 cloud computing, without a type, in the shape `path`'s suffix names."""
    rows = [("腾讯", "Tencent"), ("云计算", "cloud computing")]
    if path.suffix == ".xlsx":
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.append(["Chinese", "English"])
        for row in rows:
            sheet.append(list(row))
        book.save(path)
    elif path.suffix == ".tbx":
        path.write_text(TBX, encoding="utf-8")
    elif path.suffix == ".utf8":  # OmegaT: Chinese, English, comment; no header
        path.write_text("".join(f"{zh}\t{en}\t\n" for zh, en in rows), encoding="utf-8")
    else:
        sep = "\t" if path.suffix == ".tsv" else ","
        path.write_text(f"zh-CN{sep}en-US\n" + "".join(f"{zh}{sep}{en}\n" for zh, en in rows), encoding="utf-8")
    return path


def run(exe: str, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], capture_output=True, text=True, input=stdin, check=False)


SEGMENTS = "腾讯说。\tTencnet said.\n云计算很重要。\tThe cloud is important.\n腾讯说。\tTencent said.\n"


def test_every_termbase_shape_is_enforced_by_check(zhgloss_exe: str, tmp_path: Path) -> None:
    for suffix in (".csv", ".tsv", ".utf8", ".xlsx", ".tbx"):
        db = tmp_path / f"g{suffix}.json"
        done = run(zhgloss_exe, "import", str(write_termbase(tmp_path / f"terms{suffix}")), "--db", str(db))
        assert done.returncode == 0, (suffix, done.stderr)
        listed = run(zhgloss_exe, "list", "--db", str(db)).stdout.splitlines()
        assert sorted(line.split("\t")[1:] for line in listed) == [
            ["name", "腾讯", "Tencent"],
            ["phrase", "云计算", "cloud computing"],
        ], suffix
        checked = run(zhgloss_exe, "check", "-", "--db", str(db), stdin=SEGMENTS)
        assert checked.returncode == 1, (suffix, checked.stdout, checked.stderr)
        assert checked.stdout.splitlines() == [
            '1: misspelt 腾讯: found "Tencnet", expected "Tencent"',
            '2: missing 云计算: found nothing, expected "cloud computing"',
        ], suffix


def test_the_right_rendering_passes(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    assert run(zhgloss_exe, "import", str(write_termbase(tmp_path / "t.csv")), "--db", str(db)).returncode == 0
    segment = "腾讯说，云计算很重要。\tTencent said cloud computing matters.\n"
    checked = run(zhgloss_exe, "check", "-", "--db", str(db), stdin=segment)
    assert (checked.returncode, checked.stdout) == (0, ""), checked.stderr


def test_a_type_the_file_gives_is_kept() -> None:
    text = "zh,en,type\n刘强东,Liu Qiangdong,person\n年,year,term\n京东,JD.com,\n"
    entries = list(get_format("csv").load(io.StringIO(text), "t.csv"))
    assert [(e.zh, e.type) for e in entries] == [("刘强东", "person"), ("年", "term"), ("京东", "name")]


def test_a_dictionary_word_keeps_term_through_zhglosss_own_export() -> None:
    words = [
        Entry(id="nian", zh="年", en="year", type="term"),
        Entry(id="tencent", zh="腾讯", en="Tencent", type="org"),
    ]
    for name in ("csv", "tsv", "tbx", "jsonl"):
        out = io.StringIO()
        get_format(name).dump(words, out)
        back = list(get_format(name).load(io.StringIO(out.getvalue()), f"x.{name}"))
        assert [(e.id, e.type) for e in back] == [("nian", "term"), ("tencent", "org")], name


ENGLISH = st.from_regex(r"[A-Za-z][A-Za-z ]{0,14}[A-Za-z]", fullmatch=True).filter(lambda s: "  " not in s)


@settings(max_examples=60, deadline=None)
@given(en=ENGLISH, shape=st.sampled_from(["csv", "tbx"]))
def test_an_untyped_term_is_always_checked_and_typed_by_its_capitals(en: str, shape: str) -> None:
    text = f"zh,en\n腾讯,{en}\n" if shape == "csv" else TBX.replace("Tencent", en)
    entry = next(iter(get_format(shape).load(io.StringIO(text), f"t.{shape}")))
    assert entry.type == ("name" if any(c.isupper() for c in en) else "phrase")
    assert is_checked(entry)
