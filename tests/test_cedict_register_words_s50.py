"""A CC-CEDICT line that is first a word of a register and names its thing only under a label is that word (R49-21).

土共 "(coll.) commie (derog., used by the KMT)/CCP, the party of the people (used by CCP supporters)/pro-Beijing camp
(HK)/(abbr.) Communist Party of Turkey/Communist Party of Turkmenistan/" was the organisation "CCP": `lookup CCP` gave
the slur as the only answer, and annotate glossed English copy's "CCP" 土共. A label the commands read as a secondary
use (`zhgloss.forms.is_marked_form`) does not say "(used by CCP supporters)", so the import decides: a line whose
first sense is a slang, colloquial or derogatory word naming nothing, and whose first name is given under such a label
or a group's ("used by ..."), is that word (`zhgloss.formats.cedict._is_register_word`, read in `_read_line`): out of
`--proper-only`, a common word of the full import. A line naming its thing first under a label (棒国 "(derog.) Korea")
stays the name, which the note labels, as before.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from cedict_fixtures import rows_by_zh
from hypothesis import given
from hypothesis import strategies as st

# Real CC-CEDICT lines (../shared/data/cedict_ts.u8.gz).
TUGONG = (
    "土共 土共 [Tu3 gong4] /(coll.) commie (derog., used by the KMT)/CCP, the party of the people (used by CCP "
    "supporters)/pro-Beijing camp (HK)/(abbr.) Communist Party of Turkey/Communist Party of Turkmenistan/"
)
ZHONGGONG = (
    "中共 中共 [Zhong1 Gong4] /abbr. for 中國共產黨|中国共产党[Zhong1 guo2 Gong4 chan3 dang3], Chinese Communist Party/"
)
BANGGUO = "棒國 棒国 [Bang4 guo2] /(derog.) Korea/"
NIHONG = '霓虹國 霓虹国 [Ni2 hong2 guo2] /(slang) Japan (loanword from the Japanese word for Japan, "Nihon")/'
KINGDOM_HALL = (
    "王國聚會所 王国聚会所 [Wang2 guo2 Ju4 hui4 suo3] /Kingdom Hall (place of worship used by Jehovah's Witnesses)/"
)
BATIE = (
    "巴鐵 巴铁 [Ba1 tie3] /Transit Elevated Bus (TEB)/(coll.) Pakistani brethren/Pakistani comrades/abbr. for "
    "巴基斯坦鐵哥們|巴基斯坦铁哥们[Ba1 ji1 si1 tan3 tie3 ge1 men5]/"
)
LONGYANG = "龍陽 龙阳 [Long2 yang2] /place in Shanghai/(coll.) male homosexual/"


def test_tugong_is_no_name_of_the_ccp() -> None:
    assert rows_by_zh(TUGONG) == {}  # --proper-only: no name
    rows = rows_by_zh(TUGONG, proper_only=False)
    assert rows["土共"]["type"] == "term"
    assert rows["土共"]["en"] == "commie"
    assert "CCP" not in [rows["土共"]["en"], *rows["土共"]["aliases"]]


def test_a_thing_named_first_under_a_label_stays_that_name() -> None:
    # As before: the note labels the name, and every command reads the label (English "Korea" is 韩国).
    rows = rows_by_zh(BANGGUO, NIHONG, KINGDOM_HALL, BATIE, LONGYANG)
    assert {zh: (row["type"], row["en"]) for zh, row in rows.items()} == {
        "棒国": ("name", "Korea"),
        "霓虹国": ("place", "Japan"),
        "王国聚会所": ("place", "Kingdom Hall"),  # "used by" inside a description: no label
        "巴铁": ("name", "Transit Elevated Bus"),  # a name first, unlabelled
    }


REGISTERS = ["(coll.)", "(slang)", "(derog.)", "(Internet slang)", "(coll., derog.)"]
USAGES = ["(used by CCP supporters)", "(derog., used by the KMT)", "(slang)", "(coll.)"]
WORDS = ["commie", "yokel", "chill about everything", "quack"]
NAMES = ["CCP", "Pakistan", "Taipei", "Korean Workers' Party"]


def _line(*glosses: str) -> str:
    return f"土共 土共 [Tu3 gong4] /{'/'.join(glosses)}/"


@given(st.sampled_from(REGISTERS), st.sampled_from(WORDS), st.sampled_from(NAMES), st.sampled_from(USAGES))
def test_a_register_word_then_a_labelled_name(register: str, word: str, name: str, usage: str) -> None:
    # Lines of 土共's shape (its characters, other glosses): a register's word, then the name under a label, is that
    # word, out of the names glossary; a name given plainly after the word, or first, is still a name.
    assert rows_by_zh(_line(f"{register} {word}", f"{name} {usage}")) == {}
    assert rows_by_zh(_line(f"{register} {word}", f"{name}, the party of the people {usage}", "pro-Beijing camp")) == {}
    assert rows_by_zh(_line(f"{register} {word}", name))["土共"]["en"] == name
    assert rows_by_zh(_line(f"{register} {name}"))["土共"]["en"] == name
    assert rows_by_zh(_line(name, f"{register} {word}"))["土共"]["en"] == name


def test_installed_lookup_ccp_finds_no_slur(tmp_path: Path, zhgloss_exe: str) -> None:
    source = tmp_path / "cedict.u8"
    source.write_text("\n".join([TUGONG, ZHONGGONG, BANGGUO]) + "\n", encoding="utf-8")
    for flags in (["--proper-only"], []):
        db = tmp_path / f"g{len(flags)}.json"
        done = subprocess.run(
            [zhgloss_exe, "--db", str(db), "import", str(source), *flags], capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        entries = {e["zh"]: e for e in json.loads(db.read_text(encoding="utf-8"))["entries"].values()}
        assert ("土共" in entries) is (not flags)
        found = subprocess.run([zhgloss_exe, "--db", str(db), "lookup", "CCP"], capture_output=True, text=True)
        assert "土共" not in found.stdout, found.stdout
        annotated = subprocess.run(
            [zhgloss_exe, "--db", str(db), "annotate", "-"], input="The CCP said.\n", capture_output=True, text=True
        )
        assert annotated.returncode == 0, annotated.stderr
        assert "土共" not in annotated.stdout
