"""validate: an open role beside a later role at the same organisation that is the post above it is a promotion
written as roles, and says `role-open` with the day the higher post began (R45-3, issue 9 item 6).

The note's "Promoted to president" already ended a vice presidency; the same career written as two roles
("deputy governor@Jiangxi:2012.." and "governor@Jiangxi:2016..2020") gave no warning, while the same pair at two
organisations did. One rule, `post_below`, now says which post is below which for both.

The careers are real: Li Keqiang (李克强) was a vice premier of the State Council from 2008-03-17 and premier from
2013-03-16 to 2023-03-11; Xi Jinping (习近平) was vice president of the PRC from 2008-03-15 and president from
2013-03-14 (NPC records). The company pair is invented.
"""

from __future__ import annotations

import json
import shlex
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.model import Entry, Role
from zhgloss.validate import check_entry, post_below, role_kinds


def _open(*roles: Role, note: str | None = None) -> list[str]:
    entry = Entry(id="x", type="person", zh="李克强", en="Li Keqiang", pinyin="Lǐ Kèqiáng", roles=roles, note=note)
    return [p.message for p in check_entry(entry) if p.code == "role-open"]


_VICE_PREMIER = Role("Vice Premier", "State Council", None, "2008-03-17", None)
_PREMIER = Role("Premier", "State Council", None, "2013-03-16", "2023-03-11")


def test_a_vice_premier_then_premier_of_the_same_council_ends_the_vice_premiership() -> None:
    (message,) = _open(_VICE_PREMIER, _PREMIER)
    assert "'Vice Premier, State Council (since 2008-03-17)' is still open" in message
    assert "post above it" in message
    # The end it proposes is the day the higher post began, ready to paste.
    assert "--role 'Vice Premier@State Council:2008-03-17..2013-03-16'" in message


@pytest.mark.parametrize(
    ("below", "above"),
    [
        ("deputy governor", "governor"),
        ("vice mayor", "mayor"),
        ("Vice President", "President"),
        ("vice-president", "president"),
        ("executive vice president", "president"),
        ("senior vice president", "president"),
        ("first deputy mayor", "mayor"),
        ("associate professor", "professor"),
        ("deputy CEO", "CEO"),
        ("deputy party secretary", "party secretary"),
    ],
)
def test_each_post_below_another_is_ended_by_the_later_higher_post(below: str, above: str) -> None:
    lower = Role(below, "Jiangxi", None, "2012", None)
    higher = Role(above, "Jiangxi", None, "2016", None)  # still open: a promotion needs no end of the higher post
    (message,) = _open(lower, higher)
    assert f"'{lower.describe()}' is still open" in message
    assert message.rstrip(")'").endswith(":2012..2016")


@pytest.mark.parametrize(
    ("first", "then"),
    [
        # A senior vice president is above a vice president: the later lower post ends nothing by this rule.
        (
            Role("senior vice president", "Jiangxi", None, "2015", None),
            Role("vice president", "Jiangxi", None, "2019", None),
        ),
        # Demoted, or a second post: president first, vice president later.
        (Role("president", "Jiangxi", None, "2015", None), Role("vice president", "Jiangxi", None, "2019", None)),
        # The higher post began first: the lower one is not ended by it.
        (Role("vice president", "Jiangxi", None, "2019", None), Role("president", "Jiangxi", None, "2015", "2018")),
        # Another organisation: a vice mayor of Beijing who became mayor of Tianjin is no promotion in one place.
        (Role("vice mayor", "Beijing", None, "2010", None), Role("mayor", "Tianjin", None, "2015", None)),
        # Not a rank: a "vice" that is no prefix of the other title's words.
        (Role("vice president", "Jiangxi", None, "2012", None), Role("resident", "Jiangxi", None, "2016", None)),
    ],
)
def test_no_promotion_no_warning(first: Role, then: Role) -> None:
    assert _open(first, then) == []


def test_the_note_and_the_roles_say_it_once() -> None:
    # The note's promotion and the roles' say the same ending: one warning, not two.
    messages = _open(_VICE_PREMIER, _PREMIER, note="Promoted to premier on 16 March 2013.")
    assert len(messages) == 1


_KINDS = st.sampled_from(["president", "governor", "mayor", "director", "ceo", "chairman", "professor", "manager"])
_BELOW = st.sampled_from(["vice", "deputy", "assistant", "associate", "executive vice", "first deputy", "senior vice"])


@given(_KINDS, _BELOW)
def test_post_below_is_a_strict_order(kind: str, prefix: str) -> None:
    lower = f"{prefix} {kind}"
    assert post_below(lower, kind)
    assert not post_below(kind, lower)
    assert not post_below(kind, kind)
    assert not post_below(lower, lower)


@given(_KINDS, st.sampled_from(["executive", "senior", "first", "acting chief"]))
def test_a_rank_word_alone_makes_no_lower_post(kind: str, prefix: str) -> None:
    assert not post_below(f"{prefix} {kind}", kind)


def test_validate_command_says_it_on_a_glossary_on_disk(tmp_path: Path, zhgloss_exe: str) -> None:
    db = tmp_path / "g.json"
    entry = {
        "id": "xi-jinping",
        "type": "person",
        "zh": "习近平",
        "en": "Xi Jinping",
        "pinyin": "Xí Jìnpíng",
        "en_adopted": False,
        "roles": [
            {"title": "Vice President", "org": "People's Republic of China", "from": "2008-03-15", "to": None},
            {"title": "President", "org": "People's Republic of China", "from": "2013-03-14", "to": None},
        ],
    }
    db.write_text(json.dumps({"entries": {"1": entry}}, ensure_ascii=False), encoding="utf-8")
    before = db.read_bytes()
    done = subprocess.run([zhgloss_exe, "--db", str(db), "validate"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr  # warnings only
    (line,) = [line for line in (done.stdout + done.stderr).splitlines() if "role-open" in line or "post above" in line]
    assert "post above it" in line
    command = line[line.index("(zhgloss ") + 1 : line.rindex(")")]
    assert shlex.split(command)[-1] == "Vice President@People's Republic of China:2008-03-15..2013-03-14"
    assert db.read_bytes() == before
    assert role_kinds("Vice President") == {"vice president"}
