"""The words around a name in running Chinese text, and the tables both readers of names share.

The finder of unknown names (`zhgloss.unknown`) scores a candidate by what stands around it; the
glossary's word rules (`zhgloss.glossrules`) ask the same words whether a match is a name there.
Both read them from here: titles and roles before and after a name (TITLES_BEFORE, TITLES_AFTER),
verbs that follow a subject (VERBS_AFTER), organisation words (ORG_SUFFIXES), list marks and list
items; the bundled word list (data/words.txt, CC-CEDICT and jieba) read in place or whole; the
surname forms; OpenCC's traditional-to-simplified characters (data/t2s.txt) one at a time; and
which characters are Han.

Kept apart from `zhgloss.unknown` so that a plain `annotate` (no --unknown), whose rules need these
words, does not import the finder: nothing here costs an import more than the lists themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from pathlib import Path

from zhgloss.datafile import Mapped, line_at, lower_bound, map_data

DATA = Path(__file__).resolve().parent / "data"
WORDS_PATH = DATA / "words.txt"


# Titles and roles written right before a name (董事长任正非) or right after it (王先生, 李教授).
TITLES_BEFORE = [
    "董事长",
    "总裁",
    "总经理",
    "首席执行官",
    "执行官",
    "创始人",
    "联合创始人",
    "创办人",
    "主席",
    "副主席",
    "总理",
    "副总理",
    "行政长官",
    "特首",
    "部长",
    "副部长",
    "局长",
    "厅长",
    "市长",
    "副市长",
    "省长",
    "副省长",
    "书记",
    "委员",
    "委员长",
    "主任",
    "副主任",
    "院长",
    "校长",
    "所长",
    "教授",
    "副教授",
    "院士",
    "研究员",
    "博士",
    "学者",
    "专家",
    "医生",
    "记者",
    "编辑",
    "作家",
    "导演",
    "演员",
    "歌手",
    "主持人",
    "选手",
    "球员",
    "运动员",
    "教练",
    "主教练",
    "队长",
    "冠军",
    "总统",
    "大使",
    "发言人",
    "议员",
    "司长",
    "副司长",
    "领导人",
    "得主",  # a prize's winner: 图灵奖得主, 诺贝尔奖得主
    "获得者",
    # Professions written before a name like titles (数学家丘成桐, 企业家李书福).
    "小说家",
    "数学家",
    "物理学家",
    "化学家",
    "经济学家",
    "历史学家",
    "企业家",
    "艺术家",
    "音乐家",
    "钢琴家",
    "歌唱家",
    "作曲家",
    "书法家",
    "剧作家",
    "政治家",
    "外交家",
    "教育家",
    "思想家",
    "哲学家",
    "文学家",
    "慈善家",
    "收藏家",
    "评论家",
    "发明家",
    "设计师",
    "建筑师",
    "摄影师",
    "棋手",
    "宇航员",
    "航天员",
    "经理",
    "合伙人",
    "董事",
    "董事局主席",  # the chairman of a board: 波司登董事局主席高德康 (not 司登)
    "董事会主席",
    "监事",
    "法官",
    "律师",
    "总监",
    "工程师",
    "科学家",
    "画家",
    "诗人",
    "老板",
    "老师",
    "同学",
    "女士",
    "先生",
    "CEO",
    "总",
    # Roles of foreign and international news (首相石破茂, 国务卿基辛格, 主帅瓜迪奥拉) and of sport.
    "首相",
    "大臣",
    "外相",
    "国务卿",
    "秘书长",
    "总干事",
    "外长",
    "防长",
    "议长",
    "州长",
    "总督",
    "国王",
    "女王",
    "总书记",
    "会长",
    "行长",
    "社长",
    "主帅",
    "球星",
    "名将",
    "前锋",
    "后卫",
    "门将",
    "车手",
    "主播",
    "博主",
    "制片人",
    "编剧",
    # People of local news, named after what they are or do (民警吴俊峰, 环卫工人陈桂兰, 村民诸葛坤亨).
    "民警",
    "警官",
    "消防员",
    "志愿者",
    "司机",
    "工人",
    "村民",
    "牧民",
    "渔民",
    "农民",
    "教师",
    "护士",
    "学生",
    "大学生",
    "研究生",
    "患者",
    "受害人",
    "嫌疑人",
    "负责人",
    "网友",
    "店主",
    "厨师",
    "之父",
    "之母",
    "夫人",
    "丈夫",
    "妻子",
    "儿子",
    "女儿",
    "父亲",
    "母亲",
    "哥哥",
    "姐姐",
    "弟弟",
    "妹妹",
]
TITLES_AFTER = [
    "先生",
    "女士",
    "小姐",
    "教授",
    "院士",
    "博士",
    "老师",
    "医生",
    "律师",
    "董事长",
    "总裁",
    "总经理",
    "主席",
    "总理",
    "部长",
    "市长",
    "省长",
    "书记",
    "主任",
    "院长",
    "校长",
    "局长",
    "经理",
    "总监",
    "大使",
    "将军",
    "同志",
    "师傅",
    "老先生",
    "夫人",
    "阁下",  # "Your Excellency": 大使李明阁下 (not 李明阁, a pavilion's name)
]


# Verbs and phrases that follow the subject of a news sentence (任正非表示, 王晓称).
VERBS_AFTER = [
    "表示",
    "说",
    "称",
    "认为",
    "指出",
    "透露",
    "介绍",
    "强调",
    "宣布",
    "坦言",
    "回应",
    "告诉",
    "提出",
    "提到",
    "回忆",
    "解释",
    "承认",
    "否认",
    "补充",
    "呼吁",
    "建议",
    "指",
    "曾",
    "曾经",
    "已经",
    "也",
    "还",
    "则",
    "又",
    "就",
    "都",
    "在",
    "于",
    "是",
    "被",
    "为",  # "for": 作曲家谭盾为电影创作了配乐
    "把",
    "将",
    "对",
    "向",
    "和",
    "与",
    "及",
    "等",
    "今年",
    "去年",
    "日前",
    "近日",
    "昨天",
    "今天",
    "当选",
    "担任",
    "出任",
    "获得",
    "获",
    "发表",
    "出席",
    "会见",
    "访问",
    "率领",
    "带领",
    "创办",
    "创立",
    "创建",
    "成立",
    "加入",
    "离开",
    "辞去",
    "卸任",
    "兼任",
    "率队",
    "夺得",
    "打破",
    "执导",
    "主演",
    "饰演",
    "凭借",  # 葛优凭借这部电影获得影帝
    "笔下",  # "in the writing of": 老舍笔下的北京, 沈从文笔下的湘西
    "出生",
    "毕业",
    "带着",
    "笑着",
    "说道",
    "问道",
    "答道",
    "道",
    "曰",  # classical "said": 孔子曰
    "因",  # "because of", after the subject: 王明因病, 努尔·白克力因受贿罪被判处
    # Adverbs that follow a subject (马龙和陈梦均表示, 两人皆, 他亦).
    "均",
    "纷纷",
    "皆",
    "亦",
    "仍",
    "却",
    "随后",
    "随即",
    "分别",
    "先后",
    "一同",
    "一起",
    "共同",
    "刚刚",
    "正在",
    "终于",
    "依然",
    "仍然",
    "始终",
    "早已",
    "再次",
    "亲自",
    "一直",
    "此前",
    "本人",
    "首次",
    # One-character verbs of reported speech and gesture (雷军笑称, 王小明问).
    "笑",
    "叹",
    "问",
    "答",
    "喊",
    "叫",
    "看",
    "听",
    "想",
    "写",
    "拿",
    "坐",
    "站",
    "回",
    "来",
    "去",
    "到",
]


# The verbs of official and diplomatic copy whose subject is a person and whose object is one too (李强陪同, 王毅会晤,
# 习近平致电祝贺; 会见 and 出席 are in VERBS_AFTER): the name before them ends where they start. The finder of unknown
# names reads them as VERBS_AFTER (`zhgloss.unknown`), the review's R49-11: 总理李强陪同 is 李强 + 陪同, not 李强陪.
# Not in VERBS_AFTER itself, which annotate's word rules read as verbs of a subject too (a place before 欢迎 is a
# place's name more often than a subject: 上海欢迎你).
PROTOCOL_VERBS = [
    *("会晤", "接见", "会谈", "见证", "致电", "致函", "致信", "祝贺", "慰问", "拜会", "拜访", "陪同", "邀请", "约见"),
    *("送别", "宴请", "任命", "免去", "提名", "授予", "颁发", "看望", "探望", "悼念", "吊唁", "感谢", "称赞", "批评"),
    *("通话", "答谢"),
]


# Characters that join names in a list: 任正非、马化腾和李彦宏.
_LIST_MARKS = "、和与及跟同"
T2S_PATH = DATA / "t2s.txt"
JAPANESE_SURNAME_ENDS = "田井藤野本村山崎岛川口木上下泽原谷泉生森桥冈部内尾"
"""Characters that end Japanese surnames (田 of 田中, 井 of 井上, 藤 of 佐藤, 上 of 村上, 泉 of 小泉 …), as the
finder of unknown names reads them after a title (`zhgloss.unknown._JAPANESE_SURNAME_ENDS`, the same characters,
which says where they come from); here for the glossary's rules, which need them without importing the finder."""

