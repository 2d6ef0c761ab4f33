"""Tables of the central server's database (PostgreSQL in production, SQLite by default)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kiosk.core.sqltypes import UTCDateTime

# SQLite autoincrements only INTEGER PRIMARY KEY; PostgreSQL gets a BIGINT identity.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class ServerBase(DeclarativeBase):
    pass


class MetaRow(ServerBase):
    __tablename__ = "server_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class LocationRow(ServerBase):
    __tablename__ = "locations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)


class KioskRow(ServerBase):
    __tablename__ = "kiosks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"), nullable=True)
    device_id: Mapped[str | None] = mapped_column(String(36), unique=True, nullable=True)  # assigned by the server
    # The id the kiosk stamps on its own events (version 1 kiosks know no other): an alias for
    # its events only, never an identity, so not unique (migration s0007).
    local_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    enroll_code_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    enroll_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    enrolled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    pending: Mapped[int] = mapped_column(Integer, default=0)
    # Roster requests this kiosk may have applied directly (comma-separated ops; None: the
    # default set), and the most clips one top-up may add without a host (kiosk/server/requests.py).
    permissions: Mapped[str | None] = mapped_column(String(200), nullable=True)
    top_up_limit: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The kiosk's key for short codes (hex): the roster carries HMAC(key, short code) only.
    short_code_key: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # The kiosk's health as it last reported it with a push (protocol 2, migration s0009): its
    # version and its doctor's warnings (JSON, cut to wire.MAX_WARNINGS x wire.MAX_SAYS).
    reported_version: Mapped[str | None] = mapped_column(String(40), nullable=True)
    warnings: Mapped[str | None] = mapped_column(Text, nullable=True)
    health_reported_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # When the record was first enrolled (a renewed enrollment keeps it), and the newest time on
    # the kiosk's own clock of an event of it that was applied (s0010; server/event_rules.py).
    first_enrolled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    newest_recorded_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class ServerMemberRow(ServerBase):
    __tablename__ = "members"
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(254), default="")
    plan_kind: Mapped[str] = mapped_column(String(16))
    valid_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    valid_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    clips_total: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), default="active")
    role: Mapped[str] = mapped_column(String(16), default="member")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    language: Mapped[str | None] = mapped_column(String(2), nullable=True)  # s0013: da, en, de; None: the door's


class ServerCardRow(ServerBase):
    __tablename__ = "cards"
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), primary_key=True)
    serial: Mapped[int] = mapped_column(Integer, primary_key=True)
    short_code: Mapped[str] = mapped_column(String(11), unique=True)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    key_id: Mapped[str | None] = mapped_column(String(8), nullable=True)  # the key that signed it (s0007)


class PublicKeyRow(ServerBase):
    __tablename__ = "public_keys"
    key_id: Mapped[str] = mapped_column(String(8), primary_key=True)
    public_key: Mapped[str] = mapped_column(String(64))  # hex
    label: Mapped[str] = mapped_column(String(64))
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)  # compromised: trusted nowhere
    revoked_reason: Mapped[str | None] = mapped_column(String(200), nullable=True)


class ChangeRow(ServerBase):
    """The roster change log that pull pages are cut from."""

    __tablename__ = "roster_changes"
    seq: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(8))
    ref: Mapped[str] = mapped_column(String(40))
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class ServerEventRow(ServerBase):
    __tablename__ = "events"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # stored at most once
    kiosk_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(16))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    effective_at: Mapped[datetime] = mapped_column(UTCDateTime)
    member_id: Mapped[str | None] = mapped_column(String(16), nullable=True)
    card_serial: Mapped[int | None] = mapped_column(Integer, nullable=True)
    visit_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    reason: Mapped[str | None] = mapped_column(String(32), nullable=True)
    source: Mapped[str] = mapped_column(String(16))
    clock_offset_ms: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # A host rolled back what a revoked kiosk sent: kept, but part of no visit any more (s0010).
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (Index("ix_server_events_kiosk_seq", "kiosk_id", "seq"),
                      Index("ix_server_events_member", "member_id"))


class ServerVisitRow(ServerBase):
    """Presence across kiosks, derived from check-in and check-out events as they arrive."""

    __tablename__ = "visits"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the kiosk's visit id
    member_id: Mapped[str] = mapped_column(String(16))
    kiosk_id: Mapped[str] = mapped_column(String(36))
    day: Mapped[date] = mapped_column(Date)
    checked_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    checked_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    checkout_kind: Mapped[str | None] = mapped_column(String(8), nullable=True)
    clip_charged: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # the day's clip

    __table_args__ = (Index("ix_server_visits_day", "day"),
                      Index("ix_server_visits_member_day", "member_id", "day"))


class HeldEventRow(ServerBase):
    """An event a kiosk sent that an honest door rarely sends (server/event_rules.py): answered as
    accepted (protocol 2 knows no "held"), kept apart, applied or discarded by a host (s0010)."""

    __tablename__ = "held_events"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kiosk_id: Mapped[str] = mapped_column(String(36))
    body: Mapped[str] = mapped_column(Text)  # the event as sent (wire.WireEvent as JSON)
    content_hash: Mapped[str] = mapped_column(String(64))
    visit_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)  # what follows is held too
    reason: Mapped[str] = mapped_column(String(40))  # a code (event_rules.Hold)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(16), index=True)  # held | applied | discarded
    decided_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class VisitCorrectionRow(ServerBase):
    """A visit a host's roll-back changed (reopened, closed otherwise, or removed): the pull tells
    every door, which sets its copy to the server's (wire.VisitCorrection; s0010)."""

    __tablename__ = "visit_corrections"
    visit_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    corrected_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class HostRow(ServerBase):
    """A person who may use the host pages. Passwords are stored as scrypt hashes."""

    __tablename__ = "hosts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class WebSessionRow(ServerBase):
    __tablename__ = "web_sessions"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    host_id: Mapped[int] = mapped_column(ForeignKey("hosts.id", ondelete="CASCADE"))
    csrf: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)


