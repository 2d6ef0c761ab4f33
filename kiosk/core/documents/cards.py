"""A credit-card-sized member card (85.6 x 54 mm): space, name, QR code and short code."""

from __future__ import annotations

from pathlib import Path

import qrcode
from PIL import Image, ImageDraw, ImageFont
from qrcode.constants import ERROR_CORRECT_M

from kiosk.core.members import IssuedCard
from kiosk.paths import ASSETS

DPI = 300
CARD_W, CARD_H = round(85.6 / 25.4 * DPI), round(54 / 25.4 * DPI)  # 1011 x 638 px
FONTS = ASSETS / "fonts"
INK, ACCENT, MUTED = (20, 28, 36), (22, 110, 90), (95, 105, 115)


class CardFormatError(ValueError):
    pass


def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / name), size)


def qr_image(text: str, box: int = 10) -> Image.Image:
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=box, border=4)
    qr.add_data(text)
    qr.make(fit=True)
    return qr.make_image(fill_color="black", back_color="white").get_image().convert("RGB")


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


def save_card(card: IssuedCard, space_name: str, out: Path) -> None:
    suffix = out.suffix.lower()
    if suffix not in (".png", ".pdf"):
        raise CardFormatError(f"{out.name}: a card is written as .png or .pdf")
    img = render_card(card, space_name)
    if suffix == ".png":
        img.save(out, format="PNG", dpi=(DPI, DPI))
    else:
        img.save(out, format="PDF", resolution=DPI)


A4 = (2480, 3508)  # pixels at 300 dpi
SHEET_COLUMNS, SHEET_ROWS = 2, 5


def save_card_sheet(cards: list[IssuedCard], space_name: str, out: Path) -> int:
    """Cards on A4 pages, ten to a page with cutting gaps (for a business-card paper or scissors).
    Returns the number of pages."""
    if not cards:
        raise CardFormatError("no cards to print")
    per_page = SHEET_COLUMNS * SHEET_ROWS
    gap_x = (A4[0] - SHEET_COLUMNS * CARD_W) // (SHEET_COLUMNS + 1)
    gap_y = (A4[1] - SHEET_ROWS * CARD_H) // (SHEET_ROWS + 1)
    pages = []
    for start in range(0, len(cards), per_page):
        page = Image.new("RGB", A4, "white")
        draw = ImageDraw.Draw(page)
        for i, card in enumerate(cards[start:start + per_page]):
            col, row = i % SHEET_COLUMNS, i // SHEET_COLUMNS
            x = gap_x + col * (CARD_W + gap_x)
            y = gap_y + row * (CARD_H + gap_y)
            page.paste(render_card(card, space_name), (x, y))
            draw.rectangle((x - 1, y - 1, x + CARD_W, y + CARD_H), outline="#c9c2b3", width=2)
        pages.append(page)
    pages[0].save(out, format="PDF", resolution=DPI, save_all=True, append_images=pages[1:])
    return len(pages)
