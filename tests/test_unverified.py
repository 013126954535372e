"""A guess the tool cannot be sure of is labelled as one: draft entries and the proposals of annotate --unknown.

Drafts are glossed as unverified and `check` does not enforce them; the marks annotate inserts are
invisible to a second run (annotating twice changes nothing); a name the text glosses itself gets
no guess; the other readings listed are those names use.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from strategies import ENTRIES
from typer.testing import CliRunner

from zhgloss.annotate import Annotator, Elided, apply_insertions, remove_insertions, written_gloss
from zhgloss.cli import app
from zhgloss.curate import CONFIRMED_NOTE, DRAFT_NOTE, confirmed_note, draft_note, edit_entry
from zhgloss.errors import FormatError
from zhgloss.model import Entry
from zhgloss.pinyin import load_name_readings, name_origin, romanize, surnames
from zhgloss.store import Glossary
from zhgloss.unknown import _JAPANESE_SURNAME_ENDS, _TRANSLIT_RUN_CHARS, NameFinder, propose, propose_reading

DRAFT = Entry(id="bu-linken", zh="布林肯", en="Bu Linken", pinyin="Bù Línkěn", draft=True, note=draft_note())
EXTRA = [
    DRAFT,
    Entry(id="nanshan", type="place", zh="南山", en="Nanshan", pinyin="Nánshān"),
    Entry(id="xinyi", type="place", zh="信宜", en="Xinyi", pinyin="Xìnyí"),
]
ANNOTATOR = Annotator([*ENTRIES, *EXTRA])
FINDER = NameFinder()


# Draft entries: glossed as proposals, never enforced


def test_a_draft_is_glossed_as_a_proposal_inline() -> None:
    out = ANNOTATOR.annotate("美国国务卿布林肯当天抵达北京。雷军说。")
    assert "布林肯〔Bu Linken?〕" in out
    assert "（Bu Linken）" not in out
    assert "雷军（Lei Jun）" in out  # a confirmed entry keeps its verified brackets


def test_the_english_of_a_draft_is_marked_too() -> None:
    assert "Bu Linken 〔布林肯?〕 said" in ANNOTATOR.annotate("Bu Linken said.")


def test_a_draft_row_is_unverified_in_json_and_tsv() -> None:
    [row] = [json.loads(line) for line in ANNOTATOR.annotate("布林肯抵达。", fmt="json").splitlines()]
    assert (row["id"], row["status"], row["unverified"], row["draft"]) == ("bu-linken", "unverified", True, True)
    assert row["inserted"] == "〔Bu Linken?〕"
    [tsv] = ANNOTATOR.annotate("布林肯抵达。", fmt="tsv").splitlines()[1:]
    assert "\tunverified\t" in tsv


def test_a_draft_has_the_unverified_style_in_html() -> None:
    html = ANNOTATOR.annotate("布林肯抵达。雷军说。", fmt="html")
    draft, verified = html.split("<ruby")[1:]
    assert "zhgloss-unverified" in draft and "not confirmed" in draft and "<rt>Bu Linken?</rt>" in draft
    assert "zhgloss-unverified" not in verified


def test_a_draft_the_text_glosses_or_marks_already_is_left_alone() -> None:
    for text in ("布林肯（Blinken）抵达。", "布林肯〔Bù Línkěn?〕抵达。", "布林肯 (Blinken) arrived."):
        assert ANNOTATOR.annotate(text) == text
        assert ANNOTATOR.annotate(text, first_only=True) == text


def test_confirming_a_draft_says_so_in_its_note() -> None:
    assert draft_note(["other readings: Lè Jiā", "乐: a surname."]).endswith("other readings: Lè Jiā; 乐: a surname.")
    drafted = DRAFT.replace(note=draft_note(["布: not in zhgloss's surname list"]))
    assert drafted.note is not None and drafted.note.startswith(DRAFT_NOTE)
    # Its English form is the pinyin of a transliterated name, a placeholder: confirmed with its own spelling.
    confirmed = edit_entry(drafted, confirm=True, en="Antony Blinken")
    assert confirmed.draft is False
    assert confirmed.note == CONFIRMED_NOTE + " Notes on the proposal: 布: not in zhgloss's surname list."
    assert "not confirmed" not in confirmed.note
    # The lead written before this release, and a note a person wrote.
    old = "Proposed by zhgloss harvest --unknown (found in the text, not confirmed): check the reading. 布: x."
    assert confirmed_note(old) == CONFIRMED_NOTE + " 布: x."
    assert confirmed_note("Blinken, US Secretary of State.") == "Blinken, US Secretary of State."
    checked = edit_entry(drafted, confirm=True, en="Antony Blinken", note="checked on state.gov")
    assert checked.note == "checked on state.gov"


def test_check_does_not_enforce_a_draft_until_it_is_confirmed(tmp_path: Path, glossary_path: Path) -> None:
    runner = CliRunner()
    db = glossary_path
    zh, en = tmp_path / "b.zh", tmp_path / "b.en"
    zh.write_text("美国国务卿布林肯当天抵达北京。\n", encoding="utf-8")
    en.write_text("US Secretary of State Blinken arrived in Beijing that day.\n", encoding="utf-8")
    added = runner.invoke(app, ["--db", str(db), "harvest", str(zh), "--unknown", "--add", "-y"])
    assert added.exit_code == 0, added.output
    assert "edit ID --confirm" in added.stderr
    with Glossary.open(db) as gloss:
        [entry] = [e for e in gloss.iter_entries() if e.zh == "布林肯"]
    assert entry.draft and entry.note is not None and "not confirmed" in entry.note
    checked = runner.invoke(app, ["--db", str(db), "check", str(zh), str(en)])
    assert checked.exit_code == 0, checked.output  # "Blinken" is right; the draft's guess is no rule
    assert "misspelt" not in checked.stdout + checked.stderr
    annotated = runner.invoke(app, ["--db", str(db), "annotate", str(zh), "--summary"])
    assert "布林肯〔" in annotated.stdout and "?〕" in annotated.stdout
    assert f"[{entry.id}]  (draft: a proposal, not confirmed)" in annotated.stderr
    confirmed = runner.invoke(app, ["--db", str(db), "edit", entry.id, "--confirm", "--en", "Antony Blinken"])
    assert confirmed.exit_code == 0, confirmed.output
    with Glossary.open(db) as gloss:
        entry = gloss.get(entry.id)
    assert not entry.draft and entry.note is not None and entry.note.startswith(CONFIRMED_NOTE)
    assert "not confirmed" not in entry.note
    # Confirmed, the entry is a rule: its English must be used. ("Blinken" alone is its family name, a right mention
    # since the thirty-fifth session read a Western-order English's family name last, U35-18; a misspelling fails.)
    assert runner.invoke(app, ["--db", str(db), "check", str(zh), str(en)]).exit_code == 0
    en.write_text("US Secretary of State Blinkin arrived in Beijing that day.\n", encoding="utf-8")
    assert runner.invoke(app, ["--db", str(db), "check", str(zh), str(en)]).exit_code == 1


# The marks of proposals are invisible to a second run


def test_nothing_is_matched_inside_a_mark() -> None:
    text = "老朋友金心异〔Jīn Xīnyì?〕来了。"
    assert ANNOTATOR.annotate(text) == text
    assert ANNOTATOR.annotate(text, unknown=FINDER) == text


def test_a_name_cut_by_an_old_mark_reads_whole() -> None:
    # Output of an earlier release: the name was cut, and a second run marked both halves.
    marks = Elided.marks_of("易烊千〔Yì Yángqiān?〕玺主演")
    assert marks is not None and marks.text == "易烊千玺主演"
    assert (marks.start(4), marks.end(3), marks.end(4)) == (18, 3, 18)
    assert marks.to_text(18) == 4


def test_brackets_of_a_document_number_are_no_mark() -> None:
    assert Elided.marks_of("国发〔2023〕5号文件") is None
    assert Elided.marks_of("任正非〔Rén Zhèngfēi?〕") is not None


def test_a_known_name_before_a_mark_gets_its_gloss_before_it() -> None:
    # The mark of a first run, then the name was added to the glossary: the gloss goes next to the name.
    once = ANNOTATOR.annotate("雷军〔Léi Jūn?〕说。")
    assert once == "雷军（Lei Jun）〔Léi Jūn?〕说。"
    assert ANNOTATOR.annotate(once) == once


def test_a_gloss_in_the_text_changes_nothing_around_it() -> None:
    # What the word rules and the address rule decide the first time holds the second, glosses and all.
    for text in ("南山南山南山", "一往无前www.ASP", "雷军任正非表示"):
        for finder in (None, FINDER):
            once = ANNOTATOR.annotate(text, unknown=finder)
            assert ANNOTATOR.annotate(once, unknown=finder) == once, (text, once)


NAMES = ["任正非", "雷军", "钟南山", "周大福", "张小泉", "王老吉", "布林肯", "单田芳", "小米", "南山", "信宜", "金心异"]
PIECES = ["表示", "说", "和", "、", "，", "。", "专家", "董事长", "创始人", "\n", " ", "老朋友", "来了"]
WRITTEN = ["（Lei Jun）", "〔Rén Zhèngfēi?〕", "〔Jīn Xīnyì?〕", "〔Zhōng Nánshān?〕", "〔2023〕", "（Blinken）", "〔"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(NAMES + PIECES + WRITTEN), max_size=20),
    st.sampled_from(["auto", "en", "pinyin", "both"]),
    st.booleans(),
    st.booleans(),
)
def test_annotating_twice_is_annotating_once(pieces: list[str], gloss: str, unknown: bool, first_only: bool) -> None:
    text = "".join(pieces)
    finder = FINDER if unknown else None
    once = ANNOTATOR.annotate(text, gloss=gloss, unknown=finder, first_only=first_only)  # type: ignore[arg-type]
    assert ANNOTATOR.annotate(once, gloss=gloss, unknown=finder, first_only=first_only) == once  # type: ignore[arg-type]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(NAMES + PIECES + WRITTEN), max_size=20), st.booleans())
def test_removing_the_insertions_undoes_them_around_marks(pieces: list[str], unknown: bool) -> None:
    text = "".join(pieces)
    finder = FINDER if unknown else None
    annotated = ANNOTATOR.annotate(text, unknown=finder)
    insertions = ANNOTATOR.insertions(text, unknown=finder)
    assert apply_insertions(text, insertions) == annotated
    assert remove_insertions(annotated, insertions) == text


# A name the text glosses gets no guess; its gloss is no second mention


def test_a_name_the_text_glosses_gets_no_proposal() -> None:
    for text in ("评书艺术家单田芳（Shan Tianfang）说。", "Storyteller Shan Tianfang (单田芳) said."):
        assert ANNOTATOR.annotate(text, unknown=FINDER) == text
    rows = [
        json.loads(r)
        for r in ANNOTATOR.annotate("评书艺术家单田芳（Shan Tianfang）说。", fmt="json", unknown=FINDER).splitlines()
    ]
    assert [(r["surface"], r["status"], r["unverified"]) for r in rows] == [("单田芳", "already-glossed", True)]


def test_brackets_that_gloss_nothing_do_not_stop_a_proposal() -> None:
    assert "单田芳〔Shàn Tiánfāng?〕（1934—2018）" in ANNOTATOR.annotate(
        "评书艺术家单田芳（1934—2018）说。", unknown=FINDER
    )
    assert written_gloss("单田芳（Shan Tianfang）", 3)
    assert not written_gloss("单田芳（1934—2018）", 3)
    assert not written_gloss("任正非（华为创始人）", 3)


def test_the_summary_counts_a_name_and_its_gloss_once() -> None:
    runner = CliRunner()
    for options in ([], ["--first-only"], ["--format", "json"], ["--unknown"]):
        result = runner.invoke(app, ["annotate", "--summary", *options], input="雷军（Lei Jun）说。雷军说。\n")
        assert result.exit_code == 0, result.output
        assert "     2  雷军 Lei Jun  [lei-jun]" in result.stderr.splitlines(), options
        assert "2 mentions of 1 entry" in result.stderr.splitlines(), options


# The other readings are those names use


def test_alternatives_are_readings_names_use() -> None:
    for name, never in (("毛宁", "Máo Zhù"), ("钟南山", "Zhōng Nāshān"), ("连蛙鸣", "Lián Juémíng")):
        assert never not in propose(name).alternatives, name
    assert propose("乐嘉").alternatives == ("Lè Jiā",)
    rows = [json.loads(r) for r in ANNOTATOR.annotate("记者张朝阳报道。", fmt="json", unknown=FINDER).splitlines()]
    assert [r["alternatives"] for r in rows] == [["Zhāng Cháoyáng"]]


# Transliterated, Japanese and double-surnamed names: no fake surname, no invented English


def test_a_transliterated_name_is_one_word_of_pinyin_with_no_english() -> None:
    for name, pinyin in (
        ("特朗普", "Tèlǎngpǔ"),  # CC-CEDICT writes Te4 lang3 pu3: one word
        ("普京", "Pǔjīng"),  # not Pǔ Jīng, though 普 is a surname
        ("马克龙", "Mǎkèlóng"),
        ("布林肯", "Bùlínkěn"),  # not in CC-CEDICT: no surname of the table, characters of transliteration
        ("泽连斯基", "Zéliánsījī"),
        ("内塔尼亚胡", "Nèitǎníyàhú"),
        ("次仁旦达", "Cìréndàndá"),  # Tibetan
        ("古力娜扎", "Gǔlìnàzhā"),  # Uyghur: four characters of transliteration, though 古 is a surname
    ):
        proposal = propose(name)
        assert (proposal.pinyin, proposal.en, proposal.origin) == (pinyin, None, "transliterated"), name
        assert any("transliterated" in note for note in proposal.notes), name
        assert romanize(name).pinyin == pinyin
        assert romanize(name).to_dict()["en"] is None


def test_a_japanese_name_has_its_two_character_surname_and_no_english() -> None:
    for name, pinyin in (
        ("岸田文雄", "Àntián Wénxióng"),
        ("村上春树", "Cūnshàng Chūnshù"),
        ("大谷翔平", "Dàgǔ Xiángpíng"),
    ):
        proposal = propose(name)
        assert (proposal.pinyin, proposal.en, proposal.origin) == (pinyin, None, "japanese"), name
        assert any("Japanese" in note for note in proposal.notes)


def test_a_married_name_has_two_surnames() -> None:
    assert propose("林郑月娥").pinyin == "Lín-Zhèng Yuè'é"  # not Lín Zhèngyuè'é
    assert propose("林郑月娥").en == "Lin-Zheng Yue'e"
    assert propose("范徐丽泰").pinyin == "Fàn-Xú Lìtài"
    assert name_origin("林郑月娥") == "chinese"


def test_chinese_names_stay_chinese() -> None:
    for name, pinyin in (
        ("马丽", "Mǎ Lì"),  # characters of transliteration, but a surname and a given name
        ("任正非", "Rén Zhèngfēi"),
        ("欧阳娜娜", "Ōuyáng Nànà"),  # a compound surname
        ("端木蕻良", "Duānmù Hóngliáng"),  # a compound surname that ends as Japanese ones do
        ("易烊千玺", "Yì Yángqiānxǐ"),
        ("单田芳", "Shàn Tiánfāng"),
    ):
        proposal = propose(name)
        assert (proposal.pinyin, proposal.origin) == (pinyin, "chinese"), name
        assert proposal.en is not None


def test_names_of_western_peoples_and_long_transliterations_are_read_whole() -> None:
    # Four characters or more, no married double surname, half or more of them characters of
    # transliteration: no Chinese surname and given name (Jiàng Yāngzhuómǎ, Ài-Luó Xiānkē before).
    for name, pinyin in (
        ("降央卓玛", "Jiàngyāngzhuómǎ"),  # Tibetan, Jamyang Dolma
        ("次仁央宗", "Cìrényāngzōng"),  # Tibetan, Tsering Yangdzom
        ("爱罗先珂", "Àiluóxiānkē"),  # Eroshenko: 爱 and 罗 are surnames, 爱 a rare one
        ("阿依古丽", "Āyīgǔlì"),  # Uyghur
    ):
        proposal = propose(name)
        assert (proposal.pinyin, proposal.origin, proposal.en) == (pinyin, "transliterated", None), name
        inline = propose_reading(name)  # what annotate --unknown writes inline
        assert (inline.pinyin, inline.origin, inline.en) == (pinyin, "transliterated", None), name


def test_a_married_double_surname_is_two_common_surnames() -> None:
    # 林郑月娥's two surnames are common ones; a rare first surname character is no married name.
    assert propose("叶刘淑仪").pinyin == "Yè-Liú Shūyí"
    assert propose("陈方安生").pinyin == "Chén-Fāng Ānshēng"
    assert name_origin("爱罗先珂") == "transliterated"


_COMMON_SINGLE_SURNAMES = sorted(s.zh for s in surnames().values() if s.common and len(s.zh) == 1)
_COMPOUND_SURNAMES = frozenset(s.zh for s in surnames().values() if len(s.zh) == 2)


@given(
    st.sampled_from(_COMMON_SINGLE_SURNAMES),
    st.sampled_from(_COMMON_SINGLE_SURNAMES),
    st.text(alphabet="丽娥淑仪安生柔芬美玲", min_size=2, max_size=2),
)
def test_two_common_surnames_and_a_given_name_are_a_married_name(first: str, second: str, given_name: str) -> None:
    name = first + second + given_name
    # The same surname twice, a name written in transliteration characters only (马罗丽安), or a second
    # character that ends Japanese surnames (丁山仪娥, as 岸田文雄), reads otherwise.
    assume(first != second and not all(c in _TRANSLIT_RUN_CHARS for c in name))
    assume(second not in _JAPANESE_SURNAME_ENDS)
    # Two that together are a compound surname are that surname (长孙丽丽 is Zhǎngsūn Lìlì), not a married name.
    assume(first + second not in _COMPOUND_SURNAMES)
    proposal = propose(name)
    assert proposal.origin == "chinese", name
    assert proposal.pinyin is not None and "-" in proposal.pinyin.split()[0], name


def test_annotate_and_harvest_label_a_transliteration(glossary_path: Path) -> None:
    text = "美国总统特朗普说。日本首相岸田文雄表示。\n"
    rows = [json.loads(r) for r in ANNOTATOR.annotate(text, fmt="json", unknown=FINDER).splitlines()]
    assert [(r["surface"], r["pinyin"], r["en"], r["origin"]) for r in rows if r["id"] is None] == [
        ("特朗普", "Tèlǎngpǔ", None, "transliterated"),
        ("岸田文雄", "Àntián Wénxióng", None, "japanese"),
    ]
    assert "特朗普〔Tèlǎngpǔ?〕" in ANNOTATOR.annotate(text, unknown=FINDER)
    assert "特朗普〔Tèlǎngpǔ?〕" in ANNOTATOR.annotate(text, gloss="en", unknown=FINDER)  # no English: the pinyin
    runner = CliRunner()
    listed = runner.invoke(app, ["--db", str(glossary_path), "harvest", "--unknown", "-"], input=text)
    assert "\t特朗普\tTèlǎngpǔ?\t-\t[person, transliterated]" in listed.stdout
    added = runner.invoke(app, ["--db", str(glossary_path), "harvest", "--unknown", "--add", "-y", "-"], input=text)
    assert added.exit_code == 0, added.output
    with Glossary.open(glossary_path) as gloss:
        [entry] = [e for e in gloss.iter_entries() if e.zh == "特朗普"]
    assert entry.draft and entry.pinyin == "Tèlǎngpǔ"
    assert entry.note is not None and "placeholder" in entry.note


def test_foreign_readings_have_no_surname() -> None:
    good = "foreign\t普京\t普京\tpu3 jing1\t0\n"
    assert load_name_readings([good]).foreign == {"普京": (("pu3", "jing1"),)}
    # Two words (马可波罗 [Ma3 ke3 Bo1 luo2]): the size is the first word's, and a second word must follow.
    two = "foreign\t马可波罗\t馬可波羅\tma3 ke3 bo1 luo2\t2\n"
    assert load_name_readings([two]).foreign["馬可波羅"] == (("ma3", "ke3"), ("bo1", "luo2"))
    for size in ("2", "4"):
        with pytest.raises(FormatError):
            load_name_readings([f"foreign\t普京\t普京\tpu3 jing1\t{size}\n"])
    with pytest.raises(FormatError):
        load_name_readings(["japanese\t安倍晋三\t安倍晉三\tan1 bei4 jin4 san1\t0\n"])