SURNAMES_PATH = DATA / "surnames.tsv"
"""`zhgloss.pinyin.SURNAMES_PATH` (a test holds them equal), named here without importing that module."""


@lru_cache(maxsize=1)
def _t2s_pairs() -> tuple[str, str]:
    """The traditional characters of t2s.txt and their simplified forms, as two strings of the same length.

    Parsed once into the user's cache folder. Two strings load in microseconds where a dict of
    3,500 pairs takes a millisecond, which a one-line annotate would pay.
    """
    from zhgloss.cache import load_data_cached

    def parse() -> tuple[str, str]:
        with T2S_PATH.open(encoding="utf-8") as fp:
            pairs = [line.rstrip("\n") for line in fp if not line.startswith("#")]
        table = {pair[0]: pair[1] for pair in pairs if len(pair) == 2}
        return "".join(table), "".join(table.values())

    return load_data_cached("t2s-v2", [T2S_PATH], parse)


@lru_cache(maxsize=1)
def _t2s_table() -> dict[str, str]:
    """The traditional characters of t2s.txt and their simplified forms."""
    return dict(zip(*_t2s_pairs(), strict=True))


@lru_cache(maxsize=1)
def _t2s() -> tuple[re.Pattern[str], dict[str, str]]:
    """The traditional characters of t2s.txt (a pattern finding any) and their simplified forms."""
    table = _t2s_table()
    return re.compile("[" + "".join(table) + "]"), table


