"""A piece of music is a work (thirty-first session; the s30 blind draw's firm error: 十面埋伏 "Ambush from Ten Sides
(pipa solo piece)/House of Flying Daggers (2004 movie ...)/", two works, was typed `name`: the piece was read as
nothing, and a movie's work beside nothing made no kind).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# A real CC-CEDICT line (cedict_ts.u8 of /work/shared/data), the only one of the shape; then two of my own.
LINES = (
    "十面埋伏 十面埋伏 [Shi2 mian4 Mai2 fu2] /Ambush from Ten Sides (pipa solo piece)/House of Flying Daggers (2004"
    " movie by Zhang Yimou 張藝謀|张艺谋[Zhang1 Yi4 mou2])/\n"
    "春江花月夜 春江花月夜 [Chun1 jiang1 Hua1 yue4 Ye4] /Spring River Flower Moon Night (guzheng piece)/\n"
    "胡桃夾子組曲 胡桃夹子组曲 [Hu2 tao2 Jia1 zi5 Zu3 qu3] /Nutcracker Suite (orchestral suite by Tchaikovsky)/\n"
)
KINDS = kinds_and_english(LINES)


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("十面埋伏", "Ambush from Ten Sides"),
        ("春江花月夜", "Spring River Flower Moon Night"),
        ("胡桃夹子组曲", "Nutcracker Suite"),
    ],
)
def test_a_piece_of_music_is_a_work(zh: str, en: str) -> None:
    assert KINDS[zh] == ("work", en)
