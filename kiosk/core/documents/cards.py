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


def _fit_lines(draw: ImageDraw.ImageDraw, text: str, font_name: str, size: int, smallest: int, width: int,
               max_lines: int) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """Like the PDF's fit_lines: one line shrunk down to `smallest`, else wrapped onto at most
    `max_lines` lines (a word too long for a line is cut), the last one ending in '…' if
    there is still more. Every line fits `width`: a long name never runs across the QR."""
    for px in range(size, smallest - 1, -2):
        font = _font(font_name, px)
        if draw.textlength(text, font=font) <= width:
            return font, [text]
    font = _font(font_name, smallest)
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=font) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = ""
        for ch in word:  # a word longer than the line is cut where it must be
            if line and draw.textlength(line + ch, font=font) > width:
                lines.append(line)
                line = ""
            line += ch
    if line:
        lines.append(line)
    if len(lines) > max_lines:
        last = lines[max_lines - 1]
        while last and draw.textlength(last + "…", font=font) > width:
            last = last[:-1]
        lines = [*lines[:max_lines - 1], last.rstrip() + "…"]
    return font, lines


def render_card(card: IssuedCard, space_name: str, lang: str = "da") -> Image.Image:
    """The PNG card: the PDF's texts in the same language (the kiosk's), the name within its column."""
    w = words(lang)
    img = Image.new("RGB", (CARD_W, CARD_H), "white")
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, CARD_W, 22), fill=ACCENT)
    qr_side = CARD_H - 120
    qr = qr_image(card.code).resize((qr_side, qr_side), Image.Resampling.NEAREST)
    img.paste(qr, (CARD_W - qr_side - 30, 40))
    text_w = CARD_W - qr_side - 90
    font, lines = _fit_lines(draw, space_name, "DejaVuSans-Bold.ttf", 44, 26, text_w, 2)
    top = 50
    for line in lines:
        draw.text((50, top), line, font=font, fill=ACCENT)
        top += round(font.size * 1.15)
    font, lines = _fit_lines(draw, card.member.name, "DejaVuSans-Bold.ttf", 56, 28, text_w, 3)
    top = max(top + 20, 150)
    for line in lines:
        draw.text((50, top), line, font=font, fill=INK)
        top += round(font.size * 1.15)
    muted = _font("DejaVuSans.ttf", 24)
    label = w["member card"] + (" - DEMO" if card.member.demo else "")
    hold_font, hold = _fit_lines(draw, w["hold"], "DejaVuSans.ttf", 24, 18, text_w, 2)
    bottom = CARD_H - 110
    for line in reversed(hold):
        draw.text((50, bottom), line, font=hold_font, fill=MUTED)
        bottom -= round(hold_font.size * 1.2)
    label_font, [label_line, *_] = _fit_lines(draw, label, "DejaVuSans.ttf", 30, 18, text_w, 1)
    draw.text((50, max(bottom - 14, top + 4)), label_line, font=label_font, fill=MUTED)
    code_font = _font("DejaVuSansMono-Bold.ttf", 40)
    short = card.short_code
    x = CARD_W - 30 - qr_side // 2 - draw.textlength(short, font=code_font) / 2
    draw.text((x, CARD_H - 78), short, font=code_font, fill=INK)
    draw.text((50, CARD_H - 70), f"{w['no']} {card.serial}", font=muted, fill=MUTED)
    return img


def save_card(card: IssuedCard, space_name: str, out: Path, lang: str = "da") -> None:
    suffix = out.suffix.lower()
    if suffix not in (".png", ".pdf"):
        raise CardFormatError(f"{out.name}: a card is written as .png or .pdf")
    if suffix == ".png":
        render_card(card, space_name, lang).save(out, format="PNG", dpi=(DPI, DPI))
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
