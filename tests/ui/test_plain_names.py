"""Names at the door are plain text everywhere (issue 9): a member named <u><i>Rich</i></u> is
shown with its brackets, on the welcome, in the host view and in the roll call."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from kiosk.core.members import NewMember

RICH = "<u><i>Rich</i></u> & Co"


def _labels_with(widget, text: str) -> list[QLabel]:
    return [label for label in widget.findChildren(QLabel) if text in label.text()]


def test_a_name_with_markup_is_shown_as_typed_everywhere(qtbot, full_door, kiosk):
    card = kiosk.members.add(NewMember(name=RICH))
    full_door.codes.submit_code(card.code)
    qtbot.waitUntil(lambda: full_door.answers.last_result is not None, timeout=5000)
    welcome = _labels_with(full_door.result, "<u><i>Rich")
    assert welcome, [lab.text() for lab in full_door.result.findChildren(QLabel)]
    full_door.host_view.on_host_unlock("open")
    qtbot.waitUntil(lambda: bool(_labels_with(full_door.host, "<u><i>Rich")), timeout=5000)
    qtbot.mouseClick(full_door.host.roll_call_button, Qt.MouseButton.LeftButton)
    person = full_door.roll_call.findChild(QPushButton, f"person-{card.member.id}")
    assert person.text().replace("&&", "&") == RICH  # '&' shown, not eaten as a shortcut mark
    shown = _labels_with(full_door.window, "<u><i>Rich")
    assert len(shown) >= 2
    assert all(label.textFormat() is Qt.TextFormat.PlainText for label in shown), [
        (label.objectName(), label.textFormat()) for label in shown]
