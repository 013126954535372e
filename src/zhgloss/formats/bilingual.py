"""Bilingual files as segments: two aligned plain-text files, a two-column TSV, XLIFF 1.2 and 2.0.

Every reader takes binary file objects (the caller opens the files; ``-`` is the
caller's business) and a name to show in errors, and returns `Segment`s in
document order. Malformed or undecodable input raises `FormatError` with the
line number. XLIFF is parsed with defusedxml: entity declarations and external
references are refused, so a hostile file cannot expand or fetch anything.
"""

from __future__ import annotations

import codecs
import contextlib
import dataclasses
import io
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any, Literal

from zhgloss.errors import FormatError, UsageError
from zhgloss.script import INVISIBLE_MARKS, has_cjk, nfc_with_offsets, without_invisibles

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

BilingualFormat = Literal["tsv", "xliff"]
FORMATS: tuple[BilingualFormat, ...] = ("tsv", "xliff")


XLIFF_NAMESPACES = {
    "urn:oasis:names:tc:xliff:document:1.2": "1.2",
    "urn:oasis:names:tc:xliff:document:2.0": "2.0",
}
# Inline elements whose content is native markup (RTF, HTML tags), not translatable text:
# XLIFF 1.2 <ph>, <bpt>, <ept>, <it> hold codes; their tail text still belongs to the segment.
_XLIFF12_CODES = frozenset({"ph", "bpt", "ept", "it", "sub"})


# Spaces other than U+0020 (Unicode's Zs: no-break U+00A0, thin U+2009, narrow no-break U+202F,
# ideographic U+3000 ...): in a translation they are typography, not spelling, so "Lei\u00a0Jun"
# is the name "Lei Jun". So is the zero-width space, a word break of no width (UAX #29): "CEO\u200bLei Jun"
# names Lei Jun. The characters that show as nothing and part no words (`zhgloss.script.INVISIBLE_MARKS`:
# soft hyphen, word joiner, bidirectional marks ...) are dropped: "Lei \u200eJun" is "Lei Jun".
_TARGET_TABLE: dict[int, int | str | None] = str.maketrans(
    dict.fromkeys([0xA0, 0x1680, *range(0x2000, 0x200C), 0x202F, 0x205F, 0x3000], " ")
    | dict.fromkeys(map(ord, INVISIBLE_MARKS))
)
_ODD_TARGET_RE = re.compile(f"[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000{INVISIBLE_MARKS}]")


def normalize_target(text: str) -> str:
    """Return a translation as names are compared in it (`read_target` without the offsets)."""
    return read_target(text)[0]


def read_target(text: str) -> tuple[str, tuple[list[int], list[int]] | None]:
    """Return a translation as names are compared in it, and where each of its characters comes from.

    NFC, every Unicode space and the zero-width space as U+0020, and without the characters that show as
    nothing (`zhgloss.script.INVISIBLE_MARKS`): a decomposed accent ("Jose" + U+0301, as some Mac tools
    write) is the precomposed "José", "Lei\u00a0Jun" and "Lei\u200bJun" are "Lei Jun", "Lei \u200eJun" is
    "Lei Jun". The second item is None when each character stays where it was; else (starts, ends) as
    `zhgloss.script.nfc_with_offsets` gives them: offsets into the result mapped to the text as given.
    """
    if text.isascii():
        return text, None
    if unicodedata.is_normalized("NFC", text):
        if not _ODD_TARGET_RE.search(text):
            return text, None
        read = text.translate(_TARGET_TABLE)
        if len(read) == len(text):
            return read, None
    read, starts, ends = nfc_with_offsets(text, _TARGET_TABLE)
    return read, (starts, ends)


class WrongDirectionError(FormatError, UsageError):
    """A bilingual input translates English into Chinese (an English source file, an English source column, an XLIFF
    or TMX whose source language is English and target Chinese): check reads Chinese sources against English
    translations only, so it is the arguments' order or the file's, a usage error (exit 2) as much as a file's fault
    (issue 9: check does not support English-to-Chinese; R35-rel-1). `sample`, where the segments told it: which of
    them did ("its only segment", "the first 5 segments"), for a caller that words it for its own inputs."""

    def __init__(self, source: str, problem: str, line: int | None = None, *, sample: str | None = None) -> None:
        super().__init__(source, problem, line)
        self.sample = sample


class MisalignedError(FormatError):
    """Two aligned files (SOURCE, TRANSLATION) whose line counts differ: `source_lines` and `target_lines` say how
    many each has, for a caller that words it for its own inputs (the web page's two boxes)."""

    def __init__(
        self,
        source_name: str,
        target_name: str,
        source_lines: int,
        target_lines: int,
        blank_at: int | None = None,
    ) -> None:
        if blank_at is None:
            said = f"has {_lines(target_lines)} but the source {source_name!r} has {_lines(source_lines)}"
        else:
            # As many lines, not as many with text: the counts alone would say nothing wrong (the review's R46-8).
            said = f"has text on line {blank_at}, where the source {source_name!r} has a blank line"
        super().__init__(target_name, f"{said}; the two files must be aligned, one segment per line")
        self.source_lines = source_lines
        self.target_lines = target_lines
        self.blank_at = blank_at
        """When the two have as many lines: the first the source leaves blank where the translation has text."""


