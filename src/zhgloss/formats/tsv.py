"""TSV: the rich form (a header and every field, lossless) and OmegaT's three-column glossary.

Rich TSV is the CSV layout (see `table`) with tabs between cells and no quoting.
A note may hold tabs and line breaks, so inside a cell a backslash, tab, line
feed and carriage return are written \\, \t, \n and \r (as PostgreSQL's COPY
and MySQL write TSV); other backslashes are read as they are. Cells a
spreadsheet would run as formulas are neutralised as in CSV.

OmegaT's glossary format is one term per line: source term (Chinese), target term
(English), an optional comment, tab-separated, UTF-8, "#" starting a comment line.
It holds no ids, types or pinyin, so it is not lossless: the export writes the
English aliases as further lines under the same Chinese (OmegaT shows them all)
and puts the pinyin and the note in the comment; the import gathers the lines
of one Chinese term into one entry (the first English form preferred). Only
cells a spreadsheet would run as formulas (=, +, -, @) get an apostrophe in
front, which the import drops: OmegaT shows it, but a .utf8 glossary opened in
a spreadsheet runs nothing.
"""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Iterable, Iterator, Sequence
from typing import TextIO

from zhgloss.errors import FormatError, UsageError
from zhgloss.formats.table import (
    COLUMNS,
    COLUMNS_HINT,
    DEFAULT_TYPE,
    IdMaker,
    ImportNote,
    check_given_columns,
    check_named_columns,
    check_scripts,
    entry_to_row,
    header_columns,
    header_start,
    is_header,
    is_named_header,
    is_role,
    is_row_number_column,
    join_list,
    neutralize,
    neutralize_formula,
    note_other_languages,
    note_passed_columns,
    resolve_columns,
    row_to_entry,
    rows_to_entries,
    say_counting_column,
    split_list,
    unneutralize_formula,
    untranslated_copy,
    without_repeated_drafts,
)
from zhgloss.model import DRAFT_LABEL, Entry
from zhgloss.script import has_cjk, normalize


def dump_tsv(entries: Iterable[Entry], fp: TextIO) -> int:
    """Write `entries` to `fp` as rich TSV with a header; return how many were written."""
    fp.write("\t".join(COLUMNS) + "\n")
    count = 0
    for entry in entries:
        row = entry_to_row(entry)
        fp.write("\t".join(_quoted(_escape(neutralize(row[name]))) for name in COLUMNS) + "\n")
        count += 1
    return count


def load_tsv(fp: TextIO, source: str = "<tsv>", *, columns: Sequence[str | None] | None = None) -> Iterator[Entry]:
    """Read rich TSV (a header row naming the columns), or OmegaT's columns when the first row is no header.

    `columns` names the file's columns in order, as for CSV (see `load_csv`).
    """
    lines = _past_title(_rows(fp), source)
    first = next(lines, None)
    if first is None:
        return
    cells = first[1]
    if columns is not None:
        rest = list(lines)
        rows = rest if is_named_header(columns, cells, [r for _, r in rest], source, first[0]) else [first, *rest]
        header = cells if rows is rest else None
        check_given_columns(columns, [(n, [_unescape(c) for c in r]) for n, r in rows], source, header=header)
        yield from rows_to_entries(list(columns), rows, source, trusted=True, unescape=_unescape)
        return
    if not is_header(cells):
        listed = [first, *lines]
        if all(len(r) >= 3 for _, r in listed) and is_row_number_column([r[0] for _, r in listed], counting=True):
            # A first column that counts the rows (a numbered list pasted from a document) is no term: read as
            # OmegaT's source, "1" became the English of the row's Chinese.
            say_counting_column(source, first[0])
            listed = [(n, r[1:]) for n, r in listed]
        # A headerless zh | pinyin | English sheet is Pleco's shape, whatever the pinyin's tones are written with (the
        # reviewer's R13: "雷军<TAB>Léi Jūn<TAB>Lei Jun" stored the pinyin as the English and the English as the note).
        yield from _load_pleco_rows(listed, source) if is_pleco(listed) else _load_omegat_rows(listed, source)
        return
    yield from _load_headed(first, lines, source)


def _load_headed(first: tuple[int, list[str]], lines: Iterator[tuple[int, list[str]]], source: str) -> Iterator[Entry]:
    """Read tab-separated rows under the header row `first` (its cells name the columns: see `table`)."""
    number, cells = first
    rows = list(lines)
    names = header_columns(cells, source, number, [r for _, r in rows])
    note_other_languages(cells, source, number)
    note_passed_columns(cells, names, source, number)
    names = resolve_columns(names, rows, source, number)
    check_named_columns(names, [(n, [_unescape(c) for c in r]) for n, r in rows], source)
    yield from rows_to_entries(names, rows, source, unescape=_unescape)


