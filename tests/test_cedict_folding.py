"""CC-CEDICT import: other names of a line are aliases, pointer lines fold into their target, types (issue 9).

The acceptance test of session 15 found, on a fresh `--db` after `import cedict_ts.u8.gz --proper-only`: other names
of a line that were no aliases (联通 "aka China Unicom", 福州 "formerly known as Foochow", 湄南河 "(aka Menam)"),
pointer lines that stood as names of their own (欧巴马 "Taiwanese variant of 奥巴马" with en "Taiwanese variant",
吕望 "see Jiang Ziya 姜子牙", 石咀山市 "variant of Shizuishan 石嘴山市"), two entries for one name (柯达 and
伊士曼柯达公司, 批踢踢 and 批踢踢实业坊), wrong types (埃迪卡拉 a person, 波塞冬 a place, 阿瑞斯 an event,
华威 a person, 拉格比 a work, 老山自行车馆 an event, 锡林郭勒 an org) and 内地 with the alias "Japan". Each is
an instance of a rule of
zhgloss.formats.cedict; beside each are other real lines of the same kind.

The lines below are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); they are in tests/data/cedict_folding.u8.
Expected values were read off the lines by hand.
"""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest

from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

LINES = (Path(__file__).resolve().parent / "data" / "cedict_folding.u8").read_text(encoding="utf-8")


def _load(text: str = LINES) -> dict[str, Entry]:
    return {e.zh: e for e in load_cedict(io.StringIO(text), proper_only=True)}


NAMES = _load()


def _holding(form: str) -> list[Entry]:
    """The entries that hold `form` as their zh or a zh_alias."""
    return [e for e in NAMES.values() if form == e.zh or form in e.zh_aliases]


def _entry(form: str) -> Entry:
    """The one entry that holds `form` (headed by the form Chinese text writes most: cedict._head)."""
    (entry,) = _holding(form)
    return entry


@pytest.mark.parametrize(
    ("zh", "aliases"),
    [
        ("中国联通", ("China United Telecommunications Corporation", "Unicom")),  # 联通 "aka China Unicom or Unicom"
        ("福州", ("Foochow", "Fuchow")),  # "formerly known as Foochow or Fuchow"
        ("湄南河", ("Menam",)),  # "(aka Menam)" in the bracket right after the name
        ("香格里拉县", ("Shangri-La", "Gyeltang", "Gyalthang")),  # "formerly Gyeltang or Gyalthang, Chinese 中甸"
    ],
)
def test_other_names_of_the_line_are_aliases(zh: str, aliases: tuple[str, ...]) -> None:
    assert _entry(zh).aliases == aliases


def test_the_other_names_in_a_bracket_after_a_later_sense_are_aliases() -> None:
    # "Islamic State group (aka IS or ISIL or ISIS)", the third sense of 伊斯兰国.
    assert {"IS", "ISIL", "ISIS"} <= set(NAMES["伊斯兰国"].aliases)


def test_other_names_in_characters_are_zh_aliases_unless_another_word_or_a_former_thing() -> None:
    # "formerly ..., Chinese 中甸": the county's old Chinese name, no headword of CC-CEDICT.
    assert "中甸" in NAMES["香格里拉县"].zh_aliases
    # "formerly Dinghai 定海": Dinghai is a district of Zhoushan now, an entry of its own, not folded; its English
    # is that entry's only.
    assert NAMES["定海"].en == "Dinghai" and "定海" not in NAMES["舟山"].zh_aliases
    assert NAMES["舟山"].aliases == ()
    # "also known as Sun Tzu 孙子": with names only, the Sun Tzu line of 孙子 is the same person, folded in.
    assert _entry("孙武") is _entry("孙子") and "Sun Tzu" in _entry("孙武").en_forms
    # 苏州码子 "also called 草码": 草码 [cao3 ma3] is a headword of CC-CEDICT's common words, another word: no zh_alias.
    assert "草码" not in NAMES["苏州码子"].zh_aliases


