"""A line that names a species or a genus by its Latin name names a kind of living thing, a common noun: no name
`--proper-only` keeps (thirty-third session; the tester's s33 T10: 湖北花楸 "Chinese Rowan tree/Sorbus hupehensis or
Hupeh rowan" was kept, type name). English words of that shape ("Ebola virus", "Japanese troops") are none, and a
dinosaur's or a pterosaur's genus stays a name, as the tester asked ("a harder call")."""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "湖北花楸 湖北花楸 [Hu2 bei3 hua1 qiu1] /Chinese Rowan tree/Sorbus hupehensis or Hupeh rowan/\n"
    "鳴角鴞 鸣角鸮 [Ming2 jiao3 xiao1] /Screech-owl (genus Megascops, a.k.a. Otus)/\n"
    "萬代蘭 万代兰 [Wan4 dai4 lan2] /Vanda genus of orchids/\n"
    "包氏螺旋體 包氏螺旋体 [Bao1 shi4 luo2 xuan2 ti3] /Borrelia, genus of Spirochaete bacteria/\n"
    "美洲小鴕 美洲小鸵 [Mei3 zhou1 xiao3 tuo2] /Lesser Rhea/Darwin's Rhea/Rhea pennata/\n"
    "埃博拉病毒 埃博拉病毒 [Ai1 bo2 la1 bing4 du2] /Ebola virus/\n"
    "日軍 日军 [Ri4 jun1] /Japanese army/Japanese troops/\n"
    "驚恐翼龍 惊恐翼龙 [Jing1 kong3 yi4 long2] /Phobetor (genus of pterodactyloid pterosaur)/\n"
)
NAMES = {entry.zh: entry for entry in load_cedict(io.StringIO(REAL), proper_only=True)}
FULL = {entry.zh: entry for entry in load_cedict(io.StringIO(REAL))}


@pytest.mark.parametrize("zh", ["湖北花楸", "鸣角鸮", "万代兰", "包氏螺旋体", "美洲小鸵"])
def test_a_species_or_a_genus_is_no_name(zh: str) -> None:
    assert zh not in NAMES
    assert FULL[zh].type == "term"  # (a full import keeps it, as a term)


@pytest.mark.parametrize("zh", ["埃博拉病毒", "日军", "惊恐翼龙"])
def test_english_words_and_a_dinosaurs_genus_stay_names(zh: str) -> None:
    assert zh in NAMES
