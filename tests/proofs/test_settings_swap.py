"""Settings saved on one thread (the host view) while another (the door) is in the middle of an
operation: the operation sees all of the old settings or all of the new, and the database and the
running services end up agreeing even when two saves race."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from kiosk import app
from kiosk.domain.checkin import Outcome
from kiosk.domain.guests import DEFAULT_VISITOR_TYPES, GuestForm, dump_visitor_types
from kiosk.domain.settings import SpaceSettings
from tests.conftest import build_kiosk
from tests.fakes import FakeClock

WAIT = 30


def with_price(timezone: str, price: int) -> SpaceSettings:
    types = [t if t.key != "daypass" else type(t)(t.key, t.names, price, t.needs_host) for t in DEFAULT_VISITOR_TYPES]
    return SpaceSettings(timezone=timezone, visitor_types=dump_visitor_types(types))


# At 12:00 UTC it is already tomorrow on Kiritimati (UTC+14) and still today in Pago Pago (UTC-11).
EAST, WEST = with_price("Pacific/Kiritimati", 10000), with_price("Pacific/Pago_Pago", 20000)
NOON = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
DAY_OF = {10000: date(2026, 3, 3), 20000: date(2026, 3, 2)}


class PausingClock(FakeClock):
    """The door thread's first look at the clock waits until the host thread has saved settings."""

    def __init__(self, start: datetime) -> None:
        super().__init__(start)
        self.door: threading.Thread | None = None
        self.reading, self.saved = threading.Event(), threading.Event()

    def now(self) -> datetime:
        if threading.current_thread() is self.door and not self.reading.is_set():
            self.reading.set()
            self.saved.wait(WAIT)
        return super().now()


def test_a_guest_registered_while_the_host_saves_settings_sees_one_set_of_them(tmp_path: Path) -> None:
    clock = PausingClock(NOON)
    kiosk = build_kiosk(tmp_path / "data", clock=clock)
    try:
        app.apply_settings(kiosk, EAST)
        consents = {kind.value: p.version for kind, p in kiosk.guests.policies().items()}
        passes: list[Any] = []
        door = threading.Thread(target=lambda: passes.append(kiosk.guests.register(GuestForm(
            name="Ana Tui", visitor_type="daypass", payment_method="mobilepay", language="en",
            consents=consents))))
        clock.door = door
        door.start()
        assert clock.reading.wait(WAIT)
        host = threading.Thread(target=lambda: app.apply_settings(kiosk, WEST))
        host.start()
        host.join(WAIT)
        clock.saved.set()
        door.join(WAIT)
        [day_pass] = passes
        with kiosk.store.transaction() as tx:
            [payment] = tx.payments(day_pass.member_id)
        # The price and the day come from the same settings, and the pass lets the guest in.
        assert day_pass.valid_on == DAY_OF[payment.amount_ore]
        assert day_pass.checked_in.outcome is Outcome.CHECKED_IN
        assert kiosk.settings == WEST
    finally:
        kiosk.close()


def test_two_saves_at_once_leave_the_services_and_the_database_agreeing(kiosk: app.Kiosk) -> None:
    first = threading.Thread(target=lambda: app.apply_settings(kiosk, EAST))
    second_done = threading.Event()

    def second_save() -> None:
        app.apply_settings(kiosk, WEST)
        second_done.set()

    second = threading.Thread(target=second_save)
    committed = threading.Event()

    def after_commit(_session: Any) -> None:
        if threading.current_thread() is first and not committed.is_set():
            committed.set()  # the first save is in the database; let the second one run now
            second.start()
            second_done.wait(2)  # a bound, not an assertion: a correct save makes the second wait

    event.listen(Session, "after_commit", after_commit)
    try:
        first.start()
        first.join(WAIT)
        assert committed.is_set()
        second.join(WAIT)
    finally:
        event.remove(Session, "after_commit", after_commit)
    with kiosk.store.transaction() as tx:
        stored = {key: tx.setting(key) for key in SpaceSettings().to_mapping()}
    assert SpaceSettings.from_mapping({k: v for k, v in stored.items() if v is not None}) == kiosk.settings
    assert kiosk.settings == WEST
    # the services read what the host saved last
    assert kiosk.presence.today() == WEST.rules().local_day(kiosk.clock.now())