def dump_omegat(entries: Iterable[Entry], fp: TextIO) -> int:
    """Write `entries` as an OmegaT glossary (Chinese, English, comment); return how many were written.

    Entries without Chinese are left out: OmegaT needs a source term. A draft entry's comment
    starts with "[draft, unverified]", the only place OmegaT shows that its English is a proposal.
    An entry's traditional form is a line of its own with the English, so a project whose source is
    in traditional characters finds it too (`load_omegat` folds it back).
    """
    count = 0
    for entry in entries:
        if not entry.zh:
            continue
        comment = " ".join(" — ".join(p for p in (entry.pinyin, entry.note) if p).split())
        if entry.en_adopted and _needs_adopted_mark(entry):
            comment = f"{ADOPTED_MARK} {comment}".rstrip()
        if entry.draft:
            comment = f"{DRAFT_MARK} {comment}".rstrip()
        if entry.forbidden:
            # OmegaT has no status: the comment says the bans, where its glossary pane shows them (U35-27), and
            # import reads them back.
            comment = f"{comment} {FORBIDDEN_OPEN}{entry_to_row(entry)['forbidden']}]".strip()
        lines = [(entry.zh, english, comment if n == 0 else "") for n, english in enumerate(entry.en_forms)]
        if entry.zh_hant and entry.zh_hant != entry.zh:
            # A source in traditional characters is matched too; import folds the line back into its entry, by the
            # conversion where it gives the entry's Chinese, else by the comment naming it (涖 of 莅, 畢昇 of 毕升: a
            # variant or a name's own character; the round trip made them entries of their own, R36-imp-1).
            from zhgloss.formats.tbx import simplified_form

            named = (
                ""
                if simplified_form(entry.zh_hant, entry.type, [entry.en]) == entry.zh
                else f"{TRADITIONAL_OPEN}{entry.zh}]"
            )
            lines.append(
                (entry.zh_hant, entry.en, " ".join(m for m in (DRAFT_MARK if entry.draft else "", named) if m))
            )
        for alias in entry.zh_aliases:
            # A Chinese alias is a source term OmegaT matches too, its comment naming the entry it is a form of, so
            # that import folds it back (the round trip lost every Chinese alias, 55 of 200 CC-CEDICT names); one
            # without Han characters too ("SU7", "3888.HK": the review's R35-20), which the comment, naming a Chinese
            # form the file gives, tells from a line whose English was copied into the Chinese column.
            lines.append((alias, entry.en, f"{ALIAS_OPEN}{entry.zh}]"))
        for cells in lines:
            fp.write("\t".join(neutralize_formula(cell) for cell in cells).rstrip("\t") + "\n")
        count += 1
    return count


def _needs_adopted_mark(entry: Entry) -> bool:
    """Whether an OmegaT line must say that `entry`'s English is adopted: the English is the pinyin's words the other
    way round ("Lu Chen" for 陈露, Chén Lù), which the import refuses as a Chinese name in Western order unless it is
    said. Only those: CC-CEDICT's import marks every English adopted, and a mark on every line of OmegaT's comment
    pane would say nothing."""
    import unicodedata

    def letters(word: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if "a" <= c <= "z")

    words = [letters(word) for word in entry.en.split()]
    syllables = [letters(word) for word in (entry.pinyin or "").split()]
    return len(words) >= 2 and words == syllables[::-1] and words != syllables


DRAFT_MARK = f"[{DRAFT_LABEL}]"
"""How an OmegaT comment says its line comes from a draft entry; import reads it back as `draft`."""
ADOPTED_MARK = "[adopted English name]"
ALIAS_OPEN = "[another form of "
"""How the comment of a line `dump_omegat` writes for a Chinese alias starts: "[another form of 中共中央组织部]"."""
FORBIDDEN_OPEN = "[not: "
"""How the part of a comment naming an entry's forbidden forms starts: "[not: 腾迅; TenCent [superseded]]"."""
_ALIAS_COMMENT_RE = re.compile(r"^\[another form of (\S+)\]$")
TRADITIONAL_OPEN = "[traditional form of "
"""How the comment of an entry's traditional line starts where the conversion does not give its Chinese back:
"[traditional form of 莅]" on the line of 涖."""
_TRADITIONAL_COMMENT_RE = re.compile(r"^\[traditional form of (\S+)\]$")
_FORBIDDEN_COMMENT_RE = re.compile(r"\s*\[not: (.+)\]$")
"""How an OmegaT comment says its English is the person's adopted name ("Lu Chen" for 陈露, en_adopted), which OmegaT
has no column for; import reads it back, so that zhgloss's own export imports (user finding U34-28: the import of the
CC-CEDICT glossary's export was refused at 陈露, "puts the given name first")."""


def load_omegat(
    fp: TextIO, source: str = "<omegat>", *, columns: Sequence[str | None] | None = None
) -> Iterator[Entry]:
    """Read an OmegaT glossary: lines of source term, target term and an optional comment.

    The source term is Chinese in a Chinese-to-English project and English in an English-to-Chinese
    one: the script of the first two columns decides (see `_omegat_order`). `columns` ("en,zh")
    says it instead. A first row that names columns (an OmegaT glossary has none) is a header: the file is
    a table saved as tab-separated text, as Excel's "Unicode Text" and MultiTerm Convert write a .txt, and is
    read as a headed TSV (see `load_tsv`).
    """
    text = fp.read()
    anki = _anki_header(text)
    if anki is not None and columns is None:
        yield from _load_anki_rows(list(_rows(io.StringIO(text))), anki, source)
        return
    lines = _past_title(_rows(io.StringIO(text)), source)
    first = next(lines, None)
    if first is None:
        return
    if columns is None and is_header(first[1]):
        yield from _load_headed(first, lines, source)
        return
    listed = [first, *lines]
    if columns is not None and is_named_header(columns, first[1], [r for _, r in listed[1:]], source, first[0]):
        listed = listed[1:]
    if columns is not None and set(columns) - {"zh", "en", "note", None}:
        # Columns OmegaT has not (--columns zh,pinyin,en): the rows are a table's, read as a headed TSV's are.
        check_given_columns(columns, [(n, [_unescape(c) for c in r]) for n, r in listed], source)
        yield from rows_to_entries(list(columns), listed, source, trusted=True, unescape=_unescape)
        return
    if columns is None and is_pleco(listed):
        yield from _load_pleco_rows(listed, source)
        return
    yield from _load_omegat_rows(listed, source, columns)


