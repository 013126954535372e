"""An examination is no organisation (thirty-third session; the tester's s33 T2, firm: "General Scholastic Ability
Test (college entrance exam in Taiwan)" was typed org by its college). It is `name`, as TOEFL is; a body that runs
examinations stays one, and a test site a place."""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "大學入學指定科目考試 大学入学指定科目考试 [Da4 xue2 Ru4 xue2 Zhi3 ding4 Ke1 mu4 Kao3 shi4] /Advanced Subjects"
    " Test, university entrance exam that assesses candidates’ higher level knowledge of specific subjects and their"
    " readiness to study in their selected academic discipline (Tw)/abbr. to 指考[Zhi3 kao3]/\n"
    "大學學科能力測驗 大学学科能力测验 [Da4 xue2 Xue2 ke1 Neng2 li4 Ce4 yan4] /General Scholastic Ability Test (college"
    " entrance exam in Taiwan)/\n"
    "托福 托福 [Tuo1 fu2] /TOEFL/Test of English as a Foreign Language/\n"
    "考試院 考试院 [Kao3 shi4 yuan4] /Examination Yuan, the qualification and appointment board under the constitution"
    " of Republic of China, then of Taiwan/exam board/\n"
    "馬蘭 马兰 [Ma3 lan2] /Malan military base and atomic test site in Bayingolin Mongol Autonomous Prefecture"
    " 巴音郭楞蒙古自治州[Ba1 yin1 guo1 leng2 Meng3 gu3 Zi4 zhi4 zhou1], Xinjiang/\n"
)
NAMES = kinds_and_english(REAL)


@pytest.mark.parametrize("zh", ["大学入学指定科目考试", "大学学科能力测验", "托福"])
def test_an_examination_is_no_organisation(zh: str) -> None:
    assert NAMES[zh][0] == "name"


@pytest.mark.parametrize(("zh", "kind"), [("考试院", "org"), ("马兰", "place")])
def test_a_body_or_a_site_stays_what_it_is(zh: str, kind: str) -> None:
    assert NAMES[zh][0] == kind
