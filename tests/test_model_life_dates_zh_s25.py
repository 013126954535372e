"""Life dates as Chinese notes and "b./d." write them end roles too (user U47; cur's hunk to model.life_dates).

zh.wikipedia's lead writes a life in Chinese dates ("老舍（1899年2月3日—1966年8月24日），中国小说家"), and English notes
sometimes "(b. 1904, d. 2005)": neither was read, so a role dated after the death was not refused (`role-death`).
Lao She lived 1899-1966; Ba Jin 1904-2005 (zh.wikipedia, en.wikipedia).
"""

from __future__ import annotations

from datetime import date

import pytest

from zhgloss.model import Entry, Role, life_dates, role_date_problems


def person(zh: str, en: str, note: str, *roles: Role) -> Entry:
    return Entry(id="p", zh=zh, en=en, type="person", note=note, roles=roles)


@pytest.mark.parametrize(
    ("zh", "en", "note", "born", "died"),
    [
        ("老舍", "Lao She", "老舍（1899年2月3日－1966年8月24日），中国小说家", 1899, 1966),
        ("老舍", "Lao She", "老舍（1899年2月3日—1966年8月24日）", 1899, 1966),
        ("巴金", "Ba Jin", "（1904年11月25日－2005年10月17日），作家", 1904, 2005),
        ("巴金", "Ba Jin", "Ba Jin (b. 1904, d. 2005), writer", 1904, 2005),
        ("巴金", "Ba Jin", "(born 25 November 1904, died 17 October 2005)", 1904, 2005),
    ],
)
def test_chinese_and_b_d_life_dates_are_read(zh: str, en: str, note: str, born: int, died: int) -> None:
    dates = life_dates(person(zh, en, note))
    assert dates is not None
    assert (dates.born, dates.died) == (born, died)


def test_another_person_s_chinese_dates_are_not_the_entry_s() -> None:
    assert life_dates(person("舒乙", "Shu Yi", "老舍之子；父亲老舍（1899年—1966年）")) is None


def test_a_role_after_a_chinese_death_date_is_impossible() -> None:
    lao_she = person("老舍", "Lao She", "老舍（1899年2月3日－1966年8月24日），作家", Role("chair", start="1967"))
    codes = [code for code, _ in role_date_problems(lao_she, today=date(2026, 12, 1))]
    assert codes == ["role-death"]
