"""harvest (the user's U37-40 and U37-42, s37): Singapore Exchange codes in Reuters' and Yahoo's form (D05.SI, DBS;
C6L.SI, Singapore Airlines: a letter and digits with .SI) were dropped while "SGX: U11" was read; and a Chinese title
holding an English one's letters (小米集团董事长兼CEO雷军, 阿里巴巴集团CEO吴泳铭, as Chinese business copy writes
them) gave no role. On the parent e5bc671, all 5 of this file's tests fail.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest, ticker_key


@pytest.mark.parametrize(
    ("line", "company", "code"),
    [
        ("DBS Group (星展集团, D05.SI) reported results.", "星展集团", "D05.SI"),
        ("Singapore Airlines (新加坡航空, C6L.SI) said.", "新加坡航空", "C6L.SI"),
    ],
)
def test_a_singapore_exchange_code_is_the_companys(line: str, company: str, code: str) -> None:
    proposals = harvest(line, [])
    (named,) = [p for p in proposals if p.kind == "name"]
    (ticker,) = [p for p in proposals if p.kind == "ticker"]
    assert named.zh == company
    assert (ticker.en, ticker.entry.refers_to) == (code, named.entry.id)


def test_an_sgx_code_is_one_code_however_written() -> None:
    assert ticker_key("D05.SI") == ticker_key("SGX: D05") == ticker_key("D05:SGX") is not None


@pytest.mark.parametrize(
    ("line", "zh", "role"),
    [
        ("小米集团董事长兼CEO雷军（Lei Jun）表示。", "雷军", "小米集团董事长兼CEO"),
        ("阿里巴巴集团CEO吴泳铭（Eddie Wu）表示。", "吴泳铭", "阿里巴巴集团CEO"),
    ],
)
def test_a_chinese_title_holding_latin_letters_is_the_role(line: str, zh: str, role: str) -> None:
    (found,) = [p for p in harvest(line, []) if p.kind == "name"]
    assert (found.zh, found.entry.type) == (zh, "person")
    assert [r.title for r in found.entry.roles] == [role]
