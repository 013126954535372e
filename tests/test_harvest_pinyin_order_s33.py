"""harvest: a Chinese name written in Western order or with its surname in capitals is proposed as add and validate
want it, surname first in ordinary capitals, the text's form an alias (U32-25).

"Founder Jun Lei (雷军)" and "CEO Tao ZOU (邹涛)" were proposed and stored as written: `validate` then gave two errors
("puts the given name first; write 'Lei Jun'") and `check` called "Lei Jun" a variant. An adopted name ("Jack Ma") and
a name spelt otherwise than in pinyin ("Yuja Wang": Yuja is no reading of 羽佳) are as written.
Names: Lei Jun (雷军), Xiaomi's founder; Zhang Yiming (张一鸣), ByteDance's; Liu Qiangdong (刘强东), JD.com's; Ouyang
Nana (欧阳娜娜), an actress (欧阳, a compound surname); Yuja Wang (王羽佳), a pianist, as she writes her name.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest
from zhgloss.validate import english_problems


def _one(text: str):  # type: ignore[no-untyped-def]
    return next(p for p in harvest(text, []) if p.kind == "name")


@pytest.mark.parametrize(
    ("line", "en", "written"),
    [
        ("Founder Jun Lei (雷军) spoke.", "Lei Jun", "Jun Lei"),
        ("ByteDance founder Yiming Zhang (张一鸣) spoke.", "Zhang Yiming", "Yiming Zhang"),
        ("JD.com founder Qiangdong Liu (刘强东) spoke.", "Liu Qiangdong", "Qiangdong Liu"),
        ("Actress Nana Ouyang (欧阳娜娜) starred.", "Ouyang Nana", "Nana Ouyang"),
        ("CEO Tao ZOU (邹涛) spoke.", "Zou Tao", "Tao ZOU"),
        ("CEO ZOU Tao (邹涛) spoke.", "Zou Tao", "ZOU Tao"),
    ],
)
def test_name_in_pinyin_order_the_written_form_an_alias(line: str, en: str, written: str) -> None:
    proposal = _one(line)
    assert (proposal.entry.en, proposal.entry.aliases, proposal.entry.en_adopted) == (en, (written,), False)
    assert repr(written) in proposal.explanation
    assert not [p for p in english_problems(proposal.entry) if p.severity == "error"]


@pytest.mark.parametrize(
    ("line", "en"),
    [
        ("Alibaba founder Jack Ma (马云) spoke.", "Jack Ma"),
        ("Pianist Yuja Wang (王羽佳) played.", "Yuja Wang"),
        ("Founder Lei Jun (雷军) spoke.", "Lei Jun"),
    ],
)
def test_other_names_as_written(line: str, en: str) -> None:
    proposal = _one(line)
    assert (proposal.entry.en, proposal.entry.aliases) == (en, ())
