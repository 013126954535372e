"""Every import reader writes a traditional name in simplified characters keeping the characters a name keeps
(issue 9 item 4; U30-47's import half, checked again in session 32).

OpenCC's t2s writes 汎 as 泛, 乾 as 干 and 旂 as 旗, but each is a standard simplified character of its own
(通用规范汉字表): the historian 王汎森 is 王汎森 in simplified text, 徐乾學 is 徐乾学 and 薛應旂 薛应旂. Tables and TBX
did so; another tool's JSON Lines object {"zh": "徐乾學"} stored the traditional form as zh, as typed (validate's
traditional-in-zh), and now follows the rule the others do (`zhgloss.formats.tbx.simplified_form`), the typed form
its zh_hant. 王汎森 held everywhere (汎 is no traditional character).
"""

from __future__ import annotations

import io
import json

import pytest

from zhgloss.formats import get_format, import_documents
from zhgloss.store import Glossary

NAMES = [("王汎森", "Wang Fan-sen", "王汎森"), ("徐乾學", "Xu Qianxue", "徐乾学"), ("薛應旂", "Xue Yingqi", "薛应旂")]


def _file(form: str, typed: str, en: str) -> str:
    if form == "csv":
        return f"zh,en,type\n{typed},{en},person\n"
    if form == "jsonl":
        return json.dumps({"zh": typed, "en": en, "type": "person"}, ensure_ascii=False) + "\n"
    lang = "zh-TW" if form == "tbx-tw" else "zh"
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en"><text><body>\n'
        '<termEntry id="c1"><descrip type="subjectField">person</descrip>\n'
        f'<langSet xml:lang="en"><tig><term>{en}</term></tig></langSet>\n'
        f'<langSet xml:lang="{lang}"><tig><term>{typed}</term></tig></langSet>\n'
        "</termEntry>\n</body></text></martif>\n"
    )


@pytest.mark.parametrize("form", ["csv", "jsonl", "tbx", "tbx-tw"])
@pytest.mark.parametrize(("typed", "en", "zh"), NAMES)
def test_a_kept_character_stays_in_zh(form: str, typed: str, en: str, zh: str) -> None:
    fmt = get_format(form.split("-")[0])
    gloss = Glossary()
    docs = fmt.load_documents(io.StringIO(_file(form, typed, en), newline=""), "t")
    import_documents(gloss, docs, "replace", says=fmt.says, source="t")
    (entry,) = gloss.iter_entries()
    assert entry.zh == zh
    assert entry.zh_hant == (typed if typed != zh else None)
    assert gloss.find(zh) == entry
    assert gloss.find(typed) == entry


def test_zhgloss_s_own_lines_are_stored_as_they_are() -> None:
    from zhgloss.formats.jsonl import load_jsonl
    from zhgloss.model import Entry

    own = Entry(id="x", type="phrase", zh="乾杯", en="Cheers").to_dict()  # every field: stored as written
    (entry,) = load_jsonl(io.StringIO(json.dumps(own, ensure_ascii=False) + "\n"), "t.jsonl")
    assert (entry.zh, entry.zh_hant) == ("乾杯", None)
