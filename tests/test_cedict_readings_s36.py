"""A word CC-CEDICT lists is read as CC-CEDICT reads it in the pinyin add and every import write (session 36, issue 9).

The user's U35-43: `add 华为 --type org` wrote "Huáwèi" (pypinyin's 为 after 华), so `lookup hua2wei2` found nothing;
CC-CEDICT's line is 華為 华为 [Hua2 wei2] /Huawei (brand)/ and Huawei's own pinyin is Huáwéi. The review's R35-18:
三星电子 was "Sānxīng Diànzi" (pypinyin's phrase table: diàn zi); CC-CEDICT's 電子 电子 [dian4 zi3], 现代汉语词典
diànzǐ. The class: every word whose CC-CEDICT reading differs from pypinyin's in context (data/cedict_readings.tsv,
built by scripts/build_cedict_readings.py). Expected readings are CC-CEDICT's lines, quoted beside each case:
    緬甸 缅甸 [Mian3 dian4] /Myanmar (or Burma)/
    幾內亞 几内亚 [Ji1 nei4 ya4] /Guinea/
    青藏 青藏 [Qing1 Zang4] /Qinghai and Tibet/
    朝陽區 朝阳区 [Chao2 yang2 qu1]; 朝陽 朝阳 [Chao2 yang2] (the district), [zhao1 yang2] /the morning sun/
    棲霞區 栖霞区 [Qi1 xia2 qu1] /Qixia District of Nanjing/ (棲霞 栖霞 [Xi1 xia2] is the city in Shandong)
    葡萄牙 葡萄牙 [Pu2 tao2 ya2] /Portugal/ (葡萄 [pu2 tao5] is the fruit)
    參考消息 参考消息 [Can1 kao3 Xiao1 xi1] /Reference News/ (消息 [xiao1 xi5])
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.curate import fill_pinyin
from zhgloss.errors import FormatError
from zhgloss.pinyin import (
    CEDICT_READINGS_PATH,
    _cedict_readings,
    _listed_readings,
    cedict_reading,
    load_cedict_readings,
    phrase_pinyin,
)


@pytest.mark.parametrize(
    ("zh", "kind", "en", "pinyin"),
    [
        ("华为", "org", "Huawei", "Huáwéi"),
        ("华为技术有限公司", "org", None, "Huáwéi Jìshù Yǒuxiàn Gōngsī"),
        ("三星电子", "org", "Samsung Electronics", "Sānxīng Diànzǐ"),
        ("电子科技大学", "org", None, "Diànzǐ Kējì Dàxué"),
        ("缅甸", "place", "Myanmar", "Miǎndiàn"),
        ("几内亚", "place", "Guinea", "Jīnèiyà"),
        ("青藏", "place", None, "Qīngzàng"),
        # A name's word read as CC-CEDICT's capitalised line reads it (the district), not the morning sun.
        ("朝阳区", "place", "Chaoyang District", "Cháoyáng Qū"),
    ],
)
def test_a_listed_word_is_read_as_cc_cedict_reads_it(zh: str, kind: str, en: str | None, pinyin: str) -> None:
    assert fill_pinyin(zh, kind, en) == pinyin


@pytest.mark.parametrize(
    ("zh", "kind", "en", "pinyin"),
    [
        # The longer word CC-CEDICT lists wins over a shorter one inside it that it reads otherwise.
        ("葡萄牙", "place", "Portugal", "Pútáoyá"),
        ("栖霞区", "place", "Qixia District", "Qīxiá Qū"),
        ("参考消息", "org", "Reference News", "Cānkǎo Xiāoxī"),
        # pypinyin and CC-CEDICT agree: unchanged.
        ("中国人民银行", "org", None, "Zhōngguó Rénmín Yínháng"),
    ],
)
def test_the_longest_listed_word_decides(zh: str, kind: str, en: str | None, pinyin: str) -> None:
    assert fill_pinyin(zh, kind, en) == pinyin


def test_a_common_word_is_read_by_the_lower_case_line() -> None:
    # 朝阳 the morning sun is [zhao1 yang2], the district [Chao2 yang2]; a term asks the word's line first.
    assert phrase_pinyin("朝阳", capitalize=False) == "zhāoyáng"
    assert phrase_pinyin("朝阳") == "Cháoyáng"
    assert cedict_reading("电子", proper=True) == ["dian4", "zi3"]  # no capitalised line: the word's
    assert cedict_reading("银行") is None  # CC-CEDICT reads it as pypinyin does


def test_add_and_lookup_with_the_right_tones(tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    subprocess.run(["zhgloss", "init", str(db), "--empty"], check=True, capture_output=True)
    added = subprocess.run(
        ["zhgloss", "--db", str(db), "add", "华为", "--type", "org", "--en", "Huawei"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Huáwéi" in added.stdout
    found = subprocess.run(["zhgloss", "--db", str(db), "lookup", "hua2wei2"], capture_output=True, text=True)
    assert found.returncode == 0, found.stdout + found.stderr
    assert "Huawei" in found.stdout


def test_a_sheet_import_writes_the_same_reading(tmp_path: Path) -> None:
    db, sheet = tmp_path / "g.json", tmp_path / "names.csv"
    sheet.write_text("zh,en,type\n华为,Huawei,org\n三星电子,Samsung Electronics,org\n缅甸,Myanmar,place\n")
    subprocess.run(["zhgloss", "init", str(db), "--empty"], check=True, capture_output=True)
    subprocess.run(["zhgloss", "--db", str(db), "import", str(sheet)], check=True, capture_output=True)
    entries = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert {e["zh"]: e["pinyin"] for e in entries} == {
        "华为": "Huáwéi",
        "三星电子": "Sānxīng Diànzǐ",
        "缅甸": "Miǎndiàn",
    }


def test_the_bundled_table_is_well_formed() -> None:
    with CEDICT_READINGS_PATH.open(encoding="utf-8") as fp:
        table = load_cedict_readings(fp)
    assert len(table) > 5000
    assert table["华为"] == ("hua2 wei2", "")
    assert table["朝阳"] == ("chao2 yang2", "zhao1 yang2")


@pytest.mark.parametrize(
    ("line", "what"),
    [
        ("华为\thua2 wei2\n", "expected 3 columns"),
        ("华为\thua2\t\n", "not one numbered pinyin syllable a character"),
        ("华为\thua2 wei\t\n", "not one numbered pinyin syllable a character"),
        ("华为\t\t\n", "no reading"),
    ],
)
def test_a_malformed_line_is_refused_with_its_number(line: str, what: str) -> None:
    with pytest.raises(FormatError, match=what) as caught:
        load_cedict_readings(["zh\tproper\tcommon\n", line], "t.tsv")
    assert "2" in str(caught.value)


_WORDS = sorted(_cedict_readings())


@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4), st.booleans())
def test_listed_readings_keep_one_syllable_a_character(words: list[str], proper: bool) -> None:
    # Whatever words a name is made of, each character keeps one syllable, and a word read whole is CC-CEDICT's.
    form = "".join(words)
    syllables = ["x1"] * len(form)
    sizes = [len(word) for word in words]
    out = _listed_readings(form, syllables, sizes, proper=proper)
    assert len(out) == len(form)
    start = 0
    for word in words:
        if len(words) > 1:
            assert out[start : start + len(word)] != ["x1"] * len(word)  # each listed word was read
        start += len(word)


def _cedict_warnings(**fields: object) -> list[str]:
    from zhgloss.model import Entry
    from zhgloss.validate import validate_entries

    entry = Entry.from_dict({"id": "x", **fields})
    return [p.message for p in validate_entries([entry]) if p.code == "pinyin-cedict"]


@pytest.mark.parametrize(
    ("zh", "kind", "pinyin", "said", "fix"),
    [
        ("华为", "org", "Huáwèi", "华为 huáwéi", "'Huáwéi'"),
        ("三星电子", "org", "Sānxīng Diànzi", "电子 diànzǐ", "'Sānxīng Diànzǐ'"),
        ("缅甸", "place", "Miǎndiān", "缅甸 miǎndiàn", "'Miǎndiàn'"),
    ],
)
def test_validate_warns_of_a_reading_cc_cedict_gives_otherwise(
    zh: str, kind: str, pinyin: str, said: str, fix: str
) -> None:
    [message] = _cedict_warnings(zh=zh, type=kind, pinyin=pinyin, en="E")
    assert f"otherwise than CC-CEDICT reads {said}" in message
    assert message.endswith(f"(zhgloss edit x --pinyin {fix})")


@pytest.mark.parametrize(
    "fields",
    [
        {"zh": "华为", "type": "org", "pinyin": "Huáwéi"},  # CC-CEDICT's
        {"zh": "葡萄牙", "type": "place", "pinyin": "Pútáoyá"},  # the longer word's, not 葡萄 pútao's
        {"zh": "华为", "type": "org", "pinyin": "Huawei"},  # no tones: pinyin-style's business
        {"zh": "张大为", "type": "person", "pinyin": "Zhāng Dàwèi"},  # a person: the romanizer's readings
    ],
)
def test_validate_is_silent_otherwise(fields: dict[str, str]) -> None:
    assert _cedict_warnings(en="E", **fields) == []


def test_the_printed_edit_silences_the_warning(tmp_path: Path) -> None:
    import re
    import shlex

    db = tmp_path / "g.json"
    subprocess.run(["zhgloss", "init", str(db), "--empty"], check=True, capture_output=True)
    subprocess.run(
        ["zhgloss", "--db", str(db), "add", "华为", "--type", "org", "--en", "Huawei", "--pinyin", "Huáwèi"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        check=True,
    )
    said = subprocess.run(["zhgloss", "--db", str(db), "validate"], capture_output=True, text=True).stdout
    [command] = re.findall(r"\((zhgloss --db \S+ edit [^)]*)\)", said)  # as printed, with its glossary (U38-26)
    subprocess.run(["zhgloss", *shlex.split(command)[1:]], check=True, capture_output=True)
    again = subprocess.run(["zhgloss", "--db", str(db), "validate"], capture_output=True, text=True).stdout
    assert "pinyin-cedict" not in again and "CC-CEDICT reads" not in again
