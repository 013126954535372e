"""Build src/zhgloss/data/name_readings.tsv: readings of Chinese personal names attested in CC-CEDICT.

`zhgloss romanize` reads a name it finds here as CC-CEDICT's editors read it (张朝阳 is not in
CC-CEDICT, but 曾国藩, 尉迟恭 and 朴正熙 are), and tells for other names which characters have
another reading in names (from the given names and surnames listed here).

A person entry is a headword of two to four characters whose pinyin capitalises the surname
and the given name ("[Zeng1 Guo2 fan1]", "[Ou1 yang2 Xiu1]") and whose first gloss starts with
that name romanized ("Zeng Guofan (1811-1872), ..."; "Lü Bu (-198), ..."). A surname entry is
a one- or two-character headword glossed "surname X"; "also pr. [Pu2]" or "Taiwan pr. [Bo2]" in its gloss is a
second reading. A foreign person is a headword of two to eight characters whose pinyin is one word
(one capital: "[Te4 lang3 pu3]") and whose first gloss is a name that does not spell that pinyin,
then life dates ("Donald Trump (1946-), ..."; "Vladimir Putin (1952-), ..."), written in the
characters of transliteration (all but one at most of them among those `zhgloss.unknown` reads foreign
names by: not 孔子 "Confucius" nor 慈禧太后): CC-CEDICT writes a transliterated name as one word,
Tèlǎngpǔ, Pǔjīng, and so does `zhgloss romanize`. A dated person whose first gloss names them by
another name is also foreign when the headword is not in those characters (成吉思汗 [Cheng2 ji2 si1 han2]
"Genghis Khan (1162-1227)", 忽必烈 "Khubilai Khan (1215-1294)"), unless the gloss spells four letters
or more of the pinyin (慈禧太后 "Empress Dowager Cixi (1835-1908)" is a Chinese name with a title).
A headword of two to eight characters whose pinyin is one word and whose first gloss is CC-CEDICT's mark of a
transliterated name, a name that does not spell the pinyin and "(name)" ("Gates (name)" for 盖茨 [Gai4 ci2], "Henry
(name)" for 亨利), is foreign too: 盖 is a Chinese surname (Gě), but 盖茨 is Gàicí, Bill Gates's.
A dated person whose pinyin is two capitalised words, the first of two characters or more that make
no compound surname of surnames.tsv, and whose first gloss names them by another name is foreign too,
read in CC-CEDICT's two words (马可波罗 [Ma3 ke3 Bo1 luo2] "Marco Polo (1254-c. 1324)"), or japanese
when that gloss says Japanese or Japan (安倍晋三 [An1 bei4 Jin4 san1] "Abe Shinzo (1954-), Japanese
LDP politician"): surname_size then gives the characters of the first word. Neither gets an English
form from its pinyin.

A Chinese person known by one name, which the first gloss of a one-word headword spells whole, dated as a life or
said to be someone's courtesy name, pen name, posthumous name or nickname (西施 [Xi1 shi1] "Xishi (c. 450 BC)", 玄奘
"Xuanzang (602-664)", 希仁 "Xiren, courtesy title of Bao Zheng"), is a name row with surname_size 0: read as one
word, as CC-CEDICT writes it, and as a Chinese name, not a transliterated one (`_is_one_named_chinese`).

CC-CEDICT is licensed CC BY-SA 4.0; the file written is derived from it and carries the same
licence, with the credit, in its header.

Run: python scripts/build_name_readings.py [/work/shared/data/cedict_ts.u8.gz] [OUT]
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

from zhgloss.unknown import _TRANSLIT_RUN_CHARS

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "cedict_ts.u8.gz"
DEFAULT_OUT = ROOT / "src" / "zhgloss" / "data" / "name_readings.tsv"

_LINE_RE = re.compile(r"^(\S+) (\S+) \[([^\]]+)\] /(.*)/\s*$")
_SYLLABLE_RE = re.compile(r"^[A-Za-z:]+[1-5]$")
# A title before the name: "General Yuchi Gong (585-658)", "Emperor Wu of Han".
_TITLES = ("General", "Emperor", "Empress", "Prince", "Princess", "King", "Queen", "Lord", "Lady", "Duke", "Marshal")
_TITLE_RE = re.compile(rf"^(?:{'|'.join(_TITLES)})\s+")
_SURNAME_RE = re.compile(r"^surname [A-Z]")
_ALSO_RE = re.compile(r"(?:also|Taiwan) pr\. \[([A-Za-z:]+[1-5])\]")


def _numbered(syllable: str) -> str:
    """CC-CEDICT writes ü as u: ("Lu:3"); zhgloss writes numbered syllables lower case with v."""
    return syllable.lower().replace("u:", "v")


def _is_cjk(text: str) -> bool:
    return all(0x3400 <= ord(c) <= 0x9FFF or 0x20000 <= ord(c) <= 0x323AF for c in text)


def _is_person(gloss: str, syllables: list[str]) -> bool:
    """Tell whether a gloss names a person: the romanized name first, then nothing, a comma or a bracket.

    "Zeng Guofan (1811-1872), ..." and "Ding Lei, founder of NetEase" are people; "Eastern Wei
    (534-550)" and "Wars of the Roses (1455-1485)" are not, though dated.
    """
    letters = "".join(s[:-1].replace("u:", "u") for s in syllables).lower()
    gloss = _TITLE_RE.sub("", gloss)
    head = re.match(r"[A-Za-zÜü' -]+", gloss)
    written = re.sub(r"[^a-z]", "", head.group().lower().replace("ü", "u")) if head else ""
    rest = gloss[head.end() :] if head else ""
    return written == letters and (not rest or rest[:1] in "(,")


# A name then life dates: "Donald Trump (1946-)", "Ptolemy or Claudius Ptolemaeus (c. 90-c. 168)".
_DATED_NAME_RE = re.compile(r"^([A-Z][^(),/]*?) \((?:c\. |ca\. )?\d{1,4}(?: BC)?-")
_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "ibn", "al", "el", "or"})
# Dated things that are no people: "Korean War (1950-1953)", "Dawenkou culture (c. 4100-2600 BC)".
_NOT_PERSONS = frozenset(
    {
        "War", "Wars", "Dynasty", "Dynasties", "Culture", "Movement", "Revolution", "Rebellion", "Period", "Era",
        "Empire", "Kingdom", "Kingdoms", "State", "Army", "Curtain", "Forward", "International",
        "Germany", "Russia", "Korea",
    }
)  # fmt: skip


_STATE_FIRST_WORDS = frozenset({"Eastern", "Western", "Northern", "Southern", "Later", "Former"})
"""First words of dated states that name no person: "Eastern Wu (222-280)", "Later Zhou (951-960)"."""


def _is_dated_person(gloss: str) -> bool:
    """Tell whether a first gloss is a person's name then life dates, however the name is spelt.

    "Donald Trump (1946-), ..." and "Frank Chang-ting Hsieh (1946-), ..." are; "Korean War (1950-1953)",
    "Southern Yan of the Sixteen Kingdoms (398-410)" and "Paekche or Baekje (18 BC-660 AD)" are not.
    """
    match = _DATED_NAME_RE.match(gloss)
    if match is None:
        return False
    words = match.group(1).split()
    if any(name.split()[-1].capitalize() in _NOT_PERSONS for name in match.group(1).split(" or ") if name.split()):
        return False  # "Communist International or Comintern (1919-1943)": each "or" name is looked at
    if not _within_a_life(gloss) or words[0] in _STATE_FIRST_WORDS or re.match(r"[^)]*\) and ", gloss):
        return False  # "Eastern Wu (222-280)"; "Sui (581-617) and Tang dynasties (618-907)": states, not people
    return not (words[-1].capitalize() in _NOT_PERSONS or any(w[0].islower() and w not in _PARTICLES for w in words))


def _is_foreign_person(gloss: str, syllables: list[str]) -> bool:
    """Tell whether a one-word headword's first gloss names a person by another name, with life dates.

    "Donald Trump (1946-), ..." is one (特朗普 [Te4 lang3 pu3]); "Xun Zi or Hsun Tzu (c. 310-237 BC)"
    spells its pinyin (a Chinese name written as one word), "Korean War (1950-1953)" is no person.
    """
    match = _DATED_NAME_RE.match(gloss)
    if match is None or not _is_dated_person(gloss):
        return False
    letters = "".join(s[:-1].replace("u:", "u") for s in syllables).lower()
    return re.sub(r"[^a-z]", "", match.group(1).lower().replace("ü", "u")) != letters and not _is_person(
        gloss, syllables
    )


_DATES_RE = re.compile(r"\((?:c\. |ca\. )?(\d{1,4})( BC| AD)?-(?:c\. )?(\d{1,4})( BC| AD)?\)")
LONGEST_LIFE = 125
"""Years no person lives past: dates spanning more are a kingdom's or a period's ("Paekche (18 BC-660 AD)")."""


_FOREIGN_NAME_RE = re.compile(r"([A-Z][a-z]+(?:(?: or |-| )[A-Z][a-z]+)*) \(name\)")


def _is_foreign_name(gloss: str, syllables: list[str]) -> bool:
    """Tell whether a one-word headword's first gloss is CC-CEDICT's mark of a transliterated name: "Gates (name)"
    for 盖茨 [Gai4 ci2], "Ilyich or Illich (name)", a name that does not spell the pinyin (not a Chinese name)."""
    from zhgloss.pinyin import is_pinyin_syllable

    match = _FOREIGN_NAME_RE.fullmatch(gloss)
    if match is None or not all(is_pinyin_syllable(_numbered(s)[:-1]) for s in syllables):
        return False  # 克蕾兒 [Ke4 lei3 r5] "Claire (name)": an erhua r is no syllable of its own to read
    letters = "".join(s[:-1].replace("u:", "u") for s in syllables).lower()
    return all(re.sub(r"[^a-z]", "", name.lower()) != letters for name in match.group(1).split(" or "))


def _within_a_life(gloss: str) -> bool:
    """Tell whether the first dates of a gloss, if both ends are given, span no more than a life."""
    match = _DATES_RE.search(gloss)
    if match is None:
        return True
    first, first_era, last, last_era = match.groups()
    start = -int(first) if first_era == " BC" or (first_era is None and last_era == " BC") else int(first)
    end = -int(last) if last_era == " BC" else int(last)
    return 0 <= end - start <= LONGEST_LIFE


def _names_the_surname(gloss: str, syllables: list[str]) -> bool:
    """Tell whether a dated gloss's name has a word that spells the headword's first syllable: "Premier Zhou
    Enlai" for 周总理 [Zhou1 zong3 li3] names him by his Chinese surname, so the headword is a Chinese byname
    (asked of headwords not written in transliteration characters: 勒威耶 "Le Verrier" is one)."""
    match = _DATED_NAME_RE.match(gloss)
    if match is None:
        return False
    first = syllables[0][:-1].replace("u:", "u").lower()
    return any(re.sub(r"[^a-z]", "", w.lower()) == first for w in match.group(1).split())


def _spells_part(gloss: str, syllables: list[str]) -> bool:
    """Tell whether the name a dated gloss starts with, or one of its "or" names, spells four or more
    consecutive letters of the pinyin: "Empress Dowager Cixi (1835-1908)" for 慈禧太后, "Liu Heng" for 汉文帝刘恒.
    """
    match = _DATED_NAME_RE.match(gloss)
    if match is None:
        return False
    letters = "".join(s[:-1].replace("u:", "u") for s in syllables).lower()
    for name in match.group(1).split(" or "):
        words = [w for w in name.split() if w not in _TITLES and w not in ("Dowager", "Grand", "Premier")]
        spelt = re.sub(r"[^a-z]", "", " ".join(words).lower().replace("ü", "u"))
        if len(spelt) >= 4 and spelt in letters:
            return True
    return False


def _spells_whole(gloss: str, syllables: list[str]) -> bool:
    """Tell whether a dated gloss's name, its titles left out, spells the whole pinyin: 乾隆 [Qian2 long2] "Qianlong
    Emperor (1711-1799)" is named by its own reading, a Chinese reign name, not a transliteration (U33-12)."""
    match = _DATED_NAME_RE.match(gloss)
    if match is None:
        return False
    letters = "".join(s[:-1].replace("u:", "u") for s in syllables).lower()
    for name in match.group(1).split(" or "):
        words = [w for w in name.split() if w not in _TITLES and w not in ("Dowager", "Grand", "Premier")]
        if re.sub(r"[^a-z]", "", " ".join(words).lower().replace("ü", "u")) == letters:
            return True
    return False


