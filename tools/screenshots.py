"""Render every kiosk screen at 1280x800 into docs/screenshots (offscreen Qt, real widgets),
and montages of every door screen at its worst (kiosk.ui.gallery: the scenes the layout test
checks) in da/en/de at 1024x600, 1280x800 and 1920x1080: docs/screenshots/montage-<size>-<lang>.jpg.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py            # both
    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py --montage  # the montages only
    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py --host-warnings  # the host view's warnings
"""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import cv2
from PySide6.QtWidgets import QApplication, QPushButton

from kiosk import paths
from kiosk.domain.checkin import Outcome, Refusal
from kiosk.domain.presence import PresenceEntry
from kiosk.services.checkin import ScanResult
from kiosk.ui import theme
from kiosk.ui.i18n import Languages
from kiosk.ui.screens.host import HostUnlockScreen
from kiosk.ui.screens.host_pages.view import HostScreen
from kiosk.ui.screens.manual_entry import ManualEntryScreen
from kiosk.ui.screens.result_screen import ResultScreen
from kiosk.ui.screens.scan_screen import ScanScreen
from kiosk.ui.workers import preview_image

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
CPH = ZoneInfo("Europe/Copenhagen")
MORNING = datetime(2026, 3, 2, 7, 40, tzinfo=UTC)


def demo_frame(index: int = 57):
    cap = cv2.VideoCapture(str(paths.DEMO_FEED))
    cap.set(cv2.CAP_PROP_POS_FRAMES, index)
    _, frame = cap.read()
    cap.release()
    return preview_image(frame, (888, 441))


THUMB_W, COLUMNS = 360, 4


def montages(app: QApplication, langs: Languages) -> None:
    """One picture per size and language: every gallery scene, scaled, with its name; then the
    larger text ("A A") at 1024x600 and the official Pi touchscreen's 800x480, and 800x480 with
    the normal text (docs/accessibility.md says which scenes do not fit it yet)."""
    from kiosk.ui.gallery import SIZES
    from kiosk.ui.text_size import TextSize

    small = [(1024, 600), (800, 480)]
    montage_set(app, langs, [*SIZES, (800, 480)], "")
    size = TextSize(app, lambda: "normal")
    size.toggle()
    try:
        montage_set(app, langs, small, "-large")
    finally:
        size.end()


