"""The serve command: the glossary as a local web page (zhgloss.server), for people who live in a browser."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Annotated

import typer

from zhgloss.cli.common import EXIT_USAGE, DbOpt, app, fail, reported_errors

if TYPE_CHECKING:
    import socket

# Kept equal to zhgloss.server's, which `zhgloss serve --help` must not import (it loads Starlette).
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8417


def is_loopback(host: str) -> bool:
    """Tell whether `host` is this machine only (127.0.0.0/8, ::1, localhost)."""
    import ipaddress

    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def bind(host: str, port: int) -> socket.socket:
    """Return a listening TCP socket on `host`:`port` (0: a free port), or fail with a one-line error."""
    import socket

    try:
        family, kind, proto, _, address = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM)[0]
    except socket.gaierror as exc:
        fail(f"--host {host!r} is not an address of this machine ({exc.strerror})", EXIT_USAGE)
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        if exc.errno in (98, 48):  # EADDRINUSE on Linux, macOS
            fail(f"port {port} on {host} is in use; pass another --port, or --port 0 for a free one", EXIT_USAGE)
        fail(f"cannot listen on {host} port {port}: {exc.strerror}", EXIT_USAGE)
    return sock


def url_of(sock: socket.socket) -> str:
    """Return the http:// address a browser opens for the listening socket `sock`."""
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


@app.command()
def serve(
    db: DbOpt = None,
    port: Annotated[
        int,
        typer.Option("--port", "-p", min=0, max=65535, help="TCP port to listen on; 0 picks a free one."),
    ] = DEFAULT_PORT,
    host: Annotated[
        str,
        typer.Option(
            "--host",
            help="Address to listen on. The default is this machine only; any other shows the glossary "
            "to everyone who can reach it (read-only).",
        ),
    ] = DEFAULT_HOST,
    open_browser: Annotated[bool, typer.Option("--open", help="Open the page in the default web browser.")] = False,
) -> None:
    """Serve the glossary as a local web page.

    Search as you type, annotate, check.
    Prints the page's address on stdout (http://127.0.0.1:8417/ unless told otherwise)
    and runs until Ctrl-C. The page and its JSON API (/api/...) are read-only and see
    changes to the glossary file without a restart. Needs the serve extra:
    pip install 'zhgloss[serve]'.

    Example: zhgloss serve --port 0 --open
    """
    try:
        import uvicorn

        from zhgloss.server import LiveGlossary, create_app
    except ImportError as exc:
        fail(f"zhgloss serve needs {exc.name or 'Starlette and uvicorn'}: pip install 'zhgloss[serve]'", EXIT_USAGE)

    with reported_errors():
        live = LiveGlossary(db)
    if not is_loopback(host):
        typer.echo(
            f"Warning: listening on {host}: anyone who can reach this machine can read the glossary {str(live.path)!r}",
            err=True,
        )
    sock = bind(host, port)  # before loading: a port in use is reported at once
    with reported_errors():
        # The first serve of a big glossary builds its indexes (minutes at 100,000 entries); later ones load them.
        typer.echo(f"loading {str(live.path)!r} …", err=True)
        try:
            live.warm()
        except BaseException:
            sock.close()
            raise
    url = url_of(sock)
    allowed = ["127.0.0.1", "localhost", "[::1]"] if is_loopback(host) else ["*"]
    config = uvicorn.Config(
        create_app(live, allowed_hosts=allowed),
        log_level="warning",
        access_log=False,
        lifespan="off",
        server_header=False,
    )
    typer.echo(url)
    typer.echo(f"serving {str(live.path)!r} at {url} (Ctrl-C stops)", err=True)
    if open_browser:
        import webbrowser

        webbrowser.open(url)
    # uvicorn finishes the requests in flight on Ctrl-C, then raises it again for the caller to see.
    with sock, contextlib.suppress(KeyboardInterrupt):
        uvicorn.Server(config).run(sockets=[sock])
    typer.echo("stopped", err=True)
