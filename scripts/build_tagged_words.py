"""Build src/zhgloss/data/tagged_words.txt: CC-CEDICT names that tagged news reads as ordinary words.

    python scripts/build_tagged_words.py CEDICT.u8.gz [--out PATH]    (needs jiagu: pip install -e ".[tagger]")

CC-CEDICT lists some everyday words only as a name: 大桥 (a bridge) as the person Da Qiao, 湖区 (a lake area) as the
Lake District, 蓝光 (blue light) as Blu-ray, 北斗 (the Dipper) as the Great Bear, 日产 (daily output) as Nissan, 快船
(a fast boat) as the Clippers, 太极 as "Absolute". CC-CEDICT has no ordinary line for them, so build_common_words.py
cannot list them, and jieba's tags call 大桥 and 湖区 place names (ns). What tells them apart is how news text uses
the form: the part-of-speech model of jiagu 0.2.3 (MIT licence; an averaged perceptron trained on tagged Chinese news,
shipped in its PyPI package as model/pos.model) keeps, for each word its training text held, a weight for each tag
(the feature "i word" + the word): the word's own prior, before its context is read. The form is listed where that
prior's best tag is an ordinary word's (ORDINARY_TAGS: a common noun n, a verb v, an adjective a ...) and beats every
tag of a name (NAME_TAGS: a person nh, a place ns, an organisation ni, another proper noun nz, a time nt, a location
nl, an abbreviation j ...): 大桥 n 5.0 against nh 3.3; not 合肥 (ns 5.4), 屈原 (nh 8.9), 河西 (ns 3.7). A form the
model never saw (百度, 普京, 马云: no weights) says nothing and is not listed; nor is the tag read in a sentence the
script makes up, where the model calls most words it does not know n (百度, 孝感, 长城).

The model's n is wider than an everyday word: its tag set writes languages, scriptures, deities and armies n too
(英语, 圣经, 上帝, 美军), and the list holds a few cities (文昌) and brands news names often (日产 Nissan after 郑州,
铁拳 the game after 玩). So annotate reads the list only for a person's entry (a person's name that is a common word:
glossed where the context reads as the person: zhgloss.glossrules.InsideRule).

Only the forms of CC-CEDICT's proper lines (pinyin capitalised) of two characters (SIZE), simplified (annotate looks
forms up simplified), that common_words.txt does not already keep out. zhgloss reads only the files written: neither
jiagu nor CC-CEDICT is needed at run time, and nothing is downloaded.

The second file, data/namesake_words.txt (s47), holds the listed forms whose name is made of the word: a place's,
an organisation's or an untyped name's entry (the --proper-only import's types) whose English (its en or an alias)
translates the characters one by one (a calque: 湖区 "Lake District", 飞雪 "Flying Snow", 铁人 "Ironman", each
character's English one of its own CC-CEDICT senses, `is_calque`), or an entry of any of those kinds, a work or an
event, whose English spells them in a romanization other than pinyin (a reading: 日产 "Nissan" and 铁拳 "Tekken" in
Japanese; a place's also in Hong Kong's Cantonese, 深井 "Sham Tseng", or Wade-Giles, 大树 "Tashu": `reading_of`), and
to which the model gives no tag of a name (PROPER_TAGS) a weight above zero: its training news never read the word as
a name. Such a name is the namesake of an everyday word: the word is what running text means (a lake area, daily
output, a deep well), and annotate glosses the name only where the context reads as one
(zhgloss.glossrules.InsideRule). Not an entry whose English spells the pinyin (文昌 Wenchang, 樟木's alias Zhangmu: a
Chinese place named so), nor one whose English translates no character (英语 English, 白宫 White House, 土星 Saturn:
the name is what the word means), nor a work's or an event's calque (易经 The Book of Changes, 北伐 the Northern
Expedition: a title or an event written in ordinary words is its name wherever it stands), nor a name of another kind
than a place read in Wade-Giles or Cantonese (撒旦 "Satan" spells sa and, in Wade-Giles, tan: the Chinese spells the
foreign name), nor a word the model reads as a name too (红军 ni 4.7, 八旗 ni 4.2: the Red Army is what news means by
it).
"""

from __future__ import annotations

