"""`zhgloss serve` and its JSON API, against a real server process on a free loopback port."""

from __future__ import annotations

import http.client
import json
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from serving import Server, running_server, stop, wait_until, zhgloss_exe
from typer.testing import CliRunner

from zhgloss.cli import app
from zhgloss.cli.serve import DEFAULT_HOST, DEFAULT_PORT, is_loopback
from zhgloss.server import MAX_BODY, MAX_QUERY

HOSTILE_NOTE = '<img src=x onerror="alert(1)"> & <b>bold</b>'
DRAFT_NEWS = "据报道，美国国务卿布林肯表示，双方将继续会谈。\n"


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed console script (no colour), as a translator would in a terminal."""
    return subprocess.run(
        [zhgloss_exe(), *args], input=stdin, capture_output=True, text=True, env={"NO_COLOR": "1", **_env()}
    )


def _env() -> dict[str, str]:
    import os

    return dict(os.environ)


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory, bundled: Path) -> Path:
    """A writable copy of the bundled glossary, with one entry whose note is hostile markup."""
    path = tmp_path_factory.mktemp("serve") / "glossary.json"
    shutil.copyfile(bundled, path)
    added = cli("add", "贾雨村", "--type", "person", "--note", HOSTILE_NOTE, "--yes", "--db", str(path))
    assert added.returncode == 0, added.stderr
    # And a draft: 布林肯 as `harvest --unknown --add` proposes it (English a placeholder, nobody confirmed it).
    news = path.parent / "news.txt"
    news.write_text(DRAFT_NEWS, encoding="utf-8")
    drafted = cli("--db", str(path), "harvest", str(news), "--unknown", "--add", "-y")
    assert drafted.returncode == 0, drafted.stderr
    return path


@pytest.fixture(scope="module")
def server(glossary: Path) -> Iterator[Server]:
    with running_server("--db", str(glossary)) as running:
        yield running


# The page


def test_serve_prints_its_url_on_stdout(server: Server) -> None:
    assert server.url.startswith("http://127.0.0.1:")
    assert server.url.endswith("/")
    assert server.port != DEFAULT_PORT  # --port 0 picked a free one


def test_page_is_served_with_its_script_and_style(server: Server) -> None:
    status, head, body = server.request("GET", "/")
    assert status == 200
    assert head["content-type"] == "text/html; charset=utf-8"
    page = body.decode()
    assert '<input type="search"' in page
    assert 'src="/app.js"' in page and 'href="/app.css"' in page
    for path, media in (("/app.js", "text/javascript"), ("/app.css", "text/css")):
        status, head, _ = server.request("GET", path)
        assert status == 200 and head["content-type"].startswith(media)


def test_page_fetches_nothing_from_elsewhere(server: Server) -> None:
    for path in ("/", "/app.js", "/app.css"):
        text = server.request("GET", path)[2].decode()
        assert "http://" not in text and "https://" not in text and "//cdn" not in text, path


def test_every_response_forbids_inline_script_and_framing(server: Server) -> None:
    for path in ("/", "/api/info", "/api/nothing"):
        head = server.request("GET", path)[1]
        policy = head["content-security-policy"]
        assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
        assert "unsafe-inline" not in policy
        assert head["x-content-type-options"] == "nosniff"


# Search, lookup, entry: the same engine and the same content as the CLI


def test_search_finds_lei_jun_first(server: Server) -> None:
    status, data = server.get_json("/api/search?q=leijun")
    assert status == 200
    assert data["query"] == "leijun"
    assert data["hits"][0]["entry"]["id"] == "lei-jun"


@pytest.mark.parametrize("query", ["leijun", "Richard Liu", "雷君", "lqd", "xiaomi"])
def test_search_gives_the_hits_and_scores_of_the_cli(server: Server, glossary: Path, query: str) -> None:
    expected = json.loads(cli("search", query, "--json", "--db", str(glossary)).stdout)
    status, data = server.get_json(f"/api/search?q={quote(query)}")
    assert status == 200
    assert data == expected


def test_search_passes_limit_type_and_min_score_on(server: Server, glossary: Path) -> None:
    args = ["--limit", "3", "--type", "person", "--min-score", "40"]
    expected = json.loads(cli("search", "lei", *args, "--json", "--db", str(glossary)).stdout)
    status, data = server.get_json("/api/search?q=lei&limit=3&type=person&min_score=40")
    assert status == 200
    assert data == expected
    assert 0 < len(data["hits"]) <= 3
    assert {hit["entry"]["type"] for hit in data["hits"]} == {"person"}


def test_search_without_a_hit_is_an_empty_list(server: Server) -> None:
    status, data = server.get_json("/api/search?q=zzzzqqqq")
    assert (status, data["hits"]) == (200, [])


def test_lookup_card_has_every_line_of_the_cli_card(server: Server, glossary: Path) -> None:
    printed = cli("lookup", "雷军", "--db", str(glossary)).stdout.splitlines()
    status, data = server.get_json(f"/api/lookup?q={quote('雷军')}")
    assert status == 200
    [match] = data["matches"]
    assert match["entry"]["id"] == "lei-jun"
    card = match["card"]
    assert printed[0] == f"{card['head']}  [{card['tag']}]"
    shown = [f"  {row['label']}: {value}" for row in card["rows"] for value in row["values"][:1]]
    shown += [value for row in card["rows"] for value in row["values"][1:]]
    assert all(any(line.strip() == text.strip() for line in printed) for text in shown)
    assert len(printed) == 1 + len(shown)
    assert {"label": "pinyin", "values": ["Léi Jūn"]} in card["rows"]


def test_lookup_says_which_match_is_an_unconfirmed_draft(server: Server, glossary: Path) -> None:
    # As `zhgloss lookup --json`: the match of a draft is unverified, its card's tag says so; a curated one is not.
    [printed] = json.loads(cli("lookup", "布林肯", "--json", "--db", str(glossary)).stdout)[0]["matches"]
    status, data = server.get_json(f"/api/lookup?q={quote('布林肯')}")
    assert status == 200
    [match] = data["matches"]
    assert match["unverified"] is True and match["entry"]["draft"] is True
    assert match["unverified"] == printed["unverified"]
    assert match["card"]["unverified"] is True and match["card"]["tag"].endswith("· draft, unverified")
    _, data = server.get_json(f"/api/lookup?q={quote('雷军')}")
    assert [m["unverified"] for m in data["matches"]] == [False]


def test_entry_by_id_has_its_card_and_known_as(server: Server) -> None:
    status, data = server.get_json("/api/entry/lei-jun")
    assert status == 200
    assert data["entry"]["zh"] == "雷军"
    rows = {row["label"]: row["values"] for row in data["card"]["rows"]}
    assert "雷布斯" in rows["known as"][0]
    roles = [v for label in ("current roles", "past roles", "undated roles") for v in rows.get(label, [])]
    assert len(roles) == len(data["entry"]["roles"])


def test_info_names_the_glossary_served(server: Server, glossary: Path) -> None:
    status, data = server.get_json("/api/info")
    assert status == 200
    assert data["glossary"] == str(glossary.resolve())
    assert data["bundled"] is False
    assert data["entries"] == len(json.loads(glossary.read_text(encoding="utf-8"))["entries"])


# Errors: JSON, with the CLI's messages


def test_unknown_name_is_404_with_the_message_of_lookup(server: Server, glossary: Path) -> None:
    printed = cli("lookup", "leijunn", "--db", str(glossary))
    status, data = server.get_json("/api/lookup?q=leijunn")
    assert status == 404
    assert "Error: " + data["error"] == printed.stderr.strip()
    assert data["type"] == "NotFoundError"
    assert data["suggestions"][0] == "雷军 Lei Jun"


def test_unknown_id_is_404_with_the_message_of_show(server: Server, glossary: Path) -> None:
    printed = cli("show", "no-such-id", "--db", str(glossary))
    status, data = server.get_json("/api/entry/no-such-id")
    assert status == 404
    assert "Error: " + data["error"] == printed.stderr.strip()


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/api/search", "q must not be empty"),
        ("/api/search?q=%20", "q must not be empty"),
        ("/api/search?q=lei&limit=0", "limit must be a whole number from 1 to 100, not '0'"),
        ("/api/search?q=lei&limit=ten", "limit must be a whole number from 1 to 100, not 'ten'"),
        ("/api/search?q=lei&min_score=101", "min_score must be a whole number from 0 to 100, not '101'"),
        (f"/api/search?q={'x' * (MAX_QUERY + 1)}", f"q is {MAX_QUERY + 1} characters long; at most 200 are allowed"),
        ("/api/lookup", "q must not be empty"),
    ],
)
def test_bad_parameters_are_400_with_a_message(server: Server, path: str, message: str) -> None:
    status, data = server.get_json(path)
    assert (status, data["error"]) == (400, message)


def test_unknown_path_and_wrong_method_are_json(server: Server) -> None:
    assert server.get_json("/api/nothing") == (404, {"error": "Not Found", "type": "HTTPError"})
    assert server.get_json("/api/annotate")[0] == 405
    status, head, _ = server.request("DELETE", "/api/entry/lei-jun")
    assert (status, head["content-type"]) == (405, "application/json")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"not json", "the request body is not JSON"),
        (b"[1, 2]", "the request body must be a JSON object"),
        (b"{}", "'text' is required"),
        (b'{"text": 3}', "'text' must be text, not a number"),
        (b'{"text": null}', "'text' is required"),
        (b'{"text": ["x"]}', "'text' must be text, not a list"),
        (b'{"text": "x", "format": "pdf"}', "format must be one of inline, html, json, tsv, not 'pdf'"),
        (b'{"text": "x", "first_only": "yes"}', "'first_only' must be true or false, not text"),
    ],
)
def test_bad_annotate_bodies_are_400(server: Server, body: bytes, message: str) -> None:
    status, head, raw = server.request("POST", "/api/annotate", body, {"Content-Type": "application/json"})
    assert status == 400
    assert head["content-type"] == "application/json"
    assert json.loads(raw)["error"].startswith(message)


def test_check_with_line_counts_that_differ_is_422(server: Server) -> None:
    status, data = server.post_json("/api/check", {"source": "雷军\n王翔", "translation": "Lei Jun"})
    assert status == 422
    assert data["type"] == "FormatError"
    assert "line" in data["error"]


def test_check_with_line_counts_that_differ_names_the_pages_boxes_not_files(server: Server) -> None:
    # The page has two boxes: "the two files must be aligned" named files it has none of (U34-31).
    status, data = server.post_json("/api/check", {"source": "雷军\n王翔\n", "translation": "Lei Jun"})
    assert status == 422
    assert data["error"] == (
        "'translation': the translation has 1 line but the source has 2: write one segment a line in each box, "
        "the translation of each source line on the same line"
    )


def test_bad_fail_on_is_400_naming_the_field(server: Server) -> None:
    status, data = server.post_json("/api/check", {"source": "雷军", "translation": "Lei Jun", "fail_on": "typos"})
    assert status == 400
    assert data["error"].startswith("fail_on: ")


@pytest.mark.parametrize("fail_on", ["misspelt", ["misspelt"], "missing,misspelt", ["missing", "misspelt"]])
def test_fail_on_is_kinds_joined_by_commas_or_a_list_of_them(server: Server, fail_on: str | list[str]) -> None:
    # The answer's own fail_on is a list; a script copies it back (U35-26: a list was refused).
    body = {"source": "王翔也在场。", "translation": "Wang Xaing was there too.", "fail_on": fail_on}
    status, data = server.post_json("/api/check", body)
    assert status == 200, data
    assert "misspelt" in data["fail_on"]
    assert data["failed"] is True


def test_fail_on_as_an_empty_list_fails_on_nothing(server: Server) -> None:
    body = {"source": "王翔也在场。", "translation": "Wang Xaing was there too.", "fail_on": []}
    status, data = server.post_json("/api/check", body)
    assert status == 200, data
    assert data["fail_on"] == []
    assert data["failed"] is False


@pytest.mark.parametrize(
    ("fail_on", "named"),
    [(3, "a number"), ({"missing": True}, "an object"), (["missing", 3], "a list holding a number"), (None, "null")],
)
def test_fail_on_of_another_shape_is_400_showing_both_shapes(server: Server, fail_on: object, named: str) -> None:
    body = {"source": "雷军", "translation": "Lei Jun", "fail_on": fail_on}
    status, data = server.post_json("/api/check", body)
    assert status == 400
    assert data["error"].startswith('fail_on must be kinds joined by commas ("missing,misspelt") or a list of them')
    # named as JSON names it, not by Python's type (the review's R35-16)
    assert data["error"].endswith(f", not {named}")


# Request body limit


def test_body_over_the_limit_is_refused_by_its_length(server: Server) -> None:
    body = json.dumps({"text": "雷" * MAX_BODY}).encode()
    status, head, raw = server.request("POST", "/api/annotate", body, {"Content-Type": "application/json"})
    assert status == 413
    assert head["content-type"] == "application/json"
    assert json.loads(raw)["error"] == (
        f"the request body is larger than {MAX_BODY:,} bytes (about {MAX_BODY // 3:,} Chinese characters): paste less "
        "at a time, or run zhgloss annotate FILE (or check) on the whole file"
    )


def test_body_over_the_limit_is_refused_when_streamed_without_a_length(server: Server) -> None:
    chunk = b" " * 65536
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        conn.request("POST", "/api/annotate", body=iter([chunk] * (MAX_BODY // len(chunk) + 2)), encode_chunked=True)
        response = conn.getresponse()
        assert response.status == 413
        assert json.loads(response.read())["error"].startswith("the request body is larger than")
    finally:
        conn.close()


def test_body_just_under_the_limit_is_accepted(server: Server) -> None:
    text = "雷军。" * ((MAX_BODY - 100) // 9)
    status, data = server.post_json("/api/annotate", {"text": text, "format": "inline"})
    assert status == 200
    assert data["mentions"] == text.count("雷军")


# Annotate and check


def test_annotate_escapes_markup_in_the_text(server: Server) -> None:
    text = "雷军和王翔出席了发布会。<script>alert(1)</script>"
    status, data = server.post_json("/api/annotate", {"text": text})
    assert status == 200
    output = data["output"]
    assert "<script" not in output
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in output
    assert "<rt>Lei Jun</rt>" in output and "<rt>Wang Xiang</rt>" in output
    assert data["mentions"] == 2


def test_annotate_gives_the_output_of_the_cli(server: Server, glossary: Path) -> None:
    text = "雷军和王翔出席了发布会，Jack Ma 没有来。\n第二行：小米。"
    for fmt in ("inline", "html", "json", "tsv"):
        # The page shows the html format's fragment; the command line's default html is a whole page.
        extra = ["--fragment"] if fmt == "html" else []
        printed = cli("annotate", "--format", fmt, *extra, "--db", str(glossary), stdin=text)
        status, data = server.post_json("/api/annotate", {"text": text, "format": fmt})
        assert status == 200
        assert data["output"] == printed.stdout.replace("<stdin>", "<request>"), fmt


def test_annotate_escapes_markup_from_the_glossary(server: Server) -> None:
    status, data = server.post_json("/api/annotate", {"text": "贾雨村来了", "gloss": "both"})
    assert status == 200
    assert "<rt>Jiǎ Yǔcūn, Jia Yucun</rt>" in data["output"]
    status, data = server.get_json(f"/api/lookup?q={quote('贾雨村')}")
    assert {"label": "note", "values": [HOSTILE_NOTE]} in data["matches"][0]["card"]["rows"]


def test_annotate_marks_names_the_glossary_lacks_when_asked(server: Server, glossary: Path) -> None:
    text = "华为创始人任正非表示，雷军<b>也</b>来了。"
    status, data = server.post_json("/api/annotate", {"text": text})
    assert (status, data["unknown"]) == (200, 0)
    assert "zhgloss-unverified" not in data["output"]
    status, data = server.post_json("/api/annotate", {"text": text, "unknown": True})
    assert (status, data["mentions"], data["unknown"]) == (200, 1, 1)
    assert 'class="zhgloss zhgloss-unverified"' in data["output"]
    assert "<rt>Rén Zhèngfēi?</rt>" in data["output"]
    assert "&lt;b&gt;也&lt;/b&gt;" in data["output"]
    printed = cli("annotate", "--unknown", "--format", "html", "--fragment", "--db", str(glossary), stdin=text)
    assert data["output"] == printed.stdout


def test_check_lists_a_misspelling_in_its_segment(server: Server) -> None:
    source = "雷军出席了发布会。\n王翔也在场。"
    translation = "Lei Jun attended the launch.\nWang Xaing was there too."
    status, data = server.post_json("/api/check", {"source": source, "translation": translation})
    assert status == 200
    [problem] = data["problems"]
    assert (problem["segment"], problem["kind"], problem["found"], problem["expected"]) == (
        2,
        "misspelt",
        "Wang Xaing",
        "Wang Xiang",
    )
    assert data["segment_texts"][1] == {"number": 2, "source": "王翔也在场。", "target": translation.splitlines()[1]}


def test_check_gives_the_report_of_the_cli(server: Server, glossary: Path, tmp_path: Path) -> None:
    source = "雷军出席了发布会。\n王翔也在场。\n雷军说。"
    # "He" renders 雷军, named in full before (R46-9); 王翔 is not rendered at all: missing.
    translation = "Jun Lei attended the launch.\nA colleague was there too.\nHe said."
    (tmp_path / "zh.txt").write_text(source, encoding="utf-8")
    (tmp_path / "en.txt").write_text(translation, encoding="utf-8")
    printed = cli("check", str(tmp_path / "zh.txt"), str(tmp_path / "en.txt"), "--json", "--db", str(glossary))
    status, data = server.post_json("/api/check", {"source": source, "translation": translation})
    assert status == 200
    del data["segment_texts"]
    # The page's summary is the line the CLI prints on stderr (R46-16).
    assert data.pop("summary") == printed.stderr.strip()
    assert data == json.loads(printed.stdout)
    assert {p["kind"] for p in data["problems"]} == {"order", "missing"}


# Security: loopback names only, read-only


def test_requests_naming_another_host_are_refused(server: Server) -> None:
    status, data = server.get_json("/api/info", Host="attacker.example")
    assert status == 400
    assert data["error"] == "host 'attacker.example' is not served here"
    assert server.get_json("/api/info", Host=f"localhost:{server.port}")[0] == 200


def test_the_api_writes_nothing(server: Server, glossary: Path) -> None:
    before = glossary.read_bytes()
    for method in ("PUT", "PATCH", "DELETE"):
        assert server.request(method, "/api/entry/lei-jun", b"{}")[0] == 405
    server.post_json("/api/annotate", {"text": "雷军"})
    server.post_json("/api/check", {"source": "雷军", "translation": "Lei Jun"})
    assert glossary.read_bytes() == before


# Reloading, stopping


def test_a_name_added_by_another_process_is_seen_without_a_restart(glossary: Path, tmp_path: Path) -> None:
    path = tmp_path / "glossary.json"
    shutil.copyfile(glossary, path)
    with running_server("--db", str(path)) as server:
        assert server.get_json(f"/api/lookup?q={quote('甄士隐')}")[0] == 404
        before = server.get_json("/api/search?q=zhen%20shiyin")[1]["hits"]
        assert "甄士隐" not in [hit["entry"]["zh"] for hit in before]  # and that answer is kept by the server
        added = cli("add", "甄士隐", "--type", "person", "--yes", "--db", str(path))
        assert added.returncode == 0, added.stderr
        status, data = server.get_json(f"/api/lookup?q={quote('甄士隐')}")
        assert status == 200, data
        assert data["matches"][0]["entry"]["en"] == "Zhen Shiyin"
        assert server.get_json("/api/search?q=zhen%20shiyin")[1]["hits"][0]["entry"]["zh"] == "甄士隐"
        status, data = server.post_json("/api/annotate", {"text": "甄士隐说"})
        assert "<rt>Zhen Shiyin</rt>" in data["output"]
        status, data = server.post_json("/api/check", {"source": "甄士隐说", "translation": "Zhen Shiyan said"})
        assert data["problems"][0]["kind"] == "misspelt"

        path.write_text("{not json", encoding="utf-8")
        status, data = server.get_json("/api/search?q=leijun")
        assert status == 503
        assert data["type"] == "GlossaryFileError"
        assert data["error"] == cli("search", "leijun", "--db", str(path)).stderr.removeprefix("Error: ").split(";")[0]

        path.unlink()
        status, data = server.get_json("/api/entry/lei-jun")
        assert (status, data["error"]) == (503, f"{str(path)!r}: no such glossary file")

        code, stderr = stop(server)
    assert code == 0
    assert "Traceback" not in stderr


# The command


def test_default_address_is_loopback_on_the_documented_port() -> None:
    assert (DEFAULT_HOST, DEFAULT_PORT) == ("127.0.0.1", 8417)
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "http://127.0.0.1:8417/" in readme


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        *[("127.0.0.1", True), ("127.0.0.2", True), ("localhost", True), ("::1", True), ("[::1]", True)],
        *[("0.0.0.0", False), ("::", False), ("192.0.2.1", False), ("example.org", False)],
    ],
)
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_another_host_is_warned_about(runner: CliRunner, bundled: Path) -> None:
    # 192.0.2.1 (TEST-NET-1) is no address of this machine: the warning comes, then the bind fails.
    result = runner.invoke(app, ["serve", "--host", "192.0.2.1", "--port", "0", "--db", str(bundled)])
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    warning, error = result.stderr.splitlines()
    assert warning.startswith("Warning: listening on 192.0.2.1: anyone who can reach this machine")
    assert error.startswith("Error: cannot listen on 192.0.2.1 port 0: ")


def test_a_port_in_use_is_a_one_line_error(runner: CliRunner, bundled: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(app, ["serve", "--port", str(port), "--db", str(bundled)])
    assert result.exit_code == 2, result.output
    assert (
        result.stderr == f"Error: port {port} on 127.0.0.1 is in use; pass another --port, or --port 0 for a free one\n"
    )


def test_a_missing_glossary_is_a_data_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["serve", "--port", "0", "--db", str(tmp_path / "nope.json")])
    assert result.exit_code == 3, result.output
    assert result.stderr.startswith(f"Error: {str(tmp_path / 'nope.json')!r}: no such glossary file")


def test_a_corrupt_glossary_is_a_data_error_with_the_message_of_the_cli(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "glossary.json"
    path.write_text('{"entries": {"1": {"id": "x"', encoding="utf-8")
    result = runner.invoke(app, ["serve", "--port", "0", "--db", str(path)])
    assert result.exit_code == 3, result.output
    assert result.stdout == ""
    loading, error = result.stderr.splitlines()
    assert loading == f"loading {str(path)!r} …"
    assert error == cli("lookup", "雷军", "--db", str(path)).stderr.strip()


def test_ctrl_c_stops_the_server_cleanly(bundled: Path) -> None:
    with running_server("--db", str(bundled)) as server:
        assert server.get_json("/api/info")[0] == 200
        code, stderr = stop(server)
    assert code == 0
    assert "Traceback" not in stderr
    assert f"at {server.url}" in stderr
    wait_until(lambda: _refused(server.port))


def _refused(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


def test_no_other_command_and_no_library_module_loads_the_web_stack() -> None:
    code = (
        "import sys; from zhgloss.cli import load_commands; load_commands(); "
        "import zhgloss.store, zhgloss.annotate, zhgloss.check, zhgloss.fuzzy, zhgloss.card; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('starlette', 'uvicorn') or m == 'zhgloss.server'))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
