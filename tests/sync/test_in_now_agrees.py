"""One definition of "in now" (domain.presence.in_now): for any history of visits, the kiosk
(its host view and lists, and the number on its scan screen) and the server name the same people.

The histories are random: several people, this door and two others, check-ins from yesterday
evening to now (so some cross midnight and stay open: forgotten check-outs), visits still open or
closed, a person in at two doors at once, and at the server a check-out heard before its
check-in. The same visits go into a real kiosk database and a real server database, as each
keeps them (another door's visit reaches the kiosk as the server sends it: with a check-in)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete
from sqlalchemy.orm import Session

from kiosk.core.members import NewMember
from kiosk.domain.presence import in_now
from kiosk.server.models import ServerVisitRow
from kiosk.server.runner import build_store
from kiosk.store.models import VisitRow
from tests.conftest import build_kiosk, examples
from tests.fakes import FakeClock

TZ = ZoneInfo("Europe/Copenhagen")
DOORS = ["own", "door-2", "door-3"]

visit = st.fixed_dictionaries({
    "person": st.integers(0, 3),
    "door": st.sampled_from(DOORS),
    # minutes before now: up to a day and a half back, so yesterday (and its midnight) is in play
    "minutes_ago": st.integers(0, 36 * 60),
    "stayed": st.one_of(st.none(), st.integers(0, 12 * 60)),  # None: still open
    "out_heard_first": st.booleans(),  # at the server only: the check-out arrived before the check-in
})


def test_kiosk_and_server_agree_on_who_is_in_now(tmp_path):
    now = datetime.now(UTC).replace(microsecond=0)
    kiosk = build_kiosk(tmp_path / "kiosk", clock=FakeClock(now))
    server = build_store(tmp_path / "server")
    people = [kiosk.members.add(NewMember(name=f"Person {i}")).member.id for i in range(4)]

    @settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.lists(visit, max_size=10))
    def agree(history):  # type: ignore[no-untyped-def]
        kiosk_rows, server_rows = [], []
        for v in history:
            checked_in = now - timedelta(minutes=v["minutes_ago"])
            out = None if v["stayed"] is None else min(checked_in + timedelta(minutes=v["stayed"]), now)
            day = checked_in.astimezone(TZ).date()
            vid, member = str(uuid.uuid4()), people[v["person"]]
            heard_first = v["out_heard_first"] and out is not None and v["door"] != "own"
            server_rows.append(ServerVisitRow(id=vid, member_id=member, kiosk_id=v["door"], day=day,
                                              checked_in_at=None if heard_first else checked_in,
                                              checked_out_at=out))
            if not heard_first:  # the server sends another door's visit only once it has its check-in
                kiosk_rows.append(VisitRow(id=vid, member_id=member, day=day, checked_in_at=checked_in,
                                           checked_out_at=out, checkout_kind="scan" if out else None,
                                           origin=None if v["door"] == "own" else v["door"]))
        with Session(kiosk.engine, expire_on_commit=False) as s, s.begin():
            s.execute(delete(VisitRow))
            s.add_all(kiosk_rows)
        with Session(server.engine, expire_on_commit=False) as s, s.begin():
            s.execute(delete(ServerVisitRow))
            s.add_all(server_rows)

        at_kiosk = [e.member_id for e in kiosk.presence.on().in_now]
        at_server = [str(e["member_id"]) for e in server.presence()["in_now"]]  # type: ignore[attr-defined]
        assert sorted(at_kiosk) == sorted(at_server)
        assert len(at_kiosk) == len(set(at_kiosk)) == kiosk.presence.count_in_now()  # one line per person
        today = now.astimezone(TZ).date()
        expected = {r.member_id for r in server_rows
                    if r.day == today and r.checked_in_at is not None and r.checked_out_at is None}
        assert set(at_server) == expected
        assert in_now(kiosk_rows, today - timedelta(days=1), today) == []  # nobody is "in now" yesterday

    try:
        agree()
    finally:
        kiosk.close()
        server.engine.dispose()
