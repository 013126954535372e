"""Build src/zhgloss/data/japanese_surnames.tsv: Japanese surnames of two or three characters, for `zhgloss romanize`.

A name that starts with one of these and has one to three characters after it is read as a Japanese name (surname,
then given name: 石破茂 Shípò Mào, 渡边谦 Dùbiān Qiān) whose English is its Japanese reading, not its pinyin.

From CC-CEDICT:
* a headword of two or three characters glossed as a Japanese surname ("Watanabe (Japanese surname)" for 渡邊 渡边,
  "Itō or Itoh, Japanese surname", "Imamura (Japanese name)"); a line that glosses it as no surname only ("Kariba
  or Kariwa, Japanese name/Kariwa, site of ...") counts too where its English is one capitalised word: the
  surnames are the commoner sense;
* the surname of a Japanese person's headword: pinyin of two capitalised words, the first of two or three
  characters, the first gloss saying Japan or Japanese and naming the person otherwise than by the pinyin
  ("Kawabata Yasunari, Japanese literature Nobel laureate" for 川端康成 [Chuan1 duan1 Kang1 cheng2] gives 川端);
  not a title ("Prince Shōtoku Taiji" for 圣德太子).
And by hand (HAND below), each with its source: surnames of Japan's prime ministers and other people in the
news that CC-CEDICT lacks (石破 of 石破茂 Ishiba Shigeru), as written in Chinese-language news.

A compound Chinese surname of surnames.tsv (欧阳, 上官) is never one of them.

CC-CEDICT is licensed CC BY-SA 4.0; the file written is derived from it and carries the same licence, with the
credit, in its header.

Run: python scripts/build_japanese_surnames.py [/work/shared/data/cedict_ts.u8.gz] [OUT]
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "cedict_ts.u8.gz"
DEFAULT_OUT = ROOT / "src" / "zhgloss" / "data" / "japanese_surnames.tsv"

_LINE_RE = re.compile(r"^(\S+) (\S+) \[([^\]]+)\] /(.*)/\s*$")
_SURNAME_GLOSS_RE = re.compile(
    r"^(?P<romaji>[A-ZŌŪ][A-Za-zōūŌŪ']+(?: or [A-ZŌŪ][A-Za-zōūŌŪ']+)*)"
    r"(?:,? (?:Japanese surname|\(Japanese (?:surname|name)\b[^)]*\)|\(Japanese surname\)))"
)
_PERSON_GLOSS_RE = re.compile(
    r"^(?P<name>[A-ZŌŪ][A-Za-zōūŌŪ'-]+ [A-ZŌŪ][A-Za-zōūŌŪ'-]+)(?: \(c?\.? ?\d{3,4}-(?:\d{3,4})?\)|,)"
    r".*\bJapan(?:ese)?\b"
)
"""A Japanese person's first gloss: a name of two words, then life dates or a comma, and Japan or Japanese."""
_PERSON_WORD_RE = re.compile(
    r"\(\d|\b(?:laureate|novelist|author|writer|poet|politician|minister|director|actor|actress|artist|singer"
    r"|player|physicist|scientist|warlord|shogun|admiral|general|philosopher)\b"
)
"""What makes a gloss a person's: life dates or a person's calling (川端康成 "Kawabata Yasunari, Japanese
literature Nobel laureate" is undated); not 东京大学 "Tokyo University, ..." nor 朝日新闻 "Asahi Shimbun, ..."."""
_TITLES = ("Prince", "Princess", "Emperor", "Empress", "Lord", "Lady", "General", "Admiral")
_SYLLABLE_RE = re.compile(r"^[A-Za-z:]+[1-5]$")

HAND: tuple[tuple[str, str, str, str], ...] = (
    # zh, zh_hant, romaji, source: the person whose name, as Chinese-language news writes it, shows the surname.
    ("石破", "石破", "Ishiba", "石破茂 Ishiba Shigeru, prime minister of Japan 2024-2025"),
    ("高市", "高市", "Takaichi", "高市早苗 Takaichi Sanae, prime minister of Japan from 2025"),
    ("中曾根", "中曾根", "Nakasone", "中曾根康弘 Nakasone Yasuhiro, prime minister of Japan 1982-1987"),
    ("岩屋", "岩屋", "Iwaya", "岩屋毅 Iwaya Takeshi, foreign minister of Japan 2024-2025"),
    ("是枝", "是枝", "Kore-eda", "是枝裕和 Kore-eda Hirokazu, film director"),
    ("岸田", "岸田", "Kishida", "岸田文雄 Kishida Fumio, prime minister of Japan 2021-2024"),
)


