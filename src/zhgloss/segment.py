"""Word edges in running Chinese text: does a dictionary word cross an edge of a glossary match?

A glossary form found in text may straddle two words: 上都 (Shangdu) in 书上都写着 is 书上|都,
得文 (Devon) in 懂得文章 is 懂得|文章, 西天 in 陇西天水 is 陇西|天水. A bare word list cannot tell
these from a real name whose neighbours merely make words too: 日本人 holds the word 本人 and
中国人民 the word 国人, yet they read 日本|人 and 中国|人民. Word frequencies can. `segment`
cuts a short window the way jieba does (jieba.Tokenizer.calc): the most probable path through
the DAG of the dictionary's words, a word's probability its count over the dictionary's total, a
character the dictionary lacks counted once. The glossary's own forms are words of that
dictionary too, counted at least NAME_COUNT times (a name a dictionary lacks is still a word).

Data: data/word_counts.tsv, jieba 0.42.1's dictionary counts (MIT licence, (c) Sun Junyi), built
by scripts/build_name_data.py. jieba is not used at run time: loading its dictionary costs about
half a second and writes a cache file, jieba-rs's bindings build theirs on start-up too, and
neither lets a caller weigh a candidate word for one call only, as the glossary's forms are
weighed here. A one-line annotate asks about a handful of words, looked up in the file in place\n(`WordCounts`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache
from math import log
from pathlib import Path

from zhgloss.datafile import Mapped, line_at, lower_bound, map_data

WORD_COUNTS_PATH = Path(__file__).resolve().parent / "data" / "word_counts.tsv"
MAX_WORD = 4
"""The longest dictionary word (characters) in word_counts.tsv."""
NAME_COUNT = 100
"""The least count a glossary form gets as a word: jieba's dictionary lacks most names (雷军, 得文).

Tuned on zh-corpus.txt with CC-CEDICT's names: 20 to 100 drop the same straddles (书上|都,
懂得|文章) and keep every name of the tests (李强 in 李强调研: 李强|调研 beats 李|强调|研); at 500
straddles over rarer words (白铜斗六尺: 斗|六尺, count 52) are kept."""
REACH = MAX_WORD - 1
"""Characters of context each side of a match: a word crossing an edge has at most this many outside it."""
_BLOCK = 512
"""Bytes of word_counts.tsv per block of `WordCounts`' index (about 45 lines)."""
IN_PLACE_WORDS = 200
"""How many different words `WordCounts` looks up in the file in place before it builds its block index."""
_FORGET_AFTER = 500_000
"""Different words `WordCounts` remembers (a few tens of MB at most); it starts afresh when full."""

Cut = list[tuple[int, int]]
"""Words of a window in order, as (start, end) offsets."""