@pytest.mark.parametrize(
    ("pointer", "target", "en"),
    [
        ("欧巴马", "奥巴马", "Barack Obama"),  # "Taiwanese variant of 奥巴马, Barack Obama ..."
        ("吕望", "姜子牙", "Jiang Ziya"),  # "see Jiang Ziya 姜子牙"
        ("太公望", "姜子牙", "Jiang Ziya"),
        ("姜太公", "姜子牙", "Jiang Ziya"),
        ("石咀山市", "石嘴山市", "Shizuishan"),  # "variant of Shizuishan 石嘴山市, prefecture level city ..."
        ("北大", "北京大学", "Peking University"),  # "Peking University (abbr. for 北京大学)": inside the sense
        ("北约", "北大西洋公约组织", "North Atlantic Treaty Organization"),  # "NATO/abbr. for ..., North Atlantic ..."
        ("伊士曼柯达公司", "柯达", "Kodak"),  # 柯达 "full name Eastman Kodak Company 伊士曼柯达公司"
        ("批踢踢实业坊", "批踢踢", "PTT"),  # 批踢踢 "full name: 批踢踢实业坊"
        ("唐明皇", "唐玄宗", "Tang Emperor Xuanzong"),  # "also known as Emperor Ming of Tang 唐明皇", its own English
    ],
)
def test_a_pointer_line_folds_into_the_entry_it_points_to(pointer: str, target: str, en: str) -> None:
    entry = _entry(pointer)
    assert entry is _entry(target) and entry.en == en
    # The note says what the folded line was (whichever of the two heads the entry).
    assert f"{pointer}: " in (entry.note or "") or f"{target}: " in (entry.note or "")


def test_no_english_form_is_a_pointer_sentence_and_no_two_entries_share_one() -> None:
    seen: dict[str, str] = {}
    homonyms = {NAMES["雅典"].en, NAMES["义乌"].en}  # two things each (below)
    # (A single character is left out: it stands for many things, 哀 and 厘 for one legendary Flame Emperor.)
    for entry in (e for e in NAMES.values() if len(e.zh or "") > 1):
        for form in set(entry.en_forms) - homonyms:
            assert not any(word in form for word in ("variant", "abbr.", "see ")), (entry.zh, form)
            assert seen.setdefault(form, entry.zh) == entry.zh, (form, entry.zh, seen[form])


def test_the_folded_note_names_the_pointer_and_the_taiwanese_spelling_is_a_zh_alias() -> None:
    obama = NAMES["奥巴马"]
    assert obama.zh_aliases == ("欧巴马", "歐巴馬")
    assert "欧巴马: Taiwanese variant of 奥巴马" in (obama.note or "")
    assert NAMES["歧路灯"].zh_aliases == ("岐路灯", "岐路燈")  # "also written 岐路燈|岐路灯"


def test_an_abbreviation_of_several_things_folds_into_the_first_without_the_others_english() -> None:
    congress = _entry("人大")
    # (Its own "(Chinese) National People's Congress" gives the full name an alias since s32; none of the others')
    assert congress is _entry("全国人民代表大会") and congress.aliases == ("Chinese National People's Congress",)
    assert "Renmin University of China (abbr. for 中国人民大学)" in (congress.note or "")
    assert NAMES["中国人民大学"].en == "Renmin University of China"


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        # A line naming a thing of its own first, and another by its pointer, is no spelling of the target.
        ("南澳", "Nan'ao County"),
        ("天主", "God"),
    ],
)
def test_a_line_that_names_other_things_than_its_target_stays(zh: str, en: str) -> None:
    assert NAMES[zh].en == en
    assert [e.zh for e in _holding(zh)] == [zh]


@pytest.mark.parametrize(
    ("zh", "kind"),
    [
        ("埃迪卡拉", "event"),  # "(c. 635-542 million years ago), ... geological era": no life
        ("波塞冬", "name"),  # "Poseidon, God of the sea ...": a god, no sea
        ("阿瑞斯", "name"),  # "Ares, Greek god of war": no war
        # "Warwick (name)/University of Warwick ...": a university named after the name is another thing (acceptance
        # test, sixteenth session); a city named by it is the thing ("Jackson city", below).
        ("华威", "person"),
        ("杰克逊", "place"),  # "Jackson (name)/Jackson city, capital of Mississippi"
        ("亚历山大", "person"),  # "Alexander (name)/Alexandria (town name)": another name, the person's stays
        ("拉格比", "name"),  # "Rugby (game)/Rugby school in England": a sport is no work, nor the school named after it
        ("老山自行车馆", "place"),  # "Laoshan Velodrome, a Beijing 2008 Olympics venue"
        ("北京国家体育场", "place"),  # "Beijing National Stadium"
        ("锡林郭勒", "place"),  # "Xilin Gol league, a prefecture level subdivision of Inner Mongolia"
        ("香港金融管理局", "org"),  # "Hong Kong Monetary Authority": an authority is a body
    ],
)
def test_each_type_is_what_the_line_says(zh: str, kind: str) -> None:
    assert NAMES[zh].type == kind


