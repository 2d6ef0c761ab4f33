"""A guest's approval from the server (issue 20), end to end on a real server on loopback
(SQLite and PostgreSQL) and the real kiosk sync client: the guest a door registered reaches the
server with the push; the member they visit approves on /me (another member cannot), a host on
the Today page; the approval comes down in that door's pull only, the door records it once
(audited once), and the guest's next scan opens the Shelly inside opening hours. Then the
attacker's side: a replayed approval, another door's guest, an approval after the day, the
mail's link used twice, a kiosk token that tries to approve."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy.orm import Session

from kiosk import app
from kiosk.domain.guests import GuestForm
from kiosk.domain.problems import Code
from kiosk.domain.settings import SpaceSettings
from kiosk.lock.config import LockConfig
from kiosk.server.errors import ServerError
from kiosk.server.guest_passes import GuestPasses
from kiosk.server.hosts import Hosts
from kiosk.server.models import GuestPassRow
from tests.lock.fake_devices import FakeShelly
from tests.sync.conftest import start_server
from tests.sync.test_social_server import member_client
from tests.sync.web_client import WebClient

PASSWORD = "correct horse battery"


@pytest.fixture
def site(tmp_path, db_url):  # type: ignore[no-untyped-def]
    server = start_server(tmp_path / "server", db_url)  # SQLite and PostgreSQL
    Hosts(server.store.engine).add("anna", PASSWORD)
    yield server
    server.stop()
    server.store.engine.dispose()


@pytest.fixture
def shelly():  # type: ignore[no-untyped-def]
    fake = FakeShelly("s3cret").start()
    yield fake
    fake.stop()


def door(site, tmp_path, name: str, shelly: FakeShelly) -> app.Kiosk:  # type: ignore[no-untyped-def]
    kiosk = app.build(tmp_path / name)  # the real clock: the server's today is the door's
    site.enroll(kiosk, name)
    kiosk.door.set_lock(LockConfig("shelly", url=shelly.url, password="s3cret", seconds=3))
    app.apply_settings(kiosk, SpaceSettings.from_mapping({**kiosk.settings.to_mapping(),
                                                          "opening_hours": "mon-sun 00:00-24:00"}))
    return kiosk


def register(kiosk: app.Kiosk, name: str, visits: str | None):  # type: ignore[no-untyped-def]
    consents = {kind.value: p.version for kind, p in kiosk.guests.policies().items()}
    return kiosk.guests.register(GuestForm(name=name, visitor_type="guest" if visits else "daypass",
                                           host_member_id=visits, payment_method="host" if not visits else None,
                                           share_name_with_host=True, language="da", consents=consents))


def scan(kiosk: app.Kiosk, code: str) -> str:
    result = kiosk.checkin.check_in_code(code)
    answer = kiosk.door.open(result.member_id, result.door, result.credential)
    return answer.door if answer.door != "not_opened" else f"not_opened:{answer.reason}"


def approvals(kiosk: app.Kiosk, guest_id: str) -> list[str]:
    with kiosk.store.reading() as tx:
        return [e.detail for e in tx.audit_entries(500) if e.action == "guest_approved" and e.subject == guest_id]


def host(site) -> WebClient:  # type: ignore[no-untyped-def]
    client = WebClient(site.url)
    answer = client.log_in("anna", PASSWORD)
    assert answer.status == 303, answer.text[:300]
    return client


def test_the_member_visited_approves_on_their_page_and_the_door_opens_for_the_guest(site, shelly, tmp_path):
    lars, mette = site.store.add_members([{"name": "Lars Holm"}, {"name": "Mette Sø"}])
    kiosk = door(site, tmp_path, "door-1", shelly)
    try:
        guest = register(kiosk, "Jürgen Weiß", lars.member.id)
        assert scan(kiosk, guest.code) == "not_opened:guest_not_approved"
        assert kiosk.sync.run_once().error is None  # the guest goes up with the push

        # Another member cannot approve Lars's guest, nor see it.
        other = member_client(site, mette.member.id)
        assert "Jürgen" not in other.get("/me").text
        refused = other.post(f"/me/guests/{guest.member_id}/approve", {"csrf": _csrf(other)})
        assert refused.status == 409 and 'id="guest-passes"' not in refused.text
        assert GuestPasses(site.store.engine, site.store.tz).for_kiosk(_device(kiosk)) == []

        lars_page = member_client(site, lars.member.id)
        page = lars_page.get("/me").text
        assert 'id="guest-passes"' in page and "Jürgen Weiß" in page and "door-1" in page
        for _ in range(2):  # a second press changes nothing
            answer = lars_page.post(f"/me/guests/{guest.member_id}/approve", {"csrf": _csrf(lars_page)})
            assert answer.status == 303
        assert "Approved" in lars_page.get("/me").text or "Godkendt" in lars_page.get("/me").text

        shelly.switchings.clear()
        assert kiosk.sync.run_once().error is None  # the approval comes down with the pull
        assert approvals(kiosk, guest.member_id) == ["server:member"]
        assert kiosk.door.approved_today() == {guest.member_id}
        assert kiosk.sync.run_once().error is None  # pulled again (a replay): recorded once
        assert approvals(kiosk, guest.member_id) == ["server:member"]
        assert scan(kiosk, guest.code) == "opened" and len(shelly.openings) == 1
    finally:
        kiosk.close()


def _csrf(client: WebClient) -> str:
    import re

    found = re.search(r'name="csrf" value="([^"]*)"', client.get("/me").text)
    assert found
    return found.group(1)


def _device(kiosk: app.Kiosk) -> str:
    return kiosk.sync.local.state()["device_id"]


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_a_host_approves_on_today_and_only_that_door_hears_of_it(site, shelly, tmp_path):
    site.store.add_members([{"name": "Lars Holm"}])
    one, two = door(site, tmp_path, "door-1", shelly), door(site, tmp_path, "door-2", shelly)
    try:
        guest = register(one, "Ida Nielsen", None)  # visits no member: only a host approves
        assert one.sync.run_once().error is None
        client = host(site)
        today = client.get("/").text
        assert 'id="guest-passes"' in today and "Ida Nielsen" not in today  # the name was not the member's to see
        csrf = client.csrf_of("/")
        assert client.post(f"/guests/{guest.member_id}/approve", {"csrf": csrf}).status == 303
        assert client.post(f"/guests/{'0' * 16}/approve", {"csrf": csrf}).status == 409  # no such guest
        assert client.post(f"/guests/{guest.member_id}/approve", {"csrf": "wrong"}).status == 403

        assert two.sync.run_once().error is None
        assert approvals(two, guest.member_id) == []  # another door's guest: never sent there
        passes = GuestPasses(site.store.engine, site.store.tz)
        assert passes.for_kiosk(_device(two)) == [] and len(passes.for_kiosk(_device(one))) == 1
        token = one.sync.local.state()["token"]
        for header, carried in (({}, False), ({"Kiosk-Protocol": "2"}, True)):  # a version-1 kiosk: not sent
            page = httpx.get(f"{site.url}/api/v1/roster", headers={"Authorization": f"Bearer {token}", **header},
                             params={"limit": 2000}).json()
            assert bool(page.get("guest_approvals")) is carried, page.get("guest_approvals")
        assert one.sync.run_once().error is None
        assert approvals(one, guest.member_id) == ["server:host"]
        assert scan(one, guest.code) == "opened"
    finally:
        one.close()
        two.close()


def test_the_door_takes_only_its_own_guests_of_its_today(site, shelly, tmp_path):
    """What the kiosk accepts from a pull, whatever the server sent: a guest it made, today."""
    (lars,) = site.store.add_members([{"name": "Lars Holm"}])
    kiosk = door(site, tmp_path, "door-1", shelly)
    try:
        guest = register(kiosk, "Jürgen Weiß", lars.member.id)
        now = datetime.now(UTC)
        today = kiosk.settings.local_day(now)
        local = kiosk.sync.local
        assert local.apply_guest_approvals([(lars.member.id, today, "host")], today, now) == 0  # a member
        assert local.apply_guest_approvals([("f" * 16, today, "host")], today, now) == 0  # no guest of here
        assert local.apply_guest_approvals([(guest.member_id, today - timedelta(days=1), "host")], today, now) == 0
        assert approvals(kiosk, guest.member_id) == []
        assert local.apply_guest_approvals([(guest.member_id, today, "host")] * 2, today, now) == 1
        assert approvals(kiosk, guest.member_id) == ["server:host"]
    finally:
        kiosk.close()


def test_the_day_over_the_mail_link_once_and_no_kiosk_token_approves(site, shelly, tmp_path):
    (lars,) = site.store.add_members([{"name": "Lars Holm"}])
    kiosk = door(site, tmp_path, "door-1", shelly)
    try:
        early, late = register(kiosk, "Jürgen Weiß", lars.member.id), register(kiosk, "Ida Nielsen", lars.member.id)
        assert kiosk.sync.run_once().error is None
        passes = GuestPasses(site.store.engine, site.store.tz)

        # The arrival mail's link: shown first (a mail program's look approves nothing), used once.
        token = passes.link(late.member_id)
        assert token is not None
        client = WebClient(site.url)
        shown = client.get(f"/guest-link/{token}")
        assert shown.status == 200 and 'id="guest-link"' in shown.text
        assert passes.for_kiosk(_device(kiosk)) == []
        assert client.post(f"/guest-link/{token}", {}).status == 200
        assert client.post(f"/guest-link/{token}", {}).status == 410  # used: a replay does nothing
        assert client.get(f"/guest-link/{'x' * 32}").status == 410  # a forged one
        assert [a.member_id for a in passes.for_kiosk(_device(kiosk))] == [late.member_id]

        # Yesterday's pass: over, neither approved nor sent.
        with Session(site.store.engine) as s, s.begin():
            row = s.get(GuestPassRow, early.member_id)
            assert row is not None
            row.day -= timedelta(days=1)
        with pytest.raises(ServerError) as over:
            passes.approve(early.member_id, "host")
        assert over.value.code is Code.GUEST_DAY_OVER
        assert early.member_id not in {a.member_id for a in passes.for_kiosk(_device(kiosk))}

        # A kiosk's token has no way to approve: no such route, and no such event.
        token_of_kiosk = kiosk.sync.local.state()["token"]
        auth = {"Authorization": f"Bearer {token_of_kiosk}", "Kiosk-Protocol": "2"}
        for path in ("/api/v1/guest-approvals", f"/guests/{early.member_id}/approve"):
            answer = httpx.post(site.url + path, headers=auth, json={"member_id": early.member_id})
            assert answer.status_code in (303, 307, 403, 404, 405, 422), (path, answer.status_code)
        assert early.member_id not in {a.member_id for a in passes.for_kiosk(_device(kiosk))}
    finally:
        kiosk.close()


def test_a_members_id_is_no_guest_and_erasing_the_member_takes_their_guests_names(site):
    """A push whose "guest" check-in names a roster member (a stolen token trying to get a member
    a guest's approval) makes no pass; erasing the member visited clears the member, the name
    and the mail's link from their guests' passes (a host can still let the guest in)."""
    import uuid

    from kiosk.protocol import wire

    lars, mette = site.store.add_members([{"name": "Lars Holm"}, {"name": "Mette Sø"}])
    passes = GuestPasses(site.store.engine, site.store.tz)
    now = datetime.now(UTC)

    def guest_check_in(member_id: str, name: str | None = None) -> dict[str, object]:
        return {"id": str(uuid.uuid4()), "kiosk_id": "door-0001", "seq": 1, "kind": "check_in",
                "recorded_at": now.isoformat(), "effective_at": now.isoformat(), "member_id": member_id,
                "source": "guest", "host_member_id": lars.member.id, "guest_name": name}

    accepted = [wire.EventResult(id="x", status="accepted")]
    assert passes.record("dev-1", [guest_check_in(mette.member.id)], accepted) == 0  # a member: no guest
    assert passes.record("dev-1", [guest_check_in("ab" * 8, "Jürgen Weiß")], accepted) == 1
    assert passes.record("dev-2", [guest_check_in("ab" * 8)], accepted) == 0  # first door keeps it
    assert passes.link("ab" * 8) is not None
    site.store.delete_member(lars.member.id)
    [kept] = passes.today()
    assert (kept.host_member_id, kept.guest_name) == (None, None)
    with pytest.raises(ServerError):
        passes.approve("ab" * 8, "member", lars.member.id)
    assert passes.approve("ab" * 8, "host") is True
    assert [a.member_id for a in passes.for_kiosk("dev-1")] == ["ab" * 8] and passes.for_kiosk("dev-2") == []
