"""A real `zhgloss serve` process on a free loopback port, and a real headless Chromium to drive it.

Used by test_server.py and test_browser.py. The server is the installed console script started as
a subprocess (`--port 0`); the browser is Debian's chromium driven through its chromedriver, both
found on the machine (.ci/run installs them): nothing is downloaded at test time.
"""

from __future__ import annotations

import http.client
import json
import os
import select
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

START_TIMEOUT_S = 60.0
CHROMIUM = os.environ.get("ZHGLOSS_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("ZHGLOSS_CHROMEDRIVER", "/usr/bin/chromedriver")


@dataclass
class Server:
    """A running `zhgloss serve`: its process, the URL it printed, and what it wrote to stderr so far."""

    process: subprocess.Popen[bytes]
    url: str
    errors: IO[bytes]

    def stderr(self) -> str:
        """All the server wrote to stderr so far."""
        self.errors.seek(0)
        return self.errors.read().decode()

    @property
    def port(self) -> int:
        port = urlsplit(self.url).port
        assert port is not None
        return port

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, str], bytes]:
        """Send one HTTP request; return the status, the headers (lower-case names) and the body."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        finally:
            conn.close()

    def get_json(self, path: str, **headers: str) -> tuple[int, Any]:
        """GET `path`; return the status and the decoded JSON body."""
        status, head, body = self.request("GET", path, headers=headers)
        assert head["content-type"] == "application/json", (status, head, body)
        return status, json.loads(body)

    def post_json(self, path: str, data: Any) -> tuple[int, Any]:
        """POST `data` as JSON to `path`; return the status and the decoded JSON body."""
        raw = json.dumps(data, ensure_ascii=False).encode()
        status, head, body = self.request("POST", path, raw, {"Content-Type": "application/json"})
        assert head["content-type"] == "application/json", (status, head, body)
        return status, json.loads(body)


def zhgloss_exe() -> str:
    """The installed console script beside this interpreter."""
    import sys

    exe = shutil.which("zhgloss", path=str(Path(sys.executable).parent)) or shutil.which("zhgloss")
    assert exe, "the zhgloss console script is not installed: pip install -e '.[test]'"
    return exe


@contextmanager
def running_server(*args: str) -> Iterator[Server]:
    """Start `zhgloss serve --port 0 ARGS...`, wait for the URL it prints, stop it with Ctrl-C at the end."""
    # stderr goes to a file: a pipe nobody reads would stall a server that writes much to it.
    errors = tempfile.TemporaryFile()  # noqa: SIM115 (closed in the finally below)
    process = subprocess.Popen(
        [zhgloss_exe(), "serve", "--port", "0", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=errors,
    )
    try:
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], START_TIMEOUT_S)
        line = process.stdout.readline().decode() if ready else ""
        if not line.startswith("http://"):
            process.kill()
            process.wait(timeout=10)
            errors.seek(0)
            raise AssertionError(f"zhgloss serve printed {line!r}, exit {process.returncode}: {errors.read().decode()}")
        server = Server(process, line.strip(), errors)
        yield server
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if process.stdout is not None:
            process.stdout.close()
        errors.close()


def stop(server: Server) -> tuple[int, str]:
    """Stop `server` with Ctrl-C (SIGINT); return its exit code and all it wrote to stderr."""
    server.process.send_signal(signal.SIGINT)
    server.process.wait(timeout=15)
    return server.process.returncode, server.stderr()


def wait_until(predicate: Any, timeout: float = 10.0, interval: float = 0.05) -> Any:
    """Poll `predicate()` until it returns something true; return it, or fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout} s: {predicate}")
        time.sleep(interval)


CHROMIUM_FLAGS = (
    "--headless=new",
    "--no-sandbox",  # the tests run as root in CI, where Chromium's sandbox refuses to start
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--no-first-run",
    "--window-size=1280,900",
    "--lang=en-US",
)


def chromium_driver() -> Any:
    """Start headless Chromium through /usr/bin/chromedriver and return the Selenium driver.

    Both paths are given, so Selenium Manager (which would download a browser) never runs.
    """
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        assert Path(path).exists(), f"{path} is missing: apt-get install chromium chromium-driver ({package})"
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    return webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
