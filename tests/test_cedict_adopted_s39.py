"""CC-CEDICT import: `en_adopted` is read from the line, not set for every entry (user U38-17, the lead's decision).

README and docs/glossary-notes.md define the flag: true when the English is an adopted or Western name, not the
pinyin of zh; false when en is the toneless pinyin, possibly followed by translated generic words ("Xiaomi Group").
The import wrote `"en_adopted": true` for all 14,937 names, so 习近平 "Xi Jinping", 赵乐际 "Zhao Leji" and 胡锦涛
"Hu Jintao" were adopted, validate skipped their English, and `import --on-conflict replace` flipped a curated
entry's false to true. The rule is `zhgloss.pinyin.en_matches_pinyin` (validate's and check's), in
`zhgloss.formats.cedict._adopted`. A person whose English spells the pinyin given name first (陈露 "Lu Chen") or
whose name is not Chinese (阿兰 "Alan") stays adopted, as validate would otherwise report it.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.formats.cedict import load_cedict
from zhgloss.pinyin import en_matches_pinyin

PINYIN = {
    # Chinese names whose English is their pinyin: not adopted.
    "习近平": "習近平 习近平 [Xi2 Jin4 ping2] /Xi Jinping (1953-), PRC politician/",
    "胡锦涛": "胡錦濤 胡锦涛 [Hu2 Jin3 tao1] /Hu Jintao (1942-), General Secretary of the CCP 2002-2012/",
    "赵乐际": "趙樂際 赵乐际 [Zhao4 Le4 ji4] /Zhao Leji (1957-), member of the Politburo Standing Committee/",
    "毛泽东": "毛澤東 毛泽东 [Mao2 Ze2 dong1] /Mao Zedong (1893-1976), Chinese communist leader/",
    "吕布": "呂布 吕布 [Lu:3 Bu4] /Lü Bu (-198), general and warlord/",
    # A place's pinyin, alone or with the translated unit the headword writes.
    "北京": "北京 北京 [Bei3 jing1] /Beijing, capital of People's Republic of China/Peking/PRC government/",
    "衡山县": "衡山縣 衡山县 [Heng2 shan1 xian4] /Hengshan county in Hengyang 衡陽|衡阳[Heng2 yang2], Hunan/",
    "上海证券交易所": (
        "上海證券交易所 上海证券交易所 [Shang4 hai3 Zheng4 quan4 Jiao1 yi4 suo3] /Shanghai Stock Exchange (SSE)/"
    ),
    "乐浪郡": "樂浪郡 乐浪郡 [Le4 lang4 jun4] /Lelang commandery (108 BC-313 AD), one of four Han commanderies/",
}
ADOPTED = {
    # An English given name, a Wade-Giles, Cantonese or Singapore spelling: adopted.
    "王菲": "王菲 王菲 [Wang2 Fei1] /Faye Wong (1969-), Hong Kong pop star and actress/",
    "成龙": "成龍 成龙 [Cheng2 Long2] /Jackie Chan (1954-), kungfu film and Cantopop star/",
    "孙中山": "孫中山 孙中山 [Sun1 Zhong1 shan1] /Dr Sun Yat-sen (1866-1925), first president of the ROC/",
    "蒋介石": "蔣介石 蒋介石 [Jiang3 Jie4 shi2] /Chiang Kai-shek (1887-1975), military leader/",
    "李光耀": "李光耀 李光耀 [Li3 Guang1 yao4] /Lee Kuan Yew (1923-2015), founding father of modern Singapore/",
    # The pinyin, but given name first (the skater's own order) or a name that is not Chinese.
    "陈露": "陳露 陈露 [Chen2 Lu4] /Lu Chen (1976-), PRC figure skater, 1995 world champion/",
    "阿兰": "阿蘭 阿兰 [A1 lan2] /Alan, Allen, Allan, Alain etc (name)/A-lan (Chinese female name)/",
}
TERMS = "風水 风水 [feng1 shui3] /feng shui/geomancy/\n飯圈 饭圈 [fan4 quan1] /fan club/\n"


def _read(lines: dict[str, str], proper_only: bool = True) -> dict[str, tuple[str, bool]]:
    text = "".join(line + "\n" for line in lines.values())
    return {e.zh: (e.en, e.en_adopted) for e in load_cedict(io.StringIO(text), proper_only=proper_only)}


@pytest.mark.parametrize("proper_only", [True, False])
def test_pinyin_english_is_not_adopted(proper_only: bool) -> None:
    read = _read(PINYIN, proper_only)
    assert {zh: adopted for zh, (_, adopted) in read.items()} == dict.fromkeys(PINYIN, False)
    assert read["衡山县"][0] == "Hengshan County"


def test_an_adopted_or_other_romanisation_is_adopted() -> None:
    read = _read(ADOPTED)
    assert {zh: adopted for zh, (_, adopted) in read.items()} == dict.fromkeys(ADOPTED, True)
    assert read["孙中山"][0] == "Sun Yat-sen"  # "Sun" spells Sūn, but the rest is no translated word


def test_a_common_words_english_is_a_translation() -> None:
    # docs/glossary-notes.md: "Every phrase is true, because its English is a translation" (饭圈 "fan club" is no
    # fan 饭 and a club, though "fan" spells fàn).
    read = {e.zh: e.en_adopted for e in load_cedict(io.StringIO(TERMS), proper_only=False)}
    assert read == {"风水": True, "饭圈": True}


_SYLLABLES = st.sampled_from(["zhang", "wei", "li", "na", "xiao", "ming", "chen", "guo", "hua", "jun"])


@given(st.lists(_SYLLABLES, min_size=2, max_size=3), st.sampled_from(["County", "City", "District", "River"]))
def test_a_place_whose_english_is_its_pinyin_with_or_without_a_unit_is_not_adopted(
    syllables: list[str], unit: str
) -> None:
    # A made-up line of the real shape: "<Pinyin> county, Hunan" with the headword's reading and its unit syllable.
    numbered = " ".join(s + "1" for s in syllables) + " xian4"
    name = "".join(syllables).capitalize()
    line = "甲乙丙丁戊己庚"[: len(syllables)] + "县"
    text = f"{line} {line} [{numbered.capitalize()}] /{name} {unit.lower()}, Hunan/\n"
    (entry,) = load_cedict(io.StringIO(text), proper_only=True)
    assert en_matches_pinyin(entry.en.split()[0], "".join(syllables))
    assert entry.en_adopted is False


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True, check=False)


def test_replace_keeps_a_curated_false_for_a_pinyin_name(tmp_path: Path) -> None:
    """U38-17's repro: a team glossary's 习近平 and 赵乐际 (added, en_adopted false) merged with the CC-CEDICT names
    by --on-conflict replace were "updated ...: en_adopted: True (stored False)"."""
    db = tmp_path / "team.json"
    source = tmp_path / "cedict.u8"
    source.write_text(PINYIN["习近平"] + "\n" + PINYIN["赵乐际"] + "\n" + ADOPTED["王菲"] + "\n", encoding="utf-8")
    assert _run("init", str(db), "--empty").returncode == 0
    for zh in ("习近平", "赵乐际"):
        assert _run("add", zh, "--type", "person", "--db", str(db)).returncode == 0
    result = _run("import", str(source), "--proper-only", "--on-conflict", "replace", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "en_adopted" not in result.stderr
    stored = {e["zh"]: e for e in json.loads(db.read_text(encoding="utf-8"))["entries"].values()}
    assert (stored["习近平"]["en"], stored["习近平"]["en_adopted"]) == ("Xi Jinping", False)
    assert (stored["赵乐际"]["en"], stored["赵乐际"]["en_adopted"]) == ("Zhao Leji", False)
    assert (stored["王菲"]["en"], stored["王菲"]["en_adopted"]) == ("Faye Wong", True)
    assert _run("validate", str(db)).returncode == 0
