"""Short codes as keyed hashes (issue 9, item 1): kiosks keep them only as HMAC-SHA256 under
their own key, the roster never carries them in clear to a kiosk that gave its key, a typed
code is hashed and looked up, a host's short code only checks in, and existing kiosks are
converted by their migration."""

from __future__ import annotations

import json
import urllib.request
import uuid
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.core.members import NewMember
from kiosk.domain.codes import short_code_for, short_code_hash
from kiosk.domain.members import Role
from kiosk.sync.client import Rejected, ServerApi


def raw_bytes(data_dir: Path) -> bytes:
    """Everything the kiosk's database holds on disk: the file and its write-ahead log."""
    db = paths.database_path(data_dir)
    return b"".join(p.read_bytes() for p in db.parent.iterdir() if p.name.startswith(db.name))


def raw_pull(url: str, token: str) -> str:
    request = urllib.request.Request(f"{url}/api/v1/roster?limit=2000", headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.read().decode()


def test_an_enrolled_kiosk_keeps_and_receives_only_keyed_hashes(server, kiosk_at, clock):
    issued = server.store.add_members([{"name": f"Medlem {i}"} for i in range(20)])
    front, back = kiosk_at("front"), kiosk_at("back")
    server.enroll(front, "front")
    server.enroll(back, "back")
    assert front.sync.run_once().roster_matches and back.sync.run_once().roster_matches

    wire_text = raw_pull(server.url, front.sync.local.state()["token"])
    assert not any(i.short_code in wire_text for i in issued)  # a stolen token is not a list of codes
    card = json.loads(wire_text)["changes"][-1]["card"]
    assert card["short_code"] is None and len(card["short_code_hash"]) == 64
    for kiosk in (front, back):
        kiosk.engine.dispose()
        assert not any(i.short_code.encode() in raw_bytes(kiosk.data_dir) for i in issued)
    # Each door's hashes are under its own key: one door's copy does not match another's.
    front_key, back_key = front.sync.local.short_code_key(), back.sync.local.short_code_key()
    assert front_key != back_key
    assert short_code_hash(front_key, issued[0].short_code) != short_code_hash(back_key, issued[0].short_code)

    result = front.checkin.check_in_short_code(issued[3].short_code.lower().replace("-", " "))
    assert result.name == "Medlem 3"
    assert back.checkin.check_in_short_code(issued[3].short_code).name == "Medlem 3"


def test_a_protocol_1_kiosk_still_gets_short_codes_in_clear(server):
    (issued,) = server.store.add_members([{"name": "Gammel Dør"}])
    token = ServerApi(server.url).enroll(server.store.add_kiosk("old-door"), str(uuid.uuid4())).token
    assert issued.short_code in raw_pull(server.url, token)  # it never gave a key: served as before


def test_the_key_is_given_once_and_cannot_be_swapped(server, kiosk_at):
    kiosk = kiosk_at()
    server.enroll(kiosk)
    api = kiosk.sync.api()
    assert api.send_short_code_key(kiosk.sync.local.short_code_key()) == "same"
    with pytest.raises(Rejected) as refused:
        api.send_short_code_key(bytes(32))  # a stolen token cannot choose the key
    assert refused.value.status == 409
    # Enrolling again starts afresh: the kiosk gives its key again and syncs.
    server.enroll(kiosk)
    assert kiosk.sync.run_once().roster_matches


def test_a_hosts_short_code_only_checks_in(kiosk):
    host = kiosk.members.add(NewMember(name="Vært Vibeke", role=Role.HOST))
    by_code = kiosk.checkin.check_in_short_code(host.short_code)
    assert by_code.name == "Vært Vibeke" and not by_code.host  # no host view from a short code
    kiosk.clock.advance(minutes=5)  # type: ignore[attr-defined]
    assert kiosk.checkin.check_in_code(host.code).host  # the signed card (QR) still is a host's


def test_the_migration_converts_an_existing_kiosks_short_codes(tmp_path, clock):
    from kiosk.core.db import open_engine
    from tests.conftest import build_kiosk, upgrade_to

    short = short_code_for("KM1:AN-OLD-CARD")  # a valid short code, as an older kiosk stored it
    data_dir = tmp_path / "old"
    data_dir.mkdir()
    engine = open_engine(paths.database_path(data_dir))
    upgrade_to(engine, "0006")
    with engine.begin() as conn:  # an enrolled kiosk, with an e-mail address the server once sent
        conn.exec_driver_sql("INSERT INTO settings (key, value) VALUES ('sync_token', 'T')")
        conn.exec_driver_sql("INSERT INTO members (id, name, email, plan_kind, clips_total, status, role, demo,"
                             " created_at, roster_gen) VALUES ('0123456789abcdef', 'Old Member', 'old@example.dk',"
                             " 'monthly', 0, 'active', 'member', 0, '2026-01-01 08:00:00', 0)")
        conn.exec_driver_sql("INSERT INTO cards (member_id, serial, short_code, revoked, issued_at, roster_gen)"
                             " VALUES ('0123456789abcdef', 1, ?, 0, '2026-01-01 08:00:00', 0)", (short,))
    engine.dispose()
    assert short.encode() in raw_bytes(data_dir)

    kiosk = build_kiosk(data_dir, clock=clock)
    try:
        assert kiosk.checkin.check_in_short_code(short.lower().replace("-", " ")).name == "Old Member"
        kiosk.store.flush_log()
        kiosk.engine.dispose()
        assert short.encode() not in raw_bytes(data_dir)
        assert b"old@example.dk" not in raw_bytes(data_dir)
        key_file = paths.short_code_key_path(data_dir)
        assert oct(key_file.stat().st_mode & 0o777) == "0o600" and len(key_file.read_bytes()) == 32
    finally:
        kiosk.close()
