"""Build src/zhgloss/data/common_words.txt and word_or_name.txt: words annotate does not gloss as names by default.

common_words.txt lists a form when it is (1) an ordinary word in CC-CEDICT, that is a headword
with a reading in lower-case pinyin whose English is a rendering (not only "variant of", "see",
"surname X"), and (2) met in running text: jieba's dictionary (built from the People's Daily and
other corpora) counts it at least MIN_COUNT times. 成功 ("success"; also Chenggong town), 孙子
("grandson"; also Sun Tzu), 小米 ("millet"; also Xiaomi) are listed; 北京 and 鲁迅, names only,
are not. Single characters are not listed: annotate never glosses them by default anyway.

word_or_name.txt lists the forms CC-CEDICT gives both a proper-name line and such an ordinary-word
line, which jieba counts fewer than MIN_COUNT times: 日中 ("noon"; Japan-China), 拾得 ("to pick
up"; the poet Shide), 高达 ("to reach as high as"; Gundam, Godard), 安利 ("to recommend"; Amway).
Running text meets neither reading often enough for jieba's counts to say which is the usual
one, and CC-CEDICT, which lists the ordinary word at all, says the word is no rarer than the
name; so annotate glosses such a form only where its context reads as a name
(zhgloss.glossrules.InsideRule). So it does a proper name whose own line also renders a common noun
(ORDINARY_SENSE) and names in pinyin, whatever jieba's count: 伯乐 "Bo Le" and "a good judge of talent"
(许多年轻人的伯乐 "many young people's mentor"), and a name of two characters in pinyin whose line gives a plain word
of one to three lower-case words as well (PLAIN_SENSE: 布袋 "pouch", 名山 "famous mountain", 延寿 "to extend life"),
wherever the name stands in the line ("Yanchi county in Ningxia/a saltpan": the capitalised words are the name). Not
滑铁卢 "Waterloo", "(fig.) a defeat": the English name carries the figure too. So it does a zodiac sign's name without
its generic 座 (白羊 of 白羊座 "Aries", 双子, 金牛): 草原上的白羊 are white sheep. And so it does a company's or a
brand's name of two characters (BRAND_SENSE) that heads at least MIN_IDIOMS of the idioms jieba counts at least
MIN_COUNT times (part of speech i, four characters): the two characters are a phrase the language builds idioms on,
大发 of 大发雷霆, 大发慈悲, 大发横财 ("to break out in", "to show great": 诗人酒后大发诗兴, never Daihatsu);
not where the idiom's first three characters are a word of jieba's (令狐冲笑 is the name 令狐冲 and a verb, no
idiom). A place's name that heads idioms (天长 of 天长地久, 同心 of 同心协力) is left to the rules on word edges,
which give its characters back to the name it hid (夏天|长江流域).

Inputs (neither is needed at run time):
  CC-CEDICT: ../shared/data/cedict_ts.u8.gz (CC BY-SA 4.0, MDBG)
  jieba 0.42.1's dict.txt (MIT): word, count, part of speech per line

Usage: python scripts/build_common_words.py CEDICT.u8.gz JIEBA_DICT.txt \
           --word-or-name src/zhgloss/data/word_or_name.txt > src/zhgloss/data/common_words.txt
"""

from __future__ import annotations

import argparse
import gzip
import re

