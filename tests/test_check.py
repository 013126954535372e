"""The translation check (zhgloss.check) and the bilingual readers (zhgloss.formats.bilingual).

The sentences are news sentences about the articles' people and companies, checked against
the bundled glossary; each expected problem below was worked out by hand from the glossary.
"""

from __future__ import annotations

import io
import itertools
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from strategies import ENTRIES

from zhgloss.annotate import Annotator
from zhgloss.check import (
    DEFAULT_FAIL_ON,
    KINDS,
    MAX_RUN,
    Checker,
    CheckReport,
    is_checked,
    is_wording,
    name_entries,
    parse_kinds,
    surname,
)
from zhgloss.errors import FormatError, UsageError
from zhgloss.formats.bilingual import (
    Segment,
    decode_lines,
    load_bilingual,
    load_parallel,
    load_tsv,
    load_xliff,
    normalize_target,
)
from zhgloss.model import Entry, ForbiddenForm
from zhgloss.script import INVISIBLE_MARKS, ZERO_WIDTH_SPACE, without_invisibles

DATA = Path(__file__).resolve().parent / "data"
BY_ID = {e.id: e for e in ENTRIES}
CHECKER = Checker(Annotator(ENTRIES), Annotator(name_entries(ENTRIES)))


def run(*pairs: tuple[str, str | None]) -> CheckReport:
    """Check a document given as (source, target) pairs."""
    return CHECKER.check(Segment(n, s, t, line=n) for n, (s, t) in enumerate(pairs, 1))


def found(*pairs: tuple[str, str | None]) -> list[tuple[int, str, str, str | None, str]]:
    """The problems of a document as (segment, kind, source, found, expected)."""
    return [(p.segment, p.kind, p.source, p.found, p.expected) for p in run(*pairs).problems]


def read_pairs(stem: str) -> list[tuple[str, str]]:
    zh = (DATA / f"{stem}.zh.txt").read_text(encoding="utf-8").split("\n")[:-1]
    en = (DATA / f"{stem}.en.txt").read_text(encoding="utf-8").split("\n")[:-1]
    return list(zip(zh, en, strict=True))


CLEAN = read_pairs("check_clean")


def test_the_bundled_glossary_has_the_articles_names() -> None:
    # The expectations below are written against these entries.
    for entry_id, zh, en in [
        ("lei-jun", "雷军", "Lei Jun"),
        ("wang-xiang", "王翔", "Wang Xiang"),
        ("zou-tao", "邹涛", "Zou Tao"),
        ("jack-ma", "马云", "Jack Ma"),
        ("liu-qiangdong", "刘强东", "Liu Qiangdong"),
        ("xiaomi-group", "小米集团", "Xiaomi Group"),
        ("leibusi", "雷布斯", "Leibusi"),
    ]:
        assert (BY_ID[entry_id].zh, BY_ID[entry_id].en) == (zh, en)
    assert "Ma Yun" in BY_ID["jack-ma"].aliases
    assert BY_ID["leibusi"].refers_to == "lei-jun"
    assert BY_ID["stock-3888-hk"].refers_to == "kingsoft"


# Whole documents


def test_clean_translation_has_no_problems() -> None:
    report = run(*CLEAN)
    assert report.problems == []
    assert report.segments == len(CLEAN)
    assert report.untranslated == []  # the blank line pair is a paragraph break, not a gap


def test_every_kind_is_caught_in_the_problem_document() -> None:
    assert found(*read_pairs("check_problems")) == [
        (1, "missing", "王翔", None, "Wang Xiang"),
        (2, "variant", "刘强东", "Richard Liu", "Liu Qiangdong"),
        (3, "order", "雷军", "Jun Lei", "Lei Jun"),
        (4, "misspelt", "邹涛", "Zuo Tao", "Zou Tao"),
        (5, "inconsistent", "马云", "Ma Yun", "Jack Ma"),
        (7, "missing", "雷军", None, "Lei Jun"),
        (8, "unexpected", "", "Steve Jobs", "史蒂夫·乔布斯"),
        (9, "variant", "小米集团", "Xiaomi", "Xiaomi Group"),
        (10, "variant", "雷布斯", "Lei Jun", "Leibusi"),
        (11, "misspelt", "刘强东", "Liu Qiandong", "Liu Qiangdong"),
    ]


def test_problem_spans_point_at_what_was_found() -> None:
    pairs = read_pairs("check_problems")
    for problem in run(*pairs).problems:
        target = pairs[problem.segment - 1][1]
        if problem.found is None:
            assert problem.span is None
        else:
            assert problem.span is not None
            assert target[problem.span[0] : problem.span[1]] == problem.found


# Each kind


def test_missing_name() -> None:
    assert found(
        ("2019年底，王翔出任小米集团总裁。", "At the end of 2019, the new president of Xiaomi Group took office.")
    ) == [(1, "missing", "王翔", None, "Wang Xiang")]


def test_two_mentions_need_two_renderings() -> None:
    report = run(
        (
            "雷军辞去金山软件执行董事，但雷军仍担任小米董事长。",
            "Lei Jun left Kingsoft's board but remains chairman of Xiaomi.",
        )
    )
    assert [(p.kind, p.source, p.found) for p in report.problems] == [("missing", "雷军", None)]
    assert report.problems[0].note == "the source names it 2 times, the translation 1"


def test_two_mentions_two_renderings_is_clean() -> None:
    assert found(("雷军表示，雷军不喜欢这个外号。", "Lei Jun said that Lei Jun did not like the nickname.")) == []


def test_surname_alone_is_a_second_reference() -> None:
    # News style: the full name once, then the surname ("Lei also became...").
    assert (
        found(
            (
                "雷军曾担任金山软件首席执行官，雷军也是小米的创始人。",
                "Lei Jun was CEO of Kingsoft; Lei also founded Xiaomi.",
            )
        )
        == []
    )
    assert found(("马云退休了。", "Jack Ma retired."), ("马云是老师。", "Ma was a teacher.")) == []


def test_surname_alone_before_the_full_name_is_a_variant_not_missing() -> None:
    # User-tester D11: the name is there, so never "found nothing"; a first mention should be in full (a warning).
    [problem] = run(("雷军创办了小米。", "Lei founded Xiaomi.")).problems
    assert (problem.kind, problem.found, problem.expected) == ("variant", "Lei", "Lei Jun")
    assert problem.note == "the family name alone, before the translation names Lei Jun in full"


def test_a_family_name_the_entry_lists_as_an_alias_is_still_a_second_reference() -> None:
    # User test: 埃隆·马斯克 lists "Musk" as an alias, so the engine took "Musk" for a whole rendering of its own,
    # and "Elon Musk visited. Musk said." was `inconsistent` (exit 1) where "Lei Jun ... Lei said" passes.
    assert found(("马斯克访问了上海。", "Elon Musk visited Shanghai."), ("马斯克说。", "Musk said.")) == []
    [problem] = run(("马斯克说。", "Musk said."), ("马斯克访问了上海。", "Elon Musk visited Shanghai.")).problems
    assert (problem.kind, problem.found, problem.expected) == ("variant", "Musk", "Elon Musk")
    assert problem.note == "the family name alone, before the translation names Elon Musk in full"
    # Another whole rendering is still another rendering.
    [problem] = run(
        ("马斯克访问了上海。", "Elon Musk visited Shanghai."), ("马斯克说。", "Elon Reeve Musk said.")
    ).problems
    assert (problem.kind, problem.found) == ("inconsistent", "Elon Reeve Musk")