@lru_cache(maxsize=1)
def _t2s_ordinals() -> dict[int, int]:
    """`_t2s_table` keyed by code point, for `str.translate`."""
    return str.maketrans(*_t2s_pairs())


@lru_cache(maxsize=1)
def _folding() -> tuple[str, str]:
    """The traditional characters of t2s.txt that no simplified text writes, and their simplified forms, as two
    strings of the same length: t2s.txt's pairs less the characters standard simplified script keeps too
    (`zhgloss.convert.kept_characters`: 乾 of 乾隆, 汎, 拚, 麽). Parsed once into the user's cache folder."""
    from zhgloss.cache import load_data_cached
    from zhgloss.convert import KEPT_CHARACTERS_PATH, kept_characters

    def parse() -> tuple[str, str]:
        kept = kept_characters()
        pairs = [(a, b) for a, b in zip(*_t2s_pairs(), strict=True) if a not in kept]
        return "".join(a for a, _ in pairs), "".join(b for _, b in pairs)

    return load_data_cached("t2s-fold-v1", [T2S_PATH, KEPT_CHARACTERS_PATH], parse)


@lru_cache(maxsize=1)
def _folding_table() -> dict[int, int]:
    """`_folding` keyed by code point, for `str.translate`."""
    return str.maketrans(*_folding())


