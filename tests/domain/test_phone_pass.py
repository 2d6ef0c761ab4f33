"""The phone pass: verified offline with the phone's public key; a step from another time is
refused, as is any damage, another phone's key, or a revoked phone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.codes import CodeProblem, CodeRejected
from kiosk.domain.phone_pass import (
    Algorithm,
    DeviceKey,
    PassProblem,
    PassRefused,
    device_key_id,
    encode_pass,
    signed_bytes,
    step_at,
    verify_pass,
)

NOW = datetime(2026, 11, 30, 9, 0, 10, tzinfo=UTC)
MEMBER = "0123456789abcdef"


class Phone:
    """A phone's key pair as the browser makes it (the private half never leaves the phone)."""

    def __init__(self, algorithm: Algorithm, member_id: str = MEMBER) -> None:
        self.algorithm, self.member_id = algorithm, member_id
        self.key = ec.generate_private_key(ec.SECP256R1()) if algorithm is Algorithm.ECDSA_P256 \
            else Ed25519PrivateKey.generate()
        self.spki = self.key.public_key().public_bytes(serialization.Encoding.DER,
                                                        serialization.PublicFormat.SubjectPublicKeyInfo)
        self.key_id = device_key_id(self.spki)

    def device(self, revoked: bool = False) -> DeviceKey:
        return DeviceKey(self.key_id, self.member_id, self.algorithm, self.spki, revoked)

    def show(self, at: datetime, member_id: str | None = None) -> str:
        member = member_id or self.member_id
        message = signed_bytes(member, self.key_id, step_at(at))
        if self.algorithm is Algorithm.ED25519:
            signature = self.key.sign(message)
        else:  # WebCrypto's ECDSA signature is r || s, not DER
            r, s = decode_dss_signature(self.key.sign(message, ec.ECDSA(hashes.SHA256())))
            signature = r.to_bytes(32, "big") + s.to_bytes(32, "big")
        return encode_pass(member, self.key_id, step_at(at), signature)


@pytest.mark.parametrize("algorithm", list(Algorithm))
def test_a_pass_from_now_is_accepted_and_one_from_a_minute_ago_is_expired(algorithm):
    phone = Phone(algorithm)
    keys = {phone.key_id: phone.device()}
    shown = verify_pass(phone.show(NOW), keys, NOW)
    assert (shown.member_id, shown.key_id, shown.step) == (MEMBER, phone.key_id, step_at(NOW))
    assert verify_pass(phone.show(NOW - timedelta(seconds=30)), keys, NOW).step == step_at(NOW) - 1
    with pytest.raises(PassRefused) as old:
        verify_pass(phone.show(NOW - timedelta(minutes=1, seconds=30)), keys, NOW)
    assert old.value.problem is PassProblem.EXPIRED
    with pytest.raises(PassRefused):  # a pass made for the future (a phone whose clock runs ahead)
        verify_pass(phone.show(NOW + timedelta(minutes=2)), keys, NOW)


def test_a_screenshot_shown_the_next_day_is_refused_as_expired():
    phone = Phone(Algorithm.ECDSA_P256)
    screenshot = phone.show(NOW)
    with pytest.raises(PassRefused) as refused:
        verify_pass(screenshot, {phone.key_id: phone.device()}, NOW + timedelta(days=1))
    assert refused.value.problem is PassProblem.EXPIRED


def test_a_revoked_phone_is_refused_with_its_own_reason():
    phone = Phone(Algorithm.ECDSA_P256)
    with pytest.raises(PassRefused) as refused:
        verify_pass(phone.show(NOW), {phone.key_id: phone.device(revoked=True)}, NOW)
    assert refused.value.problem is PassProblem.DEVICE_REVOKED


def test_another_phone_key_or_another_members_id_cannot_be_used():
    mine, thief = Phone(Algorithm.ECDSA_P256), Phone(Algorithm.ECDSA_P256, member_id="fedcba9876543210")
    keys = {mine.key_id: mine.device(), thief.key_id: thief.device()}
    # The thief's own phone, claiming to be me: the key belongs to someone else.
    with pytest.raises(CodeRejected) as claimed:
        verify_pass(thief.show(NOW, member_id=MEMBER), keys, NOW)
    assert claimed.value.problem is CodeProblem.FOREIGN
    # The thief signs with their key but names my key id: the signature does not match.
    payload = signed_bytes(MEMBER, mine.key_id, step_at(NOW))
    r, s = decode_dss_signature(thief.key.sign(payload, ec.ECDSA(hashes.SHA256())))
    forged = encode_pass(MEMBER, mine.key_id, step_at(NOW), r.to_bytes(32, "big") + s.to_bytes(32, "big"))
    with pytest.raises(CodeRejected) as bad:
        verify_pass(forged, keys, NOW)
    assert bad.value.problem is CodeProblem.FORGED
    with pytest.raises(CodeRejected) as unknown:
        verify_pass(Phone(Algorithm.ED25519).show(NOW), keys, NOW)
    assert unknown.value.problem is CodeProblem.FOREIGN


def test_an_ed25519_key_registered_as_ecdsa_is_not_accepted():
    phone = Phone(Algorithm.ED25519)
    wrong = DeviceKey(phone.key_id, MEMBER, Algorithm.ECDSA_P256, phone.spki)
    with pytest.raises(CodeRejected) as bad:
        verify_pass(phone.show(NOW), {phone.key_id: wrong}, NOW)
    assert bad.value.problem is CodeProblem.FORGED


@given(st.text(max_size=700))
def test_any_text_is_refused_with_a_reason_never_a_crash(text):
    try:
        verify_pass(text, {}, NOW)
    except (CodeRejected, PassRefused) as exc:
        assert exc.problem
    else:
        pytest.fail("random text verified")


@given(st.binary(min_size=0, max_size=120))
def test_damaged_passes_are_malformed_or_forged(noise):
    phone = PHONE
    good = phone.show(NOW)
    body = good[4:]
    flipped = good[:4] + "".join(chr(ord("A") + (ord(c) + b) % 26) if i < len(noise) else c
                                for i, (c, b) in enumerate(zip(body, noise + bytes(len(body)), strict=False)))
    try:
        verify_pass(flipped, {phone.key_id: phone.device()}, NOW)
    except (CodeRejected, PassRefused) as exc:
        assert exc.problem in (CodeProblem.MALFORMED, CodeProblem.FORGED, CodeProblem.FOREIGN,
                               PassProblem.EXPIRED)
    else:
        assert flipped == good  # only an unchanged pass verifies


PHONE = Phone(Algorithm.ECDSA_P256)


@pytest.mark.parametrize("algorithm", list(Algorithm))
def test_a_pass_carries_no_base32_padding(algorithm):
    # Found by mutation testing (tools/mutation.sh): the '=' padding is cut, so a pass is only
    # letters and digits after its prefix (a smaller QR code, nothing for a scanner to mistype).
    shown = Phone(algorithm).show(NOW)
    assert "=" not in shown and shown.split(":", 1)[1].isalnum()
