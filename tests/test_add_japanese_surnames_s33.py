"""A Japanese name after a Japanese surname of two or three characters is read as Japanese without its English
(U32-5, U32-20): romanize, add and harvest --add cut it after the surname and say it is Japanese.

The surnames come from data/japanese_surnames.tsv (scripts/build_japanese_surnames.py): CC-CEDICT's lines glossing a
Japanese surname (`渡邊 渡边 [Du4 bian1] /Watanabe (Japanese surname)/`), the surnames of the Japanese people it
lists (`川端康成 川端康成 [Chuan1 duan1 Kang1 cheng2] /Kawabata Yasunari, Japanese literature Nobel laureate/`), and
a few by hand with their sources (石破 of 石破茂, Japan's prime minister 2024-2025; 高市, 中曾根, 是枝).
"""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path

import pytest
from conftest import SHARED
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.pinyin import JAPANESE_NOTE, chinese_reading, japanese_surname, read_names, romanize

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent
CEDICT = SHARED / "data" / "cedict_ts.u8.gz"  # ../shared beside the checkout (conftest.SHARED)


@pytest.mark.parametrize(
    ("zh", "pinyin"),
    [
        ("石破茂", "Shípò Mào"),  # Ishiba Shigeru: 石 is also a Chinese surname
        # (吉田茂 left this list, R7: 吉 + 田茂 is a Chinese name as well, read so without its English; with "Shigeru
        # Yoshida" it is Jítián Mào: tests/test_pinyin_japanese_or_chinese_s33.py)
        ("高市早苗", "Gāoshì Zǎomiáo"),  # Takaichi Sanae
        ("中曾根康弘", "Zhōngcénggēn Kānghóng"),  # Nakasone Yasuhiro: a surname of three characters
        ("川端康成", "Chuānduān Kāngchéng"),  # CC-CEDICT [Chuan1 duan1 Kang1 cheng2]
        ("渡边谦", "Dùbiān Qiān"),  # Watanabe Ken: CC-CEDICT 渡边 [Du4 bian1] "Watanabe (Japanese surname)"
        ("渡邊謙", "Dùbiān Qiān"),
        ("是枝裕和", "Shìzhī Yùhé"),  # Kore-eda Hirokazu
        ("铃木一朗", "Língmù Yīlǎng"),  # CC-CEDICT 铃木 [Ling2 mu4] "Suzuki (Japanese surname)"
    ],
)
def test_a_name_after_a_japanese_surname_is_read_as_japanese(zh: str, pinyin: str) -> None:
    name = romanize(zh)
    assert (name.pinyin, name.origin) == (pinyin, "japanese")
    assert JAPANESE_NOTE in name.notes


def test_a_japanese_surname_after_a_chinese_surname_says_the_chinese_reading_too() -> None:
    # 石破天, the hero of Jin Yong's 侠客行, is Shí Pòtiān: a name of three characters whose first is a Chinese
    # surname is read as Japanese, and the Chinese reading is said.
    name = romanize("石破天")
    assert name.pinyin == "Shípò Tiān"
    assert any("Shí Pòtiān" in note for note in name.notes), name.notes
    chinese = chinese_reading("石破天")
    assert chinese is not None
    assert chinese.pinyin == "Shí Pòtiān"
    assert chinese_reading("高市早苗") is None  # four characters: Japanese only
    assert chinese_reading("张伟") is None


@pytest.mark.parametrize(("zh", "pinyin"), [("张伟", "Zhāng Wěi"), ("高山", "Gāo Shān"), ("安田", "Ān Tián")])
def test_chinese_names_and_a_bare_surname_stay_chinese(zh: str, pinyin: str) -> None:
    # 安田 is a Japanese surname (Yasuda) too, but a name of two characters leaves no given name after it.
    name = romanize(zh)
    assert (name.pinyin, name.origin) == (pinyin, "chinese")


def test_japanese_surname_is_the_longest_that_leaves_a_given_name() -> None:
    assert japanese_surname("中曾根康弘") == "中曾根"
    assert japanese_surname("长谷川润") == "长谷川"
    assert japanese_surname("渡边") is None
    assert japanese_surname("田中角荣") == "田中"


def test_read_names_leaves_a_japanese_name_to_romanize() -> None:
    # annotate --unknown's fast reader must agree with romanize: it answers none of these.
    assert read_names(["石破茂", "吉田茂"]).keys() <= set()


def _add(db: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--db", str(db), "add", *args, "--type", "person"])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "g.json"
    assert runner.invoke(app, ["init", "--empty", str(path)]).exit_code == 0
    return path


def _stored(db: Path) -> dict[str, dict[str, object]]:
    data = json.loads(db.read_text(encoding="utf-8"))
    return {doc["zh"]: doc for doc in data.get("entries", {}).values()}


def test_add_a_japanese_name_without_english_is_refused(db: Path) -> None:
    code, _, err = _add(db, "石破茂")
    assert code == 2, err
    assert "give the English form with --en" in err
    assert _stored(db) == {}


def test_add_a_japanese_name_with_its_english(db: Path) -> None:
    assert _add(db, "石破茂", "--en", "Shigeru Ishiba")[0] == 0
    assert _add(db, "渡边谦", "--en", "Ken Watanabe")[0] == 0
    stored = _stored(db)
    assert stored["石破茂"]["pinyin"] == "Shípò Mào"
    assert stored["渡边谦"]["pinyin"] == "Dùbiān Qiān"


def test_add_the_chinese_reading_of_a_name_that_may_be_japanese(db: Path) -> None:
    # The English spells the Chinese reading's words: the name is Chinese, and nothing is said against it.
    code, _, err = _add(db, "石破天", "--en", "Shi Potian")
    assert code == 0, err
    assert "warning" not in err
    assert _stored(db)["石破天"]["pinyin"] == "Shí Pòtiān"
    result = runner.invoke(app, ["--db", str(db), "validate"])
    assert result.exit_code == 0, result.output


def test_romanize_says_a_name_is_japanese() -> None:
    result = runner.invoke(app, ["romanize", "石破茂"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "Shípò Mào\n"
    assert "a Japanese name" in result.stderr
    assert "Shí Pòmào" in result.stderr


@pytest.mark.skipif(not CEDICT.exists(), reason="CC-CEDICT is not on this machine")
def test_the_table_is_what_the_script_builds() -> None:
    spec = importlib.util.spec_from_file_location("build", ROOT / "scripts" / "build_japanese_surnames.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with gzip.open(CEDICT, "rt", encoding="utf-8") as fp:
        _, rows = module.parse(fp.readlines())
    data = ROOT / "src" / "zhgloss" / "data" / "japanese_surnames.tsv"
    lines = [line for line in data.read_text(encoding="utf-8").splitlines() if not line.startswith("#")][1:]
    assert ["\t".join(row) for row in rows] == lines