# A name then a life's dates, a span or an approximate one (a person of antiquity): "Huineng (638-713)", "Xishi (c.
# 450 BC)", "Laozi or Lao-tze (c. 500 BC)"; not a bare year, a work's or an event's ("Jinpingmei ... (1617)").
_DATED_ONE_NAME_RE = re.compile(
    r"^([A-Z][^(),/]*?) \((?:(?:c\. |ca\. )?\d{1,4}(?: BC| AD)?-|(?:c\. |ca\. )\d{1,4}(?: BC| AD)?\))"
)
# A name then what kind of other name it is of someone: "Xiren, courtesy title of Bao Zheng", "A-bian, nickname of
# Chen Shui-bian" (not "Modu, nickname for Shanghai": a place's).
_BYNAME_RE = re.compile(
    r"^([A-Z][\w'’-]*), (?:a |the )?(?:courtesy (?:name|title)|style name|pen name|art name|literary name|"
    r"posthumous (?:name|title)|nickname|Buddhist name|Dharma name|religious name) of [A-Z]"
)


def _is_one_named_chinese(zh: str, gloss: str, syllables: list[str]) -> bool:
    """Tell whether a one-word headword is a Chinese person known by one name that its first gloss spells whole.

    CC-CEDICT writes such a name as one word, its English the pinyin: 西施 [Xi1 shi1] "Xishi (c. 450 BC), famous
    Chinese beauty", 玄奘 "Xuanzang (602-664)", 墨子 "Mozi (c. 470-391 BC)", 希仁 "Xiren, courtesy title of Bao
    Zheng", 阿扁 "A-bian, nickname of Chen Shui-bian". The gloss dates the name as a life (one date or a span within
    LONGEST_LIFE; no state, war or culture: `_NOT_PERSONS`) or says which person's other name it is; the pinyin is
    the characters' own (`_given_readable`). Before, such a name written in characters of transliteration (西施,
    希仁) was read as a transliterated one (IMP-1)."""
    letters = "".join(s[:-1].replace("u:", "u") for s in syllables).lower()
    byname = _BYNAME_RE.match(gloss)
    dated = _DATED_ONE_NAME_RE.match(gloss)
    if byname is not None:
        names = [byname.group(1)]
    elif dated is not None and _within_a_life(gloss):
        names = dated.group(1).split(" or ")
        if any(n.split() and n.split()[-1].capitalize() in _NOT_PERSONS for n in names):
            return False
    else:
        return False
    if " " in names[0].strip() or re.sub(r"[^a-z]", "", names[0].lower().replace("ü", "u")) != letters:
        return False  # one word, as written: "Zu Chongzhi (429-500)" for 祖冲之 is a surname and a given name
    return _given_readable(zh, [_numbered(s) for s in syllables], 0)


