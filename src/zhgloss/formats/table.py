"""Entries as rows of named text cells: what the CSV and the rich TSV formats share.

A row has one cell per field of an entry (`COLUMNS`). List fields (aliases,
zh_aliases, sources, forbidden) are written as one cell, items separated by "; ", with
a literal ";" or "\\" in an item escaped by a backslash; a forbidden form other than
plainly forbidden carries its status in brackets ("Beijing University [deprecated]").
Roles, which have their own fields, are one cell of compact JSON. en_adopted and
always_gloss are "true" or "false".

Columns are found by their header: zhgloss's own names, the names CAT tools write
(Chinese/English, language codes such as zh-CN, en-US, zh-TW), and the direction-only
names of Weblate, memoQ and OmegaT exports (source/target, term/translation), whose
language is told by the script of their cells: a Weblate glossary of an English
project has English in `source`. Every row is then checked by script too: Latin words
in zh, or Chinese in en, means the columns are not what they seem, and the file is
refused with the line. A caller that knows better names the columns itself
(`columns=`, the CLI's --columns), and then the script is not second-guessed; nor is it
in zhgloss's own layout (a header naming every field, as export writes it), which holds
entries that were valid when they were written.

Two tools' own layouts are read as they are documented (`_tool_column`):
- memoQ's term base CSV (https://docs.memoq.com/current/api-docs/wsapi/memoqservices/
  tbservice.importexport.csv.html): entry-level columns `Entry_ID`, `Entry_Subject`, ...
  (`Entry_Note` is the note), then per language a column named by the language
  ("English_United_States", "Chinese_PRC"), its definition "<Language>_Def" (a note) and the
  term-level fields `Term_Info`, `Term_Example` ... (skipped). A language's second term column
  (a synonym) gives an alias (aliases, zh_aliases).
- Weblate's CSV, translate-toolkit's field order (https://docs.weblate.org/en/latest/formats/
  csv.html): location, source, target, ID, fuzzy, context, translator_comments,
  developer_comments. Its ID is Weblate's key of the string, no zhgloss id; the comments are
  the note; a fuzzy row (Weblate's "needs editing") is a draft.
Several columns that are each a note are joined ("; ") into the one note.

Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return)
as a formula, so exports can neutralise such cells the OWASP way, with a
leading apostrophe, which spreadsheets hide and do not run. The apostrophe is a
text marker, as it is in Excel: export also marks a cell that itself starts with one,
and import drops a leading apostrophe where export puts one (before =, +, -, @, a tab,
a carriage return or another apostrophe), so a round trip gives back exactly what
went out, and another tool's "'t Hooft" keeps its apostrophe.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import warnings
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from zhgloss.errors import FormatError, InvalidEntryError, count_of
from zhgloss.model import ENTRY_FIELDS, FORBIDDEN_STATUSES, OPTIONAL_FIELDS, Entry, normalize_type, slugify
from zhgloss.script import en_key, en_script_problem, has_cjk, is_cjk, normalize, zh_script_problem

COLUMNS = ENTRY_FIELDS + OPTIONAL_FIELDS
LIST_COLUMNS = ("aliases", "zh_aliases", "sources", "forbidden", "safe_forms")
FLAG_COLUMNS = ("en_adopted", "always_gloss", "draft")
SOURCE, TARGET = "<source>", "<target>"
"""Placeholders for direction-only columns, until the script of their cells says which language they hold."""
ROW_NUMBER = "<row number>"
"""A column of row numbers (序号, No., #, S/N, Index; or a column of no header zhgloss reads whose cells count 1, 2,
3 ...): no field of an entry, passed over and said; a cell in it that is no number is refused with its line (the
s47 review's R47-16: such a sheet was refused "unknown column"). A header that says id ("ID", "Term ID") is an id."""
OTHER_NAMES = "<other names>"
"""A column of an entry's other names in no one language (Synonyms, Short name, Abbreviation, Also known as, Former
name, 简称, 别名, 曾用名): each form is read by its script, Chinese ones as zh_aliases, Latin ones as aliases, as
CC-CEDICT's "aka"/"formerly" forms are (`other_names_cells`). A header naming the language ("English abbreviation",
中文简称) names that language's aliases column."""
DEFAULT_TYPE = "term"
"""Type an imported row that names none has while its scripts are converted (OpenCC's phrases, not a name's rules);
the entry then gets `untyped_type`'s."""


def untyped_type(en: str) -> str:
    """The type of an entry of another tool's termbase (CSV, TSV, xlsx, OmegaT, TBX) whose file gives it none.

    `en` is the entry's accepted English form. A termbase row is a controlled term, which `check` enforces (its
    `is_checked` passes over `term`, CC-CEDICT's dictionary words): "name" where `en` has a capital letter (Tencent,
    Zhong Nanshan, Tsai Ing-wen: a proper name, checked as any name is: misspelt, missing), else "phrase" (cloud
    computing: fixed wording). Decided by the lead, session 24 (user finding U20).
    """
    return "name" if any(char.isupper() for char in en) else "phrase"


# Headers other tools write for our columns (compared lower-cased, "-" and " " as "_"). Language
# codes are read by prefix (zh..., en...); see `_column_of`.
HEADER_ALIASES = {
    "chinese": "zh",
    "simplified": "zh",
    "simplified_chinese": "zh",
    "mandarin": "zh",
    "traditional": "zh_hant",
    "traditional_chinese": "zh_hant",
    "english": "en",
    "source": SOURCE,
    "source_term": SOURCE,
    "source_text": SOURCE,
    # Trados Studio's "Export for bilingual review" and Phrase's bilingual DOCX: Segment ID | Segment status | Source
    # segment | Target segment | Comments (the lead's request of session 34: `check review.docx` reads the table).
    "source_segment": SOURCE,
    "src": SOURCE,
    "term": SOURCE,
    "target": TARGET,
    "target_term": TARGET,
    "target_text": TARGET,
    "target_segment": TARGET,
    "tgt": TARGET,
    "translation": TARGET,
    "comment": "note",
    "comments": "note",
    "notes": "note",
    "description": "note",
    "definition": "note",
    "source_of_entry": "sources",
}

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARKER = "'"


def neutralize(cell: str) -> str:
    """Prefix a cell a spreadsheet would run as a formula (or one starting with an apostrophe) with an apostrophe."""
    if cell.startswith(FORMULA_STARTS) or cell.startswith(TEXT_MARKER):
        return TEXT_MARKER + cell
    return cell


def neutralize_formula(cell: str) -> str:
    """Prefix a cell a spreadsheet would run as a formula with an apostrophe; leave every other cell alone.

    For formats whose readers show the cell as it is (OmegaT): only a cell that would otherwise be
    a formula pays with a visible apostrophe. `unneutralize_formula` undoes it.
    """
    return TEXT_MARKER + cell if cell.startswith(FORMULA_STARTS) else cell


def unneutralize_formula(cell: str) -> str:
    """Undo `neutralize_formula`: drop an apostrophe that stands before a formula's first character."""
    return cell[1:] if cell.startswith(TEXT_MARKER) and cell[1:].startswith(FORMULA_STARTS) else cell


def unneutralize(cell: str) -> str:
    """Undo `neutralize`: drop the apostrophe it put before a formula's first character or before another apostrophe.

    An apostrophe before anything else is the cell's own ("'t Hooft", "'Li Ning'" with its closing quote): a
    spreadsheet saving CSV never writes its text marker, so only an exporter that neutralises cells puts one there,
    and only where `neutralize` does (the reviewer's F12, session 30: "'t Hooft" was read "t Hooft")."""
    return cell[1:] if cell.startswith(TEXT_MARKER) and cell[1:].startswith((*FORMULA_STARTS, TEXT_MARKER)) else cell


def join_list(items: Iterable[str]) -> str:
    """Write list items as one cell: "a; b", with ";" and "\\" inside an item escaped."""
    return "; ".join(item.replace("\\", "\\\\").replace(";", "\\;") for item in items)


def split_list(cell: str) -> list[str]:
    """Read a cell written by `join_list` (a full-width ；counts as ;) into stripped, non-empty items."""
    # Written by hand: the stdlib csv module cannot split on a one-character
    # separator with backslash escapes while keeping the escapes' meaning exact.
    items: list[str] = []
    current: list[str] = []
    chars = iter(cell.replace("\uff1b", ";"))
    for char in chars:
        if char == "\\":
            current.append(next(chars, "\\"))
        elif char == ";":
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    items.append("".join(current))
    return [item.strip() for item in items if item.strip()]


def entry_to_row(entry: Entry) -> dict[str, str]:
    """Return `entry` as text cells, one per column of `COLUMNS`."""
    data = entry.to_dict()
    data["forbidden"] = [f.form if f.status == "forbidden" else f"{f.form} [{f.status}]" for f in entry.forbidden]
    for name in OPTIONAL_FIELDS:
        data.setdefault(name, getattr(entry, name))
    row: dict[str, str] = {}
    for name in COLUMNS:
        value = data[name]
        if name in LIST_COLUMNS:
            row[name] = join_list(value)
        elif name == "roles":
            row[name] = json.dumps(value, ensure_ascii=False, separators=(",", ":")) if value else ""
        elif name in FLAG_COLUMNS:
            row[name] = "true" if value else "false"
        else:
            row[name] = value or ""
    return row


def _header_key(cell: str) -> str:
    return normalize(cell.lstrip("\ufeff")).lower().replace("-", "_").replace(" ", "_")


def header_column(cell: str) -> str | None:
    """The column a header cell names (a field, SOURCE, TARGET, ROW_NUMBER, OTHER_NAMES or SKIP), or None if it
    names none."""
    prefix = _CONVERTER_PREFIX_RE.match(normalize(cell.lstrip("\ufeff")))
    if prefix:  # Glossary Converter's level mark: >>T<<Note is Note, >>XT<<Note a column to leave out
        return SKIP if prefix.group(1) else header_column(normalize(cell.lstrip("\ufeff"))[prefix.end() :])
    key = _header_key(cell)
    if key in COLUMNS:
        return key
    if key in _CONCEPT_KEYS:
        return CONCEPT
    if key in HEADER_ALIASES:
        return HEADER_ALIASES[key]
    if key.rstrip(".") in _ROW_NUMBER_KEYS:
        return ROW_NUMBER
    return language_column(cell)


# Headers of a column that numbers the rows: Excel and Word tables' "No.", "#", "S/N" (serial number), "Index", and
# the Chinese office's 序号 ("ordinal"), 行号 ("line number") and 编号 ("number"). `_header_key`'s spelling, the
# final full stop taken off ("No." and "S/No." as "No").
_ROW_NUMBER_KEYS = frozenset(
    [
        *("no", "nr", "#", "s/n", "s/no", "s_no", "sno", "sn", "s.no", "s.n", "index", "row", "row_no", "row_number"),
        *("serial_no", "serial_number", "line_no", "item_no"),
        *("序号", "序號", "行号", "行號", "编号", "編號"),
    ]
)
_ROW_NUMBER_RE = re.compile(r"[0-9]{1,7}\.?")
"""A row number as a sheet writes it: 1, 01, "1." (a Word table's numbered list)."""


def is_row_number_column(cells: Sequence[str], *, counting: bool = False) -> bool:
    """Tell whether `cells` (a column's cells, top to bottom, blanks apart) are row numbers: each a whole number; with
    `counting` (a header that does not say so), at least two that count up one by one from 0 or 1, as a sheet's
    numbering does (no year, no population)."""
    numbers = [cell.strip() for cell in cells if cell.strip()]
    if not numbers or not all(_ROW_NUMBER_RE.fullmatch(n) for n in numbers):
        return False
    if not counting:
        return True
    values = [int(n.rstrip(".")) for n in numbers]
    return len(values) >= 2 and values[0] in (0, 1) and values == list(range(values[0], values[0] + len(values)))


# A header names a language's column in the words CAT tools write, and these are read, not listed:
# - a language tag (BCP 47, read by `zhgloss.formats.tbx.chinese_script`): zh-CN, zh_Hans, zh-TW, cmn-Hant-TW,
#   en-US, eng;
# - a language's English name with whatever the tool adds: memoQ "Chinese_PRC", "English_United_States";
#   Trados and MultiTerm "Chinese (PRC)", "Chinese (Taiwan)", "English (United States)"; Windows "Chinese
#   (Simplified, PRC)"; "Chinese Simplified", "Chinese (Traditional)"; Weblate "Chinese (Simplified Han script)";
# - either inside a field's name: Crowdin "Term [zh-CN]", "Description [en]"; Glossary Converter ">>I<<English";
# - its Chinese name, read morpheme by morpheme: 中文, 简体中文, 繁體中文, 汉语, 英文, 中文名, 中文（繁體）.
# A Chinese column is traditional when the tag or the words say so: the script (Traditional, Hant, 繁體) first,
# else a region that writes it (Taiwan, Hong Kong, Macao: the regions CLDR's likely subtags give Hant), else
# simplified. Words beside the language say which of its fields the column holds: the term (no such word, or
# "term", "name" ...), a note ("Description", "Definition", "_Def", 备注), the pinyin, or something zhgloss keeps
# no field for (part of speech, gender: SKIP).
_TAG_RE = re.compile(r"^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$")
_ENGLISH_SUBTAGS = frozenset(["en", "eng"])
_CHINESE_WORDS = {"chinese": "", "mandarin": "", "hanzi": "", "cantonese": "traditional"}
"""English names of Chinese languages, with the script each is written in unless the header says ("" for none)."""
_CHINESE_CODES = {"cn": "", "chn": "", "chs": "simplified", "cht": "traditional"}
"""A Chinese office's codes for its columns, read where a code is a header's word alone: "CN,EN", "ENG,CHN",
"CHS"/"CHT" (user finding U33-20); inside a token ("flavour_zh_CN") a region, no language."""
_ENGLISH_WORDS = frozenset(["english"])
_SCRIPT_WORDS = {"traditional": "traditional", "hant": "traditional", "simplified": "simplified", "hans": "simplified"}
_TRADITIONAL_REGION_WORDS = frozenset(["taiwan", "hong", "macao", "macau", "tw", "hk", "mo"])
"""Taiwan, Hong Kong and Macao (in words, or as region codes glued to a name: Chinese_TW), which write traditional."""
_NOTE_WORDS = frozenset(
    ["description", "definition", "def", "note", "notes", "comment", "comments", "explanation", "remark", "remarks"]
)
_PINYIN_WORDS = frozenset(["pinyin", "romanization", "romanisation", "transliteration", "latn"])
_SKIP_WORDS = frozenset(["speech", "pos", "gender", "grammar", "example", "context", "info", "image", "figure"])
_OTHER_NAME_WORDS = frozenset(
    ["synonym", "synonyms", "alias", "aka", "abbreviation", "abbreviations", "abbr", "acronym", "acronyms"]
)
"""A field's words for an entry's other names (`OTHER_NAMES`); `_OTHER_NAME_PHRASES` gives those of several words."""
_OTHER_NAME_PHRASES_RE = re.compile(
    r"\b(?:(?:short|other|former|old|previous|alternative|alternate)[ _-]+(?:names?|forms?)|also[ _-]+known[ _-]+as"
    r"|a\.k\.a\.?|known[ _-]+as)\b",
    re.IGNORECASE,
)
"""Headers of several words for an entry's other names: "Short name" (not Phrase's "short translation", a field of
a UI string, skipped), "Also known as", "Former name", "Other names", read as the one word "synonyms"."""
_SOURCE_WORDS = frozenset(["url", "link"])
"""A field's words for where the term was found, kept in the entry's sources: Crowdin's "Concept URL", "URL [en]"
(dropped without a word before: user finding U33-12)."""
"""Words of a language's field zhgloss keeps nothing of (part of speech, gender, an example sentence, a picture)."""
_FIELD_WORDS = frozenset(
    [
        *("type", "id", "cid", "tid", "uid", "created", "modified", "creator"),
        # Lokalise's term flags (docs.lokalise.com, "Glossary"): case-sensitive matching, a term left untranslated.
        *("casesensitive", "translatable", "nontranslatable"),
        # Phrase's term flags zhgloss has no use for: preferred (en is the preferred form), case-sensitive and
        # exact matching, a short translation (a length-limited rendering for UI strings).
        *("preferred", "case", "sensitive", "exact", "short"),
    ]
)
_LABELLED_WORDS = frozenset(
    # A person's post and employer (a Wikipedia table's "Position"), as 职务 and 单位 are (`_ZH_MORPHEMES`).
    ["subject", "domain", "subdomain", "usage", "tags", "position", "occupation", "affiliation", "employer"]
)
"""Words of an entry's field zhgloss keeps in the note, labelled ("Domain: IT"), as TBX's subjectField of another
tool's file is: Matecat's Domain and Subdomain, Phrase's concept_domain, the Glossary Converter's >>E<<Subject."""
LABELLED_NOTE = "note:"
"""Prefix of a column whose cells go into the note labelled with the column's header (`_LABELLED_WORDS`)."""
"""Words of a language's field that is no term: a language's column with one is skipped, never read as a term."""
_CONVERTER_PREFIX_RE = re.compile(r"^>>(X?)[ELIT]{1,2}<<")
_TERM_LEVEL_RE = re.compile(
    r"^>>[LT]{1,2}<<"
)  # a language's or a term's field (not >>E<<, the entry's)  # Glossary Converter's level marks: >>I<<, >>T<<, >>XT<<

# Chinese names of languages and fields (a header in Chinese is read morpheme by morpheme, longest first).
_ZH_MORPHEMES: dict[str, tuple[str, str]] = {
    **dict.fromkeys(
        ["中文", "汉语", "漢語", "华语", "華語", "国语", "國語", "普通话", "普通話", "中", "汉", "漢", "华", "華"],
        ("language", "zh"),
    ),
    **dict.fromkeys(["英文", "英语", "英語", "英"], ("language", "en")),
    **dict.fromkeys(["简体", "簡體", "简", "簡"], ("script", "simplified")),
    **dict.fromkeys(["繁体", "繁體", "繁", "正体", "正體"], ("script", "traditional")),
    # A region says the script it writes, but is no language: 中国 alone is a place, not a header.
    **dict.fromkeys(["大陆", "大陸", "内地", "內地", "中国", "中國", "新加坡"], ("region", "simplified")),
    **dict.fromkeys(["台湾", "台灣", "臺灣", "香港", "澳门", "澳門"], ("region", "traditional")),
    # 外文/外语 is "the foreign language": in a Chinese-English glossary, English.
    **dict.fromkeys(["外文", "外语", "外語"], ("language", "en")),
    # 原 "original" and 源 "source" say the source side; 译 "translated" and 目标 "target" the target side.
    **dict.fromkeys(
        ["原文", "源文", "源语", "源語", "源语言", "源語言", "原语", "原語", "源", "原"],
        ("direction", SOURCE),
    ),
    **dict.fromkeys(
        ["译文", "譯文", "译语", "譯語", "目标语", "目標語", "目标语言", "目標語言", "目标", "目標", "翻译", "翻譯"],
        ("direction", TARGET),
    ),
    **dict.fromkeys(["译", "譯"], ("direction", TARGET)),
    # What the column's cells are: a term, a name, a word, written characters (汉字 "Han characters" is the
    # Chinese column, 简体字 the simplified one). Alone (名称, 文字) it names no column: it may be a term.
    **dict.fromkeys(
        ["名", "名称", "名稱", "名字", "人名", "地名", "姓名", "词", "詞", "词条", "詞條", "写法", "寫法"],
        ("kind", ""),
    ),
    **dict.fromkeys(["全称", "全稱", "条目", "條目", "字", "文字"], ("kind", "")),
    # 术语 "term" alone is the source side, as Weblate's "term" is (术语,译名: told apart by script).
    **dict.fromkeys(["术语", "術語"], ("kind", "term")),
    **dict.fromkeys(
        ["备注", "備註", "注释", "註釋", "说明", "說明", "释义", "釋義", "定义", "定義", "描述", "注", "註"],
        ("kind", "note"),
    ),
    **dict.fromkeys(["拼音"], ("kind", "pinyin")),
    # 别名 "other name", the everyday header of a list's aliases (user finding U34-7: refused as an unknown column).
    **dict.fromkeys(["别名", "別名", "又名", "别称", "別稱", "其他名称", "其他名稱"], ("kind", "aliases")),
    # A short name, a former one, an abbreviation, a synonym: other names of the entry as well (`OTHER_NAMES`).
    **dict.fromkeys(
        ["简称", "簡稱", "略称", "略稱", "缩写", "縮寫", "俗称", "俗稱", "同义词", "同義詞", "曾用名", "旧称", "舊稱"],
        ("kind", "aliases"),
    ),
    **dict.fromkeys(["旧名", "舊名"], ("kind", "aliases")),
    **dict.fromkeys(["状态", "狀態", "禁用", "是否禁用", "是否禁止"], ("kind", "status")),
    **dict.fromkeys(["类型", "類型", "类别", "類別"], ("field", "type")),
    **dict.fromkeys(["来源", "來源", "出处", "出處"], ("field", "sources")),
    **dict.fromkeys(["语言", "語言", "版", "的"], ("filler", "")),
    # A person's post and employer, a term's field: kept in the note, labelled ("职务: 董事长"), as Domain is.
    **dict.fromkeys(
        ["职务", "職務", "职位", "職位", "头衔", "頭銜", "单位", "單位", "公司", "机构", "機構", "领域", "領域"],
        ("labelled", ""),
    ),
}
_ZH_LONGEST = max(map(len, _ZH_MORPHEMES))


class ImportNote(UserWarning):
    """What an import passed over and the user should know of, issued as a warning (a library never prints; Python
    shows it on stderr as "FILE:LINE: ImportNote: TEXT" with the file's line, and a caller may catch it with
    `warnings.catch_warnings`). `text` is the note, `source` the file and `line` its line (1-based)."""

    def __init__(self, text: str, source: str, line: int) -> None:
        super().__init__(text)
        self.text, self.source, self.line = text, source, line


_LANGUAGE_TAG_RE = re.compile(r"^([a-z]{2})(?:[-_][a-z0-9]{2,8})*$", re.IGNORECASE)


def other_language(cell: str) -> str | None:
    """The language a header cell names when it is neither Chinese nor English (its ISO 639 name: Japanese,
    German), else None: a multilingual termbase's column (memoQ's and Trados's exports list every language of
    the termbase), which an import of Chinese and English passes over, as the TBX reader passes over other
    langSets.

    Read from the header's words, as `language_column` reads Chinese and English, by ISO 639 (pycountry's table,
    shipped in the package): a language tag alone (ja-JP, de_DE, pt-BR) or in brackets (Crowdin's "Term [ja]"), or
    glued to a field's word (Phrase's ja_note, Transifex's translation_ja); or a language's English name first
    (Trados's "Japanese (Japan)", memoQ's Japanese_Def, "German"). A two-letter word among others is no tag
    ("My notes" is no Burmese column).
    """
    import pycountry

    text = normalize(cell.lstrip("\ufeff"))
    if has_cjk(text):
        return _other_language_in_chinese(text)
    found: set[str] = set()
    pieces = [p for p in re.split(r"[\s\[\]()]+", text) if p]
    bracketed = set(re.findall(r"[\[(]\s*([A-Za-z0-9_-]+)\s*[\])]", text))
    for at, piece in enumerate(pieces):
        words = re.split(r"[-_]", piece.lower())
        tag = _LANGUAGE_TAG_RE.match(piece)
        # A bare code is one in lower case ("ja"); "No" or "It" alone is a word (a column of row numbers).
        bare_word = len(words) == 1 and not piece.islower()
        if (
            tag
            and (piece in bracketed or len(pieces) == 1)
            and not bare_word
            and all(map(_is_subtag_or_field, words[1:]))
        ):
            language = pycountry.languages.get(alpha_2=tag.group(1).lower())
        else:
            # A code glued to a field's words (translation_ja, comment_ja_JP): one word is a language's code, the
            # others field words or its region.
            glued = [w for w in words if len(w) == 2 and pycountry.languages.get(alpha_2=w)] if "_" in piece else []
            language = None
            if len(glued) == 1 and all(map(_is_subtag_or_field, (w for w in words if w != glued[0]))):
                language = pycountry.languages.get(alpha_2=glued[0])
            if language is None and at == 0 and words[0].isalpha() and len(words[0]) >= 3:
                language = _language_named(words[0])
        if language is not None:
            found.add(_plain_language_name(language))
    if len(found) != 1 or found & {"Chinese", "English"}:
        return None
    return found.pop()


def _plain_language_name(language: Any) -> str:
    """The name people write for an ISO 639 language (a pycountry record): Wiktionary's canonical name
    (data/language_names.tsv: Greek, Persian, Cantonese, Uyghur), else the reference name without its bracketed
    qualifier ("Malay (macrolanguage)" is Malay)."""
    code = getattr(language, "alpha_2", None) or language.alpha_3
    written = _written_language_names()[0].get(code)
    return written or re.sub(r"\s*\([^)]*\)$", "", language.name)


LANGUAGE_NAMES_PATH = Path(__file__).resolve().parent.parent / "data" / "language_names.tsv"


@functools.cache
def _written_language_names() -> tuple[dict[str, str], dict[str, str]]:
    """data/language_names.tsv read: (ISO 639 code -> canonical name, a one-word name in lower case -> ISO 639
    code), the names people write beside ISO 639's reference names ("Uyghur", "Pashto", "Farsi", "Cantonese", "Lao";
    source: Wiktionary's list of language codes, by scripts/build_language_names.py)."""
    canonical: dict[str, str] = {}
    by_name: dict[str, str] = {}
    with LANGUAGE_NAMES_PATH.open(encoding="utf-8") as fp:
        for line in fp:
            if line.startswith("#") or not line.strip():
                continue
            code, name, *names = line.rstrip("\n").split("\t")
            canonical[code] = name
            for word in names:
                by_name.setdefault(word.lower(), code)
    return canonical, by_name


@functools.cache
def _languages_by_plain_name() -> dict[str, Any]:
    """ISO 639 languages (pycountry's table) by the name people write, lower case: the reference name without its
    bracketed qualifier ("Malay (macrolanguage)", "Swahili (macrolanguage)", "Tonga (Tonga Islands)") and the head
    of its inverted name ("Greek, Modern (1453-)" is Greek). Where several languages share such a name, the one
    with an ISO 639-1 code, the language a termbase's two-letter tag gives, is kept (Greek is el, not Ancient Greek
    grc); where none or several have one, the name is left out."""
    import pycountry

    named: dict[str, list[Any]] = {}
    for language in pycountry.languages:
        keys = {re.sub(r"\s*\([^)]*\)$", "", language.name)}
        inverted = getattr(language, "inverted_name", None)
        if inverted:
            keys.add(inverted.split(",")[0].strip())
        for key in keys:
            named.setdefault(key.lower(), []).append(language)
    out = {}
    for key, languages in named.items():
        major = [language for language in languages if hasattr(language, "alpha_2")]
        if len(languages) == 1 or len(major) == 1:
            out[key] = languages[0] if len(languages) == 1 else major[0]
    return out


def _language_named(word: str) -> Any:
    """The ISO 639 language a header's first word names by its English name (Japanese, German, Malay, Swahili,
    Greek, Uyghur, Farsi, Lao), else None: the reference name itself first, then the names Wiktionary gives a
    language (`_written_language_names`: "Uyghur" beside ISO's "Uighur", "Farsi" for Persian, "Avar" for Avaric, not
    Old Avar; reviewer finding R38-19), then the reference name without its qualifier or the inverted name's head
    (`_languages_by_plain_name`), so a macrolanguage's column ("Malay (Singapore)", memoQ's "Malay_Malaysia") is
    read as its tag ms is (user finding U37-41).

    A word English writes in lower case (english_case.lower_words: "label", "day", "logo", "even") names a
    language only if that language has an ISO 639-1 code (Polish, Afar): a header "Label" is no column of Label
    (lbb), a language of Papua New Guinea. A word of three letters likewise ("Lao", "Ewe", "Ido"; not "Tag" or
    "Ref"), as an abbreviation is what a short header word mostly is."""
    import pycountry

    from zhgloss.english_case import lower_words

    lowered = word.lower()
    language = pycountry.languages.get(name=word.capitalize())
    code = _written_language_names()[1].get(lowered) if language is None else None
    if code is not None:
        language = pycountry.languages.get(**{"alpha_2" if len(code) == 2 else "alpha_3": code})
    if language is None:
        language = _languages_by_plain_name().get(lowered)
    if language is not None and not hasattr(language, "alpha_2") and (len(word) <= 3 or lowered in lower_words()):
        return None
    return language


_OTHER_LANGUAGES_IN_CHINESE = {
    **dict.fromkeys(["日", "日本"], "Japanese"),
    **dict.fromkeys(["韩", "韓", "韩国", "韓國", "朝鲜", "朝鮮"], "Korean"),
    **dict.fromkeys(["德", "德国", "德國"], "German"),
    **dict.fromkeys(["法", "法国", "法國"], "French"),
    **dict.fromkeys(["俄", "俄罗斯", "俄羅斯"], "Russian"),
    **dict.fromkeys(["西班牙"], "Spanish"),  # not 西 alone: 西文 is also "Western script"
    **dict.fromkeys(["葡萄牙", "葡"], "Portuguese"),
    **dict.fromkeys(["意大利", "義大利", "意"], "Italian"),
    **dict.fromkeys(["阿拉伯", "阿"], "Arabic"),
    **dict.fromkeys(["越南", "越"], "Vietnamese"),
    **dict.fromkeys(["泰", "泰国", "泰國"], "Thai"),
    **dict.fromkeys(["印尼", "印度尼西亚", "印度尼西亞"], "Indonesian"),
    **dict.fromkeys(["马来", "馬來"], "Malay"),
    **dict.fromkeys(["荷兰", "荷蘭"], "Dutch"),
}
"""Chinese names of the languages a multilingual termbase lists most (the stem before 文 or 语: 日文, 德语); no
library names languages in Chinese, so they are listed, as the Chinese names of Chinese and English are
(`_ZH_MORPHEMES`)."""
_OTHER_IN_CHINESE_RE = re.compile(
    "^(" + "|".join(sorted(_OTHER_LANGUAGES_IN_CHINESE, key=len, reverse=True)) + ")(?:文|语|語)(.*)$"
)


def _other_language_in_chinese(text: str) -> str | None:
    """`other_language` of a header in Chinese: a language's name and 文 or 语 (日文, 德语, 韩文名, 日语（日本）), what
    follows it words of a column's kind (名, 术语, 备注 ...) or a region, as `_chinese_header_column` reads them."""
    match = _OTHER_IN_CHINESE_RE.match(text)
    if match is None:
        return None
    rest = re.sub(r"[\s()\[\]（）【】:：/·-]+", "", match.group(2))
    at = 0
    while at < len(rest):
        size = next(
            (n for n in range(min(_ZH_LONGEST, len(rest) - at), 0, -1) if rest[at : at + n] in _ZH_MORPHEMES), 0
        )
        if not size or _ZH_MORPHEMES[rest[at : at + size]][0] not in ("kind", "filler", "region"):
            # A country after the language (日语（日本）) is its region; another word makes it no language's header.
            return _OTHER_LANGUAGES_IN_CHINESE[match.group(1)] if rest[at:] in _OTHER_LANGUAGES_IN_CHINESE else None
        at += size
    return _OTHER_LANGUAGES_IN_CHINESE[match.group(1)]


def _is_subtag_or_field(word: str) -> bool:
    """Tell whether a word after a language's code is a region (a country's ISO 3166 code, or three digits), a
    script (ISO 15924) or a field's word (ja_note): what may follow a language code in a header."""
    import pycountry

    if word in _KNOWN_WORDS or re.fullmatch("[0-9]{3}", word):
        return True
    if len(word) == 2:
        return pycountry.countries.get(alpha_2=word.upper()) is not None
    return len(word) == 4 and pycountry.scripts.get(alpha_4=word.capitalize()) is not None


def other_language_columns(header: Sequence[str]) -> list[tuple[str, str]]:
    """The header cells that name another language's column (`other_language`), as (cell, language)."""
    out = []
    for cell in header:
        if normalize(cell.lstrip("\ufeff")) and _may_be_other_language(header_column(cell)):
            language = other_language(cell)
            if language is not None:
                out.append((normalize(cell.lstrip("\ufeff")), language))
    return out


def _may_be_other_language(name: str | None) -> bool:
    """Tell whether a header cell read as `name` may be another language's column: it names no column, or only a
    field of no language ("Description [ko]" reads as the entry's note where Korean is not known as a language)."""
    return name is None or name in ("note", SKIP) or name.startswith(LABELLED_NOTE)


def note_other_languages(header: Sequence[str], source: str, line: int) -> None:
    """Issue an `ImportNote` naming the columns of other languages that `header_columns` passed over in the `header`
    at `line` of `source`, if any."""
    passed = other_language_columns(header)
    if passed:
        said = ", ".join(f"{cell!r} ({language})" for cell, language in passed)
        text = f"passed over the columns of other languages, {said}: zhgloss keeps Chinese and English"
        warnings.warn_explicit(ImportNote(text, source, line), ImportNote, source, line, module=__name__)


def note_passed_columns(header: Sequence[str], names: Sequence[str | None], source: str, line: int) -> None:
    """Say the columns of a header that no field of an entry keeps (`header_columns` gives them None: "Context",
    "Example of use", "Part of Speech"), other languages apart (`note_other_languages` says those): no column is
    dropped without a word (user finding U33-31)."""
    passed = [
        normalize(cell)
        for cell, name in zip(header, names, strict=False)
        if name is None and normalize(cell) and other_language(normalize(cell)) is None
    ]
    if passed:
        listed = ", ".join(map(repr, passed))
        _said(
            f"passed over {count_of(len(passed), 'column', 'columns')} zhgloss keeps no field for: {listed}",
            source,
            line,
        )
    numbers = [normalize(cell) for cell, name in zip(header, names, strict=False) if name == ROW_NUMBER]
    if numbers:
        listed = ", ".join(map(repr, numbers))
        _said(f"passed over {listed}: a column of row numbers, no field of an entry", source, line)
    others = [normalize(cell) for cell, name in zip(header, names, strict=False) if name == OTHER_NAMES]
    if others:
        listed = ", ".join(map(repr, others))
        _said(
            f"read {listed} as other names of each entry: a form in Chinese characters as a Chinese alias "
            f"(zh_aliases), one in Latin letters as an English alias (aliases); {OTHER_NAMES_SEPARATORS}",
            source,
            line,
        )


def _said(text: str, source: str, line: int) -> None:
    """Issue an `ImportNote` of `text` at `line` of `source`."""
    warnings.warn_explicit(ImportNote(text, source, line), ImportNote, source, line, module=__name__)


def language_column(cell: str) -> str | None:
    """The column a header cell names by a language (see the comment above): zh, zh_hant, en, note, pinyin, SKIP,
    SOURCE or TARGET (a Chinese direction word: 原文, 译文), or None when it names no language (or two)."""
    text = normalize(cell.lstrip("\ufeff"))
    if has_cjk(text):
        return _chinese_header_column(text)
    if _is_sentence(text):
        return None  # "The Chinese and Japanese presidents met.": a segment that speaks of a language, no header
    text = _OTHER_NAME_PHRASES_RE.sub("synonyms", text)
    languages: set[str] = set()
    script, field = "", ""
    for token in re.findall(r"[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*", text):
        lowered = token.lower()
        words = _tag_first(re.split(r"[-_]", lowered))
        size = _tag_size(words)
        if size:
            from zhgloss.formats.tbx import chinese_script

            tag = "-".join(words[:size])
            tag_script = chinese_script(tag)
            language = "zh" if tag_script is not None else "en" if words[0] in _ENGLISH_SUBTAGS else None
            if language is not None:
                languages.add(language)
                script = script or tag_script or ""
                words = words[size:]
                if words and not set(words) & _KNOWN_WORDS:
                    return None  # a field of the language zhgloss does not know ("en_foo"): no term, not skipped
        for word in words:
            if word in _CHINESE_WORDS or (word in _CHINESE_CODES and words == [lowered]):
                languages.add("zh")
                script = script or _CHINESE_WORDS.get(word, _CHINESE_CODES.get(word, ""))
            elif word in _ENGLISH_WORDS:
                languages.add("en")
            elif word in _SCRIPT_WORDS:
                script = _SCRIPT_WORDS[word]
            elif word in _TRADITIONAL_REGION_WORDS and not script:
                script = "region-traditional"
            elif word in _NOTE_WORDS:
                field = field or "note"
            elif word in _PINYIN_WORDS:
                field = field or "pinyin"
            elif word in _SOURCE_WORDS:
                field = field or "sources"
            elif word in _OTHER_NAME_WORDS:
                field = field or "aliases"
            elif word in ("status", "forbidden"):  # a language's Forbidden flag (Phrase's en_forbidden) is its status
                field = "status" if not field or field.startswith(LABELLED_NOTE) else field  # "Usage Status"
            elif word in _SKIP_WORDS or word in _FIELD_WORDS:
                field = SKIP
            elif word in _LABELLED_WORDS:
                field = field or LABELLED_NOTE + text
    if not languages and (field in ("note", SKIP, "status", "sources") or field.startswith(LABELLED_NOTE)):
        return ROW_STATUS if field == "status" else field  # of the whole entry: Phrase's concept_definition, Status
    if not languages and field == "aliases":
        return OTHER_NAMES  # "Synonyms", "Short name": each form's script says its language
    if len(languages) != 1:
        return None  # no language, or two ("Chinese-English", "English (Chinese)"): no column
    (language,) = languages
    if field == "status":
        return STATUS_OF["zh_hant" if script in ("traditional", "region-traditional") else language]
    if field == "aliases":
        return "zh_aliases" if language == "zh" else "aliases"  # "Chinese short name", "English abbreviation"
    if field:
        return field if field != "pinyin" or language == "zh" else SKIP
    if language == "en":
        return "en"
    return "zh_hant" if script in ("traditional", "region-traditional") else "zh"


HEADER_MOST_WORDS = 6
"""The most words a header cell that names a language has ("Definition of the term in English" is six)."""


def _is_sentence(text: str) -> bool:
    """Tell whether Latin `text` is prose, no header: more than HEADER_MOST_WORDS words, or three or more that end
    with a sentence's stop ("He speaks English."). chk's finding (session 28): a TSV's first segment "The Chinese
    and Japanese presidents met in San Francisco." was read as a header naming the Chinese column."""
    words = text.split()
    return len(words) > HEADER_MOST_WORDS or (len(words) >= 3 and text.endswith((".", "!", "?")))


_SCRIPT_SUBTAGS = frozenset(["hans", "hant", "latn"])
_KNOWN_WORDS = (
    _NOTE_WORDS
    | _SKIP_WORDS
    | _FIELD_WORDS
    | _PINYIN_WORDS
    | _LABELLED_WORDS
    | _OTHER_NAME_WORDS
    | set(_SCRIPT_WORDS)
    | _TRADITIONAL_REGION_WORDS
    | {"status", "forbidden", "term", "name", "text", "translation"}
)


def _tag_first(words: list[str]) -> list[str]:
    """`words` with a language tag that follows a field's words moved to the front: Transifex names a language's
    columns "translation_zh_CN" and "comment_zh_CN", as Phrase writes "zh_cn_note"."""
    if _tag_size(words):
        return words
    for at in range(1, len(words)):
        if not set(words[:at]) <= _KNOWN_WORDS:
            return words
        size = _tag_size(words[at:])
        tag = "-".join(words[at : at + size])
        if size and (words[at] in _ENGLISH_SUBTAGS or _is_chinese_tag(tag)):
            return [*words[at : at + size], *words[:at], *words[at + size :]]
    return words


def _is_chinese_tag(tag: str) -> bool:
    from zhgloss.formats.tbx import chinese_script

    return chinese_script(tag) is not None


def _tag_size(words: list[str]) -> int:
    """How many of a header token's leading parts are a language tag (language, script, region), 0 if none.

    Phrase names a language's fields by its code and the field's name, "en_usage", "zh_cn_note", "en_term_id":
    the tag is the code, the rest words of the field, not subtags of the language (BCP 47 would take "usage"
    for a variant). A script is Hans, Hant or Latn; a region two letters or three digits (or zh-CHS's three
    letters), unless it is a field's word ("en_id").
    """
    if not re.fullmatch("[a-z]{2,3}", words[0]):
        return 0
    size = 1
    if size < len(words) and words[size] in _SCRIPT_SUBTAGS:
        size += 1
    fields = _NOTE_WORDS | _SKIP_WORDS | _FIELD_WORDS | _PINYIN_WORDS | _LABELLED_WORDS
    if size < len(words) and re.fullmatch("[a-z]{2}|[0-9]{3}|ch[st]", words[size]) and words[size] not in fields:
        size += 1
    return size


def _chinese_header_column(text: str) -> str | None:
    """`header_column` of a header in Chinese: 中文, 繁體中文, 英文名, 中文（简体）, 原文, 译文, 备注, 拼音 ..."""
    parts: dict[str, str] = {}
    longest = 0
    roles: set[str] = set()
    for run in re.split(r"[\s()\[\]（）【】:：/·-]+", text):
        at = 0
        while at < len(run):
            for size in range(min(_ZH_LONGEST, len(run) - at), 0, -1):
                morpheme = _ZH_MORPHEMES.get(run[at : at + size])
                if morpheme is not None:
                    role, value = morpheme
                    if role in parts and parts[role] != value and role != "filler":
                        return None
                    parts[role] = value
                    roles.add(role)
                    longest = max(longest, size)
                    at += size
                    break
            else:
                return None  # a word that is no language, script or field: not a header zhgloss reads
    # A header of one-character morphemes of one meaning (中华, 汉, 英, 名) is more likely a name than a header;
    # two meanings make one (汉字 "Han" + "characters", 原名 "original" + "name", 译名; 简中 and 繁中 say a script).
    if longest < 2 and "script" not in parts and len(roles - {"filler"}) < 2:
        return None
    kind = parts.get("kind", "")
    if "labelled" in parts:
        return LABELLED_NOTE + text if len(parts) == 1 else None
    if "field" in parts:
        return parts["field"] if len(parts) == 1 else None
    # A script alone says the language: 简体, 繁體, 简体字 are Chinese columns.
    language = parts.get("language") or ("zh" if "script" in parts else None)
    if language is None and kind == "status":
        return ROW_STATUS  # 状态, 是否禁用: the row's status
    if language is None and kind == "aliases" and "direction" not in parts:
        return OTHER_NAMES  # 别名, 简称, 曾用名: each form's script says its language
    if language is None:
        return parts.get("direction") or (SOURCE if kind == "term" else kind or None)
    kind = "" if kind == "term" else kind
    script = parts.get("script") or parts.get("region")
    column = "en" if language == "en" else "zh_hant" if script == "traditional" else "zh"
    if kind == "status":
        return STATUS_OF[column]
    if kind == "aliases":
        return "zh_aliases" if language == "zh" else "aliases"  # 中文别名 the Chinese's, 英文别名 the English's
    if kind:
        return kind if kind != "pinyin" or language == "zh" else SKIP
    return column


STATUS_OF = {"en": "status:en", "zh": "status:zh", "zh_hant": "status:zh_hant"}
ROW_STATUS = "status:row"
"""A status column of no language ("Status", "Term Status", 状态, 是否禁用): the status of the row's term in the
language the row gives one in, its English, else its Chinese (user finding U33-30: dropped without a word, so a
"Forbidden" row became an accepted alias)."""
"""Columns of a language's term status (Crowdin's "Status [en]": preferred, admitted, not recommended, obsolete).

A status that bans (`zhgloss.formats.tbx.banned_status`) makes the row's term of that language a forbidden form;
see `rows_to_entries`."""

CONCEPT = "concept:id"
"""A column of another tool's concept (entry) ids: rows that give one id are one concept, one entry (`_concept_entry`).
Phrase's concept_id, TermWeb's and XTM's "Concept ID", memoQ's Entry_ID, a TBX termEntry's id flattened into a sheet:
a termbase export of a row per term repeats its concept's id on each synonym's row, with the other language's cell
blank (the s47 review's R47-7: those rows became entries of their own without Chinese)."""
_CONCEPT_KEYS = frozenset(
    [
        *("concept_id", "conceptid", "concept", "concept_no", "concept_number", "cid", "entry_id", "entryid"),
        *("termentry_id", "termentryid", "term_entry_id", "概念id", "概念编号", "概念編號"),
    ]
)
"""Header keys (`_header_key`) of a concept id column; a term's own id (Phrase's en_term_id, "Term ID") is none."""

SKIP = "-"
"""A header cell `_tool_column` names as a tool's own bookkeeping (memoQ's Entry_Created, Weblate's location)."""

# translate-toolkit's CSV fields, the layout of Weblate's CSV (https://docs.weblate.org/en/latest/formats/csv.html).
WEBLATE_FIELDS = (
    "location",
    "source",
    "target",
    "id",
    "fuzzy",
    "context",
    "translator_comments",
    "developer_comments",
)
WEBLATE_GLOSSARY_FIELDS = ("explanation", "flags")
"""What Weblate's glossary adds to its CSV (https://docs.weblate.org/en/latest/user/glossary.html): a term's
explanation, and its flags ("forbidden" bans the term; "read-only", "terminology" say nothing of it)."""
_WEBLATE_COLUMNS = {
    "translator_comments": "note",
    "developer_comments": "note",
    "fuzzy": "draft",
    "explanation": "note",
    "flags": STATUS_OF["en"],  # the rendering a forbidden flag bans is the English one (`_banned_by_status`)
}
# memoQ's term-base CSV (https://docs.memoq.com/current/api-docs/wsapi/memoqservices/
# tbservice.importexport.csv.html): entry-level columns start "Entry_", term-level ones "Term_";
# a language-level definition is the language's column name with "_Def".
_MEMOQ_ENTRY, _MEMOQ_TERM, _MEMOQ_DEFINITION = "entry_", "term_", "_def"
# Of memoQ's own fields only the record's bookkeeping is left out: its id and who created or last changed it when.
# What the others hold is kept in the note, labelled, never dropped: the entry's Subject, Domain, Client and
# Project, a term's Example and its Info (memoQ's packed term properties, read by no one here but kept for a
# person), "Subject: Politics", "Term example: 富士康的工厂".
_MEMOQ_BOOKKEEPING = frozenset(["entry_id", "entry_created", "entry_creator", "entry_lastmodified", "entry_modifier"])


def _memoq_label(key: str) -> str:
    """The label a memoQ field's text takes in the note: entry_subject -> Subject, entry_clientid -> Client,
    term_example -> Term example."""
    if key.startswith(_MEMOQ_ENTRY):
        field = key.removeprefix(_MEMOQ_ENTRY)
        return (field.removesuffix("id") or field).capitalize()
    return "Term " + key.removeprefix(_MEMOQ_TERM)


_MEMOQ_FIELD_RE = re.compile(r"^(?:entry|term)_[a-z]+$")  # Entry_Subject, Term_Info; not Crowdin's "Term [en]"
COLUMNS_HINT = "say which column is which with --columns (for example --columns zh,en,-,note; - skips a column)"
"""The refusal's pointer to the option that names a table's columns (the CLI's --columns)."""


def _tool_column(key: str, weblate: bool) -> str | None:
    """The column a header key of memoQ's or Weblate's layout names: a field, SKIP, or None (neither layout's).

    `key` is `_header_key`'s; `weblate` tells that the header is Weblate's (see `header_columns`).
    """
    if weblate and key in (*WEBLATE_FIELDS, *WEBLATE_GLOSSARY_FIELDS) and key not in ("source", "target"):
        return _WEBLATE_COLUMNS.get(key, SKIP)
    if key == "entry_note":
        return "note"
    if key == "entry_id":
        return CONCEPT  # memoQ writes an entry a line, each its own id; a sheet of a row per term repeats it
    if key in _MEMOQ_BOOKKEEPING:
        return SKIP
    if key.startswith((_MEMOQ_ENTRY, _MEMOQ_TERM)):
        return LABELLED_NOTE + _memoq_label(key)
    if key.endswith(_MEMOQ_DEFINITION) and header_column(key.removesuffix(_MEMOQ_DEFINITION)) in _SECOND_TERM:
        return "note"
    return None


FLAG_OF = "flag:"
"""Prefix of a Forbidden flag column that follows a term column: "flag:3" flags the term in column 3."""
_TERM_COLUMNS = ("en", "zh", "zh_hant", "aliases", "zh_aliases")

# Columns a header may give more than once: their cells are joined into one value. A language's status column too:
# Phrase TMS exports a term's status (New, Approved, Rejected) and its Forbidden flag (TRUE/FALSE) side by side,
# en_status and en_forbidden (Phrase's TermDto has both "status" and "forbidden"; user finding U37-6), and
# `_banned_by_status` reads each part of the joined cell.
_JOINED = {"note": "; ", "aliases": "; ", "zh_aliases": "; ", "sources": "; "} | dict.fromkeys(
    ("status:en", "status:zh", "status:zh_hant"), "; "
)
# A language's second term column (memoQ writes one per synonym) is an alias of that language.
_SECOND_TERM = {"en": "aliases", "zh": "zh_aliases", "zh_hant": "zh_aliases"}


def header_columns(
    header: list[str], source: str, line: int, rows: Sequence[Sequence[str]] | None = None
) -> list[str | None]:
    """Map a header row's cells to column names; None marks a column to ignore (an empty header cell).

    `rows`, the table's rows under the header where the caller has them: a column whose header names nothing
    zhgloss reads and whose cells count the rows (`is_row_number_column`) is ROW_NUMBER, not refused.

    Direction-only names (source/target, term/translation) come back as SOURCE and TARGET, to be
    told apart by `resolve_columns`; memoQ's and Weblate's layouts are read as the module docstring
    says. A name may come back more than once for note, aliases and zh_aliases (`rows_to_entries` joins
    their cells). Raise FormatError naming an unknown column, a repeated one, or a header without an
    English (or a target) column, each with the pointer to --columns (`COLUMNS_HINT`).
    """
    keys = [_header_key(cell) for cell in header]
    # A bare word for what a cell holds (名称 "name", 姓名 "full name") names no column alone, since it may be a term;
    # beside a column of a language (名称,英文; 姓名,英文名) it is the other language's term (user finding U33-20).
    beside_language = any(header_column(normalize(cell)) in ("en", "zh", "zh_hant") for cell in header if cell.strip())
    weblate = "location" in keys and "source" in keys and set(keys) <= {*WEBLATE_FIELDS, *WEBLATE_GLOSSARY_FIELDS, ""}
    names: list[str | None] = []
    repeated = False  # a Chinese column named twice
    for cell, key in zip(header, keys, strict=True):
        raw = normalize(cell.lstrip("\ufeff"))
        if not raw:
            names.append(None)
            continue
        # Weblate's and memoQ's own fields first (Weblate's id is no zhgloss id; memoQ's Entry_* and Term_* are its
        # bookkeeping, read as its documentation gives them), then what the header says ("Term [en]" is Crowdin's).
        tools = _tool_column(key, weblate) if weblate or _MEMOQ_FIELD_RE.match(key) else None
        if tools is not None and tools.startswith(LABELLED_NOTE) and header_column(raw) == ROW_STATUS:
            tools = None  # "Term Status" of a hand-kept sheet says the row's status, no memoQ field to label
        name = tools or header_column(raw) or _tool_column(key, weblate)
        if name is None and beside_language and _is_bare_term_word(raw):
            name = SOURCE
        if _may_be_other_language(name) and other_language(raw) is not None:
            name = SKIP  # another language of a multilingual termbase (ja-JP, German): passed over, with a note
        if name is None and rows is not None:
            at = len(names)
            if is_row_number_column([row[at] if at < len(row) else "" for row in rows], counting=True):
                name = ROW_NUMBER
        if name is None:
            refuse_tab_separated(header, source, line)
            raise FormatError(
                source,
                f"unknown column {cell.strip().lstrip(chr(0xFEFF))!r} (zhgloss's columns are {', '.join(COLUMNS)}); "
                f"{COLUMNS_HINT}",
                line,
            )
        if name == SKIP:
            names.append(None)
            continue
        if name == ROW_STATUS and _TERM_LEVEL_RE.match(raw):
            # The Glossary Converter's annotated headers (>>L<< a language's field, >>T<< a term's: cerebus.de/
            # glossaryconverter, "Annotated field headers") repeat a field per language: ">>T<<Status" after each
            # language's term column is that language's status (the s47 review's R47-19: "given twice").
            language = next((n for n in reversed(names) if n in STATUS_OF), None)
            name = STATUS_OF[language] if language else name
        term = next((n for n in reversed(names) if n is not None), None)
        if name == "forbidden" and term in _TERM_COLUMNS and "id" not in names:
            # A Forbidden flag right after a term column is that term's (memoQ's layout: each term's fields follow
            # it; Phrase's spreadsheet likewise), so a repeated one flags each synonym, not the row's English.
            names.append(FLAG_OF + str(len(names) - 1 - names[::-1].index(term)))
            continue
        if name in names and name not in (*_JOINED, ROW_NUMBER, OTHER_NAMES) and not name.startswith(LABELLED_NOTE):
            if name not in _SECOND_TERM:
                raise FormatError(source, f"column {raw!r} is given twice; {COLUMNS_HINT}", line)
            repeated = repeated or name in ("zh", "zh_hant")
            name = _SECOND_TERM[name]
        names.append(name)
    if not {"en", SOURCE, TARGET} & set(names) and (repeated or not {"zh", "zh_hant"} & set(names)):
        # A Chinese column alone (a list of names not yet translated, R47-11) is read: each row a draft whose English
        # is proposed (`row_to_entry`); with neither language there is nothing to read, and a Chinese header given
        # twice over no English ("中文,中文") is more likely the English column misnamed than a list of aliases.
        raise FormatError(
            source, f"the header names no 'en' column (the English form is required); {COLUMNS_HINT}", line
        )
    if "en" in names and {"zh", "zh_hant"} & set(names):
        # Beside columns that name Chinese and English, "Source" is where the rendering came from (a newsroom
        # sheet's "Reuters", "Xinhua style guide"), never a third term column; "Target" a field of its own, kept in
        # the note, labelled (user finding U33-31: 雷军 got the English alias "Reuters").
        for at, (name, key) in enumerate(zip(names, keys, strict=True)):
            if name == SOURCE and key in ("source", "sources"):
                names[at] = "sources"
            elif name == TARGET and key == "target":
                names[at] = LABELLED_NOTE + normalize(header[at])  # (Lokalise's "term" beside them is a term)
    return names


def refuse_tab_separated(header: Sequence[str], source: str, line: int) -> None:
    """Raise FormatError for a header row read at commas or semicolons that is one cell holding tabs between
    names ('zh\ten\tnote'): a tab-separated file named .csv (Excel's "Text (Tab delimited)"), whose rows would be
    split at the commas inside their cells."""
    cells = [cell for cell in header if cell.strip()]
    if len(cells) == 1 and "\t" in cells[0].strip():
        raise FormatError(
            source,
            f"{cells[0].strip()!r} is one cell with tabs in it: the file looks tab-separated; pass --format tsv",
            line,
        )


def given_columns(text: str) -> list[str | None]:
    """Parse the columns a user names, in file order ("zh,en,note"; "-" or "" skips a column).

    note, aliases and zh_aliases may be named more than once: their cells are joined, as under a header that
    names them twice (Weblate's translator_comments and developer_comments). Raise UsageError for a name that is
    no column, another repeated one, or a list without "en".
    """
    from zhgloss.errors import UsageError

    names: list[str | None] = []
    for part in text.split(","):
        part = part.strip()
        if part in ("", "-"):
            names.append(None)
            continue
        name = header_column(part)
        if name is None or name in (SOURCE, TARGET, SKIP, ROW_NUMBER):
            raise UsageError(f"{part!r} is not a column; name each one: {', '.join(COLUMNS)}, or - to skip")
        if name in names and name not in _JOINED:  # two notes (Weblate's two comments) are joined, as under a header
            raise UsageError(f"column {part!r} is named twice")
        names.append(name)
    if not {"en", "zh", "zh_hant"} & set(names):
        raise UsageError("the columns must include en (the English form) or zh (rows of Chinese alone are drafts)")
    return names


def is_header(cells: list[str]) -> bool:
    """Tell whether a first row is a header: it names an English or a target column (or the usual aliases), or a
    Chinese column beside a bare word for the term ("Name", 名称: the other language's, `header_columns`)."""
    named = [header_column(c) if c.strip() else None for c in cells]
    if any(n in ("en", TARGET) for n in named):
        return True
    if any(n in ("zh", "zh_hant") for n in named) and all(
        n is not None for c, n in zip(cells, named, strict=True) if c.strip()
    ):
        return True  # a Chinese column and others zhgloss knows ("中文,类型"): a list of Chinese names (R47-11)
    return any(n in ("zh", "zh_hant") for n in named) and any(
        n is None and _is_bare_term_word(c) for c, n in zip(cells, named, strict=True)
    )


_BARE_TERM_KEYS = frozenset(["name", "full_name", "term"])
"""An English header's bare word for a table's term ("Name" of a Wikipedia table: Name, Chinese, Pinyin, Position)."""


def _is_bare_term_word(cell: str) -> bool:
    """Whether header `cell` is a bare word for what a cell holds (Name, 名称, 姓名), no language: beside a column of a
    language it is the other language's term (user findings U33-20, U34-16)."""
    return _header_key(cell) in _BARE_TERM_KEYS or _ZH_MORPHEMES.get(normalize(cell)) == ("kind", "")


def resolve_columns(
    columns: list[str | None], rows: list[tuple[int, list[str]]], source: str, line: int
) -> list[str | None]:
    """Give SOURCE and TARGET columns their language by the script of their cells.

    The column whose cells are mostly Chinese is zh, the one mostly Latin en. Raise FormatError
    at the header's `line` when that does not tell them apart (both Chinese, both Latin, empty).
    """
    if SOURCE not in columns and TARGET not in columns:
        return columns
    chinese: dict[str, int] = {}
    for name in (SOURCE, TARGET):
        if name in columns:
            at = columns.index(name)
            cells = [r[at] for _, r in rows if at < len(r) and r[at].strip()]
            chinese[name] = sum(1 for c in cells if has_cjk(c)) * 2 - len(cells)  # > 0: mostly Chinese
    resolved = list(columns)
    taken = set(columns)
    order = sorted(chinese, key=lambda n: -chinese[n])
    wanted = [c for c in ("zh", "en") if c not in taken]
    if len(order) == 2 and wanted == ["zh", "en"] and chinese[order[0]] > 0 >= chinese[order[1]]:
        for name, column in zip(order, ("zh", "en"), strict=True):
            resolved[columns.index(name)] = column
        return resolved
    if not wanted:
        # Both languages have columns of their own: a direction-only column repeats one of them, as Lokalise's
        # "term" (the term in the project's base language) beside its "en" and "zh_CN": an alias where it differs.
        for name in order:
            resolved[columns.index(name)] = _SECOND_TERM["zh" if chinese[name] > 0 else "en"]
        return resolved
    if len(order) == 1 and len(wanted) == 1:
        mostly = "zh" if chinese[order[0]] > 0 else "en"
        if mostly == wanted[0]:
            resolved[columns.index(order[0])] = mostly
            return resolved
    if len(order) == 1:
        # One direction column (Term, Source) and no column of the other language: nothing to tell apart.
        held = "Chinese" if chinese[order[0]] > 0 else "Latin"
        other = "Chinese" if held == "Latin" else "English"
        what = f"it has one term column, of {held} terms, and no column for the {other}"
    else:
        what = "its source and target columns do not differ by script (both Chinese, both Latin, or empty)"
    raise FormatError(
        source,
        f"cannot tell which column is Chinese and which English: {what}; "
        "name the columns (for example zh,en) in the header or with --columns",
        line,
    )


def names_columns(cells: list[str]) -> bool:
    """Tell whether a row names columns (a header to skip when the caller gives the columns itself)."""
    return any(header_column(c) is not None for c in cells if c.strip())


def is_named_header(
    columns: Sequence[str | None],
    first: list[str],
    rest: Sequence[list[str]],
    source: str | None = None,
    line: int | None = None,
) -> bool:
    """Tell whether the first row of a file whose columns the caller named (`columns`) is a header to skip.

    It is when it names a column in words zhgloss knows (zh, English, source, zh-CN ...), or when its
    cells break the script of the columns the caller gave them (a zh cell without Chinese, an en cell
    in Chinese: "Begriff,Übersetzung" or "英文,中文" over rows of English and Chinese) while most rows
    below keep it: a header in words zhgloss does not know, which would otherwise become an entry. A row
    taken for a header whose cells would make a term under the columns is said (at `line` of `source`): an
    Anki note whose note type "Chinese (Basic)" names a column was dropped in silence (user finding U34-16).
    """
    if names_columns(first):
        if source is not None and line is not None and not _breaks_scripts(columns, first):
            shown = " | ".join(cell.strip() for cell in first if cell.strip())
            _said(f"read as the header, no term: {shown!r}; if it is a term, put a header row above it", source, line)
        return True
    if not _breaks_scripts(columns, first):
        return False
    return sum(not _breaks_scripts(columns, row) for row in rest) * 2 > len(rest) or not rest


def _breaks_scripts(columns: Sequence[str | None], cells: list[str]) -> bool:
    return _script_problem(columns, cells) is not None


def _script_problem(columns: Sequence[str | None], cells: list[str]) -> tuple[str, str, str] | None:
    """The first cell of `cells` whose script its column's language refuses (`check_scripts`' rule), as (column,
    text, what is wrong)."""

    def english() -> list[str]:
        return _row_english({name: cells[at] for at, name in enumerate(columns) if name and at < len(cells)})

    for at, name in enumerate(columns):
        raw = cells[at] if name in _TERM_LANGUAGES and at < len(cells) else ""
        value = normalize(unneutralize(raw)) if raw else ""
        # (a placeholder, 待定 in the English column, holds no term of either script, and a doubt mark is no part
        # of the form before it: `without_placeholders`)
        if name == "en" and value:
            value = "" if is_placeholder(value) else doubted_form(value) or value
            joined = joined_english(value)
            value = joined[1][0] if joined else value  # the first of several names stands for all
        elif value and is_placeholder(value, name):
            value = ""
        said = _cell_problem(name or "", value, english, by_type=False) if value else None
        if said:
            return name or "", value, said
    return None


def _as_option(columns: Sequence[str | None]) -> str | None:
    """`columns` as the --columns value that names them ("-,en,zh,-,note,note"), or None where one of them is no
    column a user can name (a tool's status or flag column, a labelled note)."""
    if not all(c is None or c in COLUMNS for c in columns):
        return None
    return ",".join(c or "-" for c in columns)


def _fits(columns: Sequence[str | None], rows: Sequence[tuple[int, list[str]]]) -> bool:
    """Tell whether every row fits `columns`: no more cells than columns, no cell against its column's script."""
    return all(len(row) <= len(columns) and _script_problem(columns, row) is None for _, row in rows)


def _lines(numbers: Sequence[int], most: int = 3) -> str:
    """Name lines: "line 6", "lines 2, 5 and 9", "lines 2, 5, 9 and 4 more"."""
    shown = [str(n) for n in numbers[:most]]
    if len(numbers) > most:
        return f"lines {', '.join(shown)} and {len(numbers) - most} more"
    if len(shown) == 1:
        return f"line {shown[0]}"
    return f"lines {', '.join(shown[:-1])} and {shown[-1]}"


def _header_reading(header: list[str] | None, rows: Sequence[tuple[int, list[str]]], source: str) -> str | None:
    """The --columns value that reads `header` as `header_columns` does, where the rows fit it, else None."""
    if not header or not names_columns(header):
        return None
    try:
        names = resolve_columns(header_columns(header, source, 0, [r for _, r in rows]), list(rows), source, 0)
    except FormatError:
        return None
    option = _as_option(names)
    return option if option is not None and _fits(names, rows) else None


def check_given_columns(
    columns: Sequence[str | None],
    rows: Sequence[tuple[int, list[str]]],
    source: str,
    named_by: str | None = None,
    header: list[str] | None = None,
) -> None:
    """Refuse rows that do not fit their columns: the ones a user named (`columns`, the CLI's --columns), or, with
    `named_by` ("the header"), those the file itself names. `header` is the file's first row, where it names
    columns (the advice then gives its reading as --columns).

    A row of more cells than columns named comes first (FormatError with its line): under --columns the user is
    told to name every column of the file, `-` for one to skip, and, where the header reads so and the rows fit,
    the --columns value that does (under a header, the counts alone are said, as `rows_to_entries` says them).

    Naming the columns says which is which; it does not make an English name Chinese. A row with Latin
    words in its zh cell or Chinese in its en cell would be stored swapped, so the file is refused with the first
    such row's line: when most rows break the columns and naming zh and en the other way round fits each of them,
    the message gives that order, to name with --columns, and the lines of the rows that follow the columns as
    named (their cells to swap); otherwise it says to fix the row (or its cell, where swapping its cells would not
    help). Advice is given only where following it works.
    """
    named = ",".join(c or "-" for c in columns)
    said_by = "--columns" if named_by is None else named_by
    wide = next(((line, len(row)) for line, row in rows if len(row) > len(columns)), None)
    if wide is not None:
        line, width = wide
        said = f"{width} cells, but {said_by} names {count_of(len(columns), 'column', 'columns')}"
        if named_by is not None:
            raise FormatError(source, said, line)
        fix = f"name each of the file's {width} columns in order, - for one to skip"
        reading = _header_reading(header, rows, source)
        if reading is not None:
            fix += f": its header reads as --columns {reading}"
        raise FormatError(source, f"{said}; {fix}", line)
    broken = [(line, problem) for line, row in rows if (problem := _script_problem(columns, row)) is not None]
    if not broken:
        return
    line, (name, value, said) = broken[0]
    under = f"--columns {named}" if named_by is None else f"the columns {named_by} names ({named})"
    if len(broken) * 2 > len(rows) and "zh" in columns and "en" in columns:
        other_way = [{"zh": "en", "en": "zh"}.get(c or "", c) for c in columns]
        option = _as_option(other_way)
        if _fits(other_way, [(at, row) for at, row in rows if any(at == b for b, _ in broken)]):
            # Every row against the columns is the other way round; the few rows that follow them then are not.
            keep = [at for at, row in rows if _script_problem(other_way, row) is not None]
            cells = f"swap the cells of {_lines(keep)} and " if keep else ""
            fix = (
                f"{cells}name them --columns {option}"
                if option is not None
                else f"{cells}name zh and en the other way round in the header"
            )
            raise FormatError(
                source,
                f"{name} {value!r} {said}; {len(broken)} of the {len(rows)} rows break {under} so: "
                f"the file has the columns the other way round; {fix}",
                line,
            )
    from zhgloss.formats import Refusals

    refused = Refusals()  # every row that breaks the columns is named, not the first alone
    for line, (name, value, said) in broken:
        if said == LOST_CHINESE:
            refused.add(FormatError(source, f"{name} {value!r} {said}", line))  # the cause, the one fix
            continue
        row = next(cells for at, cells in rows if at == line)
        zh, en = (columns.index(c) if c in columns else -1 for c in ("zh", "en"))
        turned = list(row)
        if 0 <= zh < len(row) and 0 <= en < len(row):
            turned[zh], turned[en] = row[en], row[zh]
        fix = (
            "a row of prose, no term (a note about the table?): delete the row"
            if sum(1 for cell in row if cell.strip()) == 1 and _is_prose(normalize(value))
            else "this row has its cells the other way round; fix the row"
            if turned != row and _script_problem(columns, turned) is None
            else f"fix the row's {name} cell"  # (swapping would not help: 富士康 in both cells)
        )
        alone = " (nothing was imported)" if len(broken) == 1 else ""
        refused.add(FormatError(source, f"{name} {value!r} {said}, under {under}: {fix}{alone}", line))
    refused.raise_any()


_NAME_PARTICLES = frozenset(
    [
        "of",
        "and",
        "the",
        "de",
        "da",
        "di",
        "do",
        "dos",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
        "du",
        "des",
        "del",
        "bin",
        "binti",
        "al",
        "el",
        "y",
        "e",
    ]
)


def _is_prose(text: str) -> bool:
    """Tell whether Latin `text`, a table's row of one cell, is prose, no term: a sentence (`_is_sentence`), a label
    and a colon ("Source: newsroom style guide 2024"), or three words or more with a lower-case one that is no
    name's particle ("Last updated by J. Doe"; not "Bank of China"). User finding U33-20: such a footer was told
    to have "its cells the other way round"."""
    words = text.split()
    if _is_sentence(text) or re.match(r"^[A-Z][\w ]*: ", text):
        return True
    return len(words) >= 3 and any(w.isalpha() and w.islower() and w not in _NAME_PARTICLES for w in words)


def check_named_columns(
    columns: Sequence[str | None], rows: Sequence[tuple[int, list[str]]], source: str, named_by: str = "the header"
) -> None:
    """Refuse rows that break the script of the columns the file itself names (`named_by`: its header, or the order
    most rows have), as `check_given_columns` does for --columns: a row against them is told apart from a file
    against them, and the message says which to fix. zhgloss's own layout (every field named, as export writes
    it) is left to the entries' own checks."""
    if not set(ENTRY_FIELDS) <= set(columns):
        check_given_columns(columns, rows, source, named_by)


def headerless_columns(rows: Sequence[list[str]]) -> list[str | None] | None:
    """The columns of a table with no header whose rows are term pairs, or None if it is no such table.

    Machine translation engines take glossaries so: DeepL's CSV is "source phrase,target phrase", optionally
    followed by the source and target language codes and, from its glossary generator, a relevance
    (developers.deepl.com, "Managing glossaries": "one entry per line, source phrase first"); Google Cloud
    Translation's unidirectional glossary is a CSV of two columns. A file is such a table when no cell of its
    first row names a column, and every row holds one term in Chinese and one in Latin letters (either order,
    told apart by `resolve_columns`), then only language codes and a number. The pair comes back as SOURCE and
    TARGET, the rest as None (skipped).
    """
    if not rows or names_columns(rows[0][:2]):
        return None
    if all(len(row) >= 3 for row in rows) and is_row_number_column([row[0] for row in rows], counting=True):
        # A first column that counts the rows (1, 2, 3 ...: a numbered list pasted from a document) is no term.
        pairs = headerless_columns([row[1:] for row in rows])
        return None if pairs is None else [ROW_NUMBER, *pairs]
    width = max(len(row) for row in rows)
    if not 2 <= width <= 5:
        return None
    for row in rows:
        pair = [normalize(cell) for cell in row[:2]]
        if len(pair) < 2 or sum(has_cjk(cell) for cell in pair) != 1 or not all(pair):
            return None
        codes, rest = row[2:4], row[4:]
        if not all(_is_language_code(cell) for cell in codes if cell.strip()):
            return None
        if not all(re.fullmatch(r"\s*[0-9.]*\s*", cell) for cell in rest):
            return None
    return [SOURCE, TARGET, *[None] * (width - 2)]


def say_counting_column(source: str, line: int) -> None:
    """Say that a headerless table's first column, which counts its rows (`is_row_number_column`), was passed over."""
    _said("passed over the first column: it counts the rows, no field of an entry", source, line)


def _is_language_code(cell: str) -> bool:
    words = re.split(r"[-_]", cell.strip().lower())
    return _tag_size(words) == len(words) and (words[0] in _ENGLISH_SUBTAGS or _is_chinese_tag("-".join(words)))


def table_start(rows: Sequence[tuple[int, list[str]]]) -> int | None:
    """The index in `rows` of a table's header: the first row of two or more non-empty cells, or None if no row has
    two. A title above the header (one cell: "Newsroom glossary (updated 2024-05-01)", as a translator's sheet
    starts, Google Sheets' and Excel's CSV of it padding the row with empty cells) is no part of the table. One rule
    for every table reader: CSV, TSV and xlsx (user finding U30-14)."""
    for at, (_, cells) in enumerate(rows):
        if sum(1 for cell in cells if cell.strip()) >= 2:
            return at
    return None


def header_index(rows: Sequence[tuple[int, list[str]]]) -> int | None:
    """The index in `rows` of a table's header, passing over a title above it, or None where no row has two or more
    non-empty cells (`table_start`): that row when it names columns (`is_header`), else 0, every row kept. A row of
    two cells under rows of one is not always a header: in a headerless file of pairs the rows above are drafts (a
    Chinese form alone), no title (review finding R7); rows above it with no Chinese at all ("Glossary") are a title
    whatever it is (no draft is a name without Chinese: the s32 review's R9, a sheet of a title over headerless
    pairs). The one rule of CSV, TSV and xlsx."""
    at = table_start(rows)
    if at is None:
        return None
    if at and (is_header(rows[at][1]) or not any(has_cjk(cell) for _, cells in rows[:at] for cell in cells)):
        return at
    return 0


def say_titles(rows: Sequence[tuple[int, list[str]]], source: str) -> None:
    """Say each of `rows` (those above a header: `header_index`) passed over as a title, with its line."""
    for line, cells in rows:
        title = " ".join(cell.strip() for cell in cells if cell.strip())
        _said(f"passed over {title!r} above the header as a title: no row of the table", source, line)


def header_start(rows: Sequence[tuple[int, list[str]]], source: str) -> int:
    """The index in `rows` of a table's header (`header_index`; 0 where no row has two cells), each row above it
    said in an `ImportNote` with its line (`say_titles`)."""
    at = header_index(rows) or 0
    say_titles(rows[:at], source)
    return at


def load_rows(
    header: list[str],
    header_at: int,
    rows: list[tuple[int, list[str]]],
    source: str,
    columns: Sequence[str | None] | None = None,
) -> Iterator[Entry]:
    """Read entries from a table's `header` (at line `header_at`) and its numbered, non-empty `rows`.

    What CSV and spreadsheets share: the header names the columns (`header_columns`), unless `columns`
    names them (the CLI's --columns), and then a first row that names columns is skipped as a header
    (`is_named_header`) and every row is held to the scripts of the columns named (`check_given_columns`);
    direction-only columns get their language by script (`resolve_columns`). Raise FormatError with a line.
    """
    if columns is None:
        names, rows = named_columns(header, header_at, rows, source)
        yield from rows_to_entries(names, rows, source)
        return
    names = list(columns)
    refuse_tab_separated(header, source, header_at)
    if not is_named_header(names, header, [r for _, r in rows], source, header_at):
        rows = [(header_at, header), *rows]
    check_given_columns(names, rows, source, header=header)
    names = resolve_columns(names, rows, source, header_at)
    yield from rows_to_entries(names, rows, source, trusted=True)


def named_columns(
    header: list[str], header_at: int, rows: list[tuple[int, list[str]]], source: str
) -> tuple[list[str | None], list[tuple[int, list[str]]]]:
    """The columns a table's `header` names (`header_columns`), or where it is none, its rows' order
    (`headerless_columns`: the header is then a row of the table), resolved by script (`resolve_columns`) and
    checked against the rows (`check_named_columns`); and the table's rows. Raise FormatError with a line."""
    headerless = False
    if (pairs := headerless_columns([header, *(r for _, r in rows)])) is not None:
        names: list[str | None] = pairs
        rows = [(header_at, header), *rows]
        headerless = True
        if ROW_NUMBER in names:
            say_counting_column(source, header_at)
    else:
        refuse_lone_cell(header, header_at, rows, source)
        names = header_columns(header, source, header_at, [r for _, r in rows])
        if not {"zh", "zh_hant", "zh_aliases", SOURCE, TARGET} & set(names):
            # The mirror of `header_columns`' "names no 'en' column" (the review's R45-1): a sheet of other languages
            # ("ja-JP,en-US", "English,German", "en,note") was imported whole as drafts without Chinese. A Chinese
            # column whose cells are blank (Weblate's target of an English-source project) names one: its rows
            # drafts; source/target columns get their language from their cells (`resolve_columns`).
            raise FormatError(
                source,
                "the header names no Chinese column (zh, zh_hant or a zh language tag; zhgloss keeps Chinese and "
                f"English); {COLUMNS_HINT}",
                header_at,
            )
        note_other_languages(header, source, header_at)
        note_passed_columns(header, names, source, header_at)
    names = resolve_columns(names, rows, source, header_at)
    check_named_columns(names, rows, source, "the rows' order" if headerless else "the header")
    return names, rows


def refuse_lone_cell(header: list[str], header_at: int, rows: list[tuple[int, list[str]]], source: str) -> None:
    """Refuse a table whose first row is one Chinese cell above rows of term pairs with no header row, saying what it
    may be: a title ("小米高管", a sheet of Xiaomi's executives) or a term not yet translated ("雷军"); either way it
    was called an "unknown column" (the s32 review's R9, Chinese half). A title of Latin words is passed over
    (`header_index`)."""
    cells = [cell.strip() for cell in header if cell.strip()]
    if len(cells) != 1 or not has_cjk(cells[0]):
        return
    below = [cells for _, cells in rows]
    while below and sum(1 for cell in below[0] if cell.strip()) < 2:
        below = below[1:]  # more rows of one cell: the same question
    if not below or headerless_columns(below) is None:
        return
    raise FormatError(
        source,
        f"{cells[0]!r} stands alone above rows of term pairs with no header row: a title, or a term with no English "
        "yet? If a title, delete the row or put a header row (zh,en) under it; if a term, write its English beside "
        "it, or name the columns with --columns zh,en (nothing was imported)",
        header_at,
    )


def rows_to_entries(
    columns: list[str | None],
    rows: Iterable[tuple[int, list[str]]],
    source: str,
    *,
    trusted: bool = False,
    unescape: Callable[[str], str] | None = None,
) -> Iterator[Entry]:
    """`_rows_to_entries`, each entry marked with the fields the table's columns say (`said_by_columns`,
    `zhgloss.formats.says`), unless the table is zhgloss's own layout, which says every field."""
    from zhgloss.formats import said_fields, says

    entries = _rows_to_entries(columns, rows, source, trusted=trusted, unescape=unescape)
    if set(ENTRY_FIELDS) <= set(columns):
        yield from entries
        return
    said = said_by_columns(columns)
    # A row without Chinese is a draft for that reason alone (`row_to_entry`), whatever a draft column says.
    untranslated = said - {"draft"}
    for entry in entries:
        own = said_fields(entry)  # a row whose English is a proposal (`row_to_entry`) says no English
        fields = said if entry.zh is not None else untranslated
        if vars(entry).get(TYPED_BY_ROW):
            fields = fields | {"type"}
        if entry.en_adopted and "en_adopted" not in said:
            fields = fields | {"en_adopted"}  # an adopted English name, read so (`_judged_english`)
        yield says(entry, fields if own is None else fields & own)


def said_by_columns(columns: Sequence[str | None]) -> frozenset[str]:
    """The entry fields a table of `columns` (resolved) says: the fields they name, a language's status or
    forbidden-flag column saying forbidden forms and a labelled note column the note. A Chinese column says the
    entry's Chinese forms (a row's traditional zh is kept as zh_hant, its other forms as aliases), an English one
    its English forms; the type, a draft flag and the rest only where a column names them (a row's default type is
    the reader's, not the file's)."""
    fields: set[str] = set()
    for name in columns:
        if name is None or name == CONCEPT:
            continue
        if name == ROW_NUMBER:
            continue
        if name == OTHER_NAMES:
            fields |= {"aliases", "zh_aliases"}
        elif name.startswith(LABELLED_NOTE):
            fields.add("note")
            if _usage_column(ROW_STATUS, [name]):
                fields.add("forbidden")  # a Usage column's ban ("do not use": `_is_banning_usage`)
        elif _is_flag(name) or name in STATUS_OF.values() or name == ROW_STATUS:
            fields.add("forbidden")
        else:
            fields.add(name)
    if fields & {"zh", "zh_hant", "zh_aliases"}:
        fields |= {"zh", "zh_hant", "zh_aliases"}
    if fields & {"en", "aliases"}:
        fields |= {"en", "aliases"}
    return frozenset(fields)


def _rows_to_entries(
    columns: list[str | None],
    rows: Iterable[tuple[int, list[str]]],
    source: str,
    *,
    trusted: bool = False,
    unescape: Callable[[str], str] | None = None,
) -> Iterator[Entry]:
    """`_table_entries`, less the drafts without Chinese whose English another row translates
    (`without_repeated_drafts`)."""
    lines: dict[str, tuple[int, str | None]] = {}
    if not set(ENTRY_FIELDS) <= set(columns):  # zhgloss's own layout writes its forms as stored
        rows = in_running_case(columns, list(rows), source)
    entries = list(_table_entries(columns, rows, source, lines, trusted=trusted, unescape=unescape))
    yield from without_repeated_drafts(entries, lines, source)


CEDICT_CAPITALS_PATH = Path(__file__).resolve().parent.parent / "data" / "cedict_capitals.tsv"
_SMALL_WORDS = frozenset(
    ["of", "and", "the", "for", "in", "on", "at", "to", "by", "de", "du", "da", "von", "van", "der"]
)
"""Words a name in title case writes in lower case after its first word ("Bank of China", "Ursula von der Leyen")."""
_CAPITALS_WORD_RE = re.compile(r"[^\W\d_][\w&.'’-]*")


@functools.cache
def cedict_capitals() -> dict[str, str]:
    """data/cedict_capitals.tsv: a word in capitals -> the form CC-CEDICT's names write it in, where that form has
    capitals of its own (IBM, CITIC, Coca-Cola; scripts/build_cedict_capitals.py, CC BY-SA 4.0)."""
    out: dict[str, str] = {}
    with CEDICT_CAPITALS_PATH.open(encoding="utf-8") as fp:
        for line in fp:
            if line.startswith("#") or "\t" not in line:
                continue
            key, form = line.rstrip("\n").split("\t")
            out[key] = form
    return out


@functools.cache
def _legal_capitals() -> dict[str, str]:
    """A legal form's word in capitals -> its own form (LTD -> Ltd, PLC -> PLC, GMBH -> GmbH: `LEGAL_FORM_ENDINGS`)."""
    from zhgloss.index import LEGAL_FORM_ENDINGS

    return {word.upper(): word for ending in LEGAL_FORM_ENDINGS for word in ending.split()}


def _is_initialism(word: str) -> bool:
    """Tell whether `word`, in capitals and not listed by CC-CEDICT, reads as an initialism: four letters or fewer,
    no pinyin (LI, WANG, ANTA are) and no English word (AIR, BANK: `zhgloss.english_case.lower_words`): ZTE, CATL."""
    from zhgloss.english_case import lower_words
    from zhgloss.pinyin import cut_syllables

    lower = word.lower()
    return word.isalpha() and len(word) <= 4 and cut_syllables(lower) is None and lower not in lower_words()


def running_case(text: str) -> str:
    """`text`, English written in capitals, as running text writes it (the review's R48-23): each word capitalised
    ("TENCENT" -> "Tencent", "LI KA-SHING" -> "Li Ka-shing"), a name's small words after the first in lower case
    ("BANK OF CHINA" -> "Bank of China"), and a word that keeps capitals of its own kept so: as CC-CEDICT writes it
    (`cedict_capitals`: IBM, BYD, CITIC, Coca-Cola), as a legal form writes it (Ltd., PLC), or an initialism
    (`_is_initialism`: ZTE, CATL)."""
    known, legal = cedict_capitals(), _legal_capitals()
    first = True

    def cased(found: re.Match[str]) -> str:
        nonlocal first
        word, at_start = found.group(), first
        first = False
        core = word.rstrip(".")
        if core in known:
            return known[core] + word[len(core) :]
        if core in legal:
            return legal[core] + word[len(core) :]
        if not at_start and core.lower() in _SMALL_WORDS:
            return word.lower()
        if _is_initialism(core):
            return word
        return word.capitalize()

    return _CAPITALS_WORD_RE.sub(cased, text)


def in_running_case(
    columns: Sequence[str | None], rows: list[tuple[int, list[str]]], source: str
) -> list[tuple[int, list[str]]]:
    """`rows` with the English (en and aliases cells) of a sheet whose English column is in capitals throughout (two
    cells with letters or more, none in lower case) written as running text writes it (`running_case`), said once
    with the cells changed and the initialisms kept (the review's R48-23: 腾讯 "TENCENT" stored so, check holding
    translations to it). A column with any lower case is the sheet's own casing, kept (NIO beside "Tencent")."""
    at_en = [at for at, name in enumerate(columns) if name == "en"]
    if not at_en:
        return rows
    cells = [normalize(row[at]) for _, row in rows for at in at_en if at < len(row)]
    lettered = [cell for cell in cells if any(c.isalpha() for c in cell)]
    if (
        len(lettered) < 2
        or any(c.islower() for cell in lettered for c in cell)
        or not any(any(len(word) > 4 for word in _CAPITALS_WORD_RE.findall(cell)) for cell in lettered)
    ):
        return rows  # (a column of initialisms alone, "IBM", "BYD", is written as its names are)
    english = [at for at, name in enumerate(columns) if name in ("en", "aliases")]
    changed: list[tuple[str, str]] = []
    kept: list[str] = []
    out: list[tuple[int, list[str]]] = []
    for line, row in rows:
        row = list(row)
        for at in english:
            if at < len(row) and row[at] and not any(c.islower() for c in row[at]):
                cased = running_case(row[at])
                if cased != row[at]:
                    changed.append((normalize(row[at]), normalize(cased)))
                kept += [w for w in _CAPITALS_WORD_RE.findall(cased) if len(w) > 1 and w.isupper()]
                row[at] = cased
        out.append((line, row))
    if changed:
        shown = ", ".join(f"{a!r} -> {b!r}" for a, b in changed[:3])
        initialisms = ", ".join(dict.fromkeys(kept))
        _said(
            f"the English is written in capitals throughout ({count_of(len(changed), 'cell', 'cells')} changed): read "
            f"as running text writes names ({shown}{', ...' if len(changed) > 3 else ''})"
            + (f"; kept in capitals: {initialisms}" if initialisms else ""),
            source,
            rows[0][0],
        )
    return out


def without_repeated_drafts(
    entries: list[Entry], drafts: Mapping[str, tuple[int, str | None]], source: str
) -> list[Entry]:
    """`entries` less each draft without Chinese (its id in `drafts`, with its line and, for a row that copies its
    English into the Chinese column, what to say of it) whose English is an English form of an entry of the same
    file with Chinese; each draft said with its line, kept or passed over. A sheet lists a name twice, once translated
    ("马云,Jack Ma") and once not ("Jack Ma,Jack Ma", a CAT tool's copy of the source, or ",Jack Ma" under an English
    source): a second entry, with no Chinese, of a name the file translates is no entry to keep (brief item 4). A
    draft that says more (a note, aliases, roles, sources, a reference) is kept, and so is one of another type: a
    different thing of the same English name (乔丹,Jordan,person and ,Jordan,place: the country 约旦 to translate; the
    s32 review's R7)."""
    translated: dict[str, tuple[str, str]] = {}
    for entry in entries:
        if entry.zh is not None:
            for form in entry.en_forms:
                translated.setdefault(en_key(form), (entry.zh, entry.type))
    kept: list[Entry] = []
    for entry in entries:
        if entry.zh is not None or entry.id not in drafts:
            kept.append(entry)
            continue
        line, said = drafts[entry.id]
        zh, kind = translated.get(en_key(entry.en), (None, None))
        if (
            zh is None
            or kind != entry.type
            or any((entry.aliases, entry.note, entry.roles, entry.sources, entry.refers_to))
        ):
            if said:
                _said(f"{said}: imported as a draft without Chinese, to be translated", source, line)
            kept.append(entry)
            continue
        said = said or f"{entry.en!r} has no Chinese"
        _said(f"{said}, and the file gives it as the English of {zh!r}: passed over, no second entry", source, line)
    return kept


def _table_entries(
    columns: list[str | None],
    rows: Iterable[tuple[int, list[str]]],
    source: str,
    draft_lines: dict[str, tuple[int, str | None]],
    *,
    trusted: bool = False,
    unescape: Callable[[str], str] | None = None,
) -> Iterator[Entry]:
    """Build entries from numbered rows under `columns` (resolved); check each row's scripts unless `trusted`.

    A language's status column (`STATUS_OF`: Crowdin's "Status [en]") that bans the row's term of that language
    makes it a forbidden form with that status; a row whose English term is so banned names no entry of its own,
    and its forbidden forms go to the entry of the file whose Chinese (or, for a row without Chinese, English)
    the row gives (a row per term, as such exports list a concept's terms). Raise FormatError with the row's line
    for a row with more cells than columns, swapped scripts, an invalid entry, a repeated one, or a banned
    English term with no entry of its Chinese in the file. `draft_lines` gets the line of each draft without Chinese,
    by its id, and what a row that copies its English into the Chinese column (`untranslated_copy`) is to be told.
    """
    from zhgloss.formats import Refusals, UniqueEntries, bans_of_stored_read

    stored_bans: dict[str, tuple[int, list[dict[str, str]]]] = {}  # a ban of a Chinese form no entry of the file holds
    # zhgloss's own layout (every field named, as export writes it) held valid entries when written.
    ours = set(ENTRY_FIELDS) <= set(columns)
    trusted = trusted or ours
    ids = IdMaker()
    unique = UniqueEntries(source)
    # Another tool's "Forbidden" column of TRUE/FALSE (Matecat's, Phrase's, Lokalise's) flags the row's English
    # term, the target's, as forbidden: it is a status column, not a list of forbidden forms.
    flags = not ours and "forbidden" in columns
    term_flags = [(at, int((name or "").removeprefix(FLAG_OF))) for at, name in enumerate(columns) if _is_flag(name)]
    statuses = [c for c in (*STATUS_OF.values(), ROW_STATUS) if c in columns or _usage_column(c, columns)] + (
        ["forbidden"] if flags or term_flags else []
    )
    held: list[Entry] = []  # with status columns, every entry waits for the rows that ban its forms
    # With a concept column, the rows of one concept id are one entry, whatever each leaves blank; a row without an
    # id is a concept of its own (XTM's guide: a new row without an id is a new concept), never the row above's.
    by_concept = not ours and CONCEPT in columns
    concepts: dict[str, list[tuple[int, dict[str, str], str | None]]] = {}  # in the order the file first gives them
    row_concept: dict[int, str] = {}  # a banned or admitted row's concept id, by its line
    pending: tuple[Entry, int] | None = None  # without, each waits for the next row, which may be its synonym
    # The Glossary Converter's multi-line layout (cerebus.de/glossaryconverter, "Synonyms in multi-line format"):
    # a synonym gets a row of its own under its entry's, the source repeated or left blank. A row with an id of
    # its own is a record of its own. Only the source column is left blank so: a blank Chinese cell makes a row a
    # synonym when the Chinese is the file's source, its first term column; where the English comes first (a
    # Weblate glossary of an English project) a blank Chinese cell is a term not yet translated, never a synonym.
    multiline = not ours and ("zh" in columns or "zh_hant" in columns)
    chinese_first = multiline and _first_term_column(columns) in ("zh", "zh_hant")
    banned_rows: list[tuple[int, dict[str, str], list[dict[str, str]], int]] = []  # with the entry above's index
    admitted_rows: list[tuple[int, dict[str, str], list[str], int]] = []  # a concept's other accepted terms, a row each
    refused = Refusals()  # every bad row of the file is named, not the first alone
    for line, row in rows:
        try:
            if len(row) > len(columns):
                raise FormatError(
                    source,
                    f"{len(row)} cells, but the header names {count_of(len(columns), 'column', 'columns')}",
                    line,
                )
            cells: dict[str, str] = {}
            row, flagged = _flagged_terms(columns, row, term_flags)
            for name, cell in zip(columns, row, strict=False):
                if name == CONCEPT:
                    row_concept[line] = normalize(cell)
                    continue
                if _is_flag(name):
                    if not cell.strip() or _flag_word(cell) is not None:
                        continue
                    name = "forbidden"  # forms, not a flag: a list of forbidden forms, as zhgloss's own column holds
                if name is None:
                    continue
                text = unescape(cell) if unescape else cell
                if name == ROW_NUMBER:
                    refuse_row_number(text, source, line)
                    continue
                if not ours and ("&" in text or "<" in text):
                    text = _plain_text(text, name, source, line)
                if name == OTHER_NAMES:
                    for column, forms in other_names_cells(text).items():
                        cells[column] = _JOINED[column].join(t for t in (cells.get(column, ""), forms) if t.strip())
                    continue
                if not ours and name in _TERM_COLUMNS and "[" in text:
                    text = _without_footnote_marks(text, name, source, line)
                if name.startswith(LABELLED_NOTE) and _is_banning_usage(name, text):
                    name = ROW_STATUS  # "Usage: do not use" says the row's status, no note (user finding U33-30)
                elif name.startswith(LABELLED_NOTE) and "type" not in columns and (kind := _subject_kind(name, text)):
                    name, text = "type", kind  # "Concept Subject: Companies" is an org, as TBX's subjectField is
                elif name.startswith(LABELLED_NOTE):
                    name, text = "note", f"{name.removeprefix(LABELLED_NOTE)}: {text}" if text.strip() else ""
                if name in cells and name in _JOINED:
                    # Two note columns (memoQ's definitions, Weblate's two comments), two synonyms: one value.
                    text = _JOINED[name].join(t for t in (cells[name], text) if t.strip())
                cells[name] = text
            unwritten = False  # a Chinese cell of a placeholder: a term not yet translated, no synonym row
            if not ours:
                refuse_formula_errors(cells, source, line)
                unwritten = without_placeholders(cells, source, line, english_source=multiline and not chinese_first)
            if not ours and cells.get("type"):
                cells["type"] = table_type(cells["type"])  # 人名, 地名, Location ... (`TYPE_WORDS`)
            if ROW_STATUS in cells:
                _row_status(cells, source, line)
            copied = None if trusted else untranslated_copy(cells)
            copy_note = None
            if copied:
                # Not yet translated into Chinese: a draft without Chinese, as a row with its Chinese cell blank is.
                copy_note = (
                    f"zh {normalize(unneutralize(cells['zh']))!r} is the row's English copied into the Chinese column "
                    f"({copied}, which Chinese text writes in characters)"
                )
                cells["zh"] = ""
            zh_cell = normalize(unneutralize(cells.get("zh") or ""))
            if not ours and example_chinese(zh_cell):
                # A template's example row ("例：雷军", "e.g. Lei Jun": a Google Sheets glossary template's row 2)
                # is no term: passed over and said, as a title above the header is (user finding U32-22).
                _said(f"passed over {zh_cell!r}: a template's example row", source, line)
                continue
            if not ours and note_chinese(zh_cell) and not any(normalize(cells.get(c) or "") for c in ("en", "aliases")):
                # A note about the table in the Chinese column, alone ("说明：本表由编辑部整理", a footer: U33-20).
                _said(f"passed over {zh_cell!r}: a note about the table, no term", source, line)
                continue
            if not trusted:
                check_scripts(cells, source, line, synonym_cells=not ours)
            elif not ours:  # the columns given (--columns): each cell of its language, yet one name a cell
                check_punctuation(cells, source, line)
            for language, form in flagged:
                if language in STATUS_OF:  # the row's own term: banned as a status column bans it
                    cells[STATUS_OF[language]] = "forbidden"
                    cells[language] = form
                else:  # a synonym of the row's term
                    cells["forbidden"] = join_list([*split_list(cells.get("forbidden") or ""), form])
            if flags and _flag_word(cells.get("forbidden") or "") is not None and _flag_word(cells.pop("forbidden")):
                if normalize(unneutralize(cells.get("en") or "")):
                    cells[STATUS_OF["en"]] = "forbidden"
                else:
                    # A row with the Chinese term alone (Matecat's guide: "If the row only contains a term in one
                    # language, the term will be flagged as a forbidden word"): its Chinese is banned, never an
                    # accepted Chinese form of the entry above (user finding U33-8: 台湾总统 under 蔡英文).
                    for language in ("zh", "zh_hant"):
                        if normalize(unneutralize(cells.get(language) or "")):
                            cells[STATUS_OF[language]] = "forbidden"
            listed = _banned_synonyms(cells, source, line) if statuses else []
            admitted = _admitted_by_status(cells) if statuses else []
            banned = [*listed, *_banned_by_status(cells)] if statuses else []
            if banned:
                banned_rows.append((line, cells, banned, len(held) - 1))
                continue
            if admitted:
                admitted_rows.append((line, cells, admitted, len(held) - 1))
                continue
            if by_concept:
                concepts.setdefault(row_concept.get(line) or f"\0{line}", []).append((line, cells, copy_note))
                continue
            if cells.get("id"):
                ids.claim(cells["id"].strip(), cells.get("zh"))
            last = held[-1] if statuses and held else pending[0] if pending else None
            own_id = bool((cells.get("id") or "").strip())
            typed = bool(normalize(unneutralize(cells.get("type") or "")))
            english = normalize(unneutralize(cells.get("en") or "")) or normalize(
                unneutralize(cells.get("aliases") or "")
            )
            if multiline and not chinese_first and not own_id and last is not None and not english:
                # The English is the source and left blank: the row's Chinese is a synonym of the entry above.
                synonym = row_to_entry({**cells, "en": last.en, "id": last.id}, ids, source, line, theirs=not ours)
                if synonym.zh is not None and _says_nothing_of_its_own(synonym, last.type, None, typed):
                    merged = _with_chinese_synonym_row(last, synonym, source, line)
                    if statuses:
                        held[-1] = merged
                    else:
                        pending = (merged, pending[1]) if pending else None
                    continue
            # Where the Chinese is the source (or the file has no order), a row whose English is blank is not yet
            # translated: a draft with a proposal (`row_to_entry`); under an English source it is refused below.
            entry = row_to_entry(
                cells, ids, source, line, theirs=not ours, proposes=not (multiline and not chinese_first)
            )
            if entry.zh is None and entry.draft and not ours:  # zhgloss's own export keeps what the glossary held
                draft_lines[entry.id] = (line, copy_note)
            if typed and "type" not in columns:
                object.__setattr__(entry, TYPED_BY_ROW, True)  # by its subject cell: said, as a type column says it
            if copied or unwritten:
                pass  # no synonym row: its Chinese cell was not left blank
            elif (
                chinese_first and not own_id and (last is None or last.zh is None) and _is_orphan_synonym(entry, typed)
            ):
                raise FormatError(
                    source,
                    f"{entry.en!r} has no Chinese and no entry with Chinese above it, but a row whose Chinese is blank "
                    "is a synonym of the entry above it (the multi-line layout); write its Chinese, or move it under "
                    "its entry (nothing was imported)",
                    line,
                )
            if (
                multiline
                and not own_id
                and not copied
                and not unwritten
                and last is not None
                and _continues(last, entry, chinese_first, typed)
            ):
                merged = _with_synonym_row(last, entry, source, line)
                if statuses:
                    held[-1] = merged
                else:
                    pending = (merged, pending[1]) if pending else None
                continue
            if statuses:
                held.append(unique.check(entry, line))
            else:
                # The next row's entry waits before the last is checked: a refused one is named once, and the rows
                # after it are still read (two pairs of namesakes were named as the first pair twice).
                previous, pending = pending, (entry, line)
                if previous:
                    yield unique.check(*previous)
        except FormatError as exc:
            refused.add(exc)
    concept_at: dict[str, int] = {}  # a concept id -> its entry's index in `held`
    for concept, concept_rows in concepts.items():
        try:
            entry, line = _concept_entry(concept_rows, ids, source, draft_lines)
            held.append(unique.check(entry, line))
            concept_at[concept] = len(held) - 1
        except FormatError as exc:
            refused.add(exc)
    if pending:
        try:
            yield unique.check(*pending)
        except FormatError as exc:
            refused.add(exc)
    refused.raise_any()
    where = _Holders(held)
    for line, cells, admitted, above in admitted_rows:
        if row_concept.get(line) in concept_at:  # a concept's other accepted term, its row naming the concept
            _admit(held, where, concept_at[row_concept[line]], cells, admitted, source, line)
            continue
        if _with_admitted_row(held, where, cells, admitted, source, line):
            continue
        others = (c for c in _TERM_COLUMNS if c not in admitted)
        if multiline and above >= 0 and not any(normalize(unneutralize(cells.get(c) or "")) for c in others):
            # An admitted term alone, under its concept's row (Crowdin's layout, as a banned one is below): that
            # entry's alias (user finding U30-26: "Weixin" under WeChat's row became an entry without Chinese).
            _admit(held, where, above, cells, admitted, source, line)
            continue
        held.append(unique.check(row_to_entry(cells, ids, source, line, theirs=not ours), line))
        where.add(len(held) - 1, held[-1])
    for line, cells, banned, above in banned_rows:
        try:
            if row_concept.get(line) in concept_at:  # a concept's ban: that concept's, whatever the row holds
                _ban_forms(held, concept_at[row_concept[line]], banned, source, line)
                continue
            if _with_banned_row(held, where, cells, banned, source, line):
                continue
            alone = not any(normalize(unneutralize(cells.get(c) or "")) for c in _TERM_COLUMNS)
            if multiline and above >= 0 and alone and not flags:
                # A row of banned forms alone, under its entry's (the multi-line layout): that entry's forbidden forms.
                _ban_forms(held, above, banned, source, line)
                continue
            chinese = normalize(unneutralize(cells.get("zh") or cells.get("zh_hant") or ""))
            if (
                chinese
                and bans_of_stored_read()
                and not normalize(unneutralize(cells.get("en") or ""))
                and not row_concept.get(line)
                and not (alone and flags)
            ):
                # A "Do not use" sheet sent on its own: the entry it bans a rendering of is the glossary's, which
                # `import_documents` finds by the Chinese, or refuses the row (B49-16).
                stored_bans.setdefault(chinese, (line, []))[1].extend(banned)
                continue
            if not normalize(unneutralize(cells.get("en") or "")):
                raise FormatError(source, _unheld_ban(banned, row_concept.get(line), alone and flags), line)
            cells["forbidden"] = join_list(
                [*split_list(cells.get("forbidden") or ""), *(f"{b['form']} [{b['status']}]" for b in banned)]
            )
            held.append(unique.check(row_to_entry(cells, ids, source, line, theirs=not ours), line))
            where.add(len(held) - 1, held[-1])
        except FormatError as exc:
            refused.add(exc)
    refused.raise_any()
    yield from held
    for chinese, (line, banned) in stored_bans.items():
        yield ban_of_stored(chinese, banned, line)


def ban_of_stored(zh: str, banned: list[dict[str, str]], line: int) -> Entry:
    """The entry a reader yields for a row at `line` banning forms (`banned`: form, status) of Chinese `zh` that no
    entry of its file holds: the stored entry's, which `zhgloss.formats.import_documents` gives the forbidden forms
    to (`BAN_OF_STORED`), or refuses with the line where the glossary holds none. Its English is a placeholder,
    never stored. Raise FormatError for a ban of an invalid form."""
    from zhgloss.formats import BAN_OF_STORED_MARK
    from zhgloss.model import ForbiddenForm

    forms = list({b["form"]: ForbiddenForm(b["form"], b["status"]) for b in banned}.values())
    try:
        entry = Entry(id=slugify(zh) or "ban", zh=zh, en=zh, forbidden=tuple(forms))
    except InvalidEntryError as exc:
        raise FormatError("<input>", f"invalid entry: {exc}", line) from None
    object.__setattr__(entry, "_place", ("", line))
    object.__setattr__(entry, BAN_OF_STORED_MARK, True)
    return entry


def _unheld_ban(banned: list[dict[str, str]], concept: str | None, flagged_alone: bool) -> str:
    """What is wrong with a row whose banned forms (`banned`) no entry of the file holds, and what to do: the row of a
    concept (`concept`, its id) no row of which gives a term to accept; a term alone on a row flagged Forbidden
    (`flagged_alone`: Matecat's "forbidden word any time it appears in the target language, regardless of the
    content of the source", guides.matecat.com), which names no entry, where the rows of the file are no concept's
    synonyms (the s47 review's R47-15: such rows were hung on the entry above, 赖清德 banning "Taiwan
    Semiconductor"); else a row with no English."""
    said = ", ".join(f"{b['form']!r} ({b['status'].replace('_', ' ')})" for b in banned)
    kept = "zhgloss keeps a ban on the entry whose form it replaces"
    if concept:
        return (
            f"the row bans {said} for concept {concept!r}, and no row of that concept gives a term to accept; {kept}: "
            "give the row that entry's concept id, or drop it"
        )
    if flagged_alone and any(has_cjk(b["form"]) for b in banned):
        return (
            f"the row bans {said} alone, with no term of an entry beside it (in Matecat's layout, a word banned in "
            f"every translation); {kept}: drop the row, and add the form to that entry's forbidden forms after the "
            'import (zhgloss edit ID: "forbidden" in its JSON)'
        )
    if flagged_alone:
        return (
            f"the row bans {said} alone, with no term of an entry beside it (in Matecat's layout, a word banned in "
            f"every translation); {kept}: write the Chinese of the entry it is a wrong English for beside it on the "
            "row, or drop the row"
        )
    return (
        f"the row bans {said}, and no row of the file gives that concept an English form to write; add that row, or "
        "drop this one"
    )


_CHARACTER_REFERENCE_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_MARKUP_RE = re.compile(
    r"</?(?:b|i|u|s|em|strong|span|font|sup|sub|small|big|mark|code|a|p|div|br|hr|img)\b[^<>]*/?>", re.IGNORECASE
)


def _plain_text(text: str, column: str, source: str, line: int) -> str:
    """A cell of a sheet copied from a web page or exported by a web tool, as text: its HTML character references
    decoded ("Procter &amp; Gamble" -> "Procter & Gamble", &nbsp; a space, &#38; "&") and its inline markup taken off
    ("<b>Xiaomi</b>" -> "Xiaomi"), said with the line. Before a cell is split at ";" into synonyms: "&amp;" was cut
    into "Procter &amp" and an alias "Gamble", and "<b>Xiaomi</b>" stored as the English (user finding U33-21)."""
    import html

    plain = text
    if _CHARACTER_REFERENCE_RE.search(plain):
        plain = html.unescape(plain).replace("\u00a0", " ")
    if _MARKUP_RE.search(plain):
        plain = _MARKUP_RE.sub("", plain)
    if plain != text:
        _said(
            f"{column} {text.strip()!r} read as {plain.strip()!r}: HTML in a cell is no part of the term", source, line
        )
    return plain


_FOOTNOTE_MARK_RE = re.compile(r"\[(?:\d{1,3}|[a-z]|注 ?\d{1,3}|note \d{1,3}|citation needed)\]$")


def _without_footnote_marks(text: str, column: str, source: str, line: int) -> str:
    """A term cell of a table copied from Wikipedia without its footnote marks ("Lei Jun[1]", 雷军[注 1]), said with the
    line: stored, "Lei Jun[1]" was the English annotate glossed and check demanded (user finding U34-16). The marks
    are taken off the end one at a time, the spaces stripped apart (R14: spaces in the pattern were quadratic)."""
    plain = text.rstrip()
    while (mark := _FOOTNOTE_MARK_RE.search(plain)) is not None:
        plain = plain[: mark.start()].rstrip()
    if plain != text.rstrip() and plain.strip():
        said = f"{column} {text.strip()!r} read as {plain.strip()!r}: a footnote mark is no part of the term"
        _said(said, source, line)
        return plain
    return text


_USAGE_LABELS = ("usage", "用法")


def _usage_column(status: str, columns: Sequence[str | None]) -> bool:
    """Tell whether `status` is the row's status column and `columns` have a "Usage" column (labelled) for it."""
    return status == ROW_STATUS and any(
        c and c.startswith(LABELLED_NOTE) and c.removeprefix(LABELLED_NOTE).strip().lower() in _USAGE_LABELS
        for c in columns
    )


_SUBJECT_LABEL_WORDS = frozenset(["subject", "domain", "subjectfield"])


TYPED_BY_ROW = "_typed_by_row"
"""The mark (no field) of an entry whose type its row's subject cell names (`_subject_kind`: "People"): the type is
then said, as a type column says it, and the row is judged as a row of that type is (frm s47's leftover: "马云,Ma
Yin,People" was retyped `name` without a word, as a default type is, where a person's slip is said and kept)."""


def _subject_kind(name: str, text: str) -> str | None:
    """The zhgloss type a labelled subject column's cell names (Crowdin's "Concept Subject", memoQ's Subject,
    Matecat's Domain: "Companies", "People", "Persons"), read as TBX's subjectField is
    (`zhgloss.formats.tbx.subject_type`); None for a domain that names no type ("Politics", kept in the note).
    User finding U33-12: a Crowdin sheet's "Concept Subject" Companies left 小米 typed name."""
    from zhgloss.formats.tbx import subject_type

    words = set(re.findall(r"[a-z]+", name.removeprefix(LABELLED_NOTE).lower()))
    if not words & _SUBJECT_LABEL_WORDS or not text.strip():
        return None
    return subject_type(normalize(text))


def _is_banning_usage(name: str, text: str) -> bool:
    """Tell whether a labelled column's cell is a "Usage" column's ban ("Usage" / "do not use", "forbidden"): the
    row's status, which kept as the note left the banned term an accepted one."""
    from zhgloss.formats.tbx import banned_status

    label = name.removeprefix(LABELLED_NOTE).strip().lower()
    return label in _USAGE_LABELS and banned_status(_STATUS_MARKS_RE.sub("", normalize(text))) is not None


_STATUS_MARKS_RE = re.compile(r"^[^\w]+")
# A hand-made sheet's status words in Chinese that `zhgloss.formats.tbx.banned_status` does not read (it reads 禁用,
# 不推荐 ...): as the English status word they mean.
_CHINESE_STATUS_WORDS = {
    **dict.fromkeys(["推荐", "推薦", "首选", "首選", "优先", "優先", "可用", "通过", "通過", "已批准"], "preferred"),
    **dict.fromkeys(["不要用", "勿用", "不得使用", "不可用", "不用", "禁止使用", "不准用"], "forbidden"),
}


def _row_status(cells: dict[str, str], source: str, line: int) -> None:
    """Give a row's status of no language (`ROW_STATUS`) to its English term, or where it has none to its Chinese,
    as that language's status column would ("Forbidden", "❌ Do not use", 禁用, TRUE: a forbidden form); a status
    zhgloss does not know is said with the line, the term kept as accepted."""
    from zhgloss.formats.tbx import is_known_status

    said = _STATUS_MARKS_RE.sub("", normalize(cells.pop(ROW_STATUS) or ""))  # "✅ Approved", "❌ Do not use"
    said = _CHINESE_STATUS_WORDS.get(said, said)
    if not said:
        return
    language = next((c for c in ("en", "zh", "zh_hant") if normalize(unneutralize(cells.get(c) or ""))), None)
    if language is None:
        return
    if not is_known_status(said) and _flag_word(said) is None:
        _said(f"status {said!r} is no status zhgloss knows: the row's term is kept as accepted", source, line)
        return
    cells.setdefault(STATUS_OF[language], said)


def _first_term_column(columns: Sequence[str | None]) -> str | None:
    """The first of a table's columns that holds a term (zh, zh_hant or en): the file's source language."""
    return next((c for c in columns if c in ("zh", "zh_hant", "en")), None)


def _continues(last: Entry, entry: Entry, chinese_first: bool, typed: bool) -> bool:
    """Tell whether `entry`, read from the row under `last`'s, is a synonym row of `last` (multi-line layout).

    It is when it repeats `last`'s Chinese, or leaves the Chinese blank where the Chinese is the file's source
    (`chinese_first`), and says nothing of its own but English forms and a note: no other type, pinyin, roles,
    sources or references (another thing of the same Chinese name with a life of its own stays an entry, and
    is refused as a second entry of that Chinese).
    """
    if entry.zh is not None and (entry.zh, entry.zh_hant) != (last.zh, last.zh_hant or entry.zh_hant):
        return False
    if entry.zh is None and (not chinese_first or last.zh is None):
        return False
    if _describes_another(last, entry):
        return False
    return _says_nothing_of_its_own(entry, last.type, last.pinyin, typed)


def _describes_another(last: Entry, entry: Entry) -> bool:
    """Tell whether a row under `last`'s that repeats its Chinese describes another thing of that name: both rows'
    notes say who each is (`is_role`: "NIO founder", "former minister of health") and say it differently. Read as a
    synonym row, 李斌 Li Bin "former minister of health" became an alias of 李斌 William Li "NIO founder", one person
    made of two without a word (the s48 review's R48-12); apart, the two rows are refused, naming both, as two rows of
    one Chinese far apart are (`zhgloss.formats.UniqueEntries`). A synonym row's note on its form ("Wade-Giles
    spelling", "used in Taiwan") or the same note again keeps it a synonym."""
    if not (last.note and entry.note) or entry.note in last.note.split("; "):
        return False
    first = last.note.split("; ")[0]
    return is_role(first.split(": ")[-1]) and is_role(entry.note.split(": ")[-1])


def _says_nothing_of_its_own(entry: Entry, kind: str, pinyin: str | None, typed: bool) -> bool:
    """Tell whether a row's `entry` gives nothing but forms and a note: no type of its own (`typed`: the row has a
    type cell) other than `kind`, no other pinyin than `pinyin`, no roles, sources or references."""
    return (
        (entry.type == kind or not typed)
        and entry.pinyin in (None, pinyin)
        and not entry.roles
        and not entry.sources
        and entry.refers_to is None
    )


def _is_orphan_synonym(entry: Entry, typed: bool) -> bool:
    """Tell whether `entry` has the shape of a synonym row (no Chinese, nothing of its own: `_continues`)."""
    return entry.zh is None and _says_nothing_of_its_own(entry, DEFAULT_TYPE, None, typed)


def _with_synonym_row(last: Entry, entry: Entry, source: str, line: int) -> Entry:
    """`last` with the English forms, forbidden forms and note of its synonym row `entry` added."""
    aliases = [f for f in entry.en_forms if f not in last.en_forms]
    note = "; ".join(n for n in dict.fromkeys((last.note, entry.note)) if n)
    try:
        return last.replace(
            aliases=(*last.aliases, *aliases),
            forbidden=(*last.forbidden, *(f for f in entry.forbidden if f.form not in last.forbidden_forms)),
            note=note or None,
        )
    except InvalidEntryError as exc:
        raise FormatError(source, f"invalid entry: {exc}", line) from None


def _with_chinese_synonym_row(last: Entry, synonym: Entry, source: str, line: int) -> Entry:
    """`last` with the Chinese forms and note of its synonym row (the English source left blank) added: the form
    that writes `last`'s zh in traditional characters is its zh_hant if it has none, the others Chinese aliases."""
    from zhgloss.formats.tbx import is_traditional_of

    forms = [f for f in synonym.zh_forms if f not in last.zh_forms]
    hant = last.zh_hant
    if hant is None and last.zh is not None:
        english = [last.en, *last.aliases]
        hant = next((f for f in forms if is_traditional_of(last.zh, f, last.type, english)), None)
    note = "; ".join(n for n in dict.fromkeys((last.note, synonym.note)) if n)
    try:
        return last.replace(
            zh_hant=hant, zh_aliases=(*last.zh_aliases, *(f for f in forms if f != hant)), note=note or None
        )
    except InvalidEntryError as exc:
        raise FormatError(source, f"invalid entry: {exc}", line) from None


_ENGLISH_CELLS, _CHINESE_CELLS = ("en", "aliases"), ("zh", "zh_hant", "zh_aliases")


def _gives(cells: Mapping[str, str], names: Sequence[str]) -> bool:
    """Tell whether a row's `cells` give a form in any of the columns `names`."""
    return any(normalize(unneutralize(cells.get(name) or "")) for name in names)


def _concept_entry(
    rows: list[tuple[int, dict[str, str], str | None]],
    ids: IdMaker,
    source: str,
    draft_lines: dict[str, tuple[int, str | None]],
) -> tuple[Entry, int]:
    """The entry of one concept's rows (each its line, its cells less the terms a status banned, and what to say of a
    copied English: `_table_entries`), and the line it is read at; raise FormatError with a row's line.

    A termbase exported a row per term (Phrase's concept_id, memoQ's Entry_ID, "Concept ID") repeats the concept's id
    on each row and leaves blank what a row does not hold: the English of a Chinese synonym's row, the Chinese of an
    English synonym's. The entry is read from the first row giving both an English and a Chinese term, else from the
    first row with its blank cells filled from the first row that gives the language it lacks (a term a row: Foxconn,
    then 鴻海); every other row adds its English forms as aliases, its Chinese as the traditional form or Chinese
    aliases (`_with_chinese_synonym_row`), its forbidden forms, note and sources. A concept with no English is a draft
    whose English is a proposal, one with no Chinese a draft to translate, as such a row alone is. A row that gives
    the concept another type is refused: one concept is one thing.
    """
    from zhgloss.formats import said_fields

    at = next(
        (n for n, (_, cells, _) in enumerate(rows) if _gives(cells, _ENGLISH_CELLS) and _gives(cells, _CHINESE_CELLS)),
        0,
    )
    line, cells, copy_note = rows[at]
    cells = dict(cells)
    others = [row for n, row in enumerate(rows) if n != at]
    lacks = next((names for names in (_CHINESE_CELLS, _ENGLISH_CELLS) if not _gives(cells, names)), None)
    partner = next((row for row in others if lacks and _gives(row[1], lacks)), None)
    if partner is not None:
        others.remove(partner)
        for name, text in partner[1].items():
            if not normalize(unneutralize(cells.get(name) or "")):
                cells[name] = text
            elif name in _JOINED and normalize(text) and normalize(text) != normalize(cells[name]):
                cells[name] = _JOINED[name].join((cells[name], text))
    entry = row_to_entry(cells, ids, source, line, proposes=not _gives(cells, _ENGLISH_CELLS))
    if entry.zh is None and entry.draft:
        draft_lines[entry.id] = (line, copy_note)
    said = said_fields(entry)
    for other_line, other, _ in others:
        if _gives(other, _ENGLISH_CELLS):
            synonym = row_to_entry(other, ids, source, other_line)
        elif _gives(other, _CHINESE_CELLS):
            synonym = row_to_entry({**other, "en": entry.en, "id": entry.id}, ids, source, other_line)
        else:
            synonym = entry.replace(note=normalize(other.get("note") or "") or None, aliases=(), zh_aliases=())
        if normalize(other.get("type") or "") and synonym.type != entry.type:
            raise FormatError(
                source,
                f"the row is of the concept of line {line} ({entry.en!r}), but types it {synonym.type!r}, not "
                f"{entry.type!r}: one concept is one thing; make its rows agree, or give the row a concept id of "
                "its own",
                other_line,
            )
        entry = _placed_as(entry, _with_concept_row(entry, synonym, source, other_line))
    if said is not None:
        from zhgloss.formats import says

        entry = says(entry, said)  # a proposed English stays unsaid (`row_to_entry`)
    return entry, line


def _with_concept_row(entry: Entry, synonym: Entry, source: str, line: int) -> Entry:
    """`entry` with the forms of another row of its concept (`synonym`, read as an entry) added: English forms as
    aliases, Chinese ones as its traditional form or Chinese aliases, forbidden forms, the note's parts it lacks and
    the sources."""
    merged = _with_synonym_row(entry, synonym, source, line)
    if synonym.zh is not None and entry.zh is not None:
        merged = _with_chinese_synonym_row(merged, synonym, source, line)
    parts = [part for note in (entry.note, synonym.note) if note for part in note.split("; ")]
    try:
        return merged.replace(
            note="; ".join(dict.fromkeys(parts)) or None,
            sources=tuple(dict.fromkeys((*entry.sources, *synonym.sources))),
        )
    except InvalidEntryError as exc:
        raise FormatError(source, f"invalid entry: {exc}", line) from None


def _is_flag(name: str | None) -> bool:
    return name is not None and name.startswith(FLAG_OF)


def _flagged_terms(
    columns: Sequence[str | None], row: list[str], term_flags: list[tuple[int, int]]
) -> tuple[list[str], list[tuple[str, str]]]:
    """The row without the terms its per-term Forbidden flags ban, and those terms as (column, form)."""
    flagged: list[tuple[str, str]] = []
    for flag_at, term_at in term_flags:
        if flag_at < len(row) and term_at < len(row) and _flag_word(row[flag_at]) and row[term_at].strip():
            if not flagged:
                row = list(row)
            flagged.append((columns[term_at] or "", row[term_at]))
            row[term_at] = ""
    return row, flagged


def _banned_synonyms(cells: dict[str, str], source: str, line: int) -> list[dict[str, str]]:
    """Pair a language's list of statuses with the synonyms of its term cell, in order, and ban those whose status
    bans (`zhgloss.formats.tbx.banned_status`); raise FormatError with `line` where the two lists differ in length.

    The Glossary Converter flattens a MultiTerm term field into Excel as one value a synonym, joined as the terms are
    ("鴻海|鴻海精密|富士康" beside "Preferred|Admitted|Deprecated": cerebus.de/glossaryconverter, "Separators"). Read
    as one status, every synonym was banned (the s47 review's R47-19: the entry lost its Chinese, a draft, exit 0).
    The banned synonyms of a cell that keeps others go to the row's forbidden forms and the row stays its entry's,
    the preferred one first; where every synonym is banned they are returned, as a banned row's terms are
    (`_banned_by_status`). A status column holding no list is left to `_banned_by_status`."""
    from zhgloss.formats.tbx import banned_status

    returned: list[dict[str, str]] = []
    for language, column in STATUS_OF.items():
        parts = (cells.get(column) or "").split("; ")  # a status column and a flag of one language (`_JOINED`)
        listed = next((part for part in parts if _OTHER_SEPARATORS.search(part.strip())), None)
        if listed is None:
            continue
        statuses = [normalize(status) for status in _OTHER_SEPARATORS.split(listed.strip())]
        text = unneutralize(cells.get(language) or "")
        forms = split_synonyms(text, language) if normalize(text) else []
        if len(forms) != len(statuses):
            raise FormatError(
                source,
                f"{language} status {normalize(listed)!r} gives {count_of(len(statuses), 'status', 'statuses')} for "
                f"{count_of(len(forms), 'term', 'terms')} ({normalize(text)!r}): a term field lists one value a "
                "synonym, in the synonyms' order (the Glossary Converter's layout); make the two lists agree",
                line,
            )
        said = [
            (form, banned_status(status) or ("forbidden" if _flag_word(status) else None), status.lower())
            for form, status in zip(forms, statuses, strict=True)
        ]
        # The kept synonyms, the preferred one first (the row's English or Chinese), the others in their order.
        kept = [form for form, bans, status in said if not bans and status == "preferred"]
        kept += [form for form, bans, status in said if not bans and status != "preferred"]
        bans = [{"form": normalize(form), "status": bans} for form, bans, _ in said if bans]
        cells[column] = "; ".join(part for part in parts if part is not listed)
        cells[language] = "|".join(kept)
        if kept:
            listed_bans = (f"{b['form']} [{b['status']}]" for b in bans)
            cells["forbidden"] = join_list([*split_list(cells.get("forbidden") or ""), *listed_bans])
        else:
            returned += bans
    return returned


def _banned_by_status(cells: dict[str, str]) -> list[dict[str, str]]:
    """Take the terms a row's status columns ban out of `cells`; return them as forbidden forms with their status.

    A cell of several synonyms (`split_synonyms`) bans each of them."""
    from zhgloss.formats.tbx import banned_status

    banned: list[dict[str, str]] = []
    for language, column in STATUS_OF.items():
        # A language's Forbidden flag (Phrase's en_forbidden: TRUE) is read as its status column; a status column
        # and a flag of one language are joined with "; " (`_JOINED`: Phrase's en_status and en_forbidden), and
        # the term is banned by the first part that bans it.
        status = None
        for said in (cells.pop(column, "") or "").split("; "):
            # Weblate's flags: "forbidden,terminology" bans as "forbidden" does.
            words = (banned_status(word) for word in re.split(r"[,\s]+", said) if word) if "," in said else iter(())
            status = (
                banned_status(said) or ("forbidden" if _flag_word(said) else None) or next(filter(None, words), None)
            )
            if status:
                break
        form = unneutralize(cells.get(language) or "")
        if status and normalize(form):
            banned += [{"form": normalize(part), "status": status} for part in split_synonyms(form, language)]
            cells[language] = ""
    return banned


SYNONYM_SEPARATORS = re.compile(r"[|;\uff1b\u241e]\s*|\r?\n")
"""What separates synonyms written in one term cell: "|" (the Glossary Converter's default for a MultiTerm
termbase flattened into Excel, cerebus.de/glossaryconverter "Separators": Term|Synonym; memoQ's import asks
for the character, "Split alternatives in field by"), ";" and full-width "；", U+241E (Across writes several
values of a field so), and a line break in the cell (the converter's "|\n"). Never a comma: it stands inside
English names ("Martin Luther King, Jr.", "Tianjin, China") and Chinese lists of one term (中、日、韩). The spaces
around a separator are stripped from the parts, not matched: matched, a long run of spaces was quadratic (the
reviewer's R14: a 100 KB cell of spaces took 91 s before its length was refused)."""
_SYNONYM_LIST = {"en": "aliases", "zh": "zh_aliases", "zh_hant": "zh_aliases"}
_OTHER_SEPARATORS = re.compile(r"[|\u241e]|\r?\n")
"""The `SYNONYM_SEPARATORS` other than ";" (which `split_list` splits at)."""


def split_synonyms(text: str, column: str) -> list[str]:
    """Split a term cell of `column` (en, zh, zh_hant) into the synonyms written in it (`SYNONYM_SEPARATORS`).

    The cell is split only where its shape says it holds several terms: every part is a form of the
    column's language by script (Chinese characters in a zh part, none alone in an en part) and none is
    empty. Otherwise the cell is one term, returned whole ("AT|T" is no list if a part is blank; a Chinese
    part in an English cell means a note, not a synonym).
    """
    parts = [normalize(part) for part in SYNONYM_SEPARATORS.split(text.strip())]
    if len(parts) < 2 or not all(parts):
        return [text]
    problem = zh_script_problem if column in ("zh", "zh_hant") else en_script_problem
    if any(problem(part) for part in parts):
        return [text]
    return list(dict.fromkeys(parts))


def _row_zh(cells: Mapping[str, str]) -> str | None:
    """A row's Chinese (zh, else zh_hant), normalized, or None."""
    return normalize(unneutralize(cells.get("zh") or cells.get("zh_hant") or "")) or None


def _row_kind(cells: Mapping[str, str]) -> str | None:
    """A row's type as written, normalized, or None (untyped)."""
    return normalize(unneutralize(cells.get("type") or "")) or None


def with_synonyms_split(cells: Mapping[str, str]) -> dict[str, str]:
    """`cells` with each term cell of several synonyms cut to its first, the others added to the aliases of its
    language (en's to aliases, Chinese to zh_aliases): another tool's row "Jack Ma; Ma Yun" | "马云|马老师"; and an
    English cell of several names of one thing joined by "or", a slash or a comma (`joined_english`) cut so too."""
    out = dict(cells)
    for column in ("zh", "zh_hant"):
        parts = [normalize(part) for part in unneutralize(out.get(column) or "").split("/")]
        bracketed = _BRACKETED_RE.fullmatch(parts[0]) if len(parts) == 1 else None
        if bracketed:  # "周杰伦（周杰倫）": the same, in brackets (review finding R11)
            parts = [part.strip() for part in bracketed.groups()]
        if len(parts) > 1 and all(has_cjk(part) for part in parts) and _one_name_in_both_scripts(parts):
            # "马云/馬雲": one name in both scripts (a sheet for both markets); zh_hant comes from the alias.
            out[column] = parts[0]
            out["zh_aliases"] = join_list([*split_list(normalize(out.get("zh_aliases") or "")), *parts[1:]])
    english = normalize(unneutralize(out.get("en") or ""))
    joined = None if SYNONYM_SEPARATORS.search(english) else joined_english(english, _row_zh(out), _row_kind(out))
    if joined:
        out["en"] = joined[1][0]
        out["aliases"] = join_list([*joined[1][1:], *split_list(normalize(out.get("aliases") or ""))])
    for column, aliases in _SYNONYM_LIST.items():
        text = out.get(column)
        if not text or not SYNONYM_SEPARATORS.search(text):
            continue
        parts = split_synonyms(unneutralize(text), column)  # before normalize, which makes a line break a space
        if parts != [unneutralize(text)]:  # split, if only into one term written twice ("蔡英文;蔡英文")
            out[column] = parts[0]
            out[aliases] = join_list([*split_list(normalize(out.get(aliases) or "")), *parts[1:]])
    return out


def _admitted_by_status(cells: dict[str, str]) -> list[str]:
    """The languages (columns) whose status column in this row says admitted: the row lists another accepted term
    of a concept (Crowdin's "admitted", beside the "preferred" row of the same concept). A Chinese column without a
    status column of its own (Crowdin's "Term [zh-TW]" beside "Status [zh-CN]") holds the same term in the other
    script: it is admitted with it (user U35-12: the row was refused, "the English form (en) is empty")."""
    admitted = [
        language
        for language, column in STATUS_OF.items()
        if (cells.get(column) or "").strip().lower().startswith("admitted")
        and normalize(unneutralize(cells.get(language) or ""))
    ]
    for language, other in (("zh", "zh_hant"), ("zh_hant", "zh")):
        if (
            other in admitted
            and language not in admitted
            and STATUS_OF[language] not in cells
            and normalize(unneutralize(cells.get(language) or ""))
        ):
            admitted.append(language)
    return admitted


def _with_admitted_row(
    entries: list[Entry], where: _Holders, cells: dict[str, str], admitted: list[str], source: str, line: int
) -> bool:
    """Give the admitted terms of a row to the entry that holds the row's other term (its Chinese, else its English)
    as aliases; tell whether there was such an entry."""
    forms = {c: normalize(unneutralize(cells.get(c) or "")) for c in ("zh", "zh_hant", "en")}
    keys = [where.zh[forms[c]] for c in ("zh", "zh_hant") if c not in admitted and forms[c] in where.zh]
    if not keys and "en" not in admitted and forms["en"] in where.en:
        keys = [where.en[forms["en"]]]
    if not keys:
        return False
    _admit(entries, where, min(keys), cells, admitted, source, line)
    return True


def _admit(
    entries: list[Entry], where: _Holders, at: int, cells: dict[str, str], admitted: list[str], source: str, line: int
) -> None:
    """Add the admitted terms of the row at `line` (its `admitted` languages' cells) to `entries[at]` as aliases."""
    forms = {c: normalize(unneutralize(cells.get(c) or "")) for c in ("zh", "zh_hant", "en")}
    entry = entries[at]
    english = [forms["en"]] if "en" in admitted and forms["en"] not in entry.en_forms else []
    chinese = [forms[c] for c in ("zh", "zh_hant") if c in admitted and forms[c] and forms[c] not in entry.zh_forms]
    try:
        entries[at] = _placed_as(
            entry, entry.replace(aliases=(*entry.aliases, *english), zh_aliases=(*entry.zh_aliases, *chinese))
        )
    except InvalidEntryError as exc:
        raise FormatError(source, f"invalid entry: {exc}", line) from None
    where.add(at, entries[at])


def _placed_as(entry: Entry, changed: Entry) -> Entry:
    """`changed`, a copy of `entry` with a row's forms added, marked with the place `entry` was read at (`PLACE`),
    which `Entry.replace` does not copy: a reader marks every entry or none, and an import of a table whose first
    entry got a banned form from a later row stopped with "place:: is not a field of an entry" (exit 2)."""
    if "_place" in vars(entry):
        object.__setattr__(changed, "_place", vars(entry)["_place"])
    return changed


class _Holders:
    """Where each Chinese and each English form of a list of entries is first held (its index), to find the entry a
    banned row belongs to without a scan per row."""

    def __init__(self, entries: list[Entry]) -> None:
        self.zh: dict[str, int] = {}
        self.en: dict[str, int] = {}
        for at, entry in enumerate(entries):
            self.add(at, entry)

    def add(self, at: int, entry: Entry) -> None:
        """Note the forms of `entry`, at index `at`."""
        for form in entry.zh_forms:
            self.zh.setdefault(form, at)
        for form in entry.en_forms:
            self.en.setdefault(form, at)


def _with_banned_row(
    entries: list[Entry], where: _Holders, cells: dict[str, str], banned: list[dict[str, str]], source: str, line: int
) -> bool:
    """Give the forbidden forms of a row with a banned term to the entry of `entries` that holds the row's accepted
    Chinese, else its accepted English (a concept's terms listed a row each); tell whether there was one."""
    chinese = [normalize(unneutralize(cells.get(c) or "")) for c in ("zh", "zh_hant")]
    english = normalize(unneutralize(cells.get("en") or ""))
    found = [where.zh[c] for c in chinese if c in where.zh] or ([where.en[english]] if english in where.en else [])
    if not found:
        return False
    _ban_forms(entries, min(found), banned, source, line)
    return True


def _ban_forms(entries: list[Entry], at: int, banned: list[dict[str, str]], source: str, line: int) -> None:
    """Add the `banned` forms (form, status) of the row at `line` to the forbidden forms of `entries[at]`."""
    from zhgloss.model import ForbiddenForm

    entry = entries[at]
    added = [b for b in banned if b["form"] not in entry.forbidden_forms]
    try:
        entries[at] = _placed_as(
            entry, entry.replace(forbidden=(*entry.forbidden, *(ForbiddenForm(b["form"], b["status"]) for b in added)))
        )
    except InvalidEntryError as exc:
        raise FormatError(source, f"invalid entry: {exc}", line) from None


_LATIN_RUN_RE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.'’&\- ]*[A-Za-z0-9.])?")
_OPENS, _CLOSES = frozenset(" ([【|;,/、␞"), frozenset(" )]】|;,/、␞")
"""What sets a run of Latin letters apart from the Chinese beside it: a space, a bracket, a separator of synonyms
or of a list (| ; , / 、 U+241E; full-width ones are folded to ASCII by `normalize`)."""


def english_in_chinese(zh: str, english: Iterable[str]) -> str | None:
    """The English form of a term written into its Chinese beside the Chinese ("小米 Xiaomi", "华为 (Huawei)"), or None.

    `zh` is a Chinese term (normalized), `english` the term's English forms. A run of Latin letters is that when
    a space or a bracket sets it apart from the Chinese and it is one of `english`, case and punctuation apart
    (`zhgloss.script.en_key`). Latin glued to the Chinese is part of the name (TCL集团, 小米SU7, 卡拉OK, 阿Q), and
    so is Latin that is no English form of the term.
    """
    if zh.isascii() or not has_cjk(zh):
        return None
    keys = {en_key(form) for form in english if form.strip()}
    for match in _LATIN_RUN_RE.finditer(zh):
        before = zh[match.start() - 1] if match.start() else " "
        after = zh[match.end()] if match.end() < len(zh) else " "
        if before in _OPENS and after in _CLOSES and en_key(match.group()) in keys:
            return match.group()
    return None


def chinese_term_problem(
    zh: str, english: Iterable[str] = (), kind: str | None = None, *, by_type: bool = True
) -> str | None:
    """Say what is wrong with `zh` as a Chinese term of another tool's file whose English forms are `english`, or
    None: it has no Chinese characters (a code such as 03888.HK apart: `zhgloss.script.zh_script_problem`), or it
    holds the term's English beside the Chinese (`english_in_chinese`). The one rule of every import (CSV, TSV,
    OmegaT, xlsx, TBX: README, import: "a row with Latin words in zh or Chinese in en is refused").

    A Chinese term written as its English is, case and punctuation apart (`zhgloss.script.en_key`), is a name
    Chinese text leaves untranslated, no swap: the Microsoft Terminology Collection's zh-tw "OneDrive", "Windows",
    "Wi-Fi" (user finding U35). Latin that differs from every English form (zh "Tencent" beside en "腾讯") is refused,
    and so is any Latin for a person or a nickname (`kind`, the row's type as written): Chinese text writes people in
    characters, so "Zhang Wei" in zh is a swap or a slip, as validate says (user finding U42). So is, in a row that
    gives no type, Latin that is Chinese romanized (`romanized_chinese`: 'Lei Jun' beside 'Lei Jun', a CAT tool's row
    that copies its source to its target, user finding U27-38); and digits alone outside `DIGIT_TYPES`
    (`digits_problem`: '123' beside 'Lei Jun'). `by_type` False leaves these rules of a type out (does a row fit
    its columns' scripts?).
    """
    said = typed_script_problem(zh, kind if by_type else None)
    if said and _is_marked_pinyin(zh):
        # "Léi Jūn": the pinyin, never a name Chinese text leaves in Latin letters (as OneDrive), however like the
        # English it is; tone numbers ("lei2 jun1") are refused alike (user finding U32-33).
        return (
            f"{said}: it is pinyin with tone marks (the pinyin column? name the columns with --columns, pinyin for it)"
        )
    if said:
        english = list(english)
        # (an English cell of pinyin, "Léi Jūn", makes no Latin zh an untranslated name: a row with them swapped)
        untranslated = en_key(zh) in {en_key(form) for form in english if form.strip() and not _is_marked_pinyin(form)}
        person = by_type and kind is not None and normalize_type(kind) in ("person", "nickname")
        if untranslated and not person and by_type and untyped_type_of(kind, next(iter(english), "")) == "name":
            # Untyped: a CAT tool's row that copies its source to its target ('Lei Jun,Lei Jun', user U27-38) is
            # no name Chinese text leaves in Latin when the Latin is Chinese romanized (pinyin, or an adopted
            # given name before a pinyin surname); OneDrive, Windows, Wi-Fi are (U35).
            romanized = romanized_latin(zh)
            return f"{said}: {romanized}, which Chinese text writes in characters" if romanized else None
        if untranslated and not person:
            copied = latin_copy_problem(zh, kind) if by_type else None
            return f"{said}: {copied}" if copied else None
        return said
    english = list(english)
    forms = _slashed_chinese(zh)
    if (
        by_type
        and len(forms) > 1
        and untyped_type_of(kind, next(iter(english), "")) not in ("phrase", "term")
        and not any(len(form.split("/")) == len(forms) for form in english)  # TCP/IP: the pair is the term's
    ):
        return (
            f"holds {len(forms)} Chinese names split by '/' ({', '.join(map(repr, forms))}): give the first as zh "
            f"and the others as Chinese aliases ({'; '.join(forms)})"
        )
    if by_type and zh.isdigit():
        if not kind and is_stock_code_of(zh, english):
            return None  # untyped, but its English says it: a stock code (`row_to_entry` types it so)
        return digits_problem(kind, next(iter(english), ""))
    inside = english_in_chinese(zh, english)
    return f"holds the English form {inside!r} beside the Chinese" if inside else None


_WRITTEN_IN_CHARACTERS = ("person", "nickname", "place", "surname")
"""The types whose Chinese form is Chinese characters whatever the English: Chinese text writes a person, a place
(巴黎 for Paris too) and a surname in characters, never in Latin letters."""


def typed_script_problem(zh: str, kind: str | None) -> str | None:
    """`zhgloss.script.zh_script_problem` of `zh`, a Chinese form of an entry of type `kind` (None: untyped), which
    keeps a code in Latin capitals (WPS, KC, a stock code): a person's, a nickname's, a place's or a surname's Chinese
    is never one ("WANG,WANG,surname", "LEI JUN" for a person: a name in capitals, a passport's way, the s46 brief's
    item 2), Chinese text writing them in characters (`_WRITTEN_IN_CHARACTERS`). The rule of every import
    (`chinese_term_problem`) and of validate (zh-no-han), so add's."""
    said = zh_script_problem(zh)
    if (
        said is None
        and kind
        and normalize_type(kind) in _WRITTEN_IN_CHARACTERS
        and not has_cjk(zh)
        and _LATIN_LETTER_RE.search(zh)
    ):
        # (not has_cjk: a code in Latin capitals passes zh_script_problem; digits alone are `digits_problem`'s)
        return "has no Chinese characters"
    return said


def latin_copy_problem(zh: str, kind: str | None) -> str | None:
    """Say why Latin `zh`, a typed entry's Chinese written as its English is (a CAT tool's "copy source to target",
    "Shenzhen,Shenzhen,place"), is no name Chinese text leaves in Latin letters, or None where it may be one (the
    Microsoft Terminology Collection's "OneDrive", "Windows", "WPS" typed product or org). `kind` is the type as
    written (None: untyped, judged by `chinese_term_problem`'s own rule and left alone here). A person's, a
    nickname's, a place's or a surname's Chinese is characters, whatever its Latin (`_WRITTEN_IN_CHARACTERS`); any
    other type's is none where the Latin is Chinese romanized: one pinyin word (`romanized_word`: Huawei, Shenzhen)
    or words read as pinyin or a person's name (`romanized_chinese`: "Hong Kong", "Zhang San"), which Chinese text
    writes in characters. The one rule of every import (`chinese_term_problem`), add and validate (zh-no-han): the
    review's R45-2 (the same rows were accepted through CSV, JSONL, TBX and add alike)."""
    if not kind:
        return None
    typed = normalize_type(kind)
    if typed in _WRITTEN_IN_CHARACTERS:
        return f"Chinese text writes a {typed} in characters, never in Latin letters"
    if typed == "name":
        return None
    romanized = romanized_latin(zh)
    return f"{romanized}, which Chinese text writes in characters" if romanized else None


def _is_marked_pinyin(text: str) -> bool:
    """Tell whether `text` is tone-marked pinyin: a tone mark in it, and every word pinyin syllables with a vowel each
    ("Léi Jūn", "Běijīng"; not "Nestlé", "Pokémon")."""
    import unicodedata

    from zhgloss.pinyin import check_pinyin
    from zhgloss.script import TONE_MARKS

    if text.isascii() or not any(mark in unicodedata.normalize("NFD", text) for mark in TONE_MARKS):
        return False
    from zhgloss.pinyin import cut_syllables

    try:
        for word in text.split():
            check_pinyin(word)
            plain = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
            cut = cut_syllables(plain.lower().replace("'", "").replace("-", ""))
            if not cut or not all(set(syllable) & set("aeiouv") for syllable in cut):
                return False  # "Pokémon" cuts po-ke-mo-n: n (嗯) is no syllable of a name
    except InvalidEntryError:
        return False
    return True


def _slashed_chinese(zh: str) -> list[str]:
    """The Chinese names a Chinese cell writes between slashes ("马云/刘强东"), or [] where it writes one name (also one
    name in both scripts, "马云/馬雲", read as zh and zh_hant: `with_synonyms_split`) or no Chinese between them
    (AC/DC). A phrase or a term may hold a slash (输入/输出, "input/output"), and so may a name whose English pairs
    as many (传输控制协议/网际协议, "TCP/IP"); two names under one English never are (U30-39)."""
    if "/" not in zh:
        return []
    parts = [part.strip() for part in zh.split("/")]
    if not all(part and has_cjk(part) for part in parts) or _one_name_in_both_scripts(parts):
        return []
    return parts


_BRACKETED_RE = re.compile(r"([^()]+?)\s*\(([^()]+)\)")
_NICKNAME_RE = re.compile(r"(?:[小老阿]\w{1,2}|\w{1,2}[哥姐爷叔嫂妹弟仔])")
"""A Chinese nickname of a person, of the shapes newsrooms write in brackets after the name: 小/老/阿 and one or
two characters (小马哥, 老王, 阿里), or one or two characters and a kinship word (东哥, 强哥, 华仔); a bracket of three
characters at most that starts with the name's surname is one too (雷军（雷布斯）). Any other bracket (a title,
总书记; a company, 京东; 小米创始人; 已退休) describes the person and belongs in the note, never in an alias that
annotate and check would then read as the person (review finding R11)."""


def _other_chinese_forms(zh: str, english: list[str], kind: str | None) -> str | None:
    """Say how a table's Chinese cell writes a person's other Chinese forms beside the name, or None: in brackets
    after it ("刘强东（东哥）", a nickname) or listed with 、 ("马化腾、小马哥"). Only a person's row is judged (typed
    person or nickname, or untyped with an English that reads as a Chinese person's name, `romanized_chinese`: Richard
    Liu, Pony Ma, Lei Jun), where the English names one (no bracket, no list): a company's 腾讯科技（深圳） or a list
    中、日、韩 stays. The tester's multi_zh.csv (user finding U30-39): stored whole, such a zh is never found."""
    first_english = next(iter(english), "")
    person = normalize_type(kind) in ("person", "nickname") if kind else romanized_chinese(first_english) is not None
    if not person or any(re.search(r"[(,;/&]| and ", e) for e in english):
        return None
    bracketed = _BRACKETED_RE.fullmatch(zh)
    if bracketed and all(has_cjk(part) for part in bracketed.groups()):
        first, other = bracketed.group(1).strip(), bracketed.group(2).strip()
        if _one_name_in_both_scripts([first, other]):
            return None  # one name in both scripts: read as zh and zh_hant (`with_synonyms_split`), as 马云/馬雲
        if _NICKNAME_RE.fullmatch(other) or (len(other) <= 3 and other[0] == first[0]):  # 雷军（雷布斯）
            return f"holds another Chinese form in brackets ({other!r}): give it as a Chinese alias ({first}; {other})"
        return (
            f"holds a description in brackets ({other!r}): give the name alone ({first!r}) and the description "
            "in the note"
        )
    parts = [part.strip() for part in zh.split("、")]
    if len(parts) > 1 and all(part and has_cjk(part) for part in parts):
        return (
            f"holds {len(parts)} Chinese forms listed with 、 ({', '.join(map(repr, parts))}): give the first as zh "
            f"and the others as Chinese aliases ({'; '.join(parts)})"
        )
    parts = zh.split()
    if len(parts) > 1 and all(all(is_cjk(c) for c in part) for part in parts):
        # "雷军 雷布斯": a name and its nickname, parted by a space, which zh folds ('雷军雷布斯', found nowhere). A
        # foreign name with a space for its dot (比尔 盖茨) is one name: its second part is no nickname of the first.
        first = parts[0]
        if len(first_english.split()) == len(parts) and romanized_chinese(first_english) is None:
            return None  # 安德烈 阿加西 'Andre Agassi': one foreign name a word a part (the s32 review's R1)
        if _one_name_in_both_scripts(parts):
            return (
                f"writes one name in both scripts parted by a space ({', '.join(map(repr, parts))}): give the "
                f"simplified form as zh and the traditional as zh_hant"
            )
        if all(_NICKNAME_RE.fullmatch(other) or (len(other) <= 3 and other[0] == first[0]) for other in parts[1:]):
            return (
                f"holds {len(parts)} Chinese forms parted by a space ({', '.join(map(repr, parts))}): give the first "
                f"as zh and the others as Chinese aliases ({'; '.join(parts)})"
            )
    return None


# Marks that part a Chinese cell in two, as `normalize` leaves them (it folds the full-width ：，！？ to ASCII): a
# colon, the enumeration comma 、, a comma, a sentence's end. A name writes none between its characters (CC-CEDICT's
# headwords: ， in 444 sayings, 、 in one, : ; 。 ! ? in none; a foreign name's · is no parting mark).
_PARTING_MARKS = ":、,。!?"
# What a spreadsheet template writes before the colon of its example row: 例：雷军, 示例：, 比如：.
EXAMPLE_WORDS = frozenset(["例", "例如", "示例", "举例", "例子", "样例", "范例", "比如", "譬如", "如"])
# What a sheet writes before the colon of a note about the table, above or below it: 说明：本表由编辑部整理.
NOTE_WORDS = frozenset(
    ["说明", "注", "注意", "备注", "注释", "附注", "来源", "资料来源", "更新", "制表", "编制", "说明书"]
)


def _parting_mark(zh: str) -> tuple[str, str, str] | None:
    """(the Chinese before, the mark, the Chinese after) where a mark of `_PARTING_MARKS` stands between two Chinese
    characters of `zh` (spaces around it allowed), or None."""
    for at, char in enumerate(zh):
        if char not in _PARTING_MARKS:
            continue
        before, after = zh[:at].rstrip(), zh[at + 1 :].lstrip()
        if before and after and is_cjk(before[-1]) and is_cjk(after[0]):
            return before, char, after
    return None


def note_chinese(zh: str) -> bool:
    """Tell whether Chinese cell `zh` is a note about the table ("说明：本表由编辑部整理"): a note word, a colon."""
    parted = _parting_mark(zh)
    return parted is not None and parted[1] == ":" and parted[0] in NOTE_WORDS


def example_chinese(zh: str) -> bool:
    """Tell whether Chinese cell `zh` is a template's example ("例：雷军", "示例：马云"): an example word, a colon."""
    parted = _parting_mark(zh)
    return parted is not None and parted[1] == ":" and parted[0] in EXAMPLE_WORDS


def _reads_as_sentence(en: str) -> bool:
    """Tell whether English `en` reads as a sentence, no name: a lower-case word past the first that is no name's
    particle ("You reap what you sow", "A blessing in disguise"; not "Bank of China"), or more than five words."""
    words = en.split()
    return len(words) > 5 or any(w.isalpha() and w.islower() and w not in _NAME_PARTICLES for w in words[1:])


def chinese_punctuation_problem(zh: str, english: Iterable[str] = (), kind: str | None = None) -> str | None:
    """Say how Chinese term `zh` holds two things parted by punctuation ("雷军：小米", "腾讯、阿里", "华为。小米"), or
    None (user finding U32-22: stored so, it is found nowhere in Chinese text, and validate saw nothing).

    A colon is a work's title's where the row is typed a work, or an English form holds one too ("星球大战：新希望",
    "Star Wars: A New Hope"); a
    comma, 、 or a sentence's end a saying's or a slogan's where the row is a phrase or a term (`kind`, else read from
    the English, `untyped_type_of`), and a list's where an English form lists too ("中、日、韩", "China, Japan and
    Korea"). The one rule of the table readers and `validate` (zhgloss.validate asks it of a stored entry)."""
    parted = _parting_mark(zh)
    if parted is None:
        return None
    before, mark, after = parted
    english = [form for form in english if form.strip()]
    if mark == ":" and (kind == "work" or any(":" in form for form in english)):
        # A row typed a work is one title, its subtitle after the colon whatever its English writes (《哪吒：魔童闹海》
        # "Ne Zha 2"; the review's R47-14 class).
        return None
    if mark != ":" and untyped_type_of(kind, next(iter(english), "")) in ("phrase", "term"):
        return None
    if mark != ":" and kind in (None, "", "name") and any(_reads_as_sentence(form) for form in english):
        # A saying or a slogan in sentence case ("Stay true to our founding mission": the s33 review's R4), untyped
        # or stored as the untyped fallback `name` (validate asks with the stored type: import and validate agree).
        return None
    if mark in "、," and any(re.search(r",| and | & ", form) for form in english):
        return None
    if mark == ":" and before in EXAMPLE_WORDS:
        return f"is a template's example ({before!r} and a colon): delete the row, or write the name alone"
    return (
        f"holds {mark!r} between Chinese words ({before!r}, {after!r}): a cell holds one name; give other Chinese "
        "forms as Chinese aliases (zh_aliases), a description in the note, another name a row of its own"
    )


def _one_name_in_both_scripts(parts: list[str]) -> bool:
    """Tell whether `parts` write one Chinese form, in simplified and traditional characters (马云/馬雲)."""
    from zhgloss.formats.tbx import simplified_form

    return len({simplified_form(part, DEFAULT_TYPE, []) for part in parts}) == 1


DIGIT_TYPES = ("stock_code", "org", "product", "work", "event", "term", "phrase")
"""The types whose Chinese may be digits alone: a stock code (600519), a company or product (360, 12306), a work or
an event (2046, 1984), a term or phrase (110, the police's number). A person's, a place's, a name's never is."""


def is_stock_code_of(zh: str, english: Iterable[str]) -> bool:
    """Tell whether the Chinese `zh` of an untyped row is a stock code: written with its exchange ("0700.HK",
    "600519.SH", "HK.3888", "BABA.N": the suffixes Reuters and Yahoo Finance write, user finding U37-19: such a row
    was typed `name` while the bare digits were a stock_code), or digits alone that one of its English forms writes
    with its exchange ("688111:SH", "SSE: 688111", "HK:03888"; how zhgloss's own OmegaT export writes a stock_code
    entry, which has no type column: user finding U30-10). Both read by `zhgloss.tickers.ticker_key`, the one
    reading of stock codes; every table reader (CSV, TSV, .xlsx, OmegaT) and the TBX reader type by it."""
    if zh.isdigit():
        from zhgloss.tickers import ticker_key

        code = zh.lstrip("0") or "0"
        return any((key := ticker_key(form)) is not None and key.rsplit(":", 1)[1] == code for form in english)
    if "." not in zh and ":" not in zh and not zh[2:].isdigit():
        # Most rows (a name in characters): three cheap tests, no import nor regex (tbl s38's noticed cost); the
        # digits after two letters are the exchange glued before the code ("SH600519": `ticker_key`).
        return False
    from zhgloss.tickers import ticker_key

    return not has_cjk(zh) and ticker_key(zh) is not None


def untyped_type_of(kind: str | None, en: str) -> str:
    """The type a row's type cell `kind` gives (canonical, `normalize_type`), or where it gives none, the one
    `untyped_type` gives its English `en`."""
    return normalize_type(kind) if kind else untyped_type(en)


def digits_problem(kind: str | None, en: str) -> str | None:
    """What is wrong with a Chinese term of digits alone ("123") in a row of type `kind` (None: untyped, its type
    then read from its English `en`, `untyped_type`), or None where `DIGIT_TYPES` allow it. One rule with
    `zhgloss.validate` (zh-no-han, an error) and so with `add` (user finding U27-38)."""
    if untyped_type_of(kind, en) in DIGIT_TYPES:
        return None
    return "is digits alone, no Chinese characters (type it stock_code, org or product if Chinese text calls it so)"


_TITLE_WORD_RE = re.compile(r"[A-Z][a-z]*(?:-[a-z]+)?")


@functools.cache
def _surname_syllables() -> frozenset[str]:
    """The toneless readings of the common one-character surnames (`zhgloss.pinyin.surnames`: ma, li, lei ...)."""
    from zhgloss.pinyin import surnames
    from zhgloss.script import pinyin_key

    found = (s for s in surnames().values() if s.common and len(s.zh) == 1)
    return frozenset(pinyin_key(reading) for s in found for reading in s.readings)


def romanized_chinese(text: str) -> str | None:
    """Say how Latin `text` reads as Chinese romanized, or None: two to four capitalised words, each of one to three
    pinyin syllables and four at most in all ("Lei Jun", "Ma Huateng", "Hong Kong", "Feng Shui": "it reads as
    pinyin"), or a capitalised word before one that is the reading of a common surname (`zhgloss.pinyin.surnames`:
    "Jack Ma", "Pony Ma", "Robin Li", "Peter Pan": "it reads as a person's name"). One word alone is not judged: a
    brand may be pinyin by chance (Azure, Lumia). Wade-Giles and Hong Kong spellings (Tsai Ing-wen) are not read.
    English is not read as either (the reviewer's finding, twenty-eighth session): words that are all English words
    English writes in lower case (`zhgloss.english_case.lower_words`: "Game On", "Only You", "Mine One") are no
    pinyin, and such a word is no surname after a name ("Iron Man", "Thank You")."""
    words = text.split(" ")
    if not 2 <= len(words) <= 4 or not all(_TITLE_WORD_RE.fullmatch(word) for word in words):
        return None
    from zhgloss.english_case import lower_words
    from zhgloss.pinyin import cut_syllables

    english = [word.lower() in lower_words() for word in words]
    cuts = [cut_syllables(word.lower().replace("-", "")) for word in words]
    if (
        not all(english)
        and all(cut is not None and len(cut) <= 3 for cut in cuts)
        and sum(len(cut or ()) for cut in cuts) <= 4
    ):
        return "it reads as pinyin"
    if len(words) == 2 and not english[1] and words[1].lower() in _surname_syllables():
        return "it reads as a person's name"
    return None


_PINYIN_WORD_RE = re.compile(r"[A-Z][a-z]{4,}")


def romanized_word(text: str) -> bool:
    """Tell whether one Latin word reads as a Chinese name in pinyin written as one word (Huawei, Xiaomi, Shenzhen,
    Beijing, Meituan): five letters or more, no word English writes in lower case (`zhgloss.english_case`), cut
    into two to four pinyin syllables each with an initial (hua-wei). A brand that is pinyin by chance has a syllable
    of a vowel alone (A-zu-re, Lu-mi-a) or is short (Meta, Mini, Nike); `romanized_chinese` judges two words or more.
    """
    if not _PINYIN_WORD_RE.fullmatch(text):
        return False
    from zhgloss.english_case import lower_words
    from zhgloss.pinyin import cut_syllables

    if text.lower() in lower_words():
        return False
    cut = cut_syllables(text.lower())
    return cut is not None and 2 <= len(cut) <= 4 and not any(syllable[0] in "aeo" for syllable in cut)


def untranslated_copy(cells: Mapping[str, str]) -> str | None:
    """Say how a row of another tool's table whose Chinese cell is its English copied (a CAT tool's "copy source to
    target": "Huawei,Huawei", "Lei Jun,Lei Jun") reads as Chinese romanized, or None for any other row: one the type
    cell types (a person's Latin zh is refused as ever; an org's may be Latin, 'Lei Jun' beside org) or whose Latin
    Chinese text writes so (OneDrive, Azure). Such a row is not yet translated into Chinese (user finding U30-32)."""
    zh = normalize(unneutralize(cells.get("zh") or ""))
    if not zh or has_cjk(zh) or normalize(unneutralize(cells.get("type") or "")):
        return None
    english = [form for form in _row_english(cells) if form.strip()]
    if not english or en_key(zh) not in {en_key(form) for form in english} or untyped_type(english[0]) != "name":
        return None
    return romanized_latin(zh)


def romanized_latin(zh: str) -> str | None:
    """Say how Latin `zh` reads as Chinese romanized, or None: one pinyin word (`romanized_word`: Huawei, Shenzhen)
    or words in any capitals read as pinyin or a person's name (`romanized_chinese` of `in_title_case`: "Lei Jun",
    "LI SI"). The one test of an untranslated copy (`untranslated_copy`), a Latin Chinese term (`chinese_term_problem`,
    `latin_copy_problem`) and validate's zh-no-han."""
    if romanized_word(zh):
        return "it reads as pinyin"
    return romanized_chinese(in_title_case(zh))


def in_title_case(text: str) -> str:
    """`text` with each word written in capitals capitalised instead ("LI SI" -> "Li Si", "ZHANG Wei" -> "Zhang Wei"),
    the other words as they are: how a name in capitals (a passport's, a byline's, a sheet's) is read as Chinese
    romanized (`romanized_chinese` reads capitalised words only). The s42 brief's class 2: "LI SI" in a row's zh,
    beside its English "Li Si", passed as a name Chinese text leaves in Latin letters (as OneDrive)."""
    return " ".join(word.capitalize() if word.isupper() else word for word in text.split(" "))


def english_term_problem(en: str) -> str | None:
    """Say what is wrong with `en` as an English term of another tool's file, or None: it is Chinese, or it holds
    Chinese characters beside the English ("Huawei (华为)", "Tencent 腾讯控股"): an English form never does. The one
    rule of every import, as `chinese_term_problem` is for Chinese terms."""
    said = en_script_problem(en)
    if said:
        return said
    if has_cjk(en):
        return f"holds Chinese characters ({''.join(c for c in en if is_cjk(c))}) beside the English"
    names = _slashed_names(en)
    if names:
        return (
            f"holds {len(names)} names split by '/' ({', '.join(map(repr, names))}): give the first as the English "
            f"and the others as aliases ({'; '.join(names)})"
        )
    return None


def english_cell_problem(en: str) -> str | None:
    """Say what is wrong with `en` as the English cell of a table row (CSV, TSV, xlsx, OmegaT), or None: what
    `english_term_problem` says, or two names joined by "or"/"aka", or a description in brackets after the name,
    the ways a newsroom sheet writes a name's other forms and what it is (user finding U30-39). A termbase's term
    (TBX) is left to `english_term_problem` alone: its own fields hold the rest."""
    said = english_term_problem(en)
    if said:
        return said
    joined = _joined_names(en)
    if joined:
        word, names = joined
        return (
            f"holds {len(names)} names joined by {word!r} ({', '.join(map(repr, names))}): give the first as the "
            f"English and the others as aliases ({'; '.join(names)})"
        )
    described = _DESCRIBED_RE.fullmatch(en)
    if described and bracket_describes(described.group(2), described.group(1)):
        return (
            f"holds a description in brackets ({described.group(2)!r}): give the name alone "
            f"({described.group(1)!r}) and the description in the note"
        )
    return None


_NAME_WORDS_RE = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)+")
"""Two words or more, each capitalised: a person's or a place's English name (Robin Li, Li Yanhong, Pony Ma)."""
_JOINING_RE = re.compile(r" (?:or|aka|a\.k\.a\.) ")
_DESCRIBED_RE = re.compile(r"([A-Z][^()]*?) \((\w[\w'’-]*(?: [\w.'’-]+)*)\)")
"""A capitalised name and, in brackets after it, one word or more: a description where `bracket_describes` says so."""


