"""The evacuation list: everyone in the building now, as a printable PDF that needs no network."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PIL import Image, ImageDraw

from kiosk.core.documents.cards import FONTS, INK, MUTED
from kiosk.domain.presence import PresenceEntry

A4 = (2480, 3508)  # 300 dpi
MARGIN = 160
ROW = 96
PER_PAGE = (A4[1] - 2 * MARGIN - 420) // ROW


def _font(name: str, size: int):  # type: ignore[no-untyped-def]
    from PIL import ImageFont

    return ImageFont.truetype(str(FONTS / name), size)


def render_pages(space_name: str, entries: list[PresenceEntry], made_at: datetime) -> list[Image.Image]:
    """A4 pages at 300 dpi: a tick box, the name and the time in for each person in now."""
    people = sorted(entries, key=lambda e: e.name.casefold())
    chunks = [people[i:i + PER_PAGE] for i in range(0, len(people), PER_PAGE)] or [[]]
    pages = []
    for number, chunk in enumerate(chunks, start=1):
        page = Image.new("RGB", A4, "white")
        draw = ImageDraw.Draw(page)
        draw.text((MARGIN, MARGIN), f"Evacuation list - {space_name}", font=_font("DejaVuSans-Bold.ttf", 84),
                  fill=INK)
        draw.text((MARGIN, MARGIN + 120),
                  f"{len(people)} in the building at {made_at:%Y-%m-%d %H:%M}    page {number} of {len(chunks)}",
                  font=_font("DejaVuSans.ttf", 48), fill=MUTED)
        draw.text((MARGIN, MARGIN + 200), "Tick each person at the assembly point.",
                  font=_font("DejaVuSans.ttf", 48), fill=MUTED)
        y = MARGIN + 340
        for entry in chunk:
            draw.rectangle((MARGIN, y + 8, MARGIN + 64, y + 72), outline=INK, width=6)
            name_font = _font("DejaVuSans.ttf", 60)
            draw.text((MARGIN + 110, y), entry.name, font=name_font, fill=INK)
            if entry.guest:  # who to look for: a guest may not know the building
                label = f"guest of {entry.host_name}" if entry.host_name else "guest"
                x = MARGIN + 140 + draw.textlength(entry.name, font=name_font)
                draw.text((x, y + 14), label, font=_font("DejaVuSans.ttf", 44), fill=MUTED)
            draw.text((A4[0] - MARGIN - 380, y), f"in {entry.checked_in_at.astimezone(made_at.tzinfo):%H:%M}",
                      font=_font("DejaVuSans.ttf", 56), fill=MUTED)
            y += ROW
        if not people:
            draw.text((MARGIN, y), "Nobody is checked in.", font=_font("DejaVuSans.ttf", 60), fill=INK)
        pages.append(page)
    return pages


def save_evacuation_pdf(space_name: str, entries: list[PresenceEntry], made_at: datetime, out: Path) -> int:
    pages = render_pages(space_name, entries, made_at)
    pages[0].save(out, format="PDF", resolution=300, save_all=True, append_images=pages[1:])
    return len(pages)
