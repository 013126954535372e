"""A Russian's patronymic is no part of the English name (thirty-first session; the tester's s31 S2: 陀思妥耶夫斯基
"Fyodor Mikhailovich Dostoevsky (1821-1881), ..." had en "Fyodor Mikhailovich Dostoevsky"; news writes "Fyodor
Dostoevsky").

The middle word of three, ending -ovich/-evich/-ovna/-evna (or Ilyich), is the patronymic: the English is the
given name and the family name, the full name an alias. A German middle name is no patronymic ("Carl Friedrich
Gauss").
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "陀思妥耶夫斯基 陀思妥耶夫斯基 [Tuo2 si1 tuo3 ye1 fu1 si1 ji1] /Fyodor Mikhailovich Dostoevsky (1821-1881), great"
    " Russian novelist, author of Crime and Punishment 罪與罰|罪与罚[Zui4 yu3 Fa2]/\n"
    "契訶夫 契诃夫 [Qi4 he1 fu1] /Anton Pavlovich Chekhov (1860-1904), Russian writer famous for his short stories and"
    " plays/\n"
    "庫爾尼科娃 库尔尼科娃 [Ku4 er3 ni2 ke1 wa2] /Anna Sergeevna Kournikova (1981-), Russian tennis star and glamor"
    " model/\n"
    "列寧 列宁 [Lie4 ning2] /Vladimir Ilyich Lenin (1870-1924), Russian revolutionary leader/\n"
    # A control.
    "高斯 高斯 [Gao1 si1] /Carl Friedrich Gauss (1777-1855), German mathematician/\n"
)
# Lines of my own of the same shape.
OWN = (
    "拉赫瑪尼諾夫 拉赫玛尼诺夫 [La1 he4 ma3 ni2 nuo4 fu1] /Sergei Vasilyevich Rachmaninoff (1873-1943), Russian"
    " composer/\n"
    "捷列什科娃 捷列什科娃 [Jie2 lie4 shi2 ke1 wa2] /Valentina Vladimirovna Tereshkova (1937-), Soviet cosmonaut/\n"
)
ENTRIES = entries_by_form(REAL + OWN)


@pytest.mark.parametrize(
    ("zh", "en", "full"),
    [
        ("陀思妥耶夫斯基", "Fyodor Dostoevsky", "Fyodor Mikhailovich Dostoevsky"),
        ("契诃夫", "Anton Chekhov", "Anton Pavlovich Chekhov"),
        ("库尔尼科娃", "Anna Kournikova", "Anna Sergeevna Kournikova"),
        ("列宁", "Vladimir Lenin", "Vladimir Ilyich Lenin"),
        ("拉赫玛尼诺夫", "Sergei Rachmaninoff", "Sergei Vasilyevich Rachmaninoff"),
        ("捷列什科娃", "Valentina Tereshkova", "Valentina Vladimirovna Tereshkova"),
    ],
)
def test_the_patronymic_is_left_out(zh: str, en: str, full: str) -> None:
    entry = ENTRIES[zh]
    assert (entry.type, entry.en) == ("person", en), entry
    assert full in entry.aliases, entry


def test_a_middle_name_stays() -> None:
    assert ENTRIES["高斯"].en == "Carl Friedrich Gauss"
