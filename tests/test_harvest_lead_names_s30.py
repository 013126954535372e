"""harvest: a Wikipedia lead's other names for its subject, before the one its Chinese follows, are aliases; the
lead's "is a ..." types it after a comma too (s30, Wikipedia leads of my own; issue 9 item 5, "Wikipedia-style
lead sentences are harvested").

"The Kuomintang (KMT), also called the Guomindang (GMD) or the Chinese Nationalist Party (Chinese: 中國國民黨), is a
major political party in Taiwan" gave en "Chinese Nationalist Party" with no alias: the names a translator meets
most, Kuomintang and KMT, were lost. "Tencent Holdings Ltd., also known as Tencent (Chinese: 腾讯), is a Chinese
multinational technology conglomerate" lost the full name, and the comma before "is" hid the type (`name`). The
name the Chinese follows stays `en` (中國國民黨 is word for word the Chinese Nationalist Party); the others are its
aliases.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("lead", "zh", "en", "aliases", "kind"),
    [
        (
            "The Kuomintang (KMT), also called the Guomindang (GMD) or the Chinese Nationalist Party (Chinese: "
            "中國國民黨), is a major political party in Taiwan.",
            "中国国民党",
            "Chinese Nationalist Party",
            ("Kuomintang", "KMT", "Guomindang", "GMD"),
            "org",
        ),
        (
            "Tencent Holdings Ltd., also known as Tencent (Chinese: 腾讯), is a Chinese multinational technology "
            "conglomerate.",
            "腾讯",
            "Tencent",
            ("Tencent Holdings Ltd.",),
            "org",
        ),
        (
            "Alibaba Group Holding Limited, or Alibaba (Chinese: 阿里巴巴集团), is a Chinese multinational technology "
            "company.",
            "阿里巴巴集团",
            "Alibaba",
            ("Alibaba Group Holding Limited",),
            "org",
        ),
        (
            "Tencent Holdings Ltd. (Chinese: 腾讯控股), also known as Tencent, is a Chinese multinational technology "
            "conglomerate.",
            "腾讯控股",
            "Tencent Holdings",
            ("Tencent", "Tencent Holdings Ltd."),
            "org",
        ),
        ("Chongqing (Chinese: 重庆), is a municipality in Southwest China.", "重庆", "Chongqing", (), "place"),
    ],
)
def test_a_leads_other_names_are_aliases(lead: str, zh: str, en: str, aliases: tuple[str, ...], kind: str) -> None:
    [found] = harvest(lead, [])
    assert (found.entry.zh, found.entry.en, found.entry.aliases, found.entry.type) == (zh, en, aliases, kind)


def test_words_that_are_no_names_give_no_alias() -> None:
    [found] = harvest("In Beijing, also known as the capital, Wang Yi (Chinese: 王毅) said.", [])
    assert (found.entry.en, found.entry.aliases) == ("Wang Yi", ())
