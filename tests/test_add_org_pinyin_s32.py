"""The pinyin of a name that is no person's is cut into its words, as CC-CEDICT writes them (session 32).

`pinyin.phrase_pinyin` cut every such name in twos, so 国家卫生和计划生育委员会 was "Guójiā Wèishēng Héjì Huàshēng Yùwěi
Yuánhuì" in `add --type org` and harvest's "does not follow the pinyin" (s31's note). Its words are now a dictionary's
(jieba's counts, `zhgloss.segment`), a conjunction between them apart and in lower case. CC-CEDICT:
    國家發展和改革委員會 国家发展和改革委员会 [Guo2 jia1 Fa1 zhan3 he2 Gai3 ge2 Wei3 yuan2 hui4] /PRC .../
    文化和旅遊部 文化和旅游部 [Wen2 hua4 he2 Lu:3 you2 bu4] /(PRC) Ministry of Culture and Tourism/
    住房和城鄉建設部 住房和城乡建设部 [Zhu4 fang2 he2 Cheng2 xiang1 Jian4 she4 bu4] /Ministry of Housing and .../
    中國人民銀行 中国人民银行 [Zhong1 guo2 Ren2 min2 Yin2 hang2] /People's Bank of China/
    上海證券交易所 上海证券交易所 [Shang4 hai3 Zheng4 quan4 Jiao1 yi4 suo3] /Shanghai Stock Exchange/
    長壽區 长寿区 [Chang2 shou4 qu1] /Changshou suburban district of Chongqing municipality, .../
"""

from __future__ import annotations

import pytest

from zhgloss.curate import draft_entry
from zhgloss.pinyin import phrase_pinyin


@pytest.mark.parametrize(
    ("zh", "pinyin"),
    [
        ("国家发展和改革委员会", "Guójiā Fāzhǎn hé Gǎigé Wěiyuánhuì"),
        ("文化和旅游部", "Wénhuà hé Lǚyóubù"),
        ("住房和城乡建设部", "Zhùfáng hé Chéngxiāng Jiànshèbù"),
    ],
)
def test_a_conjunction_stands_apart_in_lower_case(zh: str, pinyin: str) -> None:
    assert phrase_pinyin(zh) == pinyin


@pytest.mark.parametrize(
    ("zh", "pinyin"),
    [
        ("中国人民银行", "Zhōngguó Rénmín Yínháng"),
        ("上海证券交易所", "Shànghǎi Zhèngquàn Jiāoyìsuǒ"),
        ("长寿区", "Chángshòuqū"),  # a character alone joins the word before it
    ],
)
def test_other_names_keep_cc_cedicts_words(zh: str, pinyin: str) -> None:
    assert phrase_pinyin(zh) == pinyin


def test_add_type_org_writes_the_commissions_words() -> None:
    entry = draft_entry("国家卫生和计划生育委员会", kind="org", en="National Health and Family Planning Commission")
    assert entry.pinyin == "Guójiā Wèishēng hé Jìhuà Shēngyù Wěiyuánhuì"


@pytest.mark.parametrize(
    ("zh", "pinyin"),
    [
        # CC-CEDICT: 讀賣新聞 读卖新闻 [Du2 mai4 Xin1 wen2] /Yomiuri Shimbun .../; 渣打銀行 渣打银行
        # [Zha1 da3 Yin2 hang2] /Standard Chartered Bank/; 暨南大學 暨南大学 [Ji4 nan2 Da4 xue2]; 靖國神社 靖国神社
        # [Jing4 guo2 Shen2 she4];
        # 交通運輸部 交通运输部 [Jiao1 tong1 Yun4 shu1 bu4] /PRC Ministry of Transport/. jieba's dictionary holds each
        # whole, and their first halves are no words of it (the review's R4: Dúmàixīnwén, Jiāotōngyùnshūbù).
        ("读卖新闻", "Dúmài Xīnwén"),
        ("渣打银行", "Zhādǎ Yínháng"),
        ("暨南大学", "Jìnán Dàxué"),
        ("靖国神社", "Jìngguó Shénshè"),
        ("交通运输部", "Jiāotōng Yùnshūbù"),
    ],
)
def test_a_dictionary_word_is_cut_before_its_head_word(zh: str, pinyin: str) -> None:
    assert phrase_pinyin(zh) == pinyin
