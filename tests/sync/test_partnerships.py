"""Partnerships between real servers on loopback (issue 22): agreed by both hosts, signed by both
servers' long-term keys, stored on both; neither side can change it alone."""

from __future__ import annotations

import json
import time as clock
from collections.abc import Iterator
from datetime import date, time

import httpx
import pytest

from kiosk.domain.partners import Terms
from kiosk.domain.problems import Code
from kiosk.protocol import partners as wire_p
from kiosk.server.models import PartnershipRow
from kiosk.server.partners import ACTIVE, RECEIVED, Partnerships
from kiosk.server.store import ServerError

from .conftest import RunningServer, start_server

TERMS = Terms(plans=("monthly",), days_per_month=5, weekdays=(0, 1, 2, 3, 4), opens=time(8), closes=time(18),
              names_shown=True, starts=date(2026, 1, 1), ends=None)


@pytest.fixture
def pair(tmp_path, db_url) -> Iterator[tuple[RunningServer, RunningServer]]:
    """A (on SQLite or PostgreSQL, as db_url says) and B (SQLite)."""
    a = start_server(tmp_path / "a", db_url)
    b = start_server(tmp_path / "b", None)
    yield a, b
    for s in (a, b):
        s.stop()
        s.store.engine.dispose()


def host(server: RunningServer) -> Partnerships:
    """What a host's command or page uses: the server's own store and identity key."""
    return Partnerships(server.store, server.url)


def test_an_offer_accepted_by_the_partners_host_is_the_same_signed_document_on_both(pair) -> None:
    a, b = pair
    offered = host(a).offer(b.url, host(b).fingerprint(), TERMS)
    assert [(v.status, v.partner_name) for v in host(a).partners()] == [("offered", "127.0.0.1")]  # B has no name yet
    waiting = host(b).partners()
    assert [v.status for v in waiting] == [RECEIVED]
    # B's host compares A's fingerprint (read aloud) with what B's page shows for the offer
    assert waiting[0].fingerprint == host(a).fingerprint()

    host(b).accept(waiting[0].id)

    for side in (a, b):
        views = host(side).partners()
        assert [v.status for v in views] == [ACTIVE]
        stored = host(side).document(views[0].id)
        assert stored.document == offered.document
        doc = stored.verified()  # both signatures hold
        assert doc.terms.days_per_month == 5
    assert host(a).document(offered.agreement().id) == host(b).document(offered.agreement().id)


def test_a_wrong_fingerprint_stops_the_offer_before_anything_is_signed_or_stored(pair) -> None:
    a, b = pair
    wrong = host(a).fingerprint()  # A's own, not B's
    with pytest.raises(ServerError) as refused:
        host(a).offer(b.url, wrong, TERMS)
    assert refused.value.code is Code.PARTNER_FINGERPRINT
    assert host(a).partners() == [] and host(b).partners() == []


def test_the_partner_cannot_change_the_agreement_alone(pair) -> None:
    a, b = pair
    offered = host(a).offer(b.url, host(b).fingerprint(), TERMS)
    pid = offered.agreement().id
    # B's server edits its copy (30 days instead of 5), signs the changed text, sends it back
    changed = json.loads(offered.document)
    changed["terms"]["days_per_month"] = 30
    text = json.dumps(changed, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    forged = wire_p.SignedAgreement(document=text, signatures=offered.signatures).sign(host(b).key)
    with pytest.raises(wire_p.BadDocument):
        forged.verified()  # A's signature does not cover the changed text
    answer = httpx.post(f"{a.url}/api/v1/partners/accepted", content=forged.model_dump_json().encode(),
                        headers=wire_p.sign_request(host(b).key, "POST", "/api/v1/partners/accepted",
                                                    forged.model_dump_json().encode(), _now()))
    assert answer.status_code == 400
    with a.store.session() as s:
        row = s.get(PartnershipRow, pid)
        assert row is not None and row.status == "offered" and row.document == offered.document


def test_an_unsigned_or_foreign_call_gets_nothing(pair) -> None:
    a, b = pair
    host(a).offer(b.url, host(b).fingerprint(), TERMS)
    assert httpx.get(f"{a.url}/api/v1/partners/feed").status_code == 401
    # a stranger's key, signed properly, but no partnership with it
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    stranger = Ed25519PrivateKey.generate()
    answer = httpx.get(f"{a.url}/api/v1/partners/feed",
                       headers=wire_p.sign_request(stranger, "GET", "/api/v1/partners/feed", b"", _now()))
    assert answer.status_code == 400
    # a signed request replayed to another path does not verify
    headers = wire_p.sign_request(host(b).key, "GET", "/api/v1/partners/identity", b"", _now())
    assert httpx.get(f"{a.url}/api/v1/partners/feed", headers=headers).status_code == 401


def test_one_server_has_many_partners(tmp_path) -> None:
    servers = [start_server(tmp_path / name, None) for name in ("a", "b", "c")]
    try:
        a, b, c = servers
        for other in (b, c):
            host(a).offer(other.url, host(other).fingerprint(), TERMS)
            host(other).accept(host(other).partners()[0].id)
        assert sorted(v.partner_url for v in host(a).partners() if v.status == ACTIVE) == sorted([b.url, c.url])
    finally:
        for s in servers:
            s.stop()
            s.store.engine.dispose()


def _now():
    from datetime import UTC, datetime

    return datetime.now(UTC)


def test_a_server_pulls_its_partners_by_itself(tmp_path) -> None:
    """The exchange every few minutes (here 0.1 s): a member added at A reaches B's copy unasked."""
    from kiosk.domain.partners import pseudonym

    a = start_server(tmp_path / "a", None)
    b = start_server(tmp_path / "b", None, partner_seconds=0.1)  # type: ignore[arg-type]
    try:
        offered = host(a).offer(b.url, host(b).fingerprint(), TERMS)
        host(b).accept(offered.agreement().id)
        issued = a.store.add_members([{"name": "Anna Holm", "plan": "monthly"}])[0]
        with a.store.session() as s:
            row = s.get(PartnershipRow, offered.agreement().id)
            assert row is not None
            wanted = pseudonym(bytes.fromhex(row.pseudonym_key), issued.member.id)
        deadline = clock.monotonic() + 60
        while clock.monotonic() < deadline:
            spaces = host(b).spaces_for_kiosks(date.today())
            if spaces and any(m.p == wanted for m in spaces[0].members):
                break
            clock.sleep(0.05)
        else:
            raise AssertionError("B never pulled A's new member")
    finally:
        for s in (a, b):
            s.stop()
            s.store.engine.dispose()