def bracket_describes(bracket: str, name: str) -> bool:
    """Tell whether `bracket`, the words in brackets after a name, describe it: the first is lower case ("Lei Jun
    (founder of Xiaomi)", "Xinhua (news agency)", "Li Na (tennis)", "Microsoft (company)") or they name a title or an
    occupation (`is_role`: "Lei Jun (CEO)", "Zhang Yimou (Film Director)"; the review's R45-11 addendum), which no
    text writes with the name. A bracket of other capitalised words may be part of the name ("Bank of China (Hong
    Kong)", "Formula 1 (F1)"), and so may the name's own initials, whatever they stand for ("chief operating officer
    (COO)", "certificate of origin (CO or CoO)": CC-CEDICT's terms). The rule of table rows and of validate
    (`en-bracket`); `name` is the English before the bracket."""
    return bracket[:1].islower() or (is_role(bracket) and not _initials_of(bracket, name))


def _initials_of(bracket: str, name: str) -> bool:
    """Tell whether each of the forms in `bracket` ("COO", "CO or CoO") is letters that the initials of `name`'s words
    hold in order ("chief operating officer": c, o, o)."""
    initials = "".join(word[:1] for word in re.split(r"[\s-]+", name.lower()) if word)
    for form in re.split(r",\s*|\s+or\s+", bracket):
        letters = iter(initials)
        if not form.isalpha() or not all(letter in letters for letter in form.lower()):
            return False
    return True


