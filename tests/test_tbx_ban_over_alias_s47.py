"""A file's ban of a form the stored entry accepts is a conflict --on-conflict decides (the review's R46-11, s47).

A team's TBX bans "Foxconn" (notRecommended) for 鴻海, while CC-CEDICT's 鸿海 entry has "Foxconn" as an alias. The
import was refused as the file's fault in every --on-conflict mode ("'Foxconn' is also a forbidden form: fix the
row", exit 3), so the team could not import its ban over a CC-CEDICT glossary; the other way round (CC-CEDICT over the
team's ban) ended with exit 2 in every mode. Now the ban is a field the file says otherwise, as any other:
- fail lists the conflict (the ban, and the alias it would remove) and writes nothing (exit 1);
- skip keeps the stored entry and counts it as conflicting;
- replace writes the ban, and the accepted form leaves the aliases (or Chinese aliases), said on the updated line.
A file that can say bans (TBX) and accepts a form the entry forbids lifts the ban under replace (a team's newer
termbase); a file that says no bans (CC-CEDICT) never does: its alias of a banned form is known already. A draft
concept's bans (no accepted English term) are merged like its other forms, where they were lost as "identical".
Real files, the installed console script; the CC-CEDICT lines are the dictionary's own.
"""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from serving import zhgloss_exe

from zhgloss.formats import get_format, import_documents
from zhgloss.model import Entry, ForbiddenForm
from zhgloss.store import Glossary

HONGHAI = "鴻海 鸿海 [Hong2 hai3] /Hon Hai Precision Industry Company, Taiwan technology company, aka Foxconn/\n"
FOXCONN = (
    "富士康 富士康 [Fu4 shi4 kang1] /Foxconn Technology Group/abbr. of 富士康科技集團|富士康科技集团"
    "[Fu4 shi4 kang1 ke1 ji4 ji2 tuan2]/\n"
    "富士康科技集團 富士康科技集团 [Fu4 shi4 kang1 Ke1 ji4 Ji2 tuan2] /Foxconn Technology Group/\n"
)


def tbx(*concepts: str) -> str:
    body = "\n".join(concepts)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<martif type="TBX" xml:lang="en-US">
  <martifHeader><fileDesc><sourceDesc><p>Team termbase</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
{body}
  </body></text>
</martif>
"""


def concept(english: list[tuple[str, str | None]], chinese: list[tuple[str, str | None]], lang: str = "zh-TW") -> str:
    """A termEntry: each term with its administrativeStatus (None: accepted)."""

    def tig(term: str, status: str | None) -> str:
        note = f'<termNote type="administrativeStatus">{status}</termNote>' if status else ""
        return f"<tig><term>{term}</term>{note}</tig>"

    en = "".join(tig(term, status) for term, status in english)
    zh = "".join(tig(term, status) for term, status in chinese)
    return (
        f'<termEntry id="c1"><langSet xml:lang="en-US">{en}</langSet>'
        f'<langSet xml:lang="{lang}">{zh}</langSet></termEntry>'
    )


BANS_FOXCONN = tbx(
    concept(
        [("Hon Hai Precision Industry Company", None), ("Foxconn", "notRecommended-admn-sts")],
        [("鴻海", None)],
    )
)


def zhgloss(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([zhgloss_exe(), "--db", str(db), *args], capture_output=True, text=True, check=False)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def entry(db: Path, query: str) -> dict[str, object]:
    done = zhgloss(db, "lookup", query, "--json")
    assert done.returncode == 0, done.stderr
    found: dict[str, object] = json.loads(done.stdout)[0]["matches"][0]["entry"]
    return found


def banned(found: dict[str, object]) -> list[str]:
    return [item["form"] for item in found.get("forbidden", [])]  # type: ignore[attr-defined]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def cedict(tmp_path: Path) -> Path:
    """A glossary of CC-CEDICT's 鸿海 line (alias Foxconn) and its 富士康 lines (Chinese alias 富士康)."""
    db = tmp_path / "glossary.json"
    done = zhgloss(db, "import", str(write(tmp_path, "names.u8", HONGHAI + FOXCONN)), "--format", "cedict")
    assert done.returncode == 0, done.stderr
    found = entry(db, "鸿海")
    assert found["aliases"] == ["Foxconn"] and not banned(found)
    return db


def test_fail_lists_the_ban_as_a_conflict_and_writes_nothing(cedict: Path, tmp_path: Path) -> None:
    before = digest(cedict)
    done = zhgloss(cedict, "import", str(write(tmp_path, "team.tbx", BANS_FOXCONN)))
    assert done.returncode == 1, done.stderr
    assert "fix the row" not in done.stderr and "Traceback" not in done.stderr
    (line,) = [line for line in done.stderr.splitlines() if line.startswith("conflict:")]
    assert "forbidden: + [{'form': 'Foxconn'" in line
    assert "aliases: [] (stored ['Foxconn'])" in line  # what replace would do to the accepted form
    assert "1 conflicting" in done.stderr
    assert digest(cedict) == before