@pytest.mark.parametrize(
    ("target", "unexpected"),
    [
        # A one-word personal name inside a longer name the glossary lacks names whoever that is (user test: a
        # CC-CEDICT glossary flagged "Jack" of Jack Ma and "Richard" of Richard Liu as 杰克 and 理查德 unexpected).
        ("Jack Ma visited Hangzhou.", []),
        ("Lei Jun and Richard Liu visited Hangzhou.", []),
        ("He met Tim Cook in Hangzhou.", []),
        # Alone, or first in a sentence before it, it is still the name the source lacks.
        ("Yesterday Jack visited Hangzhou.", ["Jack"]),
        ("He visited Hangzhou with Richard.", ["Richard"]),
        ("He said so. Richard visited Hangzhou.", ["Richard"]),
        # Unless it is a word English writes in lower case and only a sentence's start capitalises it
        # (zhgloss.english_case): "Cook the noodles." names nobody (acceptance tester, s20).
        ("Jack visited Hangzhou.", []),
        ("He said so. Cook visited Hangzhou.", []),
        ("He said so. Cook visited Hangzhou, and Cook left.", ["Cook", "Cook"]),
    ],
)
def test_a_one_word_name_inside_a_longer_name_is_not_unexpected(target: str, unexpected: list[str]) -> None:
    entries = [
        Entry(id="jack", type="person", zh="杰克", pinyin="Jiékè", en="Jack", en_adopted=True, note="Jack (name)"),
        Entry(id="richard", type="person", zh="理查德", pinyin="Lǐchádé", en="Richard", en_adopted=True),
        Entry(id="cook", type="person", zh="库克", pinyin="Kùkè", en="Cook", en_adopted=True),
        Entry(id="hangzhou", type="place", zh="杭州", pinyin="Hángzhōu", en="Hangzhou"),
    ]
    report = _checker(entries).check([Segment(1, "他访问了杭州。", target)])
    assert [p.found for p in report.problems if p.kind == "unexpected"] == unexpected


def test_an_alias_that_is_a_family_name_of_ones_own_glossary() -> None:
    entries = [
        Entry(
            id="tim-cook",
            type="person",
            zh="蒂姆·库克",
            zh_aliases=("库克",),
            pinyin="Dìmǔ Kùkè",
            en="Tim Cook",
            en_adopted=True,
            aliases=("Cook", "Timothy Cook"),
        )
    ]
    segments = [Segment(1, "蒂姆·库克来到北京。", "Tim Cook came to Beijing."), Segment(2, "库克表示。", "Cook said.")]
    assert _checker(entries).check(segments).problems == []


@pytest.mark.parametrize(
    ("entry_id", "expected"), [("lei-jun", "Lei"), ("jack-ma", "Ma"), ("liu-qiangdong", "Liu"), ("steve-jobs", "Jobs")]
)
def test_surname_of_a_person(entry_id: str, expected: str) -> None:
    assert surname(BY_ID[entry_id]) == expected


def test_surname_only_for_people() -> None:
    assert surname(BY_ID["xiaomi-group"]) is None


def test_variant_is_an_accepted_non_preferred_form() -> None:
    report = run(("马云从阿里巴巴退休。", "Ma Yun retired from Alibaba."))
    assert [(p.kind, p.found, p.expected) for p in report.problems] == [("variant", "Ma Yun", "Jack Ma")]
    assert report.failing(DEFAULT_FAIL_ON) == []


def test_other_case_of_the_preferred_form_is_a_variant_unless_the_glossary_stores_it() -> None:
    # EqualOcean writes surnames in capitals, and the glossary stores "LEI Jun": it passes.
    assert found(("雷军辞职。", "LEI Jun resigned.")) == []
    # A case the glossary does not store is accepted, with a warning (issue 10), never silence.
    report = run(("雷军辞职。", "LEI JUN resigned."))
    assert [(p.kind, p.found, p.expected) for p in report.problems] == [("variant", "LEI JUN", "Lei Jun")]
    assert report.failing(DEFAULT_FAIL_ON) == []


def test_gloss_in_brackets_after_the_rendering_is_no_variant() -> None:
    assert found(("刘强东已卸任。", "Liu Qiangdong (Richard Liu) has stepped down.")) == []


def test_chinese_left_in_the_target_is_ignored() -> None:
    assert found(("雷军辞职。", "Lei Jun (雷军) resigned.")) == []


@pytest.mark.parametrize(
    ("source", "target", "reversed_name", "expected"),
    [
        ("雷军辞去执行董事一职。", "Jun Lei resigned as an executive director.", "Jun Lei", "Lei Jun"),
        ("刘强东已卸任。", "Qiangdong Liu has stepped down.", "Qiangdong Liu", "Liu Qiangdong"),
        ("王翔出任总裁。", "Xiang Wang became president.", "Xiang Wang", "Wang Xiang"),
    ],
)
def test_order_reversed_name(source: str, target: str, reversed_name: str, expected: str) -> None:
    assert found((source, target)) == [(1, "order", _zh(expected), reversed_name, expected)]


def _zh(en: str) -> str:
    return next(e.zh for e in ENTRIES if e.en == en and e.zh)


@pytest.mark.parametrize(
    ("source", "target", "miss", "expected"),
    [
        ("在金山软件，邹涛领导管理团队。", "At Kingsoft, Zuo Tao leads the management team.", "Zuo Tao", "Zou Tao"),
        ("京东创始人刘强东已卸任。", "JD.com founder Liu Qiandong has stepped down.", "Liu Qiandong", "Liu Qiangdong"),
        ("王翔出任总裁。", "Wang Xiong became president.", "Wang Xiong", "Wang Xiang"),
        # The first word is a name of its own (Kingsoft, Xiaomi): the near miss takes it in.
        ("金山软件分拆出了金山云。", "Kingsoft spun off Kingsoft Clowd.", "Kingsoft Clowd", "Kingsoft Cloud"),
        ("小米集团发布财报。", "Xiaomi Grup published its results.", "Xiaomi Grup", "Xiaomi Group"),
    ],
)
def test_misspelt_near_miss(source: str, target: str, miss: str, expected: str) -> None:
    zh = next(e.zh for e in ENTRIES if expected in e.en_forms and e.zh and e.zh in source)
    assert found((source, target)) == [(1, "misspelt", zh, miss, expected)]


def test_unrelated_capitalised_words_are_no_misspelling() -> None:
    assert found(("邹涛领导管理团队。", "Zhang Wei leads the Tokyo team.")) == [(1, "missing", "邹涛", None, "Zou Tao")]


def test_inconsistent_across_segments_points_at_the_non_preferred_rendering() -> None:
    report = run(
        ("马云从阿里巴巴退休。", "Ma Yun retired from Alibaba."), ("马云是一名老师。", "Jack Ma was a teacher.")
    )
    assert [(p.segment, p.kind, p.found, p.expected, p.note) for p in report.problems] == [
        (1, "inconsistent", "Ma Yun", "Jack Ma", "as in segment 2")
    ]


def test_inconsistent_without_the_preferred_form_keeps_the_most_used() -> None:
    report = run(
        ("刘强东已卸任。", "Richard Liu has stepped down."),
        # (Was "Liu Qiangdong (Richard)", an alias the bundled glossary dropped in session 33: a bracketed note, no
        # form of the name; "Richard Liu Qiangdong" is another alias, and the preferred form is still in no segment.)
        ("刘强东创办了京东。", "Richard Liu Qiangdong founded JD.com."),
        ("刘强东仍是董事长。", "Richard Liu remains chairman."),
    )
    assert [(p.segment, p.kind, p.found, p.expected) for p in report.problems] == [
        (1, "variant", "Richard Liu", "Liu Qiangdong"),
        (2, "inconsistent", "Richard Liu Qiangdong", "Richard Liu"),
        (3, "variant", "Richard Liu", "Liu Qiangdong"),
    ]


def test_inconsistent_within_one_segment() -> None:
    report = run(("马云说，马云不会回来。", "Ma Yun said Jack Ma would not return."))
    assert [(p.kind, p.found, p.expected, p.note) for p in report.problems] == [
        ("inconsistent", "Ma Yun", "Jack Ma", "as elsewhere in this segment")
    ]


def test_the_same_variant_throughout_is_consistent() -> None:
    report = run(("马云退休了。", "Ma Yun retired."), ("马云是老师。", "Ma Yun was a teacher."))
    assert [p.kind for p in report.problems] == ["variant", "variant"]


def test_unexpected_name_not_in_the_source() -> None:
    report = run(("2010年，雷军创办了小米。", "In 2010, Lei Jun founded Xiaomi, following the example of Steve Jobs."))
    assert [(p.kind, p.found, p.expected, p.entry.id) for p in report.problems] == [
        ("unexpected", "Steve Jobs", "史蒂夫·乔布斯", "steve-jobs")
    ]


def test_nickname_rendered_by_the_person_is_a_variant_not_unexpected() -> None:
    report = run(("雷布斯再次站上发布会的舞台。", "Lei Jun took the launch stage again."))
    assert [(p.kind, p.source, p.found, p.expected, p.note) for p in report.problems] == [
        ("variant", "雷布斯", "Lei Jun", "Leibusi", "雷布斯 is a nickname of 雷军")
    ]