import argparse
import gzip
import re
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "zhgloss" / "data" / "tagged_words.txt"
NAMESAKES_OUT = ROOT / "src" / "zhgloss" / "data" / "namesake_words.txt"
COMMON_WORDS = ROOT / "src" / "zhgloss" / "data" / "common_words.txt"
LINE_RE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/$")
NAME_TAGS = frozenset({"nh", "nhf", "nhs", "ni", "ns", "nz", "nt", "nl", "nd", "j", "ws"})
"""jiagu's tags (the 863 tag set) of a name or a name-like noun: person, surname, given name, organisation, place,
other proper noun, time (永乐 the reign), location (江南), direction (西方), abbreviation (北约), foreign word."""
ORDINARY_TAGS = frozenset(
    {"n", "v", "vd", "vl", "vu", "a", "b", "d", "i", "m", "q", "mq", "r", "p", "c", "u", "e", "o"}
)
"""jiagu's tags of an ordinary word: noun, verbs, adjective, distinguishing word, adverb, idiom, numeral, classifier,
pronoun, preposition, conjunction, particle, interjection, onomatopoeia."""
PROPER_TAGS = frozenset({"nh", "nhf", "nhs", "ni", "ns", "nz", "j", "ws"})
"""NAME_TAGS less the time, location and direction nouns (nt, nl, nd: 近日, 城郊, 右侧 in the 863 tag set, ordinary
words): a tag of these above zero says the training news read the word as a name somewhere."""
NON_PERSON_TYPES = frozenset({"place", "org", "event", "work", "name", "product"})
"""The import's types of the entries whose namesakes data/namesake_words.txt lists (persons' are read by the list
itself: a person's name that is a word, as 陈年)."""
CALQUE_FREE_TYPES = frozenset({"work", "event"})
"""Types whose calque makes no namesake (`is_namesake`): a work's title, an event's name."""
_STOP_WORDS = frozenset({"of", "the", "a", "an", "in", "and", "on", "at", "to", "for"})
_ENDINGS = ("ing", "ern", "es", "s", "ed", "y", "ly", "al", "er")
"""Endings an English word of a name may add to a character's sense: Flying (fly), Northern (north), Classics."""
_SENSE_SKIP_RE = re.compile(r"\b(?:surname|variant of|old variant|see |used in|abbr\.)")
"""A character's sense that is no English of its own: a surname, a pointer to another form."""
SIZE = 2
"""Two characters: of three and four the model's n takes mostly whole names (刘少奇, 李鸿章, 万里长城, 三国演义)."""


def reads_as_word(weights: Mapping[str, float] | None) -> bool:
    """Tell whether a word's prior in the tagger (`weights`: tag -> weight of its "i word" feature; None if the model
    never saw the word) is an ordinary word's: the best tag is in ORDINARY_TAGS and weighs more than every tag of
    NAME_TAGS. 大桥 {n: 5.0, nh: 3.3} is; 合肥 {ns: 5.4, n: -1.7} and 大山 {nh: 4.6, n: 3.8} are not; None is not."""
    if not weights:
        return False
    best = max(weights, key=lambda tag: (weights[tag], tag))
    if best not in ORDINARY_TAGS:
        return False
    return all(weights[best] > weight for tag, weight in weights.items() if tag in NAME_TAGS)


def character_senses(cedict: Path) -> dict[str, frozenset[str]]:
    """Return each character's English words, lower case, from CC-CEDICT's lines of one character read in lower-case
    pinyin (its ordinary senses; not a surname's nor a pointer to another form, nor words in brackets)."""
    senses: dict[str, set[str]] = {}
    with gzip.open(cedict, "rt", encoding="utf-8") as fp:
        for line in fp:
            match = LINE_RE.match(line.rstrip("\n"))
            if match is None:
                continue
            _, hans, numbered, glosses = match.groups()
            if len(hans) != 1 or not numbered[:1].islower():
                continue
            for sense in glosses.split("/"):
                sense = re.sub(r"\([^)]*\)", " ", sense)
                if _SENSE_SKIP_RE.search(sense):
                    continue
                senses.setdefault(hans, set()).update(w for w in re.findall(r"[A-Za-z]+", sense) if w.islower())
    return {char: frozenset(words) for char, words in senses.items()}


def _translates(word: str, senses: frozenset[str]) -> bool:
    """Tell whether the English `word` is one of `senses` (a character's words), less an ending (_ENDINGS), or the
    start of one (three letters or more: Blu of blue)."""
    word = word.lower()
    stems = {word} | {word[: -len(end)] for end in _ENDINGS if word.endswith(end) and len(word) - len(end) >= 3}
    return any(stem in senses or (len(stem) >= 3 and any(sense.startswith(stem) for sense in senses)) for stem in stems)


