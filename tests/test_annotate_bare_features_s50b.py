"""English copy: a feature's name without its generic word is the feature only where the text says so (brk50's
B50-2 and B50-15, chk50's Ili/Kizilsu lines), and what chk50's mend already put right stays right (B50-1, -3, -4, -6,
-7, -15's "Florence and Marshall").

chk50 (R49-19) added, for each river, desert, island group and gate, its name without the generic as a pattern
("the Yangtze" 长江, "Matsu" 马祖 'Matsu Islands'). Unconditionally, that read "Hudson said" as the Hudson River and
"Ili Kazakh autonomous prefecture" as the Ili River. The bare name is now the feature only after the article English
writes before a river's or a desert's name ("the Yangtze", "the upper Yangtze") or as an item of a list beside a
place ("Kinmen and Matsu"), and never where it heads a longer capitalised name (`Annotator._feature_told`).

The glossary is real CC-CEDICT lines (tests/data/cedict_bare_features_s50b.u8) imported by the console script;
annotate and check run as subprocesses.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture

glossary = glossary_fixture("cedict_bare_features_s50b.u8")


def annotated(zhgloss_exe: str, db: Path, text: str) -> str:
    done = subprocess.run(
        [zhgloss_exe, "--db", str(db), "annotate", "-"], input=text.encode(), capture_output=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.decode("utf-8").rstrip("\n")


# Fail on chk50's tip: the bare name read as the feature with nothing in the text to say so.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # brk50's B50-2 line: the river's whole name, then a person of that name.
        (
            "The Hudson River froze; Hudson said he would resign.",
            "The Hudson River (哈德逊河) froze; Hudson said he would resign.",
        ),
        ("Hudson said the deal was fair.", "Hudson said the deal was fair."),
        ("Officials met Hudson on Monday.", "Officials met Hudson on Monday."),
        # chk50's Ili/Kizilsu lines: the bare name heads a division's longer name.
        ("He lives in Ili Kazakh autonomous prefecture.", "He lives in Ili Kazakh autonomous prefecture."),
        ("The Ili Kazakh autonomous prefecture grew.", "The Ili Kazakh autonomous prefecture grew."),
        # The division's own entry, as on main (not 克孜勒苏河 'Qizilsu or Kizilsu River').
        ("Qizilsu Kyrgyz autonomous prefecture", "Qizilsu (克孜勒苏柯尔克孜自治州) Kyrgyz autonomous prefecture"),
    ],
)
def test_a_bare_name_the_text_does_not_make_a_feature_is_no_feature(
    zhgloss_exe: str, glossary: Path, text: str, expected: str
) -> None:
    assert annotated(zhgloss_exe, glossary, text) == expected


# Pass on chk50's tip and on this branch: the feature where the text says so (the article, a list beside a place).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Floods along the Yangtze.", "Floods along the Yangtze (长江)."),
        ("Ships on the upper Yangtze.", "Ships on the upper Yangtze (长江)."),
        ("Ice on the Hudson.", "Ice on the Hudson (哈德逊河)."),
        ("The Hudson froze.", "The Hudson (哈德逊河) froze."),
        ("The Ili flows into Kazakhstan.", "The Ili (伊犁河) flows into Kazakhstan."),
        ("Kinmen and Matsu are Taiwan-held islands.", "Kinmen (金门) and Matsu (马祖) are Taiwan-held (台湾) islands."),
        ("Typhoon hit Kaohsiung, Kinmen and Matsu.", "Typhoon hit Kaohsiung (高雄), Kinmen (金门) and Matsu (马祖)."),
        ("Pilgrims honour Matsu every spring.", "Pilgrims honour Matsu (妈祖) every spring."),
    ],
)
def test_a_bare_name_the_text_makes_a_feature_is_the_feature(
    zhgloss_exe: str, glossary: Path, text: str, expected: str
) -> None:
    assert annotated(zhgloss_exe, glossary, text) == expected


# brk50's B50-1, -3, -4, -15 lines, put right on chk50's tip already (its d2605a32: no division's bare name, no
# possessive's, no one pinyin syllable or English given name, a language by its own Chinese): pinned.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Premier Li said the economy would grow.", "Premier Li said the economy would grow."),
        ("President Xi met the delegation.", "President Xi met the delegation."),
        ("Taiwan's exports rose 20 percent.", "Taiwan's (台湾) exports rose 20 percent."),
        ("Jordan's King Abdullah met Trump.", "Jordan's (约旦) King Abdullah met Trump."),
        ("Mississippi's governor declared an emergency.", "Mississippi's (密西西比州) governor declared an emergency."),
        ("Florence and Marshall were named.", "Florence (佛罗伦萨) and Marshall (马歇尔) were named."),
        ("Hakka culture was celebrated.", "Hakka (客家) culture was celebrated."),
    ],
)
def test_what_chk50s_mend_put_right_stays_right(zhgloss_exe: str, glossary: Path, text: str, expected: str) -> None:
    assert annotated(zhgloss_exe, glossary, text) == expected


# brk50's B50-6 and B50-7 (check), right on chk50's tip already: pinned.
@pytest.mark.parametrize(
    "pairs",
    [
        [("台湾出口增长。", "Taiwan's exports rose.")],
        [("密西西比州州长宣布紧急状态。", "Mississippi's governor declared an emergency.")],
        [("约旦国王会见了他。", "Jordan's king met him.")],
        [("英国官员拒绝置评。", "British officials declined to comment."), ("英国说不。", "Britain said no.")],
    ],
)
def test_check_passes_a_right_translation(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, pairs: list[tuple[str, str]]
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, pairs) == []


def test_check_reads_no_feature_in_a_persons_name(zhgloss_exe: str, glossary: Path, tmp_path: Path) -> None:
    lines = check_lines(
        zhgloss_exe, glossary, tmp_path, [("哈德逊河结冰了。", "The Hudson River froze; Hudson said so.")]
    )
    assert lines == []
