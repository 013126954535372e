"""check: a price written with its currency's sign or code, and the English plural of a name, render the name
(U34-1's check half, U34-39's plural; session 34, chk).

CC-CEDICT's `港元 港元 [Gang3 yuan2] /Hong Kong dollar/`, `美元 美元 [Mei3 yuan2] /American dollar/US dollar/`, `新台幣
新台币 [Xin1 tai2 bi4] /New Taiwan dollar (NTD)/`, `澳元 澳元 [Ao4 yuan2] /Australian dollar/` are names in a glossary
that holds them as names (the tester's import at 564b409, a translator's own list), and news writes every price with the
sign: "HK$40" (article 003: "HK$40", "HK$1 trillion"), "US$40", "NT$100", "A$40". The tester's /tmp/u34/t/currency.tsv
had all of them `missing` (US$40 as "found 'US'"), and "40 Hong Kong dollars" too: the plural is no form. One plural
rule for every name (`forms.plural_end`): "Hong Kong dollars", "Audis", the bundled glossary's "Xiaomi SU7s". The signs
and ISO codes are data/currency_signs.tsv's; a sign that is another currency's ("US$40" for 港元) renders nothing. With
CC-CEDICT's --proper-only import, which now leaves the currencies out, "US$40" and "40 Hong Kong dollars" name no place
the source lacks (were `unexpected 美国`, `unexpected 香港`).
Fixtures: those lines of CC-CEDICT with 香港, 美国, 臺灣, 澳大利亚, 空客, 奥迪
(tests/data/cedict_check_prices_s34.u8), and a CSV glossary holding the four currencies as names.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cedict_check import check_lines, glossary_fixture

from zhgloss.forms import plural_end

glossary = glossary_fixture("cedict_check_prices_s34.u8")

CURRENCIES = """zh,en,type,aliases
港元,Hong Kong dollar,name,
美元,American dollar,name,US dollar
新台币,New Taiwan dollar,name,
澳元,Australian dollar,name,
香港,Hong Kong,place,
美国,United States,place,US
"""


@pytest.fixture(scope="module")
def currencies(tmp_path_factory: pytest.TempPathFactory, zhgloss_exe: str) -> Path:
    folder = tmp_path_factory.mktemp("currencies")
    (folder / "currencies.csv").write_text(CURRENCIES, encoding="utf-8")
    db = folder / "currencies.json"
    done = subprocess.run(
        [zhgloss_exe, "import", str(folder / "currencies.csv"), "--db", str(db)], capture_output=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return db


PRICES = [
    ("股价为40港元。", "The share price was HK$40."),
    ("小米集团市值首次突破1万亿港元。", "Its market value passed HK$1 trillion for the first time."),
    ("股价为40美元。", "The share price was US$40."),
    ("股价为40美元。", "The share price was $40."),
    ("票价为100新台币。", "Tickets cost NT$100."),
    ("股价为40澳元。", "The share price was A$40."),
    ("股价为40港元。", "The share price was HKD 40."),
    ("股价为40港元。", "The share price was 40 HKD."),
]


@pytest.mark.parametrize(("zh", "english"), PRICES)
def test_a_price_by_its_sign_renders_the_currency(
    zhgloss_exe: str, currencies: Path, tmp_path: Path, zh: str, english: str
) -> None:
    assert check_lines(zhgloss_exe, currencies, tmp_path, [(zh, english)]) == []


@pytest.mark.parametrize(("zh", "english"), [*PRICES[:6], ("股价为40港元。", "It was 40 Hong Kong dollars.")])
def test_a_currency_sign_names_no_place(
    zhgloss_exe: str, glossary: Path, tmp_path: Path, zh: str, english: str
) -> None:
    assert check_lines(zhgloss_exe, glossary, tmp_path, [(zh, english)]) == []


@pytest.mark.parametrize(
    ("zh", "english"),
    [
        ("股价为40港元。", "The share price was 40 Hong Kong dollars."),
        ("股价为40美元。", "The share price was 40 US dollars."),
        ("股价为40澳元。", "It was 40 Australian dollars."),
        ("他买了两辆奥迪。", "He bought two Audis."),
    ],
)
def test_the_plural_of_a_form_renders_it(
    zhgloss_exe: str, currencies: Path, glossary: Path, tmp_path: Path, zh: str, english: str
) -> None:
    db = glossary if "奥迪" in zh else currencies
    assert check_lines(zhgloss_exe, db, tmp_path, [(zh, english)]) == []


def test_another_currencys_sign_renders_nothing(zhgloss_exe: str, currencies: Path, tmp_path: Path) -> None:
    lines = check_lines(zhgloss_exe, currencies, tmp_path, [("股价为40港元。", "The share price was US$40.")])
    assert any(line.startswith("1: missing 港元") for line in lines), lines


def test_a_plural_and_the_singular_are_one_rendering(zhgloss_exe: str, currencies: Path, tmp_path: Path) -> None:
    pairs = [("股价为40澳元。", "It was 40 Australian dollars."), ("股价为1澳元。", "It was one Australian dollar.")]
    assert check_lines(zhgloss_exe, currencies, tmp_path, pairs) == []


def test_the_bundled_products_plural(zhgloss_exe: str, tmp_path: Path) -> None:
    # The bundled glossary's 小米SU7 'Xiaomi SU7' (the tester's su7.tsv row 4: missing 小米SU7, found "Xiaomi").
    tsv = tmp_path / "su7.tsv"
    tsv.write_text("首批小米SU7交付。\tThe first Xiaomi SU7s were delivered.\n", encoding="utf-8")
    done = subprocess.run([zhgloss_exe, "check", str(tsv)], capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout) == (0, ""), done.stdout + done.stderr


@pytest.mark.parametrize(
    ("text", "end", "plural"),
    [
        ("40 Hong Kong dollars.", 19, 20),
        ("Xiaomi SU7s were", 10, 11),
        ("two boxes", 7, 9),
        ("Xiaomi's", 6, None),
        ("Reuterss", 7, None),
        ("dollarsx", 6, None),
    ],
)
def test_plural_end(text: str, end: int, plural: int | None) -> None:
    assert plural_end(text, end) == plural
