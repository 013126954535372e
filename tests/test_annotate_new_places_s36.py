"""A one-word place's English after "New" is another place's name, which English named after it (the user's U36-7).

"New Taipei Mayor Hou Yu-ih attended." was glossed "New Taipei (台北) Mayor": New Taipei (新北市) is a special
municipality of its own around Taipei, and its government writes its name without "City" ("New Taipei Mayor").
English names a place after an older one by "New" (New Taipei, New York, New Jersey, New England, New Orleans,
New Mexico, New Guinea): the one-word place's form after "New" is a word of the longer name. The glossary's longer
form is matched whole where it has one ("New Taipei City", "New Mexico", "New Orleans"); where it lacks one, nothing
is glossed. A country's name after "New" keeps its gloss: "New" is the adjective there (New China data, New Japan
tariffs: the reviewer's R36-14), and the places named after a country (New Guinea, New Mexico) are the glossary's
longer forms. The place alone keeps its gloss ("Taipei Mayor", "Jersey", "Mexico"), and so does a place after another
word ("News Taipei" is no name). The glossary is real CC-CEDICT lines (CC BY-SA 4.0, MDBG), from
../shared/data/cedict_ts.u8.gz.
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = """\
臺北 台北 [Tai2 bei3] /Taibei or Taipei, capital of Taiwan/
新北市 新北市 [Xin1 bei3 shi4] /New Taipei City, administrative district in north Taiwan, formerly 臺北縣|台北县[Tai2 \
bei3 xian4]/
墨西哥 墨西哥 [Mo4 xi1 ge1] /Mexico/
新墨西哥 新墨西哥 [Xin1 Mo4 xi1 ge1] /New Mexico, US state/
奧爾良 奥尔良 [Ao4 er3 liang2] /Orléans/
新奧爾良 新奥尔良 [Xin1 ao4 er3 liang2] /New Orleans, Louisiana/
澤西 泽西 [Ze2 xi1] /Jersey (Channel Islands)/
新澤西 新泽西 [Xin1 ze2 xi1] /New Jersey, US state/
約克 约克 [Yue1 ke4] /York/
英格蘭 英格兰 [Ying1 ge2 lan2] /England/
幾內亞 几内亚 [Ji1 nei4 ya4] /Guinea/
新幾內亞 新几内亚 [Xin1 Ji1 nei4 ya4] /New Guinea (island)/
中國 中国 [Zhong1 guo2] /China/
日本 日本 [Ri4 ben3] /Japan/
新加坡 新加坡 [Xin1 jia1 po1] /Singapore/
""".replace("\\\n", "")
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the user's line (U36-7) and my own
        ("New Taipei Mayor Hou Yu-ih attended.", []),
        ("Heavy rain flooded parts of New Taipei on Monday.", []),
        ("Colonists settled in New England.", []),
        # the longer form the glossary has is matched whole
        ("The New Taipei City government said.", ["New Taipei City"]),
        ("Storms hit New Mexico and New Orleans.", ["New Mexico", "New Orleans"]),
        ("He left for New Guinea.", ["New Guinea"]),
        ("The governor of New Jersey said.", ["New Jersey"]),
        # "New" before a country's name is the adjective (the reviewer's R36-14)
        ("New China data showed growth slowing.", ["China"]),
        ("New Japan tariffs were announced.", ["Japan"]),
        ("New Singapore rules on foreign workers take effect today.", ["Singapore"]),
        # the place alone, or after another word, keeps its gloss
        ("Taipei Mayor Chiang said.", ["Taipei"]),
        ("He was born in York, England.", ["York", "England"]),
        ("Jersey and Guinea signed.", ["Jersey", "Guinea"]),
        ("The News Taipei office closed.", ["Taipei"]),
    ],
)
def test_a_place_after_new_is_another_places_name(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected
