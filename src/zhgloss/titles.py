"""English titles and occupations written before a person's name, and a query read as a title before a name.

The words `zhgloss.harvest` reads titles by (`is_role_word`), `titled_name_splits`, which `zhgloss search` asks
of a query of three words or more (`zhgloss.fuzzy.titled_search`), and `split_title`, which `zhgloss lookup` asks of
a query of three words or more that no entry matches. They are a module of their own so that search and lookup do
not import the harvester (~0.3-0.4 s of its regular expressions and tables: the review's R39-15 and R40-3).
"""

from __future__ import annotations

from zhgloss.forms import ROLE_WORDS


def _words(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string."""
    return frozenset(words.split())


HONORIFICS = _words("mr mrs ms miss madam dr sir sheikh sheikha sheik")
"""Honorifics written before a name, lower-case without their full stop ("Mr", "Dr.", "Sheikh")."""

# Nouns after "is a", "was the" that say what a Wikipedia lead's subject is.
PERSON_NOUNS = ROLE_WORDS | _words(
    "politician businessman businesswoman entrepreneur investor billionaire activist dissident engineer "
    "athlete footballer diplomat economist historian philosopher physicist official officer musician "
    "filmmaker comedian model speaker laureate astronaut songwriter lawyer attorney prosecutor analyst researcher "
    "producer designer dean commander councillor councilor deputy delegate chef bishop cardinal monk pastor whip "
    "champion medalist medallist congressman congresswoman councilman councilwoman assemblyman assemblywoman "
    "emir ruler sultan imam ayatollah cleric pitcher batter striker goalkeeper midfielder defender quarterback "
    "swimmer sprinter skater gymnast boxer "
    # Military ranks and posts as English writes them before a name (the PLA's: "Senior Colonel Wu Qian", "Political
    # Commissar Miao Hua"; general and admiral are ROLE_WORDS). Not "major", a surname too (John Major, 约翰·梅杰).
    "colonel brigadier commodore marshal commissar sergeant corporal lieutenant captain"
)

TITLE_MODIFIERS = _words("vice deputy executive non-executive independent honorary acting chief senior joint co")
"""Words a title may open with before its title word ("Vice Chairman", "Executive Director", "Non-executive
Director"), lower-case."""

# The abbreviations news copy writes for offices, as it writes them (case matters: "PM" is a title, "pm" a time).
# "Dr." is an honorific, as "Mr." is (`zhgloss.harvest`'s leading noise).
ABBREVIATED_TITLES = _words(
    "PM DPM VP FM CE MP MEP Sen. Rep. Gov. Lt.-Gov. Gen. Lt. Col. Maj. Capt. Adm. Cmdr. Sgt. Amb. Prof. "
    "Sec. Pres. Supt. Insp."
)


def is_role_word(word: str) -> bool:
    """Tell whether `word` is a title or an occupation (ROLE_WORDS, PERSON_NOUNS): "Minister", "Historian",
    "Secretary-General" (a part of a hyphenated title), "PM", "Sen." (ABBREVIATED_TITLES)."""
    if word.rstrip(",") in ABBREVIATED_TITLES:
        return True
    lower = word.lower().strip(".,'’")
    if lower.endswith("s") and len(lower) > 4 and (lower[:-1] in ROLE_WORDS or lower[:-1] in PERSON_NOUNS):
        return True  # a title of several ("Lawmakers Regina Ip, Tommy Cheung and Michael Tien")
    return any(part in ROLE_WORDS or part in PERSON_NOUNS for part in (lower, *lower.split("-")))


def titled_name_splits(text: str) -> list[tuple[str, str]]:
    """Every (title, name) reading of `text` as a title phrase before a person's name of one to three words, the
    name's shorter reading first (one word, the family name alone, only after a title word: "Chancellor Merz"):
    "Foreign Minister Wang Yi" -> [("Foreign Minister", "Wang Yi")], "Minister of Commerce Wang Wentao", "Chinese
    Premier Li Qiang", "PBOC Governor Pan Gongsheng", "Foreign Ministry spokesperson Mao Ning"; "Carrie Lam Cheng
    Yuet-ngor"'s title alone before three words. The title phrase holds a title or an occupation (`is_role_word`), an
    honorific or "Comrade"; what else it holds (a country's adjective, a body's name or initials) is not read. Looser
    than `split_title`: for `zhgloss search`, which tries each name as a person's and answers it only where it scores
    better than the whole query (`zhgloss.fuzzy.titled_search`).
    [] when none."""
    words = text.split()
    splits = []
    for size in (1, 2, 3):
        cut = len(words) - size
        if cut < 1:
            continue
        title = words[:cut]
        if size == 1:
            # A family name alone, wire copy's second reference ("Chancellor Merz", "Fed Chair Powell", "President
            # Macron": the review's R48-19): only after a title that ends on a title word, which nothing else is.
            if is_role_word(title[-1]) and len(words[-1]) > 1 and words[-1][:1].isupper():
                splits.append((" ".join(title), words[-1]))
        elif any(is_role_word(w) or w.lower().rstrip(".,") in HONORIFICS or w.lower() == "comrade" for w in title):
            splits.append((" ".join(title), " ".join(words[cut:])))
    return splits


def split_title(text: str) -> tuple[str, str] | None:
    """(title, name) when `text` opens with a title or an honorific before a name of two words or more, as copy writes
    officials: "Vice Premier He Lifeng" -> ("Vice Premier", "He Lifeng"), "General Zhang Youxia", "Comrade Huang
    Kunming", "Mr. He Lifeng"; None when the words do not open so ("He Lifeng", "Bank of China"). Each word of the title
    is a title, an occupation (`is_role_word`), a modifier of one (TITLE_MODIFIERS: "Vice", "Deputy"), an honorific or
    "Comrade"; the title ends on a title or an honorific. For `zhgloss lookup`'s suggestion where nothing matches a name
    pasted with its title (U38-23); `zhgloss.harvest` reads it under the same name."""
    words = text.split()
    for cut in range(min(len(words) - 2, 4), 0, -1):
        title = words[:cut]
        keys = [w.lower().rstrip(".,") for w in title]
        if all(
            is_role_word(w) or k in TITLE_MODIFIERS or k in HONORIFICS or k == "comrade"
            for w, k in zip(title, keys, strict=True)
        ) and (is_role_word(title[-1]) or keys[-1] in HONORIFICS or keys[-1] == "comrade"):
            return " ".join(title), " ".join(words[cut:])
    return None
