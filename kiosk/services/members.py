"""Managing members and their cards on a kiosk that issues its own cards."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.core.errors import InvalidInput, NotFound
from kiosk.core.members import IssuedCard, NewMember, member_of, parse_member_csv
from kiosk.domain.codes import issue_code, key_id_of, new_member_id, short_code_for
from kiosk.domain.guests import PAYMENT_METHODS, Payment
from kiosk.domain.members import (
    Card,
    Member,
    MemberStatus,
    PlanKind,
    Role,
    clips_left,
)
from kiosk.domain.problems import Code

from .audit import AuditTrail
from .ports import Clock, MembersTx, RosterOutbox, Store, new_uuid

log = logging.getLogger(__name__)
TOP_UP_METHODS = (*PAYMENT_METHODS, "cash", "card", "free")


@dataclass(frozen=True)
class RosterRequestState:
    """A roster change asked for at this kiosk, as the host view lists it."""

    id: str
    op: str  # add, update, suspend, reactivate, new_card, top_up, erase
    member_id: str
    name: str  # the name asked for (add, update), else ""
    state: str  # unsent | pending | accepted | rejected
    reason: str  # the server's words for pending and rejected


class MemberAdmin:
    def __init__(self, store: Store[MembersTx], clock: Clock, random_bytes: Callable[[int], bytes],
                 signing_key: Ed25519PrivateKey | None, outbox: RosterOutbox | None = None,
                 reprint_keys: list[Ed25519PrivateKey] | None = None, audit: AuditTrail | None = None) -> None:
        self._store, self._clock, self._random = store, clock, random_bytes
        self._audit = audit
        self._key = signing_key
        # Keys besides the signing key that may sign a reprint of a card they issued (the demo key).
        signers = [*(reprint_keys or []), *([signing_key] if signing_key else [])]
        self._reprint = {key_id_of(k.public_key()): k for k in signers}
        self._outbox = outbox

    @property
    def server_owned(self) -> bool:
        """Enrolled with a server: the roster is the server's, changes go there as requests."""
        return self._outbox is not None and self._outbox.enrolled()

    def request(self, op: str, member_id: str | None = None, new: NewMember | None = None,
                clips: int | None = None) -> str:
        """Ask the server for a roster change (enrolled kiosks); returns the member id concerned.
        clips: for a top_up, the clips to add.

        The kiosk never edits its copy of the roster: the change comes back with the next pull."""
        if self._outbox is None or not self._outbox.enrolled():
            raise InvalidInput("this kiosk is not enrolled with a server", Code.NOT_ENROLLED)
        body: dict[str, object] = {"id": new_uuid(self._random), "op": op}
        if clips is not None:
            body["clips"] = clips
        if new is not None:
            self._validated(new)  # refuse bad input here, with the same message as ever
            member_id = member_id or new_member_id(self._random(8))
            body.update(name=new.name.strip(), email=new.email.strip(), plan=PlanKind(new.plan).value,
                        clips=new.clips, valid_until=new.valid_until.isoformat() if new.valid_until else None)
            if new.role is Role.HOST:  # never applied without a host's approval on the server
                body["role"] = Role.HOST.value
        if not member_id:
            raise InvalidInput("which member?")
        if op == "update":
            body = self._changed_only(member_id, body)
        body["member_id"] = member_id
        self._outbox.queue_request(str(body["id"]), body)
        return member_id

    def requests(self, limit: int = 100) -> list[RosterRequestState]:
        """The roster changes asked for here, newest first, with what became of them: `unsent`,
        `pending` (the server holds it for a host), `accepted` or `rejected` (with the reason).
        For the host view: a pending change must not look done."""
        if self._outbox is None:
            return []
        return [RosterRequestState(id=str(body.get("id", "")), op=str(body.get("op", "")),
                                   member_id=str(body.get("member_id", "")), name=str(body.get("name") or ""),
                                   state=state, reason=reason)
                for body, state, reason in self._outbox.requests(limit)]

    def _changed_only(self, member_id: str, body: dict[str, object]) -> dict[str, object]:
        """An edit asks for what the host changed here, nothing else: the kiosk's copy has no
        e-mail addresses, and a top-up or an edit elsewhere must not be written back over."""
        with self._store.transaction() as tx:
            current = tx.member(member_id)
        if current is None:
            return body
        seen: dict[str, object] = {
            "name": current.name, "email": current.email, "plan": current.plan.kind.value,
            "clips": current.plan.clips_total,
            "valid_until": current.plan.valid_until.isoformat() if current.plan.valid_until else None}
        return {k: v for k, v in body.items() if k not in seen or v != seen[k]}

    def add(self, new: NewMember, *, signing_key: Ed25519PrivateKey | None = None) -> IssuedCard:
        return self.add_many([new], signing_key=signing_key)[0]

    def add_many(self, news: list[NewMember], *, signing_key: Ed25519PrivateKey | None = None,
                 progress: Callable[[int, int], None] | None = None) -> list[IssuedCard]:
        """Add members and issue each a first card, all in one transaction: all or nothing.
        progress(done, total) is called every 50 members and at the end."""
        if self.server_owned and signing_key is None:
            raise InvalidInput("this kiosk is enrolled with a server: members are added there "
                               "(or with a roster request from this kiosk)", Code.ENROLLED_ADD_ON_SERVER)
        key = signing_key or self._require_key()
        members = [self._validated(n) for n in news]
        now = self._clock.now()
        issued = []
        with self._store.transaction() as tx:
            if any(not m.demo for m in members) and any(m.demo for m in tx.members()):
                # The demo key is published: with real members at the door it must go, and its members too.
                removed = tx.delete_demo_members()
                tx.remove_demo_keys()
                log.info("first real member: removed %d demo members and the demo key", removed,
                         extra={"event": "demo_removed", "removed": removed})
            for i, member in enumerate(members, 1):
                tx.add_member(member)
                issued.append(self._issue(tx, key, member, serial=1, now=now))
                if progress is not None and (i % 50 == 0 or i == len(members)):
                    progress(i, len(members))
            if self._audit is not None and not all(m.demo for m in members):
                if len(members) == 1:
                    self._audit.write(tx, "add", members[0].id)
                else:
                    self._audit.write(tx, "import", None, f"{len(members)} members")
        return issued

    def demo_will_go(self) -> bool:
        """Demo members are here: adding a real member removes them and the (published) demo key."""
        with self._store.transaction() as tx:
            return any(m.demo for m in tx.members())

    def roster(self) -> list[Member]:
        """Members and hosts; guests registered at the door are not on the roster."""
        with self._store.reading() as tx:
            return [m for m in tx.members() if m.role is not Role.GUEST]

    def find(self, member_id: str) -> Member | None:
        """A member, host or guest by id (None when there is none)."""
        with self._store.reading() as tx:
            return tx.member(member_id)

    def card(self, member_id: str) -> IssuedCard:
        """The member's current card, to print again."""
        if self.server_owned:
            # The server signs an enrolled kiosk's cards; one signed here would open this door only.
            raise InvalidInput("this kiosk is enrolled with a server: print member cards from the "
                               "server (kiosk server card, or its host pages)", Code.ENROLLED_PRINT_ON_SERVER)
        self._require_key()
        with self._store.reading() as tx:
            member = tx.member(member_id)
            if member is None:
                raise NotFound(f"no member with id {member_id!r}", Code.MEMBER_NOT_FOUND, member_id=member_id)
            live = [c for c in tx.cards_of(member_id) if not c.revoked]
            if not live:
                raise NotFound(f"member {member_id} has no valid card; issue a new one", Code.NO_VALID_CARD)
            serial, issuer = live[-1].serial, live[-1].issuer
        key = self._reprint.get(issuer or "")
        if key is None:
            # The same code again needs the key that issued it (a code is accepted only under its issuer).
            raise InvalidInput(f"{member.name}'s card was signed with an earlier key of this kiosk: "
                               f"issue a new card (the old one keeps working until then)", Code.CARD_OLD_KEY,
                               name=member.name)
        code = issue_code(key, member.id, serial)
        return IssuedCard(member, serial, code, short_code_for(code))

    def search(self, query: str, limit: int = 50) -> list[Member]:
        """Members (never guests) whose name or e-mail has every typed word; all if nothing typed."""
        words = [w.casefold() for w in query.split()]
        with self._store.reading() as tx:
            roster = [m for m in tx.members() if m.role is not Role.GUEST]
        hits = [m for m in roster if all(w in f"{m.name} {m.email}".casefold() for w in words)]
        return hits[:limit]

    def clips_left(self, members: list[Member]) -> dict[str, int]:
        """Each clip-card member's clips left (domain.members.clips_left: the door's own rule)."""
        cards = [m for m in members if m.plan.kind is PlanKind.CLIPCARD]
        if not cards:
            return {}
        with self._store.transaction() as tx:
            used = tx.clips_used([m.id for m in cards] if len(cards) < 500 else None)
        return {m.id: clips_left(m.plan, used.get(m.id, 0)) or 0 for m in cards}

    def edit(self, member_id: str, new: NewMember) -> str:
        """Change a member's name, e-mail and plan (the role stays). Returns "saved" or "requested"."""
        if self.server_owned:
            self.request("update", member_id, new)
            self._record("edit", member_id, "requested")
            return "requested"
        with self._store.transaction() as tx:
            current = tx.member(member_id)
            if current is None or current.role is Role.GUEST:
                raise NotFound(f"no member with id {member_id!r}", Code.MEMBER_NOT_FOUND, member_id=member_id)
            edited = self._validated(replace(new, member_id=member_id, role=current.role, demo=current.demo))
            tx.update_member(replace(edited, status=current.status))
            self._write(tx, "edit", member_id)
        return "saved"

    def set_suspended(self, member_id: str, suspended: bool) -> str:
        action = "suspend" if suspended else "reactivate"
        if self.server_owned:
            self.request(action, member_id)
            self._record(action, member_id, "requested")
            return "requested"
        with self._store.transaction() as tx:
            current = self._require_member(tx, member_id)
            tx.update_member(replace(current, status=MemberStatus.SUSPENDED if suspended else MemberStatus.ACTIVE))
            self._write(tx, action, member_id)
        return "saved"

    def new_card(self, member_id: str) -> IssuedCard | None:
        """A lost card: every earlier card is revoked at once and a new serial issued. On an
        enrolled kiosk the server does it (None here; the new card comes with the roster)."""
        if self.server_owned:
            self.request("new_card", member_id)
            self._record("new_card", member_id, "requested")
            return None
        key = self._require_key()
        with self._store.transaction() as tx:
            member = self._require_member(tx, member_id)
            serial = max((c.serial for c in tx.cards_of(member_id)), default=0) + 1
            tx.revoke_cards(member_id)
            self._write(tx, "new_card", member_id, f"serial {serial}")
            return self._issue(tx, key, member, serial, self._clock.now())

    def top_up(self, member_id: str, clips: int, amount_ore: int, method: str) -> str:
        """Add clips to a clip card and keep a record of how they were paid."""
        if not 1 <= clips <= 1000:
            raise InvalidInput("add 1 to 1000 clips", Code.TOP_UP_CLIPS, low=1, high=1000)
        if not 0 <= amount_ore <= 10_000_000:
            raise InvalidInput("the amount must be 0 to 100.000,00", Code.TOP_UP_AMOUNT)
        if method not in TOP_UP_METHODS:
            raise InvalidInput(f"payment method must be one of {', '.join(TOP_UP_METHODS)}", Code.TOP_UP_METHOD,
                               methods=", ".join(TOP_UP_METHODS))
        now = self._clock.now()
        server_owned = self.server_owned  # asked before the write transaction: it reads another session
        with self._store.transaction() as tx:
            member = self._require_member(tx, member_id)
            if member.plan.kind is not PlanKind.CLIPCARD:
                raise InvalidInput(f"{member.name} has no clip card", Code.NO_CLIP_CARD, name=member.name)
            tx.add_payment(Payment(id=new_uuid(self._random), member_id=member_id,
                                   kind="topup", amount_ore=amount_ore, method=method, clips=clips, at=now))
            if not server_owned:
                tx.update_member(replace(member, plan=replace(member.plan,
                                                              clips_total=member.plan.clips_total + clips)))
            self._write(tx, "top_up", member_id, f"{clips} clips {method}" + (" requested" if server_owned else ""))
        if server_owned:
            self.request("top_up", member_id, clips=clips)
            return "requested"
        return "saved"

    def _write(self, tx: MembersTx, action: str, member_id: str | None, detail: str = "") -> None:
        if self._audit is not None:
            self._audit.write(tx, action, member_id, detail)

    def _record(self, action: str, member_id: str | None, detail: str = "") -> None:
        if self._audit is not None:
            self._audit.record(action, member_id, detail)

    def _require_member(self, tx: MembersTx, member_id: str) -> Member:
        member = tx.member(member_id)
        if member is None or member.role is Role.GUEST:
            raise NotFound(f"no member with id {member_id!r}", Code.MEMBER_NOT_FOUND, member_id=member_id)
        return member

    def import_csv(self, data: bytes, progress: Callable[[int, int], None] | None = None) -> list[IssuedCard]:
        """Every row is checked first: one bad row stops the import, and the message names the
        bad lines (up to five, and how many more); nothing is added then."""
        if self.server_owned:
            raise InvalidInput("this kiosk is enrolled with a server: import members there "
                               "(kiosk server members import)", Code.ENROLLED_IMPORT_ON_SERVER)
        return self.add_many(parse_member_csv(data), progress=progress)

    def _validated(self, new: NewMember) -> Member:
        """The one rule for a new member (core.members.member_of), the server's too."""
        return member_of(new, new.member_id or new_member_id(self._random(8)))

    def _issue(self, tx: MembersTx, key: Ed25519PrivateKey, member: Member, serial: int,
               now: datetime) -> IssuedCard:
        code = issue_code(key, member.id, serial)
        short = short_code_for(code)
        tx.add_card(Card(member_id=member.id, serial=serial, short_code_hash=tx.hash_short_code(short),
                         issuer=key_id_of(key.public_key())), issued_at=now)
        return IssuedCard(member, serial, code, short)

    def _require_key(self) -> Ed25519PrivateKey:
        if self._key is None:
            raise InvalidInput("this kiosk has no card signing key, so it cannot issue cards", Code.NO_SIGNING_KEY)
        return self._key