# Pleco's flashcard export ("Import / Export > Export Cards", text): a card a line, the headword (simplified, or
# "simplified[traditional]" with both character sets), its pinyin (tone numbers, "lei2jun1", or marks) and its
# definition, tab-separated; "//" starts a category line. Its second column is no English but the headword's reading
# (user finding U34-7: read as OmegaT's target, "lei2jun1" became the English and the definition the note).
_PLECO_HEADWORD_RE = re.compile(r"^([^\[\]]+)\[([^\[\]]+)\]$")
_NUMBERED_SYLLABLES_RE = re.compile(r"^(?:[A-Za-z\u00fc\u00dc:]+[1-5][\s'·]*)+$")
_PLECO_LABEL_RE = re.compile(r"^\((name|person name|surname|place name|place|company)\)\s*", re.IGNORECASE)
_PLECO_LABEL_TYPES = {
    "name": "person",
    "person name": "person",
    "surname": "surname",
    "place name": "place",
    "place": "place",
    "company": "org",
}
"""A Pleco definition's leading label and the type it says: "(name) Qiu Bojun, WPS developer" is a person's."""
_PLECO_INNER_LABEL_RE = re.compile(r"\s*\((?:name|person name|surname|place name|place|company)\)", re.IGNORECASE)
"""The same label written after the name, as Pleco's user dictionaries have it."""


def _pleco_headword(cell: str) -> tuple[str, str | None]:
    """The simplified and traditional forms of a Pleco headword ("雷军[雷軍]"; one form alone has no traditional)."""
    both = _PLECO_HEADWORD_RE.match(cell.strip())
    if both and has_cjk(both[1]) and has_cjk(both[2]):
        return both[1].strip(), both[2].strip()
    return cell.strip(), None


def _is_reading_of(cell: str, zh: str) -> bool:
    """Whether `cell` is the pinyin of `zh`, a syllable a character: tone numbers ("lei2jun1", "lei2 jun1") or marks."""
    from zhgloss.script import is_cjk

    text = cell.strip()
    characters = sum(1 for char in zh if is_cjk(char))
    if not text or not characters:
        return False
    if _NUMBERED_SYLLABLES_RE.match(text):
        return sum(char.isdigit() for char in text) == characters
    return _is_pinyin_of(text, zh)


def is_pleco(rows: Sequence[tuple[int, list[str]]]) -> bool:
    """Whether headerless tab-separated `rows` are Pleco's flashcards: each card's second cell the pinyin of its first.

    The whole file is weighed, never one row (user finding: one card 「π日 pai4ri4 World Pi Day」 made a Pleco file
    OmegaT's, every reading stored as an English): they are Pleco's when more than half of the cards are (`_is_card`),
    and a row's reading that is no pinyin of its headword then goes to its note, said with its line
    (`_load_pleco_rows`), never read as an English in silence. A reading
    in tone numbers that is no pinyin counts as one (Pleco's Cantonese dictionaries write Jyutping, "can4 mau6 bo1",
    tones 1 to 6: user U36-29, whose cards were read as OmegaT's, the reading stored as the English)."""
    cards = [cells for _, cells in rows if not (len(cells) == 1 and cells[0].startswith("//"))]
    return bool(cards) and 2 * sum(map(_is_card, cards)) > len(cards)


def _is_card(cells: list[str]) -> bool:
    """Whether a row's cells are a Pleco card's: a Chinese headword and its reading (`_is_reading_of`; Jyutping,
    `_is_numbered_reading`; a headword with a letter or symbol besides its Han characters, `_is_symbol_reading`)."""
    if len(cells) < 2 or not has_cjk(cells[0]):
        return False
    zh = _pleco_headword(cells[0])[0]
    return _is_reading_of(cells[1], zh) or _is_numbered_reading(cells[1], zh) or _is_symbol_reading(cells[1], zh)


def _is_symbol_reading(cell: str, zh: str) -> bool:
    """Whether `cell` reads headword `zh`, which writes a letter or symbol besides its Han characters, in tone-numbered
    pinyin with a syllable for each character it reads: π日 "pai4ri4" (CC-CEDICT: π日 [pai4 ri4]), 卡拉OK "ka3la1OK"
    ([ka3 la1 O K]). At least a numbered syllable for each Han character and at most one for each character; each
    numbered syllable pinyin (`_is_pinyin_syllables`: an English "PS4" is none)."""
    from zhgloss.script import is_cjk

    text = cell.strip()
    characters = [char for char in zh if not char.isspace()]
    han = sum(map(is_cjk, characters))
    if han == len(characters) or not _SYMBOL_READING_RE.match(text):
        return False
    numbered = sum(char.isdigit() for char in text)
    return han <= numbered <= len(characters) and _is_pinyin_syllables(text)


_SYMBOL_READING_RE = re.compile(r"^(?:[A-Za-z\u00fc\u00dc:]+[1-5]?[\s'·]*)+$")


def _is_pinyin_syllables(cell: str) -> bool:
    """Whether each syllable of a tone-numbered reading is a pinyin syllable ("lei2jun1"; not Jyutping's "gaa1")."""
    from zhgloss.pinyin import cut_syllables

    if not _NUMBERED_SYLLABLES_RE.match(cell.strip()):
        return True  # tone marks: `_is_reading_of` read them as pinyin
    syllables = re.findall(r"([A-Za-z\u00fc\u00dc:]+)[1-5]", cell)
    return all(cut_syllables(s.lower().replace("u:", "v").replace("\u00fc", "v")) is not None for s in syllables)


_NUMBERED_READING_RE = re.compile(r"^(?:[A-Za-z]+[1-6][\s'·]*)+$")


def _is_numbered_reading(cell: str, zh: str) -> bool:
    """Whether `cell` is a romanization of `zh` in tone numbers, a syllable a character, pinyin or not (Jyutping)."""
    from zhgloss.script import is_cjk

    text = cell.strip()
    return bool(_NUMBERED_READING_RE.match(text)) and sum(c.isdigit() for c in text) == sum(map(is_cjk, zh)) > 0