MIN_COUNT = 10
MIN_IDIOMS = 2
BRAND_SENSE = re.compile(r"\b(?:company|brand|make|maker|manufacturer)\b")
"""A proper line's sense that names a company or a brand ("Daihatsu, Japanese car company")."""
LINE_RE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/$")
ORDINARY_SENSE = re.compile(r"^(?:fig\. |\(fig\.\) |an? )[a-z][^A-Z0-9()]*$")
"""A sense of a proper-name line that renders a common noun: figurative ("fig. weak and inept person") or with the
indefinite article ("a good judge of talent", "a saltpan"), in lower case throughout, with no name, number or label
in it: not a description of the name itself ("a state in Qinghai in 4th-7th century AD", "a Tang poem")."""
NOT_A_RENDERING = re.compile(r"^(?:(?:old |archaic |erhua )?variant of|see |see also|same as|surname |CL:|abbr\. for)")
PLAIN_SENSE = re.compile(
    r"(?!.*\bnames?\b)(?!(?:see|same|surname|variant|abbr|lit)\b)[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,2}"
)
"""A sense of one to three lower-case words that names nothing ("pouch", "famous mountain", "to extend life"): the
common word the characters are, as the CC-CEDICT import reads such a sense of a proper line ("also the common word")."""
SIGN_GENERIC = "座"
"""The generic of a constellation's and a zodiac sign's name (白羊座 "Aries"): the bare 白羊 is "white sheep" too."""
READING = re.compile(r"\[[^\]]*\]")
"""A cross-reference's pinyin in a sense ("海南省[Hai3 nan2 Sheng3]"), whose tone numbers are no dates."""
NOT_TODAY = re.compile(r"\(Tw\)|\d|Dynasty")
"""A city sense of one region's usage ("Bissau ... (Tw)" of 比索, "peso" elsewhere) or of the past ("Dadu, capital of
China during the Yuan Dynasty (1280-1368)" of 大都, "for the most part"): not the name news means by the form."""
CITY_SENSE = re.compile(
    r"^[A-Z][\w'-]*(?: [A-Z][\w'-]*)* (?:(?:sub-?provincial|prefecture[- ]level) city|autonomous prefecture)\b"
    r"|^[A-Z][\w'-]*(?: [A-Z][\w'-]*)*, capital of [A-Z]"
)
"""A proper line's first sense naming a city news writes bare (a prefecture-level or subprovincial city, an autonomous
prefecture, a country's or province's capital: "Haikou prefecture-level city and capital of Hainan Province",
"Vientiane, capital of Laos"), not a county or a district, which news names with its generic (临海市, 朝阳区)."""


NAME_WORDS = re.compile(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)*")
"""The capitalised words a sense starts with: the name it gives ("Yanchi" of "Yanchi county in Ningxia")."""


def _romanized(sense: str, numbered: str) -> bool:
    """Tell whether the name that starts `sense` is the line's pinyin (`numbered`, "Bo2 Le4") written out: "Bo Le"."""
    # The name is the sense's capitalised words: "Yanchi county in Ningxia" names Yanchi (盐池), as "Yanchi, county".
    name = NAME_WORDS.match(re.split(r"[(,;]", sense, maxsplit=1)[0])
    letters = "".join(c for c in name.group().lower() if c.isalpha()) if name else ""
    return bool(letters) and letters == "".join(c for c in numbered.lower().replace("u:", "v") if c.isalpha())


def _renders_a_common_word(hans: str, numbered: str, senses: list[str]) -> bool:
    """Tell whether a proper line (headword `hans`, pinyin `numbered`, English `senses`) names a thing in pinyin and
    renders a common word too: a figurative or indefinite common noun after the name (ORDINARY_SENSE: 伯乐 "Bo Le/a
    good judge of talent", 盐池 "Yanchi county in Ningxia/a saltpan"), or, for two characters, a plain word of a few
    lower-case words anywhere in the line (PLAIN_SENSE: 布袋 "pouch/sack/bag/Budai ...", 名山 "famous mountain/Mingshan
    county ...", 延寿 "Yanshou county .../to extend life").
    """
    if len(hans) < 2:
        return False
    if _romanized(senses[0], numbered) and any(map(ORDINARY_SENSE.match, senses[1:])):
        return True
    named = [_romanized(sense, numbered) for sense in senses]
    return (
        len(hans) == 2
        and any(named)
        and any(PLAIN_SENSE.fullmatch(s) for s, n in zip(senses, named, strict=True) if not n)
    )


