"""harvest: a plural before a list of names is no part of the first name's English (s32, R16).

4bee2df read a plural title before a list as each name's title in the singular ("Presidents Donald Trump and
Vladimir Putin": President each), but only a title word with an s: "Actresses Zhang Ziyi and Gong Li (章子怡和巩俐)"
gave 章子怡 en "Actresses Zhang Ziyi" (alone, "Actress Zhang Ziyi (章子怡)" gives role Actress), and so did -ies,
-men, a kinship word and any plural the role vocabulary lacks; --add stored them. Now es, ies and men are plurals
too; Brothers and Sisters are no one's role and no name's; another plural of a word English writes in lower case is
no part of the first name where the words after it name the Chinese (章子怡 = Zhang Ziyi): each one's role if it is
an agent noun ("Pianists"), no one's otherwise ("Rivals", "Teammates"). "Pianist Lang Lang (郎朗)" alone is the same
class: an agent noun before a name the pinyin accounts for is the role; a word of another shape may be an adopted
given name ("Stone Wang Shi", "Fish Leong") and stays.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


def _people(line: str) -> list[tuple[str | None, str, list[str]]]:
    return [(p.zh, p.en, [r.title for r in p.entry.roles]) for p in harvest(line, []) if p.kind == "name"]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # R16
        (
            "Actresses Zhang Ziyi and Gong Li (章子怡和巩俐) attended the premiere.",
            [("章子怡", "Zhang Ziyi", ["Actress"]), ("巩俐", "Gong Li", ["Actress"])],
        ),
        (
            "Businessmen Lei Jun and Lin Bin (雷军和林斌) founded Xiaomi in 2010.",
            [("雷军", "Lei Jun", ["Businessman"]), ("林斌", "Lin Bin", ["Businessman"])],
        ),
        (
            "Bosses Jack Ma and Pony Ma (马云和马化腾) met the premier.",
            [("马云", "Jack Ma", ["Boss"]), ("马化腾", "Pony Ma", ["Boss"])],
        ),
        # -men, -ies
        (
            "Chairmen Lei Jun and Lin Bin (雷军和林斌) spoke at the launch.",
            [("雷军", "Lei Jun", ["Chairman"]), ("林斌", "Lin Bin", ["Chairman"])],
        ),
        (
            "Secretaries Antony Blinken and Lloyd Austin (布林肯和奥斯汀) arrived in Manila.",
            [("布林肯", "Antony Blinken", ["Secretary"]), ("奥斯汀", "Lloyd Austin", ["Secretary"])],
        ),
        # kin: no one's role
        (
            "Brothers Wang Zhongjun and Wang Zhonglei (王中军和王中磊) founded Huayi Brothers.",
            [("王中军", "Wang Zhongjun", []), ("王中磊", "Wang Zhonglei", [])],
        ),
        (
            "Sisters Soong Ching-ling and Soong Mei-ling (宋庆龄和宋美龄) married Sun Yat-sen and Chiang Kai-shek.",
            [("宋庆龄", "Soong Ching-ling", []), ("宋美龄", "Soong Mei-ling", [])],
        ),
        # a plural the role words lack, before names the pinyin accounts for
        (
            "Pianists Lang Lang and Li Yundi (郎朗和李云迪) played at the gala.",
            [("郎朗", "Lang Lang", ["Pianist"]), ("李云迪", "Li Yundi", ["Pianist"])],
        ),
        (
            "Teammates Yao Ming and Yi Jianlian (姚明和易建联) met in Houston.",
            [("姚明", "Yao Ming", []), ("易建联", "Yi Jianlian", [])],
        ),
        (
            "Rivals Jack Ma and Pony Ma (马云和马化腾) met at the summit.",
            [("马云", "Jack Ma", []), ("马化腾", "Pony Ma", [])],
        ),
        # alone
        ("Pianist Lang Lang (郎朗) will perform at the opening gala.", [("郎朗", "Lang Lang", ["Pianist"])]),
        ("Sculptor Zhang Yonghe (张永和) designed the pavilion.", [("张永和", "Zhang Yonghe", ["Sculptor"])]),
    ],
)
def test_a_plural_before_a_list_is_no_part_of_a_name(line: str, want: list[tuple[str, str, list[str]]]) -> None:
    assert _people(line) == want


@pytest.mark.parametrize(
    ("line", "en"),
    [("Stone Wang Shi (王石) founded Vanke.", "Stone Wang Shi"), ("Fish Leong (梁静茹) sang.", "Fish Leong")],
)
def test_an_adopted_name_that_is_a_word_stays(line: str, en: str) -> None:
    assert _people(line)[0][1] == en


def test_a_given_name_ending_in_s_stays() -> None:
    # Williams is an English given name, not a plural
    assert _people("Williams Zhang and Li Na (张威廉和李娜) played doubles.")[0][:2] == ("张威廉", "Williams Zhang")
