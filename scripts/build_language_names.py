"""Build src/zhgloss/data/language_names.tsv: the English names people write for a language, by its ISO 639 code.

A termbase's column of another language is passed over by the import when its header names the language
(zhgloss.formats.table.other_language). ISO 639's reference names (pycountry's table, a dependency) give one
spelling each ("Uighur", "Pushto", "Persian", "Yue Chinese"), while a team's sheet writes "Uyghur", "Pashto", "Farsi",
"Cantonese" (reviewer finding R38-19). Source: Wiktionary's list of language codes (Wiktionary:List of languages,
CC BY-SA), as the language_data package 1.4.0 ships it (https://github.com/georgkrause/language_data, MIT licence;
its data/wiktionary/codes-en.csv: code, canonical name, family, scripts, other names). A row is kept for a code that
ISO 639-3 knows (pycountry resolves it by its two- or three-letter code), with Wiktionary's canonical name (the name
the import's note says) and the names of one word of three letters or more among the canonical and the other names
(a header is read by its first word). A name Wiktionary gives several languages is kept only where exactly one of them
has an ISO 639-1 code (the language a termbase's two-letter tag gives: "Dari" is fa, not prs), else left out.

Usage (language_data is read here only, never by zhgloss): pip install language_data==1.4.0 &&
python scripts/build_language_names.py > src/zhgloss/data/language_names.tsv
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

HEADER = """\
# English names of languages by ISO 639 code, for zhgloss import's reading of another language's column
# (zhgloss.formats.table.other_language). Built by scripts/build_language_names.py from Wiktionary's list of
# language codes (CC BY-SA) as the language_data package 1.4.0 ships it (MIT licence; data/wiktionary/codes-en.csv),
# for the codes ISO 639-3 knows (pycountry). Columns (tab-separated): ISO 639 code, Wiktionary's canonical name,
# then the names of one word that a header may give it (canonical and other names; a name shared by languages is
# kept only for the one with an ISO 639-1 code).
"""


def main() -> None:
    import language_data
    import pycountry

    source = Path(language_data.__file__).parent / "data" / "wiktionary" / "codes-en.csv"
    rows: dict[str, tuple[str, list[str]]] = {}
    owners: dict[str, set[str]] = defaultdict(set)
    for line in source.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        code, canonical = parts[0], parts[1]
        key = "alpha_2" if len(code) == 2 else "alpha_3"
        if not re.fullmatch("[a-z]{2,3}", code) or pycountry.languages.get(**{key: code}) is None:
            continue
        names = [canonical] + [n.strip() for n in (parts[4].split(",") if len(parts) > 4 else [])]
        single = []
        for name in names:
            if re.fullmatch(r"[A-Z][a-z]{2,}", name) and name.lower() not in (s.lower() for s in single):
                single.append(name)
                owners[name.lower()].add(code)
        rows[code] = (canonical, single)
    kept: dict[str, list[str]] = {}
    for code, (canonical, single) in rows.items():
        out = []
        for name in single:
            shared = owners[name.lower()]
            major = [c for c in shared if len(c) == 2]
            if len(shared) == 1 or (len(major) == 1 and major[0] == code):
                out.append(name)
        if out:
            kept[code] = [canonical, *out]
    sys.stdout.write(HEADER)
    for code in sorted(kept):
        sys.stdout.write("\t".join([code, *kept[code]]) + "\n")


if __name__ == "__main__":
    main()
