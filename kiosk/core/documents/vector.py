"""What every printed PDF shares: real text in DejaVu (searchable, copyable, read aloud), a
vector QR code, text fitted into its box, and the printed words in the space's language."""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from kiosk.paths import ASSETS

FONTS = ASSETS / "fonts"
REGULAR, BOLD, MONO = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono-Bold"

# The words on paper, in the space's language: English msgids here, their Danish and German in
# the documents' own gettext catalog (locale/, tools/update_document_translations.sh): the
# kiosk's Qt catalogs are for screens, and the server, which prints too, has no Qt.
LOCALE = Path(__file__).with_name("locale")


def N_(message: str) -> str:
    """Marks a string for the catalog (pybabel extract); translated in words()."""
    return message


PAPER: dict[str, str] = {
    "member card": N_("Member card"), "hold": N_("Hold the code up to the camera"), "no": N_("No."),
    "evacuation": N_("Evacuation list"), "in building": N_("{n} in the building at {at}"),
    "page": N_("page {page} of {pages}"), "tick": N_("Tick each person at the assembly point."),
    "nobody": N_("Nobody is checked in."), "guest": N_("guest"), "guest of": N_("guest of {host}"),
    "in": N_("in {at}"),
}


@cache
def catalog(lang: str) -> gettext.NullTranslations:
    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation("documents", LOCALE, [lang], fallback=True)


def words(lang: str) -> dict[str, str]:
    """The words on paper in `lang` (English for a language without a catalog)."""
    translations = catalog(lang)
    return {key: translations.gettext(message) for key, message in PAPER.items()}


@cache
def register_fonts() -> None:
    for name, file in ((REGULAR, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf"),
                       (MONO, "DejaVuSansMono-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(FONTS / file)))


def new_canvas(out: object, size: tuple[float, float], title: str) -> Canvas:
    register_fonts()
    canvas = Canvas(out, pagesize=size)  # type: ignore[arg-type]
    canvas.setTitle(title)
    canvas.setCreator("door kiosk")
    return canvas


def draw_qr(canvas: Canvas, text: str, x: float, y: float, side: float) -> None:
    """The QR as vector squares (sharp at any size), quiet zone included in `side`."""
    widget = QrCodeWidget(text, barLevel="M", barBorder=4)
    x0, y0, x1, y1 = widget.getBounds()
    w, h = x1 - x0, y1 - y0
    drawing = Drawing(side, side, transform=[side / w, 0, 0, side / h, -x0 * side / w, -y0 * side / h])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)


def fit_lines(text: str, font: str, largest: float, smallest: float, width: float, height: float,
              leading: float = 1.15) -> tuple[float, list[str]]:
    """One line, shrunk down to two thirds of `largest`; else wrapped onto as many lines as the
    height allows, at the largest size that lets it; at `smallest` a word longer than the box
    is cut into pieces that fit. Returns (size, lines); the lines always fit the width."""
    size = largest
    while size >= max(smallest, largest * 0.65):
        if pdfmetrics.stringWidth(text, font, size) <= width:
            return size, [text]
        size -= 0.5
    size = largest
    while size >= smallest:
        lines = simpleSplit(text, font, size, width)
        if len(lines) * size * leading <= height and all(
                pdfmetrics.stringWidth(line, font, size) <= width for line in lines):
            return size, lines
        size -= 0.5
    return smallest, _hard_wrap(text, font, smallest, width)


def _hard_wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for line in simpleSplit(text, font, size, width):
        piece = ""
        for ch in line:
            if piece and pdfmetrics.stringWidth(piece + ch, font, size) > width:
                lines.append(piece)
                piece = ""
            piece += ch
        if piece:
            lines.append(piece)
    return lines