def test_nickname_added_for_the_person_is_not_unexpected() -> None:
    assert found(("网友给雷军起了外号。", 'Netizens nicknamed Lei Jun "Leibusi".')) == []


def test_stock_code_and_company_are_not_unexpected_either_way() -> None:
    assert found(("金山软件股价上涨。", "Shares of Kingsoft (3888:HKEX) rose.")) == []
    assert found(("金山软件（03888.HK）股价上涨。", "Shares of Kingsoft (3888:HKEX) rose.")) == []
    report = run(("03888.HK股价上涨。", "Kingsoft shares rose."))
    assert [(p.kind, p.source, p.found, p.expected) for p in report.problems] == [
        ("variant", "03888.HK", "Kingsoft", "3888:HKEX")
    ]


def test_company_rendered_by_a_shorter_name_is_one_problem() -> None:
    # "Xiaomi" is Xiaomi Group without its group word, and the glossary's name for 小米: a variant (a warning), as
    # an alias is, that names the preferred form; not `missing` plus `unexpected 小米`.
    report = run(("小米集团股价首次突破40港元。", "Xiaomi's share price topped HK$40 for the first time."))
    assert [(p.kind, p.found, p.expected, p.note) for p in report.problems] == [
        ("variant", "Xiaomi", "Xiaomi Group", "'Xiaomi' is the glossary's name for 小米, the name without 'Group'")
    ]


def test_another_company_is_still_missing() -> None:
    # Kingsoft is no shorter name of Xiaomi Group: the glossary's name for 金山软件 is not taken for it.
    report = run(("小米集团股价上涨。", "Kingsoft's shares rose."))
    assert [(p.kind, p.found) for p in report.problems] == [("missing", None), ("unexpected", "Kingsoft")]


def test_longest_name_wins_in_both_languages() -> None:
    assert found(("金山软件分拆出了金山办公和金山云。", "Kingsoft spun off Kingsoft Office and Kingsoft Cloud.")) == []


def test_traditional_source() -> None:
    assert found(("馬雲和劉強東已退休。", "Jack Ma and Liu Qiangdong have retired.")) == []
    assert found(("鄒濤領導金山軟件。", "Zuo Tao leads Kingsoft.")) == [(1, "misspelt", "鄒濤", "Zuo Tao", "Zou Tao")]


def test_phrase_is_checked_by_its_own_forms() -> None:
    assert found(("雷军的座右铭是顺势而为。", "Lei Jun's motto is go with the flow.")) == []
    assert found(("雷军的座右铭是顺势而为。", "Lei Jun's motto is to ride the trend.")) == [
        (1, "variant", "顺势而为", "ride the trend", "go with the flow")
    ]
    assert found(("雷军的座右铭是顺势而为。", "Lei Jun's motto is to follow the tide.")) == [
        (1, "missing", "顺势而为", None, "go with the flow")
    ]


def test_phrase_in_the_target_alone_is_not_unexpected() -> None:
    assert found(("雷军辞职。", "Lei Jun resigned, going with the flow: a high-end strategy.")) == []


def test_untranslated_segments_are_skipped_and_counted() -> None:
    report = run(("王翔出任总裁。", None), ("", ""), ("邹涛领导团队。", "  "), ("雷军辞职。", "Lei Jun resigned."))
    assert report.problems == []
    assert report.untranslated == [1, 3]
    assert report.segments == 4


def test_segments_without_names_are_fine() -> None:
    assert found(("今天天气很好。", "The weather is fine today.")) == []


def test_name_added_to_a_segment_whose_source_names_nobody_is_unexpected() -> None:
    assert found(("今天天气很好。", "Lei Jun said the weather is fine today.")) == [
        (1, "unexpected", "", "Lei Jun", "雷军")
    ]


# Glossaries of one's own


def _checker(entries: list[Entry]) -> Checker:
    return Checker(Annotator(entries), Annotator(name_entries(entries)))


def test_entries_sharing_an_english_form_render_each_other() -> None:
    # Two people romanised alike: the target matcher credits one, the source names the other.
    entries = [
        Entry(id="wang-xiang", zh="王翔", pinyin="Wáng Xiáng", en="Wang Xiang"),
        Entry(id="wang-xiang-2", zh="王祥", pinyin="Wáng Xiáng", en="Wang Xiang"),
    ]
    report = _checker(entries).check([Segment(1, "王祥发表讲话。", "Wang Xiang gave a speech.")])
    assert report.problems == []


def test_dictionary_terms_are_not_checked() -> None:
    entries = [
        Entry(id="lei-jun", zh="雷军", pinyin="Léi Jūn", en="Lei Jun"),
        Entry(id="ci-qu", type="term", zh="辞去", en="to resign"),
        Entry(id="nian", type="name", zh="年", en="year"),
    ]
    assert not is_checked(entries[1])
    assert not is_checked(entries[2])
    report = _checker(entries).check([Segment(1, "2020年，雷军辞去职务。", "In 2020, Lei Jun stepped down.")])
    assert report.problems == []


def test_checker_with_one_matcher_gives_the_same_problems() -> None:
    pairs = read_pairs("check_problems")
    segments = [Segment(n, s, t) for n, (s, t) in enumerate(pairs, 1)]
    one = Checker(Annotator(ENTRIES)).check(segments)
    assert [p.to_dict() for p in one.problems] == [p.to_dict() for p in CHECKER.check(segments).problems]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([p for p in CLEAN if p[0]]), min_size=1, max_size=12))
def test_any_document_of_clean_segments_is_clean(pairs: list[tuple[str, str]]) -> None:
    assert run(*pairs).problems == []


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(read_pairs("check_problems") + CLEAN),
    st.text(
        alphabet=st.sampled_from(list("Lei Jun Zou Tao Ma Yun Jack Xiaomi Group Kingsoft (雷军) ,.'-")), max_size=60
    ),
)
def test_any_target_gives_problems_whose_spans_hold_what_was_found(pair: tuple[str, str], target: str) -> None:
    for problem in run((pair[0], target)).problems:
        assert problem.kind in KINDS
        if problem.span is not None:
            assert target[problem.span[0] : problem.span[1]] == problem.found


# Report and kinds


def test_counts_and_failing() -> None:
    report = run(*read_pairs("check_problems"))
    assert report.counts() == {
        "missing": 2,
        "misspelt": 2,
        "order": 1,
        "variant": 3,
        "inconsistent": 1,
        "unexpected": 1,
        "forbidden": 0,
    }
    assert len(report.failing(DEFAULT_FAIL_ON)) == 7
    assert [p.kind for p in report.failing({"order"})] == ["order"]


def test_report_as_json_marks_what_fails() -> None:
    report = run(("马云退休了。", "Ma Yun retired."), ("王翔出任总裁。", "The new president took office."))
    document = report.to_dict({"missing"})
    assert (document["segments"], document["fail_on"], document["failed"]) == (2, ["missing"], True)
    assert [(p["kind"], p["fails"]) for p in document["problems"]] == [("variant", False), ("missing", True)]
    assert report.to_dict({"order"})["failed"] is False


def test_problem_as_json() -> None:
    problem = run(("邹涛领导团队。", "Zuo Tao leads the team."), ("", "")).problems[0]
    assert problem.to_dict() == {
        "segment": 1,
        "segment_id": None,
        "line": 1,
        "kind": "misspelt",
        "entry_id": "zou-tao",
        "source": "邹涛",
        "found": "Zuo Tao",
        "expected": "Zou Tao",
        "note": None,
        "target_start": 0,
        "target_end": 7,
    }


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("missing", {"missing"}),
        ("missing, Misspelt ,order", {"missing", "misspelt", "order"}),
        ("all", set(KINDS)),
        ("none", set()),
        ("", set()),
    ],
)
def test_parse_kinds(text: str, kinds: set[str]) -> None:
    assert parse_kinds(text) == kinds


def test_parse_kinds_names_the_bad_kind() -> None:
    with pytest.raises(UsageError) as info:
        parse_kinds("missing,mispelt")
    assert str(info.value) == (
        "'mispelt' is not a kind of problem; "
        "choose from missing, misspelt, order, variant, inconsistent, unexpected, forbidden, all or none"
    )


