"""add: the traditional form zhgloss fills in is the standard one, never Hong Kong's or Japan's shapes (U35-8, U35-9).

`add 赵阅 --type person` derived 趙閲 with OpenCC's s2hk, then refused it by its own check ("writes 閲 in Japanese
forms"); 李锐, 张悦然, 吴税, 尹锡悦 were stored 李鋭, 張悦然, 吳税, 尹錫悦. Those are Hong Kong's glyph standard
(and Japan's shapes); OpenCC's s2t and s2tw, CC-CEDICT (悅 悦 [yue4], 銳 锐 [rui4], 稅 税 [shui4],
閱 阅 [yue4], 說 说 [shuo1]) and zh.wikipedia (李銳, 張悅然, 尹錫悅) write 悅 銳 稅 閱 說. zhgloss now
writes s2tw (zhgloss.convert.TRADITIONAL_CONFIG), whose shapes CC-CEDICT's headwords share more
often (see convert's docstring for the count), and a traditional character the simplified name
keeps as typed (林峯, Raymond Lam's) stays the person's own.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.convert import name_to_traditional, to_traditional
from zhgloss.curate import draft_entry
from zhgloss.validate import check_entry

runner = CliRunner()

# Simplified characters whose Hong Kong shape is no standard traditional character (s2hk's 閲 説 鋭 悦 税 衞 啓 綫).
_HONG_KONG_SHAPED = "阅说锐悦税卫启线"


@pytest.mark.parametrize(
    ("zh", "en", "zh_hant"),
    [
        ("赵阅", None, "趙閱"),
        ("陈说", None, "陳說"),
        ("刘阅", "Liu Yue", "劉閱"),
        ("李锐", None, "李銳"),
        ("张悦然", None, "張悅然"),
        ("吴税", None, "吳稅"),
        ("尹锡悦", "Yoon Suk Yeol", "尹錫悅"),
        ("梁启超", None, "梁啟超"),  # CC-CEDICT's headword 梁啟超
        ("卫青", None, "衛青"),  # 衛 (CC-CEDICT), not Hong Kong's 衞
        ("林峯", "Raymond Lam", "林峯"),  # the person's own variant, typed so
        ("王峰", None, "王峰"),
    ],
)
def test_add_writes_the_standard_shapes(tmp_path: Path, zh: str, en: str | None, zh_hant: str) -> None:
    db = tmp_path / "g.json"
    assert runner.invoke(app, ["init", "--empty", str(db)]).exit_code == 0
    args = ["--db", str(db), "add", zh, "--type", "person", *(["--en", en, "--adopted"] if en else [])]
    added = runner.invoke(app, args, input="")
    assert added.exit_code == 0, added.output
    (entry,) = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert entry["zh_hant"] == zh_hant
    checked = runner.invoke(app, ["--db", str(db), "validate", "--strict"])
    assert checked.exit_code == 0, checked.output


def test_a_place_or_company_too() -> None:
    assert to_traditional("阅文集团") == "閱文集團"  # China Literature
    assert to_traditional("税务局") == "稅務局"  # CC-CEDICT's headword


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from("王李张刘陈杨赵黄周吴"),
    st.text(st.sampled_from(_HONG_KONG_SHAPED + "明华文伟"), min_size=1, max_size=2),
)
def test_a_derived_form_passes_zhglosss_own_checks(surname: str, given_name: str) -> None:
    zh = surname + given_name
    hant = name_to_traditional(zh)
    assert not set(hant) & set("閲説鋭悦税衞啓綫"), hant
    entry = draft_entry(zh, kind="person")
    assert entry.zh_hant == hant
    assert [p for p in check_entry(entry) if p.field == "zh_hant"] == []
