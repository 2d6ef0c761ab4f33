"""The first-run set-up's use case: is it needed, and write what the screen gathered, all or nothing.

"Needed" (kiosk run --setup, the packaged unit's way to start) means a database nobody has set
up: no `setup_done` mark, no space setting ever saved, no real member and no server enrollment.
A kiosk in use that is upgraded to a version with this set-up is therefore never asked again.

Joining a server goes first (the one enrollment use case, kiosk.sync.enrollment, handed in as
`join` by the composition root); only when the server said yes are the settings, the PIN and the
mark written, in one transaction. A refusal leaves the database exactly as it was. While the
server is asked, a `setup_joining` mark stands: a power cut after the server said yes but before
the owner's choices were saved then brings the set-up back (the enrollment alone would otherwise
count as "in use", and the door would run nameless, without its PIN, never asking again).
Choosing "this kiosk alone" on that set-up forgets the enrollment here (`leave`, handed in by
the composition root) before the choices are saved: standalone means not enrolled.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum

from kiosk.core.errors import InvalidInput
from kiosk.core.hashing import hash_secret
from kiosk.domain.host import PinProblem, pin_problem
from kiosk.domain.problems import Code
from kiosk.domain.settings import InvalidSetting, SpaceSettings
from kiosk.domain.setup_flow import Mode, SetupDraft
from kiosk.services.audit import AuditTrail
from kiosk.services.host import SETTING as KIOSK_PIN_SETTING
from kiosk.services.live_settings import LiveSettings
from kiosk.services.ports import SetupTx, Store

log = logging.getLogger(__name__)
SETUP_DONE = "setup_done"
SETUP_JOINING = "setup_joining"  # the server is being asked; gone once the set-up is saved or refused


class JoinProblem(Enum):
    AWAY = "away"  # the server cannot be reached (address wrong, network down, server stopped)
    WRONG_CODE = "wrong_code"  # the server refused the code: wrong, used or expired
    PLAIN_HTTP = "plain_http"  # http:// to another machine
    INCOMPATIBLE = "incompatible"  # one side must be updated
    OWN_MEMBERS = "own_members"  # this kiosk has members of its own (not on a new database)
    OTHER = "other"


class JoinFailed(Exception):
    def __init__(self, problem: JoinProblem, detail: str) -> None:
        super().__init__(detail)
        self.problem, self.detail = problem, detail


class FirstRunSetup:
    def __init__(self, store: Store[SetupTx], live: LiveSettings, enrolled: Callable[[], bool],
                 join: Callable[[str, str], str], audit: AuditTrail | None = None,
                 leave: Callable[[], None] | None = None) -> None:
        self._store, self._live, self._enrolled, self._join, self._audit = store, live, enrolled, join, audit
        self._leave = leave

    def needed(self) -> bool:
        with self._store.transaction() as tx:
            if tx.setting(SETUP_DONE) is not None:
                return False
            if tx.setting(SETUP_JOINING) is not None:  # cut short between the server's yes and the save
                return True
            if any(tx.setting(k) is not None for k in SpaceSettings().to_mapping()):
                return False
            if any(not m.demo for m in tx.members()):
                return False
        return not self._enrolled()

    def finish(self, draft: SetupDraft) -> str:
        """Join (if chosen), then write settings, host PIN and the mark. Returns the name the
        server gave this kiosk ("" when standalone). Raises JoinFailed or InvalidInput."""
        problem = pin_problem(draft.pin)
        if problem is PinProblem.RULES:
            raise InvalidInput("a host PIN is 4 to 8 digits", Code.HOST_PIN_DIGITS)
        if problem is PinProblem.WEAK:
            raise InvalidInput("a host PIN must not be one a stranger tries first (1111, 1234, a year)",
                               Code.HOST_PIN_WEAK)
        values = {**self._live.current().to_mapping(), "language": draft.language,
                  "space_name": draft.space_name, "opening_hours": f"mon-sun {draft.opening}-{draft.closing}"}
        try:
            settings = SpaceSettings.from_mapping(values)
        except InvalidSetting as exc:
            raise InvalidInput(str(exc), exc.code, **exc.params) from None
        name = self._join_marked(draft) if draft.mode is Mode.JOIN else ""
        if draft.mode is not Mode.JOIN and self._enrolled():
            # Only after a join cut short (a kiosk in use is never set up again): the mark
            # stays until the save below, so a power cut here brings the set-up back once more.
            if self._leave is None:
                raise InvalidInput("this kiosk is enrolled with a server; choose Join a server")
            self._leave()
            log.warning("first-run set-up: standalone chosen, the enrollment with the server is forgotten "
                        "(remove this kiosk on the server's page Kiosks)", extra={"event": "setup_left_server"})

        def write(s: SpaceSettings) -> None:
            with self._store.transaction() as tx:
                for key, value in s.to_mapping().items():
                    tx.set_setting(key, value)
                # No host exists yet: this is the kiosk PIN that the first host takes over
                # (HostAccess.adopt_kiosk_pin), as `kiosk host-pin` sets it on a new kiosk.
                tx.set_setting(KIOSK_PIN_SETTING, hash_secret(draft.pin))
                tx.set_setting(SETUP_DONE, "joined" if name else "standalone")
                tx.delete_setting(SETUP_JOINING)
                if self._audit is not None:
                    self._audit.write(tx, "settings", None, "first-run set-up")

        self._live.replace(settings, write)
        log.info("first-run set-up done",
                 extra={"event": "setup_done", "mode": draft.mode.value if draft.mode else None})
        return name

    def _join_marked(self, draft: SetupDraft) -> str:
        with self._store.transaction() as tx:
            tx.set_setting(SETUP_JOINING, "yes")
        try:
            return self._join(draft.server_url, draft.code)
        except BaseException:
            if not self._enrolled():  # refused, or away: as it was (a yes that then failed keeps the mark)
                with self._store.transaction() as tx:
                    tx.delete_setting(SETUP_JOINING)
            raise