@pytest.mark.parametrize(
    ("kept", "folded"),
    [
        ("樟树", "樟树市"),  # both "Zhangshu county level city in Yichun 宜春, Jiangxi": the bare name is kept
        ("阿布扎比", "阿布达比"),  # "Abu Dhabi, capital of ..." and the same "(Tw)": the unmarked spelling is kept
        ("卢旺达", "卢安达"),  # "Rwanda" and "Rwanda (Tw)"
        ("美国", "米国"),  # "United States/USA/US" and "United States/name of a country ...": Chinese writes 美国
    ],
)
def test_two_lines_that_say_the_same_of_one_name_are_one_entry(kept: str, folded: str) -> None:
    assert folded not in NAMES and folded in NAMES[kept].zh_aliases


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("雅典", "阿森斯"),  # "Athens, capital of Greece" and "Athens, Ohio"
        ("义乌", "伊吾"),  # "Yiwu county level city in Jinhua" and "Yiwu county in Kumul prefecture"
    ],
)
def test_two_things_of_one_english_name_stay_two_entries(one: str, other: str) -> None:
    assert NAMES[one].en == NAMES[other].en
    assert other not in NAMES[one].zh_aliases and one not in NAMES[other].zh_aliases


def test_the_form_chinese_text_writes_most_heads_the_entry() -> None:
    # 孔夫子 and 孔子 "Confucius ..., also known as" each other: one entry, headed by 孔子 (jieba's counts), with its
    # reading; acceptance 14:23 found 孔夫子 heading it.
    confucius = _entry("孔夫子")
    assert (confucius.zh, confucius.pinyin, confucius.zh_aliases) == ("孔子", "Kǒngzǐ", ("孔夫子",))


def test_a_pointer_naming_several_places_is_a_list_of_its_own() -> None:
    # 港深 "abbr. for Hong Kong 香港 and Shenzhen 深圳": no spelling of Hong Kong (it was a zh_alias of 香港).
    assert (NAMES["港深"].en, NAMES["港深"].type) == ("Hong Kong and Shenzhen", "name")
    assert "港深" not in NAMES["香港"].zh_aliases and NAMES["香港"].aliases == ()


def test_a_folded_line_brings_no_other_entry_s_english() -> None:
    # 东瀛 "East China Sea/Japan/" is one with 东海 "East China Sea/...", but "Japan" is 日本's: one answer for it.
    assert "东瀛" in NAMES["东海"].zh_aliases and "Japan" not in NAMES["东海"].aliases
    assert [e.zh for e in NAMES.values() if "Japan" in e.en_forms] == ["日本"]


def test_a_pointer_line_folds_into_a_target_that_does_not_say_its_kind_and_gives_it() -> None:
    # 联通 "China United Telecommunications Corporation/aka China Unicom or Unicom/abbr. for 中国联通", and 中国联通
    # "China Unicom": one company, an org; "China Unicom" has one entry.
    unicom = _entry("中国联通")
    assert unicom is _entry("联通") and unicom.type == "org"
    assert [e for e in NAMES.values() if "China Unicom" in e.en_forms] == [unicom]


def test_a_name_that_is_also_a_common_word_folds_nothing_in_a_full_import() -> None:
    # 孙子 is "Sun Tzu, also known as Sun Wu 孙武" and "grandson": with the common words, one draft of both, which
    # neither takes 孙武 in (Sun Wu would be a grandson) nor goes into 孙武. With names only, the two lines of one
    # person are one entry.
    everything = {e.zh: e for e in load_cedict(io.StringIO(LINES))}
    assert "孙武" in everything and "孙子" in everything
    assert "孙武" not in everything["孙子"].zh_aliases and "孙子" not in everything["孙武"].zh_aliases
    assert [e.zh for e in _holding("孙武")] == [e.zh for e in _holding("孙子")]


def test_a_character_named_as_another_name_is_no_zh_alias() -> None:
    # 哀 "Ai ..., also known as Li 釐|厘[Li2]": 厘 is also a centimetre; the surname line of 厘 stays its own.
    assert "厘" not in NAMES["哀"].zh_aliases and "厘" in NAMES


def test_a_later_sense_of_another_time_or_place_is_no_alias() -> None:
    assert NAMES["内地"].aliases == ()
    assert "Japan (used in Taiwan during Japanese colonization)" in (NAMES["内地"].note or "")


def test_lookup_after_import_gives_one_entry_per_name(tmp_path: Path, zhgloss_exe: str) -> None:
    source = tmp_path / "lines.u8"
    source.write_text(LINES, encoding="utf-8")
    db = tmp_path / "G.json"
    done = subprocess.run(
        [zhgloss_exe, "import", str(source), "--format", "cedict", "--proper-only", "--db", str(db)],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    # (The head is the form Chinese text writes most: 姜太公 over 姜子牙 by jieba's counts.)
    for query, zh in (("欧巴马", "奥巴马"), ("吕望", "姜太公"), ("Eastman Kodak Company", "柯达"), ("Foochow", "福州")):
        found = subprocess.run(
            [zhgloss_exe, "lookup", query, "--db", str(db), "--json"], capture_output=True, check=False
        )
        assert found.returncode == 0, found.stderr
        document = json.loads(found.stdout)
        assert [m["entry"]["zh"] for m in document[0]["matches"]] == [zh], document