def main(cedict: str, jieba_dict: str, word_or_name_path: str | None) -> None:
    counts: dict[str, int] = {}
    idioms: list[str] = []  # four-character idioms jieba counts at least MIN_COUNT times
    with open(jieba_dict, encoding="utf-8") as fp:
        for line in fp:
            word, count, *tag = line.split()
            counts[word] = int(count)
            if tag == ["i"] and len(word) == 4 and int(count) >= MIN_COUNT:
                idioms.append(word)
    heads: dict[str, int] = {}  # how many idioms each two characters head
    for idiom in idioms:
        if idiom[:3] not in counts:
            heads[idiom[:2]] = heads.get(idiom[:2], 0) + 1
    common: set[str] = set()
    common_pairs: set[tuple[str, str]] = set()
    rare: set[tuple[str, str]] = set()  # ordinary words jieba counts fewer than MIN_COUNT times
    proper: set[str] = set()  # simplified forms of proper-name lines
    cities: set[str] = set()  # simplified forms of proper-name lines naming a city news writes bare (CITY_SENSE)
    figurative: set[str] = set()  # forms of proper-name lines that also give a common noun's sense (ORDINARY_SENSE)
    idiom_heads: set[str] = set()  # forms of proper-name lines that head idioms (MIN_IDIOMS)
    constellations: set[str] = set()  # simplified forms of lines naming a zodiac sign (白羊座 "Aries")
    proper_pairs: set[tuple[str, str]] = set()  # (simplified, traditional) of proper-name lines
    with gzip.open(cedict, "rt", encoding="utf-8") as fp:
        for line in fp:
            match = LINE_RE.match(line.rstrip("\n"))
            if match is None:
                continue
            hant, hans, numbered, glosses = match.groups()
            if len(hans) < 2:
                continue
            if "sign of the zodiac" in glosses:
                constellations.add(hans)
            if numbered[:1].isupper():
                proper.add(hans)
                if len(hans) == 2 and heads.get(hans, 0) >= MIN_IDIOMS and BRAND_SENSE.search(glosses):
                    idiom_heads.update((hans, hant))  # 大发 of 大发雷霆, 大发慈悲, 大发横财
                senses = glosses.split("/")
                if CITY_SENSE.match(senses[0]) and not NOT_TODAY.search(READING.sub("", senses[0])):
                    cities.add(hans)
                if _renders_a_common_word(hans, numbered, senses):
                    # The proper line gives a common noun's sense too: the name's figurative use (伯乐 "Bo Le"; "a
                    # good judge of talent") or a common word written the same (盐池 "a saltpan", 布袋 "pouch").
                    # Only a name English writes in pinyin: "Waterloo" and "Cinderella" say in English what 滑铁卢
                    # and 灰姑娘 say in Chinese, figure and all ("(fig.) a defeat").
                    figurative.update((hans, hant))
                proper_pairs.add((hans, hant))
                continue
            if not any(g and not NOT_A_RENDERING.match(g) for g in glosses.split("/")):
                continue
            if counts.get(hans, 0) >= MIN_COUNT:
                common.add(hans)
                common.add(hant)
                common_pairs.add((hans, hant))
            else:
                rare.add((hans, hant))
    # A zodiac sign's name without its generic (白羊 of 白羊座 "Aries", 双子 of 双子座 "Gemini"): the bare characters
    # are also what they say ("white sheep", "twins"), and a horoscope writes the generic (白羊座的人).
    signs = {form for hans, hant in proper_pairs if hans + SIGN_GENERIC in constellations for form in (hans, hant)}
    # A city news writes bare (海口 Haikou, 白银 Baiyin, 来宾 Laibin) whose name is an ordinary word too ("estuary",
    # "silver", "guest") is as much the one as the other in news: glossed where the context reads as a name or a place
    # (word_or_name.txt), not never. jieba's counts of 海口 count both.
    named_cities = {form for hans, hant in common_pairs if hans in cities for form in (hans, hant)}
    common -= named_cities
    print("# Chinese words annotate does not gloss as names unless the entry says always_gloss (see README).")
    print("# Made by scripts/build_common_words.py: CC-CEDICT (CC BY-SA 4.0) ordinary words that jieba 0.42.1's")
    print(f"# dictionary (MIT) counts at least {MIN_COUNT} times; simplified and traditional. One word a line.")
    print("# Not a city news names bare (海口 Haikou, 白银 Baiyin): word_or_name.txt lists those.")
    for word in sorted(common):
        print(word)
    if word_or_name_path is None:
        return
    both = (
        {form for hans, hant in rare if hans in proper for form in (hans, hant)}
        | figurative
        | named_cities
        | idiom_heads
        | signs
    ) - common
    with open(word_or_name_path, "w", encoding="utf-8") as out:
        out.write(
            "# Chinese forms annotate glosses as names only where the context reads as a name (see README).\n"
            "# Made by scripts/build_common_words.py: forms CC-CEDICT (CC BY-SA 4.0) lists both as a proper\n"
            "# name and as an ordinary word that jieba 0.42.1's dictionary (MIT) counts fewer than"
            f" {MIN_COUNT} times,\n# and the proper names whose line gives a common noun's sense too (伯乐 'a good"
            " judge of talent', 布袋 'pouch'),\n# and the zodiac signs' names without 座 (白羊 of 白羊座),"
            "\n# and the companies' and brands' names of two characters that head at least"
            f" {MIN_IDIOMS} idioms jieba counts at least {MIN_COUNT} times (大发 of 大发雷霆);\n"
            "# simplified and traditional. One form a line.\n"
        )
        out.writelines(f"{form}\n" for form in sorted(both))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cedict")
    parser.add_argument("jieba_dict")
    parser.add_argument("--word-or-name", metavar="PATH", help="also write word_or_name.txt there")
    args = parser.parse_args()
    main(args.cedict, args.jieba_dict, args.word_or_name)
