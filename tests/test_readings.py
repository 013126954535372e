"""The table of pinyin readings (zhgloss.pinyin), which answers without loading pypinyin, reads as pypinyin does."""

from __future__ import annotations

import json
import random
import threading

from hypothesis import example, given, settings
from hypothesis import strategies as st
from pypinyin import Style, pinyin

from zhgloss import pinyin as zp
from zhgloss.errors import RomanizationError
from zhgloss.script import is_cjk
from zhgloss.store import bundled_path

COMMON = [chr(code) for code in range(0x4E00, 0x9FA6)]


def _reference(text: str) -> list[str]:
    return [reading[0] for reading in pinyin(text, style=Style.TONE3, neutral_tone_with_five=True)]


def test_every_bundled_name_reads_as_pypinyin_reads_it() -> None:
    entries = json.loads(bundled_path().read_text(encoding="utf-8"))["entries"].values()
    names = {"".join(c for c in e["zh"] if is_cjk(c)) for e in entries if e.get("zh")} - {""}
    answered = 0
    for name in sorted(names):
        fast = zp._table_read(name)
        if fast is not None:
            answered += 1
            assert fast == _reference(name), name
    assert answered >= len(names) // 2  # most names are answered by the table


def test_random_texts_read_as_pypinyin_reads_them() -> None:
    rng = random.Random(13)
    texts = ["".join(rng.choice(COMMON) for _ in range(rng.randint(1, 6))) for _ in range(1500)]
    texts += ["长江", "重庆", "银行", "单田芳", "解放军", "曾国藩", "王腾腾"]  # phrases and polyphones
    for text in texts:
        fast = zp._table_read(text)
        assert fast is None or fast == _reference(text), text
    assert zp._table_read("银行") is None  # a dictionary phrase: pypinyin decides


def test_every_reading_of_a_character_is_pypinyins() -> None:
    rng = random.Random(7)
    for char in rng.sample(COMMON, 1500):
        rows = zp._table_chars(char)
        expected = pinyin(char, style=Style.TONE3, heteronym=True, neutral_tone_with_five=True)[0]
        if rows is None:  # a character pypinyin has no reading for: pypinyin answers
            assert not zp.heteronyms(char) or expected != [char]
            continue
        assert rows[char][1] == expected, char


def test_each_character_is_asked_of_the_table_once() -> None:
    conn = zp._readings_table()
    assert conn is not None
    zp._TABLE_CHARS.clear()
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        first = zp._table_chars("任正非")
        asked = len(statements)
        again = zp._table_chars("非正任")  # the same characters: answered from memory
        assert len(statements) == asked
        assert first == again
        assert first is not None and first["任"][0] == "ren4"
        zp._table_chars("任正非雷")  # one new character: one more query, for it alone
        assert len(statements) == asked + 1
        assert "雷" in statements[-1] and "任" not in statements[-1]
    finally:
        conn.set_trace_callback(None)


# read_names: the readings `annotate --unknown` prints, from the tables alone, must be romanize's.

SURNAME_FORMS = sorted(zp.surnames())


def _romanized(name: str) -> tuple[str, str] | None:
    try:
        rom = zp.romanize(name)
    except RomanizationError:
        return None
    return rom.pinyin, rom.en


def test_names_read_from_the_tables_are_romanizes() -> None:
    rng = random.Random(14)
    names = [rng.choice(SURNAME_FORMS) + "".join(rng.choices(COMMON, k=rng.randint(0, 2))) for _ in range(1500)]
    names += [surface for surface, _ in _attested_sample(rng)]
    names += ["任正非", "单田芳", "欧阳娜娜", "孙武子", "王银行", "張三", "徐乾学", "那东西", "王", "李䶮"]
    names += ["埃隆·马斯克", "蒂姆・库克", "比尔·盖茨·", "·盖茨", "乔 拜登", "史蒂夫．乔布斯", "约翰·F·肯尼迪"]
    answered = zp.read_names(names)
    for name, reading in answered.items():
        assert reading == _romanized(name), name
    assert answered["王银行"] == ("Wáng Yínháng", "Wang Yinhang")  # 银行, a phrase of pypinyin's dictionary
    assert "張三" not in answered  # t2s changes 張
    assert "徐乾学" not in answered  # t2s changes 乾 (and name_to_simplified keeps it)
    assert answered["孙武子"] == ("Sūn Wǔzǐ", "Sun Wuzi")  # the neutral tone of 子 made full
    assert answered["埃隆·马斯克"] == ("Āilóng Mǎsīkè", "Ailong Masike")  # a transliterated name: a word a part
    assert len(answered) > len(set(names)) * 0.6  # the common case is answered


def _attested_sample(rng: random.Random) -> list[tuple[str, tuple[tuple[str, ...], int]]]:
    """Names of CC-CEDICT's person entries (name_readings.tsv), which romanize reads as recorded."""
    table = zp.name_readings().names
    return rng.sample(sorted(table.items()), 200)


@settings(max_examples=300, deadline=None)
@given(
    surname=st.sampled_from(SURNAME_FORMS),
    given_name=st.text(alphabet=st.sampled_from(COMMON) | st.sampled_from("·・． "), min_size=0, max_size=4),
)
@example(surname="埃", given_name="隆·马斯克")
def test_any_name_read_from_the_tables_is_romanizes(surname: str, given_name: str) -> None:
    name = surname + given_name
    answered = zp.read_names([name, name])  # asked twice: answered once
    assert list(answered) in ([], [name])
    if answered:
        assert answered[name] == _romanized(name)


def test_the_readings_table_answers_from_any_thread() -> None:
    # `zhgloss serve` annotates in a thread pool: the process's one read-only connection is shared.
    zp.read_names(["任正非"])  # the connection is made in this thread, if it was not already
    answers: list[object] = []
    worker = threading.Thread(target=lambda: answers.append((zp.romanize("王小明").pinyin, zp.read_names(["张一山"]))))
    worker.start()
    worker.join()
    assert answers == [("Wáng Xiǎomíng", {"张一山": ("Zhāng Yīshān", "Zhang Yishan")})]
