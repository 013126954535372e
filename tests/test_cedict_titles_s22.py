"""CC-CEDICT import: a line one of whose later senses is a person's title alone is that title, a common word.

The acceptance tester of the twenty-first session found 天皇 `/Heavenly Sovereign, one of the
three legendary sovereigns 三皇/emperor/emperor of Japan/` imported as the name "Heavenly
Sovereign", so `天皇陛下发表新年讲话。` glossed 天皇（Heavenly Sovereign） in every news story
about Japan. The headword is the title (as 先生 "Mister" is a title alone, s20): no name for
`--proper-only`, and in a full import a term whose English is the title first. The rule
(zhgloss.formats.cedict): `_read_line`, `_TITLE_ALONE_RE` (the titles of `_HONORIFICS`); it holds
for one line of today's CC-CEDICT.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected values were read off the lines
by hand.
"""

from __future__ import annotations

import io

from cedict_fixtures import entries_by_form

from zhgloss.formats.cedict import load_cedict

TENNO = (
    "天皇 天皇 [Tian1 huang2] /Heavenly Sovereign, one of the three legendary sovereigns 三皇[san1 huang2]/emperor/"
    "emperor of Japan/\n"
)
# A name whose later sense names a person with a title and a name is no title alone: 周穆王 stays King Mu.
KING_MU = "周穆王 周穆王 [Zhou1 Mu4 wang2] /King Mu, fifth king of Zhou (c. 976-922 BC)/\n"


def test_tenno_is_no_name() -> None:
    assert "天皇" not in entries_by_form(TENNO)


def test_tenno_is_the_term_emperor_in_a_full_import() -> None:
    (tenno,) = load_cedict(io.StringIO(TENNO))
    assert tenno.type == "term", tenno
    assert tenno.en == "emperor", tenno
    assert "emperor of Japan" in tenno.aliases, tenno


def test_a_titled_name_stays_a_name() -> None:
    assert entries_by_form(KING_MU)["周穆王"].en == "King Mu"
