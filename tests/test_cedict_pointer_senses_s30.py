"""A pointer line whose first sense names another thing is not folded into the entry it points to, also where its
pointer gives the target's English without characters (thirtieth session; the lead's class 1 from check's false
misses: 巴州 "East Sichuan and Chongqing/also abbr. for Bayingolin Mongol Autonomous Prefecture in Xinjiang/abbr. for
巴音郭楞蒙古自治州/" gave 巴音郭楞蒙古自治州 the alias "East Sichuan and Chongqing", another place).

"also abbr. for X" reads as "abbr. for X": a name the headword is short for, as 南澳's "abbr. for 南澳大利亚州, South
Australia" is; a first sense naming another thing keeps its own entry (as 南澳 "Nan'ao County" did). A line whose
first sense names the target (工行 "ICBC (...)/abbr. for 工商银行/") and one whose senses only point (巴音郭楞州) fold.
"""

from __future__ import annotations

from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "巴州 巴州 [Ba1 zhou1] /East Sichuan and Chongqing/also abbr. for Bayingolin Mongol Autonomous Prefecture in"
    " Xinjiang/abbr. for 巴音郭楞蒙古自治州[Ba1 yin1 guo1 leng2 Meng3 gu3 Zi4 zhi4 zhou1]/\n"
    "巴音郭楞蒙古自治州 巴音郭楞蒙古自治州 [Ba1 yin1 guo1 leng2 Meng3 gu3 Zi4 zhi4 zhou1] /Bayingolin Mongol"
    " Autonomous Prefecture in Xinjiang/\n"
    "巴音郭楞州 巴音郭楞州 [Ba1 yin1 guo1 leng2 zhou1] /abbr. for Bayingolin Mongol Autonomous Prefecture in"
    " Xinjiang/abbr. for 巴音郭楞蒙古自治州[Ba1 yin1 guo1 leng2 Meng3 gu3 Zi4 zhi4 zhou1]/\n"
    # Controls: a first sense that names the target; 南澳's pointer with English after the characters.
    "工商銀行 工商银行 [Gong1 Shang1 Yin2 hang2] /Industrial and Commercial Bank of China/\n"
    "工行 工行 [Gong1 hang2] /ICBC (Industrial and Commercial Bank of China)/abbr. for 工商銀行|工商银行[Gong1 Shang1"
    " Yin2 hang2]/\n"
    "南澳 南澳 [Nan2 ao4] /Nan'ao County in Shantou 汕頭|汕头[Shan4 tou2], Guangdong/Nan'ao township in Yilan county"
    " 宜蘭縣|宜兰县[Yi2 lan2 xian4], Taiwan/abbr. for 南澳大利亞州|南澳大利亚州[Nan2 ao4 da4 li4 ya4 zhou1], South"
    " Australia/\n"
    "南澳大利亞州 南澳大利亚州 [Nan2 ao4 da4 li4 ya4 zhou1] /South Australia, Australian state/\n"
)
# Lines of my own of the same shape.
OWN = (
    "甘州 甘州 [Gan1 zhou1] /Ganzhou, old prefecture in Gansu/also abbr. for Gannan Tibetan Autonomous Prefecture/abbr."
    " for 甘南藏族自治州[Gan1 nan2 Zang4 zu2 Zi4 zhi4 zhou1]/\n"
    "甘南藏族自治州 甘南藏族自治州 [Gan1 nan2 Zang4 zu2 Zi4 zhi4 zhou1] /Gannan Tibetan Autonomous Prefecture in"
    " Gansu/\n"
    "西大 西大 [Xi1 da4] /West Lake Academy/also short for Xinjiang University/abbr. for 新疆大學|新疆大学[Xin1 jiang1"
    " Da4 xue2]/\n"
    "新疆大學 新疆大学 [Xin1 jiang1 Da4 xue2] /Xinjiang University/\n"
)
ENTRIES = entries_by_form(REAL + OWN)


def test_a_first_sense_naming_another_thing_keeps_its_entry() -> None:
    for zh, own, target in [
        ("巴州", "East Sichuan and Chongqing", "巴音郭楞蒙古自治州"),
        ("甘州", "Ganzhou", "甘南藏族自治州"),
        ("西大", "West Lake Academy", "新疆大学"),
        ("南澳", "Nan'ao County", "南澳大利亚州"),
    ]:
        assert ENTRIES[zh].zh == zh, ENTRIES[zh]
        assert ENTRIES[zh].en == own, ENTRIES[zh]
        assert ENTRIES[target].zh == target
        assert own not in ENTRIES[target].aliases, ENTRIES[target]
        assert ENTRIES[target].en not in ENTRIES[zh].aliases, ENTRIES[zh]


def test_a_line_that_names_the_target_or_only_points_folds() -> None:
    # (One entry; which headword it goes by is another rule's.)
    assert ENTRIES["工行"] is ENTRIES["工商银行"]
    assert "ICBC" in ENTRIES["工行"].aliases
    assert ENTRIES["巴音郭楞州"] is ENTRIES["巴音郭楞蒙古自治州"]
