"""A TMX memory's Chinese is told by the one language-tag rule every reader uses (user U36-16, session 36).

Hong Kong memories tag their Chinese as Cantonese, yue-HK (BCP 47: Cantonese written in traditional characters; CLDR's
likely subtags give yue-Hant-HK), and the TBX reader reads such a langSet as traditional Chinese
(`zhgloss.formats.tbx.chinese_script`). `check` refused the same memory tagged yue-HK: "is a TMX memory with no
Chinese (zh) variant (its languages: en-gb, yue-hk)", exit 3, with nothing to do about it, because the TMX reader
took only a tag starting "zh". It now asks `chinese_script` (so zh-Latn, pinyin, is no Chinese source either), and
the XLIFF direction check does too (an en -> yue-HK file is the wrong way round, as en -> zh-HK is). On the parent
commit, 4 of this file's 6 tests fail (zh-HK and zh-yue-HK, which start with "zh", pass on both).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

# A TMX 1.4b memory as memoQ and Trados export one: 雷军 is in the bundled glossary as Lei Jun.
_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="memoQ" creationtoolversion="9" segtype="sentence" o-tmf="memoQ"
 adminlang="en-GB" srclang="{lang}" datatype="plaintext"/>
<body>
<tu tuid="1"><tuv xml:lang="{lang}"><seg>雷軍表示。</seg></tuv><tuv xml:lang="en-GB"><seg>Lei Jun said.</seg></tuv></tu>
<tu tuid="2"><tuv xml:lang="{lang}"><seg>雷軍出席。</seg></tuv>
<tuv xml:lang="en-GB"><seg>The founder attended.</seg></tuv></tu>
</body></tmx>
"""


def _check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", "check", str(path)], capture_output=True, text=True, check=False)


@pytest.mark.parametrize("lang", ["zh-HK", "yue-HK", "yue-Hant-HK", "zh-yue-HK"])
def test_a_cantonese_tagged_memory_is_checked_as_chinese(tmp_path: Path, lang: str) -> None:
    memory = tmp_path / "hk.tmx"
    memory.write_text(_TMX.format(lang=lang), encoding="utf-8")
    done = _check(memory)
    assert done.returncode == 1, done.stderr
    assert "missing 雷軍" in done.stdout
    assert done.stdout.startswith("2 [line 6]")
    assert "checked 2 segments" in done.stderr


def test_pinyin_is_no_chinese_source(tmp_path: Path) -> None:
    # zh-Latn is Chinese written in Latin letters (pinyin): no Han source to check, and the message says what to do.
    memory = tmp_path / "py.tmx"
    memory.write_text(
        _TMX.format(lang="zh-Latn").replace("雷軍表示。", "Léi Jūn biǎoshì.").replace("雷軍出席。", "Léi Jūn chūxí."),
        encoding="utf-8",
    )
    done = _check(memory)
    assert done.returncode == 3, done.stdout + done.stderr
    assert "is a TMX memory with no Chinese variant (its languages: en-gb, zh-latn)" in done.stderr
    assert "export the memory with its Chinese" in done.stderr
    assert "Traceback" not in done.stderr


def test_an_english_to_cantonese_xliff_is_the_wrong_way_round(tmp_path: Path) -> None:
    xliff = tmp_path / "job.xlf"
    xliff.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-GB" trgLang="yue-HK">\n'
        '<file id="f1"><unit id="u1"><segment><source>Lei Jun said.</source><target>雷軍表示。</target></segment>'
        "</unit></file></xliff>\n",
        encoding="utf-8",
    )
    done = _check(xliff)
    assert done.returncode != 0
    assert "translates 'en-gb' into 'yue-hk'" in done.stderr