@lru_cache(maxsize=1)
def _folding_re() -> re.Pattern[str]:
    """A pattern that finds any character of `_folding`."""
    return re.compile("[" + _folding()[0] + "]")


def traditional_folded(text: str) -> str | None:
    """Return `text` with each character that only traditional script writes in its simplified form (same length,
    same offsets: 劉强東 -> 刘强东), or None when it holds none.

    Text converted by halves, or typed with two input methods, mixes the scripts within one name (劉强東: 劉 and 東
    traditional, 强 simplified), which neither a name's simplified form nor its traditional ones spell. A character
    standard simplified script writes too is not folded (乾 of 乾隆: `_folding`), so simplified text comes back None.
    """
    if _FOLD_BY_TABLE[0] > 0:
        # The first few thousand characters of a process by the table: compiling `_folding_re` (thousands of
        # characters in a class) costs a one-line annotate a few ms; a stream's lines pay it once, and then find
        # none (most text) twenty times faster than by the table.
        _FOLD_BY_TABLE[0] -= len(text)
        folded = text.translate(_folding_table())
        return None if folded == text else folded
    if _folding_re().search(text) is None:
        return None
    return text.translate(_folding_table())


_FOLD_BY_TABLE = [4096]
"""How many more characters `traditional_folded` reads by its table before it compiles its pattern."""


_SHORT_T2S = 256
"""Up to this length `_simplified` translates character by character: compiling `_t2s`'s pattern costs ~15 ms."""


def _simplified(text: str) -> str:
    """Return `text` with each traditional character replaced by its simplified form (same length, same offsets).

    The statistics and words are simplified; OpenCC's t2s, one character at a time (t2s.txt),
    lets traditional text (HK, Taiwan) be read with them.
    """
    if len(text) <= _SHORT_T2S:
        return text.translate(_t2s_ordinals())
    pattern, table = _t2s()
    # re.sub touches only the traditional characters: str.translate looks up every character of the
    # text in a dict (8 ms on 196 KB of simplified text with two traditional characters, against 0.2 ms).
    return pattern.sub(lambda match: table[match.group()], text)


_CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF))


