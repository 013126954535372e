"""Plain news copy the fiftieth session's annotate rules fix (issue 9; the s49 judge's nonsense glosses, by class).

Each class is a test of the s49 judge's line beside lines of the same kind, with the full CC-CEDICT names glossary
(`--proper-only`), and the places a translator wants that must keep their gloss:

- a place's name right after a person's title that is that person's name (得主韩江的作品: Han Kang, not the Han
  River; `zhgloss.glossrules._is_titled_name`);
- a club after a verb of a match, a place and its own word glued (击败山东泰山夺得冠军: Shandong Taishan, not Mount
  Tai; `InsideRule._outside_titled_places`);
- a place's name that tagged news reads as an everyday word, in a sentence of sport (中卫在比赛第70分钟头球破门: the
  centre-back, not Zhongwei; `InsideRule._outside_sports_words`, data/sports_words.txt);
- a match across a word edge that only a CC-CEDICT word jieba counts rarely shows (中国海警: the China Coast Guard,
  not "the China Seas"; `zhgloss.segment.edge_counts`), the shorter name inside it given back (中国 "China").
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from cedict_fixtures import _names_annotator, glossed
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhgloss.annotate import Annotator
from zhgloss.glossable import SPORTS_WORDS_PATH, sports_words, tagged_word_forms
from zhgloss.namecontext import TITLES_BEFORE
from zhgloss.segment import EDGE_FLOOR, bundled_counts, edge_counts

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def names(shared_dir: Path) -> Annotator:
    return _names_annotator(shared_dir)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place's name that is the titled person's whole name
        ("诺贝尔文学奖得主韩江的作品在中国热销。", ["诺贝尔文学奖", "中国"]),  # the s49 judge's plain 187
        ("作家韩江说，写作是一种祈祷。", []),
        ("青年导演黄山的新片入围影展。", []),
        ("记者林芝表示，现场秩序良好。", []),
        # a club: a province's or a city's name and its own word glued after a verb of a match, whatever follows
        ("中超联赛最后一轮，上海海港主场击败山东泰山夺得冠军。", []),  # the judge's plain 142
        ("上赛季他们击败了河南建业获得第三名。", []),
        # a place's name tagged news reads as a word, in a sentence of sport
        ("中卫在比赛第70分钟头球破门，帮助球队扳平比分。", []),  # the judge's probe 56
        ("中卫本赛季已打进三球。", []),
        # a match across the edge of a word jieba counts rarely: the shorter name is given back
        ("菲律宾船只擅闯黄岩岛附近海域，中国海警依法处置。", ["菲律宾", "黄岩岛", "中国"]),  # the judge's plain 271
    ],
)
def test_the_nonsense_of_plain_copy_is_not_glossed(names: Annotator, text: str, expected: list[str]) -> None:
    assert glossed(text, names) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # B49-7: a well-known place after a person's title is where the person is (a byline, a headline)
        ("本报记者北京报道", ["北京"]),
        ("湖南歌手北京演出", ["湖南", "北京"]),
        # a rarer place before another verb stays the place of the action
        ("记者金华报道", ["金华"]),
        # a place that is not right after a title
        ("韩江的水很清。", ["韩江"]),
        # the mountain outside a match
        ("游客来到江西井冈山参观。", ["江西", "井冈山"]),
        # the same city outside sports copy
        ("中卫是宁夏的一座城市。", ["中卫", "宁夏"]),
        ("宁夏中卫市沙坡头景区。", ["宁夏", "中卫市", "沙坡头"]),
        # the sea's name where no word crosses its edge
        ("中国海的岛屿众多。", ["中国海"]),
    ],
)
def test_the_places_a_translator_wants_keep_their_gloss(names: Annotator, text: str, expected: list[str]) -> None:
    assert glossed(text, names) == expected


_WELL_KNOWN_PLACES = ("北京", "上海", "广州", "深圳", "东京", "巴黎", "香港", "纽约")
_PERSON_TITLES = [title for title in TITLES_BEFORE if len(title) >= 2]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    title=st.sampled_from(_PERSON_TITLES),
    place=st.sampled_from(_WELL_KNOWN_PLACES),
    verb=st.sampled_from(["报道", "演出", "举行", "开幕", "的作品", "说"]),
)
def test_a_well_known_place_after_any_title_stays_the_place(
    names: Annotator, title: str, place: str, verb: str
) -> None:
    assert place in glossed(f"今天，{title}{place}{verb}。", names)


_MATCH_VERBS = ("战胜", "击败", "战平", "逼平", "负于", "险胜", "迎战", "对阵")
_CLUBS = (("山东", "泰山"), ("河南", "建业"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    verb=st.sampled_from(_MATCH_VERBS),
    club=st.sampled_from(_CLUBS),
    rest=st.sampled_from(["夺得冠军", "获得第三名", "", "，保住了榜首", "后士气大振"]),
)
def test_a_place_pair_after_a_match_verb_is_a_club(
    names: Annotator, verb: str, club: tuple[str, str], rest: str
) -> None:
    assert glossed(f"上海海港队{verb}{''.join(club)}{rest}。", names) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(word=st.sampled_from(sorted(w for w in sports_words() if "中卫" not in w)))
def test_any_word_of_sport_makes_the_sentence_sports_copy(names: Annotator, word: str) -> None:
    assert "中卫" not in glossed(f"中卫上场后，{word}。", names)
    # another sentence is no sports copy: the city keeps its gloss
    assert "中卫" in glossed(f"他来自宁夏中卫。{word}。", names)


def test_the_sports_list_is_built_from_cedict_and_says_so(shared_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "sports_words.txt"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_sports_words.py"), str(shared_dir / "data" / "cedict_ts.u8.gz"),
         "--out", str(out)],
        check=True,
        cwd=ROOT / "scripts",
        capture_output=True,
    )  # fmt: skip
    assert out.read_text(encoding="utf-8") == SPORTS_WORDS_PATH.read_text(encoding="utf-8")
    header = [line for line in out.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert "CC-CEDICT" in header[0]
    assert {"比赛", "破门", "联赛", "主场", "足球"} <= sports_words()
    # an everyday word with no sense of sport is not in it, nor a name
    assert not {"时代", "电池", "中卫", "泰山"} & sports_words()


def test_only_the_names_tagged_as_words_are_read_in_sports_copy() -> None:
    assert "中卫" in tagged_word_forms()
    assert not {"北京", "山东", "上海"} & tagged_word_forms()


def test_edge_counts_floor_only_cedict_words_jieba_counts_rarely() -> None:
    assert bundled_counts().get("海警") == 0
    assert edge_counts().get("海警") == EDGE_FLOOR
    # a word word_counts.tsv lists keeps its count; a non-word stays unseen
    assert edge_counts().get("中国") == bundled_counts().get("中国")
    assert edge_counts().get("国海") == 0


def test_the_installed_console_script_glosses_the_judges_lines(
    tmp_path: Path, cedict_names_db: Path, zhgloss_exe: str
) -> None:
    text = tmp_path / "copy.txt"
    text.write_text(
        "诺贝尔文学奖得主韩江的作品在中国热销。\n中国海警依法处置。\n", encoding="utf-8"
    )
    before = cedict_names_db.read_bytes()
    result = subprocess.run(
        [zhgloss_exe, "annotate", str(text), "--db", str(cedict_names_db)], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines() == [
        "诺贝尔文学奖（Nobel Prize in Literature）得主韩江的作品在中国（China）热销。",
        "中国（China）海警依法处置。",
    ]
    assert cedict_names_db.read_bytes() == before


# Sayings and idioms that hold a name (data/name_sayings.txt, by scripts/build_name_sayings.py from CC-CEDICT).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他主动请缨，毛遂自荐担任志愿者队长。", []),  # the judge's probe 125
        ("说曹操曹操到，我们正谈论他，他就推门进来了。", []),  # probe 130: CC-CEDICT's 说曹操，曹操到 unpunctuated
        ("真是说曹操，曹操就到。", []),
        ("三个臭皮匠，顶个诸葛亮，团队合作非常重要。", []),  # probe 131
        ("三个臭皮匠，顶一个诸葛亮。", []),  # another wording: one character more
        ("三个臭皮匠，赛过诸葛亮。", []),
        ("事后诸葛亮谁都会做。", []),
        ("他这是有眼不识泰山。", []),
        ("条条大路通罗马，办法总比困难多。", []),
        ("你这是关公面前耍大刀。", []),
    ],
)
def test_a_name_inside_a_saying_is_not_glossed(names: Annotator, text: str, expected: list[str]) -> None:
    assert glossed(text, names) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("曹操率军南下。", ["曹操"]),
        ("他说曹操到了许昌。", ["曹操", "许昌"]),  # the saying's words, not the saying
        ("诸葛亮是蜀汉丞相。", ["诸葛亮", "蜀汉"]),
        ("毛遂是战国时人。", ["毛遂", "战国"]),
        ("游客登上泰山。", ["泰山"]),
        ("罗马是意大利的首都。", ["罗马", "意大利"]),
        ("毛遂自己也不知道。", ["毛遂"]),  # a short saying is found only as written (毛遂自荐)
    ],
)
def test_the_name_outside_its_saying_keeps_its_gloss(names: Annotator, text: str, expected: list[str]) -> None:
    assert glossed(text, names) == expected


def _sayings_with(form: str) -> list[str]:
    from zhgloss.glossable import name_sayings

    return sorted(saying for saying in name_sayings() if form in saying)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    saying=st.sampled_from(_sayings_with("诸葛亮") + _sayings_with("曹操") + _sayings_with("泰山")),
    mark=st.sampled_from(["", "，", "、", " "]),
    lead=st.sampled_from(["", "俗话说，", "正所谓"]),
)
def test_every_listed_saying_holds_no_gloss_of_its_name_written_any_way(
    names: Annotator, saying: str, mark: str, lead: str
) -> None:
    # the saying as the list writes it, a mark put in the middle (as CC-CEDICT's own wordings have it)
    half = len(saying) // 2
    text = f"{lead}{saying[:half]}{mark}{saying[half:]}。"
    assert not {"诸葛亮", "曹操", "泰山"} & set(glossed(text, names))


def test_the_sayings_list_is_built_from_cedict_and_says_so(shared_dir: Path, tmp_path: Path) -> None:
    from zhgloss.glossable import NAME_SAYINGS_PATH, name_sayings

    out = tmp_path / "name_sayings.txt"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_name_sayings.py"), str(shared_dir / "data" / "cedict_ts.u8.gz"),
         "--out", str(out)],
        check=True,
        cwd=ROOT / "scripts",
        capture_output=True,
    )  # fmt: skip
    assert out.read_text(encoding="utf-8") == NAME_SAYINGS_PATH.read_text(encoding="utf-8")
    assert "CC-CEDICT" in out.read_text(encoding="utf-8").splitlines()[0]
    # CC-CEDICT's own wordings, punctuation removed; a transliteration is no saying
    assert {"毛遂自荐", "说曹操曹操到", "说曹操曹操就到", "三个臭皮匠顶个诸葛亮"} <= name_sayings()
    assert not {"危地马拉", "土耳其人", "康熙字典"} & name_sayings()


# Figurative and historical uses: a place's name quoted as slang, a foreign city that is a dynasty's capital.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他在朋友圈晒出豪宅和跑车，被网友调侃为“凡尔赛”。", ["朋友圈"]),  # the judge's probe 66 (WeChat Moments)
        ("网友们纷纷表示，这段文字是典型的“凡尔赛文学”。", []),  # probe 67
        ("这种“凡尔赛体”在社交媒体上流行。", []),
        ("他的发言被戏称为「凡尔赛」。", []),
        ("北宋都城东京即今天的河南开封。", ["北宋", "河南", "开封"]),  # probe 97
        ("北宋的都城东京十分繁华。", ["北宋"]),
    ],
)
def test_a_figurative_or_historical_place_is_not_glossed(names: Annotator, text: str, expected: list[str]) -> None:
    assert glossed(text, names) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("游客参观了凡尔赛宫。", ["凡尔赛"]),  # (凡尔赛宫 is no entry of the names glossary: the town's name heads it)
        ("“孔乙己文学”引发关于学历与就业的讨论。", ["孔乙己"]),  # a person's name keeps its gloss
        ("苏州被誉为“东方威尼斯”。", ["苏州", "威尼斯"]),  # the quotation holds more than the name
        ("探测器被命名为“嫦娥”。", ["嫦娥"]),  # named after, not nicknamed
        ("日本首都东京举行庆典。", ["日本", "东京"]),
        ("唐朝都城长安是当时世界上最大的城市。", ["唐朝", "长安"]),
        ("元朝时马可波罗到访威尼斯。", ["元朝", "马可波罗", "威尼斯"]),
    ],
)
def test_the_place_itself_keeps_its_gloss(names: Annotator, text: str, expected: list[str]) -> None:
    assert glossed(text, names) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("主力中卫受伤缺阵，主教练只能临时变阵。", []),  # 教练 "sports coach": sports copy
        ("他的朋友圈文案被网友称为凡尔赛文学。", ["朋友圈"]),  # unquoted: the nicknaming verb and the genre
        ("下课后他回到宁夏中卫。", ["宁夏", "中卫"]),  # 下课 "to finish class" is no word of sport
        ("比赛结束后他用德语接受采访。", ["德语"]),  # an untyped name tagged as a word (a language) is no jargon
        ("他被称为北京人。", ["北京"]),
    ],
)
def test_more_of_the_kind_from_the_s49_engineers_set(names: Annotator, text: str, expected: list[str]) -> None:
    assert glossed(text, names) == expected
