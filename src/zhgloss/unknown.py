"""Names the glossary does not know yet: find Chinese personal names in a text and propose how to write them.

A candidate is a surname from `data/surnames.tsv` followed by one or two characters that are
common in given names; a transliterated foreign name is a run of transliteration characters
joined by a middle dot (埃隆·马斯克). Each Chinese candidate is scored by adding evidence, in
natural-log odds:

* how much more often its characters start, continue and end a name than occur in running
  text (`data/names.tsv`, built by scripts/build_name_data.py from jieba's POS-tagging HMM,
  which was trained on People's Daily news);
* known words (`data/words.txt`, CC-CEDICT and jieba's dictionary): a candidate that is a
  common word (黄金, 马上, 周末), starts with one (高兴地, 张开嘴), or whose last character
  starts a word with the text after it (雷军表示 is 雷军 + 表示), is probably not a name;
* context: a title or role before it (董事长任正非, 记者王晓), a title, a speech verb or a
  name-taking verb after it (任正非表示, 王先生), names listed with 、 or 和.

The two lengths (surname + one or two characters) compete and the better one wins; a
candidate scoring above `THRESHOLD` is proposed. Proposals come with the pinyin of zhgloss's
own name romanizer (`zhgloss.pinyin.romanize`: surname readings, compound surnames) and the
other readings of polyphonic characters. Every proposal is a guess and is labelled as one.

No Typer here and nothing read from the network: the data files ship in the package.
"""

from __future__ import annotations

import json
import operator
import re
import sys
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container, ItemsView, Iterable, Iterator, Mapping, Sequence, ValuesView
from collections.abc import Set as AbstractSet
from dataclasses import InitVar, dataclass, field, replace
from enum import Enum
from functools import cached_property, lru_cache
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from zhgloss.annotate import _CLOSE as _CLOSE_BRACKETS
from zhgloss.annotate import _OPEN as _OPEN_BRACKETS
from zhgloss.annotate import MARK_CLOSE as MARK_CLOSE
from zhgloss.annotate import MARK_OPEN as MARK_OPEN
from zhgloss.annotate import UNVERIFIED_STYLE
from zhgloss.datafile import line_at, lower_bound, map_data
from zhgloss.document import Lines
from zhgloss.errors import RomanizationError
from zhgloss.memo import TextMemo
from zhgloss.namecontext import (
    _BEFORE,
    _BEFORE_LONGEST,
    _BEFORE_SIZES,
    _CJK_CHAR,
    _CJK_RANGES,
    _CLOSERS,
    _ITEM_ENDS,
    _ITEM_LONGEST,
    _LIST_MARKS,
    _LIST_REACH,
    _TITLE_TAILS,
    BELONGINGS,
    FINDER_ORG_WORDS,
    NAMED_AFTER_HEADS,
    ORG_SUFFIXES,
    PRODUCT_WORDS,
    PROTOCOL_VERBS,
    SURNAMES_PATH,
    TITLES_AFTER,
    TRADE_WORDS,
    VERBS_AFTER,
    _bundled_words,
    _item_end_re,
    _item_start_re,
    _simplified,
    _title_before,
    _WordFile,
    ordinary_word_file,
    word_file,
)

if TYPE_CHECKING:
    from zhgloss.annotate import Annotator, Insertion, Mark, Session
    from zhgloss.model import Entry
    from zhgloss.pinyin import NameOrigin, Romanization, Surname

DATA = Path(__file__).resolve().parent / "data"
NAMES_PATH = DATA / "names.tsv"

THRESHOLD = 2.0
"""A candidate scoring above this (natural-log odds, see the module docstring) is proposed."""


_NAME_LIST_MARKS = frozenset("、和与及")
"""The list marks after a name that make the next candidate as likely as a title does (`NameFinder._listed`)."""
# Prefixes of address that make the next character a surname (老王, 小李, 阿Q is not Chinese).
_ADDRESS = "老小阿"

# Transliteration characters (the common ones of Xinhua's 世界人名翻译大辞典 tables) for
# foreign names written with a middle dot: 埃隆·马斯克, 蒂姆·库克.
_TRANSLIT = (
    "阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕宾波伯勃博布查达戴丹道德登迪蒂丁东杜多厄恩尔法凡范菲费芬丰"
    "弗伏福盖甘冈戈格根贡古圭哈海汉豪浩赫亨洪侯胡华霍基吉加贾杰捷金津卡凯坎康考柯科克肯库夸奎昆拉莱"
    "赖兰朗劳勒雷蕾里利莉丽连廉林琳铃隆娄卢鲁路露伦罗洛马玛迈麦曼芒梅门蒙米敏明莫默姆穆纳娜奈南内尼"
    "妮涅宁纽努诺欧帕派潘庞佩彭皮珀蒲普奇齐恰乔切钦琴琼丘萨塞赛桑瑟森沙莎山尚舍绍施什史斯松苏索塔"
    "泰坦汤唐特提汀图托瓦万威韦维温文沃乌伍西希锡夏谢辛欣休许雅亚扬耶伊因英尤于约泽扎詹朱兹佐德黛"
    "卓茨伽珊芙娅璐琪莱罕尹兀龙哥"
)
_TRANSLIT_CHARS = frozenset(_TRANSLIT)
_TRANSLIT_RUN = _TRANSLIT + "瓜夫顿翰逊瑞思卫狄摩切热腾次仁旦力珠措晋旺沛买孜吾坚赞申朝吐依"
"""The characters of a foreign name written without a middle dot (`NameFinder._transliterated`): _TRANSLIT
and a few more of the same tables (瓜 of 瓜迪奥拉, 顿 of 克林顿, 夫 of -ov, 翰 of 约翰) and of the usual
spellings of Uyghur, Tibetan and Mongolian names (热 of 迪丽热巴, 力 of 古力娜扎, 次仁 and 旦 of 次仁旦达, 腾 of
腾格尔, 沛 and 旺晋 of 阿沛·阿旺晋美, 买 and 孜 of 买买提·艾孜, 朝 of 巴音朝鲁, 吐 of 吐尔逊, 依 of
阿依古丽), and 申 of -shenko (卢卡申科)."""
_TRANSLIT_RUN_CHARS = frozenset(_TRANSLIT_RUN)
_TRANSLIT_AFTER = {"不": "阿", "都": "阿不"}
"""Characters of a foreign name's part only right after others: 不 after 阿 and 都 after 阿不, the Uyghur Ab- and
Abdu- as Xinhua and the State Council's appointment notices write them (阿不都热西提 Abdureshit, 阿不来提 Ablet,
阿不都热依木 Abduréhim, 阿不力孜 Abliz). Elsewhere 不 "not" and 都 "all" follow names (马斯克不同意, 他们都) and start
none, so they are no characters of `_TRANSLIT_RUN`."""


def _translit_at(text: str, i: int) -> bool:
    """Tell whether text[i] may be a character of a dotted foreign name's part: one of `_TRANSLIT_RUN`, or one of
    `_TRANSLIT_AFTER` right after the characters it follows (不 of 阿不, 都 of 阿不都)."""
    char = text[i]
    if char in _TRANSLIT_RUN_CHARS:
        return True
    before = _TRANSLIT_AFTER.get(char)
    return before is not None and i >= len(before) and text[i - len(before) : i] == before


_JAPANESE_SURNAME_ENDS = frozenset("田井藤野本村山崎岛川口木上下泽原谷泉生森桥冈部内尾")
"""Characters that end Japanese surnames: those that end two or more of CC-CEDICT's Japanese surnames (田 of
田中, 井 of 井上, 藤 of 佐藤, 野, 本, 村, 山, 崎, 岛, 川, 口, 木, 上, 下, 泽, 原) and other common ones (谷 of 大谷,
泉 of 小泉, 生 of 羽生, 森, 桥, 冈, 部, 内, 尾). `NameFinder._japanese` reads a name after a title with them."""
_SAYING = ("表示", "说", "称", "认为", "指出", "透露", "强调", "宣布", "坦言", "回应", "呼吁", "说道")
"""Verbs of saying that make a run of transliteration characters before them, at a clause's start, a name."""
_SEPARATORS = "·•・‧"


@lru_cache(maxsize=1)
def _minority_re() -> re.Pattern[str]:
    """The peoples of China's west and north whose names are no surname and given name (`NameFinder._minority_names`).

    This and the module's other patterns are compiled on first use: a one-line annotate imports the module
    to score a name or two (`zhgloss.glossrules`), and would pay ~2 ms for compiling them all.
    """
    return re.compile("(?:藏|蒙古|维吾尔|哈萨克|彝|柯尔克孜|塔吉克|乌孜别克|塔塔尔|鄂温克|鄂伦春|达斡尔|门巴|珞巴)族")


_MINORITY_LONGEST = 6
_MINORITY_SIZES = range(5, 1, -1)
"""The lengths of the matches of `_minority_re` (彝族 to 柯尔克孜族), longest first."""
"""The longest name `NameFinder._minority_names` reads (阿娜尔古丽: five)."""


def _minority_ends(text: str) -> Iterator[int]:
    """Where each match of `_minority_re` in `text` ends, in order, as `finditer` finds them.

    Every match ends in 族, which no people's name holds, so no two overlap and each 族 ends one at most:
    the 族 are found by `str.find` and the name before each tried (a scan of the whole text by the
    alternation, which starts with no one character, cost ~0.7 ms on 196 KB of prose that writes 族 seven times).
    """
    k = text.find("族")
    while k >= 0:
        for size in _MINORITY_SIZES:
            if size <= k + 1 and _minority_re().fullmatch(text, k + 1 - size, k + 1) is not None:
                yield k + 1
                break
        k = text.find("族", k + 1)


@lru_cache(maxsize=1)
def _separator_re() -> re.Pattern[str]:
    """A middle dot between two Han characters: where a foreign name's parts meet (`NameFinder._foreign`).

    The dot comes first in the pattern, the Han character before it is looked behind for after it: `re`
    then skips to each dot at C speed, where a look-behind first was tried at every character of the text
    (on the evaluation set's news sentences, 2 % of the finder's instructions).
    """
    han = "\u3400-\u4dbf\u4e00-\u9fff"
    return re.compile(f"[{_SEPARATORS}](?<=[{han}][{_SEPARATORS}])(?=[{han}])")


def _ends_in_context(text: str, start: int, end: int) -> bool:
    """Tell whether the foreign name text[start:end] (two characters or more) ends in a character that starts
    what follows names (`_starts_context`): 于 of 卡特于2024年, 因 of 巴音朝鲁因受贿罪 belong to what follows."""
    return end - start > 2 and _starts_context(text[end - 1 : end + 3])


def _ends_clearly(after: str) -> bool:
    """Tell whether a name clearly ends before `after`: punctuation, a list mark, 的, a verb or title after names."""
    return not after or after[:1] in _CLOSERS or after[:1] == "的" or _starts_context(after)


def _mostly_transliterated(part: str) -> bool:
    """Tell whether at least half the characters of `part` (a part of a foreign name) are transliteration ones."""
    return 2 * sum(c in _TRANSLIT_RUN_CHARS for c in part) >= len(part)


@lru_cache(maxsize=1)
def _translit_run_re() -> re.Pattern[str]:
    """A run of 2 to 8 transliteration characters (`NameFinder._transliterated`, matched where a title ends)."""
    return re.compile(f"[{_TRANSLIT_RUN}]{{2,8}}")


_MATCH_START = re.Match.start
"""A match's start, as a function (`map` calls it at C speed)."""

_SHORT_CHUNK = 2000
"""Below this many characters `NameFinder._consistent` counts each name's mentions rather than compiling a pattern."""


@lru_cache(maxsize=64)
def _mentions_automaton(keys: tuple[str, ...]) -> Any:
    """An automaton (daachorse, leftmost-longest) of the names `keys` (`NameFinder._consistent`); a few dozen kept.

    Its matches are those of the names as an alternation, longest first, with `re.finditer`: at the leftmost place
    where a name starts, the longest one there, then on from its end. Built in a fraction of the time `re` takes to
    compile the alternation (1.2 ms for the 70 names of zh-corpus.txt), which text never seen pays once a chunk.
    """
    import daachorse

    return daachorse.CharwiseDoubleArrayAhoCorasick(list(keys), match_kind=daachorse.MATCH_KIND_LEFTMOST_LONGEST)


_LINES_READ_LONGEST = 2000
"""The most characters of lines `NameFinder._consistent` reads for mentions itself (`_line_mentions`): past it, an
automaton of the names does (`_mentions_automaton`)."""