# Words that make a name before them part of an organisation or a brand (李宁公司, 周大福珠宝).
ORG_SUFFIXES = [
    "公司",
    "集团",
    "股份",
    "控股",
    "银行",
    "证券",
    "基金",
    "保险",
    "珠宝",
    "金行",
    "品牌",
    "药业",
    "制药",
    "科技",
    "电器",
    "电子",
    "汽车",
    "百货",
    "商场",
    "超市",
    "广场",
    "大厦",
    "酒店",
    "饭店",
    "餐厅",
    "大学",
    "学院",
    "中学",
    "小学",
    "医院",
    "研究院",
    "研究所",
    "基金会",
    "家庄",
    "出版社",
    "工作室",
    "有限",
    "牌",
    "店",
    "厂",
    "村",
    "镇",
    "乡",
    "县",
    "市",
    "省",
    "区",
    "路",
    "街",
    "桥",
    "湖",
    "港",
    "站",
    "寺",
    # Places named after a person (梅兰芳大剧院, 周恩来纪念馆).
    "大剧院",
    "剧院",
    "纪念馆",
    "庙",
    # Shops, brands and their products: a person-like name before them is the brand (杨国福麻辣烫,
    # 张小泉剪刀, 周生生门店).
    "门店",
    "连锁",
    "餐饮",
    "食品",
    "乳业",
    "酒业",
    "白酒",
    "茶饮",
    "奶茶",
    "火锅",
    "麻辣烫",
    "面馆",
    "酒家",
    "酒楼",
    "茶楼",
    "雪糕",
    "腐乳",
    "凉茶",
    "剪刀",
    "服饰",
    "鞋业",
    "家居",
    "厨电",
    "地产",
    "置业",
    "物业",
    "资本",
    "传媒",
    "影业",
    "眼科",
    "诊所",
    "药房",
    "商标",
    "老字号",
    "奖",  # an award: 白玉兰奖, 金鸡奖
    "榜",  # a ranking: 胡润百富榜
    "中国",  # a company's arm in China: 红杉中国, 宝马中国
]
# Places and institutions named after a person, for the finder of unknown names only (annotate's word rules
# keep ORG_SUFFIXES): right after a person-like name they make it the place's (宋庆龄故居, 鲁迅公园,
# 邵逸夫体育馆).
NAMED_AFTER_HEADS = [
    "学校",
    "中学",
    "小学",
    "大学",
    "学院",
    "书院",
    "中心",
    "剧场",
    "剧院",
    "故居",
    "旧居",
    "纪念馆",
    "纪念堂",
    "陈列馆",
    "博物馆",
    "美术馆",
    "图书馆",
    "体育馆",
    "展览馆",
    "陵园",
    "公园",
    "基金会",
    "研究院",
    "研究所",
    "医院",
    "大楼",
    "奖",
    # Markets, reservoirs and communes named after a village named after a family (潘家园古玩市场, 刘家峡水库,
    # 冯小刚电影公社).
    "市场",
    "水库",
    "公社",
]
# Goods that a brand named after a person sells: after a person-like name and 的 (王致和的腐乳, 张小泉的刀具,
# 俞兆林的保暖内衣), the name is the brand's; a person's 的 names kin, works, words and deeds, seldom such goods.
# For the finder of unknown names only.
PRODUCT_WORDS = [
    *("饮料", "饮品", "牛奶", "酸奶", "奶粉", "乳品", "雪糕", "冰淇淋", "月饼", "糕点", "零食", "食品"),
    *("腐乳", "酱油", "辣酱", "调味品", "凉茶", "白酒", "啤酒", "葡萄酒", "黄酒", "茶叶", "方便面", "螺蛳粉"),
    *("刀具", "剪刀", "菜刀", "梳子", "内衣", "服装", "童装", "鞋子", "球鞋", "运动鞋", "化妆品", "护肤品"),
    *("香水", "药膏", "膏药", "中成药", "保健品", "珠宝", "首饰", "金饰", "门店", "专卖店", "招牌菜"),
]
BELONGINGS = [
    *("鞋子", "球鞋", "运动鞋", "内衣", "服装", "童装", "首饰", "珠宝", "金饰", "香水", "化妆品", "护肤品"),
    *("梳子", "刀具", "剪刀", "菜刀"),
]
"""The goods of PRODUCT_WORDS that a person owns or wears: after a name and 的 they are hers (王芳的鞋子放在门口)
unless the clause speaks of trade (TRADE_WORDS: 俞兆林的保暖内衣销量上涨). For the finder of unknown names only."""
TRADE_WORDS = [
    *("销量", "销售", "销往", "卖", "售", "畅销", "热销", "价格", "品牌", "门店", "专卖", "市场", "上市"),
    *("电商", "出口", "口碑", "有名", "知名", "老字号", "家喻户晓", "生产", "工厂", "厂家", "推出", "新品"),
    *("受欢迎", "消费者", "顾客"),
]
"""Words of trade: in the clause after a name, 的 and goods, they make the name a brand's (`BELONGINGS`)."""
FINDER_ORG_WORDS = sorted({*ORG_SUFFIXES, *NAMED_AFTER_HEADS, *PRODUCT_WORDS})
"""ORG_SUFFIXES, NAMED_AFTER_HEADS and PRODUCT_WORDS: what the finder of unknown names reads as an organisation,
place or product word right after a name (张裕葡萄酒, 王守义调味品 are brands)."""
_ORG = frozenset(ORG_SUFFIXES)
_ORG_SIZES = sorted({len(w) for w in _ORG}, reverse=True)
_BEFORE = frozenset(TITLES_BEFORE)
_BEFORE_SIZES = sorted({len(w) for w in _BEFORE}, reverse=True)
_CLOSERS = frozenset(_LIST_MARKS + '，。；：！？,;:!?）)」』"”')