def _joined_names(en: str) -> tuple[str, list[str]] | None:
    """The joining word and the names of an English cell that writes names of capitalised words joined by "or" or
    "aka" ("Robin Li or Li Yanhong", "Ma Huateng aka Pony Ma": CC-CEDICT's way, a newsroom sheet's), or None. A title
    joins lower-case words ("To Be or Not to Be") with "or" and stays (user finding U30-39); "aka"/"a.k.a." joins
    other names whatever their words ("Lei Jun aka Leibusi", review finding R3)."""
    joining = _JOINING_RE.search(en)
    if joining is None:
        return None
    parts = [part.strip() for part in _JOINING_RE.split(en)]
    word = joining.group().strip()
    if word != "or" and all(parts):
        return word, parts  # "aka" joins other names of one thing in any title too ("Lei Jun aka Leibusi")
    return (word, parts) if all(_NAME_WORDS_RE.fullmatch(part) for part in parts) else None


_NAME_RE = re.compile(r"[A-Z0-9][\w.&'’-]*(?: (?:[A-Z0-9][\w.&'’-]*|of|and|the|de|von|van|der|du|la|le|al|bin))*")
"""A name of one word or more, each capitalised (function words of a name between them): "Tencent", "Tencent
Holdings", "Bank of China", "Ursula von der Leyen"."""
_NAME_JOINS = (
    ("or", re.compile(r" (?:or|aka|a\.k\.a\.) ")),
    ("/", re.compile(r"[ \u00a0]*/[ \u00a0]*")),
    (",", re.compile(r",[ \u00a0]+")),
)


