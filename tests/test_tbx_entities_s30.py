"""A TBX that declares XML entities is refused with what to do about it and the line of the declaration (session 30,
U30-36): the refusal used to say only what was wrong."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ZHGLOSS = str(Path(sys.executable).with_name("zhgloss"))
BODY = (
    '<martif type="TBX-Basic" xml:lang="en"><text><body>\n'
    '<termEntry id="t1"><langSet xml:lang="zh-CN"><tig><term>雷军</term></tig></langSet>'
    '<langSet xml:lang="en"><tig><term>{en}</term></tig></langSet></termEntry>\n</body></text></martif>\n'
)


@pytest.mark.parametrize(
    ("doctype", "entity", "en", "line"),
    [
        # The billion-laughs bomb, its declarations on lines 3 and 4.
        ('<!DOCTYPE martif [\n<!ENTITY lol "lol">\n<!ENTITY lol2 "&lol;&lol;&lol;">\n]>\n', "lol", "&lol2;", 3),
        # An external entity reading a local file.
        ('<!DOCTYPE martif [ <!ENTITY xxe SYSTEM "file:///etc/hostname"> ]>\n', "xxe", "&xxe;", 2),
        # A parameter entity.
        ('<!DOCTYPE martif [\n<!ENTITY % p "x">\n]>\n', "p", "Lei Jun", 3),
    ],
    ids=["laughs", "external", "parameter"],
)
def test_an_entity_declaration_is_refused_with_what_to_do(
    tmp_path: Path, doctype: str, entity: str, en: str, line: int
) -> None:
    path = tmp_path / "e.tbx"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n' + doctype + BODY.format(en=en), encoding="utf-8")
    db = tmp_path / "g.json"
    db.write_text("{}", encoding="utf-8")
    result = subprocess.run(
        [ZHGLOSS, "--db", str(db), "import", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 3, result.stderr
    assert result.stderr == (
        f"Error: '{path}', line {line}: refused: the file declares the XML entity {entity!r}; zhgloss never expands "
        "entities (they are how entity-expansion bombs and external-entity attacks work): remove the DOCTYPE's "
        "entity declarations (<!ENTITY ...>), or export the termbase again without them (nothing was imported)\n"
    )
    assert db.read_text(encoding="utf-8") == "{}"
