"""A credit-card-sized member card (85.6 x 54 mm): space, name, QR code and short code.

PDF cards and sheets are vector PDFs with real text (kiosk.core.documents.vector); the PNG card is a
picture at 300 dpi (the demo feed and the camera tests photograph it)."""

from __future__ import annotations

import io
from pathlib import Path

import qrcode
from PIL import Image, ImageDraw, ImageFont
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from kiosk.core.members import IssuedCard
from kiosk.paths import ASSETS

from .vector import BOLD, MONO, REGULAR, draw_qr, fit_lines, new_canvas, words

DPI = 300
CARD_W, CARD_H = round(85.6 / 25.4 * DPI), round(54 / 25.4 * DPI)  # 1011 x 638 px
FONTS = ASSETS / "fonts"
INK, ACCENT, MUTED = (20, 28, 36), (22, 110, 90), (95, 105, 115)
INK_RGB, ACCENT_RGB, MUTED_RGB = (tuple(c / 255 for c in rgb) for rgb in (INK, ACCENT, MUTED))


class CardFormatError(ValueError):
    pass


def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / name), size)


def qr_image(text: str, box: int = 10) -> Image.Image:
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=box, border=4)
    qr.add_data(text)
    qr.make(fit=True)
    image: Image.Image = qr.make_image(fill_color="black", back_color="white").get_image().convert("RGB")
    return image


def _fit(draw: ImageDraw.ImageDraw, text: str, font_name: str, size: int, width: int) -> ImageFont.FreeTypeFont:
    """The largest font size up to `size` at which text fits in width (long names shrink)."""
    while size > 14:
        font = _font(font_name, size)
        if draw.textlength(text, font=font) <= width:
            return font
        size -= 2
    return _font(font_name, size)


def render_card(card: IssuedCard, space_name: str) -> Image.Image:
    img = Image.new("RGB", (CARD_W, CARD_H), "white")
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, CARD_W, 22), fill=ACCENT)
    qr_side = CARD_H - 120
    qr = qr_image(card.code).resize((qr_side, qr_side), Image.Resampling.NEAREST)
    img.paste(qr, (CARD_W - qr_side - 30, 40))
    text_w = CARD_W - qr_side - 90
    draw.text((50, 60), space_name, font=_fit(draw, space_name, "DejaVuSans-Bold.ttf", 44, text_w), fill=ACCENT)
    name = card.member.name
    draw.text((50, 170), name, font=_fit(draw, name, "DejaVuSans-Bold.ttf", 56, text_w), fill=INK)
    draw.text((50, 250), "Member card" + (" - DEMO" if card.member.demo else ""),
              font=_font("DejaVuSans.ttf", 30), fill=MUTED)
    draw.text((50, 300), "Hold the code up to the camera", font=_font("DejaVuSans.ttf", 24), fill=MUTED)
    draw.text((50, 332), "Hold koden op mod kameraet", font=_font("DejaVuSans.ttf", 24), fill=MUTED)
    code_font = _font("DejaVuSansMono-Bold.ttf", 40)
    short = card.short_code
    x = CARD_W - 30 - qr_side // 2 - draw.textlength(short, font=code_font) / 2
    draw.text((x, CARD_H - 78), short, font=code_font, fill=INK)
    draw.text((50, CARD_H - 70), f"No. {card.serial}", font=_font("DejaVuSans.ttf", 24), fill=MUTED)
    return img


def save_card(card: IssuedCard, space_name: str, out: Path, lang: str = "da") -> None:
    suffix = out.suffix.lower()
    if suffix not in (".png", ".pdf"):
        raise CardFormatError(f"{out.name}: a card is written as .png or .pdf")
    if suffix == ".png":
        render_card(card, space_name).save(out, format="PNG", dpi=(DPI, DPI))
    else:
        out.write_bytes(card_pdf(card, space_name, lang))


# --- vector PDF -----------------------------------------------------------------------------
CARD_PT = (85.6 * mm, 54 * mm)
QR_SIDE = 38 * mm  # quiet zone included
QR_X = CARD_PT[0] - QR_SIDE - 2 * mm  # the text column ends before this, with a gap
TEXT_X, TEXT_RIGHT = 5 * mm, QR_X - 1.5 * mm


