"""XLIFF 1.2 units cut into sentences by <seg-source> and <mrk mtype="seg"> (Trados Studio's SDLXLIFF, Okapi).

User finding U33-20: check joined a unit's target segments without a space — "…Lei Chun said" + "Xiaomi will keep
investing." read "saidXiaomi", so 小米 (named twice in the source) was `missing` once — and reported the whole unit as
one segment. Trados copies the source's inter-segment text (nothing, between Chinese sentences) into the target.
Each <mrk> pair is now a segment of its own, numbered in document order, with the unit's id and the mark's mid.
"""

from __future__ import annotations

import io
from pathlib import Path

from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.formats.bilingual import load_xliff

SDLXLIFF = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0"\n'
    ' xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"\n'
    ' sdl:version="1.0">\n'
    '<file original="news.docx" datatype="x-sdlfilterframework2" source-language="zh-CN" target-language="en-US">\n'
    "<body>\n"
    '<group><sdl:cxts><sdl:cxt id="1"/></sdl:cxts>\n'
    '<trans-unit id="tu1">\n'
    "<source>小米创始人雷军表示，小米将继续投资。</source>\n"
    "<seg-source>"
    '<mrk mtype="seg" mid="1">小米创始人雷军表示，</mrk>'
    '<mrk mtype="seg" mid="2">小米将继续投资。</mrk>'
    "</seg-source>\n"
    "<target>"
    '<mrk mtype="seg" mid="1">Xiaomi founder Lei Chun said</mrk>'
    '<mrk mtype="seg" mid="2">Xiaomi will keep investing.</mrk>'
    "</target>\n"
    '<sdl:seg-defs><sdl:seg id="1" conf="Translated"/><sdl:seg id="2" conf="Translated"/></sdl:seg-defs>\n'
    "</trans-unit>\n"
    '<trans-unit id="tu2">\n'
    "<source>财报发布会在深圳举行。腾讯公布了业绩。马化腾出席。</source>\n"
    "<seg-source>"
    '<mrk mtype="seg" mid="3">财报发布会在深圳举行。</mrk>'
    '<mrk mtype="seg" mid="4">腾讯公布了业绩。</mrk>'
    '<mrk mtype="seg" mid="5">马化腾出席。</mrk>'
    "</seg-source>\n"
    "<target>"
    '<mrk mtype="seg" mid="3">The results briefing was held in Shenzhen</mrk>'
    '<mrk mtype="seg" mid="4">Tencent reported its results</mrk>'
    '<mrk mtype="seg" mid="5"/>'
    "</target>\n"
    "<sdl:seg-defs>"
    '<sdl:seg id="3" conf="Translated"/>'
    '<sdl:seg id="4" conf="Draft"/>'
    '<sdl:seg id="5"/></sdl:seg-defs>\n'
    "</trans-unit>\n"
    "</group>\n"
    "</body></file></xliff>\n"
)

# Okapi Rainbow's XLIFF 1.2: the marks inside an inline <g>, a unit whose target is plain text (one segment).
OKAPI = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
    '<file original="story.html" source-language="zh-cn" target-language="en-us" datatype="html">\n'
    "<body>\n"
    '<trans-unit id="NFDBB2FA9-tu1" xml:space="preserve">\n'
    '<source xml:lang="zh-cn"><g id="1">阿里巴巴由马云创立。蔡崇信是联合创始人。</g></source>\n'
    '<seg-source><g id="1">'
    '<mrk mid="0" mtype="seg">阿里巴巴由马云创立。</mrk>'
    '<mrk mid="1" mtype="seg">蔡崇信是联合创始人。</mrk></g>'
    "</seg-source>\n"
    '<target xml:lang="en-us"><g id="1">'
    '<mrk mid="0" mtype="seg">Alibaba was founded by Jack Ma</mrk>'
    '<mrk mid="1" mtype="seg">Joe Tsai is a co-founder.</mrk></g>'
    "</target>\n"
    "</trans-unit>\n"
    '<trans-unit id="NFDBB2FA9-tu2" xml:space="preserve">\n'
    '<source xml:lang="zh-cn">雷军发言。</source>\n'
    '<seg-source><mrk mid="0" mtype="seg">雷军发言。</mrk></seg-source>\n'
    '<target xml:lang="en-us">Lei Jun spoke.</target>\n'
    "</trans-unit>\n"
    "</body></file></xliff>\n"
)


