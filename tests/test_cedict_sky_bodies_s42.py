"""CC-CEDICT import: a body in the sky is no place (the s41 blind draw's borderline 木星 "Jupiter (planet)" and 土卫二
"Enceladus (moon of Saturn)", both `place`; brief of the forty-second session, class 2).

The line says a planet, a moon, a dwarf planet, a galaxy, a nebula, a comet or an asteroid: none of person, place or
org, so the entry gets the fallback `name`, as stars and constellations did already ("Sirius (star)"). Over the whole
of CC-CEDICT this changed 28 `--proper-only` entries, each `place` -> `name` and nothing else. A person called a
"star" stays a person (成龙 "kungfu film and Cantopop star"), a place on the moon named beside a county stays the
county (静海), and "Omega or Horseshoe Nebula M17" keeps the generic both names share (Omega Nebula, not "Omega").
Kinds CC-CEDICT's line does not say (盖世太保 "Gestapo", 戴维营 "Camp David") keep the fallback `name`, never a
specific type from knowledge.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import io
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.formats.cedict import load_cedict_documents

SKY = {
    "木星": ("木星 木星 [Mu4 xing1] /Jupiter (planet)/", "Jupiter"),
    "土卫二": ("土衛二 土卫二 [Tu3 wei4 Er4] /Enceladus (moon of Saturn), aka Saturn II/", "Enceladus"),
    "土卫六": ("土衛六 土卫六 [Tu3 wei4 Liu4] /Titan (moon of Saturn), aka Saturn VI/", "Titan"),
    "谷神星": (
        "穀神星 谷神星 [Gu3 shen2 xing1] /Ceres, dwarf planet in the asteroid belt between Mars and Jupiter, "
        "discovered in 1801 by G. Piazzi/",
        "Ceres",
    ),
    "三叶星云": ("三葉星雲 三叶星云 [San1 ye4 xing1 yun2] /Trifid Nebula M20/", "Trifid Nebula"),
    "马蹄星云": ("馬蹄星雲 马蹄星云 [Ma3 ti2 xing1 yun2] /Omega or Horseshoe Nebula M17/", "Omega Nebula"),
    "银河系": ("銀河系 银河系 [Yin2 he2 xi4] /Milky Way Galaxy/the galaxy (our galaxy)/", "Milky Way Galaxy"),
    "哈雷彗星": ("哈雷彗星 哈雷彗星 [Ha1 lei2 Hui4 xing1] /Halley's Comet/", "Halley's Comet"),
    "婚神星": ("婚神星 婚神星 [Hun1 shen2 xing1] /Juno, an asteroid/", "Juno"),
}
JINGHAI = "靜海 静海 [Jing4 hai3] /Jinghai county in Tianjin 天津[Tian1 jin1]/Sea of Tranquillity (on the moon)/"
JACKIE_CHAN = "成龍 成龙 [Cheng2 Long2] /Jackie Chan (1954-), kungfu film and Cantopop star/"
UNSAID = {
    "盖世太保": "蓋世太保 盖世太保 [Gai4 shi4 tai4 bao3] /Gestapo/",
    "戴维营": "戴維營 戴维营 [Dai4 wei2 ying2] /Camp David/",
    "蒂森克虏伯": "蒂森克虜伯 蒂森克虏伯 [Di4 sen1 Ke4 lu3 bo2] /ThyssenKrupp/",
}


def _row(line: str, zh: str) -> dict[str, Any]:
    (row,) = (r for r in load_cedict_documents(io.StringIO(line + "\n"), proper_only=True) if r["zh"] == zh)
    return row


@pytest.mark.parametrize("zh", sorted(SKY))
def test_a_body_in_the_sky_is_a_name_not_a_place(zh: str) -> None:
    line, en = SKY[zh]
    row = _row(line, zh)
    assert (row["type"], row["en"]) == ("name", en)


def test_two_names_of_a_nebula_share_its_generic() -> None:
    row = _row(SKY["马蹄星云"][0], "马蹄星云")
    assert row["aliases"][:1] == ["Horseshoe Nebula"]


def test_a_county_beside_a_sea_on_the_moon_stays_a_place() -> None:
    row = _row(JINGHAI, "静海")
    assert (row["type"], row["en"]) == ("place", "Jinghai")


def test_a_film_star_stays_a_person() -> None:
    row = _row(JACKIE_CHAN, "成龙")
    assert (row["type"], row["en"]) == ("person", "Jackie Chan")


@pytest.mark.parametrize("zh", sorted(UNSAID))
def test_a_kind_the_line_does_not_say_is_the_fallback(zh: str) -> None:
    assert _row(UNSAID[zh], zh)["type"] == "name"


_BODIES = ["planet", "dwarf planet", "moon of Saturn", "moon of Jupiter", "comet", "asteroid", "galaxy", "nebula"]
_NAMES = ["Jupiter", "Saturn", "Neptune", "Europa", "Callisto", "Phobos", "Vesta", "Pallas", "Encke"]


@given(st.sampled_from(_NAMES), st.sampled_from(_BODIES), st.booleans())
def test_any_body_the_line_names_is_a_name(name: str, body: str, bracketed: bool) -> None:
    gloss = f"{name} ({body})" if bracketed else f"{name}, {'an' if body[0] in 'aeiou' else 'a'} {body}"
    row = _row(f"某星 某星 [Mou3 xing1] /{gloss}/", "某星")
    assert (row["type"], row["en"]) == ("name", name)