@dataclass(frozen=True)
class Segment:
    """One aligned pair: the Chinese source and its translation (None when not translated yet).

    The source is kept in NFC without the characters that show as nothing (`zhgloss.script.without_invisibles`:
    "雷\u200b军" is 雷军), the translation as `read_target` reads it. Offsets of problems count the
    characters of the translation as given (`original_span`).
    """

    number: int
    source: str
    target: str | None
    line: int | None = None
    id: str | None = None
    offset: int = 0
    """Where `target` starts in the whole segment's target (non-zero only for a window, see `windows`)."""
    window: int | None = None
    """Which window of a long segment this is (1, 2, ...), or None for a whole segment."""
    target_map: tuple[list[int], list[int]] | None = field(default=None, compare=False, repr=False)
    """Where the whole segment's target, as read, comes from in the translation as given (`read_target`);
    None when nothing moved."""

    def __post_init__(self) -> None:
        source = self.source
        if not unicodedata.is_normalized("NFC", source):
            source = unicodedata.normalize("NFC", source)
        object.__setattr__(self, "source", without_invisibles(source))
        if self.target is not None:
            target, moved = read_target(self.target)
            object.__setattr__(self, "target", target)
            if moved is not None:  # a window's text is read already, and keeps its whole segment's map
                object.__setattr__(self, "target_map", moved)

    @property
    def is_translated(self) -> bool:
        """Tell whether the segment has a translation to check (a non-blank target)."""
        return self.target is not None and bool(self.target.strip())

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Return the span `target[start:end]` of this segment (or window) as offsets into the translation as given."""
        start, end = start + self.offset, end + self.offset
        if self.target_map is None:
            return start, end
        starts, ends = self.target_map
        return starts[start], (ends[end - 1] if end > start else starts[start])


def decode_lines(raw: bytes, name: str) -> list[str]:
    """Decode a text file into lines without their line ends, reading what import reads.

    UTF-8 (a BOM is dropped), UTF-16 with a BOM, GB18030 or Big5, told apart by
    `zhgloss.formats.decode_input`. Only ``\\n`` (with an optional ``\\r``) ends a line:
    `str.splitlines` would also split on U+2028, U+0085 and form feeds, and then the two files
    of a pair would no longer line up. A final line end does not start another line. Raise
    FormatError naming the line of a bad byte.
    """
    from zhgloss.formats import decode_input

    text, _encoding = decode_input(raw, name)
    if not text:
        return []
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


def decode_xml(raw: bytes, name: str) -> str:
    """Decode an XML file as XML says: by its byte order mark, else by the encoding its declaration names.

    A file with neither is decoded as any input is (`decode_input`: UTF-8, else GB18030 or Big5).
    Raise FormatError if the declared encoding is unknown or the bytes are not in it.
    """
    from zhgloss.formats import decode_input

    # expat decodes by itself only UTF-8, UTF-16 and single-byte encodings: it fails on the
    # GBK, GB18030 and Big5 that Chinese CAT tools declare, so the text is decoded here.
    if raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_input(raw, name)[0]
    for start, codec in ((b"<\x00?\x00", "utf-16-le"), (b"\x00<\x00?", "utf-16-be")):
        if raw.startswith(start):  # UTF-16 without a byte order mark, which XML allows
            return _decode_declared(raw, codec, "UTF-16", name)
    match = _XML_ENCODING.match(raw)
    if match is None:
        return decode_input(raw, name)[0]
    declared = match.group(1).decode("ascii")
    return _decode_declared(raw, declared, declared, name)


_XML_ENCODING = re.compile(rb"""^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']""")


def _decode_declared(raw: bytes, codec: str, declared: str, name: str) -> str:
    import codecs

    try:
        codecs.lookup(codec)
    except LookupError:
        raise FormatError(name, f"declares the encoding {declared!r}, which zhgloss does not know", 1) from None
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        bad = raw[exc.start : exc.start + 1]
        raise FormatError(
            name,
            f"is not {declared} as its XML declaration says (byte {exc.start}: {bad!r}); fix the declaration",
            line,
        ) from None


def load_parallel(source: IO[bytes], target: IO[bytes], source_name: str, target_name: str) -> list[Segment]:
    """Pair two aligned plain-text files line by line: line N of `target` translates line N of `source`.

    Each is decoded as `decode_lines` does. Raise FormatError if either cannot be decoded or if
    their line counts differ (saying which has how many). See `iter_parallel` to stream them.
    """
    return list(iter_parallel(source, target, source_name, target_name))


DETECT_BYTES = 1 << 16
"""How much of a streamed text file its encoding is told from."""