@lru_cache(maxsize=1)
def _before_re() -> re.Pattern[str]:
    """The titles before a name (compiled on first use: ~5 ms that a one-line annotate need not pay)."""
    return re.compile(f"(?:{'|'.join(map(re.escape, sorted(_BEFORE, key=len, reverse=True)))})\\Z")


_BEFORE_LONGEST = max(_BEFORE_SIZES)


class _CjkChars(dict[str, bool]):
    """_CJK_CHAR[c] tells whether the character c is one `_cjk_re` matches, remembered per character.

    One lookup per character beats a regex call on 1-2 characters. A set of all 27,000 would cost
    every import ~3 ms to build (a one-line annotate pays it); this one fills as characters are asked.
    """

    def __missing__(self, char: str) -> bool:
        code = ord(char)
        self[char] = verdict = any(lo <= code <= hi for lo, hi in _CJK_RANGES)
        return verdict


_CJK_CHAR = _CjkChars()
PROPER_MARK = "# PROPER"
"""The line of words.txt after which come the names only jieba tags as places or organisations."""


def split_words(lines: Iterable[str]) -> tuple[list[str], list[str]]:
    """Split words.txt lines into (common words, sorted; names only jieba tags as places or organisations)."""
    common: list[str] = []
    proper: list[str] = []
    target = common
    for line in lines:
        word = line.rstrip("\n")
        if word == PROPER_MARK:
            target = proper
        elif word and not word.startswith("#"):
            target.append(word)
    return common, proper


@lru_cache(maxsize=1)
def _bundled_words() -> tuple[list[str], list[str]]:
    """words.txt, read once: the file is large, so it is split as one string rather than line by line."""
    text = WORDS_PATH.read_text(encoding="utf-8")
    head, _, proper = text.partition(f"\n{PROPER_MARK}\n")
    lines = head.split("\n")
    start = next(i for i, line in enumerate(lines) if not line.startswith("#"))
    return lines[start:], [w for w in proper.split("\n") if w]


