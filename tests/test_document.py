"""What a document says about its own words (`zhgloss.document.DocumentRule`): 庄老 in Lu Xun's 未庄老例.

The glossary is real: CC-CEDICT's lines for the names concerned (tests/data/cedict_names_document.u8,
imported as `zhgloss import --proper-only` would) and a person of the news; the documents are Lu Xun's
阿Q正传 as ../shared/data/zh-corpus.txt holds it, and news copy.
"""

from __future__ import annotations

import io
from pathlib import Path
from pipes import Trickle

import pytest

from zhgloss.annotate import Annotator, Session, annotate_stream
from zhgloss.document import DOC_REACH
from zhgloss.formats.cedict import load_cedict
from zhgloss.model import Entry

DATA = Path(__file__).resolve().parent / "data"


def entries() -> list[Entry]:
    with (DATA / "cedict_names_document.u8").open(encoding="utf-8") as fp:
        return [*load_cedict(fp, proper_only=True), Entry(id="lei-jun", zh="雷军", en="Lei Jun", type="person")]


ANNOTATOR = Annotator(entries())


def glossed(text: str, annotator: Annotator = ANNOTATOR) -> list[str]:
    return [m.surface for m in annotator.mentions(text)]


@pytest.fixture(scope="module")
def ah_q(shared_dir: Path) -> str:
    """阿Q正传 from its start to the paragraph after the second 未庄老例, as zh-corpus.txt has it."""
    text = (shared_dir / "data" / "zh-corpus.txt").read_text(encoding="utf-8")
    start = text.index("阿Ｑ正传")
    end = text.index("\n", text.index("未庄老例", text.index("未庄老例") + 1))
    return text[start:end]


def test_a_name_the_story_keeps_using_is_not_cut_by_a_glossary_form(ah_q: str) -> None:
    # 然而未庄老例 and 未庄老例，看见: "Weizhuang's old custom", never Zhuangzi and Laozi (issue 9, zh-corpus.txt).
    assert ah_q.count("未庄老例") == 2
    assert "庄老" not in glossed(ah_q)
    assert "鲁迅" not in ah_q or "鲁迅" in glossed(ah_q)


def test_the_cue_is_the_documents(ah_q: str) -> None:
    # The sentence alone says too little: 未庄 stands in it twice more, and nothing else speaks for it.
    line = next(line for line in ah_q.splitlines() if "未庄老例" in line)
    assert glossed(line) == ["庄老"]
    # Each text of spans_many is a document of its own: the story before it does not reach the line.
    story, alone = ANNOTATOR.spans_many([ah_q, line])
    assert alone == ANNOTATOR.spans(line)
    assert "庄老" not in [ah_q[s:e] for s, e, _ in story]


def test_the_form_used_as_itself_is_kept() -> None:
    # Zhuangzi and Laozi, as the history of thought writes them: no pair of the document holds 庄老.
    text = "魏晋名士崇尚庄老，清谈之风盛行。庄老之学在当时影响很大，阮籍、嵇康都好读庄老。"
    assert glossed(text) == ["庄老", "庄老", "庄老"]
    # A document that uses 未庄 and also writes 庄老 on its own: the form stands outside the pair.
    both = "未庄的人，到未庄去，在未庄住，未庄人说。未庄老例如此。庄老之学另有所指。"
    assert glossed(both) == ["庄老", "庄老"]


def test_a_pair_two_words_make_where_they_meet_is_no_name() -> None:
    # 军说 comes back four times, but always as 将军|说: its neighbours do not vary (accessor variety).
    text = "雷军说，小米要做好手机。将军说，要守住城门。另一位将军说，要出城。老将军说，再等等。将军说好。"
    assert glossed(text) == ["雷军"]


def test_names_the_dictionary_counts_are_the_word_rules_business() -> None:
    # 北京 is a word of jieba's counts: however often the document writes 在北, the match is not concerned.
    text = "他在北方长大，在北边工作，在北面住，后来在北京定居。"
    assert glossed(text) == ["北京"]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_stream_in_pieces_carries_the_document_across_chunks(ah_q: str, seed: int) -> None:
    # Read a few hundred bytes at a time, most chunks hold a line or two: the cue comes from the chunks before.
    out = io.BytesIO()
    session = Session(ANNOTATOR)
    annotate_stream(session, Trickle(ah_q.encode(), seed, most=600), out)  # type: ignore[arg-type]
    annotated = out.getvalue().decode()
    assert annotated == ANNOTATOR.annotate(ah_q)
    assert "庄老（" not in annotated
    assert len(session._before) == DOC_REACH  # flat: only the end of the document so far is kept
    # A new document starts afresh: the line alone is glossed.
    line = next(line for line in ah_q.splitlines() if "未庄老例" in line) + "\n"
    fresh = io.BytesIO()
    annotate_stream(Session(ANNOTATOR), io.BytesIO(line.encode()), fresh)
    assert "庄老（Zhuangzi and Laozi" in fresh.getvalue().decode()


def test_safe_forms_keep_their_override(ah_q: str) -> None:
    keep = [e.replace(safe_forms=("庄老",)) if e.zh == "庄老" else e for e in entries()]
    assert "庄老" in glossed(ah_q, Annotator(keep))


def test_rule_counts_what_it_drops(ah_q: str) -> None:
    annotator = Annotator(entries())
    annotator.mentions(ah_q)
    assert annotator._document is not None
    assert annotator._document.dropped == 2