def _is_cjk(text: str) -> bool:
    return all(0x3400 <= ord(c) <= 0x9FFF or 0x20000 <= ord(c) <= 0x323AF for c in text)


def _compound_surnames() -> set[str]:
    """The compound Chinese surnames of surnames.tsv (欧阳, 上官): never a Japanese surname here."""
    path = ROOT / "src" / "zhgloss" / "data" / "surnames.tsv"
    with path.open(encoding="utf-8") as fp:
        return {line.split("\t", 1)[0] for line in fp if not line.startswith("#") and len(line.split("\t", 1)[0]) > 1}


def parse(lines: list[str]) -> tuple[list[str], list[tuple[str, str, str, str]]]:
    """Return CC-CEDICT's header comments and the rows (zh, zh_hant, romaji, source)."""
    header = [line.rstrip("\n") for line in lines if line.startswith("#")]
    compound = _compound_surnames()
    rows: dict[str, tuple[str, str, str, str]] = {}
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
        if 2 <= len(zh) <= 3 and capitals == [0]:
            found = next((m for m in map(_SURNAME_GLOSS_RE.match, glosses.split("/")) if m is not None), None)
            if found is not None:
                rows.setdefault(zh, (zh, hant, found.group("romaji"), f"CC-CEDICT {hant} {zh} [{pinyin}]"))
        elif 3 <= len(zh) <= 6 and len(capitals) == 2 and capitals[0] == 0 and 2 <= capitals[1] <= 3:
            person = _PERSON_GLOSS_RE.match(first)
            if person is None or not _PERSON_WORD_RE.search(first) or len(zh) - capitals[1] > 3:
                continue
            words = person.group("name").split()
            if words[0] in _TITLES:
                continue
            surname, surname_hant = zh[: capitals[1]], hant[: capitals[1]]
            letters = "".join(s[:-1] for s in syllables).lower().replace("u:", "u")
            if "".join(words).lower() == letters:
                continue  # named by the pinyin: read as Chinese
            # The English may write either name first (宫泽喜一 "Kiichi Miyazawa"): no romaji is claimed.
            rows.setdefault(surname, (surname, surname_hant, "", f"CC-CEDICT {hant} {zh}"))
    for zh, hant, romaji, source in HAND:
        rows.setdefault(zh, (zh, hant, romaji, source))
    return header, sorted((r for r in rows.values() if r[0] not in compound), key=lambda r: r[0])


def main() -> None:
    """Read CC-CEDICT and write the table."""
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUT
    with gzip.open(source, "rt", encoding="utf-8") if source.suffix == ".gz" else source.open(encoding="utf-8") as fp:
        lines = fp.readlines()
    header, rows = parse(lines)
    version = next((h[2:].strip() for h in header if h.startswith("#! date=")), "unknown date")
    text = [
        "# Japanese surnames of two or three characters, for `zhgloss romanize`: a name that starts with one and has",
        "# one to three characters after it is read as a Japanese name (surname, then given name).",
        f"# Built by scripts/build_japanese_surnames.py from CC-CEDICT ({version}; https://cc-cedict.org/wiki/):",
        "# its lines glossing a Japanese surname, and the surnames of the Japanese people it lists; and a few by hand,",
        "# each with its source. CC-CEDICT: community maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul",
        "# Andrew Denisowski. Licence: Creative Commons Attribution-ShareAlike 4.0",
        "# (https://creativecommons.org/licenses/by-sa/4.0/); this file is derived from it and shared under the same.",
        "zh\tzh_hant\tromaji\tsource",
    ]
    text += ["\t".join(row) for row in rows]
    out.write_text("\n".join(text) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} surnames to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
