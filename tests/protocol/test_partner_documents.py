"""The partnership document and signed calls between servers (kiosk.protocol.partners)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.domain.partners import Terms
from kiosk.protocol import partners as p
from kiosk.protocol import wire

A, B, MALLORY = (Ed25519PrivateKey.generate() for _ in range(3))
TERMS = Terms(plans=("monthly",), days_per_month=5, weekdays=(0, 1, 2, 3, 4), opens=time(8), closes=time(18),
              names_shown=False, starts=date(2026, 12, 1))


def agreement(a=A, b=B) -> p.Agreement:
    def space(key, name):
        return p.Space(server_id=str(uuid.uuid4()), name=name, url=f"https://{name.lower()}.example",
                       public_key=p.public_hex(key))
    return p.Agreement(id=str(uuid.uuid4()), proposer=space(a, "Klitmøller"), partner=space(b, "Hanstholm"),
                       terms=p.WireTerms.of(TERMS), created_at=datetime(2026, 12, 7, tzinfo=UTC))


def test_signed_by_both_it_verifies_and_any_change_breaks_it() -> None:
    signed = p.propose(A, agreement()).sign(B)
    assert signed.verified().terms.to_terms() == TERMS
    changed = signed.model_copy(update={"document": signed.document.replace('"days_per_month":5',
                                                                            '"days_per_month":6')})
    with pytest.raises(p.BadDocument):
        changed.verified()
    with pytest.raises(p.BadDocument):
        p.propose(A, agreement()).verified()  # the partner has not signed yet
    # a third key's signature does not stand in for a party's
    only_mallory = p.SignedAgreement(document=signed.document).sign(A).sign(MALLORY)
    with pytest.raises(p.BadDocument):
        only_mallory.verified()


def test_a_document_not_in_its_signed_form_or_naming_one_key_twice_is_refused() -> None:
    doc = agreement()
    loose = p.SignedAgreement(document=doc.model_dump_json(indent=2)).sign(A).sign(B)
    with pytest.raises(p.BadDocument) as refused:
        loose.verified()
    assert refused.value.code == "partner_document_changed"
    with pytest.raises(p.BadDocument):
        p.propose(A, agreement(A, A)).sign(A).verified()


def test_fingerprints_read_aloud_are_forgiving_about_case_spaces_and_look_alikes() -> None:
    key = p.public_hex(A)
    printed = p.fingerprint(key)
    assert len(printed) == 39 and printed.count(" ") == 7
    assert p.same_fingerprint(printed.lower().replace(" ", "-"), key)
    assert not p.same_fingerprint(p.fingerprint(p.public_hex(B)), key)


def test_a_signed_call_holds_only_for_its_method_path_body_and_a_few_minutes() -> None:
    now = datetime(2026, 12, 7, 12, tzinfo=UTC)
    headers = p.sign_request(B, "POST", "/api/v1/partners/visits", b"{}", now)
    assert p.verify_request(headers, "POST", "/api/v1/partners/visits", b"{}", now) == p.public_hex(B)
    for method, path, body, at in (("GET", "/api/v1/partners/visits", b"{}", now),
                                   ("POST", "/api/v1/partners/feed", b"{}", now),
                                   ("POST", "/api/v1/partners/visits", b"{ }", now),
                                   ("POST", "/api/v1/partners/visits", b"{}", now + timedelta(minutes=6))):
        with pytest.raises(p.BadDocument):
            p.verify_request(headers, method, path, body, at)


@pytest.mark.parametrize("off", [timedelta(minutes=6), -timedelta(days=3), timedelta(days=400)])
def test_a_call_from_a_clock_far_off_is_refused_as_stale_not_as_forged(off) -> None:
    now = datetime(2026, 12, 7, 12, tzinfo=UTC)
    headers = p.sign_request(B, "GET", "/api/v1/partners/feed", b"", now + off)
    with pytest.raises(p.BadDocument) as refused:
        p.verify_request(headers, "GET", "/api/v1/partners/feed", b"", now)
    assert refused.value.code == "partner_request_stale"
    forged = {**headers, p.SIGNATURE_HEADER: p.sign_request(A, "GET", "/api/v1/partners/feed", b"", now)[
        p.SIGNATURE_HEADER]}
    with pytest.raises(p.BadDocument) as refused:
        p.verify_request({**forged, p.TIME_HEADER: now.isoformat()}, "GET", "/api/v1/partners/feed", b"", now)
    assert refused.value.code == "partner_request_forged"


def test_the_partners_field_does_not_change_the_roster_checksum_older_kiosks_compute() -> None:
    """New and optional beside `member`, like the social fields: a kiosk that ignores it sums the same."""
    member = wire.RosterMember(id="a1b2c3d4e5f60718", name="Mette", plan_kind="monthly")
    card = wire.RosterCard(member_id=member.id, serial=1, short_code_hash="ab" * 32)
    page = wire.PullResponse(changes=[], cursor="x:1", more=False, reset=False,
                             checksum=wire.roster_checksum([member], [card]), server_time=datetime.now(UTC),
                             partners=[p.PartnerSpace(partnership_id=str(uuid.uuid4()), name="Klitmøller",
                                                      terms=p.WireTerms.of(TERMS), pseudonym_key="00" * 32,
                                                      keys=[])])
    older = wire.PullResponse.model_validate({k: v for k, v in page.model_dump(mode="json").items()
                                              if k != "partners"})
    assert older.checksum == page.checksum == wire.roster_checksum([member], [card])
