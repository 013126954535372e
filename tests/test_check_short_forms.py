"""`zhgloss check` with CC-CEDICT: the shorter names and adjectives news English writes for a glossary's names.

A user test (fourteenth session) checked correct translations against the CC-CEDICT names glossary and got:
- `missing 乌克兰` for "Ukrainian President" and `missing 中国` for "Chinese Foreign Minister" (a capitalised
  title after a country's adjective);
- `inconsistent 法国` for "French" after "France", `variant 德国` for "German" (the adjective is a form of the
  entry's own in CC-CEDICT: 法国 "France; French");
- `missing 新华社` for "Xinhua", `missing 腾讯` for "Tencent" (CC-CEDICT: "Tencent Holdings Limited"),
  `missing 苹果公司` for "Apple" ("Apple Inc."), `missing 赖清德` and `unexpected 清代` for "Lai Ching-te"
  (CC-CEDICT: "William Lai Ching-te"; 清代 "Ch'ing");
- `variant 宣德` "the family name alone" for "Xuande" (CC-CEDICT: "Xuande Emperor", a reign name).

Each rule holds to what the shorter form can only mean; the second table is the translations it must not pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import check_lines, import_cedict
from hypothesis import assume, given
from hypothesis import strategies as st

from zhgloss.forms import legal_form_shortenings, without_legal_form


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory, zhgloss_exe: str) -> Path:
    return import_cedict(zhgloss_exe, "cedict_short_forms.u8", tmp_path_factory.mktemp("short") / "cedict.json")


@pytest.mark.parametrize(
    "pairs",
    [
        # A country's adjective before a capitalised title.
        [("乌克兰总统表示。", "The Ukrainian President said.")],
        [("中国外交部长表示。", "The Chinese Foreign Minister said.")],
        # The adjective is the entry's own form: neither another rendering nor a variant.
        [
            ("法国总统访问日本。", "The president of France visited Japan."),
            ("法国和德国的企业家。", "French and German entrepreneurs."),
        ],
        [("德国企业。", "German companies.")],
        # The preferred forms themselves.
        [("新华社报道。", "Xinhua News Agency reported.")],
        [("赖清德发表讲话。", "William Lai Ching-te gave a speech.")],
        [("宣德年间。", "In the reign of the Xuande Emperor.")],
        # A company's English without its legal form, as news writes it (the import's since s30; were variants).
        [("苹果公司发布新手机。", "Apple released a phone.")],
        [("腾讯发布财报。", "Tencent Holdings said.")],
        # A title's premodifier opens the sentence; the adjective is still the country's (acceptance test, 15th).
        [("俄罗斯前总统表示。", "Former Russian President said.")],
        # An initialism with full stops, as AP writes it.
        [("美国总统表示。", "The U.S. president said.")],
        # CC-CEDICT's 中方 "the Chinese side", rendered by the name 中 stands for.
        [("中方对此表示关切。", "China expressed concern about this.")],
    ],
)
def test_the_adjective_renders_the_source_name(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, pairs: list[tuple[str, str]]
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, pairs) == []


@pytest.mark.parametrize(
    ("name", "source", "target", "found", "expected", "why"),
    [
        # (Since s30 the import's English is without the legal form: 苹果公司 "Apple", which is then no shorter name;
        # since 8e20ce0 (s33) 腾讯 "Tencent Holdings" has the alias "Tencent", and since imp's 714cffe4 (s36) 赖清德
        # "William Lai Ching-te" the alias "Lai Ching-te": see the tests after this one.)
        ("宣德", "宣德年间。", "In the Xuande era.", "Xuande", "Xuande Emperor", "'Emperor'"),
    ],
)
def test_a_shorter_name_is_a_variant_that_says_why(
    zhgloss_exe: str,
    glossary: Path,
    tmp_path: Path,
    name: str,
    source: str,
    target: str,
    found: str,
    expected: str,
    why: str,
) -> None:
    # Accepted as an alias is (a warning, exit 0): the glossary's preferred form is still named.
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(source, target)]) == [
        f'1: variant {name}: found "{found}", expected "{expected}" (the name without {why})'
    ]


def test_an_adopted_names_chinese_name_alone_is_an_alias_variant(
    zhgloss_exe: str, glossary: Path, tmp_path: Path
) -> None:
    # The import lists a person's Chinese name without the adopted one as an alias (imp's 714cffe4: "Lai Ching-te" of
    # "William Lai Ching-te"): a variant as an alias is, whose note says what it drops, as the shorter-name rule says
    # it for a glossary that does not list it (session 37: the reviewer's R36-24 asked every such variant to say so).
    assert check_lines(zhgloss_exe, glossary, tmp_path, [("赖清德发表讲话。", "Lai Ching-te spoke.")]) == [
        '1: variant 赖清德: found "Lai Ching-te", expected "William Lai Ching-te" (the name without \'William\')'
    ]


def test_a_companys_listed_short_name_is_its_name(zhgloss_exe: str, glossary: Path, tmp_path: Path) -> None:
    # The import lists a company's name without its legal form as an alias (8e20ce0: "Tencent" of "Tencent Holdings").
    # It was a variant as any alias is (session 37, R36-24); since the forty-ninth session (the review's R48-17) a
    # company's name without its legal, holding and trade words is the name news writes, no variant.
    assert check_lines(zhgloss_exe, glossary, tmp_path, [("腾讯发布财报。", "Tencent released results.")]) == []


@pytest.mark.parametrize(
    ("pairs", "problems"),
    [
        # Another country's adjective.
        (
            [("中国外交部长表示。", "The Japanese Foreign Minister said.")],
            ['1: missing 中国: found nothing, expected "China"'],
        ),
        # The short name goes on into another company's.
        (
            [("腾讯发布财报。", "Tencent Music released results.")],
            ['1: missing 腾讯: found nothing, expected "Tencent Holdings"'],
        ),
        # 书店 is no organisation's suffix: Xinhua Bookstore is not Xinhua.
        (
            [("新华书店开业。", "Xinhua opened a shop.")],
            [
                '1: missing 新华书店: found "Xinhua", expected "Xinhua Bookstore" '
                "('Xinhua' is the glossary's name for 新华)"
            ],
        ),
        # A lower-case word is no company.
        pytest.param(
            [("苹果公司发布新手机。", "An apple released a new phone.")],
            ['1: missing 苹果公司: found nothing, expected "Apple"'],
        ),
        # The family name alone is still the family name alone; the adopted name alone is nothing.
        (
            [("赖清德发表讲话。", "Lai gave a speech.")],
            [
                '1: variant 赖清德: found "Lai", expected "William Lai Ching-te" '
                "(the family name alone, before the translation names William Lai Ching-te in full)"
            ],
        ),
        (
            [("赖清德发表讲话。", "William gave a speech.")],
            # (Since s32 the import gives 赖清德 the alias "William Lai", the short form news writes: the given name
            # alone is read as a form of it that lacks a word, and still fails; was `missing`, found nothing.)
            ['1: misspelt 赖清德: found "William", expected "William Lai"'],
        ),
        # A government body with its field first: a variant that says so.
        (
            [("外交部发言人表示。", "A Foreign Ministry spokesperson said.")],
            [
                '1: variant 外交部: found "Foreign Ministry", expected "Ministry of Foreign Affairs" '
                "(the name with its field first)"
            ],
        ),
        # Another country's name is no rendering of 中方; a near miss ends at the name's last capitalised word.
        (
            [("中方对此表示关切。", "Japan expressed concern.")],
            [
                '1: missing 中方: found nothing, expected "Chinese side"',
                '1: unexpected 日本: found "Japan", expected 日本 in the source',
            ],
        ),
        (
            [("新华社报道。", "Xinhua News Agensy reported.")],
            ['1: misspelt 新华社: found "Xinhua News Agensy", expected "Xinhua News Agency"'],
        ),
        # A title is no name: "Emperor" alone renders no emperor.
        (
            [("宣德年间。", "In the Emperor's reign.")],
            ['1: missing 宣德: found nothing, expected "Xuande Emperor"'],
        ),
        # The shorter name is another entry's (新华 "Xinhua"): a variant that says whose.
        (
            [("新华社报道。", "Xinhua reported.")],
            [
                '1: variant 新华社: found "Xinhua", expected "Xinhua News Agency" '
                "('Xinhua' is the glossary's name for 新华, the name without 社)"
            ],
        ),
        # An adjective of the entry's own names it: where the source does not, it is unexpected.
        (
            [("他们是企业家。", "They are French entrepreneurs.")],
            ['1: unexpected 法国: found "French", expected 法国 in the source'],
        ),
    ],
)
def test_what_no_shorter_name_excuses(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, pairs: list[tuple[str, str]], problems: list[str]
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, pairs) == problems


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Tencent Holdings Limited", "Tencent"),
        ("Apple Inc.", "Apple"),
        ("Alibaba Group Holding Limited", "Alibaba"),
        ("Foxconn Technology Co., Ltd.", "Foxconn Technology"),
        ("Siemens AG", "Siemens"),
        ("HSBC Holdings plc", "HSBC"),
    ],
)
def test_without_legal_form(name: str, short: str) -> None:
    assert without_legal_form(name) == short


@given(st.from_regex(r"[A-Z][a-z]{2,8}( [A-Z][a-z]{2,8})?", fullmatch=True))
def test_a_name_without_a_legal_form_has_no_shorter_form(name: str) -> None:
    legal = {"Inc", "Incorporated", "Corp", "Corporation", "Company", "Ltd", "Limited", "Plc", "Pty"}
    assume(set(name.split()).isdisjoint(legal | {"Holdings", "Holding", "Group"}))
    assert without_legal_form(name) is None
    assert without_legal_form(f"{name} Limited") == name
    assert without_legal_form(f"{name} Co., Ltd.") == name


@given(
    st.from_regex(r"[A-Z][a-z]{2,8}", fullmatch=True),
    st.lists(st.sampled_from(["Holdings", "Group", "Limited", "Inc.", "Co., Ltd.", "PLC"]), min_size=1, max_size=3),
)
def test_legal_forms_come_off_one_at_a_time(name: str, legal: list[str]) -> None:
    assume(name not in {"Inc", "Ltd", "Plc", "Pty", "Corp", "Group", "Limited", "Company", "Holding", "Holdings"})
    whole = " ".join([name, *legal])
    steps = legal_form_shortenings(whole)
    assert steps[-1] == name == without_legal_form(whole)
    assert all(whole.startswith(step) and len(step) < len(whole) for step in steps)
    assert [len(step) for step in steps] == sorted((len(step) for step in steps), reverse=True)
