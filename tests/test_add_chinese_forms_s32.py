"""add's rule for the Chinese forms of a typed name, as one public function the import readers call (session 32).

`curate.chinese_forms` is what `add` and `edit --zh` store for Chinese as typed. A name typed in Japanese forms is
written in the Chinese characters it stands for (CC-CEDICT: 黑澤明 黑泽明 [Hei1 ze2 Ming2] /Kurosawa Akira (1910-1998)
Japanese movie director/), its typed form kept as an alias; so is one given only as the traditional form, as a table
row gives it (zh 黑泽明, zh_hant 黒澤明: the review's R13).
"""

from __future__ import annotations

from zhgloss.curate import chinese_forms, draft_entry


def test_a_japanese_form_typed_as_zh_is_written_in_chinese_forms() -> None:
    assert chinese_forms("黒澤明") == ("黑泽明", "黑澤明", ("黒澤明",))


def test_a_japanese_form_given_only_as_zh_hant_is_kept_as_an_alias() -> None:
    # 桜 is Japanese for 櫻 (CC-CEDICT: 櫻井 樱井 [Ying1 jing3] /Sakurai (Japanese surname and place name)/).
    assert chinese_forms("黑泽明", "黒澤明") == ("黑泽明", "黑澤明", ("黒澤明",))
    assert chinese_forms("樱井和寿", "桜井和寿") == ("樱井和寿", "櫻井和壽", ("桜井和寿",))


def test_add_stores_a_japanese_zh_hant_as_the_import_readers_do() -> None:
    entry = draft_entry("黑泽明", zh_hant="黒澤明", en="Akira Kurosawa")
    assert (entry.zh, entry.zh_hant, entry.zh_aliases) == ("黑泽明", "黑澤明", ("黒澤明",))


def test_a_name_keeps_the_characters_names_keep_and_chinese_input_has_no_alias() -> None:
    assert chinese_forms("徐乾學") == ("徐乾学", "徐乾學", ())
    assert chinese_forms("徐乾學", kind="org")[0] == "徐干学"  # an organisation is converted as any text
    assert chinese_forms("马云") == ("马云", None, ())
    assert chinese_forms("马云", "馬雲") == ("马云", "馬雲", ())
