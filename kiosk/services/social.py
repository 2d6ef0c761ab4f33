"""The social door at the kiosk: who may be named as in now, and a member's withdrawal.

A member chooses on their own page (on the server) whether the door may name them; the choice
comes down with the roster. At the door a member can only withdraw it (a card can be copied, so
whoever holds one must never be able to put its owner's name on the screen): the withdrawal holds
on this door at once, and an enrolled kiosk asks the server to record it, so every other door
follows after its next sync."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from kiosk.core.errors import NotFound
from kiosk.domain.members import Role
from kiosk.domain.problems import Code
from kiosk.domain.social import VISIBILITY_TEXT_VERSION, HereNow, Source, Visibility, here_now

from .live_settings import LiveSettings
from .ports import Clock, Ids, RosterOutbox, SocialTx, Store

log = logging.getLogger(__name__)
HIDE_OP = "hide"  # the roster request a door sends for a withdrawal (docs/sync-protocol.md)


class SocialService:
    def __init__(self, store: Store[SocialTx], clock: Clock, ids: Ids, settings: LiveSettings,
                 outbox: RosterOutbox | None = None) -> None:
        self._store, self._clock, self._ids, self._settings = store, clock, ids, settings
        self._outbox = outbox

    def here_now(self, exclude: str | None = None) -> HereNow:
        """Who is in now (today's open visits, at any door this kiosk knows of), named only when
        they chose to be; guests and everyone else are counted. `exclude`: the person being
        welcomed, so "Anna and 3 others are in" is about the others."""
        today = self._settings.local_day(self._clock.now())
        with self._store.reading() as tx:
            ids = tx.present_member_ids(today)
            people = tx.people_in(ids)
            choices = tx.visibilities([p.member_id for p in people if not p.guest])
        return here_now(people, choices, exclude=exclude)

    def welcome(self, member_id: str) -> tuple[HereNow, HereNow, bool]:
        """All a welcome needs in one read: who is in (the idle line), who else is in (the
        welcome's line about the others) and whether the member welcomed is shown."""
        today = self._settings.local_day(self._clock.now())
        with self._store.reading() as tx:
            ids = tx.present_member_ids(today)
            people = tx.people_in(ids)
            choices = tx.visibilities([p.member_id for p in people if not p.guest])
            choice = choices.get(member_id) or tx.visibility(member_id)
        return (here_now(people, choices), here_now(people, choices, exclude=member_id),
                bool(choice and choice.visible))

    def visibility(self, member_id: str) -> Visibility | None:
        """The member's choice as this door holds it; None: never chosen (not shown)."""
        with self._store.reading() as tx:
            return tx.visibility(member_id)

    def withdraw(self, member_id: str) -> Visibility:
        """Hide the member on this door now; on an enrolled kiosk also ask the server, so every
        door follows. The withdrawal is newer than any choice this door holds, even when this
        door's clock runs behind the server's."""
        now = self._clock.now()
        with self._store.transaction() as tx:
            member = tx.member(member_id)
            if member is None or member.role is Role.GUEST:
                raise NotFound(f"no member with id {member_id!r}", Code.MEMBER_NOT_FOUND, member_id=member_id)
            current = tx.visibility(member_id)
            at = now if current is None or current.decided_at < now else current.decided_at + timedelta(
                microseconds=1)
            kept = tx.set_visibility(Visibility(member_id, False, (), VISIBILITY_TEXT_VERSION, at, Source.DOOR))
        if self._outbox is not None and self._outbox.enrolled():
            request_id = self._ids.uuid()
            self._outbox.queue_request(request_id, {"id": request_id, "op": HIDE_OP, "member_id": member_id,
                                                    "decided_at": _iso(at)})
        log.info("visibility withdrawn at the door", extra={"event": "visibility_withdrawn", "member_id": member_id})
        return kept


def _iso(at: datetime) -> str:
    return at.isoformat()
