"""A Japanese family name's entry before a given name and a verb is no gloss of the person (issue 9).

CC-CEDICT lists Japanese family names alone (丰田 "Toyota or Toyoda (name)", 本田 "Honda (Japanese name)", 井上
"Inoue (Japanese surname ...)", 小泉 "Koizumi (name)/KOIZUMI Jun'ichirō ..."), and the import types them person or
name. News writes a person by the family name and a given name with no title before, and annotate glossed
丰田（Toyota）章男表示 (Akio Toyoda: the brief's known case, s29's notes). After a title it already read the person
(丰田汽车社长丰田章男); now a given name the finder of unknown names reads after such a family name, and a verb
after the whole, say so too. The family name stays glossed as a company's or a brand's first word (丰田汽车,
本田今天宣布) and before another name (丰田北美). The glossary is real CC-CEDICT lines (CC BY-SA 4.0, MDBG), from
../shared/data/cedict_ts.u8.gz.
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = """\
豐田 丰田 [Feng1 tian2] /Toyota or Toyoda (name)/Toyota, Japanese car make/
本田 本田 [Ben3 tian2] /Honda (Japanese name)/
松下 松下 [Song1 xia4] /Matsushita (name)/Panasonic (brand), abbr. for 松下電器|松下电器[Song1 xia4 Dian4 qi4]/
井上 井上 [Jing3 shang4] /Inoue (Japanese surname, pr. "ee-no-oo-ay")/
小泉 小泉 [Xiao3 quan2] /Koizumi (name)/KOIZUMI Jun'ichirō, Japanese LDP politician, prime minister 2001-2006/
東京 东京 [Dong1 jing1] /Tokyo, capital of Japan/Tonkin (northern Vietnam during the French colonial period)/
北美 北美 [Bei3 Mei3] /North America/
日本 日本 [Ri4 ben3] /Japan/
"""
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the brief's (s29 notes): Akio Toyoda
        ("丰田章男表示，公司将继续投资电动车。", []),
        # my own: Soichiro Honda, Konosuke Matsushita, Naoya Inoue, Shinjiro Koizumi; traditional script
        ("本田宗一郎创立了本田技研工业。", ["本田"]),
        ("松下幸之助说，经营就是教育。", []),
        ("井上尚弥在东京卫冕。", ["东京"]),
        ("小泉进次郎表示将参选。", []),
        ("豐田章男表示，公司將繼續投資。", []),
    ],
)
def test_a_family_name_before_a_given_name_and_a_verb_is_the_person(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A company's or a brand's first word, a word after it, another name after it, and after the country.
        ("丰田汽车表示，销量增长。", ["丰田"]),
        ("本田今天宣布召回。", ["本田"]),
        ("丰田北美表示，", ["丰田", "北美"]),
        ("日本丰田汽车公司发布财报。", ["日本", "丰田"]),
        ("松下表示，将裁员。", ["松下"]),
    ],
)
def test_a_family_name_as_a_company_or_before_a_word_stays(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected
