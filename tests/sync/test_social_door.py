"""The social door across doors (issue 13): a choice made on the member's page reaches every
door with the roster; a withdrawal at one door holds there at once and at every other door after
its next sync. A real server on loopback (SQLite and PostgreSQL), real kiosks on SQLite files."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from kiosk import app
from kiosk.domain.social import HereNow, Source
from kiosk.server.errors import ServerError
from kiosk.server.requests import DIRECTABLE, RosterRequests
from kiosk.server.social import Social
from kiosk.sync.client import ServerApi
from tests.conftest import build_kiosk
from tests.sync.test_social_server import member_client


def door(tmp_path, name, server) -> app.Kiosk:
    kiosk = build_kiosk(tmp_path / name)  # the real clock: the server's "today" is today
    server.enroll(kiosk, name)
    return kiosk


def test_a_choice_on_the_member_page_names_the_member_at_the_door(server, tmp_path):
    anna, lars = server.store.add_members([{"name": "Anna Holm"}, {"name": "Lars Bak"}])
    Social(server.store.engine, server.store.tz).choose(anna.member.id, True, ["web design"])
    front = door(tmp_path, "front", server)
    try:
        front.checkin.check_in_code(anna.code)
        front.checkin.check_in_code(lars.code)
        assert front.social.here_now() == HereNow((("Anna", ("web design",)),), 1)
        assert front.social.visibility(anna.member.id).source == Source.MEMBER_PAGE  # type: ignore[union-attr]
        assert front.social.visibility(lars.member.id) is None
    finally:
        front.close()


def test_a_withdrawal_holds_at_once_where_made_and_at_every_door_after_its_next_sync(server, tmp_path):
    anna, lars = server.store.add_members([{"name": "Anna Holm"}, {"name": "Lars Bak"}])
    social = Social(server.store.engine, server.store.tz)
    social.choose(anna.member.id, True, ["web design"])
    front, back = door(tmp_path, "front", server), door(tmp_path, "back", server)
    try:
        front.checkin.check_in_code(anna.code)
        back.checkin.check_in_code(lars.code)
        for k in (front, back, front):
            k.sync.run_once()
        named = HereNow((("Anna", ("web design",)),), 1)
        assert front.social.here_now() == named and back.social.here_now() == named

        front.social.withdraw(anna.member.id)  # at the front door, offline or not: at once
        assert front.social.here_now() == HereNow((), 2)
        assert back.social.here_now() == named  # the back door has not synced yet
        report = front.sync.run_once()
        assert report.error is None and report.requests == 1 and not report.details
        assert front.social.here_now() == HereNow((), 2)  # the pull brings it back: still hidden
        back.sync.run_once()
        assert back.social.here_now() == HereNow((), 2)
        choice = social.visibility(anna.member.id)
        assert (choice.visible, choice.source) == (False, Source.DOOR)

        # The member's own page shows the choice as hidden, withdrawn at the door.
        page = member_client(server, anna.member.id).get("/me").text
        assert 'name="visible" value="true">' in page and "checked" not in page.split('id="visibility"')[1][:900]
        assert 'id="withdrawn-at-door"' in page
        # A later choice on the page holds again everywhere (the newer record wins).
        social.choose(anna.member.id, True, ["EU grants"])
        back.sync.run_once()
        assert back.social.here_now() == HereNow((("Anna", ("EU grants",)),), 1)
    finally:
        front.close()
        back.close()


def test_a_door_can_never_make_anyone_visible(server, tmp_path):
    anna, lars = server.store.add_members([{"name": "Anna Holm"}, {"name": "Lars Bak"}])
    social = Social(server.store.engine, server.store.tz)
    front = door(tmp_path, "front", server)
    try:
        state = front.sync.local.state()
        api = ServerApi(state["url"], state["token"])
        forged = [
            {"op": "hide", "member_id": lars.member.id, "visible": True, "tags": ["forged"]},
            {"op": "show", "member_id": lars.member.id},
            {"op": "update", "member_id": lars.member.id, "visible": True},
            {"op": "hide", "member_id": lars.member.id, "name": "Lars Visible"},
            {"op": "add", "member_id": "00000000000000ee", "name": "New", "visible": True},
        ]
        answer = api.send_requests([{"id": str(uuid.uuid4()), **f} for f in forged])
        assert [r.status for r in answer.results] == ["rejected"] * len(forged)
        assert [r.reason for r in answer.results][:3] == ["invalid visible", "invalid op", "invalid visible"]
        assert "no other change" in str(answer.results[3].reason)
        assert social.visibility(lars.member.id).visible is False
        assert server.store.member(lars.member.id).name == "Lars Bak"
        # Even a kiosk allowed every direct change cannot: the rule is the domain's.
        with pytest.raises(ServerError, match="own page"):
            social.choose(anna.member.id, True, [], source=Source.DOOR)
        # A withdrawal is never held for a host, whatever the kiosk's permissions.
        RosterRequests(server.store).set_permissions("front", deny=list(DIRECTABLE))
        hide = api.send_requests([{"id": str(uuid.uuid4()), "op": "hide", "member_id": anna.member.id,
                                   "decided_at": "2000-01-01T00:00:00+00:00"}])
        assert [r.status for r in hide.results] == ["accepted"]
        assert social.visibility(anna.member.id).source == Source.DOOR
    finally:
        front.close()


def test_a_door_whose_clock_runs_ahead_cannot_block_the_member_s_next_choice(server, tmp_path):
    (anna,) = server.store.add_members([{"name": "Anna Holm"}])
    social = Social(server.store.engine, server.store.tz)
    front = door(tmp_path, "front", server)
    try:
        state = front.sync.local.state()
        ahead = (datetime.now(UTC) + timedelta(days=30)).isoformat()
        ServerApi(state["url"], state["token"]).send_requests(
            [{"id": str(uuid.uuid4()), "op": "hide", "member_id": anna.member.id, "decided_at": ahead}])
        assert social.visibility(anna.member.id).decided_at <= datetime.now(UTC)
        social.choose(anna.member.id, True, ["web design"])
        assert social.visibility(anna.member.id).visible
    finally:
        front.close()
