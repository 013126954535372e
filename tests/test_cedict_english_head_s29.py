"""An English noun of no kind that ends a two-word name is its head; a generic before it qualifies it (twenty-ninth
session, issue 9 item 1; the s28 blind draw's 沙漠之狐 "Desert Fox", Rommel's byname, typed `place` by "Desert").

"Formosan mountain dog" was read so already (a lower-case head); a capitalised one is the same English: "Desert
Fox" is a fox, "Mountain Dew" a drink, no mountain. A generic written first is the place's own (`_PLACE_PREFIXES`:
"Lake Placid", "Mount Pleasant", "Cape Horn" stay places). A flag is none of the kinds: "Union Jack (flag of the
United Kingdom)" is no union and no kingdom.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "沙漠之狐 沙漠之狐 [Sha1 mo4 zhi1 Hu2] /Desert Fox/\n"
    "激浪 激浪 [Ji1 lang4] /Mountain Dew/\n"
    "米字旗 米字旗 [Mi3 zi4 qi2] /Union Jack (flag of the United Kingdom)/\n"
)
# Lines of my own of the same shape, and controls.
OWN = (
    "沙漠風暴 沙漠风暴 [Sha1 mo4 Feng1 bao4] /Desert Storm/\n"
    "普萊西德湖 普莱西德湖 [Pu3 lai2 xi1 de2 Hu2] /Lake Placid/\n"
    "合恩角 合恩角 [He2 en1 Jiao3] /Cape Horn/\n"
    "芒特普萊森特 芒特普莱森特 [Mang2 te4 Pu3 lai2 sen1 te4] /Mount Pleasant/\n"
)
NAMES = kinds_and_english(REAL + OWN)


@pytest.mark.parametrize(
    ("zh", "kind"),
    [
        ("沙漠之狐", "name"),
        ("激浪", "name"),
        ("米字旗", "name"),
        ("沙漠风暴", "name"),
        ("普莱西德湖", "place"),
        ("合恩角", "place"),
        ("芒特普莱森特", "place"),
    ],
)
def test_the_head_is_the_last_word(zh: str, kind: str) -> None:
    assert NAMES[zh][0] == kind, NAMES[zh]
