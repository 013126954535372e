"""A two-character name right after a numeral and a classifier that counts its last character is that noun (issue 9).

这座大桥 is "this bridge", not Da Qiao; 一斤小米 "a catty of millet", not Xiaomi. The glossary is real: CC-CEDICT's
lines for the forms concerned (tests/data/cedict_counted.u8, imported as `zhgloss import --proper-only` would),
and the bundled glossary, whose 小米 says always_gloss.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import opencc
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict
from zhgloss.glossrules import COUNTED_NOUNS, KIND_WORDS
from zhgloss.model import Entry

DATA = Path(__file__).resolve().parent / "data"
with (DATA / "cedict_counted.u8").open(encoding="utf-8") as _fp:
    ENTRIES = list(load_cedict(_fp, proper_only=True))
ANNOTATOR = Annotator(ENTRIES)


def glossed(text: str) -> list[str]:
    """The surfaces annotate glosses in `text`, in order."""
    return [m.surface for m in ANNOTATOR.mentions(text)]


@pytest.mark.parametrize(
    ("sentence", "form"),
    [
        ("这座大桥全长三千米，将于年底通车。", "大桥"),  # 座 counts bridges: "this bridge", not Da Qiao
        ("這座大橋全長三千米，將於年底通車。", "大橋"),  # the same in traditional characters
        ("村口有一座小桥，桥下是小河。", "小桥"),  # "a small bridge", not Xiao Qiao
        ("几座小桥连着两岸的人家。", "小桥"),
        ("钮建平说，这条老街承载了他童年的记忆。", "老街"),  # 条 counts streets: "this old street", not Lao Cai
        ("院子里只剩一堵西墙。", "西墙"),  # 堵 counts walls: a west wall, not the Western Wall
    ],
)
def test_a_counted_noun_is_not_glossed_as_a_name(sentence: str, form: str) -> None:
    assert form in sentence
    assert form not in glossed(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # no classifier: the rule says nothing (大桥 is a bridge to tagged news, tagged_words.txt: since s46 a person's
        # such name is glossed where the context reads as the person, as here; "大桥和小乔" was the example before)
        ("大桥说她不去。", ["大桥"]),
        ("门口立着一座鲁迅像。", ["鲁迅"]),  # 座 counts the statue; 鲁迅 does not end on a noun it counts
        ("这条黄河养育了两岸的百姓。", ["黄河"]),  # a place the classifier of its kind counts as it is
        # 两岸 is no numeral and classifier before 大桥; the bridge it is all the same, as tagged news reads 大桥 (s46:
        # tagged_words.txt; the person's context test finds no cue here)
        ("两岸之间是大桥。", []),
    ],
)
def test_a_name_not_counted_as_a_noun_is_glossed(sentence: str, expected: list[str]) -> None:
    assert glossed(sentence) == expected


def test_always_gloss_does_not_make_a_counted_noun_a_name() -> None:
    # The bundled 小米 (Xiaomi) says always_gloss: news means the company. Weighed by the catty it is millet.
    result = subprocess.run(
        [sys.executable, "-m", "zhgloss", "annotate", "--db", str(DATA.parent.parent / "glossary.json")],
        input="他在集市上买了一斤小米。小米发布了新手机。\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    assert result.stdout == "他在集市上买了一斤小米。小米（Xiaomi）发布了新手机。\n"
    assert result.stderr == ""


S2T = opencc.OpenCC("s2t")
COUNTED = sorted((classifier, noun) for classifier, nouns in COUNTED_NOUNS.items() for noun in nouns)


@given(
    pair=st.sampled_from(COUNTED),
    counter=st.sampled_from(["一", "两", "三", "几", "这", "那", "每", "3", "12"]),
    modifier=st.sampled_from("大小老新西东"),
    kind=st.sampled_from(["person", "org", "name", "event"]),
)
def test_every_classifier_drops_the_nouns_it_counts_and_nothing_else(
    pair: tuple[str, str], counter: str, modifier: str, kind: str
) -> None:
    classifier, noun = pair
    form = modifier + noun
    annotator = Annotator([Entry(id="x", type=kind, zh=form, en="X", always_gloss=True)])
    # A person's name that is an ordinary word (大路 "main road") needs a context that reads as a name anyway.
    assume([m.surface for m in annotator.mentions(f"{form}说")] == [form])
    counted = f"他看见{counter}{classifier}{form}说。"
    assert [m.surface for m in annotator.mentions(counted)] == [], counted
    # Without the numeral, or as a place, the form is glossed.
    assert [m.surface for m in annotator.mentions(f"他看见{classifier}{form}说。")] == [form]
    # A place whose English names it the noun's kind (黄河 "Yellow River") is counted as it is; one of another kind
    # (老街 "Lao Cai", a city) is the noun.
    kinds = KIND_WORDS.get(noun)
    named = f"X {kinds[0].title()}" if kinds else "X"
    place = Annotator([Entry(id="x", type="place", zh=form, en=named, always_gloss=True)])
    # s49: a numeral and 片 make "a sea of" (一片红海 "a red ocean"), never a stretch of a named sea or forest.
    expanse = classifier == "片" and kinds and counter not in ("这", "那", "每")
    assert [m.surface for m in place.mentions(counted)] == ([] if expanse else [form])
    if kinds:
        city = Annotator([Entry(id="x", type="place", zh=form, en="X", always_gloss=True)])
        assert [m.surface for m in city.mentions(counted)] == []
    # Nor a longer form, which holds a name before the noun (这座长江大桥).
    longer = Annotator([Entry(id="x", type=kind, zh="长江" + form, en="X", always_gloss=True)])
    assert [m.surface for m in longer.mentions(f"他看见{counter}{classifier}长江{form}说。")] == ["长江" + form]
    # Traditional text is counted as simplified text is (這條 as 这条), where OpenCC writes the form inside the
    # sentence as it writes it alone and the form reads as a name uncounted.
    hant = S2T.convert(form)
    traditional = Annotator([Entry(id="x", type=kind, zh=form, zh_hant=hant, en="X", always_gloss=True)])
    counted_hant = S2T.convert(counted)
    if counted_hant.endswith(f"{hant}說。") and [m.surface for m in traditional.mentions(f"{hant}說")] == [hant]:
        assert [m.surface for m in traditional.mentions(counted_hant)] == [], counted_hant


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A numeral and 国 after the abbreviations of the countries they count: "the three countries".
        ("中日美三国领导人举行会谈。", []),
        ("中、日、韩三国合作秘书处设在首尔。", []),
        ("美日印澳四国外长在东京会晤。", []),  # not Shikoku
        # Not after one country, nor after a name of another kind: the Three Kingdoms, Shikoku.
        ("三国时期蜀汉丞相诸葛亮", ["三国"]),
        ("他去日本四国旅游。", ["四国"]),  # 日本 is no abbreviation
    ],
)
def test_a_numeral_and_guo_after_country_abbreviations_count_them(sentence: str, expected: list[str]) -> None:
    assert glossed(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "form"),
    [
        # Traditional classifiers count as their simplified forms do (條 is 条, 兩 is 两; OpenCC's t2s).
        ("這條老街很熱鬧。", "老街"),  # "this old street", not Lao Cai
        ("鈕建平說，那條老街承載了他童年的記憶。", "老街"),
        ("每條老街都有自己的故事。", "老街"),
        ("他在集市上買了一兩小米。", "小米"),  # 兩 weighs millet, not Xiaomi
    ],
)
def test_a_traditional_classifier_counts_its_noun(sentence: str, form: str) -> None:
    assert form in sentence
    assert form not in glossed(sentence)


@pytest.mark.parametrize(
    ("entry", "sentence", "expected"),
    [
        # A city whose name ends on a noun 条 counts is that noun after 这条 (the import types 老街 "Lao Cai, Vietnam" a
        # place once it reads "Name, Country"; it was an untyped name): "this old street".
        (Entry(id="laojie", type="place", zh="老街", en="Lao Cai"), "钮建平说，这条老街承载了他童年的记忆。", []),
        (Entry(id="dacheng", type="place", zh="大城", en="Dacheng"), "远处有一座大城。", []),
        # A place the classifier counts as itself, its English says so: the Yellow River, the Great Wall.
        (Entry(id="huanghe", type="place", zh="黄河", en="Yellow River"), "这条黄河养育了两岸的人民。", ["黄河"]),
        (Entry(id="changcheng", type="place", zh="长城", en="Great Wall"), "这座长城修了两千年。", ["长城"]),
    ],
)
def test_a_place_is_counted_as_itself_only_where_its_english_names_the_kind(
    entry: Entry, sentence: str, expected: list[str]
) -> None:
    assert [m.surface for m in Annotator([entry]).mentions(sentence)] == expected
