"""SQLAlchemy tables of the kiosk database. Changes go through an Alembic migration."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kiosk.core.sqltypes import UTCDateTime


class Base(DeclarativeBase):
    pass


class SettingRow(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class TrustedKeyRow(Base):
    __tablename__ = "trusted_keys"
    key_id: Mapped[str] = mapped_column(String(8), primary_key=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    label: Mapped[str] = mapped_column(String(64))
    demo: Mapped[bool] = mapped_column(Boolean, default=False)
    roster_gen: Mapped[int] = mapped_column(Integer, default=0)  # snapshot generation (sync)
    own: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")  # this kiosk's key: day passes
    revoked: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")  # its cards are refused


class MemberRow(Base):
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
    demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    roster_gen: Mapped[int] = mapped_column(Integer, default=0)
    language: Mapped[str | None] = mapped_column(String(8), nullable=True)  # the holder's, when known (0012)


class CardRow(Base):
    __tablename__ = "cards"
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), primary_key=True)
    serial: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The short code as HMAC-SHA256 under the kiosk's short-code key: never in clear (0007).
    short_code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    issuer: Mapped[str | None] = mapped_column(String(8), nullable=True)  # key id, or "server" (domain.trust)
    roster_gen: Mapped[int] = mapped_column(Integer, default=0)


class VisitRow(Base):
    __tablename__ = "visits"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    checked_in_at: Mapped[datetime] = mapped_column(UTCDateTime)
    checked_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    checkout_kind: Mapped[str | None] = mapped_column(String(8), nullable=True)
    clip_charged: Mapped[bool] = mapped_column(Boolean, default=False)
    origin: Mapped[str | None] = mapped_column(String(36), nullable=True)  # another kiosk's; None = ours

    __table_args__ = (
        Index("ix_visits_member_day", "member_id", "day"),
        Index("ix_visits_day", "day"),
    )


class EventRow(Base):
    __tablename__ = "events"
    # seq orders events within this kiosk; it never depends on the wall clock.
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    kiosk_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(16))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    effective_at: Mapped[datetime] = mapped_column(UTCDateTime)
    member_id: Mapped[str | None] = mapped_column(String(16), nullable=True)
    card_serial: Mapped[int | None] = mapped_column(Integer, nullable=True)
    visit_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    reason: Mapped[str | None] = mapped_column(String(32), nullable=True)
    source: Mapped[str] = mapped_column(String(16))
    synced_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    rejected_reason: Mapped[str | None] = mapped_column(String(120), nullable=True)  # set aside by sync
    # A guest's arrival: whom they visit, and their name only if they agreed to pass it on (0010).
    host_member_id: Mapped[str | None] = mapped_column(String(16), nullable=True)
    guest_name: Mapped[str | None] = mapped_column(String(120), nullable=True)

    __table_args__ = (
        Index("ix_events_member_seq", "member_id", "seq"),
        Index("ix_events_unsynced", "synced_at", "seq"),
    )


class RosterRequestRow(Base):
    """Roster changes asked for at this kiosk while it is enrolled, waiting to go to the server.
    Kept apart from the event log: these carry names and e-mail addresses."""

    __tablename__ = "roster_requests"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    body: Mapped[str] = mapped_column(Text)  # the request as JSON
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str | None] = mapped_column(String(16), nullable=True)  # accepted | rejected
    reason: Mapped[str | None] = mapped_column(String(200), nullable=True)


class GuestDetailRow(Base):
    """What a guest told the door besides name and e-mail (those are on the member row).
    Deleted with the guest (retention, erasure): the foreign key cascades."""

    __tablename__ = "guest_details"
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), primary_key=True)
    company: Mapped[str] = mapped_column(String(80), default="")
    visitor_type: Mapped[str] = mapped_column(String(24))
    host_member_id: Mapped[str | None] = mapped_column(String(16), nullable=True)
    payment_method: Mapped[str | None] = mapped_column(String(16), nullable=True)
    price_ore: Mapped[int] = mapped_column(Integer, default=0)
    language: Mapped[str] = mapped_column(String(8))
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ConsentRow(Base):
    """One accepted text: who, which text, which version, when. Goes with the person."""

    __tablename__ = "consents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    version: Mapped[int] = mapped_column(Integer)
    accepted_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PolicyTextRow(Base):
    """Every version of the house rules and the privacy notice, in each language; never edited."""

    __tablename__ = "policy_texts"
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PaymentRow(Base):
    """A payment as declared at the door or recorded by a host (no payment gateway). When the
    person is deleted the row stays for the books, without the person (member_id set to NULL)."""

    __tablename__ = "payments"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    member_id: Mapped[str | None] = mapped_column(String(16), nullable=True, index=True)
    kind: Mapped[str] = mapped_column(String(16))  # daypass | topup
    amount_ore: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(16))
    clips: Mapped[int] = mapped_column(Integer, default=0)
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class AnonymousVisitRow(Base):
    """A visit of somebody whose data was deleted: only the times remain, for the statistics."""

    __tablename__ = "anonymous_visits"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    checked_in_at: Mapped[datetime] = mapped_column(UTCDateTime)
    checked_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    guest: Mapped[bool] = mapped_column(Boolean)


class RemoteClipDayRow(Base):
    """A day a clip-card member was in at any door, as the server last said (sync). With this
    kiosk's own charged days it makes the member's clips used, wherever they were spent."""

    __tablename__ = "remote_clip_days"
    member_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)


class HostPinRow(Base):
    """Each host's own PIN (scrypt: salt$hash). Goes with the member."""

    __tablename__ = "host_pins"
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), primary_key=True)
    pin_hash: Mapped[str] = mapped_column(String(200))


