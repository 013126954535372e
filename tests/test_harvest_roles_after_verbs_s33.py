"""harvest: a title after a verb is the object's, and the subject's name and verb are no part of it (U32-4).

"Taiwan President Lai Ching-te (赖清德) met former president Tsai Ing-wen (蔡英文)" gave 蔡英文 the role
"Lai Ching-te met former president"; "Alibaba chairman Joe Tsai (蔡崇信) thanked co-founder Jack Ma (马云)" gave
马云 "chairman Joe Tsai thanked co-founder"; "Xiaomi founder Lei Jun (雷军) praised rival Huawei executive Richard
Yu (余承东)" gave 余承东 "praised rival Huawei executive". The bracket before the verb dropped, the words read back
from the title ran over the verb into the previous name (2d1eae3 stopped at a verb only before a capitalised title,
"met Foxconn chairman"). A word that says how the person stands to the subject ("rival", "fellow") is no word of
the title either.
Names: CC-CEDICT (CC BY-SA 4.0, MDBG) `蔡英文 /Tsai Ing-wen (1956-), Taiwanese DPP politician, president of
the Republic of China from 2016/`, `賴清德 赖清德 /William Lai Ching-te (1959-)/`, `溫家寶 温家宝 /Wen Jiabao
(1942-), Premier of PRC from 2003-2013/`, `朱鎔基 朱镕基 /Zhu Rongji (1928-), PRC politician, premier
1998-2003/`, `馬化騰 马化腾 /Ma Huateng aka Pony Ma (1971-), Chinese business magnate, CEO of Tencent/`, `劉德華
刘德华 /Andy Lau (1961-), Hong Kong Cantopop singer and actor/`; Zhang Zhidong (张志东), Tencent's co-founder;
Jacky Cheung (张学友), a Hong Kong singer.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


def _roles(text: str) -> dict[str, list[str]]:
    return {p.zh: [r.title for r in p.entry.roles] for p in harvest(text, []) if p.kind == "name" and p.zh}


def _notes(text: str) -> dict[str, str | None]:
    return {p.zh: p.entry.note for p in harvest(text, []) if p.kind == "name" and p.zh}


@pytest.mark.parametrize(
    ("line", "zh", "role"),
    [
        (
            "Alibaba chairman Joe Tsai (蔡崇信) thanked co-founder Jack Ma (马云) on Friday.",
            "马云",
            ["co-founder"],
        ),
        (
            "Xiaomi founder Lei Jun (雷军) praised rival Huawei executive Richard Yu (余承东).",
            "余承东",
            ["Huawei executive"],
        ),
        (
            "Tencent chief executive Pony Ma (马化腾) thanked co-founder Zhang Zhidong (张志东) at the meeting.",
            "张志东",
            ["co-founder"],
        ),
        (
            "Hong Kong singer Andy Lau (刘德华) joined fellow singer Jacky Cheung (张学友) on stage.",
            "张学友",
            ["singer"],
        ),
    ],
)
def test_role_after_a_verb_is_the_objects_own(line: str, zh: str, role: list[str]) -> None:
    assert _roles(line)[zh] == role


@pytest.mark.parametrize(
    ("line", "zh", "past"),
    [
        (
            "TAIPEI (Reuters) - Taiwan President Lai Ching-te (赖清德) met former president Tsai Ing-wen (蔡英文).",
            "蔡英文",
            "former president",
        ),
        (
            "Premier Wen Jiabao (温家宝) visited former premier Zhu Rongji (朱镕基) in Beijing.",
            "朱镕基",
            "former premier",
        ),
    ],
)
def test_past_title_after_a_verb_names_no_subject(line: str, zh: str, past: str) -> None:
    roles = _roles(line)[zh]
    note = _notes(line)[zh] or ""
    assert not any("met" in r or "visited" in r or "Lai" in r or "Wen" in r for r in roles)
    assert past in note or past in roles


def test_subjects_own_role_is_kept() -> None:
    roles = _roles("Taiwan President Lai Ching-te (赖清德) met former president Tsai Ing-wen (蔡英文) on Monday.")
    assert roles["赖清德"] == ["Taiwan President"]


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Hong Kong's jailed activist Joshua Wong (黄之锋) appealed.", ["Hong Kong's jailed activist"]),
        ("Police said jailed activist Joshua Wong (黄之锋) appealed.", ["jailed activist"]),
    ],
)
def test_a_past_form_after_a_possessive_or_no_name_describes(line: str, role: list[str]) -> None:
    # "jailed" after a possessive, or with no name before it, is the description's own word, no verb of a subject
    assert _roles(line)["黄之锋"] == role
