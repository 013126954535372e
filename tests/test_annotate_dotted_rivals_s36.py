"""A dotted name the matcher skipped for a word that takes its first character is glossed (the reviewer's R35-8).

The matcher takes the leftmost match, and a preposition and a name's first character may make a glossary word: 对马
(Tsushima Island) of 对马克·吐温 "about Mark Twain", 对马丁·路德·金, 同安 (Tong'an) of 同安妮·海瑟薇 "with Anne
Hathaway". Before this change the word was dropped as a piece of the dotted name (its character runs on to a
separator) and nothing was glossed, or it was glossed (对马（Tsushima Island）可·奥勒留): the name that starts inside
it and runs on over the separator is the text's, and is glossed in its place. A name that is itself a piece of a
longer dotted one is not (马丁·路德 of 马丁·路德·金), and a word the name does not run on from is unchanged
(对马克的评价: Mark; 对马岛: Tsushima). The glossary is real CC-CEDICT lines (CC BY-SA 4.0, MDBG), from
../shared/data/cedict_ts.u8.gz.
"""

from __future__ import annotations

import io
import subprocess

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = """\
對馬 对马 [Dui4 ma3] /Tsushima Island, between Japan and South Korea/
對馬島 对马岛 [Dui4 ma3 dao3] /Tsushima Island, between Japan and South Korea/
馬丁 马丁 [Ma3 ding1] /Martin (name)/
馬丁·路德 马丁·路德 [Ma3 ding1 · Lu4 de2] /Martin Luther (1483-1546), key figure of the Protestant Reformation/
馬丁·路德·金 马丁·路德·金 [Ma3 ding1 · Lu4 de2 · Jin1] /Martin Luther King, Jr. (1929-1968), American clergyman and \
civil rights activist/
馬克 马克 [Ma3 ke4] /Mark (name)/
馬克·吐溫 马克·吐温 [Ma3 ke4 · Tu3 wen1] /Mark Twain (Samuel Langhorne Clemens 1835-1910), US writer, novelist and \
humorist/
馬可·奧勒留 马可·奥勒留 [Ma3 ke3 · Ao4 lei1 liu2] /Marcus Aurelius (121-180), Roman Emperor/
馬可波羅 马可波罗 [Ma3 ke3 Bo1 luo2] /Marco Polo (1254-c. 1324), Venetian trader and explorer who traveled the Silk \
road to China, author of Il Milione (Travels of Marco Polo)/
波羅的 波罗的 [Bo1 luo2 di4] /Baltic/
馬達加斯加 马达加斯加 [Ma3 da2 jia1 si1 jia1] /Madagascar/
同安 同安 [Tong2 an1] /Tong'an district of Xiamen city 廈門市|厦门市[Xia4 men2 shi4] (Amoy), Fujian/
安妮 安妮 [An1 ni1] /Annie (name)/
安妮·海瑟薇 安妮·海瑟薇 [An1 ni2 · Hai3 se4 wei1] /Anne Hathaway (1982-), American actress/
""".replace("\\\n", "")
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reviewer's lines (R35-8)
        ("对马丁·路德·金的纪念。", ["马丁·路德·金"]),
        ("对马克·吐温的评价。", ["马克·吐温"]),
        # my own: wire copy, other names, other separators, traditional characters
        ("外交部发言人对马克·吐温的作品给予了高度评价。", ["马克·吐温"]),
        ("他在书中对马可·奥勒留的沉思录作了注释。", ["马可·奥勒留"]),
        ("导演同安妮·海瑟薇签下了新片合约。", ["安妮·海瑟薇"]),
        ("對馬克·吐溫的評價。", ["馬克·吐溫"]),
        ("对马克·吐温", ["马克·吐温"]),
        # the reviewer's R36-3: a match that starts inside the dotted name gives way to it
        ("他对马可·波罗的游记很感兴趣。", ["马可·波罗"]),
        ("他對馬可·波羅的遊記很感興趣。", ["馬可·波羅"]),
        # the word stays where no dotted name runs on from it; a name alone keeps its gloss
        ("对马克的评价。", ["马克"]),
        ("对马岛的渔民。", ["对马岛"]),
        ("对马达加斯加的援助。", ["马达加斯加"]),
        ("同安区的居民。", ["同安区"]),
    ],
)
def test_a_dotted_name_skipped_for_a_word_is_glossed(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


def test_the_installed_script_glosses_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    lines = tmp_path / "lines.u8"
    lines.write_text(LINES, encoding="utf-8")
    db = tmp_path / "names.json"
    subprocess.run(["zhgloss", "init", str(db), "--empty"], check=True, capture_output=True)
    subprocess.run(["zhgloss", "import", str(lines), "--proper-only", "--db", str(db)], check=True, capture_output=True)
    done = subprocess.run(
        ["zhgloss", "--db", str(db), "annotate", "-"],
        input="对马克·吐温的评价。\n",
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout == "对马克·吐温（Mark Twain）的评价。\n"