class HostLockoutRow(Base):
    """Wrong host PINs and the lock they caused, per host (member id) or for the pad ("pad"):
    kept here so that a restart does not clear a lock."""

    __tablename__ = "host_lockouts"
    subject: Mapped[str] = mapped_column(String(16), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locks: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class AuditRow(Base):
    """What a host did by hand (services.audit): opaque ids and codes only, never names."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    actor: Mapped[str | None] = mapped_column(String(16), nullable=True)
    action: Mapped[str] = mapped_column(String(24))
    subject: Mapped[str | None] = mapped_column(String(16), nullable=True)
    detail: Mapped[str] = mapped_column(String(120), default="")


class VisibilityRow(Base):
    """A member's choice to be named at the door (domain.social.Visibility): the newest decision
    from the server's roster or a withdrawal made at this door. Goes with the member."""

    __tablename__ = "member_visibility"
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), primary_key=True)
    visible: Mapped[bool] = mapped_column(Boolean)
    tags: Mapped[str] = mapped_column(Text)  # JSON list of up to three "ask me about" tags
    version: Mapped[int] = mapped_column(Integer)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime)
    source: Mapped[str] = mapped_column(String(16))


class DeviceKeyRow(Base):
    """A member's phone: the public key its phone passes are signed with (domain.phone_pass)."""

    __tablename__ = "device_keys"
    key_id: Mapped[str] = mapped_column(String(8), primary_key=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    algorithm: Mapped[str] = mapped_column(String(16))
    spki: Mapped[bytes] = mapped_column(LargeBinary)  # DER SubjectPublicKeyInfo
    revoked: Mapped[bool] = mapped_column(Boolean)


class PhonePassUseRow(Base):
    """Each phone pass (device, time step) this door answered, with its answer: shown again it
    gets the same answer and no second event. Kept a day, then pruned."""

    __tablename__ = "phone_pass_uses"
    key_id: Mapped[str] = mapped_column(String(8), primary_key=True)
    step: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    outcome: Mapped[str] = mapped_column(String(16))
    refusal: Mapped[str | None] = mapped_column(String(32), nullable=True)
    repeated: Mapped[str | None] = mapped_column(String(16), nullable=True)


class DoorRightRow(Base):
    """What opens the door for a member beyond their plan (domain.door): any hour (key-holders,
    24/7 plans; from the server's roster or `members add --any-hour`), and a guest's day pass
    approved by a host or the member they visit. Goes with the member."""

    __tablename__ = "member_door_rights"
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), primary_key=True)
    any_hour: Mapped[bool] = mapped_column(Boolean, default=False)
    guest_approved_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    approved_by: Mapped[str | None] = mapped_column(String(16), nullable=True)


class FobRow(Base):
    """A fob (RFID) enrolled to a member: its UID as HMAC under the kiosk's short-code key
    (domain.door.fob_uid, FOB_PREFIX), never in clear. Goes with the member."""

    __tablename__ = "member_fobs"
    uid_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)


class DoorPinRow(Base):
    """A member's own PIN for the door after hours (card + PIN; scrypt: salt$hash). Goes with the member."""

    __tablename__ = "member_door_pins"
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), primary_key=True)
    pin_hash: Mapped[str] = mapped_column(String(200))
    # Wrong PINs after this member's card and the lock they caused (domain.host.Lockout): while
    # it runs the card is refused; kept here so that a restart does not clear it.
    failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locks: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
