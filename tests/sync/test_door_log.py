"""The Door log on the real server (SQLite and PostgreSQL): a kiosk with a fake Shelly on
loopback opens, refuses and loses its lock; the events sync up once; the host page lists them,
filters by member, door and day, and exports CSV."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from zoneinfo import ZoneInfo

from kiosk import app
from kiosk.domain.settings import SpaceSettings
from kiosk.lock.config import LockConfig
from kiosk.server.hosts import Hosts
from tests.conftest import ALL_DAY, build_kiosk
from tests.lock.fake_devices import FakeShelly
from tests.sync.web_client import WebClient

PASSWORD = "correct horse battery"


def _set(kiosk: app.Kiosk, **values: str) -> None:
    app.apply_settings(kiosk, SpaceSettings.from_mapping({**kiosk.settings.to_mapping(), **values}))


def test_openings_refusals_and_lock_failures_reach_the_door_log(server, tmp_path) -> None:
    Hosts(server.store.engine).add("anna", PASSWORD)
    mette, lars = server.store.add_members([{"name": "Mette Jensen"}, {"name": "Lars Bo"}])
    shelly = FakeShelly("s3cret").start()
    kiosk = build_kiosk(tmp_path / "door", hours=ALL_DAY)  # the real clock: the server's "today"
    try:
        server.enroll(kiosk, "front-door")
        kiosk.door.set_lock(LockConfig("shelly", url=shelly.url, password="s3cret"))
        opened = kiosk.checkin.check_in_code(mette.code)
        assert kiosk.door.open(opened.member_id, opened.door, opened.credential).door == "opened"
        today = datetime.now(ZoneInfo("Europe/Copenhagen")).date()
        _set(kiosk, closed_days=today.isoformat())
        refused = kiosk.checkin.check_in_code(lars.code)
        assert kiosk.door.open(refused.member_id, refused.door).reason == "after_hours"
        _set(kiosk, closed_days="")
        shelly.stop()
        failed = kiosk.checkin.check_in_code(lars.code)
        assert kiosk.door.open(failed.member_id, failed.door).door == "lock_failed"
        kiosk.sync.run_once()
        kiosk.sync.run_once()  # twice: stored once
    finally:
        kiosk.close()

    client = WebClient(server.url)
    assert WebClient(server.url).get("/door-log").status == 303  # not without a login
    assert client.log_in("anna", PASSWORD).status == 303
    page = client.get("/door-log")
    assert page.status == 200
    body = page.text[page.text.find("<main>"):]
    assert body.count('class="door_opened"') == 1 and body.count('class="door_refused"') == 1
    assert body.count('class="lock_failed"') == 1 and "front-door" in body and "Mette Jensen" in body
    only_lars = client.get(f"/door-log?member={lars.member.id}&day={today.isoformat()}").text
    assert "Mette Jensen" not in only_lars[only_lars.find("<tbody>"):] and only_lars.count('class="lock_failed"') == 1
    assert client.get("/door-log?member=x%27%3Cscript").status == 400  # a filter is an id, nothing else
    export = client.get("/door-log.csv")
    rows = list(csv.reader(io.StringIO(export.body.decode("utf-8-sig"))))
    assert rows[0] == ["date", "time", "what", "reason", "credential", "member_id", "name", "door"]
    assert sorted((r[2], r[3]) for r in rows[1:]) == [
        ("door_opened", "opened"), ("door_refused", "after_hours"), ("lock_failed", "not_answering")]
    for lang, title in (("da", "Dørlog"), ("de", "Türprotokoll"), ("en", "Door log")):
        client.get(f"/language/{lang}?next=/door-log")
        assert f"<h1>{title}</h1>" in client.get("/door-log").text


def test_any_hour_right_comes_down_beside_the_member_and_leaves_the_checksum_alone(server, tmp_path) -> None:
    [keyholder, daytime] = server.store.add_members([{"name": "Kim Nøgle", "any_hour": True}, {"name": "Dag Dagsen"}])
    kiosk = build_kiosk(tmp_path / "door")
    try:
        server.enroll(kiosk, "front-door")
        with kiosk.store.reading() as tx:
            assert tx.door_right(keyholder.member.id).any_hour
            assert not tx.door_right(daytime.member.id).any_hour
        again = kiosk.sync.run_once()
        assert again.error is None and not again.resynced  # the roster's checksum agrees: no snapshot again
        server.store.set_any_hour(keyholder.member.id, False)
        taken = kiosk.sync.run_once()
        assert taken.roster_matches is not False and not taken.resynced
        with kiosk.store.reading() as tx:
            assert not tx.door_right(keyholder.member.id).any_hour  # taken away at the next sync
    finally:
        kiosk.close()
