"""Names that are also ordinary words, and names whose characters the text reads one by one (issue 9).

The glossary is real: CC-CEDICT's lines for the forms concerned (tests/data/cedict_word_or_name.u8,
imported as `zhgloss import --proper-only` would). The sentences are zh-corpus.txt's (Lu Xun), where
each of these was glossed as nonsense, and news copy, where the names must stay glossed.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest
from build_scripts import load_build_script
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import LINE_RE, load_cedict
from zhgloss.glossable import common_words, is_glossable, word_or_name_forms
from zhgloss.model import Entry

DATA = Path(__file__).resolve().parent / "data"


def cedict_entries() -> list[Entry]:
    with (DATA / "cedict_word_or_name.u8").open(encoding="utf-8") as fp:
        return list(load_cedict(fp, proper_only=True))


ENTRIES = cedict_entries()
ANNOTATOR = Annotator(ENTRIES)


def glossed(text: str) -> list[str]:
    """The surfaces annotate glosses in `text`, in order."""
    return [m.surface for m in ANNOTATOR.mentions(text)]


@pytest.mark.parametrize(
    ("sentence", "form"),
    [
        # zh-corpus.txt: a rare ordinary word CC-CEDICT also lists as a name, with no sign of a name.
        ("第二天的日中，有人在离西门十五里的万流湖里看见一个浮尸", "日中"),  # noon, not Japan-China
        ("他早想在路上拾得一注钱，但至今还没有见", "拾得"),  # to pick up, not the poet Shide
        # News copy: 高达 "as high as", not Jean-Luc Godard.
        ("高达数百亿元的投资项目落地海南。", "高达"),
        ("这本书是世界的创世纪神话之一", "创世纪"),  # creation myth
        # zh-corpus.txt: characters the text reads as words of their own.
        ("苦苦的呼吸通过了静和大和空虚，自己听得明白。", "大和"),  # 静|和|大|和|空虚, not Yamato
        ("这历史没有年代，歪歪斜斜的每叶上都写着“仁义道德”几个字。", "上都"),  # 叶|上|都, not Shangdu
    ],
)
def test_a_word_as_common_as_the_name_is_not_glossed_without_a_sign_of_a_name(sentence: str, form: str) -> None:
    assert form in sentence
    assert form not in glossed(sentence)


@pytest.mark.parametrize(
    ("sentence", "form"),
    [
        ("安利公司宣布在华追加投资。", "安利"),  # an organisation word after it
        ("《创世纪》是《圣经》的第一卷。", "创世纪"),  # book-title marks around it
        ("万代推出新款《高达》模型。", "高达"),
        ("拾得说，寒山是他的朋友。", "拾得"),  # a verb of saying after it
        ("日本大和公司发布研究报告。", "大和"),  # read apart, but a company's name: 公司 after it
        ("两国外长就日中关系交换了意见。", "日中"),  # relations between two countries: Japan-China
        # Names that are no ordinary word are glossed as before, in news and in Lu Xun alike.
        ("草案将提交人大审议。", "人大"),
        ("湖北天门的农民", "天门"),
        ("德国柏林举行了会议", "柏林"),
        ("他在北京住了三年", "北京"),
    ],
)
def test_the_name_is_glossed_where_its_context_reads_as_a_name(sentence: str, form: str) -> None:
    assert form in glossed(sentence)


def test_the_word_or_name_forms_are_both_in_cedict_and_not_common_words(shared_dir: Path) -> None:
    build = load_build_script("build_common_words")
    proper: set[str] = set()  # simplified headwords of proper-name lines
    ordinary: dict[str, str] = {}  # either script of an ordinary word's line -> its simplified headword
    figurative: set[str] = set()  # either script of a pinyin name whose own line renders a common word too (伯乐, 布袋)
    signs: set[str] = set()  # simplified headwords of zodiac signs' lines (白羊座 "Aries (constellation and sign ...)")
    proper_pairs: set[tuple[str, str]] = set()
    brands: set[str] = set()  # either script of a company's or a brand's two-character name (idioms' heads, s38)
    with gzip.open(shared_dir / "data" / "cedict_ts.u8.gz", "rt", encoding="utf-8") as fp:
        for line in fp:
            match = LINE_RE.match(line.rstrip("\n"))
            if match is not None:
                hant, hans, numbered, glosses = match.groups()
                if "sign of the zodiac" in glosses:
                    signs.add(hans)
                if numbered[:1].isupper():
                    proper.add(hans)
                    proper_pairs.add((hans, hant))
                    if len(hans) == 2 and build.BRAND_SENSE.search(glosses):
                        brands.update((hans, hant))  # 大发 "Daihatsu, Japanese car company": the idiom heads' class
                    senses = glosses.split("/")
                    if build._renders_a_common_word(hans, numbered, senses):
                        figurative.update((hans, hant))
                else:
                    ordinary[hans] = ordinary[hant] = hans
    # a zodiac sign's name without its 座 (白羊 of 白羊座, s45)
    bare_signs = {form for hans, hant in proper_pairs if hans + "座" in signs for form in (hans, hant)}
    forms = word_or_name_forms()
    assert {"日中", "拾得", "高达", "高達", "安利", "创世纪", "伯乐", "伯樂"} <= forms
    assert all(len(form) >= 2 for form in forms)
    assert all(
        (form in ordinary and ordinary[form] in proper) or form in figurative or form in brands or form in bare_signs
        for form in forms
    )
    assert not forms & common_words()  # those are not glossed at all
    assert not {"北京", "柏林", "天门", "人大"} & forms  # names only


# Common characters that start no title, generic, organisation word or verb of saying
# (出 of 出生 does, 长 of 市长 ends one).
_NO_SIGN = st.text(
    alphabet=st.sampled_from("的了在是我他个这来上们到时要就可也你对能而那得于着下自年过后里"), max_size=4
)


@given(
    form=st.sampled_from(sorted(f for f in word_or_name_forms() if re.fullmatch(r"[\u4e00-\u9fff]+", f))),
    before=_NO_SIGN,
    after=_NO_SIGN,
)
def test_a_word_or_name_form_is_glossed_in_book_title_marks_and_never_without_a_sign(
    form: str, before: str, after: str
) -> None:
    entry = Entry(id="x", zh=form, en="Name", type="name")
    annotator = Annotator([entry])
    assert [m.surface for m in annotator.mentions(before + form + after)] == []
    assert [m.surface for m in annotator.mentions(f"{before}《{form}》{after}")] == [form]


@pytest.mark.parametrize(
    ("sentence", "not_glossed", "glossed_names"),
    [
        # English copy: a one-syllable English form names nobody alone (莒县 is "Jun county").
        ("Chinese entrepreneur Lei Jun has resigned as an executive director", ["Jun"], []),
        ("Author: Yingwei Fu Jun 21, 2020", ["Fu", "Jun"], []),
        ("Wang Xiang was assigned the president", ["Wang"], []),
        # The English of a one-character abbreviation (中 China, 京 Beijing) is its full name's.
        ("keeps all his positions at Xiaomi, China's largest", [], ["China"]),
        ("striving as a migrant in Beijing, I finally bought a house", [], ["Beijing"]),
        ("Berlin and Tianmen", [], ["Berlin", "Tianmen"]),  # English names of more than a syllable
    ],
)
def test_english_syllables_and_one_character_abbreviations(
    sentence: str, not_glossed: list[str], glossed_names: list[str]
) -> None:
    mentions = ANNOTATOR.mentions(sentence)
    surfaces = [m.surface for m in mentions]
    assert not set(not_glossed) & set(surfaces)
    assert surfaces == glossed_names
    # China is 中国 and Beijing 北京, never the one-character 中 or 京.
    assert all(len(m.entry.zh or "") > 1 for m in mentions)


@pytest.mark.parametrize(
    ("entry", "form", "glossable"),
    [
        (Entry(id="ju", type="place", zh="莒县", en="Jun"), "Jun", False),
        (Entry(id="ju", type="place", zh="莒县", en="Jun"), "莒县", True),
        (Entry(id="ju", type="place", zh="莒县", en="Jun", always_gloss=True), "Jun", True),
        (Entry(id="z", type="name", zh="中", en="China"), "China", False),
        (Entry(id="q", type="phrase", zh="Q", en="Q"), "Q", True),  # a Latin headword is no one-character name
        (Entry(id="yf", type="person", en="Yingwei Fu"), "Yingwei Fu", True),  # no Chinese known yet
        (Entry(id="bj", type="place", zh="北京", en="Beijing"), "Beijing", True),
        (Entry(id="xa", type="place", zh="西安", en="Xi'an"), "Xi'an", True),  # two syllables
        (Entry(id="tm", type="place", zh="天门", en="Tianmen"), "Tianmen", True),
    ],
)
def test_is_glossable_for_english_forms(entry: Entry, form: str, glossable: bool) -> None:
    assert is_glossable(entry, form) is glossable


def test_a_term_read_apart_is_still_the_term() -> None:
    # 吃|人: jieba reads the characters apart, yet a termbase's 吃人 "to eat people" (typed `phrase`, as an import
    # types a termbase's wording; a `term` is a dictionary's word, glossed by no form) glosses its wording;
    # the same form as a name would be no name there.
    sentence = "他们会吃人的，你看他的样子"  # after zh-corpus.txt, 狂人日记
    term = Annotator([Entry(id="chiren", zh="吃人", en="to eat people", type="phrase")])
    name = Annotator([Entry(id="chiren", zh="吃人", en="Chiren", type="place")])
    assert [m.surface for m in term.mentions(sentence)] == ["吃人"]
    assert [m.surface for m in name.mentions(sentence)] == []
