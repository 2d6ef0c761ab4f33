"""The roster down: pages of changes for a kiosk, the roster's checksum, visits and clip days."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.protocol import wire

from ..feed import parse_cursor
from ..models import (
    ChangeRow,
    PublicKeyRow,
    ServerCardRow,
    ServerMemberRow,
    ServerVisitRow,
)
from ..social import social_of_members
from .common import StoreBase, _card_wire, _for_kiosk
from .held import CORRECTIONS_KEPT, visit_corrections


class RosterDown(StoreBase):
    """The roster down: pages of changes for a kiosk, the roster's checksum, visits and clip days."""

    def pull(self, cursor: str | None, limit: int = 500, device_id: str | None = None,
             own: tuple[str, str] | None = None, social: bool = False) -> wire.PullResponse:
        """device_id: whose short-code key hashes the codes; own: (server id, the id the kiosk knows
        itself by): its own visits come back under the latter; social (version 2): each member upsert
        with the member's visibility and phones."""
        limit = max(1, min(limit, 2000))
        key = self.short_code_key(device_id) if device_id else None
        with self._session() as s:
            if self.engine.dialect.name == "postgresql":
                # One snapshot for the page, the newest change number and the checksum.
                s.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            newest = s.scalar(select(func.max(ChangeRow.seq))) or 0
            resume = parse_cursor(cursor, self.server_id, newest)
            after, reset = (0, True) if resume is None else (resume, False)
            rows = s.scalars(select(ChangeRow).where(ChangeRow.seq > after)
                             .order_by(ChangeRow.seq).limit(limit)).all()
            changes = self._changes(s, rows, key)
            if social:  # version 2: each member upsert with the member's visibility and phones
                extra = social_of_members(s, [c.ref for c in changes if c.kind == "member" and c.member])
                changes = [c.model_copy(update={"social": extra[c.ref]}) if c.ref in extra and c.member else c
                           for c in changes]
            last = rows[-1].seq if rows else after
            more = last < newest
            count = checksum = None
            visits = clip_days = revoked_keys = corrections = None
            if not more:  # the whole roster's count and checksum, and today's visits: last page only
                count, checksum = self._roster_summary(s, newest, key)
                today = datetime.now(self.tz).date()
                rename = dict([own]) if own else {}
                visits = [wire.WireVisit(id=v.id, member_id=v.member_id, kiosk_id=rename.get(v.kiosk_id, v.kiosk_id),
                                         checked_in_at=v.checked_in_at, checked_out_at=v.checked_out_at)
                          for v in s.scalars(select(ServerVisitRow).where(ServerVisitRow.day == today))]
                clip_days = self._clip_days(s)
                corrections = visit_corrections(s, datetime.now(UTC) - CORRECTIONS_KEPT, rename)
                revoked_keys = [wire.RevokedKey(key_id=k.key_id, revoked_at=k.revoked_at, reason=k.revoked_reason or "")
                                for k in s.scalars(select(PublicKeyRow).where(PublicKeyRow.revoked_at.is_not(None)))]
        return wire.PullResponse(changes=changes, cursor=f"{self.server_id}:{last}", more=more, reset=reset,
                                 count=count, checksum=checksum, visits=visits, clip_days=clip_days,
                                 revoked_keys=revoked_keys, visit_corrections=corrections or None,
                                 server_time=datetime.now(UTC))

    def _roster_summary(self, s: Session, newest: int, key: bytes | None) -> tuple[int, str]:
        """Count and checksum of the whole roster. Every roster write appends to the change log,
        so the newest change number identifies the roster's state: computed once per state."""
        cached = self._summary.get(key)
        if cached is not None and cached[0] == newest:
            return cached[1], cached[2]
        members = [_for_kiosk(m) for m in s.scalars(select(ServerMemberRow))]
        cards = [_card_wire(c, key) for c in s.scalars(select(ServerCardRow))]
        summary = (newest, len(members), wire.roster_checksum(members, cards))
        self._summary[key] = summary
        return summary[1], summary[2]

    def _changes(self, s: Session, rows: Sequence[ChangeRow], code_key: bytes | None) -> list[wire.Change]:
        """The current state of every entity a page of the change log names, loaded in bulk."""
        refs = {kind: {r.ref for r in rows if r.kind == kind} for kind in ("member", "card", "key")}
        members = {m.id: m for m in s.scalars(select(ServerMemberRow).where(ServerMemberRow.id.in_(refs["member"])))}
        card_members = {ref.partition("/")[0] for ref in refs["card"]}
        cards = {f"{c.member_id}/{c.serial}": c for c in s.scalars(
            select(ServerCardRow).where(ServerCardRow.member_id.in_(card_members)))}
        keys = {k.key_id: k for k in s.scalars(select(PublicKeyRow).where(PublicKeyRow.key_id.in_(refs["key"])))}
        out = []
        for row in rows:
            if row.kind == "member":
                m = members.get(row.ref)
                out.append(wire.Change(kind="member", op="upsert", ref=row.ref, member=_for_kiosk(m)) if m
                           else wire.Change(kind="member", op="delete", ref=row.ref))
            elif row.kind == "card":
                c = cards.get(row.ref)
                out.append(wire.Change(kind="card", op="upsert", ref=row.ref, card=_card_wire(c, code_key)) if c
                           else wire.Change(kind="card", op="delete", ref=row.ref))
            else:
                k = keys.get(row.ref)
                key = (wire.RosterKey(key_id=k.key_id, public_key=k.public_key, label=k.label)
                       if k and k.revoked_at is None else None)  # a revoked key leaves every kiosk's trust
                out.append(wire.Change(kind="key", op="upsert", ref=row.ref, key=key) if key
                           else wire.Change(kind="key", op="delete", ref=row.ref))
        return out