def draw_card(canvas: Canvas, card: IssuedCard, space_name: str, lang: str, x: float = 0, y: float = 0) -> None:
    """One card with its lower left corner at (x, y), in points. Nothing in the text column
    reaches the QR: long names shrink, then wrap."""
    w = words(lang)
    width, height = CARD_PT
    text_w = TEXT_RIGHT - TEXT_X
    canvas.saveState()
    canvas.translate(x, y)
    canvas.setFillColorRGB(*ACCENT_RGB)
    canvas.rect(0, height - 2 * mm, width, 2 * mm, stroke=0, fill=1)
    draw_qr(canvas, card.code, QR_X, height - QR_SIDE - 4 * mm, QR_SIDE)
    canvas.setFillColorRGB(*INK_RGB)
    canvas.setFont(MONO, 9)
    short_w = pdfmetrics.stringWidth(card.short_code, MONO, 9)
    canvas.drawString(QR_X + (QR_SIDE - short_w) / 2, 4.5 * mm, card.short_code)

    top = height - 7 * mm
    size, lines = fit_lines(space_name, BOLD, 10, 5, text_w, 9 * mm)
    canvas.setFillColorRGB(*ACCENT_RGB)
    for line in lines:
        top -= size
        canvas.setFont(BOLD, size)
        canvas.drawString(TEXT_X, top, line)
        top -= size * 0.15
    top -= 2.5 * mm
    size, lines = fit_lines(card.member.name, BOLD, 15, 6, text_w, 21 * mm)
    canvas.setFillColorRGB(*INK_RGB)
    for line in lines:
        top -= size
        canvas.setFont(BOLD, size)
        canvas.drawString(TEXT_X, top, line)
        top -= size * 0.15
    canvas.setFillColorRGB(*MUTED_RGB)
    label = w["member card"] + (" - DEMO" if card.member.demo else "")
    size, lines = fit_lines(w["hold"], REGULAR, 6.5, 4.5, text_w, 6 * mm)
    bottom = 10 * mm
    for line in reversed(lines):
        canvas.setFont(REGULAR, size)
        canvas.drawString(TEXT_X, bottom, line)
        bottom += size * 1.15
    canvas.setFont(REGULAR, 7.5)
    canvas.drawString(TEXT_X, bottom + 1 * mm, label)
    canvas.setFont(REGULAR, 6.5)
    canvas.drawString(TEXT_X, 4.5 * mm, f"{w['no']} {card.serial}")
    canvas.restoreState()


def card_pdf(card: IssuedCard, space_name: str, lang: str = "da") -> bytes:
    buf = io.BytesIO()
    canvas = new_canvas(buf, CARD_PT, f"{space_name}: {card.member.name}")
    draw_card(canvas, card, space_name, lang)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


SHEET_COLUMNS, SHEET_ROWS = 2, 5


def save_card_sheet(cards: list[IssuedCard], space_name: str, out: Path, lang: str = "da") -> int:
    """Cards on A4 pages, ten to a page with cutting lines (for a business-card paper or
    scissors). Returns the number of pages."""
    if not cards:
        raise CardFormatError("no cards to print")
    per_page = SHEET_COLUMNS * SHEET_ROWS
    gap_x = (A4[0] - SHEET_COLUMNS * CARD_PT[0]) / (SHEET_COLUMNS + 1)
    gap_y = (A4[1] - SHEET_ROWS * CARD_PT[1]) / (SHEET_ROWS + 1)
    canvas = new_canvas(str(out), A4, space_name)
    pages = 0
    for start in range(0, len(cards), per_page):
        for i, card in enumerate(cards[start:start + per_page]):
            col, row = i % SHEET_COLUMNS, i // SHEET_COLUMNS
            x = gap_x + col * (CARD_PT[0] + gap_x)
            y = A4[1] - (row + 1) * (CARD_PT[1] + gap_y)
            draw_card(canvas, card, space_name, lang, x, y)
            canvas.setStrokeColorRGB(0.79, 0.76, 0.70)
            canvas.setLineWidth(0.5)
            canvas.rect(x, y, CARD_PT[0], CARD_PT[1], stroke=1, fill=0)
        canvas.showPage()
        pages += 1
    canvas.save()
    return pages
