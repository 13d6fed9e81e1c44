"""The dashboard's guards: CSRF tokens on every form, sessions that are not the token, throttled
token checks, bodies limited before parsing, redirects that ignore the Host header, the token read
from a file or the environment."""
import asyncio
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from tests.web.test_api import TOKEN, form_csrf, login, pak_id

from crossings import api
from crossings.errors import CrossingsError
from crossings.settings import read_token
from crossings.web import create_app
from crossings.web.auth import SESSION_COOKIE, Throttle
from crossings.web.limits import MAX_BODY, Slashes


@pytest.fixture
def client(store, db_url):
    return TestClient(create_app(db_url, token=TOKEN))


def decide(client, target, csrf=None, **fields):
    data = {"action": "reject", "who": "ana", **fields}
    if csrf is not None:
        data["csrf"] = csrf
    return client.post(f"/events/{target}/decide", data=data)


def test_every_post_form_carries_a_csrf_token(client):
    login(client)
    html = client.get(f"/events/{pak_id(client)}").text
    forms = html.split('<form method="post"')[1:]
    assert len(forms) >= 4 and all('name="csrf" value="' in f.split("</form>")[0] for f in forms)


def test_decisions_without_the_sessions_csrf_token_are_refused(client, db_url):
    login(client)
    target = pak_id(client)
    assert decide(client, target).status_code == 403
    assert decide(client, target, csrf="0" * 64).status_code == 403
    other = TestClient(create_app(db_url, token=TOKEN))  # another browser's valid token
    assert decide(client, target, csrf=form_csrf(other, "/login")).status_code == 403
    assert api.decisions(db=db_url) == []
    assert decide(client, target, csrf=form_csrf(client, f"/events/{target}")).status_code == 200
    assert [d["action"] for d in api.decisions(db=db_url)] == ["reject"]


def test_login_needs_its_forms_csrf_token(client):
    assert client.post("/login", data={"token": TOKEN}).status_code == 403
    assert SESSION_COOKIE not in client.cookies


def test_the_session_cookie_is_not_the_token_and_dies_at_logout(client):
    login(client)
    sid = client.cookies[SESSION_COOKIE]
    assert TOKEN not in sid and len(sid) >= 40
    target = pak_id(client)
    csrf = form_csrf(client, f"/events/{target}")
    assert client.post("/logout", data={"csrf": csrf}, follow_redirects=False).status_code == 303
    client.cookies.set(SESSION_COOKIE, sid)  # replayed after logout
    assert decide(client, target, csrf=csrf).status_code == 401


def test_json_api_takes_a_session_only_with_the_csrf_header(client, db_url):
    login(client)
    target = pak_id(client)
    body = {"action": "confirm", "who": "ana"}
    assert client.post(f"/api/events/{target}/decisions", json=body).status_code == 403
    headers = {"X-CSRF-Token": form_csrf(client, f"/events/{target}")}
    assert client.post(f"/api/events/{target}/decisions", json=body, headers=headers).status_code == 201


def test_failed_token_checks_are_throttled(client):
    csrf = form_csrf(client, "/login")
    codes = [client.post("/login", data={"token": f"guess-{i}", "csrf": csrf}).status_code for i in range(7)]
    assert codes == [401] * 5 + [429] * 2
    assert client.post("/login", data={"token": TOKEN, "csrf": csrf}).status_code == 429  # even the right one
    r = client.post(f"/api/events/{pak_id(client)}/decisions", json={"action": "confirm", "who": "a"},
                    headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 429 and int(r.headers["retry-after"]) > 0


def test_throttle_forgets_failures_after_its_window():
    throttle = Throttle(limit=2, window=10)
    throttle.fail("a", now=0)
    throttle.fail("a", now=1)
    assert throttle.retry_after("a", now=2) == 9 and throttle.retry_after("b", now=2) == 0
    assert throttle.retry_after("a", now=11.5) == 0


@pytest.mark.parametrize("path, location", [("/events/?type=defection", "/events?type=defection"),
                                            ("/map/", "/map")])
def test_slash_redirects_never_reflect_the_host(client, path, location):
    r = client.get(path, headers={"Host": "evil.example"}, follow_redirects=False)
    assert r.status_code == 308 and r.headers["location"] == location


def test_a_slash_redirect_never_leaves_the_site():
    sent = []

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "path": "//evil.example/", "query_string": b"", "headers": []}
    asyncio.run(Slashes(None)(scope, None, send))
    assert dict(sent[0]["headers"])[b"location"] == b"/evil.example"


