"""`check FOLDER` checks every bilingual file and pair below it and names the files it passed over, rather than stop
at the first it does not read (U34-14: a Trados Studio project's .sdlproj, a README.md or a .bak beside the job
refused the whole run, exit 2); Phrase's .mxliff and Wordfast's .txlf, read alone, are read in a folder too.

Real subprocesses of the installed console script on the bundled glossary; the files are laid out as the tools lay
out a project (a Trados project: proj.sdlproj, en-US/NAME.docx.sdlxliff, zh-CN/NAME.docx).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

XLIFF_12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"{extra}>
 <file original="story.docx" source-language="zh-CN" target-language="en-US" datatype="x-undefined">
  <body>
   <trans-unit id="u1"><source>雷军辞任金山软件执行董事。</source><target>Lei Jun quits Kingsoft.</target></trans-unit>
   <trans-unit id="u2"><source>刘强东辞去了职务。</source><target>Liu Qiandong resigned.</target></trans-unit>
  </body>
 </file>
</xliff>
"""
MEMSOURCE = ' xmlns:m="http://www.memsource.com/mxlf/2.0" m:version="2.0"'


def _check(exe: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, "check", *args], capture_output=True, text=True, timeout=120, check=False)


def _write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_a_trados_projects_other_files_are_passed_over_and_named(tmp_path: Path, zhgloss_exe: str) -> None:
    project = tmp_path / "proj"
    _write(project / "proj.sdlproj", '<?xml version="1.0"?><Project Guid="x"/>')
    _write(project / "en-US" / "story.docx.sdlxliff", XLIFF_12.format(extra=""))
    _write(project / "zh-CN" / "story.docx", b"PK\x03\x04 a Word document")
    done = _check(zhgloss_exe, str(project))
    assert done.returncode == 1, done.stderr  # the job's own misspelling fails the check, as alone
    assert "story.docx.sdlxliff: 2 [u2]: misspelt 刘强东" in done.stdout
    note = next(line for line in done.stderr.splitlines() if line.startswith("note: passed over 2 files"))
    assert str(project / "proj.sdlproj") in note and str(project / "zh-CN" / "story.docx") in note
    assert "1 file: checked 2 segments" in done.stderr


@pytest.mark.parametrize("other", ["README.md", "job.xlf.bak", "notes.txt"])
def test_a_readme_or_a_backup_beside_a_job_does_not_stop_it(tmp_path: Path, zhgloss_exe: str, other: str) -> None:
    _write(tmp_path / "job" / "job.xlf", XLIFF_12.format(extra=""))
    _write(tmp_path / "job" / other, "Deadline Friday.\n")
    done = _check(zhgloss_exe, str(tmp_path / "job"))
    assert done.returncode == 1, done.stderr
    assert "note: passed over 1 file of the folders given that is no bilingual file" in done.stderr
    assert done.stderr.count(other) == 1


@pytest.mark.parametrize(("suffix", "extra"), [(".mxliff", MEMSOURCE), (".txlf", "")])
def test_phrase_and_wordfast_files_are_read_in_a_folder_as_alone(
    tmp_path: Path, zhgloss_exe: str, suffix: str, extra: str
) -> None:
    job = _write(tmp_path / "jobs" / f"job{suffix}", XLIFF_12.format(extra=extra))
    alone = _check(zhgloss_exe, str(job))
    in_folder = _check(zhgloss_exe, str(tmp_path / "jobs"))
    assert alone.returncode == in_folder.returncode == 1
    assert "2 [u2]: misspelt 刘强东" in alone.stdout
    assert in_folder.stdout == f"{job}: {alone.stdout}"
    assert "passed over" not in in_folder.stderr


def test_a_folder_with_nothing_to_check_is_a_usage_error(tmp_path: Path, zhgloss_exe: str) -> None:
    _write(tmp_path / "job" / "README.md", "Deadline Friday.\n")
    done = _check(zhgloss_exe, str(tmp_path / "job"))
    assert done.returncode == 2
    assert "the folders given hold no bilingual file and no NAME.zh.EXT / NAME.en.EXT pair to check" in done.stderr
    assert done.stdout == ""


def test_a_file_named_on_the_command_line_is_still_refused_when_unread(tmp_path: Path, zhgloss_exe: str) -> None:
    _write(tmp_path / "job" / "job.xlf", XLIFF_12.format(extra=""))
    notes = _write(tmp_path / "notes.md", "Deadline Friday.\n")
    done = _check(zhgloss_exe, str(tmp_path / "job"), str(notes))
    assert done.returncode == 2
    assert (
        f"{str(notes)!r} is neither a bilingual file (.xlf, .xliff, .sdlxliff, .mqxliff, .mxliff, .txlf" in done.stderr
    )


def test_a_source_without_its_translation_in_a_folder_is_still_refused(tmp_path: Path, zhgloss_exe: str) -> None:
    _write(tmp_path / "job" / "job.xlf", XLIFF_12.format(extra=""))
    _write(tmp_path / "job" / "story.zh.txt", "雷军辞任金山软件执行董事。\n")
    done = _check(zhgloss_exe, str(tmp_path / "job"))
    assert done.returncode == 2
    assert "has no translation beside it (expected story.en.txt)" in done.stderr


def test_a_review_document_in_a_folder_is_named_with_the_way_to_check_it(tmp_path: Path, zhgloss_exe: str) -> None:
    # The reviewer's R9: a .docx review table checked alone was passed over in a folder without a word of why.
    _write(tmp_path / "job" / "job.xlf", XLIFF_12.format(extra=""))
    _write(tmp_path / "job" / "review.docx", b"PK\x03\x04 a Word document")
    done = _check(zhgloss_exe, str(tmp_path / "job"))
    assert "is checked when named alone: zhgloss check FILE" in done.stderr
