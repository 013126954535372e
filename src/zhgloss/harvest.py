"""Name pairs written into articles -> proposed glossary entries.

News in English often gives a Chinese name once with its characters, "Wang Xiang
(王翔)", and Chinese news the other way round, "雷军（Lei Jun）"; a company comes
with its ticker, "Kingsoft Corporation (3888:HKEX)". `harvest` finds such pairs,
checks each English form against the pinyin of the Chinese, and compares each
pair with the glossary: new, already there (known), or at odds with it (conflict).
It never writes: adding the new entries is the caller's business.

A title or an occupation before the name ("Taiwan President Tsai Ing-wen (蔡英文)",
"Singer Jay Chou (周杰倫)") is the person's role, not part of the name; a name written in
traditional characters is proposed simplified, with its traditional form; a pair whose forms
an entry already holds, in whichever of its lists (a stock code kept as a Chinese alias, in
another spelling: 03888.HK for 3888:HKEX), is known; and Wikipedia's lead, "Tsai Ing-wen
(Chinese: 蔡英文; pinyin: Cài Yīngwén; born ...)", gives its name, characters and pinyin. Every
pattern is bounded (brackets of at most a few hundred characters, names read from the last 200
characters before a bracket), so a long line costs time in proportion to its length.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from zhgloss.errors import ZhglossError
from zhgloss.model import Entry, Role, slugify
from zhgloss.script import NAME_SEPARATORS, en_key, en_words, is_nfc, normalize, zh_key

Status = Literal["new", "known", "conflict"]
Check = Literal["pinyin", "reversed", "adopted", "different", "ticker"]

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ebef"
_ZH_IN_PARENS = re.compile(rf"[（(]\s*([{_CJK}][{_CJK}{NAME_SEPARATORS}]{{0,19}})\s*[）)]")
_EXCHANGES = "HKEX|SEHK|HK|NASDAQ|NYSE|AMEX|NYSEAMERICAN|SH|SS|SSE|SZ|SZSE|BJ|BSE|STAR|TYO|TSE|LSE|KRX|SGX|ASX|TSX|OTC"
_TICKER_IN_PARENS = re.compile(
    rf"[（(]\s*(?:(?P<code>[A-Z0-9]{{1,6}}(?:\.[A-Z])?)\s*:\s*(?P<exch>{_EXCHANGES})"
    rf"|(?P<exch2>{_EXCHANGES})\s*:\s*(?P<code2>[A-Z0-9]{{1,6}})"
    rf"|(?P<code3>\d{{4,6}})\.(?P<exch3>HK|SH|SZ|SS|BJ))\s*[）)]"
)
# Every pattern here runs in time linear in the line (texts from HTML and PDF come as one line of
# 100 KB or more). A run of Chinese is matched only from its first character (the look-behind):
# tried from every character of the run, as a plain search does, a run with no bracket after it
# cost time quadratic in its length (40k characters: 94 s). What comes before a bracket is read
# through a window of BEFORE_WINDOW characters: no name is longer, and a long line is not copied
# once per bracket.
BEFORE_WINDOW = 200
_ZH_RUN_WINDOW = 64
_RUN = f"{_CJK}{NAME_SEPARATORS}"
_EN_IN_PARENS = re.compile(
    rf"(?<![{_RUN}])[{NAME_SEPARATORS}]*([{_CJK}][{_RUN}]*)\s*[（(]\s*([A-Z][A-Za-z.&'’\- ]{{0,60}}?)\s*[）)]"
)
_ZH_RUN_AT_END = re.compile(rf"(?<![{_RUN}])[{NAME_SEPARATORS}]*([{_CJK}][{_RUN}]*)\s*$")
_WORD = r"[A-Z][\w.&'’\-]*"
_NAME_RUN = re.compile(rf"({_WORD}(?:[ \u00a0]+(?:(?:of|and|for|de|la|van|von|&)[ \u00a0]+)?{_WORD})*)[ \u00a0]*$")


def _vocabulary(words: str) -> frozenset[str]:
    """A set of lower-case words written as one space-separated string."""
    return frozenset(words.split())


# Capitalised words that start a sentence or are honorifics, not part of the name after them.
_LEADING_NOISE = _vocabulary(
    "a after also an and according as at before both but by dear during even for from however in its last "
    "like madam meanwhile mr mr. mrs mrs. ms ms. dr dr. sir my next of on only or our said says similarly "
    "since the their then these this those today under unlike when while with without yesterday his her"
)
# Titles and occupations written before a name ("Taiwan President Tsai Ing-wen", "Chief Executive
# Carrie Lam", "Singer Jay Chou"): they and the words before them (a place, a company) are the
# person's role, not the name.
_ROLE_WORDS = _vocabulary(
    "actor actress admiral ambassador anchor artist author billionaire boss ceo cfo chair chairman "
    "chairperson chairwoman chancellor chief co-founder cofounder coach commissioner composer coo cto "
    "director entrepreneur envoy executive founder general governor head host journalist judge lawmaker "
    "leader legislator magnate mayor minister novelist painter player poet premier president presenter "
    "prof prof. professor rapper reporter scholar scientist secretary senator singer spokesman "
    "spokesperson spokeswoman star superstar tycoon vice vice-president writer former"
)
_ORG_WORDS = frozenset(
    [
        "agency",
        "airlines",
        "association",
        "bank",
        "co",
        "company",
        "corp",
        "corporation",
        "exchange",
        "group",
        "holdings",
        "inc",
        "institute",
        "limited",
        "ltd",
        "ministry",
        "motors",
        "technologies",
        "technology",
        "university",
    ]
)
_ORG_SUFFIXES = (
    "公司",
    "集团",
    "银行",
    "大学",
    "研究院",
    "科技",
    "软件",
    "控股",
    "交易所",
    "协会",
    "委员会",
    "集團",
    "銀行",
    "軟件",
)
# Characters that end the words before a name in Chinese prose ("由王翔", "的小米").
_ZH_BREAKS = "的是在和与由被及了对向将把为从跟同给让也都就"
_MAX_EN_WORDS = 8


@dataclass(frozen=True)
class Proposal:
    """One name pair found in a text and what it would mean for the glossary."""

    status: Status
    kind: Literal["name", "ticker"]
    zh: str | None
    en: str
    check: Check
    explanation: str
    entry: Entry
    existing: Entry | None
    lines: tuple[int, ...] = field(default=())

    def to_dict(self) -> dict[str, object]:
        """Return the JSON form: the pair, the verdicts, the proposed and the existing entry."""
        return {
            "status": self.status,
            "kind": self.kind,
            "zh": self.zh,
            "en": self.en,
            "check": self.check,
            "explanation": self.explanation,
            "lines": list(self.lines),
            "entry": self.entry.to_dict(),
            "existing": self.existing.to_dict() if self.existing else None,
        }


@dataclass(frozen=True)
class _Pair:
    kind: Literal["name", "ticker"]
    zh: str | None
    en: str
    line: int
    company: str | None = None
    role: str | None = None
    zh_hant: str | None = None
    pinyin: str | None = None


def _readings(zh: str) -> list[list[str]]:
    """Every toneless reading of each character (ü as v), surname readings included by pypinyin's heteronyms."""
    from pypinyin import Style, pinyin

    chars = [c for c in zh if c.isalpha()]
    if not chars:
        return []
    return [
        [r for r in dict.fromkeys(options) if r.isalpha()] or [""]
        for options in pinyin("".join(chars), style=Style.NORMAL, heteronym=True)
    ]