class _WordFile(AbstractSet[str]):
    """words.txt read in place: a word is found by binary search over the file's sorted lines.

    Nothing is read or parsed on loading (the file is memory-mapped, `zhgloss.datafile`), so a
    process that asks about a few words (a one-line annotate dropping 马云 from 马云飞) does not pay
    for a set of 140,000; `proper` holds the names after PROPER_MARK, as in `load_stats`, looked up
    in place too. UTF-8 bytes sort as the code points do, so the sorted common words are searched
    as bytes.
    """

    def __init__(self, data: Mapped, *, proper: bool = True) -> None:
        # The mark is looked for from the end, where it stands (words.txt has one, as `split_words` reads
        # it), so the pages of the common words are not read to find it; a list without (proper=False:
        # common_words.txt) is not searched at all. Either search reads the whole file otherwise (~0.5 ms).
        mark = data.rfind(f"\n{PROPER_MARK}\n".encode()) if proper else -1
        self._end = mark if mark >= 0 else len(data)
        """Where the sorted common words end (the line break before PROPER_MARK)."""
        start = 0
        while start < self._end and data[start : start + 1] == b"#":  # the header's comment lines
            newline = data.find(b"\n", start, self._end)
            start = newline + 1 if newline >= 0 else self._end
        self._data = data
        self._start = start
        self._proper = _LineSet(data, mark + len(PROPER_MARK) + 2 if mark >= 0 else len(data))

    def _lower_bound(self, key: bytes) -> int:
        """Return the start of the first line that is not below `key` (the common words' end if none is)."""
        return lower_bound(self._data, key, self._start, self._end)

    def longer_words(self, prefix: str, extra: int) -> list[str]:
        """Return the common words that start with `prefix` and are 1 to `extra` characters longer, in order."""
        key = prefix.encode()
        data, end, pos, out = self._data, self._end, self._lower_bound(key), []
        while pos < end and data[pos : pos + len(key)] == key:
            line = line_at(data, pos, end)
            word = line.decode()
            if len(prefix) < len(word) <= len(prefix) + extra:
                out.append(word)
            pos += len(line) + 1
        return out

    @property
    def proper(self) -> AbstractSet[str]:
        """The names after PROPER_MARK (places and organisations only jieba tags): a few thousand, in place."""
        return self._proper

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word:
            return False
        key = word.encode()
        return line_at(self._data, self._lower_bound(key), self._end) == key or word in self._proper

    def __iter__(self) -> Iterator[str]:
        common, _ = split_words(self._data[self._start : self._end].decode().split("\n"))
        return iter([*common, *self._proper])

    def __len__(self) -> int:
        common = self._data[self._start : self._end]
        return common.count(b"\n") + (not common.endswith(b"\n")) + len(self._proper)


class _LineSet(AbstractSet[str]):
    """The lines of data[start:] (unsorted), as a set: a word is looked up with one `find` over them.

    For a few thousand lines (words.txt's names after PROPER_MARK) that a process asks a few words
    of; the set of them is built only to iterate or count.
    """

    def __init__(self, data: Mapped, start: int) -> None:
        self._data = data
        self._start = start
        self._set: frozenset[str] | None = None

    def _words(self) -> frozenset[str]:
        if self._set is None:
            self._set = frozenset(w for w in self._data[self._start :].decode("utf-8").split("\n") if w)
        return self._set

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word or "\n" in word:
            return False
        if self._set is not None:
            return word in self._set
        data, first = self._data, self._start - 1  # the line break that ends the line before the first
        if first < 0 or data[first : first + 1] != b"\n":
            return word in self._words()
        key = b"\n" + word.encode()
        # A line of its own: followed by a line break, or the last line of a file without one at its end.
        return data.find(key + b"\n", first) >= 0 or (
            len(data) - len(key) >= first and data[len(data) - len(key) :] == key
        )

    def __iter__(self) -> Iterator[str]:
        return iter(self._words())

    def __len__(self) -> int:
        return len(self._words())


def longer_words_in(words: Sequence[str], prefix: str, extra: int) -> list[str]:
    """Return the words of the sorted `words` that start with `prefix` and are 1 to `extra` characters longer."""
    import bisect

    # They sit together in the sorted list, up to prefix + U+FFFF.
    lo, hi = bisect.bisect_right(words, prefix), bisect.bisect_left(words, prefix + "\uffff")
    return [w for w in words[lo:hi] if len(w) <= len(prefix) + extra]


@lru_cache(maxsize=1)
def word_file() -> _WordFile:
    """Return the bundled words.txt, read in place (see `_WordFile`)."""
    return _WordFile(map_data(WORDS_PATH))


@lru_cache(maxsize=1)
def _surname_forms() -> frozenset[str]:
    """The forms `zhgloss.pinyin.surnames` knows (simplified and traditional), from the user's cache folder."""
    from zhgloss.cache import load_data_cached

    def build() -> list[str]:
        from zhgloss.pinyin import surnames

        return sorted(surnames())

    # zhgloss.pinyin's own paths, spelt out: importing it (~10 ms) is needed only to build the table.
    sources = [SURNAMES_PATH, Path(__file__).with_name("pinyin.py")]
    return frozenset(load_data_cached("surname-forms-v1", sources, build))


