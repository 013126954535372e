"""Build src/zhgloss/data/english_given_names.txt: English given names, for harvest's adopted names.

Hong Kong and Taiwan copy writes an adopted English name before a name in the Chinese order, after a title with what
it is of: "Chief Secretary for Administration Eric Chan Kwok-ki (陳國基)", "Financial Secretary of Hong Kong Paul Chan
Mo-po (陳茂波)". The word before the surname is the person's own (Eric, Paul) or the title's ("Administration"); this
list tells them apart. It is the first names of the 1990 United States Census (public domain; 1,219 male and 4,275
female names), as the package names 0.3.0 ships them (names/dist.male.first, names/dist.female.first; MIT licence),
less the words that also spell a pinyin syllable (Hong, Long: a Chinese name's own words) and the countries' names of
ISO 3166 (pycountry: China, Jordan), which a title is of. The package is needed only to build the file:
`pip install names==0.3.0`.

Usage: python scripts/build_english_given_names.py > src/zhgloss/data/english_given_names.txt
"""

from __future__ import annotations

import sys
from importlib import resources

HEADER = """\
# English given names, for zhgloss harvest (an adopted name before a name in the Chinese order after a title:
# "Secretary for Administration Eric Chan Kwok-ki"). Built by scripts/build_english_given_names.py from the first
# names of the 1990 US Census (public domain) as the package names 0.3.0 ships them (MIT licence), less pinyin
# syllables and ISO 3166 countries' names. One name a line, lower case, sorted.
"""


def table() -> list[str]:
    """Return the census first names, lower case, sorted, less pinyin syllables and country names."""
    import pycountry

    from zhgloss.syllables import SYLLABLES

    found: set[str] = set()
    for name in ("dist.male.first", "dist.female.first"):
        text = (resources.files("names") / name).read_text(encoding="utf-8")
        found |= {line.split()[0].lower() for line in text.splitlines() if line.strip()}
    countries = {
        word.lower()
        for country in pycountry.countries
        for field in ("name", "common_name")
        for word in [getattr(country, field, None)]
        if word
    }
    return sorted(found - set(SYLLABLES) - countries)


def main() -> None:
    sys.stdout.write(HEADER)
    for name in table():
        sys.stdout.write(f"{name}\n")


if __name__ == "__main__":
    main()
