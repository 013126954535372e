"""A TBX concept whose Chinese langSet copies its English (a CAT tool's "copy source to target"), session 33 (the s32
review's R8).

The reader took the copy out as a table's reader does, but not the other half of the table's rule
(`zhgloss.formats.table.without_repeated_drafts`): a copied concept whose English another concept of the file
translates was a second, Chinese-less draft (xiaomi beside xiaomi-2 小米; validate then warned of the clash), and a
concept with both the copy and a real Chinese term was told "imported as a draft without Chinese" though it was
imported with its Chinese.
"""

from __future__ import annotations

import io
import warnings

from zhgloss.formats import get_format
from zhgloss.formats.table import ImportNote

HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic" xml:lang="en"><text><body>\n'
TAIL = "</body></text></martif>\n"


def _concept(concept_id: str, en: str, *chinese: str) -> str:
    terms = "".join(f"<tig><term>{zh}</term></tig>" for zh in chinese)
    return (
        f'<termEntry id="{concept_id}"><langSet xml:lang="en"><tig><term>{en}</term></tig></langSet>'
        f'<langSet xml:lang="zh-CN">{terms}</langSet></termEntry>\n'
    )


def _read(body: str) -> tuple[list[tuple[str | None, str, bool]], list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ImportNote)
        entries = list(get_format("tbx").load(io.StringIO(HEAD + body + TAIL), "t.tbx"))
    notes = [str(w.message) for w in caught if isinstance(w.message, ImportNote)]
    return [(e.zh, e.en, e.draft) for e in entries], notes


def test_the_reviewers_file() -> None:
    # /tmp/rev32/t/tbx/two.tbx: c1 Lei Jun with the copy and 雷军; c2 Xiaomi copied; c3 Xiaomi 小米.
    entries, notes = _read(
        _concept("c1", "Lei Jun", "Lei Jun", "雷军")
        + _concept("c2", "Xiaomi", "Xiaomi")
        + _concept("c3", "Xiaomi", "小米")
    )
    assert entries == [("雷军", "Lei Jun", False), ("小米", "Xiaomi", False)]
    assert notes[0].startswith("termEntry 'c1': the zh-CN term 'Lei Jun' is the termEntry's English copied")
    assert notes[0].endswith(": dropped, '雷军' kept")
    assert "draft" not in notes[0]
    assert notes[1].startswith("termEntry 'c2': the zh-CN term 'Xiaomi' is the termEntry's English copied")
    assert notes[1].endswith("and the file gives it as the English of '小米': passed over, no second entry")


def test_other_copies_of_the_same_shape() -> None:
    # Names of the same class: a company and a person each copied in one concept and translated in another (the
    # translated one first), and one copied with no translation anywhere in the file: still a draft to translate.
    entries, notes = _read(
        _concept("1", "Huawei", "华为")
        + _concept("2", "Huawei", "Huawei")
        + _concept("3", "Wang Xiang", "王翔")
        + _concept("4", "Wang Xiang", "Wang Xiang")
        + _concept("5", "Lu Weibing", "Lu Weibing")
    )
    assert entries == [("华为", "Huawei", False), ("王翔", "Wang Xiang", False), (None, "Lu Weibing", True)]
    assert [n.split(":")[0] for n in notes] == ["termEntry '2'", "termEntry '4'", "termEntry '5'"]
    assert notes[2].endswith("imported as a draft without Chinese, to be translated")
