"""Each fix validate names is a command that makes it (user U28 and U19, twenty-fourth session).

validate told the user to "set en_adopted", a field of the JSON file, where the command line says --adopted, and
of an open role to "end it too, or merge the two" or "give the role its end", which named no way to do it. Now the
message gives the command (`edit --adopted`, `edit --remove-role ... --role ...`), and running that command, as a
user would copy it, clears the problem.
"""

from __future__ import annotations

import json
import re
import shlex
import subprocess
from pathlib import Path

import pytest

ENTRIES = {
    "1": {"id": "jun-lei", "type": "person", "zh": "雷军", "en": "Jun Lei"},
    "2": {"id": "jack-ma", "type": "person", "zh": "马云", "en": "Jack Ma"},
    "3": {
        "id": "li-peng",
        "type": "person",
        "zh": "李鹏",
        "en": "Li Peng",
        "note": "Li Peng (1928–2019), premier of the PRC",
        "roles": [{"title": "premier", "org": "State Council", "from": "1987-11"}],
    },
    "4": {
        "id": "jiang",
        "type": "person",
        "zh": "江泽民",
        "en": "Jiang Zemin",
        "note": "Died 30 November 2022 in Shanghai.",
        "roles": [{"title": "general secretary", "org": "CCP", "from": "1989-06"}],
    },
    "5": {
        "id": "pony-ma",
        "type": "person",
        "zh": "马化腾",
        "en": "Pony Ma",
        "en_adopted": True,
        "roles": [
            {"title": "chairman", "org": "Tencent", "from": "1998-11"},
            {"title": "Chairman", "org": "Tencent Holdings", "from": "1998-11", "to": "2020"},
        ],
    },
    "6": {
        "id": "lin-bin",
        "type": "person",
        "zh": "林斌",
        "en": "Lin Bin",
        "roles": [
            {"title": "president", "org": "Xiaomi", "from": "2010-04"},
            {"title": "president", "org": "Xiaomi Corporation", "from": "2010-04"},
        ],
    },
}
COMMAND_RE = re.compile(r"\((zhgloss --db \S+ edit [^()]*(?:\([^()]*\)[^()]*)*)\)")
"""A fix as validate prints it, naming the glossary it checked (U38-26)."""


def validate(exe: str, db: Path) -> list[str]:
    result = subprocess.run([exe, "validate", "--db", str(db)], capture_output=True, text=True, check=False)
    assert "Traceback" not in result.stderr
    return result.stdout.splitlines()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"entries": ENTRIES}, ensure_ascii=False), encoding="utf-8")
    return path


def test_every_fix_is_a_command_that_clears_its_problem(zhgloss_exe: str, db: Path) -> None:
    lines = validate(zhgloss_exe, db)
    assert len(lines) == 6, lines
    assert not [line for line in lines if "set en_adopted" in line]
    for line in lines:
        (command,) = COMMAND_RE.findall(line)
        argv = shlex.split(command)
        assert argv[1:3] == ["--db", str(db)]
        # Run as printed: the command names the glossary itself.
        result = subprocess.run([zhgloss_exe, *argv[1:]], capture_output=True, text=True, check=False)
        assert result.returncode == 0, (command, result.stderr)
    assert validate(zhgloss_exe, db) == []


def test_the_role_commands_end_the_role_at_the_date_that_ends_it(zhgloss_exe: str, db: Path) -> None:
    lines = {line.split(":")[0]: line for line in validate(zhgloss_exe, db)}
    assert lines["li-peng"].endswith(
        f"give the role its end (zhgloss --db {db} edit li-peng --remove-role 'premier@State Council:1987-11..' "
        "--role 'premier@State Council:1987-11..2019')"
    )
    assert lines["jiang"].endswith(
        f"(zhgloss --db {db} edit jiang --remove-role 'general secretary@CCP:1989-06..' "
        "--role 'general secretary@CCP:1989-06..2022')"
    )
    assert lines["pony-ma"].endswith(
        f"end it too (zhgloss --db {db} edit pony-ma --remove-role chairman@Tencent:1998-11.. "
        "--role chairman@Tencent:1998-11..2020), or merge the two"
    )
    assert lines["lin-bin"].endswith(
        f"merge them (zhgloss --db {db} edit lin-bin --remove-role 'president@Xiaomi Corporation:2010-04..')"
    )
    assert lines["jun-lei"].endswith(
        f"write 'Lei Jun', or if the person writes it so, say so with --adopted (zhgloss --db {db} edit jun-lei "
        "--adopted)"
    )