class WordCounts:
    """jieba's word counts, read from word_counts.tsv in place.

    The file's lines ("word<TAB>count") are sorted (UTF-8 sorts as code points do, and a tab
    sorts below every Han character). The first IN_PLACE_WORDS words asked are found by binary
    search over the lines of the file as it is (memory-mapped by `bundled_counts`), about 20 us
    each, so a one-line annotate that asks about a few dozen words reads a few pages and parses
    nothing. Past them the first word of every block of `_BLOCK` bytes is noted (about 1,800
    words, a millisecond or two); a word is then found by `bisect` over those and one `bytes.find`
    in its block, both in C: about 2 us. Every word asked is remembered.
    """

    def __init__(self, data: Mapped, floor_words: frozenset[str] = frozenset(), floor: int = 0) -> None:
        """Read `data` (word_counts.tsv as bytes); raise ValueError if it has no "# total" line.

        A word of `floor_words` counts at least `floor` (`edge_counts`)."""
        self._floor_words = floor_words
        self._floor = floor
        total = data.find(b"# total\t")
        end = data.find(b"\n", total) if total >= 0 else -1
        if end < 0:
            raise ValueError("word_counts.tsv has no '# total' line")
        self.total = int(data[total + 8 : end])
        """The sum of the counts of the whole dictionary (the denominator of a word's probability)."""
        last = len(data)
        while last > end and data[last - 1 : last] == b"\n":
            last -= 1
        self._raw = data
        self._lines = (end + 1, last)
        """Where the sorted lines are in `_raw`: from the first one's start to the last one's end."""
        self._data = b""
        self._starts: list[int] = []
        self._keys: list[bytes] = []
        self._seen: dict[str, int] = {}
        self.split_inside: dict[tuple[str, int, int], bool] = {}
        """`is_split_inside`'s verdicts by word and match offsets (words of MAX_WORD characters at most: few)."""

    @classmethod
    def from_lines(cls, lines: Iterable[str], total: int) -> WordCounts:
        """Build a table from "word<TAB>count" lines (for tests and other dictionaries)."""
        rows = sorted(line.rstrip("\n").split("\t") for line in lines if line.strip())
        body = "".join(f"{word}\t{int(count)}\n" for word, count in rows)
        return cls(f"# total\t{total}\n{body}".encode())

    def get(self, word: str) -> int:
        """Return the count of `word`, 0 if the dictionary does not list it."""
        seen = self._seen
        count = seen.get(word)
        if count is None:
            if len(seen) >= _FORGET_AFTER:
                seen.clear()
            count = self._find(word) if self._starts or len(seen) >= IN_PLACE_WORDS else self._look(word)
            if count < self._floor and word in self._floor_words:
                count = self._floor
            seen[word] = count
        return count

    def _look(self, word: str) -> int:
        """Return the count of `word` by binary search over the file's lines, in place."""
        key = word.encode() + b"\t"
        low, high = self._lines
        line = line_at(self._raw, lower_bound(self._raw, key, low, high), high)
        return int(line[len(key) :]) if line.startswith(key) else 0

    def _find(self, word: str) -> int:
        """Return the count of `word`: its block by `bisect`, its line by `bytes.find`."""
        if not self._starts:
            self._index()
        key = b"\n" + word.encode() + b"\t"
        data, starts = self._data, self._starts
        i = bisect_right(self._keys, key) - 1
        if i < 0:
            return 0
        block_end = starts[i + 1] + len(key) if i + 1 < len(starts) else len(data)
        pos = data.find(key, starts[i], block_end)
        if pos < 0:
            return 0
        return int(data[pos + len(key) : data.index(b"\n", pos + 1)])

    def _index(self) -> None:
        """Copy the lines out of the file, and note where each block of `_BLOCK` bytes has its first line and word."""
        low, high = self._lines
        self._data = data = b"\n" + self._raw[low:high] + b"\n"
        starts = [0]  # each the offset of the "\n" that opens a line
        for offset in range(_BLOCK, len(data) - 1, _BLOCK):
            newline = data.find(b"\n", offset, len(data) - 1)
            if newline < 0:
                break
            if newline != starts[-1]:
                starts.append(newline)
        self._keys = [data[p : data.index(b"\t", p) + 1] for p in starts]
        self._starts = starts


@lru_cache(maxsize=1)
def bundled_counts() -> WordCounts:
    """Return the counts shipped in the package (data/word_counts.tsv), read once per process."""
    return WordCounts(map_data(WORD_COUNTS_PATH))


EDGE_FLOOR = 10
"""The count `edge_counts` gives a CC-CEDICT ordinary word that word_counts.tsv leaves out: the least count of
data/common_words.txt's words (scripts/build_common_words.py: jieba counts them at least 10 times), below the 20 of
word_counts.tsv's."""


