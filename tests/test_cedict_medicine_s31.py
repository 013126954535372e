"""A drug's or a disease's name is a term of medicine, no proper name (thirty-first session; the tester's s31 S9:
贾第虫病 "Giardiasis, a form of gastro-enteritis caused by infection ...", 拉米夫定 "Lamivudine, reverse transcriptase
inhibitor ..." were kept by --proper-only as names; as 帕金森病 "Parkinson's disease" in s30).

English writes them in lower case (giardiasis, lamivudine); a full import keeps them as terms. A brand stays a name
("Viagra (male impotence drug)").
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import kinds_and_english

from zhgloss.formats.cedict import load_cedict

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
LINES = (
    "賈第蟲病 贾第虫病 [Jia3 di4 chong2 bing4] /Giardiasis, a form of gastro-enteritis caused by infection of gut by"
    " Giardia lamblia protozoan parasite/\n"
    "拉米夫定 拉米夫定 [La1 mi3 fu1 ding4] /Lamivudine, reverse transcriptase inhibitor marketed by GlaxoSmithKline and"
    " widely used in the treatment of hepatitis B and AIDS/\n"
    "利奈唑胺 利奈唑胺 [Li4 nai4 zuo4 an4] /Linezolid, a synthetic antibiotic/\n"
    "布魯氏菌病 布鲁氏菌病 [Bu4 lu3 shi4 jun1 bing4] /Brucella (infectious disease)/\n"
    # A control: a brand.
    "偉哥 伟哥 [Wei3 ge1] /Viagra (male impotence drug)/\n"
)
KINDS = kinds_and_english(LINES)


@pytest.mark.parametrize("zh", ["贾第虫病", "拉米夫定", "利奈唑胺", "布鲁氏菌病"])
def test_a_drug_or_a_disease_is_no_proper_name(zh: str) -> None:
    assert zh not in KINDS, KINDS.get(zh)


def test_a_full_import_keeps_them_as_terms() -> None:
    kinds = {entry.zh: entry.type for entry in load_cedict(io.StringIO(LINES))}
    assert kinds["贾第虫病"] == kinds["拉米夫定"] == "term"


def test_a_brand_stays() -> None:
    assert KINDS["伟哥"][1] == "Viagra"
