"""harvest: a past title before a name is a description, whatever stands between its mark and its title word, and a
conjunction before a title joins a second person (the user's U37-9, s37). 阿里巴巴前董事局主席张勇（Daniel Zhang）
stored the past title as his role, "与前董事局主席" and "吴泳铭和前董事局主席" (another man's name in it) too. README
(harvest): "a past title, 前总统, 美国前总统, 阿里巴巴原董事长, stays a description in the note", and "the title alone,
never the clause before it". A 前 or 原 that is a name's character is no mark (中原银行, 前海). On the parent e5bc671,
4 of this file's 7 tests fail.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


def _person(line: str, zh: str) -> tuple[list[str], str | None]:
    (found,) = [p for p in harvest(line, []) if p.zh == zh]
    return [r.title for r in found.entry.roles], found.entry.note


@pytest.mark.parametrize(
    ("line", "zh", "described"),
    [
        ("阿里巴巴前董事局主席张勇（Daniel Zhang）出席。", "张勇", "阿里巴巴前董事局主席"),
        ("阿里巴巴集团首席执行官吴泳铭（Eddie Wu）与前董事局主席张勇（Daniel Zhang）出席。", "张勇", "前董事局主席"),
        ("吴泳铭和前董事局主席张勇（Daniel Zhang）出席。", "张勇", "前董事局主席"),
        ("腾讯原首席执行官刘炽平（Martin Lau）出席。", "刘炽平", "腾讯原首席执行官"),
        ("小米前副总裁王翔（Wang Xiang）出席。", "王翔", "小米前副总裁"),
    ],
)
def test_a_past_title_is_a_description_never_a_role(line: str, zh: str, described: str) -> None:
    roles, note = _person(line, zh)
    assert roles == []
    assert note is not None and described in note


@pytest.mark.parametrize(
    ("line", "zh", "role"),
    [
        ("中原银行行长王良（Wang Liang）出席。", "王良", "中原银行行长"),  # 原 of 中原, the bank's name
        ("阿里巴巴集团首席执行官吴泳铭（Eddie Wu）出席。", "吴泳铭", "阿里巴巴集团首席执行官"),
    ],
)
def test_a_present_title_is_the_role(line: str, zh: str, role: str) -> None:
    roles, _ = _person(line, zh)
    assert roles == [role]
