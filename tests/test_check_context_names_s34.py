"""check: a name the glossary's own note on a source name names is context the translator adds, not `unexpected`
(U34-21; session 34, chk).

The tester's /tmp/u34/t/added.tsv (the bundled glossary + CC-CEDICT's names):
美团创始人王兴在朋友圈发文。 / "… wrote on WeChat Moments." was `unexpected 微信`, and
国家统计局数据显示。 / "Data from China's National Bureau of Statistics showed." `unexpected 中国`.
CC-CEDICT's own lines say whose they are: `朋友圈 … /Moments (social networking function of smartphone app
WeChat 微信[Wei1 xin4])/`, `國家統計局 国家统计局 … /(China) National Bureau of Statistics (NBS)/`,
`食品藥品監督管理局 … /(China) Food and Drug Administration/`, `微信 … /Weixin or WeChat (mobile text and voice
messaging service developed by Tencent 騰訊|腾讯[Teng2 xun4])/`. A country the note does not name stays unexpected
("Japan's National Bureau of Statistics"), and so does a name no note names. 外交部 'Ministry of Foreign Affairs'
names no country: "China's Foreign Ministry" was left `unexpected 中国` here; session 35 passes it by another rule (a
Chinese source's body is China's: tests/test_check_own_words_s35.py).
Fixture: those lines of CC-CEDICT with 中国, 日本, 腾讯 (and its company), 外交部
(tests/data/cedict_check_context_s34.u8).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture

glossary = glossary_fixture("cedict_check_context_s34.u8")


@pytest.mark.parametrize(
    ("zh", "english"),
    [
        ("美团创始人王兴在朋友圈发文。", "Meituan founder Wang Xing wrote on WeChat Moments."),
        ("国家统计局数据显示。", "Data from China's National Bureau of Statistics showed."),
        ("食品药品监督管理局发布通知。", "China's Food and Drug Administration issued a notice."),
        ("他用微信联系我。", "He contacted me on Tencent's WeChat."),
    ],
)
def test_a_name_the_note_names_is_no_unexpected_name(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, zh: str, english: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(zh, english)]) == []


@pytest.mark.parametrize(
    ("zh", "english", "unexpected"),
    [
        ("国家统计局数据显示。", "Data from Japan's National Bureau of Statistics showed.", "日本"),
        ("他在朋友圈发文。", "He wrote on Tencent Moments.", "腾讯"),
    ],
)
def test_a_name_no_note_names_is_still_unexpected(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, zh: str, english: str, unexpected: str
) -> None:
    lines = check_lines(zhgloss_exe, glossary, tmp_path, [(zh, english)])
    assert any(line.startswith(f"1: unexpected {unexpected}:") for line in lines), lines
