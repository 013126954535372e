"""A query on stdin that is not UTF-8 gets advice that works (session 27, cur; the user tester's U27-30).

`zhgloss lookup - < random.bin` said "convert it to UTF-8 (iconv -f GB18030 -t UTF-8)", and iconv then fails:
the advice named GB18030 whatever the bytes were. cli.common.stdin_advice names only the encodings the bytes
decode as, and says the input is no text in any of them otherwise. (A query is refused, not guessed: a few
characters cannot tell GB18030 from Big5; import decodes a whole file, formats.decode_input.)
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.cli.common import stdin_advice

runner = CliRunner()
NOISE = random.Random(2027).randbytes(4000)


@pytest.mark.parametrize("command", [["lookup", "-"], ["search", "-"], ["romanize", "-"]])
def test_bytes_that_are_no_text_are_said_to_be_none(command: list[str]) -> None:
    with pytest.raises(UnicodeDecodeError):
        NOISE.decode("gb18030")
    result = runner.invoke(app, command, input=NOISE)
    assert result.exit_code == 3, result.output
    assert "iconv" not in result.stderr
    assert "no text in UTF-8, GB18030 or Big5" in result.stderr
    assert result.stderr.count("\n") == 1


def test_gb18030_is_named_where_the_bytes_read_so() -> None:
    result = runner.invoke(app, ["lookup", "-"], input="雷军\n".encode("gb18030"))
    assert result.exit_code == 3
    assert "iconv -f GB18030 -t UTF-8" in result.stderr


@settings(max_examples=200, deadline=None)
@given(st.binary(min_size=1, max_size=40))
def test_every_encoding_named_decodes_the_bytes(raw: bytes) -> None:
    advice = stdin_advice(raw)
    for codec, name in (("gb18030", "GB18030"), ("big5", "BIG5")):
        named = f"-f {name} " in advice
        try:
            raw.decode(codec)
        except UnicodeDecodeError:
            assert not named
        else:
            assert named
