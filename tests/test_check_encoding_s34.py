"""check --encoding: the reviewer's R11 (session 34, chk).

/tmp/rev34/t/enc/ckcz.csv holds the Big5 bytes of "曹植,Cao Zhi", which read as Chinese in Big5 (曹植) and in GB18030
(变从) alike: `check ckcz.csv` said "say which it is", but check had no option to say it. Now `--encoding`/`-e`, as
import and annotate spell it, decides, for a lone CSV or TSV file and for SOURCE TRANSLATION, and the refusal names
the two values. The glossary: CC-CEDICT's `曹植 曹植 [Cao2 Zhi2] /Cao Zhi (192-232), son of Cao Cao …/` and 曹操.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

BIG5 = "曹植,Cao Zhi\n".encode("big5")
# s35: a line whose English spells one reading's characters in pinyin decides (legacy.spelt_runs); Wade-Giles does not.
BIG5_UNSPELT = "曹植,Ts'ao Chih\n".encode("big5")


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory, zhgloss_exe: str) -> Path:
    folder = tmp_path_factory.mktemp("encoding")
    lines = "曹植 曹植 [Cao2 Zhi2] /Cao Zhi (192-232), son of Cao Cao 曹操, noted poet and calligrapher/\n"
    (folder / "cedict.u8").write_text(lines, encoding="utf-8")
    done = subprocess.run(
        [
            zhgloss_exe,
            "import",
            str(folder / "cedict.u8"),
            "-F",
            "cedict",
            "--proper-only",
            "--db",
            str(folder / "g.json"),
        ],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return folder / "g.json"


def _check(zhgloss_exe: str, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([zhgloss_exe, "check", *args, "--db", str(db)], capture_output=True, text=True, check=False)


def test_the_refusal_names_the_values_that_decide(zhgloss_exe: str, glossary: Path, tmp_path: Path) -> None:
    (tmp_path / "ckcz.csv").write_bytes(BIG5_UNSPELT)
    done = _check(zhgloss_exe, glossary, str(tmp_path / "ckcz.csv"))
    assert done.returncode == 3, done.stderr
    assert "--encoding big5" in done.stderr and "--encoding gb18030" in done.stderr, done.stderr


def test_encoding_decides_a_lone_csv(zhgloss_exe: str, glossary: Path, tmp_path: Path) -> None:
    (tmp_path / "ckcz.csv").write_bytes(BIG5)
    right = _check(zhgloss_exe, glossary, str(tmp_path / "ckcz.csv"), "--encoding", "big5")
    assert (right.returncode, right.stdout) == (0, ""), right.stdout + right.stderr
    wrong = _check(zhgloss_exe, glossary, str(tmp_path / "ckcz.csv"), "-e", "gb18030")
    assert wrong.returncode == 1 and "unexpected 曹植" in wrong.stdout, wrong.stdout + wrong.stderr


def test_encoding_decides_a_pair(zhgloss_exe: str, glossary: Path, tmp_path: Path) -> None:
    (tmp_path / "a.zh.txt").write_bytes("曹植\n".encode("big5"))
    (tmp_path / "a.en.txt").write_text("Cao Zhi\n", encoding="utf-8")
    done = _check(zhgloss_exe, glossary, str(tmp_path / "a.zh.txt"), str(tmp_path / "a.en.txt"), "-e", "big5")
    assert (done.returncode, done.stdout) == (0, ""), done.stdout + done.stderr


def test_encoding_is_refused_for_several_files(zhgloss_exe: str, glossary: Path, tmp_path: Path) -> None:
    # A batch reads each file by its own bytes: --encoding would be ignored in silence.
    (tmp_path / "jobs").mkdir()
    (tmp_path / "jobs" / "a.tsv").write_text("曹植\tCao Zhi\n", encoding="utf-8")
    done = _check(zhgloss_exe, glossary, str(tmp_path / "jobs"), "-e", "big5")
    assert done.returncode == 2 and "--encoding applies to" in done.stderr, done.stderr
