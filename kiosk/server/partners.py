"""Partnerships between servers (issue 22): the agreement both sign, what each serves the other,
what it hands its own kiosks, and the settlement of visits.

The flow: host A asks B's server who it is (`GET /api/v1/partners/identity`) and checks the
fingerprint B's host read out; A signs the agreement and sends it to B (it waits there as
`received`); B's host compares A's fingerprint, accepts, B countersigns and sends the document
back (A keeps it `active` once both signatures hold and the text is the one it signed). From then
on each pulls the other's feed with a request signed by its own long-term key, and reports back
the days the other's members spent at its doors.
"""

from __future__ import annotations

import json
import os
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from kiosk.core.keys import load_or_create_signing_key
from kiosk.domain.partners import Terms, days_left, pseudonym, visitor_id
from kiosk.domain.problems import Code
from kiosk.protocol import partners as wire_p

from .errors import ServerError
from .models import (
    DeviceKeyRow,
    PartnerConsentRow,
    PartnerFeedRow,
    PartnershipRow,
    PartnerVisitDayRow,
    PublicKeyRow,
    ServerCardRow,
    ServerMemberRow,
    ServerVisitRow,
    VisibilityRow,
)
from .social import Social
from .store import ServerStore

IDENTITY_KEY = "server-identity.pem"
OFFERED, RECEIVED, ACTIVE = "offered", "received", "active"
CALL_TIMEOUT = 10.0
Transport = Callable[[str, str, bytes, dict[str, str]], httpx.Response]


@dataclass(frozen=True)
class PartnerView:
    id: str
    status: str
    partner_name: str
    partner_url: str
    fingerprint: str  # the partner's
    terms: Terms
    proposed_by_us: bool


@dataclass(frozen=True)
class DirectoryEntry:
    """A partner space as its /me page shows it to one of our members."""

    name: str
    address: str
    url: str
    terms: Terms
    days_left: int
    named: bool  # greeted by first name there (the agreement allows it and the member agreed)


@dataclass(frozen=True)
class Settlement:
    """One partnership's month: our members' days there, and theirs here."""

    partnership_id: str
    month: str  # YYYY-MM
    ours_there_days: int
    ours_there_members: int
    theirs_here_days: int
    theirs_here_members: int


def _http(method: str, url: str, body: bytes, headers: dict[str, str]) -> httpx.Response:
    with httpx.Client(timeout=CALL_TIMEOUT, follow_redirects=False) as client:
        return client.request(method, url, content=body, headers={"Content-Type": "application/json", **headers})


def _problem(exc: wire_p.BadDocument) -> ServerError:
    return ServerError(str(exc), Code.PARTNER_DOCUMENT, problem=str(exc))


