"""Three small harvest findings of the s47 review's "not filed" list (s48).

- Two English forms split by a slash, '曾毓群（Robin Zeng / Zeng Yuqun）', were no item `_read_bracket` read: the
  pair was dropped without a word. Now each is a form, the first the English, the others aliases.
- An English title after the name in the bracket, '卢伟冰（Lu Weibing, Xiaomi president）', was lost (the Chinese
  comma form with a Chinese title kept it, and so did the English-first "Wang Chuanfu (王传福, BYD chairman)"): it is
  the person's role now.
- `harvest --unknown` proposed 黄淮 (the Huang-Huai region of 华北、黄淮等地) as a person "Huang Huai": a list whose
  等 is followed by a word for places (等地, 等省份, 等国家: `unknown._PLACE_CATEGORIES`) lists places.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.harvest import harvest


@pytest.mark.parametrize(
    ("line", "zh", "en", "aliases"),
    [
        (
            "宁德时代董事长曾毓群（Robin Zeng / Zeng Yuqun）表示。",
            "曾毓群",
            "Robin Zeng",
            ("Zeng Yuqun",),
        ),  # the review's
        ("曾毓群（Robin Zeng / Zeng Yuqun）表示。", "曾毓群", "Robin Zeng", ("Zeng Yuqun",)),
        ("歌手周杰伦（Jay Chou / Chou Chieh-lun）发布新专辑。", "周杰伦", "Jay Chou", ("Chou Chieh-lun",)),
    ],
)
def test_english_forms_split_by_a_slash_are_the_english_and_its_aliases(
    line: str, zh: str, en: str, aliases: tuple[str, ...]
) -> None:
    (found,) = [p for p in harvest(line, []) if p.kind == "name"]
    assert (found.zh, found.entry.en, found.entry.aliases) == (zh, en, aliases)


def test_a_slash_between_codes_is_as_before() -> None:
    tickers = sorted(p.en for p in harvest("阿里巴巴（BABA.N/9988.HK）股价上涨。", []) if p.kind == "ticker")
    assert tickers == ["9988.HK", "BABA.N"]


@pytest.mark.parametrize(
    ("line", "zh", "role"),
    [
        ("卢伟冰（Lu Weibing, Xiaomi president）表示。", "卢伟冰", "Xiaomi president"),  # the review's
        ("雷军（Lei Jun, Xiaomi founder）表示。", "雷军", "Xiaomi founder"),
        ("王传福（Wang Chuanfu, BYD chairman）出席。", "王传福", "BYD chairman"),
        ("卢伟冰（Lu Weibing，小米集团总裁）表示。", "卢伟冰", "小米集团总裁"),  # as on the parent
    ],
)
def test_a_title_after_the_english_is_the_role(line: str, zh: str, role: str) -> None:
    (found,) = [p for p in harvest(line, []) if p.kind == "name"]
    assert (found.zh, found.entry.type, [r.title for r in found.entry.roles]) == (zh, "person", [role])


@given(
    st.sampled_from([("雷军", "Lei Jun"), ("王传福", "Wang Chuanfu"), ("卢伟冰", "Lu Weibing")]),
    st.sampled_from(["Xiaomi president", "BYD chairman", "Tencent founder", "Huawei spokesman", "chairman of BYD"]),
    st.sampled_from([", ", "; "]),
)
def test_no_english_title_in_the_bracket_is_lost(person: tuple[str, str], title: str, mark: str) -> None:
    zh, en = person
    (found,) = [p for p in harvest(f"{zh}（{en}{mark}{title}）表示。", []) if p.kind == "name"]
    assert (found.entry.en, [r.title for r in found.entry.roles]) == (en, [title])


def _unknown(zhgloss_exe: str, tmp_path: Path, text: str) -> str:
    db = tmp_path / "desk.json"
    assert subprocess.run([zhgloss_exe, "init", str(db), "--empty"], capture_output=True, check=False).returncode == 0
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    done = subprocess.run(
        [zhgloss_exe, "--db", str(db), "harvest", "--unknown", str(article)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert "Traceback" not in done.stderr
    return done.stdout


def test_a_list_of_regions_is_no_person(zhgloss_exe: str, tmp_path: Path) -> None:
    out = _unknown(
        zhgloss_exe,
        tmp_path,
        "今年夏天，华北、黄淮等地出现高温天气。\n东北、华北、黄淮、江淮等地气温偏高。\n",
    )
    assert "黄淮" not in out


def test_a_list_of_people_is_still_read(zhgloss_exe: str, tmp_path: Path) -> None:
    out = _unknown(zhgloss_exe, tmp_path, "王建国、李明等人出席了会议。\n王建国、李明等地产商表示。\n")
    assert "王建国" in out and "李明" in out
