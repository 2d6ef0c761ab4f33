"""Every door screen in da/en/de at 1024x600, 1280x800 and 1920x1080 with extreme content
(kiosk.ui.gallery): nothing visible past the window, every label's text fits (a label may
elide only when it says so: property "elides"), every touch target at least 48 px.
Offscreen, in the test session's one QApplication."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from kiosk.ui.gallery import SIZES, door_scenes
from tests.ui.layout import TOUCH_PX, _viewport_of, problems


def extra_problems(top: QWidget) -> list[str]:
    """Beyond tests/ui/layout.py (shared with the host view's test): a word wider than its
    wrapping label (Qt lets it run past the edge), and text fields too small for a finger."""
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.width() == 0:
            continue
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text() and not widget.property("elides"):
            fm = QFontMetrics(widget.font())
            words = widget.text().replace("\u200b", " ").split()
            longest = max((fm.horizontalAdvance(w) for w in words), default=0)
            if longest > widget.contentsRect().width() + 1:
                room = widget.contentsRect().width()
                found.append(f"QLabel {widget.text()[:40]!r}: a word {longest} px wide in {room}")
        if isinstance(widget, QLineEdit) and widget.height() < TOUCH_PX:
            found.append(f"QLineEdit {widget.text()[:40]!r} is {widget.height()} px high")
    # Buttons on top of each other: a layout asked for more than the screen has squeezes its rows
    # into one another (the code keypad with the larger text), and a finger hits two keys.
    buttons = [b for b in top.findChildren(QAbstractButton) if b.isVisibleTo(top) and b.width() > 0]
    rects = []
    for b in buttons:  # what is seen of each: a list's buttons only inside its scroll area's view
        r = QRect(b.mapTo(top, QPoint(0, 0)), b.size())
        view = _viewport_of(b, top)
        rects.append(r.intersected(view) if view is not None else r)
    for i, a in enumerate(rects):
        for j in range(i + 1, len(rects)):
            if buttons[j].parentWidget() is buttons[i] or buttons[i].parentWidget() is buttons[j]:
                continue
            both = a.intersected(rects[j])
            if both.width() > 2 and both.height() > 2:
                found.append(f"buttons {buttons[i].text()[:20]!r} and {buttons[j].text()[:20]!r} overlap")
    return found


def settle(app) -> None:  # type: ignore[no-untyped-def]
    for _ in range(4):  # layouts post further layout requests (scroll areas follow their pages)
        app.processEvents()


@pytest.mark.parametrize("lang", ["da", "en", "de"])
def test_every_door_screen_fits_at_every_size(qapp, languages, lang):
    languages.switch(lang)
    failures: list[str] = []
    seen = 0
    for name, widget in door_scenes(lang):
        for width, height in SIZES:
            widget.resize(width, height)
            widget.show()
            settle(qapp)
            seen += 1
            if (widget.width(), widget.height()) != (width, height):  # its content made it larger
                failures.append(f"{lang} {width}x{height} {name}: the screen is {widget.width()}x{widget.height()}")
            failures += [f"{lang} {width}x{height} {name}: {p}" for p in problems(widget) + extra_problems(widget)]
        widget.hide()
    assert seen >= 3 * 20
    assert failures == [], "\n".join(failures)


@pytest.fixture
def large_text(qapp, languages):  # type: ignore[no-untyped-def]
    """The door with the larger text and higher contrast, as one tap on "A A" makes it (the app's
    20 px font as run_gui sets it); the normal door again afterwards."""
    from kiosk.ui import theme
    from kiosk.ui.text_size import TextSize

    before = qapp.font()
    qapp.setFont(theme.font(20))
    size = TextSize(qapp, lambda: "normal")
    size.toggle()
    assert size.large
    yield size
    size.end()
    qapp.setFont(before)


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
@pytest.mark.parametrize("lang", ["da", "en", "de"])
def test_every_door_screen_fits_at_1024x600_with_the_larger_text(qapp, languages, large_text, lang):
    """The smallest panel is the tightest: text grows, the screen does not."""
    languages.switch(lang)
    failures: list[str] = []
    seen = 0
    width, height = SIZES[0]
    for name, widget in door_scenes(lang):
        widget.resize(width, height)
        widget.show()
        settle(qapp)
        seen += 1
        if (widget.width(), widget.height()) != (width, height):
            failures.append(f"{lang} large {name}: the screen is {widget.width()}x{widget.height()}")
        failures += [f"{lang} large {name}: {p}" for p in problems(widget) + extra_problems(widget)]
        widget.hide()
    assert seen >= 20
    assert failures == [], "\n".join(failures)


def text_sizes(top: QWidget) -> dict[str, int]:
    """Each visible label's font size in px, by its place in the screen's tree."""
    return {f"{i}:{w.objectName()}": w.font().pixelSize() for i, w in enumerate(top.findChildren(QLabel))
            if w.isVisibleTo(top) and w.text() and w.font().pixelSize() > 0}


# The screens with room grow their body text (24 px and under) to at least 1.5x; the busiest ones
# (the idle door with its camera picture, an answer, a guest step with its keyboard, the PIN pad)
# grow 1.5x at 1024x600 in their compact layout, and in a smaller step of their own at 800x480.
ROOMY = ("whos-here", "whos-here-numbers", "checklist-opening", "checklist-closing")


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_the_larger_text_grows_body_text_at_least_one_and_a_half_times_where_there_is_room(qapp, languages):
    from kiosk.ui import theme
    from kiosk.ui.text_size import TextSize

    languages.switch("de")
    qapp.setFont(theme.font(20))
    normal = {}
    for name, widget in door_scenes("de"):
        widget.resize(*SIZES[0])
        widget.show()
        settle(qapp)
        normal[name] = text_sizes(widget)
        widget.hide()
    size = TextSize(qapp, lambda: "normal")
    size.toggle()
    try:
        growth: dict[str, list[float]] = {}
        for name, widget in door_scenes("de"):
            widget.resize(*SIZES[0])
            widget.show()
            settle(qapp)
            large = text_sizes(widget)
            ratios = [large[k] / px for k, px in normal[name].items() if k in large and px <= 24]
            if ratios:
                growth[name] = sorted(ratios)
            widget.hide()
    finally:
        size.end()
    print("\n".join(f"{name}: body text x{r[0]:.2f} to x{r[-1]:.2f}" for name, r in sorted(growth.items())))
    for name in ROOMY:
        assert growth[name][0] >= 1.5, (name, growth[name])
    # The busy screens take their compact layout at 1024x600 with the larger text, and with it a
    # step of 1.5 (widgets.size_growth): most of their small text grows by half.
    busy = [name for name in growth if name.startswith(("scan-", "welcome-", "guest-"))]
    assert len(busy) >= 12
    for name in busy:
        ratios = growth[name]
        assert ratios[len(ratios) // 2] >= 1.45, (name, ratios)
    for name, ratios in growth.items():  # every screen's small text grows (most of it)
        assert ratios[len(ratios) // 2] >= 1.05, (name, ratios)


# The official Raspberry Pi touchscreen is 800x480: every door screen fits it in da/en/de, with
# the normal and the larger text (compact layouts below 1000x560, a guest step that scrolls above
# its keyboard; docs/accessibility.md, 5.1.4).
@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
@pytest.mark.parametrize("text", ["normal", "large"])
@pytest.mark.parametrize("lang", ["da", "en", "de"])
def test_every_door_screen_fits_the_pi_touchscreen(qapp, languages, lang, text):
    from kiosk.ui import theme
    from kiosk.ui.text_size import TextSize

    languages.switch(lang)
    qapp.setFont(theme.font(20))
    size = TextSize(qapp, lambda: "normal")
    if text == "large":
        size.toggle()
    failures: list[str] = []
    seen = 0
    try:
        for name, widget in door_scenes(lang):
            seen += 1
            widget.resize(800, 480)
            widget.show()
            settle(qapp)
            if (widget.width(), widget.height()) != (800, 480):
                failures.append(f"{lang} {text} {name}: the screen is {widget.width()}x{widget.height()}")
            failures += [f"{lang} {text} {name}: {p}" for p in problems(widget) + extra_problems(widget)]
            widget.hide()
    finally:
        size.end()
    assert seen >= 34
    assert failures == [], "\n".join(failures)