def pleco_definition(text: str) -> tuple[str, list[str], str, str | None]:
    """A Pleco (or CC-CEDICT) definition read as a glossary entry's fields: the English, its other forms, the note and
    the type it says (None where it does not).

    The first sense names the thing as CC-CEDICT's import reads a sense (`zhgloss.formats.cedict.read_sense`): "Lei
    Jun, founder of Xiaomi" is en "Lei Jun", note "founder of Xiaomi", a person; a leading "(name)" says a person's;
    later senses (after ";" or "/") go to the note. A sense that names nothing ("computer") is the English whole."""
    from zhgloss.formats.cedict import read_sense

    text = normalize(text)
    kind = None
    label = _PLECO_LABEL_RE.match(text)
    if label:
        kind = _PLECO_LABEL_TYPES[label[1].lower()]
        text = text[label.end() :]
    senses = [sense.strip() for sense in re.split(r"\s*[;/]\s*", text) if sense.strip()]
    if not senses:
        return "", [], "", kind
    sense = read_sense(senses[0])
    if not sense.name:
        return senses[0], [], "; ".join(senses[1:]), kind
    # A title after the aka name ("Lai Ching-te, aka William Lai, President of Taiwan") describes the person, no name
    # of them: the note's, never an alias, which check would take as a rendering and lookup answer by (user U35-39).
    aliases = [alias for alias in (*sense.aliases, *([sense.other] if sense.other else [])) if not is_role(alias)]
    # The label that typed the card, written after the name ("Jensen Huang (name), founder of NVIDIA"), is no note.
    description = _PLECO_INNER_LABEL_RE.sub("", sense.description) if kind or sense.type else sense.description
    for alias in aliases:  # "Ma Huateng aka Pony Ma (1971-), ...": the alias is kept as one, not in the note too
        description = re.sub(rf"^\W*(?:aka|a\.k\.a\.|or|also known as)\s+{re.escape(alias)}\b", "", description)
    description = description.strip(" ,;")
    if description.startswith("(") and description.endswith(")") and description.count("(") == 1:
        description = description[1:-1].strip()
    note = "; ".join(part for part in (description, *senses[1:]) if part)
    return sense.name, aliases, note, kind or sense.type


def _load_pleco_rows(rows: Iterable[tuple[int, list[str]]], source: str) -> Iterator[Entry]:
    """Read Pleco's flashcards (see `is_pleco`) as entries: the headword, its pinyin (written as zhgloss writes a
    table's pinyin cell, `zhgloss.formats.table.house_pinyin`) and its definition (`pleco_definition`)."""
    from zhgloss.formats import UniqueEntries

    ids = IdMaker()
    unique = UniqueEntries(source)  # checked and marked as every reader's entries are
    for number, cells in rows:
        if len(cells) == 1:
            continue  # a "//" category line
        zh, traditional = _pleco_headword(unneutralize_formula(cells[0]))
        definition = unneutralize_formula(cells[2]) if len(cells) > 2 else ""
        reading, more = normalize(cells[1]), ""
        if not _is_reading_of(reading, zh) or not _is_pinyin_syllables(reading):
            # A reading that is no pinyin (Jyutping): the note's, said; never the pinyin, nor the English (U36-29).
            why = (
                "reads its letter or symbol too"
                if _is_symbol_reading(reading, zh)
                else f"is no pinyin of {zh!r} (a Cantonese reading?)"
            )
            reading, more = "", f"reading: {reading}"
            warnings.warn_explicit(
                ImportNote(
                    f"{more[9:]!r} {why}: kept in the note; the pinyin is zhgloss's",
                    source,
                    number,
                ),
                ImportNote,
                source,
                number,
                module=__name__,
            )
        entry = _card_entry(zh, traditional, reading, definition, ids, source, number, more_note=more)
        yield unique.check(entry, number)


def _card_entry(
    zh: str,
    traditional: str | None,
    pinyin: str,
    definition: str,
    ids: IdMaker,
    source: str,
    number: int,
    more_note: str = "",
) -> Entry:
    """The entry of a flashcard (Pleco's, Anki's): its headword, pinyin ("" for none) and definition, and lines of
    note after the definition's (`more_note`: an Anki field's lines after a <br>)."""
    from zhgloss.formats import says
    from zhgloss.formats.table import join_list

    en, aliases, note, kind = pleco_definition(definition)
    note = "\n".join(part for part in (note, more_note) if part)
    if not en:
        raise FormatError(source, f"the card of {zh!r} has no definition: no English to import", number)
    row = {"zh": zh, "en": en, "aliases": join_list(aliases), "note": note}
    said = {"zh", "en", "aliases", "note"}
    if pinyin:
        row["pinyin"] = pinyin
        said.add("pinyin")
    if traditional:
        row["zh_hant"] = traditional
        said.add("zh_hant")
    if kind:
        row["type"] = kind
        said.add("type")
    check_scripts({"zh": zh, "en": en}, source, number)
    return says(row_to_entry(row, ids, source, number, synonym_cells=False), said)


# Anki's "Notes in Plain Text" export (Anki 2.1.54+, https://docs.ankiweb.net/importing/text-files.html#file-headers):
# "#key:value" lines first (#separator:tab, #html:true, #notetype column:1, #deck column:2, #tags column:5, #guid
# column:1), then a note a line, its fields in the note type's order between those columns. A field is HTML: the
# Chinese and its pinyin on two lines of one field ("雷军<br>Léi Jūn"), <b> around a word.
_ANKI_HEADER_RE = re.compile(
    r"^#(separator|html|tags|columns|notetype|deck|guid|notetype column|deck column|"
    r"tags column|guid column):(.*)$"
)
_ANKI_META = ("notetype column", "deck column", "tags column", "guid column")


def _anki_header(text: str) -> dict[str, str] | None:
    """The "#key:value" header of an Anki export at the start of `text`, or None for a file without one."""
    header: dict[str, str] = {}
    for line in text.lstrip("\ufeff").splitlines():
        match = _ANKI_HEADER_RE.match(line.strip())
        if match is None:
            break
        header[match[1]] = match[2].strip()
    return header or None