class AppliedRequestRow(ServerBase):
    """Roster requests from kiosks: each is recorded once (the id is the primary key), in the same
    transaction that applies it. A pending one keeps its body until a host approves or rejects it."""

    __tablename__ = "roster_requests"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kiosk_id: Mapped[str] = mapped_column(String(36))
    status: Mapped[str] = mapped_column(String(16), index=True)  # accepted | rejected | pending
    reason: Mapped[str | None] = mapped_column(String(200), nullable=True)
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime)  # when it arrived
    op: Mapped[str | None] = mapped_column(String(16), nullable=True)
    member_id: Mapped[str | None] = mapped_column(String(16), nullable=True)
    body: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON, while pending; and a top-up applied at once
    decided_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class LoginThrottleRow(ServerBase):
    """Failed host logins in a row, per account ("host:NAME") and per client address
    ("addr:IP"); kept in the database so a restart or a second worker does not forget them."""

    __tablename__ = "login_throttle"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime] = mapped_column(UTCDateTime)
    blocked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


# --- the social door (issue 13) -------------------------------------------------------------------
class VisibilityRow(ServerBase):
    """A member's consent to be seen at the door (kiosk.domain.social.Visibility): the newest
    decision per member, with the version of the wording agreed to and when."""

    __tablename__ = "member_visibility"
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), primary_key=True)
    visible: Mapped[bool] = mapped_column(Boolean, default=False)
    tags: Mapped[str] = mapped_column(Text, default="[]")  # JSON list, at most three
    version: Mapped[int] = mapped_column(Integer, default=0)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime)
    source: Mapped[str] = mapped_column(String(16))


class DoorRightRow(ServerBase):
    """A member's right to open a door with a lock at any hour (key-holders, 24/7 plans; issue 20).
    Sent beside the member record (wire.MemberSocial.any_hour), outside the roster checksum."""

    __tablename__ = "member_door_rights"
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), primary_key=True)
    any_hour: Mapped[bool] = mapped_column(Boolean, default=False)


class GuestPassRow(ServerBase):
    """A guest's day pass a door registered (its first check-in, source "guest", reached the
    server with a push), and a host's or the visited member's approval to let them in at that
    door on that day (kiosk/server/guest_passes.py). Kept two days; the guest's name only when
    they agreed to pass it on."""

    __tablename__ = "guest_passes"
    guest_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    kiosk_id: Mapped[str] = mapped_column(String(36), index=True)  # the door that made it (device id)
    host_member_id: Mapped[str | None] = mapped_column(String(16), nullable=True, index=True)
    guest_name: Mapped[str | None] = mapped_column(String(120), nullable=True)
    day: Mapped[date] = mapped_column(Date)
    arrived_at: Mapped[datetime] = mapped_column(UTCDateTime)
    approval_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    approved_by: Mapped[str | None] = mapped_column(String(8), nullable=True)  # host, member
    # The arrival mail's single-use link: SHA-256 of its token, cleared when used.
    link_hash: Mapped[str | None] = mapped_column(String(64), nullable=True, unique=True)


