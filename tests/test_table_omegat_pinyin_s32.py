"""The pinyin of an OmegaT comment as zhgloss's export writes it for CC-CEDICT's names (session 32, user U32-15).

d57fba8 reads the comment's tone-marked pinyin before " — " as the pinyin, not part of the note, so that an export
imports back unchanged; it did for the bundled glossary only. The CC-CEDICT import writes a transliterated name's
pinyin with the name's middle dot (比尔·盖茨 "Bǐ'ěr·Gàicí") and an erhua r as a letter (塔塔儿 "Tǎtǎr"), and a name that
holds a Latin letter keeps it (三K党 "Sān Kdǎng"): those comments were read whole as the note, and 164 of 177
conflicts of the CC-CEDICT glossary's OmegaT export imported back into it were these (now 10 of 14,917 entries, none
of them so).
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.tsv import dump_omegat, load_omegat
from zhgloss.model import Entry

# The entries as `import cedict_ts.u8.gz` stores them, from these lines of CC-CEDICT:
# 伊隆·馬斯克 伊隆·马斯克 [Yi1 long2 · Ma3 si1 ke4] /Elon Musk (1971-), founder and CEO of SpaceX, .../
# 比爾·蓋茨 比尔·盖茨 [Bi3 er3 · Gai4 ci2] /Bill Gates (1955-), co-founder of Microsoft/
# 塔塔兒 塔塔儿 [Ta3 ta3 r5] /Tartar (person)/
# 三K黨 三K党 [San1 K dang3] /Ku Klux Klan/KKK/ (the Latin letter inside the name kept in its pinyin)
ENTRIES = [
    ("伊隆·马斯克", "Yīlóng·Mǎsīkè", "Elon Musk", "Elon Musk (1971-), founder and CEO of SpaceX"),
    ("比尔·盖茨", "Bǐ'ěr·Gàicí", "Bill Gates", "Bill Gates (1955-), co-founder of Microsoft"),
    ("塔塔儿", "Tǎtǎr", "Tartar person", "Tartar (person)"),
    ("三K党", "Sān Kdǎng", "Ku Klux Klan", "Ku Klux Klan; KKK"),
]


@pytest.mark.parametrize(("zh", "pinyin", "en", "note"), ENTRIES)
def test_an_omegat_export_of_a_cedict_name_reads_back_its_pinyin_and_note(
    zh: str, pinyin: str, en: str, note: str
) -> None:
    entry = Entry(id="x", type="name", zh=zh, pinyin=pinyin, en=en, note=note)
    out = io.StringIO()
    dump_omegat([entry], out)
    assert f"\t{pinyin} — {note}" in out.getvalue()
    (back,) = load_omegat(io.StringIO(out.getvalue()), "cc.utf8")
    assert (back.pinyin, back.note) == (pinyin, note)


@pytest.mark.parametrize(
    ("zh", "comment"),
    [
        ("雷军", "Founder — of Xiaomi"),  # no tone marks: the note, whole
        ("马云", "Mǎ Yún's company — Alibaba"),  # not pinyin alone before the dash
        ("塔塔儿", "Tǎtǎrs — a people"),  # more than an erhua r after the syllables
    ],
)
def test_a_comment_that_is_no_pinyin_before_the_dash_stays_the_note(zh: str, comment: str) -> None:
    (back,) = load_omegat(io.StringIO(f"{zh}\tX\t{comment}\n"), "glossary.utf8")
    assert (back.pinyin, back.note) == (None, comment)