def test_default_fail_on_is_everything_but_variant() -> None:
    assert set(KINDS) - DEFAULT_FAIL_ON == {"variant"}


# Readers


def _bytes(text: str) -> io.BytesIO:
    return io.BytesIO(text.encode("utf-8"))


def test_parallel_files_pair_line_by_line() -> None:
    segments = load_parallel(_bytes("雷军\r\n\n王翔\n"), _bytes("Lei Jun\r\n\nWang Xiang\n"), "a.zh", "a.en")
    assert [(s.number, s.source, s.target, s.line) for s in segments] == [
        (1, "雷军", "Lei Jun", 1),
        (2, "", "", 2),
        (3, "王翔", "Wang Xiang", 3),
    ]


def test_parallel_files_split_only_on_newlines() -> None:
    # U+2028 and form feeds inside a line must not shift the alignment.
    segments = load_parallel(_bytes("雷军\u2028辞职\n"), _bytes("Lei Jun\x0cresigned\n"), "a.zh", "a.en")
    assert len(segments) == 1


def test_parallel_files_with_different_line_counts() -> None:
    with pytest.raises(FormatError) as info:
        load_parallel(_bytes("雷军\n王翔\n邹涛\n"), _bytes("Lei Jun\nWang Xiang\n"), "src.txt", "tgt.txt")
    assert str(info.value) == (
        "'tgt.txt': has 2 lines but the source 'src.txt' has 3 lines; "
        "the two files must be aligned, one segment per line"
    )


def test_a_bom_is_dropped_and_bad_bytes_name_their_line() -> None:
    assert decode_lines("\ufeff雷军\n".encode(), "a") == ["雷军"]
    with pytest.raises(FormatError) as info:
        decode_lines(b"Lei Jun\nZou Tao caf\xe9\n", "b.txt")
    assert str(info.value) == "'b.txt', line 2: is not UTF-8 (byte 19: b'\\xe9'), GB18030 or Big5; save it as UTF-8"
    assert info.value.line == 2


def test_tsv_rows() -> None:
    segments = load_tsv((DATA / "check_pair.tsv").open("rb"), "check_pair.tsv")
    assert [(s.number, s.line) for s in segments] == [(1, 2), (2, 4), (3, 5)]
    # No quoting in TSV: the quotes around "Ma Yun" stay.
    assert segments[2].target == '"Ma Yun" retired from Alibaba, the company he co-founded.'


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            "check_bad_columns.tsv",
            "'check_bad_columns.tsv', line 2: has 3 tab-separated columns; expected 2 (source, target)",
        ),
        ("check_no_tab.tsv", "'check_no_tab.tsv', line 2: has no tab; each row must be: source TAB target"),
    ],
)
def test_malformed_tsv(name: str, message: str) -> None:
    with pytest.raises(FormatError) as info:
        load_tsv((DATA / name).open("rb"), name)
    assert str(info.value) == message


def test_xliff_12() -> None:
    segments = load_xliff((DATA / "check_v12.xlf").open("rb"), "check_v12.xlf")
    assert [(s.number, s.id, s.line) for s in segments] == [
        (1, "p1", 6),
        (2, "p2", 10),
        (3, "p3", 15),
        (4, "p5", 22),
        (5, "p6", 26),
    ]
    # <g> keeps its text, <bpt>/<ept> codes go, translate="no" units are left out.
    assert (
        segments[0].target
        == "As Tianyancha reported on June 20, Lei Jun has resigned as an executive director of Kingsoft."
    )
    assert segments[1].source == "在金山软件，邹涛领导的新一代管理团队已任职多年。"
    assert (
        segments[1].target
        == "At Kingsoft, the new-generation management team led by Zuo Tao has been in place for years."
    )
    assert segments[2].target is None
    assert segments[3].target == "Ma Yun retired from Alibaba."
    assert segments[4].target is None  # state="needs-translation": a copy of the source


def test_xliff_20() -> None:
    segments = load_xliff((DATA / "check_v20.xlf").open("rb"), "check_v20.xlf")
    assert [(s.number, s.id, s.line) for s in segments] == [
        (1, "u1/s1", 5),
        (2, "u1/s2", 12),
        (3, "u2", 19),
        (4, "u3", 25),
    ]
    assert (
        segments[0].target
        == "On February 4, 2025, Xiaomi Group's share price surpassed HK$40 for the first time during trading."
    )
    assert segments[2].source == "网友给他起了个外号叫“雷布斯”。\t在金山软件，邹涛领导管理团队。"  # <cp hex="0009"/>
    assert segments[3].target is None  # state="initial", its target a copy of the source


def test_xliff_problems_carry_the_unit_id() -> None:
    segments = load_xliff((DATA / "check_v12.xlf").open("rb"), "check_v12.xlf")
    report = CHECKER.check(segments)
    assert [(p.segment, p.segment_id, p.line, p.kind) for p in report.problems] == [
        (2, "p2", 10, "misspelt"),
        (4, "p5", 22, "variant"),
    ]
    assert report.untranslated == [3, 5]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("check_malformed.xlf", "'check_malformed.xlf', line 9: is not well-formed XML: mismatched tag (column 7)"),
        (
            "check_entities.xlf",
            "'check_entities.xlf', line 3: uses an entity declaration, which zhgloss refuses for safety",
        ),
        (
            "check_external.xlf",
            "'check_external.xlf', line 2: uses an entity declaration, which zhgloss refuses for safety",
        ),
        # A TMX memory is read since session 33 (U33-27); this one holds no segment at all.
        (
            "check_not_xliff.xml",
            "'check_not_xliff.xml', line 2: is a TMX memory with no Chinese variant (its languages: none); zhgloss "
            "checks Chinese sources (a language tag zh-*, cmn-* or yue-*) against English: export the memory with its "
            "Chinese",
        ),
        (
            "check_reversed.xlf",
            "'check_reversed.xlf', line 2: translates 'en' into 'zh-cn'; "
            "zhgloss checks Chinese sources against English translations",
        ),
    ],
)
def test_malformed_xliff(name: str, message: str) -> None:
    with pytest.raises(FormatError) as info:
        load_xliff((DATA / name).open("rb"), name)
    assert str(info.value) == message


def test_xliff_structure_errors() -> None:
    no_source = (
        '<xliff version="1.2"><file><body>\n<trans-unit id="7"><target>x</target></trans-unit></body></file></xliff>'
    )
    with pytest.raises(FormatError, match=r"line 2: <trans-unit id='7'> has no <source>"):
        load_xliff(_bytes(no_source), "a.xlf")
    with pytest.raises(FormatError, match=r"has XLIFF version '3.0'"):
        load_xliff(_bytes('<xliff version="3.0"/>'), "a.xlf")
    with pytest.raises(FormatError, match=r"<unit id='u1'> has no <segment>"):
        load_xliff(
            _bytes(
                '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0">'
                '<file><unit id="u1"/></file></xliff>'
            ),
            "a.xlf",
        )


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("a.xlf", "雷军\tLei Jun\n", "xliff"),  # the extension says XLIFF (and the content then fails as XML)
        ("a.txt", '<?xml version="1.0"?><xliff version="1.2"><file><body/></file></xliff>', "xliff"),
        ("a.tsv", "雷军\tLei Jun\n", "tsv"),
    ],
)
def test_bilingual_format_is_told_by_name_or_content(name: str, content: str, kind: str) -> None:
    if kind == "tsv":
        assert [s.target for s in load_bilingual(_bytes(content), name)] == ["Lei Jun"]
    elif content.startswith("<"):
        assert load_bilingual(_bytes(content), name) == []
    else:
        with pytest.raises(FormatError, match="not well-formed XML"):
            load_bilingual(_bytes(content), name)


