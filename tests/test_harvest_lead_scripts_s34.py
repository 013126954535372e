"""harvest: Wikipedia's leads of Korean and Japanese people (s34, U33-32). A Korean lead gives the name's characters
after "Hanja:" beside the Hangul ("Lee Jae-myung (Korean: 이재명; Hanja: 李在明; born …)"); a Japanese lead writes
the kanji with a space between family and given name ("Shigeru Ishiba (石破 茂, Ishiba Shigeru; born …)"), or after
"Japanese:". They gave nothing, or the name with its space ("石破 茂"). The English is stored surname first for a
Japanese name, as the README's convention says ("Ishiba Shigeru", the lead's "Shigeru Ishiba" an alias).
The leads are English Wikipedia's opening lines. On the parent 79ea62a, all 8 of this file's tests fail.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("line", "zh", "en", "alias"),
    [
        (
            "Lee Jae-myung (Korean: 이재명; Hanja: 李在明; born 22 December 1963) is a South Korean politician.",
            "李在明",
            "Lee Jae-myung",
            None,
        ),
        (
            "Yoon Suk Yeol (Korean: 윤석열; Hanja: 尹錫悅; born 18 December 1960) is a South Korean politician.",
            "尹锡悦",
            "Yoon Suk Yeol",
            None,
        ),
        (
            "Moon Jae-in (Korean: 문재인; Hanja: 文在寅; born 24 January 1953) is a South Korean politician.",
            "文在寅",
            "Moon Jae-in",
            None,
        ),
        (
            "Shigeru Ishiba (石破 茂, Ishiba Shigeru; born 4 February 1957) is a Japanese politician.",
            "石破茂",
            "Shigeru Ishiba",  # the lead's order (R48-15); its bracket's "Ishiba Shigeru" no alias: `_japanese_aliases`
            None,
        ),
        (
            "Fumio Kishida (岸田 文雄, Kishida Fumio, born 29 July 1957) is a Japanese politician.",
            "岸田文雄",
            "Fumio Kishida",
            None,
        ),
        (
            "Yoshihide Suga (菅 義偉, Suga Yoshihide; born 6 December 1948) is a Japanese politician.",
            "菅义伟",
            "Yoshihide Suga",
            None,
        ),
        (
            "Hirohito (Japanese: 裕仁; 29 April 1901 – 7 January 1989) was the emperor of Japan.",
            "裕仁",
            "Hirohito",
            None,
        ),
    ],
)
def test_a_korean_or_japanese_lead_gives_the_name(line: str, zh: str, en: str, alias: str | None) -> None:
    (proposal,) = harvest(line, [])
    assert (proposal.zh, proposal.en, proposal.entry.type) == (zh, en, "person")
    if alias is not None:
        assert alias in proposal.entry.aliases


def test_a_news_bracket_with_a_spaced_japanese_name_is_one_name() -> None:
    (proposal,) = harvest("Japanese PM Shigeru Ishiba (石破 茂) met him.", [])
    assert (proposal.zh, proposal.en) == ("石破茂", "Shigeru Ishiba")