def _line_mentions(text: str, keys: AbstractSet[str], spans: Sequence[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """The mentions of `keys` in the spans (start, end) of `text`, as `_mentions_automaton(keys).find` finds them there.

    Leftmost-longest, as the automaton: at the first place where a key starts, the longest key there, then on
    from its end. The spans are whole lines, which no key crosses (keys hold no line break), so what the
    automaton finds in a line depends on that line alone. The third field (the automaton's key number) is 0.
    """
    sizes = sorted({len(key) for key in keys}, reverse=True)
    out = []
    for start, end in spans:
        k = start
        while k < end:
            for size in sizes:
                if k + size <= end and text[k : k + size] in keys:
                    out.append((k, k + size, 0))
                    k += size
                    break
            else:
                k += 1
    return out


@lru_cache(maxsize=1)
def _saying_re() -> re.Pattern[str]:
    """A transliteration character right before a verb of saying (`_SAYING`): where a foreign name may end
    (内塔尼亚胡说). The match is the character; the verb starts where it ends."""
    saying = "|".join(sorted(_SAYING, key=len, reverse=True))
    return re.compile(f"[{_TRANSLIT_RUN}](?={saying})")


_CLAUSE_STARTS = frozenset("，。；：！？“”\n")
"""What comes before a clause's subject: a run of transliteration characters after one, before 说, is a name."""
_APPOINTING = frozenset(("任命", "免去", "提名", "任免", "推举", "选举", "决定任命"))
"""The verbs of an appointment notice (任免名单: 任命……为……, 免去……的……职务, 提名……为……), the fixed words
before the name of each of its lines: a dotted name starts right after one, as after a clause's start (the user's
U38-19: 任命艾尔肯·吐尼亚孜为……, not 任命艾尔肯; 任命雪克来提·扎克尔, not 提·扎克尔)."""


def _after_appointing(text: str, k: int) -> bool:
    """Tell whether position `k` of `text` (simplified) comes right after a verb of appointment (_APPOINTING)."""
    return text[max(0, k - 2) : k] in _APPOINTING


@lru_cache(maxsize=1)
def _cjk_re() -> re.Pattern[str]:
    """A run of Han characters (compiled on first use: a class of CJK ranges costs ~1 ms, every import)."""
    return re.compile("[\u3400-\u4dbf\u4e00-\u9fff]+")


NameType = str
"""The entry type of a proposal: "person" (the only type proposed so far)."""


@dataclass(frozen=True, init=False)
class Found:
    """A name found in a text that the glossary does not have, with the evidence for it."""

    start: int
    """Code-point offset of the first character."""
    end: int
    """Code-point offset just past the last character."""
    surface: str
    """The name as written: text[start:end]."""
    type: NameType = "person"
    score: float = 0.0
    """The evidence (natural-log odds); above THRESHOLD."""

    def __init__(self, start: int, end: int, surface: str, type: NameType = "person", score: float = 0.0) -> None:
        # The fields written into the instance's dict: a frozen dataclass's own __init__ sets each through
        # object.__setattr__, ~2 µs a name where the finder makes two or three per name it finds (a tenth
        # of its time on news). Still frozen: assigning a field afterwards raises FrozenInstanceError.
        fields = self.__dict__
        fields["start"] = start
        fields["end"] = end
        fields["surface"] = surface
        fields["type"] = type
        fields["score"] = score


@dataclass(frozen=True, init=False)
class Proposal:
    """How zhgloss proposes to write a name it does not know: pinyin, English and other readings."""

    surface: str
    type: NameType
    pinyin: str | None
    en: str | None
    alternatives: tuple[str, ...] = ()
    """Other tone-marked readings of the name when a character is a polyphone (单 Shàn / Dān)."""
    notes: tuple[str, ...] = ()
    origin: NameOrigin = "chinese"
    """"chinese", "transliterated" (特朗普 Tèlǎngpǔ, no English) or "japanese" (`zhgloss.pinyin.name_origin`)."""

    def __init__(
        self,
        surface: str,
        type: NameType,
        pinyin: str | None,
        en: str | None,
        alternatives: tuple[str, ...] = (),
        notes: tuple[str, ...] = (),
        origin: NameOrigin = "chinese",
    ) -> None:
        # The fields written into the instance's dict, as `Found` does: the generated __init__ of a frozen
        # dataclass sets each through object.__setattr__ (1.4 µs a proposal; --unknown makes one for every
        # name of text never seen). Still frozen: assigning a field afterwards raises FrozenInstanceError.
        fields = self.__dict__
        fields["surface"] = surface
        fields["type"] = type
        fields["pinyin"] = pinyin
        fields["en"] = en
        fields["alternatives"] = alternatives
        fields["notes"] = notes
        fields["origin"] = origin

    def written(self, gloss: str) -> str | None:
        """What is inserted for the proposal with `--gloss gloss`: the English with "en", else the pinyin.

        A transliterated or Japanese name has no English proposed: its pinyin is written instead.
        """
        return (self.en or self.pinyin) if gloss == "en" else self.pinyin

    @property
    def inline(self) -> str:
        """The text inserted after the name inline: 〔Rén Zhèngfēi?〕."""
        return f"{MARK_OPEN}{self.pinyin or self.en or ''}{MARK_CLOSE}"

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form (without offsets)."""
        out: dict[str, Any] = {
            "type": self.type,
            "surface": self.surface,
            "pinyin": self.pinyin,
            "en": self.en,
            "origin": self.origin,
        }
        if self.alternatives:
            out["alternatives"] = list(self.alternatives)
        if self.notes:
            out["notes"] = list(self.notes)
        return out


@dataclass
class _Stats:
    given: Mapping[str, float]
    """The log-odds of each character of being in a given name (a dict; or read in place, `light_stats`)."""
    words: AbstractSet[str]
    """Every word of words.txt (a set: its look-ups, most of them misses, cost half a dict's; or `_WordFile`)."""
    proper: AbstractSet[str]
    """The words only jieba tags as places or organisations (weaker evidence than a common word)."""
    single: dict[str, float]
    compound: dict[str, float]
    pattern: str = field(repr=False)
    """The source of `regex`."""
    rare: frozenset[str] = frozenset()
    """The surnames of `single` that are rare in running text (not in the curated list): they start a
    name only right after a title (`_WEAK`), as 习 in 国家主席习近平."""
    pairs: dict[float, dict[str, Any]] = field(default_factory=dict, repr=False)
    """`NameFinder._pair`'s answers by threshold, filled as pairs come: a table derived from the others."""
    cuts: dict[float, dict[str, float]] = field(default_factory=dict, repr=False)
    """`NameFinder._cut`'s answers by threshold, filled as pairs come (as `pairs`)."""
    drops: dict[float, dict[str, int]] = field(default_factory=dict, repr=False)
    """What `NameFinder.find`'s scan learns of a pair and its next character from `cuts` (_DROPPED, _NEXT_PAIR or 0),
    by threshold, filled as they come."""
    scan_tables: list[_ScanTables] = field(default_factory=list, repr=False)
    """`_live_starts`' tables, built on first use (none or one)."""
    free: dict[str, bool] = field(default_factory=dict, repr=False)
    """Whether a character is a word of its own (`NameFinder._name_goes_on`), by character, filled as they come:
    a fact of the character and of jieba's counts, the same for every finder (a fresh one asks ~1 µs a character)."""
    most: InitVar[float | None] = None
    """The highest odds of `given`, where the caller knows it (`light_stats`: its given odds are read in place)."""
    given_max: float = field(init=False, repr=False)
    """The highest odds of `given`."""

    def __post_init__(self, most: float | None) -> None:
        self.given_max = max(self.given.values(), default=_RARE_ODDS) if most is None else most

    @cached_property
    def next_odds(self) -> dict[str, float]:
        """`given` and the empty string, whose odds -9.0 are those `_bound` gives the end of the text."""
        return {**self.given, "": -9.0}

    @cached_property
    def standalone(self) -> frozenset[str]:
        """The surnames that stand alone as a word more often than they start a name (于 "at", 那 "that").

        From the bundled names.tsv's fourth column (below _WORD_FLOOR), read on first use: only a
        candidate whose given name is a word of its own asks (于温州 is 于 + 温州).
        """
        return _standalone_characters(NAMES_PATH.read_text(encoding="utf-8").splitlines())

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """A surname and a character that may continue a name; compiled on first use, ~15 ms that
        the inside-a-word rule of a one-line annotate never needs."""
        return re.compile(self.pattern)


_Titles = tuple[AbstractSet[int], AbstractSet[int]]
"""Where in a text the titles before a name end and those after one start (`_title_positions`)."""


class _OneMore(AbstractSet[int]):
    """The offsets of `base` and `more` too, without a copy of `base`.

    `NameFinder._listed` scores each name listed after another as if a title ended before it: a copy
    of a chunk's title ends per listed name made a 1 MB chunk of news cost ~80 ms more, growing as
    the square of its length.
    """

    __slots__ = ("_base", "_more")

    def __init__(self, base: AbstractSet[int], more: int) -> None:
        self._base = base
        self._more = more

    def __contains__(self, offset: object) -> bool:
        return offset == self._more or offset in self._base

    def __iter__(self) -> Iterator[int]:
        yield from self._base
        if self._more not in self._base:
            yield self._more

    def __len__(self) -> int:
        return len(self._base) + (self._more not in self._base)


_Bound = tuple[str, float, float]
"""A candidate's surname, its odds, and the bound on its score without the text before it (`NameFinder._bound`)."""

_SERVICE_TAILS = frozenset("云网")
"""The words a company's online service adds to its name: 云 "cloud" (阿里云, 金山云), 网 "web portal" (新浪网)
(`NameFinder._outside_services`)."""
_RARE_ODDS = 0.0
"""Log-odds of a Chinese character the statistics do not list: rare characters are common in given names (屠呦呦)."""
_WORD_FLOOR = -2.0
"""Odds (names.tsv's fourth column) below which a surname character counts against a name: 那 -3.6, 都 -5.5."""
_COMPOUND_ODDS = 4.0
"""Log-odds that a compound surname (欧阳, 司马) starts a name: they rarely start anything else."""
_GIVEN_MIN = -1.5
"""A character whose odds of being in a given name are below this does not continue a surname in the
scan for candidates (的 -2.8, 了 -3.4, 是 -4.9), and is held by no name that an organisation's name
runs on past (`NameFinder._brand_goes_on`)."""
_GIVEN_GATE = -2.5
"""Characters whose odds lie between this and _GIVEN_MIN are those running text uses often but names use
too (一 -1.6 of 张一鸣, 近 -2.5 of 张近东 and 习近平, 想 -2.1 of 李想): right after a title (创始人张一鸣)
they continue a surname, and the score decides (`_WEAK`); elsewhere they do not."""


class _PairMark(Enum):
    """`NameFinder._pair`'s answers that are no bound. Enum members keep their identity through pickling:
    a finder of other statistics travels to parallel workers with its pair table (`NameFinder.__reduce__`)."""

    COMPOUND = "compound"
    WEAK = "weak"


_FOURTH_MIN = 2.0
"""The least odds of a given-name character (names.tsv) that can make a three-character name four (易烊千玺)."""
_RARE_SURNAME_MIN = 0.0
"""The odds of starting a name (names.tsv, less the standing-alone penalty of `load_stats`) above which a
surname that running text seldom writes still counts after a title: it starts names more often than it
stands in running text (习 1.0, 饶 2.0); 和 (-2.4, "and") does not."""
_WEAK = _PairMark.WEAK
"""`NameFinder._pair`'s answer for a surname and a character between _GIVEN_GATE and _GIVEN_MIN: a name
starts there only right after a title (`_title_before`)."""
_WORD_PENALTY = 3.0
"""The least `_score` takes off a candidate whose surname and next character make a word (马上 -3, 王府 -3)."""
_MEMO_SIZE = 200_000
_DROPPED = 1
"""`NameFinder.find`'s scan: no name starts on a pair nor on its next character, where no title is near."""
_NEXT_PAIR = 2
"""`NameFinder.find`'s scan: no name starts on a pair where no title is near; the next character's pair is tested."""
"""Windows of text remembered with their verdict (about 40 MB at most); the memo restarts when full."""
_WINDOW_BEFORE = 5
"""Characters before a candidate that every rule but those marked `_reads_far` reads within (首席执行官)."""
_WINDOW_AFTER = 9
"""Characters from a candidate's start that every rule but those marked `_reads_far` reads within."""
_CLAUSE_MARKS = "，。；：！？,;:!?"
"""The punctuation that ends a clause. No rule of `NameFinder` reads across one: lists and predicates stop
at it (_ITEM_ENDS, _CLAUSE_ENDS), and no word, title or name of its tables holds one (a test says so)."""
_SENTENCE_ENDS = "。！？"
"""The clause marks that end a sentence: `NameFinder.find`'s memo cuts a candidate's window at them (`_window_key`),
so that a name beside one is judged once whatever sentence stands on its other side. (Any of _CLAUSE_MARKS would
do; these three are tested at C speed and are what sentences in another order change: the commas stay.)"""
_CLAUSE_LONGEST = 200
"""The longest clause a verdict is remembered by: one longer than this (text without punctuation) is judged anew."""
_CLAUSE_NEAR = 32
"""How far before a candidate `_ClauseKeys` looks first for the clause mark before it (then _CLAUSE_LONGEST)."""


@lru_cache(maxsize=1)
def _clause_mark_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A clause mark (_CLAUSE_MARKS), and the text up to the last one (`NameFinder._clause_key`)."""
    return re.compile(f"[{_CLAUSE_MARKS}]"), re.compile(f"(?s:.*)[{_CLAUSE_MARKS}]")


@lru_cache(maxsize=1)
def _sentence_end_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The end of a sentence (_SENTENCE_ENDS), and the text up to the last one (`_window_key`)."""
    return re.compile(f"[{_SENTENCE_ENDS}]"), re.compile(f"(?s:.*)[{_SENTENCE_ENDS}]")


_FAR = object()
"""The memo's answer for a window whose verdict asked a rule that reads past it (`_reads_far`)."""


class _ClauseKeys:
    """`NameFinder._clause_key` of one text, at C speed's cost only where a candidate's clause is not the last one's.

    `find` asks the clause of nearly every candidate of news (their verdicts ask rules that read far): two
    regex calls a candidate, where candidates in one clause share the answer. The last answer is kept with
    the offsets it holds for: from past the clause mark that starts it to the clause mark that ends it, and
    no further than _CLAUSE_LONGEST past its start (where `_clause_key` would find no mark before).
    One per call of `find` (a finder is shared by `zhgloss serve`'s threads).
    """

    __slots__ = ("_clause", "_hi", "_lo", "_start", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._lo, self._hi, self._start, self._clause = 1, 0, 0, ""

    def key(self, i: int) -> tuple[int, str] | None:
        """`NameFinder._clause_key(text, i)`."""
        if self._lo <= i <= self._hi:
            return i - self._start, self._clause
        text = self._text
        mark, last_mark = _clause_mark_res()
        # The last mark before `i`, looked for close to it first: the pattern runs to `i` and back, so its cost
        # grows with the text it is given, and most clauses are short (the last mark of the close text is the
        # last of the longer text too).
        near = i - _CLAUSE_NEAR
        before = last_mark.match(text, near, i) if near > 0 else None
        if before is None:
            before = last_mark.match(text, max(0, i - _CLAUSE_LONGEST), i)
        if before is not None:
            start = before.end() - 1
        elif i <= _CLAUSE_LONGEST:
            start = 0
        else:
            return None
        reach = start + _CLAUSE_LONGEST
        after = mark.search(text, i, reach)
        if after is not None:
            end = after.end()
            last = after.start()  # (a candidate there reads the same clause: the mark is no part of what precedes it)
        elif len(text) <= reach:
            end = last = len(text)
        else:
            return None
        # Offsets up to `reach` find no other mark before them than the one at `start` (or none, from the text's
        # start), and from them the same mark after.
        self._lo, self._hi, self._start, self._clause = (
            (start + 1 if before is not None else 0),
            min(last, reach),
            start,
            text[start:end],
        )
        return i - start, self._clause


_ROUNDING = 1e-9
"""Added to a bound on a score, so that a sum taken in another order never falls below the score it bounds."""
_ASK = object()
"""Marks a bound not worked out yet (`NameFinder._best_at`)."""
_COMPOUND = _PairMark.COMPOUND
"""`NameFinder._pair`'s answer for a compound surname."""
_MISSING = (0, 0, 0.0)
"""Marks a window not in the memo yet (compared by identity)."""
_TWO_CHARACTER = -1.5
"""Odds of a one-character given name against a two-character one (三字名 are the norm in news)."""

_ORG_RIGHT_AFTER = -10.0
"""What an organisation word right after a whole name, and no title, takes off it (`_after_bonus`): more than
the likeliest name characters add (邵逸夫 +8.4 of 邵逸夫奖)."""
_BODY_ENDS = frozenset("委办局厅署")
"""The characters that end a government body's short name (卫健委, 发改委, 林草局, 网信办, 商务厅, 海关总署): never a
personal name's last character. jieba 0.42.1's dictionary tags 42 words of three characters ending in one of them
"nr", and none is a personal name (陈政委 is Commissar Chen, 文明办 and 体改委 are bodies, 司法厅 a department). A name
right before one that makes no word with what follows (卫健 + 委提醒, not 王明 + 委托 or 王明 + 局长) is read as the
body's first characters too. Each takes off as much as an organisation word right after a name (_ORG_RIGHT_AFTER)."""
_PRODUCTS = frozenset(PRODUCT_WORDS)
_BELONGINGS = frozenset(BELONGINGS)
_PRODUCT_SIZES = sorted({len(w) for w in _PRODUCTS}, reverse=True)
_FINDER_ORG = frozenset(FINDER_ORG_WORDS)
_FINDER_ORG_SIZES = sorted({len(w) for w in _FINDER_ORG}, reverse=True)
_FINDER_ORG_HEADS = frozenset(w[0] for w in _FINDER_ORG)
_TITLE_HEADS = frozenset(w[0] for w in _BEFORE if len(w) > 1)


def _org_word_end(text: str, k: int) -> int:
    """Where the longest word of FINDER_ORG_WORDS (公司, 大学, 奖) that starts at text[k] ends; -1 if none starts there.

    What an alternation of the words, longest first, matches at `k`: three set look-ups (the words have one
    to three characters) and no regex to compile, which a one-line annotate would pay ~2 ms for.
    """
    if text[k : k + 1] not in _FINDER_ORG_HEADS:
        return -1  # nearly always: one look-up
    for size in _FINDER_ORG_SIZES:
        if text[k : k + size] in _FINDER_ORG:
            return min(k + size, len(text))
    return -1


_MAX_AFTER = 3.0
"""The most the text after a candidate adds to its score (a title: 王先生)."""
_VERB_AFTER = 1.5
"""What a verb or adverb after a name adds (任正非表示): the most the text after it adds but a title."""
_LIST_BEFORE = 0.5
"""What a list mark before a name adds (、马化腾): the most the text before it adds but a title."""
_KIN_AFTER = ("夫妇", "夫妻", "父子", "父女", "母子", "母女", "兄弟", "兄妹", "姐妹", "姐弟")
"""Words for a person and kin that follow a name as a verb does (潘石屹和张欣夫妇, 陈天桥夫妇捐赠): the finder's own
(annotate's word rules keep TITLES_AFTER and VERBS_AFTER)."""
_INVITATION_ENDS = ("之邀", "之请", "之约")
"""The ends of "at X's invitation" (应求伯君之邀): they follow its X, a name, as a verb does (`_invitation` reads
the frame's start)."""
_AFTER = {
    **dict.fromkeys(VERBS_AFTER, _VERB_AFTER),
    **dict.fromkeys(PROTOCOL_VERBS, _VERB_AFTER),
    **dict.fromkeys(_KIN_AFTER, _VERB_AFTER),
    **dict.fromkeys(_INVITATION_ENDS, _VERB_AFTER),
    **dict.fromkeys(TITLES_AFTER, _MAX_AFTER),
}
_CLOSER_AFTER = 0.5
"""What punctuation or a list mark after a name adds (任正非，)."""
_AFTER_SIZES = sorted({len(w) for w in _AFTER}, reverse=True)
_AFTER_HEADS = frozenset(w[0] for w in _AFTER)
_AFTER_SIZES_BY_HEAD = {
    head: tuple(sorted({len(w) for w in _AFTER if w[0] == head}, reverse=True)) for head in _AFTER_HEADS
}
"""The lengths of the words of _AFTER by their first character, longest first: the longest word of _AFTER that
starts a text is the first of these whose prefix of the text is one (a character starts words of one length in
most cases: one look-up, where _AFTER_SIZES tried three)."""
_AFTER_HEAD_BONUS = {
    **dict.fromkeys(_CLOSERS, _CLOSER_AFTER),
    **dict.fromkeys((w[0] for w in (*VERBS_AFTER, *PROTOCOL_VERBS, *_KIN_AFTER, *TITLES_AFTER)), _VERB_AFTER),
}
"""The most the text after a name adds, by its first character, when no title of TITLES_AFTER starts there."""
# The titles as an alternation, so that re looks for them at C speed: a title that ends
# where a candidate starts (searched with `endpos`).


_MAX_BEFORE = 3.0
"""The most the text before a candidate adds to its score (a title: 董事长任正非; see `_before_bonus`)."""
FREE_CHARACTER = 1000
"""jieba's count of a character alone (word_counts.tsv) from which it is a word of its own, that may follow a
name (偕 370 and 逝 492 are below it, 携 1350 and 获 7931 above; the name characters 彬 714, 稚 222, 玺 230 below)."""
_AREA_HEADS = frozenset("区县市省镇乡村港站奖")
_ASPECT_PARTICLES = frozenset("了着过")
"""The particles that follow a verb (通了电话): the character before them ends no foreign name (`_foreign_run`)."""
_FOREIGN_LONGEST = 8
"""The longest foreign name `NameFinder._foreign_before` reads on past a name it found (as `_TRANSLIT_RUN`)."""
_NAMED_PLACE_HEADS = frozenset(NAMED_AFTER_HEADS)
"""What a place, prize or institution named after a person ends in after nouns (孙冶方 + 经济 + 科学奖,
霍英东 + 体育 + 中心: `NameFinder._place_word_follows`)."""
_NAMED_PLACE_SIZES = sorted({len(w) for w in _NAMED_PLACE_HEADS}, reverse=True)
_PLACE_WORD_LASTS = _AREA_HEADS | frozenset(w[-1] for w in _FINDER_ORG if len(w) in (2, 3))
"""The last characters of the words `NameFinder._place_word_at` takes: of _AREA_HEADS or of an organisation word."""
_NOUNS_BETWEEN = 2
"""How many two-character nouns may stand between a name and the word for the place named after it."""
_GRADUATED = ("毕业", "肄业", "结业")
"""Verbs that take the school before them as where a person studied: 张伟 + 音乐学院毕业 is 张伟 who graduated
from a music academy, not an academy named after him (but 毕业生, graduates, are the school's)."""
"""The one-character words of FINDER_ORG_WORDS that end the name of an area, a port, a station or a prize
(`NameFinder._place_word_follows`: 示范区, 开发区, 科学奖); 路, 桥, 湖 end idioms too (走投无路, 过河拆桥)."""
_LAST_KEPT_MIN = -1.0
"""The least given-name odds (names.tsv) of a name's last character that `NameFinder._next_word_wins` lets keep it
where the words after read better without it (后 -0.52 of 宗庆后生前; not 作 -1.44 of 张军作工作报告, 为 -1.27)."""
_GOES_ON = 2.5
"""What `_score` takes off a two-character name whose next character is bound to it (`NameFinder._name_goes_on`):
as much as a last character that starts the next word takes (雷军表 + 示)."""
_OPENING_WORD = -8.0
"""What a word of two characters that opens a clause and ends in the candidate's surname takes off it (霸王 of
霸王茶姬): twice what such a word elsewhere takes (国王), where the character before may end a word of its own."""


def load_stats(
    names_lines: Iterable[str],
    common: Iterable[str],
    proper: Iterable[str],
    surnames: Iterable[str],
    ordinary: Container[str] = (),
    rare: Iterable[str] = (),
) -> _Stats:
    """Parse names.tsv lines, the words of words.txt (see `split_words`) and the surname forms into tables.

    `ordinary` holds the ordinary words of running text (`ordinary_words`): a compound surname
    among them counts for less. `rare` holds surnames that running text seldom writes (the others
    of surnames.tsv: 习, 饶, 和): those of one character that names.tsv gives odds above _RARE_SURNAME_MIN
    of starting a name are kept, to start names after a title only.

    A names.tsv row is a character and two or three numbers: the log-odds of starting a name, of
    being in a given name and (optional) of starting a name rather than standing alone as a word.
    Raise ValueError on any other row.
    """
    first: dict[str, float] = {}
    given: dict[str, float] = {}
    for number, line in enumerate(names_lines, 1):
        if line.startswith("#") or line.startswith("char\t") or not line.strip():
            continue
        cells = line.rstrip("\n").split("\t")
        if len(cells) not in (3, 4) or len(cells[0]) != 1:
            raise ValueError(f"names.tsv line {number}: expected a character and two or three numbers")
        char = cells[0]
        # A character that usually stands alone as a word (那 "that", 都 "all") is weaker evidence
        # of a surname, by as much as its odds fall below _WORD_FLOOR.
        alone = float(cells[3]) if len(cells) == 4 else 0.0
        first[char] = float(cells[1]) + min(0.0, alone - _WORD_FLOOR)
        given[char] = float(cells[2])
    proper_names = frozenset(proper)
    words = frozenset(common) | proper_names
    single: dict[str, float] = {}
    compound: dict[str, float] = {}
    for form in surnames:
        if len(form) == 1:
            single[form] = first.get(form, 0.0)
        elif len(form) == 2:
            # A compound surname that is an ordinary word too (东方 "east", 第五 "fifth", 长孙) starts
            # that word more often than a name: 东方甄选, 东方航空.
            compound[form] = _COMPOUND_ODDS - (_WORD_PENALTY if form in ordinary else 0.0)
    kept = {
        form for form in rare if len(form) == 1 and form not in single and first.get(form, -99.0) > _RARE_SURNAME_MIN
    }
    for form in kept:
        single[form] = first[form]
    low = {ord(c) for c, odds in given.items() if odds < _GIVEN_MIN}
    heads = "".join(sorted((set(single) - kept) | {form[0] for form in compound}))
    # A surname (or the first character of a compound one) and a character that may continue a
    # name: a plain character-class pattern, which re scans at C speed. The pairs that need a title
    # before them (`_WEAK`) are not scanned for: `NameFinder._after_titles` looks at the titles.
    pattern = f"[{heads}][{_ranges_without(low)}]"
    return _Stats(given, words, proper_names, single, compound, pattern, frozenset(kept))


def _standalone_characters(names_lines: Iterable[str]) -> frozenset[str]:
    """The characters of names.tsv rows whose odds of starting a name against standing alone are below _WORD_FLOOR."""
    out = []
    for line in names_lines:
        cells = line.split("\t")
        if len(cells) == 4 and len(cells[0]) == 1 and not line.startswith("#"):
            try:
                if float(cells[3]) < _WORD_FLOOR:
                    out.append(cells[0])
            except ValueError:
                continue
    return frozenset(out)


def _ranges_without(excluded: set[int]) -> str:
    """A regex character class body: the CJK ranges without the code points of `excluded`."""
    parts: list[str] = []
    for lo, hi in _CJK_RANGES:
        start = lo
        for cp in sorted(c for c in excluded if lo <= c <= hi):
            if cp > start:
                parts.append(f"{chr(start)}-{chr(cp - 1)}")
            start = cp + 1
        if start <= hi:
            parts.append(f"{chr(start)}-{chr(hi)}")
    return "".join(parts)


@lru_cache(maxsize=1)
def bundled_stats() -> _Stats:
    """Return the statistics shipped in the package (read once per process).

    The same tables as `load_stats` gives on the package data. All but the words come parsed from
    the user's cache folder (`_cached_surname_tables`, `_cached_given_odds`): parsing names.tsv again
    would cost every process (each worker of a parallel job) ~0.1 s.
    """
    common, proper = _bundled_words()
    single, compound, pattern, rare, most = _cached_surname_tables()
    proper_names = frozenset(proper)
    return _Stats(
        _cached_given_odds(),
        frozenset(common) | proper_names,
        proper_names,
        single,
        compound,
        pattern,
        frozenset(rare),
        most=most,
    )


@lru_cache(maxsize=1)
def light_stats() -> _Stats:
    """Return `bundled_stats` with its words and given-name odds read in place: cheap to load, slower per look-up.

    For a finder that scores a name or two (`zhgloss.glossrules`). The surname tables come parsed from the
    user's cache folder (`zhgloss.cache.load_data_cached`); the words are words.txt's (`word_file`), the
    odds names.tsv's (`_given_odds_in_place`), both looked up by binary search in the mapped file.
    """
    single, compound, pattern, rare, most = _cached_surname_tables()
    words = word_file()
    return _Stats(_given_odds_in_place(), words, words.proper, single, compound, pattern, frozenset(rare), most=most)


def _cached_surname_tables() -> tuple[dict[str, float], dict[str, float], str, list[str], float]:
    """`_surname_tables`, kept in the user's cache folder (`zhgloss.cache.load_data_cached`)."""
    from zhgloss.cache import load_data_cached
    from zhgloss.glossable import COMMON_WORDS_PATH

    # This module is a source too: the tables depend on its constants (_WORD_FLOOR, _GIVEN_MIN, _RARE_SURNAME_MIN).
    sources = [NAMES_PATH, SURNAMES_PATH, COMMON_WORDS_PATH, Path(__file__)]
    return load_data_cached("name-stats-v4", sources, _surname_tables)


def _surname_tables() -> tuple[dict[str, float], dict[str, float], str, list[str], float]:
    """`bundled_stats`' surname tables (`single`, `compound`), the source of its pattern, its rare surnames, and
    the highest odds of its `given`."""
    from zhgloss.pinyin import surnames

    table = surnames()
    common = detection_surnames(table)
    rare = sorted(set(table) - set(common))
    with NAMES_PATH.open(encoding="utf-8") as names:
        stats = load_stats(names, (), (), common, ordinary_word_file(), rare)
    return stats.single, stats.compound, stats.pattern, sorted(stats.rare), stats.given_max


def _cached_given_odds() -> dict[str, float]:
    """`load_stats`' `given` of names.tsv, kept in the user's cache folder (`zhgloss.cache.load_data_cached`)."""
    from zhgloss.cache import load_data_cached

    return load_data_cached("name-given-v1", [NAMES_PATH], _read_given_odds)


def _read_given_odds() -> dict[str, float]:
    with NAMES_PATH.open(encoding="utf-8") as names:
        return dict(load_stats(names, (), (), ()).given)


def _given_odds_in_place() -> _OddsInPlace:
    """`_cached_given_odds` read in place from names.tsv: a row's third cell, as `load_stats` reads it."""
    return _OddsInPlace(NAMES_PATH, lambda cells: float(cells[1]), _cached_given_odds)


KNOWN_PERSONS_PATH = DATA / "known_persons.txt"


def _person_listed(name: str) -> bool:
    """Tell whether CC-CEDICT lists `name` as a person (`people.cedict_persons`: 佛朗哥 "Franco")."""
    from zhgloss.people import cedict_persons

    return name in cedict_persons()


@lru_cache(maxsize=1)
def known_persons() -> frozenset[str]:
    """Return the people of modern times CC-CEDICT lists (data/known_persons.txt, CC BY-SA 4.0; built by
    scripts/build_known_persons.py): about 800 simplified names, read on first use."""
    with KNOWN_PERSONS_PATH.open(encoding="utf-8") as fp:
        return frozenset(line.rstrip("\n") for line in fp if line.strip() and not line.startswith("#"))


GIVEN_WORDS_PATH = DATA / "given_words.tsv"
LONG_NAMES_PATH = DATA / "long_names.txt"
GIVEN_WORD_WEIGHT = 1.0
"""How much of a two-character given name's odds against being a word (given_words.tsv) counts."""
GIVEN_WORD_MARGIN = 1.0
"""Odds of given_words.tsv at or above this take nothing away (建国, 德华: given names as often as words)."""


@lru_cache(maxsize=1)
def given_word_penalties() -> dict[str, float]:
    """Return what each two-character given name that is a common word takes off a name's score (log-odds, < 0).

    From data/given_words.tsv (scripts/build_given_words.py; jieba's dictionary, MIT): the odds that
    the string is a given name rather than a word of running text, less GIVEN_WORD_MARGIN, times
    GIVEN_WORD_WEIGHT; strings at or above the margin are left out. 承诺 (金承诺 of 资金承诺) takes
    off about 2, 正义 (孙正义) about 1. Parsed once, then read from the user's cache folder.
    """
    from zhgloss.cache import load_data_cached

    return load_data_cached("given-words-v1", [GIVEN_WORDS_PATH, Path(__file__)], _read_given_words)


def _read_given_words() -> dict[str, float]:
    penalties = {
        word: round(GIVEN_WORD_WEIGHT * (odds - GIVEN_WORD_MARGIN), 2) for word, odds in _read_odds(GIVEN_WORDS_PATH)
    }
    return {word: penalty for word, penalty in penalties.items() if penalty < 0}


class _OddsInPlace(Mapping[str, float]):
    """A table of log-odds by string read in place from its sorted data file: for a finder that asks a few strings.

    The word rules of a one-line annotate ask the finder about a name or two (`zhgloss.glossrules`);
    loading a whole table (names.tsv's 13,000 characters, given_words.tsv's 24,000 words) would cost them
    milliseconds. A row is found by binary search over the mapped file's lines (`zhgloss.datafile`), past
    its comment lines (#) and its header row. `odds` turns the row's cells after the key into the value
    `whole()` holds for it (None: `whole()` leaves the row out); `whole` gives the table for iterating.
    Raise OSError if the file cannot be opened.
    """

    def __init__(
        self, path: Path, odds: Callable[[list[bytes]], float | None], whole: Callable[[], Mapping[str, float]]
    ) -> None:
        data = map_data(path)
        start = 0
        while data[start : start + 1] == b"#":  # the header's comment lines
            start = data.find(b"\n", start) + 1 or len(data)
        start = data.find(b"\n", start) + 1 or len(data)  # the header row (its cells name the columns)
        self._data, self._start, self._odds, self._whole = data, start, odds, whole

    def get(self, key: str, default: Any = None) -> Any:
        if not isinstance(key, str) or not key or "\t" in key or "\n" in key:
            return default
        row = key.encode() + b"\t"
        data = self._data
        line = line_at(data, lower_bound(data, row, self._start, len(data)), len(data))
        if not line.startswith(row):
            return default
        odds = self._odds(line[len(row) :].split(b"\t"))
        return default if odds is None else odds

    def __getitem__(self, key: str) -> float:
        odds: float | None = self.get(key)
        if odds is None:
            raise KeyError(key)
        return odds

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._whole())

    def __len__(self) -> int:
        return len(self._whole())

    def values(self) -> ValuesView[float]:
        return self._whole().values()

    def items(self) -> ItemsView[str, float]:
        return self._whole().items()


def _given_word_penalty(cells: list[bytes]) -> float | None:
    """A given_words.tsv row's penalty, as `_read_given_words` works it out (None: it takes nothing off)."""
    penalty = round(GIVEN_WORD_WEIGHT * (float(cells[0]) - GIVEN_WORD_MARGIN), 2)
    return penalty if penalty < 0 else None


class _GivenWordsInPlace(_OddsInPlace):
    """`given_word_penalties` read in place from given_words.tsv."""

    def __init__(self) -> None:
        super().__init__(GIVEN_WORDS_PATH, _given_word_penalty, given_word_penalties)


def _translit_odds_in_place() -> _OddsInPlace:
    """`translit_odds` read in place from translit_odds.tsv."""
    return _OddsInPlace(TRANSLIT_ODDS_PATH, lambda cells: float(cells[0]), translit_odds)


def _noun_words_in_place() -> _WordFile:
    """`noun_words` read in place from noun_words.txt (sorted)."""
    return _WordFile(map_data(NOUN_WORDS_PATH), proper=False)


def _read_odds(path: Path) -> list[tuple[str, float]]:
    """The rows of a data file of strings and log-odds (given_words.tsv, translit_odds.tsv): comments (#) and the
    header row (its second column is "odds") left out."""
    out = []
    with path.open(encoding="utf-8") as fp:
        for line in fp:
            if not line.startswith("#"):
                key, odds = line.rstrip("\n").split("\t")
                if odds != "odds":
                    out.append((key, float(odds)))
    return out


LONG_NAME_ODDS = 0.5
"""The given-name odds of the last character of a name of long_names.txt (its build script's MAX_LAST_ODDS)."""


@lru_cache(maxsize=1)
def long_names() -> frozenset[str]:
    """Return data/long_names.txt: three-character names a two-character reading would cut short (刘永好, 林徽因).

    jieba's dictionary's words tagged "nr" (MIT; scripts/build_given_words.py) whose last character is
    seldom in a given name. Parsed once, then read from the user's cache folder.
    """
    from zhgloss.cache import load_data_cached

    return frozenset(load_data_cached("long-names-v1", [LONG_NAMES_PATH], _read_long_names))


@lru_cache(maxsize=1)
def _long_name_prefixes() -> frozenset[str]:
    """The first two characters of each name of `long_names` (a surname and a given character: 任正 of 任正非)."""
    return frozenset(name[:2] for name in long_names())


def _read_long_names() -> list[str]:
    with LONG_NAMES_PATH.open(encoding="utf-8") as fp:
        return [line.rstrip("\n") for line in fp if line.strip() and not line.startswith("#")]


TRANSLIT_ODDS_PATH = DATA / "translit_odds.tsv"
TRANSLIT_MEAN = 1.5
"""A run at the start of a clause is a foreign name only if its characters' odds (translit_odds.tsv) average this."""
TRANSLIT_PAIR = 2.0
"""... and its first two characters' odds add up to this (内马尔 2.1; a cheap test before the others)."""
TRANSLIT_SUM = 3.5
"""... and add up to this (two characters of transliterations only: 耶伦 5.6, 万斯 3.6)."""
TRANSLIT_INSIDE = 1.0
"""A name-like string after transliteration characters is part of their word if its own odds average this
(`NameFinder._inside_foreign_word`) and the whole TRANSLIT_MEAN."""
"""... and add up to this (two characters of transliterations only: 耶伦 5.6, 万斯 3.6)."""


@lru_cache(maxsize=1)
def translit_odds() -> dict[str, float]:
    """Return data/translit_odds.tsv: the log-odds of each character of standing in a transliterated name.

    Against running text, from CC-CEDICT's transliterated proper names (CC BY-SA 4.0) and jieba's
    dictionary counts (MIT): 尔 3.4, 斯 3.3, 伦 2.5; characters as likely in running text are left out.
    Built by scripts/build_translit_odds.py; parsed once, then read from the user's cache folder.
    """
    from zhgloss.cache import load_data_cached

    return load_data_cached("translit-odds-v1", [TRANSLIT_ODDS_PATH], _read_translit_odds)


NOUN_WORDS_PATH = DATA / "noun_words.txt"


@lru_cache(maxsize=1)
def noun_words() -> frozenset[str]:
    """Return data/noun_words.txt: two-character nouns of jieba's dictionary (经济, 体育, 古玩; not 来到, 考上).

    Tagged n, nz, vn or z there and counted 50 times or more (MIT; scripts/build_noun_words.py). Parsed
    once, then read from the user's cache folder (a few milliseconds); asked after most name-like strings
    that pass (`NameFinder._place_word_follows`), so a look-up must cost no more than a set's.
    """
    from zhgloss.cache import load_data_cached

    return frozenset(load_data_cached("noun-words-v1", [NOUN_WORDS_PATH], _read_noun_words))


def _read_noun_words() -> list[str]:
    with NOUN_WORDS_PATH.open(encoding="utf-8") as fp:
        return [line.rstrip("\n") for line in fp if line.strip() and not line.startswith("#")]


def _read_translit_odds() -> dict[str, float]:
    return dict(_read_odds(TRANSLIT_ODDS_PATH))


FOREIGN_WORDS_PATH = DATA / "foreign_words.txt"


@lru_cache(maxsize=1)
def foreign_words() -> frozenset[str]:
    """Return data/foreign_words.txt: CC-CEDICT's transliterated names of 5 characters or more that name no
    person (约翰内斯堡, 伊斯坦布尔; CC BY-SA 4.0, scripts/build_translit_odds.py). words.txt stops at 4."""
    with FOREIGN_WORDS_PATH.open(encoding="utf-8") as fp:
        return frozenset(line.rstrip("\n") for line in fp if line.strip() and not line.startswith("#"))


def _split_into_words(string: str, words: AbstractSet[str]) -> bool:
    """Tell whether `string` is a run of dictionary words of two to four characters each (新疆 + 维吾尔)."""
    ends = {0}
    for end in range(2, len(string) + 1):
        if any(end - size in ends and string[end - size : end] in words for size in (2, 3, 4)):
            ends.add(end)
    return len(string) in ends


@lru_cache(maxsize=1)
def _clause_run_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Two to eight characters of translit_odds.tsv after a clause's or a list item's opening mark (its group 1:
    ，耶伦在, 、鲍威尔), and the same at the start of a text. (Two patterns: a look-behind or ^ tried at every
    position costs more than twice as much.)"""
    run = f"[{''.join(sorted(translit_odds()))}]{{2,8}}"
    opening = "".join(sorted(_CLAUSE_STARTS | _NAME_LIST_MARKS))
    return re.compile(f"[{opening}]({run})"), re.compile(run)


def _clause_runs(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each run of `_clause_run_res` in `text`: at its start, then after each opening mark."""
    after_mark, at_start = _clause_run_res()
    first = at_start.match(text)
    if first is not None:
        yield first.span()
    for match in after_mark.finditer(text):
        yield match.span(1)


@lru_cache(maxsize=1)
def _known_automaton() -> Any:
    """An automaton (daachorse, leftmost-longest) of the names of `known_persons`: every one in a text at C speed."""
    import daachorse

    return daachorse.CharwiseDoubleArrayAhoCorasick(
        sorted(known_persons()), match_kind=daachorse.MATCH_KIND_LEFTMOST_LONGEST
    )


@lru_cache(maxsize=1)
def _known_heads() -> frozenset[str]:
    """The first two characters of each name of `known_persons`."""
    return frozenset(name[:2] for name in known_persons())


def detection_surnames(table: Mapping[str, Surname]) -> list[str]:
    """The surnames that count as the start of a name in running text: the common ones.

    surnames.tsv also lists, for the romanizer, every surname of the 百家姓 whose reading only
    CC-CEDICT or pypinyin gives (和, 福 …): characters that running text writes as other words
    (和 "and") far more often than as surnames, so they are no evidence of a name here: the finder
    lets those it has data for start a name after a title only (`load_stats`' `rare`).
    """
    return [form for form, surname in table.items() if surname.common]


@lru_cache(maxsize=4)
def _bundled_finder(threshold: float) -> NameFinder:
    """The finder of the bundled statistics at `threshold`, one per process (its memo is kept)."""
    return NameFinder(threshold=threshold)


def _finder_of(stats: _Stats, threshold: float) -> NameFinder:
    return NameFinder(stats, threshold=threshold)


_Rule = TypeVar("_Rule", bound=Callable[..., Any])


def _reads_far(rule: _Rule) -> _Rule:
    """Mark a rule of `NameFinder` that may read past a candidate's window (`_WINDOW_BEFORE`, `_WINDOW_AFTER`).

    `NameFinder.find` remembers a verdict by the window's text only where no such rule was asked for
    it, and by the candidate's clause where one was (lists and predicates: `_in_brand_list` walks the
    other items of a list, `_business_predicate` reads on to 是 … 老字号). A new rule that reads further
    than the window must carry this mark, or a text's names would depend on what the finder read before.

    The rule itself says it was asked, in its first statement (`self._reads.far = True`), rather than
    through a wrapper: a wrapper's frame cost ~2% of the finder on news, where each name asks five such
    rules. The mark checks, once at import, that the rule's code does so (TypeError if not).
    """
    code = rule.__code__
    first = code.co_names[:2] if code.co_names else ()
    if first != ("_reads", "far"):
        raise TypeError(f"{rule.__qualname__} is marked _reads_far: its first statement must be self._reads.far = True")
    return rule


_BULK_LEAST = 4000
"""The shortest text (characters) whose scan `_live_starts` thins at C speed where numpy is loaded: below it, numpy's
fixed cost a call outweighs the positions it spares."""
_BULK_IMPORT = 300_000
"""The shortest text (characters) for which `find` imports numpy to thin its scan (`_live_starts`): the import costs
about as many instructions as the thinning spares on 2 MB of prose, so only a long stream's chunks of a megabyte
(`zhgloss.annotate.CHUNK_BYTES`) ask it; a one-line annotate never does."""
_SCAN_OTHER = 0x10000
"""`_ScanTables`' index for a character outside the Basic Multilingual Plane (no surname, no given-name odds)."""
_SCAN_END = 0x10001
"""`_ScanTables`' index for the place before the text's start and past its end."""
_SCAN_MARGIN = 1e-6
"""What `_live_starts` keeps to spare on its bound: it adds the terms in another order than `_context_bound`."""


class _PairFlags:
    """Flags of pairs of characters that numpy asks about many pairs at once: a hash table of one slot a hash.

    Built from the sorted codes of the pairs (`first * 0x110000 + second`, code points: `_pair_codes`) and their
    flags; `flags(codes)` takes an int64 array of such codes (any other integer is a pair of no flag) and answers
    with the array of their flags (0: none), at C speed: one gather in the table, whose slots hold the first pair
    of each hash, and a binary search in the small sorted array of the pairs that found their slot taken (a
    binary search in all the pairs cost ~3 times more).
    """

    _MULTIPLIER = 0x9E3779B97F4A7C15
    _SPARE = 4
    """Slots a pair (a power of two at least this): one pair in nine or so finds its slot taken."""

    def __init__(self, pair_codes: Sequence[int], pair_flags: Sequence[int]) -> None:
        import numpy as np

        codes = np.array(pair_codes, dtype=np.int64)
        flags = np.array(pair_flags, dtype=np.int64)
        self.bits = max(4, (self._SPARE * len(codes)).bit_length())
        at = self._slots(codes)
        # The first pair of each slot (codes are sorted, and a stable sort keeps them so within a slot) goes there.
        order = np.argsort(at, kind="stable")
        _, first = np.unique(at[order], return_index=True)
        placed = order[first]
        self.keys = np.full(1 << self.bits, -1, dtype=np.int64)
        self.values = np.zeros(1 << self.bits, dtype=np.int64)
        self.keys[at[placed]] = codes[placed]
        self.values[at[placed]] = flags[placed]
        rest = np.ones(len(codes), dtype=bool)
        rest[placed] = False
        self.more_keys, self.more_values = codes[rest], flags[rest]  # (sorted, as `codes`)

    def _slots(self, codes: Any) -> Any:
        import numpy as np

        product = codes.astype(np.uint64) * np.uint64(self._MULTIPLIER)  # (modulo 2**64: numpy's unsigned product)
        return (product >> np.uint64(64 - self.bits)).astype(np.int64)

    def flags(self, codes: Any) -> Any:
        import numpy as np

        at = self._slots(codes)
        slot = self.keys[at]
        out = np.where(slot == codes, self.values[at], 0)
        if len(self.more_keys):
            # Only a code whose slot holds another pair may be among the rest (no pair hashed to an empty slot):
            # the binary search asks those alone, a fifth of the codes of a text (it cost 4 times more over all).
            ask = np.flatnonzero((slot != codes) & (slot != -1))
            if len(ask):
                asked = codes.ravel()[ask]
                k = np.minimum(np.searchsorted(self.more_keys, asked), len(self.more_keys) - 1)
                out.ravel()[ask] |= np.where(self.more_keys[k] == asked, self.more_values[k], 0)
        return out


_WORD_PAIR = 1
"""`_ScanTables.pairs`' flag of a two-character word with a one-character surname in it."""
_LONG_PAIR = 2
"""`_ScanTables.pairs`' flag of the first two characters of a name of long_names.txt."""
_COMPOUND_PAIR = 4
"""`_ScanTables.pairs`' flag of a compound surname."""


class _ScanTables:
    """Per-character and per-pair tables of a `_Stats` for `NameFinder._live_starts`, as numpy arrays (built once).

    By code point (BMP; _SCAN_OTHER for any other character, _SCAN_END for before the text's start and past
    its end): `prior`, a one-character surname's odds (-1e9: none); `given`, `_Stats.given` with _RARE_ODDS for
    the characters it lacks (and at _SCAN_END, as `_pair` reads a pair cut by the end); `bonus`,
    _AFTER_HEAD_BONUS (0.0 elsewhere); `kin`, the kinship characters that end no name (_KIN_CHARACTERS but
    _GIVEN_KIN); `never`, _NEVER_GIVEN_START; `weak_given`, the given-name odds that need a title (`_WEAK`);
    `rare`, the rare surnames (`_WEAK` too); `list_mark` and `address` (_LIST_MARKS, _ADDRESS). `pairs`
    (`_PairFlags`): _WORD_PAIR for the two-character words with a one-character surname in them, _LONG_PAIR
    for the first two characters of long_names.txt's names, _COMPOUND_PAIR for the compound surnames.
    """

    def __init__(self, stats: _Stats, long_prefixes: AbstractSet[str]) -> None:
        import numpy as np

        size = _SCAN_END + 1

        def flags(chars: Iterable[str]) -> Any:
            table = np.zeros(size, dtype=bool)
            table[[min(ord(c), _SCAN_OTHER) for c in chars]] = True
            return table

        self.prior = np.full(size, -1e9)
        for char, odds in stats.single.items():
            self.prior[min(ord(char), _SCAN_OTHER)] = max(self.prior[min(ord(char), _SCAN_OTHER)], odds)
        self.given = np.full(size, _RARE_ODDS)
        weak = []
        for char, odds in stats.given.items():
            at = min(ord(char), _SCAN_OTHER)
            # (names.tsv holds no character past the BMP: one would share _SCAN_OTHER's odds, the highest kept)
            self.given[at] = odds if at < _SCAN_OTHER else max(self.given[at], odds)
            if _GIVEN_GATE <= odds < _GIVEN_MIN and at < _SCAN_OTHER:
                weak.append(char)
        self.bonus = np.zeros(size)
        for char, value in _AFTER_HEAD_BONUS.items():
            at = min(ord(char), _SCAN_OTHER)
            self.bonus[at] = max(self.bonus[at], value)
        self.kin = flags(_KIN_CHARACTERS - _GIVEN_KIN)
        self.never = flags(_NEVER_GIVEN_START)
        self.weak_given = flags(weak)
        self.rare = flags(c for c in stats.rare if ord(c) < _SCAN_OTHER)
        self.list_mark = flags(_LIST_MARKS)
        self.address = flags(_ADDRESS)
        if bundled_stats.cache_info().currsize and stats is bundled_stats() and long_prefixes is _long_name_prefixes():
            self.pairs = _PairFlags(*_bundled_pair_codes())
        else:
            self.pairs = _PairFlags(*_pair_codes(stats, long_prefixes))
        self.classes = _scan_classes(stats.pattern)

    def starts(self, points: Any) -> Any:
        """The starts of `_Stats.regex`'s matches in the text of code points `points` (an int64 array), in order.

        What `regex.finditer` finds, at numpy's speed where the pattern is the two character classes `load_stats`
        writes (`_scan_classes`): a start is a position whose character is of the first class and the next of the
        second, and where such positions follow one another (王李张刘: each a surname and a name character), the
        matches, two characters long and never overlapping, take every other one from the first. The regex tested
        the first class at every character of the text, a tenth of a fresh find on prose.
        """
        import numpy as np

        head, more = cast(tuple[Any, Any], self.classes)
        at = np.flatnonzero(head[points[:-1]])
        at = at[more[points[at + 1]]]
        if len(at) < 2:
            return at
        # Where each run of consecutive positions starts, and every other position from there.
        opens = np.ones(len(at), dtype=bool)
        opens[1:] = at[1:] != at[:-1] + 1
        run_start = np.maximum.accumulate(np.where(opens, at, 0))
        return at[(at - run_start) % 2 == 0]


def _scan_classes(pattern: str) -> tuple[Any, Any] | None:
    """`_Stats.pattern`'s two character classes as boolean tables by code point (0 to U+10FFFF), or None where the
    pattern is not the two classes `load_stats` writes: the first a list of characters, the second of ranges."""
    import numpy as np

    heads, between, ranges = pattern[1:-1].partition("][")
    if (
        not (pattern.startswith("[") and pattern.endswith("]") and between)
        or any(c in "\\^-[]" for c in heads)
        or len(ranges) % 3
        or any(
            ranges[k + 1] != "-" or ranges[k] in "\\^[]" or ranges[k + 2] in "\\[]" for k in range(0, len(ranges), 3)
        )
    ):
        return None
    head = np.zeros(0x110000, dtype=bool)
    head[[ord(c) for c in heads]] = True
    more = np.zeros(0x110000, dtype=bool)
    for k in range(0, len(ranges), 3):
        more[ord(ranges[k]) : ord(ranges[k + 2]) + 1] = True
    return head, more


def _pair_codes(stats: _Stats, long_prefixes: Iterable[str]) -> tuple[list[int], list[int]]:
    """`_ScanTables.pairs`' pairs as sorted codes (`first * 0x110000 + second`) and their flags (or-ed)."""
    single = stats.single
    items = [(w, _WORD_PAIR) for w in stats.words if len(w) == 2 and (w[0] in single or w[1] in single)]
    items += [(p, _LONG_PAIR) for p in long_prefixes]
    items += [(p, _COMPOUND_PAIR) for p in stats.compound]
    table: dict[int, int] = {}
    for pair, flag in items:
        if len(pair) == 2:
            code = ord(pair[0]) * 0x110000 + ord(pair[1])
            table[code] = table.get(code, 0) | flag
    codes = sorted(table)
    return codes, [table[code] for code in codes]


def _bundled_pair_codes() -> tuple[list[int], list[int]]:
    """`_pair_codes` of the bundled statistics, kept in the user's cache folder (`zhgloss.cache.load_data_cached`): a
    pass over the 140,000 words costs ~50 ms, the cached lists a few."""
    from zhgloss.cache import load_data_cached
    from zhgloss.glossable import COMMON_WORDS_PATH
    from zhgloss.namecontext import WORDS_PATH

    sources = [WORDS_PATH, NAMES_PATH, SURNAMES_PATH, COMMON_WORDS_PATH, LONG_NAMES_PATH, Path(__file__)]
    return load_data_cached("scan-pairs-v1", sources, lambda: _pair_codes(bundled_stats(), _long_name_prefixes()))


class NameFinder:
    """Find personal names that are not in the glossary; build once, use on any amount of text.

    Example::

        finder = NameFinder()
        [f.surface for f in finder.find("华为创始人任正非表示，公司将继续投入研发。")]  # -> ["任正非"]
    """

    def __init__(self, stats: _Stats | None = None, *, threshold: float = THRESHOLD) -> None:
        self.stats = stats if stats is not None else bundled_stats()
        self.threshold = threshold
        self._memo: dict[object, tuple[int, int, float] | object | None] = {}
        """Verdicts (`_best_at`'s answers) by the window of text around the candidate, or _FAR."""
        self._clauses: TextMemo[tuple[int, str] | None, tuple[int, int, float] | None] = TextMemo(_MEMO_SIZE)
        """Verdicts that asked a rule marked `_reads_far`, by the candidate's clause and its offset there (clauses
        of up to _CLAUSE_LONGEST characters: bounded by the characters they hold too, `zhgloss.memo`)."""
        self._reads = threading.local()
        """Whether the verdict being worked out asked a rule marked `_reads_far` (one answer per thread:
        `zhgloss serve` shares a finder between its worker threads)."""
        # `_pair`'s answers, shared by the finders of the same statistics and threshold: the pairs of
        # characters that start candidates are far fewer than the candidates, and a few thousand cover most text.
        self._pairs: dict[str, Any] = self.stats.pairs.setdefault(threshold, {})
        self._cuts: dict[str, float] = self.stats.cuts.setdefault(threshold, {})
        self._drops: dict[str, int] = self.stats.drops.setdefault(threshold, {})
        self._brand_items: dict[str, bool] = {}
        self._free = self.stats.free
        """Whether a character is a word of its own (`_name_goes_on`), by character (shared: `_Stats.free`)."""
        """`_is_brand_item`'s answers by list item (`_in_brand_list`)."""
        self._translit: Mapping[str, float]
        self._given_words: Mapping[str, float]
        self._long_names: AbstractSet[str]
        self._nouns: AbstractSet[str]
        """noun_words.txt's words (`_place_word_follows`)."""
        self._list_marks: Callable[[str, int, int], object]
        """Whether a list mark stands in text[start:end], asked as (text, start, end) (`_in_brand_list`): one search
        of a pattern (4% fewer instructions of the scoring of a fresh find on news), but in the word rules' finder,
        which asks about a name or two of a one-line annotate and compiles no pattern (`_has_list_mark`)."""
        if light_stats.cache_info().currsize and self.stats is light_stats():
            # The word rules' finder asks about a name or two (`zhgloss.glossrules`): tables read in place.
            self._translit, self._given_words, self._long_names, self._nouns = (
                _translit_odds_in_place(),
                _GivenWordsInPlace(),
                _WordFile(map_data(LONG_NAMES_PATH), proper=False),
                _noun_words_in_place(),
            )
            self._list_marks = _has_list_mark
        else:
            self._list_marks = _list_mark_re().search
            self._translit, self._given_words, self._long_names, self._nouns = (
                translit_odds(),
                given_word_penalties(),
                long_names(),
                noun_words(),
            )
        self._long_prefixes = None if isinstance(self._long_names, _WordFile) else _long_name_prefixes()
        """The first two characters of the names of long_names.txt (`_cut`); None where the file is read in place."""
        # The most the second given character and the context can add to a pair's odds. (Set here: an attribute
        # set later, as a cached_property does, makes every attribute of the finder slower to read in CPython 3.11.)
        self._most_added = max(_TWO_CHARACTER, _RARE_ODDS, self.stats.given_max) + _MAX_AFTER + _MAX_BEFORE

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle a finder of the bundled statistics as a reference to them, not as their 2 MB of tables.

        Parallel jobs send the finder with every batch of files (`zhgloss.corpus`); the receiving
        process rebuilds it from its own copy of the package data, once per process.
        """
        if bundled_stats.cache_info().currsize and self.stats is bundled_stats():
            return (_bundled_finder, (self.threshold,))
        return (_finder_of, (self.stats, self.threshold))

    def find(self, text: str, taken: Sequence[tuple[int, int]] = ()) -> list[Found]:
        """Return the names in `text` not inside `taken` (sorted, non-overlapping (start, end) spans).

        `taken` holds the glossary's own matches: a name there is known, and no proposal may
        overlap one. Offsets are code points into `text`. Raises nothing on any str (a lone
        surrogate is read as a character of no name).
        """
        original = text
        text = _simplified(text)
        found: list[Found] = []
        memo = self._memo
        if len(memo) > _MEMO_SIZE or len(self._clauses) > _MEMO_SIZE:
            memo.clear()
            self._clauses.clear()
        if len(self._pairs) > _MEMO_SIZE or len(self._drops) > _MEMO_SIZE:
            self._pairs.clear()
            self._cuts.clear()
            self._drops.clear()
        end = 0
        bound = self._bound
        single = self.stats.single
        pairs = self._pairs
        given = self.stats.given
        threshold = self.threshold
        context_bound = self._context_bound
        length = len(text)
        # Titles are found at C speed (`_title_positions`); nearly every position learns from `near`
        # that none is near it.
        try:
            titles = _title_positions(text)
        except UnicodeEncodeError:
            # A lone surrogate, which only a str from the library API holds (a decoded file holds none):
            # the automata read UTF-8 and refuse it. Each is read as U+FFFD, a character that is in no
            # name, word or title: the text keeps its length and offsets, and surfaces come from `original`.
            from zhgloss.script import without_surrogates

            text = without_surrogates(text)
            titles = _title_positions(text)
        near = _near_titles(titles)
        cuts = self._cuts
        drops = self._drops
        next_odds = self.stats.next_odds
        long_names = self._long_names
        if (
            length >= _BULK_LEAST
            and (length >= _BULK_IMPORT or "numpy" in sys.modules)
            and self._long_prefixes is not None
            and isinstance(self.stats.words, frozenset)
        ):
            # Positions where no name can start, thinned out at C speed first (most of them: `_live_starts`).
            starts: Iterable[int] = self._live_starts(text, near)
        else:
            starts = map(_MATCH_START, self.stats.regex.finditer(text))
        if taken:
            # The glossary's own matches are known names: the text inside one starts no candidate (its names
            # would be dropped at the end, `_outside`), only its last character may (a name reaching past it).
            starts = _starts_outside(starts, text, taken)
        shift: int
        size: int
        score: float
        clause_key = _ClauseKeys(text).key
        for i in starts:
            if i < end:
                continue
            # Most positions are dropped here, on one table look-up of the pair and its next character
            # and before the memo (whose key costs more): no name starts on this pair whatever follows
            # (他马上), or none with the next character where no title is near (张开的, 李子树: `_cut`);
            # and no name starts on the next character either, as it is no surname (`_Stats.drops`).
            three = text[i : i + 3]
            drop = drops.get(three)
            if drop is None:
                # 0 where the first test of `_bound` may pass on the pair and the next character (`_cut`); else
                # _DROPPED where the pair's second character is no surname either, _NEXT_PAIR where it is.
                pair = three[:2]
                cut = cuts.get(pair)
                if cut is None:
                    cut = cuts[pair] = self._cut(pair)
                if next_odds.get(three[2:3], _RARE_ODDS) > cut:
                    drop = 0
                else:
                    drop = _NEXT_PAIR if three[1:2] in single else _DROPPED
                drops[three] = drop
            if drop and i not in near:
                if drop == _DROPPED:
                    continue
                # The same test of the pair that starts on the next character (a surname).
                after = text[i + 1 : i + 3]
                cut = cuts.get(after)
                if cut is None:
                    cut = cuts[after] = self._cut(after)
                if next_odds.get(text[i + 3 : i + 4], _RARE_ODDS) <= cut and i + 1 not in near:
                    continue
            pair = three[:2]
            # A verdict is remembered by the text it depends on (names recur with the same words): the
            # window of 5 characters before the candidate (首席执行官) and 9 from its start (_WINDOW_BEFORE,
            # _WINDOW_AFTER), which every rule reads within but those marked `_reads_far`, cut at the ends of
            # sentences in it (`_window_key`); where one of those rules was asked, the clause (`_clause_key`).
            # So a text gets the same names whatever the finder read before.
            window = text[i - 5 : i + 9] if i >= 5 else text[: i + 9]
            key: object = window if i >= 5 else (i, window)  # (a window at the start, with its offset)
            if "。" in window or "！" in window or "？" in window:  # (_SENTENCE_ENDS: three tests at C speed)
                key = _window_key(text, i)
            hit = memo.get(key, _MISSING)
            if hit is _FAR:
                hit = self._clauses.get(clause_key(i), _MISSING)
            if hit is _MISSING:
                reads = self._reads
                reads.far = False
                known = pairs.get(pair, _MISSING)
                if known is _MISSING:
                    known = pairs[pair] = self._pair(pair)
                first: _Bound | None = None
                if i + 1 in titles[0]:
                    # The last character of a title is not a surname (行政长官岑浩辉 is not 官岑浩辉,
                    # 名将汪顺 not 将汪顺): the name starts after the title, on the next character.
                    pass
                elif known is not None and known is not _COMPOUND and known is not _WEAK and i not in near:
                    # `_bound` on a one-character surname where no title is near, as most are: its
                    # first test (`_fails_first_test`) spelled out, then its second (`_context_bound`).
                    # (A pair that needs a title is scanned too where its surname starts a compound
                    # one: 慕 of 慕容 in 慕名而来. `_bound` answers it.)
                    g2 = given.get(text[i + 2 : i + 3], _RARE_ODDS) if i + 2 < length else -9.0
                    if g2 < LONG_NAME_ODDS and text[i : i + 3] in long_names:
                        g2 = LONG_NAME_ODDS  # (as `_score` reads a name of long_names.txt: 任正非)
                    if known[2] + (
                        g2 if g2 > _TWO_CHARACTER else _TWO_CHARACTER
                    ) + _VERB_AFTER + _ROUNDING + _LIST_BEFORE <= threshold or (known[3] and _is_address(text, i + 1)):
                        first = None
                    else:
                        first = context_bound(text, i, known, titles, g2)
                elif known is not None:
                    first = bound(text, i, titles, known)
                second: _Bound | object | None = _ASK  # `_best_at` asks
                if first is None:
                    second = bound(text, i + 1, titles) if text[i + 1 : i + 2] in single else None
                skip = first is None and second is None
                hit = None if skip else self._best_at(text, i, titles, (first, second))
                if not reads.far:
                    memo[key] = hit
                else:
                    memo[key] = _FAR
                    clause = clause_key(i)
                    if clause is not None:
                        self._clauses.remember(clause, hit, len(clause[1]))
            if hit is None:
                continue
            shift, size, score = hit  # type: ignore[misc]  # (a verdict: no cast() call in the loop)
            start = i + shift
            end = start + size
            found.append(Found(start, end, original[start:end], "person", score))
        found = self._after_titles(text, original, titles, found)
        found = self._known_names(text, original, titles, found, taken)
        if _has_separator(text):
            found = _merge(found, self._foreign(original, titles[0], text))
        found = self._refine(text, original, titles, found, taken)
        if found and "《" in text:
            found = _outside_works(text, found)
        if found and ("云" in text or "网" in text):
            found = self._outside_services(found, text)
        if taken:
            found = _outside(found, taken)
        return found

    def _outside_services(self, found: list[Found], text: str) -> list[Found]:
        """`found` without the names that are a company's or a place's word and the word of its online service
        (_SERVICE_TAILS): 金山云 (Kingsoft Cloud), 百度云, 华为云, 新浪网, 凤凰网.

        A company names its cloud or its web portal by its own name and 云 or 网 (阿里云, 腾讯云, 金山云, 新浪网),
        and the first two characters read as a surname and a given character (金 + 山) with 云, a given name's
        character too (马云): the finder read 金山云第二季度亏损收窄 as a person 〔Jīn Shānyún?〕. Where the two
        characters before the tail are a word of words.txt (金山, 百度, 华为, 新浪: a place's, a company's or an
        ordinary word, no personal name) the three are the service, not a person (`text` is simplified)."""
        words = self.stats.words
        return [
            f
            for f in found
            if not (f.end - f.start == 3 and text[f.end - 1] in _SERVICE_TAILS and text[f.start : f.end - 1] in words)
        ]

    def _live_starts(self, text: str, near: AbstractSet[int]) -> list[int]:
        """The starts of the scan's matches in `text` (`_Stats.regex`) where `find`'s loop may find a name, in order.

        A match at i is left out only where neither a name starting at i nor one at i + 1 can pass
        `_context_bound`, which the loop asks of every one-character surname where no title is near (`near`:
        `_near_titles`) before any name is scored: the same bound, taken higher (the word penalty of the pair
        itself, the kinship character 家, and the cases `_pair` says need a title are left out of it; a
        compound surname and every place near a title are kept), over all matches at once with numpy
        (`_ScanTables`). So the loop finds what it found over every match: it only skips positions whose
        verdict is None. Raises nothing; `text` may hold any code point (lone surrogates too).
        """
        import numpy as np

        stats = self.stats
        if not stats.scan_tables:
            stats.scan_tables.append(_ScanTables(stats, cast(AbstractSet[str], self._long_prefixes)))
        tables = stats.scan_tables[0]
        points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
        if tables.classes is not None:
            starts = tables.starts(points)
        else:
            starts = np.fromiter(map(_MATCH_START, stats.regex.finditer(text)), dtype=np.int64)
        if not len(starts):
            return []
        n = len(text)
        # The code points at offsets -1 to +5 of each start (column k: offset k - 1), -1 before the text's start
        # and past its end; and their table indices.
        at = starts[:, None] + np.arange(-1, 6)
        outside = (at < 0) | (at >= n)
        raw = np.where(outside, -1, points[np.clip(at, 0, n - 1)])
        index = np.where(outside, _SCAN_END, np.minimum(raw, _SCAN_OTHER))
        # The flags of the pairs at offsets -1, 0 and +1 (`_PairFlags`).
        pairs = tables.pairs.flags(raw[:, :3] * 0x110000 + raw[:, 1:4])
        titled = np.zeros(n + 2, dtype=bool)
        if near:
            close = np.fromiter(near, dtype=np.int64)
            titled[close[(close >= 0) & (close < n + 2)]] = True
        threshold = self.threshold
        given = tables.given

        def live(k: int) -> Any:
            # `_context_bound` at offset k of each start (a one-character surname there), taken higher; and the
            # pairs `_pair` answers None or _WEAK for (they need a title near).
            previous, first, second, third, fourth = (index[:, k + c] for c in range(5))
            pair, before_pair = pairs[:, k + 1], pairs[:, k]
            last = np.where(third == _SCAN_END, -9.0, given[third])  # `_last_odds`
            last = np.where(pair & _LONG_PAIR, np.maximum(last, LONG_NAME_ODDS), last)
            after = np.maximum(tables.bonus[third] + _TWO_CHARACTER, tables.bonus[fourth] + last)
            word_before = (before_pair & _WORD_PAIR).astype(bool) & ~tables.address[previous]
            before = np.where(word_before, -4.0, np.where(tables.list_mark[previous], _LIST_BEFORE, 0.0))
            base = tables.prior[first] + given[second] - np.where(pair & _WORD_PAIR, _WORD_PENALTY, 0.0)
            passes = (base + after + _ROUNDING + before + _SCAN_MARGIN > threshold) & ~(
                tables.kin[third] | tables.never[second] | tables.weak_given[second] | tables.rare[first]
            )
            return passes | (pair & _COMPOUND_PAIR).astype(bool) | titled[starts + k]

        keep = live(0) | ((tables.prior[index[:, 2]] > -1e8) & live(1))
        return cast(list[int], starts[keep].tolist())

    @staticmethod
    def _clause_key(text: str, i: int) -> tuple[int, str] | None:
        """The clause that holds offset `i` of `text`, and `i`'s offset in it; None if longer than _CLAUSE_LONGEST.

        The clause runs from the clause mark before `i` (_CLAUSE_MARKS, kept: it is read as what precedes
        a name) to the one after it, kept too (what follows a name), or to the text's ends. No rule of
        the finder reads across a clause mark, so a verdict is the same wherever its clause is written.
        """
        return _ClauseKeys(text).key(i)

    def _refine(
        self, text: str, original: str, titles: _Titles, found: list[Found], taken: Sequence[tuple[int, int]] = ()
    ) -> list[Found]:
        """The last passes of `find`: foreign names written without a middle dot, then one name, one reading.

        `text` is `original` simplified; `titles` is `_title_positions(text)`; `found` what the
        passes before found (sorted, not overlapping); `taken` the glossary's matches (`find`). Returns the new
        sorted list.
        """
        said = _saying_re().search(text)
        opening = self._opening_runs(text)
        if titles[0] or said is not None or opening:
            found = self._transliterated(text, original, titles, found, said, opening, taken)
        if titles[0]:
            found = self._japanese(text, original, titles, found)
            if "族" in text:
                found = self._minority_names(text, original, titles, found)
        if found:
            found = self._foreign_before(text, original, titles, found)
        if found:
            found = self._listed(text, original, titles, found)
        if found:
            found = self._consistent(text, original, found)
        return found

    def _transliterated(
        self,
        text: str,
        original: str,
        titles: _Titles,
        found: list[Found],
        said: re.Match[str] | None,
        opening: Sequence[tuple[int, int]] = (),
        taken: Sequence[tuple[int, int]] = (),
    ) -> list[Found]:
        """Add the foreign names written without a middle dot: 总统泽连斯基, 主帅瓜迪奥拉, 内塔尼亚胡说.

        A run of transliteration characters (`_TRANSLIT_RUN`, 2 to 8 of them) right after a title,
        or of 3 or more at the start of a clause right before a verb of saying (表示, 说, 称 …), is
        a foreign name (a Uyghur, Tibetan or Mongolian one too) when it is no dictionary word (巴西,
        阿根廷: 冠军巴西队) and ends where a name ends: at punctuation, a list mark, 的, a verb or
        title that follows names, a character that no given name holds (在, 是), or the start of a
        word (马克龙 + 亚洲之行). Else a shorter run is tried. A run that holds whole names found
        before (连斯基 of 泽连斯基) replaces them; a name found before that reaches past it wins.
        `said` is the first transliteration character before a verb of saying in `text` (`_saying_re`),
        or None. A run at the start of a clause or a list item (`opening`: `_opening_runs`) that
        ends as names do is one too, whatever follows, if its characters are likely enough in
        transliterations (translit_odds.tsv: TRANSLIT_MEAN on average, TRANSLIT_SUM in all): 耶伦在,
        鲍威尔暗示; not 马上, 东西 (words) nor 华为 (为 is in no transliteration).
        """
        words = self.stats.words
        extra: list[Found] = []
        run_re = _translit_run_re()
        for j in sorted(titles[0]):
            run = run_re.match(text, j)
            if run is not None:
                name = self._foreign_run(text, j, run.end(), 2, words, titled=True)
                if name is not None:
                    extra.append(name)
        if said is not None:  # the first verb of saying in `text` after a transliteration character
            for last in _saying_re().finditer(text, said.start()):
                start, end = last.span()
                while start > 0 and end - start < 8 and text[start - 1] in _TRANSLIT_RUN_CHARS:
                    start -= 1
                if end - start < 3 or (start and text[start - 1] not in _CLAUSE_STARTS):
                    continue
                name = self._foreign_run(text, start, end, 3, words)
                if name is not None and name.end == end:
                    extra.append(name)
        for start, end in opening:
            name = self._opening_run(text, start, end, words)
            if name is not None:
                extra.append(name)
        extra.sort(key=_START)
        if taken:
            # A run that reaches into a glossary match is no name (`find` drops it at its end): it takes over none of
            # the names found either (马杜罗 + 卫留成 is no 马杜罗卫留, whatever the glossary knows of 卫留成).
            extra = _outside(extra, taken)
        return _take_over(found, [Found(f.start, f.end, original[f.start : f.end], "person", f.score) for f in extra])

    def _minority_names(self, text: str, original: str, titles: _Titles, found: list[Found]) -> list[Found]:
        """Add the names that follow a people of China's west and a title: 藏族歌手降央卓玛, 彝族歌手阿鲁阿卓.

        Tibetan, Mongolian, Uyghur, Kazakh and Yi names are no surname and given name, and run to four
        characters or more (才旦卓玛, 容中尔甲, 阿娜尔古丽); the people named right before the title (`_minority_re`:
        藏族, 蒙古族) says one follows. The name runs from the title's end to where a name ends within
        _MINORITY_LONGEST characters: punctuation, 的, a verb or title that follows names (`_starts_context`),
        a kinship character (扎西多吉家) or, after three characters, a dictionary word (才旦卓玛 + 演唱); it is
        no dictionary word and starts with none but a proper noun (扎西; not 演唱 of 蒙古族歌手演唱了长调), nor with
        a verb. It replaces the names found inside it (卓玛 of 降央卓玛, 容中尔 of 容中尔甲). Offsets are into
        `text`; surfaces from `original`.
        """
        ends = titles[0]
        words = self.stats.words
        extra = []
        for p in _minority_ends(text):
            title_ends = [q for q in ends if p < q <= p + _BEFORE_LONGEST + 2 and text[p:q] in _BEFORE]
            if not title_ends:
                continue
            j = max(title_ends)
            if _starts_context(text[j : j + 4]):
                continue  # a verb, no name, after the title (哈萨克族运动员在比赛中)
            k = j + 2
            while k <= j + _MINORITY_LONGEST:
                head = text[k : k + 1]
                if not head or head in _CLOSERS or head == "的" or head in _KIN_CHARACTERS:
                    break
                if not _CJK_CHAR[head] or (_starts_context(text[k : k + 4]) and not self._verb_inside(text, k)):
                    break
                if text[k : k + 2] in words:
                    break  # a word after two characters or more (阿来 + 出版, 才旦卓玛 + 演唱, 叶尔兰 + 赶着)
                k += 1
            name = text[j:k]
            if (
                k > j + _MINORITY_LONGEST
                or not all(map(_CJK_CHAR.__getitem__, name))
                or name in words
                or (name[:2] in words and name[:2] not in self.stats.proper)
            ):
                continue  # (演唱了长调 of 蒙古族歌手演唱了长调: a word, no name, follows the title)
            extra.append(Found(j, k, original[j:k], "person", self.threshold + 1))
        return _take_over(found, extra)

    def _verb_inside(self, text: str, k: int) -> bool:
        """Tell whether the one character at `k` of `text` that follows names as a verb (都, 也) is inside a name
        read on from the characters before it (`_minority_names`): a character likely in transliterations
        (TRANSLIT_MEAN or more) follows it and the two start no word, nor does that character (阿布都拉 + 演唱;
        not 扎西都来了, 扎西都拉着)."""
        after = text[k + 1 : k + 3]
        return (
            text[k : k + 2] not in _AFTER
            and self._translit.get(after[:1], 0.0) >= TRANSLIT_MEAN
            and text[k : k + 2] not in self.stats.words
            and after not in self.stats.words
        )

    def _foreign_before(self, text: str, original: str, titles: _Titles, found: list[Found]) -> list[Found]:
        """Read whole the foreign names `found` holds a piece of: 罗夫 of 据拉夫罗夫介绍, 梅德韦 of 梅德韦杰夫.

        A name whose characters are all likely in transliterations (translit_odds.tsv, TRANSLIT_INSIDE or more,
        as far as its first character unlikely there: 罗夫 of 罗夫通) and that no title stands right before,
        after one to three more such characters (`_foreign_start`), is the end of a foreign name. That name,
        from them to where a name ends (`_foreign_run`), replaces it; where none ends so, the name is dropped,
        as a piece of a foreign word. A name all of whose characters are likely so, followed by more such
        characters that read with it as a transliteration (`_reads_foreign`), is the start of one: the longer
        name that ends as names do replaces it (据梅德韦杰夫介绍, was 梅德韦); where none does, it stays.
        Offsets are into `text`; surfaces from `original`.
        """
        odds = self._translit
        ends = titles[0]
        out: list[Found] = []
        words = self.stats.words
        for name in found:
            i = name.start
            if (i in ends or odds.get(text[i - 1 : i], 0.0) < TRANSLIT_INSIDE) and odds.get(
                text[name.end : name.end + 1], 0.0
            ) < TRANSLIT_INSIDE:
                # Nearly always: a title or a character no transliteration holds on either side (the loops below
                # would keep it as it is, after a pass over its characters).
                out.append(name)
                continue
            k = i
            while k < name.end and odds.get(text[k], 0.0) >= TRANSLIT_INSIDE:
                k += 1
            goes_on = k
            if k == name.end:  # every character likely in transliterations: more of them may follow
                while (
                    goes_on < min(len(text), i + _FOREIGN_LONGEST) and odds.get(text[goes_on], 0.0) >= TRANSLIT_INSIDE
                ):
                    goes_on += 1
            if i in ends or odds.get(text[i - 1 : i], 0.0) < TRANSLIT_INSIDE:
                left = None
            else:
                left = self._foreign_start(text, i, k, ends)
            if left is None:
                if goes_on > name.end and self._reads_foreign(text[i:goes_on]):
                    longer = self._foreign_run(text, i, goes_on, name.end - i + 1, words)
                    if longer is not None and (not out or out[-1].end <= i):
                        out.append(Found(i, longer.end, original[i : longer.end], "person", longer.score))
                        continue
                out.append(name)  # nearly always: a title or a character no transliteration holds around it
                continue
            whole = self._foreign_run(text, left, max(k, goes_on), i - left + 2, words)
            if whole is not None and (not out or out[-1].end <= left):
                out.append(Found(left, whole.end, original[left : whole.end], "person", whole.score))
        return out

    def _translit_like(self, run: str) -> bool:
        """Tell whether the characters of `run` are likely enough in transliterations: their odds (translit_odds.tsv)
        average TRANSLIT_MEAN and add up to TRANSLIT_SUM."""
        total = sum(self._translit.get(c, 0.0) for c in run)
        return total >= TRANSLIT_SUM and total >= TRANSLIT_MEAN * len(run)

    def _reads_foreign(self, run: str) -> bool:
        """Tell whether `run` reads as a transliteration (`_translit_like`) and is no word and no foreign place or
        company (foreign_words.txt)."""
        return self._translit_like(run) and run not in self.stats.words and run not in foreign_words()

    def _foreign_start(self, text: str, i: int, k: int, ends: AbstractSet[int]) -> int | None:
        """Where a foreign name that goes on to text[i:k] starts, if one to three transliteration characters stand
        before `i` (`_foreign_before`); None if not.

        The characters before (not past the end of a title) and text[i:k] must read as a transliteration: their
        odds (translit_odds.tsv) average TRANSLIT_MEAN and add up to TRANSLIT_SUM, and no word of three or more
        characters or a place ends before `i` (阿里巴巴 + 马云, 新加坡 + 李显龙), nor is the whole a word or a place,
        nor does the first of them end a word (影星 + 巩俐).
        """
        odds = self._translit
        if k - i < 2:
            return None
        left = i
        while left > max(0, i - 3) and left not in ends and odds.get(text[left - 1], 0.0) >= TRANSLIT_INSIDE:
            left -= 1
        words = self.stats.words
        if not self._reads_foreign(text[left:k]):
            return None
        if any(
            text[start:i] in words
            and (i - start > 2 or text[start:i] in self.stats.proper)
            # (a word that reads as a transliteration itself is the name's first part: 巴拉克 of 巴拉克罗夫)
            and not (i - start > 2 and start == left and self._translit_like(text[start:i]))
            for start in range(left, i - 1)
        ):
            return None  # a word before it: 阿里巴巴 + 马云
        if left and any(text[start : left + 1] in words for start in range(max(0, left - 2), left)):
            return None  # its first character ends a word: 星 of 影星 (影星巩俐)
        return left

    def _japanese(self, text: str, original: str, titles: _Titles, found: list[Found]) -> list[Found]:
        """Add the Japanese names written in Han characters right after a title: 首相岸田文雄, 作家村上春树.

        A Japanese surname is two characters, the second of which is one that Japanese surnames
        end in (`_JAPANESE_SURNAME_ENDS`: 田 of 岸田, 上 of 村上, 泉 of 小泉) and that are no ordinary
        word (马上, 早上: `ordinary_words`); a given name is two or three characters (翔平, 进次郎)
        that running text does not use rather than names (`_GIVEN_MIN`; after the first, `_GIVEN_GATE`:
        一 of 龙一 and 健一 ends many Japanese given names), no word, and ending where names end
        (`_ends_name`). A one-character given name is tried last (柳井正). A name found before
        that it holds (田文雄 of 岸田文雄) gives way.
        """
        words = self.stats.words
        ordinary = ordinary_word_file()  # read in place: a few look-ups, no set of every word to build
        given_odds = self.stats.given
        ends = titles[0]
        extra: list[Found] = []
        for j in sorted(ends):
            surname = text[j : j + 2]
            if (
                len(surname) < 2
                or surname[1] not in _JAPANESE_SURNAME_ENDS
                or j + 1 in ends  # inside a longer title: 总 + 统 of 总统
                or not (_CJK_CHAR[surname[0]] and _CJK_CHAR[surname[1]])
                or surname in ordinary  # 马上, 早上, 高原
            ):
                continue
            for size in (2, 3, 1):
                given = text[j + 2 : j + 2 + size]
                if (
                    len(given) < size
                    or not all(map(_CJK_CHAR.__getitem__, given))
                    or given_odds.get(given[0], _RARE_ODDS) < _GIVEN_MIN
                    or any(given_odds.get(c, _RARE_ODDS) < _GIVEN_GATE for c in given[1:])
                    or given in words
                    or given[:2] in words
                    or any(_starts_context(text[k : k + 4]) for k in range(j + 2, j + 2 + size))
                    or (surname + given) in words
                ):
                    continue
                end = j + 2 + size
                if self._ends_name(text, end, given[-1]):
                    extra.append(Found(j, end, original[j:end], "person", self.threshold + 1))
                    break
        return _take_over(found, extra)

    def _ends_name(self, text: str, k: int, last: str) -> bool:
        """Tell whether a name whose last character is `last` may end at `k`: punctuation, 的, a verb or title
        that follows names, or a character no given name holds (在, 是) or a word (再次, 本赛季) that starts
        there and not with `last`."""
        after = text[k : k + 4]
        head = after[:1]
        if not after or head in _CLOSERS or head == "的":
            return True
        if _starts_context(after):
            return not self._verb_before_context(head, after[1:])
        words = self.stats.words
        if last + head in words:
            return False  # the last character starts the next word (马克龙热 + 情)
        return self.stats.given.get(head, _RARE_ODDS) < _GIVEN_MIN or after[:2] in words or after[:3] in words

    def _listed(self, text: str, original: str, titles: _Titles, found: list[Found]) -> list[Found]:
        """Add the names listed right after a name found: 王宗源和龙道一, 林诗栋与蒯曼搭档.

        A list mark (、和与及) after a name says that another name may follow as surely as a title
        does, so the candidate there is scored as after a title (a rare surname too: 蒯, 辜).
        Not where the surname and the next character make a word (李开复和红杉中国: 红杉 "redwood").
        A name found before that overlaps it wins.
        """
        words = self.stats.words
        starts = [f.start for f in found]
        extra = []
        for name in found:
            j = name.end + 1
            if text[name.end : j] in _NAME_LIST_MARKS and j < len(text) and text[j : j + 2] not in words:
                if _covered(found, starts, j):
                    continue  # found already (马龙和樊振东: the name after the mark wins), as news lists names
                listed = self._candidate(text, j, (_OneMore(titles[0], j), titles[1]))
                if listed is not None:
                    extra.append(
                        Found(listed.start, listed.end, original[listed.start : listed.end], "person", listed.score)
                    )
        if not extra:
            return found
        return sorted(found + _outside(extra, [(f.start, f.end) for f in found]), key=_START)

    def _opening_runs(self, text: str) -> list[tuple[int, int]]:
        """The runs of `_clause_runs` in `text` that may hold a foreign name, on their odds alone (`_opening_run`).

        Their first two characters' odds add up to TRANSLIT_PAIR and all of them to TRANSLIT_SUM, and
        the two are not the same character (哈哈). Most runs fail here, on a few look-ups (东西, 临河, 河里).
        """
        odds = self._translit
        out = []
        for start, end in _clause_runs(text):
            first, second = text[start], text[start + 1]
            if first == second or odds[first] + odds[second] < TRANSLIT_PAIR:
                continue
            if sum(map(odds.__getitem__, text[start:end])) >= TRANSLIT_SUM:
                out.append((start, end))
        return out

    def _opening_run(self, text: str, start: int, end: int, words: AbstractSet[str]) -> Found | None:
        """The foreign name that the run text[start:end] of transliteration characters at the start of a clause
        begins with, if any (`_transliterated`).

        No word may start the run (哈萨克斯坦, 马拉松, 约翰内斯堡: words.txt and foreign_words.txt): a place or
        a thing, not a person; nor may the name be words end to end (新疆 + 维吾尔).
        The run is cut where a verb or title that follows names starts (扎克伯格 + 宣布); the name must
        end as `_foreign_run` says names end (索罗斯 + 旗下, 阿尔卡拉斯 + 再次), a name of two characters
        only there or at punctuation or a list mark (乌兹 of 乌兹别克斯坦 is none), with no middle dot, title
        or organisation word after it (伯克希尔·哈撒韦, 哈萨克斯坦总统, 斯坦福大学), and its characters must be
        likely enough in transliterations (translit_odds.tsv: TRANSLIT_MEAN on average, TRANSLIT_SUM in all).
        """
        if any(text[start : start + size] in words for size in range(3, end - start + 1)):
            return None
        foreign = foreign_words()
        if any(text[start : start + size] in foreign for size in range(5, 9)):
            return None  # a longer place or thing (约翰内斯堡, 伊斯坦布尔): words.txt stops at 4 characters
        for k in range(start + 2, end):
            if _starts_context(text[k : k + 4]):
                end = k
                break
        name = self._foreign_run(text, start, end, 2, words)
        if name is None or _split_into_words(name.surface, words):
            return None  # (新疆 + 维吾尔, 吕梁 + 山区, 东阿 + 阿胶: places and things, not a person)
        after = text[name.end : name.end + 4]
        if len(name.surface) == 2 and not (
            not after or after[:1] in _CLOSERS or _starts_context(after) or after[:1] in _ADDRESS_KIN
        ):
            return None  # two characters are little to go on: they must end where names end (乌兹 of 乌兹别克斯坦)
        if after[:1] in _SEPARATORS:
            return None  # a name written with a middle dot goes on (伯克希尔·哈撒韦): `_foreign` reads those
        if any(after[:size] in _BEFORE for size in _BEFORE_SIZES) or self._names_an_organisation(text, name.end):
            return None  # a country or a company before a title (哈萨克斯坦总统) or an organisation's name
        if _org_word_end(text, name.end - 1) >= 0 or self._place_word_follows(text, name.end):
            # it ends in a place or organisation word (吴江区, 斯坦福大学), or one follows it (华罗庚 + 数学奖): a place
            return None
        if after[:1] == "的" and self._sells(text, name.end + 1):
            return None  # a brand and its goods (阿迪达斯的球鞋, 吴裕泰的茶叶)
        odds = self._translit
        total = sum(odds[c] for c in name.surface)
        if total < TRANSLIT_SUM or total < TRANSLIT_MEAN * len(name.surface):
            return None
        return name

    def _foreign_run(
        self, text: str, start: int, end: int, shortest: int, words: AbstractSet[str], titled: bool = False
    ) -> Found | None:
        """The longest transliterated name text[start:k] (k <= `end`, `shortest` or longer) that ends as names do.

        `titled`: the run starts right after a title, so the whole run is a name where the characters after it read
        as no part of one (see below)."""
        persons = known_persons()
        given = self.stats.given
        for k in range(end, start + shortest - 1, -1):
            name = text[start:k]
            if (
                (name in words and name not in persons)
                or _ends_in_context(text, start, k)
                or (name[-1] in _ADDRESS_KIN and not _person_listed(name))
            ):
                continue  # (a term of address ends no name: 闰土哥 is 闰土 + 哥; 佛朗哥 "Franco" is one)
            after = text[k : k + 4]
            head = after[:1]
            if not after or head in _CLOSERS or head == "的" or head in _ADDRESS_KIN:
                return Found(start, k, name, "person", self.threshold + 1)
            if _starts_context(after):
                if not self._verb_before_context(head, after[1:]):  # 于东 + 来在 is 于东来 + 在
                    return Found(start, k, name, "person", self.threshold + 1)
                continue
            if name[-1] + head in words:
                continue  # the last character starts the next word: 马克龙热 + 情 is 马克龙 + 热情
            if given.get(head, _RARE_ODDS) < _GIVEN_MIN or after[:2] in words:
                return Found(start, k, name, "person", self.threshold + 1)
            if (
                titled
                and k == end
                and k - start > 2
                and head not in _TRANSLIT_RUN_CHARS
                and self._translit.get(head, 0.0) < TRANSLIT_INSIDE
                and not self._name_goes_on(after)
                and given.get(after[1:2], _RARE_ODDS) < _GIVEN_MIN
            ):
                # The whole run after a title, of three characters or more (two are little to go on), then a
                # character that no transliteration holds and that is a word of its own, and after it one that no
                # given name holds (未获 of 总统泽连斯基未获邀请, the review's R49-12): the foreign name cannot go
                # on, so it ends here. Left to the Chinese reading, the run's tail was read as a name of its own
                # (连斯基 "Lian Siji"). Not where the two that follow read as a name's rest (斯琴 + 高娃).
                return Found(start, k, name, "person", self.threshold + 1)
            if (
                after[1:2] in _ASPECT_PARTICLES
                and self._translit.get(head, 0.0) < TRANSLIT_INSIDE
                and not self._name_goes_on(after)
            ):
                # a verb (a word of its own that no transliteration holds) and its aspect particle: 拉夫罗夫 +
                # 通了电话 (通 is a given name's character too; not 斯琴 + 高娃, 卢卡申 + 科与)
                return Found(start, k, name, "person", self.threshold + 1)
        return None

    def _consistent(self, text: str, original: str, found: list[Found]) -> list[Found]:
        """Give every mention of a name found once the same reading: 刘洪涛的女儿 … 父亲刘洪涛 (not 刘洪).

        A name of two or more characters found somewhere is a name at its other mentions in the
        same line (paragraph) too, unless an organisation word follows the mention (刘洪涛公司) or a longer
        dictionary word holds it. A shorter name found inside such a mention gives way to it; a
        name that reaches past it stays.
        """
        # (name, the line it is on): a line is a paragraph, and the unit the answer may depend on (a
        # stream is read a chunk of whole lines at a time, and chunks end where reads end).
        # A line is keyed by the offset of the break before it (-1 for the first), told by a bisection: a scan
        # back to the line's start per name is quadratic on one long line (`zhgloss.document.Lines`).
        bounds = Lines(text).bounds
        lines = {(text[f.start : f.end], bounds(f.start)[0] - 1) for f in found if f.end - f.start >= 2}
        keys = {key for key, _ in lines}
        if len(text) < _SHORT_CHUNK:
            # A line or a sentence: a name written again is rare, and a count tells it at once (no
            # pattern to compile for the names of every line).
            keys = {key for key in keys if text.count(key) > 1}
        if not keys:
            return found
        # Only a line where a name found on it is written again can give a mention that is no name found
        # (a mention counts on the line of a name found with its text only, and a name written once on its
        # line is found there). News writes a name again on its line seldom: most chunks end here, and
        # the others, if short, are read line by line (`_line_mentions`) rather than by an automaton of
        # every name, which a chunk never seen builds anew (~0.3 ms for the 126 names of 19 KB of news).
        again: dict[int, int] = {}  # the lines to read: where each ends, by the offset of the line break before it
        length = 0
        for key, line in lines:
            if key in keys and line not in again:
                end = bounds(line + 1)[1]
                if text.count(key, line + 1, end) > 1:
                    again[line] = end
                    length += end - line - 1
                    if length > _LINES_READ_LONGEST:
                        break  # (the automaton reads them all: no need to know which)
        if not again:
            return found
        if length <= _LINES_READ_LONGEST:
            mentions = _line_mentions(text, keys, [(line + 1, again[line]) for line in sorted(again)])
        else:
            # Every mention of every name in one pass at C speed: a chunk of text may be long (annotate
            # reads 196 KB at once).
            mentions = _mentions_automaton(tuple(sorted(keys))).find(text)
        taken = {(f.start, f.end) for f in found}
        words = self.stats.words
        extra = []
        for at, e, _ in mentions:
            if (at, e) in taken:
                continue
            key = text[at:e]
            before = text[at - 1 : at]
            if (key, bounds(at)[0] - 1) not in lines:
                continue  # found on another line only
            if (
                _after_bonus(key, text[e : e + 4]) >= 0.0
                and not (before and before + key in words)
                and key + text[e : e + 1] not in words
            ):
                extra.append(Found(at, e, original[at:e], "person", self.threshold + 1))
        if not extra:
            return found
        import bisect

        starts = [f.start for f in found]
        dropped: set[int] = set()
        kept = []
        for name in extra:
            # The names found that overlap it: those that start before its end and end after its start.
            k = bisect.bisect_left(starts, name.end)
            overlapping = []
            while k and found[k - 1].end > name.start:
                k -= 1
                overlapping.append(k)
            size = name.end - name.start
            if all(name.start <= found[k].start and found[k].end - found[k].start < size for k in overlapping):
                dropped.update(overlapping)
                kept.append(name)
        out = [f for k, f in enumerate(found) if k not in dropped] + kept
        return sorted(out, key=_START)

    def _cut(self, pair: str) -> float:
        """The odds of the character after `pair` at or below which no name starts on `pair` where no title is near.

        The first test of `_bound` (`_fails_first_test`) for a one-character surname, as a bound on
        the next character's odds (`_Stats.next_odds`): +inf where no name starts on the pair whatever
        follows (`_pair` is None), -inf where the pair alone cannot tell (a compound surname). The
        bound is taken with _ROUNDING to spare, so a sum taken in another order drops nothing more.
        """
        known = self._pairs.get(pair, _MISSING)
        if known is _MISSING:
            known = self._pairs[pair] = self._pair(pair)
        if known is None:
            return float("inf")
        if known is _COMPOUND or known is _WEAK:
            return float("-inf")
        # known[2] + max(g2, _TWO_CHARACTER) + _VERB_AFTER + _ROUNDING + _LIST_BEFORE <= threshold
        most = self.threshold - _VERB_AFTER - _LIST_BEFORE - 2 * _ROUNDING - cast(_Bound, known)[2]
        if most < LONG_NAME_ODDS and (self._long_prefixes is None or pair in self._long_prefixes):
            return float("-inf")  # a name of long_names.txt may start on the pair (任正非): `_bound` tells
        return most if most >= _TWO_CHARACTER else float("-inf")

    def _after_titles(self, text: str, original: str, titles: _Titles, found: list[Found]) -> list[Found]:
        """Add to `found` the names that start right after a title on a pair that needs one (`_WEAK`), or on a pair
        whose given character the scan skips (below _GIVEN_MIN: 在 of 总统李在明, the review's R49-30).

        Those pairs (主席习近平: a surname running text seldom writes; 创始人张一鸣: a given-name
        character it writes often; 李在明, Lee Jae-myung: a character that seldom starts a given name, which
        `_score` weighs) are not scanned for, as a title ends at few places of a text.
        A name of `found` overlapping one wins. Offsets are into `text`; surfaces from `original`.
        """
        pairs = self._pairs
        starts: list[int] | None = None  # (worked out at the first pair that needs a title: most texts have none)
        extra = []
        for j in sorted(titles[0]):
            pair = text[j : j + 2]
            known = pairs.get(pair, _MISSING)
            if known is _MISSING:
                known = pairs[pair] = self._pair(pair)
            if known is None or known is _COMPOUND:
                continue
            if known is not _WEAK and self.stats.given.get(pair[1:], _RARE_ODDS) >= _GIVEN_MIN:
                continue  # the scan reads it
            if starts is None:
                starts = [f.start for f in found]
            if not _covered(found, starts, j):
                name = self._candidate(text, j, titles)
                if name is not None:
                    extra.append(Found(name.start, name.end, original[name.start : name.end], "person", name.score))
        if not extra:
            return found
        return sorted(found + _outside(extra, [(f.start, f.end) for f in found]), key=_START)

    def _known_names(
        self, text: str, original: str, titles: _Titles, found: list[Found], taken: Sequence[tuple[int, int]] = ()
    ) -> list[Found]:
        """Add to `found` the people CC-CEDICT lists where they stand as names stand (`_known_at`, `_known_in_text`).

        Each replaces the names of `found` it holds (周恩 of 周恩来, 冯德莱 of 冯德莱恩: the statistics cut a
        famous name short); a name of `found` that reaches past it wins. Where such a person's name is no
        person's (周恩来邓颖超纪念馆), a shorter name inside it is no one's either, and is dropped. Offsets are
        into `text`; surfaces from `original`.
        """
        ends = titles[0]
        matches = _known_automaton().find(text)
        if matches and taken:
            # A person inside a glossary match annotate keeps is the glossary's (`_starts_outside`): the same rule
            # as the scan's, where no list mark follows the match. (News: nearly every one, as the glossary
            # holds CC-CEDICT's people.)
            matches = _outside_kept(matches, text, taken)
        if not matches and not ends:
            return found  # nearly always: one search at C speed
        extra = []
        read = set()
        heads = _known_heads()
        for j in sorted(ends):
            if text[j : j + 2] not in heads:
                continue  # nearly always (`_known_at`'s first test, without the call)
            name = self._known_at(text, j)
            if name is not None:
                extra.append(name)
                read.add(j)
        unread = []
        for start, end, _ in matches:
            if start in ends:
                if start not in read:
                    unread.append((start, end))  # `_known_at` did not read it
                continue
            if self._known_in_text(text, start, end):
                extra.append(Found(start, end, text[start:end], "person", self.threshold + 1))
            else:
                unread.append((start, end))
        if unread:
            # (The names held by a longer span, and the others, in their order.)
            holds = _held_by_longer_spans(unread, found)
            held = [f for k, f in enumerate(found) if k in holds]
            found = [f for k, f in enumerate(found) if k not in holds]
            for start, end in unread:
                # A name the statistics read ending where it ends says it stands as a name (盲诗人爱罗先珂君:
                # 罗先珂; not 周恩 of 周恩来邓颖超纪念馆), unless it is no person's there (a place or a brand
                # named after the person, a longer word).
                if any(start <= f.start and f.end == end for f in held) and not self._known_no_person(text, start, end):
                    extra.append(Found(start, end, text[start:end], "person", self.threshold + 1))
        if not extra:
            return found
        extra.sort(key=_START)
        kept: list[Found] = []
        for name in extra:
            if not kept or name.start >= kept[-1].end:
                kept.append(Found(name.start, name.end, original[name.start : name.end], "person", name.score))
        return _take_over(found, kept)

    def _verb_follows(self, text: str, end: int) -> bool:
        """Tell whether a verb or title that follows names (`_starts_context`) starts at `end`, or a list mark and
        another person CC-CEDICT lists (成龙和李连杰; not 李宁和安踏: a list says too little of itself)."""
        after = text[end : end + 4]
        if after[:1] not in _PREDICATE_HEADS:
            return _starts_context(after)
        persons = known_persons()
        return after[:1] in _LIST_MARKS and any(text[end + 1 : end + size] in persons for size in (3, 4, 5))

    def _known_no_person(self, text: str, start: int, end: int) -> bool:
        """Tell whether the person CC-CEDICT lists at text[start:end] is no person there: inside a longer word, before
        a place named after the person (毛泽东同志纪念堂), or a brand (安踏和李宁, 李宁和安踏等品牌)."""
        name = text[start:end]
        words = self.stats.words
        if name + text[end : end + 1] in words or (start and text[start - 1 : start + 1] in words):
            return True
        return (
            self._place_word_follows(text, end)
            or self._in_brand_list(text, start)
            or self._names_a_business(text, end, name[1:])
        )

    def _known_in_text(self, text: str, start: int, end: int) -> bool:
        """Tell whether the person CC-CEDICT lists at text[start:end], where no title ends, stands as a name stands.

        A name that is no dictionary word (葛优, 周恩来, 陈省身) and makes none with the character before it, where
        what follows it is what follows a name: a verb or title (葛优凭借, 周恩来总理: `_starts_context`), and
        after a name of three or four characters also punctuation, a list mark or 的 (闻一多、朱自清, 陈省身和;
        not 的 and goods: `_sells`). A name that is also a word (成龙 "to become somebody", 万里, 张扬) or of two
        characters, often a place or a brand too (中山, 李宁), only where it opens a clause, starts with a
        surname (a word) and a verb or title follows (成龙出席, 葛优凭借; not 望子成龙, 万里长城, 安踏和李宁在:
        `_verb_follows`).
        Not before a place named after the person (`_place_word_follows`), nor where it names a business
        (`_in_brand_list`, `_names_a_business`).
        """
        name = text[start:end]
        words = self.stats.words
        after = text[end : end + 4]
        # How it stands first (a few look-ups; most matches in prose fail here: a word or a short name
        # inside a clause), then whether it is no person there (`_known_no_person`, several rules).
        opens = not start or text[start - 1] in _CLAUSE_STARTS
        if name in words:
            stands = opens and name[:1] in self.stats.single and self._verb_follows(text, end)
        elif len(name) < 3:
            stands = opens and self._verb_follows(text, end)
        elif _starts_context(after):
            stands = True
        elif after[:1] == "的":
            stands = not self._sells(text, end + 1)
        else:
            stands = not after or after[:1] in _CLOSERS
        return stands and not self._known_no_person(text, start, end)

    def _known_at(self, text: str, j: int) -> Found | None:
        """Return the person CC-CEDICT lists (`known_persons`) that starts at `j`, where a title ends, if any.

        Right after a title a name of a public figure is what is meant even where it is also a word
        (委员长万里, "ten thousand li") or has no Chinese surname (总统普京, 作家巴金). What follows must be
        what follows a name: punctuation, a verb or title (`_starts_context`) or 的, and no
        organisation word (李宁公司). The longest name wins; its score is the threshold and one.
        """
        persons = known_persons()
        if text[j : j + 2] not in _known_heads():
            return None  # nearly always: one look-up
        for size in (4, 3, 2):
            name = text[j : j + size]
            if len(name) == size and name in persons:
                after = text[j + size : j + size + 4]
                if not after or after[:1] in _CLOSERS or after[:1] == "的" or _starts_context(after):
                    return Found(j, j + size, name, "person", self.threshold + 1)
        return None

    def _bound(self, text: str, i: int, titles: _Titles | None = None, known: Any = _MISSING) -> _Bound | None:
        """Bound the score of a name starting at `i`, on the characters alone; None if it cannot pass.

        The bound takes the surname's and the given-name characters' odds as they are and the most
        the context can add: a title before it (_MAX_BEFORE) and after it (_MAX_AFTER). With
        `titles` (`_title_positions(text)`: where titles end and start) the context adds no more
        than a list mark before (_LIST_BEFORE) and a verb after (_VERB_AFTER) where no title is
        near, as is the case of nearly every candidate. Every other part of `_score` only takes
        away, so None means that `_score` would return None. Else return the surname, its odds,
        and the bound without the text before (`_candidate` asks that next).
        """
        pair = text[i : i + 2]
        if known is _MISSING:
            known = self._pairs.get(pair, _MISSING)
        if known is _MISSING:
            known = self._pairs[pair] = self._pair(pair)
        if titles is None:
            after, before = _MAX_AFTER, _MAX_BEFORE
        else:
            ends, starts = titles
            if i + 1 in ends:
                return None  # the last character of a title (行政长官岑浩辉): the name starts after it
        if known is None:
            return None  # not a surname, or the first character of a compound surname only (百里)
        if known is _WEAK:
            if not (i in ends if titles is not None else _title_before(text, i)):
                return None  # 张一 of 这张一百元; but 创始人张一鸣
            known = self._pair(pair, weak=True)
            if known is None:
                return None
        if known is not _COMPOUND:
            # A one-character surname: all but the second given character is known from the pair.
            surname, prior, base, address = known
            if address and _is_address(text, i + 1):
                return None  # 王先生, 赵太爷: `_score` takes no name here
            g2 = self._last_odds(text, i)
            if titles is None:
                bound = base + max(_TWO_CHARACTER, g2) + after + _ROUNDING
                return None if bound + before <= self.threshold else (surname, prior, bound)
            # First with the most a verb and a list mark can add (enough to drop most candidates:
            # `_fails_first_test`, with the odds read above and the address tested above), then
            # with what follows each size (one given character, two) and what precedes.
            after = _MAX_AFTER if i + 2 in starts or i + 3 in starts else _VERB_AFTER
            first = base + (g2 if g2 > _TWO_CHARACTER else _TWO_CHARACTER) + after + _ROUNDING
            if first + (_MAX_BEFORE if i in ends else _LIST_BEFORE) <= self.threshold:
                return None
            return self._context_bound(text, i, known, titles, g2)
        stats = self.stats
        surname = pair
        prior = stats.compound[pair]
        given = stats.given
        j = i + 2
        g1 = given.get(text[j : j + 1], _RARE_ODDS)
        g2 = given.get(text[j + 1 : j + 2], _RARE_ODDS) if j + 1 < len(text) else -9.0
        if titles is not None:
            after = _MAX_AFTER if j + 1 in starts or j + 2 in starts else _VERB_AFTER
            before = _MAX_BEFORE if i in ends else _LIST_BEFORE
        bound = prior + max(g1 + _TWO_CHARACTER, g1 + g2) + after
        if text[i : j + 1] in stats.words:
            bound -= _WORD_PENALTY - _ROUNDING
        if bound + before <= self.threshold:
            return None
        return surname, prior, bound

    def _last_odds(self, text: str, i: int) -> float:
        """The odds that `_score` gives the character at `i` + 2, the second given character after a one-character
        surname at `i`: its names.tsv odds, at least LONG_NAME_ODDS where the three make a name of long_names.txt
        (任正非), -9 past the text's end. The bounds take these, so that they never fall below the score."""
        if i + 2 >= len(text):
            return -9.0
        g2 = self.stats.given.get(text[i + 2], _RARE_ODDS)
        if g2 < LONG_NAME_ODDS and text[i : i + 3] in self._long_names:
            return LONG_NAME_ODDS
        return g2

    def _context_bound(self, text: str, i: int, known: Any, titles: _Titles, g2: float) -> _Bound | None:
        """`_bound`'s second test for a one-character surname, after the first (`_fails_first_test`) passed.

        `known` is `_pair`'s answer for text[i:i + 2]; `g2` the odds of the character after it.
        The bound takes what follows each size (one given character, two) and what precedes.
        """
        third = text[i + 2 : i + 3]
        if third in _KIN_CHARACTERS and not (third in _GIVEN_KIN and text[i + 1 : i + 3] not in self.stats.words):
            # 赵七爷, 吴妈: neither size is a name (`_score`: no given name ends in a kinship character,
            # and none stands before one). Common in prose: a third of the candidates `_score` drops there.
            return None
        ends, starts = titles
        surname, prior, base, _ = known
        one = _MAX_AFTER if i + 2 in starts else _AFTER_HEAD_BONUS.get(third, 0.0)
        two = _MAX_AFTER if i + 3 in starts else _AFTER_HEAD_BONUS.get(text[i + 3 : i + 4], 0.0)
        previous = text[i - 1 : i] if i else ""
        if i in ends:
            before = _MAX_BEFORE
        elif previous and previous not in _ADDRESS and previous + surname in self.stats.words:
            before = -4.0  # exactly `_context_before`'s answer: the surname ends a word (国王)
        else:
            before = _LIST_BEFORE if previous and previous in _LIST_MARKS else 0.0
        one += _TWO_CHARACTER
        two += g2
        bound = base + (one if one >= two else two) + _ROUNDING  # (max(), without the call)
        return None if bound + before <= self.threshold else (surname, prior, bound)

    def _fails_first_test(self, text: str, i: int, known: Any, titles: _Titles) -> bool:
        """Tell whether a name cannot start at `i` for the first of `_bound`'s tests (with `titles`).

        `known` is the answer of `_pair` for text[i:i + 2], not None. The test takes the pair's
        odds, the next character's and the most a list mark before and a verb after add where no
        title is near (a title's most where one is). Every other test only drops more, so True
        means that `_bound` is None. Half the positions a surname starts fail it (张开的, 李子树).
        """
        if known is _COMPOUND:
            return False
        base: float = known[2]
        if known[3] and _is_address(text, i + 1):
            return True  # 王先生, 赵太爷: `_score` takes no name here
        ends, starts = titles
        g2 = self._last_odds(text, i)
        after = _MAX_AFTER if i + 2 in starts or i + 3 in starts else _VERB_AFTER
        bound = base + max(_TWO_CHARACTER, g2) + after + _ROUNDING
        return bound + (_MAX_BEFORE if i in ends else _LIST_BEFORE) <= self.threshold

    def _pair(self, pair: str, weak: bool | None = None) -> _Bound | object | None:
        """What `_bound` needs of a name starting with the two characters `pair`, whatever follows them.

        For a one-character surname: the surname, its odds, those odds plus the first given
        character's, less _WORD_PENALTY if the pair is a word (马上, 高兴: `_score` takes at least
        that much off every candidate here, of either size), and whether a title or kinship term
        may start after the surname (王先生). None if no name starts so; _COMPOUND if the pair is
        a compound surname (欧阳): then the pair says too little; _WEAK if the first given character
        lets a name start only after a title, unless `weak` asks for the answer after one.
        """
        stats = self.stats
        if pair in stats.compound:
            return _COMPOUND
        prior = stats.single.get(pair[:1])
        if prior is None or pair[1:] in _NEVER_GIVEN_START:
            return None  # (陈氏, 王某: `_score` takes no name here)
        odds = stats.given.get(pair[1:], _RARE_ODDS)
        if weak is None and (_GIVEN_GATE <= odds < _GIVEN_MIN or pair[:1] in stats.rare):
            return _WEAK
        base = prior + odds
        if pair in stats.words:
            base -= _WORD_PENALTY
        if base + self._most_added + _ROUNDING <= self.threshold:
            return None  # whatever follows: 他马上, 那么
        return pair[:1], prior, base, pair[1:] in _ADDRESS_HEADS

    def _best_at(
        self,
        text: str,
        i: int,
        titles: _Titles | None = None,
        bounds: tuple[_Bound | None, _Bound | object | None] | None = None,
    ) -> tuple[int, int, float] | None:
        """Return the best name starting at `i` or `i + 1` as (shift from i, length, score), or None.

        `titles` and `bounds` (`_bound` at `i` and at `i + 1`, or _ASK where not asked yet) are
        what the caller knows already.
        """
        first, second = (self._bound(text, i, titles), _ASK) if bounds is None else bounds
        best = None
        if first is not None:
            # `_candidate`, spelled out (one call fewer a candidate)
            surname, prior, limit = first
            titled = None if titles is None else i in titles[0]
            context = self._context_before(text, i, surname, titled)
            if limit + context > self.threshold:
                starts = None if titles is None else titles[1]
                best = self._score(text, i, surname, prior, context=context, starts=starts, titled=titled)
        # A better name may start on the next character (执行官丁磊: 官 is a surname too; 李王明).
        if text[i + 1 : i + 2] in self.stats.single:
            if second is _ASK:
                second = self._bound(text, i + 1, titles)
            if second is None:
                rival = None
            elif best is None:
                rival = self._candidate(text, i + 1, titles, second)  # type: ignore[arg-type]
            else:
                rival = self._rival(text, i + 1, titles, second, best.score)  # type: ignore[arg-type]
            if rival is not None and (best is None or (best.end > i + 1 and rival.score > best.score)):
                best = rival
        return None if best is None else (best.start - i, best.end - best.start, best.score)

    def _rival(self, text: str, j: int, titles: _Titles | None, bound: _Bound, score: float) -> Found | None:
        """`_candidate` at `j` (`bound`: `_bound`'s answer there), where only a name scoring above `score` counts.

        `_best_at` asks this of the next character after a name of `score` starts at j - 1 (李王明): the rival
        wins only with a higher score. Its score is at most the bound and what precedes it (`_bound`: every
        other part of `_score` only takes away) unless a title precedes it (`_stacked` makes it longer) or a
        fourth character may follow three (`_four_characters` adds that character's odds): elsewhere a
        bound no higher than `score` says at once that the rival cannot win, and none is scored. Most
        rivals of news are this (a surname character inside a name: 王建国 is no 建国 + …); None then.
        """
        surname, prior, limit = bound
        titled = None if titles is None else j in titles[0]
        context = self._context_before(text, j, surname, titled)
        if limit + context <= self.threshold:
            return None
        if (
            limit + context <= score
            and context < _MAX_BEFORE
            and self.stats.given.get(text[j + 3 : j + 4], _RARE_ODDS) < _FOURTH_MIN
        ):
            # (A rounded score no higher than `score`, itself rounded: never above it.)
            return None
        return self._score(
            text, j, surname, prior, context=context, starts=None if titles is None else titles[1], titled=titled
        )

    def _stacked(self, text: str, name: Found) -> Found | None:
        """Return the three-character `name` one character longer, if it is two stacked surnames and a given name.

        A married woman in Hong Kong (and in Taiwan, formerly) writes her husband's surname before
        her own: 林郑月娥, 叶刘淑仪, 陈冯富珍. `name` (林郑月, found after a title) must start with a
        surname that starts names (not 于 "at", not a rare one) and no word with the next, and the
        second surname and the two characters after it must make a name of their own, read with
        the title before (`_score`), that scores above `name`. Such names are written after a title
        in news (前行政长官林郑月娥, 议员叶刘淑仪), so `_score` asks only there: elsewhere two surnames
        in a row are too weak a sign.
        """
        i = name.start
        first, second = text[i], text[i + 1]
        stats = self.stats
        prior = stats.single.get(second)
        if prior is None or {first, second} & stats.rare or first in stats.standalone or first + second in stats.words:
            return None
        # It must read better than `name` does (林郑月 is weaker than 郑月娥; 张文宏 far stronger than 文宏建).
        own = self._score(text, i + 1, second, prior, sizes=(2,), floor=name.score, context=_MAX_BEFORE)
        if own is None:
            return None
        return Found(i, own.end, text[i : own.end], "person", own.score)

    def _candidate(self, text: str, i: int, titles: _Titles | None = None, bound: _Bound | None = None) -> Found | None:
        """Score the names that may start at `i`, after the cheap bounds (`bound`: `_bound`'s answer if known)."""
        if bound is None:
            bound = self._bound(text, i, titles)
            if bound is None:
                return None
        surname, prior, limit = bound
        titled = None if titles is None else i in titles[0]
        context = self._context_before(text, i, surname, titled)
        if limit + context <= self.threshold:
            return None
        return self._score(
            text, i, surname, prior, context=context, starts=None if titles is None else titles[1], titled=titled
        )

    def _context_before(self, text: str, i: int, surname: str, titled: bool | None = None) -> float:
        """What the text before offset `i` says for a name starting there with `surname` (log-odds).

        `titled` tells whether a title of TITLES_BEFORE ends at `i`, where the caller knows it
        (`_title_positions`); else it is looked for here.
        """
        words = self.stats.words
        before = text[max(0, i - 3) : i]
        # A title that ends right before it: then a word of the title's last character and the
        # surname is no evidence (董事长方洪波 is not 长方 "oblong"; 院长江泽民), a longer word is (董事长).
        if titled is None:
            titled = _title_before(text, i)
        if before and (
            (not titled and before[-1:] + surname in words)
            or before[-2:] + surname in words
            or before + surname in words
        ):
            # The surname would end a word (国王, 董事长): the character belongs to what precedes,
            # unless it is an address (老王, 小李).
            if before[-1:] in _ADDRESS:
                return 0.0
            # A word of two characters that opens the clause: its first character has nothing before it to
            # belong to (霸王茶姬, 帝王蟹), as 美 of 美国王毅 has.
            opens = i == 1 or text[i - 2] in _CLAUSE_STARTS
            return _OPENING_WORD if opens and before[-1:] + surname in words else -4.0
        return _MAX_BEFORE if titled else _list_bonus(text, i)

    def _score(
        self,
        text: str,
        i: int,
        surname: str,
        prior: float,
        sizes: tuple[int, ...] = (2, 1),
        floor: float | None = None,
        context: float | None = None,
        starts: AbstractSet[int] | None = None,
        titled: bool | None = None,
    ) -> Found | None:
        """Score the candidates that start with `surname` at `i` (given names of `sizes` characters).

        Return the best if it scores above `floor` (the threshold unless given), else None.
        `context` is `_context_before`'s answer when the caller has it already; `starts`, where
        the titles of TITLES_AFTER start in `text` (`_title_positions`): a candidate that no
        title follows gains at most _VERB_AFTER from what follows, and is dropped sooner. `titled` tells
        whether what precedes `i` counts as a title (`_title_before` is asked if None).
        """
        stats = self.stats
        words = stats.words
        given_odds = stats.given
        given_words = self._given_words
        before = text[max(0, i - 3) : i]
        if context is None:
            context = self._context_before(text, i, surname)
        s = len(surname)
        head = text[i + s : i + s + 1]
        if (head in _ADDRESS_HEADS and _is_address(text, i + s)) or head in _NEVER_GIVEN_START:
            return None  # a surname and a title or kinship term: 王先生, 赵太爷, 方太太
        if text[i] in _TITLE_TAILS and _title_before(text, i + 1):
            return None  # the last character of a title (行政长官岑浩辉, 执行官丁磊): the name starts after it
        # (`head` is text[i + 1] where the surname is one character)
        weak = s == 1 and (_GIVEN_GATE <= given_odds.get(head, _RARE_ODDS) < _GIVEN_MIN or surname in stats.rare)
        if weak and not (_title_before(text, i) if titled is None else titled):
            return None  # (`_WEAK`) 这张一百元, 王一样, 学习近来; but 创始人张一鸣, 主席习近平
        # The best name so far as its end, surface and score (a `Found` is made for the one returned only).
        best_end = 0
        best_name = ""
        best_score = self.threshold if floor is None else floor
        in_brand_list: bool | None = None
        single = stats.single
        nouns = self._nouns
        translit_surname = text[i] in _TRANSLIT_CHARS  # (`_inside_transliteration`'s first test: it depends on i alone)
        # Whether a place or organisation named after a two-character given name holds it, and so no
        # shorter name is read (周恩 + 来 of 周恩来纪念馆: `_org_after_given`, asked of a one-character given
        # name only once it may score enough; 孙冶 + 方 of 孙冶方经济科学奖: `_place_word_follows`).
        named_after = False
        org_asked = 2 not in sizes
        word_before: bool | None = None
        sold = False
        for size in sizes:
            e = i + s + size
            given = text[i + s : e]
            if len(given) < size or ((named_after or sold) and size == 1):
                continue
            if given[-1] in _NEVER_GIVEN_END:
                continue  # 冉傑曰 of 禹冉傑曰 is 冉傑 + 曰 ("said"), never a given name 傑曰
            if (
                given[-1] in _KIN_CHARACTERS
                and not (size == 2 and given[-1] in _GIVEN_KIN and given not in words and context >= _MAX_BEFORE)
            ) or (size == 1 and text[e : e + 1] in _KIN_CHARACTERS):
                continue  # 王九妈, 吴妈, 赵家, 陈氏; 赵七 of 赵七爷; but 董事长魏哲家 (not 仲密家, 张大家)
            if given in _AFTER and (size > 1 or context < _MAX_BEFORE) and not self._adverb_given(context, e, text):
                # The given name would be what follows a name: 邹市明宣布 is no 明 + 宣布; 布小林曾在 no 林 + 曾.
                # A one-character one only where no title is before it (作家于坚: a name is expected there).
                continue
            if size > 1 and given[-1] in _NAME_LIST_MARKS and text[e : e + 1] in single:
                continue  # a list mark and the next name: 夏侯惇与曹操 is 夏侯惇 + 与 + 曹操
            # Sizes 1 and 2 (nearly every call) spelled out: the same sums as the general case, fewer calls.
            known_long = False
            if size == 2:
                if not (_CJK_CHAR[given[0]] and _CJK_CHAR[given[1]]):
                    continue
                last = given_odds.get(given[1], _RARE_ODDS)
                if last < LONG_NAME_ODDS and surname + given in self._long_names:
                    # A name the dictionary knows, whose last character is seldom a given name's: 刘永好旗下
                    # is 刘永好, not 刘永 + 好; 林徽因和 not 林徽 + 因和; 任正非很少 (the bounds take it too:
                    # `_last_odds`).
                    last = LONG_NAME_ODDS
                    known_long = True
                score = (
                    prior
                    + context
                    + (given_odds.get(given[0], _RARE_ODDS) + last)
                    + given_words.get(given, 0.0)  # a common word as a given name: 金 + 承诺 (资金承诺)
                )
            elif size == 1:
                if not _CJK_CHAR[given]:
                    continue
                score = prior + context + given_odds.get(given, _RARE_ODDS) + _TWO_CHARACTER
            else:
                if not all(map(_CJK_CHAR.__getitem__, given)):
                    continue
                score = prior + context + sum(given_odds.get(c, _RARE_ODDS) for c in given)
            name = surname + given
            # The most the rest can add: what follows (every other step takes away, the word penalties
            # below too: most one-character given names are dropped here, before any word is looked up).
            cap = _MAX_AFTER if starts is None or e in starts else _AFTER_HEAD_BONUS.get(text[e : e + 1], 0.0)
            if score + cap <= best_score:
                continue
            if name in words:
                # a word (黄金, 马上) or a place (王府井)
                score -= _WORD_PENALTY if name in stats.proper else 2 * _WORD_PENALTY
            elif size == 2 and (surname + given[0]) in words:
                score -= _WORD_PENALTY
            if score + cap <= best_score:
                continue
            if size == 1 and not org_asked:
                # Asked only here (every test above is pure, and drops as it would have): most candidates are spared it.
                org_asked = True
                if self._org_after_given(text, i + s, words):
                    named_after = True
                    continue
            # (Only with text before it: at the start of a line, before[-1:] + name is the name itself.)
            if before:
                if word_before is None:  # a word of what precedes and the name's first two characters: either size
                    word_before = before[-1:] + name[:2] in words or before[-2:] + name[:2] in words
                if word_before or (len(name) > 2 and before[-1:] + name in words):
                    score -= 4.0  # inside a word that starts before it: 俄罗斯
            after = text[e : e + 4]
            if after and (name + after[:1] in words or name + after[:2] in words):
                score -= 5.0  # inside a longer word: 王府井, 李子树
            if (
                after
                and (given[-1] + after[:1] in words or given[-1] + after[:2] in words)
                and not (size > 1 and self._next_word_wins(given[-1], after))
                and not self._context_word_wins(given[-1], after)
            ):
                score -= 2.5  # the last character starts the next word: 雷军表示 read as 雷军表 + 示
            if score + cap <= best_score:
                continue
            if (
                size > 1
                and not known_long
                and given[-1] in _AFTER_HEADS
                and _starts_context(given[-1] + after)
                and not (context >= _MAX_BEFORE and self._verb_before_context(given[-1], after))
                and not _context_repeats(given[-1] + after)
            ):
                score -= 2.5  # the last character starts what follows a name: 郎平曾 is 郎平 + 曾
            if size > 1 and given[-1] in _FRAME_HEADS and _invitation().match(text, e - 1):
                score -= 2.5  # it opens "at X's invitation": 雷军应 of 雷军应求伯君之邀 is 雷军 + 应…之邀
            # What follows the name, each rule's first test spelled out here on the characters read once
            # (`head`, `second`, `third`): most names fail them all, and the rule itself is asked only where one
            # passes. Each answers as the rule does (tests/test_unknown_score.py holds them to it).
            head, second, third = after[:1], after[1:2], after[2:3]
            if given[-1] in _BODY_ENDS or (
                head in _BODY_ENDS and after[:2] not in words and not _starts_context(after)
            ):
                score += _ORG_RIGHT_AFTER  # a body's short name: 卫健委 (卫 + 健委, or 卫健 + 委), 林草局
            if head in _FRAME_HEADS and _invitation().match(text, e):
                score += _VERB_AFTER  # "at X's invitation" follows a person as a verb does (王毅受布林肯邀请)
            elif head in _AFTER_HEADS or not _FINDER_ORG_HEADS.isdisjoint(given + head):
                score += _after_bonus(given, after)
            elif head in _CLOSERS:
                score += _CLOSER_AFTER  # (`_after_bonus`: no organisation word and no word of _AFTER starts there)
            if second in _FINDER_ORG_HEADS and self._brand_goes_on(text, e):
                score -= 6.0  # the name of an organisation goes on past it: 申万宏 of 申万宏源证券, 李锦 of 李锦记集团
            if (
                score > best_score
                and size == 2
                and (third in _PLACE_WORD_LASTS or second in _PLACE_WORD_LASTS)
                and self._place_word_at(text, e - 1) is not None
            ):
                continue  # its last character starts a word for a place (王丽医 + 学院 of 王丽医学院毕业: 医学院)
            if (
                score > best_score
                and (after[3:4] in _PLACE_WORD_LASTS or third in _PLACE_WORD_LASTS or after[:2] in nouns)
                and self._place_word_follows(text, e)
            ):
                # a place or institution named after it: 冼星海 + 音乐学院, 杨凌 + 示范区; it holds the whole name,
                # so no shorter one is read there (孙冶 of 孙冶方 + 经济科学奖)
                named_after = named_after or size == 2
                continue
            if score <= best_score:
                continue  # what follows only takes away
            if size == 1 and self._name_goes_on(after):
                score -= _GOES_ON  # the next character stands in no word but the name's: 李发 + 彬以 is 李发彬 + 以
            if size == 1 and context >= _MAX_BEFORE and self._verb_before_context(head, after[1:]):
                score -= _VERB_AFTER  # no verb after it: 程一 + 笑兼任 is 程一笑 + 兼任, 于东 + 来在 is 于东来 + 在
            if (head in _TITLE_HEADS or second in _TITLE_HEADS) and self._title_opens_next_name(text, e):
                # ORGANISATION + title + NAME (奇安信董事长齐向东): the title is the next name's, and
                # what precedes it the organisation's name. Takes back the title's bonus, and as much again.
                score -= 2 * _MAX_AFTER
            if size == 2 and surname in stats.standalone and given in words:
                score -= _WORD_PENALTY  # a preposition or pronoun before a word: 于温州 is 于 + 温州 (往返于温州)
            if score <= best_score:
                continue
            if in_brand_list is None:  # the same for both sizes: asked once
                in_brand_list = self._in_brand_list(text, i)
            if in_brand_list:
                score -= 6.0  # a list of brands or shops: 周大福、张小泉和王老吉; 张小泉剪刀和王致和腐乳
                if score <= best_score:
                    continue
            if (translit_surname and self._inside_transliteration(text, i, e)) or (
                context < _MAX_BEFORE and self._inside_foreign_word(text, i, e)
            ):
                continue  # a surname inside a foreign word written in Chinese: 林宫 of 克里姆林宫, 鲁塞尔 of 布鲁塞尔
            if size == 2:
                # `_word_then_name`: its first statement here (see `_reads_far`), and its two look-ups spelled out.
                self._reads.far = True
                if (
                    given[1] in single
                    and text[i + s - 1 : i + s + 1] in words
                    and self._word_then_name(text, i + s, given, score)
                ):
                    continue  # a word (王子 "prince") and then a better name: 体操王子李宁 is 王子 + 李宁, not 王子李
            # `_names_a_business`: its first statement here (see `_reads_far`), and the rule asked only where a
            # character of a shop, 的 or what `_business_predicate` reads follows or ends the name.
            self._reads.far = True
            if (
                (
                    given[-1] in _SHOP_ENDINGS
                    or given in _SHOP_GIVEN
                    or head in _BUSINESS_HEADS
                    or second in _BUSINESS_SECONDS
                )
                and self._names_a_business(text, e, given)
                # A title before the name makes it a person's, goods after 的 or not: 店主王芳的饮料 are hers.
                and not (head == "的" and (_title_before(text, i) if titled is None else titled))
            ):
                # an old shop named after a person, however name-like: 胡庆余堂, 蔡林记; 谢馥春是老牌化妆品.
                # A brand that sells goods holds no shorter name either (王致和的腐乳 is no 王致 + 和).
                sold = size == 2 and head == "的"
                continue
            if score > best_score:
                best_score = score
                best_end = e
                best_name = name
        if not best_end:
            return None
        best = Found(i, best_end, best_name, "person", round(best_score, 2))
        if sizes == (2, 1) and best_end - i == 3 and s == 1:
            if context >= _MAX_BEFORE and text[i + 1] in single:
                return self._stacked(text, best) or self._four_characters(text, best) or best
            if given_odds.get(text[best_end : best_end + 1], _RARE_ODDS) < _FOURTH_MIN:
                return best  # (`_four_characters`' first test, without the call: nearly always)
            return self._four_characters(text, best) or best
        return best

    @staticmethod
    def _org_after_given(text: str, j: int, words: AbstractSet[str]) -> bool:
        """Tell whether an organisation word right after a two-character given name starting at `j` holds the name.

        周恩来纪念馆: an organisation word right after a two-character given name holds the whole name, so no
        shorter name (周恩 + 来) is read there. A word of three characters or more says so; one of two only
        where the last character is no verb after a shorter name (苏林对中国 is 苏林 + 对), and one of one
        character says too little (王晓从市交通委获悉 is 王晓 + 从). `_score` asks it before a one-character given name.
        """
        end = _org_word_end(text, j + 2)
        return (
            end >= 0
            # 的 ends no given name: 店主王芳的饮料 is 王芳's drinks, not a brand 王芳的 holding the name.
            and text[j + 1 : j + 2] != "的"
            and (end - j - 2 > 2 or (end - j - 2 == 2 and not _starts_context(text[j + 1 : j + 5])))
            and not _starts_context(text[j + 2 : j + 6])
            # The given name's last character starts a word that ends in it (王丽 + 医学院, 张伟 + 音乐学院):
            # the organisation word is that word's.
            and text[j + 1 : end] not in words
        )

    def _four_characters(self, text: str, name: Found) -> Found | None:
        """Return the three-character `name` one character longer, if strong evidence says it goes on.

        Four-character names (易烊千玺, and 林郑月娥: a husband's surname before a woman's own) are
        rare, so every sign must agree: the next character is much likelier in a given name than in
        running text (odds of _FOURTH_MIN or more: 玺 3.5), is nothing that follows a name (a verb,
        a title, punctuation) and starts no word with the character after it, and after it comes a
        verb or title (主演, 表示; a list mark says too little: 汤臣倍健和); the name so far is
        no word. Else None.
        """
        e = name.end
        head = text[e : e + 1]
        odds = self.stats.given.get(head, _RARE_ODDS)
        if (
            odds < _FOURTH_MIN
            or not head
            or not _CJK_CHAR[head]
            or head in _AFTER_HEAD_BONUS
            or head in _NOT_FOURTH
            or text[e : e + 2] in self.stats.words
            or name.surface + head in self.stats.words
        ):
            return None
        after = text[e + 1 : e + 5]
        if after[:1] in _LIST_MARKS or _unsaid(after):
            return None
        bonus = next((_AFTER[after[:size]] for size in _AFTER_SIZES if after[:size] in _AFTER), 0.0)
        if bonus < _VERB_AFTER:
            return None
        return Found(name.start, e + 1, name.surface + head, "person", round(name.score + odds + bonus, 2))

    def _brand_goes_on(self, text: str, e: int) -> bool:
        """Tell whether one more name character and an organisation word follow a name ending at `e` (源证券, 记集团).

        `_after_bonus` looks for an organisation word that starts in the name or right after it;
        a name cut one character short of it is part of the organisation's name too. A character
        that reads as what follows a name (王明说公司, 李明和公司) or that no name holds (王明的公司),
        keeps the name apart; so does 毕业 after a dictionary word of the character and the organisation
        word: the school a person graduated from (王丽 + 医学院毕业). `e` is where the name ends in `text`.
        """
        head = text[e : e + 1]
        if not head or head in _AFTER or head in _CLOSERS or self.stats.given.get(head, _RARE_ODDS) < _GIVEN_MIN:
            return False
        if text[e + 1 : e + 2] not in _FINDER_ORG_HEADS:
            return False  # nearly always: no organisation word starts there (one look-up)
        end = _org_word_end(text, e + 1)
        if end < 0:
            return False
        # Not where the character and the organisation word make the word for a school the person graduated
        # from (王丽 + 医学院毕业).
        return text[e:end] not in self.stats.words or not self._graduated_at(text, end)

    @_reads_far
    def _graduated_at(self, text: str, k: int) -> bool:
        """Tell whether `text` at `k`, after a school's name, says a person graduated from it (`_graduated`)."""
        self._reads.far = True  # (see `_reads_far`)
        return _graduated(text[k : k + 3])

    @_reads_far
    def _title_opens_next_name(self, text: str, e: int) -> bool:
        """Tell whether `text` at `e` starts with a title written before names (董事长, 主席) and then a surname.

        Also one character on (金龙鱼董事长穆彦魁: 金龙, then 鱼董事长穆), as an organisation's name
        may run one character past a name-like string; not where that character is what follows a
        name (王明在董事长…), punctuation or 的, which no organisation's name holds (杨振宁的夫人翁帆).
        """
        self._reads.far = True  # (see `_reads_far`)
        after = text[e : e + 2 + _BEFORE_LONGEST]
        head = after[:1]
        if head not in _TITLE_HEADS:
            if head in _AFTER or head in _CLOSERS or head == "的" or after[1:2] not in _TITLE_HEADS:
                return False  # (的 ends what it follows: 杨振宁的夫人翁帆 is a name, the title's owner)
            after = after[1:]
        single, compound = self.stats.single, self.stats.compound
        for size in _BEFORE_SIZES:
            if size > 1 and after[:size] in _BEFORE:
                rest = after[size : size + 2]
                return rest[:1] in single or rest in compound
        return False

    @_reads_far
    def _in_brand_list(self, text: str, i: int) -> bool:
        """Tell whether the name-like string at `i` is in an item of a list (、, 和) whose other items are brands.

        The item holding it runs from the list mark or punctuation before it to the one after it
        (`_item_start`, `_item_end`). Items are walked from there outwards, over 、 and the list
        words of _LIST_MARKS, as far as _LIST_REACH items each way. An item is a brand
        (`_is_brand_item`) when it is a dictionary word that looks like a name (王老吉: three
        characters or more, starting with a surname) or a place or organisation word of the
        dictionary standing alone, or a name-like string and an organisation or product word
        (张小泉剪刀, 周生生门店). Persons listed together (马龙和樊振东) are none of these.
        """
        self._reads.far = True  # (see `_reads_far`)
        if not self._list_marks(text, max(0, i - _ITEM_LONGEST), i + 2 * _ITEM_LONGEST):
            return False  # nearly always
        # Each name of a list reads the items of the others again (马龙、樊振东和王楚钦): an item's answer
        # depends on its text alone, and is remembered.
        brands = self._brand_items
        if len(brands) > _MEMO_SIZE:
            brands.clear()
        # (`_item_end` and `_item_start` spelled out: their patterns' calls, without two calls around each)
        n = len(text)
        item_end = _item_end_re().search
        item_start = _item_start_re().match
        mark = item_end(text, i, i + _ITEM_LONGEST)
        at = min(n, i + _ITEM_LONGEST) if mark is None else mark.start()
        for _ in range(_LIST_REACH):
            if text[at : at + 1] not in _LIST_MARKS:
                break
            start = at + 1
            mark = item_end(text, start, start + _ITEM_LONGEST)
            end = min(n, start + _ITEM_LONGEST) if mark is None else mark.start()
            item = text[start:end]
            brand = brands.get(item)
            if brand is None:
                brand = brands[item] = self._is_brand_item(item)
            if brand:
                return True
            at = end
        lo = max(0, i - _ITEM_LONGEST)
        last = item_start(text, lo, i)
        at = lo if last is None else last.end()
        for _ in range(_LIST_REACH):
            if not at or text[at - 1] not in _LIST_MARKS:
                break
            end = at - 1
            lo = max(0, end - _ITEM_LONGEST)
            last = item_start(text, lo, end)
            start = lo if last is None else last.end()
            item = text[start:end]
            brand = brands.get(item)
            if brand is None:
                brand = brands[item] = self._is_brand_item(item)
            if brand:
                return True
            at = start
        return False

    def _is_brand_item(self, item: str) -> bool:
        """Tell whether a list item (`_in_brand_list`) names a brand, a shop or a place rather than a person."""
        words = self.stats.words
        if not item or item in _BEFORE:
            return False  # a title names a person's office, never a brand: 撒贝宁和董事长和泰国客户 (董 a surname)
        head = item[:1] in self.stats.single or item[:2] in self.stats.compound
        for size in (4, 3, 2):
            word = item[:size]
            if len(word) < size or word not in words or (size == 2 and word not in self.stats.proper):
                continue
            if (head or word in self.stats.proper) and _ends_item(item[size:]):
                return True  # 王老吉 (都是 …), 温州
        if head:
            for k in (2, 3, 4):
                for size in _FINDER_ORG_SIZES:
                    if size > 1 and item[k : k + size] in _FINDER_ORG:
                        return True  # 张小泉剪刀, 周生生门店(客流)
        return False

    def _inside_transliteration(self, text: str, i: int, e: int) -> bool:
        """Tell whether the name-like string text[i:e] is part of a longer foreign word written in Chinese.

        Transliteration characters (_TRANSLIT) run on past it: three or more right before its
        surname (克里姆 + 林宫 of 克里姆林宫), or, around a string of them, two or more in all
        (吉尔吉 + 斯斯坦; 吉尔 + 吉斯斯 + 坦); and the characters it would leave behind are no dictionary
        word of their own (阿里巴巴, 马来西亚, 西安 and 丹麦 are words: the names beside them stay).
        Asked only of a candidate that would pass.
        """
        if text[i] not in _TRANSLIT_CHARS:
            return False  # most surnames (王, 李, 张): both tests below need it
        words = self.stats.words
        left = 0
        while left < 3 and i > left and text[i - left - 1] in _TRANSLIT_CHARS:
            left += 1
        if left and any(text[i - size : i] in words for size in range(2, left + 2) if size <= i):
            return False  # 阿里巴巴 + 马云, 西安 + 马丽
        if left == 3:
            return True
        if not _TRANSLIT_CHARS.issuperset(text[i:e]):
            return False
        right = 0
        while right < 3 and e + right < len(text) and text[e + right] in _TRANSLIT_CHARS:
            right += 1
        if left + right < 2:
            return False
        return not any(text[e : e + size] in words for size in range(2, right + 2))

    def _inside_foreign_word(self, text: str, i: int, e: int) -> bool:
        """Tell whether the name-like string text[i:e] goes on a transliterated word that starts before it.

        One to three characters right before it are transliteration characters (translit_odds.tsv, at
        least TRANSLIT_INSIDE: not 神 of 股神巴菲特) that end no word (阿里巴巴 + 马云, 影星 + 巩俐 stay), and
        the whole, from them to its end, reads as a transliteration: its characters' odds average
        TRANSLIT_MEAN, its own at least TRANSLIT_INSIDE (布 + 鲁塞尔 of 布鲁塞尔, 姆 + 巴佩正, 土默特 + 左旗;
        not 坡 + 李显龙 of 新加坡李显龙).
        Asked only of a candidate that would pass and has no title before it (球星 + 梅西).
        """
        odds = self._translit
        left = i
        while left > max(0, i - 3) and odds.get(text[left - 1], 0.0) >= TRANSLIT_INSIDE:
            left -= 1
        if left == i:
            return False  # nearly always: one look-up
        words = self.stats.words
        if any(text[k:i] in words for k in range(max(0, i - 4), i - 1)):
            return False  # a word ends before it (阿里巴巴 + 马云, 影星 + 巩俐): the name starts afresh
        own = sum(odds.get(c, 0.0) for c in text[i:e])
        whole = own + sum(odds[c] for c in text[left:i])
        return own >= TRANSLIT_INSIDE * (e - i) and whole >= TRANSLIT_MEAN * (e - left)

    @_reads_far
    def _word_then_name(self, text: str, j: int, given: str, score: float) -> bool:
        """Tell whether a better name starts on the last character of the two-character `given` (at `j`).

        The surname and the first given character make a word (王子 "prince", 天王) that is a title
        of the name after it: 体操王子李宁 is 王子 + 李宁. Asked only of a candidate that would pass
        with `score`, whose surname and first given character are a dictionary word.
        """
        self._reads.far = True  # (see `_reads_far`)
        surname = given[1]
        prior = self.stats.single.get(surname)
        if prior is None or text[j - 1 : j + 1] not in self.stats.words:
            return False
        rival = self._score(text, j + 1, surname, prior, floor=score)
        return rival is not None

    def _place_word_follows(self, text: str, e: int) -> bool:
        """Tell whether a word for a kind of place or institution follows a name-like string that ends at `e`,
        directly or after one or two nouns: the string names the place (冼星海音乐学院, 杨凌示范区, 陈嘉庚科学奖;
        孙冶方 + 经济 + 科学奖, 霍英东 + 体育 + 中心, 华罗庚 + 数学 + 奖, 潘家园 + 古玩 + 市场).

        Right after the string, the word is a dictionary word of three or four characters (`_place_word_at`);
        after nouns (noun_words.txt: 经济, 体育; not a verb, as in 来到医院, 考上大学), such a word or one of
        NAMED_AFTER_HEADS (中心, 奖, 纪念馆: a bare head right after the string is `_after_bonus`'s). Not where
        the school is what a person graduated from (张伟 + 音乐学院毕业: _GRADUATED).
        """
        end = self._place_word_at(text, e)
        if end is None and text[e : e + 2] not in self._nouns:
            return False  # nearly always: a few look-ups within the window
        return self._named_place_follows(text, e, end)

    @_reads_far
    def _named_place_follows(self, text: str, e: int, end: int | None) -> bool:
        """`_place_word_follows` past the window: the nouns and the word for a place after them, and _GRADUATED.

        `end` is where the word for a place right after the name ends (`_place_word_at`), if one does.
        """
        self._reads.far = True  # (see `_reads_far`)
        k = e
        while end is None and k - e < 2 * _NOUNS_BETWEEN and text[k : k + 2] in self._nouns:
            k += 2
            end = self._place_word_at(text, k)
            if end is None:
                end = next((k + size for size in _NAMED_PLACE_SIZES if text[k : k + size] in _NAMED_PLACE_HEADS), None)
                if end is not None and text[end - 1 : end + 1] in self.stats.words:
                    end = None  # the head starts a longer word: 奖 of 奖金, 中心 of 中心城 (经济 + 奖金)
        return end is not None and not _graduated(text[end : end + 3])

    def _place_word_at(self, text: str, k: int) -> int | None:
        """Where a dictionary word of three or four characters that names a kind of place or institution, starting
        at `k`, ends; None if none starts there.

        The word ends in an organisation word of two characters or more of FINDER_ORG_WORDS (音乐学院, 航天中心)
        or in one of _AREA_HEADS (示范区, 开发区, 科学奖); a verb and its object (来到医院, 考上大学) are seldom
        dictionary words, and the idioms that end in 路 or 桥 (走投无路, 过河拆桥) end in none of these.
        """
        # (Sizes 4 and 3 spelled out: a loop over them cost as much as the look-ups, asked twice a candidate.)
        if text[k + 3 : k + 4] in _PLACE_WORD_LASTS:  # else no such word ends there (one look-up: nearly always)
            word = text[k : k + 4]
            if (
                len(word) == 4
                and word in self.stats.words
                and (word[3] in _AREA_HEADS or word[2:] in _FINDER_ORG or word[1:] in _FINDER_ORG)
            ):
                return k + 4
        if text[k + 2 : k + 3] in _PLACE_WORD_LASTS:
            word = text[k : k + 3]
            if len(word) == 3 and word in self.stats.words and (word[2] in _AREA_HEADS or word[1:] in _FINDER_ORG):
                return k + 3
        return None

    def _next_word_wins(self, last: str, after: str) -> bool:
        """Tell whether the words after a name's `last` character read better on their own than with it.

        `last` and the start of `after` make a word (后生 of 宗庆后生前, 平生 of 袁隆平生前), but so do the
        first two characters of `after` (生前), and jieba counts those more often (word_counts.tsv): the
        name keeps its last character. Not where `last` and two characters of `after` make a word, nor where
        `last` is seldom a given name's (names.tsv odds below _LAST_KEPT_MIN: 作, 为).
        """
        pair = last + after[:1]
        if last + after[:2] in self.stats.words or pair not in self.stats.words or after[:2] not in self.stats.words:
            return False
        if self.stats.given.get(last, _RARE_ODDS) < _LAST_KEPT_MIN:
            return False  # a character that names seldom end in is a word of its own (张军 + 作工作报告)
        from zhgloss.segment import bundled_counts

        counts = bundled_counts()
        return counts.get(after[:2]) > counts.get(pair)

    def _context_word_wins(self, last: str, after: str) -> bool:
        """Tell whether a one-character word that follows names starts `after`, rather than a word with `last`.

        A name's last character and the next one may make a word (强将 "able general" of 总理李强将出席, 白说 of
        李白说, 明说 of 王明说), where the next one is a word that follows names on its own (将 "will", 说, 在:
        VERBS_AFTER) and jieba counts it alone far more often (将 122,305 times, 强将 37): the name ends before
        it, as 李强 + 将 + 出席, where another word that follows names (出席, 于) or punctuation comes next. Not where
        `last` and two characters of `after` make a word (强将手), nor before anything else: 名将 of 唐代名将尉迟恭,
        分获 of 宋佳与海清分获最佳 are the words there, not 唐代名 + 将 or 海清分 + 获.
        """
        head = after[:1]
        if _AFTER.get(head) is None or head in _QUOTE_VERBS or last + after[:2] in self.stats.words:
            return False  # (道 and 曰 have their own rule, `_unsaid`: 孔子曰 is no 孔子 + 曰)
        if not (after[1:2] in _CLOSERS or _starts_context(after[1:])):
            return False
        from zhgloss.segment import bundled_counts

        counts = bundled_counts()
        return counts.get(head) > _CONTEXT_WORD_ODDS * counts.get(last + head)

    def _name_goes_on(self, after: str) -> bool:
        """Tell whether the character that starts `after`, what follows a two-character name, is a third one of it.

        It is, when it is seldom a word of its own (jieba's count of it alone below FREE_CHARACTER: 彬, 稚,
        玺, 宁 are bound to the characters around them; 在, 说, 曾, 获 are words), starts no word with
        the character after it, and is no verb or title that follows names (VERBS_AFTER, TITLES_AFTER).
        """
        head = after[:1]
        if not head or not _CJK_CHAR[head] or _starts_context(after) or after[:2] in self.stats.words:
            return False
        free = self._free.get(head)
        if free is None:
            from zhgloss.segment import bundled_counts

            free = self._free[head] = bundled_counts().get(head) >= FREE_CHARACTER
        return not free

    @staticmethod
    def _adverb_given(context: float, e: int, text: str) -> bool:
        """Tell whether a given name that reads as what follows a name (an adverb of VERBS_AFTER: 依然, 刚刚) is one.

        It is where a title stands before the name (`context`, _MAX_BEFORE) and what follows it, from `e` in
        `text`, is what follows a name in its turn (`_starts_context`: 演员周依然和王一博, 学生张依然获得了): the
        adverb would leave the surname alone, which a title does not name. Elsewhere it is the adverb (小张依然在).
        """
        return context >= _MAX_BEFORE and _starts_context(text[e : e + 4])

    def _verb_before_context(self, verb: str, rest: str) -> bool:
        """Tell whether `verb` (one character) is a name's last character rather than a verb after the name.

        A verb of motion or laughter (_NO_PREDICATE_AFTER: 来, 去, 笑, 叹) takes no verb or adverb
        right after it: in 于东来在直播中 and 程一笑兼任 the character is the name's, as what follows
        it (`rest`) is what follows a name (`_starts_context`), and the two make no word (来到,
        笑道 are words: 王明来到北京 is 王明 + 来到). `_score` asks only after a title, where a name is
        expected: elsewhere the character ends a word more often (王胡本来还可留: 本来 "originally").
        """
        return verb in _NO_PREDICATE_AFTER and _starts_context(rest) and verb + rest[:1] not in self.stats.words

    @_reads_far
    def _names_a_business(self, text: str, e: int, given: str) -> bool:
        """Tell whether the name-like string ending at `e` (its given name `given`) names a shop or a brand.

        Old shops and brands are named after people, and often with no product word beside them
        (ORG_SUFFIXES catches 张小泉剪刀): a shop's name ends in a character of the trade (蔡林记,
        何洪记: _SHOP_ENDINGS), or such a character follows the name (胡庆余堂, 荣宝斋, 陶陶居:
        _SHOP_CHARACTERS), or follows one more character of it (胡庆 of 胡庆余堂), unless it starts a
        word there (李明阁下, 王军记得, 王明号召); or the name, alone or in a list, is the subject of
        是 whose complement ends in a business word (孔凤春和谢馥春是江南的老牌化妆品; `_business_predicate`).
        Asked only of a candidate that would pass, so it costs nothing on most text.
        """
        self._reads.far = True  # (see `_reads_far`)
        if given[-1:] in _SHOP_ENDINGS or given in _SHOP_GIVEN:
            return True
        head = text[e : e + 1]
        if head == "的":
            return self._sells(text, e + 1)
        if head in _SHOP_CHARACTERS and text[e : e + 2] not in self.stats.words:
            return True
        if head in _PREDICATE_HEADS:
            return _business_predicate(text, e, self.stats.words)
        # One character on (most names: two set look-ups): a shop's character, or 是 and the rest,
        # after one more character of the name (胡庆 + 余堂) or of the brand's (雷允 + 上、叶开泰 …是中药老字号).
        following = text[e + 1 : e + 2]
        if following in _SHOP_CHARACTERS:
            return self._may_go_on(head) and text[e + 1 : e + 3] not in self.stats.words
        return (
            following in _PREDICATE_HEADS
            and _CJK_CHAR[head]
            and head not in _AFTER
            and _business_predicate(text, e + 1, self.stats.words)
        )

    def _sells(self, text: str, k: int) -> bool:
        """Tell whether a product word of PRODUCT_WORDS starts at `k` (after 的), or after one word of two characters
        there (的 + 保暖 + 内衣): what follows the name and 的 is goods that it sells (王致和的腐乳, 张小泉的刀具).
        Goods a person owns or wears (BELONGINGS: 鞋子, 内衣, 首饰) are sold only where the rest of the clause
        speaks of trade (`_speaks_of_trade`): else they are the person's (王芳的鞋子放在门口)."""
        for at in (k, k + 2):
            if at > k and text[k:at] not in self.stats.words:
                return False
            for size in _PRODUCT_SIZES:
                product = text[at : at + size]
                if product in _PRODUCTS:
                    # Belongings are a person's, unless the clause speaks of trade (王芳的鞋子放在门口; 俞兆林的
                    # 保暖内衣销量上涨, 张小泉的剪刀在电商平台卖得很好).
                    return product not in _BELONGINGS or _speaks_of_trade(text, at + size)
        return False

    def _may_go_on(self, head: str) -> bool:
        """Tell whether the character `head` after a name-like string may be one more of it (余 of 胡庆余堂)."""
        return not (head in _AFTER or head in _CLOSERS or self.stats.given.get(head, _RARE_ODDS) < _GIVEN_MIN)

    def _foreign(self, text: str, ends: AbstractSet[int] = frozenset(), simple: str | None = None) -> list[Found]:
        """The names written with a middle dot (埃隆·马斯克): transliteration characters on both sides of it.

        The middle dot is strong evidence, so the name also takes up to three characters of given
        names before it where they reach a title, the start of a clause or a verb of appointment (`ends`: where the
        titles of `_title_positions` end; 主席雪克来提·扎克尔; 任命雪克来提·扎克尔: _APPOINTING), and one after it
        where a name clearly ends right after that (阿沛·阿旺晋美是: punctuation, 的, a verb or title that follows
        names).
        A part that the transliteration tables lack a character of (更 of 艾力更·依明, 吐 of
        艾尔肯·吐尼亚孜, 优 of 马拉拉·优素福扎伊: Uyghur and Arabic names) is read by `_dotted_start` and
        `_dotted_part`. `simple` is `text` simplified (worked out here if None): offsets are the same.
        """
        simple = _simplified(text) if simple is None else simple
        out = []
        done = 0
        for dot in _separator_re().finditer(simple):
            at = dot.start()
            if at < done:
                continue
            start = self._dotted_start(simple, done, at, ends)
            end = None if start is None else self._dotted_end(simple, at)
            if start is None or end is None or self._names_an_organisation(simple, end):
                continue
            rest = simple[end + 1 : end + 5]
            if self._may_hold(simple[end : end + 1], simple[end:]) and (
                not rest or rest[:1] in _CLOSERS or rest[:1] == "的" or _starts_context(rest)
            ):
                end += 1
            out.append(Found(start, end, text[start:end], "person", self.threshold + 1))
            done = end
        return out

    def _names_an_organisation(self, text: str, end: int) -> bool:
        """Tell whether an organisation word follows a foreign name ending at `end`, or up to three characters of
        given names on: 伯克希尔·哈 + 撒韦公司 is a company. Not past what follows names (库克和苹果公司)."""
        for k in range(end, min(len(text), end + 4)):
            if _org_word_end(text, k) >= 0:
                return True
            if not self._may_hold(text[k], text[k:]):
                return False
        return False

    def _dotted_start(self, text: str, lo: int, dot: int, ends: AbstractSet[int]) -> int | None:
        """Where a foreign name whose first middle dot is at `dot` starts (not before `lo`), or None if none does.

        Up to six transliteration characters (`_TRANSLIT_RUN`) before the dot, and up to three
        characters of given names before them where those reach a title's end (`ends`) or the start
        of a clause. Where the character before the dot is no transliteration character, the part
        must run from a title's end or a clause's start to the dot, over characters of given names
        (`_GIVEN_GATE`), and be at least half transliteration characters (副委员长艾力更·依明).
        """
        given = self.stats.given
        run = dot
        while run > lo and dot - run < 6 and _translit_at(text, run - 1):
            run -= 1
        if run < dot:
            start = run
            if run in ends or _after_appointing(text, run):
                return run  # 总统乔·拜登: the title ends at 乔; 任命艾尔肯·吐尼亚孜: the verb ends at 艾
            for back in range(1, 4):
                k = run - back
                if k < lo or not (self._may_hold(text[k], "") or _translit_at(text, k)):
                    break
                if k in ends or k == 0 or text[k - 1] in _CLAUSE_STARTS or _after_appointing(text, k):
                    start = k
                    break
            return start
        first = dot
        while (
            first > lo
            and dot - first < 6
            and _CJK_CHAR[text[first - 1]]
            and (given.get(text[first - 1], _RARE_ODDS) >= _GIVEN_GATE or _translit_at(text, first - 1))
        ):
            first -= 1
        for k in range(dot - 1, first - 1, -1):
            if (k in ends or k == 0 or text[k - 1] in _CLAUSE_STARTS or _after_appointing(text, k)) and (
                _mostly_transliterated(text[k:dot])
            ):
                return k
        return None

    def _dotted_end(self, text: str, dot: int) -> int | None:
        """Where the foreign name whose first middle dot is at `dot` ends, or None if no name goes on past the dot.

        Each part after a dot is read as far as its characters are transliteration characters
        (`_TRANSLIT_RUN`, up to eight), and where another dot follows, on to the next part. A part
        that starts with another character is read by `_dotted_part`; where that finds no name,
        the name ends before the part's dot.
        """
        k = dot
        parts = 0
        while True:
            run = k + 1
            while run < len(text) and run - k <= 8 and _translit_at(text, run):
                run += 1
            if run > k + 1 and text[run : run + 1] in _SEPARATORS:
                k = run
                parts += 1
                continue  # the whole part, then the next dot
            if _ends_in_context(text, k + 1, run):
                run -= 1  # 查理·芒格于2023年: 于 "in" follows the name
            if run > k + 1 and _ends_clearly(text[run : run + 4]):
                return run
            longer = self._dotted_part(text, k, strict=run > k + 1)
            if longer is not None:
                return longer
            if run > k + 1:
                return run
            return k if parts else None

    def _dotted_part(self, text: str, dot: int, strict: bool = False) -> int | None:
        """Where the part of a foreign name after the middle dot at `dot` ends, read over characters of given names.

        The longest run of up to eight characters of given names (`_GIVEN_GATE`: the dot is strong
        evidence) with no word that follows names (会见, 表示) or other word (再次) starting inside it
        that holds a transliteration character and ends where a name clearly ends (`_ends_clearly`:
        库尔班·吐鲁木在), or is at least half transliteration characters (not 中国·杭州) and ends where a name may end
        (`_ends_name`). With `strict` (the part starts with transliteration characters, which end
        where no name clearly ends: 阿迪力·吾 + 守尔曾) only a clear end counts. None if none.
        """
        given, words = self.stats.given, self.stats.words
        last = dot + 1
        while (
            last < len(text)
            and last - dot <= 8
            and _CJK_CHAR[text[last]]
            and given.get(text[last], _RARE_ODDS) >= _GIVEN_GATE
            and (last == dot + 1 or not (_starts_context(text[last : last + 4]) or text[last : last + 2] in words))
        ):
            last += 1
        for e in range(last, dot + 1, -1):
            part = text[dot + 1 : e]
            if _ends_in_context(text, dot + 1, e) or not _TRANSLIT_RUN_CHARS.intersection(part):
                continue
            if _ends_clearly(text[e : e + 4]) or (
                not strict and _mostly_transliterated(part) and self._ends_name(text, e, part[-1])
            ):
                return e
        return None

    def _may_hold(self, char: str, rest: str) -> bool:
        """Tell whether `char`, a character beside a foreign name, may be one more of it: a Han character that
        given names hold (`_GIVEN_MIN`), no punctuation and, after a name, no word that follows names (`rest`
        starts with it; before a name `rest` is empty)."""
        return (
            bool(char)
            and _CJK_CHAR[char]
            and char not in _CLOSERS
            and char != "的"
            and self.stats.given.get(char, _RARE_ODDS) >= _GIVEN_MIN
            and not _starts_context(rest)
        )


# What follows a surname when it is used with a title or a kinship term rather than a given name. A
# surname with one of these is how people are addressed (王先生, 赵太爷, 吴妈, 邹七嫂), not a full
# name, and a given name does not end with the characters (赵家 "the Zhao family", 陈氏 "née Chen").
_ADDRESS_WORDS = frozenset(
    [
        *TITLES_AFTER,
        *("太太", "太爷", "老爷", "大爷", "大叔", "大妈", "大娘", "大嫂", "大哥", "大姐", "奶奶", "爷爷", "婆婆"),
        *("伯伯", "叔叔", "阿姨", "秀才", "举人", "大帅", "贤弟", "公子", "姑娘", "老板", "老总", "总裁", "家族"),
    ]
)
_ADDRESS_SIZES = sorted({len(w) for w in _ADDRESS_WORDS}, reverse=True)
_ADDRESS_HEADS = frozenset(w[0] for w in _ADDRESS_WORDS)
_KIN_CHARACTERS = frozenset("爷嫂妈婶叔伯姨舅姑娘婆奶翁哥姐总氏家府")
_NEVER_GIVEN_START = frozenset("爷嫂妈婶奶婆氏府某姓")
_NEVER_GIVEN_END = frozenset("曰")
"""Characters that end no given name: 曰 "said" (`_QUOTE_VERBS`' note: it ends no given name and starts no word)."""
"""Characters that do not start a given name: kinship (陈氏的, 吴妈楞 are not names), a name withheld
(王某, 陈某某: court and police reports) and "surnamed" (一名王姓男子)."""


_GIVEN_KIN = frozenset("家")
"""Characters of _KIN_CHARACTERS that end two-character given names too (董事长魏哲家) right after a title, where
the two make no word (大家 "everyone", 老家 "hometown"); elsewhere they are a household (赵家, 仲密家: the Zhongmis)."""
_ADDRESS_KIN = frozenset("哥嫂叔婶姐妈爷奶婆姨舅")
"""The kinship characters of _KIN_CHARACTERS that follow a name as a term of address and end no transliterated one
(`NameFinder._foreign_run`): 闰土哥 is 闰土 + 哥 "brother", 祥林嫂 祥林 + 嫂; not 伯 (雅各伯), 家, 娘 or 姑."""
_NOT_FOURTH = _KIN_CHARACTERS | {"君"}
"""Characters that follow a three-character name rather than lengthen it: kinship, and 君 "Mr." (罗先珂君)."""


def _is_address(text: str, j: int) -> bool:
    """Tell whether a title or kinship term starts at `j`, right after a surname (王先生, 赵太爷)."""
    if text[j : j + 1] not in _ADDRESS_HEADS:
        return False  # nearly always: one set lookup
    for size in _ADDRESS_SIZES:  # noqa: SIM110 (a loop: `any` over a generator costs more than the look-ups)
        if text[j : j + size] in _ADDRESS_WORDS:
            return True
    return False


@lru_cache(maxsize=1)
def _titles_automaton() -> tuple[Any, frozenset[int], frozenset[int]]:
    """An automaton of the titles (daachorse), and which of its patterns come before a name, which after."""
    import daachorse

    patterns = sorted(_BEFORE | set(TITLES_AFTER))
    before = frozenset(k for k, w in enumerate(patterns) if w in _BEFORE)
    after = frozenset(k for k, w in enumerate(patterns) if w in TITLES_AFTER)
    return daachorse.CharwiseDoubleArrayAhoCorasick(patterns), before, after


def _title_positions(text: str) -> tuple[set[int], set[int]]:
    """Return where in `text` a title of TITLES_BEFORE ends and where one of TITLES_AFTER starts.

    Every occurrence, overlapping ones too, found at C speed: titles are rare in running text, so
    the sets are small, and most candidates learn from them that no title is near.
    """
    automaton, before, after = _titles_automaton()
    ends: set[int] = set()
    starts: set[int] = set()
    for s, e, k in automaton.find_overlapping(text):
        if k in before:
            ends.add(e)
        if k in after:
            starts.add(s)
    return ends, starts


def _near_titles(titles: _Titles) -> set[int]:
    """Where a name could start with a title near (`NameFinder._fails_first_test`): a title of TITLES_BEFORE
    ends there, or one of TITLES_AFTER starts two or three characters on."""
    ends, starts = titles
    return {*ends, *(s - 2 for s in starts), *(s - 3 for s in starts)}


def _window_key(text: str, i: int) -> tuple[int, str] | tuple[int, int, str]:
    """The memo's key for a candidate at `i` of `text` whose window holds the end of a sentence (`NameFinder.find`).

    The window (`_WINDOW_BEFORE` characters before `i`, `_WINDOW_AFTER` from it) cut after the last sentence
    end (_SENTENCE_ENDS) before `i` and after the first one from it, the marks kept (what precedes and follows
    a name), with `i`'s offset in it. No rule reads across a clause mark (`_CLAUSE_MARKS`; the far verdicts
    are remembered by their clause on the same ground), so the verdict depends on this text alone: a name at
    the start or end of a sentence is judged once, whatever sentence stands beside it. A window at the start
    of the text that no mark cuts before `i` keeps a third field (0), as the start is no mark.
    """
    lo = max(0, i - _WINDOW_BEFORE)
    window = text[lo : i + _WINDOW_AFTER]
    at = i - lo
    sentence_end, last_sentence_end = _sentence_end_res()
    before = last_sentence_end.match(window, 0, at)
    after = sentence_end.search(window, at)
    end = len(window) if after is None else after.end()
    if before is not None:
        start = before.end() - 1
        return at - start, window[start:end]
    return (at, 0, window[:end]) if lo == 0 else (at, window[:end])


def _before_bonus(text: str, i: int) -> float:
    """What the text before offset `i` says for a name starting there: a title (董事长), a list mark (、)."""
    return _MAX_BEFORE if _title_before(text, i) else _list_bonus(text, i)


def _list_bonus(text: str, i: int) -> float:
    """What the text before offset `i` says for a name starting there where no title ends: a list mark (、)."""
    return _LIST_BEFORE if i and text[i - 1] in _LIST_MARKS else 0.0


def _graduated(rest: str) -> bool:
    """Tell whether `rest`, what follows a school's name, says a person graduated from it (毕业, not 毕业生)."""
    return rest[:2] in _GRADUATED and rest[2:3] != "生"


def _after_bonus(given: str, after: str) -> float:
    """What the text after a candidate says: an organisation (公司), a title (先生), a verb (表示), punctuation."""
    # An organisation word that starts in the given name or right after it (looked for where one of the
    # words' first characters is: most names have none).
    org = -1
    if not _FINDER_ORG_HEADS.isdisjoint(given + after[:1]):
        around = given + after
        for k in range(len(given)):
            if _org_word_end(around, k) >= 0:
                return -6.0  # a company or a place named after a person: 李宁公司, 周大福珠宝
        org = _org_word_end(after, 0)
    if org >= 0 and not _starts_context(after) and not _graduated(after[org:]):
        # Right after the whole name: a prize, a foundation, a company named after a person, however
        # name-like its characters (邵逸夫奖, 宋庆龄基金会); unless it starts a title or verb that
        # follows names (李明市长, 王明站在), which the rest reads, or is the school the person graduated
        # from (王丽大学毕业).
        return _ORG_RIGHT_AFTER
    sizes = _AFTER_SIZES_BY_HEAD.get(after[:1])
    if sizes is not None:  # else no word of _AFTER starts there (most names: one look-up)
        for size in sizes:
            word = after[:size]
            bonus = _AFTER.get(word)
            if bonus is not None:
                # (The word's own length: at the text's end `after` may be shorter than `size`, and a verb of speech
                # ending the text opens no quotation, as before a line break.)
                return 0.0 if len(word) == 1 and _unsaid(after) else bonus
    return _CLOSER_AFTER if after[:1] in _CLOSERS else 0.0


@lru_cache(maxsize=1)
def _invitation() -> re.Pattern[str]:
    """应 / 受 X 之邀 (之请, 之约, 的邀请, 邀请): "at X's invitation", a frame that follows a person's name as a verb
    does, its first character no part of the name (雷军应求伯君之邀加入金山, 王毅受布林肯邀请访美). Compiled on first
    use, as the module's other patterns are."""
    return re.compile(r"[应受][^，。！？；：、,.!?;:\s]{1,12}?(?:之邀|之请|之约|的邀请|邀请)")


_FRAME_HEADS = frozenset("应受")
"""The first characters of `_invitation`'s frames."""


_CONTEXT_WORD_ODDS = 100
"""How many times more often jieba counts a word that follows names (将) alone than with a name's last character
before it (强将) for the name to end before it (`NameFinder._context_word_wins`)."""
_NO_PREDICATE_AFTER = frozenset("来去笑叹")
"""One-character verbs of VERBS_AFTER that no verb or adverb follows at once (`NameFinder._verb_before_context`);
说, 称, 想 and 坐 do (王明说在北京, 王明想在北京买房, 王明坐在)."""
_SHOP_CHARACTERS = frozenset("堂阁斋记号居轩园楼庄坊馆亭祠铺")
"""Characters that end the name of a shop, a pharmacy or a garden after a person-like name (胡庆余堂, 荣宝斋,
陶陶居, 王星记): right after a full candidate they are the business's, not a fourth character of a name."""
_SHOP_ENDINGS = frozenset("记号铺馆坊祠")
"""The characters of _SHOP_CHARACTERS that end no given name either (蔡林记, 徐福记 are shops; 杨诚斋, 刘克庄,
马本斋 and 张景亭 are people, so 斋, 庄 and 亭 are not here)."""
_SHOP_GIVEN = _SHOP_CHARACTERS - frozenset("轩亭")
"""The characters of _SHOP_CHARACTERS that are no one-character given name (余堂 of 胡庆余堂, 何园; 王轩 is a name)."""
_BUSINESS_WORDS = frozenset(
    [*ORG_SUFFIXES, "字号", "商号", "品牌", "化妆品", "产品", "牌子", "企业", "书店", "药店", "老店"]
)
"""What the complement of 是 ends in when its subject is a business (是中药老字号, 是老牌化妆品, 是糕团老店)."""
_BUSINESS_SIZES = sorted({len(w) for w in _BUSINESS_WORDS}, reverse=True)
_PLACE_CATEGORIES = frozenset(["地", "地区", "省", "省份", "省市", "城市", "市", "县", "国", "国家"])
"""What a list's 等 is followed by when its items are places (华北、黄淮等地, 江苏、浙江等省份)."""
_PLACE_CATEGORY_SIZES = sorted({len(w) for w in _PLACE_CATEGORIES}, reverse=True)
_THING_WORDS = _BUSINESS_WORDS | frozenset(
    ["小吃", "美食", "特产", "名菜", "菜肴", "名吃", "特色菜", "建筑", "景点", "景区", "地标", "古迹", "名胜", "古镇"]
)
"""What the complement of 是 ends in when its subject is a business, a dish or a place (是中药老字号, 是当地的特色小吃,
是这座古城的标志性建筑): no person (`_business_predicate`)."""
_THING_SIZES = sorted({len(w) for w in _THING_WORDS}, reverse=True)
_CLAUSE_ENDS = frozenset("，。；！？,;!?\n：:")
_COPULA_ADVERBS = frozenset("都均也皆亦")
_PREDICATE_HEADS = frozenset(_LIST_MARKS) | _COPULA_ADVERBS | {"是", "等"}
"""What may follow a name that `_business_predicate` reads as a business: a list mark, an adverb, 是, 等."""
_BUSINESS_SECONDS = _SHOP_CHARACTERS | _PREDICATE_HEADS
"""The characters one past a name after which `NameFinder._names_a_business` may say yes (胡庆 + 余堂, 雷允 + 上、)."""
_BUSINESS_HEADS = _BUSINESS_SECONDS | {"的"}
"""The characters right after a name after which `NameFinder._names_a_business` may say yes (的, 堂, 是, 、)."""
_CATEGORY_REACH = 3
"""How far after 等 the word that ends a list's category may start (`_business_predicate`: 等珠宝品牌)."""
_COMPLEMENT_LONGEST = 24
"""The longest complement of 是 that `_business_predicate` reads (a clause of wire copy)."""


def _business_predicate(text: str, e: int, words: AbstractSet[str] = frozenset()) -> bool:
    """Tell whether what follows a name ending at `e` says that it is a business: [、/和 more items] (都)是 … 老字号.

    The complement of 是, up to the end of the clause (less a last 之一), must end in a word of _THING_WORDS
    (a business, a dish, a place: 钱家粉是当地的特色小吃) that is not the end of a longer word of `words`; a
    person's complement ends in a person word (王明是这家老字号的第五代传人, 是公司的老员工; 夏侯惇与曹操是同乡:
    乡 of 同乡 "fellow townsman").
    """
    if text[e : e + 1] not in _PREDICATE_HEADS:
        return False  # nearly always: one set look-up
    at = e
    for _ in range(_LIST_REACH):
        if text[at : at + 1] not in _LIST_MARKS:
            break
        at = _copula_item_end(text, at + 1)
    if text[at : at + 1] == "等":
        return _business_category(text, at + 1, words)
    while text[at : at + 1] in _COPULA_ADVERBS:
        at += 1
    if text[at : at + 1] != "是":
        return False
    end = at + 1
    limit = min(len(text), end + _COMPLEMENT_LONGEST)
    while end < limit and text[end] not in _CLAUSE_ENDS:
        end += 1
    if end == limit and end < len(text):
        return False
    complement = text[at + 1 : end].removesuffix("之一")
    return (
        any(
            complement[-size:] in _THING_WORDS and complement[-size - 1 :] not in words
            for size in _THING_SIZES
            if size < len(complement)
        )
        or complement in _THING_WORDS
    )


def _business_category(text: str, k: int, words: AbstractSet[str] = frozenset()) -> bool:
    """Tell whether the category after a list's 等 (at `k` - 1) is businesses or places: 老凤祥等金店的, 周六福等珠宝
    品牌纷纷; 华北、黄淮等地 (the Huang-Huai region, no person "Huang Huai": the review's R47 "not filed" list).

    A word of _PLACE_CATEGORIES right after 等 that starts no longer word of `words` (等地产商: 地产, real estate)
    unless the rest after it is a word (等地气温: 地|气温),
    or a word of _BUSINESS_WORDS that starts within _CATEGORY_REACH characters and ends the phrase:
    the text ends, or 的, punctuation or a word that follows names comes next (等企业家 and 等公司高管
    name people: 企业 and 公司 are not their last word).
    """
    for size in _PLACE_CATEGORY_SIZES:
        end = k + size
        if text[k:end] in _PLACE_CATEGORIES and not (
            (len(text) >= end + 2 and text[k : end + 2] in words)
            or (len(text) >= end + 1 and text[k : end + 1] in words and text[end : end + 2] not in words)
        ):
            return True  # 等地出现 (地|出现), 等地气温 (地|气温, not 地气); not 等地产商, 等地产 (地产)
    for start in range(k, min(len(text), k + _CATEGORY_REACH + 1)):
        if text[start] in _ITEM_ENDS:
            return False
        for size in _BUSINESS_SIZES:
            end = start + size
            if text[start:end] in _BUSINESS_WORDS:
                rest = text[end : end + 4]
                if not rest or rest[:1] == "的" or rest[:1] in _CLOSERS or _starts_context(rest):
                    return True
    return False


def _speaks_of_trade(text: str, k: int) -> bool:
    """Tell whether the clause of `text` from `k` on (to its end, _COMPLEMENT_LONGEST characters at most) holds
    a word of TRADE_WORDS (销量, 卖, 门店, 电商): what is said of goods is said of a brand's."""
    end = k
    limit = min(len(text), k + _COMPLEMENT_LONGEST)
    while end < limit and text[end] not in _CLAUSE_ENDS:
        end += 1
    return _trade_re().search(text, k, end) is not None


@lru_cache(maxsize=1)
def _trade_re() -> re.Pattern[str]:
    return re.compile("|".join(sorted(map(re.escape, TRADE_WORDS), key=len, reverse=True)))


def _copula_item_end(text: str, start: int) -> int:
    """Where a list item of two to four characters starting at `start` ends: at a list mark, (都)是, 等 or punctuation.

    Return `start` + 5 (no item) if none of them comes within four characters.
    """
    for k in range(start + 2, min(len(text), start + 5)):
        if text[k] in _ITEM_ENDS or text[k] in "是等" or (text[k] in _COPULA_ADVERBS and text[k + 1 : k + 2] == "是"):
            return k
    return start + 5


def _context_repeats(text: str) -> bool:
    """Tell whether the word that follows a name at the start of `text` (`_starts_context`) starts again one
    character on: in 李海刚刚刚离开 the first 刚 is the name's last character, as two of three are the adverb 刚刚.
    """
    for size in _AFTER_SIZES:
        if size > 1 and text[:size] in _AFTER:
            return text[1 : size + 1] == text[:size]
    return False


def _starts_context(text: str) -> bool:
    """Tell whether `text` starts with a word that follows a name (a verb or title of `_AFTER`: 曾, 表示, 先生)."""
    sizes = _AFTER_SIZES_BY_HEAD.get(text[:1])
    if sizes is None:
        return False  # most text: one look-up
    for size in sizes:  # (a loop: `any` over a generator costs more than the look-ups)
        if text[:size] in _AFTER:
            return not _unsaid(text)
    return False


_QUOTE_VERBS = frozenset("道")
"""Literary verbs of speech that say "said" only right before what is said (王明道：“…”): before anything
else 道 is a name's last character (李政道于1957年) or starts a word (道路). Not 曰: it ends no given name and
starts no word, so it is "said" wherever it follows a name, at a text's end too and before unpunctuated
classical text (张伟曰 is 张伟 + 曰; 孔子曰学而时习之)."""
_SAID_OPENERS = frozenset("：:，,“「『‘\"'")


def _unsaid(after: str) -> bool:
    """Tell whether `after` starts with a literary verb of speech (道, 曰) that does not open a quotation."""
    return after[:1] in _QUOTE_VERBS and after[1:2] not in _SAID_OPENERS


def _has_list_mark(text: str, start: int, end: int) -> bool:
    """Tell whether a list mark (_LIST_MARKS) stands in text[start:end]: six searches at C speed, with no slice
    (a set of the slice's characters would make one string of each) and no pattern to compile (the word rules'
    finder asks it for a name or two of a one-line annotate: `_list_mark_re` is the whole finder's)."""
    for mark in _LIST_MARKS:  # noqa: SIM110 (a loop: `any` over a generator costs more than the searches)
        if text.find(mark, start, end) >= 0:
            return True
    return False


@lru_cache(maxsize=1)
def _list_mark_re() -> re.Pattern[str]:
    """A character class of the list marks: `_has_list_mark` as one search (the whole finder's `_list_marks`)."""
    return re.compile(f"[{_LIST_MARKS}]")


def _ends_item(rest: str) -> bool:
    """Tell whether `rest`, what follows a word in a list item, adds nothing to it: nothing, or a verb (都是, 均)."""
    return not rest or any(rest[:size] in _AFTER for size in _AFTER_SIZES)


def _has_separator(text: str) -> bool:
    return any(sep in text for sep in _SEPARATORS)


def _merge(first: list[Found], second: list[Found]) -> list[Found]:
    """Merge two sorted lists, the longer of two overlapping names winning (埃隆·马斯克 over 马斯克)."""
    # By start, and at one start the longest first: the same order as a key of (start, -length), by two sorts at C
    # speed (both stable: names of the same span keep their order).
    merged = sorted(first + second, key=_END, reverse=True)
    merged.sort(key=_START)
    out: list[Found] = []
    for item in merged:
        if out and item.start < out[-1].end:
            if item.end - item.start > out[-1].end - out[-1].start:
                out[-1] = item
            continue
        out.append(item)
    return out


def _take_over(found: list[Found], extra: list[Found]) -> list[Found]:
    """Add the names of `extra` to `found` (both sorted), each replacing the names of `found` it holds whole.

    A name of `found` that reaches past one of `extra` wins over it (演员马伊琍 is no 马伊).
    """
    if not extra:
        return found
    starts = list(map(_START, found))
    ends = list(map(_END, found))
    if any(map(operator.gt, ends, starts[1:])):
        return _take_over_overlapping(found, extra)
    # The names never overlap, so those a name overlaps are a run of them, found by bisection: a pass
    # over all for each made a chunk of news dense with names cost as the square of its length.
    out = list(found)
    for name in extra:
        lo, hi = bisect_right(ends, name.start), bisect_left(starts, name.end)
        if lo < hi and any(starts[k] < name.start or ends[k] > name.end for k in range(lo, hi)):
            continue
        out[lo:hi] = [name]
        starts[lo:hi] = [name.start]
        ends[lo:hi] = [name.end]
    return out


def _take_over_overlapping(found: list[Found], extra: list[Found]) -> list[Found]:
    """`_take_over` where names of `found` overlap: each name of `extra` compared with all."""
    out = list(found)
    for name in extra:
        overlapping = [f for f in out if f.start < name.end and name.start < f.end]
        if any(f.start < name.start or f.end > name.end for f in overlapping):
            continue
        out = [f for f in out if f not in overlapping]
        out.append(name)
    return sorted(set(out), key=_START)


def _covered(found: Sequence[Found], starts: Sequence[int], at: int) -> bool:
    """Tell whether `_outside` drops every name that starts at `at` against the spans of `found` (`starts`: theirs).

    True where the last name of `found` that starts at or before `at` reaches past it. A pass that
    adds names a name found before wins over asks this first, and scores no candidate there: the
    answer would be dropped (`_listed`, `_after_titles`).
    """
    k = bisect_right(starts, at)
    return k > 0 and found[k - 1].end > at


@lru_cache(maxsize=1)
def _work_re() -> re.Pattern[str]:
    """A title in book marks (《三国演义》)."""
    return re.compile(r"《[^《》\n]{1,40}》")


"""The title of a book, a film, a song or a newspaper (《一江春水向东流》, 《哈姆雷特》)."""


def _outside_works(text: str, found: list[Found]) -> list[Found]:
    """Drop the names of `found` that lie inside the title of a work (《…》) in `text`.

    A title is words chosen for a title, not running text: name-like strings in it are seldom anyone's
    mention (江春水 of 《一江春水向东流》, 童闹海 of 《哪吒之魔童闹海》, 哈姆雷 of 《哈姆雷特》, 林海 of 《林海雪原》).
    """
    works = [match.span() for match in _work_re().finditer(text)]
    if not works:
        return found
    starts = [start for start, _ in works]
    # The titles never overlap: only the last that starts before a name can hold it (one bisection a name).
    return [f for f in found if not ((k := bisect_left(starts, f.start)) and f.end < works[k - 1][1])]


def _held_by_longer(spans: Sequence[tuple[int, int]], starts: Sequence[int], name: Found) -> bool:
    """Tell whether a span of `spans` (sorted, none overlapping; `starts` their starts) holds `name` and is longer.

    Only the last span that starts at or before the name can hold it (those before it end where it starts):
    one bisection a name, where a pass over every span for each name cost a chunk of news as their product.
    """
    k = bisect_right(starts, name.start)
    if not k:
        return False
    start, end = spans[k - 1]
    return name.end <= end and end - start > name.end - name.start


def _held_by_longer_spans(spans: Sequence[tuple[int, int]], found: Sequence[Found]) -> set[int]:
    """The indices of the names of `found` (sorted by start) that `_held_by_longer` says a span of `spans` holds.

    `spans` are sorted and none overlap, so a name starting inside one has it for the last span starting at or
    before it: each span bisects `found` once and reads the names that start inside it (a few; most of `found`
    starts in no span), where a test of every name bisected the spans once a name.
    """
    starts = list(map(_START, found))
    out: set[int] = set()
    n = len(found)
    for start, end in spans:
        k = bisect_left(starts, start)
        while k < n and starts[k] < end:
            name = found[k]
            if name.end <= end and end - start > name.end - name.start:
                out.add(k)
            k += 1
    return out


def _starts_outside(starts: Iterable[int], text: str, taken: Sequence[tuple[int, int]]) -> list[int]:
    """The offsets of `starts` (ascending) but those where both a name and its rival on the next character (`_best_at`)
    would start inside one span of `taken` (sorted, not overlapping): every name found there overlaps the span.

    A span that a list mark follows (、和与及) is read as before: the name found inside it heads the list, and the
    names listed after it are found as after a title (`NameFinder._listed`: 王家卫和杨瀚森).
    """
    out = []
    k = 0
    spans = len(taken)
    for i in starts:
        while k < spans and taken[k][1] <= i + 1:
            k += 1  # (a span that ends at i + 1 or before holds no candidate from i on)
        if k < spans and taken[k][0] <= i and text[taken[k][1] : taken[k][1] + 1] not in _NAME_LIST_MARKS:
            continue
        out.append(i)
    return out


def _outside_kept(matches: list[tuple[int, int, int]], text: str, taken: Sequence[tuple[int, int]]) -> list[Any]:
    """The `matches` (start, end, value; sorted by start) but those inside a span of `taken` (sorted, not overlapping)
    that no list mark follows (the rule of `_starts_outside`)."""
    starts = list(map(_first, taken))
    out = []
    for match in matches:
        k = bisect_right(starts, match[0]) - 1
        if k >= 0:
            e = taken[k][1]
            if match[1] <= e and text[e : e + 1] not in _NAME_LIST_MARKS:
                continue
        out.append(match)
    return out


def _outside(found: list[Found], taken: Sequence[tuple[int, int]]) -> list[Found]:
    """Keep the names that overlap no span of `taken` (both sorted by start)."""
    starts = list(map(_first, taken))
    out = []
    for item in found:
        k = bisect_left(starts, item.end)
        # The spans that start before item.end: only the last of them can reach past item.start.
        if k and taken[k - 1][1] > item.start:
            continue
        out.append(item)
    return out


@lru_cache(maxsize=4096)
def propose(surface: str, kind: NameType = "person") -> Proposal:
    """Return zhgloss's proposal for writing `surface`: the name romanizer's pinyin and the other readings.

    A transliterated foreign name (埃隆·马斯克) gets the pinyin of each part and a note that its
    original spelling should be looked up instead.
    """
    from zhgloss.pinyin import romanize

    try:
        rom = romanize(surface)
    except RomanizationError:
        return Proposal(surface, kind, None, None, (), ("no pinyin known for a character",))
    if (foreign := _likely_foreign_reading(surface, kind, rom)) is not None:
        return foreign
    notes = list(rom.notes)
    # Only a Chinese name's English is its pinyin: a transliterated or Japanese name gets none (Te Langpu
    # for 特朗普 would be an invented English form), and a note says why (`zhgloss.pinyin.name_origin`).
    en = rom.en if rom.origin == "chinese" else None
    if rom.surname_words == 0:
        return Proposal(surface, kind, rom.pinyin, en, (), tuple(notes), rom.origin)
    # The other readings names use (`zhgloss.pinyin.name_alternatives`: 朝 Cháo, 乐 Lè), the romanizer's
    # one rule, not every reading a dictionary lists (宁 zhù of 毛宁, 南 nā of 钟南山 name nobody).
    pinyin = rom.pinyin  # a property, written anew at each ask
    alternatives: list[str] = []
    for alternative in rom.alternatives:
        for other in alternative.others:
            written = rom.with_reading(alternative.position, other).pinyin
            if written != pinyin and written not in alternatives:
                alternatives.append(written)
    return Proposal(surface, kind, pinyin, en, tuple(alternatives), tuple(notes), rom.origin)


def propose_reading(surface: str, kind: NameType = "person") -> Proposal:
    """Return `propose`'s pinyin and English for `surface`, without its alternatives and notes.

    What the inline text prints, for a fraction of the cost: the other readings of every
    character (`zhgloss.pinyin.possible_readings`) and the notes are not worked out.
    """
    return propose_readings([(surface, kind)])[0]


_READINGS: dict[tuple[str, NameType], Proposal] = {}
"""`propose_readings`' answers so far; restarted when it holds _READINGS_SIZE."""
_READINGS_SIZE = 4096


def propose_readings(names: Sequence[tuple[str, NameType]]) -> list[Proposal]:
    """Return `propose_reading` of each (surface, type) of `names`, in order; the names not seen yet are read together.

    Most names are read from the tables alone (`zhgloss.pinyin.read_names`: one query for all
    of them); the others by the name romanizer itself.
    """
    from zhgloss.pinyin import read_names
    from zhgloss.script import has_name_separator

    memo = _READINGS
    # Answered from a table of this call's own: another thread (`zhgloss serve`) may restart the memo meanwhile.
    answers = {name: memo.get(name) for name in dict.fromkeys(names)}
    new = [name for name, proposal in answers.items() if proposal is None]
    if new:
        if len(memo) + len(new) > _READINGS_SIZE:
            memo.clear()
        read = read_names([surface for surface, _ in new])
        for surface, kind in new:
            reading = read.get(surface)
            if _has_foreign_shape(surface, kind):
                proposal = _romanized_reading(surface, kind)  # (a Chinese reading in the tables: `propose`'s rule)
            elif reading and has_name_separator(surface):
                proposal = Proposal(surface, kind, reading[0], None, origin="transliterated")
            else:
                proposal = Proposal(surface, kind, *reading) if reading else _romanized_reading(surface, kind)
            answers[surface, kind] = memo[surface, kind] = proposal
    return [answers[name] for name in names]  # type: ignore[misc]  # (every one answered above)


def _romanized_reading(surface: str, kind: NameType) -> Proposal:
    """`propose_reading` by the name romanizer itself (`zhgloss.pinyin.romanize`)."""
    from zhgloss.pinyin import romanize

    try:
        rom = romanize(surface)
    except RomanizationError:
        return Proposal(surface, kind, None, None)
    if (foreign := _likely_foreign_reading(surface, kind, rom)) is not None:
        return Proposal(surface, kind, foreign.pinyin, None, foreign.alternatives, origin=foreign.origin)
    return Proposal(surface, kind, rom.pinyin, rom.en if rom.origin == "chinese" else None, origin=rom.origin)


def _after_foreign_title(text: str, found: Found, proposal: Proposal) -> Proposal:
    """`proposal` for the name `found` of `text`, where a foreign country's title stands right before it (美国国务卿
    鲁比奥, 美国副总统哈里斯: `_foreign_title_before`) and `_likely_foreign_reading` read the name as most likely
    transliterated: a foreign person, no Chinese reading beside it. Other proposals as they are."""
    if (
        proposal.origin != "transliterated"
        or not proposal.alternatives
        or not _has_foreign_shape(found.surface, found.type)
    ):
        return proposal
    title = _foreign_title_before(text, found.start)
    if title is None:
        return proposal
    note = f"a foreign person (after {title!r}): pinyin as one word, no English proposed; look up its original spelling"
    return Proposal(proposal.surface, proposal.type, proposal.pinyin, None, (), (note,), "transliterated")


def _foreign_title_before(text: str, start: int) -> str | None:
    """The foreign country and title that end `text` before `start` (美国国务卿, 美国副总统, 俄罗斯外长), or None: a
    title a name follows (`_BEFORE`), after a country other than China (`foreign_countries`) and at most two
    characters between them (副, 前, 新任)."""
    before = text[max(0, start - 16) : start]
    for size in range(min(len(before), 5), 0, -1):
        if before[-size:] not in _BEFORE:
            continue
        head = before[:-size]
        for gap in range(3):
            rest = head[: len(head) - gap]
            country = max((c for c in foreign_countries() if len(c) >= 2 and rest.endswith(c)), key=len, default=None)
            if country is not None:
                return before[len(rest) - len(country) :]
    return None


FOREIGN_COUNTRIES_PATH = DATA / "cedict_place_english.tsv"


@lru_cache(maxsize=1)
def foreign_countries() -> frozenset[str]:
    """Return the Chinese names of countries other than China: the places of data/cedict_place_english.tsv (CC-CEDICT,
    CC BY-SA 4.0) whose English is a country's of data/cedict_countries.txt (ISO 3166-1, pycountry), China's aside
    (美国, 俄罗斯, 日本; 俄, 以 too, which `_foreign_title_before` reads only where two characters or more)."""
    with (DATA / "cedict_countries.txt").open(encoding="utf-8") as fp:
        countries = {line.strip() for line in fp if line.strip() and not line.startswith("#")} - {"China"}
    with FOREIGN_COUNTRIES_PATH.open(encoding="utf-8") as fp:
        rows = [line.rstrip("\n").split("\t") for line in fp if not line.startswith("#")]
    return frozenset(row[0] for row in rows if len(row) >= 3 and row[-1] in countries)


LIKELY_FOREIGN_NOTE = (
    "most likely a transliterated foreign name (three characters of transliteration after a one-character surname, "
    "as 151 of CC-CEDICT's 157 such persons are): pinyin as one word, no English proposed; look up its original "
    "spelling; read as a Chinese name it is {chinese}"
)
"""The note of `_likely_foreign_reading`'s proposal; {chinese} is the name's Chinese reading."""


def _has_foreign_shape(surface: str, kind: NameType) -> bool:
    """Tell whether person `surface` has the shape `_likely_foreign_reading` reads: three characters, all of
    transliteration (`_TRANSLIT_RUN_CHARS`)."""
    return kind == "person" and len(surface) == 3 and all(c in _TRANSLIT_RUN_CHARS for c in surface)


def _likely_foreign_reading(surface: str, kind: NameType, rom: Romanization) -> Proposal | None:
    """The proposal for person `surface` read as a transliterated foreign name where its shape says it most likely is
    one, or None: three characters all of transliteration (`_TRANSLIT_RUN_CHARS`), the first a one-character
    surname the romanizer reads as Chinese by rule (鲁比奥 Rubio, 哈里斯 Harris: `rom`, `romanize`'s reading).

    CC-CEDICT's persons of that shape (data/name_readings.tsv) are 151 foreign against 6 Chinese (史思明,
    安德海, 施明德, 潘基文, 狄仁杰, 霍英东, which CC-CEDICT reads, so the romanizer does: not this rule's). The
    proposal is the one-word reading (`Romanization.as_transliterated`: Lǔbǐ'ào, Hālǐsī), the Chinese one
    (Lǔ Bǐ'ào) its alternative, no English, said in a note; still a guess (annotate's 〔?〕). `romanize` and
    `add` are not changed: an English given decides there (`zhgloss.validate.english_says_transliterated`)."""
    if not _has_foreign_shape(surface, kind) or rom.origin != "chinese" or rom.source != "rules":
        return None
    if rom.surname_words != 1 or len(rom.surname) != 1:
        return None
    foreign = rom.as_transliterated()
    if foreign.pinyin == rom.pinyin:
        return None
    note = LIKELY_FOREIGN_NOTE.format(chinese=rom.pinyin)
    return Proposal(surface, kind, foreign.pinyin, None, (rom.pinyin,), (note,), "transliterated")


def forget_proposals() -> None:
    """Forget every proposal made so far (`propose`'s and `propose_reading`'s): for benchmarks of text never seen."""
    propose.cache_clear()
    _READINGS.clear()


# The other side of the same knowledge: a glossary match inside a longer word or name.


_first = itemgetter(0)
_START = operator.attrgetter("start")
_END = operator.attrgetter("end")
_second = itemgetter(1)


# Rendering beside the glossary's own glosses (`zhgloss.annotate.Session` with `unknown`).

UnknownMark = tuple[Found, Proposal, str, str]
"""An unknown name as rendered: where, the proposal, its status and the inserted text.

The status is "unverified" (a proposal was inserted), "already-marked" (a proposal in 〔〕 follows
it already), "already-glossed" (the text glosses it: 单田芳（Shan Tianfang）), "in-gloss" (it is the
gloss of a name before it: Shan Tianfang (单田芳)), "repeat" (not the first mention, with first_only)
or "same" (nothing to insert, as with --gloss zh)."""


def unknown_marks(
    session: Session, text: str, marks: Sequence[Mark], *, reading_only: bool = False
) -> list[UnknownMark]:
    """Find the unknown names of one chunk outside the glossary's `marks`, and decide what to insert.

    With `reading_only` (for the inline text, which prints the proposed reading and nothing else)
    each proposal holds its pinyin and English only (`propose_reading`): no alternatives, no notes.
    """
    from zhgloss.annotate import (
        _GLOSS_GAPS,
        _MARK_RE,
        Elided,
        _gloss_brackets,
        follows_mark,
        non_prose_ranges,
        starts_inside,
        written_gloss,
    )

    finder = session.unknown
    if finder is None:
        return []
    out: list[UnknownMark] = []
    # The finder reads the text as a first run read it: without the marks of proposals and the glosses
    # of known names that a run inserted (雷军（Lei Jun）任正非 reads 雷军任正非 again).
    wrote = [m.span() for m in _MARK_RE.finditer(text)] if MARK_CLOSE in text else []
    n = len(text)
    for mark in marks:
        if mark[3] == "already-glossed" and (close := _gloss_brackets(text, mark[1], n)[1]):
            wrote.append((mark[1], close + 1))
    if not wrote:
        founds = finder.find(text, [(m[0], m[1]) for m in marks])
    else:
        elided = Elided(text, sorted(wrote))
        to_text, start, end = elided.to_text, elided.start, elided.end
        taken = [(to_text(m[0]), to_text(m[1])) for m in marks if m[3] != "in-gloss"]
        founds = [replace(f, start=start(f.start), end=end(f.end)) for f in finder.find(elided.text, taken)]
    if founds and (links := non_prose_ranges(text)):
        # A URL or Markdown's markup or code is no prose: a proposal there breaks it (见https://example.com/王菲新闻).
        founds = [found for found in founds if not starts_inside(found.start, links)]
    if reading_only:
        # All the readings of the chunk at once: the names not seen yet are read together.
        proposals = propose_readings([(found.surface, found.type) for found in founds])
    else:
        proposals = [propose(found.surface, found.type) for found in founds]
    proposals = [_after_foreign_title(text, found, proposal) for found, proposal in zip(founds, proposals, strict=True)]
    gloss, first_only, seen = session.gloss, session.first_only, session.unknown_seen
    counts = session.unknown_counts if session.count else None
    for found, proposal in zip(founds, proposals, strict=True):
        if counts is not None:
            counts[found.surface] += 1
        written = proposal.written(gloss)
        # A mark, a gloss or the close of a bracket right after the name, or a gap: only then may one of the three
        # tests below hold (each tests that first). Most names have none of them after them: no call.
        after = text[found.end : found.end + 1]
        if after in _MARKED_AFTER or after in _GLOSS_GAPS:
            if follows_mark(text, found.end):
                seen.add(found.surface)  # its first mention, with first_only
                out.append((found, proposal, "already-marked", ""))
                continue
            if written_gloss(text, found.end):
                seen.add(found.surface)
                out.append((found, proposal, "already-glossed", ""))
                continue
            if _is_gloss(text, found.start, found.end):
                out.append((found, proposal, "in-gloss", ""))
                continue
        if first_only and found.surface in seen:
            out.append((found, proposal, "repeat", ""))
        elif gloss == "zh" or not written:
            out.append((found, proposal, "same", ""))
        else:
            seen.add(found.surface)
            out.append((found, proposal, "unverified", f"{MARK_OPEN}{written}{MARK_CLOSE}"))
    return out


_MARKED_AFTER = frozenset(MARK_OPEN[0] + _OPEN_BRACKETS + _CLOSE_BRACKETS)
"""What may follow a name that `follows_mark`, `written_gloss` or `_is_gloss` reads as marked or glossed already
(`unknown_marks`): the mark of a proposal, a bracket opening a gloss (or a gap before one: `_GLOSS_GAPS`), or the
bracket closing a gloss the name is."""


def _is_gloss(text: str, start: int, end: int) -> bool:
    """Tell whether text[start:end] is the whole of a bracketed gloss of the Latin words before it.

    Shan Tianfang (单田芳): the writer glossed an English name with its Chinese.
    """
    j = start - 1
    if j < 1 or text[j] not in _OPEN_BRACKETS or text[end : end + 1] not in tuple(_CLOSE_BRACKETS):
        return False
    before = text[j - 1] if text[j - 1] not in " \t" or j < 2 else text[j - 2]
    return before.isascii() and before.isalpha()


def insertions_with_unknown(session: Session, text: str) -> list[Insertion]:
    """Return the inline insertions of `text`: the glossary's glosses and the unknown names' proposals, in order."""
    from zhgloss.annotate import Insertion

    return [Insertion(at, inserted) for at, inserted in _inserted(session, text)]


def _inserted(session: Session, text: str) -> list[tuple[int, str]]:
    """`insertions_with_unknown` as (offset, text) pairs: a chunk dense with names makes hundreds."""
    marks = session.render_marks(text)
    points = session._points  # an English mention's gloss goes after the word it starts ("Shenzhen-based")
    pairs = [(points.get(m[1], m[1]), m[5]) for m in marks if m[5]]
    pairs += [(u[0].end, u[3]) for u in unknown_marks(session, text, marks, reading_only=True) if u[3]]
    pairs.sort(key=_first)  # stable: a gloss before a proposal at the same offset, as they were listed
    return pairs


def render_with_unknown(session: Session, text: str) -> str:
    """Render one chunk in the session's format, the glossary's names and the unknown ones together."""
    if session.fmt == "inline":
        pairs = _inserted(session, text)
        if not pairs:
            return text
        # The text up to each offset, then what is inserted there: one join (`annotate.apply_insertions`).
        ats = list(map(_first, pairs))
        pieces = [""] * (2 * len(pairs))
        pieces[::2] = map(text.__getitem__, map(slice, [0, *ats], ats))
        pieces[1::2] = map(_second, pairs)
        pieces.append(text[ats[-1] :])
        return "".join(pieces)
    marks = session.render_marks(text)
    unknown = unknown_marks(session, text, marks)
    # Both lists are sorted and never overlap: merge them by start offset.
    merged: list[tuple[int, Mark | None, UnknownMark | None]] = [(m[0], m, None) for m in marks]
    merged += [(u[0].start, None, u) for u in unknown]
    merged.sort(key=lambda item: item[0])
    if session.fmt == "html":
        return _html(session, text, merged)
    breaks = [m.start() for m in re.finditer("\n", text)]
    rows: list[str] = []
    for _, mark, item in merged:
        rows.append(session.row(text, breaks, mark) if mark is not None else _row(session, text, breaks, item))
    return "".join(rows)


def _html(session: Session, text: str, merged: list[tuple[int, Mark | None, UnknownMark | None]]) -> str:
    from html import escape  # imported here: html.entities costs every import ~1 ms

    from zhgloss.annotate import _paragraphs

    parts: list[str] = []
    pos = 0
    for _, mark, item in merged:
        if mark is not None:
            s, e, value, _, gloss, _ = mark
            if gloss is None:
                continue
            markup = session.ruby(text, s, e, value, gloss)
        else:
            assert item is not None
            found, proposal, _, _ = item
            s, e = found.start, found.end
            markup = _unknown_ruby(proposal, session.gloss)
        parts.append(escape(text[pos:s]))
        parts.append(markup)
        pos = e
    parts.append(escape(text[pos:]))
    out = "".join(parts)
    return _paragraphs(out) if session.page else out


def _unknown_ruby(proposal: Proposal, gloss: str) -> str:
    from html import escape  # imported here: html.entities costs every import ~1 ms

    written = proposal.written(gloss)
    tip = "Not in the glossary. zhgloss proposes this reading: a guess to check, not a verified gloss."
    if proposal.alternatives:
        tip += " Other readings: " + ", ".join(proposal.alternatives) + "."
    tip += "".join(f" {note}." for note in proposal.notes)
    surface = escape(proposal.surface)
    if not written or gloss == "zh":
        return f'<span class="zhgloss-unverified" style="{UNVERIFIED_STYLE}" title="{escape(tip)}">{surface}</span>'
    return (
        f'<ruby class="zhgloss zhgloss-unverified" data-type="{escape(proposal.type)}" style="{UNVERIFIED_STYLE}" '
        f'title="{escape(tip)}">{surface}<rp>{MARK_OPEN}</rp><rt>{escape(written)}?</rt><rp>〕</rp></ruby>'
    )


def _row(session: Session, text: str, breaks: list[int], item: UnknownMark | None) -> str:
    from zhgloss.annotate import TSV_COLUMNS

    assert item is not None
    found, proposal, status, inserted = item
    row = session.row_place(breaks, found.start, found.end)
    row.update(
        surface=found.surface,
        id=None,
        type=found.type,
        form=None,
        script="zh",
        status=status,
        gloss=proposal.written(session.gloss),
        inserted=inserted or None,
        entry=None,
        unverified=True,
        pinyin=proposal.pinyin,
        en=proposal.en,
        origin=proposal.origin,
        score=found.score,
    )
    if proposal.alternatives:
        row["alternatives"] = list(proposal.alternatives)
    if proposal.notes:
        row["notes"] = list(proposal.notes)
    if session.fmt == "json":
        return json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n"
    row["zh"] = found.surface
    return "\t".join("" if row.get(c) is None else str(row[c]).replace("\t", " ") for c in TSV_COLUMNS) + "\n"


# Harvesting: `zhgloss harvest --unknown`.


@dataclass(frozen=True)
class UnknownName:
    """A name of a text that the glossary lacks: how often it occurs, where, and the proposal for it."""

    surface: str
    type: NameType
    count: int
    lines: tuple[int, ...]
    """Line numbers (from 1) where it occurs, each once."""
    proposal: Proposal

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form: the proposal's fields, then count and lines."""
        return {**self.proposal.to_dict(), "unverified": True, "count": self.count, "lines": list(self.lines)}


def harvest_unknown(text: str, annotator: Annotator, finder: NameFinder | None = None) -> list[UnknownName]:
    """Return the names of `text` that `annotator`'s glossary lacks, commonest first (then by first line).

    The same rules as `annotate --unknown` decide: a name the glossary matches is known, and
    its matches (after the inside-a-word rule) are never proposed. A name is listed by the form `--add` stores
    (`convert.name_to_simplified`): 单田芳 and 單田芳 are one name, counted twice.
    """
    from zhgloss.convert import name_to_simplified

    finder = finder or NameFinder()
    counts: dict[str, list[int]] = {}
    kinds: dict[str, NameType] = {}
    for number, line in enumerate(text.splitlines(), 1):
        taken = [(s, e) for s, e, _ in annotator.spans(line)]
        for found in finder.find(line, taken):
            stored = name_to_simplified(found.surface)
            counts.setdefault(stored, []).append(number)
            kinds.setdefault(stored, found.type)
    names = [
        UnknownName(surface, kinds[surface], len(lines), tuple(dict.fromkeys(lines)), propose(surface, kinds[surface]))
        for surface, lines in counts.items()
    ]
    names.sort(key=lambda n: (-n.count, n.lines[0]))
    return names


def draft_entries(names: Iterable[UnknownName], existing: Iterable[Entry], source: str | None = None) -> list[Entry]:
    """Return draft glossary entries for `names` (ids unique among `existing` and each other).

    Each is marked `draft`, so that `validate` reports it until a person confirms it, and says in
    its note what zhgloss proposed and which other readings are possible.
    """
    from zhgloss.curate import draft_entry, draft_note

    pool = list(existing)
    out: list[Entry] = []
    for name in names:
        proposal = name.proposal
        details = [f"other readings: {', '.join(proposal.alternatives)}"] if proposal.alternatives else []
        if proposal.en is None:
            details.append("the English form is a placeholder, the pinyin: write the name's own spelling")
        note = draft_note([*details, *proposal.notes])
        entry = draft_entry(
            name.surface,
            kind=name.type,
            en=proposal.en,
            pinyin=proposal.pinyin,
            note=note,
            sources=[source] if source else [],
            existing=pool,
        ).replace(draft=True)
        pool.append(entry)
        out.append(entry)
    return out


# Evaluation: tests/data/unknown_names*.tsv (dev), unknown_names_heldout.tsv (held out, when there) and
# benchmarks/bench_unknown.py.


@lru_cache(maxsize=1)
def _gold_re() -> re.Pattern[str]:
    """A marked name of a gold sentence ([[任正非]])."""
    return re.compile(r"\[\[(.+?)\]\]")


@dataclass(frozen=True)
class GoldSentence:
    """A sentence of an evaluation set and the spans of its personal names."""

    split: str
    source: str
    text: str
    persons: tuple[tuple[int, int], ...]


def load_gold(lines: Iterable[str]) -> list[GoldSentence]:
    """Parse an evaluation set: comment lines (#), a header row, then split, source, sentence with [[names]].

    Raise ValueError naming the line of a row without three tab-separated columns.
    """
    out: list[GoldSentence] = []
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")
        if not line or line.startswith("#") or line.startswith("split\t"):
            continue
        cells = line.split("\t")
        if len(cells) != 3:
            raise ValueError(f"line {number}: expected split, source and sentence separated by tabs")
        split, source, marked = cells
        spans: list[tuple[int, int]] = []
        plain = ""
        pos = 0
        for match in _gold_re().finditer(marked):
            plain += marked[pos : match.start()]
            spans.append((len(plain), len(plain) + len(match.group(1))))
            plain += match.group(1)
            pos = match.end()
        plain += marked[pos:]
        out.append(GoldSentence(split, source, plain, tuple(spans)))
    return out


@dataclass(frozen=True)
class Score:
    """Exact-span precision and recall of persons over a set of sentences."""

    found: int
    gold: int
    correct: int

    @property
    def precision(self) -> float:
        """Correct spans among those found (1.0 when nothing was found)."""
        return self.correct / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        """Gold spans found (1.0 when there are none)."""
        return self.correct / self.gold if self.gold else 1.0


def score_spans(gold: Iterable[GoldSentence], predicted: Iterable[Iterable[tuple[int, int]]]) -> Score:
    """Compare predicted (start, end) person spans with the gold ones, sentence by sentence, exactly."""
    found = expected = correct = 0
    for sentence, spans in zip(gold, predicted, strict=True):
        guess = set(spans)
        found += len(guess)
        expected += len(sentence.persons)
        correct += len(guess & set(sentence.persons))
    return Score(found, expected, correct)