def joined_english(en: str, zh: str | None = None, kind: str | None = None) -> tuple[str, list[str]] | None:
    """The joining mark and the names of an English cell `en` that writes several names of one thing joined by
    " or ", "aka", a slash or a comma, or None (the review's R48-13: "Tencent / Tencent Holdings", "Wang Yi, Wang I"
    were stored whole as one English name). The names are the cell's English and its aliases, the first preferred.

    Joined by "aka", names whatever their words ("Lei Jun aka Leibusi"); by "or" or a slash, names of two capitalised
    words or more each ("Robin Li or Li Yanhong", "Jack Ma/Ma Yun": CC-CEDICT's way, a newsroom sheet's; a title joins
    lower-case words, "To Be or Not to Be"); by any of the three, and by a comma, names that are plainly one thing's:
    a longer form of the first name ("Tencent / Tencent Holdings", "Baidu, Baidu Inc.") or, for a Chinese `zh`, each
    a spelling of the person (`zhgloss.validate.spells_person`: "Wang Yi, Wang I", Wade-Giles; "Pony Ma, Ma
    Huateng"; typed a person, any names: "Jackie Chan, Chan Kong-sang"). A comma's other uses keep the cell whole:
    a legal form ("Xiaomi Corporation, Ltd."), a place's region ("Washington, D.C.", "Paris, Texas"), a title after
    a name ("Diana, Princess of Wales", "Lee Kuan Yew, Senior Minister": `comma_description`'s). A bare slash between one-word parts is a term's own (AC/DC, TCP/IP).
    A phrase's, a term's or a work's English (`_DESCRIBING_TYPES`) is one form."""
    if untyped_type_of(kind, en) in _DESCRIBING_TYPES:
        return None
    for mark, join in _NAME_JOINS:
        found = join.search(en)
        if found is None:
            continue
        parts = [part.strip() for part in join.split(en)]
        if not all(parts):
            return None
        word = found.group().strip() or mark
        if word in ("aka", "a.k.a."):
            return word, parts
        if not all(_NAME_RE.fullmatch(part) for part in parts):
            return None
        if mark != "," and all(_NAME_WORDS_RE.fullmatch(part) for part in parts):
            if found.group() == "/" and _ends_on_body_word(parts[-1]) and not _ends_on_body_word(parts[0]):
                return None  # one body's name with a slash inside: "Hong Kong/Macao Affairs Office" (B49-4)
            if mark == "or" or found.group() == "/" or len(parts[0].split()) > 1:
                return word, parts
        if _one_thing(parts, zh, kind) and (mark != "/" or found.group() != "/" or len(parts[0].split()) > 1):
            return word, parts
        return None
    return None