def is_calque(form: str, english: str, senses: Mapping[str, frozenset[str]]) -> bool:
    """Tell whether `english` translates `form` character by character: each of its words (less _STOP_WORDS; at most
    three) is a sense of a character of `form` (`_translates`) and every character has one ("Lake District" for 湖区,
    "Flying Snow" for 飞雪); one English word for two characters may be two words run together ("Ironman": iron, man).
    Not "White House" for 白宫 (宫 is a palace), nor "English" for 英语 (语 has no word of it)."""
    words = [word for word in re.findall(r"[A-Za-z]+", english) if word.lower() not in _STOP_WORDS]
    if not words or len(words) > 3:
        return False
    own = [senses.get(char, frozenset()) for char in form]
    if len(words) == 1 and len(form) == 2:
        word = words[0].lower()
        return any(
            _translates(word[:cut], own[0]) and _translates(word[cut:], own[1]) for cut in range(3, len(word) - 1)
        )
    covered: set[int] = set()
    for word in words:
        hits = [i for i, char_senses in enumerate(own) if _translates(word, char_senses)]
        if not hits:
            return False
        covered.update(hits)
    return covered == set(range(len(form)))


def reading_of(form: str, english: str) -> str | None:
    """Return the romanization `english` spells the characters of `form` in, one syllable a character (a word may
    hold two: "Peimen"): "pinyin" if every syllable is pinyin, else another zhgloss reads (Wade-Giles: 大树 "Tashu";
    Hong Kong's Cantonese: 深井 "Sham Tseng"; `zhgloss.romanizations.syllable_romanization`), or "Japanese" for one
    word spelling them in their Japanese readings (日产 "Nissan", 铁拳 "Tekken": `spells_japanese`); None if it
    spells them in none."""
    from zhgloss.romanizations import spells_japanese, syllable_romanization

    words = re.sub(r"[^A-Za-z']", " ", english).split()
    systems: list[str | None] = []
    if len(words) == len(form):
        systems = [syllable_romanization(word, char) for word, char in zip(words, form, strict=True)]
    elif len(words) == 1 and len(form) == 2:
        word = words[0]
        for cut in range(1, len(word)):
            pair = [syllable_romanization(word[:cut], form[0]), syllable_romanization(word[cut:], form[1])]
            if all(pair):
                systems = pair
                break
    if systems and all(systems):
        return "pinyin" if set(systems) == {"pinyin"} else "/".join(sorted({str(system) for system in systems}))
    if len(words) == 1 and spells_japanese(words[0], form):
        return "Japanese"
    return None


def is_namesake(form: str, kind: str, englishes: list[str], senses: Mapping[str, frozenset[str]]) -> bool:
    """Tell whether a name `form` of the type `kind` whose English forms are `englishes` (an entry's en and aliases)
    is made of the word its characters write: one English translates them (`is_calque`) or reads them in another
    romanization than pinyin (`reading_of`), and none spells their pinyin (a Chinese place named so: 樟木's alias
    Zhangmu). A reading in Japanese counts for any kind (日产 Nissan, 铁拳 Tekken, 黑潮 Kuroshio); one in Wade-Giles
    or Cantonese only for a place (a town of Taiwan or Hong Kong, romanized so: 大树 Tashu, 深井 Sham Tseng): of
    another kind it is the Chinese spelling a foreign name (撒旦 "Satan": sa, and tan for 旦 in Wade-Giles). A calque
    counts for no work or event (CALQUE_FREE_TYPES): a title or an event written in ordinary words is its name
    wherever it stands (易经 The Book of Changes, 四书, 北伐 the Northern Expedition), as annotate glosses 悲惨世界."""
    readings = [reading_of(form, english) for english in englishes]
    if "pinyin" in readings:
        return False
    if "Japanese" in readings or (kind == "place" and any(readings)):
        return True
    return kind not in CALQUE_FREE_TYPES and any(is_calque(form, english, senses) for english in englishes)


def no_name_weight(weights: Mapping[str, float] | None) -> bool:
    """Tell whether the model's prior for a word (`weights`, as `reads_as_word` takes them) gives no tag of a name
    (PROPER_TAGS) a weight above zero: 湖区 (ns -1.2) does, 红军 (ni 4.7) does not."""
    return not weights or all(weight <= 0 for tag, weight in weights.items() if tag in PROPER_TAGS)


def namesake_forms(cedict: Path, tagged: list[str], priors: Mapping[str, Mapping[str, float]]) -> list[str]:
    """Return the forms of `tagged` whose entry of a NON_PERSON_TYPES type in the --proper-only import is the namesake
    of the word (`is_namesake`) and whose prior gives a name no weight (`no_name_weight`), sorted."""
    from zhgloss.formats.cedict import load_cedict

    wanted = set(tagged)
    senses = character_senses(cedict)
    found: set[str] = set()
    with gzip.open(cedict, "rt", encoding="utf-8") as fp:
        for entry in load_cedict(fp, proper_only=True, jobs=1):
            if entry.type not in NON_PERSON_TYPES:
                continue
            for form in (entry.zh, *entry.zh_aliases):
                if (
                    form in wanted
                    and form not in found
                    and no_name_weight(priors.get("i word " + form))
                    and is_namesake(form, entry.type, [entry.en or "", *entry.aliases], senses)
                ):
                    found.add(form)
    return sorted(found)


