"""`zhgloss check` with a glossary that names a language by its adjective: 中文 "Chinese", 俄语 "Russian".

imp's branch (thirty-fifth session, issue 9 item 1) names CC-CEDICT's languages as a translator writes them: 德语
"German", alias "German language" (a user's own glossary may do so too). CC-CEDICT's one-character names 中 "China;
Chinese" and 俄 "Russia; Russian" share that adjective, and `check` took 中文 "Chinese" and 俄语 "Russian" for second
names 中 and 俄 may stand for: 中方 "China expressed ...", 中欧 "China-EU" and 俄乌 "Russia-Ukraine" were reported
missing (8 false misses in tests/test_check_pairs_s29.py with the branch's import). An adjective is the country's,
its people's and its language's at once: the source decides which one a translation's "Chinese" renders (中方,
中国: the country's; 中文: the language's). Rule: `_Abbreviations.adjectives`.

The glossary: real CC-CEDICT lines (tests/data/cedict_check_languages_s36.u8) imported by the installed script,
the languages added by `zhgloss add` as the branch's import writes them (CC-CEDICT's 中文 "Chinese language").
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cedict_check import check_lines, import_cedict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhgloss.check import checker_for, demonyms
from zhgloss.formats.bilingual import Segment
from zhgloss.model import Entry
from zhgloss.store import Glossary

# The languages of CC-CEDICT's lines (中文 "Chinese language", 汉语 "Chinese language/CL:门", 俄语 "Russian
# (language)", 日语 "Japanese language", 德语 "German (language)") named by their adjective, the kind an alias.
LANGUAGES = [
    ("中文", "Chinese", "Chinese language"),
    ("汉语", "Chinese", "Chinese language"),
    ("俄语", "Russian", "Russian language"),
    ("日语", "Japanese", "Japanese language"),
    ("德语", "German", "German language"),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory, zhgloss_exe: str) -> Path:
    db = import_cedict(zhgloss_exe, "cedict_check_languages_s36.u8", tmp_path_factory.mktemp("lang") / "cedict.json")
    for zh, en, alias in LANGUAGES:
        args = [zhgloss_exe, "--db", str(db), "add", zh, "--type", "name", "--en", en, "--alias", alias, "--yes"]
        done = subprocess.run(args, capture_output=True, stdin=subprocess.DEVNULL, check=False)
        assert done.returncode == 0, done.stderr
    return db


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # 中方 written as an abbreviation (中 and a noun): the country's name or its adjective renders it.
        ("中方对此表示强烈不满。", "China expressed strong dissatisfaction."),
        ("中美关系正在改善，中方官员说。", "Sino-US relations are improving, Chinese officials said."),
        ("日方表示关切。", "Japan expressed concern."),
        ("德方表示关切。", "The German side expressed concern."),
        ("俄方表示关切。", "Russia expressed concern."),
        # A relation of one-character names, by its parts' names.
        ("中欧峰会将于下月在北京举行。", "A China-EU summit will be held in Beijing next month."),
        ("俄乌冲突仍在持续。", "The Russia-Ukraine conflict continues."),
        ("中乌两国签署合作文件。", "China and Ukraine signed cooperation documents."),
        # The country's adjective, with its language named so in the glossary.
        ("中国官员表示。", "Chinese officials said."),
        ("俄罗斯官员表示。", "Russian officials said."),
        ("日本企业表示。", "Japanese companies said."),
        # The language itself where the source names it.
        ("他会说中文。", "He speaks Chinese."),
        ("他会说汉语和俄语。", "He speaks Chinese and Russian."),
    ],
)
def test_an_adjective_renders_what_the_source_names(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == []


@pytest.mark.parametrize(
    ("source", "target", "problems"),
    [
        # The adjective of another country or language is no rendering.
        ("他会说俄语。", "He speaks Japanese.", ['missing 俄语: found nothing, expected "Russian"']),
        ("他会说中文。", "He speaks Russian.", ['missing 中文: found nothing, expected "Chinese"']),
        (
            "中方表示关切。",
            "The Russian side expressed concern.",
            ['missing 中方: found nothing, expected "Chinese side"'],
        ),
        (
            "俄方表示关切。",
            "China expressed concern.",
            # (A character written as an abbreviation excuses its name; it is not owed one: 访华 "He visited Japan"
            # is reported so in test_check_abbreviations.py.)
            ['unexpected 中国: found "China", expected 中国 in the source'],
        ),
        (
            "中乌两国签署合作文件。",
            "China and Russia signed cooperation documents.",
            [
                'missing 乌: found nothing, expected "Ukraine"'
                " (a part of 中乌, whose other parts the translation renders)",
                'unexpected 俄罗斯: found "Russia", expected 俄罗斯 in the source',
            ],
        ),
    ],
)
def test_an_adjective_of_another_name_is_still_reported(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str, problems: list[str]
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == [f"1: {p}" for p in problems]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.from_regex(r"[A-Z][a-z]{3,9}", fullmatch=True),
    pick=st.integers(min_value=0, max_value=20),
)
def test_a_language_named_by_the_countrys_adjective_leaves_its_character_one_name(
    tmp_path: Path, name: str, pick: int
) -> None:
    # Any country: 丙 "Name; Adjective" and 丙国 "Name", CC-CEDICT's shape of 中/中国, 俄/俄罗斯; its language 丙语
    # named by the adjective. 丙方 is then rendered by the country's name, and 丙 stands for one name.
    adjectives = sorted(demonyms(name))
    adjective = adjectives[pick % len(adjectives)]
    db = tmp_path / f"{name}-{pick}.json"
    db.unlink(missing_ok=True)
    with Glossary.open(db, must_exist=False) as gloss:
        gloss.add(Entry(id="bing", type="place", zh="丙", pinyin="Bǐng", en=name, aliases=[adjective]))
        gloss.add(Entry(id="bingguo", type="place", zh="丙国", pinyin="Bǐngguó", en=name))
        gloss.add(
            Entry(id="bingyu", type="name", zh="丙语", pinyin="Bǐngyǔ", en=adjective, aliases=[f"{adjective} language"])
        )
        report = checker_for(gloss).check([Segment(1, "丙方表示关切。", f"{name} expressed concern.")])
    assert [str(p.kind) for p in report.failing()] == []


@pytest.fixture(scope="module")
def languages_as_written(tmp_path_factory: pytest.TempPathFactory, zhgloss_exe: str) -> Path:
    # The languages as CC-CEDICT's lines write them (德语 "German (language)", 中文 "Chinese language"), as the import
    # stored them before imp's a30efe4 and as a glossary of one's own may: "X language".
    db = import_cedict(zhgloss_exe, "cedict_check_languages_s36.u8", tmp_path_factory.mktemp("lang_lines") / "c.json")
    for zh, en, _ in LANGUAGES:
        args = [zhgloss_exe, "--db", str(db), "add", zh, "--type", "name", "--en", f"{en} language", "--yes"]
        done = subprocess.run(args, capture_output=True, stdin=subprocess.DEVNULL, check=False)
        assert done.returncode == 0, done.stderr
    return db


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # English names a language by its adjective alone; the source's 德语 says it is the language (at most a
        # `variant` where the glossary's form is "German language").
        ("他能说流利的德语和日语。", "He speaks fluent German and Japanese."),
        ("许多日本游客学习汉语。", "Many Japanese tourists are learning Chinese."),
        ("他会说中文。", "He speaks Chinese."),
        ("他会说俄语。", "He speaks Russian."),
    ],
)
def test_a_language_is_named_by_its_adjective_alone(
    zhgloss_exe: str, languages_as_written: Path, tmp_path: Path, source: str, target: str
) -> None:
    said = check_lines(zhgloss_exe, languages_as_written, tmp_path, [(source, target)])
    assert [p for p in said if ": variant " not in p] == []


def test_another_language_is_still_missing(zhgloss_exe: str, languages_as_written: Path, tmp_path: Path) -> None:
    said = check_lines(zhgloss_exe, languages_as_written, tmp_path, [("他会说德语。", "He speaks Japanese.")])
    assert said == ['1: missing 德语: found nothing, expected "German language"']
