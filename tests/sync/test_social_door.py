"""The social door across doors (issue 13): a choice made on the member's page reaches every
door with the roster; a withdrawal at one door holds there at once and at every other door after
its next sync. A real server on loopback (SQLite and PostgreSQL), real kiosks on SQLite files."""

from __future__ import annotations

from kiosk import app
from kiosk.domain.social import HereNow, Source
from kiosk.server.social import Social


def door(tmp_path, name, server) -> app.Kiosk:
    kiosk = app.build(tmp_path / name)  # the real clock: the server's "today" is today
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
