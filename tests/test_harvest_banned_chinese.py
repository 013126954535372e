"""harvest names a banned Chinese form as what it is: a form the glossary forbids for entry X, and the form to write.

Before, a pair whose Chinese the glossary bans (a deprecated TBX term, as the Microsoft Terminology Collection
marks old renderings) was reported in words that named only English forms ("the glossary gives 'Tencent' as
腾讯"), or not at all when its English was new, and could then be added as a new entry.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from zhgloss.harvest import harvest
from zhgloss.model import Entry, ForbiddenForm

TENCENT = Entry(
    id="tencent",
    type="org",
    zh="腾讯",
    zh_hant="騰訊",
    en="Tencent",
    forbidden=(
        ForbiddenForm("腾迅", "deprecated"),
        ForbiddenForm("騰迅", "deprecated"),
        ForbiddenForm("Tengxun", "forbidden"),
    ),
)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Tencent (腾迅) said on Monday.",
            "腾迅 is a form the glossary forbids for 腾讯 Tencent (tencent): write 腾讯",
        ),
        (
            "Tencent (騰迅) said on Monday.",
            "腾迅 is a form the glossary forbids for 腾讯 Tencent (tencent): write 腾讯",
        ),
        (
            "Tencent Corp (腾迅) said.",
            "腾迅 is a form the glossary forbids for 腾讯 Tencent (tencent): write 腾讯, "
            "and the glossary writes it 'Tencent'",
        ),
        (
            "Tengxun (腾迅) said.",
            "腾迅 is a form the glossary forbids for 腾讯 Tencent (tencent): write 腾讯, "
            "and forbids 'Tengxun' too: it writes 'Tencent'",
        ),
    ],
)
def test_a_banned_chinese_form_is_a_conflict_that_names_it_and_the_form_to_write(text: str, said: str) -> None:
    (proposal,) = harvest(text, [TENCENT])
    assert (proposal.status, proposal.existing) == ("conflict", TENCENT)
    assert proposal.explanation.endswith(said), proposal.explanation


def test_a_banned_english_form_still_names_the_english_to_write() -> None:
    (proposal,) = harvest("The firm Tengxun (腾讯) said.", [TENCENT])
    assert proposal.status == "conflict"
    assert proposal.explanation.endswith(
        "the glossary forbids 'Tengxun' for 腾讯 Tencent (tencent): it writes 'Tencent'"
    )


def test_add_never_stores_a_pair_with_a_banned_chinese_form(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    source = tmp_path / "e.jsonl"
    source.write_text(
        '{"id":"tencent","type":"org","zh":"腾讯","en":"Tencent","forbidden":[{"form":"腾迅","status":"deprecated"}]}\n',
        encoding="utf-8",
    )
    assert subprocess.run([zhgloss_exe, "import", str(source), "--db", str(db)], check=False).returncode == 0
    article = tmp_path / "a.txt"
    article.write_text("Tencent Music (腾迅) said.\n", encoding="utf-8")
    before = db.read_bytes()
    result = subprocess.run(
        [zhgloss_exe, "harvest", str(article), "--add", "--yes", "--db", str(db)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert "腾迅 is a form the glossary forbids for 腾讯 Tencent (tencent): write 腾讯" in result.stdout, result.stdout
    assert db.read_bytes() == before
