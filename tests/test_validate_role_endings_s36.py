"""validate's role-open: more ways a note says a post ended, and posts held side by side (session 36, issue 9 item 6).

The review's R35-23: "Handed over the CEO post to Xu Lei in April 2022." (刘强东: JD.com's CEO until April 2022, when
Xu Lei 徐雷 became CEO, JD.com's announcement of 2022-04-07), "He stepped aside as president in 2008.", "Gave up the CEO
role in September 2023." and a VP's "Promoted to president of Xiaomi Group in December 2022." (卢伟冰 became Xiaomi
Group's president in December 2022, Xiaomi's announcement) were not read as endings, while retired, quit and stepped
down were. The Chen and Wang pairs are shapes, not careers.

The review's R35-27: Lei Jun's open chairmanship of Xiaomi was called "most probably over" because his chairmanship of
Kingsoft Cloud (a later post) had ended; a professor's open post because a later university presidency had. Company
and academic posts are held side by side; only a public office is left for the next (Ma Ying-jeou: mayor of Taipei
1998-12-25..2006-12-25, president 2008-05-20..2016-05-20, which test_validate_role_ended_by_s35 keeps).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from zhgloss.model import Entry, Role
from zhgloss.validate import check_entry


def _open(entry: Entry) -> list[str]:
    return [p.message for p in check_entry(entry) if p.code == "role-open"]


def _person(*roles: Role, note: str | None = None) -> Entry:
    return Entry(id="x", type="person", zh="刘强东", en="Liu Qiangdong", pinyin="Liú Qiángdōng", roles=roles, note=note)


@pytest.mark.parametrize(
    ("role", "note", "end"),
    [
        (Role("CEO", "JD.com", None, "2014", None), "Handed over the CEO post to Xu Lei in April 2022.", "2022-04"),
        (Role("CEO", "JD.com", None, "2014", None), "Hands over the CEO role to Xu Lei on 2022-04-07.", "2022-04-07"),
        (Role("president", "Taiwan", None, "2000-05-20", None), "He stepped aside as president in 2008.", "2008"),
        (Role("CEO", "Xiaomi", None, "2019", None), "Gave up the CEO role in September 2023.", "2023-09"),
        (Role("CEO", "Xiaomi", None, "2019", None), "Relinquished the CEO post in 2023.", "2023"),
        (Role("chairman", "Xiaomi", None, "2019", None), "Stood down as chairman in 2021.", "2021"),
        # A promotion ends the post below the one promoted to.
        (
            Role("vice president", "Xiaomi Group", None, "2019", None),
            "Promoted to president of Xiaomi Group in December 2022.",
            "2022-12",
        ),
    ],
)
def test_the_reviews_endings_end_the_role(role: Role, note: str, end: str) -> None:
    [message] = _open(_person(role, note=note))
    assert message.rstrip(")'").endswith(f":{role.start}..{end}"), message


@pytest.mark.parametrize(
    ("roles", "note"),
    [
        # Promoted to the post itself: it begins, it does not end.
        ((Role("president", "Xiaomi Group", None, "2022-12", None),), "Promoted to president of Xiaomi Group in 2022."),
        # Promoted to president: a CEO post is not the one below it.
        ((Role("CEO", "Xiaomi", None, "2019", None),), "Promoted to president of Xiaomi Group in December 2022."),
        # An ending before the role began ends nothing.
        ((Role("CEO", "Xiaomi", None, "2024", None),), "Gave up the CEO role in September 2023."),
    ],
)
def test_what_is_no_ending_stays_silent(roles: tuple[Role, ...], note: str) -> None:
    assert _open(_person(*roles, note=note)) == []


@pytest.mark.parametrize(
    "roles",
    [
        # The review's two pairs: posts held side by side.
        (Role("chairman", "Xiaomi", None, "2010", None), Role("chairman", "Kingsoft Cloud", None, "2012", "2020")),
        (
            Role("professor", "Peking University", None, "2007", None),
            Role("president", "Capital Medical University", None, "2019", "2024"),
        ),
        # A company post beside a later public office that ended.
        (Role("chairman", "Xiaomi", None, "2010", None), Role("mayor", "Taipei", None, "2012", "2016")),
    ],
)
def test_posts_held_side_by_side_are_not_called_over(roles: tuple[Role, ...]) -> None:
    assert _open(_person(*roles)) == []


def test_a_public_office_beside_a_later_one_ended_is_still_said() -> None:
    roles = (Role("Mayor", "Taipei", None, "1998-12-25", None), Role("President", "ROC", None, "2008-05-20", "2016"))
    [message] = _open(_person(*roles))
    assert "most probably over" in message


def test_the_reviewers_commands(tmp_path: Path) -> None:
    db = tmp_path / "vr.json"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["zhgloss", "--db", str(db), *args], capture_output=True, text=True, stdin=subprocess.DEVNULL
        )

    assert subprocess.run(["zhgloss", "init", str(db), "--empty"], capture_output=True).returncode == 0
    liu = ["刘强东", "--type", "person", "--en", "Liu Qiangdong", "--role", "CEO@JD.com:2014.."]
    assert run("add", *liu, "--note", "Handed over the CEO post to Xu Lei in April 2022.").returncode == 0
    lei = ["雷军", "--type", "person", "--en", "Lei Jun", "--role", "chairman@Xiaomi:2010.."]
    assert run("add", *lei, "--role", "chairman@Kingsoft Cloud:2012..2020").returncode == 0
    said = run("validate")
    assert "liu-qiangdong: warning: roles: 'CEO, JD.com (since 2014)' is still open" in said.stdout
    assert "--role CEO@JD.com:2014..2022-04)" in said.stdout
    assert "lei-jun" not in said.stdout