@lru_cache(maxsize=1)
def edge_counts() -> WordCounts:
    """Return `bundled_counts`' counts with CC-CEDICT's ordinary words of running text counted at least EDGE_FLOOR.

    The word-edge rule (`zhgloss.glossrules.CrossingRule`) reads the text's own words: word_counts.tsv leaves out
    jieba's words counted fewer than 20 times, among them words CC-CEDICT lists and news writes (海警 "coast guard",
    11: 中国海警 reads 中国|海警, the China Coast Guard, not 中国海 "the China Seas" and 警). The words are
    data/common_words.txt's (`zhgloss.glossable.common_words`); the other rules keep jieba's counts as they are.
    """
    from zhgloss.glossable import common_words

    return WordCounts(map_data(WORD_COUNTS_PATH), common_words(), EDGE_FLOOR)


def segment(
    window: str,
    names: Iterable[tuple[int, int]],
    counts: WordCounts,
    *,
    whole: bool = True,
    at_least: dict[tuple[int, int], int] | None = None,
) -> Cut:
    """Return the most probable cut of `window` into words, as (start, end) offsets in order.

    Words are the dictionary's (1 to MAX_WORD characters) and the spans `names` (any length),
    each counted at least NAME_COUNT times, or the count `at_least` gives the span; a character the
    dictionary lacks is counted once. Ties go to the longer first word, as in jieba. With `whole`
    False the window itself is no word: the cut of a word into its parts (沿海地区 -> 沿海|地区, see
    `is_split_inside`).
    """
    n = len(window)
    extra: dict[int, list[int]] = {}
    for s, e in names:
        extra.setdefault(s, []).append(e)
    log_total = log(counts.total)
    name_weight = log(NAME_COUNT)
    get = counts.get
    # best[i]: the log-probability of the best path through window[i:], and the end of its first word.
    best: list[tuple[float, int]] = [(0.0, n)] * (n + 1)
    for i in range(n - 1, -1, -1):
        choice = (log(get(window[i]) or 1) - log_total + best[i + 1][0], i + 1)
        for j in range(i + 2, min(n, i + MAX_WORD) + 1):
            if not whole and i == 0 and j == n:
                continue
            count = get(window[i:j])
            if count:
                choice = max(choice, (log(count) - log_total + best[j][0], j))
        for j in extra.get(i, ()):
            least = name_weight if at_least is None or (i, j) not in at_least else log(at_least[(i, j)])
            weight = max(least, log(get(window[i:j]) or 1)) - log_total
            choice = max(choice, (weight + best[j][0], j))
        best[i] = choice
    path: Cut = []
    i = 0
    while i < n:
        j = best[i][1]
        path.append((i, j))
        i = j
    return path


def is_crossed(path: Sequence[tuple[int, int]], s: int, e: int) -> bool:
    """Tell whether a word of `path` crosses an edge of window[s:e]: overlaps it without holding it or being held.

    A word that holds the match (北京大学 around 北京) or lies inside it (雷|军) crosses no edge.
    """
    return any((i < s < j < e) or (s < i < e < j) for i, j in path)


def is_split_inside(window: str, path: Sequence[tuple[int, int]], s: int, e: int, counts: WordCounts) -> bool:
    """Tell whether the word of `path` that holds window[s:e] and more is cut, as a word, across an edge of it.

    A dictionary word may hold a glossary form without being that name plus more: 沿海地区 ("coastal
    areas") holds 海地 (Haiti) and 书法家 ("calligrapher") holds 法家 (the Legalists), yet they read
    沿海|地区 and 书法|家. A word made of a name and more reads the name whole: 北京|大学, 新|中国, 英国|伦敦,
    人大|代表. The holding word is cut as `segment` cuts a window, the word itself left out and the match
    weighed as a name; the match is part of no name there when that cut crosses one of its edges.
    """
    for i, j in path:
        if i <= s and e <= j and j - i > e - s:
            key = (window[i:j], s - i, e - i)
            verdict = counts.split_inside.get(key)
            if verdict is None:
                verdict = is_crossed(segment(key[0], [(key[1], key[2])], counts, whole=False), key[1], key[2])
                if len(counts.split_inside) >= _FORGET_AFTER:
                    counts.split_inside.clear()
                counts.split_inside[key] = verdict
            return verdict
    return False


