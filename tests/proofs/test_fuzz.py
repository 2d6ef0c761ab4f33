"""Fuzzing with hypothesis: whatever reaches the door (a QR's text, a typed short code, a hand
scanner's keystrokes, a CSV file, a guest's form) never crashes it, every refusal is a named
error with a message a person can read, and a refusal stores nothing."""

from __future__ import annotations

import string
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk import app
from kiosk.core.errors import InvalidInput
from kiosk.domain.checkin import Outcome, Refusal
from kiosk.domain.codes import CROCKFORD, CodeProblem, CodeRejected, normalize_short_code, verify_code
from kiosk.domain.guests import GuestForm
from kiosk.scan.wedge import MAX_LENGTH, MIN_LENGTH, WedgeBuffer
from kiosk.services.members import NewMember
from tests.conftest import build_kiosk, examples
from tests.fakes import FakeClock

FUZZ = settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow],
                print_blob=True)
SLOW_FUZZ = settings(FUZZ, max_examples=examples(60))  # each example writes to a real SQLite file


@pytest.fixture(scope="module")
def door(tmp_path_factory: pytest.TempPathFactory) -> Iterator[app.Kiosk]:
    kiosk = build_kiosk(tmp_path_factory.mktemp("fuzz") / "data", clock=FakeClock())
    yield kiosk
    kiosk.close()


@pytest.fixture(scope="module")
def card(door: app.Kiosk):  # type: ignore[no-untyped-def]
    [issued] = door.members.add_many([NewMember(name="Mette Fuzz")])
    return issued


def readable(message: str) -> None:
    """A message for a person: some words, one line or a few, no Python internals."""
    assert message.strip() and len(message) < 1000
    assert "Traceback" not in message and "object at 0x" not in message


# --- member codes ---------------------------------------------------------------------------
CODE_CHARS = string.ascii_uppercase + "234567:=-" + "æøåÆØÅ"


def mutated(code: str) -> st.SearchStrategy[str]:
    """A real code damaged the ways a bad print, a phone screen or a wrong layout damage it."""
    return st.one_of(
        st.integers(0, len(code) - 1).flatmap(lambda i: st.sampled_from(CODE_CHARS).map(
            lambda ch: code[:i] + ch + code[i + 1:])),
        st.integers(0, len(code)).map(lambda n: code[:n]),
        st.text(CODE_CHARS, max_size=20).map(lambda tail: code + tail),
        st.just(code.lower()), st.just(code.swapcase()), st.just(" " + code + "\n"),
    )


@FUZZ
@given(text=st.one_of(st.text(max_size=300), st.text(CODE_CHARS, max_size=120).map(lambda t: "KM1:" + t)))
def test_any_text_is_a_code_or_a_named_refusal(door: app.Kiosk, text: str) -> None:
    with door.store.reading() as tx:
        trusted = tx.trusted_keys()
    try:
        verify_code(text, trusted)
    except CodeRejected as rejected:
        assert rejected.problem in set(CodeProblem)
        readable(str(rejected))
    else:
        pytest.fail(f"random text verified as a member code: {text!r}")


@FUZZ
@given(data=st.data())
def test_a_damaged_code_is_refused_or_still_names_the_same_member(door: app.Kiosk, card, data) -> None:  # type: ignore[no-untyped-def]
    text = data.draw(mutated(card.code))
    result = door.checkin.check_in_code(text)
    if result.outcome is Outcome.REFUSED and result.member_id is None:
        assert result.refusal in (Refusal.MALFORMED, Refusal.NOT_OURS, Refusal.FOREIGN, Refusal.FORGED)
    else:
        assert result.member_id == card.member.id  # damage never turns into someone else


# --- short codes typed on the keypad --------------------------------------------------------
@FUZZ
@given(typed=st.one_of(st.text(max_size=40), st.text(CROCKFORD + "-ilo ", min_size=8, max_size=14)))
def test_any_typed_short_code_is_canonical_or_none(typed: str) -> None:
    canonical = normalize_short_code(typed)
    if canonical is not None:
        assert len(canonical) == 11 and canonical[4] == canonical[9] == "-"
        assert normalize_short_code(canonical) == canonical


@SLOW_FUZZ
@given(typed=st.text(CROCKFORD + "-ilo ", max_size=14))
def test_a_typed_short_code_is_a_member_or_a_malformed_refusal(door: app.Kiosk, card, typed: str) -> None:  # type: ignore[no-untyped-def]
    result = door.checkin.check_in_short_code(typed)
    if result.outcome is Outcome.REFUSED and result.member_id is None:
        assert result.refusal is Refusal.MALFORMED
    else:
        assert result.member_id == card.member.id


