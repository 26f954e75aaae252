"""Servers for the remote tests, all on 127.0.0.1: a real Oxigraph, and tiny faulty ones.

``oxigraph_server`` runs the ``oxigraph`` program of the PyPI package (test extras) on a free
port; the others misbehave on purpose: answer from a script, never answer, hang up
mid-response, or forward to a real server and then fail. Every wait here is bounded.
"""

from __future__ import annotations

import http.server
import os
import socket
import subprocess
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bhyt_kg.remote import oxigraph_binary, oxigraph_command, wait_until_ready

HOST = "127.0.0.1"
_JOIN_TIMEOUT = 5.0  # seconds to wait for a helper thread to end


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (at the time of asking)."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


# --- the real server ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OxigraphServer:
    """A running ``oxigraph serve``: its URLs and process."""

    base: str
    process: subprocess.Popen[bytes]

    @property
    def query_url(self) -> str:
        return f"{self.base}/query"

    @property
    def update_url(self) -> str:
        return f"{self.base}/update"

    @property
    def store_url(self) -> str:
        return f"{self.base}/store"


def require_oxigraph() -> None:
    """Skip the test when the oxigraph program is not installed (pip install oxigraph)."""
    if oxigraph_binary() is None:
        pytest.skip("the oxigraph server program is not installed (pip install -e '.[test]')")


@contextmanager
def oxigraph_server(directory: Path, *, union_default_graph: bool = True) -> Iterator[
        OxigraphServer]:
    """Start ``oxigraph serve`` on a free loopback port with its store in ``directory``."""
    require_oxigraph()
    bind = f"{HOST}:{free_port()}"
    directory.mkdir(parents=True, exist_ok=True)
    command = oxigraph_command(directory / "store", bind, union_default_graph=union_default_graph)
    with (directory / "server.log").open("wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    server = OxigraphServer(f"http://{bind}", process)
    try:
        wait_until_ready(server.query_url, timeout=20, process=process)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def external_endpoint() -> tuple[str, str | None] | None:
    """(query URL, update URL) of another server to test against, from the environment.

    BHYT_KG_TEST_ENDPOINT (e.g. Virtuoso's http://127.0.0.1:8890/sparql) and optionally
    BHYT_KG_TEST_UPDATE_ENDPOINT; credentials as for any endpoint (BHYT_KG_USER, ~/.netrc).
    """
    query = os.environ.get("BHYT_KG_TEST_ENDPOINT")
    return (query, os.environ.get("BHYT_KG_TEST_UPDATE_ENDPOINT") or None) if query else None


def external_graph_store() -> str | None:
    """The Graph Store Protocol URL of that server (BHYT_KG_TEST_GRAPH_STORE), if given.

    Virtuoso: http://127.0.0.1:8890/sparql-graph-crud. Pushing through it takes well under a
    second where SPARQL UPDATE takes about a second per article graph on Virtuoso.
    """
    return os.environ.get("BHYT_KG_TEST_GRAPH_STORE") or None


# --- scripted HTTP servers ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Reply:
    """One scripted HTTP answer."""

    status: int
    body: bytes = b""
    content_type: str = "application/sparql-results+json"


@dataclass
class Seen:
    """What a fake server received: one (method, path, headers, body) per request."""

    requests: list[tuple[str, str, dict[str, str], bytes]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.requests)


@contextmanager
def _serve(handler: type[http.server.BaseHTTPRequestHandler]) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer((HOST, 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(_JOIN_TIMEOUT)


@contextmanager
def scripted_server(*replies: Reply) -> Iterator[tuple[str, Seen]]:
    """An HTTP server giving ``replies`` in turn (the last one again once they run out)."""
    seen = Seen()
    lock = threading.Lock()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            with lock:
                seen.requests.append((self.command, self.path, dict(self.headers), body))
                reply = replies[min(len(seen) - 1, len(replies) - 1)]
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            if reply.status == 401:
                self.send_header("WWW-Authenticate", 'Basic realm="test"')
            self.end_headers()
            self.wfile.write(reply.body)

        do_GET = do_POST = do_PUT = _answer  # noqa: N815 (http.server's names)

        def log_message(self, *args: object) -> None:
            pass  # keep the test output clean

    with _serve(Handler) as url:
        yield url, seen


@contextmanager
def forwarding_server(target: str, *, forward: int) -> Iterator[tuple[str, Seen]]:
    """A proxy that passes the first ``forward`` requests to ``target``, then answers 500."""
    seen = Seen()
    lock = threading.Lock()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:  # noqa: N802 (http.server's name)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            with lock:
                seen.requests.append((self.command, self.path, dict(self.headers), body))
                passing = len(seen) <= forward
            status, payload = 500, b"injected failure"
            if passing:
                request = urllib.request.Request(
                    target + self.path, data=body, method="POST",
                    headers={"Content-Type": self.headers.get("Content-Type", "")})
                try:
                    with urllib.request.urlopen(request, timeout=10) as response:
                        status, payload = response.status, response.read()
                except urllib.error.HTTPError as error:
                    status, payload = error.code, error.read()
                    error.close()
            self.send_response(status)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args: object) -> None:
            pass

    with _serve(Handler) as url:
        yield url, seen


# --- raw socket servers ---------------------------------------------------------------------


@contextmanager
def silent_server() -> Iterator[str]:
    """A port that accepts connections (in the kernel's backlog) and never answers."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        sock.listen(16)
        yield f"http://{HOST}:{sock.getsockname()[1]}"


@contextmanager
def hangup_server() -> Iterator[tuple[str, list[int]]]:
    """A server that starts a 200 answer, sends part of the body, and closes the connection."""
    connections: list[int] = []
    stop = threading.Event()
    sock = socket.socket()
    sock.bind((HOST, 0))
    sock.listen(16)
    sock.settimeout(0.05)

    def loop() -> None:
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except OSError:
                continue  # a timeout: look at the stop flag again
            with conn:
                connections.append(1)
                conn.settimeout(2)
                data = b""
                try:
                    while b"\r\n\r\n" not in data and len(data) < 1_000_000:
                        chunk = conn.recv(65536)
                        if not chunk:
                            break
                        data += chunk
                    conn.sendall(b"HTTP/1.1 200 OK\r\n"
                                 b"Content-Type: application/sparql-results+json\r\n"
                                 b"Content-Length: 4096\r\n\r\n"
                                 b'{"head": {"vars": ["x"]}, "results": {"bindings": [')
                except OSError:
                    pass  # the client went away first: nothing to report

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{sock.getsockname()[1]}", connections
    finally:
        stop.set()
        thread.join(_JOIN_TIMEOUT)
        sock.close()
