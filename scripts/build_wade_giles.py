"""Build src/zhgloss/data/wade_giles.tsv: each Mandarin syllable in pinyin and in Wade-Giles.

`zhgloss check` reads a person's name written in Wade-Giles ("Mao Tse-tung" for 毛泽东 Máo Zédōng, "Chen Tu-hsiu"
for 陈独秀 Chén Dúxiù) as a variant of the glossary's pinyin form. The syllables are zhgloss's own list
(`zhgloss.syllables.SYLLABLES`, toneless, ü written v); each one's Wade-Giles is pypinyin's conversion table
(pypinyin/style/wadegiles.py `_convert_table`, MIT licence; its sources: Wikipedia's Wade-Giles article, the
UCLA and University of Chicago pinyin/Wade-Giles conversion tables, zdic.net) looked up whole. Its function
`to_wade_glides` is not used: in pypinyin 0.55 it gives "lei" for lai and "guo" for guo (its exception table), and
writes ü as v. A syllable the table lacks (interjections such as hm, ng; rare ones such as biang) is left out. Two
rows of pypinyin's table are slips, corrected here (`CORRECTIONS`): tie is t'ieh (its row has "t'oeh"), and chua is
ch'ua (its row has a backtick for the apostrophe): Wade-Giles writes -ieh after every initial (pieh, tieh, lieh,
hsieh) and marks aspiration with an apostrophe.

Usage: python scripts/build_wade_giles.py > src/zhgloss/data/wade_giles.tsv
"""

from __future__ import annotations

import sys

HEADER = """\
# Wade-Giles for each Mandarin syllable, for zhgloss check (a name written in Wade-Giles is a variant of its
# pinyin). Built by scripts/build_wade_giles.py from pypinyin's conversion table (pypinyin/style/wadegiles.py,
# MIT licence; after Wikipedia's Wade-Giles article and the UCLA and University of Chicago conversion tables).
# Columns (tab-separated): pinyin syllable (toneless, ü written v), Wade-Giles (aspiration as an apostrophe).
"""


CORRECTIONS = {"tie": "t'ieh", "chua": "ch'ua"}
"""Slips of pypinyin's table (0.55), by the syllable, with the Wade-Giles the system's rules give."""


def table() -> list[tuple[str, str]]:
    """Return (pinyin, Wade-Giles) for every syllable of `SYLLABLES` that pypinyin's table has, sorted."""
    from pypinyin.style import wadegiles

    from zhgloss.syllables import SYLLABLES

    convert = dict(wadegiles._convert_table)
    out = []
    for syllable in sorted(SYLLABLES):
        wade = CORRECTIONS.get(syllable) or convert.get(syllable.replace("v", "ü"))
        if wade is not None:
            out.append((syllable, wade))
    return out


def main() -> None:
    sys.stdout.write(HEADER)
    for syllable, wade in table():
        sys.stdout.write(f"{syllable}\t{wade}\n")


if __name__ == "__main__":
    main()