def romanize(zh: str) -> str:
    """Write a Chinese name's pinyin as names are written: "王翔" -> "Wáng Xiáng", "刘强东" -> "Liú Qiángdōng".

    Uses the project's name romanizer (`zhgloss.pinyin.romanize`, which knows surname readings
    such as 单 Shàn) when it is there, else pypinyin's reading with the first character as the surname.
    """
    from zhgloss import pinyin as project_pinyin

    romanizer = getattr(project_pinyin, "romanize", None)
    if callable(romanizer):
        try:
            return str(getattr(romanizer(zh), "pinyin", ""))
        except ZhglossError:  # not a name it can read: the plain reading below will do
            pass
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(zh, style=Style.TONE, errors="ignore")
    given = "".join(syllables[1:])
    return " ".join(p.capitalize() for p in ([*syllables[:1], given]) if p)


def _phrase_pinyin(zh: str) -> str:
    """The pinyin of a name that is not a person's ("金山软件" -> "Jīnshān Ruǎnjiàn"), for messages."""
    from zhgloss import pinyin as project_pinyin

    writer = getattr(project_pinyin, "phrase_pinyin", None)
    if callable(writer):
        try:
            return str(writer(zh))
        except ZhglossError:
            pass
    from pypinyin import Style, lazy_pinyin

    return " ".join(lazy_pinyin(zh, style=Style.TONE, errors="ignore"))