def test_utf16_xliff_is_told_by_its_content() -> None:
    raw = (DATA / "check_v12.xlf").read_text(encoding="utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
    segments = load_bilingual(io.BytesIO(raw.encode("utf-16")), "<stdin>")
    assert [s.id for s in segments] == ["p1", "p2", "p3", "p5", "p6"]
    assert segments[1].source == "在金山软件，邹涛领导的新一代管理团队已任职多年。"


def test_bilingual_format_can_be_forced() -> None:
    assert [s.source for s in load_bilingual(_bytes("雷军\tLei Jun\n"), "a.xlf", "tsv")] == ["雷军"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_xliff_without_a_byte_order_mark_is_read(codec: str) -> None:
    raw = (DATA / "check_v12.xlf").read_text(encoding="utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
    segments = load_xliff(io.BytesIO(raw.encode(codec)), "a.xlf")
    assert [s.id for s in segments] == ["p1", "p2", "p3", "p5", "p6"]
    assert segments[1].source == "在金山软件，邹涛领导的新一代管理团队已任职多年。"


def test_gb18030_lines_are_decoded() -> None:
    assert decode_lines("雷军\r\n王翔\n".encode("gb18030"), "a.txt") == ["雷军", "王翔"]


# Issue 10: names as translators write them -------------------------------------------------

LU_BU = Entry(id="lu-bu", zh="吕布", pinyin="Lǚ Bù", en="Lü Bu")
TSAI = Entry(id="tsai-ing-wen", zh="蔡英文", pinyin="Cài Yīngwén", en="Tsai Ing-wen")
TUNG = Entry(id="tung-chee-hwa", zh="董建华", pinyin="Dǒng Jiànhuá", en="Tung Chee-hwa")
GOU = Entry(id="terry-gou", zh="郭台铭", pinyin="Guō Táimíng", en="Terry Gou", en_adopted=True)
LI_KA_SHING = Entry(id="li-ka-shing", zh="李嘉诚", pinyin="Lǐ Jiāchéng", en="Li Ka-shing")
ZHANG_BU = Entry(id="zhang-bu", zh="张布", pinyin="Zhāng Bù", en="Zhang Bu")
NICKNAME = Entry(id="leibusi-nick", type="nickname", zh="雷布斯", pinyin="Léibùsī", en="Leibusi")
MORE = [LU_BU, TSAI, TUNG, GOU, LI_KA_SHING, ZHANG_BU]
PEOPLE_CHECKER = Checker(Annotator([*ENTRIES, *MORE]), Annotator(name_entries([*ENTRIES, *MORE])))
NICKNAME_CHECKER = Checker(Annotator([NICKNAME]))


def people(*pairs: tuple[str, str]) -> list[tuple[int, str, str, str | None, str]]:
    report = PEOPLE_CHECKER.check(Segment(n, s, t, line=n) for n, (s, t) in enumerate(pairs, 1))
    return [(p.segment, p.kind, p.source, p.found, p.expected) for p in report.problems]


@pytest.mark.parametrize("written", ["Lyu Bu", "Lu Bu", "Lv Bu", "LYU Bu"])
def test_u_umlaut_as_u_v_or_yu_is_a_variant_not_missing(written: str) -> None:
    assert people(("吕布走了。", f"{written} left.")) == [(1, "variant", "吕布", written, "Lü Bu")]


@pytest.mark.parametrize(
    ("zh", "full", "short"),
    [("蔡英文", "Tsai Ing-wen", "Tsai"), ("董建华", "Tung Chee-hwa", "Tung"), ("郭台铭", "Terry Gou", "Gou")],
)
def test_family_name_alone_after_the_full_name_passes_in_either_name_order(zh: str, full: str, short: str) -> None:
    assert people((f"{zh}发言。", f"{full} spoke."), (f"{zh}同意了。", f"{short} agreed.")) == []


def test_lu_alone_after_lu_bu_passes_and_lyu_alone_is_a_variant() -> None:
    assert people(("吕布来了。", "Lü Bu came."), ("吕布走了。", "Lü left.")) == []
    assert people(("吕布来了。", "Lü Bu came."), ("吕布走了。", "Lyu left.")) == [(2, "variant", "吕布", "Lyu", "Lü")]


def test_the_given_name_is_not_the_family_name() -> None:
    # "Zhang Bu" is someone else; "Bu" alone is Lü Bu's given name, not a second reference.
    problems = people(("吕布来了。", "Lü Bu came."), ("吕布走了。", "Zhang Bu left."))
    assert problems == [(2, "missing", "吕布", "Zhang Bu", "Lü Bu")]
    assert [k for _, k, *_ in people(("吕布来了。", "Lü Bu came."), ("吕布走了。", "Bu left."))] == ["missing"]


def test_a_family_name_alone_needs_its_capital() -> None:
    assert [k for _, k, *_ in people(("吕布来了。", "Lü Bu came."), ("吕布走了。", "lu left."))] == ["missing"]


def test_a_name_after_a_full_stop_without_a_space_is_found() -> None:
    # CAT tools join segments without a space after a Chinese full stop.
    assert found(("结束了。邹涛发言。", "It ended.Zou Tao spoke.")) == []
    assert [m.surface for m in CHECKER.target.mentions("It ended.Zou Tao spoke.")] == ["Zou Tao"]


@pytest.mark.parametrize(
    ("source", "target", "written", "expected"),
    [
        ("李嘉诚发言。", "Li Ka Shing spoke.", "Li Ka Shing", "Li Ka-shing"),
        ("李嘉诚发言。", "Li Kashing spoke.", "Li Kashing", "Li Ka-shing"),
        ("邹涛领导管理团队。", "zou tao leads the management team.", "zou tao", "Zou Tao"),
        ("雷军辞职。", "Lei-Jun resigned.", "Lei-Jun", "Lei Jun"),
        ("雷军辞职。", "Léi Jūn resigned.", "Léi Jūn", "Lei Jun"),
    ],
)
def test_spacing_hyphens_case_and_tone_marks_are_a_variant_never_misspelt(
    source: str, target: str, written: str, expected: str
) -> None:
    problems = people((source, target))
    assert [(k, f, e) for _, k, _, f, e in problems] == [("variant", written, expected)]


def test_a_nickname_written_in_two_words_is_a_variant_not_silence() -> None:
    report = NICKNAME_CHECKER.check([Segment(1, "雷布斯又来了。", "Lei Busi is back.")])
    assert [(p.kind, p.found, p.expected) for p in report.problems] == [("variant", "Lei Busi", "Leibusi")]


_NAMES = [e for e in [*ENTRIES, *MORE] if e.zh and not is_wording(e)]


@st.composite
def segment_pairs(draw: st.DrawFn) -> tuple[str, str]:
    """A source naming some entries and a target writing them in every way: right, varied, misspelt, glued."""
    from zhgloss.forms import renderings

    chosen = draw(st.lists(st.sampled_from(_NAMES), min_size=1, max_size=3))
    source = "，".join(f"{e.zh}发言" for e in chosen) + "。"
    pieces: list[str] = []
    for entry in chosen:
        text = draw(st.sampled_from([r.text for r in renderings(entry)]))
        how = draw(st.sampled_from(["same", "upper", "lower", "hyphen", "typo", "drop"]))
        if how == "upper":
            text = text.upper()
        elif how == "lower":
            text = text.lower()
        elif how == "hyphen":
            text = text.replace(" ", "-")
        elif how == "typo" and len(text) > 2:
            i = draw(st.integers(1, len(text) - 1))
            text = text[:i] + draw(st.sampled_from("aeiouxz")) + text[i + 1 :]
        elif how == "drop":
            continue
        glue = draw(st.sampled_from([" ", ".", ". ", "。", ", ", "@"]))
        pieces.append(text + glue + draw(st.sampled_from(["spoke", "agreed", ""])))
    return source, " ".join(pieces)


@settings(max_examples=80, deadline=None)
@given(st.lists(segment_pairs(), min_size=1, max_size=3))
def test_no_problem_ever_finds_what_it_expects(pairs: list[tuple[str, str]]) -> None:
    report = PEOPLE_CHECKER.check(Segment(n, s, t, line=n) for n, (s, t) in enumerate(pairs, 1))
    for problem in report.problems:
        assert problem.found != problem.expected, problem


# Forbidden forms (a TBX deprecated or superseded term kept on the entry)

PEKING = Entry(
    id="peking-university",
    type="org",
    zh="北京大学",
    en="Peking University",
    aliases=("PKU",),
    forbidden=(ForbiddenForm("Beijing University", "deprecated"), ForbiddenForm("Beida", "superseded")),
)
TAIWAN = Entry(id="taiwan", type="place", zh="台湾", en="Taiwan", forbidden=(ForbiddenForm("Formosa"),))
BANNED = Checker(Annotator([PEKING, TAIWAN]), Annotator(name_entries([PEKING, TAIWAN])))


def banned(*pairs: tuple[str, str]) -> list[tuple[int, str, str, str | None, str, str | None]]:
    report = BANNED.check(Segment(n, s, t, line=n) for n, (s, t) in enumerate(pairs, 1))
    return [(p.segment, p.kind, p.source, p.found, p.expected, p.note) for p in report.problems]


def test_forbidden_form_is_its_own_failing_kind_not_missing() -> None:
    note = "the glossary marks 'Beijing University' deprecated"
    assert banned(("她毕业于北京大学。", "She graduated from Beijing University.")) == [
        (1, "forbidden", "北京大学", "Beijing University", "Peking University", note)
    ]
    assert "forbidden" in DEFAULT_FAIL_ON
    assert "forbidden" in KINDS


def test_forbidden_form_beside_the_preferred_one_is_still_reported() -> None:
    problems = banned(("台湾", "Taiwan (formerly FORMOSA)"))
    assert [(p[1], p[3]) for p in problems] == [("forbidden", "FORMOSA")]


def test_forbidden_form_needs_whole_words_and_a_source_name() -> None:
    assert banned(("北京大学", "Peking University, not Beidaihe.")) == []
    # The source does not name Taiwan: the word is not this check's business.
    assert banned(("北京大学", "Peking University and Formosa.")) == []


def test_accepted_forms_pass_beside_a_forbidden_one() -> None:
    assert [p[1] for p in banned(("北京大学", "PKU"))] == ["variant"]


# Near misses: the runs of words a misspelling may be


def _is_name_gap(word: str, gap: str) -> bool:
    """Whether `gap` after `word` stands inside a name: spaces, hyphens, apostrophes, a middle dot; or, after an initial
    (one letter), its full stop and up to two of those ("C. C. Wei", "C.C.Wei": the review's R47-9, session 47)."""
    import re

    if re.fullmatch(r"[\s\-\u2010\u2011'\u2019\u00b7]{1,3}", gap):
        return True
    return (
        len(word) == 1 and word.isalpha() and re.fullmatch(r"\.[\s\-\u2010\u2011'\u2019\u00b7]{0,2}", gap) is not None
    )


def _runs_spelled_out(
    text: str, free: list[bool], named: list[bool], capitalised: bool
) -> dict[int, list[tuple[str, tuple[int, int]]]]:
    """Every run of words a near miss may be, by length: the rule of `_Runs`, one run at a time."""
    import re

    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\W_]+", text)]
    gaps = [text[a[1] : b[0]] for a, b in itertools.pairwise(words)]
    out: dict[int, list[tuple[str, tuple[int, int]]]] = {}
    for i in range(len(words)):
        if capitalised and not words[i][2][0].isupper():
            continue
        for size in range(1, MAX_RUN + 1):
            last = i + size - 1
            if last >= len(words):
                break
            run = range(i, last + 1)
            if not all(free[k] for k in run) or all(named[k] for k in run):
                continue
            if not all(_is_name_gap(words[k][2], gaps[k]) for k in range(i, last)):
                continue
            key = "".join(words[k][2].lower() for k in run)
            out.setdefault(size, []).append((key, (words[i][0], words[last][1])))
    return out


_RUN_WORDS = ["Lei", "Jun", "lei", "Zuo", "Tao", "Kingsoft", "Clowd", "the", "of", "Xiaomi", "2019", "A", "x"]
_RUN_GAPS = [" ", "  ", "-", "'", " - ", ", ", ". ", "\u00b7", " (", "    ", "/"]


@settings(max_examples=300, deadline=None)
@example([("Lei", " ")] * 10, [], False)  # runs longer than MAX_RUN words are no names
@example([("Lei", " "), ("Jun", "-"), ("Kingsoft", " ")], [(0, True), (1, False)], True)
@given(
    st.lists(st.tuples(st.sampled_from(_RUN_WORDS), st.sampled_from(_RUN_GAPS)), max_size=14),
    st.lists(st.tuples(st.integers(0, 13), st.booleans()), max_size=4),
    st.booleans(),
)
def test_runs_of_words_are_every_run_a_near_miss_may_be(
    pieces: list[tuple[str, str]], names: list[tuple[int, bool]], capitalised: bool
) -> None:
    from zhgloss.check import Mention, _SegmentCheck

    text = "".join(word + gap for word, gap in pieces)
    spans = [(sum(len(w) + len(g) for w, g in pieces[:k]), len(pieces[k][0])) for k in range(len(pieces))]
    entry = BY_ID["lei-jun"]
    # Some words are names of the target; some of those a source name has claimed (used).
    chosen = [(spans[k], used) for k, used in names if k < len(spans)]
    target = [Mention(start, start + size, text[start : start + size], entry, "en") for (start, size), _ in chosen]
    state = _SegmentCheck(Segment(1, "雷军", text), target)
    state.used = [used for _, used in chosen]
    claimed, taken = state.claimed(), state.taken
    free = [claimed.find(1, start, start + size) < 0 for start, size in spans]
    named = [taken.find(0, start, start + size) < 0 for start, size in spans]
    expected = _runs_spelled_out(text, free, named, capitalised)
    runs = state.runs(capitalised)
    for size in range(0, MAX_RUN + 2):
        keys, found = runs.of_length(size)
        assert list(zip(keys, found, strict=True)) == expected.get(size, []), (text, size)


# Speed work that must change nothing: the engine's word-start marks, and the paused collector.


def _fixture_documents() -> list[list[Segment]]:
    """Every bilingual fixture check reads: the benchmark's pairs, the TSV and the XLIFF files."""
    documents = [
        [Segment(n, s, t, line=n) for n, (s, t) in enumerate(read_pairs(stem), 1)]
        for stem in ("check_clean", "check_problems")
    ]
    for name in ("check_pair.tsv", "check_v12.xlf", "check_v20.xlf"):
        with (DATA / name).open("rb") as fp:
            documents.append(load_bilingual(fp, name))
    return documents


def _with_cedict() -> list[Entry]:
    """The bundled entries and CC-CEDICT's sample, whose lower-case glosses ("a", "in") the targets meet."""
    from zhgloss.formats.cedict import load_cedict

    entries = list(ENTRIES)
    taken = {f for e in entries for f in e.zh_forms}
    for name in ("cedict_sample.u8", "cedict_places.u8"):
        with (DATA / name).open(encoding="utf-8") as fp:
            for entry in load_cedict(fp):
                if entry.zh and entry.zh not in taken:
                    taken.add(entry.zh)
                    entries.append(entry)
    return entries


@pytest.mark.parametrize("entries", [ENTRIES, _with_cedict()], ids=["bundled", "with-cedict"])
def test_word_start_marks_change_no_report(entries: list[Entry]) -> None:
    from unittest.mock import patch

    from zhgloss import annotate

    documents = _fixture_documents()
    # Repeated, so that consistency across segments has renderings to compare.
    documents.append([replace(s, number=s.number + k * 100) for k in range(3) for s in documents[1]])

    def unmarked(text: str) -> str:
        return text

    def one_by_one(texts: list[str], one: Callable[[str], str], joined: Callable[[str], str]) -> list[str]:
        return list(map(one, texts))  # what `_by_ascii` returns; its joined pass would mark the ASCII forms

    with patch.object(annotate, "_anchor", unmarked), patch.object(annotate, "_by_ascii", one_by_one):
        before = Checker(Annotator(entries), Annotator(name_entries(entries)))
        expected = [before.check(document).to_dict() for document in documents]
    after = Checker(Annotator(entries), Annotator(name_entries(entries)))
    assert [after.check(document).to_dict() for document in documents] == expected
    kinds = {problem["kind"] for report in expected for problem in report["problems"]}
    assert kinds >= {"missing", "misspelt", "order", "variant", "inconsistent", "unexpected"}


def test_a_check_makes_no_reference_cycles() -> None:
    # Checker.check pauses the cyclic collector: only safe while nothing it makes needs it.
    import gc

    documents = _fixture_documents()
    for document in documents:
        CHECKER.check(document)  # first uses load tables and compile patterns, once per process
    gc.collect()
    gc.disable()
    try:
        for document in documents:
            CHECKER.check(document)
        assert gc.collect() == 0
    finally:
        gc.enable()


# Speed-ups of the near-miss search that must not change what it finds (issue 15, item 4).

_WORDS_TEXT = st.text(alphabet="ab Z9_-'’·.,é雷 \t", max_size=30)


@given(text=_WORDS_TEXT)
def test_words_and_their_name_gaps_in_one_pass_are_those_found_gap_by_gap(text: str) -> None:
    import re

    from zhgloss.check import _NAME_GAP_RE, _WORD_AND_GAP_RE

    words = list(re.finditer(r"[^\W_]+", text))
    gaps = [text[a.end() : b.start()] for a, b in itertools.pairwise(words)]
    matches = list(_WORD_AND_GAP_RE.finditer(text))
    assert [m.span(1) for m in matches] == [w.span() for w in words]
    joined = [m.end() != m.end(1) for m in matches[:-1]]
    assert joined == [
        bool(_NAME_GAP_RE.fullmatch(gap)) or _is_name_gap(w.group(), gap)
        for w, gap in zip(words[:-1], gaps, strict=True)
    ]


@given(
    cuts=st.lists(st.integers(0, 40), max_size=12, unique=True),
    spans=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=5),
)
def test_free_words_are_those_the_claimed_mask_leaves_clear(cuts: list[int], spans: list[tuple[int, int]]) -> None:
    from zhgloss.check import _free_words

    bounds = sorted(cuts)
    starts, ends = bounds[0:-1:2], bounds[1::2]
    starts = starts[: len(ends)]
    claimed = [(a, b) for a, b in spans if a < b]
    mask = bytearray(41)
    for a, b in claimed:
        mask[a:b] = b"\x01" * (b - a)
    assert _free_words(starts, ends, claimed) == [mask.find(1, s, e) < 0 for s, e in zip(starts, ends, strict=True)]


def test_near_misses_searched_in_one_call_are_those_searched_length_by_length(monkeypatch: pytest.MonkeyPatch) -> None:
    # The three lengths are searched with one call while nothing was claimed since the runs were listed;
    # with a stamp that never matches, every search takes the length-by-length loop.
    from zhgloss import check as check_module

    pairs = read_pairs("check_problems") + CLEAN + [("邹涛和王翔", "Zuo Tao and wang xiang met Wang Xaing")]
    fast = [p.to_dict() for p in run(*pairs).problems]
    monkeypatch.setattr(check_module._SegmentCheck, "claims", lambda self: (object(),))
    slow_checker = Checker(CHECKER.source, CHECKER.target)
    slow = slow_checker.check(Segment(n, s, t, line=n) for n, (s, t) in enumerate(pairs, 1))
    assert fast == [p.to_dict() for p in slow.problems]
    assert any(p["kind"] == "misspelt" for p in fast)


def test_a_name_the_source_writes_as_a_common_word_too_is_not_unexpected() -> None:
    # Issue 9 (s7): 小米 is Xiaomi and millet (real CC-CEDICT lines); the source matcher leaves the common word
    # alone, and the target's "Xiaomi" renders the 小米 the source does write.
    from zhgloss.formats.cedict import load_cedict

    lines = (
        "雷軍 雷军 [Lei2 Jun1] /Lei Jun (1969-), Chinese entrepreneur, founder of Xiaomi/\n"
        "小米 小米 [Xiao3 mi3] /Xiaomi, Chinese electronics company founded in 2010/\n"
        "小米 小米 [xiao3 mi3] /millet/\n"
    )
    entries = list(load_cedict(io.StringIO(lines), proper_only=True))
    checker = _checker(entries)
    report = checker.check([Segment(1, "雷军也是小米的创始人。", "Lei Jun is also the founder of Xiaomi.")])
    assert report.problems == []
    # The control: a source without 小米 still makes "Xiaomi" unexpected.
    report = checker.check([Segment(1, "雷军也是创始人。", "Lei Jun is also the founder of Xiaomi.")])
    assert [(p.kind, p.expected) for p in report.problems] == [("unexpected", "小米")]


@settings(max_examples=30, deadline=None)
@given(picked=st.lists(st.booleans(), min_size=len(ENTRIES), max_size=len(ENTRIES)))
def test_a_matcher_of_some_entries_assembled_from_the_patterns_of_all_is_the_one_built_from_them(
    picked: list[bool],
) -> None:
    # checker_for's first build: the names matcher from the source matcher's patterns (_PatternRows).
    from zhgloss.annotate import _PatternRows

    rows = _PatternRows(ENTRIES)
    for chosen in (
        [n for n, e in enumerate(ENTRIES) if not is_wording(e)],
        list(itertools.compress(range(len(ENTRIES)), picked)),
    ):
        some = [ENTRIES[n] for n in chosen]
        assert Annotator.build_bytes(some, None, rows, chosen) == Annotator(some).to_bytes()


# User-tester D11, D24, D32, D33, D6: names written as README's "How names may be written" allows

PUTIN = Entry(id="vladimir-putin", zh="普京", pinyin="Pǔjīng", en="Vladimir Putin", en_adopted=True)
MUJICA = Entry(id="jose-mujica", zh="何塞·穆希卡", pinyin="Hésāi Mùxīkǎ", en="José Mujica", en_adopted=True)
LEE = Entry(id="lee-hsien-loong", zh="李显龙", pinyin="Lǐ Xiǎnlóng", en="Lee Hsien Loong", en_adopted=True)
WORLD = [*ENTRIES, *MORE, PUTIN, MUJICA, LEE]
WORLD_CHECKER = Checker(Annotator(WORLD), Annotator(name_entries(WORLD)))


def world(*pairs: tuple[str, str]) -> list[tuple[int, str, str, str | None, str]]:
    report = WORLD_CHECKER.check(Segment(n, s, t, line=n) for n, (s, t) in enumerate(pairs, 1))
    return [(p.segment, p.kind, p.source, p.found, p.expected) for p in report.problems]


def test_putin_alone_after_the_full_name_passes_across_segments() -> None:
    assert world(("普京表示同意。", "Vladimir Putin agreed."), ("普京随后离开。", "Putin then left.")) == []
    assert world(("普京表示同意。", "Putin agreed."), ("普京随后离开。", "Vladimir Putin then left.")) == [
        (1, "variant", "普京", "Putin", "Vladimir Putin")
    ]


@pytest.mark.parametrize("written", ["Ing-wen Tsai", "Ing Wen Tsai", "Ingwen Tsai", "INGWEN TSAI", "Ing-Wen Tsai"])
def test_the_other_name_order_is_order_however_spaced(written: str) -> None:
    assert world(("蔡英文表示同意。", f"{written} agreed.")) == [(1, "order", "蔡英文", written, "Tsai Ing-wen")]


@pytest.mark.parametrize(("zh", "written", "expected"), [("李显龙", "Hsien Loong Lee", "Lee Hsien Loong")])
def test_a_three_word_name_in_the_other_order_is_order(zh: str, written: str, expected: str) -> None:
    assert world((f"{zh}表示同意。", f"{written} agreed.")) == [(1, "order", zh, written, expected)]


@pytest.mark.parametrize("written", ["Leijun", "LeiJun", "LEIJUN"])
def test_a_name_written_joined_is_a_variant_never_misspelt(written: str) -> None:
    assert world(("雷军说。", f"{written} said.")) == [(1, "variant", "雷军", written, "Lei Jun")]


@given(
    st.sampled_from(["José Mujica", "Lü Bu", "Lei Jun", "Vladimir Putin"]),
    st.sampled_from([" ", "\u00a0", "\u2009", "\u202f", "\u3000"]),
    st.booleans(),
)
def test_unicode_spaces_and_decomposed_accents_are_the_name(name: str, space: str, decomposed: bool) -> None:
    import unicodedata

    zh = {"José Mujica": "何塞·穆希卡", "Lü Bu": "吕布", "Lei Jun": "雷军", "Vladimir Putin": "普京"}[name]
    written = unicodedata.normalize("NFD" if decomposed else "NFC", name.replace(" ", space))
    assert world((f"{zh}说。", f"He said {written} spoke.")) == []


@pytest.mark.parametrize("mark", list(INVISIBLE_MARKS))
def test_a_mark_that_shows_as_nothing_is_not_in_the_translation(mark: str) -> None:
    # "Lei\u2060Jun" shows as "LeiJun": a name spaced otherwise, not the family name "Lei" before another
    # name (the user test's "Lü\u200bBu" passed as the family name alone); "Lei \u200eJun" is Lei Jun.
    assert world(("雷军说。", f"Lei{mark}Jun said.")) == [(1, "variant", "雷军", "LeiJun", "Lei Jun")]
    assert world(("雷军说。", f"Lei {mark}Jun{mark} said.")) == []
    assert world(("雷军说。", f"{mark}CEO Lei Jun said.")) == []


@pytest.mark.parametrize("written", ["CEO\u200bLei Jun said.", "Lei Jun\u200bsaid.", "Lei\u200bJun said."])
def test_a_zero_width_space_parts_words_as_a_space_does(written: str) -> None:
    # A word break of no width (UAX #29): the words on either side are words of their own.
    assert world(("雷军说。", written)) == []


def test_invisible_characters_in_the_source_are_nothing() -> None:
    assert world(("雷\u200b军说。", "Lei Jun said."), ("邹\u2060涛说。", "Zou Tao said.")) == []


_INVISIBLE = [ZERO_WIDTH_SPACE, *INVISIBLE_MARKS]


@given(
    st.text(st.sampled_from("Lei Jun,.ü\u00a0\u0308"), max_size=12),
    st.lists(st.sampled_from([*INVISIBLE_MARKS, ZERO_WIDTH_SPACE])),
)
def test_a_translation_reads_as_it_shows(text: str, invisibles: list[str]) -> None:
    # The marks are nothing; a zero-width space is a space; the rest is NFC, with Unicode's spaces as spaces.
    spliced = "".join(c + j for c, j in itertools.zip_longest(text, invisibles, fillvalue=""))
    spaced = "".join(
        c + (" " if j == ZERO_WIDTH_SPACE else "") for c, j in itertools.zip_longest(text, invisibles, fillvalue="")
    )
    assert normalize_target(spliced) == unicodedata.normalize("NFC", spaced.replace("\u00a0", " "))


@given(
    st.lists(st.sampled_from([*_INVISIBLE, "\u00a0", "e\u0301", "Lu\u0308 ", "x"]), max_size=6),
    st.lists(st.sampled_from([*_INVISIBLE, ""]), min_size=2, max_size=2),
)
def test_problem_offsets_point_into_the_translation_as_given(before: list[str], inside: list[str]) -> None:
    # A CAT tool highlights target[start:end] of the segment it sent: "Zuo Tao" for 邹涛, wherever
    # characters that show as nothing, or accents written decomposed, sit before or inside it.
    given_text = "".join(before) + f"He said Z{inside[0]}uo Tao{inside[1]} left."
    (problem,) = CHECKER.check([Segment(1, "邹涛说。", given_text)]).problems
    assert problem.span is not None
    start, end = problem.span
    assert without_invisibles(given_text[start:end]) == "Zuo Tao", (problem, given_text[start:end])


@pytest.mark.parametrize(
    ("zh", "full", "other"),
    [
        ("刘强东", "Liu Qiangdong", "Liu Chuanzhi"),  # another person of the same surname
        ("雷军", "Lei Jun", "Lei Feng"),
        ("雷军", "Lei Jun", "Lei-Feng"),
        ("李显龙", "Lee Hsien Loong", "Lee Kuan Yew"),  # a three-word name
    ],
)
def test_a_family_name_starting_another_name_is_not_this_person(zh: str, full: str, other: str) -> None:
    # User test of D11's fix: "Liu Chuanzhi said." for 刘强东 passed as "the family name alone" (exit 0).
    assert [(s, k) for s, k, *_ in world((f"{zh}说。", f"{other} said."))] == [(1, "missing")]
    # After a full mention too: the other name is still somebody else.
    second = world((f"{zh}来了。", f"{full} came."), (f"{zh}说。", f"{other} said."))
    assert [(s, k) for s, k, *_ in second] == [(2, "missing")]


@pytest.mark.parametrize("written", ["President Lei said.", "Lei, the founder, said.", "Lei said sales grew.", "Lei."])
def test_a_family_name_alone_after_a_title_or_before_a_lower_case_word_or_stop_is_the_person(written: str) -> None:
    assert world(("雷军来了。", "Lei Jun came."), ("雷军说。", written)) == []


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        # Spaced otherwise, in any case, is a variant, never missing (acceptance tester, s20: "the euro zone" for
        # 欧元区 'Eurozone' was `missing`, found nothing, while "the eurozone" was a variant).
        ("The euro zone grew.", [("variant", "euro zone")]),
        ("The Euro-zone grew.", [("variant", "Euro-zone")]),
        ("The eurozone grew.", [("variant", "eurozone")]),
        ("The Eurozone grew.", []),
        # "Ma Yingjiu" and "Ma Ying-jiu" for Ma Ying-jeou are the Hanyu Pinyin of 马英九 (Mǎ Yīngjiǔ), in any
        # spacing: a `variant` that says so (twenty-third session; they were `misspelt`, and before that the
        # hyphenated one `missing`). A near miss of the glossary's own form is still misspelt (Ing-wenn).
        ("Ma Ying-jiu met the press.", [("variant", "Ma Ying-jiu")]),
        ("Ma Yingjiu met the press.", [("variant", "Ma Yingjiu")]),
        ("Tsai Ing-wenn met the press.", [("misspelt", "Tsai Ing-wenn")]),
        # A lower-case word after the family name is no part of the name: the family name alone, as before.
        ("Ma said nothing to the press.", [("variant", "Ma")]),
    ],
)
def test_a_rendering_spaced_or_hyphenated_otherwise_is_found(
    target: str, expected: list[tuple[str, str | None]]
) -> None:
    entries = [
        Entry(id="eurozone", type="place", zh="欧元区", pinyin="Ōuyuánqū", en="Eurozone"),
        Entry(id="ma-ying-jeou", type="person", zh="马英九", pinyin="Mǎ Yīngjiǔ", en="Ma Ying-jeou", en_adopted=True),
        Entry(id="tsai-ing-wen", type="person", zh="蔡英文", pinyin="Cài Yīngwén", en="Tsai Ing-wen", en_adopted=True),
    ]
    source = {"euro": "欧元区增长。", "ma": "马英九会见记者。", "tsai": "蔡英文会见记者。"}
    key = "tsai" if "Tsai" in target else "ma" if target.startswith("Ma") else "euro"
    report = _checker(entries).check([Segment(1, source[key], target)])
    assert [(p.kind, p.found) for p in report.problems] == expected


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        # A place or organisation named by the initials of the glossary's form is a variant that says so, never
        # missing (acceptance tester, s20: "The UK prime minister" for 英国 'United Kingdom' was missing), unless
        # they are a short form news style writes for the country (data/country_short_forms.tsv, forty-second
        # session: "UK", "U.K." pass with nothing said; was a variant).
        ("英国首相访问了中国。", "The UK prime minister visited China.", []),
        ("英国首相访问了中国。", "The U.K. prime minister visited China.", []),
        ("中华人民共和国成立。", "The PRC was founded.", [("variant", "PRC")]),
        # In lower case it is no initialism; the glossary's own form passes as before.
        ("英国首相访问了中国。", "The uk prime minister visited China.", [("missing", None)]),
        ("英国首相访问了中国。", "The United Kingdom's prime minister visited China.", []),
        # A person's initials are no rendering of the person.
        ("马云访问了中国。", "JM visited China.", [("missing", None)]),
    ],
)
def test_the_initials_of_a_place_or_organisation_are_a_variant(
    source: str, target: str, expected: list[tuple[str, str | None]]
) -> None:
    entries = [
        Entry(id="uk", type="place", zh="英国", pinyin="Yīngguó", en="United Kingdom"),
        Entry(
            id="prc",
            type="place",
            zh="中华人民共和国",
            pinyin="Zhōnghuá Rénmín Gònghéguó",
            en="People's Republic of China",
        ),
        Entry(id="china", type="place", zh="中国", pinyin="Zhōngguó", en="China"),
        Entry(id="jack-ma", type="person", zh="马云", pinyin="Mǎ Yún", en="Jack Ma", en_adopted=True),
    ]
    report = _checker(entries).check([Segment(1, source, target)])
    assert [(p.kind, p.found) for p in report.problems] == expected
