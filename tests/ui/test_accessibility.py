"""The door for people who see colours differently, see less, or do not look: contrast at
WCAG AA for the theme's text colours, results told apart by shape and word in grey, and three
sounds that differ in contour, not only in pitch."""

from __future__ import annotations

import itertools
import wave
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from PySide6.QtGui import QImage

from kiosk.domain.checkin import Outcome, Refusal
from kiosk.paths import ASSETS
from kiosk.services.checkin import ScanResult
from kiosk.ui import theme
from kiosk.ui.screens.guest.style import STYLE as GUEST_STYLE
from kiosk.ui.screens.result_screen import ResultScreen


def luminance(hex_code: str) -> float:
    rgb = [int(hex_code.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


WHITE = "#ffffff"
# (text, background, what, large): large text (24 px+, or 18.7 px+ bold) needs 3:1, the rest 4.5:1.
PAIRS = [
    (theme.INK, theme.PAPER, "text on the page", False),
    (theme.MUTED, theme.PAPER, "help lines, the camera notice", False),
    (WHITE, theme.WELCOME, "welcome", False),
    (WHITE, theme.GOODBYE, "goodbye", False),
    (WHITE, theme.REFUSED, "refused", False),
    (theme.INK, theme.WARNING, "the low-clips band, the camera problem", False),
    (WHITE, theme.ACCENT, "primary buttons, the hint", False),
    (WHITE, theme.BAR, "the top bar", False),
    (theme.REFUSED, theme.PAPER, "a guest's error line", False),
    (theme.ACCENT, theme.PAPER, "the price", True),
    (theme.OFFLINE, theme.PAPER, "'offline since' (18 px)", False),
    (theme.INK, WHITE, "buttons and fields", False),
]


@pytest.mark.parametrize("text,background,what,large", PAIRS, ids=[p[2] for p in PAIRS])
def test_theme_colours_meet_wcag_aa(text, background, what, large):
    assert contrast(text, background) >= (3.0 if large else 4.5), (what, round(contrast(text, background), 2))
    assert contrast("#000000", WHITE) == pytest.approx(21.0)  # the formula itself


# The larger text's palette (kiosk/ui/text_size.py): every text colour at WCAG AAA, 7:1, whatever its size.
HC = theme.HIGH_CONTRAST
AAA_PAIRS = [
    (theme.INK, theme.PAPER, "text on the page"),
    (HC[theme.MUTED], theme.PAPER, "help lines, the camera notice"),
    (WHITE, HC[theme.WELCOME], "welcome"),
    (WHITE, HC[theme.GOODBYE], "goodbye"),
    (WHITE, HC[theme.REFUSED], "refused"),
    (theme.INK, HC[theme.WARNING], "the low-clips band, the camera problem"),
    (WHITE, HC[theme.ACCENT], "primary buttons, the hint"),
    (WHITE, theme.BAR, "the top bar"),
    (HC[theme.REFUSED], theme.PAPER, "a guest's error line"),
    (HC[theme.ACCENT], theme.PAPER, "the price"),
    (HC[theme.OFFLINE], theme.PAPER, "'offline since'"),
    (theme.INK, WHITE, "buttons and fields"),
]


@pytest.mark.parametrize("text,background,what", AAA_PAIRS, ids=[p[2] for p in AAA_PAIRS])
def test_the_larger_texts_colours_meet_wcag_aaa(text, background, what):
    assert contrast(text, background) >= 7.0, (what, round(contrast(text, background), 2))


def test_the_larger_text_swaps_every_colour_below_aaa_in_the_style_sheets():
    """What the mode applies is what the test above checks: the swap reaches the real sheets."""
    from kiosk.ui.text_size import scale_sheet

    sheets = scale_sheet(theme.STYLE + GUEST_STYLE, 2.0, high_contrast=True)
    for below in (theme.MUTED, theme.WELCOME, theme.GOODBYE, theme.REFUSED, theme.WARNING, theme.ACCENT,
                  theme.OFFLINE):
        assert below not in sheets.lower()
    assert "font-size: 64px" in sheets and "font-size: 36px" in sheets  # 44 + 20 at most; 18 x 2


def test_the_guest_flow_uses_only_theme_colours_for_text():
    assert theme.MUTED in GUEST_STYLE and theme.REFUSED in GUEST_STYLE


def grey(widget) -> np.ndarray:  # type: ignore[no-untyped-def]
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    ptr = image.constBits()
    return np.frombuffer(ptr, np.uint8).reshape(image.height(), image.bytesPerLine())[:, :image.width()].copy()


def test_results_differ_in_grey_by_shape_and_word(qtbot, languages):
    """Someone who cannot tell green from red still tells in from out from refused."""
    languages.switch("en")
    at = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    icons, words = {}, {}
    for outcome, refusal in ((Outcome.CHECKED_IN, None), (Outcome.CHECKED_OUT, None),
                             (Outcome.REFUSED, Refusal.EXPIRED)):
        screen = ResultScreen(ZoneInfo("Europe/Copenhagen"))
        qtbot.addWidget(screen)
        screen.resize(1280, 800)
        screen.show_result(ScanResult(outcome=outcome, refusal=refusal, at=at, name="Ida Bak", first_name="Ida"))
        screen.show()
        qtbot.waitExposed(screen)
        icon = grey(screen.icon).astype(int)
        icons[screen.kind] = icon - icon.mean()  # the shape, whatever the colour's brightness
        words[screen.kind] = screen.headline.text()
        screen.stop()
    kinds = list(icons)
    for i, a in enumerate(kinds):
        for b in kinds[i + 1:]:
            assert np.abs(icons[a] - icons[b]).mean() > 8, (a, b)  # a tick, an arrow, an exclamation mark
    assert words["welcome"] == "Hello, Ida" and words["goodbye"] == "Goodbye, Ida"
    assert "expired" in words["refused"]


def pitches(name: str) -> list[float]:
    """The notes of a sound: the loudest frequency of each 40 ms, neighbours that agree merged."""
    with wave.open(str(ASSETS / "sounds" / f"{name}.wav")) as w:
        rate = w.getframerate()
        samples = np.frombuffer(w.readframes(w.getnframes()), "<i2").astype(float)
    size = int(rate * 0.04)
    notes: list[float] = []
    loud = np.abs(samples).max() * 0.05
    for start in range(0, len(samples) - size, size):
        chunk = samples[start:start + size]
        if np.abs(chunk).max() < loud:
            continue
        spectrum = np.abs(np.fft.rfft(chunk * np.hanning(size)))
        freq = float(np.fft.rfftfreq(size, 1 / rate)[spectrum.argmax()])
        if not notes or abs(freq - notes[-1]) > notes[-1] * 0.06:
            notes.append(freq)
    return notes


def test_the_three_sounds_are_told_apart_by_contour():
    welcome, goodbye, refused = pitches("welcome"), pitches("goodbye"), pitches("refused")
    assert len(welcome) >= 2 and all(a < b for a, b in itertools.pairwise(welcome))  # rises
    assert len(goodbye) >= 3 and all(a > b for a, b in itertools.pairwise(goodbye))  # falls
    assert len(refused) == 1 and refused[0] < min(welcome + goodbye) * 0.75  # one low note, repeated
    assert len(welcome) != len(goodbye)  # not the same notes backwards


def test_the_warning_before_time_runs_out_is_a_sound_of_its_own():
    """Warned through more than one sense before time runs out (EN 301 549): the countdown's
    sound goes back and forth, neither rising like a welcome nor falling like a goodbye."""
    warning = pitches("warning")
    assert len(warning) >= 3
    steps = [b > a for a, b in itertools.pairwise(warning)]
    assert True in steps and False in steps  # up and down again
    assert min(warning) > min(pitches("refused")) * 1.5  # not the refusal's low note


def test_emoji_in_a_name_are_drawn_in_colour_not_as_boxes(qtbot, languages):
    """Guests type emoji into their names; without an emoji font (Debian's fonts-noto-color-emoji,
    installed by scripts/setup.sh) they were empty boxes."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QFontDatabase, QPainter

    assert "Noto Color Emoji" in QFontDatabase.families()
    assert theme.EMOJI_FAMILY in theme.font(30).families()
    image = QImage(240, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(theme.font(64))
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, "🚲")
    painter.end()
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(120, 240, 4).astype(int)
    coloured = np.abs(pixels[:, :, 2] - pixels[:, :, 0]) > 40  # red against blue: not black, white or grey
    assert coloured.sum() > 100