def _spells(letters: str, readings: list[list[str]]) -> bool:
    """Tell whether `letters` is the characters' readings one after another (any reading of each)."""
    reachable = {0}
    for options in readings:
        step: set[int] = set()
        for pos in reachable:
            for reading in options:
                for variant in _variants(reading):
                    if letters.startswith(variant, pos):
                        step.add(pos + len(variant))
        if not step:
            return False
        reachable = step
    return len(letters) in reachable


def _variants(reading: str) -> tuple[str, ...]:
    # ü is written u, v, or yu in English (Lü Bu, Lv, Lyu; but Lue for lüe by the 2021 passport rule):
    # zhgloss.forms holds the rule. Pinyin keys write ü as v.
    if "v" not in reading:
        return (reading,)
    from zhgloss.forms import umlaut_spellings

    return tuple(dict.fromkeys((reading, *(en_key(s) for s in umlaut_spellings(reading.replace("v", "ü"))))))


def compare_english(zh: str, en: str) -> tuple[Check, str]:
    """Tell how English `en` relates to the pinyin of `zh`, with a sentence saying so.

    "pinyin": it is the pinyin (Wang Xiang, 王翔); "reversed": the pinyin in Western order
    (Qiangdong Liu); "adopted": only the surname follows the pinyin (Jack Ma, 马云; Richard Liu);
    "different": no relation (a translation such as Kingsoft, or another romanization).
    """
    written = romanize(zh)
    readings = _readings(zh)
    words = en_words(en)
    if not words or not readings:
        return "different", "no pinyin to compare with"
    if _spells("".join(words), readings):
        return "pinyin", f"matches the pinyin {written}"
    if len(words) > 1 and _spells("".join(words[-1:] + words[:-1]), readings):
        return "reversed", f"the pinyin {written} in Western order (surname last)"
    surnames = {v for r in readings[0] for v in _variants(r)}
    if len(readings) > 1:
        # A compound surname (欧阳, 司马) is written as one word.
        surnames |= {a + b for a in readings[0] for b in readings[1]}
    if len(words) > 1 and 2 <= len(zh) <= 4:
        for start in range(1, len(words)):
            if _spells("".join(words[start:]), readings):
                return "adopted", f"an adopted Western name before the pinyin {written}"
        if words[-1] in surnames or words[0] in surnames:
            surname = words[-1] if words[-1] in surnames else words[0]
            return (
                "adopted",
                f"an adopted Western name: only the surname {surname.capitalize()} follows the pinyin {written}",
            )
    shown = written if 2 <= len(zh) <= 4 and 2 <= len(words) <= 3 else _phrase_pinyin(zh)
    return "different", f"does not follow the pinyin {shown}: a translation or another romanization, check it"


