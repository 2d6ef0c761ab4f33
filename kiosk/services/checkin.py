"""Check in a scan: verify the code, apply the door's rule, commit, and only then answer."""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import cast

from kiosk.core.errors import InvalidInput
from kiosk.domain.checkin import Decision, MemberState, Notice, Outcome, Refusal, decide, notices_for, refuse
from kiosk.domain.codes import (
    CodeProblem,
    CodeRejected,
    normalize_short_code,
    verify_typed,
)
from kiosk.domain.door import FOB_PREFIX, Credential, DoorAnswer, Entrant, door_decision, fob_uid
from kiosk.domain.events import auto_checkout_events, scan_event
from kiosk.domain.host import HOST_CHECKIN_REASONS, HOST_CHECKOUT_REASONS
from kiosk.domain.members import Role
from kiosk.domain.members import clips_left as plan_clips_left
from kiosk.domain.phone_pass import (
    PassAnswer,
    PassProblem,
    PassRefused,
    is_phone_pass,
    pass_key_id,
    verify_pass,
)
from kiosk.domain.problems import Code
from kiosk.domain.trust import KeyTrust, issuer_refusal
from kiosk.domain.visits import CheckoutKind, SpaceRules, auto_close, time_spent

from .audit import AuditTrail
from .door import DoorGate, PinVerdict
from .live_settings import LiveSettings
from .ports import CheckInTx, Clock, Ids, Store
from .visitors import Judged, VisitorDoor, VisitorInfo, VisitorTx

log = logging.getLogger(__name__)
PHONE_SOURCE = "phone"  # the source of a phone pass's event, whichever way it was read
FOB_SOURCE = "fob"  # a fob's UID typed by a USB reader
PASS_ANSWERS_KEPT = timedelta(days=1)  # a pass is valid 90 s at most: a day is plenty
# A phone pass refused: the door's reason, each with its own words on the screen.
PASS_REFUSALS = {
    PassProblem.EXPIRED.value: Refusal.PASS_EXPIRED,
    PassProblem.DEVICE_REVOKED.value: Refusal.PHONE_REVOKED,
    CodeProblem.FOREIGN.value: Refusal.PHONE_UNKNOWN,
    CodeProblem.FORGED.value: Refusal.PASS_FORGED,
}


class PinStep(enum.StrEnum):
    ASK = "ask"  # a card the member's PIN would open: the door asks for it
    WRONG = "wrong"  # the PIN was wrong, tries are left: asked again


@dataclass(frozen=True)
class ScanResult:
    """What the door shows after a scan. Built only after the events are committed."""

    outcome: Outcome
    at: datetime
    refusal: Refusal | None = None
    repeated: Outcome | None = None
    member_id: str | None = None
    name: str | None = None
    first_name: str | None = None
    demo: bool = False
    clips_left: int | None = None
    valid_until: date | None = None
    others_in: int = 0
    time_today: timedelta = timedelta(0)
    event_id: str | None = None
    host: bool = False  # the card of a host: the door opens the host view after the answer
    guest: bool = False  # a guest's day pass
    notices: tuple[Notice, ...] = ()  # low clips, plan ending soon, day pass ends tonight
    door: DoorAnswer | None = None  # with a lock set: whether the door opens (services.door opens it)
    credential: str = Credential.CARD.value  # what was shown: card, typed, phone_pass, card_pin
    visitor: VisitorInfo | None = None  # a partner space's member (services.visitors): where from, day N of M
    pin: PinStep | None = None  # nothing recorded yet: the door asks for the member's PIN (again)
    pin_tries_left: int = 0  # after a wrong PIN: how many more before the card is refused a while
    language: str | None = None  # the holder's language, when known: the door answers in it

    @property
    def shown_as(self) -> Outcome:
        """The answer to show: a REPEAT shows the answer it repeats."""
        return self.repeated if self.outcome is Outcome.REPEAT and self.repeated else self.outcome


