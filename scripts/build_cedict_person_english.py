"""Build src/zhgloss/data/cedict_person_english.tsv: the people CC-CEDICT names in English otherwise than by the
English `zhgloss add` makes from the pinyin, for `add`'s refusal to store the pinyin of such a person.

`zhgloss add 李光耀` (no --en) stored the person "Li Guangyao", whose English every paper writes "Lee Kuan Yew";
蒋介石 "Jiang Jieshi" (Chiang Kai-shek), 文在寅 "Wen Zaiyin" (Moon Jae-in), 周杰伦 "Zhou Jielun" (Jay Chou), exit 0
and silent, and `check` then failed the right translation (the review's R46-10). CC-CEDICT gives their English. The
people are the CC-CEDICT import's (`zhgloss.formats.cedict.load_cedict`, type `person`, the rule of
build_cedict_persons.py); a person is listed when the import's English (`Entry.en`) differs from the English `add`
makes of the Chinese (`zhgloss.curate.draft_entry`, compared without case, spaces, hyphens and apostrophes), or
`add` makes none (a transliterated or Japanese name: 普京 Vladimir Putin, whose refusal then names it). Rows: the
simplified Chinese, its traditional form where it differs (both are looked up), CC-CEDICT's English; sorted.

CC-CEDICT is licensed CC BY-SA 4.0; the file written is derived from it and carries the same licence, with the
credit, in its header.

The same for places (`KIND` place, data/cedict_place_english.tsv): `add 香港 --type place` without --en stored
"Xianggang", 基辅 "Jifu", 大阪 "Daban", where CC-CEDICT writes Hong Kong, Kyiv, Ōsaka (the review's R47-24); a place
is listed where the import's English differs from the English `add` makes of it as a place
(`zhgloss.pinyin.place_english`).

Run: python scripts/build_cedict_person_english.py [/work/shared/data/cedict_ts.u8.gz] [OUT] [KIND]
(KIND: person, the default, or place; OUT by default data/cedict_KIND_english.tsv)
"""

from __future__ import annotations

import gzip
import re
import sys
import unicodedata
from pathlib import Path

from zhgloss.curate import draft_entry
from zhgloss.errors import ZhglossError
from zhgloss.formats.cedict import load_cedict

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "cedict_ts.u8.gz"
DEFAULT_OUT = ROOT / "src" / "zhgloss" / "data" / "cedict_person_english.tsv"

KINDS = {"person": "People", "place": "Places"}
"""The types `add` makes an English of from the pinyin, each with its table (`zhgloss.curate.makes_en_from_pinyin`)."""

EXAMPLES = {
    "person": '`add 李光耀` without --en is\n# refused with CC-CEDICT\'s "Lee Kuan Yew" rather than stored as '
    '"Li Guangyao"',
    "place": '`add 香港 --type place` without\n# --en is refused with CC-CEDICT\'s "Hong Kong" rather than stored '
    'as "Xianggang"',
}

HEADER = """\
# {kinds} CC-CEDICT names in English otherwise than by their pinyin, for zhgloss add: {example}. Built by
# scripts/build_cedict_person_english.py from CC-CEDICT ({date}; https://cc-cedict.org/wiki/). CC-CEDICT: community
# maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski. Licence: Creative Commons
# Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this file is derived from it and
# shared under the same licence.
# Columns: zh (simplified), zh_hant (empty when the same), en (CC-CEDICT's English, as zhgloss's import reads it).
"""
_FOLD = re.compile(r"[\s\-'\u2019\u2018\u02bc\u00b7.]")


def folded(english: str) -> str:
    """`english` without case, spaces, hyphens, apostrophes, dots and accents: "Li Ka-shing" ~ "Li Kashing", Tibetan
    "Dêgê" ~ "Dege" (CC-CEDICT writes a Tibetan place's pinyin with its letters ê, ü: no other English)."""
    plain = "".join(c for c in unicodedata.normalize("NFD", english) if not unicodedata.combining(c))
    return _FOLD.sub("", plain).casefold()


def name_part(english: str) -> str:
    """A place's English without the English of its unit's or feature's generic
    (`zhgloss.pinyin.ADMINISTRATIVE_ENGLISH`, `_ENGLISH_GENERICS`: City, District, New Area, Autonomous County, Lake),
    `folded`: CC-CEDICT's "Shanghai" and "Pudong New District" write 上海市 and 浦东新区 as add does ("Shanghai
    City", "Pudong New Area") but for the generic, which is no reason to refuse add's; "Hong Kong" and "Xianggang",
    "Shanghai Stadium" and "Shanghai Tiyuchang" differ in the name itself."""
    from zhgloss.pinyin import _ENGLISH_GENERICS, ADMINISTRATIVE_ENGLISH

    generic = set(_ENGLISH_GENERICS) | {w.casefold() for e in ADMINISTRATIVE_ENGLISH.values() for w in e.split()}
    return "".join(folded(word) for word in english.split() if folded(word) not in generic)


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE
    kind = sys.argv[3] if len(sys.argv) > 3 else "person"
    if kind not in KINDS:
        raise SystemExit(f"KIND must be one of {', '.join(KINDS)}, not {kind!r}")
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUT.with_name(f"cedict_{kind}_english.tsv")
    with gzip.open(source, "rt", encoding="utf-8") as fp:
        date = next((line.strip("#! \n") for line in fp if line.startswith("#! date=")), "date unknown")
    rows: dict[str, tuple[str, str]] = {}
    with gzip.open(source, "rt", encoding="utf-8") as fp:
        people = [entry for entry in load_cedict(fp, proper_only=True, source=str(source)) if entry.type == kind]
    for entry in people:
        if entry.zh is None or not entry.en:
            continue
        try:
            made = draft_entry(entry.zh, kind=kind).en
        except ZhglossError:
            made = ""  # add makes no English of it: a transliterated or Japanese name
        if made and folded(made) == folded(entry.en):
            continue
        if kind == "place" and made and name_part(made) == name_part(entry.en):
            continue  # the generic alone written otherwise: "Shanghai" / add's "Shanghai City"
        hant = entry.zh_hant if entry.zh_hant and entry.zh_hant != entry.zh else ""
        rows.setdefault(entry.zh, (hant, entry.en))
    with out.open("w", encoding="utf-8") as fp:
        fp.write(HEADER.format(date=date, kinds=KINDS[kind], example=EXAMPLES[kind]))
        fp.writelines(f"{zh}\t{hant}\t{en}\n" for zh, (hant, en) in sorted(rows.items()))
    print(f"{len(rows):,} of {len(people):,} {KINDS[kind].lower()} written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