def _english_name(before: str) -> str | None:
    """The capitalised name that ends `before` ("... led by Zou Tao " -> "Zou Tao"), without sentence-start words."""
    found = _english_name_and_role(before)
    return found[0] if found else None


def _english_name_and_role(before: str) -> tuple[str, str | None] | None:
    """The name that ends `before` and the role written in front of it, if any.

    "Taiwan President Tsai Ing-wen " -> ("Tsai Ing-wen", "Taiwan President"); "Xiaomi’s Lei Jun " ->
    ("Lei Jun", None); "General Motors " -> ("General Motors", None): a title word is a role only when
    a name of two or more words, not a company's, follows it.
    """
    match = _NAME_RUN.search(before[-BEFORE_WINDOW:])
    if match is None:
        return None
    words = match.group(1).split()
    for i in range(len(words) - 1, -1, -1):
        if re.search(r"['’]s?$", words[i]) and i < len(words) - 1:
            words = words[i + 1 :]  # "Xiaomi’s Lei Jun": the name follows the possessive
            break
    while words and words[0].lower() in _LEADING_NOISE:
        words = words[1:]
    role: str | None = None
    last = max((i for i, w in enumerate(words) if w.lower() in _ROLE_WORDS), default=-1)
    rest = words[last + 1 :]
    if last >= 0 and len(rest) >= 2 and not any(w.lower().rstrip(".") in _ORG_WORDS for w in rest):
        role = " ".join(words[: last + 1])
        words = rest
    while words and words[0].lower() in ("of", "and", "for", "de", "la", "van", "von", "&"):
        words = words[1:]
    if not words:
        return None
    return normalize(" ".join(words[-_MAX_EN_WORDS:])), role


def _chinese_name(run: str, en: str | None, known_zh: set[str]) -> str | None:
    """The name that ends a run of Chinese before a bracket ("创始人雷军" + "Lei Jun" -> "雷军")."""
    run = run[-_ZH_RUN_WINDOW:]  # the suffixes below are quadratic in the run's length
    cut = max(run.rfind(c) for c in _ZH_BREAKS)
    if cut >= 0:
        run = run[cut + 1 :]
    if not run:
        return None
    suffixes = [run[i:] for i in range(len(run))]  # longest first
    known = [s for s in suffixes if zh_key(s) in known_zh]
    if known:
        return known[0]
    if en is not None:
        candidates = [s for s in suffixes if 2 <= len(s) <= 8]
        # The whole pinyin first, longest first (欧阳娜娜 before 娜娜); then a surname, shortest first.
        for suffix in candidates:
            if compare_english(suffix, en)[0] in ("pinyin", "reversed"):
                return suffix
        for suffix in reversed(candidates):
            if len(suffix) <= 4 and compare_english(suffix, en)[0] == "adopted":
                return suffix
        # A name in another romanization writes one word or hyphenated part per syllable
        # (Kau Pak-kwan, 求伯君): as many characters end the run.
        parts = [p for p in re.split(r"[\s\-]+", en) if p]
        if 2 <= len(parts) <= 4 and len(run) > len(parts) and not any(w in _ORG_WORDS for w in en_words(en)):
            return run[-len(parts) :]
    return run if len(run) <= 6 else None


def _scripts(zh: str) -> tuple[str, str | None]:
    """A name as written -> (simplified form, traditional form if written so): 周杰倫 -> (周杰伦, 周杰倫)."""
    from zhgloss.convert import name_to_simplified

    simplified = name_to_simplified(zh)
    return simplified, (zh if simplified != zh else None)