class CheckInService:
    def __init__(self, store: Store[CheckInTx], clock: Clock, ids: Ids, settings: LiveSettings, kiosk_id: str,
                 audit: AuditTrail | None = None, door: DoorGate | None = None,
                 visitors: VisitorDoor | None = None):
        self._store, self._clock, self._ids = store, clock, ids
        self._settings, self._kiosk_id = settings, kiosk_id
        self._audit = audit
        self._door = door
        self._visitors = visitors

    @property
    def rules(self) -> SpaceRules:
        """The rules the next check-in decides with (each operation takes them once)."""
        return self._settings.rules()

    def check_in_code(self, text: str, source: str = "scan", pin: str | None = None) -> ScanResult:
        """pin: the member's door PIN typed after their card (card + PIN opens after hours)."""
        if is_phone_pass(text):
            return self._check_in_pass(text)
        uid = fob_uid(text)
        if uid is not None and self._door is not None and self._door.active and self._settings.current().fobs:
            return self._check_in_fob(uid)
        rules = self._settings.rules()  # one set of rules for the whole decision
        now = self._clock.now()
        with self._store.transaction() as tx:
            try:
                code = verify_typed(text, tx.trusted_keys())
            except CodeRejected as rejected:
                why = Refusal(rejected.problem.value)
                if rejected.problem is CodeProblem.FOREIGN and self._visitors is not None:
                    visited = self._visit(tx, text, rejected.key_id, rules, now, source)
                    if visited is not None:  # a partner space's member (services.visitors)
                        return visited
                if rejected.problem is CodeProblem.FOREIGN and rejected.key_id in tx.withdrawn_keys():
                    why = Refusal.KEY_REVOKED  # the server revoked its key: say so, not "another space"
                return self._commit(tx, refuse(why), now, None, None, source)
            keys = tx.key_trust()
            refusal = self._issuer_refusal(tx, code.member_id, code.serial, keys.get(code.key_id), keys)
            if refusal is not None:
                log.warning("code refused: its key did not issue this card", extra={
                    "event": "issuer_refused", "reason": refusal.value, "key_id": code.key_id,
                    "member_id": code.member_id})
                return self._commit(tx, refuse(refusal), now, code.member_id, code.serial, source)
            credential = Credential.CARD
            if pin is not None and self._door is not None:
                tried = self._door.try_member_pin(tx, code.member_id, pin, now)
                if tried.verdict is PinVerdict.WRONG:  # nothing else recorded: the pad asks again
                    return ScanResult(outcome=Outcome.REFUSED, at=now, refusal=Refusal.DOOR_CLOSED,
                                      member_id=code.member_id, pin=PinStep.WRONG,
                                      pin_tries_left=tried.tries_left)
                if tried.verdict is PinVerdict.RIGHT:
                    credential = Credential.CARD_PIN
                # LOCKED: decided as the card alone, which the door now refuses (pin_locked)
            return self._decide(tx, rules, code.member_id, code.serial, now, source, credential=credential)

    def _visit(self, tx: CheckInTx, text: str, key_id: str | None, rules: SpaceRules, now: datetime,
               source: str) -> ScanResult | None:
        """A card of a partner space's member (services.visitors); None when no partner knows its key."""
        assert self._visitors is not None
        visitors_tx = cast(VisitorTx, tx)
        space = self._visitors.space_of_key(visitors_tx, key_id)
        if space is None or key_id is None:
            return None
        door = self._door if self._door is not None and self._door.active else None

        def door_answer(who: Entrant) -> DoorAnswer:
            assert door is not None
            return door_decision(who, Credential.CARD, self._settings.current().door_policy(), door.moment(tx, now))

        judged = self._visitors.judge(visitors_tx, space, text, key_id, now, rules, self._ids.uuid(),
                                      door_answer if door else None)
        return self._visitor_result(tx, judged, now, rules, source, Credential.CARD)

    def _visit_pass(self, tx: CheckInTx, text: str, rules: SpaceRules, now: datetime) -> ScanResult | None:
        """A partner space's member's phone pass (its phone's key came with their home's list);
        None when no partner lists that phone. One event per (phone, step), as for members."""
        assert self._visitors is not None
        visitors_tx = cast(VisitorTx, tx)
        found = self._visitors.space_of_phone(visitors_tx, text)
        if found is None:
            return None
        space, phone = found
        info = VisitorInfo(home=space.name)
        try:
            shown = verify_pass(text, {phone.key_id: phone}, now)
        except (CodeRejected, PassRefused) as refused:
            reason = Refusal.PASS_EXPIRED if isinstance(refused, PassRefused) else Refusal.PASS_FORGED
            return replace(self._commit(tx, refuse(reason), now, None, None, PHONE_SOURCE), visitor=info)
        before = tx.pass_answer(shown.key_id, shown.step)
        if before is not None:
            again = self._answer_again(tx, rules, before, now)
            return replace(again, visitor=info, guest=False, notices=())
        door = self._door if self._door is not None and self._door.active else None

        def door_answer(who: Entrant) -> DoorAnswer:
            assert door is not None
            return door_decision(who, Credential.PHONE_PASS, self._settings.current().door_policy(),
                                 door.moment(tx, now))

        judged = self._visitors.judge_shown(visitors_tx, space, info, shown.member_id, None, now, rules,
                                            self._ids.uuid(), door_answer if door else None)
        result = self._visitor_result(tx, judged, now, rules, PHONE_SOURCE, Credential.PHONE_PASS)
        member_id = judged.member_id
        if member_id is not None and tx.member(member_id) is not None:
            tx.add_pass_answer(shown.key_id, shown.step, PassAnswer(
                member_id, result.outcome, result.refusal, result.repeated, now))
        return result

    def _visitor_result(self, tx: CheckInTx, judged: Judged, now: datetime, rules: SpaceRules, source: str,
                        credential: Credential) -> ScanResult:
        member_id, info, answer = judged.member_id, judged.info, judged.door
        decision = judged.decision if answer is None else _as_the_door_decided(judged.decision, answer, Role.MEMBER)
        result = self._commit(tx, decision, now, member_id, judged.serial, source)
        if answer is not None and self._door is not None and member_id is not None:
            self._door.record_refusal(tx, member_id, answer, credential, now)
        today = rules.local_day(now)
        if judged.state is not None and member_id is not None and decision.outcome is not Outcome.REFUSED:
            result = self._describe(tx, judged.state, result, None, None, now, today)
        return replace(result, visitor=info, door=answer, first_name=info.first_name or result.first_name,
                       guest=False, host=False, notices=(), credential=credential.value)
    def _check_in_fob(self, uid: str) -> ScanResult:
        """A fob a USB reader typed (fobs on, a lock set): its member, decided as a card (a fob can
        be copied: inside opening hours only, as domain.door says). An unknown fob is refused."""
        rules = self._settings.rules()
        now = self._clock.now()
        with self._store.transaction() as tx:
            member_id = tx.fob_member(tx.hash_short_code(FOB_PREFIX + uid))
            if member_id is None:
                return self._commit(tx, refuse(Refusal.UNKNOWN_MEMBER), now, None, None, FOB_SOURCE)
            return self._decide(tx, rules, member_id, None, now, FOB_SOURCE, credential=Credential.CARD)

    def _check_in_pass(self, text: str) -> ScanResult:
        """A phone pass: verified offline with the member's phone key from the roster. Each
        (phone, time step) makes at most one event at this door: shown again inside the guard
        window it gets the same answer; later, once expired, it is refused, but never a second
        event and never a check-out (the QR stays on the phone for 30 s)."""
        rules = self._settings.rules()
        now = self._clock.now()
        with self._store.transaction() as tx:
            try:
                key_id = pass_key_id(text)
                shown = verify_pass(text, tx.device_keys([key_id] if key_id else []), now)
                refusal = None
            except CodeRejected as rejected:  # not vouched for by a known phone: never recorded as a use
                if rejected.problem is CodeProblem.FOREIGN and self._visitors is not None:
                    visited = self._visit_pass(tx, text, rules, now)
                    if visited is not None:
                        return visited
                reason = PASS_REFUSALS.get(rejected.problem.value, Refusal(rejected.problem.value))
                return self._commit(tx, refuse(reason), now, None, None, PHONE_SOURCE)
            except PassRefused as refused:
                assert refused.shown is not None
                shown, refusal = refused.shown, PASS_REFUSALS[refused.problem.value]
            before = tx.pass_answer(shown.key_id, shown.step)
            if before is not None:
                log.info("phone pass shown again: no second event", extra={
                    "event": "pass_again", "key_id": shown.key_id, "step": shown.step})
                inside_guard = abs((now - before.seen_at).total_seconds()) < rules.guard_seconds
                if inside_guard or refusal is None:
                    answer = before
                else:
                    answer = PassAnswer(before.member_id, Outcome.REFUSED, refusal, None, before.seen_at)
                return self._answer_again(tx, rules, answer, now)
            if refusal is not None:
                result = self._commit(tx, refuse(refusal), now, shown.member_id, None, PHONE_SOURCE)
            else:
                result = self._decide(tx, rules, shown.member_id, None, now, PHONE_SOURCE,
                                      credential=Credential.PHONE_PASS)
            tx.prune_pass_answers(now - PASS_ANSWERS_KEPT)
            tx.add_pass_answer(shown.key_id, shown.step, PassAnswer(
                shown.member_id, result.outcome, result.refusal, result.repeated, now))
            return result

    def _answer_again(self, tx: CheckInTx, rules: SpaceRules, answer: PassAnswer, now: datetime) -> ScanResult:
        """An answer given before, with the member's details as they are now; no event."""
        today = rules.local_day(now)
        state = tx.member_state(answer.member_id, today)
        shown = ScanResult(outcome=answer.outcome, at=now, refusal=answer.refusal, repeated=answer.repeated)
        if state is None:  # erased since: nothing to show of them
            return shown
        clips_left = plan_clips_left(state.member.plan, state.clips_used)
        return self._describe(tx, state, shown, clips_left, state.member.plan.valid_until, now, today)

    def check_in_within(self, tx: CheckInTx, rules: SpaceRules, member_id: str, serial: int, source: str,
                        now: datetime, arrival: tuple[str, str | None] | None = None) -> ScanResult:
        """Check a member in (or out) inside a transaction the caller holds, with the rules and
        moment it decided with: a guest's registration and first check-in commit together or not
        at all, on one day. arrival: a guest's (host member id, name or None), carried by the
        check-in event so the server can tell the member their guest arrived."""
        return self._decide(tx, rules, member_id, serial, now, source, arrival=arrival)

    def check_in_short_code(self, typed: str, source: str = "manual") -> ScanResult:
        """Manual entry of the short code printed under the QR (hashed, then looked up). It
        checks its holder in or out, nothing more: a host's short code never opens the host view
        (a code read off a card over someone's shoulder is not a key)."""
        rules = self._settings.rules()
        now = self._clock.now()
        with self._store.transaction() as tx:
            canonical = normalize_short_code(typed)
            card = tx.card_by_short_code(canonical) if canonical else None
            if card is None:
                return self._commit(tx, refuse(Refusal.MALFORMED), now, None, None, source)
            refusal = self._issuer_refusal(tx, card.member_id, card.serial, None, tx.key_trust())
            if refusal is not None:
                return self._commit(tx, refuse(refusal), now, card.member_id, card.serial, source)
            return replace(self._decide(tx, rules, card.member_id, card.serial, now, source,
                                        credential=Credential.TYPED), host=False)

    def host_check_out(self, member_id: str, reason: str) -> ScanResult:
        """A host checks someone out by hand (they left without scanning), with a kept reason."""
        if reason not in HOST_CHECKOUT_REASONS:
            raise InvalidInput(f"reason must be one of {', '.join(HOST_CHECKOUT_REASONS)}")
        now = self._clock.now()
        today = self._settings.local_day(now)
        with self._store.transaction() as tx:
            state = tx.member_state(member_id, today)
            open_today = [v for v in (state.open_visits if state else []) if v.day >= today]
            if state is None or not open_today:
                raise InvalidInput("that person is not checked in", Code.NOT_CHECKED_IN)
            decision = Decision(Outcome.CHECKED_OUT, closed=[v.closed(now, CheckoutKind.HOST) for v in open_today])
            result = self._commit(tx, decision, now, member_id, None, "host", reason=reason)
            if self._audit is not None:
                self._audit.write(tx, "check_out", member_id, reason)
        log.info("host check-out", extra={"event": "host_checkout", "member_id": member_id, "reason": reason})
        return replace(result, name=state.member.name, first_name=state.member.first_name)

    def check_out_at_door(self, member_id: str) -> ScanResult:
        """"Out" on the door's In / Out question (a member whose visit was open scanned, the door
        opened): a check-out as by a scan. Not checked in (any more): nothing happens."""
        now = self._clock.now()
        today = self._settings.local_day(now)
        with self._store.transaction() as tx:
            state = tx.member_state(member_id, today)
            open_today = [v for v in (state.open_visits if state else []) if v.day >= today]
            if state is None or not open_today:
                return ScanResult(outcome=Outcome.REPEAT, at=now, repeated=Outcome.CHECKED_OUT, member_id=member_id)
            decision = Decision(Outcome.CHECKED_OUT, closed=[v.closed(now, CheckoutKind.SCAN) for v in open_today])
            result = self._commit(tx, decision, now, member_id, None, "scan")
            return self._describe(tx, state, result, None, state.member.plan.valid_until, now, today)

    def host_check_in(self, member_id: str, reason: str) -> ScanResult:
        """A host checks someone in by hand (no card with them, a code that will not read), with
        a kept reason. The door's rule decides as for a scan: plans, clips and suspension count."""
        if reason not in HOST_CHECKIN_REASONS:
            raise InvalidInput(f"reason must be one of {', '.join(HOST_CHECKIN_REASONS)}")
        rules = self._settings.rules()
        now = self._clock.now()
        today = rules.local_day(now)
        with self._store.transaction() as tx:
            state = tx.member_state(member_id, today)
            if state is None:
                raise InvalidInput("no such member", Code.MEMBER_NOT_FOUND, member_id=member_id)
            if any(v.day >= today for v in state.open_visits):
                raise InvalidInput("that person is already checked in", Code.ALREADY_CHECKED_IN)
            live = [c for c in state.cards if not c.revoked]
            if not live:
                raise InvalidInput("that member has no valid card; issue a new one first", Code.NO_VALID_CARD)
            decision = decide(replace(state, last_answer=None), live[-1].serial, now, rules, self._ids.uuid())
            result = self._commit(tx, decision, now, member_id, live[-1].serial, "host", reason=reason)
            if self._audit is not None:
                self._audit.write(tx, "check_in", member_id, f"{reason} {decision.outcome.value}")
        log.info("host check-in", extra={"event": "host_checkin", "member_id": member_id, "reason": reason,
                                         "outcome": decision.outcome.value})
        return replace(result, name=state.member.name, first_name=state.member.first_name,
                       clips_left=decision.clips_left)

    def close_stale_visits(self) -> int:
        """Close every visit left open on an earlier day at that day's closing time."""
        rules = self._settings.rules()
        now = self._clock.now()
        today = rules.local_day(now)
        with self._store.transaction() as tx:
            stale = tx.stale_open_visits(today)
            decision = Decision(Outcome.REPEAT, closed=[auto_close(v, rules) for v in stale])
            tx.record(decision, auto_checkout_events(decision, new_id=self._ids.uuid,
                                                     kiosk_id=self._kiosk_id, now=now,
                                                     source="close_day"))
        if stale:
            log.info("closed %d visits left open on earlier days", len(stale))
        return len(stale)

    @staticmethod
    def _issuer_refusal(tx: CheckInTx, member_id: str, serial: int, code_key: KeyTrust | None,
                        keys: dict[str, KeyTrust]) -> Refusal | None:
        member = tx.member(member_id)
        return issuer_refusal(code_key, tx.card(member_id, serial), member is not None and member.demo, keys)

    def _decide(self, tx: CheckInTx, rules: SpaceRules, member_id: str, serial: int | None, now: datetime,
                source: str, arrival: tuple[str, str | None] | None = None,
                credential: Credential = Credential.CARD) -> ScanResult:
        today = rules.local_day(now)
        state = tx.member_state(member_id, today)
        if state is None:
            return self._commit(tx, refuse(Refusal.UNKNOWN_MEMBER), now, member_id, serial, source)
        decision = decide(state, serial, now, rules, self._ids.uuid())
        door = None
        if self._door is not None and self._door.active:
            door = self._door.judge(tx, state, decision, credential, now, rules)
            if door.asks_pin:  # nothing recorded: the PIN decides, in a check-in of its own
                asked = ScanResult(outcome=Outcome.REFUSED, at=now, refusal=Refusal.DOOR_CLOSED,
                                   member_id=member_id)
                described = self._describe(tx, state, asked, None, None, now, today)
                log.info("door asks for the PIN", extra={"event": "door_pin_asked", "member_id": member_id,
                                                         "reason": door.refusal.value if door.refusal else None})
                return replace(described, door=door, pin=PinStep.ASK, notices=(), host=False)
            decision = _as_the_door_decided(decision, door, state.member.role)
        result = self._commit(tx, decision, now, member_id, serial, source, arrival=arrival)
        if door is not None and self._door is not None:
            self._door.record_refusal(tx, member_id, door, credential, now)
        described = self._describe(tx, state, result, decision.clips_left, decision.valid_until, now, today)
        return replace(described, door=door, credential=credential.value)

    @staticmethod
    def _describe(tx: CheckInTx, state: MemberState, result: ScanResult, clips_left: int | None,
                  valid_until: date | None, now: datetime, today: date) -> ScanResult:
        """The answer with what the door says about the member: names, clips, others in."""
        member_id = state.member.id
        visits = tx.member_visits_on(member_id, today)
        others = [m for m in tx.present_member_ids(today) if m != member_id]
        return ScanResult(
            outcome=result.outcome, at=now, refusal=result.refusal, repeated=result.repeated,
            member_id=member_id, name=state.member.name, first_name=state.member.first_name,
            demo=state.member.demo, clips_left=clips_left, valid_until=valid_until,
            others_in=len(others), time_today=time_spent(visits, now), event_id=result.event_id,
            host=state.member.role is Role.HOST and result.outcome is not Outcome.REFUSED,
            guest=state.member.role is Role.GUEST, language=state.member.language,
            notices=notices_for(state.member.plan, clips_left, today)
            if result.outcome is not Outcome.REFUSED else ())

    def _commit(self, tx: CheckInTx, decision: Decision, now: datetime, member_id: str | None,
                serial: int | None, source: str, reason: str | None = None,
                arrival: tuple[str, str | None] | None = None) -> ScanResult:
        common = dict(new_id=self._ids.uuid, kiosk_id=self._kiosk_id, now=now, source=source)
        scan = scan_event(decision, member_id=member_id, card_serial=serial, reason=reason,
                          **common)  # type: ignore[arg-type]
        if arrival is not None and decision.outcome is Outcome.CHECKED_IN:
            scan = replace(scan, host_member_id=arrival[0], guest_name=arrival[1])
        events = [*auto_checkout_events(decision, **common), scan]  # type: ignore[arg-type]
        tx.record(decision, events)
        log.info("scan outcome", extra={"event": "scan", "outcome": decision.outcome.value,
                                        "reason": scan.reason, "event_id": scan.id,
                                        "member_id": member_id})
        return ScanResult(outcome=decision.outcome, at=now, refusal=decision.refusal,
                          repeated=decision.repeated, member_id=member_id, event_id=scan.id)



def _as_the_door_decided(decision: Decision, door: DoorAnswer, role: Role) -> Decision:
    """With a lock, the check-in follows the door: a member the door keeps out is not checked in
    (they are not inside; the refusal says why), and a member whose visit is open is let in
    without being checked out (the door asks In / Out; Out checks out: check_out_at_door).
    A guest's day pass is recorded at registration whatever the door does: a host lets them in."""
    if decision.outcome is Outcome.CHECKED_IN and not door.opens and role is not Role.GUEST:
        charged = decision.opened is not None and decision.opened.clip_charged
        clips = decision.clips_left + 1 if charged and decision.clips_left is not None else decision.clips_left
        return Decision(Outcome.REFUSED, refusal=Refusal.DOOR_CLOSED,
                        closed=[v for v in decision.closed if v.checkout_kind is CheckoutKind.AUTO],
                        clips_left=clips, valid_until=decision.valid_until)
    if decision.outcome is Outcome.CHECKED_OUT and door.ask_in_or_out:
        return Decision(Outcome.REPEAT, repeated=Outcome.CHECKED_IN,
                        closed=[v for v in decision.closed if v.checkout_kind is CheckoutKind.AUTO],
                        clips_left=decision.clips_left, valid_until=decision.valid_until)
    return decision
