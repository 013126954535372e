"""lookup and the library on namesakes (the user's U38-2, s38): two officials whose English is one, 王勇 and 王永, both
"Wang Yong" (王勇 was a State Councilor 2013-2023: the State Council's list of its members). `lookup --field`, the
scripted form, printed whichever was added first, exit 0, and `Glossary.get("Wang Yong")` returned it, raising
nothing: a script could not tell it got one of two. Now the field is an empty line with the two named on stderr and
exit 1; `get` and `find` raise AmbiguousNameError naming both; the cards of both are printed, with a note. A stock
code that refers to its company is no namesake of it. On the parent 4bede4b7 the ambiguity tests fail.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from zhgloss.errors import AmbiguousNameError, NotFoundError
from zhgloss.model import Entry, Role
from zhgloss.store import Glossary, equally_matched

WANG_YONG = Entry(
    id="wang-yong",
    type="person",
    zh="王勇",
    en="Wang Yong",
    pinyin="Wáng Yǒng",
    roles=(Role(title="State Councilor", org="State Council", start="2013-03", end="2023-03"),),
)
WANG_YONG_2 = Entry(
    id="wang-yong-2", type="person", zh="王永", en="Wang Yong", pinyin="Wáng Yǒng", note="another Wang Yong"
)
TENCENT = Entry(id="tencent", type="org", zh="腾讯", en="Tencent")
TENCENT_CODE = Entry(id="stock-0700-hk", type="stock_code", en="0700.HK", zh_aliases=("Tencent",), refers_to="tencent")


@pytest.fixture
def glossary(tmp_path: Path) -> Path:
    path = tmp_path / "team.json"
    with Glossary.open(path, must_exist=False) as gloss:
        gloss.add(WANG_YONG)
        gloss.add(WANG_YONG_2)
        gloss.add(TENCENT)
    return path


def _run(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args, "--db", str(db)], capture_output=True, text=True, check=False)


def test_the_library_refuses_to_pick_one_of_two_namesakes(glossary: Path) -> None:
    with Glossary.open(glossary) as gloss:
        with pytest.raises(AmbiguousNameError) as info:
            gloss.get("Wang Yong")
        assert {e.id for e in info.value.entries} == {"wang-yong", "wang-yong-2"}
        assert "王勇" in str(info.value) and "王永" in str(info.value)
        with pytest.raises(AmbiguousNameError):
            gloss.find("wang yong")  # the pinyin: both too
        # A form only one holds answers as before.
        assert gloss.get("王永").id == "wang-yong-2"
        assert gloss.get("Tencent").id == "tencent"
        with pytest.raises(NotFoundError):
            gloss.get("Li Qiang")


def test_an_ambiguity_is_a_lookup_error_as_not_found_is() -> None:
    assert issubclass(AmbiguousNameError, LookupError)


def test_lookup_field_prints_no_guess_for_namesakes(glossary: Path) -> None:
    done = _run("lookup", "Wang Yong", "腾讯", "--field", "zh", db=glossary)
    assert done.returncode == 1
    assert done.stdout.split("\n")[:2] == ["", "腾讯"]  # one line per query, in step
    assert "王勇" in done.stderr and "王永" in done.stderr and "Traceback" not in done.stderr


def test_lookup_field_json_names_the_namesakes(glossary: Path) -> None:
    done = _run("lookup", "Wang Yong", "--field", "zh", "--json", db=glossary)
    assert done.returncode == 1
    (row,) = json.loads(done.stdout)
    assert row["zh"] is None
    assert set(row["ambiguous"]) == {"wang-yong", "wang-yong-2"}


def test_lookup_cards_show_both_namesakes_and_say_so(glossary: Path) -> None:
    done = _run("lookup", "Wang Yong", db=glossary)
    assert done.returncode == 0
    assert "王勇" in done.stdout and "王永" in done.stdout and "State Councilor" in done.stdout
    assert "2 entries" in done.stderr


def test_an_entry_referring_to_another_is_no_namesake_of_it() -> None:
    with Glossary(None) as gloss:
        gloss.add(TENCENT)
        gloss.add(TENCENT_CODE)
        hits = gloss.lookup("Tencent")
        assert len(equally_matched(hits)) <= 1
        assert gloss.get("Tencent").id == "tencent"


def test_a_better_field_is_no_tie() -> None:
    """A namesake found by its English beside another entry found only by its pinyin: the English wins, as before."""
    with Glossary(None) as gloss:
        gloss.add(Entry(id="wang-yi", type="person", zh="王毅", en="Wang Yi"))
        gloss.add(Entry(id="netease", type="org", zh="网易", en="NetEase", aliases=("Wangyi",)))
        assert gloss.get("Wang Yi").id == "wang-yi"


@pytest.mark.parametrize(
    ("query", "title", "name"),
    [
        ("Vice Premier He Lifeng", "Vice Premier", "He Lifeng"),
        ("General Zhang Youxia", "General", "Zhang Youxia"),
        ("Comrade Huang Kunming", "Comrade", "Huang Kunming"),
    ],
)
def test_lookup_of_a_name_with_its_title_points_to_the_name(tmp_path: Path, query: str, title: str, name: str) -> None:
    """U38-23: copy writes officials with their title; lookup stays exact (exit 1) and says where the name is."""
    path = tmp_path / "officials.json"
    with Glossary.open(path, must_exist=False) as gloss:
        gloss.add(Entry(id="he-lifeng", type="person", zh="何立峰", en="He Lifeng"))
        gloss.add(Entry(id="zhang-youxia", type="person", zh="张又侠", en="Zhang Youxia"))
        gloss.add(Entry(id="huang-kunming", type="person", zh="黄坤明", en="Huang Kunming"))
    done = _run("lookup", query, db=path)
    assert done.returncode == 1 and done.stdout == ""
    assert f"without the title {title!r}, {name!r} is" in done.stderr


def test_split_title_reads_only_titles() -> None:
    from zhgloss.harvest import split_title

    assert split_title("Vice Premier He Lifeng") == ("Vice Premier", "He Lifeng")
    assert split_title("Bank of China Ltd") is None
    assert split_title("He Lifeng") is None
    assert split_title("Jack Ma Yun") is None


@pytest.mark.parametrize(
    ("first", "second", "query", "expected"),
    [
        # Other readings sharing an English: CC-CEDICT's abbreviation and its full name, an epithet (R38-26).
        (("jing", "place", "京", "Jīng"), ("beijing", "place", "北京", "Běijīng"), "Beijing", "beijing"),
        (
            ("mao-zhuxi", "person", "毛主席", "Máo Zhǔxí"),
            ("mao-zedong", "person", "毛泽东", "Máo Zédōng"),
            "Mao Zedong",
            None,
        ),
        # A transliteration in two spellings: one person (克林顿, Taiwan's 柯林顿).
        (("kelindun", "person", "克林顿", "Kèlíndùn"), ("kelindun-2", "person", "柯林顿", "Kēlíndùn"), "Clinton", None),
    ],
)
def test_entries_sharing_an_english_that_are_no_namesakes_answer_as_before(
    first: tuple[str, str, str, str], second: tuple[str, str, str, str], query: str, expected: str | None
) -> None:
    with Glossary(None) as gloss:
        for entry_id, kind, zh, pinyin in (first, second):
            gloss.add(Entry(id=entry_id, type=kind, zh=zh, en=query, pinyin=pinyin))
        found = gloss.get(query)  # no AmbiguousNameError
        assert found.id == (expected or gloss.lookup(query)[0].entry.id)


def test_two_people_of_one_reading_are_namesakes() -> None:
    """刘翔 the hurdler and 刘向 the Han scholar, both "Liu Xiang" in CC-CEDICT."""
    with Glossary(None) as gloss:
        gloss.add(Entry(id="liu-xiang", type="person", zh="刘翔", en="Liu Xiang", pinyin="Liú Xiáng"))
        gloss.add(Entry(id="liu-xiang-2", type="person", zh="刘向", en="Liu Xiang", pinyin="Liú Xiàng"))
        with pytest.raises(AmbiguousNameError):
            gloss.get("Liu Xiang")


# R38-29 (the review, s38): two people of one adopted English name. Hong Kong's Secretary for Home and Youth Affairs
# Alice Mak is 麦美娟; the Chief Secretary for Administration Eric Chan Kwok-ki is 陈国基 (HKSAR Government's list of
# principal officials), and "Eric Chan" is as common an English name in Hong Kong as 陈志豪 is a Chinese one. Main
# answered the first added, exit 0: the namesake rule read pinyin English only.
ERIC_CHAN = Entry(id="eric-chan", type="person", zh="陈国基", en="Eric Chan", en_adopted=True, pinyin="Chén Guójī")
ERIC_CHAN_2 = Entry(id="eric-chan-2", type="person", zh="陈志豪", en="Eric Chan", en_adopted=True, pinyin="Chén Zhìháo")
# One man in two spellings of a transliteration: the English spells no Chinese surname (克 is none; 柯 is one, and
# "Bill Clinton" spells neither).
CLINTON = Entry(id="bill-clinton", type="person", zh="克林顿", en="Bill Clinton", en_adopted=True, pinyin="Kèlíndùn")
CLINTON_TW = Entry(
    id="bill-clinton-2", type="person", zh="柯林顿", en="Bill Clinton", en_adopted=True, pinyin="Kēlíndùn"
)
# A title's English: CC-CEDICT's 周武王 and 周武王姬发 are one king, "King Wu of Zhou" no personal name.
KING_WU = Entry(id="king-wu", type="person", zh="周武王", en="King Wu of Zhou", en_adopted=True, pinyin="Zhōu Wǔ Wáng")
KING_WU_2 = Entry(
    id="king-wu-2", type="person", zh="周武王姬发", en="King Wu of Zhou", en_adopted=True, pinyin="Zhōu Wǔ Wáng Jī Fā"
)


@pytest.mark.parametrize(
    ("entries", "query", "ambiguous"),
    [
        ((ERIC_CHAN, ERIC_CHAN_2), "Eric Chan", True),
        ((ERIC_CHAN, ERIC_CHAN_2), "eric chan", True),
        ((CLINTON, CLINTON_TW), "Bill Clinton", False),
        ((KING_WU, KING_WU_2), "King Wu of Zhou", False),
    ],
)
def test_people_of_one_adopted_english_spelling_their_surname_are_namesakes(
    tmp_path: Path, entries: tuple[Entry, ...], query: str, ambiguous: bool
) -> None:
    path = tmp_path / "hk.json"
    with Glossary.open(path, must_exist=False) as gloss:
        for entry in entries:
            gloss.add(entry)
    with Glossary.open(path) as gloss:
        if ambiguous:
            with pytest.raises(AmbiguousNameError) as info:
                gloss.get(query)
            assert {e.id for e in info.value.entries} == {e.id for e in entries}
        else:
            assert gloss.get(query).id == entries[0].id
    done = _run("lookup", query, "--field", "zh", db=path)
    if ambiguous:
        assert (done.returncode, done.stdout) == (1, "\n")
        assert all(e.zh in done.stderr for e in entries), done.stderr
    else:
        assert (done.returncode, done.stdout) == (0, f"{entries[0].zh}\n")
