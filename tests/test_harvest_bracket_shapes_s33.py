"""harvest: the bracket shapes Chinese and English copy write besides a plain round bracket are read (U32-28,
U32-32): 【…】 and 〔…〕, an English label without its colon ("（英文名Richard Liu）", "英文名为"), both scripts with a
slash ("马云/馬雲"), and the Chinese with its pinyin ("周杰伦 Zhōu Jiélún").

Each of these was passed over in silence: `harvest` proposed nothing for the line and said nothing.
Names: CC-CEDICT (CC BY-SA 4.0, MDBG) `馬雲 马云 [Ma3 Yun2] /Ma Yun or Jack Ma (1964-), Chinese business magnate,
founder of Alibaba/`, `周杰倫 周杰伦 [Zhou1 Jie2 lun2] /Jay Chou (1979-), Taiwanese pop star/`, `王菲 /Faye Wong
(1969-), Chinese singer and actress/`, `騰訊 腾讯 [Teng2 xun4] /Tencent/`; Lu Weibing (卢伟冰), Xiaomi's president; Eric
Xu (徐直军), Huawei's rotating chairman; Richard Liu (刘强东), JD.com's founder.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest


def _pairs(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(p.zh, p.entry.en, p.entry.zh_hant) for p in harvest(text, []) if p.kind == "name"]


@pytest.mark.parametrize(
    ("line", "zh", "en"),
    [
        ("总裁王翔【Wang Xiang】表示。", "王翔", "Wang Xiang"),
        ("小米集团总裁卢伟冰【Lu Weibing】表示。", "卢伟冰", "Lu Weibing"),
        ("董事长邹涛〔Zou Tao〕表示。", "邹涛", "Zou Tao"),
        ("华为轮值董事长徐直军〔Eric Xu〕表示。", "徐直军", "Eric Xu"),
        ("Tencent【腾讯】rose.", "腾讯", "Tencent"),
    ],
)
def test_lenticular_and_tortoise_shell_brackets(line: str, zh: str, en: str) -> None:
    assert [(z, e) for z, e, _ in _pairs(line)] == [(zh, en)]


@pytest.mark.parametrize(
    "line",
    [
        "刘强东（英文名Richard Liu）表示。",
        "刘强东（英文名为Richard Liu）表示。",
        "刘强东（英文名字：Richard Liu）表示。",
    ],
)
def test_english_label_without_its_colon(line: str) -> None:
    assert [(z, e) for z, e, _ in _pairs(line)] == [("刘强东", "Richard Liu")]


@pytest.mark.parametrize(
    ("line", "zh", "en", "hant"),
    [
        ("Alibaba founder Jack Ma (马云/馬雲) spoke.", "马云", "Jack Ma", "馬雲"),
        ("Alibaba founder Jack Ma (马云 / 馬雲) spoke.", "马云", "Jack Ma", "馬雲"),
        ("Tencent (腾讯／騰訊) rose.", "腾讯", "Tencent", "騰訊"),
    ],
)
def test_both_scripts_with_a_slash(line: str, zh: str, en: str, hant: str) -> None:
    assert _pairs(line) == [(zh, en, hant)]


@pytest.mark.parametrize(
    ("line", "zh", "pinyin"),
    [
        ("Jay Chou (周杰伦 Zhōu Jiélún) sang.", "周杰伦", "Zhōu Jiélún"),
        ("Singer Faye Wong (王菲 Wáng Fēi) sang.", "王菲", "Wáng Fēi"),
    ],
)
def test_chinese_with_its_pinyin(line: str, zh: str, pinyin: str) -> None:
    (proposal,) = [p for p in harvest(line, []) if p.kind == "name"]
    assert (proposal.zh, proposal.entry.pinyin) == (zh, pinyin)


@pytest.mark.parametrize("line", ["【新华社北京12月4日电】记者报道。", "The band AC/DC (AC/DC乐队) played."])
def test_no_pair_where_the_bracket_holds_none(line: str) -> None:
    assert _pairs(line) == []
