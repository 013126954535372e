"""A sheet's person English as Hong Kong's government and its desks type it: post-nominal letters after a comma, and
capitals after a given name's hyphen (users U36-17 and U36-36, session 36).

The Government's directory writes an official with the honours after the English name ("LAM Ting-kwok, Paul, SC",
"CHEUNG Kui-nung, Andrew, GBM", "IP LAU Suk-yee, Regina, GBM, GBS, JP": gov.hk's directory, LegCo's member list); a
sheet of them imported as an untyped `name` whose English was that whole string, its pinyin run together, where the
same row without the letters is 'Paul Lam', a person. Harvest reads such letters as honours (the note keeps them);
the table readers now do the same (`zhgloss.formats.table._short_english`, the one rule of every reader).

A desk's sheet typing "Leung Chun-Ying", "Paul Chan Mo-Po" or the Government's "LEUNG Kwok-Hung" kept the capital
after the hyphen, and check then called the standard "Leung Chun-ying" a variant; Hong Kong, Taiwan and the
Government write the syllable after the hyphen in lower case (梁振英 "Leung Chun-ying" on gov.hk and in the SCMP),
as the CC-CEDICT reader already writes "Chow Yun-fat" for its "Chow Yun-Fat" (U35-14).

On the parent commit, 6 of this file's 8 tests fail (an org's letters and a given name written first, left alone,
pass on both).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True, check=False)


def _imported(tmp_path: Path, text: str) -> tuple[subprocess.CompletedProcess[str], dict[str, dict[str, object]]]:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(text, encoding="utf-8")
    db = tmp_path / "g.json"
    assert _run("init", str(db), "--empty").returncode == 0
    done = _run("import", str(sheet), "--db", str(db))
    assert done.returncode == 0, done.stderr
    docs = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    return done, {str(doc["zh"]): doc for doc in docs}


# Rows copied from the Government's directory (gov.hk), two columns as a desk pastes them.
_DIRECTORY = (
    "zh,en\n"
    '林定國,"LAM Ting-kwok, Paul, SC"\n'
    '張舉能,"CHEUNG Kui-nung, Andrew, GBM"\n'
    '葉劉淑儀,"IP LAU Suk-yee, Regina, GBM, GBS, JP"\n'
)


def test_post_nominal_letters_go_to_the_note(tmp_path: Path) -> None:
    done, entries = _imported(tmp_path, _DIRECTORY)
    lam = entries["林定国"]
    assert (lam["type"], lam["en"], lam["pinyin"]) == ("person", "Paul Lam", "Lín Dìngguó")
    assert lam["aliases"] == ["Paul Lam Ting-kwok", "Lam Ting-kwok"]
    assert lam["note"] == "post-nominal honours: SC"
    cheung = entries["张举能"]
    assert (cheung["type"], cheung["en"], cheung["note"]) == ("person", "Andrew Cheung", "post-nominal honours: GBM")
    ip = entries["叶刘淑仪"]
    assert (ip["type"], ip["en"]) == ("person", "Regina Ip")
    assert ip["aliases"] == ["Regina Ip Lau Suk-yee", "Ip Lau Suk-yee"]
    assert ip["note"] == "post-nominal honours: GBM, GBS, JP"
    assert "line 2: en 'LAM Ting-kwok, Paul, SC'" in done.stderr
    assert "post-nominal honours (SC) in the note" in done.stderr
    valid = _run("validate", "--db", str(tmp_path / "g.json"))
    assert valid.returncode == 0, valid.stdout + valid.stderr


def test_letters_after_a_name_in_the_papers_order(tmp_path: Path) -> None:
    # The same honours after a name papers write ("Li Ka-shing, GBM": Wikipedia's lead), a note kept beside them.
    _, entries = _imported(tmp_path, 'zh,en,type,note\n李嘉誠,"Li Ka-shing, GBM",person,founder of CK Hutchison\n')
    li = entries["李嘉诚"]
    assert li["en"] == "Li Ka-shing"
    assert li["note"] == "founder of CK Hutchison; post-nominal honours: GBM"


def test_an_org_s_letters_are_left_alone(tmp_path: Path) -> None:
    # No person's name before the comma: "Wing On, MH" is kept as written (and "Inc" is no honour).
    _, entries = _imported(tmp_path, 'zh,en,type\n永安,"Wing On, MH",org\n')
    assert entries["永安"]["en"] == "Wing On, MH"


_CAPS = "zh,en,type\n梁振英,Leung Chun-Ying,person\n陳茂波,Paul Chan Mo-Po,person\n梁國雄,LEUNG Kwok-Hung,person\n"


def test_the_syllable_after_the_hyphen_is_lower_case(tmp_path: Path) -> None:
    done, entries = _imported(tmp_path, _CAPS)
    assert entries["梁振英"]["en"] == "Leung Chun-ying"
    assert entries["陈茂波"]["en"] == "Paul Chan"
    assert entries["陈茂波"]["aliases"] == ["Paul Chan Mo-po", "Chan Mo-po"]
    assert entries["梁国雄"]["en"] == "Leung Kwok-hung"
    assert "line 2: en 'Leung Chun-Ying' names '梁振英' with a capital after the given name's hyphen" in done.stderr
    pairs = tmp_path / "caps.tsv"
    pairs.write_text("梁振英今日出席。\tLeung Chun-ying attended today.\n", encoding="utf-8")
    checked = _run("check", str(pairs), "--db", str(tmp_path / "g.json"))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "variant" not in checked.stdout


def test_a_given_name_written_first_keeps_its_capitals(tmp_path: Path) -> None:
    # 李开复 writes himself "Kai-Fu Lee": the given name first is his own form, no Chinese order to read.
    _, entries = _imported(tmp_path, "zh,en,type,en_adopted\n李開復,Kai-Fu Lee,person,true\n")
    assert entries["李开复"]["en"] == "Kai-Fu Lee"


def test_tbx_and_json_lines_read_the_same_rule(tmp_path: Path) -> None:
    # Every reader's person English goes through one rule (`judged_english`): a JSON array of another tool's objects.
    source = tmp_path / "people.json"
    source.write_text(
        json.dumps([{"zh": "周潤發", "en": "Chow Yun-Fat", "type": "person"}], ensure_ascii=False), encoding="utf-8"
    )
    db = tmp_path / "j.json"
    assert _run("init", str(db), "--empty").returncode == 0
    done = _run("import", str(source), "--db", str(db))
    assert done.returncode == 0, done.stderr
    (doc,) = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert doc["en"] == "Chow Yun-fat"


_SYLLABLES = ["Chun", "Ying", "Mo", "Po", "Kwok", "Hung", "Yun", "Fat", "Ka", "Chiu", "Wing", "Man", "Suk", "Yee"]


@given(
    st.sampled_from([("梁振英", "Leung"), ("陳茂波", "Chan"), ("周潤發", "Chow"), ("李家超", "Lee")]),
    st.sampled_from(_SYLLABLES),
    st.sampled_from(_SYLLABLES),
    st.sampled_from(["", "Paul ", "John "]),
    st.booleans(),
)
def test_lowering_changes_only_the_case_after_the_hyphen(
    name: tuple[str, str], first: str, second: str, western: str, capitals: bool
) -> None:
    from zhgloss.formats.table import _lower_given_syllables

    zh, surname = name
    family = surname.upper() if capitals and not western else surname
    en = f"{western}{family} {first}-{second}"
    lowered = _lower_given_syllables(zh, en)
    assert lowered.lower() == en.lower()
    assert lowered == f"{western}{family} {first}-{second.lower()}"
    assert _lower_given_syllables(zh, lowered) == lowered


@given(st.sampled_from(["Kai-Fu Lee", "Tim Berners-Lee", "Vanessa-Mae", "Hewlett-Packard", "Coca-Cola"]))
def test_other_hyphens_are_left_alone(en: str) -> None:
    from zhgloss.formats.table import _lower_given_syllables

    assert _lower_given_syllables("李开复", en) == en
