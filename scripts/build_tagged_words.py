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
forms up simplified), that common_words.txt does not already keep out. zhgloss reads only the file written: neither
jiagu nor CC-CEDICT is needed at run time, and nothing is downloaded.
"""

from __future__ import annotations

import argparse
import gzip
import re
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "zhgloss" / "data" / "tagged_words.txt"
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


def main(cedict: Path, out: Path = OUT) -> None:
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


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cedict", type=Path)
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the list (default: the package's)")
    args = parser.parse_args()
    main(args.cedict, args.out)
