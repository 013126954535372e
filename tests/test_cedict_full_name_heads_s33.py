"""The full name heads the entry its abbreviations fold into, whichever form news writes more (thirty-third session;
the lead's U33-1: 中行 "abbr. for 中国银行" headed the Bank of China's entry, so `lookup 中国银行 --field pinyin` said
"Zhōngháng" and `annotate -g pinyin` glossed 中国银行 as it; the tester's s32 note on 2af6985: 社科院 headed
中国社会科学院).

One rule, in the two places an entry's head is chosen: a form whose line says it abbreviates another form of the entry
never heads it, and of an organisation's names the full one heads its abbreviations (characters of it in order, some
left out between its first and last). A place's bare name still heads its unit's full name (内蒙古 over 内蒙古自治区,
as 临河 over 临河区), a name heads itself with its generic (惠普 over 惠普公司), and a
person's names are not touched (孔子 over 孔夫子).
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import entries_by_form

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "中國銀行 中国银行 [Zhong1 guo2 Yin2 hang2] /Bank of China (BoC)/\n"
    "中行 中行 [Zhong1 hang2] /abbr. for 中國銀行|中国银行[Zhong1 guo2 Yin2 hang2]/\n"
    "中銀 中银 [Zhong1 Yin2] /Bank of China/abbr. for 中國銀行|中国银行[Zhong1 guo2 Yin2 hang2]/\n"
    "中國社會科學院 中国社会科学院 [Zhong1 guo2 She4 hui4 Ke1 xue2 yuan4] /Chinese Academy of Social Sciences (CASS)/\n"
    "社科院 社科院 [She4 ke1 yuan4] /(Chinese) Academy of Social Sciences (CASS)/\n"
    "上海證券交易所 上海证券交易所 [Shang4 hai3 Zheng4 quan4 Jiao1 yi4 suo3] /Shanghai Stock Exchange (SSE)/\n"
    "上證 上证 [Shang4 Zheng4] /Shanghai Stock Exchange (SSE), abbr. for 上海證券交易所|上海证券交易所[Shang4 hai3"
    " Zheng4 quan4 Jiao1 yi4 suo3]/\n"
    "印尼 印尼 [Yin4 ni2] /Indonesia (abbr. for 印度尼西亞|印度尼西亚)/\n"
    "印度尼西亞 印度尼西亚 [Yin4 du4 ni2 xi1 ya4] /Indonesia/\n"
    "文化大革命 文化大革命 [Wen2 hua4 Da4 ge2 ming4] /Cultural Revolution (1966-1976)/\n"
    "文革 文革 [Wen2 ge2] /Cultural Revolution (1966-76)/abbr. for 文化大革命[Wen2 hua4 Da4 ge2 ming4]/\n"
    "內蒙古 内蒙古 [Nei4 meng3 gu3] /Inner Mongolia/abbr. for 內蒙古自治區|内蒙古自治区[Nei4 meng3 gu3 Zi4 zhi4 qu1],"
    " Inner Mongolia autonomous region/\n"
    "內蒙古自治區 内蒙古自治区 [Nei4 meng3 gu3 Zi4 zhi4 qu1] /Inner Mongolia autonomous region, abbr."
    " 內蒙古|内蒙古[Nei4 meng3 gu3], capital Hohhot 呼和浩特市[Hu1 he2 hao4 te4 Shi4]/\n"
    "惠普 惠普 [Hui4 Pu3] /Hewlett-Packard/\n"
    "惠普公司 惠普公司 [Hui4 Pu3 Gong1 si1] /Hewlett-Packard/HP/\n"
    "孔夫子 孔夫子 [Kong3 fu1 zi3] /Confucius (551-479 BC), Chinese thinker and social philosopher, also known as"
    " 孔子[Kong3 zi3]/\n"
    "孔子 孔子 [Kong3 zi3] /Confucius (551-479 BC), Chinese thinker and social philosopher, also known as"
    " 孔夫子[Kong3 fu1 zi3]/\n"
)
ENTRIES = entries_by_form(REAL)


@pytest.mark.parametrize(
    ("short", "full", "pinyin"),
    [
        ("中行", "中国银行", "Zhōngguó Yínháng"),  # an "abbr. for" line (U33-1)
        ("中银", "中国银行", "Zhōngguó Yínháng"),
        ("社科院", "中国社会科学院", "Zhōngguó Shèhuì Kēxuéyuàn"),  # an organisation's lines of one name
        ("上证", "上海证券交易所", "Shànghǎi Zhèngquàn Jiāoyìsuǒ"),
        ("印尼", "印度尼西亚", None),  # a place's abbreviation, "(abbr. for ...)"
        ("文革", "文化大革命", None),  # an event's
    ],
)
def test_the_full_name_heads_its_abbreviations(short: str, full: str, pinyin: str | None) -> None:
    entry = ENTRIES[short]
    assert entry.zh == full
    assert short in entry.zh_aliases
    if pinyin is not None:
        assert entry.pinyin == pinyin


def test_annotate_glosses_the_full_name_with_its_own_pinyin() -> None:
    annotator = Annotator(list(load_cedict(io.StringIO(REAL), proper_only=True)))
    mentions = annotator.mentions("中国银行公布业绩。")
    assert [(m.surface, m.entry.pinyin) for m in mentions] == [("中国银行", "Zhōngguó Yínháng")]


@pytest.mark.parametrize(
    ("form", "head"),
    [
        ("内蒙古自治区", "内蒙古"),  # a place's bare name over its unit's full name
        ("惠普公司", "惠普"),  # the name over the name and its generic
        ("孔夫子", "孔子"),  # a person's names: as before
    ],
)
def test_a_bare_name_still_heads(form: str, head: str) -> None:
    assert ENTRIES[form].zh == head