def _anki_field(cell: str, html: bool) -> list[str]:
    """An Anki field's lines, as text: <br>, <div> and <p> (opening or closing) end a line, other markup is dropped,
    entities decoded."""
    import html as html_module

    if html:
        cell = re.sub(r"<br\s*/?>|</?div\b[^>]*>|</?p\b[^>]*>", "\n", cell, flags=re.IGNORECASE)
        cell = html_module.unescape(re.sub(r"<[^<>]+>", "", cell)).replace("\u00a0", " ")
    return [normalize(line) for line in cell.split("\n") if normalize(line)]


def _load_anki_rows(rows: list[tuple[int, list[str]]], header: dict[str, str], source: str) -> Iterator[Entry]:
    """Read Anki's notes (see `_anki_header`) as cards: the note type, deck, tags and guid columns passed over (and
    said), the first field holding Chinese the headword, a line of it or a field that spells its reading the pinyin,
    the first other Latin field the definition (`pleco_definition`), any other field the note. No row is a header:
    the first note was taken for one, in silence (user finding U34-16)."""
    from zhgloss.formats import UniqueEntries
    from zhgloss.formats.table import _said

    unique = UniqueEntries(source)  # checked and marked as every reader's entries are (the pinyin add writes)
    meta = {int(value) - 1 for key, value in header.items() if key in _ANKI_META and value.isdigit()}
    html = header.get("html", "").lower() == "true"
    if meta and rows:
        kinds = [key.removesuffix(" column").replace("notetype", "note type") for key in _ANKI_META if key in header]
        named = " and ".join([", ".join(kinds[:-1]), kinds[-1]] if len(kinds) > 1 else kinds)
        _said(f"an Anki export: passed over its {named} column{'s' if len(kinds) > 1 else ''}", source, rows[0][0])
    ids = IdMaker()
    for number, cells in rows:
        fields = [_anki_field(cell, html) for at, cell in enumerate(cells) if at not in meta]
        at = next((i for i, lines in enumerate(fields) if lines and has_cjk(lines[0])), None)
        if at is None:
            raise FormatError(source, "a note with no field of Chinese: no term to import", number)
        zh, *rest = fields[at]
        zh, traditional = _pleco_headword(zh)
        pinyin = next((line for line in rest if _is_reading_of(line, zh)), "")
        stray = [line for line in rest if line != pinyin]
        if stray:
            # A line break in the headword's field: a name is one line (its reading may be the next).
            raise FormatError(
                source,
                f"the field of {zh!r} has a line break (<br>) before {stray[0]!r}: a name is one line; put "
                "another form or a description in a field of its own",
                number,
            )
        others = [lines for i, lines in enumerate(fields) if i != at and lines]
        if not pinyin:
            pinyin = next((" ".join(lines) for lines in others if _is_reading_of(" ".join(lines), zh)), "")
        others = [lines for lines in others if " ".join(lines) != pinyin and not has_cjk(" ".join(lines))]
        if not others:
            raise FormatError(source, f"the note of {zh!r} has no English field: no English to import", number)
        # The English field's first line is the definition (the name, its aliases, a description after a comma); a
        # line break (<br>, <br/>, <div>) starts the note, whose lines it keeps, as do the other fields.
        definition = others[0][0]
        more = "\n".join(line for lines in [others[0][1:], *others[1:]] for line in lines)
        yield unique.check(
            _card_entry(zh, traditional, pinyin, definition, ids, source, number, more_note=more), number
        )


def _omegat_order(rows: list[tuple[int, list[str]]], source: str) -> tuple[str, str]:
    """Tell whether OmegaT rows are Chinese then English or English then Chinese, by script; refuse a mix."""
    chinese_first = [n for n, c in rows if len(c) >= 2 and has_cjk(c[0]) and not has_cjk(c[1])]
    english_first = [n for n, c in rows if len(c) >= 2 and has_cjk(c[1]) and not has_cjk(c[0])]
    if english_first and not chinese_first:
        return ("en", "zh")
    if english_first and chinese_first:
        minority = english_first if len(english_first) < len(chinese_first) else chinese_first
        raise FormatError(
            source,
            "the source and target columns change language from line to line: this line has them the other "
            "way round; fix it, or name the columns with --columns",
            minority[0],
        )
    return ("zh", "en")


