"""Every door screen at its worst: 80-character names in several scripts, long visitor types,
40 people in and nobody in. The layout test (tests/ui/test_layout.py) checks each scene in
three languages at three sizes; tools/screenshots.py photographs them into a montage.

A scene is (name, widget): the widget is set up for the scene when the generator yields it
and stays so until the next one is asked for."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QWidget

from kiosk.domain.checkin import Notice, Outcome, Refusal
from kiosk.domain.guest_flow import GuestOffer, Step
from kiosk.domain.guests import DEFAULT_VISITOR_TYPES, GuestProblem, InvalidGuest, VisitorType
from kiosk.domain.policies import DEFAULT_TEXTS, Policy, PolicyKind
from kiosk.domain.social import HereNow
from kiosk.services.checkin import ScanResult
from kiosk.ui.sync_worker import SyncStatus

CPH = ZoneInfo("Europe/Copenhagen")
MORNING = datetime(2026, 3, 2, 7, 40, tzinfo=UTC)
SIZES = [(1024, 600), (1280, 800), (1920, 1080)]

# 80 characters each, in several scripts; one without a space to break at.
LONG_NAMES = [
    "Maria-Magdalena Sophie Charlotte Wilhelmine von Hohenzollern-Sigmaringen-Løvensk",
    "Αλέξανδρος Παπαδόπουλος-Καραμανλής Κωνσταντινουπολίτης Θεσσαλονικεύς Ηρακλειδης",
    "Александра Владимировна Константинопольская-Преображенская Санкт-Петербургская",
    "Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschaferswessenschaf",
]
LONG_SPACE = "Cowork Klitmøller og Omegns Andelsforening for Fjernarbejde"
LONG_TYPES = (
    VisitorType("daypass", {lang: ("Tagespass für eine ganztägige Arbeit an einem festen Schreibtisch mit "
                                   "Kaffee")[:80] for lang in ("da", "en", "de")}, price_ore=1_234_500),
    VisitorType("workshop", {lang: "Deltager i en heldagsworkshop om bæredygtig lokal udvikling i Thy og Mors"
                             for lang in ("da", "en", "de")}, needs_host=True),
    *DEFAULT_VISITOR_TYPES[2:],
)


LONG_TAGS = ("Förderanträge bei der EU-Kommiss", "Bienenhaltung und Honigverkauf", "3D-Druck, Lasercutter, CNC-Frä")
# 40 in: 24 who opted in (long first names, three long tags each), 16 others.
CROWD = HereNow(tuple((name.split()[0] if i < len(LONG_NAMES) else f"Mette{i:02d}", LONG_TAGS)
                      for i, name in enumerate(LONG_NAMES * 6)), 16)
CHECKLIST = [("Tænd lyset i alle lokaler, også i mødelokalet på første sal og i køkkenet ved siden af "
              "trappen")[:80]] * 12


def _offer(types: tuple[VisitorType, ...] = LONG_TYPES) -> GuestOffer:
    policies = {kind: Policy(kind, 1, DEFAULT_TEXTS[kind]) for kind in PolicyKind}
    return GuestOffer(types=types, policies=policies, languages=["da", "en", "de"], retention_days=30,
                      mobilepay_number="+45 12 34 56 78 90", closing_time="22:00")


def _result(**kw: object) -> ScanResult:
    base: dict[str, object] = dict(at=MORNING, member_id="m1", name=LONG_NAMES[0], first_name=LONG_NAMES[0])
    base.update(kw)
    return ScanResult(**base)  # type: ignore[arg-type]


def door_scenes(lang: str, frame: Callable[[], object] | None = None) -> Iterator[tuple[str, QWidget]]:
    """The door's screens in the current language (`lang` is what the guest flow is given)."""
    from kiosk.ui.screens.guest import GuestFlow
    from kiosk.ui.screens.guest.texts import problem_text
    from kiosk.ui.screens.manual_entry import ManualEntryScreen
    from kiosk.ui.screens.result_screen import ResultScreen
    from kiosk.ui.screens.scan_screen import ScanScreen

    scan = ScanScreen(LONG_SPACE)
    scan.set_clock("08:40")
    scan.set_offered(["da", "en", "de"])  # the language buttons the door shows, as the controller sets them
    scan.set_language(lang)
    scan.set_contact("kontakt@cowork-klitmoeller.dk, +45 12 34 56 78")
    scan.set_in_now(40)
    scan.set_demo(True)
    scan.set_read_aloud(True, on=True)  # speech available: its button in the top bar too
    if frame is not None:
        scan.show_frame(frame())  # type: ignore[arg-type]
    scan.set_sync_status(SyncStatus(enrolled=True, online=False, offline_since="2026-03-02T06:12:00+00:00",
                                    pending=1234, rejected=12, revoked=False))
    yield "scan-40-in", scan
    scan.set_here(CROWD)
    yield "scan-here-named", scan
    scan.set_here(HereNow((("Anna", ("web design",)), ("Lars", ("3D print",))), 3))
    yield "scan-here-short", scan
    scan.set_here(HereNow((), 0))
    scan.set_in_now(0)
    scan.set_camera_problem("unavailable")
    scan.set_hint(True)
    yield "scan-camera-problem", scan
    scan.set_camera_problem(None)
    scan.set_hint(False)

    result = ResultScreen(CPH)
    result.show_result(_result(outcome=Outcome.CHECKED_IN, others_in=39, clips_left=1, demo=True,
                               notices=(Notice.LOW_CLIPS,)))
    yield "welcome-low-clips", result
    from kiosk.ui.workers import WelcomeSocial

    welcome = _result(outcome=Outcome.CHECKED_IN, others_in=39, clips_left=1, notices=(Notice.LOW_CLIPS,))
    result.show_result(welcome, WelcomeSocial("m1", HereNow(CROWD.named[:23], 16), visible=True))
    yield "welcome-social-hide-me", result
    result.hidden("m1")
    yield "welcome-social-hidden", result
    result.show_result(_result(outcome=Outcome.CHECKED_IN, others_in=0, valid_until=date(2026, 12, 30),
                               notices=(Notice.PLAN_ENDS_SOON,), first_name=LONG_NAMES[1]))
    yield "welcome-plan-ending", result
    result.show_result(_result(outcome=Outcome.CHECKED_IN, others_in=5, guest=True, valid_until=MORNING.date(),
                               notices=(Notice.DAYPASS_TONIGHT,), first_name=LONG_NAMES[3]))
    yield "welcome-daypass", result
    result.show_result(_result(outcome=Outcome.CHECKED_OUT, time_today=timedelta(hours=10, minutes=59),
                               first_name=LONG_NAMES[2]))
    yield "goodbye", result
    for refusal in (Refusal.EXPIRED, Refusal.NO_CLIPS, Refusal.NOT_YET_VALID, Refusal.FOREIGN, Refusal.PHONE_REVOKED):
        result.show_result(_result(outcome=Outcome.REFUSED, refusal=refusal))
        yield f"refused-{refusal.value}", result
    result.show_storage_error("disk full")
    yield "storage-error", result
    result.show_bug()
    yield "bug", result
    result.stop()

    manual = ManualEntryScreen()
    manual.start()
    for ch in "K7QD4M2X1":
        manual.press(ch)
    manual.confirm()  # a wrong check character: the message shows
    yield "manual-entry", manual
    manual.cancel()

    flow = GuestFlow()
    offer = _offer()
    flow.start(offer, lang)
    yield "guest-language", flow
    flow.model.draft.language = lang
    flow.model.go(Step.NAME)
    flow._show(Step.NAME)
    flow.name_edit.setText(LONG_NAMES[0])
    flow.name_page.show_error(problem_text(InvalidGuest("name", "", GuestProblem.UNSHOWABLE)))
    yield "guest-name", flow
    flow.model.go(Step.CONTACT)
    flow._show(Step.CONTACT)
    flow.email_edit.setText("maria-magdalena.von.hohenzollern-sigmaringen@example-university.de")
    flow.company_edit.setText(LONG_NAMES[2])
    flow.contact_page.show_error(problem_text(InvalidGuest("email", "", GuestProblem.NOT_EMAIL)))
    yield "guest-contact", flow
    flow.model.go(Step.REASON)
    flow._show(Step.REASON)
    yield "guest-reason", flow
    flow.model.choose_reason(offer.types[1])
    flow._show(Step.HOST)
    flow.search.setText("Mar")
    from kiosk.services.guests import HostChoice

    flow.set_hosts([HostChoice(f"m{i}", name) for i, name in enumerate(LONG_NAMES)])
    yield "guest-host", flow
    flow.choose_host("m0", LONG_NAMES[0])
    yield "guest-tell-host", flow
    flow.tell_host(False)
    yield "guest-rules", flow
    flow.accept_policy(Step.RULES)
    yield "guest-privacy", flow
    flow.model.draft.visitor_type = offer.types[0]
    flow.model.go(Step.PAYMENT)
    flow._show(Step.PAYMENT)
    yield "guest-payment", flow
    from kiosk.services.guests import DayPass

    flow.model.draft.payment_method = "mobilepay"
    flow.show_pass(DayPass(member_id="g1", name=LONG_NAMES[1], code="M1." + "A" * 120, short_code="K7QD-4M2X-Q",
                           valid_on=MORNING.date(), checked_in=_result(outcome=Outcome.CHECKED_IN)))
    yield "guest-pass", flow
    flow._stop()

    from kiosk.domain.checklists import Checklist
    from kiosk.ui.screens.checklist import ChecklistScreen
    from kiosk.ui.screens.whos_here import WhosHereScreen

    whos = WhosHereScreen()
    whos.start(CROWD)
    yield "whos-here", whos
    whos.start(HereNow((), 7))
    yield "whos-here-numbers", whos
    whos.stop()
    checklist = ChecklistScreen()
    checklist.start(Checklist.OPENING, CHECKLIST)
    yield "checklist-opening", checklist
    checklist.start(Checklist.CLOSING, ["Luk vinduerne", "Slå alarmen til (kode på sedlen i skuffen)"])
    yield "checklist-closing", checklist
    checklist.stop()

    from kiosk.ui.screens.host import HostUnlockScreen

    unlock = HostUnlockScreen()
    unlock.start()
    for digit in "2468":
        unlock.press(digit)
    unlock.refused("wrong")
    yield "host-pin", unlock
    unlock.cancel()

    from kiosk.ui.screens.door_pin import DoorPinScreen

    door_pin = DoorPinScreen()
    door_pin.start("DK1:demo", LONG_NAMES[3])  # a first name of 80 characters, no space to break at
    for digit in "7391":
        door_pin.press(digit)
    door_pin.wrong(2)
    yield "door-pin", door_pin
    door_pin.cancel()
