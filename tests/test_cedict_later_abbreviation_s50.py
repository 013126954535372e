"""A CC-CEDICT line naming a thing of its own first and abbreviating another later keeps its own English (R49-18).

故宫 "the Forbidden City/abbr. for 故宫博物院[...]" was folded into 故宫博物院 "Palace Museum": its own English only
an alias there, 紫禁城 "the Forbidden City/.../same as 故宫" an entry apart, and `check` failed "They went to the
Forbidden City" for 故宫 as `unexpected 紫禁城`. The rule (`zhgloss.formats.cedict._rows`, the pointers' fold): a
later "abbr. for" sense that gives its target no English is compared with the target's own English, as one that names
it is (南澳 "Nan'ao County/abbr. for 南澳大利亚州, South Australia"): sharing no word, the line is another thing and
keeps its English; the abbreviation stays in its note. 津塔 "Jin Tower/abbr. for 天津环球金融中心 ... a.k.a. the
Tianjin Tower" still folds (its own name is one the target's line gives).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from cedict_fixtures import imported_db, rows_by_zh

# Real CC-CEDICT lines (../shared/data/cedict_ts.u8.gz).
GUGONG = "故宮 故宫 [Gu4 gong1] /the Forbidden City/abbr. for 故宮博物院|故宫博物院[Gu4 gong1 Bo2 wu4 yuan4]/"
GUGONG_WORD = "故宮 故宫 [gu4 gong1] /former imperial palace/"
MUSEUM = (
    "故宮博物院 故宫博物院 [Gu4 gong1 Bo2 wu4 yuan4] /Palace Museum, in the Forbidden City, Beijing/National Palace "
    "Museum, Taipei/"
)
ZIJINCHENG = (
    "紫禁城 紫禁城 [Zi3 jin4 cheng2] /the Forbidden City/the Imperial Palace in Beijing/same as 故宮|故宫[Gu4 gong1]/"
)
JINTA = (
    "津塔 津塔 [Jin1 ta3] /Jin Tower/abbr. for 天津環球金融中心|天津环球金融中心[Tian1 jin1 Huan2 qiu2 Jin1 rong2 "
    "Zhong1 xin1] Tianjin World Financial Center, skyscraper a.k.a. the Tianjin Tower/"
)
TWFC = (
    "天津環球金融中心 天津环球金融中心 [Tian1 jin1 Huan2 qiu2 Jin1 rong2 Zhong1 xin1] /Tianjin World Financial Center, "
    "skyscraper a.k.a. the Tianjin Tower or Jin Tower/abbr. to 津塔[Jin1 ta3]/"
)


def test_gugong_keeps_the_forbidden_city() -> None:
    rows = rows_by_zh(GUGONG, MUSEUM)
    assert rows["故宫"]["en"] == "Forbidden City"
    assert rows["故宫博物院"]["en"] == "Palace Museum"
    assert "Forbidden City" not in rows["故宫博物院"]["aliases"]
    assert "故宫" not in rows["故宫博物院"]["zh_aliases"]


def test_the_forbidden_city_is_one_entry_with_zijincheng() -> None:
    # 紫禁城 says it is the same as 故宫: one entry, both writings (check reads "Forbidden City" for either).
    for proper_only in (True, False):
        lines = [GUGONG, GUGONG_WORD, MUSEUM, ZIJINCHENG]
        rows = rows_by_zh(*lines, proper_only=proper_only)
        (city,) = [row for row in rows.values() if row["en"] == "Forbidden City"]
        assert {city["zh"], *city["zh_aliases"]} >= {"故宫", "紫禁城"}
        assert rows["故宫博物院"]["en"] == "Palace Museum"


def test_a_line_whose_name_the_target_gives_still_folds() -> None:
    rows = rows_by_zh(JINTA, TWFC)
    assert "津塔" not in rows
    assert "津塔" in rows["天津环球金融中心"]["zh_aliases"]


def test_installed_check_passes_the_forbidden_city(tmp_path: Path, zhgloss_exe: str) -> None:
    db = imported_db(tmp_path, "\n".join([GUGONG, GUGONG_WORD, MUSEUM, ZIJINCHENG]) + "\n")
    assert len(json.loads(db.read_text(encoding="utf-8"))["entries"]) == 2
    (tmp_path / "gg.zh").write_text("他们随后前往故宫。\n", encoding="utf-8")
    (tmp_path / "gg.en").write_text("They then went to the Forbidden City.\n", encoding="utf-8")
    checked = subprocess.run(
        [zhgloss_exe, "--db", str(db), "check", str(tmp_path / "gg.zh"), str(tmp_path / "gg.en")],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
