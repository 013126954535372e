"""Name check of a translation: Chinese source and English target segments -> problems.

The glossary names in each source segment (found by the annotate engine, simplified or
traditional) are what the target must render; the English glossary names in the target
(found by the same engine) are what it does render. Each source mention needs its own
rendering, so a name written twice in the source needs two in the target.

For a source name with no rendering of its own, the fallbacks are tried in order:
the entity a nickname or stock code refers to (`variant`), the name reversed (`order`),
a near miss (`misspelt`, fuzzy), a surname-only second reference after the full name
(accepted silently, as news style does), and finally `missing`. A target name left over
is `unexpected` unless it is tied by `refers_to` to a name of the source segment.
After the last segment, an entity rendered in more than one way is `inconsistent`.

Never prints; `check` returns a `CheckReport`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal, Protocol

from zhgloss.errors import UsageError
from zhgloss.script import en_key, en_words, pinyin_key

if TYPE_CHECKING:
    from zhgloss.formats.bilingual import Segment
    from zhgloss.model import Entry

Kind = Literal["missing", "misspelt", "order", "variant", "inconsistent", "unexpected"]
KINDS: tuple[Kind, ...] = ("missing", "misspelt", "order", "variant", "inconsistent", "unexpected")
DEFAULT_FAIL_ON: frozenset[Kind] = frozenset(k for k in KINDS if k != "variant")

FUZZY_CUTOFF = 80.0
"""Least rapidfuzz ratio (0-100) between letter keys for a near miss: "Zuo Tao" / "Zou Tao" scores 83."""
FUZZY_MIN_KEY = 5
"""Forms with fewer letters than this are never fuzzy-matched: one letter off "BYD" is another word."""

# Types whose English is ordinary wording rather than a name: an English phrase in the
# target may translate any number of Chinese wordings, so it is never `unexpected`.
FREE_TYPES = frozenset({"phrase", "term"})
# Words two different names share without being the same name.
_GENERIC_WORDS = frozenset(
    {"the", "of", "and", "group", "inc", "co", "ltd", "corporation", "company", "holdings", "limited", "com", "mr"}
)
_WORD_RE = re.compile(r"[^\W_]+")
# What may stand between the words of one name: spaces, hyphens, apostrophes, a middle dot.
_NAME_GAP_RE = re.compile(r"[\s\-\u2010\u2011'\u2019\u00b7]{1,3}")


class Mention(Protocol):
    """A glossary name found in text (the annotate engine's Mention)."""

    start: int
    end: int
    surface: str
    entry: Entry
    form: str
    script: str


class Matcher(Protocol):
    """Anything that finds glossary names in text: the annotate engine's Annotator."""

    def mentions(self, text: str) -> Sequence[Mention]:
        """Return the names in `text`, leftmost-longest, non-overlapping, in order."""
        ...


@dataclass(frozen=True)
class Problem:
    """One name problem in one segment.

    `source` is the name as the source writes it ("" for `unexpected`); `found` is the target's
    text (None when nothing was found); `expected` is the English the glossary prefers, or for
    `inconsistent` the rendering used elsewhere, or for `unexpected` the Chinese the source lacks.
    `span` is where `found` is in the target segment (character offsets).
    """

    segment: int
    kind: Kind
    entry: Entry
    source: str
    found: str | None
    expected: str
    segment_id: str | None = None
    note: str | None = None
    span: tuple[int, int] | None = None
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form of the problem."""
        return {
            "segment": self.segment,
            "segment_id": self.segment_id,
            "line": self.line,
            "kind": self.kind,
            "entry_id": self.entry.id,
            "source": self.source,
            "found": self.found,
            "expected": self.expected,
            "note": self.note,
            "target_start": self.span[0] if self.span else None,
            "target_end": self.span[1] if self.span else None,
        }


@dataclass
class CheckReport:
    """What `check` found: the problems in document order and how many segments it read."""

    problems: list[Problem]
    segments: int
    untranslated: list[int] = field(default_factory=list)

    def counts(self) -> dict[Kind, int]:
        """Return the number of problems of each kind (every kind present, zero included)."""
        counted = Counter(p.kind for p in self.problems)
        return {kind: counted[kind] for kind in KINDS}

    def failing(self, fail_on: Iterable[Kind] = DEFAULT_FAIL_ON) -> list[Problem]:
        """Return the problems whose kind is in `fail_on`."""
        kinds = set(fail_on)
        return [p for p in self.problems if p.kind in kinds]


def parse_kinds(text: str) -> frozenset[Kind]:
    """Parse a comma-separated list of problem kinds ("missing,misspelt"; also "all" or "none").

    Raise UsageError naming the first unknown kind.
    """
    kinds: set[Kind] = set()
    for part in (p.strip().lower() for p in text.split(",")):
        if part == "all":
            kinds.update(KINDS)
        elif part in ("none", ""):
            continue
        elif part in KINDS:
            kinds.add(part)  # type: ignore[arg-type]
        else:
            raise UsageError(f"{part!r} is not a kind of problem; choose from {', '.join(KINDS)}, all or none")
    return frozenset(kinds)


@lru_cache(maxsize=4096)
def surname(entry: Entry) -> str | None:
    """Return the word of a person's English name that a second reference keeps ("Lei", "Ma", "Jobs").

    A Chinese name's surname is its first pinyin word, wherever the English puts it
    (Lei Jun, Jack Ma); a name whose pinyin does not show in the English (Steve Jobs) keeps
    its last word, as English does.
    """
    if entry.type != "person":
        return None
    words = entry.en.split()
    if len(words) < 2:
        return None
    if entry.pinyin:
        family = pinyin_key(entry.pinyin.split()[0])
        for word in words:
            if en_key(word) == family:
                return word
    return words[-1]


@lru_cache(maxsize=4096)
def _reversed_forms(entry: Entry) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Whole-word patterns of a person's English forms with the words in the other order."""
    if entry.type != "person":
        return ()
    out = []
    for form in entry.en_forms:
        words = form.split()
        if len(words) == 2:
            gap = _NAME_GAP_RE.pattern
            pattern = rf"(?<![^\W_]){re.escape(words[1])}{gap}{re.escape(words[0])}(?![^\W_])"
            out.append((re.compile(pattern, re.IGNORECASE), form))
    return tuple(out)


@lru_cache(maxsize=4096)
def _fuzzy_forms(entry: Entry) -> tuple[tuple[str, str, int, bool], ...]:
    """(form, letter key, word count, starts upper-case) of the English forms worth fuzzy matching."""
    out = []
    for form in entry.en_forms:
        key = en_key(form)
        if len(key) >= FUZZY_MIN_KEY and not any(c.isdigit() for c in key):
            out.append((form, key, len(form.split()), form[:1].isupper()))
    return tuple(out)


def _related(mention: Mention, ids: set[str], refs: set[str]) -> bool:
    """Tell whether a target name is tied by refers_to to a name of the source segment, either way."""
    entry = mention.entry
    return entry.id in ids or entry.id in refs or (entry.refers_to is not None and (entry.refers_to in ids or entry.refers_to in refs))


def _shares_word(found: Entry, expected: Entry) -> bool:
    mine = {w for form in expected.en_forms for w in en_words(form)} - _GENERIC_WORDS
    return any(w in mine for form in found.en_forms for w in en_words(form))


@dataclass
class _Rendering:
    """A direct rendering of a source name, kept until the document's end to judge consistency."""

    segment: Segment
    source: Mention
    target: Mention


class _SegmentCheck:
    """The matching of one segment: which target text renders which source name."""

    def __init__(self, segment: Segment, source: Sequence[Mention], target: Sequence[Mention]) -> None:
        self.segment = segment
        self.text = segment.target or ""
        self.source = source
        self.target = target
        self.used = [False] * len(target)
        self.taken: list[tuple[int, int]] = [(m.start, m.end) for m in target]
        self._words: list[tuple[int, int, str]] | None = None

    def free(self, start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in self.taken)

    def words(self) -> list[tuple[int, int, str]]:
        if self._words is None:
            self._words = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(self.text)]
        return self._words

    def find_order(self, entry: Entry) -> tuple[int, int, str] | None:
        for pattern, form in _reversed_forms(entry):
            for match in pattern.finditer(self.text):
                if self.free(match.start(), match.end()):
                    return match.start(), match.end(), form
        return None

    def find_misspelt(self, entry: Entry) -> tuple[int, int, str] | None:
        forms = _fuzzy_forms(entry)
        if not forms:
            return None
        from rapidfuzz import fuzz

        words = [w for w in self.words() if self.free(w[0], w[1])]
        best: tuple[float, int, int, str] | None = None
        for form, key, count, upper in forms:
            for size in {count - 1, count, count + 1} - {0}:
                for i in range(len(words) - size + 1):
                    run = words[i : i + size]
                    if any(not _NAME_GAP_RE.fullmatch(self.text[a[1] : b[0]]) for a, b in zip(run, run[1:])):
                        continue
                    score = fuzz.ratio(key, en_key("".join(w[2] for w in run)), score_cutoff=FUZZY_CUTOFF)
                    # A name is capitalised: "zou tao" is a miss of "Zou Tao", "lead" is no miss of "Lee".
                    if score < 100 and upper and not run[0][2][:1].isupper():
                        continue
                    if score and (best is None or score > best[0]):
                        best = (score, run[0][0], run[-1][1], form)
        return best[1:] if best else None

    def find_word(self, word: str) -> tuple[int, int] | None:
        for start, end, text in self.words():
            if text == word and self.free(start, end):
                return start, end
        return None


