"""Run the installed console script as a person or a script would: through a pipe, or on a terminal (a pty)."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import time
from collections.abc import Sequence


def run(
    exe: str, *args: str, stdin: bytes = b"", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the console script with `stdin` as a pipe (not a terminal); text out."""
    proc = subprocess.run(
        [exe, *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
        env={**os.environ, **(env or {})},
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")
    )


def on_terminal(exe: str, args: Sequence[str], script: Sequence[tuple[str, bytes | None]]) -> tuple[int, str]:
    """Run the console script on a pseudo-terminal; for each (prompt, answer), wait for prompt, then type answer.

    An answer of None sends SIGINT, as Ctrl-C does. Return the exit code and everything the terminal showed.
    """
    import pty

    master, slave = pty.openpty()
    proc = subprocess.Popen([exe, *args], stdin=slave, stdout=slave, stderr=slave, close_fds=True)
    os.close(slave)
    seen = b""

    def read_until(done: bytes | None, seconds: float = 60) -> None:
        nonlocal seen
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and (done is None or done not in seen):
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(master, 4096)
                except OSError:  # EIO: the child closed the terminal
                    return
                if not chunk:
                    return
                seen += chunk
            elif done is None and proc.poll() is not None:
                return

    try:
        for prompt, answer in script:
            read_until(prompt.encode())
            assert prompt.encode() in seen, seen.decode("utf-8", "replace")
            if answer is None:
                # Sent once the child sleeps in its read (see wait_until_blocked); a person presses
                # Ctrl-C again if nothing happens, and so do we.
                wait_until_blocked(proc.pid)
                proc.send_signal(signal.SIGINT)
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    proc.send_signal(signal.SIGINT)
            else:
                os.write(master, answer)
        read_until(None)
        code = proc.wait(timeout=60)
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
    return code, seen.decode("utf-8", "replace")


def wait_until_blocked(pid: int, seconds: float = 30) -> None:
    """Wait until process `pid` sleeps in a system call (waiting for its terminal), as it is when a person types.

    A person presses Ctrl-C at a prompt long after the program began to wait. A test that sends
    SIGINT the instant the prompt's text appears can hit the microseconds between the text and
    the read(): CPython then takes the signal before the read starts, and the read blocks for ever.
    Linux tells a sleeping process by the state field of /proc/PID/stat; elsewhere a pause does.
    """
    stat = f"/proc/{pid}/stat"
    if not os.path.exists(stat):
        time.sleep(0.5)
        return
    deadline = time.monotonic() + seconds
    asleep = 0
    while time.monotonic() < deadline and asleep < 3:  # asleep at three looks in a row, 20 ms apart
        with open(stat, "rb") as f:
            state = f.read().rpartition(b")")[2].split()[0]
        asleep = asleep + 1 if state == b"S" else 0
        time.sleep(0.02)
