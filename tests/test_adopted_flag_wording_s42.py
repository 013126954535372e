"""--adopted is said as what it marks: the person's own spelling, their pinyin or not (brief item 6, s42).

布赫 "Buhe" (Xinhua's and npc.gov.cn's English of the NPC vice chairman, a Mongolian name) is read as transliterated by
its characters alone, so validate asks whether "Buhe" is a placeholder or the person's own spelling (R40-12). It told
the user to "mark it the person's own (--adopted)", while --adopted's help said "an adopted or Western name (Jack Ma),
not the pinyin": the flag the warning names contradicted its own help for exactly this case. The warning now says what
the flag does here, with the edit to run, and both helps (add's --adopted, edit's --adopted/--not-adopted) say the flag
marks the person's own spelling, a transliterated name's pinyin included.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True)


def test_the_question_names_the_flag_by_what_it_marks_and_following_it_answers(tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    _run("init", str(db), "--empty")
    added = _run("add", "布赫", "--en", "Buhe", "--type", "person", "--db", str(db))
    assert added.returncode == 0, added.stderr
    checked = _run("validate", "--json", "--db", str(db))
    (problem,) = json.loads(checked.stdout)["problems"]
    assert problem["code"] == "en-placeholder"
    message = problem["message"]
    assert "may be a placeholder" in message
    assert "which marks an English form as the person's own, their pinyin or not" in message
    assert message.endswith(f"edit {problem['entry_id']} --adopted)")
    command = message[message.rindex("(") + 1 : -1].split()
    assert command[0] == "zhgloss"
    done = _run(*command[1:]) if "--db" in command else _run(*command[1:], "--db", str(db))
    assert done.returncode == 0, done.stderr
    after = _run("validate", "--json", "--db", str(db))
    assert (after.returncode, json.loads(after.stdout)["problems"]) == (0, [])


def _option_help(command: str, option: str) -> str:
    text = _run(command, "--help").stdout
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith(option))
    block = [lines[start]]
    for line in lines[start + 1 :]:
        if line.strip().startswith("-"):
            break
        block.append(line)
    return " ".join(" ".join(block).split())


def test_add_s_help_says_the_flag_marks_the_person_s_own_spelling() -> None:
    said = _option_help("add", "--adopted")
    assert "person's own spelling" in said and "Buhe" in said
    assert "not the pinyin" not in said


def test_edit_s_help_says_the_flag_marks_the_person_s_own_spelling() -> None:
    said = _option_help("edit", "--adopted")
    assert "person's own spelling" in said and "Buhe" in said