def test_skip_keeps_the_stored_entry_and_counts_it(cedict: Path, tmp_path: Path) -> None:
    before = digest(cedict)
    done = zhgloss(cedict, "import", str(write(tmp_path, "team.tbx", BANS_FOXCONN)), "--on-conflict", "skip")
    assert done.returncode == 0, done.stderr
    assert "0 updated" in done.stderr and "1 conflicting" in done.stderr
    assert "kept the stored one" in done.stderr
    assert digest(cedict) == before


def test_replace_lets_the_ban_win_over_the_alias(cedict: Path, tmp_path: Path) -> None:
    done = zhgloss(cedict, "import", str(write(tmp_path, "team.tbx", BANS_FOXCONN)), "--on-conflict", "replace")
    assert done.returncode == 0, done.stderr
    assert "1 updated" in done.stderr and "0 conflicting" in done.stderr
    (line,) = [line for line in done.stderr.splitlines() if line.startswith("updated ")]
    assert "aliases: [] (stored ['Foxconn'])" in line  # the alias removed is said
    found = entry(cedict, "鸿海")
    assert found["aliases"] == [] and banned(found) == ["Foxconn"]
    assert found["en"] == "Hon Hai Precision Industry Company" and found["type"] == "org"  # the rest is CC-CEDICT's
    assert "team.tbx" in found["sources"]  # type: ignore[operator]
    # check now fails the banned rendering: the team's word holds.
    source, target = write(tmp_path, "a.zh", "鸿海公布业绩。\n"), write(tmp_path, "a.en", "Foxconn posted results.\n")
    checked = zhgloss(cedict, "check", str(source), str(target), "--json")
    assert checked.returncode == 1, checked.stderr
    assert "forbidden" in {p["kind"] for p in json.loads(checked.stdout)["problems"]}
    assert zhgloss(cedict, "validate").returncode == 0


def test_a_ban_of_a_chinese_alias_removes_it_under_replace(cedict: Path, tmp_path: Path) -> None:
    team = tbx(
        concept(
            [("Foxconn Technology Group", None)],
            [("富士康科技集团", None), ("富士康", "notRecommended-admn-sts")],
            lang="zh-CN",
        )
    )
    path = write(tmp_path, "team.tbx", team)
    assert entry(cedict, "富士康科技集团")["zh_aliases"] == ["富士康"]
    failed = zhgloss(cedict, "import", str(path))
    assert failed.returncode == 1 and "zh_aliases: [] (stored ['富士康'])" in failed.stderr, failed.stderr
    done = zhgloss(cedict, "import", str(path), "--on-conflict", "replace")
    assert done.returncode == 0, done.stderr
    found = entry(cedict, "富士康科技集团")
    assert found["zh_aliases"] == [] and banned(found) == ["富士康"]


def test_a_ban_of_the_stored_english_the_file_replaces(cedict: Path, tmp_path: Path) -> None:
    # The file's preferred English is the stored alias, and it bans the stored preferred English: that English does
    # not stay an alias (as a replaced English otherwise does), it is forbidden.
    team = tbx(
        concept(
            [("Foxconn", None), ("Hon Hai Precision Industry Company", "deprecatedTerm-admn-sts")], [("鴻海", None)]
        )
    )
    done = zhgloss(cedict, "import", str(write(tmp_path, "team.tbx", team)), "--on-conflict", "replace")
    assert done.returncode == 0, done.stderr
    found = entry(cedict, "鸿海")
    assert found["en"] == "Foxconn"
    assert found["aliases"] == [] and banned(found) == ["Hon Hai Precision Industry Company"]


def test_a_newer_termbase_lifts_its_own_ban(cedict: Path, tmp_path: Path) -> None:
    # The team's TBX banned Foxconn; its next version accepts Foxconn and bans the long form instead.
    assert (
        zhgloss(cedict, "import", str(write(tmp_path, "v1.tbx", BANS_FOXCONN)), "--on-conflict", "replace").returncode
        == 0
    )
    v2 = tbx(
        concept(
            [("Foxconn", None), ("Hon Hai Precision Industry Company", "deprecatedTerm-admn-sts")], [("鴻海", None)]
        )
    )
    path = write(tmp_path, "v2.tbx", v2)
    before = digest(cedict)
    failed = zhgloss(cedict, "import", str(path))
    assert failed.returncode == 1 and digest(cedict) == before, failed.stderr
    done = zhgloss(cedict, "import", str(path), "--on-conflict", "replace")
    assert done.returncode == 0, done.stderr
    found = entry(cedict, "鸿海")
    assert found["en"] == "Foxconn"
    assert banned(found) == ["Hon Hai Precision Industry Company"]  # Foxconn's ban lifted, the long form banned
    assert "Foxconn" not in found["aliases"]  # type: ignore[operator]


