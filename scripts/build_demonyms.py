"""Build src/zhgloss/data/demonyms.tsv: the adjective English makes of each country's name, where no suffix does.

`zhgloss check` reads a country's adjective as a rendering of its name ("Chinese officials" for 中国官员, "Sino-Dutch
relations" for 中荷关系). Most adjectives are the name and a suffix (China -> Chinese, Iran -> Iranian: check's
`demonyms`); the others (France -> French, Netherlands -> Dutch, Denmark -> Danish, Switzerland -> Swiss) come from
this table. Source: the countryinfo package (https://github.com/porimol/countryinfo, MIT licence; version 1.0.1), its
per-country JSON files (countryinfo/data/*.json): "name", "altSpellings" and "demonym" (the adjective, after the
REST Countries data). A row is kept for the name and for each alternative spelling in plain letters that is no code
(at least four letters, not all capitals: "Holland" and "The Netherlands" beside "Netherlands"). Left out: an
adjective the suffixes already make (zhgloss.check._regular_demonyms). An adjective the data gives two countries
or more is kept for the most populous only (its "population"): the sovereign's, not a territory's (France's "French",
not Réunion's; China's "Chinese", not Hong Kong's or Macau's; the United States' "American").

Added by hand (`ADDED`, each with its source), for territories whose countryinfo demonym is their sovereign's:
Hong Kong's "Hongkonger"/"Hong Konger" (Oxford English Dictionary, "Hongkonger", added 2014; the Hong Kong
Government's own English, e.g. the Chief Executive's Policy Address) and Macau's "Macanese" (Oxford English
Dictionary, "Macanese"); and the nouns English names a country's people by where they are no adjective of its name
and no suffix makes them (`PEOPLE_NOUNS`: a Briton, a Dane, a Swede, a Finn, a Pole, a Turk, a Spaniard, a Scot, a
Frenchman, a Dutchman), so that `zhgloss check` reads a people (英国人 "two Britons") from its place and this table
alone, with no people's entry in the glossary (IMP-41-2). Source: each is the noun's own headword in Merriam-Webster
and the Oxford English Dictionary (UNVERIFIED one by one: standard English, not looked up entry by entry).

Usage (countryinfo is read here only, never by zhgloss): pip install countryinfo==1.0.1 &&
python scripts/build_demonyms.py > src/zhgloss/data/demonyms.tsv
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

HEADER = """\
# The adjective English makes of a country's or territory's name where no suffix makes it (France -> French,
# Netherlands -> Dutch, Denmark -> Danish), for zhgloss check (zhgloss.check.demonyms). Built by
# scripts/build_demonyms.py from the countryinfo package 1.0.1 (MIT licence; its "name", "altSpellings" and "demonym"
# fields), with Hong Kong's "Hongkonger" and Macau's "Macanese" added (Oxford English Dictionary), and the nouns for
# a people that are no adjective (Briton, Dane, Swede, Finn, Pole, Turk, Spaniard, Scot, Frenchman, Dutchman: see
# scripts/build_demonyms.py, PEOPLE_NOUNS).
# Columns (tab-separated): English name, its adjective or demonym.
"""

ADDED = [
    ("Hong Kong", "Hongkonger"),
    ("Hong Kong", "Hong Konger"),
    ("Macau", "Macanese"),
    ("Macao", "Macanese"),
]
"""Demonyms of territories that countryinfo gives their sovereign's ("Chinese"), with the OED as the source."""

PEOPLE_NOUNS = [
    ("United Kingdom", "Briton"),
    ("Great Britain", "Briton"),
    ("Britain", "Briton"),
    ("Denmark", "Dane"),
    ("Sweden", "Swede"),
    ("Finland", "Finn"),
    ("Poland", "Pole"),
    ("Turkey", "Turk"),
    ("Spain", "Spaniard"),
    ("Scotland", "Scot"),
    ("France", "Frenchman"),
    ("France", "Frenchwoman"),
    ("Netherlands", "Dutchman"),
    ("Netherlands", "Dutchwoman"),
    # the -man nouns' plurals, which no plural rule makes (R42-15)
    ("France", "Frenchmen"),
    ("France", "Frenchwomen"),
    ("Netherlands", "Dutchmen"),
    ("Netherlands", "Dutchwomen"),
]
"""A country's people by a noun that is no adjective of its name and no suffix makes (Merriam-Webster, the OED)."""


def table() -> list[tuple[str, str]]:
    """Return the (name, adjective) rows, sorted: countryinfo's irregular adjectives, `ADDED` and `PEOPLE_NOUNS`."""
    import countryinfo

    from zhgloss.check import _regular_demonyms as demonyms

    folder = Path(countryinfo.__file__).resolve().parent / "data"
    countries = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("name") and data.get("demonym"):
            countries.append(data)
    # Each adjective's owner: the most populous country the data gives it.
    owners: dict[str, str] = {}
    most: dict[str, int] = defaultdict(int)
    for data in countries:
        # Some rows hold two, comma-separated: Bosnia and Herzegovina "Bosnian, Herzegovinian".
        data["demonyms"] = [d.strip() for d in data["demonym"].split(",") if d.strip()]
        for adjective in data["demonyms"]:
            population = int(data.get("population") or 0)
            if adjective not in owners or population > most[adjective]:
                owners[adjective], most[adjective] = data["name"], population
    rows = set()
    for data in countries:
        names = [data["name"]] + [
            s
            for s in data.get("altSpellings", [])
            if len(s) >= 4 and s.isascii() and not s.isupper() and all(w[:1].isupper() for w in s.split())
        ]
        for adjective in data["demonyms"]:
            if data["name"] != owners[adjective]:
                continue
            for name in names:
                if adjective != name and adjective not in demonyms(name):
                    rows.add((name, adjective))
    rows.update(ADDED)
    rows.update(PEOPLE_NOUNS)
    return sorted(rows)


def main() -> None:
    sys.stdout.write(HEADER)
    for name, adjective in table():
        sys.stdout.write(f"{name}\t{adjective}\n")


if __name__ == "__main__":
    main()