def find_pairs(text: str, known_zh: Iterable[str] = ()) -> list[_Pair]:
    """Find name pairs in `text`, in order; `known_zh` (keys of Chinese forms) helps cut Chinese names out of prose.

    Each line is read in NFC: a name written with decomposed accents ("Lu" + U+0308 "Bu", as some Mac tools
    write "Lü Bu"; "Jose" + U+0301) is the same name, whole. The lines are split first, so the line numbers
    reported are the input's.
    """
    known = set(known_zh)
    pairs: list[_Pair] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw if is_nfc(raw) else unicodedata.normalize("NFC", raw)
        for match in _TICKER_IN_PARENS.finditer(line):
            before = line[max(0, match.start() - BEFORE_WINDOW) : match.start()]
            company = _english_name(before)
            if company is None:
                run = _ZH_RUN_AT_END.search(before)
                company = _chinese_name(run.group(1), None, known) if run else None
            ticker = normalize(match.group(0).strip("()（） "))
            pairs.append(_Pair("ticker", None, ticker, number, company))
        for match in _ZH_IN_PARENS.finditer(line):
            found = _english_name_and_role(line[max(0, match.start() - BEFORE_WINDOW) : match.start()])
            if found:
                zh, hant = _scripts(normalize(match.group(1)))
                pairs.append(_Pair("name", zh, found[0], number, role=found[1], zh_hant=hant))
        for match in _LEAD_PARENS.finditer(line):
            pair = _lead_pair(line[: match.start()], match.group(1), number)
            if pair is not None:
                pairs.append(pair)
        for match in _EN_IN_PARENS.finditer(line):
            en = normalize(match.group(2))
            if _TICKER_IN_PARENS.fullmatch(match.group(0)[len(match.group(1)) :].strip()):
                continue
            written = _chinese_name(match.group(1), en, known)
            if written:
                simplified, hant = _scripts(normalize(written))
                pairs.append(_Pair("name", simplified, en, number, zh_hant=hant))
    return pairs


# Wikipedia's lead: "Tsai Ing-wen (Chinese: 蔡英文; pinyin: Cài Yīngwén; born 31 August 1956)",
# "Xi Jinping (simplified Chinese: 习近平; traditional Chinese: 習近平; pinyin: Xí Jìnpíng; born ...)".
# The bracket is bounded (no nested brackets, at most 400 characters), so the search stays linear.
_LEAD_PARENS = re.compile(r"[（(]([^()（）]{0,400}?\bChinese\s*[:：][^()（）]{0,400})[）)]")
_LEAD_FIELD = re.compile(r"^\s*((?:simplified|traditional)\s+)?(Chinese|pinyin)\s*[:：]\s*(.+?)\s*$", re.IGNORECASE)


def _lead_pair(before: str, inside: str, line: int) -> _Pair | None:
    """A pair from a Wikipedia-style lead: the English name before the bracket, the Chinese fields inside."""
    found = _english_name_and_role(before)
    if found is None:
        return None
    fields: dict[str, str] = {}
    for part in re.split(r"[;；]", inside):
        match = _LEAD_FIELD.match(part)
        if match is None:
            continue
        which = (match.group(1) or "").strip().lower() + match.group(2).lower()
        value = normalize(match.group(3))
        fields.setdefault(which, value)
    simplified = fields.get("simplifiedchinese") or fields.get("chinese")
    traditional = fields.get("traditionalchinese")
    zh = simplified or traditional
    if zh is None or not re.fullmatch(rf"[{_CJK}{NAME_SEPARATORS}]{{1,20}}", zh):
        return None
    # "Chinese:" is often the traditional form (Hong Kong and Taiwan names): make it simplified.
    zh, hant = _scripts(zh)
    if traditional and traditional != zh:
        hant = traditional
    pinyin = fields.get("pinyin")
    return _Pair("name", zh, found[0], line, role=found[1], zh_hant=hant, pinyin=pinyin)


def _guess_type(zh: str, en: str, check: Check) -> str:
    words = en_words(en)
    if check in ("pinyin", "reversed", "adopted") and 2 <= len(words) <= 4 and 2 <= len(zh) <= 4:
        return "person"
    if any(w in _ORG_WORDS for w in words) or zh.endswith(_ORG_SUFFIXES):
        return "org"
    return "term"


