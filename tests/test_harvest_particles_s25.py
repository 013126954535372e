"""harvest keeps a surname's particles in the Chinese name they are transliterated into (tester T-L3).

"冯德莱恩（Ursula von der Leyen）" was cut to 莱恩: Chinese writes von der Leyen whole, 冯德 for "von der". The
particles before an English surname (von, van, der, de, da, le, bin, ...) are transliterated with it, or dropped:
both happen, so the characters before the surname are the name's only where they sound like the particles.
Expected names: CC-CEDICT's own lines (冯德莱恩 "Ursula von der Leyen", 范德瓦耳斯 "Johannes Diderik van der Waals",
范德格拉夫 "Robert J. Van de Graaff", 本·拉登 and 本拉登 "Osama bin Laden", 达文西 "Leonardo da Vinci (Tw)", 勒庞
"Jean-Marie Le Pen", 贝多芬 "Ludwig van Beethoven"), Xinhua's and zh.wikipedia's spellings of people in the news
(范德贝伦 Alexander Van der Bellen, 德桑蒂斯 Ron DeSantis, 德拉富恩特 Luis de la Fuente, 冯·诺依曼 John von Neumann).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhgloss.harvest import harvest


def cut(text: str) -> list[str | None]:
    return [proposal.zh for proposal in harvest(text, [])]


PARTICLE_NAMES = [
    ("冯德莱恩", "Ursula von der Leyen"),
    ("范德贝伦", "Alexander Van der Bellen"),
    ("范德瓦耳斯", "Johannes Diderik van der Waals"),
    ("范德格拉夫", "Robert J. Van de Graaff"),
    ("本拉登", "Osama bin Laden"),
    ("本·拉登", "Osama bin Laden"),
    ("达文西", "Leonardo da Vinci"),
    ("德拉富恩特", "Luis de la Fuente"),
    ("冯·诺依曼", "John von Neumann"),
    ("勒庞", "Marine Le Pen"),
    ("德桑蒂斯", "Ron DeSantis"),
]


@pytest.mark.parametrize(("zh", "en"), PARTICLE_NAMES)
def test_a_surnames_particles_are_part_of_its_chinese(zh: str, en: str) -> None:
    assert cut(f"{zh}（{en}）抵达北京。") == [zh]


@pytest.mark.parametrize(
    ("text", "zh", "kind"),
    [
        # T-L3 itself, with a title before the name: the title makes the person.
        ("欧盟委员会主席冯德莱恩（Ursula von der Leyen）抵达北京。", "冯德莱恩", "person"),
        ("奥地利总统范德贝伦（Alexander Van der Bellen）表示。", "范德贝伦", "person"),
        ("会见冯德莱恩（Ursula von der Leyen）时说。", "冯德莱恩", "person"),  # 见 is no "von"
        # Dropped particles: the name is the surname alone, nothing before it is taken.
        ("贝多芬（Ludwig van Beethoven）的交响曲。", "贝多芬", "person"),
        # A patronymic ("bin": son of) says a person (s33, U32-24; pinned "name", the untyped fallback, before).
        ("沙特王储萨勒曼（Mohammed bin Salman）表示。", "萨勒曼", "person"),
        # A dotted name is taken whole, its particle inside it.
        ("沙特王储穆罕默德·本·萨勒曼（Mohammed bin Salman）表示。", "穆罕默德·本·萨勒曼", "person"),
    ],
)
def test_particles_are_taken_only_where_the_chinese_sounds_them(text: str, zh: str, kind: str) -> None:
    (proposal,) = harvest(text, [])
    assert (proposal.zh, proposal.entry.type) == (zh, kind)


def test_t_l3_with_the_bundled_glossary() -> None:
    from zhgloss.store import Glossary

    with Glossary.open(None) as gloss:
        entries = list(gloss)
    (proposal,) = harvest("冯德莱恩（Ursula von der Leyen）抵达北京。\n", entries)
    assert (proposal.zh, proposal.status, proposal.entry.type) == ("冯德莱恩", "new", "person")


_BEFORE = ["欧盟委员会主席", "美国总统", "会见", "据报道，", "昨天", "外长表示支持"]


@settings(max_examples=60, deadline=None)
@given(before=st.sampled_from(_BEFORE), name=st.sampled_from(PARTICLE_NAMES))
def test_words_before_a_particle_name_never_join_it(before: str, name: tuple[str, str]) -> None:
    zh, en = name
    assert cut(f"{before}{zh}（{en}）说。") == [zh]
