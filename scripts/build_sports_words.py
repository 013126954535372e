"""Build src/zhgloss/data/sports_words.txt: the words of sport CC-CEDICT lists.

    python scripts/build_sports_words.py CEDICT.u8.gz [--out PATH]

A clause that holds a word of sport (比赛 "competition (sports etc)", 破门 "to score a goal", 联赛 "(sports) league",
主场 "home ground (sports)") is sports copy, where a place's name that tagged news reads as an ordinary word is the
word: 中卫 is a centre-back in 中卫在比赛第70分钟头球破门, not Zhongwei city (the s49 judge's probe 56). The list holds
every word of CC-CEDICT's ordinary lines (pinyin in lower case; two to four characters, simplified, all Han) whose
first sense names a sport or is labelled as sport's (SPORT_RE), or one of whose senses is a sport's act or person
(ACT_RE); not an everyday word with a sport's sense after others (项目, 季度, 停摆, 进攻: `is_sports_word`).
zhgloss.glossrules.InsideRule._outside_sports_words reads it; CC-CEDICT is not needed at run time, and nothing is
downloaded.
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
ACT_RE = re.compile(
    r"\b(?:score a goal|level the score|footballers?)\b|^sports (?:coach|club|team)\b"
    r"|^(?:soccer|football|basketball|volleyball|badminton|tennis|table tennis|hockey|ice hockey|baseball)$",
    re.IGNORECASE,
)
"""A sense that is sport's act, person or name whatever comes before it: a goal scored or levelled (破门, 扳平), a
footballer, a sports coach, club or team (教练), a sport's name as the whole sense (羽毛球 "shuttlecock/badminton")."""


def is_sports_word(glosses: str) -> bool:
    """Tell whether CC-CEDICT `glosses` ("/"-separated senses) make a word of sport: its first sense is sport's
    (SPORT_RE: 比赛 "competition (sports etc)", 联赛, 主场), or one of its senses is a sport's act, person or name
    (ACT_RE: 破门 "... to score a goal", 教练 "... sports coach", 羽毛球 "shuttlecock/badminton"). Not an everyday
    word CC-CEDICT gives a sport's sense after others (项目 "item/project/(sports) event", 季度 "quarter of a
    year/season (sports)", 停摆 "... shutdown/(sports) lockout", 进攻 "to attack ... offense (sports)"): politics and
    business copy use those every day."""
    senses = [sense for sense in glosses.strip("/").split("/") if sense]
    return bool(senses) and (
        SPORT_RE.search(senses[0]) is not None or any(ACT_RE.search(sense) is not None for sense in senses)
    )


def sports_words(lines: list[tuple[str, str, str]]) -> list[str]:
    """Return the simplified headwords of `lines` ((headword, numbered pinyin, glosses) of CC-CEDICT) whose pinyin is
    lower case, of two to four Han characters, that are words of sport (`is_sports_word`); sorted."""
    return sorted(
        {
            hans
            for hans, numbered, glosses in lines
            if numbered[:1].islower() and 2 <= len(hans) <= 4 and _all_han(hans) and is_sports_word(glosses)
        }
    )


def main(cedict: Path, out: Path = OUT) -> None:
    words = sports_words(list(cedict_lines(cedict)))
    header = [
        "# Words of sport: CC-CEDICT's ordinary lines (CC BY-SA 4.0, MDBG; lower-case pinyin, 2-4 Han characters)",
        "# whose first sense is labelled as sport's or names a sport (soccer, football, basketball, ...), or with a",
        "# sense of a sport's act, person or name ('to score a goal', 'footballer', 'sports coach', 'badminton').",
        f"# Built by scripts/build_sports_words.py: {len(words)} words. One a line.",
    ]
    write_list(out, header, words)


if __name__ == "__main__":
    run(main, __doc__, OUT)
