"""NO_COLOR as no-color.org defines it: set to a value, no colour; set to the empty string, as if unset (session 24).

"Command-line software which adds ANSI color to its output by default should check for a NO_COLOR environment
variable that, when present and not an empty string (regardless of its value), prevents the addition of ANSI
color." zhgloss turned colour off for NO_COLOR= too. On a real pseudo-terminal, with the installed console script.
"""

from __future__ import annotations

import pytest
from terminal import on_terminal

ESCAPE = "\x1b["


@pytest.mark.parametrize(("value", "coloured"), [(None, True), ("", True), ("1", False), ("0", False), ("no", False)])
def test_no_color_by_its_value(
    zhgloss_exe: str, monkeypatch: pytest.MonkeyPatch, value: str | None, coloured: bool
) -> None:
    if value is None:
        monkeypatch.delenv("NO_COLOR", raising=False)
    else:
        monkeypatch.setenv("NO_COLOR", value)
    code, shown = on_terminal(zhgloss_exe, ["search", "lei jun"], [])
    assert code == 0, shown
    assert "雷军" in shown
    assert (ESCAPE in shown) is coloured, repr(shown[:200])
