"""The roster: members and their cards, each change one transaction that locks what it reads."""

from __future__ import annotations

import secrets
from datetime import UTC, date, datetime

from sqlalchemy import case, func, literal, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.core.errors import InvalidInput
from kiosk.core.members import member_of, new_member_from
from kiosk.domain.codes import issue_code, new_member_id
from kiosk.domain.members import MAX_CLIPS, PlanKind, clips_left
from kiosk.domain.problems import Code
from kiosk.protocol import wire

from ..arrivals import forget_member_arrivals
from ..errors import ServerError
from ..guest_passes import forget_member_guests
from ..models import (
    ChangeRow,
    DoorRightRow,
    ServerCardRow,
    ServerEventRow,
    ServerMemberRow,
    ServerVisitRow,
)
from .common import IssuedServerCard, StoreBase, _locked_member, _member_wire, _plan, _validated


class Roster(StoreBase):
    """The roster: members and their cards, each change one transaction that locks what it reads."""

    # Every change below is one transaction that locks the member row it reads (FOR UPDATE on
    # PostgreSQL; SQLite takes the write lock at BEGIN) or changes it in SQL, so two hosts, or a
    # host and a kiosk's request, never overwrite each other with what they read earlier.
    def add_members(self, news: list[dict[str, object]]) -> list[IssuedServerCard]:
        """Add members (dicts of name, email, plan, clips, valid_until), each with a first card."""
        try:
            with self._session() as s, s.begin():
                return [self.add_member_in(s, new) for new in news]
        except IntegrityError:
            if any(new.get("id") for new in news):  # a proposed id taken at the same moment
                taken = next(str(new["id"]) for new in news if new.get("id"))
                raise ServerError("that member id was taken at the same moment: the server does not reuse it",
                                  Code.MEMBER_ID_TAKEN, member_id=taken) from None
            raise

    def member_known(self, member_id: str) -> bool:
        """Has the server ever seen this member id (see member_id_seen)?"""
        with self._session() as s:
            return self.member_id_seen(s, member_id)

    def add_member_in(self, s: Session, new: dict[str, object]) -> IssuedServerCard:
        """One member and their first card, inside the caller's transaction. A proposed id
        ("id") is taken only if the server has never seen it (see member_id_seen). The fields
        are taken and checked by the kiosk's own rule (core.members.new_member_from, member_of)."""
        proposed = str(new.get("id") or "")
        try:
            member = member_of(new_member_from(new), proposed or new_member_id(secrets.token_bytes(8)))
        except InvalidInput as exc:
            raise ServerError(str(exc), exc.code, **exc.params) from None
        if proposed and self.member_id_seen(s, proposed):
            raise ServerError(f"member id {proposed} is already known to the server (a member, an erased "
                              f"member or another door's guest): the server does not reuse it",
                              Code.MEMBER_ID_TAKEN, member_id=proposed)
        plan = member.plan
        row = ServerMemberRow(id=member.id, name=member.name, email=member.email, plan_kind=plan.kind.value,
                              valid_until=plan.valid_until, role=member.role.value, clips_total=plan.clips_total,
                              created_at=datetime.now(UTC), language=_language(new.get("language")))
        s.add(row)
        s.flush()  # the member row first: the card refers to it
        code, card = self._issue(s, row.id, 1)
        s.add(card)
        s.flush()
        if new.get("any_hour"):
            s.add(DoorRightRow(member_id=row.id, any_hour=True))
        self._log(s, "member", row.id)
        self._log(s, "card", f"{row.id}/1")
        return IssuedServerCard(_member_wire(row), 1, code, card.short_code)

    def set_any_hour(self, member_id: str, any_hour: bool) -> None:
        """Give or take the right to open a door with a lock at any hour; doors learn it with the
        member's next roster change (beside the record, outside its checksum)."""
        with self._session() as s, s.begin():
            if s.get(ServerMemberRow, member_id) is None:
                raise ServerError(f"no member {member_id}", Code.MEMBER_NOT_FOUND, member_id=member_id)
            s.merge(DoorRightRow(member_id=member_id, any_hour=any_hour))
            self._log(s, "member", member_id)

    def set_language(self, member_id: str, language: str | None) -> None:
        """The language the member's card is answered in at every door (da, en, de; None: the
        door's own); doors learn it with the member's next roster change."""
        with self._session() as s, s.begin():
            row = _locked_member(s, member_id)
            if row.language != _language(language):
                row.language = _language(language)
                self._log(s, "member", member_id)

    def any_hour(self, member_id: str) -> bool:
        with self._session() as s:
            row = s.get(DoorRightRow, member_id)
            return bool(row and row.any_hour)

    @staticmethod
    def member_id_seen(s: Session, member_id: str) -> bool:
        """Has the server ever seen this member id: on the roster, as an erased member (its
        tombstone in the change log) or in any event (a guest of some door checks in with it)?"""
        return any(s.scalar(select(literal(1)).where(clause).limit(1)) for clause in (
            ServerMemberRow.id == member_id,
            (ChangeRow.kind == "member") & (ChangeRow.ref == member_id),
            ServerEventRow.member_id == member_id,
            ServerVisitRow.member_id == member_id))

    def update_member(self, member_id: str, **fields: object) -> None:
        """Set the given columns of a member (no validation: see edit_member), in SQL."""
        with self._session() as s, s.begin():
            self.update_member_in(s, member_id, **fields)

    def update_member_in(self, s: Session, member_id: str, **fields: object) -> None:
        done = s.execute(update(ServerMemberRow).where(ServerMemberRow.id == member_id).values(**fields))
        if done.rowcount == 0:  # type: ignore[attr-defined]
            raise ServerError(f"no member with id {member_id!r}", Code.MEMBER_NOT_FOUND, member_id=member_id)
        self._log(s, "member", member_id)

    def set_suspended(self, member_id: str, suspended: bool) -> None:
        self.update_member(member_id, status="suspended" if suspended else "active")

    def toggle_suspended(self, member_id: str) -> str:
        """Suspend an active member, reactivate a suspended one, in one statement; the new status."""
        with self._session() as s, s.begin():
            flipped = case((ServerMemberRow.status == "suspended", "active"), else_="suspended")
            status = s.scalar(update(ServerMemberRow).where(ServerMemberRow.id == member_id)
                              .values(status=flipped).returning(ServerMemberRow.status))
            if status is None:
                raise ServerError(f"no member with id {member_id!r}", Code.MEMBER_NOT_FOUND, member_id=member_id)
            self._log(s, "member", member_id)
            return str(status)

    def top_up(self, member_id: str, clips: int) -> int:
        """Add clips to a clip card; the new total."""
        with self._session() as s, s.begin():
            return self.top_up_in(s, member_id, clips)

    def top_up_in(self, s: Session, member_id: str, clips: int) -> int:
        """clips_total = clips_total + n in one UPDATE: top-ups at once all count (no read first)."""
        if not 1 <= clips <= MAX_CLIPS:
            raise ServerError(f"a top-up adds 1 to {MAX_CLIPS} clips", Code.TOP_UP_RANGE, limit=MAX_CLIPS)
        total = s.scalar(update(ServerMemberRow).where(
            ServerMemberRow.id == member_id, ServerMemberRow.plan_kind == PlanKind.CLIPCARD.value,
            ServerMemberRow.clips_total <= MAX_CLIPS - clips)
            .values(clips_total=ServerMemberRow.clips_total + clips).returning(ServerMemberRow.clips_total))
        if total is None:
            current = s.get(ServerMemberRow, member_id)
            if current is None:
                raise ServerError(f"no member with id {member_id!r}", Code.MEMBER_NOT_FOUND, member_id=member_id)
            if current.plan_kind != PlanKind.CLIPCARD.value:
                raise ServerError("only a clip card can be topped up", Code.ONLY_CLIPCARD_TOP_UP)
            raise ServerError(f"a clip card holds at most {MAX_CLIPS} clips", Code.CLIPS_TOO_MANY, limit=MAX_CLIPS)
        self._log(s, "member", member_id)
        return int(total)

    def delete_member(self, member_id: str) -> None:
        with self._session() as s, s.begin():
            self.delete_member_in(s, member_id)

    def delete_member_in(self, s: Session, member_id: str) -> None:
        row = _locked_member(s, member_id)
        for card in s.scalars(select(ServerCardRow).where(ServerCardRow.member_id == member_id)):
            self._log(s, "card", f"{member_id}/{card.serial}")
            s.delete(card)
        s.delete(row)
        forget_member_arrivals(s, member_id)
        forget_member_guests(s, member_id)
        self._log(s, "member", member_id)

    def new_card(self, member_id: str, replaces: int | None = None) -> IssuedServerCard:
        """A lost card: every earlier card of the member is revoked at once, a new serial issued.
        replaces: the serial the host (or member) saw; when a newer card exists already, that
        request was carried out (a form posted twice) and no other card is made."""
        with self._session() as s, s.begin():
            self.new_card_in(s, member_id, replaces)
        return self.card(member_id)

    def newest_serial(self, member_id: str) -> int:
        """The serial of the member's newest card (0: none yet)."""
        with self._session() as s:
            return int(s.scalar(select(func.max(ServerCardRow.serial)).where(
                ServerCardRow.member_id == member_id)) or 0)

    def new_card_in(self, s: Session, member_id: str, replaces: int | None = None) -> None:
        _locked_member(s, member_id)  # two new cards at once: one waits, and takes the next serial
        cards = s.scalars(select(ServerCardRow).where(ServerCardRow.member_id == member_id)).all()
        if replaces is not None and max((c.serial for c in cards), default=0) > replaces:
            return  # already replaced since the host was asked: once
        for card in cards:
            card.revoked = True
            self._log(s, "card", f"{member_id}/{card.serial}")
        serial = max((c.serial for c in cards), default=0) + 1
        s.add(self._issue(s, member_id, serial)[1])
        s.flush()
        self._log(s, "card", f"{member_id}/{serial}")

    def member(self, member_id: str) -> wire.RosterMember:
        with self._session() as s:
            row = s.get(ServerMemberRow, member_id)
            if row is None:
                raise ServerError(f"no member with id {member_id!r}", Code.MEMBER_NOT_FOUND, member_id=member_id)
            return _member_wire(row)

    def edit_member(self, member_id: str, name: str, email: str, plan: str, clips: int,
                    valid_until: date | None, seen: wire.RosterMember | None = None) -> None:
        """Change a member's details; the same rules as adding one.

        seen: the member as the host's form showed it. Then only what the host changed is
        written, so a top-up or another host's edit made meanwhile is kept (a field both changed:
        the later edit wins). Without it, every field is written as given."""
        with self._session() as s, s.begin():
            self.edit_member_in(s, member_id, {"name": name, "email": email, "plan_kind": plan,
                                               "clips_total": clips, "valid_until": valid_until}, seen)

    def edit_member_in(self, s: Session, member_id: str, fields: dict[str, object],
                       seen: wire.RosterMember | None = None) -> None:
        """Write the given fields (name, email, plan_kind, clips_total, valid_until, role) of a
        locked member row after checking the result as a whole."""
        row = _locked_member(s, member_id)
        if seen is not None:
            fields = {k: v for k, v in fields.items() if v != getattr(seen, k)}
        merged = {k: fields.get(k, getattr(row, k)) for k in ("name", "email", "plan_kind", "clips_total",
                                                              "valid_until")}
        plan = _plan(merged["plan_kind"], merged["clips_total"], merged["valid_until"])
        name, email = str(merged["name"]).strip(), str(merged["email"]).strip()
        _validated(name, email, plan)
        row.name, row.email, row.plan_kind = name, email, plan.kind.value
        row.clips_total, row.valid_until = plan.clips_total, plan.valid_until
        if fields.get("role") is not None:
            row.role = str(fields["role"])
        self._log(s, "member", member_id)

    def members(self) -> list[wire.RosterMember]:
        with self._session() as s:
            return [_member_wire(r) for r in s.scalars(select(ServerMemberRow).order_by(ServerMemberRow.name))]

    def clips_left(self) -> dict[str, int]:
        """Each clip-card member's clips left, by the kiosk's own rule (domain.members.clips_left)
        over the days charged at any door: what every door says after its next sync."""
        with self._session() as s:
            days = self._clip_days(s)
            cards = s.scalars(select(ServerMemberRow).where(ServerMemberRow.plan_kind == "clipcard")).all()
            return {r.id: clips_left(_member_wire(r).to_member().plan, len(days.get(r.id, []))) or 0
                    for r in cards}

    def card(self, member_id: str) -> IssuedServerCard:
        with self._session() as s:
            row = s.get(ServerMemberRow, member_id)
            if row is None:
                raise ServerError(f"no member with id {member_id!r}", Code.MEMBER_NOT_FOUND, member_id=member_id)
            card = s.scalars(select(ServerCardRow).where(
                ServerCardRow.member_id == member_id, ServerCardRow.revoked.is_(False))
                .order_by(ServerCardRow.serial.desc())).first()
            if card is None:
                raise ServerError(f"member {member_id} has no valid card", Code.NO_VALID_CARD)
            key = self.ring.get(card.key_id or self.first_key_id)
            if key is None:
                raise ServerError(f"the key that signed this card ({card.key_id}) is not on this server: "
                                  "issue a new card", Code.CARD_KEY_MISSING)
            code = issue_code(key, member_id, card.serial)
            return IssuedServerCard(_member_wire(row), card.serial, code, card.short_code)


def _language(value: object) -> str | None:
    """A member's language as stored: da, en or de; anything else (the door's) None."""
    if value in (None, ""):
        return None
    if value not in MEMBER_LANGUAGES:
        raise ServerError(f"not a language of the door: {str(value)[:10]!r} (da, en or de)")
    return str(value)


MEMBER_LANGUAGES = ("da", "en", "de")