_BODY_WORDS = frozenset(
    {
        *("office", "affairs", "bureau", "commission", "committee", "council", "ministry", "department", "agency"),
        *("administration", "authority", "association", "federation", "institute", "university", "college"),
        *("company", "corporation", "group", "bank", "party"),
    }
)
"""Last words of a body's English name: a name that ends on one after a slash, where the part before the slash does
not, is one name whose first words the slash joins ("Hong Kong/Macao Affairs Office"), not two names."""


def _ends_on_body_word(name: str) -> bool:
    """Tell whether English `name` ends on a word of a body's name (_BODY_WORDS)."""
    words = name.split()
    return bool(words) and words[-1].lower().strip(".,") in _BODY_WORDS


def _one_thing(parts: list[str], zh: str | None, kind: str | None = None) -> bool:
    """Tell whether the English `parts` are plainly one thing's names: each after the first a longer form of it (its
    words first: "Tencent" -> "Tencent Holdings"); in a row typed person or nickname (`kind`), each two capitalised
    words or more and no title ("Jackie Chan, Chan Kong-sang": the stage name and the birth name); or, for Chinese
    `zh`, each a spelling of the person."""
    head = parts[0].split()
    if all(part.split()[: len(head)] == head and part != parts[0] for part in parts[1:]):
        return True
    if kind is not None and normalize_type(kind) in ("person", "nickname"):
        return all(_NAME_WORDS_RE.fullmatch(part) and not is_role(part) for part in parts)
    if not zh or not all(is_cjk(c) for c in zh) or not 2 <= len(zh) <= 4:
        return False
    from zhgloss.errors import ZhglossError
    from zhgloss.pinyin import romanize
    from zhgloss.validate import spells_person

    try:
        romanization = romanize(zh)
    except ZhglossError:
        return False
    if romanization.origin != "chinese":
        return False
    pinyins = [romanization.pinyin]
    return all(len(part.split()) > 1 and spells_person(zh, part, pinyins) for part in parts)


