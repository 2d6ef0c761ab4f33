"""A lost card on a kiosk enrolled with a server: the host view's lost card, asked once, becomes a
roster request (the server signs cards; nothing is printed here), and the host is told so."""

from __future__ import annotations

from tests.sync.conftest import start_server
from tests.ui.touch import tap, tap_when_shown


def test_a_lost_card_on_an_enrolled_kiosk_goes_to_the_server(qtbot, tmp_path, full_door, kiosk):
    server = start_server(tmp_path / "server", None)
    try:
        (member,) = server.store.add_members([{"name": "Ida Server"}])
        server.enroll(kiosk)
        full_door.languages.switch("en")
        full_door.host_view.on_host_unlock("open")
        page = full_door.host.members
        tap(qtbot, full_door.host.tab_buttons["members"])
        tap_when_shown(qtbot, page, f"member-{member.member.id}")
        tap(qtbot, page.action_buttons["new_card"])
        assert "every other door" in full_door.host.confirmation.question.text()
        tap(qtbot, full_door.host.confirmation.yes_button)
        qtbot.waitUntil(lambda: "Sent to the server" in page.status.text(), timeout=5000)
        assert "cannot print" in page.status.text()
        assert [(r.op, r.member_id) for r in kiosk.members.requests()] == [("new_card", member.member.id)]
        assert not (kiosk.data_dir / "host-files").exists()  # nothing printed here
        assert "new_card" in [line.entry.action for line in kiosk.host.audit.recent()]
        qtbot.wait(300)
    finally:
        server.stop()
        server.store.engine.dispose()
