"""Two doors, one member: what one kiosk did reaches the other through the server."""

from __future__ import annotations

from kiosk import app
from kiosk.domain.checkin import Outcome
from kiosk.domain.settings import SpaceSettings
from kiosk.sync.engine import SyncReport


def door(tmp_path, name, server):
    kiosk = app.build(tmp_path / name)  # the real clock: the server's "today" is today
    server.enroll(kiosk, name)
    return kiosk


def test_in_at_one_door_out_at_the_other(server, tmp_path):
    (mette,) = server.store.add_members([{"name": "Mette", "plan": "clipcard", "clips": 5}])
    (lars,) = server.store.add_members([{"name": "Lars"}])
    front, back = door(tmp_path, "front", server), door(tmp_path, "back", server)
    try:
        assert front.checkin.check_in_code(mette.code).clips_left == 4
        front.sync.run_once()
        back.sync.run_once()
        # The back door knows Mette is in: her scan there checks her out, and costs no clip.
        assert back.presence.count_in_now() == 1
        assert back.checkin.check_in_code(lars.code).others_in == 1
        out = back.checkin.check_in_code(mette.code)
        assert out.outcome is Outcome.CHECKED_OUT
        back.sync.run_once()
        front.sync.run_once()
        assert [e["member_id"] for e in server.store.presence()["in_now"]] == [lars.member.id]
        assert [e.member_id for e in front.presence.on().in_now] == [lars.member.id]
        # Back again later the same day through the front door: checked in, still no second clip.
        app.save_settings(front, SpaceSettings(guard_seconds=0))
        front.close()
        front = app.build(tmp_path / "front")
        again = front.checkin.check_in_code(mette.code)
        assert again.outcome is Outcome.CHECKED_IN and again.clips_left == 4
    finally:
        front.close()
        back.close()


def test_a_close_made_offline_is_not_undone_by_an_older_server_view(server, tmp_path):
    (mette,) = server.store.add_members([{"name": "Mette"}])
    front, back = door(tmp_path, "front", server), door(tmp_path, "back", server)
    try:
        front.checkin.check_in_code(mette.code)
        front.sync.run_once()
        back.sync.run_once()
        assert back.checkin.check_in_code(mette.code).outcome is Outcome.CHECKED_OUT
        # The back door pulls before its push lands (push fails, pull is stale): Mette stays out.
        back.sync._pull(back.sync.api(), SyncReport())
        assert back.presence.count_in_now() == 0
    finally:
        front.close()
        back.close()