class Checker:
    """Check segments one document at a time against one glossary's matcher."""

    def __init__(self, matcher: Matcher) -> None:
        self.matcher = matcher

    def check(self, segments: Iterable[Segment]) -> CheckReport:
        """Return the problems of the document made of `segments` (see the module docstring)."""
        problems: list[tuple[int, int, Problem]] = []
        renderings: dict[str, list[_Rendering]] = {}
        introduced: set[str] = set()
        untranslated: list[int] = []
        count = 0
        seq = 0
        mentions = self.matcher.mentions
        for segment in segments:
            count += 1
            if not segment.source.strip():
                continue
            if not segment.is_translated:
                untranslated.append(segment.number)
                continue
            source = mentions(segment.source)
            if not source:
                continue
            target = [m for m in mentions(segment.target or "") if m.script == "en"]
            found = self._segment(segment, source, target, renderings, introduced)
            for problem in found:
                problems.append((segment.number, seq, problem))
                seq += 1
        problems += self._consistency(renderings)
        problems.sort(key=lambda item: (item[0], item[1]))
        return CheckReport([p for _, _, p in problems], count, untranslated)

    def _segment(
        self,
        segment: Segment,
        source: Sequence[Mention],
        target: Sequence[Mention],
        renderings: dict[str, list[_Rendering]],
        introduced: set[str],
    ) -> list[Problem]:
        needed: dict[str, list[Mention]] = {}
        for mention in source:
            needed.setdefault(mention.entry.id, []).append(mention)
        rendered: dict[str, list[int]] = {}
        for i, mention in enumerate(target):
            rendered.setdefault(mention.entry.id, []).append(i)

        # Fast path, the common case of a clean segment: every source name has renderings of
        # its own and nothing is left over. Variants are judged at the end of the document.
        state = _SegmentCheck(segment, source, target)
        introduced.update(m.entry.id for m in target)
        unmet: list[Mention] = []
        for entry_id, wanted in needed.items():
            indexes = rendered.get(entry_id, ())
            for i in indexes:
                state.used[i] = True
            for mention, i in zip(wanted, indexes):
                renderings.setdefault(entry_id, []).append(_Rendering(segment, mention, target[i]))
            unmet.extend(wanted[len(indexes) :])
        if not unmet and all(state.used):
            return []
        unmet.sort(key=lambda m: m.start)

        out: list[Problem] = []
        ids = set(needed)
        refs = {m.entry.refers_to for m in source if m.entry.refers_to}

        def problem(kind: Kind, mention: Mention, found: str | None, expected: str, span: tuple[int, int] | None, note: str | None = None) -> Problem:
            return Problem(
                segment.number, kind, mention.entry, mention.surface, found, expected, segment.id, note, span, segment.line
            )

        still: list[Mention] = []
        for mention in unmet:
            entry = mention.entry
            referent = next(
                (i for i, m in enumerate(target) if not state.used[i] and entry.refers_to and m.entry.id == entry.refers_to),
                None,
            )
            if referent is not None:
                state.used[referent] = True
                hit = target[referent]
                kind = entry.type.replace("_", " ")
                note = f"{mention.surface} is a {kind} of {hit.entry.zh or hit.entry.en}"
                out.append(problem("variant", mention, hit.surface, entry.en, (hit.start, hit.end), note))
                continue
            reversed_hit = state.find_order(entry)
            if reversed_hit is not None:
                start, end, form = reversed_hit
                state.taken.append((start, end))
                introduced.add(entry.id)
                out.append(problem("order", mention, state.text[start:end], form, (start, end)))
                continue
            near = state.find_misspelt(entry)
            if near is not None:
                start, end, form = near
                state.taken.append((start, end))
                introduced.add(entry.id)
                out.append(problem("misspelt", mention, state.text[start:end], form, (start, end)))
                continue
            family = surname(entry) if entry.id in introduced else None
            short = state.find_word(family) if family else None
            if short is not None:
                # "Lei Jun ... Lei said": news style names a person in full once, then by surname.
                state.taken.append(short)
                continue
            still.append(mention)

        for mention in still:
            other = next(
                (
                    i
                    for i, m in enumerate(target)
                    if not state.used[i] and not _related(m, ids, refs) and _shares_word(m.entry, mention.entry)
                ),
                None,
            )
            if other is None:
                wanted, got = len(needed[mention.entry.id]), len(rendered.get(mention.entry.id, ()))
                note = f"the source names it {wanted} times, the translation {got}" if got else None
                out.append(problem("missing", mention, None, mention.entry.en, None, note))
                continue
            state.used[other] = True
            hit = target[other]
            note = f"{hit.surface!r} is the glossary's name for {hit.entry.zh or hit.entry.id}"
            out.append(problem("missing", mention, hit.surface, mention.entry.en, (hit.start, hit.end), note))

        for i, mention in enumerate(target):
            if state.used[i] or mention.entry.type in FREE_TYPES or _related(mention, ids, refs):
                continue
            entry = mention.entry
            out.append(
                Problem(
                    segment.number,
                    "unexpected",
                    entry,
                    "",
                    mention.surface,
                    entry.zh or entry.en,
                    segment.id,
                    None,
                    (mention.start, mention.end),
                    segment.line,
                )
            )
        return out

    def _consistency(self, renderings: dict[str, list[_Rendering]]) -> list[tuple[int, int, Problem]]:
        """Judge each entity's renderings across the document: `inconsistent`, else `variant`."""
        out: list[tuple[int, int, Problem]] = []
        for uses in renderings.values():
            entry = uses[0].source.entry
            keys = [en_key(u.target.surface) for u in uses]
            distinct = set(keys)
            if len(distinct) > 1:
                preferred = en_key(entry.en)
                if preferred in distinct:
                    reference = preferred
                else:
                    tally = Counter(keys)
                    reference = max(distinct, key=lambda k: (tally[k], -keys.index(k)))
            else:
                reference = keys[0]
            first = keys.index(reference)
            for use, key in zip(uses, keys):
                seg, hit = use.segment, use.target
                span = (hit.start, hit.end)
                if key != reference:
                    where = uses[first].segment.number
                    note = f"as in segment {where}" if where != seg.number else "as elsewhere in this segment"
                    expected = entry.en if reference == en_key(entry.en) else uses[first].target.surface
                    problem = Problem(
                        seg.number, "inconsistent", entry, use.source.surface, hit.surface, expected, seg.id, note, span, seg.line
                    )
                elif key != en_key(entry.en):
                    problem = Problem(
                        seg.number, "variant", entry, use.source.surface, hit.surface, entry.en, seg.id, None, span, seg.line
                    )
                else:
                    continue
                # Before the same segment's other problems, which were numbered as found.
                out.append((seg.number, -1_000_000 + hit.start, problem))
        return out


def check(segments: Iterable[Segment], matcher: Matcher) -> CheckReport:
    """Check the names of a translated document; see `Checker`."""
    return Checker(matcher).check(segments)