def _load_omegat_rows(
    rows: Iterable[tuple[int, list[str]]], source: str, columns: Sequence[str | None] | None = None
) -> Iterator[Entry]:
    """Gather OmegaT rows into entries; `columns` (the user's, in file order) says where zh, en and the note are.

    Without `columns` a row is source, target and an optional comment (empty cells after them are dropped, as a
    spreadsheet writes them), and the script of the first two tells which is Chinese (`_omegat_order`).
    """
    listed = list(rows)
    trusted = columns is not None
    if columns is not None:
        check_given_columns(columns, [(n, [unneutralize_formula(c) for c in r]) for n, r in listed], source)
    if columns is None:
        columns = [*_omegat_order(listed, source), "note"]
    elif len(columns) == 2 and "note" not in columns:
        columns = [*columns, "note"]  # "--columns en,zh": OmegaT's third cell is its comment
    where = {name: at for at, name in enumerate(columns) if name in ("zh", "en", "note")}
    if "zh" not in where:
        raise UsageError("an OmegaT glossary's columns must include zh (the source or the target term)")
    most = len(columns)
    gathered: dict[str, tuple[int, list[str], list[str]]] = {}
    drafts: set[str] = set()
    adopted: set[str] = set()
    pinyins: dict[str, str] = {}
    copies: list[tuple[int, str]] = []
    aliases_of: dict[str, list[tuple[int, str, str]]] = {}  # an entry's Chinese -> its alias lines
    bans: dict[str, list[str]] = {}
    latin_aliases: list[tuple[int, str, str, str]] = []
    written_as: dict[str, str] = {}  # a traditional line's Chinese -> the entry's Chinese its comment names
    for number, cells in listed:
        while len(cells) > 2 and not cells[-1].strip():
            cells = cells[:-1]
        if len(cells) < 2 or len(cells) > most:
            expected = "2 or 3 tab-separated cells (source, target, comment)" if not trusted else f"{most} cells"
            raise FormatError(source, f"expected {expected}, found {len(cells)}; {COLUMNS_HINT}", number)
        cells = [unneutralize_formula(cell) for cell in cells]
        zh, english = (normalize(cells[where[n]]) if where[n] < len(cells) else "" for n in ("zh", "en"))
        if not zh or not english:
            raise FormatError(source, "a line needs both a source term and a target term", number)
        comment = normalize(cells[where["note"]]) if "note" in where and where["note"] < len(cells) else ""
        if not trusted and not has_cjk(zh) and (alias_of := _ALIAS_COMMENT_RE.match(comment)) is not None:
            # A Chinese alias written without Han characters (小米SU7's "SU7", a stock code's "3888.HK"), on a line
            # `dump_omegat` wrote naming its entry's Chinese: a form of that entry where the file gives it (below),
            # no English copied into the Chinese column (the review's R35-20: export left them out).
            latin_aliases.append((number, zh, english, alias_of[1]))
            continue
        if not trusted and untranslated_copy({"zh": zh, "en": english}):
            copies.append((number, english))  # not yet translated: a draft without Chinese, as a table's row is
            continue
        if not trusted:
            check_scripts({"zh": zh, "en": english}, source, number)
        if comment.startswith(DRAFT_MARK):
            drafts.add(zh)
            comment = comment.removeprefix(DRAFT_MARK).strip()
        if comment.startswith(ADOPTED_MARK):
            adopted.add(zh)
            comment = comment.removeprefix(ADOPTED_MARK).strip()
        alias_of = _ALIAS_COMMENT_RE.match(comment)
        if alias_of is not None:
            aliases_of.setdefault(alias_of[1], []).append((number, zh, english))
            continue
        traditional_of = _TRADITIONAL_COMMENT_RE.match(comment)
        if traditional_of is not None:
            written_as[zh] = traditional_of[1]
            comment = ""
        ban = _FORBIDDEN_COMMENT_RE.search(comment)
        if ban is not None:
            bans.setdefault(zh, []).extend(split_list(ban[1]))
            comment = comment[: ban.start()].strip()
        reading, comment = _pinyin_and_note(comment, zh)
        if reading:
            pinyins.setdefault(zh, reading)
        if zh in gathered:
            gathered[zh][1].append(english)
            if comment:
                gathered[zh][2].append(comment)
        else:
            gathered[zh] = (number, [english], [comment] if comment else [])
    for number, zh, english, target in latin_aliases:
        if target in gathered or target in aliases_of:
            aliases_of.setdefault(target, []).append((number, zh, english))
            continue
        # No entry of that form in the file: the line is read as any other line is.
        if untranslated_copy({"zh": zh, "en": english}):
            copies.append((number, english))
            continue
        check_scripts({"zh": zh, "en": english}, source, number)
        gathered.setdefault(zh, (number, [], []))[1].append(english)
    from zhgloss.formats import FORMATS, UniqueEntries, says

    for target, lines in aliases_of.items():
        if target in gathered:
            continue
        for number, zh, english in lines:  # no entry of that form in the file: the line is a term of its own
            gathered.setdefault(zh, (number, [], []))[1].append(english)
    ids = IdMaker()
    unique = UniqueEntries(source)
    entries: list[Entry] = []
    for zh, (number, targets, comments, traditional) in _by_simplified(gathered, written_as, pinyins).items():
        row = {"zh": zh, "en": targets[0], "aliases": "", "note": "; ".join(comments)}
        banned = [form for written in (zh, *traditional) for form in bans.get(written, [])]
        if banned:
            row["forbidden"] = join_list(dict.fromkeys(banned))
        reading = next((pinyins[form] for form in (zh, *traditional) if form in pinyins), None)
        if reading:
            row["pinyin"] = reading
        if traditional:
            row["zh_hant"] = traditional[0]
        if any(form in adopted for form in (zh, *traditional)):
            row["en_adopted"] = "true"
        # OmegaT writes each synonym on a line of its own (gathered above): a "|" or ";" in a cell is the term's.
        entry = row_to_entry(row, ids, source, number, synonym_cells=False)
        draft = any(form in drafts for form in (zh, *traditional))
        folded = [alias for written in (zh, *traditional) for _, alias, _ in aliases_of.get(written, [])]
        aliases = tuple(dict.fromkeys([*entry.zh_aliases, *traditional[1:], *folded]))
        # The row's own reading adds aliases (a Hong Kong style name's full form: U35-5), kept beside the other lines'.
        other_english = tuple(form for form in dict.fromkeys([*entry.aliases, *targets[1:]]) if form != entry.en)
        # Checked and marked with its line as every reader's entries are (`UniqueEntries`), so that the import treats
        # it as theirs: a row with no pinyin gets the pinyin add writes (U35-6: OmegaT's had none).
        entry = entry.replace(aliases=other_english, zh_aliases=aliases, draft=draft)
        named = next((form for form in traditional if written_as.get(form) == zh), None)
        if named is not None:
            # The line the export wrote for the entry's traditional form, which no conversion gives (涖 of 莅): the
            # file says it is the traditional form, as it went out.
            entry = entry.replace(zh_hant=named, zh_aliases=tuple(a for a in entry.zh_aliases if a != named))
        # Marked with what OmegaT's three columns say (`FORMATS["omegat"].says`), and the bans where the comment gives
        # them, whichever reader read the lines: a headerless .tsv, or OmegaT's .txt piped in (sniffed as tsv), is then
        # stored as the file read as OmegaT is (its pinyin filled, its type read from a person's English), and its
        # rows are judged as a sheet's are (`import_documents`: an adopted English marked; tbl s40).
        # A line not marked a draft says nothing of it (OmegaT has no draft column): never a stored draft confirmed.
        line_says = (FORMATS["omegat"].says or frozenset()) - ({"draft"} if not draft else frozenset())
        entry = says(entry, line_says | ({"forbidden"} if banned else frozenset()))
        entries.append(unique.check(entry, number))
    copied: dict[str, tuple[int, str | None]] = {}
    for number, english in copies:
        # "Huawei<TAB>Huawei": a CAT tool's copy of the source to the target (user finding U30-32), said with its line.
        entries.append(row_to_entry({"zh": "", "en": english}, ids, source, number))
        said = f"zh {english!r} is the line's English copied into the Chinese column (Chinese text writes it in "
        said += "characters)"
        copied[entries[-1].id] = (number, said)
    yield from without_repeated_drafts(entries, copied, source)


