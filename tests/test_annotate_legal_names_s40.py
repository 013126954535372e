"""An organisation's gloss goes after the legal words of its name as wire style writes them, without full stops and
with a possessive (the reviewer's R39-13): "Baidu (百度) Inc's shares" broke the name.

Reuters style drops the abbreviations' full stops ("Baidu Inc", "Tencent Holdings Ltd", "BYD Co Ltd", "Xiaomi Corp";
Reuters Handbook of Journalism, "company names"), and a possessive follows them ("Baidu Inc's shares"). The gloss
goes after the whole registered name and its possessive, as after "BYD Company Limited's" (s39's R38-28). A word the
abbreviation starts ("Incubator") or a hyphenated one ("Co-founder") is no legal word. The bundled glossary, through
the installed script.
"""

from __future__ import annotations

import subprocess

import pytest


def _annotate(text: str) -> str:
    done = subprocess.run(["zhgloss", "annotate", "-"], input=text + "\n", capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.removesuffix("\n")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Baidu Inc's shares fell.", "Baidu Inc's (百度) shares fell."),  # the reviewer's line 11
        ("Baidu Inc said on Tuesday that revenue rose.", "Baidu Inc (百度) said on Tuesday that revenue rose."),
        ("Shares of Tencent Holdings Ltd rose.", "Shares of Tencent Holdings Ltd (腾讯) rose."),
        ("Tencent Holdings Ltd's profit rose.", "Tencent Holdings Ltd's (腾讯) profit rose."),
        ("BYD Co Ltd sold more cars.", "BYD Co Ltd (比亚迪) sold more cars."),
        ("BYD Co Ltd's sales rose.", "BYD Co Ltd's (比亚迪) sales rose."),
        ("Xiaomi Corp's shares rose.", "Xiaomi Corp's (小米) shares rose."),
        # with the full stops, as before
        ("Baidu Inc.'s shares fell.", "Baidu Inc.'s (百度) shares fell."),
        ("Baidu, Inc. reported results.", "Baidu, Inc. (百度) reported results."),
    ],
)
def test_the_gloss_follows_legal_words_written_without_full_stops(line: str, expected: str) -> None:
    assert _annotate(line) == expected
    assert _annotate(expected) == expected  # annotating the output again changes nothing


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Baidu Co-founder Robin Li spoke.", "Baidu (百度) Co-founder Robin Li (李彦宏) spoke."),
        ("Baidu Incubator opened.", "Baidu (百度) Incubator opened."),
        ("Baidu Corpus data.", "Baidu (百度) Corpus data."),
    ],
)
def test_words_the_abbreviations_start_are_no_legal_words(line: str, expected: str) -> None:
    assert _annotate(line) == expected
