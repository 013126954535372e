"""`zhgloss check` with CC-CEDICT's one-character abbreviations: 访华 "visited China" renders 华, not unexpected 中国.

CC-CEDICT keeps 华 "abbr. for China", 京 "abbr. for Beijing", 德 "Germany; German" and 韩 "Korea" as entries of
their own beside 中国, 北京, 德国 and 韩国. A single character is glossed nowhere (zhgloss.glossable), and the
target matcher credits the English to one entry, so a translation that rendered the source's 访华, 在京 or
德企 was reported `unexpected 中国` / `北京` / `德意志` (user test, thirteenth session). And a relation written with
them (中美 "China-USA") is rendered by its parts' names in any order: "China-US relations" was `missing 中美` and
`unexpected 美国`. English grammar's forms of a name render it too: "Chinese economic growth" for 中国经济增长,
"American officials", "Japanese companies", "nine Oscars" were each `missing`.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.check import _english_runs, checker_for
from zhgloss.formats.bilingual import Segment
from zhgloss.model import Entry
from zhgloss.store import Glossary

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory, zhgloss_exe: str) -> Path:
    db = tmp_path_factory.mktemp("abbr") / "cedict.json"
    done = subprocess.run(
        [
            zhgloss_exe,
            "import",
            str(DATA / "cedict_abbreviations.u8"),
            "--format",
            "cedict",
            "--proper-only",
            "--db",
            str(db),
        ],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return db


def _problems(zhgloss_exe: str, db: Path, tmp_path: Path, pairs: list[tuple[str, str]]) -> list[str]:
    tsv = tmp_path / "pairs.tsv"
    tsv.write_text("".join(f"{zh}\t{en}\n" for zh, en in pairs), encoding="utf-8")
    done = subprocess.run([zhgloss_exe, "check", str(tsv), "--db", str(db)], capture_output=True, check=False)
    assert done.returncode in (0, 1), done.stderr
    return done.stdout.decode("utf-8").splitlines()


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # An abbreviation the source writes renders the English it shares with the name.
        ("习近平访华。", "Xi Jinping visited China."),
        ("会议在京举行。", "The meeting was held in Beijing."),
        ("德企在华投资。", "German companies invest in China."),
        ("日方表示关切。", "Japan expressed concern."),
        # A run of the target name's words: 韩's alias is "Korea".
        ("韩方表示关切。", "South Korea expressed concern."),
        # A relation written with one-character names, by the names of its parts, in any order.
        ("中美关系紧张。", "China-US relations are tense."),
        ("中美关系紧张。", "US-China relations are tense."),
        ("中美关系紧张。", "Relations between the United States and China are tense."),
        # 中日 is a part of its own; 韩 shares "Korea" with 韩国's "South Korea".
        ("中日韩峰会在京举行。", "The China-Japan-South Korea summit was held in Beijing."),
        ("中日韩峰会在京举行。", "The summit of China, Japan and South Korea was held in Beijing."),
        # A form English grammar asks for.
        # 中 "China; Chinese" is written inside 中国 and shares "China" with it; no matcher holds 中.
        ("中国经济增长放缓。", "Chinese economic growth slowed."),
        # The people: 美国人 "American", 俄罗斯人 "Russian (person)", 日本人 "Japanese person or people".
        ("美国官员表示。", "American officials said."),
        ("俄罗斯石油出口增加。", "Russian oil exports rose."),
        ("日本企业表示。", "Japanese companies said."),
        # A plural of the name's own form.
        ("该片获得九项奥斯卡奖。", "The film won nine Oscars."),
    ],
)
def test_the_source_writes_what_the_target_renders(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, source: str, target: str
) -> None:
    assert _problems(zhgloss_exe, glossary, tmp_path, [(source, target)]) == []


def test_a_name_the_source_writes_in_no_form_is_still_unexpected(
    zhgloss_exe: str, glossary: Path, tmp_path: Path
) -> None:
    pairs = [
        ("会议在上海举行。", "The meeting was held in Beijing."),
        ("他访问了德国。", "He visited Japan."),
        # 华 is written, but it renders China, not Japan.
        ("他访华。", "He visited Japan."),
    ]
    assert _problems(zhgloss_exe, glossary, tmp_path, pairs) == [
        '1: missing 上海: found nothing, expected "Shanghai"',
        '1: unexpected 北京: found "Beijing", expected 北京 in the source',
        '2: missing 德国: found nothing, expected "Germany"',
        '2: unexpected 日本: found "Japan", expected 日本 in the source',
        '3: unexpected 日本: found "Japan", expected 日本 in the source',
    ]


def test_a_relation_with_a_part_unrendered_is_still_missing(zhgloss_exe: str, glossary: Path, tmp_path: Path) -> None:
    assert _problems(zhgloss_exe, glossary, tmp_path, [("中美关系紧张。", "China-Japan relations are tense.")]) == [
        '1: missing 中美: found "China-Japan", expected "China-USA" (\'China-Japan\' is the glossary\'s name for 中日)'
    ]
    assert _problems(zhgloss_exe, glossary, tmp_path, [("中日韩峰会。", "The China-Japan summit.")]) == [
        '1: missing 中日韩: found "China-Japan", expected "China, Japan and Korea" '
        "('China-Japan' is the glossary's name for 中日)"
    ]


def test_a_grammatical_form_renders_only_its_own_name(zhgloss_exe: str, glossary: Path, tmp_path: Path) -> None:
    pairs = [
        ("中国经济增长放缓。", "Japanese economic growth slowed."),
        # A common word of an abbreviation's forms is no rendering: 中's are names only ("in" is never one).
        ("中国经济增长放缓。", "Growth in the economy slowed."),
        # Nor its romanization: 中 "surname Zhong" is another person's name.
        ("中国经济增长放缓。", "Zhong said growth slowed."),
    ]
    assert _problems(zhgloss_exe, glossary, tmp_path, pairs) == [
        '1: missing 中国: found nothing, expected "China"',
        '2: missing 中国: found nothing, expected "China"',
        '3: missing 中国: found nothing, expected "China"',
    ]


def test_a_persons_name_is_not_rendered_by_its_characters(glossary: Path, tmp_path: Path) -> None:
    db = tmp_path / "own.json"
    db.write_bytes(glossary.read_bytes())
    with Glossary.open(db) as gloss:
        gloss.add(Entry(id="han-mei", type="person", zh="韩美", pinyin="Hán Měi", en="Han Mei"))
        report = checker_for(gloss).check(
            [Segment(1, "韩美说。", "Korea and the US said."), Segment(2, "韩美说。", "The Han Meis said.")]
        )
    # Nor by a plural: "the Han Meis" are a family, not the person (a near miss at best).
    assert [(p.segment, p.kind, p.source) for p in report.problems if p.kind != "unexpected"] == [
        (1, "missing", "韩美"),
        (2, "misspelt", "韩美"),
    ]


@given(st.lists(st.from_regex(r"[A-Za-z]{1,6}", fullmatch=True), min_size=1, max_size=5))
def test_english_runs_are_the_name_then_every_shorter_run_of_its_words(words: list[str]) -> None:
    name = " ".join(words)
    runs = _english_runs(name)
    n = len(words)
    assert runs[0] == name
    assert len(runs) == n * (n + 1) // 2
    assert all(f" {run} " in f" {name} " for run in runs)
    assert [len(run.split()) for run in runs[1:]] == sorted((len(run.split()) for run in runs[1:]), reverse=True)
