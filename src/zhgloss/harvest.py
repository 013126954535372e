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

import functools
import re
import shlex
import unicodedata
from collections import ChainMap
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal, cast

from zhgloss.adopted import (
    _toneless,
    _variants,
    english_given_names,
    english_name_last,
    government_style,
    surname_keys,
)
from zhgloss.adopted import readings as _readings
from zhgloss.adopted import spells as _spells
from zhgloss.adopted import surname_spellings as _surname_spellings
from zhgloss.curate import fill_pinyin, fill_zh_hant, unique_id
from zhgloss.errors import ZhglossError
from zhgloss.formats.table import untyped_type
from zhgloss.forms import LEGAL_FORM, legal_form_shortenings, umlaut_spellings
from zhgloss.forms import status as form_status
from zhgloss.japanese import JAPANESE_SURNAME_ENDS_PATH as JAPANESE_SURNAME_ENDS_PATH
from zhgloss.japanese import ORG_WORDS as _ORG_WORDS
from zhgloss.japanese import PLACE_GENERICS as _PLACE_GENERICS
from zhgloss.japanese import (  # (moved to japanese.py, SPD-42-1: validate and forms need them without the harvester)
    japanese_surname_ends as japanese_surname_ends,
)
from zhgloss.japanese import japanese_surname_word as japanese_surname_word
from zhgloss.model import Entry, EntryColumns, Role, entry_columns, slugify
from zhgloss.people import cedict_persons
from zhgloss.script import (
    INVISIBLE_MARKS,
    NAME_SEPARATOR_PATTERN,
    NAME_SEPARATORS,
    TONE_MARKS,
    UNICODE_SPACES,
    ZERO_WIDTH_SPACE,
    en_key,
    en_words,
    has_cjk,
    has_tones,
    is_cjk,
    is_nfc,
    normalize,
    pinyin_key,
    zh_key,
)
from zhgloss.tickers import ticker_key
from zhgloss.titles import HONORIFICS as _HONORIFICS
from zhgloss.titles import PERSON_NOUNS as _PERSON_NOUNS
from zhgloss.titles import TITLE_MODIFIERS as _TITLE_MODIFIERS
from zhgloss.titles import is_role_word
from zhgloss.titles import split_title as split_title  # (moved to titles.py, R40-3; the old name still works)

_is_role_word = is_role_word  # (validate.py imports it from here)

Status = Literal["new", "known", "conflict"]
Check = Literal["pinyin", "reversed", "adopted", "different", "ticker"]

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ebef"
_EXCHANGES = (
    "HKEX|SEHK|HKG|HK|NASDAQ|NYSE|AMEX|NYSEAMERICAN|SH|SS|SSE|SZ|SZSE|BJ|BSE|STAR|TWSE|TPEX|TWO|TW|TYO|TSE|LSE|KRX|SGX"
    "|ASX|TSX|OTC"
)
# One item of a bracket that is a stock code: 3888:HKEX, HKEX: 3690, HKG: 3888 (Google Finance's), 002594.SZ, and
# Bloomberg's 3888 HK, 700 HK, BABA US with the Chinese financial press's JD.US. The suffixes of a number are Reuters'
# and Yahoo Finance's: .HK Hong Kong, .SS (.SH) Shanghai, .SZ Shenzhen, .BJ Beijing, .TW Taiwan Stock Exchange, .TWO
# Taipei Exchange (TPEx), .T Tokyo, .KS Korea Exchange (KOSPI), .KQ KOSDAQ (U35-2: "TSMC (台積電, 2330.TW)"), .SI
# Singapore.
_TICKER_ITEM = re.compile(
    rf"(?:(?P<code>[A-Z0-9]{{1,6}}(?:\.[A-Z])?)\s*:\s*(?P<exch>{_EXCHANGES})"
    rf"|(?P<exch2>{_EXCHANGES})\s*:\s*(?P<code2>[A-Z0-9]{{1,6}})"
    rf"|(?P<code3>\d{{4,6}})\.(?P<exch3>HK|SH|SZ|SS|BJ|TWO|TW|T|KS|KQ)"
    # Reuters' codes of US and London listings: BABA.N (New York), PDD.O and PDD.OQ (Nasdaq), HSBA.L (London).
    rf"|(?P<code4>[A-Z]{{1,5}})\.(?P<exch4>N|OQ|O|L)"
    rf"|(?P<code5>[A-Z0-9]{{1,6}})(?:\.|\s+)(?P<exch5>US|HK)"
    # Singapore Exchange codes, a letter and digits, with Reuters' and Yahoo's .SI: D05.SI (DBS), C6L.SI (U37-42).
    rf"|(?P<code6>(?=[A-Z0-9]*\d)[A-Z0-9]{{3,4}})\.(?P<exch6>SI))"
)
# Every pattern here runs in time linear in the line (texts from HTML and PDF come as one line of
# 100 KB or more). A bracket is read only up to BRACKET_CHARS characters, and what comes before it
# through a window of BEFORE_WINDOW characters (no name is longer): a long line is neither scanned
# again nor copied once per bracket, and a run of Chinese with no bracket after it costs nothing.
BEFORE_WINDOW = 200
BRACKET_CHARS = 400
_ZH_RUN_WINDOW = 64
_RUN = f"{_CJK}{NAME_SEPARATORS}"
# Round brackets, and the lenticular and tortoise-shell ones Chinese copy writes too ("王翔【Wang Xiang】", "邹涛〔Zou
# Tao〕"), each closed by its own.
_BRACKET = re.compile(
    # A company's name may hold a bracket of its own, one level deep: "九龍倉集團有限公司（「九龍倉」；The Wharf
    # (Holdings) Limited）", "（中国平安保险（集团）股份有限公司）" (U37-3's addendum).
    rf"[（(]((?:[^()（）【】〔〕\n]|[（(][^()（）【】〔〕\n]{{1,40}}[）)]){{1,{BRACKET_CHARS}}})[）)]|【([^【】\n]{{1,{BRACKET_CHARS}}})】|〔([^〔〕\n]{{1,{BRACKET_CHARS}}})〕"
    # Square brackets holding Chinese ("Zou Tao [邹涛]"), not a link's text ("[小米](https://…)").
    rf"|\[([^\[\]()（）\n]{{0,{BRACKET_CHARS}}}[{_CJK}][^\[\]()（）\n]{{0,{BRACKET_CHARS}}})\](?!\()"
)
# A bracket's items: "比亚迪, 002594.SZ", "Chinese: 蔡英文; pinyin: Cài Yīngwén; born 31 August 1956".
# A slash parts two scripts' forms (比亚迪/比亞迪) and two stock codes ("2318.HK/601318.SH").
_ITEM_SEPARATOR = re.compile(
    rf"\s*[,，;；、]\s*|(?<=[{_CJK}])\s*[/\uff0f]\s*(?=[{_CJK}])|(?<=\.[A-Z]{{2}})\s*[/\uff0f]\s*(?=\d{{3,6}}\.[A-Z]{{2}}\b)"
)
# A foreign name's Latin initials, each before a name separator: J·D·万斯 (JD Vance), 约翰·F·肯尼迪 (John F. Kennedy).
_INITIAL_PART = rf"[A-Z](?=[{NAME_SEPARATORS}])"
_ZH_ITEM = re.compile(
    rf"(?:[A-Z][{NAME_SEPARATORS}])*[{_CJK}](?:[{_RUN}]|{_INITIAL_PART}|[（(][{_CJK}]{{1,4}}[）)](?=[{_CJK}])){{0,19}}"
)  # 华润（集团）有限公司
# A work's or a product's Chinese name with Latin letters, digits or a subtitle after a colon in it: "流浪地球2",
# "小米SU7", "麒麟9000S", "华为Mate 60 Pro", "黑神话：悟空". Such a name is taken only where the English before the
# bracket writes the same letters and digits (`_writes_latin_of`).
_ZH_MIXED_ITEM = re.compile(rf"[{_CJK}][{_RUN}A-Za-z0-9：: ]{{0,28}}[{_CJK}A-Za-z0-9]")
# Latin letters, accented ones too ("António Guterres", "José Mujica").
# Vietnamese writes its tones with Latin Extended Additional (Nguyễn Tấn Dũng); Polish and Japanese Hepburn start
# names with Latin Extended-A (Łódź, Ōsaka).
_LATIN = "A-Za-zÀ-ÖØ-öø-ɏ\u1e00-\u1eff"
_EN_ITEM = re.compile(
    rf"[A-ZÀ-ÖØ-Þ\u0100-\u024e\u1e00-\u1efe](?:[{_LATIN}.&'’\- ]|\([{_LATIN} ]{{1,20}}\)){{0,60}}"
)  # a word in brackets inside a company's name: "The Wharf (Holdings) Limited", "China Resources (Holdings)"
_LEGAL_SUFFIX = re.compile(LEGAL_FORM, re.IGNORECASE)
# Life dates at an item's start: "born 1964", "1631–1694", "25 September 1881 – 19 October 1936".
_BORN = re.compile(
    r"(?:born|b\.)\s|(?:\d{1,2}\s+[A-Za-z]+\s+)?\d{3,4}\s*[–—-]\s*(?:(?:\d{1,2}\s+[A-Za-z]+\s+)?\d{3,4})?$",
    re.IGNORECASE,
)
# Life dates that say no birth ("died 336", "d. 1994"): a person's, kept in the note too.
_DIED = re.compile(r"(?:died|d\.)\s*(?:c\.\s*)?\d", re.IGNORECASE)
# "..., also known as Richard Yu, is a Chinese business executive": another name of the lead's subject.
# An appositive after a comma, or a qualifier, says it: "Huawei (华为) called Apple a rival" names no alias.
_ALSO_KNOWN = re.compile(
    r"(?:\s*,\s*(?:(?:also|better|commonly|professionally)\s+)?|\s*(?:also|better|commonly|professionally)\s+)"
    r"(?:known as|called)\s+([A-Z][\w.'’\-]*(?:[ \u00a0]+[A-Z][\w.'’\-]*){0,4})"
)
# A chief officer's title in Latin letters: C, the office's field, O (CEO, CFO, COO, CTO, CIO, CMO, CSO, CHRO, CDO):
# a pattern as namecontext reads 首席…官, not a list (the fortieth session had CIO, CMO, CSO in one list only).
_LATIN_CHIEF = r"C[A-Z]{1,3}O"
# A company's registered name may hold a bracketed word: 华润（集团）有限公司, 中国平安保险（集团）股份有限公司.
_ZH_RUN_AT_END = re.compile(
    rf"(?<![{_RUN}])[{NAME_SEPARATORS}]*((?:[A-Z][{NAME_SEPARATORS}])*[{_CJK}]"
    rf"(?:[{_RUN}]|{_INITIAL_PART}|（[{_CJK}]{{1,4}}）(?=[{_CJK}]))*(?:兼{_LATIN_CHIEF})?)\s*$"
)
# A capitalised word, or one after an elided particle (d'Ivoire of Côte d'Ivoire, l'Aquila) or Arabic's article
# joined by a hyphen (al-Baghdadi, el-Sisi, ad-Din, ash-Sharaa).
_WORD = r"(?:[dl]['’]|[ae]l-|a[dnrstz]-|ash-)?[A-ZÀ-ÖØ-Þ][\w.&'’\-]*"
# A name written with its legal form after a comma ("Huawei Technologies Co., Ltd.") is one name.
# A comma before a legal form (`forms.LEGAL_FORM`) goes on with the name: "Tesla, Inc.", "Alpha, PLC", "Beta, S.A.".
# The comma may go without its space, as Chinese companies write their registered English ("Kweichow Moutai
# Co.,Ltd.", "BYD Co.,Ltd": U37-28).
_LEGAL_NEXT = rf",[ \u00a0]*(?=(?:{LEGAL_FORM})(?![\w\-]))"
_LEGAL_NEXT_RE = re.compile(rf",(?=(?:{LEGAL_FORM})(?![\w\-]))")
# The lower-case words a name's capitalised words may hold, two at most between two ("Romance of the Three Kingdoms").
_NAME_LINKS = "of|the|and|for|de|la|van|von|der|den|du|des|da|del|di|dos|das|bin|bint|ibn|ben|al|el|&"
# British companies write their legal form in lower case, "plc" ("Standard Chartered plc", "HSBC Holdings plc"):
# it ends the name's run, as a capitalised one does.
_LOWER_LEGAL = r"(?:,?[ \u00a0]+plc\.?)?"
_NAME_RUN = re.compile(
    rf"({_WORD}(?:(?:[ \u00a0]+(?:(?:{_NAME_LINKS})[ \u00a0]+){{0,2}}|{_LEGAL_NEXT}){_WORD})*{_LOWER_LEGAL})[ \u00a0]*$"
)
# A number in a name after its first word: "The Wandering Earth 2", "Ne Zha 2", "Mate 60 Pro", "Kirin 9000S" (read
# so only where a digit is near: the longer pattern costs).
_NUMBER_WORD = r"\d[\w.]*"
_NUMBERED_RUN = re.compile(
    rf"({_WORD}(?:(?:[ \u00a0]+(?:(?:{_NAME_LINKS})[ \u00a0]+){{0,2}}|{_LEGAL_NEXT})(?:{_WORD}|{_NUMBER_WORD}))*"
    rf"{_LOWER_LEGAL})[ \u00a0]*$"
)
# The same, with a subtitle after a colon ("Black Myth: Wukong"): read so only where the Chinese writes a colon too.
_SUBTITLED_RUN = re.compile(
    rf"({_WORD}(?:(?:[ \u00a0]+(?:(?:{_NAME_LINKS})[ \u00a0]+){{0,2}}|:[ \u00a0]+|{_LEGAL_NEXT})"
    rf"(?:{_WORD}|{_NUMBER_WORD}))*)[ \u00a0]*$"
)


def _vocabulary(words: str) -> frozenset[str]:
    """A set of lower-case words written as one space-separated string."""
    return frozenset(words.split())


# Honours and degrees written after a name (post-nominal letters, Wikipedia's MOS:POSTNOM): Hong Kong's (GBM Grand
# Bauhinia Medal, GBS, SBS, BBS Gold, Silver, Bronze Bauhinia Star, MH Medal of Honour, JP Justice of the Peace),
# the British orders' (GBE, KBE, DBE, CBE, OBE, MBE; GCMG, KCMG, CMG; GCB, KCB; GCVO, KCVO, CVO, LVO, MVO), degrees
# and fellowships (PhD, DPhil, FRS, FREng, FBA, FRSE), silks (KC, QC; Hong Kong's SC) and seats (MP, MEP, MLA, MLC);
# Hong Kong's disciplined services' medals (PDSM, PMSM police; FSDSM, FSMSM fire; IDSM, IMSM immigration; CSDSM,
# CSMSM correctional; CMSM customs: the Hong Kong honours system). Not part of the name: the note keeps them.
POST_NOMINALS = _vocabulary(
    "GBM GBS SBS BBS MH JP GBE KBE DBE CBE OBE MBE GCMG KCMG CMG GCB KCB GCVO KCVO CVO LVO MVO PhD DPhil FRS FREng FBA "
    "FRSE KC QC SC MP MEP MLA MLC PDSM PMSM FSDSM FSMSM IDSM IMSM CSDSM CSMSM CMSM"
)
# Capitalised words that start a sentence or are honorifics, not part of the name after them.
_TITLE_ARTICLES = frozenset({"A", "An", "The"})
_LEADING_NOISE = _vocabulary(
    "a after also an and according as at before both but by dear during even for from however in its last "
    "like madam meanwhile mr mr. mrs mrs. ms ms. dr dr. sir my next of on only or our said says similarly "
    "since the their then these this those today under unlike when while with without yesterday his her "
    "later earlier now still instead separately finally previously recently currently there here tomorrow tonight "
    "sheikh sheikha sheik"
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
    "社",
    "汽车",
    "商城",
    "证券",
    "航空",
    "电信",
    "保险",
    "传媒",
    "日报",
    "晚报",
    "时报",
    "电视台",
    "学院",
    "医院",
    "大会",
    "议会",
    "法院",
    "政府",
    "博物馆",
    "基金会",
    "联合会",
    "党",
    # The organs of a government (the State Council's 总局 and 总署: 国家市场监督管理总局, 海关总署; 管理局; 办公室).
    "总局",
    "总署",
    "管理局",
    "办公室",
)
# The trades a company's name ends with, in Chinese (华为技术 Huawei Technologies, 苏宁电器, 三星电子, 通用电气,
# 中国移动通信, 北方工业, 长江实业: CC-CEDICT's company lines) and in English ("Renesas Electronics", "All Nippon
# Airways", "British Petroleum", "Zoomflight Telecom"): they type a name an organisation's (`_guess_type`) and are
# never a person's (`_names_a_body`, `_is_business_word`). Not _ORG_SUFFIXES nor _ORG_WORDS, whose names are taken
# whole from the clause's last break word (`_is_org`), prose and all (据悉三星集团: left alone, see the s44 report).
_TRADE_ENDINGS = ("技术", "电器", "电子", "电气", "电讯", "通信", "工业", "实业", "药业", "制药", "石油", "钢铁")
_TRADE_WORDS = _vocabulary(
    "airways electric electronics industries petroleum pharmaceutical pharmaceuticals semiconductor software telecom "
    "telecommunications"
)
# One-character words that end the words before a name in Chinese prose ("由王翔", "的小米", "据路透社"): a
# word of their own only (the text is cut into words first), so 为 of 华为 and 和 of 和平 are no break.
_ZH_BREAKS = "的是在和与由被及了对向将把为从跟同给让也都就据称说于"
# The conjunctions among them, after which a second name starts (小米和华为).
_ZH_CONJUNCTIONS = frozenset("和与及")
# Longer words that do the same ("根据新华社", "表示华为").
_ZH_BREAK_WORDS = _vocabulary(
    "根据 依据 按照 关于 对于 由于 通过 以及 包括 其中 表示 报道 指出 认为 宣布 透露 介绍 近日 日前"
    # The verbs of official copy whose object is a person, the title and name after them
    # ("王毅在北京会见美国国务卿鲁比奥", U35-24: the role is 美国国务卿, not the clause before it).
    " 会见 会晤 接见 会谈 见证 致电 致函 致信 祝贺 慰问 拜会 拜访 出席 陪同 邀请 约见 欢迎 送别 宴请 任命 免去 提名"
    " 授予 颁发 采访 专访 看望 探望 悼念 吊唁 感谢 称赞 批评 通话 答谢"
    # The words that say what a company is to another before its name ("吉利旗下极氪", "母公司软银集团": the review's
    # R47-3 addendum 2).
    " 旗下 子公司 母公司 合作伙伴 伙伴 竞争对手 对手 投资方 股东 客户"
)
# The prepositions that end a verb of place or origin (生于, 位于, 毕业于, 来自, 源自): a word of two or more characters
# ending with one is a break word (`_is_break_word`), whatever the verb; the compound surnames ending so (淳于, 鲜于)
# are not.
_ZH_BREAK_ENDINGS = "于自"


def _is_break_word(word: str) -> bool:
    """Tell whether `word`, a word of a run cut into words, ends the words before a name: a break character alone
    (_ZH_BREAKS), a break word (_ZH_BREAK_WORDS), or a verb ending with a preposition (_ZH_BREAK_ENDINGS: 生于 of
    他出生于河内, which jieba's counts cut 他|出|生于|河内) that is no surname (淳于)."""
    if len(word) == 1:
        return word in _ZH_BREAKS
    if word in _ZH_BREAK_WORDS:
        return True
    if word[-1] not in _ZH_BREAK_ENDINGS:
        return False
    from zhgloss.pinyin import surnames

    return word not in surnames()


# Titles before a Chinese name (美国总统拜登, 董事长魏哲家): the name is a person's.
_ZH_TITLES = tuple(
    _vocabulary(
        "总统 总理 首相 主席 副主席 董事长 董事 总裁 总经理 创始人 创办人 首席执行官 行长 部长 外长 市长 省长 州长 "
        "书记 发言人 大使 教授 院士 歌手 演员 导演 作家 诗人 先生 女士 议员 法官 将军 国王 女王 王子 公主 "
        "国务卿 特首 行政长官 首席部长 司长 局长 主任 秘书长 总干事 主帅 教练 球员 特使 大法官 总督 领导人 会长 社长 "
        "财长 防长 港督 澳督 首席财务官 首席运营官 首席技术官 首席信息官 首席营销官 首席战略官 财务总监 总监 副总裁 "
        "执行董事 非执行董事 独立非执行董事 董事总经理 行政总裁 公司秘书 "
        # The PLA's ranks and posts, which its copy writes after a name as often as before (张又侠上将, 董军上将).
        "上将 中将 少将 大校 上校 中校 少校 大尉 上尉 中尉 少尉 司令员 政委 政治委员 参谋长 "
        # A member of a body, as appointment notices write one (not 委员 alone, which 委员会 holds).
        "国务委员 军委委员 政治局委员 政治局常委 "
        # The chairman of a standing committee or a state commission (委员长: the NPC's; 国务委员长), a team's captain,
        # a family firm's or a school's head.
        "委员长 队长 掌门人 掌门"
    )
)
# Nouns before a name that say what a person is, not a post held: a description, kept in the note (蒙古族干部巴特尔,
# 外交部官员). Read before a name only (`_zh_title_before`), never inside one (中国浦东干部学院).
_ZH_DESCRIPTIONS = ("干部", "官员")
_MAX_EN_WORDS = 8
# Possessives that are part of a name ("People's Bank of China", "People's Daily", "Women's Federation"),
# not a company's or a place's before a name ("Xiaomi's Lei Jun").
_NAME_POSSESSIVES = _vocabulary("people women men children workers farmers citizens veterans nations world st saint")
# Words that head a phrase whose "of" leads to the name ("Shares of Pinduoduo", "Employees of Huawei"): not
# part of it. What they are of is a company or a body.
_HEAD_WORDS = _vocabulary(
    "shares share stock stocks bonds units unit subsidiary subsidiaries employees staff workers executives "
    "officials analysts investors customers users members owners shareholders sales revenue profit profits "
    "earnings results sources spokesman spokeswoman spokesperson representatives critics rivals products "
    "parent owner"
)
# Lower-case words before a name that say it is a company's ("Chinese smartphone maker Xiaomi", "e-commerce
# giant Alibaba", "Shenzhen-based drone maker DJI"); they are kept as its note.
_ORG_DESCRIPTORS = _vocabulary(
    "maker makers giant giants firm firms startup start-up carmaker automaker chipmaker retailer lender insurer "
    "operator conglomerate developer manufacturer supplier brand platform company group broker brokerage "
    "bank regulator watchdog agency broadcaster newspaper outlet university rival behemoth unicorn"
)
# Adjectives before a name that say it is a company's and where or whose it is: "Shenzhen-based",
# "State-owned", "Hong Kong-listed", "Tencent-backed".
_ORG_ADJECTIVE_ENDINGS = (
    "-based",
    "-owned",
    "-listed",
    "-backed",
    "-run",
    "-controlled",
    "-funded",
    "-headquartered",
    "-registered",
)
# Of those, the adjectives of ownership, which a body's name may start with ("State-owned Assets Supervision and
# Administration Commission"); one of place ("Shanghai-listed", "Beijing-based") never does.
_OWNERSHIP_ENDINGS = ("-owned", "-run", "-controlled", "-funded", "-backed")
# Occupations a company is described by too ("a designer and manufacturer of", "a producer of steel").
_MAKER_NOUNS = _vocabulary("designer producer developer publisher")
_PLACE_NOUNS = _vocabulary(
    "city megacity capital town village county district province prefecture municipality region island "
    "river mountain lake port metropolis state country"
)
_PREDICATE_ORG_NOUNS = (
    _ORG_DESCRIPTORS
    | _ORG_WORDS
    | _vocabulary(
        "corporation multinational enterprise manufacturer organization organisation ministry party institution"
    )
)
# Words that end the lower-case words kept before a name (a clause's start): "founded by Ren Zhengfei".
_DESCRIPTOR_STOPS = _vocabulary(
    "the a an of by to from with at in on for and or but as that said says told is was are were has have had "
    "who which when while after before according than its their his her this these those said "
    # a day the sentence is dated by, no word of the description ("On Monday US senator Marco Rubio")
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight"
)


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
    type: str | None = None
    """What the sentence says the name is ("person", "org", "place"), if it says."""
    note: str | None = None
    aliases: tuple[str, ...] = ()
    """The other names the bracket or the sentence gives ("Pony Ma (Ma Huateng; Chinese: 马化腾)": Ma Huateng)."""
    written: str | None = None
    """The English as the text writes it, when `en` is its short form ("Andy Lau Tak-wah" for Andy Lau)."""
    zh_aliases: tuple[str, ...] = ()
    """The Chinese short forms the bracket gives ("以下简称“字节”": 字节 of 字节跳动)."""


def _has_reading(char: str) -> bool:
    """Tell whether pypinyin knows a reading of Chinese character `char` (not of 䓪, CJK Extension A)."""
    from pypinyin import lazy_pinyin

    return bool(lazy_pinyin(char, errors="ignore"))


@functools.lru_cache(maxsize=4096)
def romanize(zh: str) -> str:
    """Write a Chinese name's pinyin as names are written: "王翔" -> "Wáng Xiáng", "刘强东" -> "Liú Qiángdōng".

    Uses the project's name romanizer (`zhgloss.pinyin.romanize`, which knows surname readings
    such as 单 Shàn) when it is there, else pypinyin's reading with the first character as the surname.
    Remembered, as `compare_english` is: a pure function of `zh`, asked for each bracket and each pair.
    """
    from zhgloss import pinyin as project_pinyin

    title = next((t for t in ROYAL_TITLES if zh.endswith(t) and len(zh) - len(t) >= 2), None)
    if title is not None:
        # 慈禧太后 "Cíxǐ Tàihòu", 乾隆帝 "Qiánlóng Dì": a name and its title, no surname (a reign or temple name,
        # a posthumous one), each a word; a dynasty before an emperor's name is a word of its own (汉武帝 "Hàn Wǔdì",
        # as CC-CEDICT's Han4 Wu3 di4).
        if title == "帝" and len(zh) == 3 and zh[0] in _DYNASTIES:
            return f"{_pinyin_word(zh[0])} {_pinyin_word(zh[1:])}"
        return f"{_pinyin_word(zh[: -len(title)])} {_pinyin_word(title)}"
    romanizer = getattr(project_pinyin, "romanize", None)
    if callable(romanizer):
        try:
            return str(getattr(romanizer(zh), "pinyin", ""))
        except ZhglossError:  # not a name it can read: the plain reading below will do
            pass
    if re.search(_INITIAL_PART, zh):
        # A transliterated name with Latin initials (J·D·万斯): each part a word as in a dotted name's reading
        # (史蒂夫·乔布斯 "Shǐdìfū Qiáobùsī"), an initial as written: "J D Wànsī", "Yuēhàn F Kěnnídí" (R40-5).
        parts = [p for p in re.split(NAME_SEPARATOR_PATTERN, zh) if p]
        return " ".join(p if re.fullmatch("[A-Z]", p) else _pinyin_word(p) for p in parts)
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(zh, style=Style.TONE, errors="ignore")
    if len(syllables) < sum(map(is_cjk, zh)):
        return ""  # a character with no reading known (王䓪鸣): no pinyin, never one a syllable short (U33-6)
    given = "".join(syllables[1:])
    return " ".join(p.capitalize() for p in ([*syllables[:1], given]) if p)


# The titles a ruler's or a royal's Chinese name ends with, longest first: 太后 (Empress Dowager), 帝 (Emperor), 公主
# (Princess), 亲王 (Prince) ...; what goes before them is a name without a surname.
ROYAL_TITLES = (
    "太皇太后",
    "女王",
    "国王",
    "王后",
    "王子",
    "王妃",
    "女皇",
    "皇太后",
    "皇贵妃",
    "长公主",
    "太后",
    "皇后",
    "皇帝",
    "大帝",
    "公主",
    "亲王",
    "郡王",
    "太子",
    "贵妃",
    "可汗",
    "格格",
    "帝",
    "妃",
)


_DYNASTIES = frozenset("夏商周秦汉晋隋唐宋元明清魏蜀吴齐梁陈辽金")


def _pinyin_word(zh: str) -> str:
    """The pinyin of `zh` as one capitalised word ("慈禧" -> "Cíxǐ", "太后" -> "Tàihòu")."""
    word = ""
    for part in _phrase_pinyin(zh).split():
        # An a, o or e opening a syllable inside the word is set off by an apostrophe (Cí'ān).
        opens = unicodedata.normalize("NFD", part)[:1].lower() in ("a", "o", "e")
        word += ("'" if word and opens else "") + part.lower()
    return word[:1].upper() + word[1:]


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


_VOWELS = frozenset("aeiouvy")
# Letters that stand for one sound class in transliteration (Blinken Bùlínkěn, Rubio Lúbǐ'ào, Sunak Sūnàkè).
_SOUND_CLASSES = ("bp", "dt", "gkcqx", "lrn", "szcxj", "fvwh", "mn", "jzgy", "chj", "wu", "yi")


def _substitution_cost(a: str, b: str, after: str = "") -> float:
    """What pinyin letter `a` costs written for English letter `b`, the English letter `after` following it.

    Besides the sound classes, two of the ways the tables Xinhua writes foreign names by (新华社译名室) render a
    sound English spells with two letters or by position: th as s (史密斯 Smith, 伊萨卡 Ithaca, 科林斯 Corinth, 撒切尔
    Thatcher), and a French or German j or soft g as r (日内瓦 Geneva, 布鲁日 Bruges, 热尔韦 Gervais, 荣格 Jung).
    """
    if a == b:
        return 0.0
    if a in _VOWELS and b in _VOWELS:
        return 0.4
    if (a, b, after) == ("s", "t", "h") or (a == "r" and (b == "j" or (b == "g" and after in ("e", "i", "y")))):
        return 0.5
    return 0.5 if any(a in group and b in group for group in _SOUND_CLASSES) else 2.0


def _pinyin_only_cost(c: str, after: str = "") -> float:
    # Chinese writes a vowel between consonants English clusters (Bùlínkěn for Blinken, Sūnàkè for Sunak), and
    # a syllable's nasal or h (zh, ch, sh) for a sound English writes with one letter. A y or w before a vowel
    # (`after`) is no sound of its own but the spelling of a syllable with no initial (汉语拼音方案: yi, ya, wu, wo,
    # wei for i, ia, u, uo, uei): 乌尔姆 wu'ermu for Ulm, 渥太华 wotaihua for Ottawa, 塞尔维亚 for Serbia; as a vowel.
    if c in "yw" and after and after in _VOWELS:
        return 0.3
    return 0.3 if c in _VOWELS or c == "h" else 0.4 if c in "ng" else 1.0


def _english_only_costs(letters: str) -> list[float]:
    """What leaving out each of `letters` costs when the Chinese writes nothing for it, by the letter and its
    neighbours.

    An h or a vowel costs little. So do letters the tables Xinhua writes foreign names by leave unwritten (新华社译名室,
    《英语姓名译名手册》,《德语姓名译名手册》): an r after a vowel that ends a syllable (Merz 默茨, Ford 福特, Carter
    卡特, Turner 特纳: the tables write no r there), the t or d of ts, tz, ds, one affricate that pinyin writes c or z
    (Roberts 罗伯茨, Hertz 赫茨), and the c of sch, one sound that pinyin writes x or sh (Schulz 舒尔茨).
    """
    costs = []
    for j, c in enumerate(letters):
        before = letters[j - 1] if j else ""
        after = letters[j + 1] if j + 1 < len(letters) else ""
        if (
            c == "h"
            or (c == "r" and before in _VOWELS and after not in _VOWELS)
            or (c in "td" and after in ("s", "z"))
            or (c == "c" and before == "s" and after == "h")
        ):
            costs.append(0.3)
        else:
            costs.append(0.5 if c in _VOWELS else 1.0)
    return costs


@functools.lru_cache(maxsize=4096)
def transliteration_cost(zh: str, word: str) -> float:
    """How far `word` (an English name or surname) is from the sound of `zh` read as a transliteration: 0 is the same.

    A weighted edit distance between `zh`'s toneless pinyin (first readings) and the English letters, per English
    letter: a pinyin vowel, h, nasal or y/w spelling a syllable with no initial with nothing against it costs little
    (Chinese adds vowels between consonants English clusters: 布林肯 Bùlínkěn for Blinken costs 0.04 a letter, 林肯
    for it 0.14 for the lost B), a letter of one sound class for another (l for r, b for p) half, an English
    consonant left out a whole one. inf for no pinyin or no letters.
    """
    from pypinyin import Style, lazy_pinyin

    pinyin = "".join(lazy_pinyin(zh, style=Style.NORMAL, errors="ignore", v_to_u=False)).lower()
    letters = en_key(word)
    letters = "".join(c for c in letters if c.isalpha())
    if not pinyin or not letters:
        return float("inf")
    left_out = _english_only_costs(letters)
    previous = [0.0]
    for cost in left_out:
        previous.append(previous[-1] + cost)
    for i, p in enumerate(pinyin):
        alone = _pinyin_only_cost(p, pinyin[i + 1 : i + 2])
        row = [previous[0] + alone]
        for j, c in enumerate(letters, 1):
            row.append(
                min(
                    previous[j - 1] + _substitution_cost(p, c, letters[j : j + 1]),
                    previous[j] + alone,
                    row[j - 1] + left_out[j - 1],
                )
            )
        previous = row
    return previous[-1] / len(letters)


@functools.lru_cache(maxsize=4096)
def compare_english(zh: str, en: str, any_given: bool = False) -> tuple[Check, str]:
    """Tell how English `en` relates to the pinyin of `zh`, with a sentence saying so.

    "pinyin": it is the pinyin (Wang Xiang, 王翔); "reversed": the pinyin in Western order
    (Qiangdong Liu); "adopted": only the surname follows the pinyin (Jack Ma, 马云; Richard Liu);
    "different": no relation (a translation such as Kingsoft, or another romanization). A pure function
    of its arguments, remembered: an article names one person many times, and each bracket after
    Chinese tries every ending of the run before it. `any_given`: `en` names a person, so a word before a name in
    the Chinese order may be any adopted name, not only one the census lists ("Starry Lee Wai-king", 李慧琼).
    """
    written = _phrase_pinyin(zh) if _is_listed_place(zh) else romanize(zh)  # a city is no surname + given name
    readings = _readings(zh)
    words = en_words(en)
    if not words or not readings:
        return "different", "no pinyin to compare with"
    if not _is_listed_place(zh):
        # A surname's other attested readings (surnames.tsv's "also": 覃 Qín, also Tán) are as right as the first.
        readings[0] = list(dict.fromkeys([*readings[0], *_also_readings(zh)]))
        written = _surname_as_spelt(zh, en, written)
    if _spells("".join(words), readings):
        return "pinyin", f"matches the pinyin {written}"
    if len(words) > 1 and _spells("".join(words[-1:] + words[:-1]), readings):
        return "reversed", f"the pinyin {written} in Western order (surname last)"
    surnames = {v for r in readings[0] for v in _variants(r)}
    if len(readings) > 1:
        # A compound surname (欧阳, 司马) is written as one word.
        surnames |= {a + b for a in readings[0] for b in readings[1]}
    romanized = _romanized_explanation(zh, en, romanize(zh), any_given)
    if len(words) > 1 and 2 <= len(zh) <= 4:
        for start in range(1, len(words)):
            if _spells("".join(words[start:]), readings):
                return "adopted", f"an adopted Western name before the pinyin {written}"
        if words[-1] in surnames or words[0] in surnames:
            surname = words[-1] if words[-1] in surnames else words[0]
            return (
                "adopted",
                romanized
                or f"an adopted Western name: only the surname {surname.capitalize()} follows the pinyin {written}",
            )
        if words[-1] in surname_keys(zh):
            return (
                "adopted",
                romanized
                or f"an adopted Western name: only the surname {words[-1].capitalize()} follows {zh[0]}, spelt as "
                f"Wade-Giles or Hong Kong write it"
                + (f" (pinyin {written})" if written else ""),
            )
    if romanized:
        return "different", romanized
    # A person's name is said as its entry reads it; a dotted name's too, however long (H·G·威尔斯 "H G Wēi'ěrsī",
    # not the phrase reader's "H·G· Wēi'ěrsī": the s40 left-alone).
    personal = (2 <= len(zh) <= 4 and 2 <= len(words) <= 3) or _has_separator(zh)
    shown = written if personal and written else _phrase_pinyin(zh)
    return "different", f"does not follow the pinyin {shown}: a translation or another romanization, check it"


# A given name romanized otherwise than in pinyin, one syllable a part: "Ching-te" (Wade-Giles), "Tak-wah", "Yuet-ngor"
# (Cantonese as Hong Kong writes it), "Sau-Yin" (CC-CEDICT's capitals).
_ROMANIZED_GIVEN = re.compile(r"[A-Z][a-z]*(?:-[A-Za-z][a-z]*)+")


@functools.lru_cache(maxsize=4096)
def chinese_order_parts(zh: str, en: str, any_given: bool = False) -> tuple[int, int] | None:
    """(where the surname starts, how many surnames) when `en` writes Chinese name `zh` in the Chinese order as Hong
    Kong and Taiwan do, after an adopted Western name if any; None otherwise: `zhgloss.adopted.chinese_order_parts`,
    the one rule, with harvest's titles and sentence words (`_is_no_adopted_name`). "Andy Lau Tak-wah" (刘德华) ->
    (1, 1); "Legislative Speaker Han Kuo-yu" (韩国瑜) -> None with `any_given` false."""
    from zhgloss import adopted

    return adopted.chinese_order_parts(zh, en, any_given, _is_no_adopted_name)


def _is_no_adopted_name(word: str) -> bool:
    """Tell whether `word` before a name in the Chinese order is no adopted name: a title or an occupation
    (`_is_role_word`: "Speaker", "Singer", "PM") or a word that opens a sentence or is an honorific
    (_LEADING_NOISE: "Also", "Then", "Mr"). `zhgloss.adopted` adds the honorifics ("Miss", "Dame", "Lord")."""
    return word.lower() in _LEADING_NOISE or _is_role_word(word)


def _romanized_explanation(zh: str, en: str, written: str, any_given: bool = False) -> str | None:
    """What a proposal says of English `en` that writes `zh` in the Chinese order otherwise than in pinyin
    (`chinese_order_parts`), `written` the pinyin the entry gets; None for any other English.

    "Lai Ching-te" (赖清德) is the Wade-Giles of Lài Qīngdé, as Taiwan writes names; "Li Ka-shing" (李嘉诚) writes the
    surname as pinyin does and the given name in Cantonese: neither is an adopted Western name, nor a translation.
    `any_given`: as `chinese_order_parts`'s. "Lau Chi Ping Martin" (刘炽平) is the order of Hong Kong's listed
    companies, the English name last (`zhgloss.adopted.english_name_last`).
    """
    last = english_name_last(zh, en)
    if last is not None:
        chinese = last[1][-1].split()
        english = " ".join(en.replace(",", " ").split()[len(chinese) :])
        return (
            f"the surname {chinese[0]} and the given name {' '.join(chinese[1:])} romanized as Hong Kong writes names, "
            f"then an adopted Western name, {english}, last, as Hong Kong's listed companies write their "
            f"directors: the name does not follow the pinyin {written or '(zhgloss knows none)'}"
        )
    parts = chinese_order_parts(zh, en, any_given)
    if parts is None or "-" not in en.split()[-1]:
        return None
    from zhgloss.romanizations import wade_giles_readings

    first, count = parts
    words = en.split()
    name = " ".join(words[first:])
    adopted = f"an adopted Western name, {' '.join(words[:first])}, before " if first else ""
    pinyin = en_key(_toneless(written))
    if any(en_key("".join(reading)) == pinyin for reading in wade_giles_readings(name)[0]):
        return f"{adopted}the Wade-Giles romanization of the pinyin {written}, as Taiwan writes names"
    surnames = " ".join(words[first : first + count])
    return (
        f"{adopted}the surname{'s' if count > 1 else ''} {surnames} and the given name {words[-1]} romanized as Hong "
        f"Kong, Taiwan or Korea write names: the name does not follow the pinyin {written or '(zhgloss knows none)'}"
    )


@dataclass(frozen=True)
class _Named:
    """An English name read before a bracket, and what the words around it say of it."""

    name: str
    role: str | None = None
    type: str | None = None
    note: str | None = None
    honours: tuple[str, ...] = ()
    """Post-nominal letters written after the name ("GBM", "GBS"): no part of it."""


def _english_name(before: str) -> str | None:
    """The capitalised name that ends `before` ("... led by Zou Tao " -> "Zou Tao"), without sentence-start words."""
    found = _english_name_and_role(before)
    return found.name if found else None


def _english_name_and_role(before: str, zh: str | None = None) -> _Named | None:
    """The name that ends `before`, the role or description written in front of it, and the type they say.

    "Taiwan President Tsai Ing-wen " -> Tsai Ing-wen, role "Taiwan President"; "Xiaomi’s Lei Jun " ->
    Lei Jun; "General Motors " -> General Motors: a title word is a role only when a name of two or
    more words, not a company's, follows it. "Alibaba founder Jack Ma ", "Hong Kong tycoon Li Ka-shing ":
    the lower-case title before the capitalised name is the role too. "Chinese smartphone maker Xiaomi ",
    "Shenzhen-based drone maker DJI ": a company, described so (its note). "Shares of Pinduoduo ":
    a word that heads an "of" phrase is not part of the name, nor is what leads to a name whose
    pinyin (`zh`'s) the words after "of" spell whole.
    """
    window = before[-BEFORE_WINDOW:]
    if zh is not None and (":" in zh or "：" in zh):
        match = _SUBTITLED_RUN.search(window)
    else:
        match = (_NUMBERED_RUN if re.search(r"\d", window[-40:]) else _NAME_RUN).search(window)
    if match is None:
        return None
    words = match.group(1).split()
    honours: list[str] = []
    while len(words) > 2 and (words[-1].rstrip(",") in POST_NOMINALS or _after_chinese_order(words)):
        honours.insert(0, words.pop().rstrip(","))
    if honours:  # "Carrie Lam Cheng Yuet-ngor GBM GBS": the name without the honours after it
        found = _english_name_and_role(window[: match.start(1)] + " ".join(words) + " ", zh)
        return None if found is None else replace(found, honours=tuple(honours))
    # A possessive the Chinese writes too (之 or 的: 玩偶之家 "A Doll's House") is the name's own, not the words before
    # it; so many of the last possessives are kept.
    kept = sum(map(zh.count, "之的")) if zh else 0
    after_possessive = False
    for i in range(len(words) - 1, -1, -1):
        possessive = re.search(r"['’]s?$", words[i])
        if possessive and words[i][: possessive.start()].lower() in _HONORIFIC_WORDS:
            continue  # "Dato' Sri Liow Tiong Lai": an honorific's apostrophe
        if possessive and i < len(words) - 1 and words[i][: possessive.start()].lower() not in _NAME_POSSESSIVES:
            if kept:
                kept -= 1
                continue
            words = words[i + 1 :]  # "Xiaomi’s Lei Jun": the name follows the possessive
            after_possessive = True
            break
    # An article written with a capital inside a sentence opens a title ("Ibsen wrote A Doll's House"); one that
    # opens the sentence may be the sentence's ("The CEO of ...") and goes as other leading words do.
    titled = (
        len(words) > 1
        and words[0] in _TITLE_ARTICLES
        and (after_possessive or re.search(r"[a-z,;:][\s\u00a0]*$", window[: match.start(1)]) is not None)
    )
    honorific = False
    dropped = ""
    while words and not titled and (words[0].lower() in _LEADING_NOISE or _dates_the_sentence(words)):
        # "On Tuesday Chinese Foreign Minister Wang Yi": the day dates the sentence ("Tuesday Weld" is a name); so do
        # "March 5", "In 2024" ("In 2024 Xiaomi"), where a number after a name's first word is the name's ("Ne Zha 2")
        honorific = honorific or words[0].lower().rstrip(".") in _HONORIFICS
        dropped, words = words[0], words[1:]
    if dropped.lower() == "the" and len(words) > 2 and words[0] == "Hon":
        honorific, words = True, words[1:]  # "the Hon Andrew Leung", LegCo's style (not "Hon Hai Precision")
        while words and words[0].lower().rstrip(".") in _HONORIFICS and len(words) > 2:
            words = words[1:]  # "The Hon Mr Justice Joseph Fok"
    if honorific and len(words) > 2 and words[0] == "Justice":
        words = words[1:]  # "Mr Justice Roberto Ribeiro": a judge's style after the honorific (R38-2)
    if len(words) > 2 and _honorific_words(words):
        honorific = True
        words = _without_honorific(words)
    if (
        len(words) == 1
        and zh is not None
        and en_key(words[0]) in surname_keys(zh)
        and (honorific or (len(zh) >= 2 and compare_english(zh, words[0])[0] == "different"))
    ):
        # "Mr. Ma (马云)", "Ms. Wang (王女士)", "Mr. Zhou (周)", "Ma (马云)": a surname alone (after an honorific, or
        # for a name of more characters) is how the text refers to someone it named before, or does not name; no
        # entry's English.
        return None
    kind: str | None = None
    words, kind = _without_head_phrase(words, zh)
    titled_at = max((i for i, w in enumerate(words) if _is_role_word(w)), default=-1)
    if zh is not None and kind is None and 0 <= titled_at < len(words) - 1 and _is_title_then_one(words, titled_at):
        lead = window[: match.start(1)]
        if _is_family_name_after_title(words, zh):
            # "President Macron (马克龙)", "Secretary of State Rubio (鲁比奥)": a title before the family name alone,
            # which the Chinese writes whole (as Chinese writes a foreign name): the title is the role (R48-8).
            title = _with_past_word(_with_bracketed_org(" ".join(words[:-1]), lead), lead)
            return _Named(normalize(words[-1]), title, "person", FAMILY_NAME_ONLY)
        if _is_surname_alone(words[-1], zh):
            return None  # "Premier Li (李强)", "Chairman Mao (毛泽东)": the surname alone, as after "Mr." (below)
    if zh is not None and kind is None:
        cut = _role_before_name(words, zh, window[: match.start(1)])
        if cut is not None:
            cut = (cut[0], _without_honorific(cut[1]))
            title = _with_past_word(_with_bracketed_org(cut[0], window[: match.start(1)]), window[: match.start(1)])
            return _Named(normalize(" ".join(cut[1][-_MAX_EN_WORDS:])), title, "person", None)
    note: str | None = None
    described = max((i for i, w in enumerate(words[:-1]) if w.lower().endswith(_ORG_ADJECTIVE_ENDINGS)), default=-1)
    if described >= 0 and not _opens_the_name(words, described, match.group(1), window[: match.start(1)]):
        # "Shenzhen-based BYD", "State-owned China Mobile", "Hong Kong-listed Xiaomi": a description, kept as the note
        note, kind, words = " ".join(words[: described + 1]), "org", words[described + 1 :]
    role: str | None = None
    last = max((i for i, w in enumerate(words) if _is_role_word(w)), default=-1)
    rest = words[last + 1 :]
    if last >= 0 and len(rest) >= 2 and not any(w.lower().rstrip(".,") in _ORG_WORDS for w in rest):
        role = " ".join(words[: last + 1])
        words = _without_honorific(rest)
    # The linking words a run may hold are no name's first word, nor is a lower-case article ("Employees of the Bank
    # of China": Bank of China); a capitalised one inside a sentence opens a title (The Hague, `titled` above).
    while words and (words[0].lower() in ("of", "and", "for", "de", "la", "van", "von", "&") or words[0] == "the"):
        words = words[1:]
    if not words:
        return None
    if role is None and kind is None:
        role, kind, note = _described(window[: match.start(1)])
    if role is not None and kind is None:
        kind = "person"
    if role is not None and kind == "person":
        role = _with_past_word(_with_bracketed_org(role, window[: match.start(1)]), window[: match.start(1)])
    # A sentence's first word is capitalised whatever it is: before "of the", and no title or role, it is no
    # evidence of a name's, and the name is what follows ("Readers of the People's Daily": People's Daily;
    # mid-sentence, "the classic novel Romance of the Three Kingdoms" keeps its title whole).
    if (
        role is None
        and len(words) > 3
        and words[1:3] == ["of", "the"]
        and match.group(1).split()[0] == words[0]
        and _starts_sentence(window[: match.start(1)])
    ):
        words = words[3:]
    # So is an ordinary word (one English writes in lower case, no given name) before a name the Chinese spells
    # alone ("Rival Sotheby's (苏富比)": Sotheby's; "Rival Xiaomi (小米)"), where "General Motors" (通用汽车) is whole.
    if (
        role is None
        and zh is not None
        and len(words) >= 2
        and match.group(1).split()[0] == words[0]
        and _starts_sentence(window[: match.start(1)])
        and _opens_as_a_word(words[0])
        and (_never_names(words[0]) or _spells_alone(zh, words[1:], compare_english(zh, " ".join(words))[0]))
    ):
        # A word that never opens a name ("Rival Lenovo (联想)", "Chipmaker SMIC (中芯国际)") goes whatever the rest
        note = note or f"described as {words[0].lower()!r}"
        if kind is None and en_key(words[0]).endswith("maker"):
            kind = "org"
        words = words[1:]
    return _Named(normalize(" ".join(words[-_MAX_EN_WORDS:])), role if kind == "person" else None, kind, note)


FAMILY_NAME_ONLY = "only the family name is given"
"""The note of a person's pair whose English is a title and the family name alone ("Chancellor Merz (默茨)")."""


def _is_family_name_of(word: str, entry: Entry) -> bool:
    """Tell whether English `word` is the family name alone of person `entry`, the last word of its English or of an
    alias of two words or more ("Bessent" of "Scott Bessent")."""
    return entry.type == "person" and any(" " in form and form.split()[-1] == word for form in entry.en_forms)


def _is_surname_alone(word: str, zh: str) -> bool:
    """Tell whether English `word` is the surname alone of Chinese name `zh`, which writes more: 李 of 李强 ("Li"),
    高市 of 高市早苗 ("Takaichi", 岸田 of 岸田文雄 "Kishida": a Japanese surname of one to three characters that the
    word spells in their Japanese readings, `romanizations.spells_japanese`, before two characters or more)."""
    from zhgloss.romanizations import spells_japanese

    if len(zh) >= 2 and en_key(word) in surname_keys(zh) and compare_english(zh, word)[0] != "pinyin":
        return True
    if not 3 <= len(zh) <= 5 or not all(map(is_cjk, zh)) or not word[:1].isupper():
        return False
    # What follows the surname is a given name, never a company's, a trade's or an everyday word (丰田|汽车 Toyota,
    # 三井|物产 Mitsui, 川崎|重工 Kawasaki, 福岛|核电站 Fukushima: `_is_business_word`, `_is_common_word`; B50-11).
    if _is_listed_place(zh) or zh in _place_names():
        return False  # 石川县 "Ishikawa", 横滨市 "Yokohama": a place named after its own first word
    return any(
        spells_japanese(word, zh[:size])
        and zh[size:] not in _PLACE_UNITS
        and not _is_business_word(zh[size:])
        and not _is_common_word(zh[size:])
        for size in (1, 2, 3)
        if len(zh) - size >= 1  # 石破|茂 "Ishiba": a Japanese given name may be one character (B50-16)
    )


def _names_family_only(pair: _Pair) -> bool:
    """Tell whether name `pair`'s English names its person by the surname alone of a Chinese name that writes more,
    after a title or an honorific or none: 国务院总理李强（Premier Li）, 外交部长王毅（Foreign Minister Wang）,
    马云（Mr. Ma）, "Premier Li (国务院总理李强)", 岸田文雄（Prime Minister Kishida）. Copy in either language refers so
    to someone it names in full elsewhere, or does not name: the title is the role, the surname no English name, so
    such a bracket gives no pair in either order (as "Premier Li (李强)" gives none: `_english_name_and_role`), never
    an adopted Western name "Premier Li" nor an alias of an entry. "Chief Executive John Lee" (李家超) names him;
    "President Macron" (马克龙) writes the family name the whole Chinese writes (`_is_family_name_after_title`)."""
    if pair.kind != "name" or not pair.zh or pair.type not in (None, "person", "nickname"):
        return False
    words = pair.en.split()
    if not words or not _is_surname_alone(words[-1], _simplified_run(pair.zh)):
        return False
    if all(w.lower().rstrip(".") in _HONORIFICS for w in words[:-1]):
        return True  # "Li", "Mr. Ma", "Ms Wang"
    titled_at = max((i for i, w in enumerate(words[:-1]) if _is_role_word(w)), default=-1)
    return titled_at >= 0 and _is_title_then_one(words, titled_at)


def _is_title_then_one(words: list[str], last: int) -> bool:
    """Tell whether English `words` are a title (its last title word at `last`) and one word more: "President
    Macron", "Treasury Secretary Bessent", "Secretary of State Rubio" (a title's "of" and one capitalised word that is
    no given name: not "Secretary of State Marco Rubio")."""
    between = words[last + 1 : -1]
    return not between or (
        len(between) == 2
        and between[0].lower() in ("of", "for")
        and between[1][:1].isupper()
        and en_key(between[1]) not in english_given_names()
    )


def _is_family_name_after_title(words: list[str], zh: str) -> bool:
    """Tell whether the last of English `words`, a title's (`_is_title_then_one`), is a family name that the whole of
    Chinese `zh` writes: one it transliterates, "Macron" of 马克龙, "Bessent" of 贝森特 (`_transliterated_suffix`), as
    Chinese writes a foreign person by the family name alone, or a surname the Chinese writes alone too
    (`_is_family_name_alone`: "Takaichi" of 高市). Not a company's word ("General Motors") nor a Chinese or Japanese
    surname of a longer Chinese name (`_is_surname_alone`: "Premier Li" of 李强)."""
    family = words[-1]
    if family.lower().rstrip(".,") in _ORG_WORDS or _is_role_word(family):
        return False
    if _is_family_name_alone(family, zh):
        return True
    if _is_surname_alone(family, zh):
        return False
    return not _has_separator(zh) and _transliterated_suffix([zh], en_words(family)) == zh


def _is_family_name_alone(word: str, zh: str) -> bool:
    """Tell whether English `word` and Chinese `zh` both write a family name alone, as copy names a person it has named
    before: a Japanese surname the word spells in its characters' Japanese readings (高市 "Takaichi", 石破 "Ishiba",
    茂木 "Motegi": `romanizations.spells_japanese`, one to three characters) or a Chinese surname whole (李 "Li",
    欧阳 "Ouyang": `pinyin.surnames`, `adopted.surname_keys`)."""
    from zhgloss.pinyin import surnames
    from zhgloss.romanizations import spells_japanese

    if not 1 <= len(zh) <= 3 or not all(map(is_cjk, zh)) or not word[:1].isupper():
        return False
    if zh in surnames() and en_key(word) in surname_keys(zh):
        return True
    return compare_english(zh, word)[0] == "different" and spells_japanese(word, zh)


def _opens_the_name(words: list[str], described: int, run: str, before: str) -> bool:
    """Tell whether `words[described]`, an adjective of ownership or place (`_ORG_ADJECTIVE_ENDINGS`: "State-owned"),
    is the first word of the name that follows rather than a description of it: an adjective of ownership
    (`_OWNERSHIP_ENDINGS`; a place is capitalised anywhere), capitalised where English does not force a capital (after
    "The", or inside a sentence; `run` is the capitalised run the words came from, `before` the text before it), and
    the word after it is one English writes in lower case, so the two are a phrase of the name ("The State-owned
    Assets Supervision and Administration Commission (国资委)": SASAC's own name, the review's R35-12). "State-owned
    China Mobile" opening a sentence, "the state-owned China Mobile", "The Shenzhen-based BYD" describe it. Left: a
    paper that capitalises "State-owned" as house style before a name of ordinary words ("the State-owned
    Industrial and Commercial Bank of China") is read as one name."""
    from zhgloss.english_case import lower_words

    adjective, following = words[described], words[described + 1]
    if not adjective[:1].isupper() or not following[1:].islower():
        return False
    if not adjective.lower().endswith(_OWNERSHIP_ENDINGS):
        return False  # a place is capitalised wherever it is: "the Hong Kong-listed Bank of East Asia" (R36-1)
    run_words = run.split()
    at = run_words.index(adjective) if adjective in run_words else 0
    if at == 0 and _starts_sentence(before):
        return False  # the sentence's capital, no evidence of a name's
    key = en_key(following)
    return key in lower_words() and key not in english_given_names()


def _without_honorific(words: list[str]) -> list[str]:
    """`words` of a name without the honorifics that open them, if two words or more stay: "UAE President Sheikh
    Mohamed bin Zayed Al Nahyan" (after "President"), Malaysia's "Datuk Seri Anwar Ibrahim", "Tan Sri Vincent Tan",
    "Dato' Sri Liow Tiong Lai", "Tun Dr Mahathir Mohamad", Britain's "Dame Rosanna Wong" (`_honorific_words`)."""
    while len(words) > 2 and (size := _honorific_words(words)) and len(words) - size >= 2:
        words = words[size:]
    return words


# Honorifics written before a name, as one or two words: Malaysia's federal and state titles (Tun, Toh Puan, Tan Sri,
# Puan Sri, Datuk, Dato', Datin, with Seri, Sri, Paduka or Patinggi), its royal Tengku and Tunku, "Yang Berhormat"
# (YB), Britain's Dame, Lord and Lady, and those `_HONORIFICS` lists (Sir, Dr, Sheikh). No part of the name.
_HONORIFIC_PHRASES = frozenset(
    {
        *("tan sri", "puan sri", "toh puan", "yang berhormat", "datuk patinggi"),
        *(f"{title} {rank}" for title in ("datuk", "dato", "datin") for rank in ("seri", "sri", "paduka")),
        # A judge's style (the Judiciary's "Mr Justice Roberto Ribeiro") and a cleric's ("Revd Canon", "The Most Revd
        # Andrew Chan", "Rt Revd"): R38-2.
        *(f"{title} justice" for title in ("mr", "mrs", "ms", "madam")),
        *(f"{rank} {style}" for rank in ("most", "very", "right", "rt") for style in ("revd", "rev", "reverend")),
        *(f"{style} canon" for style in ("revd", "rev", "reverend")),
    }
)
_HONORIFIC_WORDS = frozenset(
    {"tun", "datuk", "dato", "datin", "tengku", "tunku", "yb", "dame", "lord", "lady"}
    # "The Honourable" of a member of the Legislative Council, and a cleric's "Revd" ("Hon" alone is no honorific
    # here: Hon Hai, and the Cantonese spelling of 韩; after "the", the words before the name read it: R38-2).
    | {"honourable", "honorable", "revd", "rev", "reverend"}
)


def _honorific_words(words: list[str]) -> int:
    """How many of `words` open them as an honorific (`_HONORIFIC_PHRASES`, `_HONORIFIC_WORDS`, `_HONORIFICS`): 2
    for "Tan Sri Vincent Tan", 1 for "Dame Rosanna Wong", 0 for "Tan Chee Beng" (Tan a surname)."""
    keys = [w.lower().rstrip(".,").replace("’", "'").removesuffix("'") for w in words[:2]]
    if len(keys) == 2 and " ".join(keys) in _HONORIFIC_PHRASES:
        return 2
    return int(bool(keys) and (keys[0] in _HONORIFIC_WORDS or keys[0] in _HONORIFICS))


def _opens_as_a_word(word: str) -> bool:
    """Tell whether `word`, a sentence's first, is capitalised only as the first: a word English writes in lower case
    ("Rival", "Carmaker": a word and -maker), not a given name ("Jack", "Rose") nor one written in capitals ("BYD")."""
    from zhgloss.english_case import lower_words

    key = en_key(word)
    if _is_role_word(word) or _ROYAL_EN.match(f"{word} "):
        return False  # a title ("Emperor Puyi"), read as one where the name is cut (`_without_royal_title`)
    if key.endswith("maker") and key[:-5] in lower_words():
        key = "maker"  # a maker of a trade English writes as one word: "Carmaker", "Chipmaker", "Drugmaker"
    return word[1:].islower() and key in lower_words() and key not in english_given_names()


def _never_names(word: str) -> bool:
    """Tell whether capitalised `word`, a sentence's first, is a word no name opens with: how one stands to another
    ("Rival", "Fellow": `_RELATION_WORDS`) or a maker of a trade written as one word ("Chipmaker", "Carmaker")."""
    key = en_key(word)
    return key in _RELATION_WORDS or (key.endswith("maker") and len(key) > 5)


def _spells_alone(zh: str, words: list[str], whole: Check) -> bool:
    """Tell whether `words` alone are the English of Chinese `zh` by its sound, where with the word before them
    (`whole`, `compare_english`'s verdict) they are not: its pinyin in one word ("Xiaomi" 小米; not after "Long" of
    "Long Yongtu", the pinyin too, nor "Stone" of "Stone Wang Shi", an adopted name before the full name) or, where
    the whole is no adopted name either ("Young Zhang" 张杨), a transliteration of it
    (`_transliterated_suffix`: "Sotheby's" 苏富比, "Geely" 吉利)."""
    name = " ".join(words)
    if whole in ("pinyin", "reversed") or (whole == "adopted" and len(words) > 1):
        return False  # "Long Yongtu"; "Stone Wang Shi" (王石), an adopted name before the full one
    if compare_english(zh, name)[0] in ("pinyin", "reversed"):
        return True
    return whole != "adopted" and len(words) == 1 and _transliterated_suffix([zh], en_words(name)) is not None


_DAYS = _vocabulary("monday tuesday wednesday thursday friday saturday sunday")


_MONTHS = _vocabulary("january february march april may june july august september october november december")


def _dates_the_sentence(words: list[str]) -> bool:
    """Tell whether the first of `words`, capitalised words before a name, is a date's: a number, or a day or a month
    (before a number or a title) with more words after it ("Tuesday Chinese Foreign Minister Wang Yi", "March 5
    Premier Li Qiang")."""
    first = words[0].rstrip(",")
    if first[:1].isdigit():
        return True
    if len(words) <= 2:
        return False
    return first.lower() in _DAYS or (
        first.lower() in _MONTHS and (words[1][:1].isdigit() or _is_role_word(words[1]))
    )  # "In March Premier Li Qiang"; "May Wang" is a name


def _is_day(word: str) -> bool:
    """Tell whether `word` is a day of the week ("Tuesday", "Tuesday,")."""
    return word.lower().rstrip(",") in _DAYS


def _after_chinese_order(words: list[str]) -> bool:
    """Tell whether the last of `words` is letters in capitals after a name whose given name is hyphenated ("Lee
    Ka-chiu GBM SBS PDSM PMSM"): no name written in the Chinese order ends with one, so it is an honour
    POST_NOMINALS may not list."""
    at = len(words) - 1
    while at > 0 and re.fullmatch(r"[A-Z]{2,6},?", words[at]):
        at -= 1
    # "The Shenzhen-based BYD": an adjective of place or ownership is no hyphenated given name, nor BYD an honour.
    return (
        at < len(words) - 1
        and at >= 1
        and _ROMANIZED_GIVEN.fullmatch(words[at]) is not None
        and not words[at].lower().endswith(_ORG_ADJECTIVE_ENDINGS)
    )


# A title before "of" or "for" and what it is of, before the words of a name: "Governor of the " (People's Bank
# of China Pan Gongsheng).
_ROLE_OF_LEAD = re.compile(
    r"((?:[A-Z][\w.'’\-]*[ \u00a0]+)*[A-Za-z][\w.'’\-]*)[ \u00a0]+(?:of|for)(?:[ \u00a0]+the)?[ \u00a0]*$"
)
# A given name's initial between it and the surname: "James C. Liao".
_INITIAL = re.compile(r"[A-Z]\.?")


def _is_post(zh: str) -> bool:
    """Tell whether Chinese `zh` is a post: a title of `_ZH_TITLES` after its own first words (`_TITLE_HEADS`:
    "部长", "副总理", "党组书记", "发言人") or after a body's short name of four characters at most ("外交部长",
    "商务部部长")."""
    return any(
        zh.endswith(title) and (_TITLE_HEADS.fullmatch(zh[: -len(title)]) or len(zh) - len(title) <= 4)
        for title in _ZH_TITLES
    )


# News agencies, as a dateline names them in brackets ("Taipei (CNA) ", "BEIJING (Reuters) - "): no body's acronym.
_AGENCIES = "Reuters|AP|AFP|CNA|Xinhua|Kyodo|Yonhap|Bloomberg|UPI|AAP|PTI|ANI|dpa|EFE|ANSA|Bernama|KCNA|TASS|CNS|RTHK"
_ACRONYM_AT_END = re.compile(
    rf"[ \u00a0]*[（(](?:[^()（）]*(?:[{_CJK}]|\d{{3}})[^()（）]*|(?!(?:{_AGENCIES})[)）])[A-Z]{{2,6}})[)）][ \u00a0]*$"
)


def _with_bracketed_org(role: str, lead: str) -> str:
    """`role` with the body `lead` names before an acronym, its Chinese or its stock code in brackets that ends it:
    "Kuomintang (KMT) " + "Legislator" -> "Kuomintang Legislator", "Nio (蔚来) " + "CEO" -> "Nio CEO" (the bracket
    ended the capitalised words the role was read from)."""
    found = _ACRONYM_AT_END.search(lead[-160:])
    run = _NAME_RUN.search(lead[-160:][: found.start()]) if found else None
    if run is None:
        return role
    words = run.group(1).split()
    while words and words[0].lower() in _LEADING_NOISE:
        words = words[1:]
    return " ".join([*words, role])


def _with_past_word(role: str, lead: str) -> str:
    """`role` with the word before it in `lead` that says it is over: "former " + "Alibaba CEO" (mid-sentence, in
    lower case, it is outside the capitalised words the role was read from)."""
    words = lead.split()
    if words and not is_past_role(role) and is_past_role(words[-1]):
        return f"{words[-1]} {role}"
    return role


def _role_before_name(words: list[str], zh: str, lead: str) -> tuple[str, list[str]] | None:
    """(role, name) when the capitalised `words` before the bracket of Chinese name `zh` are a title and a name.

    The name is the words the Chinese accounts for (`_name_start`): "Minister of Foreign Affairs Wang Yi" (王毅)
    -> ("Minister of Foreign Affairs", Wang Yi); "Secretary of State Marco Rubio" (卢比奥) -> Marco Rubio; "Chief
    Executive Officer of Huawei Consumer Business Group Richard Yu" (余承东) -> Richard Yu; "Historian Wang
    Fan-sen" -> Wang Fan-sen. The words before it are the role when one of them is a title or an occupation, or when
    `lead`, the text before them, ends with a title and "of" ("Governor of the " People's Bank of China Pan
    Gongsheng). None otherwise: "Jack Ma Yun" (马云) keeps the adopted Jack.
    """
    start = _name_start(words, zh)
    if not start:
        return None
    before = words[:start]
    phrase = " ".join(before)
    if not any(map(_is_role_word, before)) and not _is_described(before, words[start:], zh):
        found = _ROLE_OF_LEAD.search(lead[-80:])
        if found is None:
            return None
        title = found.group(1).split()
        while title and title[0].lower() in _LEADING_NOISE:
            title = title[1:]
        if not title or not _is_role_word(title[-1]):
            return None
        phrase = f"{found.group(0).strip()[len(found.group(1)) - len(' '.join(title)) :]} {phrase}"
    return phrase, words[start:]


def _is_described(before: list[str], name: list[str], zh: str) -> bool:
    """Tell whether `before`, capitalised words in front of the English `name` of Chinese `zh`, end in a word English
    writes in lower case that is no given name, an occupation or a description the role vocabulary lacks
    ("Pianist Lang Lang" for 郎朗, "Rival Jack Ma"), where `name` alone names `zh` (`_reads_as_name_of`)."""
    if not before or not name:
        return False
    return _is_agent_noun(before[-1]) and _reads_as_name_of(zh, " ".join(name))


# How English nouns of a person's occupation end (pianist, rapper, sculptor, comedian, defendant, nominee,
# mountaineer, heiress): a word English writes in lower case with none of these before a name may be an adopted
# given name ("Stone Wang Shi", "Fish Leong").
_AGENT_ENDINGS = ("ist", "er", "or", "ian", "ant", "ent", "ee", "ess", "yst")


def _is_agent_noun(word: str) -> bool:
    """Tell whether `word`, capitalised before a name, names an occupation the role words lack: a word English
    writes in lower case, no given name, ending as agent nouns do ("Pianist", "Rapper", "Sculptor", "Comedian")."""
    from zhgloss.english_case import lower_words

    key = en_key(word)
    return (
        word[1:].islower()
        and key.endswith(_AGENT_ENDINGS)
        and key in lower_words()
        and key not in english_given_names()
    )


def _name_start(words: list[str], zh: str) -> int | None:
    """Where among `words` the English of Chinese name `zh` starts, or None when nothing says.

    The words that spell its pinyin, in either order ("Wang Yi"); a surname as English writes it (`surname_keys`:
    pinyin, Wade-Giles, Hong Kong) that ends them, after one given name and its initial ("Richard Yu", "Chris Tang",
    "James C. Liao") or that starts its given name ("Tsai Ing-wen"); a last word `zh` transliterates, after one
    given name ("Marco Rubio" for 卢比奥, `transliteration_cost`).
    """
    if not words:
        return None
    for start in range(len(words)):
        if compare_english(zh, " ".join(words[start:]))[0] in ("pinyin", "reversed"):
            if start == len(words) - 1 and len(zh) >= 2 and start > 0 and not _is_role_word(words[start - 1]):
                # One word that spells the whole pinyin, after a name that is no title: a transliterated surname
                # that happens to be pinyin ("Narendra Modi" for 莫迪, Mò Dí), not a Chinese name, which writes
                # its surname apart.
                break
            if start and en_key(words[start - 1]) in english_given_names() and not _is_role_word(words[start - 1]):
                return start - 1  # an adopted English name before the pinyin ("Baidu CEO Robin Li Yanhong")
            return start
    keys = surname_keys(zh)
    last = len(words) - 1
    at = max((i for i, w in enumerate(words) if en_key(w) in keys), default=None)
    if at is None:
        # A transliterated surname, of one word or with its particles ("von der Leyen" for 冯德莱恩): the
        # closest in sound of the last one to three words; of a name whose parts a separator joins (马可·鲁比奥),
        # of the last one to three words more than it has parts, as each part is at least a word.
        parts = len(re.split(NAME_SEPARATOR_PATTERN, zh))
        sounds = [
            (transliteration_cost(zh, " ".join(words[first:])), first)
            for first in range(last, max(last - 2 - parts, -1), -1)
            if _transliterated_suffix([zh], en_words(" ".join(words[first:])), delimited=True) is not None
        ]
        at = min(sounds)[1] if sounds else None
        if at is not None and parts > 1:
            # The parts are the whole name, given names included ("Secretary of State Marco Rubio" for 马可·鲁比奥):
            # no given name stands before the words they sound like; its initials do (J·D·万斯 "US Vice President JD
            # Vance", J·K·罗琳 "J.K. Rowling"): the words of capitals before it, as many capitals as it has initials.
            initials = len(re.findall(_INITIAL_PART, zh))
            while initials > 0 and at > 0 and re.fullmatch(r"(?:[A-Z]\.?){1,3}", words[at - 1]):
                initials -= len(re.findall("[A-Z]", words[at - 1]))
                at -= 1
            return at
    if at is None or (at < last and 2 <= len(zh) <= 4 and en_key(words[at]) in keys):
        # The Chinese order, given name after the surname ("Tsai Ing-wen"), after an adopted English name
        # if one stands before it ("Eric Chan Kwok-ki"), not a word of the title's ("Secretary for Administration").
        # An English given name, or the one word between a title and the name ("Singer Jacky Cheung Hok-yau": Jacky
        # is no census name).
        if at is None or at == 0 or _is_role_word(words[at - 1]):
            return at
        if en_key(words[at - 1]) in english_given_names() or (at >= 2 and _is_role_word(words[at - 2])):
            return at - 1
        return at
    start = at - 1 if at > 0 else at
    if start > 0 and _INITIAL.fullmatch(words[start]):
        start -= 1
    titles = [i for i, w in enumerate(words[:at]) if _is_role_word(w)]
    if titles and not {"of", "for"} & set(words[titles[-1] + 1 : at]):
        # Every word between a title and the surname is the name ("Brazilian President Luiz Inácio Lula da
        # Silva"); after "TITLE of PLACE" only one given name is ("Secretary of State Marco Rubio").
        start = min(start, titles[-1] + 1)
    return max(start, 0)


# How a company's Chinese name ends (a legal form or what the company is).
_ZH_COMPANY_ENDINGS = ("公司", "集团", "集團", "控股", "银行", "銀行")


def _is_company(zh: str | None, words: list[str]) -> bool:
    """Tell whether the English `words` (of Chinese name `zh`) name a company: `zh` ends as a company's Chinese name
    does (有限公司, 集团, 控股, 银行) or the English ends with a legal form (Co., Ltd., Inc.)."""
    if zh is not None and zh.endswith(_ZH_COMPANY_ENDINGS):
        return True
    return bool(words) and _LEGAL_SUFFIX.fullmatch(words[-1].rstrip(",")) is not None


def _without_head_phrase(words: list[str], zh: str | None) -> tuple[list[str], str | None]:
    """`words` without a phrase that leads to the name through "of" or "for", and "org" if one was cut.

    "Shares of Pinduoduo" -> Pinduoduo ("shares" heads such phrases: _HEAD_WORDS); "Unit of Shenzhen
    Pinduoduo" likewise. When the words after the connector spell `zh`'s pinyin whole and those before
    do not, the connector starts the name ("Bank of China" stays whole: "China" is not 中国银行's pinyin).
    """
    for i, word in enumerate(words):
        if word not in ("of", "for") or i == 0 or i == len(words) - 1:
            continue
        head, tail = words[:i], words[i + 1 :]
        if all(w.lower() in _HEAD_WORDS for w in head):
            return tail, "org"
        if all(_is_role_word(w) or w.lower() in _TITLE_MODIFIERS for w in head) and _is_company(zh, tail):
            # "Chairwoman of Kweichow Moutai Co., Ltd. (贵州茅台酒股份有限公司)": a title of the company, no part of
            # its name (U37-17); "Secretary of State Marco Rubio" names no company and stays as it is.
            return tail, "org"
        if zh is not None and compare_english(zh, " ".join(tail))[0] == "pinyin":
            return tail, None
    return words, None


# What ends a clause before a name: punctuation, and a dash, as wire copy writes one after its dateline with hyphens
# ("HONG KONG (Reuters) - ", "BEIJING, Dec. 4 (Xinhua) -- ", "(Xinhua)--") or a dash (AP's "SHANGHAI (AP) — ").
# A full stop inside a word is no break ("JD.com founder Richard Liu").
_CLAUSE_BREAK = re.compile(r"[,;:!?()（）\"“”—–]|\.(?!\w)|-{2,}|(?<!\S)-(?!\S)")


# A bracket of Chinese, a stock code or an acronym between a company or a party and a lower-case title ("Xiaomi Corp
# (1810.HK) founder ", "CATL (宁德时代; 300750.SZ) chairman ", "Democratic Progressive Party (DPP) caucus whip "): the
# title is theirs, read without the bracket. A news agency's name in a dateline is no such acronym ("Taipei (CNA)
# opposition leader ": _AGENCIES), nor is a person's name before a verb ("Lai Ching-te (賴清德) met Foxconn chairman ":
# only lower-case words may follow the bracket).
_PAIR_BRACKET = re.compile(
    rf"[ \u00a0]*[（(](?:[^()（）]*(?:[{_CJK}]|\d{{3}})[^()（）]*|(?!(?:{_AGENCIES})[)）])[A-Z]{{2,6}})[)）]"
    r"(?=(?:[ \u00a0]+[a-z][\w'’\-]*)+[ \u00a0]*$)"
)


# A sentence's first words, up to a comma right before the name: "Beijing's top official in Hong Kong, ".
_TITLE_OPENING = re.compile(r"(?:^|[.!?;:][\"'’”)]*[ \u00a0]+)([A-Z][^.!?;:,()（）\"“”—–]{2,80}),[ \u00a0]*$")


def _described(before: str) -> tuple[str | None, str | None, str | None]:
    """(role, type, note) that the lower-case words right before a name say: "Alibaba founder ", "drone maker ".

    The words are read back to a clause's start (punctuation, "the", "by", "said": _DESCRIPTOR_STOPS), at
    most five. Their last word says what the name is: a title (ROLE_WORDS) makes them a person's role, a
    company noun or "X-based" (_ORG_DESCRIPTORS) a company described by them.
    """
    text = _PAIR_BRACKET.sub("", before[-160:])[-80:]
    last_clause = _CLAUSE_BREAK.split(text)[-1]
    clause = last_clause.split()
    # A bracket that closes right before the clause ends a name too ("Lei Jun (雷军) praised rival Huawei executive ")
    after_bracket = text[: len(text) - len(last_clause)].rstrip().endswith((")", "）"))
    kept: list[str] = []
    for at in range(len(clause) - 1, -1, -1):
        word = clause[at]
        if (
            word.lower() in ("and", "&")
            and kept
            and "and" not in kept
            and _is_role_word(kept[0])
            and at
            and _is_role_word(clause[at - 1])
            and not clause[at - 1].lower().endswith("s")  # "ministers and officials": several people
        ):
            kept.insert(0, word)  # two titles of one person: "JD.com founder and chairman "
            continue
        if word.lower() in _DESCRIPTOR_STOPS or any(c.isdigit() for c in word) or len(kept) == 5:
            break
        if (
            kept
            and _is_verb_before_object(word)
            and (kept[0][:1].isupper() or _ends_a_name(clause, word, after_bracket))
        ):
            # "Lai Ching-te (賴清德) met Foxconn chairman ", "Lai Ching-te (赖清德) met former president ": the
            # description is the object's, not the subject's (nor is the subject's name part of it)
            break
        kept.insert(0, word)
    while len(kept) > 1 and kept[0].lower() in _RELATION_WORDS:
        kept = kept[1:]  # "praised rival Huawei executive ": a rival of the subject's, no word of the title
    if not kept:
        # "Investors in Alibaba", "Analysts at CICC": what such a phrase is in or at is a company or a body.
        if len(clause) >= 2 and clause[-1] in ("of", "in", "at", "from", "for") and clause[-2].lower() in _HEAD_WORDS:
            return None, "org", None
        # "Beijing's top official in Hong Kong, Xia Baolong": a sentence that opens with a title, then the name.
        opening = _TITLE_OPENING.search(before[-120:])
        role = _titled_phrase(opening.group(1)) if opening else None
        return (role, "person", None) if role else (None, None, None)
    last = kept[-1].lower().strip("'’")
    phrase = " ".join(kept)
    if _is_role_word(last):  # "Nobel laureate", "singer-songwriter" (_PERSON_NOUNS, a hyphenated one's parts)
        return phrase, "person", None
    if last in _ORG_DESCRIPTORS or last.endswith(_ORG_ADJECTIVE_ENDINGS):
        return None, "org", phrase
    if last in _WORK_NOUNS:
        return None, "work", None  # "the animated film Ne Zha 2", "the game Black Myth: Wukong"
    if last in _PRODUCT_NOUNS:
        return None, "product", None  # "the smartphone Mate 60 Pro"
    return None, None, None


# Nouns of a work, and of a product, written right before its name or right after its bracket.
_WORK_NOUNS = _vocabulary(
    "film movie documentary novel book memoir game videogame album song single series drama sitcom show opera "
    "play poem painting manga anime franchise sequel"
)
_PRODUCT_NOUNS = _vocabulary(
    "chip chipset processor smartphone phone handset car sedan suv model console app tablet laptop drone vehicle"
)
_NOUN_AFTER = re.compile(r"[ \u00a0]+([a-z]+)s?\b")


# Words that say how a person stands to the sentence's subject, not what the person is: "rival", "fellow".
_RELATION_WORDS = _vocabulary("rival fellow")


# Verbs of news copy whose past form ends otherwise than in -ed.
_IRREGULAR_VERBS = _vocabulary(
    "met meets meet saw sees told tells thanks thank hosts hold holds held beat beats led leads"
)


def _ends_a_name(clause: list[str], word: str, after_bracket: bool) -> bool:
    """Tell whether `word`, a lower-case word of `clause`, follows a name: a capitalised word that is no possessive
    ("Joe Tsai thanked", where "Hong Kong's jailed activist" describes), or the bracket that opens the clause
    (`after_bracket`: "(雷军) praised")."""
    at = len(clause) - 1 - clause[::-1].index(word)
    if at == 0:
        return after_bracket
    previous = clause[at - 1]
    return previous[:1].isupper() and re.search(r"['’]s?$", previous) is None


def _is_verb_before_object(word: str) -> bool:
    """Tell whether lower-case `word`, before a capitalised one, is a verb whose object follows ("met", "visited",
    "thanked"), not an adjective of the description ("former", "jailed activist" has no capital after it)."""
    lower = word.lower()
    return word.islower() and (lower in _IRREGULAR_VERBS or (lower.endswith("ed") and lower not in _PAST_WORDS))


# One to three words after a bracket, then a capitalised word: a title before a person's name, if each is a title.
_TITLE_AFTER = re.compile(r"[ \u00a0]+((?:[\w'’-]+[ \u00a0]+){1,3}?)[A-Z][a-z]")


def _predicate_type(after: str) -> str | None:
    """The type a sentence gives its subject after the bracket: "is a Chinese online retailer" -> "org".

    Wikipedia's leads say what the subject is in their first words ("is a Taiwanese politician",
    "is a megacity in Guangdong province", "is the capital of Hubei"): the first noun among the next
    eight words that names a person's occupation, a place or a company.
    """
    noun = _NOUN_AFTER.match(after)
    if noun is not None and noun.group(1) in _PRODUCT_NOUNS:
        return "product"  # "the Kirin 9000S (麒麟9000S) chip"
    if noun is not None and noun.group(1) in _WORK_NOUNS:
        return "work"  # "Detective Chinatown 1900 (唐探1900) film"
    titled = _TITLE_AFTER.match(after)
    if titled is not None and all(map(_is_role_word, titled.group(1).split())):
        # "Nio (蔚来) CEO William Li", "Country Garden (碧桂园) co-chair Yang Huiyan": the body whose title a person
        # holds, as wire copy writes a company and its chief.
        return "org"
    # A comma may come first, and another name between ("(Chinese: 腾讯), is a", "(...), also known as Tencent, is a").
    start = re.match(
        r"\s*(?:,\s*(?:(?:also|better|commonly)\s+)?(?:known\s+as|called)\s+[^,()]{1,60})?,?\s*"
        r"(?:is|was|are|were)\s+(?:a|an|the|one of the)\s+",
        after,
    )
    if start is None:
        return None
    for word in re.findall(r"[A-Za-z-]+", after[start.end() : start.end() + 120])[:8]:
        lower = word.lower()
        if lower in _MAKER_NOUNS or lower in _PAST_WORDS:
            # "is a Chinese designer and manufacturer of consumer electronics": a company's as well; "is a former
            # imperial garden": "former" (a title word before a title) says no kind.
            continue
        if lower in _PERSON_NOUNS:
            return "person"
        if lower in _PLACE_NOUNS:
            return "place"
        if lower in _PREDICATE_ORG_NOUNS:
            return "org"
    return None


def _chinese_name(run: str, en: str | None, known_zh: set[str]) -> str | None:
    """The name that ends a run of Chinese before a bracket ("创始人雷军" + "Lei Jun" -> "雷军").

    The run is cut into words (`zhgloss.segment`, jieba's counts): the name starts after the last
    word that is a preposition, particle or reporting verb (由, 的, 据, 表示: _ZH_BREAKS, _ZH_BREAK_WORDS),
    never inside a word (华为 keeps its 为). A company's name is taken whole ("华为技术有限公司" for
    "Huawei Technologies"), however long. Where the English does not spell the name's pinyin, the name
    starts on a word of the sentence, never on a syllable of its own (`_name_start_in_prose`): 希特勒
    (Adolf Hitler), not 特勒; 美国国务卿基辛格 (Henry Kissinger), not 卿基辛格.
    """
    whole = run[-_ZH_RUN_WINDOW:]  # the suffixes below are quadratic in the run's length
    if en is not None:
        # A Hong Kong or Taiwan name the English writes in the Chinese order, after an adopted name or not: its
        # surname and given name count its characters, the adopted name none (特首李家超 "John Lee Ka-chiu": 李家超,
        # not 首李家超; 林郑月娥 "Carrie Lam Cheng Yuet-ngor"). The bracket holds the name alone: any adopted name.
        for size in (4, 3, 2):
            if len(whole) >= size and chinese_order_parts(whole[-size:], en, any_given=True) is not None:
                named = whole[-size:]
                if (
                    zh_key(named) not in known_zh
                    and _is_address(named)
                    and not _names_a_brand(named, en, whole[:-size], "")
                ):
                    return None  # 保姆张阿姨（Zhang Ayi）: an address in pinyin, no given name (B51-14)
                return named
        # A Japanese name whose surname the English writes (三岛由纪夫 Mishima Yukio: its 由 is no break).
        from zhgloss.pinyin import name_origin

        for start in range(max(0, len(whole) - 5), len(whole) - 2):
            # A name the romanizer reads as Japanese, or one that starts a word of the run (是枝裕和 after 导演,
            # 与谢野晶子 at a clause's start; not 家菅直人 of 物理学家菅直人).
            if (
                name_origin(whole[start:]) == "japanese" or _starts_no_prose_word(whole, start)
            ) and japanese_surname_word(whole[start:], en) is not None:
                return whole[start:]
    name = _chosen_name(whole, en, known_zh)
    # A separator opens or closes no name: 中国·杭州 (a dateline's "China · Hangzhou") gave a person "·杭州".
    name = name.strip(NAME_SEPARATORS) or None if name is not None else None
    if (
        name is not None
        and en is not None
        and zh_key(name) not in known_zh  # a stored form (the nickname 雷总): the glossary says whom it names
        and (
            (_is_address(name) and not _names_a_brand(name, en, whole[: -len(name)], ""))
            or _names_another_given_name(name, en)
        )
    ):
        return None  # 李主任（Li Ming）, 刘处长（Liu Yang）: the Chinese writes no given name to pair the English with
    if name is not None and en is not None and name in _ZH_TITLES and not any(map(_is_role_word, en.split())):
        # A title alone before a person's English (委员长（Kim Jong Un）) names no one; 总理（Premier） does.
        return None
    if (
        name is not None
        and en is not None
        and _is_post(name)
        and not any(map(_is_role_word, en.split()))
        and compare_english(name, en)[0] == "different"
    ):
        # A post before a person's name in English ("部长（Wang Wentao）", "外交部长（Wang Yi）", "发言人（Mao Ning）"):
        # the Chinese names no one, and the name before it, if any, is cut off (王文涛党组书记、部长: at the list's 、).
        # No pair; a post's own English ("总理（Premier）") is proposed as before.
        return None
    if name is not None and en is not None:
        name = _with_postal_place(whole, name, en)
    if name is None or en is None or compare_english(name, en)[0] in ("pinyin", "reversed"):
        return name
    if len(name) >= 3 and _syllables_per_character(en) == len(name):
        return name  # the English's syllables count the name's characters (求伯君 Kau Pak-kwan)
    words = en_words(en)
    if 3 <= len(name) <= 4 and words and {words[0], words[-1]} & surname_keys(name[:1]) and name != whole:
        # The English writes its surname outside pinyin (向华强 "Charles Heung": 向 is Heung in Hong Kong, and a
        # break word elsewhere): the name starts on it, not on the prose before (港星, "Hong Kong star").
        return name
    if _is_org(name, words) and _break_cuts(whole):
        # An organisation's name taken after the clause's last break word (`_chosen_name`) starts there: the
        # characters before the break are the sentence's (他入职了商汤科技 "SenseTime": 商汤科技; the review's R44-6).
        return _at_listed_name(whole, name, en)
    start = _name_start_in_prose(whole, len(whole) - len(name), en)
    return _at_listed_name(whole, whole[start:] if len(whole) - start >= 2 else name, en)


def _is_address(zh: str) -> bool:
    """Tell whether Chinese `zh` is a surname and a title or honorific after it, the way copy addresses a person
    already named (李主任 Director Li, 欧阳教授, 王先生, 张老师 Teacher Zhang): a surname of `pinyin.surnames` (one
    character or two) and a whole title of `_ZH_TITLES`, `_ZH_HONORIFICS_AFTER` or `_ZH_ADDRESS_WORDS`, its own first
    words (`_TITLE_HEADS`: 王副主任) with it. It writes no given name, so no English full name ("Li Ming") is its
    English, and a title's ("Director Li") is no glossary name either (the thirty-ninth session's left-alone: harvest
    proposed a person 李主任 "Li Ming")."""
    return any(
        rest.endswith(title) and _TITLE_HEADS.fullmatch(rest[: -len(title)])
        for _, rest in _after_surname(zh)
        for title in (*_ZH_TITLES, *_ZH_HONORIFICS_AFTER, *_ZH_ADDRESS_WORDS)
    )


# English words before a name that say it is a firm's or a brand's ("instant-noodle brand Master Kong").
_EN_BRAND_WORDS = _vocabulary(
    "brand brands chain chains firm maker makers retailer retailers label franchise giant startup"
)


def _names_a_brand(zh: str, en: str, before_zh: str, before_en: str) -> bool:
    """Tell whether `zh`, a surname and a form of address (`_is_address`: 康师傅, 钱大妈), paired with English `en`,
    is a brand's or a firm's name rather than a person addressed (B51-13): the words before say what kind of firm
    it is, Chinese `before_zh` ending with one of _ZH_KIND_HEADS or `firm_words` (方便面巨头康师傅, 零食品牌马大姐),
    or English `before_en` with one of _EN_BRAND_WORDS right before the name ("instant-noodle brand Master Kong
    (康师傅)", "Fresh-food chain Qian Dama (钱大妈)"). An English that spells the Chinese whole is no evidence:
    copy writes an address in pinyin as often ("Zhang Ayi (张阿姨)", the nanny; B51-14)."""
    if before_zh and (before_zh.endswith(_ZH_KIND_HEADS) or any(before_zh.endswith(w) for w in firm_words())):
        return True
    if before_en:
        head = before_en.rstrip()
        if head.endswith(en):
            head = head[: -len(en)]
        words = head.split()
        return bool(words) and words[-1].lower().strip(",") in _EN_BRAND_WORDS
    return False


def _without_address_after(zh: str, en: str, known: set[str]) -> str:
    """Chinese `zh`, a bracket's after English `en`, without the honorific, title or form of address that ends
    it, read as before a bracket of English (`_zh_title_after`: 马化腾先生, 习近平总书记, 賴清德總統, 张文宏医生)
    or a word of `_ZH_ADDRESS_WORDS` (王小明老师) where the characters before it name what the English names
    (`_names_what_english_names`): "Wang Xiaoming (王小明老师)", "Lai Ching-te (賴清德總統)" name 王小明 and
    賴清德, as the Chinese-first order does (B51-4, B51-18); `zh` itself otherwise. `known`: the glossary's
    Chinese keys."""
    words = en.split()
    if any(_is_role_word(w) or w.lower().rstrip(".") in _HONORIFICS for w in words):
        return zh  # the English writes the title too ("Queen Victoria (维多利亚女王)", "Ms Dong (董小姐)")
    plain_zh = _scripts(zh)[0]
    word = _zh_title_after(plain_zh, en, known)
    if word is None:
        word = next(
            (
                w
                for w in sorted(_ZH_ADDRESS_WORDS, key=len, reverse=True)
                if plain_zh.endswith(w)
                and len(plain_zh) - len(w) >= 2
                and _names_what_english_names(plain_zh[: -len(w)], en, known)
            ),
            None,
        )
    if word is not None and word.endswith(ROYAL_TITLES):
        word = None  # a royal title is the name's own ("Queen Victoria (维多利亚女王)": `_without_royal_title`)
    if (
        word is not None
        and compare_english(plain_zh[: -len(word)], en)[0] == "adopted"
        and en_key(words[0]) not in english_given_names()
        and en_key(words[0]) not in surname_keys(plain_zh[: -len(word)])
    ):
        word = None  # "Teacher Wang (王小明老师)": the English's first word is no given name, its title none of ours
    return zh[: len(zh) - len(word)] if word else zh


def _after_surname(zh: str) -> list[tuple[str, str]]:
    """Each (surname, rest) reading of `zh` as a surname of `pinyin.surnames`, of one character or two (欧阳), and
    the characters after it, none empty: 欧阳主任 -> [("欧阳", "主任")]; [] for a name that opens with no surname."""
    from zhgloss.pinyin import surnames

    known = surnames()
    return [(zh[:size], zh[size:]) for size in (1, 2) if len(zh) > size and zh[:size] in known]


# The characters that make an address after a surname, by rank or respect (雷总, 赵董, 马老, 王工, 李局, 张处, 刘姐,
# 陈哥): a given name of one character is any other, so a word or one of these is what `_names_another_given_name`
# reads.
_ZH_ADDRESS_CHARACTERS = frozenset("总董老工局处姐哥")


def _names_another_given_name(zh: str, en: str) -> bool:
    """Tell whether English `en`, a surname and a given name in pinyin ("Liu Yang", "Lei Jun"), names a given name
    that Chinese `zh` does not write after the same surname: `zh` is the surname and a word of the lexicon or an
    address character (`_ZH_ADDRESS_CHARACTERS`) the pinyin given name does not spell (刘处长 "Liu Yang", 王经理 "Wang
    Qiang", 雷总 "Lei Jun", 马老 "Ma Jun": an address by post or rank, the review's R40-4), so the Chinese is no name
    of the person the English names; a given name of one other character spelled otherwise (雷军 "Lei Chun") is left
    to `compare_english`'s label. A given name that is no pinyin ("Jack Ma", "Terry Gou":
    `adopted.english_given_names`, or Wade-Giles and Hong Kong spellings: "Lau", "Ying-jeou") is an adopted or
    romanized one, and a rest of two characters or more that is no word of the lexicon (`glossable.common_words`: 佛安
    of 蓝佛安 "Lan Fo'an", a reading the romanizer may miss) may be a given name read otherwise: both are left to
    `compare_english`'s label."""
    from zhgloss.glossable import common_words
    from zhgloss.pinyin import is_pinyin_syllable, split_syllables

    words = en.split()
    if len(words) != 2 or not words[1].isalpha() or en_key(words[1]) in english_given_names():
        return False
    if not all(map(is_pinyin_syllable, split_syllables(words[1].lower()))):
        return False
    return any(
        compare_english(surname, words[0])[0] == "pinyin"
        and (rest in _ZH_ADDRESS_CHARACTERS or (len(rest) > 1 and rest in common_words()))
        and compare_english(rest, words[1])[0] != "pinyin"
        for surname, rest in _after_surname(zh)
    )


def _with_postal_place(run: str, name: str, en: str) -> str:
    """`name` (ending `run`) with the place before it that the English's first word writes by its postal name
    (`romanizations.postal_places`): 贵州茅台 for "Kweichow Moutai", where the sound reads 茅台 alone; else `name`."""
    words = en.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return name
    from zhgloss.romanizations import postal_places

    return next((place + name for place in postal_places(words[0]) if run.endswith(place + name)), name)


def _starts_sentence(before: str) -> bool:
    """Tell whether the text `before` a word ends where a sentence starts: nothing, a line break, or a full stop,
    question or exclamation mark (a closing quote or bracket after it) and spaces."""
    return re.search(r"(?:^|[.!?。！？][\"'’”)\]]*)[\s\u00a0]*$", before) is not None


def _is_org(run: str, words: list[str]) -> bool:
    """Tell whether a name ending `run`, its English words `words`, is an organisation's: an English organisation
    word (_ORG_WORDS) or a Chinese ending of one (_ORG_SUFFIXES: 银行, 公司). Its Chinese name is taken whole."""
    return any(w in _ORG_WORDS for w in words) or run.endswith(_ORG_SUFFIXES)


def _listed_tail(run: str) -> str | None:
    """The longest name of 2-4 characters ending `run` that the dictionaries list as a word and not as an ordinary
    one (words.txt, not common_words.txt: CC-CEDICT's proper nouns and jieba's places, 河内, 长寿区, 玩偶之家), or None.
    """
    from zhgloss.glossable import common_words
    from zhgloss.namecontext import word_file

    listed, common = word_file(), common_words()
    return next((run[-n:] for n in (4, 3, 2) if len(run) >= n and run[-n:] in listed and run[-n:] not in common), None)


def _at_listed_name(run: str, name: str, en: str) -> str:
    """`name` (ending `run`, English `en`) with its left edge where a name the dictionaries list at its end starts.

    jieba's counts lack most proper nouns of CC-CEDICT and cut them where a word of the sentence reads across
    them, so the edge read from the sound, the glossary and the words falls inside the listed name or before it:
    重庆市|长寿区 read as 重庆|市长|寿区 gave 寿区 (the title 市长 across its start); 他出生于河内 as 他|出|生于|河内
    gave 出生于河内, 易卜生的剧作玩偶之家 as 剧作|玩偶|之|家 剧作玩偶之家. A name that starts inside the listed one
    (`_listed_tail`) takes it whole; one that starts before it keeps what comes first only where that is part of
    the name: not words of the sentence alone (ordinary words, break characters, words the dictionaries list), nor
    where the English writes one of them by its pinyin (北京 of 北京首都国际机场 for "Beijing Capital ..."), the
    English joins two names with "and" (塞尔维亚和黑山) or the name is an organisation's (中国工商银行, ICBC).
    """
    listed = _listed_tail(run)
    joined = next((found for found in joined_names() if run.endswith(found)), None)
    # A name the dictionary lists whole with 和 or 与 in it: the name (他读了罗密欧与朱丽叶 "Romeo and Juliet"), never a
    # word of the sentence before it nor the part after its 和, whatever the English says ("MOHURD (住房和城乡建设部)":
    # 住房和城乡建设部, not 建设部; "国家发展和改革委员会（NDRC）": not 改革委员会).
    if joined is not None and (joined.endswith(name) or name.endswith(joined)):
        return joined
    if listed is None or listed == name:
        return name
    if listed.endswith(name):
        return listed
    if not name.endswith(listed):
        return name
    if compare_english(name, en)[0] in ("pinyin", "reversed"):
        return name  # the English spells it whole: "Yu Donglai" (于东来), not 东来 after the preposition 于
    before = name[: -len(listed)]
    if _is_org(name, en_words(en)):
        return name  # an organisation's name is taken whole: 中国工商银行 (ICBC), not 工商银行
    if before.endswith(("和", "与")) and _AND_IN_NAME.search(en):
        return name  # two names the English joins with "and": 塞尔维亚和黑山 Serbia and Montenegro
    if not any(_is_prose_word(c) or c in _ZH_BREAKS for c in before) and any(
        transliteration_cost(before, word) <= TRANSLITERATION_COST for word in en_words(en)[:-1]
    ):
        return (
            name  # the English says the words before too: 摩根士丹利 Morgan Stanley, not 士丹利 (no prose: 该公司位于)
        )
    if _is_sentence(before, en) and _one_word_more(name, listed, en) is None:
        return listed
    return name


def _one_word_more(run: str, part: str, en: str) -> str | None:
    """`part`, an ending of `run` read as a name, with the word of `run` before it (jieba's counts), where the English
    `en` writes more words of the name than `part` has (`_name_word_count`) and that word is no word of the sentence's
    verbs, adverbs and pronouns (`prose_words`), no title and no break word: 时代|中国 "Times China" (a glossary's
    中国, "China", is one word of two), 世界|贸易组织 "World Trade Organization" or "WTO". None otherwise, and for a
    person's English (a given name first: "Jack Ma" of 阿里巴巴创始人|马云): a generic alone is no name, a surname
    is."""
    from zhgloss.segment import bundled_counts, segment

    head = run[: len(run) - len(part)]
    if not head or not part or not run.endswith(part):
        return None
    first = en.split()[0] if en.split() else ""
    if en_key(first) in english_given_names() or _is_role_word(first) or compare_english(part, en)[0] != "different":
        return None  # (an English that spells `part`, "Lei Jun" of 企业家|雷军, writes nothing more)
    spans = segment(run, [(len(head), len(run))], bundled_counts())
    words = [run[a:b] for a, b in spans]
    before = next((run[a:b] for a, b in spans if b == len(head)), "")
    if len(before) < 2 or before in prose_words() or before.endswith(_ZH_TITLES) or _is_break_word(before):
        return None
    if _is_listed_place(before) and compare_english(before, en)[0] == "different":
        return None  # a place the English does not write is whose it is: 台湾|总统府 "Presidential Office"
    # The part's words, a run of single characters (a name jieba's counts do not know, 玛|特) counted as one.
    pieces = [b - a for a, b in segment(part, (), bundled_counts())]
    count = sum(1 for i, size in enumerate(pieces) if size > 1 or i == 0 or pieces[i - 1] > 1)
    if _name_word_count(en) <= count or not words:
        return None
    return before + part


def _is_sentence(text: str, en: str) -> bool:
    """Tell whether `text`, the Chinese before a name, is words of the sentence only and none the English `en` spells
    (`_at_listed_name`'s use): it can be read whole as ordinary words of two to four characters (CC-CEDICT's,
    common_words.txt: 出生; jieba's nouns, noun_words.txt: 剧作; never a place, 贵州 of 贵州茅台 Kweichow Moutai)
    and single characters that are break words or words of the sentence (_ZH_BREAKS, `_is_prose_word`: 于, 他,
    用), and no two or more of its characters are an English word's pinyin."""
    from zhgloss.glossable import common_words
    from zhgloss.unknown import noun_words

    english = set(en_words(en))
    pieces = [text[i:j] for i in range(len(text)) for j in range(i + 2, min(len(text), i + 4) + 1)]
    if any(pinyin_key(_phrase_pinyin(piece)) in english for piece in pieces):
        return False
    listed, common = noun_words(), common_words()
    reached = [True] + [False] * len(text)  # reached[i]: text[:i] reads as such words
    for i in range(len(text)):
        if not reached[i]:
            continue
        if text[i] in _ZH_BREAKS or _is_prose_word(text[i]):
            reached[i + 1] = True
        for j in range(i + 2, min(len(text), i + 4) + 1):
            if text[i:j] in common or text[i:j] in listed:
                reached[j] = True
    return reached[-1]


def _syllables_per_character(en: str) -> int | None:
    """The characters a name in another romanization has, one word or hyphenated part each (Kau Pak-kwan: 3), or None.

    Each part is one syllable (Kau, Pak, kwan: one run of vowels), two to four of them; not Japanese "Shigeru
    Ishiba" for 石破茂.
    """
    parts = [p for p in re.split(r"[\s\-]+", en) if p]
    syllabic = all(len(re.findall(r"[aeiouy]+", p.lower())) == 1 for p in parts)
    return len(parts) if syllabic and 2 <= len(parts) <= 4 else None


def _chosen_name(whole: str, en: str | None, known_zh: set[str]) -> str | None:
    """The name `_chinese_name` reads from the sound, the glossary and the words of `whole`, before the prose check."""
    run = _after_breaks(whole)
    if (
        run
        and whole[: -len(run)].endswith(tuple(_ZH_CONJUNCTIONS))
        and _is_common_word(run)
        and _lone_before(whole[: -len(run) - 1])
    ):
        # A lone syllable before "and" and an ordinary word alone after it are no two names: the conjunction is the
        # name's (信和置业 Sino Land, 信|和|置业: 置业 "property"; U36-13's addendum). 苹果及三星 stays two.
        before = whole[: -len(run)]
        run = _after_breaks(before[:-1]) + before[-1] + run
    if en is not None and len(run) < 2:
        # A break word inside a name the English spells (在 of 李在明, Lee Jae-myung): heard across the break.
        crossing = [whole[i:] for i in range(len(whole) - len(run)) if 2 <= len(whole) - i <= 4]
        heard = _heard_suffix(crossing, en, en_words(en), True)
        if heard is not None:
            return heard
    if not run:
        return None
    suffixes = [run[i:] for i in range(len(run))]  # longest first
    known = next((s for s in suffixes if zh_key(s) in known_zh and not _is_inside_generic(s, run)), None)
    if en is None:
        # A stock code's company (the one reading with no English): the whole name before the bracket, which a form
        # the glossary holds is only where it is that name or a word of the sentence ends right before it (买入|腾讯:
        # `_follows_a_sentence_word`), never the tail of a longer name: 宁德时代（300750.SZ） was "the stock code of
        # 时代" (the magazine Time), 贵州茅台 茅台 (the town), 新东方 东方 (the review's R47-4), 时代中国 中国.
        if known is not None and _is_the_whole_name(run, known):
            return known
        # The words of the sentence before it go, as before a name an English names (分析师|看好|贵州茅台（600519.SH）:
        # 贵州茅台, not "an unnamed company"; 据悉|宁德时代, not 据悉宁德时代), with no break word before the name.
        run = _after_sentence_words(_without_title(run))
    else:
        # A name is two to eight characters, or up to sixteen with the separators between its parts (埃马纽埃尔·马克龙).
        candidates = [s for s in suffixes if 2 <= len(s) <= 8 or (2 <= len(s) <= 16 and _has_separator(s))]
        words = en_words(en)
        is_org = _is_org(run, words)
        heard = _heard_suffix(candidates, en, words, is_org)
        if not is_org and (across := _heard_across_break(whole, run, words, heard)) is not None:
            return across
        if not is_org and heard is not None:
            heard = _heard_whole(run, words, heard)
        # A name the Chinese dots into parts is whole, its first part from where the prose before it ends: word
        # segmentation must not cut inside it (阿不来提·阿不都热西提 "Abdulahat Abdurixit" gave 提·阿不都热西提, 来
        # being a word; 艾力更·依明巴海 "Arken Imirbaki" gave none): the review's R41-6.
        dotted = None if is_org or len(words) < 2 else _dotted_name(whole)
        if dotted is not None and all(len(found) < len(dotted) for found in (heard, known) if found is not None):
            return dotted
        # A longer name the English accounts for beats a shorter one the glossary knows: 布林肯 Blinken, not 林肯
        # (Lincoln); 苏纳克 Sunak, not 克 (Croatia).
        if heard is not None and (known is None or len(heard) > len(known)):
            # A transliteration of the English's last word alone, the word before it the name's first (泡泡|玛特 "Pop
            # Mart": not 玛特), as after a glossary form.
            return _one_word_more(run, heard, en) or heard if not is_org else heard
        # A form the glossary holds that only ends the name, the English spelling the characters before it too: the
        # name goes on before it (红杉中国 "HongShan", not 中国; 台湾大哥大 "Taiwan Mobile", not 哥大: R47-3 addenda).
        if known is not None and not _english_spells_before(run[: -len(known)], en):
            return _one_word_more(run, known, en) or known
        if is_org and len(run) <= 20:
            # A title before an organisation's word alone is whose office it is (总统办公室, 秘书长办公室): its name's.
            untitled = _without_title(run)
            return _without_leading_prose(run if untitled in _ORG_SUFFIXES else untitled, en)
        # A name in another romanization writes one word or hyphenated part per syllable
        # (Kau Pak-kwan, 求伯君): as many characters end the run.
        # Never inside a word of the run, though: 国务院 "State Council" is one word, not 国 + 务院.
        count = _syllables_per_character(en)
        if (
            count is not None
            and len(run) > count
            and not is_org
            and _is_word_start(run, len(run) - count)
            and run[-count:] != known
        ):
            return run[-count:]
        run = _without_leading_words(_without_title(run), en)
    run = _without_title(run)
    return run if len(run) <= _LONGEST_UNPLACED else None


def _english_spells_before(head: str, en: str) -> bool:
    """Tell whether a word of English `en` spells two to four characters of `head`, the Chinese before a glossary form
    that ends the run (its pinyin or as a transliteration sounds): "HongShan" 红杉 of 红杉中国, "Taiwan" of
    台湾大哥大, "JPMorgan" 摩根 of 摩根大通. The English then names more than the glossary form: the name goes on
    before it (R47-3's addendum). "Kyoto" after 球星, "Jack Ma" after 阿里巴巴创始人 spell nothing there."""
    for word in en.replace("-", " ").split():
        for size in (2, 3, 4):
            for start in range(len(head) - size + 1):
                part = head[start : start + size]
                if compare_english(part, word)[0] == "pinyin" or _transliterated_suffix([part], en_words(word)) == part:
                    return True
    return False


def _is_the_whole_name(run: str, known: str) -> bool:
    """Tell whether `known`, a form the glossary holds that ends `run` (the Chinese after the clause's break words), is
    the whole name there: the whole run but a title, or the word before it the sentence's (`_follows_a_sentence_word`:
    买入|腾讯). A noun or a place before it may be the name's first word: 宁德|时代 (CATL, not Time), 红杉|中国
    (HongShan, not China)."""
    return known == _without_title(run) or _follows_a_sentence_word(run, len(run) - len(known))


def _follows_a_sentence_word(run: str, at: int) -> bool:
    """Tell whether the word of `run` that ends at `at` (the rest of the run counted as one word, jieba's counts) is
    the sentence's by its part of speech: a verb, adverb, time word or pronoun of two characters or more
    (prose_words.txt: 买入|腾讯, 此前|腾讯), or a one-character word of the sentence or break character (他|买|了|腾讯).
    Not a noun or a place, which may be the name's own first word (时代|中国 Times China, 宁德|时代 CATL)."""
    from zhgloss.segment import bundled_counts, segment

    word = next((run[start:end] for start, end in segment(run, [(at, len(run))], bundled_counts()) if end == at), "")
    if len(word) == 1:
        return _is_prose_word(word) or word in _ZH_BREAKS
    return word in prose_words()


# A name in parts a separator joins (司马义·艾买提, J·D·万斯), ending a run.
_DOTTED_AT_END = re.compile(rf"[{_CJK}A-Z]+(?:[{NAME_SEPARATORS}][{_CJK}A-Z]+)+$")


def _dotted_name(whole: str) -> str | None:
    """The name in parts that ends `whole`, whole (艾力更·依明巴海), its first part without the title, break words or
    prose before it (全国人大常委会副委员长艾力更 -> 艾力更: `_without_title`, `_after_breaks`,
    `_without_leading_words`); None where `whole` ends in no such name or its first part is all prose."""
    found = _DOTTED_AT_END.search(whole)
    if found is None:
        return None
    text = found.group()
    cut = next(i for i, char in enumerate(text) if char in NAME_SEPARATORS)
    # A break word cuts the prose before the name off (会见了雪克来提), never a part to one character (阿克都不: 不):
    # the last break that leaves two characters at least.
    head, tail = text[:cut], text[cut:]
    starts = [at for at in _break_cuts(head) if len(head) - at > 1] if not head.isascii() else []
    first = _without_title(head[starts[-1] if starts else 0 :])
    # The ordinary words before it go (`_without_leading_words`), read with the whole name after them (会见冯·诺依曼:
    # 会见, though 冯 alone is one character), but only words of the sentence that open the run, never a piece of the
    # first part (阿不力孜: 阿|不力|孜 keeps 阿不力).
    name = first + tail
    if len(stripped := _without_leading_words(name)) < len(name) and stripped.endswith(tail) and stripped != tail:
        from zhgloss.glossable import common_words
        from zhgloss.segment import bundled_counts, segment

        removed, words = name[: len(name) - len(stripped)], list[str]()
        for start, end in segment(first, (), bundled_counts()):
            if "".join(words) == removed:
                break
            words.append(first[start:end])
        if "".join(words) == removed and all(word in common_words() for word in words):
            name = stripped
        else:
            name = _without_leading_words(first) + tail
    else:
        name = _without_leading_words(first) + tail
    if len(name) == len(tail) or name[: -len(tail)].isascii() != head.isascii():
        return None
    return name


def _is_inside_generic(known: str, run: str) -> bool:
    """Tell whether a glossary form `known` ending `run` is no name of its own there: a single character the run's
    characters before it run on to (the surname 车 of 长城汽车, 司 of 腾讯公司: the run names a company, never
    the surname alone), or a form inside the generic word ending a company's or body's name (商城 of 京东商城
    "JD Mall"). A break word before the character (`_after_breaks`) has already cut the run."""
    if len(known) == len(run):
        return False
    if len(known) == 1:
        return True
    return any(run.endswith(ending) and len(known) <= len(ending) for ending in _ORG_SUFFIXES)


_EN_NAME_LINKS = frozenset({"of", "the", "and", "&", "for"})


def _without_leading_prose(run: str, en: str) -> str:
    """An organisation's name `run` (the run after the clause's last break word) without the words of the sentence
    that open it where no break word ends them: 据悉三星集团 "Samsung Group" -> 三星集团, 投资者看好中国银行 "Bank of
    China" -> 中国银行 (the lead's finding on s44's company frames).

    The run is cut into words as jieba's counts read them, its org word apart (中国银行 -> 中国, 银行: _ORG_SUFFIXES);
    a leading word goes while it is an ordinary word that is no noun (common_words.txt, not noun_words.txt: 据悉, 看好,
    投资者), that starts no longer word or name of the lexicon (words.txt: 联合 starts 联合国 and 联合技术公司, 通用
    通用汽车, 西北 西北航空公司, 招商 招商引资: they stay) and while the run has more words than the English has words
    of the name (not of, the, a legal form); so do a subject and its verb, both ordinary words that start no
    organisation's name the lexicon lists (市场关注京东方科技集团, 外界关注长江存储科技: the review's R44-6).
    What is left is more than the org word."""
    from zhgloss.glossable import common_words
    from zhgloss.namecontext import word_file
    from zhgloss.segment import bundled_counts, segment
    from zhgloss.unknown import noun_words

    common, nouns, lexicon = common_words(), noun_words(), word_file()
    words: list[str] = []
    for start, end in segment(run, (), bundled_counts()):
        word = run[start:end]
        suffix = next((s for s in _ORG_SUFFIXES if word.endswith(s) and len(word) > len(s)), None)
        words += [word[: -len(suffix)], suffix] if suffix else [word]
    english = [w for w in en.split() if w.lower() not in _EN_NAME_LINKS and not _LEGAL_SUFFIX.fullmatch(w.rstrip(",."))]

    def starts_no_org(word: str) -> bool:
        return not any(w.endswith((*_ORG_SUFFIXES, *_TRADE_ENDINGS)) for w in lexicon.longer_words(word, 6))

    at = _after_kind_head(words, en) or 0  # 芯片设计公司|北方华创, 电动车制造商|小鹏汽车
    while at < len(words) - 2 and len(words) - at > len(english) and words[at] in common:
        if words[at] not in nouns and not lexicon.longer_words(words[at], 4):
            at += 1  # 据悉, 看好: a word of the sentence only
        elif (
            at < len(words) - 3
            and starts_no_org(words[at])
            and words[at + 1] in common
            and words[at + 1] not in nouns
            and starts_no_org(words[at + 1])
        ):
            at += 2  # a subject and its verb (市场关注, 外界关注: R44-6), neither starting an organisation's name
        else:
            break
    # Words of the sentence by their part of speech (prose_words.txt, jieba's tags): a subject of ordinary
    # words of two characters or more, then a verb, adverb, time word, pronoun ... (看好, 青睐, 了解, 据悉,
    # 此前), neither starting an organisation's name the lexicon lists, end where the name starts, and so does
    # each such word or one-character verb or pronoun right after the first (了解|到): 投资者看好招商银行
    # "China Merchants Bank" -> 招商银行, 据悉长城汽车 "Great Wall Motor" -> 长城汽车, however many words the
    # English has (R44-6's rest). 通用汽车公司 (通用 starts 通用汽车), 国家开发银行 (国家 starts the bank's
    # name) and 现代汽车 keep their first word.
    prose = prose_words()

    things = _cedict_thing_forms()

    def leaves_a_name(cut: int) -> bool:
        # Two characters at least after words[cut], and more than the org word (汽车租赁公司 "Car Rental Company" is
        # no 公司); words[cut] no thing CC-CEDICT lists (大连 "Dalian", which jieba tags an adverb) nor the start of
        # one (选举委员会, 首都经济贸易大学: 选举 a verb, 首都 an adverb there).
        rest = "".join(words[cut + 1 :])
        return (
            len(rest) >= 2
            and rest not in _ORG_SUFFIXES
            and words[cut] not in things
            and "".join(words[cut:]) not in things
            and starts_no_org(words[cut])
        )

    subject = at
    while leaves_a_name(subject) and len(words[subject]) >= 2 and words[subject] in common:
        if words[subject] in prose:
            break
        subject += 1
    if leaves_a_name(subject) and words[subject] in prose:
        at = subject + 1
    while at > 0 and leaves_a_name(at) and (words[at] in prose or words[at] in _ZH_PROSE_CHARACTERS):
        at += 1
    return "".join(words[at:])


@functools.lru_cache(maxsize=1)
def _cedict_thing_forms() -> frozenset[str]:
    """The Chinese forms of the places, organisations, events, works and products CC-CEDICT lists
    (`curate.cedict_things`), read once."""
    from zhgloss.curate import cedict_things

    return frozenset(cedict_things())


PROSE_WORDS_PATH = Path(__file__).resolve().parent / "data" / "prose_words.txt"


@functools.lru_cache(maxsize=1)
def prose_words() -> frozenset[str]:
    """Return data/prose_words.txt: the words of jieba's dictionary of two characters or more tagged as a verb,
    adverb, pronoun, time word, preposition or conjunction (看好, 青睐, 此前), counted 50 times or more (MIT;
    scripts/build_prose_words.py). Read by `_without_leading_prose`."""
    with PROSE_WORDS_PATH.open(encoding="utf-8") as fp:
        return frozenset(line.rstrip("\n") for line in fp if line.strip() and not line.startswith("#"))


ACRONYM_TERMS_PATH = Path(__file__).resolve().parent / "data" / "acronym_terms.tsv"


@functools.lru_cache(maxsize=1)
def acronym_terms() -> frozenset[str]:
    """Return data/acronym_terms.tsv's Chinese: CC-CEDICT's ordinary words (lower-case pinyin) one of whose senses
    spells an acronym with lower-case words, "artificial intelligence (AI)" (人工智能), "gross domestic product
    (GDP)" (国内生产总值): 204 (CC BY-SA 4.0; scripts/build_acronym_terms.py)."""
    with ACRONYM_TERMS_PATH.open(encoding="utf-8") as fp:
        rows = [line.split("\t", 1)[0] for line in fp if line.strip() and not line.startswith("#")]
    return frozenset(rows[1:])  # the first row is the header


def is_ordinary_term(zh: str) -> bool:
    """Tell whether Chinese `zh` is an ordinary word whose acronym in brackets after it is a term's (人工智能（AI）,
    国内生产总值（GDP）), not an organisation's (世界卫生组织（WHO）): CC-CEDICT glosses it as an ordinary word with
    that acronym (`acronym_terms`). A common word alone does not say so: 央行, 议会, 警方 are bodies."""
    return zh in acronym_terms()


VERB_CHARACTERS_PATH = Path(__file__).resolve().parent / "data" / "verb_characters.tsv"


@functools.lru_cache(maxsize=1)
def verb_characters() -> frozenset[str]:
    """Return data/verb_characters.tsv's characters: the one-character words jieba 0.42.1's dictionary tags as a verb
    or preposition (买, 卖, 看, 用), counted 1,000 times or more, that stand in at most 5 of CC-CEDICT's
    transliterated proper names (CC BY-SA 4.0; scripts/build_verb_characters.py). Read by `_is_prose_word`."""
    with VERB_CHARACTERS_PATH.open(encoding="utf-8") as fp:
        rows = [line.split("\t", 1)[0] for line in fp if line.strip() and not line.startswith("#")]
    return frozenset(rows[1:])  # the first row is the header


# The longest run taken whole as a name when nothing says where it starts.
_LONGEST_UNPLACED = 6


# Words that say what kind of thing a name that follows them is, as Chinese copy writes before a company's, brand's or
# app's name (潮玩公司泡泡玛特, 自动驾驶公司小马智行, 全景相机厂商影石创新, 生活方式平台小红书, 茶饮品牌蜜雪冰城,
# 内房股时代中国, 电动车制造商小鹏汽车): a word of the run ending so, and at least two characters after it.
_ZH_KIND_HEADS = (
    "公司",
    "企业",
    "厂商",
    "制造商",
    "供应商",
    "运营商",
    "开发商",
    "平台",
    "品牌",
    "巨头",
    "独角兽",
    "股",
)


# The morphemes Chinese business copy ends a sector's shorthand for its firms with, the sector before them open:
# 企 (企业: 车企, 药企, 房企, 险企), 商 (厂商, 经销商: 芯片商, 面板商), 行 (银行: 投行, 外资行). Copy coins them from
# any sector, and jieba's counts cut a coined one apart (车|企, 芯片|商, 投|行): the rule reads that shape, not a list
# (B49-15). The words a dictionary lists are one word to jieba, a firm's kind (券商) or not (协商, 工商, 招商, 串行):
# those are data/firm_words.txt's (`firm_words`).
_ZH_KIND_MORPHEMES = frozenset("企商行")

FIRM_WORDS_PATH = Path(__file__).resolve().parent / "data" / "firm_words.txt"


@functools.lru_cache(maxsize=1)
def firm_words() -> frozenset[str]:
    """Return data/firm_words.txt: CC-CEDICT's words for a kind of firm ending in 企, 商 or 行 (券商 "securities
    dealer", 外企, 承销商; CC BY-SA 4.0; scripts/build_firm_words.py). Read by `_is_kind_head`."""
    with FIRM_WORDS_PATH.open(encoding="utf-8") as fp:
        return frozenset(line.strip() for line in fp if line.strip() and not line.startswith("#"))


def _is_kind_head(words: list[str], at: int) -> bool:
    """Tell whether `words[at - 1]` (a run cut by jieba's counts) ends a word saying what kind of thing follows: one
    of _ZH_KIND_HEADS (公司, 平台, 厂商, 股), a word for a kind of firm (`firm_words`: 券商, 外企), or a sector's
    shorthand for its firms that jieba cuts apart, a kind morpheme alone (_ZH_KIND_MORPHEMES) after a sector of one or
    two characters: 车|企, 药|企, 芯片|商, 投|行. The sector is no word of the sentence (`prose_words`: 据悉|商|南县)
    nor a place's name (中国|商|飞 COMAC: `_is_listed_place`; a place's one character is a sector of firms: 港|企)."""
    head = words[at - 1]
    if head.endswith(_ZH_KIND_HEADS) or head in firm_words():
        return True
    if head not in _ZH_KIND_MORPHEMES or at < 2:
        return False
    sector = words[at - 2]
    return (
        1 <= len(sector) <= 2
        and all(map(is_cjk, sector))
        and sector not in prose_words()
        and not _is_listed_place(sector)
    )


# The bodies a name may end with that are no firm (an institute, an association, a court, an organ of government):
# what a kind of firm (券商, 中|商) says follows is a firm, so such a body after it is the head's own name's.
_FIRM_SUFFIXES = frozenset(
    [
        "公司",
        "集团",
        "集團",
        "银行",
        "銀行",
        "科技",
        "软件",
        "軟件",
        "控股",
        "汽车",
        "商城",
        "证券",
        "航空",
        "电信",
        "保险",
        "传媒",
        "社",
        "交易所",
    ]
)
_NON_FIRM_BODIES = (*(s for s in _ORG_SUFFIXES if s not in _FIRM_SUFFIXES), "总会", "商会", "研究所")


@functools.cache
def _place_names() -> frozenset[str]:
    """The Chinese of every place data/cedict_place_english.tsv holds (CC-CEDICT, CC BY-SA 4.0: 中国, 美国, 福建)."""
    from zhgloss.unknown import FOREIGN_COUNTRIES_PATH

    with FOREIGN_COUNTRIES_PATH.open(encoding="utf-8") as fp:
        return frozenset(line.split("\t", 1)[0] for line in fp if not line.startswith("#") and "\t" in line)


def _leaves_a_name(rest: str, en: str | None = None) -> bool:
    """Tell whether `rest`, what a kind of firm's word (`_is_kind_head`) would leave as the firm's name, can be one
    (B50-17, B50-12). Not everyday words ending in a body that is no firm (中商|产业研究院: common_words.txt,
    noun_words.txt, _NON_FIRM_BODIES): a kind of firm says a firm follows. Not a place or a country (券商|中国, the
    outlet Securities China) nor an everyday word alone (中企|动力, 闽商|总会) unless the English `en` writes no more
    words of the name than it (外企|苹果 "Apple", 美商|海盗船 "Corsair", not "Securities China", "CE Dongli": as
    `_without_leading_words` keeps 时代|中国 "Times China"); with no English, none. Else the word before is the name's
    own first word. A name (中企|华为, 券商|中信证券, 国企|交通银行) is cut."""
    from zhgloss.glossable import common_words
    from zhgloss.segment import bundled_counts, segment
    from zhgloss.unknown import noun_words

    everyday = common_words() | noun_words()
    body = next((b for b in _NON_FIRM_BODIES if rest.endswith(b) and len(rest) > len(b)), None)
    if body is not None:
        front = rest[: -len(body)]
        if all(front[start:end] in everyday for start, end in segment(front, (), bundled_counts())):
            return False
    if rest in _place_names() or _is_listed_place(rest) or rest in everyday:
        return en is not None and _name_word_count(en) <= 1
    return True


# Words saying that the name after them is an app (应用, 软件, App).
_ZH_PRODUCT_HEADS = ("应用", "软件", "App", "APP", "app")


def _kind_said_before(before: str, phrase_shaped: bool = False) -> str | None:
    """The type the Chinese right before a name says it is, or None: "product" after an app's word
    (_ZH_PRODUCT_HEADS: K歌应用|唱吧), "org" after a kind of firm (`_is_kind_head`: 电商平台|拼多多, 二手平台|转转,
    药企|恒瑞医药). A name of an everyday verb phrase's shape (`phrase_shaped`: `_is_verb_phrase`) after a group's
    word (旗下: 字节跳动旗下|剪映) is its product too; another (阿里巴巴旗下|蚂蚁集团) is left to the other rules. So
    a name the text says is a company or an app is no phrase (躺平 "Tang Ping" stays a term: no kind before it)."""
    from zhgloss.segment import bundled_counts, segment

    if len(before) < 2:
        return None
    if before.endswith(_ZH_PRODUCT_HEADS) or (phrase_shaped and before.endswith("旗下")):
        return "product"
    words = [before[start:end] for start, end in segment(before, (), bundled_counts())]
    return "org" if _is_kind_head([*words, ""], len(words)) else None


def _after_kind_head(words: list[str], en: str | None = None) -> int | None:
    """The index of the word after the last of `words` (a run cut by jieba's counts) that ends with a kind of thing
    (`_is_kind_head`: 公司, 平台, 券商, 车|企) and has two characters or more after it and before it (公司 alone opening
    the run is its own), or None. A kind word inside a name's known word (股份, 平台式) is none: the words are
    jieba's."""
    for at in range(len(words) - 1, 0, -1):
        head, rest = words[at - 1], "".join(words[at:])
        if (
            _is_kind_head(words, at)
            and not head.endswith(("控股", "持股"))  # 腾讯控股|有限公司: the name's own word
            and len(rest) >= 2
            and len("".join(words[:at])) >= 2
            and not rest.startswith(("有限", "股份"))
            and rest not in _ORG_SUFFIXES
            and _leaves_a_name(rest, en)
        ):
            return at
    return None


def _after_sentence_words(run: str) -> str:
    """`run` (a company's Chinese before its stock code, no English beside it) from after the last word of the sentence
    in it: a verb, adverb, time word or pronoun (`prose_words`, `_is_prose_word`'s one-character verbs) or a kind of
    thing (_ZH_KIND_HEADS), where two characters at least follow: 分析师|看好|贵州茅台 -> 贵州茅台, 据悉|宁德时代,
    北向资金|大举|买入|五粮液, 潮玩公司|泡泡玛特. A noun stays, being as often the name's first word (时代|中国 Times
    China, 宁德|时代 CATL): with no English to count the name's words by, only the sentence's verbs say where it
    starts."""
    from zhgloss.segment import bundled_counts, segment

    words = [run[start:end] for start, end in segment(run, (), bundled_counts())]
    prose = prose_words()
    at = _after_kind_head(words) or 0
    for last in range(len(words) - 2, at - 1, -1):
        word = words[last]
        if (word in prose or (len(word) == 1 and _is_prose_word(word))) and len("".join(words[last + 1 :])) >= 2:
            at = last + 1
            break
    return "".join(words[at:])


def _name_word_count(en: str) -> int:
    """How many words English `en` gives a name, as the Chinese would write one for each: its capitalised words but
    linking words (of, the, and) and legal forms ("Times China": 2; "World Trade Organization": 3), or an acronym's
    letters ("WTO": 3); 1 for anything else."""
    if re.fullmatch(r"[A-Z]{2,5}", en):
        return len(en)
    words = [
        w
        for w in en.split()
        if w[:1].isupper() and w not in _TITLE_ARTICLES and not _LEGAL_SUFFIX.fullmatch(w.rstrip(",."))
    ]
    return max(1, len(words))  # ("A Doll's House" is 2: 玩偶之家, an article Chinese does not write)


def _without_leading_words(run: str, en: str | None = None) -> str:
    """`run` without the ordinary words that start it, cut as jieba's counts read it: 会见伽利略 -> 伽利略.

    For a name no sound, pinyin or glossary entry accounts for: a verb or noun of the sentence before it (会见,
    邀请, 物理学家) is a word CC-CEDICT lists as an ordinary one (`glossable.common_words`), a name seldom is. Kept:
    two characters at least; a word all of characters of transliteration (`unknown.translit_odds`: 加里 of 加里波第,
    卡拉 of 卡拉季奇, 福田 of 福田康夫), which starts a name as often; and a run whose rest is ordinary words too,
    a title of ordinary words (动物农场 Animal Farm, 普法战争 Franco-Prussian War).

    A word that says what kind of thing the name is (_ZH_KIND_HEADS: 公司, 平台, 厂商, 品牌, 股) ends the sentence's
    words, and the name is all that follows it (潮玩公司|泡泡玛特, 生活方式平台|小红书, 内房股|时代中国: the
    brief's R48-4 rest). Else a word that is no verb, adverb or pronoun of the sentence (`prose_words`) stays the name's
    first word where what follows it is single characters only, a name jieba's counts do not know (小马|智|行
    Pony.ai, 北方|华|创), or where the English `en` writes more words of the name than would be left (时代|中国
    "Times China", not 中国).
    """
    from zhgloss.glossable import common_words
    from zhgloss.segment import bundled_counts, segment
    from zhgloss.unknown import translit_odds

    common, odds = common_words(), translit_odds()
    words = [run[start:end] for start, end in segment(run, (), bundled_counts())]
    headed = _after_kind_head(words, en)
    if headed is not None:
        return "".join(words[headed:])
    prose = prose_words()
    wanted = _name_word_count(en) if en is not None else 0

    def heads_the_name(at: int) -> bool:
        rest = words[at + 1 :]
        return words[at] not in prose and (all(len(w) == 1 for w in rest) or len(rest) < wanted)

    at = 0
    # A pronoun opening the run is the subject, and the word after it its verb (他来自|河内, 她飞往|东京).
    if len(words) > 2 and words[0] in _ZH_PRONOUNS and len("".join(words[2:])) >= 2:
        at = 2
    while (
        at < len(words) - 1
        and words[at] in common
        and not all(c in odds for c in words[at])
        and len("".join(words[at + 1 :])) >= 2
        and not heads_the_name(at)
    ):
        at += 1
    if at == 0 or all(word in common for word in words[at:]):
        at = 0
    if len("".join(words[at:])) > _LONGEST_UNPLACED:
        # Too long for a name still ("意大利物理学家伽利略"): it starts after the last ordinary word, if a name is left.
        for last in range(len(words) - 1, at, -1):
            word = words[last - 1]
            if word in common and not all(c in odds for c in word):
                rest = words[last:]
                if len("".join(rest)) >= 2 and not all(w in common for w in rest):
                    at = last
                break
    return "".join(words[at:])


# Single characters that stand before a name as words of the sentence: pronouns, determiners (该, 此, 各, 两), the
# verbs of meeting, asking, sending and going that take a person or a place right after them (请, 见, 到, 赴:
# 到拉斯维加斯, 见特朗普), the prefixes of a former, deputy or serving officer (前, 副, 现) and 俄 (Russia).
# Other one-character countries and 老, 小 start names jieba's counts lack (美属萨摩亚, 日内瓦, 中美洲, 韩非子,
# 小店区): the name's.
_ZH_PROSE_CHARACTERS = frozenset("他她它我你您咱其之请叫见派陪问找送到去来赴访往至自离回抵经任称该此各两每这前副现俄")
# Pronouns that open a clause as its subject (他来自河内: the name is 河内).
_ZH_PRONOUNS = frozenset("他她它我你您咱")
# Break characters that stand between two syllables of a transliteration (兴都库什 Hindu Kush, 亚的斯亚贝巴 Addis Ababa)
# more often than between two names, as a conjunction or preposition does (特朗普和普京, 泽连斯基在基辅).
_ZH_INSIDE_BREAKS = frozenset("的了也都就")
# Break characters that cannot open a clause: one at a clause's start is a syllable of the name after it (的黎波里
# Tripoli). 与, 和, 于 and 是 can (与普京会谈后, 是普京决定的), and are breaks there too; so is 及, which a list's
# last clause opens with ("，及中国移动（China Mobile）等公司") and which opens no name CC-CEDICT lists
# (`conjunction_names`).
_ZH_NON_OPENING = frozenset("的了也都就")


# "and" between two capitalised words of a name: "Saint Kitts and Nevis", "Serbia and Montenegro".
_AND_IN_NAME = re.compile(r"[A-Z][\w'’.-]* (?:and|&) [A-Z]")


def _first_part_syllables(en: str) -> int:
    """The syllables (runs of vowels) of the English before the "and" of a name that joins two ("Trinidad": 3)."""
    words = re.split(r"\s+(?:and|&)\s+", en, maxsplit=1)[0].split()
    return sum(len(re.findall(r"[aeiouy]+", word.lower())) for word in words[-3:])


def _is_prose_word(word: str) -> bool:
    """Tell whether `word`, a word of the run before a bracket, is one of the sentence's, never a piece of a name.

    A word CC-CEDICT lists as an ordinary one of two characters or more (会见, 物理学家), a title (国务卿), a break
    word (表示, 据), a pronoun or verb of one character that takes a name after it (_ZH_PROSE_CHARACTERS) or a
    one-character verb or preposition that is seldom a syllable of a transliteration (`verb_characters`: 买, 用,
    看; not 提, 开, 安).
    """
    from zhgloss.glossable import common_words

    if len(word) == 1:
        # A break character (于, 在, 与, 是, 据) that is a verb or preposition too keeps its own rules (_ZH_BREAKS).
        return word in _ZH_PROSE_CHARACTERS or (word in verb_characters() and word not in _ZH_BREAKS)
    return word in common_words() or word.endswith(_ZH_TITLES) or _is_break_word(word)


def _is_heard(zh: str, en: str) -> bool:
    """Tell whether English `en` writes `zh` by its pinyin (the surname at least) or as a transliteration sounds."""
    return compare_english(zh, en)[0] != "different" or _transliterated_suffix([zh], en_words(en)) is not None


def _name_start_in_prose(run: str, at: int, en: str) -> int:
    """Where a name read as starting at `at` of `run` (a run of Chinese ending with it) starts in the sentence.

    A name starts after a word of the sentence (`_is_prose_word`) or at the clause's start, never on a character
    of its own: jieba's counts lack most transliterations and cut them into single characters (希特勒 in some
    texts, 埃|尔|帕|索), and the sound of the English alone may read the last few of them as the whole name
    (特勒 for Adolf Hitler, 尔帕索 for El Paso, 美龄 for Soong Mei-ling). So the name takes, back from `at`, the
    single characters that are no word of the sentence (a one-character verb after a word of the sentence or a
    break is one: 他买了特斯拉, 大家都用了钉钉; R45-13), a break character between two of them that is seldom a
    conjunction or preposition there (_ZH_INSIDE_BREAKS: 兴都库什, not 特朗普和普京) or opening the clause where no
    clause can open with it (_ZH_NON_OPENING: 的黎波里), a name separator with the part
    before it (大卫·尼尔), so too 和 or 与 where the English joins two names with "and" (圣基茨和尼维斯 Saint Kitts
    and Nevis), and the rest of a word that holds it (希特勒 where jieba knows the name). A name read as
    starting inside a title starts after it (国务卿基辛格: 基辛格), and so does one read inside another word of the
    sentence where the English `en` is heard in what follows it (亲王惠特曼 Whitman: 惠特曼). `run` starts a clause
    (the text before it is no Chinese).
    """
    from zhgloss.segment import bundled_counts, segment

    counts = bundled_counts()
    # The words before the name, the name counted as a word: 来自|费卢杰, not 来|自费|卢杰.
    spans = segment(run, [(at, len(run))], counts)
    prose_before = any(end == at and _is_prose_word(run[start:end]) for start, end in spans)
    # A title across the name's start, however jieba cuts it (商务部|长, 特|首), ends before the name.
    title_end = max(
        (i + len(t) for t in _ZH_TITLES for i in range(max(0, at - len(t) + 1), at) if run.startswith(t, i)), default=0
    )
    if title_end > at and len(run) - title_end >= 2:
        return title_end
    for start, end in segment(run, (), counts):
        # A word of the sentence if the English is heard in what follows it (亲王|惠特曼 Whitman), unless the name
        # counted as a word leaves another word of the sentence before it (会见|方文山, not 会|见方|文山).
        if (
            start < at < end
            and len(run) - end >= 2
            and not prose_before
            and _is_prose_word(run[start:end])
            and _is_heard(run[end:], en)
        ):
            return end
    index = next(i for i, (start, end) in enumerate(spans) if start <= at < end)
    start, end = spans[index]
    if start < at:  # the name was read from inside a word
        if _is_prose_word(run[start:end]) or any(_is_prose_word(c) for c in run[start:at]):
            return at  # a word across the name's start that may be the sentence's (来|自贡|嘎): no telling
        at = start  # 希拉|里 (Hillary): the word's start is the name's
    index -= 1
    after_separator = False
    # A name the English joins with "and" (Trinidad and Tobago) writes 和 or 与 between its parts: 千里达和多巴哥.
    joined = _AND_IN_NAME.search(en)
    first_part_end: int | None = None  # where the part before 和 ends, once 和 is passed
    while index >= 0 and not run[:at].endswith(_ZH_TITLES):
        start, end = spans[index]
        word = run[start:end]
        if all(c in NAME_SEPARATORS for c in word) or (joined and word in ("和", "与")):
            if joined:
                first_part_end = start
            after_separator, joined = True, None
        elif after_separator:
            after_separator = False  # the part before the dot is the name's, whatever it is (大卫 of 大卫·尼尔)
        elif (
            first_part_end is not None
            and len(word) > 1
            and word not in _ZH_BREAK_WORDS
            and first_part_end - start <= _first_part_syllables(en) + 1
        ):
            pass  # a word of the sentence's too, but the first part's sound has room for it: 千里|达 of Trinidad
        elif len(word) > 1 or (
            index > 0
            and _is_kind_head([run[s:e] for s, e in spans[: index + 1]], index + 1)
            and _leaves_a_name(run[end:], en)
        ):
            break  # (a kind of thing after a word ends the sentence's words: 内房|股|时代中国, 车|企|长城汽车)
        elif _is_prose_word(word):
            # A one-character verb (`verb_characters`: 买, 用) is the sentence's after a word of the sentence or a
            # break (他|买|了|特斯拉, 大家|都|用|了|钉钉); after a character of the name, or opening the clause, it is
            # the name's (唐|招|提寺, 吞|米桑布札（Tunmi Sanghuzha）是).
            previous = run[spans[index - 1][0] : spans[index - 1][1]] if index > 0 else None
            if word in _ZH_PROSE_CHARACTERS or (
                previous is not None and (len(previous) > 1 or _is_prose_word(previous) or previous in _ZH_BREAKS)
            ):
                break
        elif word in _ZH_BREAKS:
            previous = run[spans[index - 1][0] : spans[index - 1][1]] if index > 0 else None
            if previous is None and word not in _ZH_NON_OPENING:
                break
            if previous is not None and (
                word not in _ZH_INSIDE_BREAKS
                or len(previous) > 1
                or _is_prose_word(previous)
                or previous in _ZH_BREAKS
                or previous in NAME_SEPARATORS
            ):
                break
        at = start
        index -= 1
    return at


# A transliteration's English is at most this far from its sound (`transliteration_cost`, per letter): 特朗普
# Trump 0.48, 普京 Putin 0.48, 布林肯 Blinken 0.04; 跳动 for ByteDance is kept out by its characters.
TRANSLITERATION_COST = 0.5
# Endings this close to the closest are as good a reading: the longest of them is the name.
TRANSLITERATION_MARGIN = 0.05


def _has_separator(text: str) -> bool:
    """Tell whether `text` holds a name separator (·, ・ ...: script.NAME_SEPARATORS) between parts of a name."""
    return any(c in NAME_SEPARATORS for c in text)


def _transliterated_suffix(
    candidates: list[str], words: list[str], *, delimited: bool = False, whole: bool = False
) -> str | None:
    """The candidate (an ending of a Chinese run) that transliterates the English `words` best, or None.

    `delimited`: the candidates are whole names a bracket delimits, not endings carved from a run, so a name
    separator between their parts is evidence enough of a foreign name whatever the odds of its characters (马可·鲁比奥
    for Marco Rubio: 可 is in no transliteration CC-CEDICT lists often enough to have odds). `whole`: the candidates
    are a pair's whole Chinese, so one character without odds may stand in a longer name (`_has_transliteration_odds`).

    Chinese writes a foreign name by its sound, the surname alone (布林肯 for Antony Blinken, 苏纳克 for Rishi
    Sunak) or the whole name: the candidate closest in sound (`transliteration_cost`) to the English's last word
    or to all of it, within TRANSLITERATION_COST, made of characters of transliterations (`translit_odds`: each
    one's odds known, averaging at least TRANSLIT_INSIDE), the longest of those within TRANSLITERATION_MARGIN of the
    closest, or one whose parts a name separator joins (安东尼·布林肯 for Antony Blinken, against the whole English).
    国务卿布林肯 -> 布林肯, not 林肯 (Lincoln), which leaves Blinken's B unsaid.
    """
    from zhgloss.unknown import translit_odds

    if not words:
        return None
    odds = translit_odds()
    surname = "".join(words[len(words) - 1 - len(_particles(words)) :])
    costs: dict[str, float] = {}
    for suffix in candidates:
        chars = [c for c in suffix if c not in NAME_SEPARATORS]
        known = [odds.get(c) for c in chars]
        if suffix[0] in NAME_SEPARATORS or not chars:
            continue
        if not (delimited and _has_separator(suffix)) and not _has_transliteration_odds(chars, known, whole):
            continue
        if _has_separator(suffix):  # 安东尼·布林肯: the parts are the English's words
            cost = transliteration_cost(suffix, "".join(words))
        else:
            # The surname, with its particles if it has any (勒庞 "Le Pen"), or the whole name.
            cost = min(transliteration_cost(suffix, target) for target in {words[-1], surname, "".join(words)})
        if cost <= TRANSLITERATION_COST:
            costs[suffix] = cost
    if not costs:
        return None
    best = min(costs.values())
    # The longest as close as the closest, within TRANSLITERATION_MARGIN: 约翰逊 Johnson (0.34) over 翰逊 (0.30),
    # 奥尔特曼 Altman over 尔特曼; of names whose parts a dot joins, if any, over their last part (安东尼·布林肯,
    # 埃马纽埃尔·马克龙 over 马纽埃尔·马克龙).
    dotted = [s for s in costs if _has_separator(s)]
    if dotted:
        best = min(costs[s] for s in dotted)
    chosen = max((s for s in dotted or costs if costs[s] <= best + TRANSLITERATION_MARGIN), key=len)
    return _with_particles(chosen, candidates, words)


UNKNOWN_ODDS = -1.0
"""The odds a character of a whole name counts for when translit_odds.tsv has none (its odds are at or below 0: as
common in running text as in names). Below each of R42-19's four by scripts/build_translit_odds.py's formula (立
-0.60, 那 -0.31, 别 -0.46, 危 -0.77), so such a character weighs against the name more than any that has odds."""


def _has_transliteration_odds(chars: list[str], known: list[float | None], whole: bool) -> bool:
    """Tell whether the characters `chars` of a name, their odds `known` (`translit_odds`, None where it has none),
    are those of a transliteration: averaging TRANSLIT_INSIDE, each with odds.

    `whole` (a pair's whole Chinese, not an ending carved from a run; R42-19): a name of three characters or more
    may hold one character without odds, counted at UNKNOWN_ODDS, where Xinhua's tables write a common character
    for a sound (特立尼达 Trinidad, 危地马拉 Guatemala, 黑塞哥维那 Herzegovina, 乌兹别克斯坦 Uzbekistan,
    都柏林 Dublin); not one that ends with a place's unit (章丘市 "Zhangqiu" is the pinyin without 市), nor one
    of two characters (大寮 "Taliao", 宁边 "Yongbyon": a Chinese or Korean reading romanized)."""
    from zhgloss.unknown import TRANSLIT_INSIDE

    unknown = sum(o is None for o in known)
    if unknown and not (whole and unknown == 1 and len(chars) >= 3 and chars[-1] not in _PLACE_UNITS):
        return False
    return sum(UNKNOWN_ODDS if o is None else o for o in known) / len(chars) >= TRANSLIT_INSIDE


# Particles that join a surname (lower case, as `en_words` gives them): German von, zu; Dutch van, der, den, ter;
# Romance de, del, della, di, da, du, des, dos, das, la, le; Arabic al, el, bin, ibn, bint, ben.
SURNAME_PARTICLES = frozenset(
    {
        *("von", "vom", "zu", "zum", "van", "der", "den", "ter", "ten"),
        *("de", "del", "della", "dei", "di", "da", "du", "des", "dos", "das", "do", "la", "le"),
        *("al", "el", "bin", "ibn", "bint", "ben"),
    }
)


def _particles(words: list[str]) -> list[str]:
    """The particles (SURNAME_PARTICLES) right before the last of `words`, its surname: "von der" of von der Leyen."""
    first = len(words) - 1
    while first > 0 and words[first - 1] in SURNAME_PARTICLES:
        first -= 1
    return words[first:-1]


def _with_particles(chosen: str, candidates: list[str], words: list[str]) -> str:
    """`chosen`, or a longer candidate that writes the surname's particles before it as they sound.

    Chinese transliterates a surname with its particles as one name (CC-CEDICT: 冯德莱恩 Ursula von der Leyen,
    范德瓦耳斯 van der Waals, 本·拉登 bin Laden, 达·芬奇 da Vinci, 勒庞 Le Pen, 戴高乐 De Gaulle), or drops them
    (贝多芬 Ludwig van Beethoven, 萨勒曼 Mohammed bin Salman). So where the English's last word follows particles
    (SURNAME_PARTICLES) and the characters right before `chosen` sound like those particles, and the whole like
    the particles and the surname (`transliteration_cost` within TRANSLITERATION_COST both), they are the name's:
    冯德 "von der", 范德 "van der", 本 "bin". The closest such ending wins, the longer on a tie; none: `chosen`.
    """
    particles = _particles(words)
    if not particles:
        return chosen
    sound, surname = "".join(particles), "".join(particles) + words[-1]
    if transliteration_cost(chosen, surname) < transliteration_cost(chosen, words[-1]):
        # `chosen` writes the particles already (梵谷 "Van Gogh" 0.31, "Gogh" 0.85): no syllable before it is theirs
        # (总统访问梵谷: not 问梵谷, 问 wen sounding like "van").
        return chosen
    found: list[tuple[float, int, str]] = []
    for suffix in candidates:
        head = suffix[: len(suffix) - len(chosen)]
        chars = [c for c in head if c not in NAME_SEPARATORS]
        if (
            not suffix.endswith(chosen)
            or not chars
            or head[0] in NAME_SEPARATORS
            or len(chars) > 2 * len(particles)
            or transliteration_cost(head, sound) > TRANSLITERATION_COST
        ):
            continue
        cost = transliteration_cost(suffix, surname)
        if cost <= TRANSLITERATION_COST:
            found.append((cost, -len(suffix), suffix))
    if not found:
        return chosen
    name = min(found)[2]
    # The given names before it, joined by a name separator (穆罕默德·本·萨勒曼 for Mohammed bin Salman): whole.
    from zhgloss.unknown import translit_odds

    odds = translit_odds()
    for suffix in candidates:  # longest first
        head = suffix[: len(suffix) - len(name)]
        chars = [c for c in head if c not in NAME_SEPARATORS]
        if (
            suffix.endswith(name)
            and chars
            and head[0] not in NAME_SEPARATORS
            and head[-1] in NAME_SEPARATORS
            and all(c in odds for c in chars)
            and transliteration_cost(suffix, "".join(words)) <= TRANSLITERATION_COST
        ):
            return suffix
    return name


def _heard_suffix(candidates: list[str], en: str, words: list[str], is_org: bool) -> str | None:
    """The ending of a Chinese run (`candidates`, longest first) whose sound the English `en` writes, or None.

    The whole pinyin first, longest first (欧阳娜娜 before 娜娜); then a name whose surname the English spells,
    shortest first: as pinyin (Jack Ma), then as Wade-Giles or Hong Kong write it (张忠谋 Morris Chang, 李家超 John
    Lee); then, for no company, the transliteration closest in sound (布林肯 Blinken).
    """
    for suffix in candidates:
        if compare_english(suffix, en)[0] in ("pinyin", "reversed"):
            return suffix
    for suffix in reversed(candidates):
        if len(suffix) <= 4 and compare_english(suffix, en)[0] == "adopted":
            # "Luis de la Fuente" spells 富恩特's pinyin in its last word: 德拉富恩特 writes "de la" too.
            return _with_particles(suffix, candidates, words)
    for suffix in reversed(candidates):
        if len(suffix) <= 4 and len(words) > 1 and {words[0], words[-1]} & surname_keys(suffix):
            return suffix
    return None if is_org else _transliterated_suffix(candidates, words)


def _heard_across_break(whole: str, run: str, words: list[str], heard: str | None) -> str | None:
    """A transliterated name that starts on the break word cut off before `run`, the ending of `whole` after its last
    break (`_after_breaks`), or None.

    向 is a preposition in 他向记者表示 and the first syllable of 向巴平措 "Qiangba Puncog" (Tibetan Jampa, written
    Qiangba in the official Tibetan pinyin); 于, 和, 与 are surnames too. Where the English spells the name's pinyin,
    `_chosen_name` already hears across the break (于伟国 Yu Weiguo); a transliteration is heard across it only when
    the ending that takes the break in is within TRANSLITERATION_COST and clearly closer in sound than the best ending
    after the break (by _CROSSING_MARGIN a letter): 向巴平措 0.20 against 巴平措 0.47. A break word adds its own
    syllable's letters to the cost, so an ordinary preposition before a foreign name stays out (与优素福 "Yusuf").
    """
    if not words or (heard is not None and compare_english(heard, " ".join(words))[0] != "different"):
        return None
    cut = len(whole) - len(run)
    # The endings that take in a break word of one or two characters right before `run`.
    crossings = [whole[cut - size :] for size in (1, 2) if size <= cut and _is_break_word(whole[cut - size : cut])]
    for ending in crossings:
        # A break word that is the surname the English writes, in pinyin, Wade-Giles or Cantonese (向华强 "Charles
        # Heung", 向 being Heung in Hong Kong): the name starts on it, as `_heard_suffix` reads a surname.
        if 3 <= len(ending) <= 4 and {words[0], words[-1]} & surname_keys(ending):
            return ending
    # Each ending is weighed as `_transliterated_suffix` weighs it: against the surname or the whole English (卓别林
    # writes Chaplin alone, so 了卓别林 is no closer to "Charlie Chaplin"), and against every ending after the break,
    # heard or not (三星 Samsung, not 及三星).
    targets = {words[-1], "".join(words)}

    def cost_of(ending: str) -> float:
        return min(transliteration_cost(ending, target) for target in targets)

    best = min((cost_of(run[i:]) for i in range(len(run) - 1)), default=float("inf"))
    for ending in crossings:
        if len(ending) <= 8 and (cost := cost_of(ending)) <= TRANSLITERATION_COST and cost + _CROSSING_MARGIN < best:
            return ending
    return None


# How much closer in sound (per letter, `transliteration_cost`) a name heard across a break word must be.
_CROSSING_MARGIN = 0.15


def _heard_whole(run: str, words: list[str], heard: str) -> str:
    """`heard`, the transliteration `_heard_suffix` found ending `run` (the run after its last break word), or a
    longer ending of `run` whose sound the English `words` account for clearly better (R44-7).

    `_transliterated_suffix` takes an ending carved from a run only if each of its characters is one of
    transliterations (`translit_odds`), but Xinhua writes some names with common characters: 列支敦士登 Liechtenstein
    (列 0.79, 支 no odds) gave 敦士登 (0.48 a letter) though the whole is 0.28; 印度尼西亚 Indonesia gave 尼西亚. A
    longer ending within TRANSLITERATION_COST and closer by _CROSSING_MARGIN a letter is the name, as across a break
    word (`_heard_across_break`): the sentence's own words before a name add their syllables' letters to the cost
    (访问列支敦士登 is no closer to "Liechtenstein" than 列支敦士登), and an ending starts on a word of the run that is
    no word of the sentence. A name the English spells in pinyin is left as it is."""
    if compare_english(heard, " ".join(words))[0] != "different":
        return heard
    targets = {words[-1], "".join(words)}

    def cost_of(ending: str) -> float:
        return min(transliteration_cost(ending, target) for target in targets)

    # Each from the start of a word of the run that is no word of the sentence (`_starts_no_prose_word`): 总统访问梵谷
    # "Vincent Van Gogh" is no 问梵谷 nor 访问梵谷, however the sounds fall.
    longer = [
        run[i:]
        for i in range(len(run) - len(heard))
        if len(run) - i <= 8 and run[i] not in NAME_SEPARATORS and _starts_no_prose_word(run, i)
    ]
    if not longer:
        return heard
    best = min(longer, key=lambda ending: (cost_of(ending), -len(ending)))
    if cost_of(best) <= TRANSLITERATION_COST and cost_of(best) + _CROSSING_MARGIN < cost_of(heard):
        return best
    return heard


def _starts_no_prose_word(run: str, at: int) -> bool:
    """Tell whether a word of `run` (jieba's counts) starts at `at` and is no word of the sentence (`_is_prose_word`):
    是枝裕和 after 导演 may be a name, 会见菅直人 may not."""
    from zhgloss.segment import bundled_counts, segment

    return any(start == at and not _is_prose_word(run[start:end]) for start, end in segment(run, (), bundled_counts()))


def _is_word_start(run: str, at: int) -> bool:
    """Tell whether a word of `run`, cut into words by `zhgloss.segment` (jieba's counts), starts at `at`."""
    from zhgloss.segment import bundled_counts, segment

    return any(start == at for start, _ in segment(run, (), bundled_counts()))


def _without_title(run: str) -> str:
    """`run` from after the last title in it: a company's name never holds one (小米董事长 is no company). Only where
    the title ends a word (`_is_word_start`, jieba's counts): a title that begins a longer word is the name's own
    (总统府 "Presidential Office" is one word, not 总统 and a name 府)."""
    at = max((run.rfind(t) + len(t) for t in _ZH_TITLES if t in run), default=0)
    if 0 < at < len(run) and not _is_word_start(run, at):
        return run
    return run[at:] or run


def _lone_before(text: str) -> bool:
    """Tell whether `text` ends with a character that is a word of its own as jieba's counts cut it (信 of 信|和), and
    no pronoun or character of prose (他和马云: 他) nor a break character (亚马逊也与联通: 也)."""
    from zhgloss.convert import name_to_simplified
    from zhgloss.segment import bundled_counts, segment

    if not text or text[-1] in _ZH_PROSE_CHARACTERS or text[-1] in _ZH_BREAKS:
        return False
    read = name_to_simplified(text)
    spans = list(segment(read, (), bundled_counts()))
    return bool(spans) and spans[-1][1] - spans[-1][0] == 1


def _is_common_word(text: str) -> bool:
    """Tell whether `text` is an ordinary word CC-CEDICT lists (common_words.txt: 置业, 科技), not a name."""
    from zhgloss.convert import name_to_simplified
    from zhgloss.glossable import common_words

    return name_to_simplified(text) in common_words()


def _after_breaks(run: str) -> str:
    """`run` from after its last break word (_ZH_BREAKS, _ZH_BREAK_WORDS), the run cut into words first."""
    cuts = _break_cuts(run)
    return run[cuts[-1] :] if cuts else run


def _break_cuts(run: str) -> list[int]:
    """Where each break word of `run` ends (`_after_breaks`), in order; [] for a run with none."""
    if not any(c in run for c in _ZH_BREAKS + _ZH_BREAK_ENDINGS) and not any(w in run for w in _ZH_BREAK_WORDS):
        return []
    from zhgloss.convert import name_to_simplified
    from zhgloss.segment import bundled_counts, segment

    # Cut as the simplified text reads (jieba's counts are simplified: 長江和記實業 would be one character a word).
    simplified = name_to_simplified(run)
    read = simplified if len(simplified) == len(run) else run
    spans = list(segment(read, (), bundled_counts()))
    cuts: list[int] = []
    for i, (start, end) in enumerate(spans):
        if not _is_break_word(read[start:end]):
            continue
        if (
            read[start:end] in _ZH_CONJUNCTIONS
            and _is_names_conjunction(read, spans, i)
            and not any(title in read[end:] for title in _ZH_TITLES)
        ):
            # Not before a title: "与前董事局主席张勇", "吴泳铭和前董事局主席张勇" join a second person (U37-9).
            continue
        cuts.append(end)
    return cuts


def _joins_the_name_before(head: str, run: str) -> bool:
    """Tell whether `run`, a run of Chinese right after the text `head`, opens with a conjunction (和, 与, 及) that
    joins it to a name bracketed before it: `head` ends with a closing bracket, and jieba's counts read the
    conjunction as a word of its own ("萨姆·奥尔特曼（Sam Altman）与软银集团（SoftBank Group）": 软银集团, the review's
    R47-3). It is cut off before the run is read, so that no reading takes it into the name (a Japanese one,
    "（Jack Ma）及宫崎骏（Miyazaki Hayao）", nor one in parts, 及珍·奥斯汀)."""
    if not run or run[0] not in _ZH_CONJUNCTIONS or not head.rstrip(" \u00a0").endswith(("）", ")")):
        return False
    return len(run) > 1 and _is_word_start(run, 1)


def _is_names_conjunction(read: str, spans: list[tuple[int, int]], i: int) -> bool:
    """Tell whether the conjunction (和, 与, 及) that is word `i` of `read` (cut into words `spans`, jieba's counts) is
    a syllable of the name after it, not the word that joins two names.

    A name after "and" starts on a word or a surname, never on a lone syllable: 和 of 长江和记实业 (CK Hutchison;
    长江|和|记|实业) and of 和记电讯 is the name's (U36-13: harvest proposed 记实业), as it is of 和黄 (CK Hutchison,
    the conjunction and one syllable: the review's R36-25; not 与 or 及, which open no name CC-CEDICT lists). But
    jieba's counts lack most names and cut them into lone syllables (软|银|集团 of 软银集团 SoftBank Group), so a
    lone syllable after it says nothing by itself:
    - after a pronoun, a one-character word of the sentence or a break character (他与, 也与: `_is_prose_word`,
      _ZH_BREAKS) it joins two names, whatever follows;
    - it is the name's where the text holds a name of three characters or more CC-CEDICT lists that opens with it
      (`conjunction_names`: 和达清夫), and, before a syllable that is no surname, where it and that syllable open one
      (和记 of 和记黄埔, so 长江|和|记实业 and 和|记电讯);
    - opening the run (a clause's start), it is otherwise a word of the sentence ("，与软银集团（SoftBank Group）合作":
      a clause opens with 和 or 与 as a preposition far more often than with a name CC-CEDICT does not list);
    - inside the run, it is otherwise the name's after a lone syllable (信|和|置业 Sino Land, 必|和|必|拓 BHP
      Billiton, 温|得|和|克 Windhoek, 罪|与|罚), never after a word of two characters or more, a sentence's word or
      a name (双方, 库克, 阿里巴巴: 库克与软银集团 was proposed whole, the review's R47-3).
    """
    from zhgloss.pinyin import surnames

    if i + 1 == len(spans):
        return i == 0
    start = spans[i][0]
    after_start, after_end = spans[i + 1]
    if i == 0 and after_end == len(read) and after_end - after_start == 1:
        # 和黄; but CC-CEDICT lists no name opening with 与 or 及: "（Jack Ma）及俄（Russia）" is 俄
        return any(name.startswith(read[start]) for name in conjunction_names())
    if after_end - after_start != 1:
        return False
    before = read[spans[i - 1][0] : spans[i - 1][1]] if i > 0 else ""
    if len(before) == 1 and (_is_prose_word(before) or before in _ZH_BREAKS):
        return False
    if any(len(name) > 2 and read.startswith(name, start) for name in conjunction_names()):
        return True  # not 和龙 (Helong) of 中国|和|龙|胜县: a surname may start the name after the conjunction
    if read[after_start] in surnames():
        return False
    if read[start:after_end] in _conjunction_heads():
        return True
    return len(before) == 1


CONJUNCTION_NAMES_PATH = Path(__file__).resolve().parent / "data" / "conjunction_names.txt"


@functools.cache
def conjunction_names() -> frozenset[str]:
    """The names CC-CEDICT lists that open with 和, 与 or 及 (和记黄埔 "Hutchison Whampoa", 和硕, 和田; none with 与 or
    及), simplified and traditional (data/conjunction_names.txt, CC BY-SA 4.0, scripts/build_joined_names.py)."""
    text = CONJUNCTION_NAMES_PATH.read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@functools.cache
def _conjunction_heads() -> frozenset[str]:
    """The first two characters of each of `conjunction_names`, simplified (和记, 和硕)."""
    from zhgloss.convert import name_to_simplified

    return frozenset(name_to_simplified(name[:2]) for name in conjunction_names())


# Honorifics written after a name (马化腾先生, 王莉女士): Mr, Ms, Miss, Dr.
_ZH_HONORIFICS_AFTER = ("先生", "女士", "小姐", "博士")
# The occupations and kin words copy addresses a person by after the surname alone (张老师 "Teacher Zhang", 陈医生,
# 王律师, 李师傅, 刘阿姨, 赵同学: 称谓, the forms of address of 现代汉语词典 7th ed.), which are no post (`_ZH_TITLES`)
# and no honorific (`_ZH_HONORIFICS_AFTER`). Written by hand: no word list this project ships tells a form of address
# from any other noun after a surname. Read by `_is_address` (an address writes no given name: B50-16) and, English
# first, by `_without_address_after` (王小明老师 "Wang Xiaoming" names 王小明: B51-4).
_ZH_ADDRESS_WORDS = _vocabulary(
    "老师 医生 大夫 护士 律师 师傅 师父 同学 阿姨 叔叔 大爷 大妈 大姐 大哥 大叔 大婶 老板 老板娘 掌柜 警官 记者 "
    "主编 编辑 司机 校长 院长 经理 厂长 科长 处长 村长 镇长 县长 班长 老总 总工 "
    # kin words copy uses for elders and peers (张奶奶 "Granny Zhang", 王姐, 陈哥, 赵伯伯: B51-4)
    "爷爷 奶奶 姥姥 姥爷 外婆 外公 伯伯 伯母 婆婆 阿婆 老伯 叔 婶 姐 哥 姐姐 哥哥 师兄 师姐 学长 学姐"
)


def _zh_title_after(run: str, en: str, known: set[str]) -> str | None:
    """The honorific or title that ends `run`, Chinese before a bracket of English `en`, after a name, or None:
    "马化腾先生" -> "先生" (an honorific is never a name's: at least two characters stay before it); "王传福董事长"
    -> "董事长" only where the characters before it name what the English names (its pinyin, a romanization of it
    in the Chinese order: `compare_english`, `chinese_order_parts`), so that 美国总统（US President） is no name 美国
    with the role 总统."""
    if _names_a_body(en):
        # An English that names a company or a body ("Huawei Technologies", "Didi Chuxing Technology Co") is no
        # person's: the words ending the Chinese are its name's (华为技术), never a title or a word after a name.
        return None
    if (joined := _joined_titles_after(run, en, known)) is not None:
        return joined
    for word in sorted((*_ZH_HONORIFICS_AFTER, *_ZH_TITLES), key=len, reverse=True):
        if not run.endswith(word) or len(run) - len(word) < 2:
            continue
        if word in _ZH_HONORIFICS_AFTER:
            return word
        # The title's own first words go with it (何立峰副总理: 副总理, not a name 何立峰副; R38-1), and a mark that it
        # is over (马英九前总统: 前总统, the review's R40-7).
        for size in range(min(4, len(run) - len(word) - 2), 0, -1):
            opening = run[len(run) - len(word) - size : len(run) - len(word)]
            if _PAST_TITLE_HEADS.fullmatch(opening) and _names_what_english_names(
                run[: len(run) - len(word) - size], en, known, titled=True
            ):
                return opening + word
        return word if _names_what_english_names(run[: -len(word)], en, known, titled=True) else None
    # A word no list holds after the name (张文宏医生, 张伟律师, 马云老师, 邓小平同志, 李嘉誠爵士: R37-22): the English
    # says where the name ends, so a word of the lexicon (common_words.txt) after the characters it accounts for is no
    # part of it. Longest word first; the name keeps at least two characters.
    from zhgloss.glossable import common_words

    words = common_words()
    if len(en.split()) < 2:
        return None  # a person's English has a surname and a given name: "Xiaomi" (小米集团) is a company's
    if _spells_then_translates(run, en):
        return None
    for size in (4, 3, 2):
        word = run[-size:]
        if (
            len(run) - size >= 2
            and word in words
            and not _is_business_word(word)
            and _names_what_english_names(run[:-size], en, known)
        ):
            return word
    return None


def _spells_then_translates(run: str, en: str) -> bool:
    """Tell whether English `en` spells a name inside Chinese `run` in its first word, two characters of the run or
    more after it, and goes on with words of its own: "Jiangnan Shipyard" for 江南造船厂, "Taiwan Mobile" for
    台湾大哥大. The words after translate the rest of the run, which is then the name's own (江南造船厂), not a word
    after a person's name (张文宏医生 "Zhang Wenhong": R37-22)."""
    words = en.split()
    return len(words) >= 2 and any(
        compare_english(run[start : start + size], words[0])[0] == "pinyin"
        for size in (2, 3, 4)
        for start in range(len(run) - size - 1)
    )


def _names_a_body(en: str) -> bool:
    """Tell whether English `en` names a company or a body, never a person: a word of one (_ORG_WORDS: Group,
    Technologies, Bank, Motors; _TRADE_WORDS: Airways, Electronics) or a legal form last (Co., Ltd., AG:
    `_is_company`)."""
    return any(w in _ORG_WORDS or w in _TRADE_WORDS for w in en_words(en)) or _is_company(None, en.split())


def _is_business_word(word: str) -> bool:
    """Tell whether Chinese `word` ends a company's, a body's or a brand's name (_ORG_SUFFIXES: 汽车; _TRADE_ENDINGS:
    技术; the finder's organisation and product words, `namecontext.FINDER_ORG_WORDS`: 啤酒, 地产, 酒店), so that it
    is never a word after a person's name (苏宁电器 "Suning Appliance" is no person 苏宁)."""
    return word.endswith((*_ORG_SUFFIXES, *_TRADE_ENDINGS)) or (len(word) >= 2 and word in _finder_org_words())


@functools.cache
def _finder_org_words() -> frozenset[str]:
    """`namecontext.FINDER_ORG_WORDS` as a set (imported on first use)."""
    from zhgloss.namecontext import FINDER_ORG_WORDS

    return frozenset(FINDER_ORG_WORDS)


_TITLE_JOINERS_RE = re.compile("[兼、]")
"""What joins two posts one person holds, written after the name: 副总理兼中财办主任 (Vice Premier and director of the
Central Financial and Economic Affairs Commission's office), 党组书记、部长."""


# Words that end a post only in posts joined by 兼 after a name (`_joined_titles_after`): before a name 代表 is the verb
# "on behalf of" (他代表王文涛出席), so it is no title of _ZH_TITLES. 国际贸易谈判代表 (China International Trade
# Representative, MOFCOM's English), 国务院联防联控机制负责人, 领导小组组长, 董事长兼CEO.
_LATER_POST_TITLES = (*_ZH_TITLES, "代表", "负责人", "组长", "召集人", "总编辑")
# A chief officer's Latin title ending a post (董事长兼CIO), whatever its field (`_LATIN_CHIEF`).
_LATIN_CHIEF_AT_END = re.compile(rf"(?<![A-Za-z]){_LATIN_CHIEF}$")


def _post_title(post: str) -> str | None:
    """The title that ends `post` (`_LATER_POST_TITLES`, or a Latin chief officer's: 兼CIO), the longest, or None."""
    if latin := _LATIN_CHIEF_AT_END.search(post):
        return latin.group()
    return max((title for title in _LATER_POST_TITLES if post.endswith(title)), key=len, default=None)


def _joined_titles_after(run: str, en: str, known: set[str]) -> str | None:
    """The posts joined by 兼 or 、 that end `run` after a name, or None: "何立峰副总理兼中财办主任" ->
    "副总理兼中财办主任" (the review's R38-27: harvest proposed a person 兼中财办主任 whose role was 何立峰副总理).
    Each post ends with a title of `_ZH_TITLES`: the first right after the name, its own first words (`_TITLE_HEADS`:
    副, 党组) before it; each later one with the body it is of before it (中财办, 国家外汇管理局: at most twelve
    characters). The characters before the first post are the name the English names (`_names_what_english_names`),
    at least two of them."""
    if _TITLE_JOINERS_RE.search(run) is None:
        return None
    for cut in range(2, len(run) - 3):
        first, *later = _TITLE_JOINERS_RE.split(run[cut:])
        if not later or not any(
            first.endswith(title) and _TITLE_HEADS.fullmatch(first[: -len(title)])
            for title in (*_LATER_POST_TITLES, *filter(None, [_post_title(first)]))
        ):
            continue
        if all(
            (title := _post_title(post)) is not None and len(post) - len(title) <= 12 for post in later
        ) and _names_what_english_names(run[:cut], en, known, titled=True):
            return run[cut:]
    return None


def _names_what_english_names(run: str, en: str, known: set[str], *, titled: bool = False) -> bool:
    """Tell whether the name ending `run` (Chinese before a title) is what English `en` names: its pinyin, a
    romanization of it in the Chinese order (`compare_english`, `chinese_order_parts`), or an adopted given name
    before its surname as English writes it ("Jack Ma" for 马云: `english_given_names`, `surname_keys`). `titled`:
    a title of _ZH_TITLES follows, so an English given name and one more word is a person's name whatever spelling
    of the surname it holds (郭台铭董事长 "Terry Gou", Gou being Terry Gou's own spelling of 郭), never the title's
    English (美国总统 "US President")."""
    words = en.split()
    while len(words) > 2 and _is_role_word(words[0]):
        words = words[1:]  # the English's own title ("General Zhang Youxia" for 张又侠上将)
    en = " ".join(words)
    from zhgloss.pinyin import surnames

    name = _chinese_name(run, en, known)
    if not name or (len(name) == 2 and name in surnames()):
        return False  # a compound surname alone (欧阳 of 欧阳主任) is no name: 欧阳主任 is an address (`_is_address`)
    if compare_english(name, en)[0] != "different" or chinese_order_parts(name, en, True) is not None:
        return True
    # A foreign name before its title, heard in the English (金正恩委员长 "Kim Jong Un", 梅西队长 "Lionel Messi",
    # 普京总统 "Vladimir Putin") or a Japanese one whose surname the English writes (石破茂首相 "Shigeru Ishiba"):
    # the review's R40-7. A place or a company before a title ("美国总统（Joe Biden）") is heard in no English name.
    if (
        titled
        and not any(map(_is_role_word, words))
        and (_heard_suffix([name], en, en_words(en), False) == name or japanese_surname_word(name, en) is not None)
    ):
        return True
    if (
        titled
        and len(words) == 2
        and 2 <= len(name) <= 3
        and name[:1] in surnames()
        and not _is_role_word(words[0])
        and compare_english(name[1:], words[1])[0] == "pinyin"
    ):
        # The given name spells its pinyin and a title follows: a person whose surname is written otherwise
        # (柏杨 "Bo Yang", 柏 being Bǎi as a surname in 现代汉语词典): the proposal says the English does not follow
        # the pinyin.
        return True
    return (
        len(words) == 2
        and 2 <= len(name) <= 3
        and en_key(words[0]) in english_given_names()
        and (
            en_key(words[1]) in surname_keys(name)
            # a surname's own spelling (Gou of 郭), after a surname; a country's or a place's name before its title
            # is no person's (美国总统 "Joe Biden", 法国总统, 韩国总统: X国, though 法 and 韩 are surnames; 法兰西总统
            # "Emmanuel Macron", 新加坡总理 "Lawrence Wong": a place jieba lists, `_is_listed_place`)
            or (
                titled
                and not _is_role_word(words[1])
                and (name[:1] in surnames() or name[:2] in surnames())
                and not name.endswith("国")
                and not _is_listed_place(name)
            )
        )
    )


# A Chinese title holding an English one's letters before a name: 董事长兼CEO, 集团CEO.
_LATIN_TITLE_BEFORE = re.compile(
    rf"((?:[{_CJK}]{{0,12}}?(?:董事长|董事長|总裁|總裁|主席|创始人|創始人)?(?:兼|及|和)?)?"
    rf"{_LATIN_CHIEF})[ \u00a0]*$"
)


# Titles listed with 、 right before a run of Chinese (原国务委员、 of 原国务委员、外交部长秦刚).
_TITLE_LIST_AT_END = re.compile(rf"(?:[{_CJK}]+、)+$")


def _zh_title_before(run: str, zh: str) -> str | None:
    """The words before name `zh` ending `run` if they end with a title (美国总统拜登: 美国总统), else None; a list of
    titles a past mark opens, whole (原国务委员、外交部长秦刚: 原国务委员、外交部长).

    The break words are read before the name only: 在 of 韩国总统文在寅 is the name's, not a preposition.
    """
    run = run[-_ZH_RUN_WINDOW:]
    before = _after_breaks(run[: len(run) - len(zh)]) if run.endswith(zh) else ""
    if before.endswith(_ZH_DESCRIPTIONS):
        return before
    if not before.endswith(_ZH_TITLES):
        return None
    # A list of titles before the name: a past mark opening it governs every one (原国务委员、外交部长秦刚: both
    # posts are over, U38-14), so the whole list is the title.
    items, head = before.split("、"), run[: len(run) - len(zh) - len(before)]
    while head.endswith("、") and (item := _after_breaks(head[:-1])) and item.endswith(_ZH_TITLES):
        items.insert(0, item)
        head = head[: len(head) - 1 - len(item)]
    items = [item for item in items if item]
    if len(items) > 1 and _is_past_zh_title(items[0]):
        return "、".join(items)
    return items[-1] if items[-1].endswith(_ZH_TITLES) else before


def _scripts(zh: str) -> tuple[str, str | None]:
    """A name as written -> (simplified form, traditional form if written so): 周杰倫 -> (周杰伦, 周杰倫)."""
    from zhgloss.convert import name_to_simplified

    simplified = name_to_simplified(zh)
    return simplified, (zh if simplified != zh else None)


@dataclass
class _Bracket:
    """What one bracket holds, item by item: Chinese names, English names, stock codes, lead fields."""

    zh: list[str] = field(default_factory=list)
    en: list[str] = field(default_factory=list)
    tickers: list[str] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)
    born: bool = False
    life: str | None = None
    """The life dates as written ("born 29 October 1971", "1631–1694", "died 336")."""
    zh_short: list[str] = field(default_factory=list)
    """The short forms the bracket says the text calls the name by ("以下简称“字节”": 字节)."""
    pinyin: str | None = None
    """The pinyin written after the Chinese in one item ("周杰伦 Zhōu Jiélún")."""
    roles: list[str] = field(default_factory=list)
    """The titles written beside the Chinese ("王传福, BYD chairman", "雷军, founder of Xiaomi")."""
    numbered: list[str] = field(default_factory=list)
    """English with a model's letters and digits ("Xiaomi SU7", "Tesla Model 3"): a name only where the Chinese
    before the bracket writes the same letters and digits (小米SU7)."""


# Wikipedia's lead: "Tsai Ing-wen (Chinese: 蔡英文; pinyin: Cài Yīngwén; born 31 August 1956)",
# "Xi Jinping (simplified Chinese: 习近平; traditional Chinese: 習近平; pinyin: Xí Jìnpíng; born ...)".
# A Korean lead gives the name's characters as "Hanja: 李在明", a Japanese one as "Japanese: 岸田 文雄" or "Kanji:".
_LEAD_FIELD = re.compile(
    r"^\s*((?:simplified|traditional)\s+)?(Chinese|pinyin|Hanja|Kanji|Japanese)\s*[:：]\s*(.+?)\s*$", re.IGNORECASE
)
# The characters' own label in a lead: a Korean name's Hanja and a Japanese name's kanji are its Chinese characters.
_CHARACTER_LABELS = {"hanja": "chinese", "kanji": "chinese", "japanese": "chinese"}
# A Japanese name as Wikipedia writes it, a space between family and given name ("石破 茂", "岸田 文雄"): one name.
_SPACED_NAME = re.compile(rf"([{_CJK}]{{1,4}})[ \u00a0\u3000]([{_CJK}]{{1,4}})")


# How Chinese copy labels the English in its bracket: "刘强东（英文名：Richard Liu）", "腾讯（英文：Tencent）".
# The Chinese label may go without its colon, or with 为/是 ("（英文名Richard Liu）", "英文名为Richard Liu"), and in
# either script: Taiwan's and Hong Kong's copy and zh.wikipedia's traditional leads write "賴清德（英語：William Lai）".
_ENGLISH_LABEL = re.compile(
    r"^\s*(?:(?:英文(?:名[称稱]|名字|全[称稱]|[简簡][称稱]|名)?|英[语語]名?)(?:[为為]|是|叫)?\s*(?:[:：]\s*|(?=[A-Za-z]))"
    r"|English(?: name)?\s*[:：]\s*"
    # Another name of the same one inside the bracket: "马化腾, aka Pony Ma", "黄章, also known as J.Wong".
    r"|(?:aka|a\.k\.a\.?|(?:also|better|commonly)\s+(?:known\s+as|called))\s+)",
    re.IGNORECASE,
)
# A Chinese name and its pinyin in one item: "周杰伦 Zhōu Jiélún".
_ZH_WITH_PINYIN = re.compile(rf"([{_CJK}][{_RUN}]*)\s+([^{_CJK}]+)")


# How Chinese copy says what it calls a name from then on: "字节跳动（ByteDance，以下简称“字节”）",
# "（下称“商务部”）", one or several quoted, or a quoted name alone in the bracket: "简称“宁德时代”或“CATL”",
# "（“中芯国际”）".
_SHORT_LABEL = r"(?:以下|下文)?(?:简称|簡稱|下称|下稱|称|稱)(?:为|為)?\s*[:：]?\s*"


_QUOTED_FORM = re.compile(r"[“\"「『‘]([^“”\"「」『』‘’]{1,40})[”\"」』’]")
_SHORT_FORMS_ITEM = re.compile(
    rf"^\s*(?:{_SHORT_LABEL})?"
    r"[“\"「『‘][^“”\"「」『』‘’]{1,40}[”\"」』’](?:\s*(?:或者|或|及|和|/)\s*[“\"「『‘][^“”\"「」『』‘’]{1,40}[”\"」』’])*\s*$"
)

# A stock code with the label a filing gives it: HKEX's "股份代號：00700" and "(Stock Code: 700)", the Shanghai and
# Shenzhen exchanges' "证券代码：600519", "A股代码：600036；H股代码：03968", and an exchange's name before the code
# ("港交所：9988", "纽交所：BABA"). The label is the plainest statement that the item is a stock code (U37-2).
_LABELLED_CODE = re.compile(
    r"^\s*(?:(?P<share>[AHB]股|港股|美股)?(?:股份|股票|证券|證券)?代[码碼号號]"
    r"|(?:(?P<share_en>[AHB])[ \u00a0]+[Ss]hares?[ \u00a0]+)?[Ss]tock\s+[Cc]ode(?:\s+No\.?)?"
    r"|(?P<exchange>港交所|联交所|聯交所|香港交易所|上交所|上海证券交易所|上海證券交易所|深交所|深圳证券交易所|深圳證券交易所"
    r"|北交所|纽交所|紐交所|纽约证券交易所|紐約證券交易所|纳斯达克|納斯達克|纳斯达克交易所|納斯達克交易所))"
    r"\s*[:：]\s*(?P<code>[A-Z]{1,5}|\d{1,6})(?P<suffix>\.[A-Z]{1,2})?\s*$"
)
_EXCHANGE_NAMES = {
    **dict.fromkeys(("港交所", "联交所", "聯交所", "香港交易所"), "HK"),
    **dict.fromkeys(("上交所", "上海证券交易所", "上海證券交易所"), "SH"),
    **dict.fromkeys(("深交所", "深圳证券交易所", "深圳證券交易所"), "SZ"),
    "北交所": "BJ",
    **dict.fromkeys(("纽交所", "紐交所", "纽约证券交易所", "紐約證券交易所"), "NYSE"),
    **dict.fromkeys(("纳斯达克", "納斯達克", "纳斯达克交易所", "納斯達克交易所"), "NASDAQ"),
}


def _labelled_code(item: str) -> str | None:
    """The stock code a labelled bracket item gives (`_LABELLED_CODE`), as harvest writes codes, or None.

    "股份代號：00700" -> "0700.HK" (a code of five digits or fewer is Hong Kong's, written with four at least, as
    Reuters does); "证券代码：600519" -> "600519.SH", "A股代码：000001" -> "000001.SZ" (six digits: the exchange by
    the first digits, as the Shanghai and Shenzhen exchanges number their shares: 6 and 900 Shanghai, 0, 2 and 3
    Shenzhen, 4, 8 and 920 Beijing); "H Share Stock Code: 03968" (an H share is Hong Kong's) -> "3968.HK";
    "纽交所：BABA" -> "NYSE: BABA"; a code with its suffix is as written
    ("股票代码：300750.SZ" -> "300750.SZ")."""
    found = _LABELLED_CODE.match(item)
    if found is None:
        return None
    code, suffix = found.group("code"), found.group("suffix")
    if suffix:
        return code + suffix
    exchange = _EXCHANGE_NAMES.get(found.group("exchange") or "")
    if code.isalpha():
        return f"{exchange}: {code}" if exchange in ("NYSE", "NASDAQ") else None
    if exchange in ("NYSE", "NASDAQ"):
        return None
    hong_kong = found.group("share") in ("H股", "港股") or found.group("share_en") == "H"
    if hong_kong or exchange == "HK" or len(code) <= 5:
        return f"{int(code):04d}.HK" if len(code) <= 5 else None
    if exchange is None:
        exchange = (
            "SH"
            if code[0] == "6" or code.startswith("900")
            else "BJ"
            if code[0] in "48" or code.startswith("920")
            else "SZ"
            if code[0] in "023"
            else None
        )
    return f"{code}.{exchange}" if exchange in ("SH", "SZ", "BJ") else None


def _is_pinyin(text: str) -> bool:
    """Tell whether `text` is pinyin ("Xí Jìnpíng"), not a name written with accents ("António Guterres", "Yaoundé").

    Pinyin marks the tone of every syllable of a name, with its four marks only (and ü's diaeresis): "Málaga",
    "Molière", "Malé" mark one syllable of several, "Nguyễn" and "Łódź" use other marks. Each syllable is one of
    Standard Mandarin's, and none the interjections n, m, ng, hm (the n of "Yaoundé" read as ya-ou-n-dé).
    """
    from zhgloss.pinyin import check_pinyin, split_syllables

    try:
        check_pinyin(text)
    except ZhglossError:
        return False
    for word in re.split(r"[\s\-'’]+", text.strip()):
        letters: list[str] = []
        marked: list[bool] = []
        for c in unicodedata.normalize("NFD", word.lower()):
            if unicodedata.combining(c):
                if c not in TONE_MARKS and not (c == "\u0308" and letters[-1:] == ["u"]):
                    return False
                if c in TONE_MARKS and marked:
                    marked[-1] = True
            elif c.isascii() and c.isalpha():
                letters.append(c)
                marked.append(False)
        syllables = split_syllables("".join(letters), marked=marked)
        at = 0
        for syllable in syllables:
            if syllable in ("n", "m", "ng", "hm", "hng") or not any(marked[at : at + len(syllable)]):
                return False
            at += len(syllable)
    return True


# A title beside the Chinese in its bracket: a company's or a place's name and a title in lower case ("BYD chairman"),
# or the title and "of" a name ("founder of Xiaomi", "chief executive of Tencent").
_ROLE_ITEM = re.compile(
    r"(?:(?:[A-Z][\w&'’.\-]*[ \u00a0]+){1,4}(?P<title>(?:[a-z][a-z\-]+[ \u00a0]+)?[a-z][a-z\-]+)"
    r"|(?P<title2>(?:[a-z][a-z\-]+[ \u00a0]+)?[a-z][a-z\-]+)[ \u00a0]+(?:of|at)[ \u00a0]+[A-Z][\w&'’.\- ]{0,40})"
)


def _is_japanese_spaced(spaced: re.Match[str]) -> bool:
    """Tell whether two runs of characters with a space between them (`_SPACED_NAME`) are a Japanese name as
    Wikipedia writes it, family name first ("石破 茂", "岸田 文雄"): the first run a Japanese surname of the table
    (`pinyin.japanese_surnames`). "王毅 外长" (a name and a title) and "习近平 彭丽媛" (two names) are not one name."""
    from zhgloss.pinyin import japanese_surnames

    return normalize(spaced.group(1)) in japanese_surnames()


# A product's English name with its model's letters and digits: "Xiaomi SU7", "Tesla Model 3", "Li Auto L9".
_EN_NUMBERED_ITEM = re.compile(
    r"[A-Z][A-Za-z]+(?:[ \u00a0]+[A-Z][A-Za-z]*)*(?:[ \u00a0]+[A-Za-z0-9+]*\d[A-Za-z0-9+]*)+"
)


def _is_role_item(item: str) -> bool:
    """Tell whether a bracket's `item` is a title ("BYD chairman", "founder of Xiaomi", "Huawei chief executive"):
    `_ROLE_ITEM`'s shape, its last word a title or a person noun (`_is_role_word`)."""
    found = _ROLE_ITEM.fullmatch(item)
    if found is None:
        return False
    return _is_role_word((found.group("title") or found.group("title2")).split()[-1])


def _read_bracket(inside: str) -> _Bracket:
    """Sort a bracket's items (split at , ; 、): "比亚迪, 002594.SZ" -> a Chinese name and a stock code.

    Besides names and codes a bracket holds the pinyin ("Xí Jìnpíng", "pinyin: ..."), a birth date
    ("born 1964", "1964–"), a pronunciation between slashes (IPA) and other words, which are passed over;
    a legal form cut off by the comma ("Co., Ltd.") goes back to the name before it.
    """
    found = _Bracket()
    spaced_at: int | None = None
    items: list[str] = []
    short_en: list[str] = []
    for item in _ITEM_SEPARATOR.split(inside.strip()):
        if "/" in item and all(_TICKER_ITEM.fullmatch(code.strip()) for code in item.split("/")):
            items += [code.strip() for code in item.split("/")]  # a listing per exchange: "BABA.N/9988.HK"
        elif " / " in item and all(_EN_ITEM.fullmatch(form.strip()) for form in item.split(" / ")):
            items += [form.strip() for form in item.split(" / ")]  # two English forms: "Robin Zeng / Zeng Yuqun"
        elif items and _LEGAL_SUFFIX.fullmatch(item):
            items[-1] += ", " + item
        elif item:
            items.append(item)
    for item in items:
        item = _ENGLISH_LABEL.sub("", item)
        lead = _LEAD_FIELD.match(item)
        if lead is not None:
            label = lead.group(2).lower()
            which = (lead.group(1) or "").strip().lower() + _CHARACTER_LABELS.get(label, label)
            value = normalize(lead.group(3))
            if label in ("kanji", "japanese") and (spaced := _SPACED_NAME.fullmatch(value)) is not None:
                value = spaced.group(1) + spaced.group(2)
            found.fields.setdefault(which, value)
        elif _TICKER_ITEM.fullmatch(item):
            found.tickers.append(normalize(item))
        elif (code := _labelled_code(item)) is not None:
            found.tickers.append(code)
        elif _SHORT_FORMS_ITEM.match(item):
            for form in _QUOTED_FORM.findall(item):
                form = normalize(form)
                if _ZH_ITEM.fullmatch(form):
                    found.zh_short.append(form)
                elif _EN_ITEM.fullmatch(form):
                    short_en.append(form)  # "CATL": an English name the filing calls the company by
        elif _ZH_ITEM.fullmatch(item):
            found.zh.append(normalize(item))
        elif (spaced := _SPACED_NAME.fullmatch(item)) is not None:
            if _is_japanese_spaced(spaced):
                found.zh.append(normalize(spaced.group(1) + spaced.group(2)))
            else:  # two items: a name and a title ("王毅 外长"), two names ("习近平 彭丽媛")
                spaced_at = len(found.zh)
                found.zh += [normalize(spaced.group(1)), normalize(spaced.group(2))]
        elif (
            (both := _ZH_WITH_PINYIN.fullmatch(item)) is not None
            and has_tones(both.group(2))
            and _is_pinyin(both.group(2))
        ):
            found.zh.append(normalize(both.group(1)))
            found.pinyin = found.pinyin or normalize(both.group(2))
        elif _ZH_MIXED_ITEM.fullmatch(item) and sum(map(is_cjk, item)) >= 2:
            found.zh.append(normalize(item))
        elif _BORN.match(item) or _DIED.match(item):
            found.born = True
            found.life = found.life or normalize(item)
        elif item.startswith("/") or (has_tones(item) and _is_pinyin(item)):
            continue  # a pronunciation, or the pinyin written bare
        elif _is_role_item(item):
            found.roles.append(normalize(item))
        elif _EN_ITEM.fullmatch(item) or (", " in item and _EN_ITEM.fullmatch(item.replace(", ", " "))):
            found.en.append(normalize(item))  # "BYD Co., Ltd." too, its legal form after the comma
        elif _EN_NUMBERED_ITEM.fullmatch(item):
            found.numbered.append(normalize(item))
    found.en += [form for form in short_en if form not in found.en]
    if spaced_at is not None and any(len(en.split()) == 2 for en in found.en):
        # A Japanese name whose surname the table lacks, with its reading beside it: "菅 義偉, Suga Yoshihide".
        found.zh[spaced_at : spaced_at + 2] = ["".join(found.zh[spaced_at : spaced_at + 2])]
    return found


def find_pairs(
    text: str,
    known_zh: Iterable[str] = (),
    passed_over: list[tuple[int, str]] | None = None,
    known_en: Mapping[str, object] | None = None,
) -> list[_Pair]:
    """Find name pairs in `text`, in order; `known_zh` (keys of Chinese forms) helps cut Chinese names out of prose.
    `passed_over`, if given, gets (line, bracket) for each bracket that could pair with the text before it, Chinese
    after Latin letters or the other way round, and gave no pair: what harvest read and could not use.
    `known_en` (a glossary's English forms by `en_key`) keeps a pair whose English a stored entry holds, where the
    English alone would be no name's (`_names_family_only`: 雷总 "Mr. Lei" stored is known).

    A bracket after an English name gives the name's Chinese ("BYD (比亚迪, 002594.SZ)", Wikipedia's
    "(Chinese: 蔡英文; pinyin: Cài Yīngwén; born ...)"), one after a Chinese name its English
    ("华为技术有限公司（Huawei Technologies）"); a stock code in either is the company's. Each line is read
    in NFC: a name written with decomposed accents ("Lu" + U+0308 "Bu", as some Mac tools write "Lü Bu";
    "Jose" + U+0301) is the same name, whole. The lines are split first, so the line numbers reported are
    the input's.
    """
    known = set(known_zh)
    pairs: list[_Pair] = []
    previous = ""  # the line before, when this one goes on with its sentence
    lines = [_shown_line(raw) for raw in text.splitlines()]
    for number, line in enumerate(lines, 1):
        goes_on = bool(line.strip()) and not _PARAGRAPH_END.search(line)
        following = lines[number] if goes_on and number < len(lines) else ""
        named_at: tuple[int, int] | None = None  # (where the last bracket ended, the index of the name it gave)
        for match in _BRACKET.finditer(line):
            inside = _read_bracket(match.group(match.lastindex or 1))
            if not (inside.zh or inside.en or inside.tickers or inside.fields or inside.numbered):
                continue
            if (
                named_at is not None
                and inside.tickers
                and not (inside.zh or inside.en or inside.fields or inside.numbered)
                and not line[named_at[0] : match.start()].strip()
            ):
                # A bracket of codes right after a name's bracket is that company's: "招商银行股份有限公司（China
                # Merchants Bank Co., Ltd.）（A股代码：600036；H股代码：03968）", HKEX's "Tencent Holdings Limited
                # (騰訊控股有限公司) (Stock Code: 700)" (U37-2).
                company = pairs[named_at[1]]
                if company.type is None:
                    pairs[named_at[1]] = replace(company, type="org")  # a listed company
                pairs += [_Pair("ticker", None, code, number, company.zh or company.en) for code in inside.tickers]
                named_at = (match.end(), named_at[1])
                continue
            head = line[max(0, match.start() - BEFORE_WINDOW) : match.start()]
            wrapped = _wrapped_from(previous, head) if match.start() <= BEFORE_WINDOW else ""
            before = _joined_lines(wrapped, head)[-BEFORE_WINDOW:]
            after = line[match.end() : match.end() + 160]
            if following and len(after) < 160:  # "Zhang Yiming (张一鸣), the founder of⏎ByteDance, stepped down"
                after = _joined_lines(after, following[:160])[:160] if after.strip() else f" {following[:160]}"
            found = [
                p
                for p in _bracket_pairs(inside, before, after, number, known)
                if not _names_family_only(p) or (known_en is not None and en_key(p.en) in known_en)
            ]
            if not found and passed_over is not None and _could_pair(inside, before):
                passed_over.append((number, match.group(0)))
            if "born" in before and _BORN_AS.search(before) and _is_birth_name(found, pairs, number):
                # "Lu Xun (Chinese: 鲁迅; …), born Zhou Shuren (周樹人)": his birth name, no other person.
                birth, earlier = found[0], pairs[-1]
                pairs[-1] = replace(
                    earlier,
                    aliases=(*earlier.aliases, birth.en),
                    zh_aliases=(*earlier.zh_aliases, *(z for z in (birth.zh,) if z and z != earlier.zh)),
                )
                continue
            pairs += found
            named = [i for i in range(len(pairs) - len(found), len(pairs)) if pairs[i].kind == "name"]
            named_at = (match.end(), named[0]) if len(named) == 1 else None
        previous = line[-BEFORE_WINDOW:] if goes_on else ""
    return pairs


# A birth name after the name a lead gives ("Lu Xun (…), born Zhou Shuren (", "Mao Dun (…), who was born Shen
# Dehong ("): the same person's.
_BORN_AS = re.compile(
    r"(?:[,;][ \u00a0]*|\b(?:who[ \u00a0]+)?was[ \u00a0]+)born[ \u00a0]+(?:as[ \u00a0]+)?"
    r"(?:[A-Z][\w'’.\-]*[ \u00a0]+){0,3}[A-Z][\w'’.\-]*[ \u00a0]*$"
)


def _is_birth_name(found: list[_Pair], pairs: list[_Pair], line: int) -> bool:
    """Tell whether the one name `found` after "born" is a birth name of the name the line gave before it (the last of
    `pairs`, on the same `line`, a person's or one no word typed)."""
    if len(found) != 1 or found[0].kind != "name" or not pairs:
        return False
    earlier = pairs[-1]
    return earlier.kind == "name" and earlier.line == line and earlier.type in (None, "person")


def _could_pair(inside: _Bracket, before: str) -> bool:
    """Tell whether a bracket holding `inside` after `before` is the shape of a pair: Chinese after a Latin letter or
    a digit ("Ne Zha 2 (哪吒之魔童闹海)"), or English after Chinese ("王翔【Wang Xiang】")."""
    end = before.rstrip()[-1:]
    if inside.zh and end and ((end.isascii() and end.isalnum()) or end in "'’"):
        return True
    return bool(inside.en) and bool(end) and is_cjk(end)


# A character that shows as nothing between a word's last letter and a capital: a break between two words, as web
# and CMS copy writes one ("Lei\u200bJun", "Wang\u00adYi" show as one word but name Lei Jun, Wang Yi).
_HIDDEN_BREAK = re.compile(rf"(?<=[a-zà-öø-ÿ.])[{ZERO_WIDTH_SPACE}{INVISIBLE_MARKS}]+(?=[A-ZÀ-ÖØ-Þ])")
_HIDDEN = re.compile(rf"[{ZERO_WIDTH_SPACE}{INVISIBLE_MARKS}]")
_WIDE_SPACE = re.compile(f"[{UNICODE_SPACES}]")
# Full-width Latin letters and digits, folded to ASCII (full-width punctuation, the brackets among it, is read as is).
_WIDE_LATIN = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_NARROW_LATIN = {cp: cp - 0xFEE0 for cp in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}
# How a line that ends its sentence or a paragraph ends: the next line starts another.
_PARAGRAPH_END = re.compile(r"[.!?。！？…:：;；][\"'’”」』)）]*\s*$")


def _shown_line(raw: str) -> str:
    """`raw` in NFC as it shows: the characters that show as nothing dropped, or a space where they part two words
    ("Lei\u200bJun" -> "Lei Jun", "雷\u200b军" -> "雷军", "Lu\u2060 Weibing" -> "Lu Weibing"), the other spaces
    (no-break, thin, ideographic ...) an ASCII space."""
    line = raw if is_nfc(raw) else unicodedata.normalize("NFC", raw)
    if _WIDE_LATIN.search(line):  # "马云（Jack Ma）" in full-width letters, as Chinese input methods type them
        line = line.translate(_NARROW_LATIN)
    if _HIDDEN.search(line):
        line = _HIDDEN.sub("", _HIDDEN_BREAK.sub(" ", line))
    return _WIDE_SPACE.sub(" ", line) if _WIDE_SPACE.search(line) else line


def _joined_lines(previous: str, head: str) -> str:
    """The text before a bracket, `head`, after the line before it that its sentence goes on from: a line break
    inside a sentence is a space in English ("founder Lei⏎Jun (雷军)"), nothing between two Chinese characters
    ("创始人雷⏎军（Lei Jun）", text from a PDF)."""
    if not previous:
        return head
    if is_cjk(previous.rstrip()[-1:] or " ") and is_cjk(head.lstrip()[:1] or " "):
        return previous.rstrip() + head.lstrip()
    return f"{previous.rstrip()} {head.lstrip()}"


# The start of a line that a hard wrap cut from a name: one capitalised word before the bracket ("Jun (雷军)"), one
# to three Chinese characters ("军（Lei Jun）"), or the bracket itself ("founder Lei Jun⏎(雷军) said").
_CUT_NAME_HEAD = re.compile(rf"\s*(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*|[{_CJK}]{{1,3}})?\s*")


def _wrapped_from(previous: str, head: str) -> str:
    """`previous`, the line before, when the name before a bracket starts on it: `head` (the line's text before the
    bracket) is one word or a few Chinese characters, or opens with a title, and the line before is a wrapped line
    of prose (a sentence's length, and no sentence end: `find_pairs`). A headline or a byline above a name, which a
    wire's plain text writes without a full stop ("By Reuters Staff⏎Lei Jun (雷军) said"), is no part of it."""
    prev = previous.rstrip()
    if not prev or len(head) > BEFORE_WINDOW:
        return ""
    words = head.split()
    if not (_CUT_NAME_HEAD.fullmatch(head) or (words and _is_role_word(words[0]))):
        return ""  # a line that opens with a title reads the place or body before it too ("Taiwan⏎President Lai")
    if is_cjk(head.strip()[:1] or prev[-1]):
        return previous if is_cjk(prev[-1]) and len(prev) >= 10 else ""
    return previous if prev[-1].isalpha() and not is_cjk(prev[-1]) and len(prev) >= 30 else ""


# The markers HKEX adds to a stock's short name: -W weighted voting rights, -S secondary listing, -SW both, -B a
# biotech company listed under Chapter 18A, -P pre-revenue (HKEX Listing Rules; "美团-W", "小米集团-W", "百济神州-B"),
# and an R after them for the stock's renminbi counter (HKEX's dual counter model since 2023: "腾讯控股-R", "美团-WR").
_HKEX_MARKER = re.compile(rf"(?<=[{_CJK}])[-\uff0d](?:SWR|SW|WR|SR|BR|W|S|B|P|R)[ \u00a0]*$")
# The share class a mainland listing's short name ends with (万科A, 京东方A, 张裕B: the A or B share of Vanke, BOE,
# Changyu), right after the Chinese and before a stock code's bracket: the listing's, not the company's name (R47-4).
_SHARE_CLASS_MARKER = re.compile(rf"(?<=[{_CJK}])[AB][ \u00a0]*$")


def _bracket_pairs(inside: _Bracket, before: str, after: str, line: int, known: set[str]) -> list[_Pair]:
    """The pairs one bracket gives with the text `before` it (and the type the words `after` it say)."""
    fields = inside.fields
    if not fields and (listed := _listed_pairs(inside, before, after, line, known)) is not None:
        return listed
    written = fields.get("simplifiedchinese") or fields.get("chinese") or fields.get("traditionalchinese")
    zh = written if written and _ZH_ITEM.fullmatch(written) else (inside.zh[0] if inside.zh else None)
    pairs: list[_Pair] = []
    company: str | None = None
    honours: tuple[str, ...] = ()
    government = False
    listing = _HKEX_MARKER.search(before) if inside.en or inside.tickers else None
    if listing is None and inside.tickers:
        listing = _SHARE_CLASS_MARKER.search(before)
    if listing is not None:
        # 美团-W（Meituan，3690.HK）: HKEX's marker of a share class after the stock's short name is no part of the
        # name (U37-32).
        before = before[: listing.start()]  # a name in the Hong Kong Government's style ends `before`: a person's
    if zh is not None and not fields:
        before, honours = _without_post_nominals(before)
        honours = (*honours, *_post_nominals_after(after))
        before, government = _in_papers_order(_singular_before(before, zh), zh)
    before, quoted_full, nicknamed = _without_quotes(before) if zh is not None else (before, None, False)
    bracketed: list[str] = []
    if zh is not None and not fields:
        before, bracketed = _inner_brackets_opened(before)
    found = _english_name_and_role(before, zh) if zh is not None else None
    part = _PART_BEFORE.search(before) if found is not None and zh is not None else None
    if (
        found is not None
        and zh is not None
        and part is not None
        and part.group(2) == found.name
        and any(c in _DIRECTIONS for c in zh[1:])
        and is_region_compound(zh)
    ):
        # "eastern Guizhou (黔东)", "western Shandong (鲁西)": the Chinese writes the part, so does the English; the
        # province alone would be another place (贵州).
        found = replace(found, name=f"{part.group(1).lower()} {found.name}")
    if found is None and zh is not None and zh_key(zh) in known and (called := _HONOURED_SURNAME.search(before)):
        # "Mr. Lei (雷总)": a surname after an honorific is no new name's English, but a form the glossary holds
        # (the nickname 雷总 "Mr. Lei") is that entry's: known.
        found = _Named(normalize(called.group(1)))
    if found is not None and nicknamed:
        found = replace(found, type="nickname")
    if found is not None and honours:
        found = replace(found, honours=(*found.honours, *honours))
    zh_run = _ZH_RUN_AT_END.search(before[-_ZH_RUN_WINDOW:]) if inside.en else None
    latin = ""  # a product's letters and digits after its Chinese, the English writing them too (小米SU7, Xiaomi SU7)
    product = (inside.numbered or inside.en)[:1]
    tail = _LATIN_AFTER_ZH.search(before[-_ZH_RUN_WINDOW:]) if product and zh_run is None else None
    if tail is not None and _writes_latin_of(product[0], tail.group(1)):
        zh_run = _ZH_RUN_AT_END.search(before[-_ZH_RUN_WINDOW:][: tail.start(1)])
        if zh_run is not None:
            latin, inside = tail.group(1), replace(inside, en=list(dict.fromkeys([product[0], *inside.en])))
    if zh is not None and found is None and zh_run is None:
        return []
    if zh is not None and found is not None and not _writes_latin_of(found.name, zh):
        return []  # "Jay Chou (周杰伦 Zhou Jielun)": letters in the Chinese that the English does not write
    if zh is not None and found is not None:
        found = _without_royal_title(replace(found, name=_without_possessive(found.name, zh, after)), zh)
        found = replace(found, name=_last_of_series(found.name, zh))
        found = replace(found, name=_LEGAL_NEXT_RE.sub(", ", found.name))  # "Co.,Ltd." -> "Co., Ltd."
        for word in bracketed:  # its own bracket back in the name: "The Wharf (Holdings) Limited"
            if f" {word} " in f" {found.name} ":
                found = replace(found, name=f" {found.name} ".replace(f" {word} ", f" ({word}) ", 1).strip())
        # The bracket may translate the words before the name too ("born in Hanoi (出生于河内)"): they are cut as
        # before a name the English follows (`_at_listed_name`).
        zh = _at_listed_name(zh, zh, found.name)
        # "Vice President Hsiao Bi-khim (副總統蕭美琴)", "Lei Jun (小米创始人雷军)": the bracket's Chinese writes the
        # title before the name, as Chinese copy does: the title is the role (R48-21).
        zh_title, zh = _title_then_name(zh, found.name) or (None, zh)
        plain_zh = _scripts(zh)[0]  # the lists are simplified: 陳老師 is 陈老师 (B51-6)
        if zh_key(zh) not in known and (
            (_is_address(plain_zh) and not _names_a_brand(plain_zh, found.name, "", before))
            or _names_another_given_name(plain_zh, found.name)
        ):
            return []  # "Li Ming (李主任)", "Teacher Chan (陳老師)": as after Chinese (`_chinese_name`), an address
        zh = _without_address_after(zh, found.name, known)
        simplified, hant = _scripts(zh)
        # "Chinese:" is often the traditional form (Hong Kong and Taiwan names): it is made simplified.
        traditional = fields.get("traditionalchinese")
        if traditional and traditional != simplified and _ZH_ITEM.fullmatch(traditional):
            hant = traditional
        # A director's name in the listed companies' order ("Ng Yu Zhi Edward": `english_name_last`) is a person's
        # whatever the verb after it ("was re-elected").
        listed_order = english_name_last(zh, found.name) is not None
        kind = (
            "person"
            if inside.born or found.honours or government or listed_order
            else found.type or _predicate_type(after)
        )
        if inside.tickers and kind is None:
            kind = "org"  # a listed company
        role = found.role
        if zh_title is not None:
            role, kind = role or _simplified_run(zh_title), "person"
        if role is None and inside.roles and kind in (None, "person"):
            role, kind = inside.roles[0], "person"  # "Wang Chuanfu (王传福, BYD chairman)"
        if role is None and kind in (None, "person") and (appositive := _appositive_role(after)) is not None:
            role, kind = appositive, "person"
        also = _ALSO_KNOWN.match(after)
        # After a title, the words left are the name: its first may be any adopted name ("Singer Jacky Cheung").
        en, forms = _short_form(zh, found.name, any_given=found.role is not None or government)
        if fields and len(before) < BEFORE_WINDOW:  # a lead, read from the line's start
            forms = (*forms, *_lead_other_names(before, found.name))
        if quoted_full is not None:
            forms = (*forms, quoted_full)
        others, besides = _bracket_other_names(inside.en, simplified, found.name, kind)
        pairs.append(
            _Pair(
                "name",
                simplified,
                en,
                line,
                role=role,
                zh_hant=hant,
                pinyin=fields.get("pinyin") or inside.pinyin,
                type=kind,
                note=_joined_note(
                    "; ".join(
                        n for n in (found.note, f"also in the bracket: {', '.join(besides)}" if besides else None) if n
                    )
                    or None,
                    found.name,
                    inside.life,
                    found.honours,
                ),
                aliases=_other_names(en, [*forms, *others, *([also.group(1)] if also else [])]),
                written=found.name if forms else None,
                zh_aliases=_short_chinese(inside, simplified),
            )
        )
        company = found.name
    elif (
        inside.en and zh_run is not None and (listed := _chinese_listed_pairs(inside, before, line, known)) is not None
    ):
        return listed
    elif inside.en and zh_run is not None and (title := _glossed_title(zh_run.group(1), inside.en[0])) is not None:
        # 首席执行官（CEO）, 他当选总书记（General Secretary）: the bracket translates a title, it names no one. The
        # title alone is a term; one the English writes with a body's name ("Fed Chair" of 美联储主席) is no pair.
        if title:
            simplified, hant = _scripts(normalize(title))
            pairs.append(_Pair("name", simplified, inside.en[0], line, zh_hant=hant, type="term"))
    elif inside.en and (run := zh_run) is not None:
        # Chinese copy repeats the title in the English too ("香港特首李家超（Chief Executive John Lee）"): it is the
        # role, as before a bracket of Chinese ("Xiaomi founder Lei Jun (雷军)").
        en, role = _titled_english(inside.en[0])
        en = " ".join(_without_honorific(en.split()))  # "安华（Datuk Seri Anwar Ibrahim）"
        # Titles and words are read in simplified characters (台積電董事長魏哲家: 董事長 is 董事长), the name as written
        text = _simplified_run(run.group(1))
        written_run = run.group(1)
        if _joins_the_name_before(before[-_ZH_RUN_WINDOW:][: run.start(1)], text):
            text, written_run = text[1:], written_run[1:]
        after_title = _zh_title_after(text, _without_word(en, latin), known)
        if after_title:
            # 马化腾先生（Mr. Ma Huateng）, 王传福董事长（Wang Chuanfu）: an honorific or a title after the name, as
            # filings and mainland copy write them, is no part of it; a title is the role (U37-27).
            text, written_run = text[: -len(after_title)], written_run[: -len(after_title)]
        name = _chinese_name(text, _without_word(en, latin), known)
        if listing is not None and 2 <= len(short := _after_breaks(text)) <= 12:
            # HKEX's marker ends a stock's short name, which is the whole run after the sentence's words (百济神州-B
            # BeiGene: 百济神州, not the place word 神州 the English does not spell).
            name = short
        if name and after_title and _is_listed_place(name) and compare_english(name, en)[0] == "different":
            # 英格兰队长（Harry Kane）, 新加坡总理（Lawrence Wong）: a place before the title is whose post it is,
            # not the name the English writes, however close in sound (英格兰 and "Harry Kane": 0.5 a letter).
            name = None
        if name:
            name = written_run[len(text) - len(name) :] + latin
        latin_head: str | None = ""  # Latin letters the run is written against, a mixed name's head (QQ of QQ音乐)
        if name and len(name) == len(written_run) and not latin:
            latin_head = _latin_head(before[-_ZH_RUN_WINDOW:][: run.start(1)], name, en)
            name = name if latin_head is not None else None
        family_note: str | None = None
        if name and role is not None:
            en, role = _titled_english(inside.en[0], name)
        elif name and (family := _english_name_and_role(f" {inside.en[0]} ", name)) and family.note == FAMILY_NAME_ONLY:
            # 德国总理默茨（Chancellor Merz）, 高市（Prime Minister Takaichi）: a title and the family name alone, as
            # after an English name ("Chancellor Merz (默茨)"): the title is the role, the name says it is partial.
            en, role, family_note = family.name, family.role, family.note
        if name and role is None and after_title and after_title not in _ZH_HONORIFICS_AFTER:
            role = after_title
        if name:
            simplified, hant = _scripts(normalize((latin_head or "") + name))
            # (With the text before the run, where a list of titles goes on past a 、: 原国务委员、外交部长秦刚.)
            title_list = _TITLE_LIST_AT_END.search(before[-_ZH_RUN_WINDOW:][: run.start(1)])
            prior = _simplified_run(title_list.group(0)) if title_list else ""
            title = _zh_title_before(prior + text, text[len(text) - len(name) :])
            if title is None and len(name) == len(text):
                # 小米集团董事长兼CEO雷军（Lei Jun）: a title that holds Latin letters, as Chinese business copy writes
                # CEO and CFO, ends the text before the run (U37-40).
                latin_title = _LATIN_TITLE_BEFORE.search(before[-_ZH_RUN_WINDOW:][: run.start(1)])
                title = _simplified_run(latin_title.group(1)) if latin_title else None
            # A description after the English, in Chinese ("马云（Jack Ma，阿里巴巴创始人）"), says what the name is.
            title = title or next((item for item in inside.zh if item.endswith(_ZH_TITLES)), None)
            # So does one in English ("卢伟冰（Lu Weibing, Xiaomi president）"), as after an English name.
            title = title or next(iter(inside.roles), None)
            # A stock's code, or HKEX's marker after its short name (美团-WR), says a listed company.
            kind = "person" if title or role or inside.born else ("org" if inside.tickers or listing else None)
            if kind is None:
                # 电商平台拼多多（Pin Duo Duo）, K歌应用唱吧（Chang Ba）: the text says what the name is, a company or
                # an app, so no everyday phrase nor a person by its pinyin (B49-9; 躺平 "Tang Ping" stays a term).
                kind = _kind_said_before(text[: len(text) - len(name)], _is_verb_phrase(name, en, "pinyin"))
            if latin and kind is None:
                kind = "product"  # a model's letters after its maker's or series' name: 小米SU7, 蔚来ET7
            if title and role is None and not _is_past_zh_title(title) and not title.endswith(_ZH_DESCRIPTIONS):
                # The Chinese title is the role where the English gives none (U32-19: 国家主席习近平（Xi Jinping）, as
                # "President Xi Jinping (习近平)"); a past one (前总统) stays a description.
                role, title = title, None
            described = "; ".join(n for n in (f"described as {title!r}" if title else None, family_note) if n)
            note = _joined_note(described or None, en, inside.life, ())
            short, forms = _short_form(name, en, any_given=True)  # a bracket after Chinese holds the name alone
            aliases = _other_names(short, [*forms, *inside.en[1:]])
            written = en if forms else None
            pairs.append(
                _Pair(
                    "name",
                    simplified,
                    short,
                    line,
                    role=role,
                    zh_hant=hant,
                    type=kind,
                    note=note,
                    aliases=aliases,
                    written=written,
                    zh_aliases=_short_chinese(inside, simplified),
                )
            )
            company = (latin_head or "") + name
    elif inside.tickers:
        company = _english_name(before)
        if company is not None and (inner := _INNER_WORD_BRACKET.search(before[: before.rstrip().rfind(company)])):
            # "Ping An Insurance (Group) Company of China, Ltd. (Stock Code: 2318)": a bracketed word inside the
            # registered name does not end it (R38-4).
            head = _english_name(before[: inner.start()])
            company = f"{head} {inner.group(1).strip()} {company}" if head else company
        if company is None:
            # The company's Chinese name, before any bracket of its short names between it and the code's
            # (長江和記實業有限公司（「長和」或「本公司」）（股份代號：1）: R37-17).
            run = _ZH_RUN_AT_END.search(_BRACKETS_AT_END.sub("", before[-BEFORE_WINDOW:])[-_ZH_RUN_WINDOW:])
            company = _chinese_name(run.group(1), None, known) if run else None
            if company is None and run is not None and (named := _after_breaks(run.group(1))).endswith(_ORG_SUFFIXES):
                # A company's registered name, however long (宁德时代新能源科技股份有限公司), is taken whole, as
                # `_chosen_name` takes one the English names.
                company = _without_title(named) if len(named) <= 20 else None
    pairs += [_Pair("ticker", None, ticker, line, company) for ticker in inside.tickers]
    return pairs


# Brackets that end a text, one after another (a company's short names before its code's bracket).
_BRACKETS_AT_END = re.compile(r"(?:[（(][^（）()\n]{0,80}[）)][ \u00a0]*)+$")


# The end of a name in the Hong Kong Government's style: the family name in capitals, the given name, an English given
# name after a comma ("Mr LEE Ka-chiu, John", "the Hon Andrew LEUNG Kwan-yuen": `zhgloss.adopted.government_style`).
_GOVERNMENT_TAIL = re.compile(
    r"(?<![\w'’])([A-Z]{2,}(?:[ \u00a0]+[A-Z]{2,})?[ \u00a0]+[A-Z][a-z]+(?:-[a-z]+)*"
    r"(?:,[ \u00a0]*[A-Z][a-z]+(?:[ \u00a0]+[A-Z][a-z]+)?)?)[ \u00a0]*$"
)
# A director's name as Hong Kong's listed companies write it, the English name after a comma: "Li Tzar Kuoi, Victor",
# the surname in capitals or not ("FOK Kin Ning, Canning").
_LISTED_DIRECTOR_TAIL = re.compile(
    r"(?<![\w'’])([A-Z](?:[a-z]+|[A-Z]+)(?:[ \u00a0]+[A-Z][a-z]+(?:-[a-z]+)?){1,3},[ \u00a0]*[A-Z][a-z]+)[ \u00a0]*$"
)
# A capitalised word in brackets right before the rest of an English company name: "(Group) " of "Ping An Insurance
# (Group) Company of China, Ltd.", "(Holdings) " of "China Resources Beer (Holdings) Company Limited".
_INNER_WORD_BRACKET = re.compile(r"[ \u00a0]*(\([A-Z][a-z]+\))[ \u00a0]+$")
# A surname in capitals and a given name of capitalised syllables, no comma: "KAM Hing Lam".
_CAPITAL_SURNAME_TAIL = re.compile(r"(?<![\w'’])([A-Z]{2,})((?:[ \u00a0]+[A-Z][a-z]+){1,3})[ \u00a0]*$")
# The styles the Hong Kong Government and the Legislative Council stack before a name (R37-2): honorifics, "the Hon",
# a judge's "Mr Justice"/"Madam Justice", a cleric's "Revd", "Rev", "Canon", "Father", "Bishop", an engineer's "Ir",
# a professor's "Prof" (as the Council's lists of members and the Judiciary's of judges write them).
_STYLE_WORDS = ("Mr", "Mrs", "Ms", "Miss", "Madam", "Dr", "Prof", "Professor", "Ir", "Justice", "Judge")
_CLERICAL_STYLES = ("Revd", "Rev", "Reverend", "Canon", "Father", "Bishop", "Archbishop", "Cardinal", "Pastor")
_GOVERNMENT_HONORIFIC = re.compile(
    rf"(?:(?<![\w'’])(?:[Tt]he[ \u00a0]+)?Hon|(?<![\w'’])(?:{'|'.join((*_STYLE_WORDS, *_CLERICAL_STYLES))}))"
    r"\.?[ \u00a0]*$"
)


# A name with the nickname the person goes by quoted inside it: 'Jen-Hsun "Jensen" Huang', 'Pony "Ma" ...'.
_QUOTED_INSIDE = re.compile(
    r"(?<![\w'’])([A-Z][\w'’.\-]*)[ \u00a0]+[\"“]([A-Z][\w'’.\-]*)[\"”][ \u00a0]+([A-Z][\w'’.\-]*)[ \u00a0]*$"
)
# A name quoted right before its bracket, as copy quotes a nickname: 'nicknamed him "Leibusi" (雷布斯)'.
_QUOTED_NAME = re.compile(r"[\"“]([A-Z][^\"“”()（）]{0,40}?)[,.]?[\"”][ \u00a0]*$")


_NAMED_AS = re.compile(
    r"(?:\bnick-?name[ds]?\b.{0,40}"
    r"|(?<!-)\b(?:dubbed|call(?:s|ed)?|known[ \u00a0]+as)(?:[ \u00a0]+(?:him|her|it|them))?)"
    r"[ \u00a0]*[:,]?[ \u00a0]*$",
    re.IGNORECASE,
)


# A word in brackets between the capitalised words of a company's English before its Chinese: "The Wharf (Holdings)
# Limited (", "Ping An Insurance (Group) Company of China, Ltd. (" (U37-29).
_INNER_EN_BRACKET = re.compile(r"(?<=[A-Za-z.][ \u00a0])\(([A-Z][a-z]{2,15})\)(?=[ \u00a0]+[A-Z])")


def _inner_brackets_opened(before: str) -> tuple[str, list[str]]:
    """(`before` with each word in brackets inside a name written without its brackets, those words): the name is
    read whole, and the brackets go back into it once read (`_bracket_pairs`)."""
    words = _INNER_EN_BRACKET.findall(before[-BEFORE_WINDOW:])
    if not words:
        return before, []
    cut = len(before) - len(before[-BEFORE_WINDOW:])
    return before[:cut] + _INNER_EN_BRACKET.sub(r"\1", before[cut:]), words


def _without_quotes(before: str) -> tuple[str, str | None, bool]:
    """(`before` with a quoted name that ends it unquoted, the name in full if it quoted a nickname inside it, whether
    the sentence says it is a nickname). 'Jen-Hsun "Jensen" Huang ' -> "Jensen Huang " (the name the person goes
    by), "Jen-Hsun Huang"; 'Netizens nicknamed him "Leibusi" ' -> "Netizens nicknamed him — Leibusi ", a
    nickname: a quoted name is a name of its own, nothing before the quote is part of it."""
    if '"' not in before and "“" not in before:
        return before, None, False
    inside = _QUOTED_INSIDE.search(before)
    if inside is not None:
        given, nickname, surname = inside.groups()
        return f"{before[: inside.start()]}{nickname} {surname} ", f"{given} {surname}", False
    quoted = _QUOTED_NAME.search(before)
    if quoted is None:
        return before, None, False
    head = before[: quoted.start()]
    # Only a nickname, which the sentence says it is: a quoted title of a work, a campaign or a slogan ("Crouching
    # Tiger, Hidden Dragon", "Made in China 2025") is left as it was, and so is a word quoted for no name.
    if not _NAMED_AS.search(head):
        return before, None, False
    return f"{head}— {quoted.group(1)} ", None, True


# Post-nominal letters after a name and a comma, as Hong Kong's government writes its officials: "Mr Paul LAM
# Ting-kwok, SC (", "Dr the Hon LEUNG Chun-ying, GBM, GBS (".
_COMMA_POST_NOMINALS = re.compile(r"(?:,[ \u00a0]*[A-Z][A-Za-z]{1,4})+[ \u00a0]*$")


# An honorific and a surname right before a bracket: "Mr. Lei (", "Ms Wang (".
_HONOURED_SURNAME = re.compile(r"(?<![\w'’])((?:Mr|Mrs|Ms|Miss|Madam|Dr)\.?[ \u00a0]+[A-Z][a-z]+)[ \u00a0]*$")


def _without_post_nominals(before: str) -> tuple[str, tuple[str, ...]]:
    """(`before` without the post-nominal letters after a comma that end it, those letters): "Mr Paul LAM Ting-kwok,
    SC " -> ("Mr Paul LAM Ting-kwok ", ("SC",)). Only letters of POST_NOMINALS ("Inc", "Ltd" are no honours)."""
    found = _COMMA_POST_NOMINALS.search(before)
    if found is None:
        return before, ()
    letters = tuple(part.strip() for part in found.group(0).split(",")[1:])
    if not all(letter in POST_NOMINALS for letter in letters) or not before[: found.start()].strip():
        return before, ()
    return before[: found.start()] + " ", letters


# The same letters right after the bracket, as the government writes them after a name it gives in Chinese too:
# "Mrs Regina IP LAU Suk-yee (葉劉淑儀), GBS, JP, spoke".
_LEADING_POST_NOMINALS = re.compile(r"(?:[ \u00a0]*,[ \u00a0]*[A-Z][A-Za-z]{1,4}(?![\w'’-]))+(?![ \u00a0]+[A-Z][a-z])")


def _post_nominals_after(after: str) -> tuple[str, ...]:
    """The post-nominal letters that open `after`, the text after a bracket: ", GBS, JP, spoke." -> ("GBS", "JP");
    () unless every one is in POST_NOMINALS (", Inc", ", Hong Kong" are no honours)."""
    found = _LEADING_POST_NOMINALS.match(after)
    if found is None:
        return ()
    letters = tuple(part.strip() for part in found.group(0).split(",")[1:])
    return letters if all(letter in POST_NOMINALS for letter in letters) else ()


def _in_papers_order(before: str, zh: str) -> tuple[str, bool]:
    """(`before` with a name in the Hong Kong Government's style that ends it written as papers write it, the
    honorific before it dropped; whether it ended with one): "The Chief Executive, Mr LEE Ka-chiu, John " ->
    ("The Chief Executive, John Lee Ka-chiu ", True); "the Hon Andrew LEUNG Kwan-yuen " -> ("Andrew Leung Kwan-yuen
    ", True). After an honorific, the word before the capitals is the adopted name whatever it is ("Ms Starry LEE
    Wai-king": the census lists no Starry; the government's style with its honorific writes a person). Any other
    text is itself, with False."""
    tail = _GOVERNMENT_TAIL.search(before[-BEFORE_WINDOW:])
    capitals = _CAPITAL_SURNAME_TAIL.search(before[-BEFORE_WINDOW:]) if tail is None else None
    if capitals is not None and en_key(capitals.group(1)) in surname_keys(zh):
        # "Mr. KAM Hing Lam (甘慶林)": the surname in capitals, the given name a word a syllable, as listed companies
        # write a director with no English name; written as the papers do, "Kam Hing Lam" (R38-3).
        start = len(before) - len(before[-BEFORE_WINDOW:]) + capitals.start(1)
        return before[:start] + capitals.group(1).capitalize() + capitals.group(2) + " ", True
    if tail is None:
        listed = _LISTED_DIRECTOR_TAIL.search(before[-BEFORE_WINDOW:])
        if listed is not None:
            # "Mr Li Tzar Kuoi, Victor (李澤鉅)", as Hong Kong's listed companies write directors: the comma is the
            # name's, not a list's (U37-8). The name starts at its surname, wherever the words before end.
            start = len(before) - len(before[-BEFORE_WINDOW:]) + listed.start(1)
            for capital in re.finditer(r"(?<![\w'’])[A-Z]", before[start:]):
                name = before[start + capital.start() :].strip()
                surname = name.split(maxsplit=1)[0]
                if len(surname) > 1 and surname.isupper():
                    name = surname.capitalize() + name[len(surname) :]  # "FOK Kin Ning": written as papers do
                if "," in name and (last := english_name_last(zh, name)) is not None:
                    flat = name.replace(",", "")
                    if english_name_last(zh, flat) is None:
                        # An English name the comma alone marks ("Fok Kin Ning, Canning": no census name; R37-16):
                        # written as the papers write it, "Canning Fok Kin-ning", which says the same without it.
                        surname, *given = last[1][-1].split()
                        flat = f"{last[0].split()[0]} {surname} {'-'.join([given[0], *map(str.lower, given[1:])])}"
                    return before[: start + capital.start()] + flat + " ", True
        return before, False
    start = len(before) - len(before[-BEFORE_WINDOW:]) + tail.start(1)
    head, core = before[:start], tail.group(1)
    # An English given name or two before the capitals ("Andrew LEUNG"), never an honorific ("Hon", "Mr").
    options = [""]
    for _ in range(2 if "," not in core else 0):
        word = re.search(r"(?<![\w'’])([A-Z][a-z]+)[ \u00a0]+$", head[: len(head) - len(options[0])])
        if (
            word is None
            or word.group(1) in (*_STYLE_WORDS, *_CLERICAL_STYLES, "Hon")
            or word.group(1).lower() in _HONORIFICS
        ):
            break
        options.insert(0, word.group(0) + options[0])
    for words in options:
        honoured = _GOVERNMENT_HONORIFIC.search(head[: len(head) - len(words)]) is not None
        written = government_style(zh, words + core, any_given=honoured)
        if written is not None:
            head = head[: len(head) - len(words)]
            while (honorific := _GOVERNMENT_HONORIFIC.search(head)) is not None:
                head = head[: honorific.start()]  # stacked, as LegCo writes them: "Ir Dr the Hon LO Wai-kwok" (R37-2)
            return head + written + " ", True
    return before, False


def _bracket_other_names(items: list[str], zh: str, name: str, kind: str | None) -> tuple[list[str], list[str]]:
    """(the English `items` of a bracket after English `name` (Chinese `zh`) that are its other names, the rest).

    "Ding Lei (丁磊, William Ding)", "Tencent (腾讯, Tencent Holdings)": other names, aliases. A country or region is
    no other name of anything but itself ("Tencent (腾讯, Hong Kong)", "Samsung (三星, South Korea)"), nor is a
    person's company ("Li Bin (李斌, NIO)", "Lei Jun (雷军, Xiaomi Corp)", "Zhang Yiming (张一鸣, ByteDance)"): a
    person's other name is a name of two words or more, no acronym or organisation word. The rest goes to the note.
    """
    if not items:
        return [], []
    person = kind == "person" or (kind is None and compare_english(zh, name)[0] in ("pinyin", "reversed", "adopted"))
    others: list[str] = []
    besides: list[str] = []
    for item in items:
        words = [w for w in re.split(r"[\s.]+", item) if w]  # "J.Wong": two words
        wrong = (_is_country(item) and not _is_country(name)) or (
            person and (len(words) < 2 or item.isupper() or any(w in _ORG_WORDS for w in en_words(item)))
        )
        (besides if wrong else others).append(item)
    return others, besides


# Letters and digits written right after Chinese at the end of the text before a bracket: a product's model (小米SU7).
_LATIN_AFTER_ZH = re.compile(rf"(?<=[{_CJK}])([A-Za-z0-9][A-Za-z0-9+]*)[ \u00a0]*$")


def _without_word(en: str, word: str) -> str:
    """`en` without its word `word` ("Xiaomi SU7" without "SU7": "Xiaomi"); `en` itself if `word` is empty or all."""
    rest = " ".join(w for w in en.split() if w != word) if word else en
    return rest or en


# Latin letters (and digits) a Chinese run is written against: QQ of QQ音乐, TCL of TCL集团, and with the one space
# Chinese web copy puts between Latin letters and characters (QQ 音乐, TCL 集团: 中文文案排版指北).
_LATIN_HEAD = re.compile(r"(?<![A-Za-z0-9.\-])([A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*)[ \u00a0]?$")


def _latin_head(before: str, zh: str, en: str) -> str | None:
    """The Latin head of a mixed name whose Chinese part `zh` is a whole run written right after Latin letters, which
    `before` ends with: "" where there is none to add, None where the pair is no name.

    Chinese copy writes such names in one piece (QQ音乐 "QQ Music", TCL集团 "TCL Corporation", B站): the Chinese alone
    is only their tail, so the head joins the name where the English writes it, and where it does not and the English
    does not spell the Chinese either, the run is no name at all (人称WPS之父（Qiu Bojun）: "father of WPS", an
    epithet; iPhone之父). A name the English spells after an acronym stays alone (TCL李东生（Li Dongsheng）), as does
    one after a Latin title (CEO马化腾: `_LATIN_TITLE_BEFORE`).
    """
    found = _LATIN_HEAD.search(before)
    if found is None or _LATIN_TITLE_BEFORE.search(before):
        return ""
    if _writes_latin_of(en, found.group(1)):
        return found.group(1)  # written as one, the space left out: QQ 音乐 is QQ音乐
    if compare_english(zh, en)[0] != "different" or _is_transliteration(zh, en):
        return ""
    return None


def _writes_latin_of(en: str, zh: str) -> bool:
    """Tell whether English `en` writes each run of Latin letters and digits of Chinese name `zh` ("SU7" of 小米SU7 in
    "Xiaomi SU7", "2" of 流浪地球2 in "The Wandering Earth 2"), and its initials (the letters before a name separator:
    J·D·万斯) among its capitals in their order ("JD Vance"): true of a name of Chinese characters alone."""
    words = {w.lower() for w in re.findall(r"[A-Za-z0-9]+", en)}
    # A foreign name's initials (J·D·万斯 "JD Vance", O·J·辛普森 "O. J. Simpson") are the English's capitals, in order.
    initials = re.findall(_INITIAL_PART, zh)
    capitals = iter(re.findall("[A-Z]", en))
    if initials and not all(letter in capitals for letter in initials):
        return False
    return all(run.lower() in words for run in re.findall(r"[A-Za-z0-9]+", re.sub(_INITIAL_PART, "", zh)))


def _shell_word(text: str) -> str:
    """`text` as one word of a shell command to copy: as it is where no character is special to the shell (富士康,
    Foxconn), else quoted (shlex.quote: 'William Lai')."""
    return text if not re.search(r"[^\w.,:/@%+=-]", text) else shlex.quote(text)


# What opens a Chinese title that is over: 前总统 (former president), 原董事长, 已故.
_ZH_PAST_MARKS = ("前", "原", "已故", "故")


def _is_past_zh_title(title: str) -> bool:
    """Tell whether a Chinese title before a name says it is over: it opens with a past mark (前总统, 原董事长,
    已故), or one stands before its title, after the country or body it is of (美国前总统, 阿里巴巴原董事长: U35-25),
    with the title's own first words between (阿里巴巴前董事局主席, 腾讯原首席执行官: U37-9; `_TITLE_HEADS`). A 前 or
    原 of a name is no mark: 中原银行行长, 前海管理局局长 (银行, 海管理局 are no title's words)."""
    if title.startswith(_ZH_PAST_MARKS) or "已故" in title:
        return True
    for mark in "前原":
        at = title.rfind(mark)
        rest = title[at + 1 :] if at >= 0 else ""
        word = next((w for w in sorted(_ZH_TITLES, key=len, reverse=True) if rest.endswith(w)), None)
        if word is not None and _TITLE_HEADS.fullmatch(rest[: len(rest) - len(word)]):
            return True
    return False


# The words a Chinese title may open with before its title word (董事局主席, 执行董事, 常务副市长, 首席执行官).
_TITLE_HEADS = re.compile("(?:董事局|董事会|执行|常务|副|首席|总|党委|党组|名誉|荣誉|联席|独立|非执行|行政|第一)*")
# The same after a name, where a mark that the post is over may open them (马英九前总统, 李四原董事长, 王五时任市长).
_PAST_TITLE_HEADS = re.compile(f"(?:前|原|时任)?(?:{_TITLE_HEADS.pattern})")

# Words of an English title besides its titles and occupations (`_is_role_word`): its rank and the links between.
_TITLE_RANKS = _vocabulary("assistant senior acting managing associate interim first prime board to the of and for")
# The English of a title no person is called by before a name (`_is_role_word`): data/office_titles.tsv's
# CC-CEDICT senses of 总经理 and 校长.
_TITLE_NOUNS = _vocabulary("manager principal headmaster")
# data/office_titles.tsv's titles (from CC-CEDICT) that `_ZH_TITLES` lacks, a head's post written after its body
# (该校校长, 研究所所长, 议会议长) rather than before a name.
_HEAD_TITLES = ("校长", "院长", "所长", "议长", "大臣", "外相", "主教练", "国家主席")
# A title at the end of Chinese, its own first words before it (`_TITLE_HEADS`) and an assistant's rank after it
# (董事长助理, 部长助理: check's `_POST_RE` reads 助理 so).
_ZH_TITLE_AT_END = re.compile(
    rf"(?:{_TITLE_HEADS.pattern})"
    rf"(?:{'|'.join(sorted((*_ZH_TITLES, *_HEAD_TITLES), key=len, reverse=True))})(?:助理)?$"
)


# The longest body's or country's name written before a title the English names with it (欧洲央行 of 欧洲央行行长).
_LONGEST_BODY_BEFORE_TITLE = 4


def _title_then_name(zh: str, en: str) -> tuple[str, str] | None:
    """(title, name) of Chinese `zh` that writes a title before the name English `en` names, or None: "副總統蕭美琴" +
    "Hsiao Bi-khim" -> ("副總統", "蕭美琴"), "小米创始人雷军" + "Lei Jun" -> ("小米创始人", "雷军"). The title is one
    zhgloss knows at the end of the words before the name (`_ZH_TITLE_AT_END`); the name, two to four characters, is
    what the English spells (its pinyin, the Chinese order, a transliteration) or opens with a surname."""
    from zhgloss.pinyin import surnames

    splits = [(zh[:-size], zh[-size:]) for size in (2, 3, 4) if len(zh) - size >= 2]
    splits = [(head, name) for head, name in splits if _ZH_TITLE_AT_END.search(_simplified_run(head))]
    for head, name in splits:  # the English spells it: 董事长雷军 "Lei Jun" is 董事长 + 雷军, not 董事 + 长雷军
        simple = _simplified_run(name)
        if (
            compare_english(simple, en)[0] != "different"
            or chinese_order_parts(simple, en, True) is not None
            or _transliterated_suffix([simple], en_words(en)) == simple
        ):
            return head, name
    for head, name in sorted(splits, key=lambda split: -len(split[1])):
        if len(name) <= 3 and (name[:1] in surnames() or _simplified_run(name)[:2] in surnames()):
            return head, name  # a name the English writes otherwise (蕭美琴 "Hsiao Bi-khim"): a surname opens it
    return None


def _is_title_word(word: str) -> bool:
    """Tell whether English `word` is a title's: a title or an occupation (`_is_role_word`), a C-suite's letters (CEO,
    CFO) or `_TITLE_NOUNS`' (Manager)."""
    return _is_role_word(word) or re.fullmatch(_LATIN_CHIEF, word) is not None or word.lower() in _TITLE_NOUNS


def _glossed_title(run: str, en: str) -> str | None:
    """The title that ends Chinese `run` where the English in the bracket after it translates the title, not a name:
    "首席执行官" + "CEO" -> "首席执行官", "他当选总书记" + "General Secretary" -> "总书记", "董事长助理" + "Assistant to
    the Chairman" -> "董事长助理"; the body's name too where the English writes it ("美联储主席" + "Fed Chair",
    "新任美国总统" + "US President" -> "美国总统"), "" where the Chinese before the title is no short name
    (`_LONGEST_BODY_BEFORE_TITLE` characters after the sentence's words). None where the run ends in no title
    (`_ZH_TITLES` and `_HEAD_TITLES` after `_TITLE_HEADS`, 助理 after it) or the English does not end in a title's
    word (`_is_title_word`): 习近平总书记（General Secretary Xi Jinping） ends in a name, 工程师协会（Association of
    Engineers） in no Chinese title."""
    words = en.split()
    if not words or not _is_title_word(words[-1]):
        return None
    found = _ZH_TITLE_AT_END.search(_simplified_run(run))
    if found is None:
        return None
    if all(_is_title_word(w) or w.lower() in _TITLE_RANKS for w in words):
        return run[found.start() :]
    # The English names the body too ("Fed Chair", "US President"): the Chinese writes it before the title, after
    # the sentence's words (美联储主席, 美国总统 of 新任美国总统), in a short name of a body or a country.
    span = _after_breaks(_simplified_run(run))
    if len(span) - len(found.group(0)) > _LONGEST_BODY_BEFORE_TITLE:
        span = _without_leading_words(span)
    if span.endswith(found.group(0)) and len(span) - len(found.group(0)) <= _LONGEST_BODY_BEFORE_TITLE:
        return run[len(run) - len(span) :]
    return ""


def _simplified_run(run: str) -> str:
    """`run`, Chinese before a bracket, in simplified characters where each stays one character (U33-28: 董事長,
    執行長, 司長, 與 read as the simplified titles and words are); as written otherwise."""
    from zhgloss.convert import to_simplified

    simplified = to_simplified(run)
    return simplified if len(simplified) == len(run) else run


def _short_chinese(inside: _Bracket, zh: str) -> tuple[str, ...]:
    """The short forms of Chinese name `zh` that bracket `inside` gives ("以下简称“字节”": 字节 of 字节跳动),
    simplified: only a shorter form made of its characters in order (字节 of 字节跳动, 阿里 of 阿里巴巴集团, 国开行 of
    国家开发银行, 证监会 of 中国证券监督管理委员会, 发改委 of 国家发展和改革委员会: dropping a leading 中国 or 国家),
    not an ordinary word the copy calls it by (`glossable.common_words`: 公司 of 字节跳动有限公司, 集团) unless it
    starts as `zh` does (字节 of 字节跳动)."""
    from zhgloss.glossable import common_words

    shorts = (_scripts(form)[0] for form in inside.zh_short)
    return tuple(
        dict.fromkeys(
            form
            for form in shorts
            if form != zh and _is_subsequence(form, zh) and (form[0] == zh[0] or form not in common_words())
        )
    )


def _is_subsequence(short: str, whole: str) -> bool:
    """Tell whether the characters of `short` are characters of `whole` in the same order (阿里 of 阿里巴巴集团)."""
    rest = iter(whole)
    return all(char in rest for char in short)


# A possessive ending an English name: "Xi Jinping's", "Jack Ma’s", "The Three Gorges'".
_POSSESSIVE_END = re.compile(r"(?<=[A-Za-zÀ-ÿ])['’]s$|(?<=s)['’]$")
# What follows a name (not a possessive) after its bracket: a clause's end, or a verb ("Moody's (穆迪) cut ...",
# "McDonald's (麦当劳) said").
_CLAUSE_AFTER = re.compile(
    r"\s*(?:$|[.,;:!?)）—–\"”]|(?:is|was|has|had|have|will|would|could|can|may|said|says|cut|cuts|plans|declined|"
    r"did|does|also|and|or|to|in|on|at|for|"
    # past forms that end otherwise than in -ed, which no possessive's noun is ("Macy's (梅西百货) fell")
    r"fell|rose|sold|grew|won|lost|made|took|gave|saw|met|led|held|bought|paid|hit|became|began|brought|built|came|"
    r"chose|fought|found|got|went|kept|knew|ran|sent|spent|stood|told|thought|wrote|sank|slid|shrank|soared)\b"
    r"|[a-z]+ed\b)"
)


POSSESSIVE_NAMES_PATH = Path(__file__).resolve().parent / "data" / "possessive_names.txt"


@functools.cache
def possessive_names() -> frozenset[str]:
    """The keys (`en_key`) of names whose own form ends in 's (data/possessive_names.txt: CC-CEDICT's Sotheby's,
    Moody's, McDonald's ...)."""
    text = POSSESSIVE_NAMES_PATH.read_text(encoding="utf-8")
    return frozenset(en_key(line) for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _without_possessive(name: str, zh: str, after: str) -> str:
    """`name`, the English written before `zh`'s bracket, without the possessive that ends it: "Xi Jinping's (习近平)
    speech" -> Xi Jinping, "Xiaomi’s (小米) shares" -> Xiaomi, "The Three Gorges' (三峡) reservoir" -> The Three Gorges.

    A name whose own form ends so keeps it: the Chinese writes it with 氏 ("Kellogg's (家乐氏)", "Pond's (旁氏)"), the
    text after the bracket goes on with a verb or ends the clause, which a possessive cannot ("Moody's (穆迪)
    cut China's rating", "at McDonald's (麦当劳)."), or CC-CEDICT writes it so (`possessive_names`: "Sotheby's (苏富比)
    Hong Kong sale"); a Chinese possessive (之, 的) at its end is the name's own.
    """
    found = _POSSESSIVE_END.search(name)
    if found is None or zh.endswith(("氏", "之", "的")) or _CLAUSE_AFTER.match(after):
        return name
    if any(en_key(name).endswith(own) for own in possessive_names()):
        return name  # "Sotheby's (苏富比) Hong Kong autumn sale": a name CC-CEDICT writes so
    return name[: found.start()].rstrip()


# A list of names before a bracket: "Lei Jun and Lin Bin ", "Regina Ip, Tommy Cheung and Michael Tien ".
# A name's own lower-case words between its capitalised ones: "Ministry of Commerce", "Bank of China".
_LIST_NAME = r"[A-Z][\w'’.\-]*(?:[ \u00a0]+(?:(?:of|for|the)[ \u00a0]+)?[A-Z][\w'’.\-]*){0,4}"
# A later name of the list may have its own title in lower case before it ("Shanghai mayor Gong Zheng and party chief
# Chen Jining"); the title of the first is before the list.
_LIST_ITEM = rf"(?:[a-z][\w'’\-]*[ \u00a0]+){{0,3}}{_LIST_NAME}"
_EN_LIST = re.compile(
    rf"({_LIST_NAME}(?:,[ \u00a0]+{_LIST_ITEM})*),?[ \u00a0]+(and|&)[ \u00a0]+({_LIST_ITEM})[ \u00a0]*$"
)
# What joins two names in Chinese: 和, 与, 及, 跟, 同 (a list mark 、 parts the bracket's items already).
_ZH_AND = re.compile(r"[和与與及跟同]")
# An "and" (or "&") ending the text before a list of names, "the" after it: "... and the " (Ministry of Science and
# Technology).
_AND_BEFORE = re.compile(r"(?:^|[ \u00a0])(?:and|&)[ \u00a0]+(?:the[ \u00a0]+)?$")
# Names joined by several "and"s to the end: "Ministry of Commerce and the Ministry of Science and Technology ".
_AND_RUN = re.compile(rf"{_LIST_NAME}(?:[ \u00a0]+(?:and|&)[ \u00a0]+(?:the[ \u00a0]+)?{_LIST_NAME})+[ \u00a0]*$")
_AND_SPLIT = re.compile(r"[ \u00a0]+(?:and|&)[ \u00a0]+")


def _body_cut(before: str, zh_parts: list[str]) -> tuple[int, list[str], str] | None:
    """Where English names with several "and"s before a bracket of two Chinese bodies `zh_parts` are cut in two, as
    (where the first starts in `before`, [the first], the second), or None when no cut is sure.

    Each Chinese part ends with a body's head (`_BODY_HEADS`), the first English begins with a body's word
    (`_BODY_WORDS`), and exactly one "and" is followed by "the" or a body's word that begins the second:
    "Ministry of Commerce and the Ministry of Science and Technology (商务部和科技部)" -> "Ministry of Commerce",
    "Ministry of Science and Technology"; not at the "and" of "Science and Technology"."""
    run = _AND_RUN.search(before)
    if run is None or len(zh_parts) != 2 or not all(part.endswith(_BODY_HEADS) for part in zh_parts):
        return None
    text = run.group(0).strip()
    firsts = text.split()
    if (firsts[1] if firsts[0] in ("the", "The") and len(firsts) > 1 else firsts[0]) not in _BODY_WORDS:
        return None
    cuts: list[tuple[str, str]] = []
    for joint in _AND_SPLIT.finditer(text):
        opening = text[joint.end() :].split()[0]
        if opening == "the" or opening in _BODY_WORDS:
            cuts.append((text[: joint.start()], text[joint.end() :]))
    if len(cuts) != 1:
        return None
    first, second = cuts[0]
    return run.start(), [first], second


def _listed_pairs(inside: _Bracket, before: str, after: str, line: int, known: set[str]) -> list[_Pair] | None:
    """The pairs of a bracket that lists several names after the English list of them, or None when it lists one.

    "Lei Jun and Lin Bin (雷军和林斌)", "Jack Ma and Joe Tsai (马云、蔡崇信)": a pair each, in order, when the two lists
    count the same; none when they do not ("Regina Ip and Michael Tien (叶刘淑仪、张宇人、田北辰)"): never one entry of
    both, nor the first Chinese name with all the English. One name with "and" in it stays whole: a country
    ("Trinidad and Tobago (千里达和多巴哥)", ISO 3166's names), words English writes in lower case on both sides of the
    "and" ("National Development and Reform Commission (国家发展和改革委员会)", "Pride and Prejudice"), a one-character
    part of the Chinese (猫和老鼠).
    """
    zh_parts: list[str] = []
    for item in inside.zh:
        parts = _ZH_AND.split(item)
        zh_parts += parts if len(parts) > 1 and all(len(part) >= 2 for part in parts) else [item]
    found = _EN_LIST.search(before) if len(zh_parts) >= 2 else None
    if found is None:
        return None
    *firsts, last = [*(n.strip() for n in found.group(1).split(",")), found.group(3)]
    start = found.start()
    if _AND_BEFORE.search(before[:start]):
        # Another "and" before the list's: one of the two is inside a name ("Ministry of Commerce and the Ministry of
        # Science and Technology (商务部和科技部)"); the cut is where the second body starts, else no pair is sure.
        cut = _body_cut(before, zh_parts)
        if cut is None:
            return []
        start, firsts, last = cut
    elif _is_one_name_with_and(firsts[-1], last, f"{found.group(1)} {found.group(2)} {last}", zh_parts):
        return None
    names = [*firsts, last]
    if len(names) != len(zh_parts):
        return []
    pairs: list[_Pair] = []
    if _ALSO_KNOWN.match(after):
        after = ""  # "(百度、阿里巴巴和腾讯), known as BAT": the other name is the list's, no name's alias
    lead, names[0], shared = _singular_title_lead(before[:start] + names[0], zh_parts[0])
    for i, (name, zh) in enumerate(zip(names, zh_parts, strict=True)):
        # The first name keeps the words before the list (its title, "Pinduoduo founder Colin Huang"); the others
        # are read alone ("Tencent's Pony Ma": Pony Ma), but for a title of all of them, each its own in the
        # singular ("Presidents Donald Trump and Vladimir Putin": President each) unless it has one of its own.
        head = lead + name if i == 0 or (shared and name[:1].isupper()) else name
        pairs += _bracket_pairs(_Bracket(zh=[zh], born=inside.born), f"{head} ", after, line, known)
    return pairs


# A word ending as a plural does (s, men) before the capitalised words of a name, to the end: "Presidents " (Donald
# Trump), "Chairmen " (Lei Jun).
_PLURAL_BEFORE_NAME = re.compile(
    r"([A-Za-z][\w'’\-]*(?:s|men))([ \u00a0]+)(?=[A-Z][\w'’.\-]*(?:[ \u00a0]+[A-Z][\w'’.\-]*)*$)"
)
# A plural title, a name and its bracket (and more), then "and" or a comma before the last name: the title is the
# last name's too ("Actresses Zhang Ziyi (章子怡) and Gong Li").
_BRACKETED_NAME = r"[A-Z][\w'’.\-]*(?:[ \u00a0]+[A-Z][\w'’.\-]*)*[ \u00a0]*[（(][^()（）]*[)）]"
_SHARED_PLURAL = re.compile(
    rf"([A-Za-z][\w'’\-]*(?:s|men))[ \u00a0]+{_BRACKETED_NAME}(?:[ \u00a0]*,[ \u00a0]*{_BRACKETED_NAME})*"
    r"[ \u00a0]*(?:,[ \u00a0]*)?(?:and|&)?[ \u00a0]*(?=[A-Z][\w'’.\-]*(?:[ \u00a0]+[A-Z][\w'’.\-]*)*$)"
)
# Kinship words a list of names is introduced by ("Brothers Wang Zhongjun and Wang Zhonglei"): no one's role.
_KIN_WORDS = _vocabulary("brother sister twin cousin sibling son daughter couple spouse")


def _singular_noun(word: str) -> str | None:
    """The title or person noun (`_PERSON_NOUNS`, ROLE_WORDS) or kinship word (`_KIN_WORDS`) of which `word` is the
    plural, lower case, or None: "Presidents" -> "president", "Actresses" -> "actress", "Secretaries" ->
    "secretary", "Businessmen" -> "businessman", "Brothers" -> "brother"; "Chris" and "Mrs" -> None."""
    lower = word.lower()
    if len(lower) < 5:
        return None  # Mrs, Ms, Bros: no plural of a title
    if lower.endswith("men"):
        candidates = [lower[:-3] + "man"]
    elif lower.endswith("ies"):
        candidates = [lower[:-3] + "y"]
    elif lower.endswith(("sses", "shes", "ches", "xes")):
        candidates = [lower[:-2]]
    elif lower.endswith("s") and not lower.endswith("ss"):
        candidates = [lower[:-1]]
    else:
        return None
    found = next((c for c in candidates if c in _PERSON_NOUNS or c in _KIN_WORDS), None)
    if found is None and lower.endswith("men"):
        from zhgloss.english_case import lower_words

        # An English word and -man names a person ("Congressmen" -> congressman, "Councilmen" -> councilman; not
        # "Carmen": a short stem may be a name's).
        stem = lower[:-3]
        return candidates[0] if len(stem) >= 5 and stem in lower_words() else None
    return found


def _singular_before(before: str, zh: str) -> str:
    """`before`, the English before one bracket of Chinese `zh`, with a plural title before the name in the singular
    and a plural kinship word taken off, as before a list (`_singular_title_lead`): "Actresses Zhang Ziyi (章子怡) and
    Gong Li (巩俐)" -> "Actress Zhang Ziyi", "Congressmen Ted Lieu (刘云平)" -> "Congressman Ted Lieu", "Brothers Wang
    Zhongjun (王中军)" -> "Wang Zhongjun". A plural after a capitalised word is a name's own ("Lehman Brothers
    Holdings"; "US Congressmen" is a title, its capitals an acronym's)."""
    text = before.rstrip()
    shared = _SHARED_PLURAL.search(text)
    if shared is not None and (singular := _singular_noun(shared.group(1))) and singular not in _KIN_WORDS:
        earlier = text[: shared.start()].split()
        plural = shared.group(1)
        if not (earlier and earlier[-1][:1].isupper() and not earlier[-1].isupper() and plural[:1].isupper()):
            # "Actresses Zhang Ziyi (章子怡) and Gong Li (巩俐)": the plural title is the second name's too (R3); a
            # title in lower case after a company's name too ("Xiaomi co-founders Lin Bin (林斌) and Hong Feng").
            title = singular.capitalize() if plural[:1].isupper() else plural[0] + singular[1:]
            return f"{text[: shared.start()]}{title} {text[shared.end() :]}{before[len(text) :]}"
    lead, name, _ = _singular_title_lead(text, zh)
    if lead + name == text:
        return before
    words = text[: len(text) - len(name)].split()  # ending with the plural
    if len(words) >= 2 and words[-2][:1].isupper() and not words[-2].isupper() and words[-1][:1].isupper():
        return before  # "Lehman Brothers Holdings": the plural is inside a name ("Xiaomi co-founders": a title)
    return lead + name + before[len(text) :]


def _singular_title_lead(head: str, zh: str | None = None) -> tuple[str, str, bool]:
    """`head`, the words before a list of names and its first name, as (the words before the name, the name, whether
    they end in a title of several): a plural title word (`_singular_noun`: a title or person noun with an s, es,
    ies or men) is every name's, in the singular ("Presidents Donald Trump" -> ("President ", "Donald Trump", True);
    "US lawmakers Regina Ip" -> ("US lawmaker ", "Regina Ip", True); "Actresses Zhang Ziyi" -> ("Actress ", "Zhang
    Ziyi", True); "Chairmen Lei Jun" -> ("Chairman ", ...)); a plural kinship word is no one's title and no part of
    the name ("Brothers Wang Zhongjun" -> ("", "Wang Zhongjun", False)). Another plural of a word English writes in
    lower case, opening `head`, is no part of the name where the words after it name Chinese `zh`: a title if it is
    an agent noun (`_is_agent_noun`: "Pianists Lang Lang" for 郎朗 -> ("Pianist ", "Lang Lang", True)), else no one's
    ("Rivals Jack Ma" for 马云 -> ("", "Jack Ma", False)). Otherwise the whole is the first name's, as it is (False)."""
    titles = [
        (found, singular)
        for found in _PLURAL_BEFORE_NAME.finditer(head)
        # a name's own s ("Chris Evans") is no plural
        if found.group(1)[1:].islower() and (singular := _singular_noun(found.group(1)))
    ]
    if not titles and zh is not None:
        # Any other plural of a word English writes in lower case, no given name ("Rivals", "Teammates"), before
        # words that name `zh` without it ("Rivals Jack Ma" 马云: Jack Ma): the description of each.
        found = next(iter(_PLURAL_BEFORE_NAME.finditer(head)), None)
        if found is not None and found.start() == len(head) - len(head.lstrip()) and found.group(1)[1:].islower():
            from zhgloss.english_case import lower_words

            word = found.group(1).lower()
            singular = word[:-3] + "man" if word.endswith("men") else word[:-1]
            if (
                singular in lower_words()
                and word not in english_given_names()
                and singular not in english_given_names()
                and _reads_as_name_of(zh, head[found.end() :])
            ):
                if not _is_agent_noun(singular.capitalize()):
                    return head[: found.start()], head[found.end() :], False  # "Rivals": no one's role
                titles = [(found, singular)]
    if not titles:
        return "", head, False
    found, singular = titles[-1]
    if singular in _KIN_WORDS:
        return head[: found.start()], head[found.end() :], False
    title = found.group(1)[0] + singular[1:]
    return head[: found.start()] + title + found.group(2), head[found.end() :], True


def _is_one_name_with_and(first: str, second: str, whole: str, zh_parts: Iterable[str] = ()) -> bool:
    """Tell whether `whole`, English names joined by "and" (`first` the part before it, `second` the one after), is
    one name: a country (ISO 3166's names: "Trinidad and Tobago"), or words English writes in lower case on both sides
    ("National Development and Reform Commission", "Pride and Prejudice"; not "Ci'an and Empress Dowager Cixi").

    Lower-case words that are the words of two names are no one name: parts that begin alike ("Ministry of Commerce
    and Ministry of Finance", "Bank of China and Bank of Communications"), or that each read as a name of their own
    Chinese part, `zh_parts` in order ("Kim Jong Un and Moon Jae-in (金正恩和文在寅)": Un and moon are English words,
    each part a Korean name of its Chinese, `_reads_as_name_of`)."""
    from zhgloss.english_case import lower_words
    from zhgloss.formats.cedict import countries

    if any(whole.endswith(country) and (" and " in country or " & " in country) for country in countries()):
        return True
    zh = list(zh_parts)
    if len(zh) == 2 and any(f"{zh[0]}{m}{zh[1]}".endswith(name) for m in "和与與及" for name in joined_names()):
        return True  # 塞尔维亚和黑山 "Serbia and Montenegro", 罗密欧与朱丽叶: a name a dictionary lists whole
    if _is_one_body(first, second, zh):
        return True
    if _is_body_then_name(first, second, zh):
        return False
    firsts, seconds = first.split(), second.split()
    if not firsts or not seconds or en_key(firsts[-1]) not in lower_words() or en_key(seconds[0]) not in lower_words():
        return False
    opening = seconds[1] if seconds[0] in ("the", "The") and len(seconds) > 1 else seconds[0]
    if opening[:1].isupper() and opening in firsts:
        return False  # "Ministry of Commerce and (the) Ministry of Finance": the second begins as the first does
    return not (len(zh) == 2 and all(_reads_as_name_of(z, e) for z, e in zip(zh, (first, second), strict=True)))


JOINED_NAMES_PATH = Path(__file__).resolve().parent / "data" / "joined_names.txt"


@functools.cache
def joined_names() -> frozenset[str]:
    """The names CC-CEDICT lists whole whose Chinese joins two parts with 和, 与 or 及 (塞尔维亚和黑山 "Serbia and
    Montenegro", 罗密欧与朱丽叶 "Romeo and Juliet"; data/joined_names.txt, CC BY-SA 4.0,
    scripts/build_joined_names.py), simplified and traditional."""
    text = JOINED_NAMES_PATH.read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def _is_body_then_name(first: str, second: str, zh_parts: list[str]) -> bool:
    """Tell whether English `first` "and" `second` are two names because the first is a body's whole name: it begins
    with a body's word and its Chinese, the first of two `zh_parts`, ends with a body's head, and the second is a
    name of its own, capitalised after an optional "the" ("Ministry of Commerce and the People's Bank of China"
    (商务部和中国人民银行): 商务部 is the ministry whole; the second body need not begin as the first does)."""
    firsts, seconds = first.split(), second.split()
    if len(zh_parts) != 2 or len(firsts) < 2 or not seconds:
        return False
    opening = firsts[1] if firsts[0] in ("the", "The") and len(firsts) > 1 else firsts[0]
    second_opening = seconds[1] if seconds[0] in ("the", "The") and len(seconds) > 1 else seconds[0]
    return opening in _BODY_WORDS and zh_parts[0].endswith(_BODY_HEADS) and second_opening[:1].isupper()


# The words an English name of a body starts with, and the Chinese heads such a body ends with (部 ministry, 委员会
# commission …), for `_is_one_body`.
_BODY_WORDS = frozenset(
    {
        "Ministry",
        "Commission",
        "Committee",
        "Bureau",
        "Office",
        "Department",
        "Administration",
        "Council",
        "Agency",
        "Authority",
        "Academy",
        "Institute",
        "Federation",
        "Association",
        "Board",
        "Centre",
        "Center",
    }
)
_BODY_HEADS = ("部", "委员会", "委", "局", "署", "办公室", "厅", "院", "会", "中心", "办")


def _is_one_body(first: str, second: str, zh_parts: list[str]) -> bool:
    """Tell whether English `first` "and" `second` is one body's name: the first begins with a body's word and the
    second does not ("Ministry of Housing and Urban-Rural Development", "Commission for Discipline Inspection and
    Supervision"), while only the last of the Chinese parts `zh_parts` ends with a body's head (住房和城乡建设部,
    纪律检查和监察委员会): the "and" is inside the body's field. Two bodies ("Ministry of Commerce and Ministry of
    Finance", 商务部和财政部) or a company and a body ("Alibaba and the Ministry of Commerce") are two names."""
    firsts, seconds = first.split(), second.split()
    if not firsts or not seconds or len(zh_parts) < 2:
        return False
    opening = firsts[1] if firsts[0] in ("the", "The") and len(firsts) > 1 else firsts[0]
    second_opening = seconds[1] if seconds[0] in ("the", "The") and len(seconds) > 1 else seconds[0]
    if opening not in _BODY_WORDS or second_opening in _BODY_WORDS:
        return False
    return zh_parts[-1].endswith(_BODY_HEADS) and not any(part.endswith(_BODY_HEADS) for part in zh_parts[:-1])


def _reads_as_name_of(zh: str, en: str) -> bool:
    """Tell whether English `en` ends in two or more words that name `zh`, or a name `zh` ends with, as a person's
    name does: its pinyin in either order or after an adopted name, its Chinese order outside pinyin, a romanization
    `validate.romanized_as` reads ("Kim Jong Un" 金正恩, "Moon Jae-in" 文在寅), or a transliteration ending in its last
    word ("Vladimir Putin" 普京)."""
    from zhgloss.pinyin import romanize
    from zhgloss.validate import romanized_as

    words = en.split()
    for size in range(len(words), 1, -1):
        tail = " ".join(words[-size:])
        for start in range(len(zh) - 1):
            name = zh[start:]
            if not all(is_cjk(c) for c in name):
                continue
            try:
                written = str(romanize(name))
            except ZhglossError:
                continue
            if (
                compare_english(name, tail)[0] in ("pinyin", "reversed", "adopted")
                or chinese_order_parts(name, tail)
                or romanized_as(name, tail, [written]) is not None
                or transliteration_cost(name, words[-1]) <= TRANSLITERATION_COST
            ):
                return True
    return False


_ZH_LIST_MARKS = "、和与及跟同"
_ZH_LIST_TAIL = re.compile(rf"[{_CJK}{_ZH_LIST_MARKS}]+$")


def _chinese_listed_pairs(inside: _Bracket, before: str, line: int, known: set[str]) -> list[_Pair] | None:
    """The pairs of Chinese names listed before a bracket of their English names, or None when it names one.

    "马云、蔡崇信（Jack Ma and Joe Tsai）", "雷军和林斌（Lei Jun and Lin Bin）", "百度、阿里巴巴和腾讯（Baidu,
    Alibaba and Tencent）", "阿里巴巴与腾讯（Alibaba and Tencent）": a pair each when the lists count the same, none
    when they do not. 和 and 与 join the parts of one name too: one English name with "and" in it stays whole as
    `_is_one_name_with_and` says (a country, a body, a dictionary's name: 塞尔维亚和黑山 "Serbia and Montenegro", a
    state of 2003-2006; lower-case words on both sides); "&" joins one company's name (Procter & Gamble); otherwise
    each capitalised English part is a name, as it is after the English list (`_listed_pairs`).
    """
    tail = _ZH_LIST_TAIL.search(before.rstrip()[-_ZH_RUN_WINDOW:])
    zh_tail = re.split(f"[{_ZH_LIST_MARKS}]", tail.group(0)) if tail is not None else []
    en_names: list[str] = []
    for item in inside.en:
        parts = [part.strip() for part in re.split(r"[ \u00a0]+(?:and|&)[ \u00a0]+", item)]
        if len(parts) > 1 and _is_one_name_with_and(parts[0], parts[1], item, zh_tail[-2:] if len(parts) == 2 else ()):
            return None
        en_names += parts
    if len(en_names) < 2 or tail is None:
        return None
    segments = re.split(f"([{_ZH_LIST_MARKS}])", tail.group(0))
    names, marks = segments[::2], segments[1::2]
    if len(names) < 2 or any(len(name) < 2 for name in names[1:]):
        return None
    if len(names) < len(en_names):
        return [] if "、" in marks else None
    if len(names) > len(en_names) and marks[len(names) - len(en_names) - 1] == "、":
        return []  # the list goes on before the names the English counts
    head = "".join(segments[: -2 * (len(en_names) - 1) - 1])  # the text before the first name's part
    first = _chinese_name(head + names[-len(en_names)], en_names[0], known)
    zh_names = [first or "", *names[-len(en_names) + 1 :]]
    if (
        "、" not in marks[-len(en_names) + 1 :]
        and (
            any("&" in item for item in inside.en)
            or not all(en[:1].isupper() for en in en_names)
            or not _stands_alone(zh_names[0], en_names[0], known)
        )
        and not all(zh and _reads_as_name_of(zh, en) for zh, en in zip(zh_names, en_names, strict=True))
    ):
        return None
    if not first:
        return []
    pairs: list[_Pair] = []
    lead = before.rstrip()[: len(before.rstrip()) - len(tail.group(0))] + head + names[-len(en_names)]
    for i, (zh, en) in enumerate(zip(zh_names, en_names, strict=True)):
        pairs += _bracket_pairs(_Bracket(en=[en], born=inside.born), lead if i == 0 else zh, "", line, known)
    return pairs


def _stands_alone(zh: str, en: str, known: set[str]) -> bool:
    """Tell whether `zh`, cut from the prose before a Chinese list's first 和, is a name of its own for English `en`:
    a word the dictionaries list (`namecontext.word_file`: 阿里巴巴, 百度), one of the glossary's, or one its English
    spells (pinyin or an adopted name, 拼多多 "Pinduoduo"; a transliteration). Not a cut that took prose with a
    translated name (他看了猫和老鼠 "Tom and Jerry": 看了猫 for Tom; 猫 is one character)."""
    from zhgloss.namecontext import word_file

    if len(zh) < 2:
        return False
    return (
        zh in word_file()
        or zh in known
        or compare_english(zh, en)[0] in ("pinyin", "reversed", "adopted")
        or _transliterated_suffix([zh], en_words(en)) is not None
    )


# A royal title before a personal name in English: "Empress Wu Zetian", "Emperor Guangxu", "Princess Taiping".
_ROYAL_EN = re.compile(
    r"(?:Grand[ \u00a0]+)?(?:Empress[ \u00a0]+Dowager|Emperor|Empress|King|Queen|Crown[ \u00a0]+Prince|Prince|"
    r"Princess|(?:Noble[ \u00a0]+)?Consort)[ \u00a0]+"
)


def _without_royal_title(found: _Named, zh: str) -> _Named:
    """`found` with a royal title before a personal name its Chinese does not write as its role: "Empress Wu Zetian
    (武则天)" -> Wu Zetian, role "Empress" (as "President Xi Jinping"); a Chinese name that ends with its title keeps
    the English whole ("Empress Dowager Cixi (慈禧太后)", "Emperor Qianlong (乾隆帝)")."""
    title = _ROYAL_EN.match(found.name) or _ROYAL_EN.search(found.name)
    if title is None or found.role is not None or found.type in ("org", "place") or "王" in zh:
        return found
    lead = found.name[: title.start()].split()
    if lead and (len(lead) > 2 or found.name[title.start() - 1] != " " or not _is_country_word(lead)):
        return found  # only a country's word may stand before the title: "Saudi Crown Prince Mohammed bin Salman"
    if any(t in zh for t in ROYAL_TITLES):
        return found  # the Chinese writes the title too: 慈禧太后, 爱德华王子岛 (Prince Edward Island)
    rest = found.name[title.end() :]
    words = en_words(rest)
    if (
        not words
        or any(w in _ORG_WORDS or w in _PLACE_GENERICS for w in words)
        or zh.endswith((*_ORG_SUFFIXES, "院", "馆", "所", "站", "港", "桥", "路", "街", "岛"))
        or not (2 <= len(zh) <= 6 or _has_separator(zh))
    ):
        return found  # "Queen Mary Hospital (玛丽医院)": a body or a place named after a royal
    return replace(found, name=rest, role=found.name[: title.end()].strip(), type="person")


def _is_country_word(words: list[str]) -> bool:
    """Tell whether `words` name a country or its people, as before a ruler's title ("Saudi", "British", "Thai")."""
    from zhgloss.english_case import lower_words

    name = " ".join(words)
    if _is_country(name) or re.fullmatch(r"[A-Z]{2,4}", name):
        return True  # "Thailand", "UAE", "UK"
    return len(words) == 1 and name.istitle() and en_key(name) not in lower_words() and name.endswith(_DEMONYM_ENDS)


# How English ends a country's adjective: Saudi, British, Thai, Jordanian, Japanese, Dutch, Moroccan.
_DEMONYM_ENDS = ("i", "ish", "an", "ese", "ch")


def _titled_english(en: str, zh: str | None = None) -> tuple[str, str | None]:
    """(name, role) of `en`, the English a bracket after Chinese holds: "Chief Executive John Lee" -> ("John Lee",
    "Chief Executive"), "Xiaomi founder Lei Jun" -> ("Lei Jun", "Xiaomi founder"); a name without a title whole."""
    words = en.split()
    if len(words) < 2 or not any(map(_is_role_word, words[:-1])):
        return en, None  # no title in it (speed: most brackets after Chinese hold the name alone)
    found = _english_name_and_role(f" {en} ", zh)
    if found is None or found.role is None or found.type != "person" or not found.name:
        return en, None
    return found.name, found.role


def _short_form(zh: str, en: str, any_given: bool = False) -> tuple[str, tuple[str, ...]]:
    """(the English to prefer, its other forms) for `en`, the English a text writes for Chinese name `zh`.

    An adopted Western name before a Hong Kong or Taiwan name in the Chinese order (`chinese_order_parts`) is written
    with the surname alone: the papers, Wikipedia's titles and CC-CEDICT's "Carrie Lam" (林郑) write "Carrie Lam" and
    "Andy Lau", and `check` passes the preferred form only (an alias is a variant). So "Andy Lau Tak-wah" gives "Andy
    Lau", with the name in full and in the Chinese order ("Lau Tak-wah") its aliases. The other shapes are the one
    rule's in `zhgloss.adopted.short_form`: Singapore's "Lawrence Wong Shyun Tsai" (黄循财) gives "Lawrence Wong",
    Taiwan's given-first "Frank Chang-ting Hsieh" (谢长廷) "Frank Hsieh". Any other English is itself.
    """
    from zhgloss import adopted

    return adopted.short_form(zh, en, any_given, is_title=_is_no_adopted_name)


# A Wikipedia lead whose subject has other names before the one the Chinese follows (its life dates may come between:
# "Chiang Kai-shek (31 October 1887 – 5 April 1975), also known as Chiang Chung-cheng"): "The Kuomintang (KMT), also
# called the Guomindang (GMD) or the Chinese Nationalist Party (Chinese: 中國國民黨)", "Tencent Holdings Ltd., also
# known as Tencent (Chinese: 腾讯)", "Alibaba Group Holding Limited, or Alibaba (Chinese: 阿里巴巴)".
_LEAD_OTHERS = re.compile(
    r"^[ \u00a0]*(?:The[ \u00a0]+)?(?P<subject>[A-Z][^,()（）]{1,80}?)"
    r"(?:[ \u00a0]*\((?P<acronym>[A-Z]{2,8})\)|[ \u00a0]*\([^()（）]*\d[^()（）]*\))?,"
    r"[ \u00a0]+(?:or|(?:(?:also|commonly|officially|formerly)[ \u00a0]+)?(?:called|known[ \u00a0]+as))[ \u00a0]+"
    r"(?P<rest>.+)$"
)
_LEAD_ALTERNATIVE = re.compile(
    r"^(?:the[ \u00a0]+)?(?P<name>[A-Z][^()（）]*?)(?:[ \u00a0]*\((?P<acronym>[A-Z]{2,8})\))?$"
)


def _lead_other_names(before: str, name: str) -> tuple[str, ...]:
    """The other names a lead gives its subject before `name`, the one its Chinese follows: "The Kuomintang (KMT),
    also called the Guomindang (GMD) or the Chinese Nationalist Party " -> Kuomintang, KMT, Guomindang, GMD."""
    found = _LEAD_OTHERS.match(before)
    if found is None:
        return ()
    names = [found["subject"].strip(), found["acronym"]]
    for part in re.split(r"[ \u00a0]*,[ \u00a0]*|[ \u00a0]+or[ \u00a0]+", found["rest"].strip()):
        alternative = _LEAD_ALTERNATIVE.match(part.strip())
        if alternative is None:
            return ()  # not a list of names: no aliases rather than a wrong one
        names += [alternative["name"].strip(), alternative["acronym"]]
    return tuple(n for n in names if n and n != name)


# An appositive after the bracket, up to the clause's end: ", the founder of ByteDance, ", ", a former Alibaba CEO.".
# ", China's premier, " keeps its possessive.
_APPOSITIVE = re.compile(
    r"[ \u00a0]*,[ \u00a0]+(?:(?:the|a|an)[ \u00a0]+|(?=[A-Z][\w.&-]*['’]s[ \u00a0])"
    # a title without its article, as results announcements write it: ", Chairwoman of Kweichow Moutai Co., Ltd."
    r"|(?=(?:[A-Z][a-z\-]+[ \u00a0]+){1,2}of[ \u00a0]+[A-Z])"
    # and as wire copy writes one, no article, lower case (AP style: ", party secretary of Beijing,"; U38-18)
    r"|(?=[a-z]))"
    r"([^,.;:()（）\"“”—–]{2,80}?)[ \u00a0]*(?:[,.;:)—–]|$)"
)
# What the clause says after an appositive whose post is over: "Ma Xingrui (马兴瑞), the Communist Party secretary of
# Xinjiang, was replaced by Chen Xiaojiang" (U38-9). Not "stepped down", "resigned": from what, the clause may not
# say ("Zhang Yiming, the founder of ByteDance, stepped down" as its CEO).
_POST_ENDED = re.compile(
    r"[ \u00a0]*(?:was|has[ \u00a0]+been|had[ \u00a0]+been|is[ \u00a0]+being|will[ \u00a0]+be)[ \u00a0]+"
    r"(?:replaced|succeeded|removed|sacked|dismissed|ousted|fired|relieved)\b"
)


def _appositive_role(after: str) -> str | None:
    """The role an appositive after a person's bracket gives: "Zhang Yiming (张一鸣), the founder of ByteDance, said"
    -> "founder of ByteDance"; "Li Qiang (李强), China's premier, said" -> "China's premier". Its head, the last
    word before "of", "at", "for" or "in", must be a title or an occupation (_is_role_word): ", the first to visit,"
    is none."""
    found = _APPOSITIVE.match(after)
    role = _titled_phrase(found.group(1)) if found else None
    if role is not None and found is not None and _POST_ENDED.match(after[found.end() :]):
        return f"former {role}"  # the clause says the post went to another: no role held now
    return role


# Words of a clause, not of a title: a relative pronoun or a finite verb.
_CLAUSE_WORDS = _vocabulary("who whom whose which that was were is are has have had will would said says")


def _titled_phrase(phrase: str) -> str | None:
    """`phrase` without its article if it is a title: its head, the last word before "of", "at", "for" or "in", is a
    title, an occupation (_is_role_word) or "member" ("a member of the Politburo Standing Committee"): "the founder of
    ByteDance" -> "founder of ByteDance"; None for "the
    first foreign minister to visit", "a respiratory expert"."""
    phrase = re.sub(r"^(?:the|a|an)[ \u00a0]+", "", phrase.strip(), flags=re.IGNORECASE)
    phrase = re.sub(rf"[ \u00a0]+(?:{LEGAL_FORM})\Z", "", phrase)  # "Chairwoman of Kweichow Moutai Co" (the comma cut)
    if not _CLAUSE_WORDS.isdisjoint(phrase.lower().split()):
        return None  # a clause, no title: "who was appointed party secretary of Beijing in October 2022"
    head = re.split(r"[ \u00a0]+(?:of|at|for|in)[ \u00a0]+", phrase, maxsplit=1)[0].split()
    return normalize(phrase) if head and (_is_role_word(head[-1]) or head[-1].lower() == "member") else None


def _joined_note(note: str | None, en: str, life: str | None, honours: tuple[str, ...]) -> str | None:
    """The note a proposal keeps: the description, life dates as Wikipedia and CC-CEDICT write them after the name
    ("Pony Ma (born 29 October 1971)", "Xu Qianxue (1631–1694)": `model.birth_year` reads them), the honours."""
    parts = [part for part in (note, f"{en} ({life})" if life else None) if part]
    if honours:
        parts.append(f"post-nominal honours: {', '.join(honours)}")
    return "; ".join(parts) or None


def _other_names(en: str, names: Iterable[str]) -> tuple[str, ...]:
    """`names` that are not `en` (by key), once each: a bracket's other names of the subject, its aliases."""
    keys = {en_key(en)}
    out: list[str] = []
    for name in names:
        key = en_key(name)
        if key and key not in keys and ticker_key(name) is None:
            keys.add(key)
            out.append(normalize(name))
    return tuple(out)


PROPER_KINDS_PATH = Path(__file__).resolve().parent / "data" / "proper_kinds.tsv"
_PLACE_UNITS = ("市", "县", "省", "区", "州", "镇")


@functools.cache
def _listed_places() -> frozenset[str]:
    """The places of data/proper_kinds.tsv (jieba's proper words of 3-4 characters tagged as places: 湛江市, 西安市)."""
    with PROPER_KINDS_PATH.open(encoding="utf-8") as fp:
        return frozenset(
            word for word, _, kind in (line.rstrip("\n").partition("\t") for line in fp) if kind == "place"
        )


def _is_listed_place(zh: str) -> bool:
    """Tell whether `zh` is a place jieba lists, whole or before its unit (西安 of 西安市, 湛江 of 湛江市): a city named
    without its unit reads like a two-character person (Xī Ān, Zhàn Jiāng) but is none."""
    places = _listed_places()
    return zh in places or any(zh + unit in places for unit in _PLACE_UNITS)


# A web address as a name ("JD.com", "Dangdang.com", "Ele.me", "Le.com", "Sina.com.cn"): a company or a site.
_DOMAIN = re.compile(
    r"[A-Za-z0-9][A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+)*\."
    r"(?:com|net|org|cn|hk|tw|me|io|tv|co|cc|info|biz|app|ai|jp|kr|sg|la)(?:\.(?:cn|hk|tw|jp|sg|uk))?"
)


# "son of" and "daughter of" between two capitalised names: Arabic and Malay patronymics (bin, ibn, bint, binti).
_PATRONYMIC = re.compile(r"[A-Z][\w'’\-]*[ \u00a0]+(?:bin|ibn|bint|binti)[ \u00a0]+[A-Z]")


def _guess_type(zh: str, en: str, check: Check) -> str:
    """The type a pair's own forms suggest when the sentence says none: a term, a person, a company, a place or a name.

    A term: the English an acronym of capitals and the Chinese an ordinary word (`is_ordinary_term`: 人工智能
    AI, 国内生产总值 GDP; 近场通信 NFC, whatever its ending). A company: a company word in the English (Group,
    Ltd), a company ending in the Chinese (公司, 集团, 社), the English an acronym of capitals (BYD, TSMC, DJI) or
    names joined by "&" (Li & Fung). A place: the English ends with a place's generic (River, Square, Province).
    A person: the English spells the pinyin (or an adopted
    name with it) in two to four words, for two to four characters, or the Chinese is a person CC-CEDICT lists (普京
    Putin, 拜登 Joe Biden, 冯德莱恩 von der Leyen, 安倍晋三 Abe Shinzo: `cedict_persons`) and, named in one English
    word, no common word too (特斯拉 "Tesla", the unit: `_is_also_a_word`). Else what an untyped
    termbase row gets
    (`formats.table.untyped_type`): a capitalised English ("Vladimir Putin", "Kishida Fumio") is a `name`,
    which `check` enforces as it does a person's, not a `term`, which it passes over (user finding U34).
    """
    words = en_words(en)
    acronym = re.fullmatch(r"[A-Z]{2,6}", en) is not None
    if is_region_compound(zh, en):
        return "place"  # 川渝 "Chuan Yu", 黔东 "Qian Dong", 鲁西 "Lu Xi": provinces' one-character names, no person
    if _is_verb_phrase(zh, en, check):
        return "term"  # 躺平 "Tang Ping", "Lying Flat", 摆烂 "Bai Lan": an everyday verb phrase, no name
    if acronym and is_ordinary_term(zh):
        return "term"  # 人工智能 AI, 国内生产总值 GDP, 近场通信 NFC: a word's acronym, no body's or firm's
    if _names_a_concept(en) and zh not in _cedict_thing_forms() and zh not in cedict_persons():
        return "term"  # 内卷 Involution, 共同富裕 Common Prosperity: a policy's or a trend's name, no body's (R47-20)
    if (
        any(w in _ORG_WORDS or w in _TRADE_WORDS for w in words)
        or zh.endswith((*_ORG_SUFFIXES, *_TRADE_ENDINGS))
        or acronym
    ):
        return "org"  # first: "Bank of Beijing" ends with 北京, which reads as a compound surname
    if re.search(r"\S[ \u00a0]*&[ \u00a0]*\S", en):
        return "org"  # "&" joins a firm's names, never a person's: Li & Fung (利丰, U36-23), Marks & Spencer, AT&T
    if len(words) >= 2 and words[-1] in _PLACE_GENERICS:
        return "place"  # "Yangtze River", "Tiananmen Square", "Guangdong Province": the generic says so
    if _is_listed_place(zh) and zh not in cedict_persons():
        return "place"  # 西安 Xi'an, 湛江 Zhanjiang: a city jieba lists, though its pinyin reads like a person's
    if _is_country(en) and zh not in cedict_persons():
        return "place"  # 巴西 Brazil, 塞尔维亚和黑山 Serbia and Montenegro: a name ISO 3166 gives a country
    if (
        check in ("pinyin", "reversed", "adopted")
        and 2 <= len(words) <= 4
        and 2 <= len(zh) <= 4
        # An adopted name beside a surname (Jack Ma), not two characters that are none ("Nongfu Spring", 农夫山泉;
        # "Wanda Cinemas", 万达影城: a brand and a common noun)
        and (check != "adopted" or any(w in surname_keys(zh) for w in words))
    ):
        return "person"
    if zh.endswith(ROYAL_TITLES) and (_ROYAL_EN.match(f"{en} ") or words[-1] in ("emperor", "empress")):
        return "person"  # "Grand Empress Dowager Xiaozhuang (孝庄太皇太后)", "Kangxi Emperor (康熙帝)": a royal
    if _PATRONYMIC.search(en):
        return "person"  # "Mohammed bin Salman", "Tamim bin Hamad Al Thani": "son of" joins a person's names
    if _is_vietnamese(en):
        return untyped_type(en)  # one word a character, as a person's or a place's (Hà Nội): the form does not say
    if 2 <= len(zh) <= 4 and len(words) == len(zh) and words[0] in surname_keys(zh):
        # Another romanization, surname first and one word or hyphenated part per character: Korean "Moon Jae-in"
        # (文在寅), Wade-Giles "Tsai Ing-wen" (蔡英文).
        return "person"
    if (
        2 <= len(zh) <= 4
        and len(words) == len(zh) + 1
        and words[0] in english_given_names()
        and words[1] in surname_keys(zh)
    ):
        # The same after an English given name, as Hong Kong writes its people in full: "Regina Ip Lau Suk-yee"
        # (叶刘淑仪, U36-26: her two surnames, her husband's first, were read as no person's).
        return "person"
    if zh in cedict_persons() and any(char.isupper() for char in en) and not _is_also_a_word(zh, words, check):
        return "person"
    if _is_adopted_and_own_surname(zh, en):
        return "person"
    if _has_separator(zh) and _is_transliteration(zh, en):
        # A name in parts the Chinese dots apart, each sounding the English's (约翰·肯尼迪 "John Kennedy", J·K·罗琳
        # "J. K. Rowling", 安东尼奥·古特雷斯): how Chinese writes a foreign person's given name and surname.
        return "person"
    return untyped_type(en)


# A direction adjective before a one-word place name ending a text: "eastern Guizhou", "north-western Sichuan".
_PART_BEFORE = re.compile(
    r"(?<![\w-])((?:north|south)?-?(?:east|west)ern|northern|southern|central)[ \u00a0]+([A-Z][a-z]+)[ \u00a0]*$",
    re.IGNORECASE,
)
REGION_ABBREVIATIONS_PATH = Path(__file__).resolve().parent / "data" / "region_abbreviations.tsv"
# The characters that say a part of a province (黔东 eastern Guizhou, 鲁西 western Shandong, 苏北, 黔东南) after its
# one-character name.
_DIRECTIONS = frozenset("东西南北中")


@functools.lru_cache(maxsize=1)
def region_abbreviations() -> dict[str, str]:
    """Return data/region_abbreviations.tsv: the one-character names of China's provincial-level divisions (川
    Sichuan, 渝 Chongqing, 鲁 Shandong), each -> the division's English name; from CC-CEDICT's "abbr. for" lines
    (CC BY-SA 4.0; scripts/build_region_abbreviations.py)."""
    with REGION_ABBREVIATIONS_PATH.open(encoding="utf-8") as fp:
        rows = [line.rstrip("\n").split("\t") for line in fp if line.strip() and not line.startswith("#")]
    return {row[0]: row[1] for row in rows[1:]}  # the first row is the header


@functools.lru_cache(maxsize=1)
def _surname_table() -> frozenset[str]:
    """The surnames of `pinyin.surnames`, one or two characters."""
    from zhgloss.pinyin import surnames

    return frozenset(surnames())


def _is_verb_phrase(zh: str, en: str, check: Check) -> bool:
    """Tell whether Chinese `zh` and its English `en` are an everyday phrase opening with a verb, no name: two
    characters, the first a one-character verb (`verb_characters`: 躺, 摆) and no surname, the English its pinyin a
    syllable a word, as a word's transcription is written (躺平 "Tang Ping", 摆烂 "Bai Lan"), or words English writes
    in lower case ("Lying Flat": `english_case.lower_words`). A brand writes its pinyin as one word (拼多多 Pinduoduo,
    用友 Yonyou) and is longer or no verb phrase (完美世界 "Perfect World"): not these."""
    from zhgloss.english_case import lower_words

    if len(zh) != 2 or zh[0] not in verb_characters() or zh[0] in _surname_table() or zh in _cedict_thing_forms():
        return False
    words = en_words(en)
    if check in ("pinyin", "reversed"):
        return len(en.split()) == 2
    return len(words) == 2 and all(w in lower_words() for w in words)


def is_region_compound(zh: str, en: str | None = None) -> bool:
    """Tell whether Chinese `zh` names places by their one-character names (`region_abbreviations`): two or three of
    them joined (川渝 Sichuan and Chongqing, 京津冀, 粤港澳), or one and a direction or two (黔东 eastern Guizhou, 鲁西,
    苏北, 黔东南), as Chinese copy writes a region; not a form CC-CEDICT gives a person or a thing other than a place
    (甘宁 the general, 京东 JD.com), nor two names the first of which is a common surname and the second no
    direction (苏宁: a person's name as likely), nor one whose English `en` is a company's (an acronym, a web address,
    an organisation's word: 京东 "JD", "JD.com")."""
    from zhgloss.pinyin import surnames

    if en is not None and (
        re.fullmatch(r"[A-Z]{2,6}", en) or _DOMAIN.fullmatch(en) or any(w in _ORG_WORDS for w in en_words(en))
    ):
        return False

    names = region_abbreviations()
    if not 2 <= len(zh) <= 3 or zh[0] not in names or zh in cedict_persons():
        return False
    from zhgloss.curate import cedict_things

    if cedict_things().get(zh, "place") != "place":
        return False
    rest = zh[1:]
    if all(c in _DIRECTIONS for c in rest):
        return True
    if not all(c in names for c in rest):
        return False
    first = surnames().get(zh[0])
    return len(zh) == 3 or first is None or not first.common


# The endings of English's abstract nouns (a state, an act, a quality: "Involution", "Prosperity", "Development").
_ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ity", "ism")
# Abstract nouns that end a body's or an event's name ("World Health Organization", "Propaganda Department", "May
# Fourth Movement"), beside `_ORG_WORDS`: no concept's.
_BODY_NOUNS = _vocabulary(
    "organization organisation department movement institution coalition convention station nation union government "
    "community television"
)


def _names_a_concept(en: str) -> bool:
    """Tell whether English `en` names a concept, not a body, a place or a person: its last word is an abstract noun
    (`_ABSTRACT_ENDINGS`) no body's or place's name ends with (`_ORG_WORDS`, `_PLACE_GENERICS`, `_BODY_NOUNS`:
    Administration, University, City, Organization), and its other words are words English writes in lower case
    (`english_case.lower_words`, from CC-CEDICT's glosses), no link: "Involution" (内卷), "Common Prosperity"
    (共同富裕), "Rural Revitalization", "High-Quality Development"; not "Cultural Revolution" (cultural is
    capitalised in CC-CEDICT's glosses) nor "Xinhai Revolution"."""
    from zhgloss.english_case import lower_words

    words = [part.casefold() for word in en.split() for part in word.split("-") if part]
    if not words or not words[-1].isalpha() or not words[-1].endswith(_ABSTRACT_ENDINGS):
        return False
    if words[-1] in _ORG_WORDS or words[-1] in _PLACE_GENERICS or words[-1] in _BODY_NOUNS:
        return False
    # No link: "Department of Homeland Security", "Center for Global Development" are headed by their first words.
    return all(w in lower_words() and w not in _EN_NAME_LINKS for w in words[:-1])


def _is_adopted_and_own_surname(zh: str, en: str) -> bool:
    """Tell whether `en` is an English given name and a surname spelt the person's own way, of a Chinese name of two or
    three characters that starts with a surname: "Robert Kuok" (郭鹤年: Kuok, no spelling of 郭 the tables hold),
    "Terry Gou" (郭台铭). The surname is one syllable's letters and no English word ("Wanda Cinemas" is none)."""
    from zhgloss.english_case import lower_words
    from zhgloss.pinyin import find_surname

    words = en.split()
    if len(words) != 2 or not 2 <= len(zh) <= 3 or en_key(words[0]) not in english_given_names():
        return False
    if not re.fullmatch(r"[A-Z][a-z]{1,5}", words[1]) or words[1].lower() in lower_words():
        return False
    surname = find_surname(normalize(zh))
    return surname is not None and len(surname.zh) == 1


def _is_country(en: str) -> bool:
    """Tell whether `en` is a country's name as ISO 3166 gives it (`formats.cedict.countries`: "Brazil", "South
    Korea", "Trinidad and Tobago"), or a former one ("Serbia and Montenegro", "Czechoslovakia", ISO 3166-3)."""
    from zhgloss.formats.cedict import countries

    return en in countries() or en in _FORMER_COUNTRIES


# Countries ISO 3166-3 lists as formerly used names (pycountry's historic_countries, the short form before a comma:
# "Czechoslovakia, Czechoslovak Socialist Republic"), those news still writes.
_FORMER_COUNTRIES = frozenset(
    {"Serbia and Montenegro", "Czechoslovakia", "Yugoslavia", "USSR", "German Democratic Republic", "Zaire", "Sikkim"}
)


def _is_also_a_word(zh: str, words: list[str], check: Check) -> bool:
    """Tell whether `zh`, written with the one English word `words` holds, may be an ordinary word's name as well as
    a person's: CC-CEDICT lists it as a common word too (`glossable.common_words`: 特斯拉 the unit tesla beside
    Nikola Tesla, 牛顿 the newton, 赫兹 the hertz), so "Tesla's (特斯拉) Shanghai plant" says nothing of a person.
    Not where the English spells the pinyin (老子 "Laozi", 孙子 "Sunzi": the name, not the word), nor for a name
    that is no word (普京 "Putin")."""
    from zhgloss.glossable import common_words

    return len(words) == 1 and check not in ("pinyin", "reversed") and zh in common_words()


def _ticker_keys(ticker: str) -> list[str]:
    parts = [p for p in re.split(r"[\s:.]+", ticker) if p]
    keys = [en_key(ticker)]
    if len(parts) == 2:
        keys += [en_key(parts[1] + parts[0]), en_key(parts[0] + parts[1])]
        keys += [en_key(parts[0].lstrip("0") + parts[1]), en_key(parts[1] + parts[0].lstrip("0"))]
    canonical = ticker_key(ticker)
    return keys + ([canonical] if canonical else [])


@functools.cache
def _kept_characters() -> frozenset[str]:
    """The characters names keep that OpenCC t2s writes otherwise (`convert.kept_plain_forms`: 汎, 崑)."""
    from zhgloss.convert import kept_plain_forms

    return frozenset(kept_plain_forms())


def _as_stored(pair: _Pair, by_zh: Mapping[str, list[Entry]]) -> _Pair:
    """`pair` without an ordinary word opening its English (`_opens_as_a_word`: "Rival", "Giant") where the words
    after it are an English form of an entry stored for its Chinese: "Rival Tencent (腾讯)" with 腾讯 "Tencent" stored
    is Tencent, known, not a conflict (the glossary's own English is the strongest evidence of where a name starts)."""
    words = pair.en.split()
    if pair.kind != "name" or not pair.zh or len(words) < 2 or not _opens_as_a_word(words[0]):
        return pair
    rest = en_key(" ".join(words[1:]))
    if not any(en_key(form) == rest for entry in by_zh.get(zh_key(pair.zh), ()) for form in entry.en_forms):
        return pair
    return replace(pair, en=" ".join(words[1:]), note=pair.note or f"described as {words[0].lower()!r}")


HARVEST_KEYS_KIND = "harvest-keys-v1"
"""The cache kind (`zhgloss.model.EntryColumns.keep`) of `glossary_keys`: JSON, [the count of entries, then one object
per table of `_KEY_TABLES`, {key: the entry's number, or a list of the numbers of two or more}]. A kept copy is keyed
by the package's code and data too (`zhgloss.cache.sources_stamp`): a change to the keys' rules rebuilds it."""

_KEY_TABLES = ("zh", "en", "forbidden_en", "forbidden_zh")
"""The tables `entry_keys` files an entry's keys in, in its numbering."""


def entry_keys(
    zh_forms: Iterable[str], en_forms: Iterable[str], forbidden_forms: Iterable[str]
) -> Iterator[tuple[int, str]]:
    """Yield (table, key) for each key harvest finds an entry by, of its Chinese, English and forbidden forms; the
    table is an index into `_KEY_TABLES`. A key may come more than once.

    Every form of an entry, in whichever list it is kept (3888.HK as a Chinese alias, WPS as zh), makes a pair with it
    "known", never "new": each form is keyed as Chinese and as English, and a stock code by its one key
    (`tickers.ticker_key`) too. A name kept with its own character (王汎森) is found written the plain way too
    (王泛森), as lookup and import find it (`convert.plain_spelling`). A form the glossary bans is in it too: never
    proposed as new.
    """
    from zhgloss.convert import plain_spelling

    kept = _kept_characters()
    for form in (*zh_forms, *en_forms):
        key = zh_key(form)
        if key:
            yield 0, key
        key = en_key(form)
        if key:
            yield 1, key
        plain = plain_spelling(form) if not kept.isdisjoint(form) else None
        if plain:
            yield 0, zh_key(plain)
        ticker = ticker_key(form)
        if ticker is not None:
            yield 1, ticker
    for form in forbidden_forms:
        yield (3, zh_key(form)) if has_cjk(form) else (2, en_key(form))


KeyTable = dict[str, "int | list[int]"]
"""Entries by key, as `glossary_keys` gives them: the entry's number, or the numbers of two or more, in order."""


def glossary_keys(columns: EntryColumns) -> list[KeyTable]:
    """Return harvest's tables of the entries `columns` holds: for each of `_KEY_TABLES`, by each key `entry_keys`
    files an entry under, the number of that entry, or the numbers of two or more (each entry once, in entry order).

    Worked out once per glossary version and kept for later processes (`EntryColumns.keep`, kind
    `HARVEST_KEYS_KIND`): keying every form of CC-CEDICT's ~10^5 entries is ~3 s of CPU, reading the kept tables
    back (~13 MB) ~0.2 s. Columns kept nowhere (entries in memory) are worked out every time; a kept copy that does
    not read as the tables of as many entries (a damaged file its checksum missed) is worked out again.
    """
    import orjson

    from zhgloss.bulk import paused_gc

    made: list[list[KeyTable]] = []

    def work_out() -> list[KeyTable]:
        tables: list[KeyTable] = [{} for _ in _KEY_TABLES]
        forbidden = columns.forbidden_forms
        for number, (en, aliases) in enumerate(zip(columns.en, columns.aliases, strict=True)):
            for table, key in entry_keys(columns.zh_forms_at(number), (en, *aliases), forbidden[number]):
                held = tables[table].setdefault(key, number)
                if isinstance(held, int):
                    if held != number:
                        tables[table][key] = [held, number]
                elif held[-1] != number:
                    held.append(number)
        return tables

    def build() -> bytes:
        made.append(work_out())
        return orjson.dumps([len(columns), *made[0]])

    with paused_gc():  # ~6 * 10^5 keys and lists, no cycles
        if columns.keep is None:
            return work_out()
        data = columns.keep(HARVEST_KEYS_KIND, build)
        if made:
            return made[0]
        try:
            read = orjson.loads(data)
        except orjson.JSONDecodeError:
            return work_out()
        if not (isinstance(read, list) and len(read) == len(_KEY_TABLES) + 1 and read[0] == len(columns)):
            return work_out()
        if not all(isinstance(table, dict) for table in read[1:]):
            return work_out()
        tables: list[KeyTable] = read[1:]
        return tables


class _ByKey(Mapping[str, list[Entry]]):
    """Entries by key: the glossary's (a table of `glossary_keys` into its columns, each entry built when a key asks
    for it) and then those put in since (`put`): harvest's view of the glossary and what earlier texts proposed."""

    def __init__(self, numbers: KeyTable, columns: EntryColumns) -> None:
        self._numbers = numbers
        self._columns = columns
        self._put: dict[str, list[Entry]] = {}

    def put(self, key: str, entry: Entry) -> None:
        """File `entry` under `key` after the entries there (once)."""
        entries = self._put.setdefault(key, [])
        if not any(e is entry for e in entries):
            entries.append(entry)

    def __getitem__(self, key: str) -> list[Entry]:
        numbers, put = self._numbers.get(key), self._put.get(key)
        if numbers is None and put is None:
            raise KeyError(key)
        stored = [] if numbers is None else [numbers] if isinstance(numbers, int) else numbers
        return [*map(self._columns.__getitem__, stored), *(put or ())]

    def __iter__(self) -> Iterator[str]:
        yield from self._numbers
        yield from (key for key in self._put if key not in self._numbers)

    def __len__(self) -> int:
        return len(self._numbers) + sum(key not in self._numbers for key in self._put)


class _Known:
    """The entries a text's pairs are compared with, by key and by id: a glossary's (its columns) and the entries
    proposed by texts read before (`put`)."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        columns = entry_columns(entries)
        tables = glossary_keys(columns)
        self.by_zh, self.by_en, self.by_forbidden, self.by_forbidden_zh = (_ByKey(t, columns) for t in tables)
        self._columns = columns
        self._numbers = dict(zip(columns.id, range(len(columns)), strict=True))
        self._put: dict[str, Entry] = {}
        self.by_id: Mapping[str, Entry] = _ById(self)

    def put(self, entry: Entry) -> None:
        """Add `entry` (a proposal of an earlier text) after the glossary's entries."""
        tables = (self.by_zh, self.by_en, self.by_forbidden, self.by_forbidden_zh)
        for table, key in entry_keys(entry.zh_forms, entry.en_forms, entry.forbidden_forms):
            tables[table].put(key, entry)
        self._put[entry.id] = entry

    def ids(self) -> set[str]:
        """The ids taken."""
        return {*self._numbers, *self._put}


class _ById(Mapping[str, Entry]):
    """`_Known`'s entries by id (an id given twice: the later entry's)."""

    def __init__(self, known: _Known) -> None:
        self._known = known

    def __getitem__(self, entry_id: str) -> Entry:
        put = self._known._put.get(entry_id)
        if put is not None:
            return put
        return self._known._columns[self._known._numbers[entry_id]]

    def __iter__(self) -> Iterator[str]:
        return iter(self._known.ids())

    def __len__(self) -> int:
        return len(self._known.ids())


def harvest(
    text: str,
    entries: Iterable[Entry],
    source: str | None = None,
    passed_over: list[tuple[int, str]] | None = None,
) -> list[Proposal]:
    """Find the name pairs written into `text` and propose an entry for each, compared with `entries`.

    Each distinct pair is proposed once (with every line it is on), in the order first seen.
    `source` (a file name, a URL) goes into the proposed entries' sources. `passed_over`, if given, gets each
    bracket that has a pair's shape and gave none, with its line (`find_pairs`), for the caller to say so.
    `entries` may be a glossary's `EntryColumns` (`zhgloss.store.Glossary.entry_columns`): the keys of its entries
    are then read from its cache folder (`glossary_keys`), and only the entries a pair names are built.
    """
    return _harvest(text, _Known(entries), source, passed_over)


def _harvest(text: str, known: _Known, source: str | None, passed_over: list[tuple[int, str]] | None) -> list[Proposal]:
    by_zh, by_en, by_id = known.by_zh, known.by_en, known.by_id
    by_forbidden, by_forbidden_zh = known.by_forbidden, known.by_forbidden_zh
    taken_ids = known.ids()
    grouped: dict[tuple[str | None, str], list[_Pair]] = {}
    for found in map(
        _everyday_name, map(_in_pinyin_order, map(_in_japanese_order, find_pairs(text, by_zh, passed_over, by_en)))
    ):
        pair = _as_stored(found, by_zh)
        # One stock code however written (3888.HK, 03888.HK, HK:3888, 3888 HK) is one proposal for each company.
        # A name by its text: a casing the glossary bans ("TenCent" beside "Tencent") is judged apart.
        written = _japanese_key(pair) or pair.en
        if pair.kind == "ticker":
            company = pair.company and (en_key(pair.company) or pair.company)
            written = f"{ticker_key(pair.en) or en_key(written)} of {company}"
        grouped.setdefault((pair.zh and zh_key(pair.zh), written), []).append(pair)
    proposals: list[Proposal] = []
    # The entries this text proposes, by their forms: a stock code refers to the company proposed with it.
    added_en: dict[str, list[Entry]] = {}
    added_zh: dict[str, list[Entry]] = {}
    for pairs in grouped.values():
        pair = pairs[0]
        if len(pairs) > 1:  # "John Lee" and "John Lee Ka-chiu" (`_short_form`): one pair, the full name an alias
            aliases = tuple(dict.fromkeys(alias for p in pairs for alias in p.aliases if alias != pair.en))
            if (japanese := _japanese_key(pair)) is not None:  # "Fumio Kishida" after "Kishida Fumio": one name
                aliases = _japanese_aliases(pair.en, aliases, japanese)
            full = next((p.written for p in pairs if p.written), None)
            # The first role a line gives ("After the meeting, Wang Yi (王毅) said", then "China's foreign minister,
            # Wang Yi (王毅), agreed").
            role = pair.role or next((p.role for p in pairs if p.role), None)
            pair = replace(pair, aliases=aliases, written=full, role=role)
        lines = tuple(dict.fromkeys(p.line for p in pairs))
        if pair.kind == "ticker":
            proposal = _ticker_proposal(pair, (by_en, added_en), (by_zh, added_zh), by_id, taken_ids, source, lines)
        else:
            proposal = _name_proposal(pair, by_zh, by_en, (by_forbidden, by_forbidden_zh), taken_ids, source, lines)
            if proposal.status == "new":
                # By each of its English forms: a code refers to the company by the name the text gives it
                # ("Tencent Holdings Ltd (腾讯控股; 0700.HK)": the entry writes Tencent Holdings, `_everyday_name`).
                for form in dict.fromkeys(en_key(form) for form in (proposal.en, *proposal.entry.aliases)):
                    added_en.setdefault(form, []).append(proposal.entry)
                # And by its Chinese in either script ("長江和記實業（CK Hutchison，0001.HK）": the code's company is
                # written traditional, the entry's zh simplified).
                for form in dict.fromkeys(zh_key(f) for f in (proposal.entry.zh or "", proposal.entry.zh_hant or "")):
                    if form:
                        added_zh.setdefault(form, []).append(proposal.entry)
        taken_ids.add(proposal.entry.id)
        proposals.append(proposal)
    return _one_english_each(proposals, by_id)


def harvest_documents(
    documents: Iterable[tuple[str, str]], entries: Iterable[Entry]
) -> list[tuple[str, list[Proposal], list[tuple[int, str]]]]:
    """Harvest several texts, each `(source, text)`, against `entries`: for each text in order, its source, its
    proposals and the brackets it passed over (`harvest`'s `passed_over`).

    A name an earlier text proposes as new is not proposed again by a later one (the entry `--add` would store is
    the first's); a later text that writes it otherwise is a conflict with that proposal. The glossary's keys are
    read once for all the texts (`harvest`: `entries` may be a glossary's `EntryColumns`).
    """
    known = _Known(entries)
    proposed: list[Entry] = []
    found: list[tuple[str, list[Proposal], list[tuple[int, str]]]] = []
    for source, text in documents:
        earlier = {id(entry) for entry in proposed}
        skipped: list[tuple[int, str]] = []
        proposals = [
            p
            for p in _harvest(text, known, source, skipped)
            if not (p.status == "known" and p.existing is not None and id(p.existing) in earlier)
        ]
        new = [p.entry for p in proposals if p.status == "new"]
        proposed += new
        for entry in new:
            known.put(entry)
        found.append((source, proposals, skipped))
    return found


def _ue_key(en: str) -> str:
    """`en_key` with ü's spellings made one (u, v, yu): "Lyu Bu", "Lv Bu" and "Lu Bu" are one name's variants."""
    return re.sub(r"yu|v", "u", en_key(en))


def _is_short_form(short: str, whole: str) -> bool:
    """Tell whether English `short` is `whole` cut to its words at one end: "Blinken" of "Antony Blinken", "John
    Lee" of "John Lee Ka-chiu". A text is no short form of itself."""
    part, name = en_words(short), en_words(whole)
    return 0 < len(part) < len(name) and (name[-len(part) :] == part or name[: len(part)] == part)


def _is_initialism(short: str, whole: str) -> bool:
    """Tell whether English `short` is the initialism of `whole` news copy writes for it: "TSMC" of "Taiwan
    Semiconductor Manufacturing Co", "PBOC" of "People's Bank of China" (`zhgloss.check.initials`, the rule `check`
    reads initials by; capitals only, two to eight letters)."""
    from zhgloss.check import initials

    letters = short.replace(".", "")
    if not (2 <= len(letters) <= 8 and letters.isascii() and letters.isalpha() and letters.isupper()):
        return False
    return any(letters in (initials(form), initials(form, of=True)) for form in (whole, *legal_form_shortenings(whole)))


def _one_english_each(proposals: list[Proposal], glossary: Mapping[str, Entry]) -> list[Proposal]:
    """`proposals` with one new entry for each name and each stock code the text gives; the others are conflicts.

    A text that writes one Chinese name two ways ("Ou Zhiwei (区志伟)", "Qu Zhiwei (区志伟)") would add whichever
    came first. The one that follows the pinyin (or is adopted) stays new, else the first; each other is a conflict
    that names it, for a person to choose (and keep the other as an alias if it is one). Spellings of its ü ("Lyu
    Bu", "Lv Bu" beside "Lu Bu"), the name cut at one end ("Blinken" beside "Antony Blinken", which is kept) and
    its legal form written otherwise ("Kingsoft Corp" beside "Kingsoft", an alias) and its initials ("TSMC" beside
    "Taiwan Semiconductor Manufacturing Co", an alias: U35-35) are the kept one's: its lines, not proposals of their
    own. One English for two Chinese names ("Tencent (腾讯)", "Tencent (腾迅)") makes the later
    a conflict too. A stock code then refers to the entry that is added for its company (or to none, if none is),
    and one code the text gives two companies is a conflict (`_one_code_each`).
    """
    out: list[Proposal | None] = list(proposals)
    moved: dict[str, str | None] = {}  # the id of a name not added -> the id added in its place
    for indexes in _groups(proposals, lambda p: zh_key(p.zh or "")).values():
        kept = next((i for i in indexes if proposals[i].check != "different"), indexes[0])
        # The whole name rather than its surname alone ("Antony Blinken" rather than "Blinken").
        kept = max(
            (i for i in indexes if _is_short_form(proposals[kept].en, proposals[i].en)),
            key=lambda i: len(en_words(proposals[i].en)),
            default=kept,
        )
        # A proposal that holds the kept English as an alias is that name in full (`_short_form`: "Daniel Han" with
        # "Han Kuo-yu" an alias, beside "Han Kuo-yu"): it is the one kept, and the other its alias.
        kept = next(
            (i for i in indexes if proposals[kept].en in proposals[i].entry.aliases and proposals[i].status == "new"),
            kept,
        )
        # The name in full rather than its initials ("Taiwan Semiconductor Manufacturing Co" rather than "TSMC").
        kept = next((i for i in indexes if _is_initialism(proposals[kept].en, proposals[i].en)), kept)
        keeper = proposals[kept]
        variants = [
            i
            for i in indexes
            if i != kept
            and (
                _is_variant(proposals[i].en, keeper.en)
                or proposals[i].en in keeper.entry.aliases
                or _is_initialism(proposals[i].en, keeper.en)
            )
        ]
        legal = [
            proposals[i].en
            for i in variants
            if _legal_key(proposals[i].en) == _legal_key(keeper.en) or _is_initialism(proposals[i].en, keeper.en)
        ]
        lines = sorted({line for i in (kept, *variants) for line in proposals[i].lines})
        aliases = _other_names(keeper.en, [*keeper.entry.aliases, *legal])
        entry = replace(keeper.entry, aliases=aliases)
        keeper = out[kept] = replace(keeper, lines=tuple(lines), entry=entry)
        where = ", ".join(map(str, lines))
        for i in indexes:
            other = proposals[i]
            if i == kept:
                continue
            moved[other.entry.id] = keeper.entry.id
            if i in variants:
                out[i] = None
            else:
                explanation = (
                    f"{other.explanation}; the text also writes {other.zh} as {keeper.en!r} (line {where}), "
                    "proposed as new: keep one, and this one as its alias if it is one"
                )
                out[i] = replace(other, status="conflict", explanation=explanation)
    remaining = [p for p in out if p is not None]
    for indexes in _groups(remaining, lambda p: _ue_key(p.en)).values():
        first = remaining[indexes[0]]
        for i in indexes[1:]:
            other = remaining[i]
            moved[other.entry.id] = first.entry.id
            explanation = (
                f"{other.explanation}; the text also writes {other.en!r} for {first.zh} (line "
                f"{', '.join(map(str, first.lines))}), proposed as new: keep one"
            )
            remaining[i] = replace(other, status="conflict", explanation=explanation)
    # The glossary by id is a view that builds an entry when asked (`_ById`): looked in, never copied. (A ChainMap
    # writes to its first map only.)
    new = {p.entry.id: p.entry for p in remaining if p.status == "new"}
    added = ChainMap(new, cast("MutableMapping[str, Entry]", glossary))
    return _one_code_each(remaining, moved, added)


def _groups(proposals: list[Proposal], key: Callable[[Proposal], str]) -> dict[str, list[int]]:
    """The new name proposals' indexes by `key`, groups of two or more only, in order."""
    groups: dict[str, list[int]] = {}
    for i, proposal in enumerate(proposals):
        if proposal.kind == "name" and proposal.status == "new" and proposal.zh:
            groups.setdefault(key(proposal), []).append(i)
    return {k: v for k, v in groups.items() if len(v) > 1}


def _legal_key(en: str) -> str:
    """The key of a company's English without its legal forms: "Kingsoft Corp" and "Kingsoft" -> "kingsoft"."""
    return _company_key(([en, *legal_form_shortenings(en)])[-1])


def _is_variant(other: str, kept: str) -> bool:
    """Tell whether English `other` is a writing of `kept`: its ü spelt otherwise, it cut at one end, or its legal
    form written otherwise."""
    return _ue_key(other) == _ue_key(kept) or _is_short_form(other, kept) or _legal_key(other) == _legal_key(kept)


def _one_code_each(
    proposals: list[Proposal], moved: dict[str, str | None], added: Mapping[str, Entry]
) -> list[Proposal]:
    """`proposals` whose new stock codes refer to entries that exist or are added, one proposal for each code.

    A code refers to the entry added in place of its company's proposal (`moved`), or to none if neither is added
    (`added`: the glossary's entries and the new ones, by id); a code the text writes again for the same company,
    or for one of its entries (`_same_company`: 小米集团 and 小米), adds its lines, one it gives another company is a
    conflict naming the first.
    """
    out: list[Proposal | None] = []
    first: dict[str, int] = {}
    for proposal in proposals:
        if proposal.kind != "ticker" or proposal.status != "new":
            out.append(proposal)
            continue
        target = proposal.entry.refers_to
        while target in moved:
            target = moved[target]
        target = target if target in added else None
        if target != proposal.entry.refers_to:
            proposal = replace(proposal, entry=replace(proposal.entry, refers_to=target))
        key = ticker_key(proposal.en) or en_key(proposal.en)
        if key not in first:
            first[key] = len(out)
            out.append(proposal)
            continue
        earlier = out[first[key]]
        assert earlier is not None
        before = added.get(earlier.entry.refers_to or "")
        now = added.get(target or "")
        if before is None or now is None or _same_company(before, now):
            lines = tuple(sorted({*earlier.lines, *proposal.lines}))
            out[first[key]] = replace(earlier, lines=lines)
            out.append(None)
        else:
            explanation = (
                f"{proposal.explanation}; the text also gives {earlier.en} to {earlier.entry.refers_to} (line "
                f"{', '.join(map(str, earlier.lines))}): keep one"
            )
            out.append(replace(proposal, status="conflict", explanation=explanation))
    return [p for p in out if p is not None]


def _name_proposal(
    pair: _Pair,
    by_zh: Mapping[str, list[Entry]],
    by_en: Mapping[str, list[Entry]],
    by_forbidden: tuple[Mapping[str, list[Entry]], Mapping[str, list[Entry]]],
    taken: set[str],
    source: str | None,
    lines: tuple[int, ...],
) -> Proposal:
    """Propose an entry for a name pair: known, new, or in conflict with the glossary (saying with what).

    `by_forbidden` holds the entries by their banned English forms (en_key) and by their banned Chinese ones
    (zh_key). A pair that writes a banned form is a conflict that names the banned form, whose entry bans it,
    and the form to write instead: the Chinese one for a banned Chinese form, the English one for an English one.
    """
    assert pair.zh is not None
    check, explanation = compare_english(pair.zh, pair.written or pair.en, any_given=pair.type == "person")
    if check != "different" and _is_vietnamese(pair.en):
        # Hà Nội, Hải Phòng: Vietnamese spelt with its own letters reads the Sino-Vietnamese sound, which may meet a
        # pinyin syllable (Hai); it is no pinyin, nor an adopted Western name before one, and types no person.
        check, explanation = "different", "Vietnamese, written with its own letters: no pinyin, check it"
    zh_hits = by_zh.get(zh_key(pair.zh), []) or (by_zh.get(zh_key(pair.zh_hant), []) if pair.zh_hant else [])
    # forms.status judges the English as check, lookup and annotate do: a banned casing ("TenCent" beside
    # "Tencent") is forbidden as written only, so "Tencent" is no banned form and "TenCent" no accepted one.
    en_hits = [e for e in by_en.get(en_key(pair.en), []) if form_status(e, pair.en) != "forbidden"]
    # Another entry's English is this name's only if written in the same words: NetEase's alias "Wangyi" (网易) is
    # not "Wang Yi", China's foreign minister 王毅, though the keys fold alike (user, s25: every harvest of him was
    # a conflict with the bundled NetEase).
    words = en_words(pair.en)
    en_hits = [e for e in en_hits if e in zh_hits or any(en_words(f) == words for f in e.en_forms)]
    both = [e for e in zh_hits if e in en_hits]
    # A stored form that refers to the entry the English names (the nickname 雷总 of 雷军 "Lei Jun", a short name of
    # a company): the text calls the one it refers to by its English, known (the review's R40-4 addendum: a conflict
    # here told the user to give the nickname's entry "Lei Jun", which would make it name two entries).
    # The other way round too: 雷军（Mr. Lei）, the English a form of the nickname's entry that refers to 雷军.
    en_ids, zh_ids = {e.id for e in en_hits}, {e.id for e in zh_hits}
    referring = [(e, e.refers_to) for e in zh_hits if e.refers_to in en_ids and form_status(e, pair.en) != "forbidden"]
    referring += [(e, e.refers_to) for e in en_hits if e.refers_to in zh_ids]
    if not both:
        # The entry holds another English form the text gives the name, or the name in full that the text writes
        # short ("Andy Lau Tak-wah", as an earlier harvest stored it, for "Andy Lau": `_short_form`), or a lead's
        # "also known as William Lai", or the short form the entry holds of what the text writes in full, whatever
        # the adopted name ("Pony Ma Huateng" for the entry "Pony Ma"). The same name, known.
        others = [words, *(en_words(alias) for alias in pair.aliases)]
        short = en_words(_short_form(pair.zh, pair.en, any_given=True)[0])
        both = [
            e
            for e in zh_hits
            if any(
                en_words(f) in others or en_words(_short_form(pair.zh, f)[0]) == words or en_words(f) == short
                for f in e.en_forms
            )
            and form_status(e, pair.en) != "forbidden"
        ]
    # "Kingsoft Corp" for the entry that writes "Kingsoft" and "Kingsoft Corporation": the same name
    same = [] if both or en_hits else [e for e in zh_hits if _same_company_name(e, pair.en)]
    same = [e for e in same if form_status(e, pair.en) != "forbidden"]
    legal = bool(same)
    both = both or same
    # "Treasury Secretary Bessent (贝森特)" beside 贝森特 "Scott Bessent": the text names the stored person by the
    # family name alone, no other English of the name (R48-8: the conflict advised the alias "Bessent").
    by_family = [] if both or en_hits or " " in pair.en else [e for e in zh_hits if _is_family_name_of(pair.en, e)]
    both = both or by_family
    banned = [e for e in by_forbidden[0].get(en_key(pair.en), []) if form_status(e, pair.en) == "forbidden"]
    banned = [e for e in banned if e in zh_hits] or banned
    zh_banned = by_forbidden[1].get(zh_key(pair.zh), []) or (
        by_forbidden[1].get(zh_key(pair.zh_hant), []) if pair.zh_hant else []
    )
    zh_banned = [e for e in zh_banned if e in en_hits] or zh_banned
    # What the sentence says comes first: a title before the name ("Singer Jay Chou"), "born" in a lead, a
    # company's description ("smartphone maker Xiaomi"), a stock code beside it; then the pair's own forms.
    if is_region_compound(pair.zh, pair.en) and not pair.role:
        kind = "place"  # "Officials in Sichuan and Chongqing (川渝) signed": the verb after it says no organisation
    elif pair.type is not None:
        kind = pair.type
    elif pair.role and 2 <= len(pair.zh) <= 4:
        kind = "person"
    else:
        kind = _guess_type(pair.zh, pair.en, check)
        if kind != "person" and pair.written and _guess_type(pair.zh, pair.written, check) == "person":
            kind = "person"  # the name as the text writes it in full says so ("Regina Ip Lau Suk-yee", U36-26)
    if kind != "org" and _DOMAIN.fullmatch(pair.en):
        kind = "org"  # "Dangdang.com", "Ele.me": a company or a site written as its web address, never a person
    if kind == "person" and check in ("pinyin", "reversed", "adopted") and 2 <= len(pair.zh) <= 4:
        # The English must follow the pinyin the entry will have (a surname's reading: 单 Shàn, not dān), not
        # just any reading of each character: "Dan Tianfang" is no spelling of 单田芳.
        written = pair.pinyin or romanize(pair.zh)
        if not _follows(pair.en, written, check, pair.zh):
            check = "different"
            explanation = f"does not follow the pinyin {written}"
            surname = en_key(written.split()[0]) if written.split() else ""
            if surname and surname not in en_words(pair.en):
                explanation += f" ({pair.zh[0]} as a surname is {written.split()[0]})"
            explanation += ": a translation or another romanization, check it"
    elif (
        kind == "person"
        and check == "different"
        and 2 <= len(pair.zh) <= 4
        and not chinese_order_parts(pair.zh, pair.written or pair.en, any_given=True)
        and english_name_last(pair.zh, pair.written or pair.en) is None
    ):
        # The pinyin said is the one the entry gets ("Lín-Zhèng Yuè'é", "Lǐ Jiāchāo"), not a phrase's reading (nor
        # is a name in the Chinese order romanized otherwise told again: `_romanized_explanation`).
        written = pair.pinyin or _person_pinyin(pair.zh, pair.en)
        explanation = f"does not follow the pinyin {written}: a translation or another romanization, check it"
    if check == "different" and explanation.endswith(_UNEXPLAINED) and _is_transliteration(pair.zh, pair.en):
        # 普京 "Vladimir Putin", 约翰·F·肯尼迪 "John F. Kennedy", 苏富比 "Sotheby's": the Chinese sounds the English, so
        # the English is the name's own spelling, nothing to check against the pinyin.
        explanation = explanation.removesuffix(_UNEXPLAINED) + (
            ": a transliteration, the English is the name's own spelling"
        )
    elif check == "adopted" and _spells_whole_reading_last(pair.zh, pair.en):
        # 莫迪 "Narendra Modi": the last word is the whole name's reading run together, which no Chinese name's
        # English writes after an adopted given name (Jack Ma: the surname alone): a foreign name (R41-3).
        explanation = f"a transliteration, the English is the name's own spelling (pinyin {romanize(pair.zh)})"
    family = japanese_surname_word(pair.zh, pair.en)
    if family is not None and kind in ("person", "name"):
        # A Japanese name (岸田文雄), in either order: a person, whose English is no pinyin nor an adopted Western name.
        kind, check = "person", "different"
        explanation = (
            f"a Japanese name, surname {pair.en.split()[family]}: its English is its Japanese reading, not the pinyin"
        )
    if kind != "person" and check in ("adopted", "reversed"):
        # "Huawei Technologies Co., Ltd." for 华为 is no adopted given name before a surname: a company's
        # English is a translation, whatever pinyin it starts with.
        check = "different"
        explanation = f"does not follow the pinyin {_phrase_pinyin(pair.zh)}: a translation, check it"
    elif kind != "person" and not _has_separator(pair.zh) and (as_name := romanize(pair.zh)) and as_name in explanation:
        # Read as a person's name, a university's or a place's words are cut after a surname (清华大学 "Qīng
        # Huádàxué", 白云机场 "Bái-Yún Jīchǎng"): anything else is read as words (Qīnghuá Dàxué, Báiyún Jīchǎng).
        explanation = explanation.replace(as_name, _phrase_pinyin(pair.zh))
    # Read only where the name has no pinyin (speed: pypinyin's call for each character of each pair costs)
    unread = (
        "" if pair.pinyin or romanize(pair.zh) else "".join(c for c in pair.zh if is_cjk(c) and not _has_reading(c))
    )
    if unread and kind == "person":
        explanation += f"; no pinyin: zhgloss knows no reading of {unread} (give it with zhgloss edit ID --pinyin)"
    if pair.written == pair.en:
        pass  # nothing was shortened or reordered ('Jen-Hsun "Jensen" Huang': the alias is the name in full)
    elif pair.written and sorted(en_words(pair.written)) == sorted(en_words(pair.en)):
        explanation += f"; the entry writes it {pair.en!r}, surname first as the pinyin, with {pair.written!r} an alias"
    elif pair.written:
        explanation += f"; the entry writes it {pair.en!r}, as the papers do, with {pair.written!r} an alias"
    existing: Entry | None = None
    if referring and not both:
        status: Status = "known"
        existing, target_id = referring[0]
        target = next(e for e in (*en_hits, *zh_hits) if e.id == target_id)
        explanation = (
            f"in the glossary as {existing.id} ({existing.zh or existing.en}), which refers to {target.id} "
            f"({target.en if existing in zh_hits else target.zh or target.en})"
        )
    elif both:
        status = "known"
        existing = both[0]
        explanation += f"; in the glossary as {existing.id}"
        explanation += " (its legal form written another way)" if legal else ""
        explanation += " (by the family name)" if by_family else ""
    elif zh_banned:
        status, existing = "conflict", zh_banned[0]
        explanation += f"; {pair.zh} is a form the glossary forbids for {existing.label} ({existing.id}): write "
        explanation += f"{existing.zh}" if existing.zh else "its English"
        if existing in banned:
            explanation += f", and forbids {pair.en!r} too: it writes {existing.en!r}"
        elif pair.en not in existing.en_forms:
            explanation += f", and the glossary writes it {existing.en!r}"
    elif banned:
        status, existing = "conflict", banned[0]
        explanation += (
            f"; the glossary forbids {pair.en!r} for {existing.label} ({existing.id}): it writes {existing.en!r}"
        )
    elif zh_hits and (elsewhere := [e for e in en_hits if e not in zh_hits]):
        # The English is another entry's form (小米（Xiaomi Corporation）: 小米 is Xiaomi, "Xiaomi Corporation" an alias
        # of 小米集团): an alias either way would make a form name two entries, so no command is offered (R41-7).
        status, existing = "conflict", zh_hits[0]
        other = elsewhere[0]
        explanation += (
            f"; the glossary writes {pair.zh} as {existing.en!r} ({existing.id}) and gives {pair.en!r} to "
            f"{other.zh or other.label} ({other.id}): the text names one by the other's form; check which it means"
        )
    elif zh_hits:
        status, existing = "conflict", zh_hits[0]
        explanation += f"; the glossary writes {pair.zh} as {existing.en!r} ({existing.id})"
        # What resolves it (U35-19): the text's English is another form of the same one, or the entry's is wrong.
        explanation += (
            f": if both name the same one, keep this form too with zhgloss edit {existing.id} --alias "
            f"{_shell_word(pair.en)}"
        )
    elif en_hits and (namesake := _namesake(pair, kind, check, en_hits)) is not None:
        # 王永 "Wang Yong" beside the stored 王勇 "Wang Yong": another person of the same pinyin, as add takes one
        # (U38-20); merging them would gloss every 王永 as 王勇.
        status = "new"
        explanation += (
            f"; a namesake of {namesake.zh} ({namesake.id}), also {pair.en!r}: other characters of the same pinyin, "
            f"most probably another person (or {namesake.zh} miswritten: check the text)"
        )
    elif en_hits:
        status, existing = "conflict", en_hits[0]
        written = existing.zh or "no Chinese"
        explanation += f"; the glossary gives {pair.en!r} as {written} ({existing.id})"
        explanation += (
            f": if {pair.zh} is another Chinese name of it, keep it with zhgloss edit {existing.id} --zh-alias "
            f"{_shell_word(pair.zh)}"
        )
    else:
        status = "new"
    entry = (
        existing
        if status == "known" and existing
        else Entry(
            id=unique_id(slugify(pair.en) or "entry", taken),
            type=kind,
            zh=pair.zh,
            zh_hant=pair.zh_hant or (fill_zh_hant(pair.zh, kind) if status == "new" else None),
            # Every type gets the pinyin `add` writes for it (a place, org or untyped name too: R42-18); a person's
            # is read against its English (`_person_pinyin`).
            pinyin=pair.pinyin
            or (_person_pinyin(pair.zh, pair.en) or None if kind == "person" else fill_pinyin(pair.zh, kind, pair.en)),
            en=pair.en,
            aliases=pair.aliases,
            zh_aliases=pair.zh_aliases,
            en_adopted=check in ("adopted", "different") and family is None,
            roles=(Role(title=pair.role),) if pair.role and kind == "person" and not is_past_role(pair.role) else (),
            note=_role_note(pair, kind),
            sources=(source,) if source else (),
        )
    )
    if status == "new" and entry.pinyin:
        # The pinyin a message says is the one the entry gets (内塔尼亚胡: "Nèitǎníyàhú", not the phrase reader's
        # "Nèitǎ Níyàhú"; 莫迪 "Mòdí"; 斯德哥尔摩 "Sīdégē'ěrmó"), whichever reader the explanation quoted, for every
        # type (R41-3, R42-18).
        for shown in {romanize(pair.zh), _phrase_pinyin(pair.zh)} - {"", entry.pinyin}:
            explanation = re.sub(rf"(pinyin ){re.escape(shown)}(?![\w'])", rf"\g<1>{entry.pinyin}", explanation)
    return Proposal(status, "name", pair.zh, pair.en, check, explanation, entry, existing, lines)


# What `compare_english` says of an English it can tell nothing more about.
_UNEXPLAINED = ": a translation or another romanization, check it"


_SERIES_AND = re.compile(r"^(.*\S)[ \u00a0]+and[ \u00a0]+([A-Z]\S*(?:[ \u00a0]+\S+)*)$")


def _last_of_series(name: str, zh: str) -> str:
    """The English of Chinese `zh` where the English name before its bracket, `name`, ends a series joined by "and"
    ("Shares of Alibaba and Pinduoduo (拼多多)", "Tencent, Meituan and Kuaishou (快手)"): the last name, where the
    Chinese writes no conjunction nor separator, the last name alone spells the whole Chinese by its pinyin or, in
    three characters or more, by its sound (Pinduoduo 拼多多, Tesla 特斯拉), and no name before it is heard in it.
    Else `name`, one name (Ernst and Young 安永, Standard and Poor's 标准普尔, Simon and Schuster 西蒙·舒斯特; the
    review's R47-13)."""
    found = _SERIES_AND.match(name)
    if found is None or any(c in zh for c in "和与與及、&") or _has_separator(zh) or zh in joined_names():
        return name
    firsts = [part.strip() for part in found.group(1).split(",") if part.strip()]
    if not firsts or not all(part[:1].isupper() for part in firsts):
        return name
    last = found.group(2)
    # A sound of two characters may be one syllable of each name (安永 Ernst and Young, 欧美 Europe and America).
    spelt = compare_english(zh, last)[0] in ("pinyin", "reversed") or (len(zh) > 2 and _is_transliteration(zh, last))
    if not spelt or any(_is_heard(zh, part) for part in firsts):
        return name
    return last


def _is_transliteration(zh: str, en: str) -> bool:
    """Tell whether Chinese `zh` transliterates English `en` whole (`_transliterated_suffix`, within
    TRANSLITERATION_COST): 普京 "Vladimir Putin", 苏富比 "Sotheby's"; the Latin initials of a dotted name stand for
    themselves on both sides (H·G·威尔斯 "H. G. Wells" is 威尔斯 "Wells"; 约翰·F·肯尼迪 "John F. Kennedy")."""
    parts = re.split(f"[{''.join(NAME_SEPARATORS)}]", zh)
    # A ruler's number is no sound (查尔斯三世 "King Charles III"), nor is a title the English writes before the name.
    core = _REGNAL_NUMBER.sub("", "·".join(part for part in parts if part and has_cjk(part)))
    words = [
        word
        for word in en_words(en)
        if len(word.rstrip(".")) > 1 and not _ROMAN_NUMERAL.fullmatch(word) and not _is_role_word(word)
    ]
    if not core or not words:
        return False
    if _transliterated_suffix([core], words, delimited=_has_separator(core), whole=True) == core:
        return True
    # Two names joined by "and" (和, 与), each transliterated: 安提瓜和巴布达 "Antigua and Barbuda", 罗密欧与朱丽叶.
    halves, en_halves = re.split("[和与]", core), re.split(r"\s+(?:and|&)\s+", en)
    if len(halves) == 2 == len(en_halves) and all(halves) and all(en_halves):
        return all(_is_transliteration(zh_half, en_half) for zh_half, en_half in zip(halves, en_halves, strict=True))
    # The Chinese sounds one word of a longer name, as it writes 卢拉 for "Luiz Inácio Lula da Silva" (R41-3).
    return len(words) > 2 and any(
        len(word) > 2 and _transliterated_suffix([core], [word], delimited=_has_separator(core)) == core
        for word in words
    )


# A ruler's number after the name: 三世 (III), 十六世.
_REGNAL_NUMBER = re.compile("[一二三四五六七八九十]+世$")
_ROMAN_NUMERAL = re.compile("[IVXL]+")


def _namesake(pair: _Pair, kind: str, check: str, en_hits: list[Entry]) -> Entry | None:
    """The stored person `pair` (a person's Chinese name and the pinyin English of it, `check`) is a namesake of: one
    of `en_hits`, the entries with the same English, that is a person whose Chinese is other characters of the same
    reading (王勇 and 王永, 刘伟 and 刘炜: Wáng Yǒng both). None when any hit is no such person: a hit that is the
    same name written otherwise stays a conflict."""
    if kind != "person" or check not in ("pinyin", "reversed") or not pair.zh or not 2 <= len(pair.zh) <= 4:
        return None
    reading = en_key(_toneless(romanize(pair.zh)))
    same = [
        e
        for e in en_hits
        if e.type == "person" and e.zh and e.zh != pair.zh and en_key(_toneless(romanize(e.zh))) == reading
    ]
    return same[0] if len(same) == len(en_hits) else None


def _person_pinyin(zh: str, en: str) -> str:
    """The pinyin of person `zh` whose English is `en`: a foreign name transliterated whole is one word, whatever its
    first character would be as a surname ("Kamala Harris" 哈里斯 "Hālǐsī", "Emmanuel Macron" 马克龙 "Mǎkèlóng"; as
    `zhgloss.pinyin.romanize` writes 库克 "Kùkè"), else the name's reading, surname apart (`romanize`). A name
    whose first word spells its first character as a surname outside pinyin (`surname_keys`: "Tsai Ing-wen" 蔡英文,
    "Ko Wen-je" 柯文哲, "Ho Iat-seng" 贺一诚) or that `validate.romanized_as` reads as a romanization is a Chinese
    name in Wade-Giles, Macau's or Korean spelling, no transliteration: "Cài Yīngwén". So is one whose given name
    spells its characters a syllable each, whatever the surname's spelling (`_spells_given_name`: "Soong Mei-ling"
    宋美龄 "Sòng Měilíng")."""
    from zhgloss.validate import romanized_as

    if _has_separator(zh):
        # A name the Chinese dots into parts, with initials or none, is read a word a part, as `romanize` reads it
        # (J·D·万斯 "J D Wànsī", 约翰·肯尼迪 "Yuēhàn Kěnnídí", not one word of the whole).
        return romanize(zh)
    written = _surname_as_spelt(zh, en, romanize(zh))
    words = en.split()
    if (
        len(words) >= 2
        and " " in written
        and compare_english(zh, en)[0] == "different"
        and en_key(written.split()[0]) not in {en_key(w) for w in words}
        and en_key(words[0]) not in surname_keys(zh)
        and (transliteration_cost(zh, words[-1]) <= TRANSLITERATION_COST or _is_transliteration(zh, en))
        and romanized_as(zh, en, [str(written)]) is None
        and not _spells_given_name(zh, words[1:])
    ):
        return _pinyin_word(zh)
    if (number := _REGNAL_NUMBER.search(zh)) and len(zh) > len(number.group()) + 1:
        # A ruler's name and number, a word each: 查尔斯三世 "Chá'ěrsī Sānshì", not one word of the whole.
        return f"{_pinyin_word(zh[: number.start()])} {_pinyin_word(number.group())}".strip()
    if len(words) >= 2 and _spells_whole_reading_last(zh, en):
        return _pinyin_word(zh)  # 莫迪 "Narendra Modi" "Mòdí", as 哈里斯 "Kamala Harris" "Hālǐsī" (R41-3)
    if len(words) == 1 and " " in written and en_key(words[0]) == en_key(_toneless(str(written)).replace(" ", "")):
        # One word that spells the whole reading: a name with no surname apart, as a reign title, a temple name or
        # a single name is ("Emperor Guangxu" 光绪 "Guāngxù", "Empress Dowager Cixi" 慈禧 "Cíxǐ"; not "Guāng Xù").
        return _pinyin_word(zh)
    return written


def _spells_whole_reading_last(zh: str, en: str) -> bool:
    """Tell whether the last of two or more words of English `en` spells the whole reading of `zh` (two to four
    characters) run together, after words that spell none of it: 莫迪 "Narendra Modi", 卢卡 "Luka Modric" no. A Chinese
    name's English writes its surname apart ("Jack Ma", "Wang Xiaoming"), so only a foreign name does this."""
    words = en.split()
    if len(words) < 2 or not 2 <= len(zh) <= 4 or _has_separator(zh):
        return False
    written = romanize(zh)
    whole = en_key(_toneless(written).replace(" ", "").replace("'", "")) if written else ""
    return bool(whole) and " " in written and en_key(words[-1]) == whole


def _spells_given_name(zh: str, words: list[str]) -> bool:
    """Tell whether `words`, the English after a surname, spell the given name of `zh` a syllable a character, as
    `validate.romanized_as` reads a given name (`romanizations.syllable_romanization`: pinyin, Wade-Giles, Taiwan's,
    Hong Kong's): "Mei-ling" for 美龄 of 宋美龄, "Ching-ling" for 庆龄. A transliteration does not ("Harris" for 里斯
    of 哈里斯: one word for two characters)."""
    from zhgloss.pinyin import find_surname
    from zhgloss.romanizations import syllable_romanization

    surname = find_surname(zh)
    given = zh[len(surname.zh) if surname is not None and len(surname.zh) == 2 else 1 :]
    parts = [part for word in words for part in re.split(r"[-\u2010\u2011]", word) if part]
    if len(parts) == 1 and len(given) >= 2 and all(map(is_cjk, given)):
        # A given name in pinyin, its syllables joined as GB/T 28039 writes them ("Yiqin" for 贻琴 of 谌贻琴, whose
        # surname the English spells by its other reading: Shen Yiqin, the State Council's English; R38-27).
        return _spells(en_key(parts[0]), _readings(given))
    return (
        1 <= len(given) == len(parts)
        and all(map(is_cjk, given))
        and all(syllable_romanization(part, char) is not None for part, char in zip(parts, given, strict=True))
    )


def _is_vietnamese(en: str) -> bool:
    """Tell whether `en` is written with letters only Vietnamese uses: đ, ơ, ư, or Latin Extended Additional's
    letters with two marks or a dot below (Hà Nội, Hải Phòng, Phạm Minh Chính)."""
    return any(c in "đĐơƠưƯ" or "\u1ea0" <= c <= "\u1ef9" for c in en)


def _in_japanese_order(pair: _Pair) -> _Pair:
    """A Japanese name's pair in the order the text writes it, with its pinyin read as the name's cut:
    "Sanae Takaichi (高市早苗)" stays "Sanae Takaichi", as `add` keeps the order it is given (the review's R48-15).
    Written surname first ("Kishida Fumio (岸田文雄)", as CC-CEDICT and Japan's government write it), the other order
    is an alias, as the CC-CEDICT import stores such a name: `check` reads the family name alone as one either way
    (`forms.family_name`: a name listed again in the other order is family first; a Japanese name's surname is the
    word that ends as its surname's last character reads). Other pairs as they are."""
    family = japanese_surname_word(pair.zh, pair.en) if pair.kind == "name" and pair.zh else None
    if family is None or pair.zh is None:
        return pair
    surname_first = _surname_first(pair.en, family)
    aliases = _japanese_aliases(pair.en, (*pair.aliases, " ".join(reversed(pair.en.split()))), surname_first)
    return replace(pair, aliases=aliases, pinyin=pair.pinyin or _japanese_pinyin(pair.zh, surname_first))


def _japanese_aliases(en: str, aliases: Iterable[str], surname_first: str) -> tuple[str, ...]:
    """The aliases a Japanese name's entry keeps beside its English `en` (`surname_first` the name surname first):
    the Western order beside a name written surname first ("Kishida Fumio" keeps "Fumio Kishida"), never the surname
    first beside one written in the Western order, which `forms.family_name` would read as the preferred form's
    order moved (family name "Fumio"): "Fumio Kishida" keeps neither (the lead's "Shigeru Ishiba (石破 茂, Ishiba
    Shigeru; …)" too)."""
    return tuple(dict.fromkeys(a for a in aliases if a != en and (en == surname_first or a != surname_first)))


def _surname_first(en: str, family: int) -> str:
    """English `en`, a Japanese name of two words whose surname is word `family` (0 or 1), surname first."""
    words = en.split()
    return f"{words[family]} {words[1 - family]}"


def _japanese_key(pair: _Pair) -> str | None:
    """The surname-first form of a Japanese name's pair (`japanese_surname_word`), by which the text's two orders of
    one name ("Kishida Fumio", "Fumio Kishida") are one proposal; None for other pairs."""
    family = japanese_surname_word(pair.zh, pair.en) if pair.kind == "name" and pair.zh else None
    return None if family is None else _surname_first(pair.en, family)


def _in_pinyin_order(pair: _Pair) -> _Pair:
    """A Chinese name's pair with its English as the pinyin writes it, surname first and in ordinary capitals, the
    text's form an alias: "Jun Lei (雷军)" -> "Lei Jun", "Tao ZOU (邹涛)" -> "Zou Tao", "ZOU Tao" -> "Zou Tao" (U32-25):
    what `add` and `validate` ask of a person's English (`validate.english_problems`: en-order), so that `--add`
    stores no entry they refuse. A name written otherwise ("Yuja Wang", an adopted name) is as written."""
    if pair.kind != "name" or pair.zh is None or pair.written or not 2 <= len(pair.zh) <= 4:
        return pair
    words = pair.en.split()
    if len(words) < 2 or any(not w[:1].isupper() for w in words):
        return pair
    check = compare_english(pair.zh, pair.en)[0]
    if check not in ("pinyin", "reversed"):
        return pair
    words = [w.capitalize() if len(w) > 1 and w.isupper() else w for w in words]
    if check == "reversed":
        words = [words[-1], *words[:-1]]
    en = " ".join(words)
    if en == pair.en:
        return pair
    aliases = tuple(dict.fromkeys(a for a in (*pair.aliases, pair.en) if a != en))
    return replace(pair, en=en, aliases=aliases, written=pair.en)


# A legal form that ends a company's English name and that news copy leaves off, with the comma before it ("Tesla,
# Inc.", "Alibaba Group Holding Ltd"): `forms.LEGAL_FORM` but for Co., Company, Corp. and Corporation, which copy keeps
# as the name's word ("Ford Motor Co", "China International Capital Corp") and which its initials spell ("Hongkong and
# Shanghai Banking Corporation": HSBC; "Taiwan Semiconductor Manufacturing Co": TSMC).
_LEGAL_FORM_END = re.compile(
    r",?\s+(?:Inc|Incorporated|Ltd|Limited|LLC|L\.L\.C|LLP|PLC|Plc|plc|AG|SE|SA|S\.A|NV|N\.V|GmbH|Pty)\.?\Z"
)
# Co., Corp. and their long forms before such a legal form: the chain's first half, which goes with it ("BYD Co.,
# Ltd." is "BYD", not "BYD Co."; the review's R47-23).
_COMPANY_FORM_END = re.compile(r",?\s+(?:Co|Company|Corp|Corporation)\.?\Z")


def _everyday_name(pair: _Pair) -> _Pair:
    """A company's pair with its English as news copy writes it, without the legal forms that end it and copy leaves
    off (`_LEGAL_FORM_END`), the text's form an alias: "Bilibili Inc. (哔哩哔哩)" -> "Bilibili", alias "Bilibili Inc.";
    "Contemporary Amperex Technology Co., Limited (宁德时代)" -> "Contemporary Amperex Technology", the chain's Co.
    going with the Limited it opens (`_COMPANY_FORM_END`; "Ford Motor Co" alone keeps it) (README: a
    company's English is its everyday name, the legal form an alias, as the bundled 苹果 "Apple" holds "Apple Inc.").
    A holding or group word is the name's own ("Tencent Holdings", "Xiaomi Group"); a pair the text types other than
    an organisation (a person, a film "Monsters, Inc.") is as written, and so is a word the Chinese writes too (SE of
    苹果手表SE "Apple Watch SE")."""
    if pair.kind != "name" or pair.type not in (None, "org") or pair.written:
        return pair
    en = pair.en
    latin = {word.casefold() for word in re.findall(r"[A-Za-z]+", pair.zh or "")}
    while (shorter := _LEGAL_FORM_END.sub("", en)) != en and shorter.strip():
        if {word.casefold() for word in re.findall(r"[A-Za-z]+", en[len(shorter) :])} & latin:
            break  # the Chinese writes it too: a model's "SE" (帕萨特SE "Passat SE"), no legal form (R36-8)
        en = shorter
        if (first := _COMPANY_FORM_END.sub("", en)).strip():
            en = first  # "Co., Ltd.", "Holdings Co., Ltd.", "Corp. Limited": the whole chain
    if en == pair.en:
        return pair
    aliases = tuple(dict.fromkeys(a for a in (*pair.aliases, pair.en) if a != en))
    return replace(pair, en=en, aliases=aliases, written=pair.en, type=pair.type or "org")


def _japanese_pinyin(zh: str, en: str) -> str | None:
    """The pinyin of Japanese name `zh` cut where its English (`en`, surname first) cuts it, when the romanizer reads
    it otherwise: 柳井正 "Yanai Tadashi" -> "Liǔjǐng Zhèng" (柳井 the surname; read as Chinese, 柳 and 井正, "Liǔ
    Jǐngzhèng"); None where the romanizer's cut is the English's (岸田文雄 "Àntián Wénxióng")."""
    from zhgloss.pinyin import romanize, write_word
    from zhgloss.romanizations import japanese_reading

    cut = japanese_reading(zh, en)
    if cut is None:
        return None
    try:
        read = romanize(zh)
    except ZhglossError:
        return None
    syllables = [syllable for word in read.words for syllable in word]
    if len(read.surname) == cut[0] or len(syllables) != len(zh):
        return None
    return f"{write_word(syllables[: cut[0]])} {write_word(syllables[cut[0] :])}"


def _also_readings(zh: str) -> list[str]:
    """The other attested readings of the one-character surname `zh` starts with (surnames.tsv's "also"), toneless and
    keyed as `en_key` keys them: 覃振宇 -> ["tan"]; none for a compound surname or no surname."""
    from zhgloss.convert import name_to_simplified
    from zhgloss.pinyin import find_surname

    surname = find_surname(name_to_simplified(zh))
    if surname is None or len(surname.zh) != 1:
        return []
    return [en_key(_toneless(r)) for r in surname.also]


def _surname_as_spelt(zh: str, en: str, written: str) -> str:
    """`written` (the pinyin of person `zh`, surname apart) with its surname read as English `en` spells it where `en`
    spells one of the surname's other attested readings and not the first: 覃振宇 "Tan Zhenyu" -> "Tán Zhènyǔ"
    (surnames.tsv: Tán in parts of Guangxi), as 乐 Lè and 谌 Shèn (谌贻琴 "Shen Yiqin": 现代汉语词典 6th ed.
    on); `written` as it is otherwise. A reading no dictionary gives the surname is no "also" (柏杨 "Bo Yang"
    keeps 柏 Bǎi: the proposal says the English does not follow it)."""
    from zhgloss.convert import name_to_simplified
    from zhgloss.pinyin import find_surname

    parts = written.split(" ", 1)
    surname = find_surname(name_to_simplified(zh)) if len(parts) == 2 else None
    if surname is None or len(surname.zh) != 1 or not surname.also:
        return written
    words = {en_key(w) for w in en_words(en)}
    if en_key(_toneless(parts[0])) in words:
        return written
    spelt = next((r for r in surname.also if en_key(_toneless(r)) in words), None)
    return f"{spelt} {parts[1]}" if spelt else written


def _follows(en: str, written: str, check: Check, zh: str) -> bool:
    """Tell whether `en` still is what `check` said of it against `written`, the pinyin a person's entry gets.

    "pinyin" and "reversed": its letters are `written`'s in either order (ü as u, v or yu); "adopted": a word
    at either end, or the words ending it, spell the surname as `written` reads it (or as Wade-Giles and Hong Kong
    write that surname, `surname_keys`), or the words ending it spell `written` ("Jack Ma Yun").
    """
    from zhgloss.convert import name_to_simplified
    from zhgloss.pinyin import find_surname

    words = en_words(en)
    plain = _toneless(written)
    syllables = [[en_key(w) for w in form.split()] for form in (plain, *umlaut_spellings(plain))]
    syllables = [form for form in syllables if form]
    # A surname's other attested readings (surnames.tsv's "also": 乐 Yuè, also Lè) are as right as the first.
    surname = find_surname(name_to_simplified(zh))
    readings = [_toneless(r) for r in (surname.readings if surname else ())]
    others = [en_key(r) for r in readings for r in (r, *umlaut_spellings(r))]
    syllables += [[other, *form[1:]] for other in others for form in syllables[:1]]
    whole = {"".join(form) for form in syllables} | {"".join(form[1:] + form[:1]) for form in syllables}
    if check in ("pinyin", "reversed"):
        return "".join(words) in whole
    surnames = {form[0] for form in syllables} | _surname_spellings().get(zh[:1], frozenset())
    tails = {"".join(words[i:]) for i in range(1, len(words))}
    return bool({words[0], words[-1]} & surnames or tails & whole) if words else False


# A legal form's abbreviations and full words, as one key: Corp and Corporation are one legal form.
_LEGAL_WORDS = {"corporation": "corp", "incorporated": "inc", "limited": "ltd", "company": "co"}


def _company_key(name: str) -> str:
    """The key of a company's name with its legal forms written one way: "Kingsoft Corp." and "Kingsoft
    Corporation" -> "kingsoftcorp"."""
    return "".join(_LEGAL_WORDS.get(word, word) for word in en_words(name))


# Words before a title that say the role is over ("Former Alibaba CEO", "Ex-Baidu president", "Late Chinese leader").
_PAST_WORDS = _vocabulary(
    "former late ex erstwhile onetime one-time then retired ousted sacked disgraced deposed dismissed purged toppled"
)


def is_past_role(title: str) -> bool:
    """Tell whether a role `title` as written says it is over: "Former Alibaba CEO", "Ex-Baidu president", and a past
    word after another ("Ousted former foreign minister", "disgraced ex-minister") or joined to the place
    ("Then-Shanghai party chief": U38-9)."""
    return any(w in _PAST_WORDS or w.startswith(("ex-", "then-")) for w in title.lower().split())


def _role_note(pair: _Pair, kind: str) -> str | None:
    """The note of a proposal: the pair's own, and a role it cannot date as a description ("described as 'Former
    Alibaba CEO', a past role"): a role with no dates would read as held now."""
    described: str | None = None
    if pair.role and (kind != "person" or is_past_role(pair.role)):
        described = f"described as {pair.role!r}" + (", a past role" if kind == "person" else "")
    return "; ".join(p for p in (described, pair.note) if p) or None


def _same_company_name(entry: Entry, en: str) -> bool:
    """Tell whether `en` is one of `entry`'s English forms with its legal form abbreviated, spelt out or left off.

    "Kingsoft Corp" for an entry with "Kingsoft Corporation" (or "Kingsoft" alone): README's check drops each
    legal form in turn (`forms.legal_form_shortenings`), and news writes Corp, Ltd, Co for Corporation, Limited,
    Company (ISO 20275's abbreviations).
    """
    if entry.type not in ("org", "term", "name"):
        return False
    keys = {_company_key(f) for form in entry.en_forms for f in (form, *legal_form_shortenings(form))}
    return any(_company_key(f) in keys for f in (en, *legal_form_shortenings(en)))


def _same_company(one: Entry, other: Entry) -> bool:
    """Tell whether two entries name one company: the same entry, one referring to the other, one's Chinese the
    start of the other's (小米 and 小米集团), or one English the other's without its legal form or holding word
    ("Xiaomi" and "Xiaomi Group")."""
    if one.id == other.id or one.refers_to == other.id or other.refers_to == one.id:
        return True
    if one.zh and other.zh and (one.zh.startswith(other.zh) or other.zh.startswith(one.zh)):
        return True
    return _same_company_name(one, other.en) or _same_company_name(other, one.en)


def _ticker_proposal(
    pair: _Pair,
    en_indexes: tuple[Mapping[str, list[Entry]], Mapping[str, list[Entry]]],
    zh_indexes: tuple[Mapping[str, list[Entry]], Mapping[str, list[Entry]]],
    by_id: Mapping[str, Entry],
    taken: set[str],
    source: str | None,
    lines: tuple[int, ...],
) -> Proposal:
    """Propose an entry for a stock code: known when an entry holds it in any spelling, else a new code that
    refers to its company, the glossary's (first of each pair of indexes, by English and by Chinese key) or one
    proposed from the same text (second: "Tencent Holdings Ltd (腾讯控股有限公司; 0700.HK)"). A code the glossary
    gives another company than the text's ("Tencent (腾讯, 3888.HK)": 3888 is Kingsoft's) is a conflict naming it,
    unless the two are one company's entries (a group and its brand: 小米集团 and 小米, `_same_company`)."""
    by_en = en_indexes[0]
    company_hits: list[Entry] = []
    if pair.company:
        for en_index, zh_index in zip(en_indexes, zh_indexes, strict=True):
            company_hits = en_index.get(en_key(pair.company), []) or zh_index.get(zh_key(pair.company), [])
            if company_hits:
                break
    company = company_hits[0] if company_hits else None
    ticker_hits = list(dict.fromkeys(e for key in _ticker_keys(pair.en) for e in by_en.get(key, [])))
    named = pair.company or "an unnamed company"
    existing = ticker_hits[0] if ticker_hits else None
    if existing is not None:
        explanation = f"the stock code of {named}; in the glossary as {existing.id}"
        owner = by_id.get(existing.refers_to or "")
        if company is not None and owner is not None and not _same_company(owner, company):
            explanation = (
                f"the stock code of {named} ({company.id}), but the glossary gives {pair.en} ({existing.id}) to "
                f"{owner.label} ({owner.id})"
            )
            return Proposal("conflict", "ticker", None, pair.en, "ticker", explanation, existing, existing, lines)
        if company is not None and existing.refers_to not in (None, company.id):
            explanation += f" (which refers to {existing.refers_to}, not {company.id})"
        return Proposal("known", "ticker", None, pair.en, "ticker", explanation, existing, existing, lines)
    explanation = f"the stock code of {named}"
    explanation += f" ({company.id})" if company else (" (not in the glossary)" if pair.company else "")
    entry = Entry(
        id=unique_id("stock-" + slugify(pair.en), taken),
        type="stock_code",
        en=pair.en,
        refers_to=company.id if company else None,
        note=f"stock code of {pair.company}" if pair.company else None,
        sources=(source,) if source else (),
    )
    return Proposal("new", "ticker", None, pair.en, "ticker", explanation, entry, None, lines)
