"""The kiosk backup routes tried as an attacker would, with real parts: the real server on
loopback (SQLite and PostgreSQL), real HTTP with httpx, real files in the server's data dir."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from kiosk.server.hosts import Hosts
from kiosk.server.kiosk_backups import MAX_OPEN_UPLOADS
from tests.conftest import build_kiosk, kiosk_command
from tests.fakes import FakeClock
from tests.sync.conftest import start_server
from tests.sync.web_client import WebClient

OCTETS = {"Content-Type": "application/octet-stream"}


@pytest.fixture
def running(tmp_path, db_url):
    server = start_server(tmp_path / "server", db_url, max_backup_bytes=3 * 1024 * 1024)
    Hosts(server.store.engine).add("anna", "correct horse battery")
    yield server
    server.stop()
    server.store.engine.dispose()


def _enrolled(running, data: Path, name: str) -> tuple[str, str]:
    """(token, device id) of a kiosk enrolled with the running server."""
    kiosk = build_kiosk(data, clock=FakeClock(datetime.now(UTC)))
    try:
        code = running.store.add_kiosk(name, "Klitmøller")
        kiosk.sync.enroll(running.url, code, replace_roster=True)
        state = kiosk.sync.local.state()
        return state["token"], state["device_id"]
    finally:
        kiosk.close()


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _upload(running, token: str, upload: str, blob: bytes) -> httpx.Response:
    put = httpx.put(f"{running.url}/api/v1/backups/{upload}", params={"offset": 0}, content=blob,
                    headers={**_auth(token), **OCTETS}, timeout=30)
    assert put.status_code == 200, put.text
    return httpx.post(f"{running.url}/api/v1/backups/{upload}/done", timeout=30, headers=_auth(token),
                      json={"bytes": len(blob), "sha256": hashlib.sha256(blob).hexdigest()})


def _on_disk(running) -> list[Path]:
    folder = running.data_dir / "kiosk-backups"
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []


def test_many_uploads_that_never_finish_cannot_fill_the_servers_disk(tmp_path, running):
    """Each new upload id would otherwise keep up to the per-backup cap on disk for six hours:
    a kiosk token (stolen from a door) could start thousands. Only the newest few stay."""
    token, device = _enrolled(running, tmp_path / "door", "door-1")
    piece = b"z" * 200_000
    for i in range(MAX_OPEN_UPLOADS + 6):
        upload = f"{i:032x}"
        answer = httpx.put(f"{running.url}/api/v1/backups/{upload}", params={"offset": 0}, content=piece,
                           headers={**_auth(token), **OCTETS}, timeout=30)
        assert answer.status_code == 200, answer.text
    parts = list((running.data_dir / "kiosk-backups" / device).glob("upload-*.part"))
    assert len(parts) <= MAX_OPEN_UPLOADS
    newest = f"upload-{MAX_OPEN_UPLOADS + 5:032x}.part"
    assert newest in {p.name for p in parts}  # the one being sent now is never the one dropped
    # The dropped ones answer in plain words when the kiosk goes on with them: start again.
    gone = httpx.put(f"{running.url}/api/v1/backups/{0:032x}", params={"offset": len(piece)}, content=piece,
                     headers={**_auth(token), **OCTETS}, timeout=30)
    assert gone.status_code == 409 and gone.json()["have"] == 0


def test_an_upload_still_being_sent_survives_another_starting(tmp_path, running):
    """The bound must not break the ordinary case: a nightly upload interrupted by one by hand."""
    token, _device = _enrolled(running, tmp_path / "door", "door-1")
    first, second = "a" * 32, "b" * 32
    blob = b"first copy " * 30_000
    half = len(blob) // 2
    put = httpx.put(f"{running.url}/api/v1/backups/{first}", params={"offset": 0}, content=blob[:half],
                    headers={**_auth(token), **OCTETS}, timeout=30)
    assert put.status_code == 200
    assert _upload(running, token, second, b"second copy").status_code == 200
    put = httpx.put(f"{running.url}/api/v1/backups/{first}", params={"offset": half}, content=blob[half:],
                    headers={**_auth(token), **OCTETS}, timeout=30)
    assert put.status_code == 200, put.text
    done = httpx.post(f"{running.url}/api/v1/backups/{first}/done", timeout=30, headers=_auth(token),
                      json={"bytes": len(blob), "sha256": hashlib.sha256(blob).hexdigest()})
    assert done.status_code == 200 and done.json()["kept"] == 1  # one a day: the day's newest


def test_one_kiosk_cannot_overwrite_or_finish_another_kiosks_backup(tmp_path, running):
    token_a, device_a = _enrolled(running, tmp_path / "a", "door-a")
    token_b, device_b = _enrolled(running, tmp_path / "b", "door-b")
    upload = "c" * 32
    assert _upload(running, token_a, upload, b"A's sealed copy").status_code == 200
    # B sends under the same upload id, at every offset, and finishes it: it lands in B's folder.
    put = httpx.put(f"{running.url}/api/v1/backups/{upload}", params={"offset": 0}, content=b"B's forgery",
                    headers={**_auth(token_b), **OCTETS}, timeout=30)
    assert put.status_code == 200
    assert httpx.post(f"{running.url}/api/v1/backups/{upload}/done", headers=_auth(token_b), timeout=30,
                      json={"bytes": 11, "sha256": hashlib.sha256(b"B's forgery").hexdigest()}).status_code == 200
    a_copy = httpx.get(f"{running.url}/api/v1/backups/newest", headers=_auth(token_a), timeout=30)
    assert a_copy.status_code == 200 and a_copy.content == b"A's sealed copy"
    assert {p.parent.name for p in _on_disk(running)} == {device_a, device_b}
    # Path characters in the kiosk id or the upload id reach no file.
    for hostile in ("..", "../keys", "a/b", "a\x00b", "%2e%2e", device_a + "/..", "x" * 65):
        answer = httpx.get(f"{running.url}/api/v1/backups/newest", params={"kiosk": hostile},
                           headers=_auth(token_b), timeout=30)
        assert answer.status_code in (404, 422), (hostile, answer.status_code)
    for hostile in ("..%2F..%2Fkeys", "%00" + "a" * 31, "A" * 32, "a" * 31, "a" * 33, "a" * 31 + "%2F"):
        answer = httpx.put(f"{running.url}/api/v1/backups/{hostile}?offset=0", content=b"x",
                           headers={**_auth(token_b), **OCTETS}, timeout=30)
        assert answer.status_code in (404, 422), (hostile, answer.status_code)
    # Negative, huge and non-numeric offsets: refused in plain words, nothing written.
    for offset in ("-1", str(2**40 + 1), str(2**64), "1e3", "0x10", ""):
        answer = httpx.put(f"{running.url}/api/v1/backups/{'d' * 32}?offset={offset}", content=b"x",
                           headers={**_auth(token_b), **OCTETS}, timeout=30)
        assert answer.status_code == 422, (offset, answer.status_code)
    answer = httpx.put(f"{running.url}/api/v1/backups/{'d' * 32}?offset=5", content=b"x",
                       headers={**_auth(token_b), **OCTETS}, timeout=30)
    assert answer.status_code == 409 and answer.json()["have"] == 0
    assert not (running.data_dir / "kiosk-backups" / device_b / f"upload-{'d' * 32}.part").exists()
    # A done with the wrong length, or a huge or negative one: refused, the upload dropped.
    for claim in ({"bytes": 999, "sha256": "0" * 64}, {"bytes": -1, "sha256": "0" * 64},
                  {"bytes": 2**70, "sha256": "0" * 64}, {"bytes": 3, "sha256": "../../x"}):
        answer = httpx.post(f"{running.url}/api/v1/backups/{'e' * 32}/done", headers=_auth(token_b),
                            json=claim, timeout=30)
        assert answer.status_code in (404, 409, 422), (claim, answer.status_code)


def test_a_revoked_kiosk_and_web_sessions_get_nothing_from_the_backup_routes(tmp_path, running):
    token, _device = _enrolled(running, tmp_path / "door", "door-1")
    assert _upload(running, token, "f" * 32, b"sealed").status_code == 200
    # A host signed in on the web pages: the session cookie is no device token.
    host = WebClient(running.url)
    assert host.log_in("anna", "correct horse battery").status == 303
    cookie = "; ".join(f"{k}={v}" for k, v in host.cookies.items())
    for method, path in (("GET", "/api/v1/backups/newest"), ("PUT", f"/api/v1/backups/{'1' * 32}?offset=0"),
                         ("POST", f"/api/v1/backups/{'1' * 32}/done")):
        answer = httpx.request(method, running.url + path, headers={"Cookie": cookie}, content=b"{}", timeout=30)
        assert answer.status_code == 401, (path, answer.status_code)
    # A device token on the host pages: sent to the sign-in page, shown nothing.
    page = httpx.get(running.url + "/kiosks", headers=_auth(token), timeout=30)
    assert page.status_code in (303, 401, 403) and "door-1" not in page.text
    # Revoked: every backup route refuses the old token.
    running.store.revoke_kiosk("door-1")
    for method, path in (("GET", "/api/v1/backups/newest"), ("PUT", f"/api/v1/backups/{'2' * 32}?offset=0"),
                         ("POST", f"/api/v1/backups/{'f' * 32}/done")):
        answer = httpx.request(method, running.url + path, headers={**_auth(token), **OCTETS},
                               content=b"x" if method == "PUT" else b'{"bytes": 1, "sha256": "' + b"0" * 64 + b'"}',
                               timeout=30)
        assert answer.status_code == 401, (path, answer.status_code)
    assert not list((running.data_dir / "kiosk-backups").rglob("upload-*.part"))


def _cli(*args: str):
    return kiosk_command(*args, env={"KIOSK_LOG": ""})


def _snapshot(data: Path) -> dict[str, bytes]:
    # running.lock is the restore's own lock (kiosk.core.instance_lock), not kiosk data.
    return {str(p.relative_to(data)): p.read_bytes() for p in sorted(data.rglob("*"))
            if p.is_file() and p.name != "running.lock"}


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_tampered_sealed_copy_is_refused_and_nothing_is_touched(tmp_path, running):
    data = tmp_path / "door"
    running.store.add_members([{"name": "Mette Jensen"}])
    _token, device = _enrolled(running, data, "door-1")
    sent = _cli("backup", "--to-server", "--data-dir", str(data))
    assert sent.returncode == 0, sent.stderr
    [sealed] = (running.data_dir / "kiosk-backups" / device).glob("*.sealed")
    good = sealed.read_bytes()
    other = tmp_path / "other"
    _enrolled(running, other, "door-2")
    assert _cli("backup", "--to-server", "--data-dir", str(other)).returncode == 0
    [foreign] = [p for p in (running.data_dir / "kiosk-backups").rglob("*.sealed") if p.parent.name != device]
    before = _snapshot(data)
    flipped = bytearray(good)
    flipped[len(good) // 2] ^= 0x01
    header = bytearray(good)
    header[10] ^= 0x80  # in the nonce
    for label, blob in (("a bit flipped", bytes(flipped)), ("the nonce changed", bytes(header)),
                        ("truncated", good[: len(good) - 100]), ("cut to the header", good[:20]),
                        ("empty", b""), ("another kiosk's copy", foreign.read_bytes()),
                        ("not sealed at all", b"SQLite format 3\x00" + b"\x00" * 4000)):
        sealed.write_bytes(blob)
        done = _cli("restore", "--yes", "--from-server", "--data-dir", str(data))
        assert done.returncode == 2, (label, done.returncode, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr, label
        assert ("cannot be opened with this key" in done.stderr or "not a sealed kiosk backup" in done.stderr
                or "no copy" in done.stderr), (label, done.stderr)
        assert _snapshot(data) == before, label  # the database, its keys, the journal: all as they were
    sealed.write_bytes(good)
    done = _cli("restore", "--yes", "--from-server", "--data-dir", str(data))
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)
def test_member_sessions_host_sessions_and_kiosk_tokens_never_stand_in_for_each_other(tmp_path, running):
    from tests.sync.test_social_server import member_client

    token, _device = _enrolled(running, tmp_path / "door", "door-1")
    (mette,) = running.store.add_members([{"name": "Mette Jensen"}])
    member = member_client(running, mette.member.id)
    member_token = member.cookies["kiosk_member"]
    host = WebClient(running.url)
    assert host.log_in("anna", "correct horse battery").status == 303
    host_token = host.cookies["kiosk_session"]
    # A member's /me session: as the host cookie, on the host pages; as a bearer, on kiosk routes.
    for path in ("/kiosks", "/members", "/"):
        page = WebClient(running.url).get(path, raw_cookie=f"kiosk_session={member_token}")
        assert page.status == 303 and page.location.endswith("/login"), (path, page.status)
    for secret in (member_token, host_token):
        for method, path in (("GET", "/api/v1/backups/newest"), ("GET", "/api/v1/roster"),
                             ("PUT", f"/api/v1/backups/{'3' * 32}?offset=0")):
            answer = httpx.request(method, running.url + path, headers={**_auth(secret), **OCTETS},
                                   content=b"x" if method == "PUT" else None, timeout=30)
            assert answer.status_code in (401, 403), (path, answer.status_code)
    # The host's session or a kiosk token as a member's cookie: no /me page.
    for secret in (host_token, token):
        page = WebClient(running.url).get("/me", raw_cookie=f"kiosk_member={secret}")
        assert page.status in (303, 401, 403) and "Mette" not in page.text, page.status
    # The member's own session still works (the test's attacks changed nothing).
    assert member.get("/me").status == 200


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_pieces_sent_at_once_at_the_same_offset_are_taken_once(tmp_path, running):
    """Many pieces racing for the same offset: one is appended, the others are told the size."""
    from concurrent.futures import ThreadPoolExecutor

    token, device = _enrolled(running, tmp_path / "door", "door-1")
    upload = "9" * 32

    def put(i: int) -> int:
        return httpx.put(f"{running.url}/api/v1/backups/{upload}", params={"offset": 0}, content=bytes([i]) * 300_000,
                         headers={**_auth(token), **OCTETS}, timeout=60).status_code

    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(put, range(8)))
    assert statuses.count(200) == 1 and statuses.count(409) == 7, statuses
    assert (running.data_dir / "kiosk-backups" / device / f"upload-{upload}.part").stat().st_size == 300_000


def test_a_junk_upload_and_a_burst_cannot_wipe_the_genuine_copy_and_restore_falls_back(tmp_path, running):
    """Reproduction 2: one junk upload (a seal's magic and 200 random bytes) made `kiosk restore
    --from-server` fail, and four more pushed the genuine copy out. Now the server keeps one copy
    a day for the retention period, and a restore tries the copies newest first."""
    import os

    data = tmp_path / "door"
    token, device = _enrolled(running, data, "door-1")
    sent = _cli("backup", "--to-server", "--data-dir", str(data))
    assert sent.returncode == 0, sent.stderr
    folder = running.data_dir / "kiosk-backups" / device
    [genuine] = folder.glob("*.sealed")
    yesterday = (datetime.now(UTC) - timedelta(days=1)).strftime("%Y%m%d") + genuine.name[8:]
    genuine.rename(folder / yesterday)  # last night's copy
    for i in range(5):  # the thief's burst, with the stolen token
        junk = b"DKSEAL1\n" + os.urandom(200)
        assert _upload(running, token, f"{i + 1:032x}", junk).status_code == 200
    names = sorted(p.name for p in folder.glob("*.sealed"))
    assert len(names) == 2 and names[0] == yesterday  # today's newest junk, and last night's copy
    listed = httpx.get(f"{running.url}/api/v1/backups", headers=_auth(token), timeout=30).json()["copies"]
    assert [c["name"] for c in listed] == names[::-1]  # newest first
    done = _cli("restore", "--yes", "--from-server", "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    assert f"the server's copy {names[1]} was not restored" in done.stderr
    assert f"the server's copy {yesterday}" in done.stdout


def test_the_server_keeps_one_copy_a_day_and_none_past_the_retention_period(tmp_path):
    from kiosk.server.kiosk_backups import KioskBackups

    now = [datetime(2026, 12, 1, 12, tzinfo=UTC)]
    keeper = KioskBackups(tmp_path / "kiosk-backups", keep_days=3, now=lambda: now[0])
    for day in range(6):
        for copy in range(3):  # a nightly copy and two by hand, or a thief's burst
            now[0] = datetime(2026, 12, 1 + day, 12 + copy, tzinfo=UTC)
            blob = f"day {day} copy {copy}".encode()
            keeper.append("door", f"{day:016x}{copy:016x}", 0, blob)
            keeper.finish("door", f"{day:016x}{copy:016x}", len(blob), hashlib.sha256(blob).hexdigest())
    kept = [p.read_bytes().decode() for p in keeper.list("door")]
    assert kept == ["day 2 copy 2", "day 3 copy 2", "day 4 copy 2", "day 5 copy 2"]  # 3 days back and today


def test_uploads_from_a_revoked_token_are_refused(tmp_path, running):
    token, _ = _enrolled(running, tmp_path / "door", "door-1")
    running.store.revoke_kiosk("door-1")
    answer = httpx.put(f"{running.url}/api/v1/backups/{1:032x}", params={"offset": 0}, content=b"x" * 100,
                       headers={**_auth(token), **OCTETS}, timeout=30)
    assert answer.status_code == 401
    assert not (running.data_dir / "kiosk-backups").exists() or not list(
        (running.data_dir / "kiosk-backups").rglob("*.part"))