def joined_english_said(en: str, joined: tuple[str, list[str]]) -> str:
    """What an import says of English cell `en` read as the names `joined` gives (`joined_english`)."""
    word, (first, *others) = joined
    return (
        f"en {en!r} holds {len(others) + 1} names joined by {word!r}: read as the English {first!r} and "
        f"{'the alias' if len(others) == 1 else 'the aliases'} {', '.join(map(repr, others))}"
    )


_NAMED_RE = re.compile(r"([A-Z][^()]*?) \(([A-Z][^()]*)\)")


def _bracket_after_person(en: str, zh: str, kind: str | None) -> str | None:
    """Say how a person's English cell `en` writes a bracket after the name, or None: the row's Chinese `zh` is a
    person's, typed so or untyped with the words before the bracket naming it (`zhgloss.formats._reads_as_person`:
    the surname spelt as a word, or the pinyin), and a person's English is the name alone (validate's `en-bracket`).
    A party, a company or an office in capitals ("Ko Wen-je (TPP)", "Lei Jun (Xiaomi)", "Wang Yi (FM)") is no part
    of the name, as a lower-case bracket is none (`bracket_describes`); the review's R47-8: stored as an untyped
    name's English, then glossed 柯文哲（Ko Wen-je (TPP)）. A company's bracket ("Tencent (HK)") is left."""
    described = _DESCRIBED_RE.fullmatch(en)
    typed = kind is not None and normalize_type(kind) in ("person", "nickname")
    if described is None or (kind is not None and not typed):
        return None
    name, bracket = described.group(1).strip(), described.group(2).strip()
    from zhgloss.formats import _reads_as_person

    if not typed and not _reads_as_person(normalize(unneutralize(zh)), name):
        return None
    return (
        f"holds {bracket!r} in brackets after the person's name, which running text does not write with it: give the "
        f"name alone as the English ({name!r}) and the bracket in the note"
    )


def _other_english_names(en: str, kind: str | None) -> str | None:
    """Say how a person's English cell writes the person's other names beside the name, or None: in brackets ("Richard
    Liu (Liu Qiangdong)", "Sun Yat-sen (Sun Zhongshan)") or listed with commas ("Pony Ma, Ma Huateng"), the ways
    CC-CEDICT's "aka"/"or" lines come to a newsroom's sheet (6e7cbcb refused those). Judged only where the row is a
    person's: typed person or nickname (the bracket then Chinese romanized, `romanized_chinese`; each listed name two
    capitalised words or more), or untyped with every name read as Chinese romanized. A place or a company keeps its
    bracket and its commas ("Bank of China (Hong Kong)", "Sha Tin, New Territories")."""
    typed = kind is not None and normalize_type(kind) in ("person", "nickname")
    if kind is not None and not typed:
        return None
    named = _NAMED_RE.fullmatch(en)
    if named:
        name, other = named.group(1).strip(), named.group(2).strip()
        if romanized_chinese(other) is not None and (typed or romanized_chinese(name) is not None):
            return (
                f"holds another name in brackets ({other!r}): give the name alone as the English ({name!r}) and the "
                f"other as an alias ({name}; {other})"
            )
        return None
    names = [part.strip() for part in en.split(",")]
    if len(names) < 2 or not all(_NAME_WORDS_RE.fullmatch(part) for part in names):
        return None
    roles = [part for part in names[1:] if is_role(part)]
    if (roles and romanized_chinese(names[0]) is not None) or (typed and roles):
        # "Zhang Yimou, Film Director", "Lei Jun, Xiaomi Founder": a title or an occupation after the name, no other
        # name of the person (the s32 review's R1, English half: the advice made 'Film Director' an alias).
        return (
            f"holds {' and '.join(map(repr, roles))} after a comma, a title or an occupation, no name: give the name "
            f"alone as the English ({names[0]!r}) and put {'them' if len(roles) > 1 else 'it'} in a role or the note"
        )
    if typed or all(romanized_chinese(part) is not None for part in names):
        return (
            f"holds {len(names)} names listed with commas ({', '.join(map(repr, names))}): give the first as the "
            f"English and the others as aliases ({'; '.join(names)})"
        )
    return None


_COMMA_RE = re.compile(r"([A-Z][^,]*?),[ \u00a0]+(.+)")
_DESCRIBING_TYPES = ("phrase", "term", "work")
"""Types whose English may go on after a comma: a gloss ("Snow lion, mythological animal"), a title ("Yes, Sir")."""


def comma_description(en: str, kind: str | None) -> tuple[str, str] | None:
    """(the name, the description) where English `en` of a name writes a description after a comma, or None: what
    follows the first comma starts with a lower-case word ("Robin Li, founder of Baidu", "Xinhua, news agency") or,
    after a Chinese name (`romanized_chinese`) or in a person's row, names a title or an occupation (`is_role`:
    "Wang Chuanfu, BYD chairman"): CC-CEDICT's own way of writing a description after the name (5,109 of its 12,847
    capitalised senses with a comma), which its reader moves to the note. A legal form, a place and a list keep their
    commas ("Xiaomi Co., Ltd.", "Paris, Texas", "Diana, Princess of Wales", "Marx, Lenin and Mao"); a phrase's,
    a term's or a work's English is not judged (`_DESCRIBING_TYPES`; `kind` None: untyped, judged by its English).
    The rule of table rows (`_cell_problem`) and of validate (`en-description`); the review's R45-11."""
    found = _COMMA_RE.fullmatch(en)
    if found is None or untyped_type_of(kind, en) in _DESCRIBING_TYPES:
        return None
    name, rest = found.group(1).strip(), found.group(2).strip()
    if rest[:1].islower():
        return name, rest
    person = kind is not None and normalize_type(kind) in ("person", "nickname")
    if (person or romanized_chinese(name) is not None) and is_role(rest):
        return name, rest
    return None


def comma_description_said(en: str, kind: str | None) -> str | None:
    """What a table row's refusal and validate say of `en` holding a description after a comma (`comma_description`),
    or None."""
    found = comma_description(en, kind)
    if found is None:
        return None
    name, rest = found
    return (
        f"holds a description after a comma ({rest!r}): give the name alone ({name!r}) and the description in the "
        "note (a title or an occupation in a role)"
    )


class AroundName(NamedTuple):
    """What an English cell holds around a Chinese person's name (`name_in_english`): the name alone, the words
    around it, and how they stand: "mark" (a footnote mark or punctuation after it), "honorific" (before it),
    "title" (a title or an occupation before it, `role` the role it holds) or "possessive" (a describing possessive
    before it)."""

    name: str
    words: str
    how: str
    role: str | None = None


_TRAILING_MARKS_RE = re.compile(r"(.*?[^\W_])[ \u00a0]*([.?!*†‡§]+)")
"""A form and the footnote marks or punctuation that end it: "Lei Jun*", "Lei Jun?", "Lei Jun.", "Lei Jun†"."""
_POSSESSIVE_BEFORE_RE = re.compile(r"(.*?[^\W_])['’]s?[ \u00a0]+(\S.*)")
"""Words, a possessive, and a form after it: "Xiaomi's Lei Jun", "Huawei’s Ren Zhengfei"."""


def name_in_english(zh: str, en: str, kind: str | None) -> AroundName | None:
    """What English `en` of a Chinese person's name `zh` holds around the name, or None where it is the name alone or
    no Chinese name (the review's R45-11 addendum, the s46 brief's item 1). The words left must spell the person
    (`zhgloss.validate.spells_person`: the pinyin, the person's own romanization, an adopted name), so a name that
    carries such things of its own keeps them: "Dr. Dre", "Mr. Bean" (spelling no pinyin of 德瑞博士, 憨豆先生),
    "Yahoo!", "E*Trade", "Macy's", "McDonald's", "O'Neill", "Will.i.am". Asked of a row's English by every table
    import (`_judged_english`) and of an entry's by validate (so add): a mark is stripped, an honorific dropped and
    a title moved to the roles on import (validate's `title_before_name`, the rule add already refused by, with
    `_title_role` the role, as `zhgloss.harvest._titled_english` takes "CEO Lei Jun" apart); a possessive before
    the name ("Xiaomi's Lei Jun") describes the person and is refused. Only a person's, a nickname's or an untyped
    row's, whose Chinese the romanizer reads as a Chinese name. A name written in capitals, wholly or its surname
    ("LEI JUN", "WANG Wei": a passport's, a byline's), is "capitals", `name` its words capitalised (`in_title_case`):
    the form running text writes, which check holds a translation to ("LEI JUN" there is a variant)."""
    from zhgloss.pinyin import romanize
    from zhgloss.validate import _honorific_title, _title_role, spells_person, title_before_name

    if kind is not None and normalize_type(kind) not in ("person", "nickname", "name"):
        return None
    if not zh or not all(is_cjk(c) for c in zh) or not any(c.isalpha() for c in en):
        return None
    marked = _TRAILING_MARKS_RE.fullmatch(en)
    possessive = _POSSESSIVE_BEFORE_RE.fullmatch(en)
    if marked is None and possessive is None and " " not in en and not en.isupper():
        return None
    romanization = romanize(zh)
    pinyins = [romanization.pinyin]
    if romanization.origin != "chinese":
        # A transliterated or Japanese name: only a title before it is read ("President Emmanuel Macron", 马克龙: the
        # review's R48-11, `zhgloss.validate._transliterated_person`); its marks and capitals are its own.
        titled = title_before_name(zh, en, pinyins)
        if titled is None or _honorific_title(titled[0]):
            return None
        return AroundName(titled[1], titled[0], "title", _title_role(titled[0]) or None)
    if marked is not None and _marked_name(zh, marked.group(1), marked.group(2), pinyins):
        return AroundName(marked.group(1), marked.group(2), "mark")
    if possessive is not None and spells_person(zh, possessive.group(2), pinyins):
        return AroundName(possessive.group(2), possessive.group(1), "possessive")
    titled = title_before_name(zh, en, pinyins)
    if titled is None:
        titled_case = in_title_case(en)
        person = kind is not None and normalize_type(kind) in ("person", "nickname")
        if titled_case != en and (person or " " in en) and "," not in en and _spells_name(zh, titled_case, pinyins):
            # ("HUAWEI", "LI-NING" untyped: one word in capitals, a brand's way as often as a passport's; kept. A
            # comma is the Government's style or post-nominal letters, `_short_english`'s: "LAM Ting-kwok, Paul, SC")
            return AroundName(titled_case, en, "capitals")
        return None
    title, name = titled
    if not all(word[:1].isupper() for word in name.split()):
        return None  # 蜀相 "Prime Minister of Shu": no name after the title, the Chinese a post's (CC-CEDICT)
    if _honorific_title(title):
        return AroundName(name, title, "honorific")
    return AroundName(name, title, "title", _title_role(title) or None)


def _marked_name(zh: str, name: str, marks: str, pinyins: list[str]) -> bool:
    """Tell whether `name`, an English before `marks` at its end, is the person `zh` (`spells_person`). A full stop
    may end an abbreviation of the name's own ("Lei Jun Jr.", "Li Wei Sr."): before one, the name must spell the
    pinyin or be the person's own romanization, not only start with the surname (an adopted name's test)."""
    from zhgloss.validate import spells_person

    if "." not in marks:
        return spells_person(zh, name, pinyins)
    return _spells_name(zh, name, pinyins)


