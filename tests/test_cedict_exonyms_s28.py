"""A place's own-language name given first, English's name after it (twenty-eighth session, issue 9 item 1; the
user's U27-15 and U27-53: 米兰 'Milano', 都灵 'Torino', 那不勒斯 'Napoli').

Where a line's first form is a subdivision's name as ISO 3166-2 writes it in its own language (Milano, Torino,
Napoli, Sachsen) and the line gives the same place another one-word name of the same initial that ISO does not list
(bare, with its country in brackets, or after "or"), that is English's exonym and heads the entry; the own-language
name stays an alias.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "米蘭 米兰 [Mi3 lan2] /Milano/Milan (Italy)/\n"
    "都靈 都灵 [Du1 ling2] /Torino/Turin (Italy)/\n"
    "那不勒斯 那不勒斯 [Na4 bu4 le4 si1] /Napoli, capital of Campania region of Italy/Naples/\n"
    "薩克森 萨克森 [Sa4 ke4 sen1] /Sachsen or Saxony, Bundesland in east of Germany, bordering on Poland and Czech"
    " republic, capital Dresden 德累斯頓|德累斯顿[De2 lei4 si1 dun4]/\n"
    # Controls: English's name first already; two places; a Chinese place's pinyin and Wade-Giles.
    "威尼斯 威尼斯 [Wei1 ni2 si1] /Venice/Venezia/\n"
    "林堡 林堡 [Lin2 bao3] /Limburg, Netherlands/Limbourg, Belgium/\n"
    "澎湖群島 澎湖群岛 [Peng2 hu2 Qun2 dao3] /Penghu or Pescadores, archipelago of 90 islands to west of Taiwan/\n"
    "台中縣 台中县 [Tai2 zhong1 xian4] /Taichung or Taizhong county in central Taiwan/\n"
)
# Lines of my own of the same kinds (ISO 3166-2 names: Firenze, Genova, Bayern; Venezia for a control).
OWN = (
    "佛羅倫斯 佛罗伦斯 [Fo2 luo2 lun2 si1] /Firenze/Florence (Italy)/\n"
    "熱那亞 热那亚 [Re4 na4 ya4] /Genova, capital of Liguria/Genoa/\n"
    "巴伐利亞 巴伐利亚 [Ba1 fa2 li4 ya4] /Bayern or Bavaria, state of Germany/\n"
    "威尼西 威尼西 [Wei1 ni2 xi1] /Venezia/Venice (Italy)/\n"
    "蘇黎士 苏黎士 [Su1 li2 shi4] /Zürich or Zurich, canton of Switzerland/\n"
)
ENTRIES = {e.zh: e for e in load_cedict(io.StringIO(REAL + OWN), proper_only=True)}


@pytest.mark.parametrize(
    ("zh", "en", "alias"),
    [
        ("米兰", "Milan", "Milano"),
        ("都灵", "Turin", "Torino"),
        ("那不勒斯", "Naples", "Napoli"),
        ("萨克森", "Saxony", "Sachsen"),
        ("佛罗伦斯", "Florence", "Firenze"),
        ("热那亚", "Genoa", "Genova"),
        ("威尼西", "Venice", "Venezia"),
    ],
)
def test_english_writes_the_exonym(zh: str, en: str, alias: str) -> None:
    entry = ENTRIES[zh]
    assert (entry.en, alias in entry.aliases, entry.type) == (en, True, "place")


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("威尼斯", "Venice"),  # English's name first already
        ("林堡", "Limburg"),  # two places, each described: no other name of one
        ("澎湖群岛", "Penghu"),  # the pinyin of a Chinese place is its English, not the old Portuguese
        ("台中县", "Taichung County"),  # the reading's pinyin after "or" is no exonym (its 县 written: s36)
        ("苏黎士", "Zürich"),  # the same letters without their marks: the diacritics rule's (s27) to decide
    ],
)
def test_no_exonym_where_the_line_gives_none(zh: str, en: str) -> None:
    assert ENTRIES[zh].en == en
