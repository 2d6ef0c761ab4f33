"""packaging/Caddyfile, unchanged, in front of the real `kiosk server run` on loopback: Caddy's
own CA (`local_certs`, never installed in the machine's trust store), the server trusting the
proxy's X-Forwarded-Proto and -For, Secure cookies, a kiosk enrolling over https."""

from __future__ import annotations

import os
import shutil
import socket
import ssl
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import need
from tests.sync.web_client import WebClient

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(check, what: str, seconds: float = 60) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except (OSError, ssl.SSLError):
            pass
        time.sleep(0.2)
    raise AssertionError(f"{what} did not come up")


def kiosk(*args: str, env: dict[str, str], stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, input=stdin,
                          env={**os.environ, **env}, cwd=ROOT, timeout=120)


def start_server(data_dir: Path, *flags: str) -> tuple[subprocess.Popen[bytes], int]:
    """`kiosk server run` on a free port (on another if a process took that one before it bound it)."""
    log = data_dir.parent / "server.log"  # a file, not a pipe: a server's log must never fill a pipe and block it
    for _attempt in range(5):
        port = free_port()
        proc = subprocess.Popen([sys.executable, "-m", "kiosk", "server", "run", "--host", "127.0.0.1", "--port",
                                 str(port), "--data-dir", str(data_dir), *flags], cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=log.open("wb"))
        wait_for(lambda: proc.poll() is not None  # noqa: B023 (this attempt's)
                 or WebClient(f"http://127.0.0.1:{port}").get("/api/v1/health").status == 200, "the server")  # noqa: B023
        if proc.poll() is None:
            return proc, port
        said = log.read_text(errors="replace")
        assert "in use" in said, f"the server exited {proc.returncode}:\n{said[-2000:]}"
    raise AssertionError("the server found no free port in five tries")


@pytest.fixture
def host_data(tmp_path):
    data = tmp_path / "server"
    assert kiosk("server", "hosts", "add", "anna", "--data-dir", str(data), env={},
                 stdin=PASSWORD + "\n").returncode == 0
    return data


def start_caddy(tmp_path: Path, storage: Path, server_port: int) -> tuple[subprocess.Popen[bytes] | None, int]:
    """Caddy in front of the server on two free ports, once its local CA is made; None when it
    exited because a port was taken in the meantime (any other exit fails with Caddy's log)."""
    port, http_port = free_port(), free_port()
    config = tmp_path / "Caddyfile"
    config.write_text(f"""{{
	admin off
	skip_install_trust
	local_certs
	http_port {http_port}
	https_port {port}
	storage file_system {storage}
}}
import {ROOT / "packaging" / "Caddyfile"}
""")
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "xdg"),
           "XDG_CONFIG_HOME": str(tmp_path / "xdg"), "KIOSK_SITE": f"https://localhost:{port}",
           "KIOSK_UPSTREAM": f"127.0.0.1:{server_port}"}
    log = tmp_path / "caddy.log"
    caddy = subprocess.Popen(["caddy", "run", "--config", str(config), "--adapter", "caddyfile"], env=env,
                             stdout=subprocess.DEVNULL, stderr=log.open("wb"))

    root = storage / "pki" / "authorities" / "local" / "root.crt"

    def answering() -> bool:
        if caddy.poll() is not None:
            return True  # exited: said below
        if not root.exists():
            return False
        context = ssl.create_default_context(cafile=str(root))
        return WebClient(f"https://localhost:{port}", context=context).get("/api/v1/health").status == 200

    wait_for(answering, "Caddy")
    if caddy.poll() is not None:
        said = log.read_text(errors="replace")
        assert "address already in use" in said, f"Caddy exited {caddy.returncode}:\n{said[-2000:]}"
        return None, port
    return caddy, port


