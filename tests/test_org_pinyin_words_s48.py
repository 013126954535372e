"""The pinyin words of a name that is no person's (forty-eighth session; the s47 note and the review's R48-3).

`add 宁德时代新能源科技 --type org` wrote "Níngdé Shídàixīn Néngyuán Kējì": the word counts (jieba's) lack 新能源, so 新
stood alone and joined the word before it. A prefix alone between two words begins the word after it (GB/T
16159-2012 §6.1.7: 副部长, 非金属, 超导体; 新能源). And 和 inside a company's name was the conjunction, spaced and lower
case, and read huò: 长江和记 "Chángjiāng hé Jì" (CK Hutchison), 同和药业 "Tóng huò Yàoyè". 和 after a character alone
that starts the name, or after a word and before a character alone that ends it or a word, is a name's character,
read hé, as harvest keeps it in the name (R47-3).

Over CC-CEDICT's 11,480 names of Chinese characters alone typed org, place, work, event, product or name, the pinyin
`phrase_pinyin` writes changes for 2: 中和市 Zhōnghéshì (was Zhōng hé Shì) and 必和必拓 Bìhuó Bìtuò (was Bì huó Bìtuò;
CC-CEDICT groups it so). Names joined by "and" keep their conjunction: 特克斯和凯科斯群岛, 罪与罚, 教义和圣约.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.pinyin import phrase_pinyin, word_sizes


@pytest.mark.parametrize(
    ("zh", "pinyin"),
    [
        ("宁德时代新能源科技", "Níngdé Shídài Xīnnéngyuán Kējì"),
        ("长江和记", "Chángjiāng Héjì"),
        ("长江和记实业", "Chángjiāng Héjì Shíyè"),
        ("信和置业", "Xìnhé Zhìyè"),
        ("恒和珠宝", "Hénghé Zhūbǎo"),
        ("天和防务", "Tiānhé Fángwù"),
        ("同和药业", "Tónghé Yàoyè"),  # hé, not pypinyin's huò
        ("瑞和科技", "Ruìhé Kējì"),
    ],
)
def test_words_of_a_company(zh: str, pinyin: str) -> None:
    assert phrase_pinyin(zh) == pinyin


@pytest.mark.parametrize(
    ("zh", "pinyin"),
    [
        ("国家发展和改革委员会", "Guójiā Fāzhǎn hé Gǎigé Wěiyuánhuì"),  # a conjunction between words
        ("文化和旅游部", "Wénhuà hé Lǚyóubù"),
        ("罪与罚", "Zuì yǔ Fá"),
        ("教义和圣约", "Jiàoyì hé Shèngyuē"),
        ("特克斯和凯科斯群岛", "Tèkèsī hé Kǎikēsī Qúndǎo"),
        ("千里达和多巴哥", "Qiānlǐdá hé Duōbāgē"),
        ("巴布亚新几内亚", "Bābùyàxīn Jǐnèiyà"),  # (no prefix in a transliteration; as before)
        ("必和必拓", "Bìhuó Bìtuò"),  # CC-CEDICT's own reading stands
        ("和记黄埔", "Héjì Huángpǔ"),
        ("宁德时代", "Níngdé Shídài"),
    ],
)
def test_controls(zh: str, pinyin: str) -> None:
    assert phrase_pinyin(zh) == pinyin


def test_a_common_word_keeps_its_reading() -> None:
    assert phrase_pinyin("暖和", capitalize=False) == "nuǎnhuo"
    assert phrase_pinyin("暖和") == "Nuǎnhuo"


# Two-character words of the word counts and a one-character start: X和 + word.
STARTS = st.sampled_from("信同恒天瑞华光")
WORDS = st.sampled_from(["科技", "药业", "置业", "证券", "珠宝", "防务", "实业"])


@given(STARTS, WORDS)
def test_he_after_a_lone_start_is_the_names(start: str, word: str) -> None:
    zh = f"{start}和{word}"
    assert word_sizes(zh) == [2, 2]
    written = phrase_pinyin(zh)
    assert " hé " not in written
    assert written.split()[0].endswith("hé")


@given(st.sampled_from(["时代", "中国", "国家", "华能"]), st.sampled_from(["能源", "材料", "媒体", "技术"]))
def test_xin_begins_the_word_after_it(before: str, after: str) -> None:
    assert word_sizes(f"{before}新{after}") == [2, 3]


def test_add_an_organisation(tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    subprocess.run(["zhgloss", "init", "--empty", str(db)], check=True, capture_output=True)
    for zh, en in (("宁德时代新能源科技", "Contemporary Amperex Technology"), ("长江和记", "CK Hutchison")):
        done = subprocess.run(
            ["zhgloss", "--db", str(db), "add", zh, "--type", "org", "--en", en],
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
        )
        assert done.returncode == 0, done.stderr
    pinyins = {e["zh"]: e["pinyin"] for e in json.loads(db.read_text(encoding="utf-8"))["entries"].values()}
    assert pinyins == {"宁德时代新能源科技": "Níngdé Shídài Xīnnéngyuán Kējì", "长江和记": "Chángjiāng Héjì"}