class PrefixedReader(io.RawIOBase):
    """A binary stream that gives back `head` (bytes already read to sniff a file), then the rest of `rest`."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _sniff_encoding(head: bytes, complete: bool, name: str) -> str:
    """Tell a text file's encoding from its first bytes, as `zhgloss.formats.decode_input` tells a whole file's."""
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    from zhgloss.formats import decode_input

    # Whole lines only: a multi-byte character cut at the end would make every encoding fail.
    cut = len(head) if complete else head.rfind(b"\n") + 1 or len(head)
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, complete)
    except UnicodeDecodeError:
        return decode_input(head[:cut], name)[1]
    # Valid UTF-8 is still read as decode_input reads a whole file: two-byte characters where no text puts them
    # (C2 80 C2 AF, "\x80¯") are GB18030's 聙炉 there, so here too (hypothesis, test_hostile, s37).
    try:
        encoding = decode_input(head[:cut], name)[1]
    except FormatError:
        return "utf-8-sig"  # the head cut inside a character: the rest of the file says more than its start
    return "utf-8-sig" if encoding == "utf-8" else encoding


def iter_lines(fp: IO[bytes], name: str) -> Iterator[tuple[int, str]]:
    """Yield (line number, line without its end) of a text file, decoding as it reads: memory stays flat.

    The encoding (UTF-8, UTF-16 with a BOM, else GB18030 or Big5) is told from the first
    DETECT_BYTES, and only ``\\n`` ends a line, as in `decode_lines`; a gzip file is unpacked as it
    is read. Raise FormatError naming the line of a byte that is not in the encoding, or of a
    line longer than MAX_INPUT_BYTES characters.
    """
    from zhgloss.formats import MAX_INPUT_BYTES

    head = fp.read(DETECT_BYTES)
    if head[:2] == b"\x1f\x8b":
        import gzip

        fp = gzip.GzipFile(fileobj=PrefixedReader(head, fp), mode="rb")  # type: ignore[assignment]
        try:
            head = fp.read(DETECT_BYTES)
        except (OSError, EOFError) as exc:
            raise FormatError(name, f"is a damaged gzip file ({exc})") from None
    encoding = _sniff_encoding(head, len(head) < DETECT_BYTES, name)
    label = {"utf-8-sig": "UTF-8", "utf-16": "UTF-16"}.get(encoding, encoding.upper())
    if encoding == "utf-16":
        # A line feed is two bytes in UTF-16: let the text layer split the lines.
        lines: Iterator[bytes | str] = io.TextIOWrapper(
            io.BufferedReader(PrefixedReader(head, fp)), encoding=encoding, newline="\n"
        )
    else:
        # A 0x0A byte is a line feed in UTF-8, GB18030 and Big5 (never part of another character):
        # lines are split as bytes and decoded one by one, so a bad byte is blamed on its own line.
        reader = io.BufferedReader(PrefixedReader(head, fp))
        lines = iter(lambda: reader.readline(MAX_INPUT_BYTES + 1), b"")
    decoder = codecs.getincrementaldecoder(encoding)()
    number = 0
    while True:
        try:
            raw = next(lines)
        except StopIteration:
            break
        except UnicodeDecodeError as exc:
            raise FormatError(name, f"is not valid {label} ({exc.reason}); save it as UTF-8", number + 1) from None
        except (OSError, EOFError) as exc:  # a damaged gzip stream
            raise FormatError(name, f"cannot be read ({exc})", number + 1) from None
        number += 1
        if len(raw) > MAX_INPUT_BYTES:
            raise FormatError(name, f"has a line longer than {MAX_INPUT_BYTES:,} bytes", number)
        if isinstance(raw, bytes):
            try:
                line = decoder.decode(raw, final=not raw.endswith(b"\n"))
            except UnicodeDecodeError as exc:
                bad = raw[exc.start : exc.start + 1]
                raise FormatError(
                    name, f"is not valid {label} (byte {exc.start} of the line: {bad!r}); save it as UTF-8", number
                ) from None
        else:
            line = raw
        line = line[:-1] if line.endswith("\n") else line
        yield number, line[:-1] if line.endswith("\r") else line


def iter_parallel(source: IO[bytes], target: IO[bytes], source_name: str, target_name: str) -> Iterator[Segment]:
    """Yield the segments of two aligned plain-text files as `load_parallel` does, one pair at a time.

    The alignment rule: line N of the translation translates line N of the source, where a line that is blank
    (nothing but spaces) is no more than a paragraph break:
    - a line blank in both files is an empty segment, which check passes over; blank lines at the end of one file
      only are no segments (an editor's or a CAT tool's trailing newlines);
    - where one file has a blank line and the other text, the two are read on to their ends: if they then have as
      many lines (trailing blanks aside) and no blank source line faces a translation, the pairing stays line by
      line (a blank translation is a segment not translated yet, which check reports); if not, but as many lines
      with text, the lines with text are paired in order and the blank lines of both files are passed over (a
      paragraph break on one side only), each segment numbered by its source line; otherwise the files are
      misaligned.
    Lines are read in step until the first such disagreement, so memory stays flat for files that agree. Raise
    MisalignedError (after the pairs read in step) when the files cannot be aligned by this rule, with the counts of
    lines (trailing blanks aside).
    """
    sources = iter_lines(source, source_name)
    targets = iter_lines(target, target_name)
    for pair in itertools.zip_longest(sources, targets):
        left, right = pair
        if left is not None and right is not None and bool(left[1].strip()) == bool(right[1].strip()):
            (number, source_line), (_, target_line) = left, right
            yield Segment(number, source_line, target_line, line=number)  # blank on both sides: an empty one
            continue
        # The files disagree here (a blank line against text, or one file has ended): read both to their ends.
        rest_sources = ([left] if left is not None else []) + list(sources)
        rest_targets = ([right] if right is not None else []) + list(targets)
        yield from _aligned_rest(rest_sources, rest_targets, source_name, target_name)
        return


def _aligned_rest(
    sources: list[tuple[int, str]], targets: list[tuple[int, str]], source_name: str, target_name: str
) -> Iterator[Segment]:
    """The segments of the lines left of two files from where they first disagree (see `iter_parallel`)."""

    def trimmed(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
        end = len(lines)
        while end and not lines[end - 1][1].strip():
            end -= 1
        return lines[:end]

    sources, targets = trimmed(sources), trimmed(targets)
    if len(sources) == len(targets) and not any(
        not text.strip() and translation.strip() for (_, text), (_, translation) in zip(sources, targets, strict=True)
    ):
        pairs = list(zip(sources, targets, strict=True))
    else:
        texts = [line for line in sources if line[1].strip()]
        translations = [line for line in targets if line[1].strip()]
        if len(texts) != len(translations):
            first = (sources or targets)[0][0] if sources or targets else 1
            counts = (first - 1 + len(sources), first - 1 + len(targets))
            blank_at = None
            if counts[0] == counts[1]:
                blank_at = next(
                    number
                    for (number, text), (_, translation) in zip(sources, targets, strict=True)
                    if not text.strip() and translation.strip()
                )
            raise MisalignedError(source_name, target_name, *counts, blank_at)
        pairs = list(zip(texts, translations, strict=True))
    for (number, source_line), (_, target_line) in pairs:
        yield Segment(number, source_line, target_line, line=number)


DIRECTION_SAMPLE = 5
"""How many segments with text on both sides `check_direction` reads before it lets any through."""


def check_direction(segments: Iterable[Segment], source_name: str, target_name: str | None = None) -> Iterator[Segment]:
    """Yield `segments` unchanged, unless they read as English sources with Chinese translations.

    The first DIRECTION_SAMPLE segments that have text on both sides are held back and looked at:
    if in every one of them the source has no CJK ideograph and the translation has one, the files
    (or the columns) were swapped, and FormatError is raised before any segment is checked, as
    `load_xliff` does for an XLIFF file whose language attributes say en → zh. Fewer such segments
    (a short file) are judged alike; a file with a Chinese source anywhere in the sample passes.
    """
    from zhgloss.script import has_cjk

    held: list[Segment] = []
    votes = 0
    mixed = False
    iterator = iter(segments)
    for segment in iterator:
        held.append(segment)
        if not (segment.source.strip() and segment.target and segment.target.strip()):
            continue
        if has_cjk(segment.source) or not has_cjk(segment.target):
            mixed = True  # a Chinese source, or neither side Chinese: not swapped
            break
        votes += 1
        if votes == DIRECTION_SAMPLE:
            break
    if votes and not mixed:
        sample = f"the first {votes} segments" if votes > 1 else "its only segment"
        if target_name is None:
            where = f"has English in its source column and Chinese in its target column ({sample})"
            advice = "put the Chinese column first"
        else:
            where = f"is English and {target_name!r} is Chinese ({sample})"
            advice = "pass the Chinese file first: zhgloss check SOURCE.zh TRANSLATION.en"
        raise WrongDirectionError(
            source_name,
            f"{where}; zhgloss checks Chinese sources against English translations: {advice}",
            sample=sample,
        )
    yield from held
    yield from iterator


WINDOW_CHARS = 2000
"""Characters of source text a very long segment is checked in at a time (see `windows`)."""


def windows(segments: Iterable[Segment], size: int = WINDOW_CHARS) -> Iterator[Segment]:
    """Yield the segments, each one longer than twice `size` cut into aligned windows of about `size`.

    Text from HTML and PDF comes as one line of 100 KB or more, and checking one segment costs
    time quadratic in its length (every name is looked for all along its target). A long pair is
    cut at sentence ends: the source every `size` characters or so, the target at the sentence end
    nearest the same fraction of its length. The windows keep the segment's number and line, and
    `offset` says where each window's target starts, so problems point into the whole segment.
    The cut is a guess: a name rendered across a cut may be reported missing; `Segment.window`
    is set so a caller can say so.
    """
    for segment in segments:
        if segment.target is None or len(segment.source) <= 2 * size:
            yield segment
            continue
        source, target = segment.source, segment.target
        source_cuts = _cuts(source, size, _ZH_SENTENCE_END)
        target_cuts = [_nearest_cut(target, round(len(target) * c / len(source))) for c in source_cuts]
        bounds = list(zip([0, *source_cuts], [*source_cuts, len(source)], strict=True))
        target_bounds = list(zip([0, *target_cuts], [*target_cuts, len(target)], strict=True))
        for part, ((a, b), (c, d)) in enumerate(zip(bounds, target_bounds, strict=True), 1):
            yield dataclasses.replace(segment, source=source[a:b], target=target[c:d], offset=c, window=part)


_ZH_SENTENCE_END = re.compile("[。！？；!?;\n]")
_EN_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n")
_SPACE = re.compile(r"\s")


def _cuts(text: str, size: int, ends: re.Pattern[str]) -> list[int]:
    """Positions every `size` characters or so, each moved to just after a sentence end in the next `size // 2`."""
    cuts: list[int] = []
    position = size
    while position < len(text) - size // 2:
        match = ends.search(text, position, position + size // 2)
        cut = match.end() if match else position
        cuts.append(cut)
        position = cut + size
    return cuts


def _nearest_cut(text: str, position: int, reach: int = WINDOW_CHARS // 4) -> int:
    """The end of the sentence nearest `position` within `reach`, else the space nearest it, else `position`."""
    for pattern in (_EN_SENTENCE_END, _SPACE):
        best: int | None = None
        for match in pattern.finditer(text, max(0, position - reach), min(len(text), position + reach)):
            if best is None or abs(match.end() - position) < abs(best - position):
                best = match.end()
        if best is not None:
            return best
    return position


def _lines(count: int) -> str:
    return f"{count} line" + ("" if count == 1 else "s")


def load_tsv(fp: IO[bytes], name: str) -> list[Segment]:
    """Read a TSV of source and target columns, one segment per row; see `iter_tsv`."""
    return list(iter_tsv(fp, name))


def iter_tsv(fp: IO[bytes], name: str) -> Iterator[Segment]:
    """Yield the segments of a TSV of source and target columns, one per row, reading as it goes.

    Two columns are source TAB target. More (an id before, a status or comment after, as CAT tools export
    them) are told apart by a header row (`_header_columns`), else by script: the one column of the first row
    with Chinese in it is the source and the column after it the target (`_columns_by_script`). Blank rows are
    skipped; a first row of header words (source, zh, 原文, target, en, translation ...) is skipped. Raises
    FormatError with its line for a row without a tab, a row with another number of columns than the first,
    and columns neither a header nor the script tells apart.
    """
    # Plain splitting, not the csv module: TSV (IANA text/tab-separated-values) has no quoting,
    # and csv would silently eat the quotes around an English sentence that starts with "...".
    count = 0
    layout: tuple[int, int, int, int] | None = None  # columns, source, target, line the layout was read from
    for number, line in iter_lines(fp, name):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) == 1:
            raise FormatError(name, "has no tab; each row must be: source TAB target", number)
        if layout is None:
            header = _header_columns(cells, name, number)
            if header is not None:
                layout = (len(cells), *header, number)
                continue
            layout = (len(cells), *_columns_by_script(cells, name, number), number)
        width, source, target, first = layout
        if len(cells) != width:
            expected = "2 (source, target)" if width == 2 else f"{width}, as in line {first}"
            raise FormatError(name, f"has {len(cells)} tab-separated columns; expected {expected}", number)
        count += 1
        yield Segment(count, cells[source], cells[target], line=number)


def _header_columns(cells: list[str], name: str, number: int) -> tuple[int, int] | None:
    """Return (source, target) column indexes a header row names, or None for a row that is no header.

    A header cell is read as an import's is (`zhgloss.formats.table.header_column`: source, 原文, zh-CN, Chinese
    (PRC), 中文, Term [zh-Hans] ...): the source column is the first one that names the source or Chinese; of two
    columns the other is the target, of more the one that names the target or English (target, translation,
    译文, en-US, English (United States), 英文 ...; FormatError if none does).
    """
    from zhgloss.formats.table import SOURCE, TARGET, header_column

    named = [header_column(cell) if cell.strip() else None for cell in cells]
    if any(name is None and _is_chinese_prose(cell) for cell, name in zip(cells, named, strict=True)):
        # 中美两国元首会晤 beside "Chinese leaders": the English's "Chinese" reads as a language's name, but a
        # header has no cell of Chinese prose that names no column (chk's finding of the twenty-eighth session).
        return None
    source = next((i for i, name in enumerate(named) if name in ("zh", "zh_hant", SOURCE)), None)
    if source is None:
        return None
    target = next((i for i, name in enumerate(named) if name in ("en", TARGET) and i != source), None)
    if target is None and len(cells) == 2:
        target = 1 - source
    if target is None:
        raise FormatError(name, "has a header row with no target column; name it target, en or translation", number)
    return source, target


# What tells a cell of Chinese prose from a header's label (原文, 中文术语, 备注：可选, 参考译文来源说明): a sentence's
# end, or more characters in a row than a column's label has (the reviewer's finding: a comma or colon, or seven
# characters, are a label's too).
_CHINESE_PROSE_RE = re.compile(r"[。！？]|[\u3400-\u9fff\U00020000-\U0003134f]{10}")


def _is_chinese_prose(cell: str) -> bool:
    """Whether `cell` is Chinese prose, not a column's label: a sentence's end, or ten Han characters in a row."""
    return _CHINESE_PROSE_RE.search(cell) is not None


def _columns_by_script(cells: list[str], name: str, number: int) -> tuple[int, int]:
    """Return (source, target) column indexes of a first row without a header: see `iter_tsv`."""
    if len(cells) == 2:
        return 0, 1
    chinese = [i for i, cell in enumerate(cells) if has_cjk(cell)]
    if len(chinese) == 1 and chinese[0] + 1 < len(cells):
        return chinese[0], chinese[0] + 1
    raise FormatError(
        name,
        f"has {len(cells)} tab-separated columns that no header names; add a first row naming them "
        "(source and target, e.g. id<TAB>source<TAB>target)",
        number,
    )


def looks_like_xml(head: bytes) -> bool:
    """Tell whether the first bytes of a file look like XML (a declaration, a comment or an <xliff> root)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Some CAT tools write XLIFF in UTF-16, which expat reads by its byte order mark.
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return text.startswith((b"<?xml", b"<xliff", b"<!--"))


