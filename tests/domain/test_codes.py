import base64
import contextlib

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.codes import (
    CROCKFORD,
    CodeProblem,
    CodeRejected,
    issue_code,
    key_id_of,
    normalize_short_code,
    short_code_for,
    verify_code,
)

KEY = Ed25519PrivateKey.generate()
TRUSTED = {key_id_of(KEY.public_key()): KEY.public_key()}
MEMBER = "0123456789abcdef"


def problem(text: str, trusted=TRUSTED) -> CodeProblem:
    with pytest.raises(CodeRejected) as info:
        verify_code(text, trusted)
    return info.value.problem


def test_round_trip_and_alphanumeric_only():
    code = issue_code(KEY, MEMBER, 7)
    assert code.startswith("KM1:")
    # Only QR alphanumeric characters, so the code is encoded compactly.
    assert set(code) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 $%*+-./:")
    got = verify_code(code, TRUSTED)
    assert (got.member_id, got.serial) == (MEMBER, 7)


def test_code_carries_no_personal_data():
    code = issue_code(KEY, MEMBER, 1)
    raw = base64.b32decode(code[4:] + "=" * (-len(code[4:]) % 8))
    assert len(raw) == 15 + 64  # version, key id, member id, serial + signature, nothing else


def test_foreign_key_is_named_foreign():
    other = Ed25519PrivateKey.generate()
    assert problem(issue_code(other, MEMBER, 1)) is CodeProblem.FOREIGN


def test_altered_code_is_forged():
    code = issue_code(KEY, MEMBER, 1)
    raw = bytearray(base64.b32decode(code[4:] + "=" * (-len(code[4:]) % 8)))
    raw[10] ^= 0x01  # change the member id
    altered = "KM1:" + base64.b32encode(bytes(raw)).decode().rstrip("=")
    assert problem(altered) is CodeProblem.FORGED


@pytest.mark.parametrize("text", ["https://example.com", "WIFI:S:net;T:WPA;P:x;;", "", "x" * 5000,
                                  "hello KM1:"])
def test_other_codes_are_not_ours(text):
    assert problem(text) is CodeProblem.NOT_OURS


@pytest.mark.parametrize("text", ["KM1:", "KM1:AAAA", "KM2:AAAA", "KM1:!!!!", "KMX", "KM1:" + "A" * 127])
def test_damaged_codes_are_malformed(text):
    assert problem(text) in (CodeProblem.MALFORMED, CodeProblem.FOREIGN)


def test_truncated_code_is_malformed():
    assert problem(issue_code(KEY, MEMBER, 1)[:-3]) is CodeProblem.MALFORMED


@given(st.text(max_size=300))
def test_any_text_is_decided_without_crashing(text):
    with contextlib.suppress(CodeRejected):
        verify_code(text, TRUSTED)


def test_short_code_has_check_character_and_tolerates_typos():
    code = issue_code(KEY, MEMBER, 1)
    short = short_code_for(code)
    assert len(short) == 11 and short[4] == "-" and short[9] == "-"
    assert normalize_short_code(short.lower().replace("-", " ")) == short
    typed_with_o = short.replace("0", "O")
    assert normalize_short_code(typed_with_o) == short


@given(st.integers(0, 7), st.sampled_from(CROCKFORD))
def test_short_code_catches_every_single_substitution(pos, ch):
    short = short_code_for(issue_code(KEY, MEMBER, 1)).replace("-", "")
    if short[pos] == ch:
        return
    wrong = short[:pos] + ch + short[pos + 1:]
    assert normalize_short_code(wrong) is None


def test_codes_typed_through_a_foreign_keyboard_layout_still_verify():
    from kiosk.domain.codes import typed_variants

    code = issue_code(KEY, MEMBER, 1)
    danish = code.replace(":", "Æ")  # a US-layout scanner on a Danish keyboard
    german = "KM1Ö" + code[4:].translate(str.maketrans("YZ", "ZY"))  # QWERTZ swaps Y and Z
    caps = code.lower()
    for typed in (danish, german, caps):
        assert any(_verifies(v) for v in typed_variants(typed)), typed
    assert typed_variants("https://x") == ["https://x"]


def _verifies(text):
    try:
        verify_code(text, TRUSTED)
        return True
    except CodeRejected:
        return False


def test_a_short_code_with_a_character_too_many_is_not_one():
    # Found by mutation testing: the length and the alphabet are each enough to refuse.
    short = short_code_for(issue_code(KEY, MEMBER, 1))
    assert normalize_short_code(short + "7") is None and normalize_short_code(short[:-1]) is None
