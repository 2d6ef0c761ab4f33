"""The audit log of host actions: who did what by hand and when, with no names stored."""

from __future__ import annotations

from datetime import date

from kiosk import app
from kiosk.core.members import NewMember
from kiosk.domain.members import PlanKind, Role
from kiosk.services.audit import KEEP_DAYS


def _raw_rows(kiosk: app.Kiosk) -> list[tuple]:
    with kiosk.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT actor, action, subject, detail FROM audit_log ORDER BY id")
        return [tuple(r) for r in rows]


def test_what_a_host_does_by_hand_is_kept_under_their_id_without_names(kiosk, clock):
    anna = kiosk.members.add(NewMember(name="Anna Host", role=Role.HOST)).member.id
    kiosk.host.set_pin("1357", anna)
    mette = kiosk.members.add(NewMember(name="Mette Jensen", plan=PlanKind.CLIPCARD, clips=5))
    kiosk.checkin.check_in_code(mette.code)
    assert kiosk.host.unlock("1357").host_id == anna  # the host view opens: what follows is Anna's
    kiosk.checkin.host_check_out(mette.member.id, "forgot")
    kiosk.members.edit(mette.member.id, NewMember(name="Mette K. Jensen", plan=PlanKind.CLIPCARD, clips=5))
    kiosk.members.top_up(mette.member.id, 10, 30000, "mobilepay")
    kiosk.members.new_card(mette.member.id)
    app.host_files(kiosk).visits(date(2026, 3, 1), date(2026, 3, 2))
    kiosk.host.session(None)  # the view closed
    kiosk.privacy.erase(mette.member.id)

    rows = _raw_rows(kiosk)
    assert [(a, act) for a, act, _, _ in rows] == [
        (None, "add"), (None, "add"), (anna, "host_view"), (anna, "check_out"), (anna, "edit"), (anna, "top_up"),
        (anna, "new_card"), (anna, "export"), (None, "erase")]
    assert rows[3][2:] == (mette.member.id, "forgot")
    stored = repr(rows)
    assert "Mette" not in stored and "Jensen" not in stored and "Anna" not in stored  # ids only
    lines = kiosk.host.audit.recent()
    assert lines[0].entry.action == "erase" and lines[0].subject_name == ""  # erased: nobody is named
    assert any(line.actor_name == "Anna Host" and line.entry.action == "check_out" for line in lines)


def test_the_log_is_kept_for_a_set_time(kiosk, clock):
    kiosk.members.add(NewMember(name="Old Entry"))
    clock.advance(days=KEEP_DAYS + 1)
    kiosk.members.add(NewMember(name="New Entry"))
    kiosk.privacy.purge()
    assert [act for _, act, _, _ in _raw_rows(kiosk)] == ["add"]
    assert len(kiosk.host.audit.recent()) == 1