class Partnerships:
    def __init__(self, store: ServerStore, own_url: str = "", transport: Transport = _http,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.store, self.own_url, self._send, self._now = store, own_url.rstrip("/"), transport, clock
        keys_dir = store.keys_dir or Path(os.environ.get("KIOSK_SERVER_DATA_DIR", ".")) / "keys"
        self.key: Ed25519PrivateKey = load_or_create_signing_key(keys_dir / IDENTITY_KEY)
        self.public_key = wire_p.public_hex(self.key)
        self.social = Social(store.engine, store.tz)

    # --- who we are ---------------------------------------------------------------------------
    def fingerprint(self) -> str:
        return wire_p.fingerprint(self.public_key)

    def identity(self, url: str | None = None) -> wire_p.Space:
        space = self.social.space()
        address = url or self.own_url
        # A space that has not named itself yet (the Space page) goes by its address's host name.
        name = space.name.strip()[:80] or (httpx.URL(address).host if address else "") or "?"
        return wire_p.Space(server_id=self.store.server_id, name=name, url=address,
                            public_key=self.public_key, address=space.address[:200])

    # --- agreeing -----------------------------------------------------------------------------
    def offer(self, partner_url: str, partner_fingerprint: str, terms: Terms,
              agreement_id: str | None = None) -> wire_p.SignedAgreement:
        """Sign an agreement with the server at partner_url and send it there to wait for its host.
        agreement_id: made when the host's form was shown, so the form posted twice offers once."""
        if agreement_id is not None:
            with self.store.session() as s:
                row = s.get(PartnershipRow, agreement_id)
                if row is not None:
                    return wire_p.SignedAgreement(document=row.document, signatures=json.loads(row.signatures))
        problem = terms.problem()
        if problem is not None:
            raise ServerError(f"the terms are not complete: {problem}", Code.PARTNER_TERMS, problem=problem)
        if not self.own_url:
            raise ServerError("this server needs its public address (--url or --public-url) to offer a partnership",
                              Code.PARTNER_TERMS, problem="own_url")
        partner_url = partner_url.rstrip("/")
        answer = self._call("GET", f"{partner_url}/api/v1/partners/identity", b"", signed=False)
        them = wire_p.Space.model_validate_json(answer.content).model_copy(update={"url": partner_url})
        if not wire_p.same_fingerprint(partner_fingerprint, them.public_key):
            raise ServerError("the partner's key does not have the fingerprint given", Code.PARTNER_FINGERPRINT)
        agreement = wire_p.Agreement(id=agreement_id or str(uuid.uuid4()), proposer=self.identity(), partner=them,
                                     terms=wire_p.WireTerms.of(terms), created_at=self._now().replace(microsecond=0))
        signed = wire_p.propose(self.key, agreement)
        self._keep(signed, agreement, OFFERED)
        self._call("POST", f"{partner_url}/api/v1/partners/offers", signed.model_dump_json().encode())
        return signed

    def receive_offer(self, signed: wire_p.SignedAgreement, caller_key: str) -> str:
        """An offer from another server (its signature checked): kept until our host accepts."""
        try:
            doc = signed.verified(both=False)
        except wire_p.BadDocument as exc:
            raise _problem(exc) from None
        if doc.proposer.public_key != caller_key or doc.partner.public_key != self.public_key:
            raise ServerError("the offer does not name this server and its sender", Code.PARTNER_DOCUMENT,
                              problem="parties")
        with self.store.session() as s, s.begin():
            if s.get(PartnershipRow, doc.id) is None:
                self._keep_in(s, signed, doc, RECEIVED)
        return doc.id

    def accept(self, partnership_id: str) -> wire_p.SignedAgreement:
        """Our host accepted an offer: countersign, keep it active, send it back to the proposer."""
        with self.store.session() as s, s.begin():
            row = self._row(s, partnership_id)
            signed = wire_p.SignedAgreement(document=row.document, signatures=json.loads(row.signatures))
            if row.status == RECEIVED:
                signed = signed.sign(self.key)
                try:
                    signed.verified()
                except wire_p.BadDocument as exc:
                    raise _problem(exc) from None
                row.signatures, row.status, row.accepted_at = json.dumps(signed.signatures), ACTIVE, self._now()
            url = row.partner_url
        self._call("POST", f"{url}/api/v1/partners/accepted", signed.model_dump_json().encode())
        return signed

    def take_acceptance(self, signed: wire_p.SignedAgreement, caller_key: str | None = None) -> str:
        """The countersigned document back from the partner (or imported by a host): active only
        when it is word for word the one we signed and both signatures hold."""
        try:
            doc = signed.verified()
        except wire_p.BadDocument as exc:
            raise _problem(exc) from None
        if doc.party(self.public_key) is None or (caller_key and doc.party(caller_key) is None):
            raise ServerError("the document does not name this server", Code.PARTNER_DOCUMENT, problem="parties")
        with self.store.session() as s, s.begin():
            row = s.get(PartnershipRow, doc.id, with_for_update=True)
            if row is None or row.document != signed.document:
                raise ServerError("this server never signed that document", Code.PARTNER_DOCUMENT,
                                  problem="not_ours")
            if row.status != ACTIVE:
                row.signatures, row.status, row.accepted_at = json.dumps(signed.signatures), ACTIVE, self._now()
        return doc.id

    def partners(self) -> list[PartnerView]:
        with self.store.session() as s:
            rows = s.scalars(select(PartnershipRow).order_by(PartnershipRow.created_at)).all()
        out = []
        for row in rows:
            doc = wire_p.Agreement.model_validate_json(row.document)
            out.append(PartnerView(row.id, row.status, row.partner_name, row.partner_url,
                                   wire_p.fingerprint(row.partner_key), doc.terms.to_terms(),
                                   doc.proposer.public_key == self.public_key))
        return out

    def document(self, partnership_id: str) -> wire_p.SignedAgreement:
        with self.store.session() as s:
            row = self._row(s, partnership_id)
            return wire_p.SignedAgreement(document=row.document, signatures=json.loads(row.signatures))

    # --- what we serve a partner ----------------------------------------------------------------
    def feeds_for(self, caller_key: str) -> wire_p.PartnerFeeds:
        """Our card keys and eligible members, per active partnership with the caller."""
        today = datetime.now(self.store.tz).date()
        with self.store.session() as s:
            rows = s.scalars(select(PartnershipRow).where(PartnershipRow.partner_key == caller_key,
                                                          PartnershipRow.status == ACTIVE)).all()
            if not rows:
                raise ServerError("no partnership with this server", Code.PARTNER_NOT_FOUND)
            keys = s.scalars(select(PublicKeyRow)).all()
            live = [wire_p.PartnerKey(key_id=k.key_id, public_key=k.public_key) for k in keys if k.revoked_at is None]
            revoked = [k.key_id for k in keys if k.revoked_at is not None]
            members = s.scalars(select(ServerMemberRow).where(ServerMemberRow.status == "active",
                                                              ServerMemberRow.role.in_(("member", "host")))).all()
            serials: dict[str, list[int]] = {}
            for card in s.scalars(select(ServerCardRow).where(ServerCardRow.revoked.is_(False))):
                serials.setdefault(card.member_id, []).append(card.serial)
            phones: dict[str, list[wire_p.PartnerDevice]] = {}
            for d in s.scalars(select(DeviceKeyRow).where(DeviceKeyRow.revoked.is_(False))):
                phones.setdefault(d.member_id, []).append(wire_p.PartnerDevice(
                    key_id=d.key_id, algorithm=d.algorithm, spki=d.spki))  # type: ignore[arg-type]
            consent = {c.member_id for c in s.scalars(select(PartnerConsentRow).where(PartnerConsentRow.shown))}
            shown = s.scalars(select(VisibilityRow).where(VisibilityRow.visible))
            tags = {v.member_id: json.loads(v.tags) for v in shown}
            feeds = []
            for row in rows:
                terms = wire_p.Agreement.model_validate_json(row.document).terms.to_terms()
                key = bytes.fromhex(row.pseudonym_key)
                eligible = []
                for m in members:
                    if m.plan_kind not in terms.plans or (m.valid_until is not None and m.valid_until < today):
                        continue
                    named = terms.names_shown and m.id in consent
                    eligible.append(wire_p.EligibleMember(
                        p=pseudonym(key, m.id), valid_from=m.valid_from, valid_until=m.valid_until,
                        serials=sorted(serials.get(m.id, []))[-64:],
                        first_name=(m.name.split()[0][:60] if named and m.name.split() else None),
                        tags=tags.get(m.id, [])[:3] if named else [], devices=phones.get(m.id, [])[:8]))
                feeds.append(wire_p.PartnerFeed(partnership_id=row.id, pseudonym_key=row.pseudonym_key, keys=live,
                                                revoked_keys=revoked, members=eligible, generated_at=self._now()))
        return wire_p.PartnerFeeds(feeds=feeds, server_time=self._now())

    # --- what we take from partners -------------------------------------------------------------
    def pull_partners(self) -> dict[str, str]:
        """Each active partner's feed, fetched and kept; what became of each (ok, or why not). A
        partner that does not answer keeps its last feed: its members are still let in, and a
        revocation there reaches our doors with the next pull that succeeds."""
        outcome: dict[str, str] = {}
        for view in self.partners():
            if view.status != ACTIVE or view.partner_url in outcome:
                continue
            try:
                answer = self._call("GET", f"{view.partner_url}/api/v1/partners/feed", b"")
                feeds = wire_p.PartnerFeeds.model_validate_json(answer.content)
            except ServerError as exc:
                outcome[view.partner_url] = f"unreachable: {exc}"
                continue
            except ValueError:
                outcome[view.partner_url] = "unreadable answer"
                continue
            outcome[view.partner_url] = self._keep_feeds(view.partner_url, feeds)
        return outcome

    def _keep_feeds(self, partner_url: str, feeds: wire_p.PartnerFeeds) -> str:
        kept, refused = 0, []
        with self.store.session() as s, s.begin():
            ours = set(s.scalars(select(PublicKeyRow.key_id)))
            for feed in feeds.feeds:
                row = s.get(PartnershipRow, feed.partnership_id)
                if row is None or row.partner_url != partner_url or row.status != ACTIVE:
                    refused.append(f"{feed.partnership_id}: not a partnership with this server")
                    continue
                other_rows = s.execute(select(PartnerFeedRow.body).join(
                    PartnershipRow, PartnershipRow.id == PartnerFeedRow.partnership_id)
                    .where(PartnershipRow.partner_key != row.partner_key)).scalars()
                others = {k.key_id for body in other_rows for k in wire_p.PartnerFeed.model_validate_json(body).keys}
                clash = {k.key_id for k in feed.keys} & (ours | others)
                if clash:  # two spaces announcing one key id: neither is believed for it
                    refused.append(f"{row.partner_name}: key id {sorted(clash)[0]} is another space's")
                    continue
                existing = s.get(PartnerFeedRow, row.id)
                if existing is None:
                    s.add(PartnerFeedRow(partnership_id=row.id, body=feed.model_dump_json(), fetched_at=self._now()))
                else:
                    existing.body, existing.fetched_at = feed.model_dump_json(), self._now()
                kept += 1
        return "ok" if not refused else "; ".join(refused)

    def spaces_for_kiosks(self, today: date) -> list[wire_p.PartnerSpace]:
        """Every active partner's members for our kiosks, with the days each visitor already has
        here this month and the last (so every door counts the same allowance)."""
        since = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
        out = []
        with self.store.session() as s:
            for row, feed_row in s.execute(select(PartnershipRow, PartnerFeedRow).join(
                    PartnerFeedRow, PartnerFeedRow.partnership_id == PartnershipRow.id)
                    .where(PartnershipRow.status == ACTIVE)).all():
                feed = wire_p.PartnerFeed.model_validate_json(feed_row.body)
                doc = wire_p.Agreement.model_validate_json(row.document)
                ids = {visitor_id(row.id, m.p): m.p for m in feed.members}
                used: dict[str, list[date]] = {}
                if ids:
                    for member_id, day in s.execute(select(ServerVisitRow.member_id, ServerVisitRow.day).distinct()
                                                    .where(ServerVisitRow.member_id.in_(list(ids)),
                                                           ServerVisitRow.day >= since)):
                        used.setdefault(member_id, []).append(day)
                out.append(wire_p.PartnerSpace(
                    partnership_id=row.id, name=doc.other(self.public_key).name, terms=doc.terms,
                    pseudonym_key=feed.pseudonym_key, keys=feed.keys, revoked_keys=feed.revoked_keys,
                    members=feed.members, days_used={k: sorted(v) for k, v in used.items()},
                    fetched_at=feed_row.fetched_at))
        return out

    # --- settlement -----------------------------------------------------------------------------
    def visit_days_here(self, partnership_id: str, since: date) -> list[wire_p.VisitDay]:
        """Days the partner's members were present at our doors (visits our server accepted)."""
        with self.store.session() as s:
            feed_row = s.get(PartnerFeedRow, partnership_id)
            if feed_row is None:
                return []
            feed = wire_p.PartnerFeed.model_validate_json(feed_row.body)
            ids = {visitor_id(partnership_id, m.p): m.p for m in feed.members}
            rows = s.execute(select(ServerVisitRow.member_id, ServerVisitRow.day).distinct()
                             .where(ServerVisitRow.member_id.in_(list(ids)), ServerVisitRow.day >= since)).all()
            days = [wire_p.VisitDay(p=ids[m], day=d) for m, d in rows]
            for day in days:
                self._count(s, partnership_id, "in", day)
            s.commit()
        return days

    def report_since(self) -> date:
        """The first of last month: what a report covers (a partner cut off for weeks catches up)."""
        first = datetime.now(self.store.tz).date().replace(day=1)
        return (first - timedelta(days=1)).replace(day=1)

    def report_visits(self, since: date) -> dict[str, str]:
        """Tell each partner the days its members spent here since `since` (idempotent)."""
        outcome = {}
        for view in self.partners():
            if view.status != ACTIVE:
                continue
            report = wire_p.VisitReport(partnership_id=view.id, days=self.visit_days_here(view.id, since))
            try:
                self._call("POST", f"{view.partner_url}/api/v1/partners/visits", report.model_dump_json().encode())
                outcome[view.id] = f"{len(report.days)} days reported"
            except ServerError as exc:
                outcome[view.id] = f"not reported: {exc}"
        return outcome

    def take_report(self, report: wire_p.VisitReport, caller_key: str) -> int:
        """A partner's report of our members' days there: each (member, day) counted once."""
        with self.store.session() as s, s.begin():
            row = s.get(PartnershipRow, report.partnership_id)
            if row is None or row.partner_key != caller_key or row.status != ACTIVE:
                raise ServerError("no such partnership with this server", Code.PARTNER_NOT_FOUND)
            key = bytes.fromhex(row.pseudonym_key)
            ours = {pseudonym(key, m) for m in s.scalars(select(ServerMemberRow.id))}
            new = 0
            for day in report.days:
                if day.p in ours:
                    new += self._count(s, row.id, "out", day)
            return new

    def _count(self, s: Any, partnership_id: str, direction: str, day: wire_p.VisitDay) -> int:
        statement = self.store.insert(PartnerVisitDayRow).values(
            partnership_id=partnership_id, direction=direction, pseudonym=day.p, day=day.day,
            recorded_at=self._now()).on_conflict_do_nothing()
        return int(s.execute(statement).rowcount or 0)

    def settlement(self, partnership_id: str, month: str) -> Settlement:
        try:
            year, number = (int(x) for x in month.split("-"))
            first = date(year, number, 1)
        except ValueError:
            raise ServerError(f"{month!r} is not a month like 2026-12", Code.DATE_INVALID, text=month) from None
        last = (first + timedelta(days=32)).replace(day=1)
        with self.store.session() as s:
            self._row(s, partnership_id)
            rows = s.execute(select(PartnerVisitDayRow.direction, PartnerVisitDayRow.pseudonym).where(
                PartnerVisitDayRow.partnership_id == partnership_id, PartnerVisitDayRow.day >= first,
                PartnerVisitDayRow.day < last)).all()
        out = [p for d, p in rows if d == "out"]
        inn = [p for d, p in rows if d == "in"]
        return Settlement(partnership_id, month, len(out), len(set(out)), len(inn), len(set(inn)))

    def directory(self, member_id: str, today: date) -> list[DirectoryEntry]:
        """The partner spaces this member may use now (the /me page): where, when, days left this
        month (the days partners reported; a visit not yet reported is not counted yet)."""
        out = []
        with self.store.session() as s:
            member = s.get(ServerMemberRow, member_id)
            if member is None or member.status != "active":
                return []
            consent = s.get(PartnerConsentRow, member_id)
            for row in s.scalars(select(PartnershipRow).where(PartnershipRow.status == ACTIVE)):
                doc = wire_p.Agreement.model_validate_json(row.document)
                terms = doc.terms.to_terms()
                if member.plan_kind not in terms.plans or not terms.in_force(today):
                    continue
                alias = pseudonym(bytes.fromhex(row.pseudonym_key), member_id)
                used = set(s.scalars(select(PartnerVisitDayRow.day).where(
                    PartnerVisitDayRow.partnership_id == row.id, PartnerVisitDayRow.direction == "out",
                    PartnerVisitDayRow.pseudonym == alias)))
                them = doc.other(self.public_key)
                out.append(DirectoryEntry(them.name, them.address, them.url, terms, days_left(terms, used, today),
                                          terms.names_shown and bool(consent and consent.shown)))
        return out

    def consent(self, member_id: str) -> bool:
        with self.store.session() as s:
            row = s.get(PartnerConsentRow, member_id)
            return bool(row and row.shown)

    def set_consent(self, member_id: str, shown: bool) -> None:
        """The member's own choice (their /me page) to be greeted by first name at partners."""
        with self.store.session() as s, s.begin():
            if s.get(ServerMemberRow, member_id) is None:
                raise ServerError(f"no member with id {member_id!r}", Code.MEMBER_NOT_FOUND, member_id=member_id)
            row = s.get(PartnerConsentRow, member_id)
            if row is None:
                s.add(PartnerConsentRow(member_id=member_id, shown=shown, decided_at=self._now()))
            else:
                row.shown, row.decided_at = shown, self._now()

    # --- helpers ----------------------------------------------------------------------------------
    def _keep(self, signed: wire_p.SignedAgreement, doc: wire_p.Agreement, status: str) -> None:
        with self.store.session() as s, s.begin():
            self._keep_in(s, signed, doc, status)

    def _keep_in(self, s: Any, signed: wire_p.SignedAgreement, doc: wire_p.Agreement, status: str) -> None:
        them = doc.other(self.public_key)
        s.add(PartnershipRow(id=doc.id, document=signed.document, signatures=json.dumps(signed.signatures),
                             status=status, partner_key=them.public_key, partner_name=them.name,
                             partner_url=them.url.rstrip("/"), pseudonym_key=secrets.token_hex(32),
                             created_at=self._now()))

    @staticmethod
    def _row(s: Any, partnership_id: str) -> PartnershipRow:
        row: PartnershipRow | None = s.get(PartnershipRow, partnership_id)
        if row is None:
            raise ServerError(f"no partnership {partnership_id!r}", Code.PARTNER_NOT_FOUND)
        return row

    def _call(self, method: str, url: str, body: bytes, signed: bool = True) -> httpx.Response:
        path = httpx.URL(url).raw_path.decode()
        headers = wire_p.sign_request(self.key, method, path, body, self._now()) if signed else {}
        try:
            answer = self._send(method, url, body, headers)
        except httpx.HTTPError:
            raise ServerError(f"{url} did not answer", Code.PARTNER_UNREACHABLE, url=url) from None
        if answer.status_code >= 300:
            raise ServerError(f"{url} answered {answer.status_code}: {answer.text[:200]}", Code.PARTNER_UNREACHABLE,
                              url=url)
        return answer