def _title_before(text: str, i: int) -> bool:
    """Tell whether a title of TITLES_BEFORE ends at offset `i` of `text` (董事长 before 任正非), or a chief officer's
    (_CHIEF_OFFICER_RE: 首席财务官, 首席运营官, 首席人力资源官 before 王华)."""
    if not i:
        return False
    if _before_re().search(text, max(0, i - _BEFORE_LONGEST), i):
        return True
    return text[i - 1] == "官" and _CHIEF_OFFICER_RE.search(text, max(0, i - _CHIEF_OFFICER_LONGEST), i) is not None


_CHIEF_OFFICER_RE = re.compile("首席[\u4e00-\u9fff]{1,5}官\\Z")
"""A chief officer's title, 首席 + the office's field + 官 (CFO 首席财务官, COO 首席运营官, CTO 首席技术官, CIO
首席信息官, CMO 首席营销官, CHRO 首席人力资源官): the corporate titles are a pattern, not a list (the user's U37-11:
首席财务官王华 was read 官王华, the title's 官 taken for a surname)."""
_CHIEF_OFFICER_LONGEST = 8


@lru_cache(maxsize=1)
def _org_re() -> re.Pattern[str]:
    """The organisation words of ORG_SUFFIXES as an alternation (compiled on first use)."""
    return re.compile("|".join(map(re.escape, sorted(_ORG, key=len, reverse=True))))


_LIST_REACH = 4
"""How many list items `NameFinder._in_brand_list` walks each way from a name."""
_ITEM_LONGEST = 8
"""The longest list item `NameFinder._in_brand_list` reads (the rest of a long item says nothing of a brand)."""
_ITEM_ENDS = frozenset(_LIST_MARKS) | _CLOSERS


@lru_cache(maxsize=1)
def _item_end_re() -> re.Pattern[str]:
    """A list mark or punctuation: where a list item ends (compiled on first use, which most lines never make)."""
    return re.compile("[" + "".join(map(re.escape, sorted(_ITEM_ENDS))) + "]")


def _item_end(text: str, start: int) -> int:
    """Where the list item starting at `start` ends: at the next list mark or punctuation, at most _ITEM_LONGEST on."""
    end = _item_end_re().search(text, start, start + _ITEM_LONGEST)
    return min(len(text), start + _ITEM_LONGEST) if end is None else end.start()


@lru_cache(maxsize=1)
def _item_start_re() -> re.Pattern[str]:
    """Anything, then a list mark or punctuation: the last mark before a list item (`_item_start`)."""
    return re.compile("(?s:.*)[" + "".join(map(re.escape, sorted(_ITEM_ENDS))) + "]")


def _item_start(text: str, end: int) -> int:
    """Where the list item ending at `end` starts: after the list mark or punctuation before it, at most
    _ITEM_LONGEST back (the last such mark of those characters, found by one match at C speed)."""
    start = max(0, end - _ITEM_LONGEST)
    last = _item_start_re().match(text, start, end)
    return start if last is None else last.end()


def ordinary_words() -> frozenset[str]:
    """Return the ordinary words of running text (`zhgloss.glossable.common_words`: CC-CEDICT and jieba's counts)."""
    from zhgloss.glossable import common_words as glossable_words

    return glossable_words()


@lru_cache(maxsize=1)
def ordinary_word_file() -> AbstractSet[str]:
    """Return `ordinary_words` read in place (common_words.txt is sorted too), for a process that asks a few."""
    from zhgloss.glossable import COMMON_WORDS_PATH

    return _WordFile(map_data(COMMON_WORDS_PATH), proper=False)


_TITLE_TAILS = frozenset(w[-1] for w in TITLES_BEFORE) | frozenset(_simplified("".join(w[-1] for w in TITLES_BEFORE)))
"""The last characters of the titles: a title ends right before a surname only where one of them stands."""
