"""`zhgloss check` on a source that carries its names' English in brackets: 雷军（Lei Jun）is one mention.

Copy that went through `zhgloss annotate`, or was written with the English inline, glossed each name once;
`check` counted the gloss as a second mention and reported a correct translation `missing` ("the source names
it 2 times, the translation 1"; user test of the fourteenth session).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest


def _check(zhgloss_exe: str, tmp_path: Path, pairs: list[tuple[str, str]]) -> list[str]:
    tsv = tmp_path / "pairs.tsv"
    tsv.write_text("".join(f"{zh}\t{en}\n" for zh, en in pairs), encoding="utf-8")
    done = subprocess.run([zhgloss_exe, "check", str(tsv)], capture_output=True, check=False)
    assert done.returncode in (0, 1), done.stderr
    return done.stdout.decode("utf-8").splitlines()


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("雷军（Lei Jun）宣布。", "Lei Jun announced."),
        ("雷军(Lei Jun)宣布。", "Lei Jun announced."),
        ("雷军（Lei Jun，小米创始人）宣布。", "Lei Jun, Xiaomi's founder, announced."),
        ("小米SU7（Xiaomi SU7）发布。", "The Xiaomi SU7 was launched."),
    ],
)
def test_a_gloss_is_no_second_mention(zhgloss_exe: str, tmp_path: Path, source: str, target: str) -> None:
    assert _check(zhgloss_exe, tmp_path, [(source, target)]) == []


def test_the_glossed_name_is_still_needed_and_an_unbracketed_repeat_counts(zhgloss_exe: str, tmp_path: Path) -> None:
    pairs = [
        ("雷军（Lei Jun）宣布。", "He announced."),
        # Not a gloss: the English name stands as a mention of its own.
        ("雷军宣布，Lei Jun说。", "Lei Jun announced."),
    ]
    assert _check(zhgloss_exe, tmp_path, pairs) == [
        '1: missing 雷军: found nothing, expected "Lei Jun"',
        '2: missing Lei Jun: found nothing, expected "Lei Jun" (the source names it 2 times, the translation 1)',
    ]


def test_annotated_copy_checks_as_the_copy_does(zhgloss_exe: str, tmp_path: Path) -> None:
    # The real pipeline: a source annotated by zhgloss, checked against a translation that renders each name once.
    source = "小米创始人雷军宣布，小米SU7将于明年上市。刘强东表示祝贺。"
    target = (
        "Xiaomi founder Lei Jun announced that the Xiaomi SU7 will go on sale next year. "
        "Liu Qiangdong congratulated him."
    )
    annotated = (
        subprocess.run([zhgloss_exe, "annotate", "-"], input=source.encode("utf-8"), capture_output=True, check=True)
        .stdout.decode("utf-8")
        .strip()
    )
    assert annotated != source  # the names were glossed
    assert _check(zhgloss_exe, tmp_path, [(source, target)]) == []
    assert _check(zhgloss_exe, tmp_path, [(annotated, target)]) == []