def _traditional(zh: str) -> str | None:
    from zhgloss.convert import to_traditional

    return to_traditional(zh, "s2t")


# One exchange, its spellings: 3888:HKEX, HK:03888, 03888.HK, HK.3888 are one stock code.
_EXCHANGE_KEYS = {"hkex": "hk", "sehk": "hk", "hk": "hk", "sh": "sh", "ss": "sh", "sse": "sh", "star": "sh"}
_EXCHANGE_KEYS |= {"sz": "sz", "szse": "sz", "bj": "bj", "bse": "bj", "o": "us", "us": "us", "nasdaq": "us"}
_EXCHANGE_KEYS |= {"nyse": "us", "amex": "us", "nyseamerican": "us"}
_TICKER_FORM = re.compile(r"^\s*([A-Za-z0-9]{1,6})\s*[:.\s]\s*([A-Za-z0-9]{1,12})\s*$")


def ticker_key(form: str) -> str | None:
    """The key of a stock code however written ("3888:HKEX", "HK.3888", "03888.HK" -> "ticker:hk:3888"), or None."""
    match = _TICKER_FORM.match(form)
    if match is None:
        return None
    a, b = match.group(1).lower(), match.group(2).lower()
    for code, exchange in ((a, b), (b, a)):
        if exchange in _EXCHANGE_KEYS and code not in _EXCHANGE_KEYS:
            return f"ticker:{_EXCHANGE_KEYS[exchange]}:{code.lstrip('0') or '0'}"
    return None


def _ticker_keys(ticker: str) -> list[str]:
    parts = [p for p in re.split(r"[\s:.]+", ticker) if p]
    keys = [en_key(ticker)]
    if len(parts) == 2:
        keys += [en_key(parts[1] + parts[0]), en_key(parts[0] + parts[1])]
        keys += [en_key(parts[0].lstrip("0") + parts[1]), en_key(parts[1] + parts[0].lstrip("0"))]
    canonical = ticker_key(ticker)
    return keys + ([canonical] if canonical else [])


def harvest(text: str, entries: Iterable[Entry], source: str | None = None) -> list[Proposal]:
    """Find the name pairs written into `text` and propose an entry for each, compared with `entries`.

    Each distinct pair is proposed once (with every line it is on), in the order first seen.
    `source` (a file name, a URL) goes into the proposed entries' sources.
    """
    glossary = list(entries)
    by_zh: dict[str, list[Entry]] = {}
    by_en: dict[str, list[Entry]] = {}
    for entry in glossary:
        # Every form of an entry, in whichever list it is kept (3888.HK as a Chinese alias, WPS as zh),
        # makes a pair with it "known", never "new".
        for form in (*entry.zh_forms, *entry.en_forms):
            for index, key in ((by_zh, zh_key(form)), (by_en, en_key(form))):
                if key and entry not in index.get(key, ()):
                    index.setdefault(key, []).append(entry)
            ticker = ticker_key(form)
            if ticker is not None and entry not in by_en.get(ticker, ()):
                by_en.setdefault(ticker, []).append(entry)
    taken_ids = {e.id for e in glossary}
    grouped: dict[tuple[str | None, str], list[_Pair]] = {}
    for pair in find_pairs(text, by_zh):
        grouped.setdefault((pair.zh and zh_key(pair.zh), en_key(pair.en)), []).append(pair)
    proposals: list[Proposal] = []
    for pairs in grouped.values():
        pair = pairs[0]
        lines = tuple(dict.fromkeys(p.line for p in pairs))
        if pair.kind == "ticker":
            proposal = _ticker_proposal(pair, by_en, by_zh, taken_ids, source, lines)
        else:
            proposal = _name_proposal(pair, by_zh, by_en, taken_ids, source, lines)
        taken_ids.add(proposal.entry.id)
        proposals.append(proposal)
    return proposals