def load_bilingual(fp: IO[bytes], name: str, format: BilingualFormat | None = None) -> list[Segment]:
    """Read a single bilingual file: XLIFF or a two-column TSV, told apart by content when `format` is None."""
    return list(iter_bilingual(fp, name, format))


def iter_bilingual(fp: IO[bytes], name: str, format: BilingualFormat | None = None) -> Iterator[Segment]:
    """Yield the segments of a single bilingual file (see `load_bilingual`): a TSV is streamed,
    XLIFF (a tree) is read whole, up to MAX_INPUT_BYTES."""
    from zhgloss.formats import read_limited

    head = fp.read(DETECT_BYTES)
    if format is None:
        lowered = name.lower()
        from zhgloss.corpus import XML_BILINGUAL_SUFFIXES

        is_xliff = looks_like_xml(head[:200]) or lowered.endswith(XML_BILINGUAL_SUFFIXES)
        format = "xliff" if is_xliff else "tsv"
    if format == "tsv":
        yield from iter_tsv(PrefixedReader(head, fp), name)  # type: ignore[arg-type]
        return
    yield from load_xliff(io.BytesIO(head + read_limited(fp, name)), name)


def load_xliff(fp: IO[bytes], name: str) -> list[Segment]:
    """Read XLIFF 1.2 (<trans-unit>) or 2.x (<unit>/<segment>) as segments, in document order.

    The file is decoded by `decode_xml` (its byte order mark or declared encoding). Units
    marked translate="no" are left out; a unit without a target, or whose target is not
    translated yet (1.2 state "new" or "needs-translation", 2.x segment state "initial"), becomes
    an untranslated segment. Inline codes are dropped and their text kept (<g>, <mrk>, <pc>); <cp hex> becomes
    its character. Raise FormatError (with the line) on malformed XML, entities, or a file that
    is not XLIFF.
    """
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import DefusedXMLParser

    from zhgloss.formats import check_xml_tokens

    builder = _LineTreeBuilder()
    parser = DefusedXMLParser(target=builder)
    builder.parser = parser
    try:
        text = decode_xml(fp.read(), name)
        check_xml_tokens(text, name)
        parser.feed(text)
        root = parser.close()
    except ParseError as exc:
        line, column = exc.position
        message = str(exc).split(":", 1)[0]
        raise FormatError(name, f"is not well-formed XML: {message} (column {column + 1})", line) from None
    except DefusedXmlException as exc:
        line = parser.parser.CurrentLineNumber
        raise FormatError(name, f"uses {_refused(exc)}, which zhgloss refuses for safety", line) from None
    namespace, local = _split(root.tag)
    if local == "tmx":
        pairs = _units_tmx(root, builder, name)
        return [Segment(n, source, target, line=line, id=uid) for n, (source, target, line, uid) in enumerate(pairs, 1)]
    if local != "xliff":
        raise FormatError(
            name, f"is not XLIFF or TMX: the root element is <{local}>, not <xliff> or <tmx>", builder.lines.get(root)
        )
    version = XLIFF_NAMESPACES.get(namespace) or root.get("version", "")
    if version.startswith("1."):
        _check_direction(name, builder, "source-language", "target-language", _children(root, "file"))
        units = _units_12(root, builder, name)
    elif version.startswith("2."):
        _check_direction(name, builder, "srcLang", "trgLang", [root])
        units = _units_20(root, builder, name)
    else:
        raise FormatError(
            name, f"has XLIFF version {version!r}; zhgloss reads XLIFF 1.2 and 2.x", builder.lines.get(root)
        )
    return [Segment(n, source, target, line=line, id=uid) for n, (source, target, line, uid) in enumerate(units, 1)]


