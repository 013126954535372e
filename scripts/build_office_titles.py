"""Build src/zhgloss/data/office_titles.tsv: titles of office and their English, for annotate's rule on shared names.

A transliterated family name is shared by many people: 巴赫 is Johann Sebastian Bach in CC-CEDICT, and Thomas Bach,
president of the IOC, in sports news (国际奥委会主席巴赫). A title of office right before the name says which: a
person CC-CEDICT dates as dead, whose description names no such office ("German composer"), holds none now, so the
holder the text names is someone else of that name (`zhgloss.glossrules.InsideRule._outside_other_holders`).

The titles are those of `zhgloss.namecontext.TITLES_BEFORE` that name an office one holds in a state, a party, a
company, a body or a team (OFFICES below: a chairman, a minister, a coach), not a profession or a trait (作家,
球员, 冠军: "musician" of 音乐家 and "composer" are one trade, which word lists cannot tell). Each title's English
is the words of its CC-CEDICT line's senses of MOST_WORDS words or fewer (lower-case headword:
主席 "chairperson/premier/chairman"), without classifiers, brackets' remarks and the words of STOP; a title without
a CC-CEDICT line is left out (no judgement).

CC-CEDICT is licensed CC BY-SA 4.0; the file written is derived from it and carries the same licence, with the
credit, in its header.

Run: python scripts/build_office_titles.py [/work/shared/data/cedict_ts.u8.gz] [OUT]
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "cedict_ts.u8.gz"
DEFAULT_OUT = ROOT / "src" / "zhgloss" / "data" / "office_titles.tsv"

OFFICES = (
    "董事长", "总裁", "总经理", "首席执行官", "创始人", "联合创始人", "创办人", "主席", "副主席", "总理", "副总理",
    "行政长官", "部长", "副部长", "局长", "厅长", "市长", "副市长", "省长", "副省长", "书记", "委员", "委员长",
    "主任", "副主任", "院长", "校长", "所长", "教练", "主教练", "队长", "总统", "大使", "发言人", "议员", "司长",
    "副司长", "领导人", "首相", "大臣", "外相", "国务卿", "秘书长", "总干事", "外长", "防长", "议长", "州长",
    "总督", "国王", "女王", "总书记", "会长", "行长", "社长", "主帅", "董事局主席", "董事会主席",
)  # fmt: skip
"""Titles of office among TITLES_BEFORE (checked below): held in a state, party, company, body or team."""
RULERS = ("元首", "首脑", "君主", "皇帝", "统治者", "独裁者", "领袖", "政治家")
"""Words for those who hold power, written as no title before a name: their English (head of state, monarch,
dictator, statesman ...) names an office in a description too ("Joseph Stalin (1879-1953), Soviet dictator")."""
STOP = frozenset(("of", "the", "a", "an", "and", "or", "etc", "sb", "sth", "in", "to", "for", "as", "on", "at"))
MOST_WORDS = 3
"""Words (not of STOP) of a sense that renders the title; a longer one explains a use of the headword."""
_LINE_RE = re.compile(r"^(\S+) (\S+) \[([^\]]+)\] /(.*)/\s*$")
_REMARK_RE = re.compile(r"\([^)]*\)|CL:.*$")


def main(source: Path, out: Path) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from zhgloss.namecontext import TITLES_BEFORE

    missing = sorted(set(OFFICES) - set(TITLES_BEFORE))
    if missing:
        raise SystemExit(f"not in TITLES_BEFORE: {', '.join(missing)}")
    words: dict[str, set[str]] = {title: set() for title in (*OFFICES, *RULERS)}
    with gzip.open(source, "rt", encoding="utf-8") as fp:
        for line in fp:
            found = _LINE_RE.match(line)
            if found is None or found.group(2) not in words or found.group(3)[:1].isupper():
                continue
            for sense in found.group(4).split("/"):
                found_words = [
                    w for w in re.findall(r"[a-z][a-z'-]*", _REMARK_RE.sub(" ", sense).lower()) if w not in STOP
                ]
                if len(found_words) <= MOST_WORDS:  # a rendering, not an explanation ("what one is good at")
                    words[found.group(2)].update(found_words)
    with out.open("w", encoding="utf-8") as fp:
        fp.write(
            "# Titles of office and the English words of their CC-CEDICT senses, for zhgloss annotate (see\n"
            "# scripts/build_office_titles.py). Derived from CC-CEDICT (MDBG, CC BY-SA 4.0); shared under the same\n"
            "# licence. Columns: title, its English words (space-separated).\n"
        )
        for title in OFFICES:
            if words[title]:
                fp.write(f"{title}\t{' '.join(sorted(words[title]))}\n")
        fp.write("# RULERS: words for holders of power, no titles; their English names an office too.\n")
        for word in RULERS:
            fp.write(f"{word}\t{' '.join(sorted(words[word]))}\n")


if __name__ == "__main__":
    args = sys.argv[1:]
    main(Path(args[0]) if args else DEFAULT_SOURCE, Path(args[1]) if len(args) > 1 else DEFAULT_OUT)