# --- a USB hand scanner (keyboard wedge) ------------------------------------------------------
@FUZZ
@given(keys=st.lists(st.tuples(st.text(max_size=2), st.floats(0, 0.5)), max_size=600),
       enter_gap=st.floats(0, 0.5))
def test_the_wedge_buffer_passes_only_fast_printable_input(keys: list[tuple[str, float]], enter_gap: float) -> None:
    wedge, now = WedgeBuffer(), 100.0
    for char, gap in keys:
        now += gap
        wedge.key(char, now)
    text = wedge.enter(now + enter_gap)
    if text is not None:
        assert MIN_LENGTH <= len(text) <= MAX_LENGTH * 2 and text.isprintable()
        assert enter_gap <= wedge.max_gap


@SLOW_FUZZ
@given(text=st.text(string.printable.strip() + "ÆØÅæøå", min_size=MIN_LENGTH, max_size=200))
def test_whatever_the_scanner_types_the_door_answers(door: app.Kiosk, text: str) -> None:
    result = door.checkin.check_in_code(text)
    assert result.outcome is Outcome.REFUSED and result.refusal is not None


# --- the CSV member import ----------------------------------------------------------------------
COLUMNS = ["name", "email", "plan", "clips", "valid_until", "phone"]
FIELD = st.one_of(st.text(max_size=30), st.sampled_from(["monthly", "clipcard", "10", "-1", "2026-13-01",
                                                           "2027-01-31", "a@b.dk", "", '"', ";", "\n"]))


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    header = draw(st.lists(st.sampled_from(COLUMNS), min_size=1, max_size=6, unique=True))
    sep = draw(st.sampled_from([",", ";", "\t"]))
    rows = draw(st.lists(st.lists(FIELD, min_size=len(header) - 1, max_size=len(header) + 1), max_size=8))
    lines = [sep.join(header)] + [sep.join(row) for row in rows]
    text = "\n".join(lines)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "latin-1", "utf-16"]))
    return text.encode(encoding, errors="replace")


@SLOW_FUZZ
@given(data=st.one_of(csv_files(), st.binary(max_size=300)))
def test_a_csv_import_adds_every_row_or_nothing_with_a_message(door: app.Kiosk, data: bytes) -> None:
    before = len(door.members.roster())
    try:
        issued = door.members.import_csv(data)
    except InvalidInput as refused:
        readable(str(refused))
        assert len(door.members.roster()) == before  # nothing half-imported
    else:
        assert issued and len(door.members.roster()) == before + len(issued)


# --- the guest form ---------------------------------------------------------------------------
NAMES = st.one_of(st.text(max_size=120), st.sampled_from(["Jürgen Müller", "Åse Østergård", "👩‍💻 Ana", "x" * 500]))


@SLOW_FUZZ
@given(name=NAMES, email=st.one_of(st.emails(), st.text(max_size=60)), company=st.text(max_size=120),
       visitor_type=st.sampled_from(["daypass", "guest", "event", "", "DAYPASS", "vip"]),
       host=st.one_of(st.none(), st.text(max_size=20)),
       payment=st.sampled_from([None, "mobilepay", "host", "invoice", "cash", ""]),
       language=st.sampled_from(["da", "en", "de", "fr", ""]), consent=st.booleans())
def test_a_guest_form_registers_or_is_refused_by_name_and_stores_nothing(
        door: app.Kiosk, name: str, email: str, company: str, visitor_type: str, host: str | None,
        payment: str | None, language: str, consent: bool) -> None:
    consents = {kind.value: p.version for kind, p in door.guests.policies().items()} if consent else {}
    with door.store.reading() as tx:
        people = len(tx.members())
    form = GuestForm(name=name, email=email, company=company, visitor_type=visitor_type, host_member_id=host,
                     payment_method=payment, language=language, consents=consents)
    try:
        day_pass = door.guests.register(form)
    except InvalidInput as refused:
        readable(str(refused))
        with door.store.reading() as tx:
            assert len(tx.members()) == people  # a refused form keeps nothing
    else:
        assert day_pass.checked_in.outcome is Outcome.CHECKED_IN
        assert day_pass.name and day_pass.name == day_pass.name.strip()  # the cleaned name was kept
        with door.store.reading() as tx:
            assert len(tx.members()) == people + 1

