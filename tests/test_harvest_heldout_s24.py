"""harvest on lines written after the session's first changes, run once untried (issue 9 item 5).

The first 32 lines (HELD_OUT) were written after cc7d0b2 from news and Wikipedia shapes the session's tests did not
use, with the pairs a translator takes (names from the people's and companies' Wikipedia articles and listings),
and run once: 32 of their 36 pairs right (bc13a23, before the session: 13). The four misses were classes of their
own, fixed after: a name with accents in the bracket ("António Guterres" was taken for pinyin and passed over), a
hyphenated title ("Secretary-General of the United Nations"), a surname with particles ("von der Leyen"), and a
Japanese name cut one character per word ("Shigeru Ishiba" is not 破茂). OWN holds new lines of those kinds.
On the parent commit cc7d0b2, 12 of this file's 41 tests fail (the 4 misses and 8 of OWN's 9).
A second round, HELD_OUT_2 (28 lines, HK and Taiwan copy, Bloomberg codes, more leads), was written after a5e27d6
and run once: 31 of 34 pairs right (bc13a23: 17). Its misses: Hong Kong's MH (Medal of Honour) was no honour, and
an adopted English name before a name in the Chinese order after "TITLE of/for X" was taken for the title's
("Chief Secretary for Administration Eric Chan Kwok-ki": role "... Eric"), a fault of this session's b844d4a
("Chief Executive John Lee Ka-chiu" was right on bc13a23). OWN_2 holds lines of that kind; on a5e27d6, 6 of
HELD_OUT_2 + OWN_2's 33 tests fail.
A third round, HELD_OUT_3 (20 lines of Chinese copy), was written after 79823be and run once: 21 of 25 pairs
right (bc13a23: 17). Its misses: a name whose parts a dot joins (安东尼·布林肯 gave ·布林肯), a transliteration whose
first character sounds a little off (约翰逊 Johnson gave 翰逊, 奥尔特曼 Altman 尔特曼), and a break word inside a name
(在 of 李在明 Lee Jae-myung gave 明). OWN_3 holds lines of those kinds (Korean spellings such as Moon for 文 are not
known: 文在寅（Moon Jae-in） still gives 寅). On 79823be, 9 of HELD_OUT_3 + OWN_3's 27 tests fail.
A fourth round, HELD_OUT_4 (14 lines of financial copy, several codes in one bracket, two pairs in one line), was
written after fad1f8e and run once: 27 of 27 pairs right (bc13a23: 23); it guards what is right.
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest

HELD_OUT = [
    ("日本首相石破茂（Shigeru Ishiba）表示。", [("石破茂", "Shigeru Ishiba", "")]),  # as written (R48-15)
    ("英国首相斯塔默（Keir Starmer）表示。", [("斯塔默", "Keir Starmer", "")]),
    ("德国总理朔尔茨（Olaf Scholz）表示。", [("朔尔茨", "Olaf Scholz", "")]),
    ("联合国秘书长古特雷斯（António Guterres）表示。", [("古特雷斯", "António Guterres", "")]),
    ("美国财长耶伦（Janet Yellen）抵达北京。", [("耶伦", "Janet Yellen", "")]),
    ("特斯拉首席执行官马斯克（Elon Musk）表示。", [("马斯克", "Elon Musk", "")]),
    ("苹果公司首席执行官库克（Tim Cook）访华。", [("库克", "Tim Cook", "")]),
    ("香港财政司司长陈茂波（Paul Chan）表示。", [("陈茂波", "Paul Chan", "")]),
    ("台湾行政院长卓荣泰（Cho Jung-tai）表示。", [("卓荣泰", "Cho Jung-tai", "")]),
    ("阿里巴巴董事局主席蔡崇信（Joe Tsai）表示。", [("蔡崇信", "Joe Tsai", "")]),
    ("联想集团董事长杨元庆（Yang Yuanqing）表示。", [("杨元庆", "Yang Yuanqing", "")]),
    ("百度创始人李彦宏（Robin Li）表示。", [("李彦宏", "Robin Li", "")]),
    ("新加坡总理黄循财（Lawrence Wong）表示。", [("黄循财", "Lawrence Wong", "")]),
    ("世卫组织总干事谭德塞（Tedros Adhanom Ghebreyesus）表示。", [("谭德塞", "Tedros Adhanom Ghebreyesus", "")]),
    ("Chinese Foreign Ministry spokesperson Mao Ning (毛宁) said.", [("毛宁", "Mao Ning", "spokesperson")]),
    (
        "Minister of Commerce of China Wang Wentao (王文涛) said.",
        [("王文涛", "Wang Wentao", "Minister of Commerce of China")],
    ),
    (
        "Vice Chairman of the Central Military Commission Zhang Youxia (张又侠) attended.",
        [("张又侠", "Zhang Youxia", "Vice Chairman of the Central Military Commission")],
    ),
    ("Chairman of Foxconn Young Liu (刘扬伟) said.", [("刘扬伟", "Young Liu", "Chairman of Foxconn")]),
    ("Financial Secretary Paul Chan (陈茂波) said.", [("陈茂波", "Paul Chan", "Financial Secretary")]),
    (
        "Prime Minister of Singapore Lawrence Wong (黄循财) visited.",
        [("黄循财", "Lawrence Wong", "Prime Minister of Singapore")],
    ),
    (
        "Secretary-General of the United Nations António Guterres (古特雷斯) spoke.",
        [("古特雷斯", "António Guterres", "Secretary-General of the United Nations")],
    ),
    (
        "President of the European Commission Ursula von der Leyen (冯德莱恩) said.",
        [("冯德莱恩", "Ursula von der Leyen", "President of the European Commission")],
    ),
    (
        "Lawrence Wong Shyun Tsai (Chinese: 黄循财; born 18 December 1972) is a Singaporean politician.",
        # en the short form, the full one an alias (s33, U32-6: pinned whole before, and check failed "Lawrence Wong")
        [("黄循财", "Lawrence Wong", "born 18 December 1972")],
    ),
    (
        "Robin Li Yanhong (Chinese: 李彦宏; born 17 November 1968) is a Chinese businessman.",
        [("李彦宏", "Robin Li", "born 17 November 1968")],  # s30: "Robin Li Yanhong" an alias
    ),
    (
        "Henry Tang Ying-yen GBM GBS JP (Chinese: 唐英年; born 6 September 1952) is a Hong Kong politician.",
        [("唐英年", "Henry Tang", "GBM, GBS, JP")],
    ),
    (
        "Lei Jun (Chinese: 雷军; born 16 December 1969) is a Chinese entrepreneur.",
        [("雷军", "Lei Jun", "born 16 December 1969")],
    ),
    (
        "ByteDance Ltd. (Chinese: 字节跳动; pinyin: Zìjié Tiàodòng) is a Chinese internet technology company.",
        [("字节跳动", "ByteDance", "")],
    ),
    (
        "Pop Mart International Group Limited (POP MART; Chinese: 泡泡玛特) is a Chinese toy company.",
        [("泡泡玛特", "Pop Mart International Group", "")],
    ),
    (
        "Zhou Enlai (Chinese: 周恩来; 5 March 1898 – 8 January 1976) was the first premier of China.",
        [("周恩来", "Zhou Enlai", "5 March 1898 – 8 January 1976")],
    ),
    ("Pop Mart (泡泡玛特, 9992 HK) rose.", [("泡泡玛特", "Pop Mart", ""), (None, "9992 HK", "")]),
    ("NetEase (网易, NTES US; 9999 HK) rose.", [("网易", "NetEase", ""), (None, "NTES US", ""), (None, "9999 HK", "")]),
    ("理想汽车（Li Auto，LI.US）股价上涨。", [("理想汽车", "Li Auto", ""), (None, "LI.US", "")]),
]

OWN = [
    ("西班牙首相桑切斯（Pedro Sánchez）表示。", [("桑切斯", "Pedro Sánchez", "西班牙首相")]),
    ("葡萄牙总理蒙特内格罗（Luís Montenegro）表示。", [("蒙特内格罗", "Luís Montenegro", "葡萄牙总理")]),
    # A Japanese name's English is proposed surname first, the order written an alias (s26, U45's rest).
    ("日本前首相岸田文雄（Fumio Kishida）表示。", [("岸田文雄", "Fumio Kishida", "日本前首相")]),
    ("丰田汽车会长丰田章男（Akio Toyoda）表示。", [("丰田章男", "Akio Toyoda", "")]),
    ("Vice-Chairman of BYD Stella Li (李柯) said.", [("李柯", "Stella Li", "Vice-Chairman of BYD")]),
    ("Secretary-General of NATO Mark Rutte (吕特) said.", [("吕特", "Mark Rutte", "Secretary-General of NATO")]),
    ("Ursula von der Leyen (冯德莱恩) said.", [("冯德莱恩", "Ursula von der Leyen", "")]),
    (
        "Brazilian President Luiz Inácio Lula da Silva (卢拉) said.",
        [("卢拉", "Luiz Inácio Lula da Silva", "Brazilian President")],
    ),
    (
        "José Mujica (Spanish: [xoˈse muˈxika]; Chinese: 穆希卡; 1935–2025) was president of Uruguay.",
        [("穆希卡", "José Mujica", "(1935–2025)")],
    ),
]


HELD_OUT_2 = [
    (
        "Chinese President Xi Jinping (习近平) met his U.S. counterpart.",
        [("习近平", "Xi Jinping", "Chinese President")],
    ),
    (
        "Chief Secretary for Administration Eric Chan Kwok-ki (陳國基) said.",
        [("陈国基", "Eric Chan", "Chief Secretary for Administration")],
    ),
    ("立法院长韩国瑜（Han Kuo-yu）表示。", [("韩国瑜", "Han Kuo-yu", "")]),
    (
        "Alibaba Group Holding Ltd (阿里巴巴集团, 9988.HK) rose.",
        [("阿里巴巴集团", "Alibaba Group Holding", ""), (None, "9988.HK", "")],
    ),
    (
        "小米创始人雷军（Lei Jun）和华为常务董事余承东（Richard Yu）出席。",
        [("雷军", "Lei Jun", ""), ("余承东", "Richard Yu", "")],
    ),
    (
        "Tung Chee-hwa GBM (Chinese: 董建華; born 7 July 1937) is a Hong Kong businessman.",
        [("董建华", "Tung Chee-hwa", "GBM")],
    ),
    (
        "Jay Chou (Chinese: 周杰倫; born 18 January 1979) is a Taiwanese singer.",
        [("周杰伦", "Jay Chou", "born 18 January 1979")],
    ),
    (
        "Faye Wong (Chinese: 王菲; born 8 August 1969) is a Chinese singer.",
        [("王菲", "Faye Wong", "born 8 August 1969")],
    ),
    (
        "Andy Lau Tak-wah SBS BBS MH JP (Chinese: 劉德華; born 27 September 1961) is a Hong Kong actor.",
        [("刘德华", "Andy Lau", "SBS, BBS, MH, JP")],
    ),
    ("美国商务部长雷蒙多（Gina Raimondo）访华。", [("雷蒙多", "Gina Raimondo", "")]),
    ("俄罗斯总统普京（Vladimir Putin）表示。", [("普京", "Vladimir Putin", "")]),
    ("美国总统特朗普（Donald Trump）表示。", [("特朗普", "Donald Trump", "")]),
    ("英伟达首席执行官黄仁勋（Jensen Huang）访问台北。", [("黄仁勋", "Jensen Huang", "")]),
    ("台积电董事长魏哲家（C.C. Wei）表示。", [("魏哲家", "C.C. Wei", "")]),
    ("Nvidia CEO Jensen Huang (黃仁勳) visited Taipei.", [("黄仁勋", "Jensen Huang", "Nvidia CEO")]),
    (
        "Governor of the Hong Kong Monetary Authority Eddie Yue (余偉文) said.",
        [("余伟文", "Eddie Yue", "Governor of the Hong Kong Monetary Authority")],
    ),
    (
        "Director of the Hong Kong and Macao Work Office Xia Baolong (夏宝龙) met.",
        [("夏宝龙", "Xia Baolong", "Director of the Hong Kong and Macao Work Office")],
    ),
    ("Premier of the State Council Li Qiang (李强) said.", [("李强", "Li Qiang", "Premier of the State Council")]),
    ("Minister of Finance Lan Fo'an (蓝佛安) said.", [("蓝佛安", "Lan Fo'an", "Minister of Finance")]),
    ("Meituan (美团, 3690 HK) fell.", [("美团", "Meituan", ""), (None, "3690 HK", "")]),
    ("Baidu Inc (百度, BIDU US) rose.", [("百度", "Baidu", ""), (None, "BIDU US", "")]),
    (
        "据新华社（Xinhua）报道，国家主席习近平（Xi Jinping）出席会议。",
        [("新华社", "Xinhua", ""), ("习近平", "Xi Jinping", "")],
    ),
    (
        "Wang Chuanfu (Chinese: 王传福; born 15 February 1966) is a Chinese businessman, also known as the founder "
        "of BYD.",
        [("王传福", "Wang Chuanfu", "born 15 February 1966")],
    ),
    (
        "Zhong Shanshan (Chinese: 钟睒睒; born 1 December 1954) is a Chinese billionaire.",
        [("钟睒睒", "Zhong Shanshan", "born 1 December 1954")],
    ),
    ("Former Premier Li Keqiang (李克强) died in 2023.", [("李克强", "Li Keqiang", "Former Premier")]),
    (
        "法国总统马克龙（Emmanuel Macron）与德国总理默茨（Friedrich Merz）会面。",
        [("马克龙", "Emmanuel Macron", ""), ("默茨", "Friedrich Merz", "")],
    ),
    (
        "Financial Secretary of Hong Kong Paul Chan Mo-po (陳茂波) said.",
        [("陈茂波", "Paul Chan", "Financial Secretary of Hong Kong")],
    ),
    (
        "Mainland Affairs Council Minister Chiu Chui-cheng (邱垂正) said.",
        [("邱垂正", "Chiu Chui-cheng", "Mainland Affairs Council Minister")],
    ),
]

OWN_2 = [
    (
        "Secretary for Justice Paul Lam Ting-kwok (林定國) said.",
        [("林定国", "Paul Lam", "Secretary for Justice")],
    ),
    (
        "Secretary for Security Chris Tang Ping-keung (鄧炳強) said.",
        [("邓炳强", "Chris Tang", "Secretary for Security")],
    ),
    ("Chief Executive John Lee Ka-chiu (李家超) said.", [("李家超", "John Lee", "Chief Executive")]),
    ("Mayor of Taipei Chiang Wan-an (蔣萬安) said.", [("蒋万安", "Chiang Wan-an", "Mayor of Taipei")]),
    (
        "Minister of Economic Affairs Kuo Jyh-huei (郭智輝) said.",
        [("郭智辉", "Kuo Jyh-huei", "Minister of Economic Affairs")],
    ),
]


HELD_OUT_3 = [
    ("美国国务卿安东尼·布林肯（Antony Blinken）抵达北京。", [("安东尼·布林肯", "Antony Blinken", "")]),
    ("英国前首相约翰逊（Boris Johnson）表示。", [("约翰逊", "Boris Johnson", "")]),
    (
        "国家主席习近平（Xi Jinping）会见美国总统拜登（Joe Biden）。",
        [("习近平", "Xi Jinping", ""), ("拜登", "Joe Biden", "")],
    ),
    ("腾讯董事会主席马化腾（Pony Ma）表示。", [("马化腾", "Pony Ma", "")]),
    ("京东创始人刘强东（Richard Liu）表示。", [("刘强东", "Richard Liu", "")]),
    ("香港首富李嘉诚（Li Ka-shing）宣布退休。", [("李嘉诚", "Li Ka-shing", "")]),
    ("台湾地区领导人赖清德（Lai Ching-te）发表讲话。", [("赖清德", "Lai Ching-te", "")]),
    ("日本首相高市早苗（Sanae Takaichi）表示。", [("高市早苗", "Sanae Takaichi", "")]),  # as written (R48-15)
    ("韩国总统李在明（Lee Jae-myung）表示。", [("李在明", "Lee Jae-myung", "")]),
    ("印度总理莫迪（Narendra Modi）表示。", [("莫迪", "Narendra Modi", "")]),
    ("美联储主席鲍威尔（Jerome Powell）表示。", [("鲍威尔", "Jerome Powell", "")]),
    ("OpenAI首席执行官奥尔特曼（Sam Altman）表示。", [("奥尔特曼", "Sam Altman", "")]),
    ("中国外交部发言人毛宁（Mao Ning）表示。", [("毛宁", "Mao Ning", "")]),
    ("比亚迪董事长王传福（Wang Chuanfu）表示。", [("王传福", "Wang Chuanfu", "")]),
    ("小米集团（Xiaomi，1810.HK）股价上涨。", [("小米集团", "Xiaomi", ""), (None, "1810.HK", "")]),
    (
        "阿里巴巴集团（Alibaba Group，BABA US）股价下跌。",
        [("阿里巴巴集团", "Alibaba Group", ""), (None, "BABA US", "")],
    ),
    ("据路透社（Reuters）报道，特斯拉（Tesla）将降价。", [("路透社", "Reuters", ""), ("特斯拉", "Tesla", "")]),
    (
        "世界卫生组织（WHO）总干事谭德塞（Tedros Adhanom Ghebreyesus）表示。",
        [("世界卫生组织", "WHO", ""), ("谭德塞", "Tedros Adhanom Ghebreyesus", "")],
    ),
    ("前美国总统奥巴马（Barack Obama）访华。", [("奥巴马", "Barack Obama", "")]),
    ("华为创始人任正非（Ren Zhengfei，1944年出生）表示。", [("任正非", "Ren Zhengfei", "")]),
]

OWN_3 = [
    ("法国总统埃马纽埃尔·马克龙（Emmanuel Macron）表示。", [("埃马纽埃尔·马克龙", "Emmanuel Macron", "法国总统")]),
    ("联合国秘书长安东尼奥·古特雷斯（António Guterres）表示。", [("安东尼奥·古特雷斯", "António Guterres", "")]),
    ("美国财长贝森特（Scott Bessent）表示。", [("贝森特", "Scott Bessent", "美国财长")]),
    ("英国前首相特拉斯（Liz Truss）表示。", [("特拉斯", "Liz Truss", "")]),
    ("美国前总统克林顿（Bill Clinton）访华。", [("克林顿", "Bill Clinton", "")]),
    ("导演于正（Yu Zheng）表示。", [("于正", "Yu Zheng", "")]),
    ("演员于和伟（Yu Hewei）表示。", [("于和伟", "Yu Hewei", "")]),
]


HELD_OUT_4 = [
    (
        "Alibaba Group Holding Ltd (阿里巴巴集团; 9988.HK; BABA.N) reported earnings.",
        [("阿里巴巴集团", "Alibaba Group Holding", ""), (None, "9988.HK", ""), (None, "BABA.N", "")],
    ),
    (
        "Hong Kong-listed Geely Automobile Holdings (吉利汽车, 0175.HK) rose.",
        [("吉利汽车", "Geely Automobile Holdings", "Hong Kong-listed"), (None, "0175.HK", "")],
    ),
    ("Shares of Meituan (3690.HK) fell 3%.", [(None, "3690.HK", "")]),
    ("Li Auto Inc. (理想汽车, LI.O) delivered more cars.", [("理想汽车", "Li Auto", ""), (None, "LI.O", "")]),
    (
        "Chinese battery maker CATL (宁德时代, 300750.SZ) signed a deal.",
        [("宁德时代", "CATL", "battery maker"), (None, "300750.SZ", "")],
    ),
    ("Kweichow Moutai (贵州茅台, 600519.SS) fell.", [("贵州茅台", "Kweichow Moutai", ""), (None, "600519.SS", "")]),
    ("Ping An Insurance (中国平安, 2318 HK) rose.", [("中国平安", "Ping An Insurance", ""), (None, "2318 HK", "")]),
    (
        "Xiaomi founder Lei Jun (雷军) and Huawei chairman Eric Xu (徐直军) spoke.",
        [("雷军", "Lei Jun", "Xiaomi founder"), ("徐直军", "Eric Xu", "Huawei chairman")],
    ),
    (
        "Former Hong Kong Chief Executive Leung Chun-ying (梁振英) said.",
        [("梁振英", "Leung Chun-ying", "Former Hong Kong Chief Executive")],
    ),
    (
        "Premier Li Qiang (李强) and Vice Premier He Lifeng (何立峰) attended.",
        [("李强", "Li Qiang", "Premier"), ("何立峰", "He Lifeng", "Vice Premier")],
    ),
    (
        "比亚迪（BYD，002594.SZ）董事长王传福（Wang Chuanfu）表示。",
        [("比亚迪", "BYD", ""), (None, "002594.SZ", ""), ("王传福", "Wang Chuanfu", "")],
    ),
    (
        "蔚来（NIO，NIO.US）创始人李斌（William Li）表示。",
        [("蔚来", "NIO", ""), (None, "NIO.US", ""), ("李斌", "William Li", "")],
    ),
    (
        "Tsai Ing-wen (traditional Chinese: 蔡英文; pinyin: Cài Yīngwén; born 31 August 1956) is a Taiwanese "
        "politician.",
        [("蔡英文", "Tsai Ing-wen", "born 31 August 1956")],
    ),
    (
        "Jack Ma (Chinese: 马云; born 10 September 1964), also known as Ma Yun, is a Chinese businessman.",
        [("马云", "Jack Ma", "Ma Yun")],
    ),
]


def _said(entry_roles: list[str], note: str | None, aliases: tuple[str, ...]) -> str:
    return " ".join([*entry_roles, note or "", *aliases])


@pytest.mark.parametrize(("line", "expected"), HELD_OUT + OWN + HELD_OUT_2 + OWN_2 + HELD_OUT_3 + OWN_3 + HELD_OUT_4)
def test_each_line_gives_its_pairs_and_no_other(line: str, expected: list[tuple[str | None, str, str]]) -> None:
    found = {(p.zh, p.en): p for p in harvest(line, [])}
    assert set(found) == {(zh, en) for zh, en, _ in expected}
    for zh, en, extra in expected:
        entry = found[(zh, en)].entry
        assert extra in _said([r.title for r in entry.roles], entry.note, entry.aliases), entry
