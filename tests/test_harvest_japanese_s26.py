"""U45's rest (twenty-fifth session's user, issue 9 items 5 and 6): Japanese names in harvest and then check.

"Kishida Fumio (岸田文雄)" was harvested as a `name` marked adopted, so check read "Fumio" as the family name:
"Fumio Kishida said." and "Kishida said." were both `missing`. A name `pinyin.name_origin` reads as Japanese
is a person; the English word that ends as its surname's last character reads in Japanese
(data/japanese_surname_ends.tsv: 田 ta, da) is the surname, whichever order the text writes; the entry keeps
the surname first, as CC-CEDICT and Japan's government write it, and the other order as an alias, so check
reads the family name alone as a second reference and the Western order as the same name.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from zhgloss.forms import family_name
from zhgloss.harvest import find_pairs, harvest, japanese_surname_ends, japanese_surname_word


# Japanese persons of CC-CEDICT (cedict_ts.u8, 2020-12-21) in the order its line writes them, and their surnames.
@pytest.mark.parametrize(
    ("zh", "en", "surname"),
    [
        ("福田康夫", "FUKUDA Yasuo", "FUKUDA"),  # 福田康夫 /FUKUDA Yasuo (1936-), Japanese LDP politician, .../
        ("宫泽喜一", "Kiichi Miyazawa", "Miyazawa"),  # 宮澤喜一 /Kiichi Miyazawa (1919-2007), former .../
        ("村山富市", "Tomiichi Murayama", "Murayama"),  # 村山富市 /Tomiichi Murayama (1924-), former .../
        ("三岛由纪夫", "Mishima Yukio", "Mishima"),  # 三島由紀夫 /Mishima Yukio (1925-1970), Japanese author, .../
        ("桥本龙太郎", "Hashimoto Ryūtarō", "Hashimoto"),
        ("村上春树", "Murakami Haruki", "Murakami"),
        ("伊藤博文", "Itō Hirobumi", "Itō"),
        ("黑泽明", "Kurosawa Akira", "Kurosawa"),
        ("岸田文雄", "Kishida Fumio", "Kishida"),  # the user's (Japan's cabinet writes KISHIDA Fumio)
        ("岸田文雄", "Fumio Kishida", "Kishida"),  # as Reuters and AP write him
        ("岸田文雄", "KISHIDA Fumio", "KISHIDA"),
        ("小泉纯一郎", "Junichiro Koizumi", "Koizumi"),
        # both words end as 生 may read (so, o), which told nothing; since s32 the characters' Japanese readings do
        # (`romanizations.japanese_reading`: 麻 a + 生 so spell Asō, 太郎 Tarō)
        ("麻生太郎", "Asō Tarō", "Asō"),
    ],
)
def test_the_surname_of_a_japanese_name_is_found_in_either_order(zh: str, en: str, surname: str) -> None:
    found = japanese_surname_word(zh, en)
    assert found is not None
    assert en.split()[found] == surname


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("李明", "Li Ming"),  # a Chinese name
        ("日比谷公园", "Hibiya Park"),  # a place: 比谷|公园 reads like a Japanese name, the English says park
        ("神奈川县", "Kanagawa Prefecture"),
        ("岸田文雄", "Kishida"),  # one word: no order to tell
    ],
)
def test_no_order_is_told_where_nothing_says_it(zh: str, en: str) -> None:
    assert japanese_surname_word(zh, en) is None


def test_every_ending_character_is_read() -> None:
    from zhgloss.unknown import _JAPANESE_SURNAME_ENDS

    assert set(_JAPANESE_SURNAME_ENDS) <= set(japanese_surname_ends())
    assert all(japanese_surname_ends().values())


def test_one_entry_whichever_order_the_text_writes() -> None:
    text = "Kishida Fumio (岸田文雄) said.\nJapanese Prime Minister Fumio Kishida (岸田文雄) said.\n"
    (proposal,) = harvest(text, [])
    entry = proposal.entry
    assert (entry.type, entry.zh, entry.en, entry.aliases) == (
        "person",
        "岸田文雄",
        "Kishida Fumio",
        ("Fumio Kishida",),
    )
    assert not entry.en_adopted
    assert proposal.lines == (1, 2)


@pytest.mark.parametrize(
    ("line", "zh"),
    [
        ("三岛由纪夫（Mishima Yukio）表示。", "三岛由纪夫"),  # 由 is no preposition here (was 纪夫)
        ("日本首相岸田文雄（Kishida Fumio）表示。", "岸田文雄"),
        ("前首相鸠山由纪夫（Yukio Hatoyama）表示。", "鸠山由纪夫"),
    ],
)
def test_a_japanese_name_in_chinese_first_copy_is_read_whole(line: str, zh: str) -> None:
    pairs = find_pairs(line)
    assert [p.zh for p in pairs] == [zh]


def _run(args: list[str], home: Path, text: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "zhgloss", *args], input=text, capture_output=True, text=True, env=env, check=False
    )


def test_harvest_then_check_reads_the_name_in_either_order(tmp_path: Path) -> None:
    db = str(tmp_path / "g.json")
    assert _run(["init", db], tmp_path, "").returncode == 0
    added = _run(["harvest", "-", "--add", "--yes", "--db", db], tmp_path, "Kishida Fumio (岸田文雄) said.\n")
    assert added.returncode == 0, added.stderr
    for target, kinds in [
        ("Kishida Fumio said.", []),
        ("Fumio Kishida said.", ["variant"]),  # the alias: accepted, its order noted
        ("Prime Minister Kishida Fumio arrived. Kishida said.", []),  # the family name alone, second reference
        ("Fumio said.", ["missing"]),  # the given name alone names him nowhere
        ("He said.", ["missing"]),
    ]:
        done = _run(["check", "-", "--db", db, "--json"], tmp_path, f"岸田文雄说。\t{target}\n")
        assert done.returncode in (0, 1), done.stderr
        found = [p["kind"] for p in json.loads(done.stdout)["problems"]]
        assert found == kinds, (target, done.stdout)


# U52 (user, s26): Japan's ministers whose surname starts with a character Chinese surnames use too, read as Chinese
# by the romanizer, were `name` and "Takaichi said." `missing`. Surnames as Kyodo and NHK World write them.
@pytest.mark.parametrize(
    ("zh", "en", "surname"),
    [
        ("高市早苗", "Sanae Takaichi", "Takaichi"),
        ("高市早苗", "Takaichi Sanae", "Takaichi"),
        ("石破茂", "Shigeru Ishiba", "Ishiba"),
        ("林芳正", "Yoshimasa Hayashi", "Hayashi"),
        ("岩屋毅", "Takeshi Iwaya", "Iwaya"),
        ("菅义伟", "Yoshihide Suga", "Suga"),
    ],
)
def test_a_japanese_name_the_romanizer_reads_as_chinese(zh: str, en: str, surname: str) -> None:
    found = japanese_surname_word(zh, en)
    assert found is not None
    assert en.split()[found] == surname
    (proposal,) = harvest(f"{en} ({zh}) said.", [])
    # In the order the text writes it (R48-15), its family name read as `check` reads it.
    assert (proposal.entry.type, proposal.entry.en, family_name(proposal.entry)) == ("person", en, surname)


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("林郑月娥", "Carrie Lam"),  # 林 is Lam here: Cantonese, no Japanese reading
        ("林书豪", "Jeremy Lin"),
        ("李嘉诚", "Li Ka-shing"),
        ("石宗源", "Shi Zongyuan"),  # pinyin: never Japanese
    ],
)
def test_a_chinese_name_in_another_romanization_stays_chinese(zh: str, en: str) -> None:
    assert japanese_surname_word(zh, en) is None


# Findings-cur (user, s26, on 8c070af): a Japanese surname opening with 与 or 是 lost it; 是枝裕和 gave no pair.
@pytest.mark.parametrize(
    ("line", "zh", "en"),
    [
        (
            "导演是枝裕和（Hirokazu Koreeda）表示。",
            "是枝裕和",
            "Hirokazu Koreeda",
        ),  # the director; surname 是枝 Koreeda
        ("是枝裕和（Hirokazu Koreeda）的新片上映。", "是枝裕和", "Hirokazu Koreeda"),
        ("与谢野晶子（Yosano Akiko）的诗。", "与谢野晶子", "Yosano Akiko"),  # the poet; surname 与謝野 Yosano
        ("诗人与谢野晶子（Akiko Yosano）说。", "与谢野晶子", "Akiko Yosano"),
        ("物理学家菅直人（Kan Naoto）表示。", "菅直人", "Kan Naoto"),  # 菅直人 /KAN Naoto (1946-), .../
    ],
)
def test_a_japanese_surname_opening_with_a_break_character_is_kept(line: str, zh: str, en: str) -> None:
    (proposal,) = harvest(line, [])
    assert (proposal.zh, proposal.en, proposal.entry.type) == (zh, en, "person")


# U64 (user, s26; the same at 0d88962): a pronoun opening the clause and its verb are no part of the place.
@pytest.mark.parametrize(
    ("line", "zh"),
    [
        ("他来自河内（Hanoi）。", "河内"),
        ("她来自东京（Tokyo）。", "东京"),
        ("我来自曼谷（Bangkok）。", "曼谷"),
        ("她飞往东京（Tokyo）。", "东京"),
        ("他回到河内（Hanoi）。", "河内"),
        ("他来自开罗（Cairo）。", "开罗"),
    ],
)
def test_a_pronoun_and_its_verb_are_no_part_of_the_place(line: str, zh: str) -> None:
    assert [p.zh for p in find_pairs(line)] == [zh]


def test_a_verb_before_a_japanese_name_stays_out() -> None:
    assert [p.zh for p in find_pairs("会见菅直人（Kan Naoto）。")] == ["菅直人"]