def _segments(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(s.id, s.source, s.target) for s in load_xliff(io.BytesIO(text.encode()), "job.sdlxliff")]


def test_sdlxliff_units_are_read_a_mark_a_segment() -> None:
    assert _segments(SDLXLIFF) == [
        ("tu1/1", "小米创始人雷军表示，", "Xiaomi founder Lei Chun said"),
        ("tu1/2", "小米将继续投资。", "Xiaomi will keep investing."),
        ("tu2/3", "财报发布会在深圳举行。", "The results briefing was held in Shenzhen"),
        ("tu2/4", "腾讯公布了业绩。", "Tencent reported its results"),
        ("tu2/5", "马化腾出席。", None),  # an empty mark: not translated yet
    ]


def test_okapi_marks_inside_an_inline_code_and_a_plain_target() -> None:
    assert _segments(OKAPI) == [
        ("NFDBB2FA9-tu1/0", "阿里巴巴由马云创立。", "Alibaba was founded by Jack Ma"),
        ("NFDBB2FA9-tu1/1", "蔡崇信是联合创始人。", "Joe Tsai is a co-founder."),
        ("NFDBB2FA9-tu2", "雷军发言。", "Lei Jun spoke."),
    ]


def test_check_finds_the_name_that_starts_a_segment(runner: CliRunner, tmp_path: Path) -> None:
    """The finding's instance (小米 after "said") and two of the same shape (腾讯 after "Shenzhen", 蔡崇信 after
    "Jack Ma"): no `missing`, and each problem named by its own segment."""
    job = tmp_path / "job.sdlxliff"
    job.write_text(SDLXLIFF, encoding="utf-8")
    result = runner.invoke(app, ["check", str(job)])
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        '1 [tu1/1]: variant 雷军: found "Lei Chun", expected "Lei Jun" (雷军 (Léi Jūn) in Wade-Giles)\n'
    )
    okapi = tmp_path / "story.xlf"
    okapi.write_text(OKAPI, encoding="utf-8")
    result = runner.invoke(app, ["check", str(okapi)])
    assert result.exit_code == 0, result.output
    assert "missing" not in result.stdout


# The reviewer's U2 (session 34): a target that lacks one of the source's marks — a hand edit, not a segment left empty
# — was read as that segment not translated yet, so the lost sentence's name passed; before units were cut it was
# `missing`. Such a unit is one segment again, its target's marks joined with a space.
HAND_EDITED = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
    '<file source-language="zh-CN" target-language="en-US" datatype="plaintext" original="a.txt"><body>\n'
    '<trans-unit id="1">\n<source>雷军说。小米将继续投资。</source>\n'
    '<seg-source><mrk mtype="seg" mid="1">雷军说。</mrk><mrk mtype="seg" mid="2">小米将继续投资。</mrk></seg-source>\n'
    '<target><mrk mtype="seg" mid="2">Xiaomi will keep investing.</mrk>'
    '<mrk mtype="seg" mid="1">Lei Jun said.</mrk></target>\n</trans-unit>\n'
    '<trans-unit id="3">\n<source>刘强东说。腾讯回应。</source>\n'
    '<seg-source><mrk mtype="seg" mid="a">刘强东说。</mrk> <mrk mtype="seg" mid="b">腾讯回应。</mrk></seg-source>\n'
    '<target><mrk mtype="seg" mid="a">Liu Qiangdong said.</mrk></target>\n</trans-unit>\n'
    "</body></file></xliff>\n"
)


def test_a_target_that_lost_a_mark_is_checked_whole() -> None:
    assert _segments(HAND_EDITED) == [
        ("1/1", "雷军说。", "Lei Jun said."),  # paired by mid, whatever the order
        ("1/2", "小米将继续投资。", "Xiaomi will keep investing."),
        ("3", "刘强东说。腾讯回应。", "Liu Qiangdong said."),
    ]
