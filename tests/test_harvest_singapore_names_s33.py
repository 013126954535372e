"""harvest: a name written as Singapore and Malaysia write it, an adopted name, the surname and a word for each
character of the given name, prefers the adopted name and the surname (U32-6), by the one rule of zhgloss.adopted.

"Lawrence Wong Shyun Tsai (Chinese: 黄循财; born 18 December 1972)" was stored whole as en, and check then failed
"Singapore Prime Minister Lawrence Wong said today." Hong Kong's hyphenated shape ("John Lee Ka-chiu") was handled;
the Singapore one (unhyphenated given name) went past harvest's own rule. Now en "Lawrence Wong", aliases the full
form and "Wong Shyun Tsai", as `adopted.short_form` gives the table readers (c1f835b).
Names: Lawrence Wong Shyun Tsai (黄循财), Singapore's prime minister (English Wikipedia's lead); Grace Fu Hai Yien
(傅海燕) and Edwin Tong Chun Fai (唐振辉), Singapore's ministers, as the Singapore government's directory writes them.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


def _one(text: str) -> tuple[str, list[str]]:
    pair = next(p for p in harvest(text, []) if p.kind == "name")
    return pair.entry.en, list(pair.entry.aliases)


@pytest.mark.parametrize(
    ("line", "en", "aliases"),
    [
        (
            "Lawrence Wong Shyun Tsai (Chinese: 黄循财; born 18 December 1972) is a Singaporean politician.",
            "Lawrence Wong",
            ["Lawrence Wong Shyun Tsai", "Wong Shyun Tsai"],
        ),
        (
            "新加坡总理黄循财（Lawrence Wong Shyun Tsai）表示。",
            "Lawrence Wong",
            ["Lawrence Wong Shyun Tsai", "Wong Shyun Tsai"],
        ),
        ("Singapore minister Grace Fu Hai Yien (傅海燕) spoke.", "Grace Fu", ["Grace Fu Hai Yien", "Fu Hai Yien"]),
        ("Minister Edwin Tong Chun Fai (唐振辉) said.", "Edwin Tong", ["Edwin Tong Chun Fai", "Tong Chun Fai"]),
    ],
)
def test_singapore_name_prefers_the_adopted_name_and_surname(line: str, en: str, aliases: list[str]) -> None:
    assert _one(line) == (en, aliases)


@pytest.mark.parametrize(
    ("line", "en"),
    [
        ("Lee Hsien Loong (Chinese: 李显龙; born 10 February 1952) is a Singaporean politician.", "Lee Hsien Loong"),
        ("Singapore's deputy prime minister Heng Swee Keat (王瑞杰) spoke.", "Heng Swee Keat"),
    ],
)
def test_a_name_with_no_adopted_name_stays_whole(line: str, en: str) -> None:
    assert _one(line)[0] == en
