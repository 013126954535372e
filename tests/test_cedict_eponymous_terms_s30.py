"""A term of science or medicine named after a person is no proper name (thirtieth session; the tester's T10:
帕金森病 "Parkinson's disease", 罗尔定理 "Rolle's theorem (in calculus)", 傅立叶变换 "(math.) Fourier transform",
庞氏骗局 "Ponzi scheme" … were kept by --proper-only, typed `name`; 雷诺数 "Reynolds number" `org`).

An eponym (a possessive, an adjective or a name) before a head noun of such terms (theorem, conjecture, equation,
transform, algebra, geometry, constant, disease, syndrome, principle, paradox, burner, razor, scheme, rule, law,
effect, number …) at a gloss's start, after a field's label: a term, as "Geiger counter" already was. --proper-only
leaves it out; a full import keeps it as a `term`. A capitalised head stays a name ("Basic Law"), and a people's
adjective is no eponym.
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import kinds_and_english

from zhgloss.formats.cedict import load_cedict, read_sense

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "帕金森病 帕金森病 [Pa4 jin1 sen1 bing4] /Parkinson's disease/\n"
    "羅爾定理 罗尔定理 [Luo2 er3 ding4 li3] /Rolle's theorem (in calculus)/\n"
    "傅立葉變換 傅立叶变换 [Fu4 li4 ye4 bian4 huan4] /(math.) Fourier transform/\n"
    "龐氏騙局 庞氏骗局 [Pang2 shi4 pian4 ju2] /Ponzi scheme/\n"
    "雷諾數 雷诺数 [Lei2 nuo4 shu4] /Reynolds number (ratio of inertial forces to viscous forces in fluid mechanics)/\n"
    "哥德巴赫猜想 哥德巴赫猜想 [Ge1 de2 ba1 he4 cai1 xiang3] /the Goldbach conjecture in number theory/\n"
    # Controls: a law's own name; a people's word.
    "基本法 基本法 [Ji1 ben3 fa3] /Basic Law (constitutional document)/\n"
)
# Lines of my own of the same shapes.
OWN = (
    "費馬定理 费马定理 [Fei4 ma3 ding4 li3] /Fermat's theorem (in number theory)/\n"
    "亨廷頓病 亨廷顿病 [Heng1 ting2 dun4 bing4] /(medicine) Huntington's disease/\n"
)
TERMS = ["帕金森病", "罗尔定理", "傅立叶变换", "庞氏骗局", "雷诺数", "哥德巴赫猜想", "费马定理", "亨廷顿病"]


@pytest.mark.parametrize("zh", TERMS)
def test_an_eponymous_term_is_no_name(zh: str) -> None:
    assert zh not in kinds_and_english(REAL + OWN)


def test_a_full_import_keeps_them_as_terms() -> None:
    full = {entry.zh: entry for entry in load_cedict(io.StringIO(REAL + OWN))}
    assert {zh: full[zh].type for zh in TERMS} == dict.fromkeys(TERMS, "term")
    assert full["帕金森病"].en == "Parkinson's disease"


def test_a_law_named_so_and_a_peoples_rule_are_not_eponymous() -> None:
    assert kinds_and_english(REAL)["基本法"][1] == "Basic Law"
    assert read_sense("Japanese rule").term == ""