NEAR_TIE = 1.6
"""How much likelier (natural log) a match's reading must be than the best reading that cuts it, when no likelier.

jieba's counts hold the names themselves (人大 12,955, 柏林 1,260): where a word crossing the match's edge is
nearly as likely, the counts say little. 酒店里的人大笑了 reads 的|人大|笑 only 1.02 times likelier than
的|人|大笑 ("the people laughed"), 一丛松柏林 松|柏林 3.8 times (0.02 and 1.33 here) than 松柏|林 ("a grove of
pines and cypresses"), 第五代传人 第|五代 4.3 times (1.46) than 第五|代 ("fifth generation"). Kept above it:
一本日本文的书 (1.87: 日本|文 against 日|本文), 孔庙里 (2.50). Tuned on zh-corpus.txt, the names news files of
tests/data and 1,200 sentences of the finder's dev files; see `is_near_tie` for the second test."""
GENERICS = frozenset("市县区省州镇乡村旗部局委厅署院所处办")
"""Generics that end the name of a place or office and also start a word of what follows: 遵义市|民 is 遵义|市民."""

_Reading = tuple[float, int, int, int]
"""A best reading of part of a window: its log-probability, how many words, how many of them one character,
and where its word next to the rest of the window starts (a prefix's last) or ends (a suffix's first)."""


def _readings(window: str, counts: WordCounts) -> tuple[list[_Reading], list[_Reading]]:
    """Return the best reading of each prefix window[:j] and of each suffix window[i:] (dictionary words only)."""
    n = len(window)
    log_total = log(counts.total)
    get = counts.get
    weights = {
        (i, j): log(count) - log_total
        for i in range(n)
        for j in range(i + 2, min(n, i + MAX_WORD) + 1)
        if (count := get(window[i:j]))
    }
    singles = [log(get(char) or 1) - log_total for char in window]
    before: list[_Reading] = [(0.0, 0, 0, 0)] * (n + 1)
    for j in range(1, n + 1):
        p, w, o, _ = before[j - 1]
        best = (p + singles[j - 1], w + 1, o + 1, j - 1)
        for i in range(max(0, j - MAX_WORD), j - 1):
            weight = weights.get((i, j))
            if weight is not None:
                p, w, o, _ = before[i]
                best = max(best, (p + weight, w + 1, o, i))
        before[j] = best
    after: list[_Reading] = [(0.0, 0, 0, n)] * (n + 1)
    for i in range(n - 1, -1, -1):
        p, w, o, _ = after[i + 1]
        best = (p + singles[i], w + 1, o + 1, i + 1)
        for j in range(i + 2, min(n, i + MAX_WORD) + 1):
            weight = weights.get((i, j))
            if weight is not None:
                p, w, o, _ = after[j]
                best = max(best, (p + weight, w + 1, o, j))
        after[i] = best
    return before, after