@pytest.fixture
def caddy_in_front(tmp_path, host_data):
    need(shutil.which("caddy") is not None, "Caddy is not installed (apt-get install caddy)")
    server, server_port = start_server(host_data, "--trusted-proxy", "127.0.0.1")
    storage = tmp_path / "caddy"
    root = storage / "pki" / "authorities" / "local" / "root.crt"
    caddy = None
    try:
        # Its ports are free when chosen, but another test's process may bind one before Caddy
        # does: then Caddy exits saying so, and it is started again on two other ports.
        for _attempt in range(5):
            caddy, port = start_caddy(tmp_path, storage, server_port)
            if caddy is not None:
                break
        assert caddy is not None, "Caddy found no free port in five tries"
        context = ssl.create_default_context(cafile=str(root))
        url = f"https://localhost:{port}"
        yield url, context, root, host_data
    finally:
        for proc in (caddy, server):
            if proc is None:
                continue
            proc.terminate()
            proc.wait(20)


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_behind_caddy_cookies_are_secure_and_the_kiosk_enrolls_over_https(caddy_in_front, tmp_path):
    url, context, root, data = caddy_in_front
    client = WebClient(url, context=context)
    login_page = client.get("/login")
    assert login_page.status == 200
    assert all("Secure" in c for c in login_page.set_cookies())
    answer = client.log_in("anna", PASSWORD)
    assert answer.status == 303 and answer.location.endswith("/")
    session = [c for c in answer.set_cookies() if c.startswith("kiosk_session=")]
    assert session and "Secure" in session[0] and "HttpOnly" in session[0]
    assert client.get("/members").status == 200
    code = kiosk("server", "kiosks", "add", "front-door", "--data-dir", str(data), env={}).stdout.split()[-1]
    kiosk_env = {"KIOSK_DATA_DIR": str(tmp_path / "kiosk"), "SSL_CERT_FILE": str(root)}
    enrolled = kiosk("enroll", "--server", url, "--code", code, env=kiosk_env)
    assert enrolled.returncode == 0, enrolled.stderr
    assert "enrolled as front-door" in enrolled.stdout


def test_public_url_https_makes_cookies_secure_without_a_proxy(host_data):
    server, port = start_server(host_data, "--public-url", "https://kiosk.example.dk")
    try:
        client = WebClient(f"http://127.0.0.1:{port}")
        assert all("Secure" in c for c in client.get("/login").set_cookies())
    finally:
        server.terminate()
        server.wait(20)


def test_plain_server_without_https_sets_no_secure_cookie_and_ignores_forwarded_proto(host_data):
    """X-Forwarded-Proto from an address that is not a configured proxy changes nothing."""
    server, port = start_server(host_data)
    try:
        client = WebClient(f"http://127.0.0.1:{port}")
        cookies = client.get("/login", headers={"X-Forwarded-Proto": "https"}).set_cookies()
        assert cookies and not any("Secure" in c for c in cookies)
    finally:
        server.terminate()
        server.wait(20)


def test_a_bad_public_url_is_a_usage_error(host_data):
    proc = kiosk("server", "run", "--data-dir", str(host_data), "--public-url", "kiosk.example.dk", env={})
    assert proc.returncode == 2 and "--public-url" in proc.stderr


def test_forwarded_for_counts_only_from_the_configured_proxy(host_data):
    """`--trusted-proxy 127.0.0.1`: a guesser behind the proxy is throttled by its own address
    (not the proxy's, which would lock everyone out); a client elsewhere cannot pick its address."""
    server, port = start_server(host_data, "--trusted-proxy", "127.0.0.1")
    url = f"http://127.0.0.1:{port}"

    def guess(source: str, forwarded: str, name: str) -> int:
        client = WebClient(url, source=source)
        token = client.csrf_of("/login")
        return client.post("/login", {"csrf": token, "username": name, "password": "wrong password"},
                           headers={"X-Forwarded-For": forwarded}).status

    try:
        through_proxy = [guess("127.0.0.1", "198.51.100.1", f"user{i}") for i in range(11)]
        assert through_proxy[:10] == [303] * 10 and through_proxy[10] == 429
        assert guess("127.0.0.1", "198.51.100.2", "someone") == 303  # another client of the proxy
        direct = [guess("127.0.0.3", f"198.51.100.{50 + i}", f"name{i}") for i in range(11)]
        assert direct[10] == 429  # counted against 127.0.0.3, whatever it claimed
        assert guess("127.0.0.3", "198.51.100.99", "fresh") == 429
    finally:
        server.terminate()
        server.wait(20)


def test_the_sync_client_speaks_http2_through_caddy_and_trusts_the_machines_store(caddy_in_front, monkeypatch):
    """The kiosk trusts certificates the way the machine does (SSL_CERT_FILE here, the system
    store on an appliance), not a bundle of its own; through a TLS proxy it speaks HTTP/2."""
    from kiosk.sync.client import HTTP2, ServerApi, ServerUnavailable

    url, _context, root, _data = caddy_in_front
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    # The machine does not trust Caddy's own CA yet.
    with ServerApi(url) as api, pytest.raises(ServerUnavailable, match="cannot reach"):
        api.health()
    monkeypatch.setenv("SSL_CERT_FILE", str(root))
    with ServerApi(url) as api:
        assert api.health()["status"] == "ok"
        assert api.http_version == ("HTTP/2" if HTTP2 else "HTTP/1.1")
        assert HTTP2  # h2 is in the lock: a kiosk installed from it speaks HTTP/2