@pytest.mark.parametrize("mode", ["fail", "skip", "replace"])
def test_a_file_that_says_no_bans_never_lifts_one(tmp_path: Path, mode: str) -> None:
    # The other way round: the team's ban first, then CC-CEDICT's line with "aka Foxconn" (exit 2 in every mode before).
    db = tmp_path / "glossary.json"
    assert zhgloss(db, "import", str(write(tmp_path, "team.tbx", BANS_FOXCONN))).returncode == 0
    done = zhgloss(db, "import", str(write(tmp_path, "names.u8", HONGHAI)), "--format", "cedict", "--on-conflict", mode)
    assert done.returncode == (1 if mode == "fail" else 0), done.stderr
    assert "Traceback" not in done.stderr and "is also a forbidden form" not in done.stderr
    assert "Foxconn']" not in done.stderr  # the alias is no difference: the entry knows the form, as a banned one
    found = entry(db, "鸿海")
    assert banned(found) == ["Foxconn"] and "Foxconn" not in found["aliases"]  # type: ignore[operator]
    if mode == "replace":
        assert found["type"] == "org"  # what CC-CEDICT says otherwise is taken


def test_a_draft_concepts_bans_are_merged(cedict: Path, tmp_path: Path) -> None:
    # No accepted English term: a draft, whose forms alone are merged into the confirmed entry; its bans were lost
    # ("1 skipped (already there, identical)").
    team = tbx(concept([("Foxconn", "notRecommended-admn-sts")], [("鴻海", None)]))
    path = write(tmp_path, "team.tbx", team)
    skipped = zhgloss(cedict, "import", str(path), "--on-conflict", "skip")
    assert "0 skipped" in skipped.stderr and "1 conflicting" in skipped.stderr, skipped.stderr
    done = zhgloss(cedict, "import", str(path), "--on-conflict", "replace")
    assert done.returncode == 0, done.stderr
    found = entry(cedict, "鸿海")
    assert banned(found) == ["Foxconn"] and found["aliases"] == []
    assert found["en"] == "Hon Hai Precision Industry Company"  # the draft's pinyin English is not taken


def test_a_file_that_accepts_and_bans_one_form_is_still_refused(cedict: Path, tmp_path: Path) -> None:
    team = tbx(concept([("Foxconn", None), ("Foxconn", "notRecommended-admn-sts")], [("鴻海", None)]))
    before = digest(cedict)
    done = zhgloss(cedict, "import", str(write(tmp_path, "team.tbx", team)), "--on-conflict", "replace")
    assert done.returncode == 3, done.stderr
    assert "Foxconn" in done.stderr and digest(cedict) == before


FORMS = ["Foxconn", "Hon Hai", "Hon Hai Precision", "FIH", "Foxconn Group"]


@settings(max_examples=60, deadline=None)
@given(
    stored=st.lists(st.sampled_from(FORMS), min_size=1, max_size=4, unique=True),
    stored_banned=st.lists(st.sampled_from(FORMS), max_size=2, unique=True),
    accepted=st.lists(st.sampled_from(FORMS), min_size=1, max_size=3, unique=True),
    file_banned=st.lists(st.sampled_from(FORMS), max_size=3, unique=True),
)
def test_replace_loses_no_form_and_takes_the_files_word(
    stored: list[str], stored_banned: list[str], accepted: list[str], file_banned: list[str]
) -> None:
    stored_banned = [form for form in stored_banned if form not in stored]
    file_banned = [form for form in file_banned if form not in accepted]
    gloss = Glossary()
    gloss.add_all(
        [
            Entry(
                id="honghai",
                zh="鸿海",
                zh_hant="鴻海",
                pinyin="Hónghǎi",
                en=stored[0],
                aliases=tuple(stored[1:]),
                type="org",
                forbidden=tuple(ForbiddenForm(form, "deprecated") for form in stored_banned),
            )
        ]
    )
    english = [(form, None) for form in accepted] + [(form, "deprecatedTerm-admn-sts") for form in file_banned]
    fmt = get_format("tbx")
    docs = fmt.load_documents(io.StringIO(tbx(concept(english, [("鴻海", None)]))), "team.tbx")
    import_documents(gloss, docs, "replace", says=fmt.says, fallbacks=fmt.fallbacks, source="team.tbx")
    (found,) = list(gloss.iter_entries())
    now_accepted = {found.en, *found.aliases}
    now_banned = {item.form for item in found.forbidden}
    assert set(accepted) <= now_accepted  # the file's word, both ways
    assert set(file_banned) <= now_banned
    assert not now_accepted & now_banned
    assert {*stored, *stored_banned} <= now_accepted | now_banned  # nothing lost
    assert found.en == accepted[0]