def _spells_name(zh: str, name: str, pinyins: list[str]) -> bool:
    """Tell whether English `name` spells the pinyin of `zh` or is the person's own romanization of it: the strict
    half of `spells_person`, without an adopted name's "starts or ends with the surname" ("Li Ka-shing, Gbm")."""
    from zhgloss.pinyin import en_matches_pinyin
    from zhgloss.validate import romanized_as

    return any(en_matches_pinyin(name, pinyin) for pinyin in pinyins) or romanized_as(zh, name, pinyins) is not None


def around_name_said(around: AroundName, en: str) -> str:
    """What an import says of `en` read as `around.name`, or (a possessive) what it and validate refuse it with."""
    if around.how == "mark":
        return f"en {en!r} read as {around.name!r}: a footnote mark or punctuation after a name is no part of it"
    if around.how == "capitals":
        return (
            f"en {en!r} read as {around.name!r}: a name in capitals (a passport's or a byline's) is written so in "
            "running text, which check holds translations to"
        )
    if around.how == "honorific":
        return f"en {en!r} read as {around.name!r}: an honorific ({around.words!r}) is no part of the name"
    if around.how == "title":
        kept = f", kept as a role ({around.role!r})" if around.role else ""
        return f"en {en!r} read as {around.name!r}: a title ({around.words!r}) is no part of the name{kept}"
    return (
        f"holds {around.words!r} in a possessive before the name, which describes the person: write "
        f"{around.name!r}, and put {around.words!r} in a role or the note"
    )


def is_role(text: str) -> bool:
    """Tell whether English `text` of capitalised words names a title or an occupation ("Film Director", "Xiaomi
    Founder", "Vice-Chairman"): a word of it is one of `zhgloss.forms.ROLE_WORDS`, and it reads as no Chinese name."""
    from zhgloss.forms import ROLE_WORDS

    words = [w.lower().strip(".'’") for w in text.split()]
    if not any(w in ROLE_WORDS or any(p in ROLE_WORDS for p in w.split("-")) for w in words):
        return False
    return romanized_chinese(text) is None


_SLASHED_NAME_RE = re.compile(r"[A-Z][\w.'’-]*(?: [\w.'’-]+)+")


def _slashed_names(en: str) -> list[str]:
    """The names of an English cell that writes two or more names of several words each between slashes ("Jack
    Ma/Ma Yun", a newsroom sheet's way), or []. A slash is no synonym separator of any tool: memoQ splits a cell's
    alternatives only at the character the user names ("Split alternatives in field by"), and the Glossary Converter's
    is "|"; inside a term it belongs to it (AC/DC, TCP/IP, Hong Kong/Macau's one-word side), so such a cell is refused
    with the line, never split by guess (user finding U30-39)."""
    if "/" not in en:
        return []
    parts = [part.strip() for part in en.split("/")]
    if _ends_on_body_word(parts[-1]) and not _ends_on_body_word(parts[0]):
        return []  # one body's name whose first words the slash joins: "Hong Kong/Macao Affairs Office" (B49-4)
    return parts if all(_SLASHED_NAME_RE.fullmatch(part) for part in parts) else []


def _row_english(cells: Mapping[str, str]) -> list[str]:
    """The English forms a row's cells give (its en cell, synonyms split, and its aliases)."""
    en = normalize(unneutralize(cells.get("en") or ""))
    english = [part.strip() for part in SYNONYM_SEPARATORS.split(en)]
    return [*english, *split_list(normalize(unneutralize(cells.get("aliases") or "")))]


_TERM_LANGUAGES = {"zh": "zh", "zh_hant": "zh", "zh_aliases": "zh", "en": "en", "aliases": "en"}
"""The columns that hold terms, and the language whose script each is held to."""


_LATIN_LETTER_RE = re.compile("[A-Za-z]")


LOST_CHINESE = (
    "is question marks alone: the Chinese was lost when the sheet was saved as CSV in a Western encoding (Excel's "
    "'CSV (Comma delimited)'); save it again as 'CSV UTF-8 (Comma delimited)', or as .xlsx"
)
"""What a Chinese cell of "??" says (user finding U33-27: each row was told to fix its cell, the cause unsaid)."""


def _cell_problem(
    name: str,
    value: str,
    english: Callable[[], list[str]],
    kind: str | None = None,
    *,
    by_type: bool = True,
    zh: str | None = None,
) -> str | None:
    """What is wrong with the term cell `value` of column `name` (a list column: with any of its items), or None.
    `english` gives the row's English forms, asked only of a Chinese cell with Latin letters or digits alone in it;
    `kind` the row's type as written, if any; `by_type` False leaves out the rules of a type (`chinese_term_problem`),
    to tell only whether the cells fit their columns' scripts; `zh` the row's Chinese, if any."""
    language = _TERM_LANGUAGES.get(name)
    if language is None:
        return None
    items = split_list(value) if name in LIST_COLUMNS else [value]
    for item in items:
        if language == "en":
            said = english_cell_problem(item)
        elif _LATIN_LETTER_RE.search(item) or "/" in item or (by_type and item.isdigit()):
            said = chinese_term_problem(item, english(), kind, by_type=by_type)
        elif not item.strip("?？ "):
            said = LOST_CHINESE
        else:
            said = zh_script_problem(item)
        if not said and by_type and name == "zh" and ("(" in item or "、" in item or " " in item):
            said = _other_chinese_forms(item, english(), kind)
        if not said and by_type and language == "zh":
            said = chinese_punctuation_problem(item, english(), kind)
        if not said and by_type and language == "en" and ("(" in item or "," in item):
            said = _other_english_names(item, kind)
        if not said and by_type and language == "en" and "(" in item and zh:
            said = _bracket_after_person(item, zh, kind)
        if not said and by_type and language == "en" and "," in item:
            said = comma_description_said(item, kind)
        if said:
            return said if items == [value] else f"holds {item!r}, which {said}"
    return None


def check_scripts(entry_cells: Mapping[str, str], source: str, line: int, *, synonym_cells: bool = False) -> None:
    """Refuse a row whose Chinese (zh, zh_hant, zh_aliases) or English (en, aliases) cell breaks its language's
    script (`chinese_term_problem`, `english_term_problem`), with its line.

    `synonym_cells`: another tool's term cell may hold several synonyms (`SYNONYM_SEPARATORS`), which `row_to_entry`
    splits (`with_synonyms_split`); each is then judged on its own, as it is stored, never the cell joined by the
    space a line break becomes (user U35-47: Excel's Alt+Enter "马化腾⏎馬化騰" was refused as a name "parted by a
    space", where "马化腾;馬化騰" is read as zh and zh_hant)."""
    kind = normalize(unneutralize(entry_cells.get("type") or "")) or None
    zh = entry_cells.get("zh") or entry_cells.get("zh_hant") or None
    for name in _TERM_LANGUAGES:
        raw = entry_cells.get(name)
        if not raw:
            continue
        parts = [unneutralize(raw)]
        joined = joined_english(normalize(parts[0]), zh, kind) if synonym_cells and name == "en" else None
        if synonym_cells and name in _SYNONYM_LIST and SYNONYM_SEPARATORS.search(parts[0]):
            parts = split_synonyms(parts[0], name)
        elif joined:
            parts = joined[1]  # the names, each judged as it is stored (`with_synonyms_split`)
        elif synonym_cells and name in ("aliases", "zh_aliases"):
            parts = split_forms(parts[0])
        for part in parts:
            value = normalize(part)
            said = _cell_problem(name, value, lambda: _row_english(entry_cells), kind, zh=zh) if value else None
            if said:
                raise FormatError(
                    source, f"{name} {value!r} {said}: fix the row's {name} cell (nothing was imported)", line
                )


def split_forms(cell: str) -> list[str]:
    """The forms another tool's list cell (aliases, zh_aliases, forbidden, other names) holds, separated as its term
    cells' synonyms are (`SYNONYM_SEPARATORS`: "LEI Jun|Jun Lei", the Glossary Converter's "|", Across's U+241E, a
    line break) besides zhgloss's own ";" (`split_list`, whose backslash escapes it keeps): the one rule of every
    such cell (user U35-44: a forbidden cell "HuaWei|華爲" was stored as one form, so neither ban worked).

    Between forms in Chinese characters, the enumeration comma 、 and a comma (，or ",") part them too, as Chinese
    writes a list ("鹅厂、企鹅"; refused before as "a cell holds one name", with the advice to give them as
    zh_aliases, the very cell). A comma with Latin letters on either side stays: "Alibaba Group Holding Co., Ltd."
    is one name."""
    forms: list[str] = []
    for form in split_list(normalize(_OTHER_SEPARATORS.sub(";", cell))):
        parts = [part.strip() for part in _CHINESE_LIST_RE.split(form)]
        listed = len(parts) > 1 and all(has_cjk(part) and not _LATIN_LETTER_RE.search(part) for part in parts)
        forms.extend(parts if listed else [form])
    return forms


_CHINESE_LIST_RE = re.compile("[、，,]")
OTHER_NAMES_SEPARATORS = "forms are parted by ; | 、 or a line break (a comma between Chinese forms alone)"
"""The separators of a list cell another tool writes (`split_forms`), as an import says them."""


def other_names_cells(text: str) -> dict[str, str]:
    """The cells an `OTHER_NAMES` column's cell `text` gives: its forms (`split_forms`) in Chinese characters under
    zh_aliases, the others (Latin letters) under aliases, each a list cell (`join_list`) of the forms in the order
    written. "阿里; Ali" gives {"zh_aliases": "阿里", "aliases": "Ali"}."""
    out: dict[str, list[str]] = {}
    for form in split_forms(text):
        out.setdefault("zh_aliases" if has_cjk(form) else "aliases", []).append(form)
    return {column: join_list(forms) for column, forms in out.items()}


def refuse_row_number(text: str, source: str, line: int) -> None:
    """Raise FormatError for a cell of a `ROW_NUMBER` column that is no row number (`is_row_number_column`): the
    column may be an id or a term the header misnames, so the row's line and the way to say so are given."""
    if text.strip() and not is_row_number_column([text]):
        raise FormatError(
            source,
            f"{normalize(text)!r} is no row number, but the header names its column one; if it is the entry's id, "
            f"{COLUMNS_HINT.replace('for example --columns zh,en,-,note', 'for example --columns id,zh,en')}",
            line,
        )


def check_punctuation(entry_cells: Mapping[str, str], source: str, line: int) -> None:
    """Refuse a row whose Chinese cell holds two things parted by punctuation (`chinese_punctuation_problem`), with
    its line: the part of `check_scripts` that holds where the user has said which column is which."""
    kind = normalize(unneutralize(entry_cells.get("type") or "")) or None
    for name, language in _TERM_LANGUAGES.items():
        raw = entry_cells.get(name) if language == "zh" else None
        items = split_list(normalize(unneutralize(raw))) if raw and name in LIST_COLUMNS else [raw or ""]
        for item in items:
            item = normalize(unneutralize(item)) if name not in LIST_COLUMNS else item
            said = chinese_punctuation_problem(item, _row_english(entry_cells), kind) if item else None
            if said:
                raise FormatError(
                    source, f"{name} {item!r} {said}: fix the row's {name} cell (nothing was imported)", line
                )


EXCEL_ERRORS = frozenset(
    [
        "#N/A",
        "#REF!",
        "#VALUE!",
        "#DIV/0!",
        "#NAME?",
        "#NUM!",
        "#NULL!",
        "#SPILL!",
        "#CALC!",
        "#GETTING_DATA",
        "#FIELD!",
        "#BLOCKED!",
        "#CONNECT!",
        "#BUSY!",
        "#UNKNOWN!",
        "#EXTERNAL!",
        "#PYTHON!",
    ]
)
"""Excel's error values (support.microsoft.com, "How to correct a #N/A error" and its siblings), which a formula's
cell holds where it found nothing (a VLOOKUP's #N/A) or broke: an xlsx error cell, or its text in a CSV saved from
one."""


def refuse_formula_errors(cells: Mapping[str, str], source: str, line: int) -> None:
    """Refuse a row with a cell of Excel's error values (`EXCEL_ERRORS`), or an English cell of 0 (what a lookup
    formula gives for an empty cell), with its line and column: imported, 马化腾 "#N/A" was glossed 马化腾（#N/A）
    and check asked translations to write "#N/A" (user finding U33-15)."""
    for name, value in cells.items():
        text = normalize(value).upper()
        if text in EXCEL_ERRORS:
            raise FormatError(
                source,
                f"{name} {normalize(value)!r} is an Excel formula error (a lookup that found nothing, or a broken "
                "reference): fix the sheet, or leave the cell empty (nothing was imported)",
                line,
            )
        if name in ("en", "aliases") and text == "0":
            raise FormatError(
                source,
                f"{name} '0' is what a lookup formula gives for an empty cell, no English: fix the sheet, or leave the "
                "cell empty (nothing was imported)",
                line,
            )


PLACEHOLDERS = frozenset(
    [
        *("tbd", "tba", "tbc", "to be determined", "to be decided", "to be confirmed", "to be translated", "todo"),
        *("n/a", "n.a.", "n. a.", "not applicable", "pending", "not yet"),
        *("-", "--", "---", "–", "—", "?", "??", "???", "？", "？？", "…", "...", "xxx", "/"),
        *("待定", "待译", "待翻译", "待确认", "待確認", "待补充", "待補充", "未定", "暂无", "暫無", "未译", "未譯"),
    ]
)
"""What a sheet writes in a cell that has no value yet: "TBD", "N/A", a dash, a question mark, 待定 (the review's
R48-24: stored as the English, glossed 华为（TBD）). Read as an empty cell, said. Not "NA" or "X": Na is sodium's
symbol and X a company's name; nor a word a term glossary translates ("unknown" 未知, "none" 无, 空 emptiness);
Excel's #N/A is a formula's error (`EXCEL_ERRORS`)."""

_DOUBT_RE = re.compile(
    r"(?P<form>.*?[^\s?？(（\[])[ \u00a0]*"
    r"(?:[?？]{1,3}|[(（\[][ ]*(?:[?？]{1,3}|tbc|unconfirmed|unsure|not sure|to be confirmed|待确认|待確認|存疑|不确定)[ ]*[)）\]])",
    re.IGNORECASE,
)
"""A form, then a mark of doubt after it: "Huawei?", "Lei Jun ??", "Xiaomi (?)", "Ren Zhengfei [?]", "Tencent
(TBC)", "Yu Chengdong（待确认）": what a translator writes of an English they are not sure of."""

_PLACEHOLDER_COLUMNS = ("en", "aliases", "zh", "zh_hant", "zh_aliases", "pinyin", "note")


def is_placeholder(text: str, column: str | None = None) -> bool:
    """Tell whether a cell's `text` holds no value yet, only a placeholder (`PLACEHOLDERS`, any case). In a Chinese
    column (`column` zh, zh_hant, zh_aliases) question marks alone are Chinese lost to a Western encoding
    (`LOST_CHINESE`), refused with the cause, no placeholder."""
    folded = normalize(unneutralize(text)).casefold()
    if column in ("zh", "zh_hant", "zh_aliases") and not folded.strip("?？ "):
        return False
    return folded in PLACEHOLDERS


def doubted_form(text: str) -> str | None:
    """The form an English cell `text` writes with a mark of doubt after it (`_DOUBT_RE`: "Huawei?" -> "Huawei",
    "Xiaomi (?)" -> "Xiaomi"), or None. A form that is question marks alone is a placeholder (`is_placeholder`). A
    question mark right after a question's words is the title's own: a show's or a book's title that asks ("Dad,
    Where Are We Going?", "Who's the Spy?": a clause opening on a question word, `_QUESTION_RE`; the session's
    B49-3), not a doubt."""
    cell = normalize(unneutralize(text))
    found = _DOUBT_RE.fullmatch(cell)
    if found is None:
        return None
    if cell.rstrip().endswith(("?", "？")) and _QUESTION_RE.search(found.group("form")):
        return None
    return found.group("form").strip()


_QUESTION_RE = re.compile(
    r"(?i)(?:^|[,:;—–-]\s*)(?:who|whom|whose|what|where|when|why|how|which|is|are|was|were|do|does|did|can|could|"
    r"will|would|shall|should|may|might|have|has|had)(?:'s|’s|'re|’re)?\s+\w"
)
"""A clause that opens on a question word or an auxiliary verb and goes on, at the cell's start or after a comma,
colon or dash: an English that asks a question (`doubted_form`; "Who?" alone is a doubted "Who")."""


def without_placeholders(cells: dict[str, str], source: str, line: int, *, english_source: bool = False) -> bool:
    """Read a row's placeholders and doubted English as a translator means them, said with the line (the review's
    R48-24; a guess is labelled as one):

    - a cell of a placeholder ("TBD", "N/A", "-", "?", 待定: `is_placeholder`) holds nothing yet, and is emptied: a
      row with Chinese and no English then becomes a draft whose English is add's proposal (`row_to_entry`), a row
      with no Chinese a draft to be translated;
    - an English cell whose form ends in a mark of doubt ("Huawei?", "Xiaomi (?)": `doubted_form`) is a guess: kept
      out of en, the row a draft with the proposal as its English, the guess written in the note ("English in doubt
      in the sheet: 'Huawei'"), for a person to confirm (`zhgloss edit --en`, validate lists drafts).

    `english_source`: the file's English is its source (the multi-line layout under an English first column), where
    an empty English makes the row a synonym of the entry above; such a row is refused with the line instead.
    Return whether a Chinese cell (zh, zh_hant) was a placeholder: the row is then a term not yet translated, never
    a synonym row of the entry above (the multi-line layout's blank Chinese cell).
    """
    unwritten = False
    terms = {c: normalize(unneutralize(cells.get(c) or "")) for c in ("en", "zh", "zh_hant")}
    if all(is_placeholder(term, c) for c, term in terms.items() if term):
        return False  # a row of such words alone is a term pair about them ("待定,TBD"), or no term at all
    for column in _PLACEHOLDER_COLUMNS:
        text = cells.get(column)
        if not text or not is_placeholder(text, column):
            continue
        if column == "en" and english_source:
            raise FormatError(
                source,
                f"en {normalize(text)!r} is a placeholder, no English, but the English is the file's source: write "
                "the English (nothing was imported)",
                line,
            )
        _said(f"{column} {normalize(text)!r} is a placeholder: read as empty (nothing written yet)", source, line)
        cells[column] = ""
        unwritten = unwritten or column in ("zh", "zh_hant")
    doubted = doubted_form(cells.get("en") or "")
    if doubted is None:
        return unwritten
    if english_source:
        raise FormatError(
            source,
            f"en {normalize(cells['en'])!r} marks its English in doubt, and the English is the file's source: write "
            "the English the file means (nothing was imported)",
            line,
        )
    guess = f"English in doubt in the sheet: {doubted!r}"
    cells["note"] = "; ".join(text for text in (cells.get("note") or "", guess) if normalize(text))
    _said(
        f"en {normalize(cells['en'])!r} is marked as a doubt: kept out of the English, in the note ({guess}); the row "
        "is a draft",
        source,
        line,
    )
    cells["en"] = ""
    return unwritten


_FALSE_WORDS = (
    *("false", "no", "0", "n", "falsch", "faux", "否", "falso", "onwaar", "fałsz", "ложь", "falskt", "falsk", "usann"),
    *("epätosi", "yanliş", "yanl\u0131\u015f", "nepravda", "hamis"),
)
_TRUE_WORDS = (
    *("true", "yes", "1", "y", "wahr", "vrai", "是", "verdadero", "verdadeiro", "vero", "waar", "prawda", "истина"),
    *("sant", "sand", "sann", "tosi", "doğru", "pravda", "igaz", "x", "✓", "✔", "☑"),
)
"""A spreadsheet's booleans, also as Excel writes them in the languages of its users (Phrase's .xlsx export writes
its flags so: WAHR/FALSCH in German, VERDADERO/FALSO in Spanish, WAAR/ONWAAR in Dutch ...; user finding U33-4), and
a hand-made sheet's mark of yes (x, ✓): one letter or a tick is no term."""


def _flag_word(value: str) -> bool | None:
    """True or False for a cell that is a boolean word (TRUE, no, WAHR ...), None for any other cell."""
    text = value.strip().lower()
    return True if text in _TRUE_WORDS else False if text in _FALSE_WORDS else None


def _flag(value: str, name: str, source: str, line: int) -> bool:
    if not value.strip():
        return False
    flag = _flag_word(value)
    if flag is None:
        raise FormatError(source, f"{name} must be true or false, not {value!r}", line)
    return flag


_FORBIDDEN_ITEM_RE = re.compile(r"^(.*?)\s*\[([^\[\]]+)\]$")


def _forbidden_items(value: str, source: str, line: int, *, split: bool = False) -> list[dict[str, str]]:
    """The forbidden forms of a forbidden cell: "FORM [STATUS]" items (as export writes them; a status any tool
    writes, "rejected" or "not recommended", read as `zhgloss.formats.tbx.banned_status` reads it), or a JSON list
    of {"form", "status"} (the stored shape). Raise FormatError for a status no word of which zhgloss knows: the
    bracket would be kept as part of a form nobody writes. `split`: another tool's cell, whose forms are separated
    as its other list cells' are (`split_forms`), not by ";" alone."""
    from zhgloss.formats.tbx import banned_status

    text = normalize(value)
    if text.startswith("[{"):
        try:
            listed = json.loads(text)
        except json.JSONDecodeError as exc:
            raise FormatError(source, f"forbidden: not a JSON list of forms: {exc.msg}", line) from None
        if not isinstance(listed, list) or not all(isinstance(i, dict) and "form" in i for i in listed):
            raise FormatError(source, 'forbidden: a JSON list must hold {"form": ..., "status": ...} items', line)
        pairs = [(str(i["form"]), str(i["status"]) if i.get("status") else None) for i in listed]
    else:
        pairs = []
        for item in split_forms(value) if split else split_list(text):
            match = _FORBIDDEN_ITEM_RE.match(item)
            pairs.append((match.group(1), match.group(2)) if match else (item, None))
    out = []
    for form, status in pairs:
        if status is None:
            out.append({"form": form})
            continue
        known = banned_status(status)
        if known is None:
            raise FormatError(
                source,
                f"forbidden: {form!r} [{status}]: {status!r} is no status zhgloss knows "
                f"({', '.join(FORBIDDEN_STATUSES)}); write the form alone, or with one of them",
                line,
            )
        out.append({"form": form, "status": known})
    return out


def _json_list(value: str, name: str, source: str, line: int) -> list[str] | None:
    """The items of a list cell written as a JSON list of strings ('["Leibusi", "LEI Jun"]', the stored shape, as a
    script or a colleague's tool writes it), None for a cell that is no JSON list (the "; "-joined forms). Raise
    FormatError for a JSON list of anything else ("[1, 2]", '[{"a": 1}]'): it would be kept as one literal form
    nobody writes (the reviewer's F10, session 30)."""
    text = normalize(value)
    if not (text.startswith("[") and text.endswith("]")):
        return None
    try:
        listed = json.loads(text)
    except json.JSONDecodeError:
        return None  # "[Draft] Lei Jun]": brackets in a form, no JSON
    if not isinstance(listed, list) or not all(isinstance(item, str) for item in listed):
        raise FormatError(
            source,
            f"{name} {text!r} is a JSON list, but not of strings; write the forms as a JSON list of strings, or "
            'separated by "; " (nothing was imported)',
            line,
        )
    return [normalize(item) for item in listed if normalize(item)]


class IdMaker:
    """Give rows without an id one made from the English form, unique within one file."""

    def __init__(self) -> None:
        self.taken: dict[str, str] = {}

    def claim(self, entry_id: str, zh: str | None) -> None:
        """Note an id the file gives itself, so a made-up one never collides with it."""
        self.taken.setdefault(entry_id, zh or "")

    def make(self, en: str, zh: str | None) -> str:
        """Return an id for a row with English `en` and Chinese `zh` (the same row gets the same id)."""
        base = slugify(en)[:60].strip("-")
        if not base:
            base = "entry-" + hashlib.sha1((zh or en).encode()).hexdigest()[:8]
        candidate, n = base, 1
        while candidate in self.taken and self.taken[candidate] != (zh or ""):
            n += 1
            candidate = f"{base}-{n}"
        self.taken[candidate] = zh or ""
        return candidate


def row_to_entry(
    cells: Mapping[str, str],
    ids: IdMaker,
    source: str,
    line: int,
    *,
    theirs: bool = True,
    synonym_cells: bool = True,
    proposes: bool = False,
) -> Entry:
    """Build an entry from one row's cells (column name -> text); raise FormatError with `line`.

    `proposes`: a row of another tool's file with Chinese and no English is not yet translated, a draft whose
    English is its pinyin (`proposed_english`), said in an `ImportNote`; else it is refused.

    `synonym_cells`: a term cell of another tool may hold several synonyms (`with_synonyms_split`); False for a
    format that writes each synonym on a line of its own (OmegaT), where "|" or ";" in a cell is part of the term.

    A row of another tool's file (`theirs`: not zhgloss's own layout) whose zh is written in traditional
    characters gets zh in simplified ones by the name rules TBX's zh-TW terms are read by
    (`zhgloss.formats.tbx.simplified_form`: 徐乾學 -> 徐乾学, 薛應旂 -> 薛应旂) and the traditional form as zh_hant
    (unless the row gives one).
    """
    data: dict[str, Any] = {}
    if theirs and synonym_cells:
        en_cell = normalize(unneutralize(cells.get("en") or ""))
        joined = None
        if not SYNONYM_SEPARATORS.search(en_cell):
            joined = joined_english(en_cell, _row_zh(cells), _row_kind(cells))
        if joined:
            _said(joined_english_said(en_cell, joined), source, line)
        cells = with_synonyms_split(cells)
    for name, raw in cells.items():
        value = unneutralize(raw)
        if name == "forbidden":
            data[name] = _forbidden_items(value, source, line, split=theirs and synonym_cells)
        elif name in LIST_COLUMNS and (listed := _json_list(value, name, source, line)) is not None:
            data[name] = listed
        elif name in ("aliases", "zh_aliases") and theirs and synonym_cells:
            # Another tool's list of forms is separated as its term cells' synonyms are ("LEI Jun|Jun Lei": the
            # Glossary Converter's "|", Across's U+241E, a line break), besides zhgloss's own ";".
            data[name] = split_forms(value)
        elif name in LIST_COLUMNS:
            data[name] = split_list(normalize(value))
        elif name == "roles":
            data[name] = _roles(value, source, line)
        elif name in FLAG_COLUMNS:
            data[name] = _flag(value, name, source, line)
        elif name in _TRIMMED and theirs:
            data[name] = trimmed_form(value) if normalize(value) else None
        else:
            data[name] = value if normalize(value) else None
    untyped = not normalize(data.get("type") or "")
    if untyped:
        data["type"] = DEFAULT_TYPE
    en = data.get("en")
    if not en and theirs and data.get("aliases"):
        # Another tool's row whose English cell is blank but whose other English cell holds a form: Phrase Strings'
        # and Lokalise's "term" column beside their locale columns (a do-not-translate term, "QQ", translatable
        # false, writes no translation), memoQ's second term column. The first such form is the English, the rest
        # aliases; the whole file was refused "the English form (en) is empty" (the s42 tbl report).
        en, *others = data["aliases"]
        data["en"], data["aliases"] = en, others
    proposed = False
    if not en and proposes and theirs and data.get("zh") and normalize(data["zh"]) and not data.get("aliases"):
        # A term not yet translated into English (a Weblate or OmegaT row of a Chinese-source project with the
        # target blank): a draft, whose English is the pinyin, a proposal (`validate` reports it until a person
        # writes the English), as a TBX concept with Chinese alone is; the proposal is not said (`says`).
        zh = normalize(data["zh"])
        cedict = cedict_proposal(zh, None if untyped else normalize(data["type"]))
        if cedict is not None:
            # As `add` names it (R46-10, R47-24): a person or place CC-CEDICT lists gets its English, and an untyped
            # row its type, which CC-CEDICT says; never "Xianggang" for 香港, "Li Guangyao" for 李光耀.
            en, listed_as = cedict
            whose = f"is CC-CEDICT's English of the {listed_as}"
            if untyped:
                data["type"], untyped = listed_as, False
        else:
            en, whose = proposed_english(zh, None if untyped else normalize(data["type"])), "is its pinyin"
        data["en"] = en
        proposed = True
        data["draft"] = True
        warnings.warn_explicit(
            ImportNote(
                f"{zh!r} has no English: imported as a draft whose English {en!r} {whose}, a proposal to check",
                source,
                line,
            ),
            ImportNote,
            source,
            line,
            module=__name__,
        )
    if not en:
        raise FormatError(source, "the English form (en) is empty", line)
    if theirs and not data.get("zh") and data.get("zh_hant"):
        data["zh"] = data["zh_hant"]  # a traditional column alone (繁體中文, zh-TW): zh is its simplified form
    if theirs and not data.get("zh") and not data.get("zh_aliases"):
        # A term not yet translated (a Weblate or Crowdin row with the Chinese blank): kept, as a draft, which
        # `validate` reports until its Chinese is written.
        data["draft"] = True
    if theirs and data.get("zh"):
        _simplified_zh(data)
        if data.get("zh_hant"):
            _pair_zh_hant(data)
        _hant_from_aliases(data)
        _aliases_in_both_scripts(data)
    if theirs and data.get("zh") and data.get("pinyin") and normalize(data["pinyin"]):
        kind = data.get("type")
        if untyped:
            from zhgloss.formats import _reads_as_person

            # An untyped row whose English reads as a person's name ("Shan Jixiang" for 单霁翔): a person's pinyin,
            # surname apart with the surname's reading, as the pinyin filled for a row without one is (U35-38).
            kind = "person" if _reads_as_person(normalize(data["zh"]), normalize(en)) else kind
        data["pinyin"] = house_pinyin(
            normalize(data["zh"]), normalize(data["pinyin"]), kind, source, line, normalize(en)
        )
    if untyped:
        zh = normalize(data.get("zh") or "")
        english = [normalize(en), *data.get("aliases", [])]
        data["type"] = "stock_code" if is_stock_code_of(zh, english) else untyped_type(normalize(en))
    else:
        _refuse_unknown_type(normalize(data["type"]), source, line)
    if not data.get("id"):
        data["id"] = ids.make(normalize(en), normalize(data["zh"]) if data.get("zh") else None)
    try:
        entry = Entry.from_dict(data)
    except InvalidEntryError as exc:
        raise FormatError(source, f"invalid entry: {exc}", line) from None
    except TypeError as exc:  # a value of the wrong shape inside roles
        raise FormatError(source, f"invalid entry: {exc}", line) from None
    if theirs and not proposed:
        entry = _judged_english(entry, "en_adopted" in data, source, line)
    if proposed:
        from zhgloss.formats import says

        return says(entry, frozenset(COLUMNS) - {"en", "draft"})  # narrowed by the columns (`rows_to_entries`)
    return entry