class MemberLoginCodeRow(ServerBase):
    """A one-time code for the members' page: stored as its SHA-256 only, used once, 15 minutes."""

    __tablename__ = "member_login_codes"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class MemberSessionRow(ServerBase):
    __tablename__ = "member_sessions"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    csrf: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)


class DeviceKeyRow(ServerBase):
    """A phone's public key for the phone pass (kiosk.domain.phone_pass.DeviceKey)."""

    __tablename__ = "device_keys"
    key_id: Mapped[str] = mapped_column(String(8), primary_key=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    algorithm: Mapped[str] = mapped_column(String(16))
    spki: Mapped[str] = mapped_column(Text)  # base64 of the DER SubjectPublicKeyInfo
    label: Mapped[str] = mapped_column(String(64), default="")
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class WebhookRow(ServerBase):
    """A host's webhook: where to post which of the door's moments, in which chat format."""

    __tablename__ = "webhooks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    url: Mapped[str] = mapped_column(String(500))
    format: Mapped[str] = mapped_column(String(16))  # json | slack | matrix | discord
    events: Mapped[str] = mapped_column(String(100))  # comma separated: first_in,last_out,guest_arrived
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class WebhookDeliveryRow(ServerBase):
    """One message to one webhook, queued in the database: sent by a background loop, retried
    with backoff, never by the request that caused it."""

    __tablename__ = "webhook_deliveries"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    webhook_id: Mapped[int] = mapped_column(ForeignKey("webhooks.id", ondelete="CASCADE"), index=True)
    event: Mapped[str] = mapped_column(String(16))
    body: Mapped[str] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_error: Mapped[str | None] = mapped_column(String(200), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PartnershipRow(ServerBase):
    """A partnership with another server (issue 22): the signed agreement as it was signed, and
    this server's secret for the partner's pseudonyms (kiosk.domain.partners)."""

    __tablename__ = "partnerships"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    document: Mapped[str] = mapped_column(Text)  # the exact text both servers signed
    signatures: Mapped[str] = mapped_column(Text)  # JSON: public key hex -> base64 signature
    status: Mapped[str] = mapped_column(String(16))  # offered (we signed, waiting), active
    partner_key: Mapped[str] = mapped_column(String(64), index=True)  # the other server's long-term key
    partner_name: Mapped[str] = mapped_column(String(80))
    partner_url: Mapped[str] = mapped_column(String(200))
    pseudonym_key: Mapped[str] = mapped_column(String(64))  # secret: HMAC key of our members' pseudonyms for them
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class PartnerFeedRow(ServerBase):
    """The partner's members as it last told us (kiosk.protocol.partners.PartnerFeed JSON)."""

    __tablename__ = "partner_feeds"
    partnership_id: Mapped[str] = mapped_column(ForeignKey("partnerships.id", ondelete="CASCADE"), primary_key=True)
    body: Mapped[str] = mapped_column(Text)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PartnerVisitDayRow(ServerBase):
    """Settlement: a day one of our members spent at a partner, as the partner reported it, or a
    day a partner's member spent here (direction 'out' / 'in'). One row per member and day, so a
    report sent twice counts once."""

    __tablename__ = "partner_visit_days"
    partnership_id: Mapped[str] = mapped_column(ForeignKey("partnerships.id", ondelete="CASCADE"), primary_key=True)
    direction: Mapped[str] = mapped_column(String(4), primary_key=True)  # in: their members here; out: ours there
    pseudonym: Mapped[str] = mapped_column(String(16), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PartnerConsentRow(ServerBase):
    """A member's own choice to let partner spaces greet them by first name (default: no)."""

    __tablename__ = "member_partner_consent"
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), primary_key=True)
    shown: Mapped[bool] = mapped_column(Boolean, default=False)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime)