def _new_id(base: str, taken: set[str]) -> str:
    base = base or "entry"
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def _name_proposal(
    pair: _Pair,
    by_zh: dict[str, list[Entry]],
    by_en: dict[str, list[Entry]],
    taken: set[str],
    source: str | None,
    lines: tuple[int, ...],
) -> Proposal:
    assert pair.zh is not None
    check, explanation = compare_english(pair.zh, pair.en)
    zh_hits = by_zh.get(zh_key(pair.zh), []) or (by_zh.get(zh_key(pair.zh_hant), []) if pair.zh_hant else [])
    en_hits = by_en.get(en_key(pair.en), [])
    both = [e for e in zh_hits if e in en_hits]
    # A title or an occupation before the name ("Singer Jay Chou") says it is a person's.
    kind = "person" if pair.role and 2 <= len(pair.zh) <= 4 else _guess_type(pair.zh, pair.en, check)
    existing: Entry | None = None
    if both:
        status: Status = "known"
        existing = both[0]
        explanation += f"; in the glossary as {existing.id}"
    elif zh_hits:
        status, existing = "conflict", zh_hits[0]
        explanation += f"; the glossary writes {pair.zh} as {existing.en!r} ({existing.id})"
    elif en_hits:
        status, existing = "conflict", en_hits[0]
        written = existing.zh or "no Chinese"
        explanation += f"; the glossary gives {pair.en!r} as {written} ({existing.id})"
    else:
        status = "new"
    entry = (
        existing
        if status == "known" and existing
        else Entry(
            id=_new_id(slugify(pair.en), taken),
            type=kind,
            zh=pair.zh,
            zh_hant=pair.zh_hant or (_traditional(pair.zh) if status == "new" else None),
            pinyin=pair.pinyin or (romanize(pair.zh) if kind == "person" else None),
            en=pair.en,
            en_adopted=check in ("adopted", "different"),
            roles=(Role(title=pair.role),) if pair.role and kind == "person" else (),
            note=f"described as {pair.role!r}" if pair.role and kind != "person" else None,
            sources=(source,) if source else (),
        )
    )
    return Proposal(status, "name", pair.zh, pair.en, check, explanation, entry, existing, lines)


def _ticker_proposal(
    pair: _Pair,
    by_en: dict[str, list[Entry]],
    by_zh: dict[str, list[Entry]],
    taken: set[str],
    source: str | None,
    lines: tuple[int, ...],
) -> Proposal:
    company_hits: list[Entry] = []
    if pair.company:
        company_hits = by_en.get(en_key(pair.company), []) or by_zh.get(zh_key(pair.company), [])
    company = company_hits[0] if company_hits else None
    ticker_hits = list(dict.fromkeys(e for key in _ticker_keys(pair.en) for e in by_en.get(key, [])))
    named = pair.company or "an unnamed company"
    existing = ticker_hits[0] if ticker_hits else None
    if existing is not None:
        explanation = f"the stock code of {named}; in the glossary as {existing.id}"
        if company is not None and existing.refers_to not in (None, company.id):
            explanation += f" (which refers to {existing.refers_to}, not {company.id})"
        return Proposal("known", "ticker", None, pair.en, "ticker", explanation, existing, existing, lines)
    explanation = f"the stock code of {named}"
    explanation += f" ({company.id})" if company else (" (not in the glossary)" if pair.company else "")
    entry = Entry(
        id=_new_id("stock-" + slugify(pair.en), taken),
        type="stock_code",
        en=pair.en,
        refers_to=company.id if company else None,
        note=f"stock code of {pair.company}" if pair.company else None,
        sources=(source,) if source else (),
    )
    return Proposal("new", "ticker", None, pair.en, "ticker", explanation, entry, None, lines)
