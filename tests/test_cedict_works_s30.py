"""A work the line names as a work is typed `work` (thirtieth session; the tester's T2: 胡桃夹子 "The Nutcracker
(ballet)", 圣经 "Holy Bible", 共产党宣言 "Manifesto of the Communist Party" were `name`, 音乐之声 "The Sound of Music,
Broadway musical ... and Academy Award-winning movie" `org`).

A ballet, a musical, a bible, a manifesto, a saga, a symphony are works; writings ("text", "scripture") when they
head a description ("ancient Chinese medical text", "Islamic scripture"), not where they qualify another word
("mobile text and voice messaging service" is WeChat, a service) nor as a genre's name ("Buddhist texts").
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "胡桃夾子 胡桃夹子 [Hu2 tao2 Jia1 zi5] /The Nutcracker (ballet)/\n"
    "聖經 圣经 [Sheng4 jing1] /Holy Bible/the Confucian classics/CL:本[ben3],部[bu4]/\n"
    '共產黨宣言 共产党宣言 [Gong4 chan3 dang3 Xuan1 yan2] /Manifesto of the Communist Party/"Manifest der'
    ' Kommunistischen Partei" by Marx and Engels (1848)/\n'
    "音樂之聲 音乐之声 [Yin1 yue4 zhi1 sheng1] /The Sound of Music, Broadway musical (1959) and Academy Award-winning"
    " movie (1965)/\n"
    "靈樞經 灵枢经 [Ling2 shu1 jing1] /the Divine Pivot or Spiritual Pivot, ancient Chinese medical text/\n"
    # Controls.
    "微信 微信 [Wei1 xin4] /Weixin or WeChat (mobile text and voice messaging service developed by Tencent"
    " 騰訊|腾讯[Teng2 xun4])/\n"
    "佛經 佛经 [Fo2 jing1] /Buddhist texts/scripture/\n"
)
# Lines of my own of the same shapes.
OWN = (
    "天鵝湖 天鹅湖 [Tian1 e2 Hu2] /Swan Lake (ballet)/\n"
    "道德經注 道德经注 [Dao4 de2 jing1 Zhu4] /Heshang Gong's commentary, ancient Daoist text/\n"
)
KINDS = kinds_and_english(REAL + OWN)


@pytest.mark.parametrize("zh", ["胡桃夹子", "圣经", "共产党宣言", "音乐之声", "灵枢经", "天鹅湖", "道德经注"])
def test_a_work_is_a_work(zh: str) -> None:
    assert KINDS[zh][0] == "work", KINDS[zh]


def test_a_word_that_qualifies_another_or_a_genre_is_no_work() -> None:
    assert KINDS["微信"][0] != "work", KINDS["微信"]
    assert "佛经" not in KINDS
