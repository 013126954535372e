"""A one-character verb before a name's Chinese is the sentence's, not the name's (s46, R45-13).

Before, harvest took it into the name: 他用了微信（WeChat） proposed 用了微信, 他用微信（WeChat）付款
用微信 (and, beside the right 微信 of another line, a second entry, a conflict), 我用了支付宝（Alipay）
用了支付宝, 他买了特斯拉（Tesla） 买了特斯拉, 他卖了茅台（Moutai）股票 卖了茅台. jieba cuts most
transliterations into single characters (特|斯|拉), so the name takes, back from where its sound starts, the
single characters that are no word of the sentence, and 了 between two of them; 买, 用, 卖 were no word of the
sentence. Now a one-character verb or preposition of jieba's dictionary (tagged v or p, counted 1,000 times or
more) that stands in at most 5 of CC-CEDICT's transliterated names is one after a word of the sentence or a break
(data/verb_characters.tsv, scripts/build_verb_characters.py: 买, 卖, 用, 看, 吃); after a character of the name
or opening the clause it stays the name's (唐|招|提寺, 吞米桑布札). Characters that are syllables of
transliterations as often are no such verbs: 提 (塞万提斯, 布拉提斯拉瓦), 开 (米开朗基罗), 安 (印第安纳波利斯),
格 (门兴格拉德巴赫), 维 (蒙得维的亚).

The names are companies' and apps' own English names (WeChat, Alipay, DingTalk, TikTok, Tesla, Moutai, Starbucks,
McDonald's, Google) and CC-CEDICT's places and persons (Mumbai 孟买, Jamaica 牙买加, Cervantes 塞万提斯).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.harvest import harvest, verb_characters

# (line, the name's Chinese): the verb (and 了) were part of it on the parent.
VERB_TAKEN_BEFORE = [
    ("他用了微信（WeChat）。", "微信"),  # the review's (R45-13)
    ("他用微信（WeChat）付款。", "微信"),
    ("我用了支付宝（Alipay）。", "支付宝"),
    ("大家都用了钉钉（DingTalk）。", "钉钉"),
    ("他买了特斯拉（Tesla）。", "特斯拉"),
    ("他卖了茅台（Moutai）股票。", "茅台"),
    ("他买特斯拉（Tesla）。", "特斯拉"),  # mine: without 了, other verbs, other names
    ("他卖特斯拉（Tesla）。", "特斯拉"),
    ("他看了特斯拉（Tesla）的新车。", "特斯拉"),
    ("她用了抖音（TikTok）。", "抖音"),
    ("他买了星巴克（Starbucks）的咖啡。", "星巴克"),
    ("他吃了麦当劳（McDonald's）。", "麦当劳"),
    ("他用了谷歌（Google）。", "谷歌"),
    ("他看了塞万提斯（Cervantes）的书。", "塞万提斯"),
]
# Right on the parent and still: a verb-like character that is a syllable of the name, or a name after a
# two-character verb.
NAME_OWN_CHARACTER = [
    ("他去了孟买（Mumbai）。", "孟买"),  # 买 ends the name
    ("他访问牙买加（Jamaica）。", "牙买加"),  # and sits inside one
    ("他去了布拉提斯拉瓦（Bratislava）。", "布拉提斯拉瓦"),  # 提: 37 transliterations hold it
    ("他飞抵门兴格拉德巴赫（Mönchengladbach）。", "门兴格拉德巴赫"),
    ("他访问了印第安纳波利斯（Indianapolis）。", "印第安纳波利斯"),
    ("他去了蒙得维的亚（Montevideo）。", "蒙得维的亚"),
    ("我们找了星巴克（Starbucks）。", "星巴克"),
    ("他说特朗普（Trump）会来。", "特朗普"),
    # A verb after a character of the name, or opening the clause, is the name's (the rule's first form cut these).
    ("总统访问唐招提寺（Toushoudaiji）。", "唐招提寺"),  # 唐|招|提寺
    ("吞米桑布札（Tunmi Sanghuzha）是吐蕃大臣。", "吞米桑布札"),
    ("据报道，吞米桑布札（Tunmi Sanghuzha）创制了藏文。", "吞米桑布札"),
]


def _names(line: str) -> list[str]:
    return [p.zh or "" for p in harvest(line, [])]


@pytest.mark.parametrize(("line", "zh"), VERB_TAKEN_BEFORE)
def test_a_one_character_verb_stays_out_of_the_name(line: str, zh: str) -> None:
    assert _names(line) == [zh]


@pytest.mark.parametrize(("line", "zh"), NAME_OWN_CHARACTER)
def test_a_syllable_of_the_name_stays_in_it(line: str, zh: str) -> None:
    assert _names(line) == [zh]


_SUBJECTS = ["他", "我", "她", "大家都", "我们"]
_VERBS = ["买", "卖", "用", "看"]
_NAMES = [
    ("特斯拉", "Tesla"),
    ("微信", "WeChat"),
    ("支付宝", "Alipay"),
    ("钉钉", "DingTalk"),
    ("茅台", "Moutai"),
    ("星巴克", "Starbucks"),
    ("谷歌", "Google"),
]


@given(st.sampled_from(_SUBJECTS), st.sampled_from(_VERBS), st.sampled_from(["", "了"]), st.sampled_from(_NAMES))
def test_any_subject_verb_and_name(subject: str, verb: str, aspect: str, name: tuple[str, str]) -> None:
    zh, en = name
    assert _names(f"{subject}{verb}{aspect}{zh}（{en}）。") == [zh]


def test_the_verb_characters_are_verbs_and_no_syllables_of_transliterations() -> None:
    characters = verb_characters()
    assert {"买", "卖", "用", "看", "说", "去", "吃"} <= characters
    assert not {"提", "开", "安", "维", "格", "拿", "蒙", "印", "斯", "特", "拉"} & characters
    assert all(len(character) == 1 for character in characters)


def test_the_console_script_adds_one_wechat(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "empty.json"
    assert subprocess.run([zhgloss_exe, "init", str(db), "--empty"], capture_output=True, check=False).returncode == 0
    done = subprocess.run(
        [zhgloss_exe, "--db", str(db), "harvest", "-", "--add", "--yes"],
        input="他用微信（WeChat）付款。\n微信（WeChat）很好用。\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    shown = subprocess.run(
        [zhgloss_exe, "--db", str(db), "export", "--format", "jsonl"], capture_output=True, text=True, check=False
    )
    assert shown.returncode == 0, shown.stderr
    entries = [json.loads(line) for line in shown.stdout.splitlines() if line.strip()]
    assert [(entry["zh"], entry["en"]) for entry in entries] == [("微信", "WeChat")]
