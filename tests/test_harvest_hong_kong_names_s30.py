"""harvest: a Hong Kong or Taiwan name after an adopted Western name is written short, as the papers write it (s30).

User U30-6: "Andy Lau Tak-wah BBS MH JP (Chinese: 劉德華; …)" and "Carrie Lam Cheng Yuet-ngor GBM GBS (Chinese:
林鄭月娥; née Cheng; …)" were stored with the full form as `en` and no other; `check` then reported "Carrie Lam
said." as a missing name and "Andy Lau attended" as a variant. The shape is WESTERN + SURNAME (+ a married woman's
second surname) + the given name hyphenated in Cantonese, Hokkien or Wade-Giles, one part for each character left. The
papers, Wikipedia's titles and CC-CEDICT's own "Carrie Lam" (林郑) write WESTERN + SURNAME, and `check` passes only
the preferred form (an alias is a variant): so that is `en`, and the name in full and in the Chinese order
("Lau Tak-wah") are aliases. The proposals also said "Lai Ching-te … an adopted Western name: only the surname Lai
follows the pinyin" of a Wade-Giles name, and the same of a Cantonese one (Li Ka-shing). The CC-CEDICT lines of the
shape are the tests' names (任達華 "Simon Yam Tat-Wah", 吳鎮宇 "Francis Ng Chun-Yu", 應採兒 "Cherrie Ying Choi-Yi",
李修賢 "Danny Lee Sau-Yin", 賴清德 "William Lai Ching-te"), with a Hong Kong double surname (葉劉淑儀).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from zhgloss.harvest import harvest
from zhgloss.model import Entry

WIKIPEDIA = [
    (
        "Andy Lau Tak-wah BBS MH JP (Chinese: 劉德華; born 27 September 1961) is a Hong Kong actor and singer.",
        "刘德华",
        "Andy Lau",
        ("Andy Lau Tak-wah", "Lau Tak-wah"),
    ),
    (
        "Carrie Lam Cheng Yuet-ngor GBM GBS (Chinese: 林鄭月娥; née Cheng; born 13 May 1957) is a Hong Kong former "
        "politician.",
        "林郑月娥",
        "Carrie Lam",
        ("Carrie Lam Cheng Yuet-ngor", "Lam Cheng Yuet-ngor"),
    ),
]
NEWS = [
    ("Actor Simon Yam Tat-Wah (任達華) won the award.", "任达华", "Simon Yam", ("Simon Yam Tat-Wah", "Yam Tat-Wah")),
    ("Actor Francis Ng Chun-Yu (吳鎮宇) starred.", "吴镇宇", "Francis Ng", ("Francis Ng Chun-Yu", "Ng Chun-Yu")),
    (
        "Actress Cherrie Ying Choi-Yi (應採兒) attended.",
        "应采儿",
        "Cherrie Ying",
        ("Cherrie Ying Choi-Yi", "Ying Choi-Yi"),
    ),
    ("Director Danny Lee Sau-Yin (李修賢) said.", "李修贤", "Danny Lee", ("Danny Lee Sau-Yin", "Lee Sau-Yin")),
    (
        "President William Lai Ching-te (賴清德) said.",
        "赖清德",
        "William Lai",
        ("William Lai Ching-te", "Lai Ching-te"),
    ),
    (
        "Media tycoon Jimmy Lai Chee-ying (黎智英) was jailed.",
        "黎智英",
        "Jimmy Lai",
        ("Jimmy Lai Chee-ying", "Lai Chee-ying"),
    ),
    (
        "Former lawmaker Regina Ip Lau Suk-yee (葉劉淑儀) said.",
        "叶刘淑仪",
        "Regina Ip",
        ("Regina Ip Lau Suk-yee", "Ip Lau Suk-yee"),
    ),
    ("香港演员刘德华（Andy Lau Tak-wah）出席。", "刘德华", "Andy Lau", ("Andy Lau Tak-wah", "Lau Tak-wah")),
]


@pytest.mark.parametrize(("text", "zh", "en", "aliases"), WIKIPEDIA + NEWS)
def test_an_adopted_name_before_the_chinese_order_is_written_short(
    text: str, zh: str, en: str, aliases: tuple[str, ...]
) -> None:
    [found] = [p for p in harvest(text, []) if p.zh == zh]
    assert (found.entry.en, found.entry.aliases[:2], found.entry.type) == (en, aliases, "person")
    assert f"{en!r}, as the papers do" in found.explanation


@pytest.mark.parametrize(
    ("text", "en"),
    [
        ("Lai Ching-te (賴清德) said.", "Lai Ching-te"),  # no adopted name: as written
        ("Dr Sun Yat-sen (孫中山) founded the republic.", "Sun Yat-sen"),  # an honorific is no adopted name
        ("Sir Li Ka-shing (李嘉誠) retired.", "Li Ka-shing"),
        ("Singapore's Lee Hsien Loong (李显龙) spoke.", "Lee Hsien Loong"),
    ],
)
def test_other_names_are_kept_as_written(text: str, en: str) -> None:
    [found] = harvest(text, [])
    assert (found.entry.en, found.entry.aliases) == (en, ())


@pytest.mark.parametrize(
    ("text", "said", "not_said"),
    [
        ("President Lai Ching-te (賴清德) said.", "the Wade-Giles romanization of the pinyin Lài Qīngdé", "adopted"),
        ("Mayor Chiang Wan-an (蔣萬安) said.", "the Wade-Giles romanization of the pinyin Jiǎng Wàn'ān", "adopted"),
        (
            "Tycoon Li Ka-shing (李嘉誠) said.",
            "the surname Li and the given name Ka-shing romanized as Hong",
            "adopted",
        ),
        ("Tung Chee-hwa (董建華) said.", "the name does not follow the pinyin Dǒng Jiànhuá", "translation"),
        (
            "South Korean President Moon Jae-in (文在寅) arrived.",
            "the surname Moon and the given name Jae-in",
            "adopted",
        ),
        ("Andy Lau Tak-wah (劉德華) sang.", "an adopted Western name, Andy, before the surname Lau", "translation"),
    ],
)
def test_a_name_romanized_otherwise_is_said_to_be(text: str, said: str, not_said: str) -> None:
    [found] = harvest(text, [])
    assert said in found.explanation
    assert not_said not in found.explanation


def test_the_name_the_text_writes_short_is_one_proposal_with_its_full_form() -> None:
    [found] = harvest("Carrie Lam (林鄭月娥) said.\nCarrie Lam Cheng Yuet-ngor (林鄭月娥) said.\n", [])
    assert (found.entry.en, found.lines) == ("Carrie Lam", (1, 2))
    assert "Carrie Lam Cheng Yuet-ngor" in found.entry.aliases


@pytest.mark.parametrize(
    "text",
    [
        "Andy Lau Tak-wah (劉德華) sang.",  # the entry an earlier harvest stored, full
        "Actor Andy Lau (刘德华) sang.",  # the short form of the entry's full name
    ],
)
def test_a_name_an_entry_holds_in_full_is_known(text: str) -> None:
    stored = Entry(id="andy-lau-tak-wah", type="person", zh="刘德华", en="Andy Lau Tak-wah")
    [found] = harvest(text, [stored])
    assert (found.status, found.entry.id) == ("known", "andy-lau-tak-wah")


def test_a_lead_whose_other_name_an_entry_holds_is_known() -> None:
    # Wikipedia writes him "Lai Ching-te", "also known as William Lai", the form an entry may hold: the same man.
    stored = Entry(id="william-lai", type="person", zh="赖清德", en="William Lai")
    lead = "Lai Ching-te (Chinese: 賴清德; born 6 October 1959), also known as William Lai, is a Taiwanese politician."
    [found] = harvest(lead, [stored])
    assert (found.status, found.entry.id) == ("known", "william-lai")


def test_check_passes_the_short_forms_after_harvest_add(tmp_path: Path, glossary_path: Path, zhgloss_exe: str) -> None:
    # The user's repro (U30-6): Wikipedia's leads harvested into a real glossary, then a translation checked.
    article = tmp_path / "wiki.txt"
    article.write_text("\n".join(text for text, *_ in WIKIPEDIA) + "\n", encoding="utf-8")
    pairs = tmp_path / "ck.tsv"
    pairs.write_text(
        "刘德华出席了活动。\tAndy Lau attended the event.\n"
        "林郑月娥表示。\tCarrie Lam said.\n林郑月娥表示。\tMrs Lam said.\n",
        encoding="utf-8",
    )
    db = ["--db", str(glossary_path)]
    added = subprocess.run(
        [zhgloss_exe, *db, "harvest", str(article), "--add", "--yes"], capture_output=True, text=True
    )
    assert added.returncode == 0, added.stderr
    checked = subprocess.run([zhgloss_exe, *db, "check", str(pairs)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "no name problems" in checked.stdout + checked.stderr
