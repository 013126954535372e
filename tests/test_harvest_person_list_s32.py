"""The list of people CC-CEDICT names is read by a light module, zhgloss.people, which harvest and unknown both
import (s32): unknown's `_person_listed` imported the whole of harvest (~0.1-0.3 s once per process: its patterns,
vocabularies and pypinyin helpers) to read a word list, when a candidate name ends in a kinship character."""

from __future__ import annotations

import subprocess
import sys


def test_unknown_reads_the_list_without_harvest() -> None:
    code = (
        "import sys; import zhgloss.unknown as u; "
        "assert u._person_listed('佛朗哥') and not u._person_listed('黄缎子'); "
        "print('zhgloss.harvest' in sys.modules)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"


def test_harvest_types_a_listed_person_as_before() -> None:
    from zhgloss.harvest import harvest
    from zhgloss.people import cedict_persons

    assert {"拜登", "普京", "佛朗哥"} <= cedict_persons()
    proposal = next(p for p in harvest("Joe Biden (拜登) spoke on Monday.", []) if p.kind == "name")
    assert proposal.entry.type == "person"