def montage_set(app: QApplication, langs: Languages, sizes: list[tuple[int, int]], suffix: str) -> None:
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    from kiosk.ui.gallery import door_scenes

    for lang in ("da", "en", "de"):
        langs.switch(lang)
        shots: dict[tuple[int, int], list[tuple[str, QImage]]] = {size: [] for size in sizes}
        for name, widget in door_scenes(lang, frame=demo_frame):
            for width, height in sizes:
                widget.resize(width, height)
                widget.show()
                for _ in range(5):
                    app.processEvents()
                shots[(width, height)].append((name, widget.grab().toImage()))
            widget.hide()
        for (width, height), images in shots.items():
            thumb_h = round(THUMB_W * height / width)
            rows = -(-len(images) // COLUMNS)
            sheet = QImage(COLUMNS * (THUMB_W + 12) + 12, rows * (thumb_h + 40) + 12, QImage.Format.Format_RGB32)
            sheet.fill(QColor("#d8d2c4"))
            p = QPainter(sheet)
            p.setFont(theme.font(16, True))
            for i, (name, image) in enumerate(images):
                x, y = 12 + (i % COLUMNS) * (THUMB_W + 12), 12 + (i // COLUMNS) * (thumb_h + 40)
                p.drawText(QRect(x, y, THUMB_W, 26), Qt.AlignmentFlag.AlignLeft, name)
                p.drawImage(QRect(x, y + 26, THUMB_W, thumb_h),
                            image.scaled(THUMB_W, thumb_h, Qt.AspectRatioMode.IgnoreAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation))
            p.end()
            out = OUT / f"montage-{width}x{height}{suffix}-{lang}.jpg"
            sheet.save(str(out), quality=72)
            print(out)


def main() -> None:
    import sys

    app = QApplication([])
    theme.load_fonts()
    app.setFont(theme.font(20))
    app.setStyleSheet(theme.STYLE)
    langs = Languages(app)
    OUT.mkdir(parents=True, exist_ok=True)
    if "--host-warnings" in sys.argv:
        host_warnings(langs, app)
        return
    if "--social" not in sys.argv:
        montages(app, langs)
    if "--montage" in sys.argv:
        return

    def shoot(widget, name: str) -> None:
        widget.resize(1280, 800)
        widget.show()
        for _ in range(5):  # layout requests post further events (scroll areas follow their pages)
            app.processEvents()
        widget.grab().save(str(OUT / f"{name}.png"))
        print(OUT / f"{name}.png")

    if "--social" in sys.argv:
        social_door(langs, shoot)
        return

    base = dict(at=MORNING, member_id="m1", name="Mette Jensen", first_name="Mette")
    for lang in ("da", "en", "de"):
        langs.switch(lang)
        scan = ScanScreen("Cowork Klitmøller")
        scan.set_clock("08:40")
        scan.set_in_now(4)
        scan.set_language(lang)
        scan.show_frame(demo_frame())
        shoot(scan, f"scan-{lang}")
        result = ResultScreen(CPH)
        result.show_result(ScanResult(outcome=Outcome.CHECKED_IN, others_in=4, clips_left=2, **base))
        shoot(result, f"welcome-{lang}")
        result.show_result(ScanResult(outcome=Outcome.CHECKED_OUT,
                                      time_today=timedelta(hours=6, minutes=5), **base))
        shoot(result, f"goodbye-{lang}")
        result.show_result(ScanResult(outcome=Outcome.REFUSED, refusal=Refusal.EXPIRED, **base))
        shoot(result, f"refused-{lang}")
    langs.switch("da")
    scan = ScanScreen("Cowork Klitmøller")
    scan.set_clock("08:41")
    scan.set_in_now(4)
    scan.set_camera_problem("unavailable")
    shoot(scan, "camera-problem-da")
    result = ResultScreen(CPH)
    result.show_result(ScanResult(outcome=Outcome.CHECKED_IN, others_in=0,
                                  valid_until=date(2026, 3, 6), **base))
    shoot(result, "welcome-plan-ending-da")
    scan = ScanScreen("Cowork Klitmøller")
    scan.set_clock("08:42")
    scan.set_in_now(4)
    scan.show_frame(demo_frame(20))
    scan.set_hint(True)
    shoot(scan, "hint-da")
    keypad = ManualEntryScreen()
    keypad.start()
    for ch in "K7QD4M":
        keypad.press(ch)
    shoot(keypad, "manual-entry-da")
    unlock = HostUnlockScreen()
    unlock.start()
    for d in "24":
        unlock.press(d)
    shoot(unlock, "host-pin-da")
    host = HostScreen(CPH)
    host.show_people([PresenceEntry("m1", "Mette Jensen", False, MORNING, None, None),
                      PresenceEntry("m2", "Lars Holm", False, MORNING + timedelta(minutes=42), None, None),
                      PresenceEntry("m3", "Åse Ørum", False, MORNING + timedelta(hours=1), None, None)])
    shoot(host, "host-view-da")
    from kiosk.ui.screens.host_pages.roll_call import RollCallScreen

    roll = RollCallScreen()
    roll.show_people(host._people)
    roll.buttons[1].setChecked(True)
    shoot(roll, "roll-call-da")
    from kiosk.domain.checkin import Notice

    result = ResultScreen(CPH)
    result.show_result(ScanResult(outcome=Outcome.CHECKED_IN, others_in=4, clips_left=2,
                                  notices=(Notice.LOW_CLIPS,), **base))
    shoot(result, "welcome-low-clips-da")
    langs.switch("de")
    result.show_result(ScanResult(outcome=Outcome.CHECKED_IN, others_in=5, guest=True,
                                  valid_until=MORNING.date(), notices=(Notice.DAYPASS_TONIGHT,),
                                  **{**base, "name": "Jürgen Weiß", "first_name": "Jürgen"}))
    shoot(result, "welcome-daypass-de")
    social_door(langs, shoot)
    guest_and_host_screens(langs, shoot)
    host_worst_cases(langs, app)


def social_door(langs, shoot) -> None:  # type: ignore[no-untyped-def]
    """The social door (issue 13): who is in on the scan screen, Who's here, the welcome that
    names the others with "Hide me", the opening checklist. Names only of members who opted in."""
    from kiosk.domain.checklists import Checklist
    from kiosk.domain.social import HereNow
    from kiosk.ui.screens.checklist import ChecklistScreen
    from kiosk.ui.screens.whos_here import WhosHereScreen
    from kiosk.ui.workers import WelcomeSocial

    here = HereNow((("Anna", ("web design",)), ("Lars", ("3D print", "beekeeping"))), 3)
    for lang in ("da", "en", "de"):
        langs.switch(lang)
        scan = ScanScreen("Cowork Klitmøller")
        scan.set_clock("09:12")
        scan.set_in_now(here.total)
        scan.set_language(lang)
        scan.set_here(here)
        scan.show_frame(demo_frame())
        shoot(scan, f"social-idle-{lang}")
        whos = WhosHereScreen()
        whos.start(HereNow((("Anna", ("web design", "EU grants")), ("Lars", ("3D print", "beekeeping")),
                            ("Mette", ("bookkeeping",)), ("Søren", ())), 3))
        shoot(whos, f"social-whos-here-{lang}")
        whos.stop()
        result = ResultScreen(CPH)
        result.show_result(ScanResult(outcome=Outcome.CHECKED_IN, at=MORNING, member_id="m9", name="Mette Jensen",
                                      first_name="Mette", others_in=5, clips_left=7),
                           WelcomeSocial("m9", here, visible=True))
        shoot(result, f"social-welcome-{lang}")
        result.stop()
        checklist = ChecklistScreen()
        checklist.start(Checklist.OPENING, {"da": ["Tænd lyset", "Sæt kaffe over", "Sæt skiltet ud til vejen"],
                                            "en": ["Lights on", "Make coffee", "Put the sign out by the road"],
                                            "de": ["Licht an", "Kaffee kochen", "Schild an die Straße stellen"]}[lang])
        shoot(checklist, f"social-checklist-{lang}")
        checklist.stop()


class _Clock:
    def __init__(self, now: datetime) -> None:
        self.at = now

    def now(self) -> datetime:
        return self.at


def _sample_kiosk(data_dir: Path):  # type: ignore[no-untyped-def]
    """A real kiosk database with two weeks of visits, members and guests, for the host pages."""
    import random

    from kiosk import app
    from kiosk.core.members import NewMember
    from kiosk.domain.guests import GuestForm
    from kiosk.domain.members import PlanKind

    start = datetime(2026, 2, 16, 7, 0, tzinfo=UTC)
    clock = _Clock(start)
    kiosk = app.build(data_dir, clock=clock)
    app.apply_settings(kiosk, replace(kiosk.settings, space_name="Cowork Klitmøller", mobilepay_number="12 34 56 78"))
    names = ["Mette Jensen", "Lars Holm", "Åse Ørum", "Søren Kierkegaard", "Ida Bak", "Jonas Vestergaard",
             "Karen Blixen", "Niels Bohr", "Tove Ditlevsen", "Anders Fogh", "Pia Hansen", "Ole Kirk"]
    cards = kiosk.members.add_many([NewMember(name=n, plan=PlanKind.CLIPCARD if i % 3 == 0 else PlanKind.MONTHLY,
                                              clips=10 if i % 3 == 0 else 0, email=f"{n.split()[0].lower()}@example.dk")
                                    for i, n in enumerate(names)])
    rng = random.Random(4)
    consents = {k.value: p.version for k, p in kiosk.guests.policies().items()}
    for day in range(15):
        morning = start + timedelta(days=day)
        if morning.weekday() >= 5 and rng.random() < 0.6:
            continue
        people = rng.sample(cards, rng.randint(3, 9))
        arrivals = sorted(((rng.randint(0, 180), c) for c in people), key=lambda a: a[0])
        for minutes, card in arrivals:
            clock.at = morning + timedelta(minutes=minutes)
            kiosk.checkin.check_in_code(card.code)
        for g in range(rng.randint(0, 3)):
            clock.at = morning + timedelta(minutes=60 + 30 * g)
            kiosk.guests.register(GuestForm(name=rng.choice(["Jürgen Weiß", "Emma Smith", "Zoë Ångström"]),
                                            visitor_type=rng.choice(["daypass", "event"]), payment_method="mobilepay",
                                            consents=consents))
        for minutes, card in arrivals:
            clock.at = morning + timedelta(hours=rng.randint(5, 9), minutes=minutes)
            if day < 14 or rng.random() < 0.4:
                kiosk.checkin.check_in_code(card.code)
    clock.at = start + timedelta(days=14, hours=4)
    kiosk.guests.register(GuestForm(name="Jürgen Weiß", visitor_type="guest", host_member_id=cards[1].member.id,
                                    company="Weiß & Söhne GmbH", consents=consents, language="de"))
    return kiosk


def guest_and_host_screens(langs, shoot) -> None:  # type: ignore[no-untyped-def]
    import tempfile

    from kiosk import app
    from kiosk.services.guests import HostChoice
    from kiosk.ui.screens.guest import GuestFlow, GuestOffer
    from kiosk.ui.tasks import Tasks, TaskWorker

    kiosk = _sample_kiosk(Path(tempfile.mkdtemp()) / "data")
    worker = TaskWorker()  # on this thread: answers arrive at once
    tasks = Tasks(worker)
    offer = GuestOffer(types=kiosk.guests.visitor_types(), policies=kiosk.guests.policies(),
                       languages=["da", "en", "de"], mobilepay_number="12 34 56 78")
    langs.switch("da")
    flow = GuestFlow()
    flow.start(offer, "da")
    shoot(flow, "guest-1-language")
    langs.switch("de")
    flow.choose_language("de")
    flow.keyboard.type_text("Jürgen Weiß")
    shoot(flow, "guest-2-name-de")
    flow.next_from_text()
    flow.keyboard.type_text("juergen@example.de")
    shoot(flow, "guest-3-contact-de")
    flow.next_from_text()
    shoot(flow, "guest-4-reason-de")
    flow.choose_reason(offer.types[1])
    flow.keyboard.type_text("Lar")
    flow.set_hosts([HostChoice("x", "Lars Holm")])
    shoot(flow, "guest-5-host-de")
    flow.choose_host("x", "Lars Holm")
    shoot(flow, "guest-5b-tell-host-de")
    flow.tell_host(True)
    shoot(flow, "guest-6-rules-de")
    flow.accept_policy("rules")
    shoot(flow, "guest-7-privacy-de")
    flow.model.draft.visitor_type = offer.types[0]
    flow.model.go(flow.model.step.__class__.PAYMENT)
    flow._show(flow.model.step)
    shoot(flow, "guest-8-payment-de")
    consents = {k.value: p.version for k, p in kiosk.guests.policies().items()}
    from kiosk.domain.guests import GuestForm

    flow.draft.host = ("x", "Lars Holm")
    flow.show_pass(kiosk.guests.register(GuestForm(name="Jürgen Weiß", visitor_type="event", consents=consents)))
    shoot(flow, "guest-9-pass-de")

    langs.switch("da")

    desk = app.host_desk(kiosk)
    host = HostScreen(CPH, tasks=tasks, desk=desk)
    host.show_people(kiosk.presence.on().in_now)
    host.open_view()
    shoot(host, "host-view-da")
    for key in ("today", "members", "busy", "settings"):
        host.show_page(key)
        if key == "members":
            assert host.members is not None
            host.members.select(kiosk.members.search("mette")[0])
        if key == "busy":
            assert host.busy is not None
            host.busy.choose(14)
        shoot(host, f"host-{key}-da")
        if key == "busy":  # critical mass, below the other charts
            from PySide6.QtWidgets import QScrollArea

            area = host._holders["busy"]
            assert isinstance(area, QScrollArea)
            area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
            shoot(host, "host-critical-mass-da")
    host.hold()



WORST_NAMES = [  # 80 characters each, in five scripts; one word too long for any line
    "Anne-Sophie Østergaard-Bjørnskov Christiansen von Hohenzollern-Sigmaringen Ærø!",
    "Александра Константиновна Преображенская-Верещагина из Санкт-Петербурга Иванова",
    "Αικατερίνη Παπαδοπούλου-Χατζηγεωργίου της Θεσσαλονίκης και της Αλεξανδρούπολης",
    "عبد الرحمن بن محمد بن عبد العزيز آل سعود الفيصل من مدينة الرياض في المملكة الع",
    "王小明" * 26 + "王小",
    "Bartholomäus-Maximilian Wolfeschlegelsteinhausenbergerdorff Überschwänglich Groß",
]


def host_worst_cases(langs, app) -> None:  # type: ignore[no-untyped-def]
    """Every host page at its worst on a 7" panel (1024x600) in da/en/de: 500 members, 40 in
    now with 80-character names, a guest of a long visitor type, the keyboard up on a new
    clip card, the reasons open beside a long name. Files host-worst-<page>-<lang>.png."""
    import tempfile

    from kiosk import app as kiosk_app
    from kiosk.core.members import NewMember
    from kiosk.domain.guests import GuestForm, VisitorType, dump_visitor_types
    from kiosk.domain.members import PlanKind
    from kiosk.ui.screens.host_pages.roll_call import RollCallScreen
    from kiosk.ui.tasks import Tasks, TaskWorker

    kiosk = kiosk_app.build(Path(tempfile.mkdtemp()) / "data", clock=_Clock(MORNING))
    issued = kiosk.members.add_many([
        NewMember(name=WORST_NAMES[i % len(WORST_NAMES)] if i < 12 else f"Medlem {i:03d} Jensen",
                  plan=PlanKind.CLIPCARD if i % 3 == 0 else PlanKind.MONTHLY, clips=10 if i % 3 == 0 else 0)
        for i in range(500)])
    for card in issued[:39]:
        kiosk.checkin.check_in_code(card.code)
    long_type = "Workshop, Netværksmøde og Fællesspisning for Iværksættere fra hele Nordjylland"
    types = [*kiosk.settings.guest_types(), VisitorType("long", dict.fromkeys(("da", "en", "de"), long_type),
                                                          25000, True)]
    kiosk_app.apply_settings(kiosk, replace(kiosk.settings, visitor_types=dump_visitor_types(types)))
    consents = {k.value: p.version for k, p in kiosk.guests.policies().items()}
    kiosk.guests.register(GuestForm(name=WORST_NAMES[1], visitor_type="long", host_member_id=issued[0].member.id,
                                    payment_method="invoice", company=WORST_NAMES[3], consents=consents))
    worker = TaskWorker()  # on this thread: answers arrive at once (kept: Tasks holds no reference)
    tasks = Tasks(worker)
    host = HostScreen(CPH, tasks=tasks, desk=kiosk_app.host_desk(kiosk))
    roll = RollCallScreen()

    def shoot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        widget.resize(1024, 600)
        widget.show()
        for _ in range(8):
            app.processEvents()
        widget.grab().save(str(OUT / f"{name}.png"))
        print(OUT / f"{name}.png")

    people = kiosk.presence.on().in_now
    for lang in ("da", "en", "de"):
        langs.switch(lang)
        host.open_view()
        host.show_people(people)
        host.show_page("in_now")
        shoot(host, "_")
        host.findChild(type(host.close_button), "CheckOut").click()
        shoot(host, f"host-worst-in-now-{lang}")
        host.show_page("today")
        host.today.search.setText("an")
        host.today.search.textEdited.emit("an")
        shoot(host, "_")
        found = [b for b in host.today.findChildren(QPushButton) if b.objectName().startswith("checkin-")]
        found[0].click()
        shoot(host, f"host-worst-today-{lang}")
        host.show_page("members")
        host.members.select(kiosk.members.search("Anne-Sophie")[0])
        shoot(host, f"host-worst-members-{lang}")
        host.members.new_member()
        host.members._pick_plan(PlanKind.CLIPCARD)
        host.members.clips_edit.setFocus()
        host.set_keyboard(True, host.members.clips_edit)
        shoot(host, f"host-worst-new-member-{lang}")
        host.show_page("busy")
        shoot(host, f"host-worst-busy-{lang}")
        host.show_page("settings")
        shoot(host, f"host-worst-settings-{lang}")
        # A section with the keyboard up and a wrong value said at its field (issue 24).
        settings = host.settings
        settings.sections.show_section("guests")
        settings.edits["retention_days"].setText("abc")
        settings.check_field("retention_days")
        settings.edits["retention_days"].setFocus()
        host.set_keyboard(True, settings.edits["retention_days"])
        shoot(host, "_")
        shoot(host, f"host-worst-settings-guests-{lang}")
        host.set_keyboard(False)
        settings.sections.show_section("space")
        roll.show_people(people)
        roll.buttons[0].setChecked(True)
        shoot(roll, f"host-worst-roll-call-{lang}")
    host.hold()
    (OUT / "_.png").unlink(missing_ok=True)
    kiosk.close()


def host_warnings(langs, app) -> None:  # type: ignore[no-untyped-def]
    """The host view at 1024x600 in German with both warnings (a disk nearly full, a clock a day
    behind its last check-in), and the lost-card confirmation: host-warnings-de.png,
    host-lost-card-de.png."""
    import tempfile

    from kiosk import app as kiosk_app
    from kiosk.core.members import NewMember
    from kiosk.health import Machine
    from kiosk.ui.tasks import Tasks, TaskWorker

    kiosk = kiosk_app.build(Path(tempfile.mkdtemp()) / "data", clock=_Clock(MORNING))
    issued = kiosk.members.add_many([NewMember(name=n) for n in [*WORST_NAMES[:1], "Kim Berg", "Lars Holm"]])
    for card in issued:
        kiosk.checkin.check_in_code(card.code)
    machine = Machine(disk_free=lambda _p: 180 * 1024 * 1024, clock_synchronised=lambda: (False, "timedatectl"),
                      cameras=lambda: [], now=lambda: MORNING - timedelta(days=1))
    worker = TaskWorker()  # on this thread: answers arrive at once
    tasks = Tasks(worker)
    host = HostScreen(CPH, tasks=tasks, desk=kiosk_app.host_desk(kiosk, machine))
    langs.switch("de")

    def shoot(name: str) -> None:
        host.resize(1024, 600)
        host.show()
        for _ in range(8):
            app.processEvents()
        host.grab().save(str(OUT / f"{name}.png"))
        print(OUT / f"{name}.png")

    host.open_view()
    host.show_people(kiosk.presence.on().in_now)
    host.show_page("in_now")
    shoot("host-warnings-de")
    host.show_page("members")
    host.members.select(issued[1].member)
    host.members.act("new_card")  # the first tap asks
    for _ in range(8):
        app.processEvents()
    shoot("host-lost-card-de")
    host.hold()
    kiosk.close()


if __name__ == "__main__":
    main()
