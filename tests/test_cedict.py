"""CC-CEDICT import: real lines of ../shared/data/cedict_ts.u8.gz (tests/data/cedict_sample.u8) and their entries."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import CedictLine, load_cedict, plain_gloss, read_sense
from zhgloss.model import Entry

SAMPLE = Path(__file__).resolve().parent / "data" / "cedict_sample.u8"


def load(text: str | None = None, *, proper_only: bool = True) -> dict[str, Entry]:
    fp = io.StringIO(text) if text is not None else SAMPLE.open(encoding="utf-8")
    with fp:
        return {e.zh or e.en: e for e in load_cedict(fp, proper_only=proper_only)}


NAMES = load()


def holding(entries: dict[str, Entry], zh: str) -> Entry:
    """The entry of `entries` whose zh or a zh_alias is `zh`."""
    return entries.get(zh) or next(e for e in entries.values() if zh in e.zh_aliases)


@pytest.mark.parametrize(
    ("zh", "kind", "en", "aliases"),
    [
        # Life dates, honorifics and descriptions stay out of the English.
        ("习近平", "person", "Xi Jinping", ()),
        ("李嘉诚", "person", "Li Ka-shing", ()),
        ("马化腾", "person", "Ma Huateng", ("Pony Ma",)),
        # "X (name)" first: the name many bear is the English, the bearers aliases (issue 9: 库克 for Tim Cook).
        ("佛朗哥", "person", "Franco", ("Francisco Franco Bahamonde",)),
        ("内塔尼亚胡", "person", "Netanyahu", ("Benjamin Netanyahu",)),
        ("关汉卿", "person", "Guan Hanqing", ()),  # (c. 1235-c. 1300)
        ("伊藤博文", "person", "Itō Hirobumi", ("Hirobumi Itō",)),  # CC-CEDICT writes ITŌ
        ("邱吉尔", "person", "Winston Churchill", ("Churchill",)),
        # Places: "X or Y township in ...", "prefecture level city", "capital of", "aka".
        ("七美乡", "place", "Qimei Township", ("Qimei", "Chimei")),  # 乡 written: named with it (s36)
        ("十堰市", "place", "Shiyan", ()),
        ("伦敦", "place", "London", ()),
        ("千岛湖", "place", "Qiandao Lake", ("Xin'an River Reservoir",)),
        ("成功", "place", "Chenggong", ("Chengkung",)),
        ("金湖镇", "place", "Chinhu Town", ("Chinhu",)),  # "(Kinmen or Quemoy islands)" is about the county
        # Organisations, by the words of the name or of the description.
        ("澳大利亚国立大学", "org", "Australian National University", ("ANU",)),
        ("中国人民武装警察部队", "org", "Chinese People's Armed Police Force", ("PAP", "CAPF")),
        ("惠誉", "org", "Fitch", ()),
        ("小米", "org", "Xiaomi", ()),
        ("克里木战争", "event", "Crimean War", ()),
        ("七龙珠", "work", "Dragon Ball", ()),
        ("万俟", "surname", "Moqi", ()),
        ("加藤", "surname", "Katō", ()),
        # The line does not say what it names: the fallback type, said as such.
        ("台湾", "place", "Taiwan", ()),  # a country's name of ISO 3166-1 (pycountry)
        ("羌族", "name", "Qiang", ()),
    ],
)
def test_each_name_gets_its_type_and_the_name_alone(zh: str, kind: str, en: str, aliases: tuple[str, ...]) -> None:
    entry = holding(NAMES, zh)
    assert (entry.type, entry.en, entry.aliases) == (kind, en, aliases)


def test_the_description_and_dates_go_to_the_note() -> None:
    assert NAMES["习近平"].note is not None and NAMES["习近平"].note.startswith("Xi Jinping (1953-), PRC politician")
    assert NAMES["李嘉诚"].note == "Sir Li Ka-shing (1928-), Hong Kong businessman"
    # Markup is made plain in the note too: 澎湖縣|澎湖县[Peng2 hu2 xian4] -> 澎湖县.
    assert "澎湖县 (Pescadores Islands)" in (NAMES["七美乡"].note or "")


def test_no_markup_dates_or_chinese_in_any_english_form() -> None:
    for entry in NAMES.values():
        for form in entry.en_forms:
            assert not any(mark in form for mark in "|[]()/"), (entry.zh, form)
            assert not any("\u4e00" <= c <= "\u9fff" for c in form), (entry.zh, form)


def test_variant_see_and_abbreviation_lines_fold_into_their_target() -> None:
    # 丘吉爾 /variant of 邱吉爾|邱吉尔/, 台灣 /variant of 臺灣|台湾/, 中共 /abbr. for 中國共產黨.../: one entry each,
    # headed by the form Chinese text writes most (丘吉尔, the mainland's spelling of Churchill, by jieba's counts).
    churchill = holding(NAMES, "邱吉尔")
    assert churchill is holding(NAMES, "丘吉尔")
    assert {"丘吉爾", "邱吉尔"} <= {churchill.zh, churchill.zh_hant, *churchill.zh_aliases}
    assert NAMES["台湾"].zh_aliases == ("台灣",)
    party = holding(NAMES, "中国共产党")
    assert party is holding(NAMES, "中共") and {"中国共产党", "中共"} <= {party.zh, *party.zh_aliases}
    assert party.aliases == ("Chinese Communist Party",)
    assert holding(NAMES, "上汽") is holding(NAMES, "上海汽车工业集团")


def test_a_single_character_pointing_to_a_longer_word_is_a_part_not_a_variant() -> None:
    # 万 /see 万俟[Mo4 qi2]/: 万 is the first character of the surname, not another spelling.
    assert "万" not in NAMES["万俟"].zh_aliases
    assert "斯" not in NAMES["斯洛伐克"].zh_aliases


def test_non_names_are_left_out_by_proper_only() -> None:
    # Latin letters are not capitalised pinyin; "made in China" and an idiom are wording.
    for zh in ("AA制", "A", "ACG", "中国制造", "姜太公钓鱼，愿者上钩"):
        assert zh not in NAMES
    everything = load(proper_only=False)
    assert everything["AA制"].type == "term"
    assert everything["中国制造"].type == "term"
    # One Chinese form, one entry: typed by the name, the word in the note (coordinator, seventeenth session).
    assert (everything["年"].type, everything["年"].en) == ("surname", "Nian")
    assert "also the common word: year" in (everything["年"].note or "")


def test_is_proper_name_needs_capitalised_pinyin() -> None:
    assert CedictLine("習近平", "习近平", "Xi2 Jin4 ping2", ("Xi Jinping",), 1).is_proper_name
    assert not CedictLine("AA制", "AA制", "A A zhi4", ("to split the bill",), 1).is_proper_name
    assert not CedictLine("A", "A", "A", ("(slang) (Tw) to steal",), 1).is_proper_name


@pytest.mark.parametrize(
    ("gloss", "name", "aliases"),
    [
        # The acronym in brackets after the other spelling is the name's (lookup KMT found nothing) ...
        ("Guomindang or Kuomintang (KMT)", "Guomindang", ["Kuomintang", "KMT"]),
        ("Tsinghua or Qinghua University (THU)", "Tsinghua University", ["Qinghua University", "THU"]),
        # ... and so are the name's initials after a comma; a country after a comma is where the thing is.
        ("US Central Intelligence Agency, CIA", "US Central Intelligence Agency", ["CIA"]),
        ("African National Congress, ANC, South African political party", "African National Congress", ["ANC"]),
        ("Coventry, UK", "Coventry", []),
        # A work's title goes on after its colon ("Mao" was the English of the book, and lookup Mao found it).
        ("Mao: The Unknown Story by Jung Chang 张戎 and Jon Halliday", "Mao: The Unknown Story", []),
        ("Nepalese: Sagarmatha", "Sagarmatha", []),
    ],
)
def test_read_sense_keeps_acronyms_and_subtitles(gloss: str, name: str, aliases: list[str]) -> None:
    sense = read_sense(gloss)
    assert (sense.name, sense.aliases) == (name, aliases)


@pytest.mark.parametrize(
    ("gloss", "name", "kind"),
    [
        # Era marks are no words of the description: its last word "AD" hid the kingdom (typed a period, "event").
        ("Silla, Korean kingdom 57 BC-935 AD", "Silla", "place"),
        # One of the Ys is a Y, whatever the group is (the Three Kingdoms, the Sixteen Kingdoms are periods).
        ("Goguryeo (37 BC-668 AD), one of the Korean Three Kingdoms", "Goguryeo", "place"),
        ("Former Liang, one of the Sixteen Kingdoms (314-376)", "Former Liang", "place"),
        (
            "Zhao, one of the seven states during the Warring States Period of Chinese history (475-220 BC)",
            "Zhao",
            "place",
        ),
        ("Wei Liaozi, one of the Seven Military Classics of ancient China", "Wei Liaozi", "work"),
        ("Zhu Hongdeng, one of the leaders of the Boxer Rebellion", "Zhu Hongdeng", "person"),
        ("Lin Chong, one of the Heroes of the Marsh in Water Margin", "Lin Chong", "person"),
        ("Ketagalan, one of the indigenous peoples of Taiwan, esp. northeast corner", "Ketagalan", None),
        ("Lü Dongbin (796-), Tang Dynasty scholar, one of the Eight Immortals", "Lü Dongbin", "person"),
        # A house's name is a name of no kind: neither the dynasty or country the family ruled (an event, typed by
        # its dates and "dynasty") nor a bare surname (never glossed: 德川幕府 must keep Tokugawa).
        ("Tokugawa, the ruling clan of Japan from 1550-1850", "Tokugawa", None),
        ("Aisin Gioro, family name of the Manchu emperors of the Qing dynasty", "Aisin Gioro", None),
        ("Niohuru (prominent Manchu clan)", "Niohuru", None),
        ("Wu-Tang Clan", "Wu-Tang Clan", None),  # a clan in the name's own words is no family
        # A title and its author is a work, whatever the title's words or the bracket after it say (a period, dates).
        (
            "Romance of the Three Kingdoms by Luo Guanzhong 羅貫中|罗贯中[Luo2 Guan4 zhong1]",
            "Romance of the Three Kingdoms",
            "work",
        ),
        (
            "A Dream of Red Mansions (first completed edition 1791) by Cao Xueqin 曹雪芹[Cao2 Xue3 qin2]",
            "A Dream of Red Mansions",
            "work",
        ),
        ("Das Kapital (1867) by Karl Marx 卡爾·馬克思|卡尔·马克思[Ka3 er3 · Ma3 ke4 si1]", "Das Kapital", "work"),
        ("Treasure Island by R.L. Stevenson", "Treasure Island", "work"),
        # A date or a count is no name ("5th" was 大明历's English, "9th" an alias of 重阳, "Qing's 1903" 苏报案's) ...
        ("the 5th century Chinese calendar established by Zu Chongzhi", None, None),
        ("9th day of 9th lunar month", None, None),
        (
            "Qing's 1903 suppression of revolutionary calls in newspaper 蘇報|苏报",
            "Qing's 1903 suppression of revolutionary calls",
            "event",
        ),
        # ... but a number with a capitalised word is ("1992 Consensus", "7 Up", "Group of 77").
        ("1992 Consensus, statement issued after 1992 talks", "1992 Consensus", None),
        ("7 Up (soft drink)", "7 Up", "product"),  # (None until the thirty-fifth session: goods were no kind)
        ("Group of 77, loose alliance of developing countries", "Group of 77", "org"),
    ],
)
def test_read_sense_types_by_what_the_description_says(gloss: str, name: str, kind: str | None) -> None:
    sense = read_sense(gloss)
    assert (sense.name, sense.type) == (name, kind)


@pytest.mark.parametrize(
    ("gloss", "name", "aliases", "kind"),
    [
        # (s47: the Tibetan name, labelled, is an alias too: test_cedict_own_language_names_s47.py)
        ("Jonê or Zhuoni county (Tibetan: co ne rdzong) in Gannan", "Jonê", ["Zhuoni", "co ne rdzong"], "place"),
        ("Mt Jiuhua in Anhui, one of the Four Sacred Mountains", "Mt Jiuhua", [], "place"),
        (
            "Hong Kong and Shanghai Banking Corporation (HSBC)",
            "Hong Kong and Shanghai Banking Corporation",
            ["HSBC"],
            "org",
        ),
        ("Kliment Voroshilov (1881-1969), Soviet politician", "Kliment Voroshilov", [], "person"),
        ("Pericles (c. 495-429 BC), Athenian strategist and politician", "Pericles", [], "person"),
        ("Grand Prince Yixin (1833-1898), sixth son of Emperor Daoguang", "Yixin", [], "person"),
        ("Northern Liang of the Sixteen Kingdoms (398-439)", "Northern Liang of the Sixteen Kingdoms", [], "event"),
        ("The Nine Chapters on the Mathematical Art", "The Nine Chapters on the Mathematical Art", [], None),
        ("Group of 77, loose alliance of developing countries", "Group of 77", [], "org"),
        # A possessive starts the name of what follows it (issue 9: 五虎将 was glossed "Liu Bei's").
        (
            "Liu Bei's five great generals in Romance of the Three Kingdoms, namely: Guan Yu 關羽|关羽",
            "Liu Bei's five great generals",
            [],
            "event",  # "Kingdoms" in the description, as for 三国 (the type rule is not concerned)
        ),
        # (s30: a disease named after a person is a term, no name, as "Down syndrome" is below: the tester's T10.)
        ("Alzheimer's disease", None, [], None),
        # ... and "of" may go on it, once: "Kepler's laws" was cut before "of".
        ("Kepler's laws of planetary motion", "Kepler's laws of planetary motion", [], None),
        ("McDonald's (fast food company)", "McDonald's", [], "org"),
        ("Diary of a Madman by Lu Xun 魯迅|鲁迅[Lu3 Xun4]", "Diary of a Madman", [], "work"),  # was "Diary"
        # A lower-case noun that ends the sense completes the name ("Down" glossed "Steps Down" in English copy) ...
        # (s18: an eponym before a common noun of no kind is a term, no name: "Down syndrome" names nothing.)
        ("Down syndrome", None, [], None),
        ("American dollar", "American dollar", [], None),
        # ... a generic or a description does not.
        ("Fu county in Yan'an 延安[Yan2 an1], Shaanxi", "Fu", [], "place"),
        ("Wang code, same as 五筆字型|五笔字型[wu3 bi3 zi4 xing2]", "Wang code", [], None),
        ("Hakka ethnic group, a subgroup of the Han", "Hakka", [], None),
    ],
)
def test_read_sense_on_real_glosses(gloss: str, name: str | None, aliases: list[str], kind: str | None) -> None:
    sense = read_sense(gloss)
    assert (sense.name, sense.aliases, sense.type) == (name, aliases, kind)


def test_cross_references_name_their_simplified_target() -> None:
    assert read_sense("variant of 臺灣|台湾[Tai2 wan1]").xref == "台湾"
    assert read_sense("see 万俟[Mo4 qi2]").xref == "万俟"
    sense = read_sense("abbr. for 中國共產黨|中国共产党[Zhong1 guo2 Gong4 chan3 dang3], Chinese Communist Party")
    assert (sense.xref, sense.name) == ("中国共产党", "Chinese Communist Party")


def test_plain_gloss_drops_markup() -> None:
    assert plain_gloss("capital of Jiangsu province 江蘇|江苏") == "capital of Jiangsu province 江苏"
    assert plain_gloss("see 倫敦|伦敦[Lun2 dun1] and 巴黎[Ba1 li2]") == "see 伦敦 and 巴黎"


def test_proper_only_reads_the_same_lines_as_a_full_read_keeps(shared_dir: Path) -> None:
    import gzip

    from zhgloss.formats.cedict import iter_lines

    with gzip.open(shared_dir / "data" / "cedict_ts.u8.gz", "rt", encoding="utf-8") as fp:
        lines = fp.read().splitlines(keepends=True)[:30_000]
    quick = [line for line in iter_lines(lines, proper_only=True) if line.is_proper_name]
    assert quick == [line for line in iter_lines(lines) if line.is_proper_name]
    assert len(quick) > 2_000


@pytest.mark.parametrize(
    "bad",
    [
        " [zhong1 guo2] /China/\n",  # no characters before the pinyin
        "中國 中国 [zhong1 guo2] /China\n",  # no closing slash
        "中國 中国 [zhong1 guo2 /China/\n",  # no closing bracket
        "中國 中国 zhong1 guo2] /China/\n",
    ],
)
def test_proper_only_still_refuses_a_malformed_common_word_line(bad: str) -> None:
    from zhgloss.errors import FormatError

    text = "# CC-CEDICT\n北京 北京 [Bei3 jing1] /Beijing/\n" + bad
    with pytest.raises(FormatError, match="line 3"):
        load(text)


# Real CC-CEDICT lines of places CC-CEDICT calls a district, county, township or town, and others.
PLACES = (SAMPLE.parent / "cedict_places.u8").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("zh", "full_names"),
    [
        ("临河", ("临河区", "臨河區")),  # 临河区, a headword of its own for the same place, is folded in
        ("水里", ("水里乡", "水里鄉")),
        ("大村", ("大村乡", "大村鄉")),  # the 村 of the name is no generic
        ("大悟", ("大悟县", "大悟縣")),
        ("成功", ("成功镇", "成功鎮")),  # "X or Y town": the unit after the other name
        ("平桥", ("平桥区", "平橋區")),  # "Pingqiao District of ...": the unit capitalised in the name
        ("长治", ()),  # a city first: a city is written bare, and its township sense adds nothing
        ("资兴", ()),  # "county level city"
        ("斗六", ()),
        ("得文", ()),  # an English county, no Chinese unit
        ("庞贝", ()),  # an Italian town
        ("七美乡", ()),  # already the full name
    ],
)
def test_places_get_the_full_name_with_the_generic_of_their_unit(zh: str, full_names: tuple[str, ...]) -> None:
    places = load(PLACES)
    assert tuple(sorted(f for f in places[zh].zh_aliases if f not in (zh, places[zh].zh_hant))) == tuple(
        sorted(full_names)
    )
    assert places[zh].type == "place"


def test_a_full_name_headword_of_the_same_place_is_one_entry_with_the_bare_one() -> None:
    places = load(PLACES)
    assert "临河区" not in places and "大村乡" not in places
    assert places["临河"].en == "Linhe"


@pytest.mark.parametrize(
    ("line", "zh"),
    [
        (
            "大雪 大雪 [Da4 xue3] /Daxue or Great Snow, 21st of the 24 solar terms 二十四節氣|二十四节气 "
            "7th-21st December/",
            "大雪",
        ),
        (
            "冬至 冬至 [Dong1 zhi4] /Winter Solstice, 22nd of the 24 solar terms 二十四節氣|二十四节气 "
            "22nd December-5th January/",
            "冬至",
        ),
        ("十月 十月 [Shi2 yue4] /October/tenth month (of the lunar year)/", "十月"),
    ],
)
def test_calendar_words_are_terms_not_names(line: str, zh: str) -> None:
    assert zh not in load(line + "\n")
    assert load(line + "\n", proper_only=False)[zh].type == "term"


@pytest.mark.parametrize(
    ("zh", "en"),
    # (s27: a unit the headword does not write goes, when no other entry has the bare name: Pingqiao, Weibin)
    [("平桥", "Pingqiao"), ("渭滨", "Weibin"), ("乌尔禾", "Orku District"), ("临河", "Linhe")],
)
def test_where_a_district_is_stays_out_of_its_english_name(zh: str, en: str) -> None:
    # CC-CEDICT: "Weibin District of Baoji City 寶雞市|宝鸡市[...], Shaanxi"; "of Baoji City" goes to the note.
    entry = load(PLACES)[zh]
    assert entry.en == en
    assert entry.note is not None and " of " in entry.note


SENSES = Path(__file__).resolve().parent / "data" / "cedict_senses.u8"


@pytest.fixture(scope="module")
def senses() -> dict[str, Entry]:
    with SENSES.open(encoding="utf-8") as fp:
        return {e.zh or e.en: e for e in load_cedict(fp, proper_only=True)}


def test_a_quoted_nickname_in_a_chinese_name_makes_no_alias() -> None:
    # The line does not give "Terry Guo" (he writes "Terry Gou"): no alias is made up (issue 9, s9).
    sense = read_sense('Guo "Terry" Taiming (1950-), prominent Taiwanese businessman, founder of Foxconn')
    assert (sense.name, sense.aliases) == ("Guo Taiming", [])  # was "Guo", then with "Terry Guo"


@pytest.mark.parametrize(
    ("zh", "en", "aliases"),
    [
        # A name many bear, then some of its bearers: the name is the gloss, never one bearer (蒂姆·库克 is
        # Tim Cook, 张小泉 a scissors maker, and 克林顿 names Hillary as often as Bill).
        ("库克", "Cook", ("James Cook",)),  # "Captain James Cook": a rank is no part of a name
        ("小泉", "Koizumi", ("Koizumi Jun'ichirō", "Jun'ichirō Koizumi")),
        ("克林顿", "Clinton", ("Bill Clinton", "Hillary Rodham Clinton")),
        ("布兰森", "Branson", ("Brandsen", "Richard Branson")),  # "Branson or Brandsen (name)"
        # One bearer's full name written with its given name (列夫·) is that bearer.
        ("列夫·托尔斯泰", "Lev Tolstoy", ("Lev Nikolayevich Tolstoy", "Tolstoy")),  # (the patronymic an alias: s31)
        # A quoted nickname: the name the bearer goes by, or beside a Chinese name its English form.
        ("切尼", "Cheney", ("Dick Cheney", "Richard B. Cheney")),
        ("泰格·伍兹", "Tiger Woods", ("Eldrick Woods",)),
        # data/cedict_corrections.tsv gives the name he writes, "Terry Gou" (Hon Hai's annual reports); the line as
        # CC-CEDICT writes it makes up no alias (test_a_quoted_nickname_in_a_chinese_name_makes_no_alias).
        ("郭台铭", "Terry Gou", ("Guo Taiming",)),
        # The family name is the word that spells 郑 (Cheng) before the hyphenated given name (s32: was no alias).
        # (-ling: s35; the Chinese name alone an alias too: s36, the user's U35-46)
        ("郑裕玲", "Carol Cheng Yu-ling", ("Carol Cheng Yu-Ling", "Carol Cheng", "Cheng Yu-ling")),
        # Two lines, a character of fiction and a company: news means the company; the character is another thing,
        # in the note, no alias (s46, rev's R46-7: check passed "Ali Baba" for 阿里巴巴).
        ("阿里巴巴", "Alibaba", ()),
        # One line: the fictional character and its name in a translation are the same thing.
        ("猪八戒", "Zhu Bajie", ("Pigsy",)),
    ],
)
def test_the_english_of_a_line_with_several_senses(
    senses: dict[str, Entry], zh: str, en: str, aliases: tuple[str, ...]
) -> None:
    assert (senses[zh].en, senses[zh].aliases) == (en, aliases)


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        # A feature's generic after its capitalised run is part of its name; without it the English was
        # another thing or no name at all (issue 9's news dev prose: 西湖区 was glossed "West").
        ("西湖区", "Xihu District"),  # was "West"; "West lake district" translates the characters (s19)
        ("孔庙", "Confucian Temple"),  # was "Confucian"
        ("莫高窟", "Mogao Caves"),  # was "Mogao"
        ("东中国海", "East China Sea"),  # was "East China", another place
        ("韩半岛", "Korean Peninsula"),  # was "Korean"
        ("嘉陵江", "Jialing River"),
        ("大理白族自治州", "Dali Bai Autonomous Prefecture"),  # was "Dali Bai"
        # "X or Y Generic": the generic after the second spelling is the first one's too.
        ("清华大学", "Tsinghua University"),  # was "Tsinghua"
        ("苏州大学", "Suzhou University"),
        ("筼筜湖", "Yundang Lake"),
        ("朴子市", "Puzi"),  # "Puzi or Putzu City": a city is written bare
        # A unit of administration the headword writes is part of its name (s36: it was left out, 江城区
        # "Jiangcheng" beside 珠山区 "Zhushan District"), and an autonomous region is a province.
        ("三台县", "Santai County"),
        ("七星区", "Qixing District"),
        ("内蒙古自治区", "Inner Mongolia"),
    ],
)
def test_the_generic_of_a_feature_stays_in_its_english_name(senses: dict[str, Entry], zh: str, en: str) -> None:
    assert senses[zh].en == en


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        # A work's title is a phrase with its lower-case words: issue 9's blind news prose glossed 东方红一号's
        # 东方红 "The East"; the same cut made "Gone", "Light" and "The Injustice" of these titles.
        ("东方红", "The East is Red"),
        ("乱世佳人", "Gone with the Wind"),
        ("八月之光", "Light in August"),
        ("春蚕", "Silkworms in Spring"),
        ("窦娥冤", "The Injustice to Dou E"),
        # The author after "by" is no part of the title.
        ("梦溪笔谈", "Dream Pool Essays"),
    ],
)
def test_the_title_of_a_work_keeps_its_lower_case_words(senses: dict[str, Entry], zh: str, en: str) -> None:
    assert (senses[zh].en, senses[zh].type) == (en, "work")


@pytest.mark.parametrize(
    ("zh", "en", "aliases"),
    [
        # A line whose first sense describes a place of China without naming it, and whose first name is the same
        # characters read in Korean or Japanese: the English is the line's own name in pinyin. Issue 9's blind news
        # prose glossed 江南文化 "Gangnam culture".
        ("江南", "Jiangnan", ("Gangnam",)),
        ("九州", "Jiuzhou", ("Kyūshū",)),
        # A later name of the same thing, not read in another language, is the English.
        ("大峡谷", "Grand Canyon of Colorado River", ()),
        # (北欧 "north Europe/Scandinavia": the first sense names the region since s40, R38-15; the later name an alias)
        ("北欧", "North Europe", ("Scandinavia",)),
    ],
)
def test_a_homograph_read_in_another_language_is_no_english_name(
    senses: dict[str, Entry], zh: str, en: str, aliases: tuple[str, ...]
) -> None:
    assert (senses[zh].en, senses[zh].aliases) == (en, aliases)


def test_the_company_line_gives_type_and_reading(senses: dict[str, Entry]) -> None:
    alibaba = senses["阿里巴巴"]
    assert (alibaba.type, alibaba.pinyin) == ("org", "Ālǐbābā")
    assert alibaba.note is not None and "Arabian Nights" in alibaba.note and "e-commerce" in alibaba.note


XINGYE = (
    "興業銀行 兴业银行 [Xing1 ye4 Yin2 hang2] /Société Générale/\n"  # the real line: Société Générale is 法国兴业银行
)


def test_a_line_known_wrong_is_read_as_corrected_and_the_note_says_so() -> None:
    (entry,) = load_cedict(io.StringIO(XINGYE), proper_only=True)
    assert (entry.zh, entry.en, entry.type, entry.aliases) == ("兴业银行", "Industrial Bank", "org", ())
    assert entry.note is not None
    assert "corrected by zhgloss: CC-CEDICT has /Société Générale/" in entry.note
    assert "601166" in entry.note  # the source


def test_tang_daizong_is_not_taizong() -> None:
    # The real line names the ninth emperor (代宗, Li Yu) by the second's temple name (太宗, Li Shimin).
    line = (
        "唐代宗 唐代宗 [Tang2 Dai4 zong1] /Emperor Taizong of Tang (727-779), reign name of ninth Tang emperor "
        "Li Yu 李豫[Li3 Yu4], reigned 762-779/\n"
    )
    (entry,) = load_cedict(io.StringIO(line), proper_only=True)
    assert (entry.en, entry.type) == ("Emperor Daizong of Tang", "person")
    assert entry.note is not None and "Old Book of Tang" in entry.note and "Taizong" not in entry.en


def test_a_correction_does_nothing_once_cc_cedict_mends_the_line() -> None:
    mended = "興業銀行 兴业银行 [Xing1 ye4 Yin2 hang2] /Industrial Bank, PRC commercial bank/\n"
    (entry,) = load_cedict(io.StringIO(mended), proper_only=True)
    assert entry.en == "Industrial Bank"
    assert entry.note is None or "corrected" not in entry.note


def test_every_correction_names_a_line_cc_cedict_still_writes_so(shared_dir: Path) -> None:
    import gzip

    from zhgloss.formats.cedict import corrections, iter_lines

    table = corrections()
    assert table  # the bundled file parses, each row with a source
    with gzip.open(shared_dir / "data" / "cedict_ts.u8.gz", "rt", encoding="utf-8") as fp:
        found = {
            (line.zh_hant, line.zh, line.pinyin_numbered): line.glosses
            for line in iter_lines(fp, proper_only=True)
            if (line.zh_hant, line.zh, line.pinyin_numbered) in table
        }
    assert {key: fix.glosses for key, fix in table.items()} == found


@pytest.mark.parametrize(
    "row",
    [
        "興業銀行\t兴业银行\tXing1 ye4 Yin2 hang2\tSociété Générale\tIndustrial Bank\n",  # five cells
        "興業銀行\t兴业银行\tXing1 ye4 Yin2 hang2\tSociété Générale\tIndustrial Bank\t \n",  # no source
    ],
)
def test_a_correction_row_without_its_six_cells_is_refused_with_its_line(row: str) -> None:
    from zhgloss.errors import FormatError
    from zhgloss.formats.cedict import load_corrections

    with pytest.raises(FormatError, match="line 2"):
        load_corrections(["# comment\n", row])


ENGLISH = (SAMPLE.parent / "cedict_english.u8").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def english() -> dict[str, Entry]:
    return load(ENGLISH)


@pytest.mark.parametrize(
    ("zh", "kind", "en", "aliases"),
    [
        # A capitalised run that starts a noun phrase is not the name: the phrase is (issue 9, s7: 京剧 was "Beijing").
        # (京剧 "Beijing opera" was here, a genre typed name (s18); a class noun, it is a term now, its English the
        # whole phrase: tests/test_cedict_class_nouns_s40.py.)
        ("哥林多前书", "work", "First epistle of St Paul to the Corinthians", ()),  # (s27: an epistle is a book)
        ("朝鲜总督府", "org", "Japanese colonial administration of Korea", ()),
        ("中国人", "name", "Chinese person", ()),
        ("科特迪瓦共和国", "place", "Republic of Côte d'Ivoire", ()),
        # A lower-case word or two before the name: 内地 is mainland China first, Japan only in colonial Taiwan.
        ("内地", "name", "mainland China", ()),  # "Japan (used in Taiwan during ...)" is another thing
        # A naming sense names what it is the name of.
        ("老爷岭", "place", "Sichote-Alin Mountain Range", ()),
        ("贺普丁", "name", "Lamivudine", ()),
        ("高德纳", "person", "Donald Knuth", ()),
        # A person described, not named: CC-CEDICT's reading is the name.
        ("虞喜", "person", "Yu Xi", ()),
        # The type the words say, before any dates: a dynasty, an agency, a concubine (c. 11th century BC).
        ("大清", "event", "Great Qing dynasty", ("Great Qing",)),  # (s36: "X dynasty", X an alias)
        ("新华", "org", "Xinhua", ()),
        ("妲己", "person", "Daji", ()),
        # Words between names: the run is the name.
        ("半坡遗址", "place", "Banpo", ()),
        # Controls, as before.
        ("习近平", "person", "Xi Jinping", ()),
        ("李嘉诚", "person", "Li Ka-shing", ()),
        ("马化腾", "person", "Ma Huateng", ("Pony Ma",)),
        ("西湖区", "place", "Xihu District", ("Xihu",)),  # "West lake district" translates the characters
        # (s47, rev's R46-7: the Hsinchu university is another body, in the note only)
        ("清华大学", "org", "Tsinghua University", ("Qinghua University",)),
        ("台湾", "place", "Taiwan", ()),
        ("日本", "place", "Japan", ()),
        # What the name is of ends it; a title a ruler is named by stays; a magazine or a branch is written bare.
        ("美神", "name", "Goddess of beauty", ()),
        ("商纣王", "person", "King Zhou of Shang", ()),
        ("新闻周刊", "work", "Newsweek", ()),
        ("党项族", "name", "Tangut", ()),
        # A faction of warlords is not a warlord.
        ("桂系军阀", "org", "Guangxi warlord faction", ()),
        # "Shule ancient name for modern Kashgar": the run is the old name; a chain is written bare.
        ("疏勒", "place", "Shule", ()),
        ("武定", "event", "Wuding", ()),  # "Wuding reign name (543-550) during ...": the run is the reign name
        ("麦德龙", "org", "Metro", ()),
    ],
)
def test_the_english_is_the_whole_name_not_its_capitalised_head(
    english: dict[str, Entry], zh: str, kind: str, en: str, aliases: tuple[str, ...]
) -> None:
    entry = english[zh]
    assert (entry.type, entry.en, entry.aliases) == (kind, en, aliases)


def test_a_taiwan_equivalent_is_folded_into_the_name_it_writes(english: dict[str, Entry]) -> None:
    # "布希 /Taiwan equivalent of 布什[Bu4 shi2]/": Taiwan's way of writing Bush, not a name "Taiwan".
    assert "布希" not in english
    assert "布希" in english["布什"].zh_aliases
    assert "Taiwan" not in english["布什"].aliases
    # "呉 /Japanese variant of 吳|吴/" likewise.
    assert "呉" not in english
    assert "呉" in english["吴"].zh_aliases


def test_descriptions_and_species_are_not_names(english: dict[str, Entry]) -> None:
    # "Taiwan political movement aimed at ...": no sense names it; "(bird species of China) Taiwan barwing": a kind.
    assert "倒扁" not in english
    assert "台湾斑翅鹛" not in english
    assert [e.zh for e in english.values() if e.en == "Taiwan"] == ["台湾"]


def test_a_list_of_names_is_the_english_of_the_whole() -> None:
    # "北上广 /Beijing, Shanghai and Guangzhou/" names the three together: "Beijing" is 北京's.
    entries = load(
        "北上廣 北上广 [Bei3 Shang4 Guang3] /Beijing, Shanghai and Guangzhou/\n"
        "港澳台 港澳台 [Gang3 Ao4 Tai2] /Hong Kong 香港, Macao 澳門|澳门 and Taiwan 台灣|台湾/\n"
        "港深 港深 [Gang3 Shen1] /abbr. for Hong Kong 香港 and Shenzhen 深圳/\n"
    )
    assert [entries[zh].en for zh in ("北上广", "港澳台", "港深")] == [
        "Beijing, Shanghai and Guangzhou",
        "Hong Kong, Macao and Taiwan",
        "Hong Kong and Shenzhen",
    ]


def test_one_name_is_one_entry(english: dict[str, Entry]) -> None:
    # With and without the name separator, CC-CEDICT's two headwords are one name: one entry, the other a zh_alias.
    assert "汤姆索亚历险记" not in english
    assert "汤姆索亚历险记" in english["汤姆·索亚历险记"].zh_aliases
    # "乾 干 [Gan1] /surname Gan/" beside "乾 乾 [Qian2] /surname Qian/": 乾 belongs to the entry written so.
    assert english["乾"].en == "Qian"
    assert "乾" not in (english["干"].zh_hant, *english["干"].zh_aliases)


def test_the_imported_lines_pass_their_own_validate(english: dict[str, Entry]) -> None:
    from zhgloss.validate import validate_entries

    assert [str(p) for p in validate_entries(english.values()) if p.severity == "error"] == []


KINDS = (SAMPLE.parent / "cedict_kinds.u8").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def kinds() -> dict[str, Entry]:
    return load(KINDS)


@pytest.mark.parametrize(
    ("zh", "kind", "en", "aliases"),
    [
        # Dates after a noun the name took, or before a description whose head is no person, make no person
        # (issue 9, s8: 琉球国 1429-1879, 南诏, 镰仓幕府 were typed person).
        ("琉球国", "place", "Ryūkyū Kingdom", ()),
        ("南诏", "place", "Nanzhao Kingdom", ()),
        ("镰仓幕府", "org", "Kamakura bakufu", ()),
        ("室町幕府", "org", "Muromachi bakufu", ()),
        ("哈里发帝国", "place", "Caliphate", ()),
        # ... while a person's trade is the head however it is worded ("essayist and poet", "film and Cantopop
        # star", "novelist and publisher", "film and television mogul").
        ("韩愈", "person", "Han Yu", ()),
        ("成龙", "person", "Jackie Chan", ()),
        ("曾朴", "person", "Zeng Pu", ()),  # CC-CEDICT misspells its own reading [Zeng1 Pu3] "Zheng Pu"
        ("邵逸夫", "person", "Run Run Shaw", ()),
        # A list whose items carry their own dates is a list (明清 was "Ming", 东汉 "Eastern", typed person).
        ("明清", "event", "Ming and Qing dynasties", ()),
        ("唐宋", "event", "Tang and Song dynasties", ()),  # "Song" of a list is no song
        ("东西周", "name", "Eastern Zhou and Western Zhou", ()),
        ("东汉", "event", "Eastern Han", ("Later Han",)),
        # A later list names the parts of what the line named: no alias.
        ("周朝", "event", "Zhou Dynasty", ()),
        ("晋", "name", "Jin", ("Jin Dynasties", "Shanxi")),  # and Shanxi: a dynasty and a province, two kinds (s18)
        ("港深", "name", "Hong Kong and Shenzhen", ()),
        ("宁洱", "place", "Ning'er County", ("Ning'er Hani and Yi Autonomous County",)),  # one name, not a list
        # The noun after the name says what it is, unless the name has its head before "of".
        ("南宋", "event", "Southern Song dynasty", ("Southern Song",)),  # "X dynasty" as the line writes it (s36)
        ("咸镜道", "place", "Hamgyeong Province", ()),  # (s21: the country is no part of it)
        # Where a people lives, or where a river runs, is no part of the name.
        ("柏柏尔", "name", "Berber people", ()),
        ("桑海", "name", "Songhay people", ()),
        ("吐火罗人", "name", "Tokharian people", ()),
        ("永定河", "place", "Yongding River", ()),
        # A group named by a number is named, not described: 三苏 was "San Su", a person.
        ("三苏", "name", "Three Su", ()),
        ("百团大战", "event", "Hundred Regiments offensive", ()),  # an offensive is an event (s29)
        ("二十四史", "work", "Twenty-Four Histories", ()),  # a set of books, as a series is
        # A foreign name after a description that names nothing is the line's (中央省 was "Zhongyangsheng");
        # after one that places the thing in China, a homograph (江南, 九州).
        ("中央省", "place", "Töv Aimag", ()),
        ("江南", "place", "Jiangnan", ("Gangnam",)),
        ("九州", "place", "Jiuzhou", ("Kyūshū",)),
        ("阿斗", "person", "A-dou", ()),  # a figurative sense after a name leaves the name
        # A bracket that says which thing a word names completes it, an alias of the adjective that heads the English
        # since the thirty-fifth session (issue 9: a translator writes "German" for 德语, and check failed it; s8's
        # "Japanese" glossed 日文 in English copy is annotate's to tell, glossable.py).
        ("日文", "name", "Japanese", ("Japanese language",)),
        ("东洋话", "name", "Japanese", ("Japanese language",)),
        ("俄罗斯人", "name", "Russian person", ()),  # (a person keeps the noun: check reads "Russian" as the adjective)
        ("诺曼人", "name", "Normans", ()),  # "Normans (people)": the plural is the people already
        # (汉 names a people and a dynasty, both its own: the fallback, s29 tests/test_cedict_peoples_s29.py.)
        ("汉", "name", "Han", ("Chinese language",)),
        # ... and a bracket that says what an adjective qualifies leaves no name: 和 is the surname He.
        ("和", "surname", "He", ()),
        # A dynasty before a noun says when the thing was, and names nothing: 伊州 "Tang dynasty province in
        # modern Xinjiang/Illinois (US state)/" was "Tang", 隗's "Zhou Dynasty vassal state" an alias.
        ("伊州", "place", "Illinois", ()),
        ("隗", "surname", "Kui", ("Wei",)),
        ("孙山", "person", "Sun Shan", ()),  # "Song Dynasty joker and talented scholar": no song, no dynasty
        # "Han Dynasty term for the Roman Empire 罗马帝国": an old name of it, folded into its entry (s47; the data file
        # holds 罗马帝国's line too)
        ("大秦", "place", "Roman Empire", ()),
        ("六朝时代", "event", "Six Dynasties period", ()),  # the time of the dynasties is theirs
        # Bare years after a name are dates, not the name's: "Austro-Hungarian Empire 1867-1918".
        ("奥匈帝国", "place", "Austro-Hungarian Empire", ()),
        ("开尔文", "person", "Kelvin", ()),
        ("南京大屠杀", "event", "Nanjing Massacre", ()),
        # ... and the other name of a dated line says what it is: "the Kempeitai or Japanese Military Police".
        ("宪兵队", "org", "Kempeitai", ("Japanese Military Police",)),
        ("阿波罗计划", "name", "Apollo project", ()),  # "the NASA moon landing project" is no moon
        # A named event at a time is the event (only a bare place at a time, 清末's China, names nothing).
        ("黄巾之乱", "event", "Yellow Turbans Peasant Uprising", ()),
        # An adjective of a people names nothing by itself: "Russian cruiser Aurora" is the Aurora, "Russian ethnic
        # group" keeps its noun, "Korean surname (Park, Pak, or Bak)" and "Chinese as a primary or secondary school
        # subject" name nothing (English copy's "Russian" was glossed 阿芙乐尔号, "Chinese" 国语).
        ("阿芙乐尔号", "event", "Aurora", ()),
        ("俄罗斯族", "name", "Russian", ("Russian ethnic group", "Russian nationality", "Russians")),
        ("朴", "surname", "Piao", ()),
        # (Guoyu, the book of its last sense, is another thing: no alias and no kind of 国语; test_cedict_referents.py.)
        ("国语", "name", "Chinese", ("Chinese language",)),
        ("高卢语", "name", "Gaulish", ("Gallic",)),  # "Gaulish or Gallic (language)": "or" still gives the alias
        ("日人", "name", "Japanese person", ("Japanese people",)),  # "the Japanese": the people, no adjective
        # "according to X" says where the description comes from, not what the thing is: the Qiao sisters of
        # "according to Romance of the Three Kingdoms, the two great beauties" were typed event (issue 9, s10).
        ("大桥", "person", "Da Qiao", ()),
        ("小桥", "person", "Xiao Qiao", ()),
        ("新军", "event", "New Armies", ()),  # "equipped according to Western standards": the armies still
    ],
)
def test_the_kind_the_wording_supports(
    kinds: dict[str, Entry], zh: str, kind: str, en: str, aliases: tuple[str, ...]
) -> None:
    # (东洋话 "Japanese (language) (old)" is a zh_alias of 日文 "Japanese (language)": one thing, one entry.)
    entry = holding(kinds, zh)
    assert (entry.type, entry.en, entry.aliases) == (kind, en, aliases)


def test_a_saying_and_a_time_of_a_place_are_no_names(kinds: dict[str, Entry]) -> None:
    # "the God of Thunder strikes bean curd/fig. to bully the weakest person/": a saying read literally.
    assert "雷公打豆腐" not in kinds
    # "the final years of the Ch'ing or Qing dynasty/China at the turn of the 20th century/": a time, not China.
    assert "清末" not in kinds
    assert "China" not in {e.en for e in kinds.values()}
    # "Chinese (i.e. of Chinese nationality)" (中国籍): an adjective, no name.
    assert "中国籍" not in kinds
    assert "韩国泡菜" not in kinds  # "kimchi/Korean pickled cabbage"
    # "Qing dynasty person", "Han dynasty province in Vietnam": described, not named.
    assert "清人" not in kinds
    assert "日南郡" not in kinds


USAGE = (SAMPLE.parent / "cedict_usage.u8").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def usage() -> dict[str, Entry]:
    return load(USAGE)


def test_a_line_naming_a_thing_of_its_own_is_not_folded_into_what_it_says_to_see(usage: dict[str, Entry]) -> None:
    # 西安 "Xi'an, ... capital of Shaanxi/see 西安区": the district of Liaoyuan is another place (issue 9, s9: 西安
    # was a zh_alias of 西安区, so annotate glossed 西安 as a Jilin district).
    assert usage["西安"].en == "Xi'an"
    assert "capital of Shaanxi" in (usage["西安"].note or "")
    assert "西安" not in usage["西安区"].zh_aliases
    # 胡志明 (the leader) "see also 胡志明市" (the city); 白翎面 (a township) "see also 白翎岛" (the island).
    assert usage["胡志明"].type == "person" and "胡志明" not in usage["胡志明市"].zh_aliases
    assert "白翎面" in usage and "白翎面" not in usage["白翎岛"].zh_aliases


def test_a_see_line_of_the_same_name_folds_the_marked_spelling_into_the_standard_one(usage: dict[str, Entry]) -> None:
    # 危地马拉 "Guatemala/see also 瓜地马拉", which is "Guatemala (Tw)": the standard spelling is the entry.
    assert "瓜地马拉" not in usage
    assert "瓜地马拉" in usage["危地马拉"].zh_aliases
    # Two spellings of one name, neither marked, fold as the line says: 喜力 into 海尼根 (Heineken), 酷斯拉 into 哥斯拉.
    assert "喜力" in usage["海尼根"].zh_aliases and "喜力" not in usage
    assert "酷斯拉" in usage["哥斯拉"].zh_aliases
    # A name many bear, pointing to one bearer, is his short name (乔布斯 "Jobs (name)/see also 史蒂夫·乔布斯").
    assert "乔布斯" in usage["史蒂夫·乔布斯"].zh_aliases


def test_chinese_written_inside_the_english_does_not_cut_it(usage: dict[str, Entry]) -> None:
    # 锡剧 "Wuxi 無錫|无锡 opera" was Wuxi opera, not Wuxi (issue 9, s9); a genre, it is a term of the full import now
    # (s40: it was a name, s18), not kept by --proper-only (its term's English: tests/test_cedict_class_nouns_s40.py).
    assert load(USAGE, proper_only=False)["锡剧"].type == "term"
    assert "锡剧" not in usage
    # Not after a preposition: "Mt Song 嵩山 in Henan" is Mt Song.
    assert read_sense("Mt Song 嵩山 in Henan, one of the Five Sacred Mountains").name == "Mt Song"


@pytest.mark.parametrize(
    ("zh", "en", "other"),
    [
        # "Taibei or Taipei, capital of Taiwan": CC-CEDICT writes "Taipei City 臺北市|台北市" and "(Tw) Taipei
        # 臺北|台北" when it mentions the city elsewhere, so Taipei is its English (issue 9, s9: was "Taibei").
        ("台北", "Taipei", "Taibei"),
        ("台北市", "Taipei", "Taibei"),
        ("台中", "Taichung", "Taizhong"),
        ("基隆", "Keelung", "Chilung"),
        ("基隆市", "Keelung", "Chilung"),
    ],
)
def test_the_spelling_cc_cedict_writes_when_it_mentions_the_place_is_its_english(zh: str, en: str, other: str) -> None:
    mentions = (
        "北投 北投 [Bei3 tou2] /Beitou or Peitou district of Taipei City 臺北市|台北市[Tai2 bei3 shi4], Taiwan/\n"
        "大雅 大雅 [Da4 ya3] /Daya or Taya township in Taichung county 臺中縣|台中县[Tai2 zhong1 xian4], Taiwan/\n"
        "暖暖區 暖暖区 [Nuan3 nuan3 qu1] /Nuannuan district of Keelung City 基隆市[Ji1 long2 shi4], Taiwan/\n"
    )
    entries = load(USAGE + mentions)
    # (台北市 and 台北 are one entry: their lines say the same, "Taibei or Taipei, capital of Taiwan".)
    entry = holding(entries, zh)
    assert (entry.en, entry.aliases[:1]) == (en, (other,))


def test_a_spelling_no_line_mentions_keeps_the_lines_order() -> None:
    # Taiwan writes its townships in Hanyu pinyin; no line mentions Qimei, so the line's order stands.
    # (The headword writes its 乡: Qimei Township, the bare name an alias (s36).)
    assert (NAMES["七美乡"].en, NAMES["七美乡"].aliases) == ("Qimei Township", ("Qimei", "Chimei"))
    # Both spellings mentioned together ("Laozi or Lao-tze 老子") choose nothing.
    entries = load(
        "老子 老子 [Lao3 zi3] /Laozi or Lao-tze (c. 500 BC), Chinese philosopher/\n"
        "道家 道家 [Dao4 jia1] /Daoist School, based on the teachings of Laozi or Lao-tze 老子[Lao3 zi3]/\n"
    )
    assert entries["老子"].en == "Laozi"


def test_the_language_a_name_is_given_in_is_no_alias() -> None:
    # "扶餘 扶馀 /variant of 扶餘|扶余 Korean: Buyeo (c. 200 BC-494 AD), ...": "Korean" is no name of 扶余.
    entries = load(
        "扶餘 扶余 [Fu2 yu2] /Fuyu county in Songyuan 松原, Jilin/Pu'yo, Korean Buyeo (c. 200 BC-494 AD), ancient "
        "kingdom in northeast frontier region of China/\n"
        "扶餘 扶馀 [Fu2 yu2] /variant of 扶餘|扶余 Korean: Buyeo (c. 200 BC-494 AD), ancient kingdom in northeast "
        "frontier region of China/\n"
    )
    assert all("Korean" not in e.en_forms for e in entries.values())
    assert "Buyeo" in {form for e in entries.values() for form in e.en_forms}


def test_a_mountain_headword_with_its_generic_is_the_full_name_of_the_bare_one(usage: dict[str, Entry]) -> None:
    # 丹霞 "Mt Danxia in Shaoguan ..." and 丹霞山 "Mt Danxia in Shaoguan ...": one mountain, the full name a zh_alias
    # of the bare one, so annotate glosses 丹霞山 and not a bare 丹霞 (zhgloss.glossable; issue 9, s9).
    assert "丹霞山" in usage["丹霞"].zh_aliases and "丹霞山" not in usage
    assert "天台山" in usage["天台"].zh_aliases
    # Not another place read the same: 岱 "Mt Tai" and 岱山 "Daishan county"; nor a one-character name.
    assert "岱山" in usage and "岱山" not in usage["岱"].zh_aliases


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        # Initials keep their capitals; only a Japanese family name in capitals is written as English does (issue 9,
        # s9: "William A.p. Martin", "George H.w. Bush").
        ("托尔金", "J.R.R. Tolkien"),
        ("狄拉克", "P.A.M. Dirac"),
        ("丁韪良", "William A.P. Martin"),
    ],
)
def test_initials_keep_their_capitals(usage: dict[str, Entry], zh: str, en: str) -> None:
    assert usage[zh].en == en
    assert "George H.W. Bush" in usage["布什"].aliases
    assert NAMES["伊藤博文"].en == "Itō Hirobumi"  # CC-CEDICT writes ITŌ


def test_a_bracketed_country_is_no_acronym_of_the_name(usage: dict[str, Entry]) -> None:
    # "State University (US)", "Supreme People's Court (PRC)", "Coventry (UK)", "State Council (PRC)/State Department
    # (USA)": the bracket says whose; as an alias, English copy's "PRC" was glossed 国务院 (issue 9, s9).
    for zh in ("州立大学", "最高人民法院", "考文垂市", "国务院"):
        assert not {"US", "USA", "UK", "PRC"} & set(usage[zh].aliases), zh
    # An acronym that is the name's: kept.
    assert "EU" in usage["欧洲联盟"].aliases
    assert {"USA", "US"} <= set(usage["美国"].aliases)
    assert "ANU" in usage["澳大利亚国立大学"].aliases


def test_a_countrys_initials_before_a_noun_name_nothing(usage: dict[str, Entry]) -> None:
    # "US army/US armed forces": "US" is no name of 美军; "PRC state council office for Taiwan affairs" is no "PRC".
    assert usage["美军"].en_forms == ("US army",)
    assert usage["国台办"].en != "PRC"


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        # Where a feature is, after "on the", is no part of its name, nor the river's other spelling an alias of it
        # (issue 9, s9: "Three Gorges Reservoir on the Changjiang", alias "Yangtze").
        ("三峡水库", "Three Gorges Reservoir"),
        ("三峡大坝", "Three Gorges Dam"),
        ("虎跳峡", "Tiger Leaping Gorge"),
        # The peoples of an autonomous county are a list inside its name (was "Weining Yi", "Yuanjiang Hani").
        ("威宁彝族回族苗族自治县", "Weining Yi, Hui and Miao Autonomous County"),
        ("元江县", "Yuanjiang County"),  # (the headword writes no peoples: s37, test_cedict_short_units_s37)
        # Controls: a title with "on the" and a list of two peoples, as before.
        ("不扩散核武器条约", "Treaty on the Non-Proliferation of Nuclear Weapons"),
        ("九章算术", "The Nine Chapters on the Mathematical Art"),
        ("恩施土家族苗族自治州", "Enshi Tujia and Miao Autonomous Prefecture"),
    ],
)
def test_the_english_of_a_place_is_its_whole_name_and_no_more(usage: dict[str, Entry], zh: str, en: str) -> None:
    assert usage[zh].en == en
    assert "Yangtze" not in usage[zh].aliases


@pytest.mark.parametrize(
    ("zh", "en", "aliases"),
    [
        # A Japanese name as CC-CEDICT writes it (family name first, in capitals or beside "Japanese"), and the same
        # name given name first as English copy writes it (issue 9, s9: "Shinzo Abe" was glossed 亚伯 "Abe").
        ("安倍晋三", "Abe Shinzo", ("Shinzo Abe",)),
        ("村上春树", "Murakami Haruki", ("Haruki Murakami",)),
        ("织田信长", "Oda Nobunaga", ("Nobunaga Oda",)),  # was "ODA Nobunaga"
        ("伊藤博文", "Itō Hirobumi", ("Hirobumi Itō",)),
        # Not a Chinese person described as "Japanese-educated".
        ("李缨", "Li Ying", ()),
    ],
)
def test_a_japanese_name_gets_its_english_order_as_alias(
    usage: dict[str, Entry], zh: str, en: str, aliases: tuple[str, ...]
) -> None:
    assert (usage[zh].en, usage[zh].aliases) == (en, aliases)


@pytest.mark.parametrize("end", ["\r\n", "\r\r\n", "\n"])
@pytest.mark.parametrize("proper_only", [False, True])
def test_a_bad_line_is_named_by_its_line_number_whatever_the_line_ends(
    tmp_path: Path, zhgloss_exe: str, end: str, proper_only: bool
) -> None:
    # Five real lines, a bad sixth, two more: "\r\r\n" is a CRLF file saved again in text mode on Windows, one
    # line end for an editor, grep -n and wc -l (universal newlines split it in two: "line 11" was reported).
    real = [line for line in SAMPLE.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    lines = [*real[:5], "this is no CC-CEDICT line", *real[5:7]]
    path = tmp_path / "sub.u8"
    path.write_bytes("".join(line + end for line in lines).encode())
    args = ["--proper-only"] if proper_only else ["--format", "cedict"]
    proc = subprocess.run(
        [zhgloss_exe, "--db", str(tmp_path / "g.json"), "import", str(path), *args],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 3
    assert (
        proc.stderr
        == f"Error: {str(path)!r}, line 6: not a CC-CEDICT line (Traditional Simplified [pin1 yin1] /gloss/)\n"
    )


TYPING = (SAMPLE.parent / "cedict_typing.u8").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def typing_lines() -> dict[str, Entry]:
    return load(TYPING)


@pytest.mark.parametrize(
    ("zh", "kind", "en"),
    [
        # An emperor named by his era and "Emperor" is a person however the description goes on: 洪武's
        # "also written Hung-wu Ti, reign name of ..." was an event (正德, worded the same without it, a person),
        # a bare "Guangxu Emperor" a name; "Emperor Huizong (Song Dynasty)" was the dynasty, an event.
        ("洪武", "person", "Hongwu Emperor"),
        ("正德", "person", "Zhengde Emperor"),
        ("光绪帝", "person", "Guangxu Emperor"),
        ("宋徽宗", "person", None),
        # ... but a title alone makes no person: a bare "King Kong", "Queen Dowager (in Europe)", Shakespeare's
        # "King Lear, 1605 tragedy", "The Last Emperor, 1987 biopic".
        ("金刚", "name", "King Kong"),
        ("王太后", "name", "Queen Dowager"),
        ("李尔王", "work", "King Lear"),
        ("末代皇帝", "work", "The Last Emperor"),
        # Heroes of a novel are people, not the novel ("a principal hero of the novel Water Margin").
        ("宋江", "person", "Song Jiang"),
        ("武松", "person", "Wu Song"),
        # The head of "X of Y" is X when Y ends on its own generic: a history of a dynasty is a book, a battle of a
        # mountain a battle; not "State of the Union Address", nor "Song of the Southern dynasties" (Song is pinyin).
        ("宋史", "work", "History of the Song Dynasty"),
        ("元史", "work", "History of the Yuan Dynasty"),
        ("孟良崮战役", "event", "Battle of Mt Mengliang"),
        ("南朝宋", "event", "Song of the Southern dynasties"),
        # Dates no one lives through name a period: "Western Zhou (1027-771 BC)" was a person by its dates.
        ("西周", "event", "Western Zhou"),
        ("东周", "event", "Eastern Zhou"),
        # "official" before a noun is an adjective: a gazette is a publication, guidelines no official; but an
        # official title of someone named is a person's.
        ("京报", "org", "Peking Gazette"),
        ("劳动新闻", "org", "Rodong Sinmun"),
        ("八荣八耻", "name", "Eight Honors and Eight Shames"),
        ("三宝太监", "person", "Sanbao Eunuch"),
        # "the Ch'ing or Qing dynasty": Wade-Giles' aspiration mark is no English of today; pinyin is. The generic
        # after "X or Y" is both spellings' (the Qing dynasty, not "Qing").
        ("清代", "event", "Qing dynasty"),
        # A capitalised person's word followed by its name's own generic is the name's: "one of the Seven Hero
        # States" is a state (a place, as a kingdom is; it was an event by "Warring States"), no hero; a "(history)"
        # label makes no book of the Boxers.
        ("韩", "place", "Han"),
        ("义和团", "name", "Righteous and Harmonious Fists"),
    ],
)
def test_a_line_is_typed_by_its_own_wording(typing_lines: dict[str, Entry], zh: str, kind: str, en: str | None) -> None:
    entry = typing_lines[zh]
    assert entry.type == kind
    if en is not None:
        assert entry.en == en


def test_the_other_spelling_is_kept_as_an_alias(typing_lines: dict[str, Entry]) -> None:
    # With the generic both spellings share, and the dynasty's bare pinyin name ("the Qing").
    assert typing_lines["清代"].aliases == ("Qing", "Ch'ing dynasty")


@pytest.mark.parametrize(
    ("dates", "lifetime"),
    [
        ("(1027-771 BC)", False),
        ("(1644-1911)", False),
        ("(551-479 BC)", True),
        ("(1952-)", True),
        ("(c. 200 BC-494 AD)", False),
        ("(1328-1398)", True),
        ("(c. 11th century BC)", True),
    ],
)
def test_a_life_spans_at_most_a_lifetime(dates: str, lifetime: bool) -> None:
    from zhgloss.formats.cedict import _is_lifetime

    assert _is_lifetime(dates) is lifetime


def test_a_full_name_is_another_form_of_its_entry() -> None:
    # CC-CEDICT writes "full name X" in the short form's line (林郑, 柯达, 批踢踢): X's characters, simplified and
    # traditional, are forms of the same entry, and X's English an alias after the line's own.
    names = load((SAMPLE.parent / "cedict_full_names.u8").read_text(encoding="utf-8"))
    lam, kodak, ptt = names["林郑"], names["柯达"], names["批踢踢"]
    assert (lam.en, lam.type) == ("Carrie Lam", "person")
    assert {"林郑月娥", "林鄭月娥"} <= set(lam.zh_aliases)
    assert "Carrie Lam Cheng Yuet-ngor" in lam.aliases
    assert kodak.en == "Kodak" and "Eastman Kodak Company" in kodak.aliases
    assert {"伊士曼柯达公司", "伊士曼柯達公司"} <= set(kodak.zh_aliases)
    assert ptt.en == "PTT" and "批踢踢实业坊" in ptt.zh_aliases
    assert "林郑月娥" not in names  # no entry of its own: one person, one entry


def test_annotate_glosses_the_full_name_whole() -> None:
    entries = list(load((SAMPLE.parent / "cedict_full_names.u8").read_text(encoding="utf-8")).values())
    mentions = Annotator(entries).mentions("前特首林郑月娥说，伊士曼柯达公司申请破产。")
    # The short form 林郑 was glossed inside the name: 林郑（Carrie Lam）月娥.
    assert [m.surface for m in mentions] == ["林郑月娥", "伊士曼柯达公司"]


def test_a_house_is_glossed_as_a_name() -> None:
    # 德川 "the ruling clan of Japan from 1550-1850" was typed a period, then a surname (never glossed): the house's
    # name is glossed where it names the house (德川幕府) and stands whole before a given name (爱新觉罗·溥仪).
    entries = list(load((SAMPLE.parent / "cedict_houses.u8").read_text(encoding="utf-8")).values())
    assert {e.zh: e.type for e in entries} == {"德川": "name", "爱新觉罗": "name", "钮祜禄": "name"}
    annotator = Annotator(entries)
    assert [m.surface for m in annotator.mentions("德川幕府统治日本二百多年。")] == ["德川"]
    assert [m.surface for m in annotator.mentions("末代皇帝爱新觉罗·溥仪。")] == ["爱新觉罗"]
