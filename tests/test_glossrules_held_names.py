"""A name at the end of a proper word of another kind is not that name (issue 9).

The bundled glossary glossed 习近平与拜登在旧金山举行会晤 as 旧金山（Kingsoft）: 金山, the software company,
ends 旧金山 (San Francisco), which the text reads as one word; `check` then reported "Kingsoft" missing
from a right translation. The class: an organisation's name held at the end of a word of jieba's dictionary
that the reading (`zhgloss.segment`) takes whole and that jieba tags as a place (data/proper_kinds.tsv), and
the like for a person's or a place's name (`zhgloss.glossrules._OTHER_KINDS`): 联大 "UN General Assembly" in
西南联大 (a university, a place to jieba). A name at the end of a word of its own kind is that name,
modified: 政协 in 全国政协 (its National Committee), 红军 in 中央红军 (the Central Red Army); and untyped
names are not concerned (CC-CEDICT's import leaves most countries untyped: 台湾 in 中国台湾 is Taiwan), so
国庆 "National Day" in 张国庆 stays. The sentences are the finder's dev sentences (tests/data/
unknown_names*.tsv); the glossaries are the bundled one and CC-CEDICT's lines for the names concerned
(tests/data/cedict_held_names.u8, imported as `zhgloss import --proper-only` would).
"""

from __future__ import annotations

import gzip
import json
import subprocess
from pathlib import Path

import pytest
from build_scripts import load_build_script
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator
from zhgloss.model import Entry

ROOT = Path(__file__).resolve().parent.parent
PROPER_KINDS_PATH = ROOT / "src" / "zhgloss" / "data" / "proper_kinds.tsv"
CEDICT = Annotator(cedict_fixture("cedict_held_names.u8"))


def bundled() -> Annotator:
    data = json.loads((ROOT / "glossary.json").read_text(encoding="utf-8"))
    return Annotator([Entry.from_dict(doc) for doc in data["entries"].values()])


BUNDLED = bundled()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("习近平与拜登在旧金山举行会晤", []),  # San Francisco, not Kingsoft
        ("南京紫金山天文台发现了一颗新彗星。", []),  # Purple Mountain, not Kingsoft
        # Kingsoft itself stays.
        ("金山和小米都是雷军参与创办的公司。", ["金山", "小米", "雷军"]),
        ("雷军曾任金山软件董事长", ["雷军", "金山软件"]),
    ],
)
def test_bundled_glossary(text: str, expected: list[str]) -> None:
    assert glossed(text, BUNDLED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The end of another kind's name: not that name.
        ("闻一多、朱自清曾在西南联大任教。", ["闻一多", "朱自清"]),
        ("西南联大的教授中有闻一多、朱自清和沈从文等知名学者。", ["闻一多", "朱自清", "沈从文"]),
        # The end of a name of its own kind: that name, modified.
        ("全国政协主席王沪宁在人民大会堂会见了来访的外国议长。", ["政协"]),  # 王沪宁: no CC-CEDICT line
        ("霍英东曾任全国政协副主席。", ["霍英东", "政协"]),
        ("江西于都是中央红军长征的出发地之一。", ["江西", "红军"]),
        ("中国台湾的选手获得了金牌。", ["中国", "台湾"]),
        # The names where they stand alone.
        ("联大通过了这项决议。", ["联大"]),
        ("国庆假期，北京的游客很多。", ["国庆", "北京"]),
        ("西亚和北非的局势", ["西亚"]),
    ],
)
def test_cedict_names(text: str, expected: list[str]) -> None:
    assert glossed(text, CEDICT) == expected


def test_the_kinds_file_is_the_build_scripts_output_on_jieba_and_cedict(shared_dir: Path) -> None:
    jieba = pytest.importorskip("jieba")
    build = load_build_script("build_proper_kinds")
    with gzip.open(shared_dir / "data" / "cedict_ts.u8.gz", "rt", encoding="utf-8") as fp:
        ordinary = build.ordinary_only(fp.readlines())
    with (Path(jieba.__file__).parent / "dict.txt").open(encoding="utf-8") as fp:
        rows = build.proper_kinds(fp.readlines(), ordinary)
    lines = PROPER_KINDS_PATH.read_text(encoding="utf-8").splitlines()
    assert [tuple(line.split("\t")) for line in lines if not line.startswith("#")] == rows


def test_the_build_script_reads_jiebas_tags() -> None:
    build = load_build_script("build_proper_kinds")
    lines = ["旧金山 238 ns\n", "全国政协 1500 nt\n", "张国庆 170 nrt\n", "三星电子 79 nz\n", "恍然大悟 345 i\n",
             "英国伦敦 3 ns\n", "南非 1715 ns\n", "西南联合大学 30 nt\n", "一劳永逸 1075 nr\n"]  # fmt: skip
    cedict = ["一勞永逸 一劳永逸 [yi1 lao2 yong3 yi4] /to get sth done once and for all/\n",
              "舊金山 旧金山 [Jiu4 jin1 shan1] /San Francisco, California/\n"]  # fmt: skip
    assert build.ordinary_only(cedict) == {"一劳永逸"}
    assert build.proper_kinds(lines, {"一劳永逸"}) == [
        ("三星电子", "other"),
        ("全国政协", "org"),
        ("张国庆", "person"),
        ("旧金山", "place"),
    ]


def test_check_passes_san_francisco_for_the_bundled_glossary(zhgloss_exe: str, tmp_path: Path) -> None:
    # `check` reported "missing 金山: found nothing, expected "Kingsoft"" for a right translation (issue 9).
    pair = tmp_path / "pair.tsv"
    pair.write_text("习近平与拜登在旧金山举行会晤\tXi Jinping and Biden met in San Francisco\n", encoding="utf-8")
    done = subprocess.run(
        [zhgloss_exe, "check", str(pair), "--db", str(ROOT / "glossary.json")], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Kingsoft" not in done.stdout
