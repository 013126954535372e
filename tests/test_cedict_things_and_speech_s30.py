"""A people's dialects are no place, and a dinosaur named after a province no place either (thirtieth session; the
tester's T3: 闽语 "Min dialects, spoken in Fujian Province, Taiwan etc" was `place`, 辽宁古盗鸟 "Archaeoraptor
liaoningensis (bird-like dinosaur found in Liaoning province)" `place`).

"dialects" and "languages" are a speech's words as "dialect" and "language" are (吴语 "Wu dialects" was `name`
already); a dinosaur or a puzzle is a thing, none of the kinds: a genus's name is a term, which --proper-only
leaves out.
"""

from __future__ import annotations

from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "閩語 闽语 [Min3 yu3] /Min dialects, spoken in Fujian Province, Taiwan etc/\n"
    "遼寧古盜鳥 辽宁古盗鸟 [Liao2 ning2 gu3 dao4 niao3] /Archaeoraptor liaoningensis (bird-like dinosaur found in"
    " Liaoning province)/\n"
)
# Lines of my own of the same shapes.
OWN = (
    "粵語諸方言 粤语诸方言 [Yue4 yu3 zhu1 fang1 yan2] /Yue dialects, spoken in Guangdong Province and Hong Kong/\n"
    "四川龍 四川龙 [Si4 chuan1 long2] /Szechuanosaurus campi (dinosaur found in Sichuan province)/\n"
)
KINDS = kinds_and_english(REAL + OWN)


def test_dialects_are_no_place() -> None:
    assert KINDS["闽语"] == ("name", "Min dialects")
    assert KINDS["粤语诸方言"] == ("name", "Yue dialects")


def test_a_dinosaur_is_no_place() -> None:
    assert "辽宁古盗鸟" not in KINDS
    assert "四川龙" not in KINDS
