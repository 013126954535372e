"""阿里's Ngari is another place, not an alias of Imam Ali; 梵谛冈 is a writing of 梵蒂冈 the Vatican (R48-10).

阿里 "Ali (proper name)/Imam Ali ibn Abu Talib (c. 600-661), .../Ngari prefecture in Tibet, Tibetan: Mnga' ris/" was
the person with the aliases "Ali; Ngari; Mnga' ris". Beside the person who outranks the line's first name, a place
named with a unit's word after it ("Ngari prefecture in Tibet", as "Hassan District" beside 哈桑's Hassan) that shares
no word with his names is another thing, kept in the note as a sense of its own, where annotate's other-senses rule
reads it (西藏阿里 is Ngari: `zhgloss.glossrules.InsideRule._outside_other_senses`, which reads no namesake sentence)
(`zhgloss.formats.cedict._drop_others_named_later`; the forty-ninth session tried it and found 扎赉特 and 安南
changed: those stay as they were).

梵谛冈 [Fan4 di4 gang1] "Vatican" was an entry of its own beside 梵蒂冈 [Fan4 di4 gang1] "Vatican City": one foreign
name, the generic left off, in other characters of one reading. It folds into the writing Chinese text uses more, as
two writings of one English name do (`_group_generic_writings`, `_fold_same_names`); a name in pinyin is left alone.
"""

from __future__ import annotations

from pathlib import Path

from cedict_fixtures import annotated, imported_db, rows_by_zh
from hypothesis import given
from hypothesis import strategies as st

# Real CC-CEDICT lines (../shared/data/cedict_ts.u8.gz).
ALI = (
    "阿里 阿里 [A1 li3] /Ali (proper name)/Imam Ali ibn Abu Talib (c. 600-661), cousin, aid and son-in-law of the "
    "Prophet Mohammed 穆罕默德, the fourth Caliph 哈里發|哈里发 of Islam, reigned 656-661, and the first Imam "
    "伊瑪目|伊玛目 of Shia Islam/Ngari prefecture in Tibet, Tibetan: Mnga' ris/"
)
HASSAN = "哈桑 哈桑 [Ha1 sang1] /Hassan (person name)/Hassan District/"
ANNAN = (
    "安南 安南 [An1 nan2] /Annam (Tang Dynasty protectorate located in what is now northern Vietnam)/Annam (autonomous "
    "kingdom located in what is now northern Vietnam, 10th-15th century)/Annam (central part of Vietnam during the "
    "French colonial period)/old name for Vietnam/Annan district of Tainan City 臺南市|台南市[Tai2 nan2 shi4], "
    "Taiwan/Kofi Annan (1938-2018), UN secretary-general 1997-2006/"
)
ANNAN_QU = "安南區 安南区 [An1 nan2 qu1] /Annan district of Tainan City 臺南市|台南市[Tai2 nan2 shi4], Taiwan/"
JALAID = (
    "扎賚特 扎赉特 [Zha1 lai4 te4] /Jalaid or Zhalaid (name)/Jalaid banner, Mongolian Zhalaid khoshuu, in Hinggan "
    "league 興安盟|兴安盟[Xing1 an1 meng2], east Inner Mongolia/"
)
TIBET = "西藏 西藏 [Xi1 zang4] /Tibet/Xizang or Tibetan autonomous region 西藏自治區|西藏自治区/"
VATICAN = "梵蒂岡 梵蒂冈 [Fan4 di4 gang1] /Vatican City/"
VATICAN_TOO = "梵諦岡 梵谛冈 [Fan4 di4 gang1] /Vatican/"
VATICAN_THE = "梵帝岡 梵帝冈 [Fan4 di4 gang1] /the Vatican/variant of 梵蒂岡|梵蒂冈[Fan4 di4 gang1]/"


def test_ali_has_no_alias_ngari() -> None:
    ali = rows_by_zh(ALI)["阿里"]
    assert (ali["type"], ali["en"]) == ("person", "Imam Ali ibn Abu Talib")
    assert ali["aliases"] == ["Ali"]
    # The note keeps the sense as a sense of its own, which annotate's other-senses rule reads (below).
    assert ali["note"].endswith("; Ngari prefecture in Tibet, Tibetan: Mnga' ris")


def test_tibets_ali_is_not_glossed_as_the_imam(tmp_path: Path) -> None:
    db = imported_db(tmp_path, ALI + "\n" + TIBET + "\n")
    assert annotated(db, "西藏阿里的冈仁波齐峰。") == "西藏（Tibet）阿里的冈仁波齐峰。"


def test_the_neighbours_the_last_session_broke_stay() -> None:
    rows = rows_by_zh(HASSAN, ANNAN, ANNAN_QU, JALAID)
    assert (rows["安南"]["en"], rows["安南"]["aliases"]) == ("Kofi Annan", ["Annan"])
    assert (rows["安南区"]["en"], rows["安南区"]["aliases"]) == ("Annan District", [])
    assert (rows["扎赉特"]["type"], rows["扎赉特"]["en"]) == ("place", "Jalaid")
    assert "Hassan District" not in rows["哈桑"]["aliases"]


def test_the_vatican_is_one_entry() -> None:
    for proper_only in (True, False):
        rows = rows_by_zh(VATICAN, VATICAN_TOO, VATICAN_THE, proper_only=proper_only)
        assert list(rows) == ["梵蒂冈"]
        vatican = rows["梵蒂冈"]
        assert {"梵谛冈", "梵帝冈"} <= set(vatican["zh_aliases"])
        assert {vatican["en"], *vatican["aliases"]} == {"Vatican", "Vatican City"}


def test_a_pinyin_name_of_one_reading_is_left_alone() -> None:
    # Two places of one reading, in other characters, written in pinyin: other places, as often in China.
    one = "永和 永和 [Yong3 he2] /Yonghe or Yungho city in New Taipei City 新北市[Xin1 bei3 shi4], Taiwan/"
    other = "永禾 永禾 [Yong3 he2] /Yonghe City/"  # (CC-CEDICT's shape; it has no such line)
    rows = rows_by_zh(one, other)
    assert sorted(rows) == ["永和", "永禾"]


@given(
    st.sampled_from(["Vatican", "Monaco", "Kuwait", "Djibouti", "Panama", "Guatemala"]),
    st.sampled_from(["City"]),
)
def test_any_foreign_name_and_its_generic_in_two_writings(name: str, generic: str) -> None:
    # Two headwords of one reading (the characters differ by one of one sound), the English the same name with and
    # without its generic: one entry, the other writing its Chinese alias.
    full = f"梵蒂岡 梵蒂冈 [Fan4 di4 gang1] /{name} {generic}/"
    bare = f"梵諦岡 梵谛冈 [Fan4 di4 gang1] /{name}/"
    rows = rows_by_zh(full, bare)
    assert list(rows) == ["梵蒂冈"]
    assert {rows["梵蒂冈"]["en"], *rows["梵蒂冈"]["aliases"]} == {name, f"{name} {generic}"}