def test_chunked_body_over_the_limit_is_cut(client):
    def chunks():
        for _ in range(100):
            yield b"x" * 4096

    r = client.post("/login", content=chunks(), headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 413
    small = client.post("/login", data={"token": "x" * (MAX_BODY // 2), "csrf": "y"})
    assert small.status_code == 403  # under the limit: parsed, then refused for its CSRF token


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _memory(pid: int) -> dict[str, int]:
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines())
    return {k: int(fields[k].split()[0]) for k in ("VmRSS", "VmHWM")}  # kB


def _settled_memory(pid: int) -> dict[str, int]:
    """Memory once the server's background warm-up stopped growing it."""
    last = _memory(pid)
    for _ in range(100):
        time.sleep(0.3)
        now = _memory(pid)
        if now["VmHWM"] == last["VmHWM"]:
            return now
        last = now
    return last


def _post_huge(port: int, size: int, chunked: bool) -> bytes:
    """Send a `size`-byte JSON post to the decisions API (declared or chunked) from a thread, without
    credentials; return the response head."""
    sock = socket.create_connection(("127.0.0.1", port))
    length = b"Transfer-Encoding: chunked" if chunked else f"Content-Length: {size}".encode()
    sock.sendall(b"POST /api/events/any/decisions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                 b"Content-Type: application/json\r\n" + length + b"\r\n\r\n")

    def send():
        piece = b"a" * (1 << 20)
        try:
            for _ in range(size >> 20):
                sock.sendall(b"100000\r\n" + piece + b"\r\n" if chunked else piece)
            if chunked:
                sock.sendall(b"0\r\n\r\n")
        except OSError:
            pass  # the server answered and closed: what we want

    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    sock.settimeout(30)
    head = sock.recv(200)
    sender.join(timeout=30)
    sock.close()
    return head


@pytest.mark.parametrize("chunked", [False, True])
def test_a_100_mb_unauthenticated_post_is_answered_413_without_memory_growth(db_url, store, chunked):
    port = _free_port()
    code = (f"import uvicorn; from crossings.web import create_app; "
            f"uvicorn.run(create_app({db_url!r}, token='t'), host='127.0.0.1', port={port}, log_level='error')")
    server = subprocess.Popen([sys.executable, "-c", code], env=os.environ.copy())
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port)).close()
                break
            except OSError:
                assert time.monotonic() < deadline and server.poll() is None, "server did not start"
                time.sleep(0.1)
        urllib.request.urlopen(f"http://127.0.0.1:{port}/map", timeout=60).read()  # warm caches first
        before = _settled_memory(server.pid)
        head = _post_huge(port, 100 << 20, chunked)
        after = _memory(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert head.startswith(b"HTTP/1.1 413")
    assert after["VmHWM"] - before["VmHWM"] < 20 * 1024, (before, after)  # kB: a 100 MB body would show


def test_token_comes_from_a_file_or_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("CROSSINGS_TOKEN", "from-env")
    assert read_token() == "from-env"
    path = tmp_path / "token"
    path.write_text("from-file\n")
    assert read_token(path) == "from-file"
    path.write_text("\n")
    with pytest.raises(CrossingsError, match="token"):
        read_token(path)
    with pytest.raises(CrossingsError, match=str(tmp_path / "missing")):
        read_token(tmp_path / "missing")