PINYIN_SEPARATOR = " — "
"""What separates the pinyin from the note in the comment `dump_omegat` writes ("Léi Jūn — Xiaomi's founder")."""


def _pinyin_and_note(comment: str, zh: str) -> tuple[str | None, str]:
    """The pinyin and the note of an OmegaT comment of the term `zh` as `dump_omegat` writes it (the pinyin, then
    " — " and the note, either alone), so that an export imported back says the note it went out with, not the
    pinyin as a note (user finding U30-43: every line of an export conflicted on its note). A first part is the
    pinyin where it is tone-marked: pinyin words (Léi Jūn, wùliánwǎng) and the Latin letters or digits `zh` itself
    writes (小米SU7: Xiǎomǐ SU7); any other comment is the note, whole."""
    first, _, rest = comment.partition(PINYIN_SEPARATOR)
    if not _is_pinyin_of(first, zh):
        return None, comment
    return first, rest.strip()


_PINYIN_WORD_SEPARATORS = re.compile("[ \u00b7\u30fb\u2027]")
"""What parts the words of a name's pinyin: a space, or the middle dot of a transliterated foreign name as its Chinese
writes it (伊隆·马斯克: "Yīlóng·Mǎsīkè", as the CC-CEDICT import stores it; user finding U32-15)."""