def _pinyin_letters(text: str) -> str:
    """The letters of pinyin `text`, lower case, without tones, digits, spaces or apostrophes (ü as u)."""
    import unicodedata

    # ü is typed v or u: on an English keyboard ("lv bu", "nv3 wa1", as CC-CEDICT's u:), both sides read as u.
    decomposed = unicodedata.normalize("NFD", text.lower().replace("u:", "u").replace("v", "u"))
    return "".join(c for c in decomposed if "a" <= c <= "z")


def house_pinyin(zh: str, pinyin: str, kind: str | None, source: str, line: int, en: str | None = None) -> str:
    """The pinyin a table row's pinyin cell gives Chinese `zh`.

    Where the cell has no tone marks ("wang chuanfu", "BI YA DI", "lei2 jun1") and its letters are those of the
    house form (`zhgloss.pinyin.romanize` for a person; `phrase_pinyin` or `romanize` for anything else, the one cut
    into as many words as the cell), that form ("Wáng Chuánfú", "Bǐyàdí"), said with the line: its tones read from
    the characters, or from the cell's numbers where they agree. A cell that spells no reading of the characters is
    refused with the line (user finding U33-13: stored as typed, the pinyin gloss printed "LEI Jun" and lookup by
    "Wáng Chuánfú" found nothing). A tone-marked cell is kept as written. Of two house forms, the one whose words
    are the English's (`en`: "Lu Weibing" for 卢伟冰 is "Lú Wěibīng", not "Lúwěibīng") wins, then the one cut as the
    cell is: a cell of a syllable a word ("lu2 wei3 bing1", CC-CEDICT's and Pleco's way) or of none ("lu2wei3bing1")
    says nothing of the name's words (user finding U34-7)."""
    import unicodedata

    from zhgloss.errors import ZhglossError
    from zhgloss.pinyin import marks_to_numbers, phrase_pinyin, romanize
    from zhgloss.script import TONE_MARKS

    if any(mark in unicodedata.normalize("NFD", pinyin) for mark in TONE_MARKS) or not pinyin.isascii():
        return pinyin
    letters = _pinyin_letters(pinyin)
    if not letters or not has_cjk(zh) or any(not (is_cjk(c) or c == "·") for c in zh):
        return pinyin  # a name with Latin or digits in it (小米SU7): its cell as written
    person = kind is not None and normalize_type(kind) == "person"
    words = len(pinyin.split())
    forms: list[str] = []
    for make in (
        (lambda z: romanize(z).pinyin, phrase_pinyin) if person else (phrase_pinyin, lambda z: romanize(z).pinyin)
    ):
        try:
            forms.append(make(zh))
        except ZhglossError:
            continue
        if person:
            break  # a person's pinyin is written as add writes it (surname readings and all), or not at all
    fitting = [form for form in forms if _pinyin_letters(form) == letters]
    # Of two house forms that spell the cell, the one cut as the English is, else the one cut into as many words as
    # the cell ("wang chuanfu": a name).
    english_cut = [_pinyin_letters(word) for word in en.split()] if en else None
    house = next(
        (form for form in fitting if [_pinyin_letters(word) for word in form.split()] == english_cut),
        next((form for form in fitting if len(form.split()) == words), fitting[0] if fitting else None),
    )
    if (
        house is None
        and person
        and forms
        and english_cut == [_pinyin_letters(w) for w in forms[0].split()]
        and not any(c.isdigit() for c in pinyin)
    ):
        # A toneless cell spelling another reading of a character (单 "dan", where a surname 单 is Shàn) that the
        # row's own English contradicts ("Shan Jixiang"): the person's reading, which the English spells, said (user
        # U35-38: stored "Dānjìxiáng", so lookup "shan4 ji4 xiang2" found nothing).
        _said(
            f"pinyin {pinyin!r} reads {zh!r} otherwise than the row's English {en!r} does: imported as "
            f"{forms[0]!r}, the person's reading; if the cell is right, fix the English",
            source,
            line,
        )
        return forms[0]
    if house is not None:
        digits = "".join(c for c in pinyin if c.isdigit())
        if digits and digits != "".join(c for c in marks_to_numbers(house) if c.isdigit()):
            return pinyin  # tones the cell says otherwise (a reading of the row's own): the cell's
        if house != pinyin:
            _said(f"pinyin {pinyin!r} imported as {house!r}, as zhgloss writes the pinyin of {zh!r}", source, line)
        return house
    from zhgloss.adopted import readings, spells

    if (
        not any(c.isdigit() for c in pinyin)
        and not spells(letters.replace("u", "v"), readings(zh))
        and not spells(letters, readings(zh))
    ):
        raise FormatError(
            source,
            f"pinyin {pinyin!r} spells no reading of {zh!r}: fix the row's pinyin cell, or leave it empty for zhgloss "
            "to write (nothing was imported)",
            line,
        )
    return pinyin


_GIVEN_FIRST_FIX_RE = re.compile(r"write '([^']+)'")


def _judged_english(entry: Entry, says_adopted: bool, source: str, line: int) -> Entry:
    """`entry`, a row's, with its English judged as `add` judges a name's (`zhgloss.validate.english_problems`, the
    one rule; user finding U32-16, brief item 6): a Chinese name's English in Western order ("Qiangdong Liu" for
    刘强东, "Chuanfu Wang" for 王传福) is refused with the line, as add refuses it, since check would then fail the
    right order; a person's adopted English name, one given name before the family name's spelling ("Jack Ma",
    "Richard Liu", "Andy Lau": the last word one of `zhgloss.adopted.surname_keys`; no title before it), is marked
    `en_adopted` where the row does not say (no en_adopted column), and said, so that validate does not call it an
    error. Other English add would refuse is left to `zhgloss.formats.import_documents` and validate. Only a
    person's row, or a name's whose English reads as a Chinese name (`romanized_chinese`), is judged: ~1 ms a row."""
    if entry.zh is None or not has_cjk(entry.zh):
        return entry
    if entry.type in ("person", "name"):
        entry = _name_alone(entry, source, line)
        entry = _short_english(entry, source, line)
    if entry.en_adopted:
        return entry
    if entry.type != "person" and not (entry.type == "name" and romanized_chinese(entry.en.split(",")[0].strip())):
        return entry
    from zhgloss.validate import english_problems

    errors = [problem for problem in english_problems(entry) if problem.severity == "error"]
    order = next((problem for problem in errors if problem.code == "en-order"), None)
    if order is not None:
        fixed = _GIVEN_FIRST_FIX_RE.search(order.message)
        fix = f"write {fixed.group(1)!r}" if fixed else "write the family name first"
        raise FormatError(
            source,
            f"en {entry.en!r} puts the given name first, which English does not for a Chinese name: {fix}, or if the "
            "person writes it so, give the row an en_adopted column of true (nothing was imported)",
            line,
        )
    comma = next((problem for problem in errors if problem.code == "en-description"), None)
    if comma is not None:
        raise FormatError(source, f"{comma.message.split(' (zhgloss edit')[0]} (nothing was imported)", line)
    codes = {problem.code for problem in errors}
    if says_adopted or "en-mismatch" not in codes or not reads_as_adopted_name(entry, codes):
        return entry
    _said(adopted_note(entry), source, line)
    return entry.replace(en_adopted=True)


def _name_alone(entry: Entry, source: str, line: int) -> Entry:
    """`entry`, a person's or an untyped row's, with its English the name alone (`name_in_english`, the rule validate
    judges an entry's by): "Lei Jun*", "Lei Jun?", "Lei Jun." read as "Lei Jun", "Mr Lei Jun" too, "CEO Lei Jun"
    with "CEO" a role (an untyped row a person's then), each said with the line; "Xiaomi's Lei Jun" refused with the
    line and the fix (the review's R45-11 addendum: all were stored whole). A name in capitals ("LEI JUN") is read
    in title case, said; the Hong Kong Government's style ("LEI Jun", "TANG Ping-keung") is left to `_short_english`,
    which says it so."""
    from zhgloss.adopted import government_style
    from zhgloss.model import Role

    for _ in range(3):  # "Mr Lei Jun." holds two: a mark, then an honorific
        around = name_in_english(entry.zh or "", entry.en, entry.type)
        if around is None or (around.how == "capitals" and government_style(entry.zh or "", entry.en)):
            return entry
        said = around_name_said(around, entry.en)
        if around.how == "possessive":
            raise FormatError(source, f"en {entry.en!r} {said} (nothing was imported)", line)
        _said(said, source, line)
        aliases = [alias for alias in entry.aliases if alias != around.name]
        entry = entry.replace(en=around.name, aliases=aliases)
        if around.how == "title":
            roles = list(entry.roles)
            if around.role and all(role.title != around.role for role in roles):
                roles.append(Role(title=around.role))
            entry = entry.replace(roles=roles, type="person")
    return entry


def reads_as_adopted_name(entry: Entry, codes: Collection[str]) -> bool:
    """Tell whether `entry`, a person's whose English validate calls wrong (`codes`, the codes of its errors, hold
    "en-mismatch"), writes an adopted English name: one or two given names or initials before the family name's
    spelling ("Jack Ma", "Richard Liu" for 刘强东, "C. C. Wei" for 魏哲家: the last word one of
    `zhgloss.adopted.surname_keys`, no other). A title before the name ("Chief Executive John Lee", en-title) is no
    given name. The one rule of a row read (`_judged_english`) and
    of a row that replaces a stored person's English (`zhgloss.formats.import_documents`; user U35-20)."""
    if entry.type != "person" or entry.zh is None or "en-title" in codes:
        return False
    from zhgloss.adopted import surname_keys

    words = entry.en.split()
    keys = surname_keys(entry.zh)
    return 2 <= len(words) <= 3 and en_key(words[-1]) in keys and not any(en_key(word) in keys for word in words[:-1])


def adopted_note(entry: Entry) -> str:
    """The note an import gives of a person's English read as an adopted name (`reads_as_adopted_name`)."""
    return (
        f"en {entry.en!r} spells no pinyin of {entry.zh!r}: imported as an adopted English name (en_adopted), a given "
        "name before the family name; if it is none, fix the row"
    )


def _short_english(entry: Entry, source: str, line: int) -> Entry:
    """`entry`, a person's or a name's row, with the short form news writes as its English where the row writes the
    name as Hong Kong's government lists do (`zhgloss.adopted.short_form`, the one rule of every reader and of
    harvest; user finding U32-30): 陈茂波 "Paul Chan Mo-po" is imported as "Paul Chan", en_adopted, with "Paul Chan
    Mo-po" and "Chan Mo-po" aliases, and said, so that `check` passes "Paul Chan said." and validate is clean. The
    Government's own directory order ("CHAN Mo-po, Paul": the family name in capitals, the English name after a
    comma) is read in the order papers write it first (`zhgloss.adopted.government_style`, the rule harvest reads
    press releases by; user finding U34-23: stored whole as en, so check failed "Paul Chan said."), a person's.

    Before that, as harvest reads a press release (user U36-17): post-nominal letters after a comma that end the
    English ("LAM Ting-kwok, Paul, SC", "IP LAU Suk-yee, Regina, GBM, GBS, JP": `zhgloss.harvest.POST_NOMINALS`,
    Wikipedia's MOS:POSTNOM) go to the note as "post-nominal honours: SC"; and a hyphenated given name after the
    family name written with a capital after the hyphen ("Leung Chun-Ying", "Paul Chan Mo-Po", "LEUNG Kwok-Hung") is
    written as Hong Kong, Taiwan and the Government write it, the syllable after the hyphen in lower case (user
    U36-36; the CC-CEDICT reader's rule for its "Chow Yun-Fat", U35-14). Each is said with the row's line."""
    from zhgloss.adopted import catalogue_order, chinese_order_parts, government_style, short_form

    zh = entry.zh or ""
    ordered = catalogue_order(zh, entry.en)
    if ordered is not None:
        # "Ren, Zhengfei", "LI, Yanhong": a catalogue's or a passport list's order of the name, the characters saying
        # which word is which; read in the order news writes, said (the review's R45-8; add refuses it with the fix).
        _said(
            f"en {entry.en!r} writes the family name, a comma, then the given name (a catalogue's order): imported as "
            f"{ordered!r}, the order news writes",
            source,
            line,
        )
        return entry.replace(en=ordered)
    en, honours = _without_post_nominals(entry.en)
    lowered = _lower_given_syllables(zh, en)
    papers = government_style(zh, lowered)
    short, others = short_form(zh, papers or lowered)
    if (
        honours
        and entry.type != "person"
        and papers is None
        and not others
        and chinese_order_parts(zh, lowered, True) is None
    ):
        honours = ()  # "Wing On, MH"? no person's name before the letters: the row is kept as written
        lowered = entry.en
    if papers is None and not others:
        if lowered == entry.en:
            return entry
        short = lowered
    if papers is not None and not others:
        short = papers  # "TANG Ping-keung": no English name before it, "Tang Ping-keung" is the name
    if any(form.form in (short, *others) for form in entry.forbidden):
        # The row forbids the short form itself (a termbase's "Frank Chang-ting Hsieh" that bans "Frank Hsieh"): the
        # file has decided which form to write, and its English is kept as written (the import refused the row).
        return entry
    aliases = [a for a in dict.fromkeys([*others, *entry.aliases]) if a != short]
    if papers is not None:
        style = "in the Hong Kong Government's style"
    elif others:
        style = "as Hong Kong, Taiwan and Singapore write names"
    else:
        style = "with a capital after the given name's hyphen, which Hong Kong and Taiwan write in lower case"
    also = f", with {' and '.join(map(repr, others))} as aliases" if others else ""
    kept = f", its post-nominal honours ({', '.join(honours)}) in the note" if honours else ""
    _said(
        f"en {entry.en!r} names {zh!r} {style}{', an adopted name first' if others else ''}: imported as {short!r}"
        f"{' (en_adopted)' if others else ''}, the form news writes{also}{kept}",
        source,
        line,
    )
    kind = "person" if papers is not None or honours else entry.type
    note = entry.note
    if honours:
        note = "; ".join(filter(None, [note, f"post-nominal honours: {', '.join(honours)}"]))
    return entry.replace(en=short, aliases=aliases, en_adopted=bool(others) or entry.en_adopted, type=kind, note=note)


# Letters after a comma that end an English name: "LAM Ting-kwok, Paul, SC", ", GBM, GBS, JP" (checked against
# `zhgloss.harvest.POST_NOMINALS`, imported only for an English that has them).
_COMMA_LETTERS_RE = re.compile(r"(?:,[ \u00a0]*[A-Z][A-Za-z]{1,4})+[ \u00a0]*$")


def _without_post_nominals(en: str) -> tuple[str, tuple[str, ...]]:
    """(`en` without the post-nominal letters after a comma that end it, those letters): "LAM Ting-kwok, Paul, SC" ->
    ("LAM Ting-kwok, Paul", ("SC",)); "CHEUNG Kui-nung, Andrew, GBM" -> ("CHEUNG Kui-nung, Andrew", ("GBM",)). Only
    letters of `zhgloss.harvest.POST_NOMINALS` (harvest's list: "Inc", "Ltd" and an English given name are none)."""
    found = _COMMA_LETTERS_RE.search(en)
    if found is None or not en[: found.start()].strip():
        return en, ()
    from zhgloss.harvest import POST_NOMINALS

    parts = [part.strip() for part in found.group(0).split(",")[1:]]
    # "CHEUNG Kui-nung, Andrew, GBM": the letters are the parts that end it; "Andrew" before them is the name's.
    at = len(parts)
    while at > 0 and parts[at - 1] in POST_NOMINALS:
        at -= 1
    if at == len(parts):
        return en, ()
    rest = en[: found.start()] + "".join(f", {part}" for part in parts[:at])
    return rest.strip(), tuple(parts[at:])


_CAPITAL_AFTER_HYPHEN_RE = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]*)*-[A-Z][a-z]*(?:-[A-Za-z][a-z]*)*")


def _lower_given_syllables(zh: str, en: str) -> str:
    """`en` with the syllables after the hyphens of a Chinese name's hyphenated given name in lower case where it
    writes one in capitals and is otherwise a name in the Chinese order (`zhgloss.adopted.chinese_order_parts`) or in
    the Hong Kong Government's style (`government_style`): "Leung Chun-Ying" (梁振英) -> "Leung Chun-ying", "Paul Chan
    Mo-Po" -> "Paul Chan Mo-po", "LEUNG Kwok-Hung" (梁国雄) -> "LEUNG Kwok-hung"; any other English is itself (a
    given name first, "Kai-Fu Lee"; "Tim Berners-Lee")."""
    if not zh or "-" not in en:
        return en
    from zhgloss.adopted import chinese_order_parts, government_style

    words = en.split(" ")
    for at, word in enumerate(words):
        core = word.rstrip(",")
        if at == 0 or not _CAPITAL_AFTER_HYPHEN_RE.fullmatch(core):
            continue
        first, _, rest = core.partition("-")
        written = [*words[:at], f"{first}-{rest.lower()}{word[len(core) :]}", *words[at + 1 :]]
        candidate = " ".join(written)
        if chinese_order_parts(zh, candidate, True) is not None or government_style(zh, candidate) is not None:
            return candidate
    return en


_TRIMMED = ("en", "zh", "zh_hant")
_WRAPPERS = {"“": "”", '"': '"', "‘": "’", "'": "'", "「": "」", "『": "』", "《": "》", "〈": "〉", "\uff02": "\uff02"}
_TRAILING_MARKS = "。，、；：！？"
_LATIN_MIDDLE_DOT_RE = re.compile(r"(?<=[A-Za-z])\s*[\u00b7\u30fb\u2027\uff65]\s*(?=[A-Za-z])")


def trimmed_form(text: str) -> str:
    """A term cell typed with a Chinese input method left on, as a name is written: quotes or title marks around the
    whole cell (“Wang Xing”, 《三体》, 「雷军」), full-width punctuation after it (Richard Liu。, 马云。) and a
    Chinese middle dot between Latin words (Jay·Chou) are no part of the form."""
    form = text.strip()
    while len(form) > 2 and _WRAPPERS.get(form[0]) == form[-1]:
        form = form[1:-1].strip()
    form = form.rstrip(_TRAILING_MARKS).strip()
    return _LATIN_MIDDLE_DOT_RE.sub(" ", form) or text


def cedict_proposal(zh: str, kind: str | None = None) -> tuple[str, str] | None:
    """CC-CEDICT's English and type for a term with Chinese alone (`zh`; `kind` its row's type, None if untyped) that
    CC-CEDICT lists as a person or place whose English is not the pinyin `add` would make (`zhgloss.curate.
    cedict_english`: 香港 "Hong Kong", 李光耀 "Lee Kuan Yew"), or None. An untyped row is looked up as a person, then
    as a place: CC-CEDICT says which it is, no guess. Any other type gets None (its pinyin is proposed)."""
    from zhgloss.curate import cedict_english

    for asked in ("person", "place") if kind is None else (normalize_type(kind),):
        if asked in ("person", "place") and (en := cedict_english(zh, asked)) is not None:
            return en, asked
    return None


def proposed_english(zh: str, kind: str | None = None) -> str:
    """The English a term with Chinese alone is given as a proposal, from its simplified form: a person's (`kind`,
    the row's type) as `add` romanizes a person (`zhgloss.pinyin.romanize`: 李小龙 -> "Li Xiaolong", surname
    readings and all), any other's its pinyin without tones cut into dictionary words as CC-CEDICT writes them
    (金山 -> "Jinshan", 北京大学 -> "Beijing Daxue"; `zhgloss.pinyin.phrase_pinyin`). The reviewer's F14, session 30: a
    person was proposed "Lixiaolong"."""
    from zhgloss.errors import ZhglossError
    from zhgloss.formats.tbx import simplified_form
    from zhgloss.pinyin import phrase_pinyin, romanize

    person = kind is not None and normalize_type(kind) == "person"
    simplified = simplified_form(zh, "person" if person else DEFAULT_TYPE, [])
    if person:
        try:
            return romanize(simplified).en
        except ZhglossError:
            pass  # not a name the romanizer reads (Latin in it): its pinyin, as any term's
    return phrase_pinyin(simplified, tones=False)


TYPE_WORDS = {
    **dict.fromkeys(["人名", "人物", "姓名", "人", "people", "individual"], "person"),
    **dict.fromkeys(
        [
            "地名",
            "地点",
            "地點",
            "地方",
            "地区",
            "地區",
            "城市",
            "国家",
            "國家",
            "location",
            "city",
            "country",
            "region",
        ],
        "place",
    ),
    **dict.fromkeys(
        [
            "机构",
            "機構",
            "组织",
            "組織",
            "公司",
            "企业",
            "企業",
            "单位",
            "單位",
            "机关",
            "機關",
            "institution",
            "agency",
        ],
        "org",
    ),
    **dict.fromkeys(["品牌", "产品", "產品", "brand"], "product"),
    **dict.fromkeys(
        [
            "作品",
            "书名",
            "書名",
            "书籍",
            "書籍",
            "电影",
            "電影",
            "影视",
            "影視",
            "歌曲",
            "book",
            "film",
            "movie",
            "song",
        ],
        "work",
    ),
    **dict.fromkeys(["事件", "活动", "活動"], "event"),
    **dict.fromkeys(["绰号", "綽號", "昵称", "暱稱", "外号", "外號"], "nickname"),
    **dict.fromkeys(["姓", "姓氏"], "surname"),
    **dict.fromkeys(["术语", "術語", "名词", "名詞"], "term"),
    **dict.fromkeys(["股票代码", "股票代碼", "ticker"], "stock_code"),
}
"""The words a team's sheet types its rows with, in Chinese and in English, beside zhgloss's own (`KNOWN_TYPES`, and
`zhgloss.model.TYPE_ALIASES`: Organisation, Company): a Chinese newsroom's 人名/地名/机构 columns, a style sheet's
Location, City, Brand, Book, Film (user finding U32-11: every one refused the whole file)."""


def table_type(cell: str) -> str:
    """The type a table's type cell names: `TYPE_WORDS`' type for one of its words (case apart), else the cell."""
    return TYPE_WORDS.get(normalize(cell).strip().lower(), cell)


def _refuse_unknown_type(kind: str, source: str, line: int | None) -> None:
    """Raise FormatError for a row whose type zhgloss does not know ("persn"), with the closest known type: the type
    decides how the name is romanized and checked, and `validate` would call the entry an error once stored."""
    import difflib

    from zhgloss.model import KNOWN_TYPES

    if normalize_type(kind) in KNOWN_TYPES:
        return
    close = difflib.get_close_matches(normalize_type(kind), KNOWN_TYPES, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    raise FormatError(
        source,
        f"type {kind!r} is not one zhgloss knows ({', '.join(KNOWN_TYPES)}){hint}; write one of those in the type "
        "column, or skip that column (--columns, - in its place) and give every row one type with --type",
        line,
    )


def _simplified_zh(data: dict[str, Any]) -> None:
    """Write a traditional zh in simplified characters, keeping it as zh_hant (see `row_to_entry`)."""
    from zhgloss.formats.tbx import simplified_form

    zh = normalize(data["zh"])
    if not has_cjk(zh):
        return
    english = [normalize(data["en"]), *data.get("aliases", [])]
    simplified = simplified_form(
        zh, normalize(data["type"]).lower(), english, note=data.get("note"), pinyin=data.get("pinyin")
    )
    if simplified != zh:
        # A traditional column that holds the simplified form (the two Chinese cells swapped) gives no zh_hant; one
        # that holds another traditional form (台灣 beside a zh of 臺灣) gives it, and zh's form stays an alias.
        given = normalize(data.get("zh_hant") or "")
        data["zh"], data["zh_hant"] = simplified, given if given and given != simplified else zh
        if data["zh_hant"] != zh:
            data["zh_aliases"] = [*data.get("zh_aliases", []), zh]


def _hant_from_aliases(data: dict[str, Any]) -> None:
    """Make a Chinese alias that writes zh in traditional characters the row's zh_hant, unless it has one.

    Tools list both scripts of a term as its synonyms: a cell "腾讯；騰訊" or "馬雲|马云", memoQ's second Chinese
    term column. Kept as an alias, 騰訊 would stand beside zh as another name, and zh_hant stay empty
    (`zhgloss.formats.tbx.is_traditional_of` tells, from zh's side). A second traditional form (台灣 beside
    臺灣, both Taiwan's) stays an alias, and so does another word OpenCC folds onto zh (鬆滋 beside 松滋).
    """
    from zhgloss.formats.tbx import is_traditional_of

    aliases = [normalize(a) for a in data.get("zh_aliases") or []]
    if data.get("zh_hant") or not aliases:
        return
    zh = normalize(data["zh"])
    kind, english = normalize(data["type"]).lower(), [normalize(data["en"]), *data.get("aliases", [])]
    hant = next((a for a in aliases if is_traditional_of(zh, a, kind, english)), None)
    if hant is not None:
        data["zh_hant"] = hant
        data["zh_aliases"] = [a for a in aliases if a != hant]


def _aliases_in_both_scripts(data: dict[str, Any]) -> None:
    """Give each Chinese alias of a row written in traditional characters its simplified form beside it, as a TBX
    term of another region's word is (user U36-22: a zh-TW column's 輝達 beside zh-CN 英伟达 and zh-HK 英偉達 was
    stored alone, so lookup 辉达 and annotate of simplified copy found nothing; `_pair_zh_hant` did it for the first
    traditional column only). A form whose simplified one is zh (a second traditional spelling) adds nothing."""
    from zhgloss.formats.tbx import simplified_form

    aliases = [normalize(a) for a in data.get("zh_aliases") or []]
    if not aliases:
        return
    zh = normalize(data["zh"])
    kind, english = normalize(data["type"]).lower(), [normalize(data["en"]), *data.get("aliases", [])]
    out: list[str] = []
    for alias in aliases:
        out.append(alias)
        simple = simplified_form(alias, kind, english) if has_cjk(alias) else alias
        if simple not in (alias, zh) and simple not in aliases and simple not in out:
            out.append(simple)
    if out != aliases:
        data["zh_aliases"] = out


def _pair_zh_hant(data: dict[str, Any]) -> None:
    """Keep a row's traditional column as zh_hant only where it writes zh in the other script, as TBX's zh-TW terms
    are paired (`zhgloss.formats.tbx.is_pair`): the same form is no zh_hant (蔡英文), and another word of a region
    (雪梨 beside 悉尼, Taiwan's Sydney) is a Chinese alias in both scripts, zh_hant then zh's own traditional form."""
    from zhgloss.formats.tbx import is_pair, simplified_form, traditional_form

    zh, hant = normalize(data["zh"]), normalize(data["zh_hant"])
    if hant == zh:
        data["zh_hant"] = None
        return
    if is_pair(zh, hant):
        return
    kind, english = normalize(data["type"]).lower(), [normalize(data["en"]), *data.get("aliases", [])]
    aliases = list(data.get("zh_aliases") or [])
    for form in (hant, simplified_form(hant, kind, english)):
        if form != zh and form not in aliases:
            aliases.append(form)
    data["zh_aliases"] = aliases
    derived = traditional_form(zh, kind, english)
    data["zh_hant"] = derived if derived != zh else None


_ROLES_JSON_EXAMPLE = '[{"title": "chairman", "org": "BYD", "from": "2002"}]'
"""The JSON of a roles cell as zhgloss's own CSV, TSV and .xlsx exports write it (`Role.to_dict`), for messages."""


def _roles(value: str, source: str, line: int) -> list[Any]:
    """The roles a roles cell holds, as JSON objects (`Role.to_dict`'s keys); raise FormatError with `line`.

    Two shapes are read: the JSON list zhgloss's own exports write (a cell starting with "[" or "{"), and the form
    `add --role` takes, TITLE[@ORG][:FROM..TO] (`zhgloss.curate.parse_role`, the one reading of it), several parted
    as a cell's forms are ("chairman@BYD:2002..|CEO@BYD:2003..", ";" too: `split_forms`), which is what a person
    types into an exported sheet (user finding U37-37: "chairman@BYD:2002.." was refused with json's "Expecting
    value"). A cell that is neither says what is wrong and both shapes to write.
    """
    from zhgloss.curate import ROLE_SYNTAX, parse_role

    text = normalize(value)
    if not text:
        return []
    shapes = (
        f"write each role as add --role takes it, {ROLE_SYNTAX} (several parted by |), or as JSON, "
        + _ROLES_JSON_EXAMPLE
    )
    if text.startswith(("[", "{")):
        try:
            roles = json.loads(value)
        except json.JSONDecodeError as exc:
            raise FormatError(source, f"roles {text!r} is no JSON list of roles ({exc.msg}): {shapes}", line) from None
        if isinstance(roles, dict):
            roles = [roles]
        if not isinstance(roles, list):
            raise FormatError(source, f"roles {text!r} is no JSON list of roles: {shapes}", line)
        return roles
    out = []
    for spec in split_forms(value):
        try:
            out.append(parse_role(spec).to_dict())
        except InvalidEntryError as exc:
            # parse_role's problem starts with the spec and may end with the syntax, which `shapes` gives.
            problem = exc.problem.removeprefix(repr(spec)).removesuffix(f"; write {ROLE_SYNTAX}")
            said = f"roles {spec!r}{problem}" if problem.startswith((" ", ":")) else f"roles {spec!r}: {problem}"
            raise FormatError(source, f"{said}; {shapes}", line) from None
    return out
