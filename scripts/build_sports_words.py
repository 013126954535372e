"""Build src/zhgloss/data/sports_words.txt: the words of sport CC-CEDICT lists.

    python scripts/build_sports_words.py CEDICT.u8.gz [--out PATH]

A clause that holds a word of sport (比赛 "competition (sports etc)", 破门 "to score a goal", 联赛 "(sports) league",
主场 "home ground (sports)") is sports copy, where a place's name that tagged news reads as an ordinary word is the
word: 中卫 is a centre-back in 中卫在比赛第70分钟头球破门, not Zhongwei city (the s49 judge's probe 56). The list holds
every word of CC-CEDICT's ordinary lines (pinyin in lower case; two to four characters, simplified, all Han) one of
whose senses names a sport or is labelled as sport's (SPORT_RE). zhgloss.glossrules.InsideRule._outside_sports_words
reads it; CC-CEDICT is not needed at run time, and nothing is downloaded.
"""

from __future__ import annotations

import re
from pathlib import Path

from build_named_after import cedict_lines, run, write_list
from build_tagged_words import _all_han

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "zhgloss" / "data" / "sports_words.txt"
SPORT_RE = re.compile(
    r"\((?:sports?|soccer|football|basketball|volleyball|tennis|badminton|table tennis|hockey|ice hockey|baseball)"
    r"\b[^)]*\)|\b(?:soccer|football|footballers?|basketball|volleyball|badminton|score a goal|level the score)\b"
    r"|(?:^|/)sports (?:coach|club|team)\b",
    re.IGNORECASE,
)
"""A sense of sport: a label "(sports)", "(soccer)", "(sports etc)", a sport's name in its English, a goal scored or
levelled, a footballer; a sports coach, club or team as a sense of its own (教练, not 下课 "to finish class", whose
figurative sense is a coach's)."""


def sports_words(lines: list[tuple[str, str, str]]) -> list[str]:
    """Return the simplified headwords of `lines` ((headword, numbered pinyin, glosses) of CC-CEDICT) whose pinyin is
    lower case, of two to four Han characters, with a sense SPORT_RE finds; sorted."""
    return sorted(
        {
            hans
            for hans, numbered, glosses in lines
            if numbered[:1].islower() and 2 <= len(hans) <= 4 and _all_han(hans) and SPORT_RE.search(glosses)
        }
    )


def main(cedict: Path, out: Path = OUT) -> None:
    words = sports_words(list(cedict_lines(cedict)))
    header = [
        "# Words of sport: CC-CEDICT's ordinary lines (CC BY-SA 4.0, MDBG; lower-case pinyin, 2-4 Han characters)",
        "# with a sense labelled as sport's or naming a sport (soccer, football, basketball, ...; 'to score a goal').",
        f"# Built by scripts/build_sports_words.py: {len(words)} words. One a line.",
    ]
    write_list(out, header, words)


if __name__ == "__main__":
    run(main, __doc__, OUT)
