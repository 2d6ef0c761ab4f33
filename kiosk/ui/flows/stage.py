"""Which screen of the door is up, and what an answer at the door goes over."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.ui.window import KioskWindow


class DoorStage:
    """The window's stack of screens, as the flows see it: show one, go back to the door, and
    remember the host view, roll call or guest registration that an answer covered."""

    def __init__(self, window: KioskWindow, scan: QWidget, result: QWidget) -> None:
        self.window, self.scan, self.result = window, scan, result
        # The host view, the roll call or the guest flow that a card at the camera came over: back
        # to it after the answer (a welcome threw the host out of their unsaved work, to the door).
        self.covered: QWidget | None = None
        self.coverable: tuple[QWidget, ...] = ()

    def add(self, *screens: QWidget) -> None:
        for screen in screens:
            self.window.stack.addWidget(screen)

    def show(self, screen: QWidget) -> None:
        self.window.stack.setCurrentWidget(screen)

    def showing(self, screen: QWidget | None) -> bool:
        return screen is not None and self.window.stack.currentWidget() is screen

    def show_scan(self) -> None:
        self.show(self.scan)

    def at_the_door(self) -> bool:
        """The scan screen or a result on it: nobody is in the middle of something (the dark
        screen may cover it; never the host view, the roll call, a guest's registration, the set-up)."""
        return self.window.stack.currentWidget() in (self.scan, self.result)

    def back_from(self, screen: QWidget) -> None:
        """A keypad gave up (cancel, or its own idle timer): back to the door only if that keypad
        is still on screen. A timer left running must never close what came after it: it threw
        hosts out of the host view after 30 s (issue 11)."""
        if self.showing(screen):
            self.show_scan()

    def cover(self) -> None:
        """An answer goes over what is on screen; the host view, the roll call and a guest's
        registration come back after it (a member's card behind a guest lost the guest's typing)."""
        current = self.window.stack.currentWidget()
        if current in self.coverable:
            self.covered = current

    def uncover(self) -> QWidget | None:
        covered, self.covered = self.covered, None
        return covered

    def forget(self, screen: QWidget) -> None:
        """The covered screen closed behind an answer: the answer ends at the door."""
        if self.covered is screen:
            self.covered = None