LEFT_OUT = Path(__file__).resolve().parent / "name_readings_left_out.tsv"
"""Person lines whose reading CC-CEDICT gets wrong, each with its source: left out, the romanizer reads them by rule."""


def _left_out(path: Path = LEFT_OUT) -> frozenset[str]:
    """The traditional headwords of name_readings_left_out.tsv (杨振宁's [ning4], 张柏芝's [Bo2], 徐熙媛's [yuan2])."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"]
    return frozenset(row[0] for row in rows[1:])


def _is_chinese_person_named_otherwise(zh: str, gloss: str, syllables: list[str], size: int) -> bool:
    """Tell whether a surname-and-given-name headword is a dated person whose gloss names them in another spelling.

    CC-CEDICT reads such a name as the person's own, where the gloss gives the name in Wade-Giles, Hong Kong's
    spelling or an adopted Western name: 謝長廷 [Xie4 Chang2 ting2] "Frank Chang-ting Hsieh (1946-)", 田長霖
    [Tian2 Chang2 lin2] "Chang-lin Tien (1935-2002)", 曾蔭權 [Zeng1 Yin4 quan2] "Sir Donald Tsang or Tsang
    Yam-Kuen (1944-)", 陳省身 [Chen2 Xing3 shen1] "Shiing-Shen Chern (1911-2004)". The surname is one of surnames.tsv
    read as the table or CC-CEDICT's surname entries read it (蒙 Méng: 蒙嘉慧's [Meng3] is no surname's reading),
    and the gloss does not say Japan (a Japanese name is read otherwise: 森喜朗 "Mori Yoshirō").
    """
    from zhgloss.pinyin import surname_readings, surnames

    found = surnames().get(zh[:size])
    if found is None or not _is_dated_person(gloss) or re.search(r"\bJapan(?:ese)?\b", gloss):
        return False
    return [_numbered(s) for s in syllables[:size]] in surname_readings(found)


def _given_readable(zh: str, given: list[str], size: int) -> bool:
    """Tell whether each syllable of a person's given name (`given`, numbered, after the `size` characters of the
    surname) is a reading validate accepts for the character the simplified headword writes (`zh`): pypinyin's, or
    CC-CEDICT's own entry for the character (`zhgloss.validate.cedict_readings`); a neutral tone fits any. A line
    that reads a character otherwise is a slip of the line (张敞 [Zhang1 Chang2]: 敞 is chǎng) or of its simplified
    form (徐繼畬 徐继畲 [Xu2 Ji4 yu2]: 畲 is shē, 畬 yú), and the romanizer would write a reading validate
    then rejects (tbl's T36-2): the name is left to the romanizer's rule."""
    from zhgloss.pinyin import heteronyms
    from zhgloss.validate import cedict_readings

    for char, syllable in zip(zh[size:], given, strict=True):
        allowed = set(heteronyms(char)) | cedict_readings(char)
        if syllable not in allowed and not (syllable.endswith("5") and any(a[:-1] == syllable[:-1] for a in allowed)):
            return False
    return True


def _surname_of_a_person(surname: str, gloss: str, compound: set[str]) -> bool:
    """Tell whether the first word of a two-word headword (`surname`, its characters) is a person's surname, as a
    person row needs: one character, or a compound surname of surnames.tsv (欧阳, 司马), or a two-character clan name
    the table lacks in a gloss that dates a life (纳兰性德 "Nalan Xingde (1655-1685)", Manchu; 耶律楚材, Khitan).

    The gloss rule alone (`_is_person`: the headword's pinyin, then a comma) took any name written in two words:
    美團點評 [Mei3 tuan2 Dian3 ping2] "Meituan-Dianping, China's largest service-focused e-commerce platform" was the
    person Měituán Diǎnpíng, so `add 美团点评` made a person of the company without a word (the review's R46-4); so
    were 13 such rows, none a person of that surname: works (说文解字, 四库全书, 黄庭经), a newspaper (大公报), a
    romanization (汉语拼音), a title (达赖喇嘛), characters (阿里巴巴 "Ali Baba", 登徒子)."""
    return len(surname) == 1 or surname in compound or _is_dated_person(gloss)


def parse(lines: list[str]) -> tuple[list[str], list[tuple[str, str, str, str, int]]]:
    """Return CC-CEDICT's header comments and the rows (kind, zh, zh_hant, pinyin, surname size)."""
    header = [line.rstrip("\n") for line in lines if line.startswith("#")]
    from zhgloss.pinyin import surnames

    compound = {zh for zh in surnames() if len(zh) > 1}
    left_out = _left_out()
    rows: dict[tuple[str, str, str], tuple[str, str, str, str, int]] = {}
    for line in lines:
        match = _LINE_RE.match(line)
        if match is None:
            continue
        hant, zh, pinyin, glosses = match.groups()
        syllables = pinyin.split()
        if len(syllables) != len(zh) or not all(_SYLLABLE_RE.match(s) for s in syllables) or not _is_cjk(zh):
            continue
        first = glosses.split("/")[0]
        capitals = [i for i, s in enumerate(syllables) if s[0].isupper()]
        if hant in left_out:
            continue
        if (
            2 <= len(zh) <= 4
            and capitals[:1] == [0]
            and len(capitals) == 2
            and (_is_person(first, syllables) or _is_chinese_person_named_otherwise(zh, first, syllables, capitals[1]))
        ):
            size = capitals[1]
            if (
                size <= 2
                and _given_readable(zh, [_numbered(s) for s in syllables[size:]], size)
                and _surname_of_a_person(zh[:size], first, compound)
            ):
                numbered = " ".join(_numbered(s) for s in syllables)
                rows.setdefault(("name", zh, numbered), ("name", zh, hant, numbered, size))
        elif (
            2 <= len(zh) <= 8
            and capitals == [0]
            and not (zh[-1] == "子" and zh[:-1] in surnames())  # 孔子 "Confucius": Master Kong, a Chinese byname
            and not _spells_whole(first, syllables)  # 乾隆 "Qianlong Emperor": named by its own reading
            and (
                _is_foreign_name(first, syllables)
                or (
                    _is_foreign_person(first, syllables)
                    and (
                        sum(c not in _TRANSLIT_RUN_CHARS for c in zh) <= 1
                        or not (_spells_part(first, syllables) or _names_the_surname(first, syllables))
                    )
                )
            )
        ):
            numbered = " ".join(_numbered(s) for s in syllables)
            rows.setdefault(("foreign", zh, numbered), ("foreign", zh, hant, numbered, 0))
        elif (
            3 <= len(zh) <= 8
            and len(capitals) == 2
            and capitals[0] == 0
            and capitals[1] >= 2
            and zh[: capitals[1]] not in compound
            and _is_foreign_person(first, syllables)
            and not (_spells_part(first, syllables) or _names_the_surname(first, syllables))
        ):
            kind = "japanese" if re.search(r"\bJapan(?:ese)?\b", first) else "foreign"
            numbered = " ".join(_numbered(s) for s in syllables)
            rows.setdefault((kind, zh, numbered), (kind, zh, hant, numbered, capitals[1]))
        elif 2 <= len(zh) <= 4 and capitals == [0] and _is_one_named_chinese(zh, first, syllables):
            # A Chinese person known by one name, written as one word: no surname (surname_size 0).
            numbered = " ".join(_numbered(s) for s in syllables)
            rows.setdefault(("name", zh, numbered), ("name", zh, hant, numbered, 0))
        elif len(zh) <= 2 and capitals == [0] and _SURNAME_RE.match(first):
            readings = [" ".join(_numbered(s) for s in syllables)]
            if len(zh) == 1:
                readings += [_numbered(r) for r in _ALSO_RE.findall(glosses)]
            for numbered in readings:
                rows.setdefault(("surname", zh, numbered), ("surname", zh, hant, numbered, len(zh)))
    return header, sorted(rows.values(), key=lambda r: (r[0], r[1], r[3]))


def main() -> None:
    """Read CC-CEDICT and write the readings file."""
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUT
    with gzip.open(source, "rt", encoding="utf-8") if source.suffix == ".gz" else source.open(encoding="utf-8") as fp:
        lines = fp.readlines()
    header, rows = parse(lines)
    version = next((h[2:].strip() for h in header if h.startswith("#! date=")), "unknown date")
    text = [
        "# Readings of Chinese personal names and surnames attested in CC-CEDICT, for `zhgloss romanize`.",
        f"# Built by scripts/build_name_readings.py from CC-CEDICT ({version}; https://cc-cedict.org/wiki/).",
        "# CC-CEDICT: community maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski.",
        "# Licence: Creative Commons Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).",
        "# This file is derived from CC-CEDICT and is shared under the same licence.",
        "# kind: name (a person, surname then given name), foreign (a person CC-CEDICT names otherwise in English,",
        "# as one word or two), japanese (a Japanese person, in two words) or surname; pinyin: numbered syllables,",
        "# ü as v; surname_size: how many characters of zh are the surname (0 for a Chinese person known by one",
        "# name, written as one word: 西施 Xīshī), or the first word of a foreign or japanese name (0 for a foreign",
        "# name written as one word).",
        "kind\tzh\tzh_hant\tpinyin\tsurname_size",
    ]
    text += ["\t".join(str(cell) for cell in row) for row in rows]
    out.write_text("\n".join(text) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} readings to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