def is_near_tie(window: str, s: int, e: int, counts: WordCounts) -> bool:
    """Tell whether a reading of `window` that cuts window[s:e] is about as good as the one that keeps it whole.

    The match is weighed as `segment` weighs a name (at least NAME_COUNT). A reading that cuts it has a
    dictionary word across one of its edges, made of all of the match but one character and of characters
    the reading that keeps the match leaves standing alone (the word regroups loose characters, and
    breaks no other word: not 中|国内|地 against 中国|内地, where 国内 takes the 内 of 内地). It is as good
    when it is less than NEAR_TIE less likely and, by the chunk rules of MMSEG (Tsai 1996: the fewest
    words, then the fewest of one character), no worse: 的|人|大笑 against 的|人大|笑, 松柏|林 against
    松|柏林. The character left of the match names nothing; a word that leaves more (美国|人不知|道 leaves
    美国) is not concerned, nor one that starts on a generic ending the match (吉林省|委: GENERICS), which
    the name shares with what follows.
    """
    before, after = _readings(window, counts)
    log_total = log(counts.total)
    get = counts.get
    weight = max(log(NAME_COUNT), log(get(window[s:e]) or 1)) - log_total
    p, w, o, _ = before[s]
    q, x, y, _ = after[e]
    kept = p + weight + q
    kept_words, kept_singles = w + x + 1, o + y + (e - s == 1)
    n = len(window)
    crossing: list[tuple[int, int]] = []
    # Left of the match, characters the kept reading leaves alone, the nearest first; then the same right of it.
    a = s
    while a > 0 and s - a < REACH and before[a][3] == a - 1:
        a -= 1
        crossing.append((a, e - 1))
    b = e
    while b < n and b - e < REACH and after[b][3] == b + 1 and window[e - 1] not in GENERICS:
        b += 1
        crossing.append((s + 1, b))
    for a, b in crossing:
        if b - a > MAX_WORD or not (count := get(window[a:b])):
            continue
        p, w, o, _ = before[a]
        q, x, y, _ = after[b]
        cut = p + log(count) - log_total + q
        if kept - cut < NEAR_TIE and w + x + 1 <= kept_words and o + y <= kept_singles:
            return True
    return False


def is_read_apart(path: Sequence[tuple[int, int]], s: int, e: int) -> bool:
    """Tell whether `path` reads window[s:e] one character at a time: 大|和 in 静和大和空虚, 日|中 in 第二天的日中.

    A form the dictionary lacks is weighed as a word of NAME_COUNT; when its characters are words
    so common that even so they outweigh it (大 and 和, each among jieba's most frequent words), the
    text reads them as words of their own, and the form is not a name there.
    """
    # The cut is a partition: it reads the match apart when e - s words lie inside it.
    return e - s > 1 and sum(1 for i, j in path if s <= i and j <= e) == e - s


NUMERALS = frozenset("一二三四五六七八九十两几半每这那")
"""Numerals and demonstratives, which a classifier follows (一张, 两台, 这张)."""
CLASSIFIERS = frozenset(
    "张条家位间支本根块片头只件把座所辆架部首篇封面棵朵颗双对副套批群场次回番道顶盏扇幅层节项门个台"
)
"""Classifiers (量词) that also start names: 张 a surname (张宁), 台 of 台北, 个 of 个旧 (Gejiu)."""


def is_counted(window: str, s: int, counts: WordCounts) -> bool:
    """Tell whether window[s] is a classifier counted by the numeral before it: 一张|宁式床, 一个|旧.

    Chinese counts a noun with a numeral (or a demonstrative) and a classifier: a numeral right before
    a classifier takes it (一张宁式床 "a Ningbo-style bed" holds no 张宁), though jieba's counts read
    一|张宁, 张宁 being a name it knows and 宁 a rare word. Not where the numeral ends a word of its
    own (统一台湾: 统一|台湾), as the counts say; 第一张 is an ordinal's.
    """
    if s < 1 or window[s] not in CLASSIFIERS or window[s - 1] not in NUMERALS:
        return False
    return s < 2 or window[s - 2] in NUMERALS or window[s - 2] == "第" or not counts.get(window[s - 2 : s])


def can_cross(window: str, s: int, e: int, counts: WordCounts) -> bool:
    """Tell whether some dictionary word of `window` overlaps window[s:e] without holding it or being held.

    When none does, no segmentation can cross an edge of the match (`segment` needs no running).
    """
    get = counts.get
    for a in range(max(0, s - REACH), s):
        for b in range(s + 1, min(e, a + MAX_WORD + 1)):
            if get(window[a:b]):
                return True
    for a in range(s + 1, e):
        for b in range(e + 1, min(len(window), a + MAX_WORD) + 1):
            if get(window[a:b]):
                return True
    return False