def _refused(exc: Exception) -> str:
    kind = type(exc).__name__
    if kind == "DTDForbidden":
        return "a document type declaration"
    if kind == "ExternalReferenceForbidden":
        return "an external reference"
    return "an entity declaration"


class _LineTreeBuilder:
    """An ElementTree builder that remembers the line each element starts on (ElementTree keeps none)."""

    def __init__(self) -> None:
        from xml.etree.ElementTree import TreeBuilder

        self._builder = TreeBuilder()
        self.parser: object = None
        self.lines: dict[Element, int] = {}

    def start(self, tag: str, attrs: dict[str, str]) -> Element:
        element = self._builder.start(tag, attrs)
        self.lines[element] = self.parser.parser.CurrentLineNumber  # type: ignore[attr-defined]
        return element

    def end(self, tag: str) -> Element:
        return self._builder.end(tag)

    def data(self, data: str) -> None:
        self._builder.data(data)

    def close(self) -> Element:
        return self._builder.close()


def _split(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        namespace, _, local = tag[1:].partition("}")
        return namespace, local
    return "", tag


def _children(element: Element, local: str) -> list[Element]:
    return [child for child in element if _split(child.tag)[1] == local]


def _check_direction(name: str, builder: _LineTreeBuilder, src: str, trg: str, scope: list[Element]) -> None:
    from zhgloss.formats.tbx import chinese_script

    for element in scope:
        source_lang = (element.get(src) or "").lower()
        target_lang = (element.get(trg) or "").lower()
        if source_lang.startswith("en") and chinese_script(target_lang) is not None:
            raise WrongDirectionError(
                name,
                f"translates {source_lang!r} into {target_lang!r}; "
                "zhgloss checks Chinese sources against English translations",
                builder.lines.get(element),
            )


def _inline_text(element: Element, codes: frozenset[str]) -> str:
    """Return the text of a <source>/<target>, keeping inline text and dropping native codes."""
    parts: list[str] = [element.text or ""]
    for child in element:
        local = _split(child.tag)[1]
        if local == "cp":
            # XLIFF 2 writes characters XML cannot carry (control characters) as <cp hex="..."/>.
            with contextlib.suppress(ValueError):
                parts.append(chr(int(child.get("hex", ""), 16)))
        elif local not in codes:
            parts.append(_inline_text(child, codes))
        parts.append(child.tail or "")
    return "".join(parts)


def _units_12(
    root: Element, builder: _LineTreeBuilder, name: str
) -> Iterator[tuple[str, str | None, int | None, str | None]]:
    for unit in root.iter():
        if _split(unit.tag)[1] != "trans-unit" or unit.get("translate") == "no":
            continue
        line = builder.lines.get(unit)
        sources = _children(unit, "source")
        if not sources:
            raise FormatError(name, f"<trans-unit id={unit.get('id')!r}> has no <source>", line)
        targets = _children(unit, "target")
        # CAT tools copy the source into the target of a unit not translated yet.
        untranslated = not targets or targets[0].get("state") in ("new", "needs-translation")
        marked = _segments_marked(unit, None if untranslated else targets[0])
        if marked:
            for mid, (source_mark, target_mark) in marked.items():
                target = None if target_mark is None else _inline_text(target_mark, _XLIFF12_CODES)
                mark_line = builder.lines.get(source_mark, line)
                yield _inline_text(source_mark, _XLIFF12_CODES), target, mark_line, f"{unit.get('id')}/{mid}"
            continue
        target = None if untranslated else _unit_target(targets[0])
        yield _inline_text(sources[0], _XLIFF12_CODES), target, line, unit.get("id")


def _unit_target(target: Element) -> str:
    """The text of a unit's <target>, its segment marks (if any) joined with a space, never run together."""
    marks = _segment_marks(target)
    if not marks:
        return _inline_text(target, _XLIFF12_CODES)
    return " ".join(_inline_text(mark, _XLIFF12_CODES).strip() for mark in marks.values())


def _segment_marks(element: Element) -> dict[str, Element]:
    """The segments of a <seg-source> or <target> by their mid: its <mrk mtype="seg"> elements, at any depth."""
    return {
        mark.get("mid") or "": mark
        for mark in element.iter()
        if _split(mark.tag)[1] == "mrk" and mark.get("mtype") == "seg"
    }


def _segments_marked(unit: Element, target: Element | None) -> dict[str, tuple[Element, Element | None]]:
    """The segments of an XLIFF 1.2 unit cut by <seg-source> (Trados Studio's SDLXLIFF, Okapi): each <mrk mtype="seg">
    of the source with the target's of the same mid (None where the target has none, or nothing in it); empty for
    a unit with no such cut, or whose target writes none (then the unit is one segment).

    A unit holds a paragraph, its <mrk>s the sentences; the text between them is the source's (Trados copies its
    empty inter-segment text to the target), so the target's segments joined would run two sentences together:
    "…Lei Chun said" + "Xiaomi will keep…" hid a name after the join (user finding U33-20)."""
    seg_sources = _children(unit, "seg-source")
    if not seg_sources:
        return {}
    sources = _segment_marks(seg_sources[0])
    if not sources:
        return {}
    targets = _segment_marks(target) if target is not None else {}
    if target is not None and not targets and (target.text or "").strip():
        return {}
    if targets and not set(sources) <= set(targets):
        # A target that lacks one of the source's marks (not an empty one: that is a segment not translated yet) is
        # no cut to trust (a hand edit): the unit is one segment, its marks joined, and a name of the lost sentence
        # is missing, as it was before units were cut (the reviewer's U2).
        return {}
    paired: dict[str, tuple[Element, Element | None]] = {}
    for mid, source in sources.items():
        mark = targets.get(mid)
        paired[mid] = (source, mark if mark is not None and "".join(mark.itertext()).strip() else None)
    return paired


_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# TMX's inline elements that hold the native codes of the text (a tag of the document it came from), dropped as
# XLIFF 1.2's are; <hi> and <sub> hold text, kept.
_TMX_CODES = frozenset(["bpt", "ept", "ph", "it", "ut"])


def _units_tmx(
    root: Element, builder: _LineTreeBuilder, name: str
) -> list[tuple[str, str | None, int | None, str | None]]:
    """The segment pairs of a TMX memory (TMX 1.4b: <tu> with a <tuv xml:lang> and its <seg> per language), the
    translation memory every CAT tool exports: the Chinese variant as the source, the English one as the
    translation (None where a <tu> has none); a <tu> with no Chinese variant is left out. Raise FormatError for a
    memory with no Chinese variant at all (user finding U33-27: `check mem.tmx` was refused as "not XLIFF")."""
    from zhgloss.formats.tbx import chinese_script

    units: list[tuple[str, str | None, int | None, str | None]] = []
    languages: set[str] = set()
    for unit in root.iter():
        if _split(unit.tag)[1] != "tu":
            continue
        texts: dict[str, str] = {}
        for variant in _children(unit, "tuv"):
            language = (variant.get(_XML_LANG) or variant.get("lang") or "").lower()  # TMX 1.1 wrote lang=
            languages.add(language)
            segs = _children(variant, "seg")
            # Chinese by the one language-tag rule of every reader (`tbx.chinese_script`: zh-HK, zh-Hant, cmn, and
            # Cantonese's yue-HK, as Hong Kong memories tag their Chinese; user U36-16), never zh-Latn (pinyin).
            kind = "zh" if chinese_script(language) is not None else "en" if language[:2] == "en" else None
            if segs and kind is not None:
                texts.setdefault(kind, _inline_text(segs[0], _TMX_CODES))
        if "zh" in texts:
            units.append((texts["zh"], texts.get("en"), builder.lines.get(unit), unit.get("tuid")))
    if not units:
        said = ", ".join(sorted(filter(None, languages))) or "none"
        raise FormatError(
            name,
            f"is a TMX memory with no Chinese variant (its languages: {said}); zhgloss checks Chinese sources (a "
            "language tag zh-*, cmn-* or yue-*) against English: export the memory with its Chinese",
            builder.lines.get(root),
        )
    return units


def _units_20(
    root: Element, builder: _LineTreeBuilder, name: str
) -> Iterator[tuple[str, str | None, int | None, str | None]]:
    # XLIFF 2 inline codes (<ph/>, <sc/>, <ec/>, <sm/>, <em/>) are empty elements: nothing to drop.
    for unit in root.iter():
        if _split(unit.tag)[1] != "unit" or unit.get("translate") == "no":
            continue
        segments = _children(unit, "segment")
        if not segments:
            raise FormatError(name, f"<unit id={unit.get('id')!r}> has no <segment>", builder.lines.get(unit))
        for segment in segments:
            line = builder.lines.get(segment)
            sources = _children(segment, "source")
            if not sources:
                raise FormatError(name, f"a <segment> of <unit id={unit.get('id')!r}> has no <source>", line)
            targets = _children(segment, "target")
            untranslated = not targets or segment.get("state") == "initial"
            target = None if untranslated else _inline_text(targets[0], frozenset())
            uid = unit.get("id")
            if len(segments) > 1 and uid is not None:
                uid = f"{uid}/{segment.get('id') or segments.index(segment) + 1}"
            yield _inline_text(sources[0], frozenset()), target, line, uid
