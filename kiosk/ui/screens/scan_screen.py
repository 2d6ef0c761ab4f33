"""The screen the door shows all day: where to hold the code, the live picture, who is in."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.domain.social import HereNow
from kiosk.ui import theme
from kiosk.ui.i18n import LANGUAGE_NAMES
from kiosk.ui.social_text import idle_lines
from kiosk.ui.sync_worker import SyncStatus
from kiosk.ui.widgets import (
    CameraArrow,
    ElidedLabel,
    FittedLabel,
    PreviewView,
    Retranslates,
    breakable,
    discard,
    is_compact,
    make_label,
    touch_button,
    whole_height,
)

# Below COMPACT_BELOW (the official Pi panel, 800x480) the door is compact: a lower top bar
# without the clock and the count (the line of who is here says it), smaller words and buttons.
COMPACT_SHEET = """
QLabel#Instruction { font-size: 30px; }
QLabel#SubInstruction { font-size: 18px; }
QLabel#CameraNotice { font-size: 16px; }
QLabel#Hint { font-size: 22px; padding: 6px 14px; }
QLabel#CameraProblem { font-size: 20px; padding: 8px 14px; }
QLabel#DemoBadge { font-size: 16px; padding: 2px 8px; }
QPushButton#LanguageButton { padding: 4px 10px; min-height: 40px; }
QPushButton#ManualButton { padding: 4px 14px; min-height: 40px; }
QPushButton#GuestButton { font-size: 22px; padding: 4px 20px; min-height: 40px; }
"""


class ScanScreen(Retranslates, QWidget):
    language_chosen = Signal(str)  # a language's own button tapped
    manual_entry_requested = Signal()
    host_requested = Signal()
    guest_requested = Signal()
    whos_here_requested = Signal()
    read_aloud_requested = Signal()
    larger_text_requested = Signal()

    def __init__(self, space_name: str, parent: QWidget | None = None, tz: ZoneInfo | None = None) -> None:
        super().__init__(parent)
        self.tz = tz or ZoneInfo("Europe/Copenhagen")  # the space's clock, as in the top bar
        self.setObjectName("ScanScreen")
        # The larger text grows less here (kiosk/ui/text_size.py): the idle door: the camera's picture keeps its room.
        self.setProperty("text_growth", 1.1)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._in_now = 0
        self._here = HereNow((), 0)
        self._camera_problem: str | None = None
        self._hint = False
        self._language = "da"
        self._contact = ""

        bar = QWidget()
        bar.setObjectName("TopBar")
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        bar.setFixedHeight(84)
        self.bar = bar
        # Its buttons' width never makes the screen wider than the panel: below 1000 px the bar
        # turns compact (set_compact), which needs the narrower width to be given first.
        bar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.compact = False
        # A long name gets smaller first, then ends in '…' before the buttons go.
        self.space_name = ElidedLabel(space_name, largest_px=30, smallest_px=18)
        self.space_name.setObjectName("SpaceName")
        self.demo_badge = make_label(name="DemoBadge")
        self.demo_badge.hide()
        self.in_now = make_label(name="InNow")
        self.clock = make_label(name="Clock")
        # One button per offered language, each a tap away (never a cycle through the others);
        # the one spoken now is filled in.
        self.languages_row = QHBoxLayout()
        self.languages_row.setSpacing(6)
        self.language_buttons: dict[str, QPushButton] = {}
        self.host_button = touch_button(name="LanguageButton")  # the same quiet outline button
        self.host_button.clicked.connect(self.host_requested)
        # Speech for whoever asks, with no setting to find first (kiosk/ui/voice.py).
        self.read_aloud_button = touch_button(name="ManualButton")
        self.read_aloud_button.setCheckable(True)
        self.read_aloud_button.clicked.connect(self.read_aloud_requested)
        self.read_aloud_button.hide()  # shown when speech is available (set_read_aloud)
        # Larger text and higher contrast for this person, one tap (kiosk/ui/text_size.py).
        self.larger_text_button = touch_button("A A", name="ManualButton")
        self.larger_text_button.setCheckable(True)
        self.larger_text_button.clicked.connect(self.larger_text_requested)
        top = QHBoxLayout(bar)
        top.setContentsMargins(24, 0, 20, 0)
        top.setSpacing(8)  # DEMO, who is in, the clock, DA EN DE and Host beside a long name, 1024 px, larger text
        centre = Qt.AlignmentFlag.AlignVCenter
        top.addWidget(self.space_name, 0, centre)
        top.addWidget(self.demo_badge, 0, centre)
        top.addStretch(1)
        top.addWidget(self.in_now, 0, centre)
        top.addWidget(self.clock, 0, centre)
        top.addLayout(self.languages_row)
        top.addWidget(self.host_button, 0, centre)

        self.arrow = CameraArrow()
        self.heading_gap = 90  # the words stay centred under the camera
        self.instruction = make_label(name="Instruction", centred=True)
        self.instruction.setWordWrap(True)
        self.preview = PreviewView()
        self.preview.setMinimumSize(320, 80)  # it grows into what a 7" panel leaves (the larger text: less)
        self.sub_instruction = whole_height(make_label(name="SubInstruction"))
        self.sub_instruction.setWordWrap(True)
        self.camera_problem = make_label(name="CameraProblem", centred=True)
        self.camera_problem.setWordWrap(True)
        self.camera_problem.hide()
        self.hint = make_label(name="Hint", centred=True)
        self.hint.setWordWrap(True)
        self.hint.hide()
        # After hours with a lock: each person scans (the evacuation list must know who is in).
        self.one_scan = make_label(name="Hint", centred=True, wrap=True)
        self.one_scan.hide()
        self.sync_status = make_label(name="SyncStatus", wrap=True)
        self.sync_status.hide()
        self._sync: SyncStatus | None = None
        # What the camera does with the picture, in the door's language (there is a camera at a door).
        self.camera_notice = whole_height(make_label(name="CameraNotice", wrap=True))
        self.camera_notice.setObjectName("CameraNotice")
        self.manual_button = touch_button(name="ManualButton")
        self.manual_button.clicked.connect(self.manual_entry_requested)
        self.guest_button = touch_button(name="GuestButton")
        self.guest_button.clicked.connect(self.guest_requested)
        # Who is in: names of members who opted in, numbers for everyone else (the social door).
        self.here_line = FittedLabel(name="HereNow")
        self.whos_here_button = touch_button(name="ManualButton")
        self.whos_here_button.clicked.connect(self.whos_here_requested)

        preview_row = QHBoxLayout()
        preview_row.addStretch(1)
        preview_row.addWidget(self.preview, 6)
        preview_row.addStretch(1)

        body = QVBoxLayout()
        body.setContentsMargins(48, 12, 48, 20)
        body.setSpacing(12)
        heading = QHBoxLayout()  # the arrow beside the words: a 600-pixel-high panel has no height to spare
        heading.addWidget(self.arrow)
        heading.addWidget(self.instruction, 1)
        heading.addSpacing(self.heading_gap)
        self.heading = heading
        self.body = body
        body.addLayout(heading)
        body.addLayout(preview_row, 1)
        body.addWidget(self.hint)
        body.addWidget(self.one_scan)
        self.here_row = QWidget()
        here_row = QHBoxLayout(self.here_row)
        here_row.setContentsMargins(0, 0, 0, 0)
        here_row.setSpacing(16)
        here_row.addWidget(self.here_line, 1)
        here_row.addStretch(0)  # the buttons stay right while the camera's problem hides who is in
        here_row.addWidget(self.whos_here_button, 0)
        here_row.addWidget(self.read_aloud_button, 0)
        here_row.addWidget(self.larger_text_button, 0)
        body.addWidget(self.here_row)
        bottom = QHBoxLayout()
        bottom.setSpacing(24)
        texts = QVBoxLayout()
        texts.setSpacing(6)
        texts.addWidget(self.sub_instruction)
        texts.addWidget(self.camera_notice)
        texts.addWidget(self.sync_status)
        bottom.addLayout(texts, 1)
        buttons = QVBoxLayout()
        buttons.setSpacing(10)
        buttons.addWidget(self.guest_button)
        buttons.addWidget(self.manual_button)
        bottom.addLayout(buttons, 0)
        self.bottom, self.buttons = bottom, buttons
        body.addLayout(bottom)
        body.addWidget(self.camera_problem)

        root = QVBoxLayout(self)
        # No minimum size from the roomy layout: a smaller panel must reach resizeEvent to make
        # the screen compact (set_compact); the layout test checks what then does not fit.
        root.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(bar)
        root.addLayout(body, 1)
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.set_compact(is_compact(self))

    def set_compact(self, compact: bool) -> None:
        """The 800x480 layout (COMPACT_BELOW), or the roomy one."""
        if compact == self.compact:
            return
        self.compact = compact
        self.bar.setFixedHeight(60 if compact else 84)
        self.clock.setVisible(not compact)
        self.in_now.setVisible(not compact)
        self.arrow.setMinimumSize(60 if compact else 90, 56 if compact else 80)
        self.arrow.setMaximumWidth(60 if compact else 16777215)
        gap = self.heading.itemAt(self.heading.count() - 1)
        spacer = gap.spacerItem() if gap is not None else None
        if spacer is not None:
            spacer.changeSize(60 if compact else self.heading_gap, 0)
        self.body.setContentsMargins(*((20, 6, 20, 8) if compact else (48, 12, 48, 20)))
        self.body.setSpacing(4 if compact else 12)
        self.preview.setMinimumSize(320 if not compact else 240, 80 if not compact else 44)
        # The words take the whole width (a column beside the buttons clipped them), the two
        # buttons a row under them.
        direction = QBoxLayout.Direction
        self.bottom.setDirection(direction.TopToBottom if compact else direction.LeftToRight)
        self.buttons.setDirection(direction.RightToLeft if compact else direction.TopToBottom)
        self.bottom.setSpacing(6 if compact else 24)
        self.setStyleSheet(COMPACT_SHEET if compact else "")
        root = self.layout()
        if root is not None:
            root.invalidate()

    # --- what the controller sets -----------------------------------------------------------
    def show_frame(self, image: QImage) -> None:
        self.preview.show_frame(image)

    def set_clock(self, text: str) -> None:
        self.clock.setText(text)

    def set_in_now(self, count: int) -> None:
        self._in_now = count
        self.in_now.setText(self.tr("%n in now", "", count))

    def set_here(self, here: HereNow) -> None:
        """Who is in, as the door may show it (kiosk.domain.social.here_now)."""
        self._here = here
        self.here_line.set_candidates(idle_lines(here))

    def set_demo(self, demo: bool) -> None:
        self.demo_badge.setVisible(demo)

    def set_offered(self, languages: list[str]) -> None:
        """A button for each language the door offers (DA, EN, DE), in the settings' order."""
        if list(self.language_buttons) == languages:
            return
        for b in self.language_buttons.values():
            discard(b)
        self.language_buttons = {}
        for code in languages:
            b = touch_button(code.upper(), "LanguageButton")
            b.setCheckable(True)
            b.setAccessibleName(LANGUAGE_NAMES.get(code, code))
            b.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            self.languages_row.addWidget(b)
            self.language_buttons[code] = b
        self.set_language(self._language)

    def set_language(self, code: str) -> None:
        """The language the door speaks now: its button is filled in."""
        self._language = code
        for c, b in self.language_buttons.items():
            b.setChecked(c == code)

    def set_read_aloud(self, available: bool, on: bool = False) -> None:
        self.read_aloud_button.setVisible(available)
        self.read_aloud_button.setChecked(on)

    def set_larger_text(self, on: bool) -> None:
        self.larger_text_button.setChecked(on)

    def speech(self) -> tuple[str, str]:
        return "scan", f"{self.instruction.text()} {self.sub_instruction.text()}"

    def set_contact(self, contact: str) -> None:
        self._contact = contact.strip()
        self.retranslate()

    def set_sync_status(self, status: SyncStatus) -> None:
        """A SyncStatus from the sync worker: online, offline since when, events waiting."""
        self._sync = status
        self.sync_status.setVisible(status.enrolled)
        if not status.enrolled:
            return
        pending, rejected = status.pending, status.rejected
        if status.revoked:
            text, colour = self.tr("Server access revoked: tell a host"), theme.REFUSED
        elif status.update_needed == "kiosk":
            text, colour = self.tr("Not syncing: this kiosk needs an update"), theme.REFUSED
        elif status.update_needed == "server":
            text, colour = self.tr("Not syncing: the server needs an update"), theme.REFUSED
        elif status.online:
            text, colour = self.tr("Online"), theme.ACCENT
        else:
            since = status.offline_since
            shown = datetime.fromisoformat(since).astimezone(self.tz).strftime("%H:%M") if since else "?"
            text = self.tr("Offline since %1").replace("%1", shown)
            colour = theme.OFFLINE
        if pending:
            text += " · " + self.tr("%n waiting", "", pending)
        if rejected:
            text += " · " + self.tr("%n set aside", "", rejected)
        if status.requests_waiting:  # roster changes asked for here: pending, not done
            text += " · " + self.tr("%n changes wait for a host", "", status.requests_waiting)
        self.sync_status.setText(f"● {text}")
        self.sync_status.setStyleSheet(f"color: {colour}; font-size: 18px;")

    def set_hint(self, on: bool) -> None:
        """Someone is moving in front of the camera but no code reads: point at the camera
        (not while there is no camera to see them: the problem's words take that room)."""
        self._hint = on
        self.hint.setVisible(on and self._camera_problem not in ("unavailable", "lost"))

    def set_one_scan_per_person(self, on: bool) -> None:
        if on != self.one_scan.isVisible():
            self.one_scan.setVisible(on)

    def set_camera_problem(self, problem: str | None) -> None:
        """problem: None when the camera works, else 'unavailable', 'lost' or 'dark'."""
        self._camera_problem = problem
        self.camera_problem.setVisible(problem is not None)
        self.set_hint(self._hint)
        # The words that say why take the room of who is in (a 600 px screen has no more); Read
        # aloud and "A A" stay: a person who cannot read the problem's words needs them most.
        self.here_line.setVisible(problem is None)
        self.whos_here_button.setVisible(problem is None)
        if problem is None:
            self.preview.show()
            return
        self.camera_problem.setText(self._problem_text(problem))
        if problem != "dark":
            self.preview.clear()
        # Without a picture the preview's room goes to the words that say why (a 600 px screen).
        self.preview.setVisible(problem in (None, "dark"))

    def _problem_text(self, problem: str) -> str:
        if problem == "dark":
            return self.tr("The camera only sees black. Is something covering it? Trying again...")
        return self.tr("The camera is not working right now. Trying again... "
                       "Please tell a host if this stays.")

    # --- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.instruction.setText(self.tr("Hold your QR code up to the camera"))
        self.sub_instruction.setText(
            self.tr("The camera is above the screen. Hold the code still, about a hand's width away."))
        self.demo_badge.setText(self.tr("DEMO"))
        self.hint.setText(self.tr("Hold the code up to the camera above the screen, not to the screen"))
        self.one_scan.setText(self.tr("One scan per person: everyone who comes in scans their own code."))
        self.manual_button.setText(self.tr("Type code"))
        self.guest_button.setText(self.tr("Guest / day pass"))
        self.host_button.setText(self.tr("Host"))
        self.read_aloud_button.setText("🔊 " + self.tr("Read aloud"))
        self.read_aloud_button.setAccessibleName(self.tr("Read aloud"))
        self.larger_text_button.setAccessibleName(self.tr("Larger text"))
        self.larger_text_button.setToolTip(self.tr("Larger text"))
        self.set_language(self._language)
        notice = self.tr("The camera only reads codes. It keeps no pictures.")
        if self._contact:
            notice += " " + self.tr("Questions: %1").replace("%1", breakable(self._contact))
        self.camera_notice.setText(notice)
        self.set_in_now(self._in_now)
        self.whos_here_button.setText(self.tr("Who's here"))
        self.set_here(self._here)
        if self._camera_problem:
            self.camera_problem.setText(self._problem_text(self._camera_problem))
        if self._sync is not None:
            self.set_sync_status(self._sync)