def _is_pinyin_of(text: str, zh: str) -> bool:
    import unicodedata

    from zhgloss.script import TONE_MARKS

    if not any(mark in unicodedata.normalize("NFD", text) for mark in TONE_MARKS):
        return False
    written = zh.casefold()
    for word in _PINYIN_WORD_SEPARATORS.split(text):
        if word and word.casefold() in written and re.fullmatch(r"[A-Za-z0-9.&+-]+", word):
            continue  # Latin or digits the Chinese term writes itself
        if not re.fullmatch(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", word) or not _is_pinyin_word(word, written):
            return False
    return True


def _is_pinyin_word(word: str, written: str) -> bool:
    """Tell whether `word` is pinyin as a name's pinyin writes it: syllables, perhaps the erhua r after the last (塔塔儿
    "Tǎtǎr", 克雷尔 "Kèlěir"), perhaps after Latin letters that the Chinese `written` (casefolded) holds itself (三K党
    "Sān Kdǎng")."""
    from zhgloss.errors import InvalidEntryError
    from zhgloss.pinyin import check_pinyin

    latin = re.match(r"[A-Za-z]+", word)
    tries = [word, word[:-1] if word.endswith("r") else ""]
    if latin:
        tries.extend(word[end:] for end in range(1, latin.end() + 1) if word[:end].casefold() in written)
    for part in filter(None, tries):
        try:
            check_pinyin(part)
        except InvalidEntryError:
            continue
        return True
    return False


def _by_simplified(
    gathered: dict[str, tuple[int, list[str], list[str]]],
    written_as: dict[str, str] | None = None,
    pinyins: dict[str, str] | None = None,
) -> dict[str, tuple[int, list[str], list[str], list[str]]]:
    """Fold the lines of one term written in both scripts (腾讯 and 騰訊, a glossary shared by zh-CN and zh-TW
    projects) into one: keyed by the simplified form (`zhgloss.formats.tbx.simplified_form`, the rule every import
    of a traditional term follows), or by the Chinese a line's comment names (`written_as`: 涖 "[traditional form of
    莅]", which no conversion gives), with the English forms and comments of both and the traditional spellings. A
    line's comment and pinyin (`pinyins`, by its Chinese) say where it is a surname (於 'Yū' "surname Yu")."""
    from zhgloss.formats.tbx import simplified_form

    folded: dict[str, tuple[int, list[str], list[str], list[str]]] = {}
    for zh, (number, targets, comments) in gathered.items():
        named = (written_as or {}).get(zh)
        if named is not None and named in gathered:
            key = named
        else:
            note, pinyin = "; ".join(comments) or None, (pinyins or {}).get(zh)
            key = simplified_form(zh, DEFAULT_TYPE, targets, note=note, pinyin=pinyin) if has_cjk(zh) else zh
        if key not in folded:
            folded[key] = (number, [], [], [])
        group = folded[key]
        group[1].extend(t for t in targets if t not in group[1])
        group[2].extend(c for c in comments if c not in group[2])
        if zh != key and zh not in group[3]:
            group[3].append(zh)
    return folded


def _rows(fp: TextIO) -> Iterator[tuple[int, list[str]]]:
    """The numbered rows of tab-separated text, blank lines and "#" comment lines left out.

    A cell that starts with a double quote and is a whole quoted field, as Excel and LibreOffice write a cell that
    holds a tab, a line break or a quote when saving tab-delimited text ("Unicode Text": the quotes around it, a
    quote inside doubled), is read as the text inside, over as many lines as it runs (user finding U30-30); a row
    numbered by its first line. Any other cell is read as it is, quotes and all ("Iron Lady" of Britain), and so is
    a quoted cell with no tab, line break or quote inside ('"Leibusi"': `_with_own_quotes`).
    """
    lines = [line.rstrip("\r\n") for line in fp]
    if lines:
        lines[0] = lines[0].lstrip("\ufeff")
    at = 0
    while at < len(lines):
        text, number = lines[at], at + 1
        if not text.strip() or text.startswith("#"):
            at += 1
            continue
        if '"' not in text:
            at += 1
            yield number, text.split("\t")
            continue
        cells, at = _quoted_row(lines, at)
        yield number, cells


MAX_QUOTED_LINES = 1000
"""Lines one quoted cell may run over: past that, a quote that opens a cell and never closes is read as a quote."""


def _quoted_row(lines: list[str], at: int) -> tuple[list[str], int]:
    """The cells of the row that starts at `lines[at]` (see `_rows`), and the index of the line after it."""
    cells: list[str] = []
    quoted_at: list[int] = []  # the cells read from a whole quoted field
    text, pos = lines[at], 0
    while True:
        quoted = _quoted_cell(lines, at, pos) if text.startswith('"', pos) else None
        if quoted is not None:
            value, at, pos = quoted
            quoted_at.append(len(cells))
            cells.append(value)
            text = lines[at]
            if pos == len(text):
                return _with_own_quotes(cells, quoted_at), at + 1
            pos += 1  # the tab after the closing quote
            continue
        tab = text.find("\t", pos)
        if tab < 0:
            cells.append(text[pos:])
            return _with_own_quotes(cells, quoted_at), at + 1
        cells.append(text[pos:tab])
        pos = tab + 1


# A cell LibreOffice's "Quote all text cells" leaves bare: a number, TRUE/FALSE (en_adopted), a date.
_BARE_VALUE_RE = re.compile(r"[-+]?\d+(?:[.,]\d+)*%?|TRUE|FALSE|true|false|True|False|\d{4}-\d{2}-\d{2}")


def _with_own_quotes(cells: list[str], quoted_at: list[int]) -> list[str]:
    """`cells` with the quotes put back around a cell read from a whole quoted field that needed no quoting: no tab,
    line break or quote inside. Excel and LibreOffice quote only a cell that needs it, so '"Leibusi"' is the cell's
    own text: zhgloss's rich TSV before 6f9c9e0 and any OmegaT glossary (OmegaT reads a cell as it is, quotes and
    all: GlossaryReaderTSV splits a line at its tabs and trims each cell) write it so (review finding R12). A row
    whose every text cell is quoted is LibreOffice's "Quote all text cells": its quotes are the tool's (a number, a
    boolean or a date is no text cell, which that option leaves bare: `_BARE_VALUE_RE`; the s32 review's R6)."""
    own = [at for at in quoted_at if cells[at] and not any(mark in cells[at] for mark in '\t\n"')]
    quoted = set(quoted_at)
    bare = [cell for at, cell in enumerate(cells) if cell and at not in quoted]
    if not own or all(_BARE_VALUE_RE.fullmatch(cell) for cell in bare):
        return cells
    for at in own:
        cells[at] = f'"{cells[at]}"'
    return cells


def _quoted_cell(lines: list[str], at: int, pos: int) -> tuple[str, int, int] | None:
    """The text of the quoted cell that opens at `lines[at][pos]`, with the line and position of its closing quote's
    end, or None where it is no whole quoted field (no closing quote before a tab or the line's end)."""
    parts: list[str] = []
    start, line, text = pos + 1, at, lines[at]
    while True:
        quote = text.find('"', start)
        if quote < 0:
            parts.append(text[start:])
            line += 1
            if line >= len(lines) or line - at > MAX_QUOTED_LINES:
                return None
            parts.append("\n")
            text, start = lines[line], 0
            continue
        if text.startswith('"', quote + 1):
            parts.append(text[start:quote] + '"')
            start = quote + 2
            continue
        end = quote + 1
        if end < len(text) and text[end] != "\t":
            return None
        parts.append(text[start:quote])
        return "".join(parts), line, end


def _past_title(rows: Iterator[tuple[int, list[str]]], source: str) -> Iterator[tuple[int, list[str]]]:
    """`rows` from the table's header on: rows of one cell above a header that names columns (a title, as a
    translator's sheet saved as text has one: `table.table_start`) left out; OmegaT's rows, which have no header,
    are all kept."""
    above: list[tuple[int, list[str]]] = []
    for number, cells in rows:
        if sum(1 for cell in cells if cell.strip()) >= 2:
            if not (above and is_header(cells)):
                yield from above
            else:
                header_start([*above, (number, cells)], source)  # says each row passed over as a title
            yield number, cells
            break
        above.append((number, cells))
        if len(above) > 20:
            break
    else:
        yield from above
        return
    if len(above) > 20:
        yield from above
    yield from rows


_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_UNESCAPE_RE = re.compile(r"\\([\\tnr])")
_UNESCAPES = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}


def _escape(cell: str) -> str:
    return "".join(_ESCAPES.get(c, c) for c in cell)


def _quoted(cell: str) -> str:
    """A cell that starts with a double quote, quoted as Excel quotes it (`_rows` reads any such whole quoted field
    as the text inside): a cell '"Iron Lady"' is written with each quote doubled, inside quotes."""
    return '"' + cell.replace('"', '""') + '"' if cell.startswith('"') else cell


def _unescape(cell: str) -> str:
    return _UNESCAPE_RE.sub(lambda m: _UNESCAPES[m.group(1)], cell)