def proper_forms(cedict: Path, common: frozenset[str]) -> list[str]:
    """Return the simplified headwords of CC-CEDICT's proper lines (pinyin capitalised) of SIZE characters, all Han,
    not in `common`, sorted."""
    forms: set[str] = set()
    with gzip.open(cedict, "rt", encoding="utf-8") as fp:
        for line in fp:
            match = LINE_RE.match(line.rstrip("\n"))
            if match is None:
                continue
            _, hans, numbered, _ = match.groups()
            if numbered[:1].isupper() and len(hans) == SIZE and hans not in common and _all_han(hans):
                forms.add(hans)
    return sorted(forms)


def _all_han(text: str) -> bool:
    return all("\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" for char in text)


def tagger_priors() -> dict[str, dict[str, float]]:
    """Return jiagu's part-of-speech model's weights by feature (its model/pos.model: a gzipped pickle of the
    averaged perceptron's weights and tags, as jiagu.perceptron.Perceptron.load reads it)."""
    import pickle

    import jiagu

    path = Path(jiagu.__file__).parent / "model" / "pos.model"
    with gzip.open(path, "rb") as fp:
        weights, _tags = pickle.load(fp)  # the package's own model file
    return weights


def main(cedict: Path, out: Path = OUT, namesakes_out: Path | None = None) -> None:
    """Write the list to `out` and its namesakes (see the module docstring) to `namesakes_out`, by default
    namesake_words.txt beside `out` (NAMESAKES_OUT for the package's list)."""
    if namesakes_out is None:
        namesakes_out = out.with_name(NAMESAKES_OUT.name)
    lines = COMMON_WORDS.read_text(encoding="utf-8").split("\n")
    common = frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))
    priors = tagger_priors()
    forms = proper_forms(cedict, common)
    words = [form for form in forms if reads_as_word(priors.get("i word " + form))]
    from importlib.metadata import version

    header = [
        "# CC-CEDICT names (proper lines, 2 characters, simplified) that tagged news reads as ordinary words:",
        "# annotate glosses them only where the context reads as a name (大桥 'a bridge', not Da Qiao). Built by",
        f"# scripts/build_tagged_words.py from CC-CEDICT (CC BY-SA 4.0, MDBG) and jiagu {version('jiagu')}'s",
        "# part-of-speech model (MIT licence): the word's own weights there, best tag an ordinary word's",
        f"# ({', '.join(sorted(ORDINARY_TAGS))}) above every name's ({', '.join(sorted(NAME_TAGS))}).",
        f"# {len(words)} of the {len(forms)} forms. One form a line.",
    ]
    out.write_text("\n".join([*header, *words]) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} forms to {out}")
    namesakes = namesake_forms(cedict, words, priors)
    header = [
        "# Forms of tagged_words.txt whose name is made of the everyday word (s47): a place's, organisation's or",
        "# untyped name's entry of CC-CEDICT (CC BY-SA 4.0, MDBG; as zhgloss's --proper-only import types it) whose",
        "# English translates the characters one by one (湖区 Lake District, 铁人 Ironman; each character's English",
        "# one of its CC-CEDICT senses), or of those kinds, a work or an event, whose English spells them in",
        "# Japanese (日产 Nissan, 铁拳 Tekken), or a place's in Cantonese or Wade-Giles (深井 Sham Tseng, 大树",
        f"# Tashu); jiagu {version('jiagu')}'s model gives it no name's tag ({', '.join(sorted(PROPER_TAGS))})",
        "# a weight above zero. annotate glosses them only where the context reads as the name. Built by",
        f"# scripts/build_tagged_words.py (see its docstring). {len(namesakes)} of the {len(words)} forms. One a line.",
    ]
    namesakes_out.write_text("\n".join([*header, *namesakes]) + "\n", encoding="utf-8")
    print(f"wrote {len(namesakes)} forms to {namesakes_out}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cedict", type=Path)
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the list (default: the package's)")
    parser.add_argument(
        "--namesakes-out", type=Path, help="where to write the namesakes (default: namesake_words.txt beside --out)"
    )
    args = parser.parse_args()
    main(args.cedict, args.out, args.namesakes_out)
